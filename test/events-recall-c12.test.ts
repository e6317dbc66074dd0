import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c12', () => {
  eventRows([
    // the Islamic Development Bank and the European Investment Bank are lenders of their own (IGOIDB, IGOEIB), as the other development banks are
    ['JEDDAH, May 4 - The Islamic Development Bank signed an agreement with Bangladesh today to finance imports of crude oil, bank officials said.', '1987-05-04', ['SUPPORT 057 occurred IGOIDB->BGD']],
    ['LUXEMBOURG, May 4 - The European Investment Bank (EIB) said it has lent 150 mln marks to Portugal for road building.', '1987-05-04', ['AID 071 occurred IGOEIB->PRT']],
    // "IDB" alone stays unread (copy of the time uses it for the Inter-American bank as well), so it acts in no event
    ['WASHINGTON, May 4 - The IDB signed an agreement with Bolivia today, bank officials said.', '1987-05-04', []],
    // an agreement signed to sell or lend to a state, or to buy or borrow from one, is signed with that state
    ['COLOMBO, May 4 - Sri Lanka signed an agreement to sell 20,000 tonnes of tea to Egypt this year, trade officials said.', '1987-05-04', ['SUPPORT 057 occurred LKA->EGY']],
    ['DHAKA, May 4 - Bangladesh signed a protocol to buy 50,000 tonnes of cement from Indonesia, the commerce ministry said.', '1987-05-04', ['SUPPORT 057 occurred BGD->IDN']],
    // a company's deal to sell a unit to another company is commerce, no event
    ['NEW YORK, May 4 - Norton Co signed an agreement to sell its abrasives unit to Carborundum Corp for 90 mln dlrs.', '1987-05-04', []],
  ]);
});
