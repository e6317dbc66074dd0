import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a14', () => {
  eventRows([
    // a company the text does not place is of the dispatch's country (business copy is filed from the home city of the firms it
    // reports on), to a body of its government or from one
    ['WASHINGTON, May 4 - Halvern Industries Inc asked the Federal Trade Commission to lift a 1982 order barring it from buying distributors.', '1987-05-04', ['REQUEST 020 requested USABUS->USAGOV']],
    ['CHICAGO, May 4 - Marlowe Foods Inc said it reached an out-of-court settlement with the Federal Trade Commission over its labels.', '1987-05-04', ['AGREE 030 occurred USABUS->USAGOV']],
    ['TOKYO, May 4 - The Finance Ministry criticized Kasuga Bank Ltd for its heavy dealing in dollars.', '1987-05-04', ['ACCUSE 111 occurred JPNGOV->JPNBUS']],
    // a firm the text places keeps its own country; a dateline of the world's diplomacy places no one; a bank whose name reaches
    // past one state is of none
    ['NEW YORK, May 4 - Japan\'s Kanemura Corp asked the Commerce Department to drop its duties on radar parts.', '1987-05-04', ['REQUEST 020 requested JPNBUS->USAGOV']],
    ['GENEVA, May 4 - Torvald Chemicals Inc urged the Swiss government to ease its rules on imports.', '1987-05-04', []],
    ['LONDON, May 4 - The Bank for International Settlements urged the Treasury to cut interest rates.', '1987-05-04', []],
    // a legal form of one country's company law places the firm, whatever the dateline; a form of several places none, but keeps
    // a firm from a dateline whose companies never bear it (an "AG" or a "Ltd" is no American firm) and lets it take one that does
    ['NEW YORK, May 4 - Montedison SpA said it signed a contract with the Algerian Ministry of Industry.', '1987-05-04', ['SUPPORT 057 occurred ITABUS->DZAGOV']],
    ['NEW YORK, May 4 - Halmstad Verken AB asked the Commerce Department to drop its duties on steel.', '1987-05-04', ['REQUEST 020 requested SWEBUS->USAGOV']],
    ['NEW YORK, May 4 - Reinholt AG asked the Commerce Department to drop its duties on steel.', '1987-05-04', []],
    ['NEW YORK, May 4 - Hitachi Ltd asked the Commerce Department to drop its duties on radar parts.', '1987-05-04', []],
    ['ZURICH, May 4 - The government criticized Reinholt AG for its losses.', '1987-05-04', ['ACCUSE 111 occurred CHEGOV->CHEBUS']],
  ]);
});
