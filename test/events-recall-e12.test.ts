import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e12', () => {
  eventRows([
    // members of a union no country is told for, on strike, are people of the dispatch's country, not the uncoded union
    ['DETROIT, May 4 - Some 900 members of the International Association of Machinists went on strike today.', '1987-05-04', ['PROTEST 143 occurred USA->-']],
    ['PHOENIX, May 4 - The company said 300 members of the United Paperworkers International Union went out on strike at its mill.', '1987-05-04', ['PROTEST 143 occurred USA->USABUS']],
    // the members of such a union doing anything else give no act of their country
    ['DETROIT, May 4 - Members of the International Association of Machinists met company negotiators today.', '1987-05-04', []],
  ]);
});
