import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round u6', () => {
  eventRows([
    // a request, petition, application or appeal a party denies is rejected, as one it turns down is
    ['The U.S. Commerce Department denied Canada\'s request for more time to answer the complaint.', '1987-03-10', ['REJECT 120 occurred USAGOV->CAN', 'REQUEST 100 requested CAN->USAGOV']],
    ['The Federal Reserve said it denied an application by a savings bank to open a branch.', '1987-03-10', ['REJECT 120 occurred USAGOV->-']],
    // (a report denied is no request refused)
    ['The ministry denied press reports that the minister had resigned.', '1987-03-10', []],
  ]);
});
