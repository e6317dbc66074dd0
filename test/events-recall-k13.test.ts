import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round k13', () => {
  eventRows([
    // a strike a vote decides is still to come, whatever words stand between `voted` and `to`; a strike done is done
    ['LONDON, May 4 - Greek seamen voted overwhelmingly to go on strike, their union said.', '1987-05-04', ['PROTEST 143 intended GRC->-']],
    ['LONDON, May 4 - Greek seamen went on strike today, their union said.', '1987-05-04', ['PROTEST 143 occurred GRC->-']],
    // a crowd placed by a demonym in the phrase between it and the verb is of that country; one placed nowhere, with no dateline
    // country, gives no event (a strike over pay is also the strikers' demand, recall-e13's rule, merged beside this one)
    ['LONDON, May 4 - Dockers in Portuguese ports went on strike today over pay, union officials said.', '1987-05-04', ['PROTEST 143 occurred PRT->-', 'REQUEST 100 requested PRT->-']],
    ['LONDON, May 4 - Miners at Peruvian copper mines stopped work today, union officials said.', '1987-05-04', ['PROTEST 143 occurred PER->-']],
    ['Dockers at the port went on strike today over pay, union officials said.', '1987-05-04', []],
  ]);
});
