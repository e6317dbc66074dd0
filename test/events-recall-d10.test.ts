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
    // (pressure from the street told in the sentence before is pressure too)
    ['DHAKA, March 4 - Students have marched through the capital for a month against the government. The Bangladeshi prime minister resigned today.', '1987-03-04',
      ['CONCEDE 0831 occurred BGDGOV->BGD', 'PROTEST 141 occurred BGD->BGDGOV']],
    // (a refusal to leave answers pressure, told or not)
    ['ATHENS, March 4 - The Greek finance minister said he would not resign.', '1987-03-04', ['CONCEDE 0831 negated GRCGOV->GRC']],
    // a noun of hearsay with its `that` left out ("speculation the U.S. will ...") asserts nothing of the clause after it
    ['WASHINGTON, April 6 - Speculation the United States will offer subsidized corn to China has grown in the grain trade.', '1987-04-06', []],
    ['CARACAS, April 6 - There has been speculation Venezuela would demand a lower spread from its creditor banks.', '1987-04-06', []],
    // (the act that prompted it is told)
    ['WASHINGTON, April 6 - Iran attacked a Kuwaiti tanker, prompting speculation the United States would retaliate.', '1987-04-06', ['ASSAULT 190 occurred IRN->KWT']],
    // money put into securities or a market is market news, no economic cooperation with the country they are of
    ['TOKYO, April 6 - A Japanese fund manager said his firm would invest in U.S. bonds gradually.', '1987-04-06', []],
    ['TOKYO, April 6 - Japanese insurers have invested heavily in West German stocks this year.', '1987-04-06', []],
    // (a country's money put into a plant or a firm abroad still is)
    ['TOKYO, April 6 - Japan will invest 24 billion yen in an aluminium smelter in Indonesia.', '1987-04-06', ['COOPERATE 061 intended JPN->IDN']],
  ]);
});
