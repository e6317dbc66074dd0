import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round f8', () => {
  eventRows([
    // a province or state known by its name alone is that one, not a namesake town in another country (Ontario, California;
    // Virginia, South Africa)
    ['Legislators from Ontario urged Washington to drop the duty on potash.', '1987-03-10', ['REQUEST 020 requested CANLEG->USAGOV']],
    ['Officials in Virginia accused Japan of dumping steel.', '1987-03-10', ['ACCUSE 112 occurred USAGOV->JPN']],
    // (a capital keeps its name before a namesake subdivision elsewhere: Nassau, Bahamas, not the Cook Islands')
    ['Police in Nassau arrested two American tourists on Monday.', '1987-03-10', ['COERCE 173 occurred BHSCOP->USA']],
    // a counterpart after a country's name is of that country, in the role of the party named before it in the sentence
    ['Canadian legislators met their U.S. counterparts in Ottawa on Tuesday.', '1987-03-10', ['CONSULT 040 occurred CANLEG->USALEG']],
    ['Japanese Foreign Minister Tadashi Kuranari met his U.S. counterpart in Tokyo on Monday.', '1987-03-10', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    // (a name after the word is the counterpart himself)
    ['Prime Minister Bob Hawke and his New Zealand counterpart David Lange held talks in Canberra on Monday.', '1987-03-10', ['CONSULT 040 occurred AUSGOV->NZLGOV', 'CONSULT 040 occurred NZLGOV->AUSGOV']],
    // hard-wrapped copy whose line ends in an initialism ("their U.S.") is still read as wrapped: the sentence runs on
    ['OTTAWA, March 9 - Members of parliament from Quebec urged their U.S.\ncounterparts on Monday to drop a proposed duty on Canadian\nsoftwood lumber, saying it would cost thousands of jobs in the\nprovince.\n', '1987-03-09', ['REQUEST 020 requested CANLEG->USALEG']],
    // a street protest told by a noun that 'anti-government' describes is aimed at the country's government
    ['Port traffic has not been disrupted by the recent anti-government protests in Manila, a shipping agent said.', '1987-06-15', ['PROTEST 141 occurred PHL->PHLGOV']],
    // (a protest with no such word names no target)
    ['Port traffic has not been disrupted by the recent street protests in Manila, a shipping agent said.', '1987-06-15', ['PROTEST 141 occurred PHL->-']],
  ]);
});
