import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round w', () => {
  eventRows([
    // the `by` agent of a visit's noun stands past words of time after the place ("a visit to Cairo last month by X")
    ['NICOSIA, May 4 - The newspaper said the plan was drawn up during a visit to Damascus last week by Soviet Foreign Minister Eduard Shevardnadze.', '1987-05-04', ['CONSULT 042 occurred SUNGOV->SYR']],
    // a visitor with no place of his own visits where the dispatch is from: described as "visiting" with no host who receives him,
    // named after a visit's `of`, or in an apposition "here on a visit"
    ['CANBERRA, May 12 - Visiting Japanese Trade Minister Hajime Tamura told reporters that beef quotas would be reviewed.', '1987-05-12', ['CONSULT 042 occurred JPNGOV->AUS']],
    ['ROME, June 3 - The unions timed the strike to coincide with the visit of Brazilian President Jose Sarney, police said.', '1987-06-03', ['CONSULT 042 occurred BRAGOV->ITA']],
    ['OTTAWA, April 6 - Indian Prime Minister Rajiv Gandhi, here on a three-day official visit after talks in the United States, said trade had grown.', '1987-04-06', ['CONSULT 042 occurred INDGOV->CAN']],
    // a host who receives the visitor keeps the hosting alone
    ['SEOUL, May 12 - President Chun Doo-hwan told visiting U.S. Commerce Secretary Malcolm Baldrige that Korea would open its markets.', '1987-05-12', ['CONSULT 043 occurred KORGOV->USAGOV']],
    // talks with a visitor are no hosting: the visit beside them
    ['NEW DELHI, May 12 - Prime Minister Rajiv Gandhi raised the border issue during talks with the visiting Chinese Foreign Minister Wu Xueqian.', '1987-05-12', ['CONSULT 040 occurred INDGOV->CHNGOV', 'CONSULT 042 occurred CHNGOV->IND']],
    // a visitor of the dispatch's own country visits nobody
    ['TOKYO, May 12 - A visiting Japanese trade delegation official said talks in Europe had gone well.', '1987-05-12', []],
    // "discussed X with Y" with a long object between: the one named after `with` is the party, not one inside the object
    ['CAIRO, May 4 - Egyptian Foreign Minister Esmat Abdel-Meguid discussed the plight of Palestinian refugees in southern Lebanon with Syrian Vice President Abdel-Halim Khaddam.', '1987-05-04', ['CONSULT 040 occurred EGYGOV->SYRGOV']],
    // an object that ends in a noun taking its own `with` names no party after it ("trade relations with Washington" is what is discussed;
    // at a summit, the talks are with the others there, no one named: see events-recall-a4)
    ['PARIS, May 4 - French Prime Minister Jacques Chirac will discuss the worsening state of farm trade relations with Washington at the summit, officials said.', '1987-05-04', ['CONSULT 040 intended FRAGOV->-']],
    // two parties that agree that something is to be made an agreement, each with the other; one party that agrees holds an opinion
    ['BONN, May 4 - West Germany and France agreed that their joint brigade would be based near Stuttgart, officials said.', '1987-05-04', ['AGREE 030 occurred DEU->FRA', 'AGREE 030 occurred FRA->DEU']],
    ['TOKYO, May 4 - Finance Minister Kiichi Miyazawa agreed that the yen had risen too far, officials said.', '1987-05-04', []],
    // an act told as likely is possible, neither done nor planned
    ['BONN, May 4 - Chancellor Helmut Kohl is likely to visit Moscow in the autumn, government sources said.', '1987-05-04', ['CONSULT 042 hypothetical DEUGOV->SUN']],
    ['WASHINGTON, May 4 - The United States will likely impose tariffs on Brazilian shoes next month, officials said.', '1987-05-04', ['SANCTION 163 hypothetical USA->BRA']],
    // an agreement signed or concluded between two parties is signed by each with the other, done whatever the clause plans
    ['OTTAWA, May 4 - Canadian Pacific plans to start cargo flights to Peking under an aviation accord signed between the Chinese and Canadian governments.', '1987-05-04', ['SUPPORT 057 occurred CHNGOV->CANGOV', 'SUPPORT 057 occurred CANGOV->CHNGOV']],
    // an agreement signed between two parties the text does not code gives nothing
    ['LONDON, May 4 - The accord signed between the two companies last year expires in May.', '1987-05-04', []],
    // negotiators sent to a country are a visit by the sender, as an envoy is; a team is not (a rescue team is aid)
    ['SEOUL, May 4 - South Korea will send negotiators to Washington next week, officials said.', '1987-05-04', ['CONSULT 042 intended KOR->USA']],
    ['WASHINGTON, May 4 - The United States sent a rescue team to Ecuador after the earthquake.', '1987-05-04', ['AID 073 occurred USA->ECU']],
    // talks still to come that open a later sentence with no article and no party of their own are between the two states named last
    ['ANKARA, May 4 - Turkey and Greece have agreed to resume their dialogue on the Aegean, officials said. Talks are due to open in Geneva next week.', '1987-05-04', ['AGREE 030 occurred TUR->GRC', 'AGREE 030 occurred GRC->TUR', 'CONSULT 040 intended TUR->GRC', 'CONSULT 040 intended GRC->TUR']],
    // talks that open a sentence in a story of a company and investors are no talks of a pair of states
    ['NEW YORK, May 4 - Texaco said it had agreed to sell the unit to a group of investors. Talks are continuing on the price.', '1987-05-04', []],
    // one who was the first official to visit a country visited it; one who is the first to visit is still to come
    ['ABU DHABI, June 29 - He was the first senior Omani official to visit Iran since the revolution, the agency said.', '1987-06-29', ['CONSULT 042 occurred OMNGOV->IRN']],
    ['WASHINGTON, March 31 - He is the first senior Japanese official to visit Washington since the dispute began.', '1987-03-31', ['CONSULT 042 intended JPNGOV->USA']],
  ]);
});
