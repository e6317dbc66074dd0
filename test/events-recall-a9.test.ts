import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a9', () => {
  eventRows([
    // talks heading the subject of a verb of opening or taking place to come (will resume, are scheduled for, due to begin) are to come
    ['ANKARA, May 4 - Talks between Turkey and Greece will resume in Geneva next week, officials said.', '1987-05-04', ['CONSULT 040 intended TUR->GRC', 'CONSULT 040 intended GRC->TUR']],
    ['BONN, May 4 - The talks between Chancellor Helmut Kohl and French Prime Minister Jacques Chirac, scheduled for Friday, come amid a row over farm prices.', '1987-05-04', ['CONSULT 040 intended DEUGOV->FRAGOV', 'CONSULT 040 intended FRAGOV->DEUGOV']],
    // talks told as done, or whose verb tells what they will bring rather than their opening, stay as told
    ['ANKARA, May 4 - Talks between Turkey and Greece broke down on Friday, officials said.', '1987-05-04', ['CONSULT 040 occurred TUR->GRC', 'CONSULT 040 occurred GRC->TUR']],
    // a pronoun subject after an opening frame whose only person is the object of its preposition ("After talks with X, he said") is
    // the subject of a sentence before, not that object
    ['MANILA, May 4 - IMF Managing Director Michel Camdessus praised the Philippines\' reforms. After talks with President Corazon Aquino, he said more steps were needed.', '1987-05-04', ['SUPPORT 051 occurred IGOIMF->PHL', 'CONSULT 040 occurred IGOIMF->PHLGOV']],
    ['SEOUL, May 4 - U.S. Commerce Secretary Malcolm Baldrige arrived for a two-day visit. Speaking to reporters after a meeting with Prime Minister Lho Shin-yong, he said trade talks had gone well.', '1987-05-04', ['CONSULT 042 occurred USAGOV->KOR', 'CONSULT 040 occurred USAGOV->KORGOV']],
    // a name that closes the sentence before is no object of the sentence a pronoun stands in ("... dividing Reagan and Democrats.
    // Reagan has said he would")
    ['WASHINGTON, May 4 - Taxes are the issue dividing Reagan and Democrats. Reagan has said he would veto any bill raising taxes.', '1987-05-04', ['REJECT 129 intended USAGOV->USALEG']],
    // a meeting or a visit told in the present whose clause is dated a day ahead, past the few words right after the verb, is to come
    ['LIMA, May 4 - Peruvian Economy Minister Luis Alva Castro starts negotiations with its 13-bank advisory committee in New York tomorrow.', '1987-05-04', ['CONSULT 046 intended PERGOV->-']],
    ['TOKYO, May 4 - The package is due before Prime Minister Yasuhiro Nakasone leaves for Washington on May 29 for talks.', '1987-05-04', ['CONSULT 042 intended JPNGOV->USA']],
    // a meeting told in the past with a day the dispatch already passed stays as told
    ['LIMA, May 4 - Peruvian Economy Minister Luis Alva Castro started negotiations with its 13-bank advisory committee in New York yesterday.', '1987-05-04', ['CONSULT 046 occurred PERGOV->-']],
    // heading for a place, as heading to it, is a visit there (only for those the visit trigger already takes: a ship heading for a
    // port is no party's visit)
    ['SANTIAGO, May 4 - Finance Minister Hernan Buchi was heading for Washington for talks with the World Bank.', '1987-05-04', ['CONSULT 042 occurred CHLGOV->USA']],
    ['DUBAI, May 4 - The damaged tanker was heading for Fujairah under its own power, shipping sources said.', '1987-05-04', []],
  ]);
});
