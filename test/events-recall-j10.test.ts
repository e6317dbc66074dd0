import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j10 (actor codes)', () => {
  eventRows([
    // a demonym before a lower-case office of the wire's own words is the office's country, not the dateline's
    ['BRUSSELS, June 9 - Greek farm minister Yannis Pottakis criticised the European Community plan to cut cereal prices.', '1987-06-09', ['ACCUSE 111 occurred GRCGOV->IGOEU']],
    ['PARIS, June 9 - Chinese first deputy prime minister Yao Yilin criticised the proposal at a news conference.', '1987-06-09', ['ACCUSE 111 occurred CHNGOV->-']],
    ['GENEVA, June 9 - Zambian natural resources minister Gibson Chigaga criticised the International Monetary Fund.', '1987-06-09', ['ACCUSE 111 occurred ZMBGOV->IGOIMF']],
    ['STOCKHOLM, June 9 - Polish government spokesman Jerzy Urban criticised the International Monetary Fund.', '1987-06-09', ['ACCUSE 111 occurred POLGOV->IGOIMF']],
    // the government a title follows after a joiner is no part of that office
    ['SANTIAGO, June 9 - Miners walked out in a strike against the government of President Augusto Pinochet.', '1987-06-09', ['PROTEST 143 occurred CHL->CHLGOV']],
    // a leader's name before Administration with a capital is the leader's government, not a person with no code
    ['WASHINGTON, June 9 - The Reagan Administration imposed new tariffs on Brazilian shoes today.', '1987-06-09', ['SANCTION 163 occurred USAGOV->BRA']],
    ['LONDON, June 9 - Britain held talks with officials of the Reagan Administration on the textile bill.', '1987-06-09', ['CONSULT 040 occurred GBR->USAGOV']],
    // a body named Administration after no leader is no leader's government ("the Food and Drug Administration")
    ['WASHINGTON, June 9 - The Food and Drug Administration criticised Japan for late reports.', '1987-06-09', ['ACCUSE 111 occurred USAGOV->JPN']],
    // Congress told by its capitalised adjective is the legislature, not after an owner's pronoun
    ['WASHINGTON, June 9 - Congressional leaders criticised Japan for its trade surplus.', '1987-06-09', ['ACCUSE 111 occurred USALEG->JPN']],
    ['WASHINGTON, June 9 - A Congressional committee asked President Reagan to delay the sale of missiles.', '1987-06-09', ['REQUEST 020 requested USALEG->USAGOV']],
    ['WASHINGTON, June 9 - Treasury Secretary James Baker, in his Congressional testimony, urged the banks to lend more.', '1987-06-09', ['REQUEST 020 requested USAGOV->-']],
  ]);
});
