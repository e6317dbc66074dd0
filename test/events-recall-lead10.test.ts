import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round of the lead, session 24', () => {
  eventRows([
    // a country's unions acting as bodies (refusing, demanding, lifting a ban of theirs) are NGO; their strikes stay the country's
    ['MADRID, May 4 - Spanish unions rejected a new wage offer from the employers.', '1987-05-04', ['REJECT 120 occurred ESPNGO->ESPBUS']],
    ['SYDNEY, May 4 - Australian dock unions lifted a ban on ships bound for Fiji.', '1987-05-04', ['CONCEDE 081 occurred AUSNGO->FJI']],
    ['LAGOS, May 4 - Nigerian unions began a nationwide strike on Monday.', '1987-05-04', ['PROTEST 143 occurred NGA->-']],
    // "Union" in a state's name is no union
    ['MOSCOW, May 4 - The Soviet Union rejected a Japanese offer of talks.', '1987-05-04', ['REJECT 120 occurred SUN->JPN', 'AGREE 030 occurred JPN->SUN']],
  ]);
});
