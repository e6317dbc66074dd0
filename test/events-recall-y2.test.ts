import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round y2', () => {
  eventRows([
    // a state that imports a named quantity of goods from another state: each side's economic cooperation with the other (061)
    ['Kenya will import 40,000 tonnes of maize from Zambia under a trade accord signed last week.', '1987-05-04', ['COOPERATE 061 intended KEN->ZMB', 'COOPERATE 061 intended ZMB->KEN', 'SUPPORT 057 occurred KEN->ZMB', 'SUPPORT 057 occurred ZMB->KEN']],
    // a company's purchase from another company is none: the seller must be a state
    ['The refinery will import 20,000 barrels of crude a day from Shell Trading.', '1987-05-04', []],
    // arms sold to a state are military cooperation (062): told by the verb or by the noun of the sales
    ['Britain sold 30 Tornado fighters to Jordan last year, the ministry said.', '1987-05-04', ['COOPERATE 062 occurred GBR->JOR']],
    ['The inquiry into arms sales to Iran resumed on Monday.', '1987-05-04', []],
    // aircraft at large, which companies sell to airlines, are no arms
    ['Boeing will sell 12 aircraft to Kenya Airways.', '1987-05-04', []],
    // a trade measure on goods is on the country named after them by `from` or `imported from`
    ['The United States imposed anti-dumping duties on frozen shrimp imported from Thailand.', '1987-05-04', ['SANCTION 163 occurred USA->THA']],
    // tariffs put or applied on a country's goods, and tariffs raised by an amount, are imposed
    ['The European Community will apply higher tariffs on Japanese electronic goods.', '1987-05-04', ['SANCTION 163 intended IGOEU->JPN']],
    ['Canada said it would raise duties by 20 pct on Italian leather shoes.', '1987-05-04', ['SANCTION 163 intended CAN->ITA']],
    // an attack on a place from another is not on the place the attack came from
    ['Israel launched a missile attack on the town from Lebanon.', '1987-05-04', ['ASSAULT 195 occurred ISR->-']],
    // a state supplied with oil, gas, grain or power by another: the supplier's economic cooperation with it (061); a company supplied is none
    ['Libya will supply Malta with 20,000 barrels per day of crude oil this year.', '1987-05-04', ['COOPERATE 061 intended LBY->MLT']],
    ['Pemex will supply Shell Oil with 30,000 barrels of crude a day.', '1987-05-04', []],
    // a country's goods let in (imports permitted or allowed) ease a ban on them (085); sales allowed are of one's own goods: none
    ['Seoul will permit imports of Japanese cars from July, the trade ministry said.', '1987-05-04', ['RETREAT 085 intended KORGOV->JPN']],
    ['Reagan signed an order allowing sales of U.S. nuclear fuel to Euratom.', '1987-05-04', []],
    // a demonym of two words before a lower-case noun names its country as one of one word does
    ['Denmark banned imports of South African fruit and coal on Monday.', '1987-05-04', ['SANCTION 163 occurred DNK->ZAF']],
    ['Pyongyang agreed to a South Korean proposal for talks.', '1987-05-04', ['AGREE 036 occurred PRKGOV->KOR']],
    // people of business a state's police arrest or a leader calls on at home are the country's business (BUS)
    ['Bangladesh police arrested four industrialists on Monday for failing to repay bank loans.', '1987-05-04', ['COERCE 173 occurred BGDCOP->BGDBUS']],
    // the hedge an amount opens with ("as much as", "up to") is not counted in the gap before what the amount is of
    ['Ottawa will impose as much as 200 mln dlrs in duties on American goods.', '1987-05-04', ['SANCTION 163 intended CANGOV->USA']],
  ]);
});
