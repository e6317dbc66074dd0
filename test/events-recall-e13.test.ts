import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e13', () => {
  eventRows([
    // a strike waged for or over pay is also the strikers' demand (100) of the one struck against, asked when struck
    ['LISBON, May 6 - Portuguese railway staff staged a 24-hour strike for higher wages today, union officials said.', '1987-05-06', ['PROTEST 143 occurred PRT->-', 'REQUEST 100 requested PRT->-']],
    ['LISBON, May 6 - Dock workers at the state shipping company went on strike for more pay, the company said.', '1987-05-06', ['PROTEST 143 occurred PRT->PRTBUS', 'REQUEST 100 requested PRT->PRTBUS']],
    // and so is one waged to press or back demands, past a time adverbial
    ['BONN, May 6 - Members of the printers union held warning strikes today to press demands for a shorter working week.', '1987-05-06', ['PROTEST 143 occurred DEU->-', 'REQUEST 100 requested DEU->-']],
    // a strike over anything else carries no demand, nor one against a policy on pay
    ['ROME, May 6 - Public sector workers staged a one-day strike over the government wage freeze.', '1987-05-06', ['PROTEST 143 occurred ITA->ITAGOV']],
    ['LISBON, May 6 - Dock workers went on strike over the dismissal of two colleagues.', '1987-05-06', ['PROTEST 143 occurred PRT->-']],
  ]);
});
