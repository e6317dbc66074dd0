import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

// Speed round f14: no rule changes. The trigger matcher reads a pattern's word steps by the words' numbers in the shared
// vocabulary where both are numbered, and by string where a step holds a word the vocabulary leaves out ("of", "for") or many
// words (a passive verb's participles). These rows hold matches through each kind of step, so that the two readings agree.
describe('events, speed round f14 (steps read by number)', () => {
  eventRows([
    // a step of numbered words after a gap and a time adverbial ("urge * to")
    ['BONN, March 3 - West Germany urged the United States on Tuesday to cut its budget deficit.', '1987-03-03', ['REQUEST 020 requested DEU->USA']],
    // a step holding "of", which the vocabulary does not number, read by string ("accuse * of")
    ['MANILA, March 3 - The Philippines accused Japan of dumping steel on its market, officials said.', '1987-03-03', ['ACCUSE 112 occurred PHL->JPN']],
    // a passive pattern: a form of "be", then a step of the verb's participles, read by string
    ['TOKYO, March 3 - Sanctions were imposed on Japan by the United States on Monday, officials said.', '1987-03-03', ['SANCTION 163 occurred USA->JPN']],
    // an amount's gap before the step that closes it ("provide ** aid")
    ['LONDON, March 3 - Britain will provide 50 mln stg in emergency aid to Bangladesh, the ministry said.', '1987-03-03', ['AID 070 intended GBR->BGD']],
    // an infinitive's steps after a verb of agreement, for two joined subjects
    ['PARIS, March 3 - France and Britain agreed to hold talks with Spain next week.', '1987-03-03', ['AGREE 036 occurred FRA->ESP', 'AGREE 036 occurred GBR->ESP']],
    // no step completes: no event
    ['NEW YORK, March 3 - The company said its sales rose 12 pct in the quarter.', '1987-03-03', []],
    ['DHAKA, March 3 - The warning came as prices rose again.', '1987-03-03', []],
  ]);
});
