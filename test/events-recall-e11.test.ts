import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e11', () => {
  eventRows([
    // an office left is no office of the state, so with "Former" in capitals opening a sentence, where the title takes it in
    ['TOKYO, May 4 - Former Trade Minister Kenji Ota met President Ronald Reagan in Washington last week.', '1987-05-04', ['CONSULT 040 occurred JPN->USAGOV']],
    ['TOKYO, May 4 - Former Trade Minister Kenji Ota criticised President Ronald Reagan for his tariffs.', '1987-05-04', ['ACCUSE 111 occurred JPN->USAGOV']],
    // the office held still carries it
    ['TOKYO, May 4 - Trade Minister Kenji Ota met President Ronald Reagan in Washington last week.', '1987-05-04', ['CONSULT 040 occurred JPNGOV->USAGOV']],
  ]);
});
