import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a11', () => {
  eventRows([
    // talks with another side that no one named owns, told in one's own report, are the speaker's own
    ['OTTAWA, May 4 - Prime Minister Brian Mulroney said good progress was being made in fisheries talks with the United States.', '1987-05-04', ['CONSULT 040 occurred CANGOV->USA']],
    ['ROME, May 4 - The meeting on Sunday with Japanese Foreign Minister Tadashi Kuranari was friendly, Italian Foreign Minister Giulio Andreotti told reporters.', '1987-05-04', ['CONSULT 040 occurred ITAGOV->JPNGOV']],
    // not where the report names another party before the talks, nor where no coded party speaks, nor in a call for talks
    ['OTTAWA, May 4 - Prime Minister Brian Mulroney said Mexico had made progress in its talks with the United States.', '1987-05-04', ['CONSULT 040 occurred MEX->USA']],
    ['TOKYO, May 4 - Analysts said the talks with the United States would be difficult.', '1987-05-04', []],
    // a light verb's act past the word that picks one part of it or tells a run of it
    ['BRASILIA, May 4 - Argentine and Chilean trade officials held the first of a two-day meeting today in Brasilia.', '1987-05-04', ['CONSULT 040 occurred ARGGOV->CHLGOV', 'CONSULT 040 occurred CHLGOV->ARGGOV']],
    ['PARIS, May 4 - Farm leader Jean Dupont said the union planned to go ahead with a series of protests against the EC Commission\'s proposals.', '1987-05-04', ['PROTEST 141 intended FRA->IGOEU']],
    // the 1987 wire's capital on the word right after "U.S." is no name's: "U.S. Trade officials" are a group of the government
    ['BRASILIA, May 4 - Brazilian and U.S. Trade officials met today in Brasilia to discuss steel exports.', '1987-05-04', ['CONSULT 040 occurred BRAGOV->USAGOV', 'CONSULT 040 occurred USAGOV->BRAGOV']],
    ['TOKYO, May 4 - U.S. Trade officials have accused Japan of dumping microchips.', '1987-05-04', ['ACCUSE 112 occurred USAGOV->JPN']],
  ]);
});
