import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g10', () => {
  eventRows([
    // a debtor state that stops paying or servicing its debt, or whose moratorium on it is named with its owner, reduces relations
    // with its creditors (160, no one coded when they are banks); a company's stopped interest, and lip service, are none
    ['BUENOS AIRES, May 4 - Argentina stopped paying interest on its medium-term bank debt last month, officials said.', '1987-05-04', ['SANCTION 160 occurred ARG->-']],
    ['QUITO, May 4 - Ecuador suspended payment on about two billion dlrs owed to foreign commercial banks in January.', '1987-05-04', ['SANCTION 160 occurred ECU->-']],
    ['WASHINGTON, May 4 - Bolivia and Nicaragua have ceased servicing most of their foreign debt, the report said.', '1987-05-04', ['SANCTION 160 occurred BOL->-', 'SANCTION 160 occurred NIC->-']],
    ['NEW YORK, May 4 - Bankers said Ecuador\'s debt moratorium had cost it the goodwill of its creditors.', '1987-05-04', ['SANCTION 160 occurred ECU->-']],
    ['NEW YORK, May 4 - The loans are subject to Peru\'s moratorium on repayment of principal.', '1987-05-04', ['SANCTION 160 occurred PER->-']],
    ['NEW YORK, May 4 - The textile maker stopped paying interest on its debentures last year, the company said.', '1987-05-04', []],
    ['TOKYO, May 4 - Japan must stop paying lip service to free trade, the minister said.', '1987-05-04', []],
    ['MOSCOW, May 4 - Moscow ended its moratorium on nuclear tests in February.', '1987-05-04', []],
  ]);
});
