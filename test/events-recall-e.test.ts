/**
 * Event coding, recall rules found on the development sets heldout22, heldout23 and heldout3: table rows of
 * whole-extract sentences (written for this file) and the events they must give.
 */
import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('[events] the accused of a relative clause set off by a comma (whole extract)', () => {
  eventRows([
    // ", whom X accused of", ", which X blames for": the noun before the clause is the one accused
    ['MINSK, June 3 - Belarusian police detained six journalists, whom the Interior Ministry accused of spreading false news.', '2024-06-03',
      ['COERCE 173 occurred BLRCOP->BLRMED', 'ACCUSE 112 occurred BLRGOV->BLRMED']],
    ['CHISINAU, June 7 - Moldova expelled a Russian diplomat, whom it accused of interfering in its election.', '2024-06-07',
      ['SANCTION 161 occurred MDA->RUSGOV', 'ACCUSE 112 occurred MDA->RUSGOV']],
    ['BOGOTA, Oct 20 - Colombian President Gustavo Petro, whom Washington blames for a surge in cocaine exports, said he would not resign.', '2025-10-20',
      ['ACCUSE 112 occurred USAGOV->COLGOV', 'CONCEDE 0831 negated COLGOV->COL']],
    // an appeal with its object before the clause
    ['ALMATY, Jan 13 - Tokayev thanked the Collective Security Treaty Organisation, which he had asked for help.', '2022-01-13',
      ['SUPPORT 051 occurred KAZGOV->IGOCSTO', 'REQUEST 023 requested KAZGOV->IGOCSTO']],
    // a relative clause of the subject's own: the one accused is named after the verb
    ['KINSHASA, June 7 - Congo\'s opposition, which boycotted the vote, accused the government of fraud.', '2024-06-07',
      ['ACCUSE 112 occurred CODOPP->CODGOV']],
  ]);
});
