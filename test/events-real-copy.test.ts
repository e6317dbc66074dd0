import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

// Rules found on passages of real 1987 wire copy (the reuters development sets); the rows are our own sentences.
describe('events, real wire copy', () => {
  eventRows([
    // a body's short form after a country's possessive and before its members' word is the body ("Turkey's NATO allies")
    ["Greece and Turkey's NATO allies called on both countries to avoid any action that could aggravate the dispute.", '1987-03-27', ['REQUEST 020 requested IGONATO->GRC', 'REQUEST 020 requested IGONATO->TUR']],
    ["Britain's EC partners urged London to drop its veto.", '1987-03-27', ['REQUEST 020 requested IGOEU->GBRGOV']],
    // ... but before another noun it only qualifies the possessor's act
    ["Turkey's parliament approved Sweden's NATO accession on Tuesday.", '2024-01-23', ['CONCEDE 080 occurred TURLEG->SWE']],
  ]);
});
