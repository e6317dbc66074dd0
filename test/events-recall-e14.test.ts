import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e14', () => {
  eventRows([
    // demands told by a plural noun whose owner names who makes them are its demand, of the party its that-clause names
    ['CANBERRA, May 4 - Australian exporters are resisting Japanese demands that Canberra cut coal prices by ten pct, officials said.', '1987-05-04', ['REQUEST 100 requested JPN->AUSGOV']],
    ['MANILA, May 4 - Talks stalled over Philippine demands for a larger share of the sugar quota, delegates said.', '1987-05-04', ['REQUEST 100 requested PHL->-']],
    // a market's demand is none, in the singular or after a verb of trade
    ['TOKYO, May 4 - Japanese demand for U.S. soybeans rose sharply last month, traders said.', '1987-05-04', []],
    ['CHICAGO, May 4 - Exporters said they could not meet demands for prompt shipment of corn this month.', '1987-05-04', []],
  ]);
});
