import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e5', () => {
  eventRows([
    // criticism of a body at home named by its head alone ('the government', 'the opposition') is of the critic's own country's body
    ['KUALA LUMPUR, March 2 - Opposition politicians criticised the government over the new sales tax on Monday.', '1987-03-02', ['ACCUSE 111 occurred MYSOPP->MYSGOV']],
    ['KUALA LUMPUR, March 2 - The government criticised the opposition for delaying the budget.', '1987-03-02', ['ACCUSE 111 occurred MYSGOV->MYSOPP']],
    // (criticism of a thing with no owner named is of no one)
    ['KUALA LUMPUR, March 2 - Economists criticised the new sales tax on Monday.', '1987-03-02', []],
  ]);
});
