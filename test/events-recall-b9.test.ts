import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b9', () => {
  eventRows([
    // a sanction, complaint or threat told as answering another's fault (its failure, violation or breach, alleged or seen so) charges
    // the owner of the fault, by the act's own actor
    ['OTTAWA, May 6 - Canada imposed duties on Brazilian footwear in retaliation for Brazil\'s failure to honour a 1985 trade accord.', '1987-05-06', ['SANCTION 163 occurred CAN->BRA', 'ACCUSE 112 occurred CAN->BRA']],
    ['ATHENS, May 6 - Greece has protested to NATO over alleged air space violations by the Turkish air force.', '1987-05-06', ['ACCUSE 114 occurred GRC->IGONATO', 'ACCUSE 112 occurred GRC->TURMIL']],
    ['BONN, May 6 - West Germany imposed sanctions on Poland for its failure to keep up payments on earlier loans, officials said.', '1987-05-06', ['SANCTION 163 occurred DEU->POL', 'ACCUSE 112 occurred DEU->POL']],
    // a refusal is the other's own act, and unfair practices no fault until alleged: neither is an accusation when plain
    ['CANBERRA, May 6 - Australia imposed sanctions on New Zealand in retaliation for Wellington\'s refusal to admit its warships.', '1987-05-06', ['SANCTION 163 occurred AUS->NZL', 'REJECT 120 occurred NZLGOV->-']],
    ['OTTAWA, May 6 - Canada imposed duties on Brazilian footwear over unfair trade practices.', '1987-05-06', ['SANCTION 163 occurred CAN->BRA']],
  ]);
});
