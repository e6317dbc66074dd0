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
    // (a rise in tariffs dropped is no sanction eased)
    ['LAGOS, May 4 - The government scrapped a planned rise in electricity tariffs after protests, officials said.', '1987-05-04', ['CONCEDE 0832 occurred NGAGOV->NGA']],
    // an assurance given to a party named is a pledge to it, a state's or a body of states'; each assurer's own
    ['NAIROBI, May 4 - The IMF managing director assured President Moi that the Fund would keep its office in Nairobi, the agency said.', '1987-05-04', ['AGREE 030 occurred IGOIMF->KENGOV']],
    ['TOKYO, May 4 - Britain and France assured Tokyo that their markets would stay open, officials said.', '1987-05-04', ['AGREE 030 occurred GBR->JPNGOV', 'AGREE 030 occurred FRA->JPNGOV']],
    ['SEOUL, May 4 - South Korea was assured by the United States that the quotas would be reviewed, officials said.', '1987-05-04', ['AGREE 030 occurred USA->KOR']],
    // (no one named after the verb, a firm's assurance, and "promised" or "pledged" with a bare object, are none)
    ['LONDON, May 4 - Investors can rest assured that the pound is sound, the chancellor said.', '1987-05-04', []],
    ['NEW YORK, May 4 - Chrysler assured its dealers in Canada that supplies would resume.', '1987-05-04', []],
    ['WASHINGTON, May 4 - The senator promised the committee will study the bill next week.', '1987-05-04', []],
  ]);
});
