import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, precision round f11', () => {
  eventRows([
    // a body of states holds meetings and makes decisions, but marches in no street: a protest told after an act done at its
    // meeting is no protest of the body's; a crowd's protest told the same way still is one
    ['MANILA, May 4 - Taiwan stayed away from the annual meeting of the Asian Development Bank in protest at the bank\'s decision to admit China.', '1987-05-04', ['CONSULT 040 occurred IGOADB->-']],
    ['MADRID, May 4 - Citrus growers dumped lemons in the streets of Malaga in protest at European Community duties.', '1987-05-04', ['PROTEST 141 occurred ESP->-']],
  ]);
});
