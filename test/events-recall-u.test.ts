import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round u', () => {
  eventRows([
    // people named by their trade are their country's crowd, as protesters are
    ['Nigerian teachers did not go on strike on Monday.', '2024-06-07', ['PROTEST 143 negated NGA->-']],
    ['Chilean miners have not blocked the roads since Friday.', '2024-06-07', ['PROTEST 144 negated CHL->-']],
  ]);
});
