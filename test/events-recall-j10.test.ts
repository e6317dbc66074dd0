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
  ]);
});
