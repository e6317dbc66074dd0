import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b10', () => {
  eventRows([
    // an offer told by its noun and its infinitive is its owner's offer, as "offered to" is, of the kind the infinitive tells
    ['MANAMA, May 4 - Britain\'s offer to escort Omani tankers through the Strait of Hormuz has not been taken up, officials said.', '1987-05-04', ['AGREE 033 occurred GBR->OMN']],
    ['TOKYO, May 4 - The Japanese offer to hold fisheries talks with the Soviet Union was made last week, officials said.', '1987-05-04', ['AGREE 036 occurred JPN->SUN']],
    // an offer refused and told by its noun is one offer, to the one refusing, of the kind its infinitive tells
    ['BAGHDAD, May 4 - Iran has rejected an Iraqi offer to release 200 wounded prisoners of war, the Iraqi news agency said.', '1987-05-04', ['REJECT 120 occurred IRN->IRQ', 'AGREE 035 occurred IRQ->IRN']],
    // an offer whose `to` names the one it is made to, with no infinitive, is no offer of an act
    ['WASHINGTON, May 4 - Officials said they had not decided on any new wheat offer to Egypt.', '1987-05-04', []],
    // a request told by its noun and its owner asks, whether or not the one asked is named
    ['BUENOS AIRES, May 4 - Bankers said Argentina\'s request for a 1.5 billion dlr bridging loan would be studied next week.', '1987-05-04', ['REQUEST 020 requested ARG->-']],
    ['LAGOS, May 4 - Creditor banks will discuss a Nigerian request for new trade credits at a meeting in London, bankers said.', '1987-05-04', ['REQUEST 020 requested NGA->-']],
    // a call for bids or views, and a budget put to a legislature, ask no party for an act
    ['WASHINGTON, May 4 - The Energy Department issued a request for proposals to build a new test reactor in Idaho.', '1987-05-04', []],
    ['WASHINGTON, May 4 - The committee cut the administration\'s funding request for the space station by 500 mln dlrs.', '1987-05-04', []],
    // a request answered in the passive was made to the one named after `by`, and the answer is to its owner
    ['WARSAW, May 4 - Poland\'s request for a rescheduling of its debt was rejected by the Paris Club, officials said.', '1987-05-04', ['REQUEST 020 requested POL->IGOPARISCLUB', 'REJECT 120 occurred IGOPARISCLUB->POL']],
    // only the infinitive right after a noun's `to` is the act it embeds: the sentence's own verb after it is an act of its own
    ['BAGHDAD, May 4 - Iraq\'s offer to release 200 prisoners of war was rejected by Iran on Sunday.', '1987-05-04', ['AGREE 035 occurred IRQ->IRN', 'REJECT 120 occurred IRN->IRQ']],
    // a request right after the refusal that answers it was made to the one refusing, of one country or not
    ['WASHINGTON, May 4 - The Senate today rejected President Reagan\'s request for 50 mln dlrs in aid to the Afghan rebels.', '1987-05-04', ['REJECT 120 occurred USALEG->USAGOV', 'REQUEST 020 requested USAGOV->USALEG']],
  ]);
});
