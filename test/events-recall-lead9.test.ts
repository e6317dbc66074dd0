import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round lead9 (the lead, session 23)', () => {
  eventRows([
    // a proposal, a draft or an offer put to a state or a body of states is an offer to cooperate (030)
    ['GENEVA, May 4 - The United States today handed Soviet negotiators a draft treaty on chemical weapons.', '1987-05-04', ['AGREE 030 occurred USA->SUNGOV']],
    ['LIMA, May 4 - Peru submitted new debt proposals to the Paris Club on Monday.', '1987-05-04', ['AGREE 030 occurred PER->IGOPARISCLUB']],
    // (not one put to a company's board, nor one put to no party)
    ['NEW YORK, May 4 - The investor group submitted a merger proposal to the board of Acme Corp.', '1987-05-04', []],
    ['MANILA, May 4 - The finance minister presented a revised proposal on Monday.', '1987-05-04', []],
    // an offer to mediate (039), between the parties named
    ['BRUSSELS, May 4 - The NATO secretary-general offered himself as a mediator between Greece and Turkey.', '1987-05-04', ['AGREE 039 occurred IGONATO->GRC', 'AGREE 039 occurred IGONATO->TUR']],
  ]);
});
