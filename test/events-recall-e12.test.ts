import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e12', () => {
  eventRows([
    // members of a union no country is told for, on strike, are people of the dispatch's country, not the uncoded union
    ['DETROIT, May 4 - Some 900 members of the International Association of Machinists went on strike today.', '1987-05-04', ['PROTEST 143 occurred USA->-']],
    ['PHOENIX, May 4 - The company said 300 members of the United Paperworkers International Union went out on strike at its mill.', '1987-05-04', ['PROTEST 143 occurred USA->USABUS']],
    // the members of such a union doing anything else give no act of their country
    ['DETROIT, May 4 - Members of the International Association of Machinists met company negotiators today.', '1987-05-04', []],
    // giving in told as agreeing to another side's demands or conditions, or as making it concessions, is CONCEDE 0832 to that side
    ['BRASILIA, May 4 - Brazil agreed to the IMF\'s conditions for a new standby loan today.', '1987-05-04', ['CONCEDE 0832 occurred BRA->IGOIMF']],
    ['OTTAWA, May 4 - Canada has made concessions to the United States on financial services.', '1987-05-04', ['CONCEDE 0832 occurred CAN->USA']],
    // agreeing only to weigh the demands gives in to nothing: the plain agreement stays
    ['LAGOS, May 4 - The authorities agreed to consider the demands of the dockers.', '1987-05-04', ['AGREE 030 occurred NGAGOV->-']],
    // warships that sail at a place show force to the country it belongs to; a ship of no armed force is none
    ['ATHENS, May 4 - Turkish warships sailed towards the Greek islands of the eastern Aegean today.', '1987-05-04', ['MOBILIZE 150 occurred TURMIL->GRC']],
    ['ATHENS, May 4 - A Turkish research ship sailed into the Aegean today.', '1987-05-04', []],
    // armed men's attack on policemen or a soldier no country names is on their own country's police or army, as on "soldiers"
    ['MANILA, May 4 - Communist guerrillas killed two policemen on Monday.', '1987-05-04', ['ASSAULT 180 occurred PHLREB->PHLCOP']],
    ['MANILA, May 4 - Communist guerrillas ambushed a policeman on Monday.', '1987-05-04', ['ASSAULT 190 occurred PHLREB->PHLCOP']],
  ]);
});
