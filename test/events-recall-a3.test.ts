import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a3', () => {
  eventRows([
    // 'official' that ends a person's mention is its head, and a past verb after it is the verb, not a noun after an adjective
    ['A senior Japanese trade official met U.S. negotiators in Washington on Thursday.', '1987-04-09', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    ['The Brazilian official visited Washington last week, aides said.', '1987-04-09', ['CONSULT 042 occurred BRAGOV->USA']],
    // ('official' as an adjective before a noun of an act is still no person)
    ['Reagan made an official visit to Canada last week.', '1987-04-09', ['CONSULT 042 occurred USAGOV->CAN']],
  ]);
});
