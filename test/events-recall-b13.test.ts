import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b13', () => {
  eventRows([
    // sanctions eased with no one named are those the same state is told imposing in the story, eased toward their target
    ['WASHINGTON, May 4 - President Reagan imposed 100 pct tariffs on Brazilian shoes last month. He said he would lift the tariffs once Brasilia opened its computer market.', '1987-05-04', ['SANCTION 163 occurred USAGOV->BRA', 'RETREAT 085 intended USAGOV->BRA']],
    ['OTTAWA, May 4 - Canada will drop the sanctions soon, the trade minister said. Ottawa imposed the sanctions on South African wine in January.', '1987-05-04', ['RETREAT 085 intended CAN->ZAF', 'SANCTION 163 occurred CANGOV->ZAF']],
    // (not sanctions another state imposed: whose they were is not told)
    ['BONN, May 4 - The United States imposed tariffs on Japanese cars in April. West Germany will lift its tariffs next year, officials said.', '1987-05-04', ['SANCTION 163 occurred USA->JPN', 'RETREAT 085 intended DEU->-']],
    // sanctions told by their amount
    ['WASHINGTON, May 4 - The United States will lift a further 50 mln dlrs in trade sanctions against Brazil next week, officials said.', '1987-05-04', ['RETREAT 085 intended USA->BRA']],
  ]);
});
