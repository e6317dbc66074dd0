import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h9', () => {
  eventRows([
    // curbs, quotas and levies imposed on a country's goods are a sanction on that country, as tariffs are
    ['BRUSSELS, May 4 - The European Community imposed quotas on Japanese video recorders today, officials said.', '1987-05-04', ['SANCTION 163 occurred IGOEU->JPN']],
    ['OTTAWA, May 4 - Canada slapped new curbs on South Korean footwear last week.', '1987-05-04', ['SANCTION 163 occurred CAN->KOR']],
    // limits put on no one's goods are domestic policy, no sanction
    ['BONN, May 4 - West Germany imposed curbs on bank lending today, the central bank said.', '1987-05-04', []],
  ]);
});
