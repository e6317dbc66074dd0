import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b12', () => {
  eventRows([
    // a protest, disapproval, opposition or objection told by its noun comes from the one named after `from`, aimed at the clause's
    // subject: protest and disapproval are criticism (111), opposition and objections a rejection (120)
    ['MANILA, May 4 - The Asian Development Bank will keep China as a member despite protests from Taiwan, the bank said.', '1987-05-04', ['ACCUSE 111 occurred TWN->IGOADB']],
    ['BRUSSELS, May 4 - The European Community failed to agree on the research plan because of opposition from Britain and West Germany, diplomats said.', '1987-05-04', ['AGREE 030 negated IGOEU->-', 'REJECT 120 occurred GBR->IGOEU', 'REJECT 120 occurred DEU->IGOEU']],
    ['GENEVA, May 4 - The GATT put off the report after objections from India, delegates said.', '1987-05-04', ['REJECT 120 occurred IND->IGOGATT']],
    // "opposition" before `from` is the stand, no country's opposition parties
    ['MADRID, May 4 - Spain approved the tax despite opposition from France, officials said.', '1987-05-04', ['REJECT 120 occurred FRA->ESP']],
    // with no party named after `from`, none
    ['PARIS, May 4 - Protests from angry farmers continued across France today.', '1987-05-04', []],
    // the article's own unions, with words that rank or name them before the plural, are the unions of the dispatch's country (NGO);
    // so are a union's members
    ['MADRID, May 4 - The main Socialist and Communist unions rejected an offer from the employers for a five pct wage rise.', '1987-05-04', ['REJECT 120 occurred ESPNGO->ESPBUS']],
    ['CHICAGO, May 4 - The union members rejected the latest company offer on Sunday.', '1987-05-04', ['REJECT 120 occurred USANGO->USABUS']],
    // a party named before the plural is no rank of it
    ['MADRID, May 4 - The main opposition parties rejected the budget.', '1987-05-04', []],
    // going to law told as possible by one's own side is a threat (130) beside the suit or complaint as possible; told as planned, or by
    // another side, the complaint alone
    ['THE HAGUE, May 4 - Indonesia may bring the Dutch government before the World Court over the debt, Foreign Minister Mochtar Kusumaatmadja said.', '1987-05-04', ['ACCUSE 115 hypothetical IDN->NLDGOV', 'THREATEN 130 occurred IDNGOV->NLDGOV']],
    ['MANAGUA, May 4 - Nicaragua said it would lodge a complaint against Honduras at the United Nations.', '1987-05-04', ['ACCUSE 114 intended NIC->HND']],
  ]);
});
