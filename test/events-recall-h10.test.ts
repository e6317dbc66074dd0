import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h10', () => {
  eventRows([
    // a union met at the table is a body of its own (NGO), as one side of labour talks is; the people who strike stay the country's
    ['LA PAZ, May 4 - The Bolivian government opened talks today with the unions on a series of pay demands.', '1987-05-04', ['CONSULT 040 occurred BOLGOV->BOLNGO']],
    ['MADRID, May 4 - Spanish Labour Minister Manuel Chaves held talks with trade union leaders on Monday.', '1987-05-04', ['CONSULT 040 occurred ESPGOV->ESPNGO']],
    // people of no body met at home are no party: a crowd or the press
    ['MADRID, May 4 - Spanish Labour Minister Manuel Chaves held talks with workers on Monday.', '1987-05-04', []],
    // negotiations with a head at home are with the actor's own country's side of that head
    ['MANILA, May 4 - President Corazon Aquino\'s government opened negotiations with the rebels on Monday.', '1987-05-04', ['CONSULT 046 occurred PHLGOV->PHLREB']],
    ['OTTAWA, May 4 - The Canadian government will negotiate with the provinces.', '1987-05-04', []],
    // a count of members written with its thousands set apart is a modifier before the party's name, as "the 11-nation" is
    ['MANAGUA, May 4 - Talks between Nicaragua and the 12,000-strong Contra rebels resumed today.', '1987-05-04', ['CONSULT 040 occurred NIC->NICREB', 'CONSULT 040 occurred NICREB->NIC']],
  ]);
});
