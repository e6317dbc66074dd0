import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round l10', () => {
  eventRows([
    // a demand a refusal answers names its maker after `by` as after `of` or `from`
    ['TEHRAN, May 4 - Iran rejected calls by the United Nations for an immediate ceasefire in the Gulf war.', '1987-05-04', ['REJECT 120 occurred IRN->IGOUN', 'REQUEST 100 requested IGOUN->IRN']],
    ['TOKYO, May 4 - Japan has rejected demands by Washington that it cut its trade surplus, officials said.', '1987-05-04', ['REJECT 120 occurred JPN->USAGOV', 'REQUEST 100 requested USAGOV->JPN']],
    // a demand with no named maker after `by` is no demand
    ['TOKYO, May 4 - Japan rejected calls by some economists for a cut in interest rates.', '1987-05-04', ['REJECT 120 occurred JPN->-']],
    // an offer refused names its maker by the demonym that opens the thing offered after `of`
    ['MANAGUA, May 4 - Nicaragua rejected an offer of Venezuelan oil credits, the foreign ministry said.', '1987-05-04', ['REJECT 120 occurred NIC->VEN', 'AGREE 030 occurred VEN->NIC']],
    // a demonym after `of` that names what is refused, not who offered it, is no maker: a thing offered still needs its giver
    ['MANAGUA, May 4 - Nicaragua rejected an offer of aid, the foreign ministry said.', '1987-05-04', ['REJECT 120 occurred NIC->-']],
    // "decline" with an offer, request or invitation as its object is a refusal; "declined to" with such a noun later, or prices
    // that decline, are not
    ['KUWAIT, May 4 - Kuwait has declined an offer of Soviet naval escorts for its tankers, officials said.', '1987-05-04', ['REJECT 120 occurred KWT->SUN', 'AGREE 030 occurred SUN->KWT']],
    ['TOKYO, May 4 - Japan declined a request from Washington to cut its discount rate.', '1987-05-04', ['REJECT 120 occurred JPN->USAGOV', 'REQUEST 020 requested USAGOV->JPN']],
    ['NEW YORK, May 4 - The company declined to comment on the offer from Canada.', '1987-05-04', []],
    ['LONDON, May 4 - Oil prices declined on the offer of cheap Saudi crude.', '1987-05-04', []],
    // a ban "of" goods is read as a ban on them: its owner before it, the goods' country its target; with no country named for the
    // goods it gives no event, as a ban "on" them does not
    ["SEOUL, May 4 - U.S. exporters will challenge South Korea's ban of U.S. beef imports, officials said.", '1987-05-04', ['SANCTION 163 occurred KOR->USA']],
    ["TAIPEI, May 4 - Taiwan's ban of pork imports will stay in force, officials said.", '1987-05-04', []],
  ]);
});
