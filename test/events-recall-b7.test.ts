import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b7', () => {
  eventRows([
    // talks with lenders no code names are the debtor's: the state whose debt, or to which loans, the words after the lenders name
    ['LIMA, March 10 - Peruvian officials said negotiations with commercial banks on Ecuador\'s foreign debt had been slow.', '1987-03-10', ['CONSULT 046 occurred ECU->-']],
    ['WASHINGTON, March 10 - A Treasury official said progress had been made in talks with creditor banks for new loans to Chile and Venezuela.', '1987-03-10', ['CONSULT 040 occurred CHL->-', 'CONSULT 040 occurred VEN->-']],
    // with no debtor named, the state whose official speaks of them; that official too when the debt is his own state's
    ['QUITO, March 10 - Ecuador\'s Finance Minister Domingo Cordovez said the talks with creditor banks had been difficult.', '1987-03-10', ['CONSULT 040 occurred ECUGOV->-']],
    ['QUITO, March 10 - Ecuador\'s Finance Minister Domingo Cordovez said negotiations with creditor banks on Ecuador\'s debt were difficult.', '1987-03-10', ['CONSULT 046 occurred ECUGOV->-']],
    // (not talks with a party the codes name, nor a company's lenders)
    ['WASHINGTON, March 10 - A Treasury official said talks with Japan on the yen were difficult.', '1987-03-10', []],
    ['NEW YORK, March 10 - The company said talks with its bank lenders on its debt were continuing.', '1987-03-10', []],
    // lenders named as "the country's" are the debtor's own, as "its" lenders are: no recipient
    ['NEW YORK, March 10 - Talks between Chilean officials and the country\'s commercial bank creditors ended on Monday.', '1987-03-10', ['CONSULT 040 occurred CHLGOV->-']],
    // (not the country's others: talks with them are no debtor's with its lenders; its unions are a body of their own, NGO by the
    // fixture README's table, recall round h10)
    ['SANTIAGO, March 10 - Chilean officials held talks with the country\'s unions on Monday.', '1987-03-10', ['CONSULT 040 occurred CHLGOV->CHLNGO']],
    // after a possessive pronoun a verb's form is the act's noun, in a reported clause opened by `that` too
    ['TOKYO, March 10 - Foreign Minister Tadashi Kuranari said that his talks with U.S. Secretary of State George Shultz had been useful.', '1987-03-10', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    // (a company's talks with a union stay no state's act)
    ['DETROIT, March 10 - The company said that its talks with the union had ended without agreement.', '1987-03-10', []],
    // a resolution a party passed asks what it calls for, though a document's own terms are no one's request
    ['WASHINGTON, March 10 - The U.S. Senate passed a resolution calling for action against Brazil.', '1987-03-10', ['REQUEST 020 requested USALEG->-']],
    ['WASHINGTON, March 10 - The trade bill calls for action against Brazil.', '1987-03-10', []],
    // (past a word of time between the party and its verb of adopting)
    ['WASHINGTON, March 10 - The U.S. Senate yesterday unanimously passed a resolution calling for action against Brazil.', '1987-03-10', ['REQUEST 020 requested USALEG->-']],
  ]);
});
