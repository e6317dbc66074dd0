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
    // commodity bodies of producing and consuming states are intergovernmental bodies, by name and short form
    ['KUALA LUMPUR, May 4 - The Association of Tin Producing Countries (ATPC) urged the United States to slow its sales of tin from its stockpile.', '1987-05-04', ['REQUEST 020 requested IGOATPC->USA']],
    ['LONDON, May 4 - Colombia called on the International Coffee Organization to restore export quotas by October, delegates said.', '1987-05-04', ['REQUEST 020 requested COL->IGOICO']],
    // "ITC" alone is not the tin council: the U.S. International Trade Commission goes by it too
    ['WASHINGTON, May 4 - The ITC urged lawmakers to wait for its report on the tin market.', '1987-05-04', []],
  ]);
});
