import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j7', () => {
  eventRows([
    // an agreement finalised between two states is signed by each, as with `sign`; a company's deal finalised is commerce
    ['Peru and Bolivia yesterday finalised three agreements on border trade, officials said.', '1987-04-24', ['SUPPORT 057 occurred PER->BOL', 'SUPPORT 057 occurred BOL->PER']],
    ['Thailand finalized a rice deal with Iran on Tuesday, the ministry said.', '1987-04-24', ['SUPPORT 057 occurred THA->IRN']],
    ['The company finalised a deal to buy the chemicals unit for 90 mln dlrs.', '1987-04-24', []],
    // a protest that is the purpose of an act told in the past was made by it; a march planned to protest is still to come
    ['ATHENS, March 2 - Greek tobacco growers dumped ten tonnes of leaf outside the ministry to protest against low prices.', '1987-03-02', ['PROTEST 141 occurred GRC->-']],
    ['ATHENS, March 2 - Greek tobacco growers planned a march on Friday to protest against low prices.', '1987-03-02', ['PROTEST 141 intended GRC->-']],
  ]);
});
