import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, precision round f11', () => {
  eventRows([
    // a body of states holds meetings and makes decisions, but marches in no street: a protest told after an act done at its
    // meeting is no protest of the body's; a crowd's protest told the same way still is one
    ['MANILA, May 4 - Taiwan stayed away from the annual meeting of the Asian Development Bank in protest at the bank\'s decision to admit China.', '1987-05-04', ['CONSULT 040 occurred IGOADB->-']],
    ['MADRID, May 4 - Citrus growers dumped lemons in the streets of Malaga in protest at European Community duties.', '1987-05-04', ['PROTEST 141 occurred ESP->-']],
    // an act whose noun follows `no`, or whose verb takes its noun with `no`, is told as not taking place, done or to come; `no`
    // elsewhere in the sentence leaves it as told
    ['PARIS, April 2 - There will be no further meeting of EC agriculture ministers before the end of this month, the union said.', '1987-04-02', ['CONSULT 040 negated IGOEU->-']],
    ['LAGOS, April 2 - Lukman added that no extraordinary OPEC conference was planned.', '1987-04-02', ['CONSULT 040 negated IGOOPEC->-']],
    ['TOKYO, April 2 - Japan has imposed no sanctions on South Africa, officials said.', '1987-04-02', ['SANCTION 163 negated JPN->ZAF']],
    ['TOKYO, April 2 - Japan imposed sanctions on South Africa in no time, officials said.', '1987-04-02', ['SANCTION 163 occurred JPN->ZAF']],
  ]);
});
