import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, precision round d9', () => {
  eventRows([
    // a word act of a country's own people names their country only as a word before a noun: the country is no one asked or refused
    ['WASHINGTON, May 6 - Commerce Secretary Malcolm Baldrige said he was opposed to the U.S. selling a yen-denominated bond.', '1987-05-06', []],
    ['SEOUL, May 6 - Baldrige said he urged faster action on cutting the taxes on imported U.S. Cars.', '1987-05-06', ['REQUEST 020 requested USAGOV->-']],
    // people of the country named by a demonym are the ones addressed
    ['KUALA LUMPUR, May 6 - Police called on Malaysians to stay calm after the clashes.', '1987-05-06', ['REQUEST 020 requested MYSCOP->MYS']],
    // named as the possessor of what is criticised, the country is its government, blamed by bodies of its own country
    ['NEW DELHI, May 6 - Opposition politicians and newspapers criticised India\'s new budget.', '1987-05-06', ['ACCUSE 111 occurred INDOPP->INDGOV', 'ACCUSE 111 occurred INDMED->INDGOV']],
  ]);
});
