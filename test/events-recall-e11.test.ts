import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e11', () => {
  eventRows([
    // an office left is no office of the state, so with "Former" in capitals opening a sentence, where the title takes it in
    ['TOKYO, May 4 - Former Trade Minister Kenji Ota met President Ronald Reagan in Washington last week.', '1987-05-04', ['CONSULT 040 occurred JPN->USAGOV']],
    ['TOKYO, May 4 - Former Trade Minister Kenji Ota criticised President Ronald Reagan for his tariffs.', '1987-05-04', ['ACCUSE 111 occurred JPN->USAGOV']],
    // the office held still carries it
    ['TOKYO, May 4 - Trade Minister Kenji Ota met President Ronald Reagan in Washington last week.', '1987-05-04', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    // a complaint lodged with a forum of states (the U.N., the GATT) is made against the party it names after the forum: in its
    // clause, after `against`, or as the act it challenges
    ['UNITED NATIONS, May 4 - Chad has complained to the United Nations that Libyan troops were shelling its northern towns.', '1987-05-04', ['ACCUSE 114 occurred TCD->LBYMIL', 'ASSAULT 194 occurred LBYMIL->TCD']],
    ['GENEVA, May 4 - The EC lodged a complaint with the GATT against Japan over its liquor taxes, officials said.', '1987-05-04', ['ACCUSE 114 occurred IGOEU->JPN']],
    ['WASHINGTON, May 4 - Washington may file a complaint with the General Agreement on Tariffs and Trade (GATT) challenging Brazil\'s ban on computer imports.', '1987-05-04', ['ACCUSE 114 hypothetical USAGOV->BRA']],
    // told again in the story with the forum alone, it is the same complaint
    ['AUSTRALIA COMPLAINS TO GATT ON BEEF\nGENEVA, May 4 - Australia has complained to the GATT that Japan\'s beef quotas break its rules, officials said.', '1987-05-04', ['ACCUSE 114 occurred AUS->JPN']],
    // a complaint to a forum naming no other party keeps the forum; a complaint to a state stays that state's
    ['GENEVA, May 4 - Chile complained to the United Nations about the treatment of its refugees.', '1987-05-04', ['ACCUSE 114 occurred CHL->IGOUN']],
    ['SANTIAGO, May 4 - Chile complained to Argentina that its fishing boats were entering Chilean waters.', '1987-05-04', ['ACCUSE 114 occurred CHL->ARG']],
    // the act a complaint's `that` clause tells, of the party the complaint is against, is still told (no participle describing the
    // party: "planes from Afghanistan attacked" opens a clause); a participle right after an act's object still describes it
    ['UNITED NATIONS, May 4 - Thailand complained to the United Nations that troops from Vietnam attacked Thai border villages on Friday.', '1987-05-04', ['ACCUSE 114 occurred THA->VNMMIL', 'ASSAULT 190 occurred VNMMIL->THA']],
    ['HANOI, May 4 - Vietnam freed 20 Thai fishermen detained last year, officials said.', '1987-05-04', ['RETREAT 0841 occurred VNM->THA']],
  ]);
});
