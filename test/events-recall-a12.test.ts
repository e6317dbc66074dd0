import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a12', () => {
  eventRows([
    // labour talks told with a word of pay or a contract, naming no party, are the country's employers' and unions', each way
    ['OSLO, May 4 - Wage talks in the five-day dock strike collapsed today, a union spokesman said.', '1987-05-04', ['CONSULT 040 occurred NORBUS->NORNGO', 'CONSULT 040 occurred NORNGO->NORBUS', 'PROTEST 143 occurred NOR->NORBUS']],
    ['MELBOURNE, May 4 - Contract negotiations will resume on Thursday, the union said.', '1987-05-04', ['CONSULT 046 intended AUSBUS->AUSNGO', 'CONSULT 046 intended AUSNGO->AUSBUS']],
    // talks naming no party in a sentence of a labour dispute are the dispute's
    ['ANTWERP, May 4 - Talks broke down on Friday when the union walked out, a port spokesman said.', '1987-05-04', ['CONSULT 040 occurred BELBUS->BELNGO', 'CONSULT 040 occurred BELNGO->BELBUS', 'PROTEST 143 occurred BEL->-']],
    // not talks with a party named, nor between states, nor a firm's meeting, nor pay rounds in a story of no workers' side
    ['BONN, May 4 - Trade talks between West Germany and Japan resumed today despite a strike by dockers.', '1987-05-04', ['CONSULT 040 occurred DEU->JPN', 'CONSULT 040 occurred JPN->DEU', 'PROTEST 143 occurred DEU->-']],
    ['DURBAN, May 4 - The strike began when workers walked out after the company\'s refusal to go to arbitration talks.', '1987-05-04', ['PROTEST 143 occurred ZAF->ZAFBUS']],
    ['LAGOS, May 4 - The government urged the unions to call off the strike and return to negotiations.', '1987-05-04', ['REQUEST 020 requested NGAGOV->NGA']],
    ['NEW YORK, May 4 - The company said management will present the plan to shareholders at its annual meeting, and unions were not consulted.', '1987-05-04', []],
    ['PARIS, May 4 - Consumer spending should grow next year on the back of higher incomes following pay negotiations, the report said.', '1987-05-04', []],
    // a state's official who speaks at a meeting of many states' ministers, of no body named, consults them, with no one party
    ['WELLINGTON, May 4 - Australian Trade Minister John Dawkins told delegates at the informal meeting of farm ministers that subsidies must end.', '1987-05-04', ['CONSULT 040 occurred AUSGOV->-']],
    ['WELLINGTON, May 4 - Trade Minister Mike Moore told the closing meeting of trade ministers from 20 nations that progress was made.', '1987-05-04', ['CONSULT 040 occurred NZLGOV->-']],
    // not one state's ministers, nor a meeting only spoken of
    ['TOKYO, May 4 - Finance Minister Kiichi Miyazawa said at a meeting of Japanese ministers that the yen was too strong.', '1987-05-04', []],
    ['LONDON, May 4 - Chancellor Nigel Lawson said the meeting of six industrial nations had set no target for the dollar.', '1987-05-04', []],
  ]);
});
