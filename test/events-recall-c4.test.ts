import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c4', () => {
  eventRows([
    // credit a state guarantees for a country's purchases is economic aid to that country; the Commodity Credit Corporation is the
    // U.S. government's
    ['WASHINGTON, May 4 - The Commodity Credit Corporation (CCC) has authorized 30.0 mln dlrs in credit guarantees to Tunisia for purchases of wheat, the Agriculture Department said.', '1987-05-04', ['AID 071 occurred USAGOV->TUN']],
    // (the buyer named after the sales, not the country of the goods sold)
    ['The Commodity Credit Corporation approved 12.5 mln dlrs in credit guarantees for sales of U.S. feed grains to Morocco.', '1987-05-04', ['AID 071 occurred USAGOV->MAR']],
    ['The CCC has reallocated 8.0 mln dlrs in credit guarantees previously earmarked for sales of U.S. cotton to provide coverage for sales of U.S. rice to Peru.', '1987-05-04', []],
    // farm goods a state subsidizes for sale to a country (an offer of subsidized wheat, an export bonus the CCC accepts on a sale) are
    // its economic cooperation with the buyer; a company's sale is none
    ['WASHINGTON, May 4 - The United States will offer subsidized wheat to China under the export enhancement program, officials said.', '1987-05-04', ['COOPERATE 061 intended USA->CHN']],
    ['The Commodity Credit Corporation has accepted two bonus offers from exporters on the sale of 25,000 tonnes of barley to Cyprus, the Agriculture Department said.', '1987-05-04', ['COOPERATE 061 occurred USAGOV->CYP']],
    ['Continental Grain sold subsidized wheat to Egypt last week, traders said.', '1987-05-04', []],
    // a nuclear weapon tested (a test carried out, conducted or staged, a device exploded) is a show of force to no one
    ['PARIS, May 4 - France conducted an underground nuclear test at its Pacific testing site on Sunday, the defence ministry said.', '1987-05-04', ['MOBILIZE 150 occurred FRA->-']],
    ['China carried out a nuclear test in the western desert region last week, Western diplomats said.', '1987-05-04', ['MOBILIZE 150 occurred CHN->-']],
    // (a moratorium on tests or talks on a test ban test nothing)
    ['The Soviet Union extended its moratorium on nuclear tests until January, Tass said.', '1987-05-04', []],
    // a sanction told by the noun of its imposing is the imposer's, named before that noun ("the U.S. imposition of tariffs on"),
    // and an owner may stand before 'new' ("Washington's new tariffs on")
    ['Officials in Ottawa said the U.S. imposition of duties on Canadian softwood lumber would cost jobs.', '1987-05-04', ['SANCTION 163 occurred USA->CAN']],
    ["Washington's new tariffs on South Korean steel took effect on Monday, officials in Seoul said.", '1987-05-04', ['SANCTION 163 occurred USAGOV->KOR']],
    // (the imposition of a tax at home is no sanction on anyone)
    ['The imposition of a five pct sales tax was delayed by the opposition, officials said.', '1987-05-04', []],
    // sanctions or tariffs dropped, scrapped or rescinded are eased, as lifted ones are
    ['The EC said it would scrap the tariffs on U.S. corn gluten feed next month.', '1987-05-04', ['RETREAT 085 intended IGOEU->USA']],
    ['Tokyo rescinded its sanctions against South Africa on Friday.', '1987-05-04', ['RETREAT 085 occurred JPNGOV->ZAF']],
    // (a drop in tariffs is no act of easing by anyone named)
    ['The drop in tariffs helped exporters, the ministry said.', '1987-05-04', []],
    // a general strike told by its noun and the country it is in is a strike of that country's people, against the
    // government it presses; 'the start of' before it is no verb whose gap would hide it
    ['LIMA, May 4 - Police fired tear gas at the start of a general strike in Peru called to press the government to raise wages.', '1987-05-04', ['PROTEST 143 occurred PER->PERGOV', 'REQUEST 020 requested PER->PERGOV', 'COERCE 175 occurred PERCOP->PER']],
    ['Shops were shut during a general strike in Bolivia against the government\'s economic policies.', '1987-05-04', ['PROTEST 143 occurred BOL->BOLGOV']],
    // (a strike in an industry names no country's people by itself)
    ['The general strike in the coal industry entered its third week.', '1987-05-04', []],
    // the opposition's boycott of parliament told by its noun ('an opposition boycott') is a strike's kin (CAMEO 143) by the story
    // country's opposition; a trade boycott is none of theirs
    ['SEOUL, May 4 - Debate on the budget resumed after a two-week opposition boycott over the new election law, the government said.', '1987-05-04', ['PROTEST 143 occurred KOROPP->KORGOV']],
    ['STOCKHOLM, May 4 - The trade boycott of South Africa will take effect in October, officials said.', '1987-05-04', []],
    // an act one hopes to be able to do ('will be able to lift') is possible, not planned; one that 'will' be done is planned
    ['Yeutter said he hoped the United States would soon be able to lift the sanctions on Japan.', '1987-05-04', ['RETREAT 085 hypothetical USA->JPN']],
    ['Yeutter said the United States will lift the sanctions on Japan next week.', '1987-05-04', ['RETREAT 085 intended USA->JPN']],
    // sanctions adopted as a program, series or set ('announced its promised program of unilateral economic sanctions against') are
    // imposed, as a package of them is
    ['OSLO, May 4 - Norway announced its promised program of economic sanctions against South Africa on Friday.', '1987-05-04', ['SANCTION 163 occurred NOR->ZAF']],
    ['The European Community adopted a series of trade sanctions against Syria, officials said.', '1987-05-04', ['SANCTION 163 occurred IGOEU->SYR']],
  ]);
});
