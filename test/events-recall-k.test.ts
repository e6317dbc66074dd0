import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round k', () => {
  eventRows([
    // an offer of an amount in aid to one named as its object is a pledge of aid, as `pledged` is
    ['Japan offered Sri Lanka $20 million in emergency flood relief on Tuesday.', '2024-06-07', ['AGREE 033 occurred JPN->LKA']],
  ]);
});
