import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c12', () => {
  eventRows([
    // the Islamic Development Bank and the European Investment Bank are lenders of their own (IGOIDB, IGOEIB), as the other development banks are
    ['JEDDAH, May 4 - The Islamic Development Bank signed an agreement with Bangladesh today to finance imports of crude oil, bank officials said.', '1987-05-04', ['SUPPORT 057 occurred IGOIDB->BGD']],
    ['LUXEMBOURG, May 4 - The European Investment Bank (EIB) said it has lent 150 mln marks to Portugal for road building.', '1987-05-04', ['AID 071 occurred IGOEIB->PRT']],
    // "IDB" alone stays unread (copy of the time uses it for the Inter-American bank as well), so it acts in no event
    ['WASHINGTON, May 4 - The IDB signed an agreement with Bolivia today, bank officials said.', '1987-05-04', []],
  ]);
});
