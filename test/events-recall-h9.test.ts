import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h9', () => {
  eventRows([
    // curbs, quotas and levies imposed on a country's goods are a sanction on that country, as tariffs are
    ['BRUSSELS, May 4 - The European Community imposed quotas on Japanese video recorders today, officials said.', '1987-05-04', ['SANCTION 163 occurred IGOEU->JPN']],
    ['OTTAWA, May 4 - Canada slapped new curbs on South Korean footwear last week.', '1987-05-04', ['SANCTION 163 occurred CAN->KOR']],
    // limits put on no one's goods are domestic policy, no sanction
    ['BONN, May 4 - West Germany imposed curbs on bank lending today, the central bank said.', '1987-05-04', []],
    // a state's tariffs on imports cut are an easing of trade, toward the country whose goods they are when one is named
    ['TAIPEI, May 4 - Taiwan will cut import tariffs on 900 foreign products next month, the finance ministry said.', '1987-05-04', ['CONCEDE 081 intended TWN->-']],
    ['TOKYO, May 4 - Japan lowered tariffs on U.S. farm products today, officials said.', '1987-05-04', ['CONCEDE 081 occurred JPN->USA']],
    // an export duty cut is a matter at home, no concession
    ['NEW DELHI, May 4 - India cut the export duty on tea to 200 rupees a tonne, the commerce ministry said.', '1987-05-04', []],
    // a decision told by its owner to cut tariffs is the owner's act, taken, as one to lift them is
    ['OTTAWA, May 4 - Brazil welcomed Canada\'s decision to cut its tariffs on coffee.', '1987-05-04', ['SUPPORT 051 occurred BRA->CAN', 'CONCEDE 081 occurred CAN->-']],
  ]);
});
