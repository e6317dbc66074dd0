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
    // the other side of talks at home told by its trade after "with" is the dispatch country's ("union leaders", "employers")
    ['LA PAZ, May 4 - The government held talks today with union leaders.', '1987-05-04', ['CONSULT 040 occurred BOLGOV->BOLNGO']],
    ['MADRID, May 4 - Spain\'s metal workers broke off talks with employers over wages.', '1987-05-04', ['SANCTION 164 occurred ESP->ESPBUS']],
    // (not the press at a news conference)
    ['DETROIT, May 4 - The union leader said he will meet with reporters this afternoon.', '1987-05-04', []],
    // in a story of a labour dispute a company of no known country is the dispatch country's business; a union named in the
    // singular and in lower case is a union ("the union"), not "the Soviet Union"
    ['TORONTO, May 4 - The union accepted a new contract offer from Inco Ltd on Monday, ending a six-week strike.', '1987-05-04', ['AGREE 030 occurred CANNGO->CANBUS']],
    ['PITTSBURGH, May 4 - Allegheny Ludlum Corp said it rejected the union\'s wage demands.', '1987-05-04', ['REJECT 120 occurred USABUS->USANGO']],
    // (elsewhere a company keeps no country: a deal datelined abroad is as often a foreign firm's)
    ['TOKYO, May 4 - Benetton is holding talks with the Soviet Union to open stores in the country.', '1987-05-04', []],
    // an offer accepted is of its maker named after "from"
    ['OTTAWA, May 4 - Canada accepted an offer of emergency grain from Australia.', '1987-05-04', ['AGREE 030 occurred CAN->AUS']],
    // "Korea" alone is the South, as the wires use it
    ['WASHINGTON, May 4 - The meat industry said it would fight Korea\'s ban of U.S. beef imports.', '1987-05-04', ['SANCTION 163 occurred KOR->USA']],
  ]);
});
