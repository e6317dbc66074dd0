import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h14', () => {
  eventRows([
    // a bare strike of a kind only workers make (intermittent, lightning, warning, wildcat, rotating) is one under way in a story of
    // workers, as one told with its run is
    ['LISBON, May 4 - Shipping agents said they had hired extra dockers because of an intermittent strike at Portuguese ports.', '1987-05-04', ['PROTEST 143 occurred PRT->-']],
    ['VIENNA, May 4 - Output at 90 engineering plants was cut by warning strikes today, the metal workers union said.', '1987-05-04', ['PROTEST 143 occurred AUT->-']],
    // such a strike told as possible or feared is none under way
    ['LISBON, May 4 - Rotating strikes would halve cargo handling at the docks, the dockers union said.', '1987-05-04', []],
    ['VIENNA, May 4 - Austrian banks face disruption from selective strikes, the bank employees union said.', '1987-05-04', []],
    // a strike noun of no kind and no run is still none
    ['LISBON, May 4 - Shipping agents said they had hired extra dockers because of the strike.', '1987-05-04', []],
    // a strike the members vote for is one they call, to come; not a house striking words from a bill, nor a vote against one
    ['SAO PAULO, May 4 - About 3,000 bus drivers voted to strike on May 12 unless their pay demand is met.', '1987-05-04', ['PROTEST 143 intended BRA->-']],
    ['CARDIFF, May 4 - Welsh miners voted overwhelmingly for a national strike.', '1987-05-04', ['PROTEST 143 intended GBR->-']],
    ['WASHINGTON, May 4 - The Senate voted to strike the provision from the trade bill.', '1987-05-04', []],
    ['MADRID, May 4 - Spain\'s second largest union has voted against a general strike next month.', '1987-05-04', []],
  ]);
});
