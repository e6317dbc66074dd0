import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round k14', () => {
  eventRows([
    // a party's help to another state to build or develop something is economic cooperation (061), military with arms or forces
    // after the verb (062); the helped stands right after `help`
    ['ADEN, May 4 - Bulgaria will help South Yemen build a cement plant near Mukalla, the official news agency said.', '1987-05-04', ['COOPERATE 061 intended BGR->YMD']],
    ['PEKING, May 4 - China has helped Pakistan develop a new anti-tank missile, Western diplomats said.', '1987-05-04', ['COOPERATE 062 occurred CHN->PAK']],
    // help for a firm, or help told with no one named before its verb (aid for a purpose), is none
    ['NEW YORK, May 4 - The merger would help Allied Corp expand its chemicals business, analysts said.', '1987-05-04', []],
    ['BRUSSELS, May 4 - The funds are meant to help modernise Portugal\'s fishing fleet, a Commission spokesman said.', '1987-05-04', []],
  ]);
});
