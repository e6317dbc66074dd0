import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h8', () => {
  eventRows([
    // an agreement signed or reached under which a clause's subject acts is that subject's, with the party its clause trades with
    // (each way when no signer is named and the clause trades with that party: between the pair, session 28)
    ['NAIROBI, May 4 - Kenya will repay 20 pct of its arrears to foreign banks over five years under an agreement reached today in Paris, the central bank said.', '1987-05-04', ['SUPPORT 057 occurred KEN->-']],
    ['ACCRA, May 4 - Ghana will buy 40,000 tonnes of rice from Thailand under a barter agreement signed here last week, officials said.', '1987-05-04', ['SUPPORT 057 occurred GHA->THA', 'SUPPORT 057 occurred THA->GHA']],
    ['LIMA, May 4 - Under a two-year accord concluded with Brazil today, Peru will ship 10,000 tonnes of copper a year.', '1987-05-04', ['SUPPORT 057 occurred PER->BRA']],
    // its makers named after `by` or `between` made it, each with the other
    ['ISLAMABAD, May 4 - The refugees began to return under accords signed in Geneva last year by Afghanistan and Pakistan.', '1987-05-04', ['SUPPORT 057 occurred AFG->PAK', 'SUPPORT 057 occurred PAK->AFG']],
    // an agreement told before, with no participle of its making, is none; nor one between parties no code names
    ['TAIPEI, May 4 - Under the agreement, Taiwan will limit its textile exports to 0.5 pct growth a year.', '1987-05-04', []],
    ['WARSAW, May 4 - A court registered the union under a deal reached this month between the authorities and the opposition.', '1987-05-04', []],
    // lenders no code names, told with a count among their modifiers, still make talks with them the debtor's, with no recipient
    ['QUITO, May 4 - Ecuador opened talks with its 14-bank advisory committee in New York today.', '1987-05-04', ['CONSULT 046 occurred ECU->-']],
  ]);
});
