import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round k6', () => {
  eventRows([
    // a legislator's party and state in brackets after his name stand between him and his verb, no boundary of his clause
    ['WASHINGTON, March 11 - Sen. Paul Sarbanes (D-Md.) urged Japan to lower its barriers to American rice.', '1987-03-11', ['REQUEST 020 requested USALEG->JPN']],
    ['WASHINGTON, March 11 - Senate Banking Committee Chairman Donald Riegle (D-Mich.) criticized South Korea for its currency policy.', '1987-03-11', ['ACCUSE 111 occurred USALEG->KOR']],
    // (a bracket that is no party and state still ends the clause: the company's ticker is no aside of a person)
    ['NEW YORK, March 11 - Chairman John Smith of Acme Corp (ACM.N) urged shareholders to reject the bid.', '1987-03-11', []],
    // a member's party and home state in apposition ('a Missouri Democrat') are no person of their own: the pronoun after is the member
    ['WASHINGTON, March 11 - Rep. Sam Gibbons, a Florida Democrat, said he would urge Japan to buy more American beef.', '1987-03-11', ['REQUEST 020 requested USALEG->JPN']],
    // a chamber's majority or minority leader is of its legislature, not the government
    ['WASHINGTON, March 11 - Senate Minority Leader Robert Dole criticized Japan for its rice quotas.', '1987-03-11', ['ACCUSE 111 occurred USALEG->JPN']],
    // a party and state after a name, in brackets or between commas, make the person a member of the U.S. Congress (LEG), whatever his
    // title words say; the tag itself is no person
    ['WASHINGTON, March 3 - Committee Chairman Howard Metzenbaum (D-Ohio) rejected a proposal by the Treasury.', '1987-03-03', ['REJECT 120 occurred USALEG->USAGOV']],
    ['WASHINGTON, March 3 - Subcommittee chairman Jim Florio, D-N.J., urged Japan to buy more American coal.', '1987-03-03', ['REQUEST 020 requested USALEG->JPN']],
    // (a committee chairman with no such tag keeps his title's reading)
    ['LONDON, March 3 - Committee chairman John Smith urged Japan to buy more British coal.', '1987-03-03', ['REQUEST 020 requested GBRGOV->JPN']],
    // a central bank wire copy names by its own name is a state body of its country (GOV), not a company
    ['BONN, March 3 - The Bundesbank criticized the United States for its budget deficit.', '1987-03-03', ['ACCUSE 111 occurred DEUGOV->USA']],
    ['LONDON, March 3 - Bank of England officials urged Japan to open its financial markets.', '1987-03-03', ['REQUEST 020 requested GBRGOV->JPN']],
    // (a lender named for a city is no state body but a business of the dispatch's country, session 28; the moratorium named with
    // its owner is Mexico's own act)
    ['TOKYO, March 3 - The Bank of Tokyo criticized Mexico for its debt moratorium.', '1987-03-03', ['ACCUSE 111 occurred JPNBUS->MEX', 'SANCTION 160 occurred MEX->-']],
    // an office in apposition after a name whose own lower-case words run on to the closing comma is still the person's title
    ['LONDON, March 3 - Alan Clark, the British minister for trade, criticized Japan for its barriers to Scotch whisky.', '1987-03-03', ['ACCUSE 111 occurred GBRGOV->JPN']],
    // (a shared title whose lower-case words name no state body gives the person no office of the state)
    ['TOKYO, March 3 - Hiroshi Tanaka, president of a chip firm, urged Washington to drop its tariffs.', '1987-03-03', ['REQUEST 020 requested JPN->USAGOV']],
    // a state's own forces named by 'its' after its verb of saying are its armed forces in the progressive too ('were pushing')
    ['BAGHDAD, April 8 - Iran said its forces were pounding Iraqi positions east of Basra.', '1987-04-08', ['ASSAULT 194 occurred IRNMIL->IRQMIL']],
    // (a passive keeps its own reading: the forces are the ones attacked, not the attackers)
    ['BAGHDAD, April 8 - Iraq said its forces were attacked by Iranian troops east of Basra.', '1987-04-08', ['ASSAULT 190 occurred IRNMIL->IRQ']],
    // a titled official who tells, in the tail, of an act of the country the sentence opens with speaks for that country, not the
    // dateline's
    ['NICOSIA, March 3 - Iraq will never negotiate with Iran under fire, Information Minister Latif Jassim said. Jassim also accused Syria of arming Iran.', '1987-03-03', ['CONSULT 046 negated IRQ->IRN', 'ACCUSE 112 occurred IRQGOV->SYR']],
    // (an official with no such country before him keeps the dateline's)
    ['NICOSIA, March 3 - Oil prices will stay firm, Commerce Minister Andreas Pierides said. Pierides also accused Turkey of dumping textiles.', '1987-03-03', ['ACCUSE 112 occurred CYPGOV->TUR']],
    // a state's office holder the text titles by an intergovernmental body's office acts for the body there
    ['STOCKHOLM, June 2 - OPEC President Rilwanu Lukman urged non-OPEC producers to cut their output.', '1987-06-02', ['REQUEST 020 requested IGOOPEC->-']],
    // (named by his state's office he acts for his state)
    ['LAGOS, June 2 - Oil Minister Rilwanu Lukman urged non-OPEC producers to cut their output.', '1987-06-02', ['REQUEST 020 requested NGAGOV->-']],
  ]);
});
