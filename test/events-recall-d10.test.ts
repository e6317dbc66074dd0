import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, precision round d10', () => {
  eventRows([
    // leaving office is a concession (0831) only where the sentence tells the pressure it yields to; an aide who quits, a
    // government that resigns after an election, a leader who may step down are no concession to anyone
    ['WASHINGTON, March 4 - The White House budget director resigned after two years in the post, officials said.', '1987-03-04', []],
    ['OSLO, March 4 - Norwegian Prime Minister Kaare Vik and his cabinet resigned formally after the general election.', '1987-03-04', []],
    ['ROME, March 4 - Political sources said the Italian prime minister might step down before the summit.', '1987-03-04', []],
    ['LIMA, March 4 - Peru\'s finance minister resigned, bowing to weeks of union demands for a change of policy.', '1987-03-04', ['CONCEDE 0831 occurred PERGOV->PER']],
    ['MANILA, March 4 - The Philippine labour minister resigned after two days of protests by dock workers.', '1987-03-04', ['CONCEDE 0831 occurred PHLGOV->PHL', 'PROTEST 141 occurred PHL->PHLGOV']],
    // (a refusal to leave answers pressure, told or not)
    ['ATHENS, March 4 - The Greek finance minister said he would not resign.', '1987-03-04', ['CONCEDE 0831 negated GRCGOV->GRC']],
  ]);
});
