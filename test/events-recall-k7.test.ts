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
  ]);
});
