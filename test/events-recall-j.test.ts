import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j', () => {
  eventRows([
    // an expulsion told by a noun with its owner, of a high commissioner
    ['Delhi recalled its envoy on Monday after Ottawa\'s expulsion of Indian High Commissioner Arun Mehta.', '2024-06-07', ['SANCTION 161 occurred CANGOV->INDGOV']],
  ]);
});
