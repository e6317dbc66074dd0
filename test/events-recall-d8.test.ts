import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d8', () => {
  eventRows([
    // two tellings of one act whose parties are places of one state at the dispatch's time (Moscow and the Soviet Union in 1988)
    // are one event, read with the codes of that time
    ['MOSCOW, Oct 24 - Italian Prime Minister Ciriaco De Mita arrived in Moscow today on his first official visit to the Soviet Union, bringing with him four ministers.', '1988-10-24', ['CONSULT 042 occurred ITAGOV->SUN']],
    // strikes told by their run (a wave, a series of strikes or stoppages) are the street's, of the country the sentence is about
    // (no target: the government the row once gave was "union leaders" read as it; the README makes unions no arm of the state)
    ['ATHENS, March 20 - Greek union leaders are touring the provinces to calm a wave of strikes over the wage freeze.', '1987-03-20', ['PROTEST 143 occurred GRC->-']],
    ['LISBON, March 20 - The austerity plan set off a series of wildcat strikes last month, the union federation said.', '1987-03-20', ['PROTEST 143 occurred PRT->-']],
    // a strike a country owns by its possessive is its people's, not the state's
    ['LISBON, March 20 - Union officials said Portugal\'s latest wave of strikes had closed the main ports.', '1987-03-20', ['PROTEST 143 occurred PRT->-']],
    // (a run of strikes on a target is one of attacks, and a wave of anything else no strike)
    ['KIEV, March 13 - A drone hit an oil depot, the latest in a wave of strikes on the country\'s fuel infrastructure.', '2024-03-13', []],
    ['TOKYO, March 20 - Dealers expect a wave of heavy selling when the market opens on Monday.', '1987-03-20', []],
    // a decision a possessive pronoun owns ('its decision to ...') is the act decided, by the body the pronoun stands for, as a
    // named owner's is
    ['QUITO, March 20 - Peru reaffirmed its decision to suspend debt payments to foreign commercial banks.', '1987-03-20', ['SANCTION 160 occurred PER->-']],
    // (a company's decision to sell a unit is no event)
    ['NEW YORK, March 20 - The company reaffirmed its decision to sell its oil unit.', '1987-03-20', []],
    // a duty imposed or applied is a sanction also when its rate stands between the noun and its 'on' ('a duty of 85 cents a bushel on')
    ['OTTAWA, March 20 - Canada yesterday imposed a duty of 67 cents a bushel on U.S. barley imports.', '1987-03-20', ['SANCTION 163 occurred CAN->USA']],
    // (a duty on a good of no named country is none)
    ['KUALA LUMPUR, March 20 - Malaysia imposed a duty of two cents a kilo on palm oil exports.', '1987-03-20', []],
  ]);
});
