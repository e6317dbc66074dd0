import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d7', () => {
  eventRows([
    // a country's news agency named '<Country> News Agency' is the press, no person; an official it quotes in an aside after his name
    // (', quoted by the ... agency,') is of its country, not of the dateline's, and the agency is no subject of the verb after the aside
    ['CAIRO, March 24 - Finance Minister Ahmed Salih, quoted by the official Sudan News Agency, said his government rejected a new IMF demand.', '1987-03-24',
      ['REJECT 120 occurred SDNGOV->IGOIMF', 'REQUEST 100 requested IGOIMF->SDNGOV']],
    // (the agency that tells the news is no actor)
    ['The official Kuwait News Agency said Iraqi warplanes attacked an Iranian tanker on Monday.', '1987-03-24', ['ASSAULT 190 occurred IRQMIL->IRN']],
  ]);
});
