import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c13', () => {
  eventRows([
    // a sale of arms to a state whose seller no words name is the dispatch country's government, told as `arms sales to` or as
    // `the sale of arms to`; one named keeps its own seller
    ['WASHINGTON, May 4 - Senators questioned the former aide about the covert arms sales to Iran and the money they raised.', '1987-05-04', ['COOPERATE 062 occurred USAGOV->IRN']],
    ['WASHINGTON, May 4 - The committee heard two former officials on the secret sale of arms to Iran, its chairman said.', '1987-05-04', ['COOPERATE 062 occurred USAGOV->IRN']],
    ['PARIS, May 4 - Britain has stepped up its sales of arms to Jordan, French officials said.', '1987-05-04', ['COOPERATE 062 occurred GBR->JOR']],
    // a sale to the dispatch country itself, or to no state, is no act between two
    ['TEHRAN, May 4 - Officials said arms sales to Iran had not stopped the war.', '1987-05-04', []],
    ['WASHINGTON, May 4 - Gun makers reported record arms sales to private buyers last year.', '1987-05-04', []],
  ]);
});
