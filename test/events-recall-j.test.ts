import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j', () => {
  eventRows([
    // an expulsion told by a noun with its owner, of a high commissioner
    ['Delhi recalled its envoy on Monday after Ottawa\'s expulsion of Indian High Commissioner Arun Mehta.', '2024-06-07', ['SANCTION 161 occurred CANGOV->INDGOV']],
    // a word act told by a participle after a wait or a condition is made when spoken
    ['Brazilian President Lula said on Monday he would cut off all funding to the agency until a full inquiry into the raid, accusing Israel of lying.', '2024-06-07', ['ACCUSE 112 occurred BRAGOV->ISR']],
  ]);
});
