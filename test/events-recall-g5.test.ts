import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g5', () => {
  eventRows([
    // the verb "threaten" with a thing for subject tells a risk, not a party's threat
    ['Canada and the United States are at odds over lumber, and the quarrel threatens to disrupt trade between them, officials said.', '1987-03-17', []],
    ['Higher oil prices could threaten the recovery in France, the minister said.', '1987-03-17', []],
    ['In exporting countries such as Brazil and Argentina, it threatened to worsen the debt burden.', '1987-03-17', []],
    // (a party or a body right before it still threatens, past auxiliaries, adverbs and a time adverbial)
    ['Greece has repeatedly threatened to block the aid package for Turkey.', '1987-03-17', ['THREATEN 131 occurred GRC->-']],
    ['The Polish government last month threatened to suspend talks with the creditor banks.', '1987-03-17', ['THREATEN 131 occurred POLGOV->-']],
  ]);
});
