import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round w', () => {
  eventRows([
    // the `by` agent of a visit's noun stands past words of time after the place ("a visit to Cairo last month by X")
    ['NICOSIA, May 4 - The newspaper said the plan was drawn up during a visit to Damascus last week by Soviet Foreign Minister Eduard Shevardnadze.', '1987-05-04', ['CONSULT 042 occurred SUNGOV->SYR']],
  ]);
});
