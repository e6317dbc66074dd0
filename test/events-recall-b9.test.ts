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
    // a denial of reports is aimed at no one the reports tell of, whether in a `that` clause or in a bare one
    ['LAGOS, May 6 - Nigeria denied press reports that British banks had halted credits to its importers.', '1987-05-06', ['REJECT 120 occurred NGA->-']],
    ['SEOUL, May 6 - The government denied newspaper reports Washington had asked it to revalue the won.', '1987-05-06', ['REJECT 120 occurred KORGOV->-']],
    // charges keep the party their content names, often the one who makes them
    ['ISLAMABAD, May 6 - Afghanistan denied charges of shelling Pakistani villages.', '1987-05-06', ['REJECT 120 occurred AFG->PAK']],
    // being disturbed by another's act is a criticism of it, as being disappointed by it is
    ['BRASILIA, May 6 - Brazil is disturbed by Argentina\'s decision to raise tariffs on shoes, a foreign ministry spokesman said.', '1987-05-06', ['ACCUSE 111 occurred BRA->ARG']],
  ]);
});
