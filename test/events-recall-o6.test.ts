import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round o6', () => {
  eventRows([
    // one who attends a meeting of a body of states takes part in it, with the body, as one who addresses it does; a participle set
    // off after the subject is the subject's
    ['Japanese Finance Minister Kiichi Miyazawa attended a meeting of the Group of Seven in Washington.', '1987-04-10', ['CONSULT 040 occurred JPNGOV->IGOG7']],
    ['Japan will not attend the next meeting of the Group of Seven, officials said.', '1987-04-10', ['CONSULT 040 negated JPN->IGOG7']],
    ['Bank of Japan Governor Satoshi Sumita, attending an annual meeting of the Asian Development Bank, said the yen would stay stable.', '1987-04-27', ['CONSULT 040 occurred JPNGOV->IGOADB']],
    // (a meeting of no body of states is none, attended or not)
    ['About 300 shareholders attended a meeting of the company in Dallas.', '1987-04-10', []],
  ]);
});
