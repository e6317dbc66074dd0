import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g11', () => {
  eventRows([
    // a labour strike told by its bare noun, with its start, its run or its end, in a story of workers: the country's people strike
    ['WINNIPEG, May 12 - Output at the smelter has been halted since the strike began April 2, the union said.', '1987-05-12', ['PROTEST 143 occurred CAN->-']],
    ['LONDON, May 12 - Talks between management and unions on the six week old strike at the Hull plant resumed today.', '1987-05-12', ['CONSULT 040 occurred GBRBUS->GBRNGO', 'CONSULT 040 occurred GBRNGO->GBRBUS', 'PROTEST 143 occurred GBR->GBRBUS']],
    ['CHICAGO, May 12 - The mill said output was not affected by a strike which began at midnight, the union said.', '1987-05-12', ['PROTEST 143 occurred USA->-']],
    // a strike named by its run and its people of no trade word, with their country as possessor
    ['OTTAWA, May 12 - Talks resumed in the 9-day-old strike by Canada\'s grain inspectors, the union said.', '1987-05-12', ['PROTEST 143 occurred CAN->-', 'CONSULT 040 occurred CANBUS->CANNGO', 'CONSULT 040 occurred CANNGO->CANBUS']],
    // a bare strike that may come, is denied or is staved off is none; nor one with no words of workers, nor a strike of war
    ['MONTREAL, May 12 - The port authority said a prolonged strike would hurt shipping, the union said.', '1987-05-12', []],
    ['DETROIT, May 12 - The carmaker built up stocks so that it won\'t feel a six-week strike, the union said.', '1987-05-12', []],
    ['CHICAGO, May 12 - The options strike price was 35 dlrs, the exchange said.', '1987-05-12', []],
    // a strike ended is told as its end, no strike of its own (a row of recall-l6 keeps it so)
    ['LONDON, May 12 - Dockers went back to work after ending a nine-day strike, the union said.', '1987-05-12', []],
    // a bare strike told with a time to come is one called
    ['MADRID, May 12 - Workers at the steel plant called for three days of strikes next month in a pay dispute, union sources said.', '1987-05-12', ['PROTEST 143 intended ESP->-']],
  ]);
});
