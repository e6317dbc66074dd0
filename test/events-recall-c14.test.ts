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
  ]);
});
