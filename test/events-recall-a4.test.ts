import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a4', () => {
  eventRows([
    // a meeting named by the body of states whose members hold it is the body's own consultation, with no other party
    ['After a special meeting of NATO foreign ministers on Thursday, the alliance issued a statement on arms control.', '1987-04-10', ['CONSULT 040 occurred IGONATO->-']],
    ['Diplomats said the plan would come up at the next meeting of EC farm ministers in Luxembourg.', '1987-04-10', ['CONSULT 040 intended IGOEU->-']],
    // (a meeting of no body of states is none; nor one that only places another act)
    ['Shareholders will vote on the merger at a meeting of the company\'s board next month.', '1987-04-10', []],
    ['Chinese President Li Xiannian met Pakistani President Zia ul-Haq on the sidelines of a summit of the Non-Aligned Movement.', '1987-04-10', ['CONSULT 040 occurred CHNGOV->PAKGOV']],
  ]);
});
