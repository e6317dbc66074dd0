import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round lead9 (the lead, session 23)', () => {
  eventRows([
    // a proposal, a draft or an offer put to a state or a body of states is an offer to cooperate (030)
    ['GENEVA, May 4 - The United States today handed Soviet negotiators a draft treaty on chemical weapons.', '1987-05-04', ['AGREE 030 occurred USA->SUNGOV']],
    ['LIMA, May 4 - Peru submitted new debt proposals to the Paris Club on Monday.', '1987-05-04', ['AGREE 030 occurred PER->IGOPARISCLUB']],
    // (not one put to a company's board, nor one put to no party)
    ['NEW YORK, May 4 - The investor group submitted a merger proposal to the board of Acme Corp.', '1987-05-04', []],
    ['MANILA, May 4 - The finance minister presented a revised proposal on Monday.', '1987-05-04', []],
    // an offer to mediate (039), between the parties named
    ['BRUSSELS, May 4 - The NATO secretary-general offered himself as a mediator between Greece and Turkey.', '1987-05-04', ['AGREE 039 occurred IGONATO->GRC', 'AGREE 039 occurred IGONATO->TUR']],
    // a present verb that opens the act a noun names, with a day ahead, tells an act to come ("starts a visit ... on Sunday")
    ['TOKYO, May 1 - Foreign Minister Shintaro Abe starts a week-long visit to Washington on Sunday.', '1987-05-01', ['CONSULT 042 intended JPNGOV->USA']],
    ['TOKYO, May 1 - Foreign Minister Shintaro Abe begins talks in Washington on Sunday.', '1987-05-01', ['CONSULT 040 intended JPNGOV->USAGOV']],
    ['TOKYO, May 1 - Foreign Minister Shintaro Abe began talks in Washington on Sunday.', '1987-05-01', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    // a titled person named "of" his country is the subject, not the country ("King Fahd of Saudi Arabia")
    ['LONDON, May 1 - King Fahd of Saudi Arabia made a state visit to Britain.', '1987-05-01', ['CONSULT 042 occurred SAUGOV->GBR']],
    ['LONDON, May 1 - President Kenneth Kaunda of Zambia accused Britain of helping South Africa.', '1987-05-01', ['ACCUSE 112 occurred ZMBGOV->GBR']],
    // the day of an act an `after` with a perfect gerund follows is no day of the trip done before it
    ['ROME, May 1 - Finance Minister Dilson Funaro will fly to Tokyo on Sunday, after having completed a week-long trip to France.', '1987-05-01', ['CONSULT 042 intended BRAGOV->JPN', 'CONSULT 042 occurred BRAGOV->FRA']],
    // a company named after its country or its people ("Canada Post", "British Steel") is the country's business, not the state
    ['OTTAWA, May 1 - Canada Post asked the federal government to appoint a mediator.', '1987-05-01', ['REQUEST 020 requested CANBUS->CANGOV']],
    ['LONDON, May 1 - British Steel said it had asked the government to appoint a mediator.', '1987-05-01', ['REQUEST 020 requested GBRBUS->GBRGOV']],
    // (not a body of states whose name ends in a fund)
    ['ABU DHABI, May 1 - The Arab Monetary Fund agreed to lend Iraq 70 mln dlrs.', '1987-05-01', ['AGREE 033 occurred IGOAMF->IRQ']],
    // people by a trade of two words ("letter carriers") are the country's people, as postal workers are
    // (and the employer's offer they refused was made: the README's implied acts, settled in session 27)
    ['OTTAWA, May 1 - Canadian letter carriers rejected a new contract offer from Canada Post today.', '1987-05-01', ['REJECT 120 occurred CAN->CANBUS', 'AGREE 030 occurred CANBUS->CAN']],
    ['OTTAWA, May 1 - Letter carriers walked out in Toronto today.', '1987-05-01', ['PROTEST 143 occurred CAN->-']],
  ]);
});
