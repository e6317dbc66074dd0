import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e9', () => {
  eventRows([
    // a debtor's halted payments told by the singular before what is paid, by a suspension `in` them, or of a part of them
    ['BRASILIA, May 4 - Peru halted payment of interest on 14 billion dlrs owed to foreign banks, officials said.', '1987-05-04', ['SANCTION 160 occurred PER->-']],
    ['LIMA, May 4 - Peru\'s sudden suspension in debt payments angered its creditors, bankers said.', '1987-05-04', ['SANCTION 160 occurred PER->-']],
    ['NEW YORK, May 4 - Bankers said Ecuador\'s suspension of part of its interest payments would not spread to other debtors.', '1987-05-04', ['SANCTION 160 occurred ECU->-']],
    // the owner of the suspension named by `the country's` (the country the story named last), or before the noun of its announcing
    ['NEW YORK, May 4 - Ecuador\'s bank committee met today to discuss the country\'s suspension of interest payments.', '1987-05-04', ['SANCTION 160 occurred ECU->-']],
    ['NEW YORK, May 4 - Ecuador\'s announcement of a moratorium on debt payments surprised bankers.', '1987-05-04', ['SANCTION 160 occurred ECU->-']],
    // an attribution after the act names its source, no one it is done to
    ['NEW YORK, May 4 - Bankers fear the country\'s suspension of interest payments, according to a letter from Citibank to lenders.', '1987-05-04', []],
    // a company's halted payments are its own business
    ['NEW YORK, May 4 - Texaco Inc halted payment of interest on its bonds, the company said.', '1987-05-04', []],
    // a name that is a preposition's object is no subject: the -s form after it is a plural noun it describes (demands the name
    // makes, its own REQUEST by request.demands-noun; never Britain's and Japan's demand by a verb)
    ['TOKYO, May 4 - Britain and Japan clashed today over U.K. Demands for greater access to the bond market.', '1987-05-04', ['REQUEST 100 requested GBR->-']],
    ['TOKYO, May 4 - Japan bristled at U.S. calls for a bigger stimulus package, officials said.', '1987-05-04', []],
    // after `by` the name does the act, and a name opening the clause is its subject
    ['TOKYO, May 4 - The ministry, angered by U.S. demands that Japan open its rice market, said it would resist.', '1987-05-04', ['REQUEST 100 requested USA->JPN']],
    ['TOKYO, May 4 - Officials said that in Tokyo Japan demands greater access to U.S. markets.', '1987-05-04', ['REQUEST 100 requested JPN->USA']],
    // people by trade told as striking are on strike, whatever their clause tells of another act
    ['LONDON, May 4 - Port of Tilbury Ltd said no talks were planned with striking dockers at its container terminal.', '1987-05-04', ['PROTEST 143 occurred GBR->-', 'CONSULT 040 negated GBRBUS->GBRNGO', 'CONSULT 040 negated GBRNGO->GBRBUS']],
  ]);
});
