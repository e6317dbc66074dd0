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
  ]);
});
