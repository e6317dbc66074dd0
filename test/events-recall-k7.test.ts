import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round k7', () => {
  eventRows([
    // a state commission, board or tribunal named with no country under a dateline is the dateline's government, as a ministry is
    ['WELLINGTON, March 4 - Business groups criticised the Arbitration Commission\'s ruling on wages.', '1987-03-04', ['ACCUSE 111 occurred NZLBUS->NZLGOV']],
    ['CANBERRA, March 4 - The Industries Assistance Commission urged Japan to open its beef market.', '1987-03-04', ['REQUEST 020 requested AUSGOV->JPN']],
    ['LONDON, March 4 - The Monopolies and Mergers Commission criticised the European Community\'s plan.', '1987-03-04', ['ACCUSE 111 occurred GBRGOV->IGOEU']],
    // (not a commission of many states: the European Commission is the EC's, and one named 'International' is no home body)
    ['GENEVA, March 4 - The International Trade Commission urged Japan to open its markets.', '1987-03-04', []],
    // voices of a country's public named by a bare plural in -men open a sentence as those in -s do, each of a list with its sector
    ['NEW DELHI, March 4 - Businessmen and opposition politicians criticised the government\'s new budget.', '1987-03-04', ['ACCUSE 111 occurred INDBUS->INDGOV', 'ACCUSE 111 occurred INDOPP->INDGOV']],
    ['CARACAS, March 4 - Businessmen met President Jaime Lusinchi on Tuesday to discuss the pay rise.', '1987-03-04', ['CONSULT 040 occurred VENBUS->VENGOV']],
    // (not the men a phrase places elsewhere: a crowd at a place is read by its place)
    ['MANILA, March 4 - Fishermen in Sabah protested against the ban.', '1987-03-04', ['PROTEST 141 occurred MYS->-']],
  ]);
});
