import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h7', () => {
  eventRows([
    // a council of trade unions is a union body (NGO), and a council of an industry's producers a business one, not a state's
    ['The Australian Council of Trade Unions criticized the government on Tuesday.', '1987-03-02', ['ACCUSE 111 occurred AUSNGO->AUSGOV']],
    ['The Canadian Pork Producers Council urged Washington to drop its duty on Canadian hogs.', '1987-03-02', ['REQUEST 020 requested CANBUS->USAGOV']],
  ]);
});
