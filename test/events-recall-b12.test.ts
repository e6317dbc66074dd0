import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b12', () => {
  eventRows([
    // a protest, disapproval, opposition or objection told by its noun comes from the one named after `from`, aimed at the clause's
    // subject: protest and disapproval are criticism (111), opposition and objections a rejection (120)
    ['MANILA, May 4 - The Asian Development Bank will keep China as a member despite protests from Taiwan, the bank said.', '1987-05-04', ['ACCUSE 111 occurred TWN->IGOADB']],
    ['BRUSSELS, May 4 - The European Community failed to agree on the research plan because of opposition from Britain and West Germany, diplomats said.', '1987-05-04', ['AGREE 030 negated IGOEU->-', 'REJECT 120 occurred GBR->IGOEU', 'REJECT 120 occurred DEU->IGOEU']],
    ['GENEVA, May 4 - The GATT put off the report after objections from India, delegates said.', '1987-05-04', ['REJECT 120 occurred IND->IGOGATT']],
    // "opposition" before `from` is the stand, no country's opposition parties
    ['MADRID, May 4 - Spain approved the tax despite opposition from France, officials said.', '1987-05-04', ['REJECT 120 occurred FRA->ESP']],
    // with no party named after `from`, none
    ['PARIS, May 4 - Protests from angry farmers continued across France today.', '1987-05-04', []],
  ]);
});
