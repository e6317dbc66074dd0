import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c14', () => {
  eventRows([
    // an agreement a clause's act is done under, signed with no signer named, is the pair's that the act is between, each way
    ['ACCRA, May 4 - Norway will lend Ghana 30 mln dlrs to buy fertiliser under an agreement signed here on Saturday, officials said.', '1987-05-04', ['AID 071 intended NOR->GHA', 'SUPPORT 057 occurred NOR->GHA', 'SUPPORT 057 occurred GHA->NOR']],
    ['LIMA, May 4 - Under a two-year accord signed last month, Peru will ship 10,000 tonnes of copper a year to Brazil.', '1987-05-04', ['SUPPORT 057 occurred PER->BRA', 'SUPPORT 057 occurred BRA->PER']],
    // one signed with a party named is the subject's with it; one with no other party told stays the subject's alone
    ['LIMA, May 4 - Under a two-year accord concluded with Brazil today, Peru will ship 10,000 tonnes of copper a year.', '1987-05-04', ['SUPPORT 057 occurred PER->BRA']],
    ['NAIROBI, May 4 - Kenya will repay 20 pct of its arrears to foreign banks under an agreement reached today in Paris, the central bank said.', '1987-05-04', ['SUPPORT 057 occurred KEN->-']],
    // satisfaction or pleasure with another side's act is praise of that side; with a thing no party is named in, or negated
    // inside the verb's words, it is none
    ['OTTAWA, May 4 - The environment minister said Canada was pleased with the U.S. decision to cut acid rain emissions.', '1987-05-04', ['SUPPORT 051 occurred CAN->USA']],
    ['BONN, May 4 - Finance Minister Gerhard Stoltenberg expressed satisfaction at the French decision to cut interest rates.', '1987-05-04', ['SUPPORT 051 occurred DEUGOV->FRA']],
    ['LONDON, May 4 - The chancellor said he was quite satisfied with the present level of sterling.', '1987-05-04', []],
    ['ROME, May 4 - Italy is not satisfied with the West German offer.', '1987-05-04', []],
  ]);
});
