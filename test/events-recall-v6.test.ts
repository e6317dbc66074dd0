import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round v6', () => {
  eventRows([
    // an office a company reports, with no state's body or country beside it, is the company's: its holder's resignation is no
    // state's concession
    ['HOUSTON, March 13 - The company also said Chairman Roy Pike has resigned to pursue other interests.', '1987-03-13', []],
    ['HOUSTON, March 13 - Delmar Instruments Inc said its board accepted the resignation of President Carl Boyd.', '1987-03-13', []],
    // (so is one joined to a company by 'and')
    ['WASHINGTON, March 11 - Delta Freight Corp and Chairman Roy Pike asked the Justice Department for clearance of the merger.', '1987-03-11', ['REQUEST 020 requested USABUS->USAGOV']],
    ['WASHINGTON, March 11 - Argentina and President Raul Alfonsin asked the IMF for a new loan.', '1987-03-11', ['REQUEST 020 requested ARGGOV->IGOIMF']],
    // (a state body that reports it keeps the office the state's)
    ['WASHINGTON, March 13 - The Treasury said Chairman Roy Pike has resigned under pressure.', '1987-03-13', ['CONCEDE 0831 occurred USAGOV->USA']],
    // a title shared by companies and states, with a body after its 'of' that is neither a state's nor known, is no state's office
    ['NEW YORK, April 24 - Thomas Grant, Chairman of Delta Oil Trading, has left the company, industry sources said. Earlier he resigned as a director of the parent firm.', '1987-04-24', []],
    // (a state's known body after 'of' keeps it the state's)
    ['WASHINGTON, April 24 - John Kale, Chairman of the Federal Reserve Board, resigned under pressure on Monday.', '1987-04-24', ['CONCEDE 0831 occurred USAGOV->USA']],
    // an arrest told with no agent, in what a state says of people of another country, is that state's police's
    ['LONDON, March 18 - Norway said that any Spanish fishermen caught inside its waters would be arrested.', '1987-03-18', ['COERCE 173 intended NORCOP->ESP']],
    // (a state telling of its own people arrested tells of another's police: the dispatch's, as before)
    ['LONDON, March 18 - The State Department said that two Americans were arrested on Monday.', '1987-03-18', ['COERCE 173 occurred GBRCOP->USA']],
    // an item of a roundup is told from its own dateline, also when the city is followed by its country ('CITY, Country - ')
    ['BC-WORLD-HIGHLIGHTS\nBAHRAIN - Iran reported launching a new offensive near Basra.\n    - - - -\n    HANOVER, West Germany - A former manager at a steel firm has been arrested on fraud charges, the state prosecutor said.', '1987-04-08',
      ['ASSAULT 190 occurred IRN->IRQ', 'COERCE 173 occurred DEUCOP->DEU']],
    // a noun of an office held before a title ('the role of president', 'the post of chairman') names the office, not one who holds it
    ['DALLAS, March 12 - Delmar Oil Corp said president John Ames resigned. It said chairman Paul Kent will assume the role of president until a replacement is found.', '1987-03-12', []],
    // (a title with its country still names its holder)
    ["LONDON, March 12 - Brazil's finance minister rejected the IMF proposal on Monday.", '1987-03-12', ['REJECT 120 occurred BRAGOV->IGOIMF']],
    // a title shared by companies and states, beside a company's name closed by its legal form, is the company's office
    ['JOHANNESBURG, March 31 - General Mining Co chairman Julian Thompson urged the South African government to repeal the law.', '1987-03-31', ['REQUEST 020 requested ZAFBUS->ZAFGOV']],
    // (a state's body beside the title keeps it the state's)
    ['WASHINGTON, March 31 - Federal Reserve Board chairman Paul Volcker urged Congress to cut the budget deficit.', '1987-03-31', ['REQUEST 020 requested USAGOV->USALEG']],
    // a name ending in a head of a state's body, with the company's legal form after it, is a company's: its agreement is no state's
    ['TAMPA, Fla., March 9 - Gulf Coast Mortgage Service Corp said it signed an agreement with a local bank for a credit line.', '1987-03-09', []],
    // (the state's service keeps its sector)
    ['WASHINGTON, March 9 - The U.S. Customs Service signed an agreement with Mexico on drug smuggling.', '1987-03-09', ['SUPPORT 057 occurred USAGOV->MEX']],
  ]);
});
