import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j14', () => {
  eventRows([
    // office holders named "X of A and Y of B" are each of his own country's office, not the countries named after `of`
    // (a plural title before both names, or a title before each, whose `and` does not carry the first country into the second)
    ['HARARE, May 4 - Presidents Kenneth Kaunda of Zambia and Robert Mugabe of Zimbabwe signed a trade agreement today.', '1987-05-04', ['SUPPORT 057 occurred ZMBGOV->ZWEGOV', 'SUPPORT 057 occurred ZWEGOV->ZMBGOV']],
    ['HARARE, May 4 - President Kenneth Kaunda of Zambia and President Robert Mugabe of Zimbabwe signed a trade agreement today.', '1987-05-04', ['SUPPORT 057 occurred ZMBGOV->ZWEGOV', 'SUPPORT 057 occurred ZWEGOV->ZMBGOV']],
    // countries joined by `and` with no office holder before them stay the parties
    ['HARARE, May 4 - Zambia and Zimbabwe signed a trade agreement today.', '1987-05-04', ['SUPPORT 057 occurred ZMB->ZWE', 'SUPPORT 057 occurred ZWE->ZMB']],
  ]);
});
