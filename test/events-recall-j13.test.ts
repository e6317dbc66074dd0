import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j13', () => {
  eventRows([
    // money or arms diverted to an armed group are military aid to it, by the dispatch country's government where no words name the doer
    ['WASHINGTON, May 4 - Senators met today to weigh the diversion of arms profits to the Nicaraguan rebels.', '1987-05-04', ['AID 072 occurred USAGOV->NICREB']],
    ['WASHINGTON, May 4 - Investigators believe funds from the weapons deals were diverted to contra rebels in Nicaragua.', '1987-05-04', ['AID 072 occurred USAGOV->NICREB']],
    // money diverted to anyone but an armed group is no aid: a bank account, a market
    ['WASHINGTON, May 4 - Investigators believe funds from the weapons deals were diverted to a bank account in Geneva.', '1987-05-04', []],
    ['BRUSSELS, May 4 - Farm ministers fear a diversion of cheap grain exports to the EC market.', '1987-05-04', []],
  ]);
});
