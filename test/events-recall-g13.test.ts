import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g13', () => {
  eventRows([
    // a month in a capital heading, with a time word before it or a day after it, is no march; a march in capitals still is
    ['FORD MOTOR CO LATE MARCH SALES FALL\nDETROIT, April 3 - Ford Motor Co said its car sales fell 6 pct.', '1987-04-03', []],
    ['CHRYSLER SEES SALES RISE FROM MARCH 20\nDETROIT, April 3 - Chrysler Corp said its car sales rose 4 pct.', '1987-04-03', []],
    ['STUDENTS MARCH ON PARLIAMENT IN MADRID\nMADRID, April 3 - Thousands of students marched on parliament today.', '1987-04-03', ['PROTEST 141 occurred ESP->-']],
  ]);
});
