import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round u6', () => {
  eventRows([
    // a request, petition, application or appeal a party denies is rejected, as one it turns down is
    ['The U.S. Commerce Department denied Canada\'s request for more time to answer the complaint.', '1987-03-10', ['REJECT 120 occurred USAGOV->CAN', 'REQUEST 020 requested CAN->USAGOV']],
    ['The Federal Reserve said it denied an application by a savings bank to open a branch.', '1987-03-10', ['REJECT 120 occurred USAGOV->-']],
    // (a report denied is no request refused)
    ['The ministry denied press reports that the minister had resigned.', '1987-03-10', []],
    // a state's application to join a body is its appeal to that body; a firm's application to a market is none
    ['Morocco applied to join the European Community last July, officials recalled.', '1987-03-10', ['REQUEST 020 requested MAR->IGOEU']],
    ['Turkey has formally applied for full membership of the European Community.', '1987-03-10', ['REQUEST 020 requested TUR->IGOEU']],
    ['The broker was the first firm to apply for membership on the Toronto exchange.', '1987-03-10', []],
  ]);
});
