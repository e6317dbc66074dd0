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
    // import duties lifted or waived are cut to nothing (081, toward the country whose goods they fell on); tariffs lifted stay
    // sanctions eased (085)
    ['VALLETTA, May 4 - Malta has lifted import duties on machinery and spare parts, the finance ministry said.', '1987-05-04', ['CONCEDE 081 occurred MLT->-']],
    ['WASHINGTON, May 4 - In return, Washington waived its right to impose import duties on steel from South Korea.', '1987-05-04', ['CONCEDE 081 occurred USAGOV->KOR']],
    ['WASHINGTON, May 4 - The United States lifted its tariffs on Japanese television sets.', '1987-05-04', ['RETREAT 085 occurred USA->JPN']],
    // a day or a month after `on` is no complement of a body's name ("Commission on Human Rights"): the body on its own acts
    ['WASHINGTON, May 4 - The Agriculture Department on Friday urged Japan to buy more U.S. beef.', '1987-05-04', ['REQUEST 020 requested USAGOV->JPN']],
    ['WASHINGTON, May 4 - The Commerce Department on Monday will set final anti-dumping duties on steel from Brazil.', '1987-05-04', ['SANCTION 163 intended USAGOV->BRA']],
    // "despatch", the British spelling the wires also use, is "dispatch"
    ['MANILA, May 4 - The government despatched troops to the southern island of Mindanao to guard the ports.', '1987-05-04', ['MOBILIZE 154 occurred PHLGOV->PHL']],
    ['TOKYO, May 4 - The newspaper despatched a correspondent to Seoul last week.', '1987-05-04', []],
  ]);
});
