import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b11', () => {
  eventRows([
    // concern a party tells at another party's act or policy criticises that party, as concern voiced does
    ['OTTAWA, May 6 - Canada is deeply concerned about the U.S. decision to raise duties on lumber, a trade ministry official said.', '1987-05-06', ['ACCUSE 111 occurred CAN->USA']],
    ['TOKYO, May 6 - The finance ministry was worried by Washington\'s attempts to talk down the dollar, a senior official said.', '1987-05-06', ['ACCUSE 111 occurred JPNGOV->USAGOV']],
    // concern about a thing of no party, or concern denied, is none
    ['LONDON, May 6 - The Bank of England said it was concerned about the rapid growth of credit.', '1987-05-06', []],
    ['PARIS, May 6 - The minister said he was not worried by West Germany\'s interest rate moves.', '1987-05-06', []],
  ]);
});
