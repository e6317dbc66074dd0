import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e8', () => {
  eventRows([
    // a body named by the trade of its members, with no country named, is of the dispatch's country: a business for an industry or
    // its firms, a body of its people (NGO) for people of a trade
    ['WASHINGTON, March 25 - The Plastics Industry Association urged the Commerce Department to curb imports from Taiwan.', '1987-03-25', ['REQUEST 020 requested USABUS->USAGOV']],
    ['WASHINGTON, March 25 - The National Association of Furniture Manufacturers asked Congress to reject the bill.', '1987-03-25', ['REQUEST 020 requested USABUS->USALEG']],
    ['OTTAWA, March 25 - The National Federation of Postal Employees criticised the government\'s wage offer.', '1987-03-25', ['ACCUSE 111 occurred CANNGO->CANGOV']],
    // (not a body whose name reaches past one state, nor one no trade names)
    ['LONDON, March 25 - The International Rubber Growers Association criticised the European Community.', '1987-03-25', []],
    ['WASHINGTON, March 25 - The National Wildlife Federation criticised the Interior Department.', '1987-03-25', []],
    // a name after a preposition, past the words that describe it ("on his counterpart"), is the first verb's object: the verb after
    // `and` is the subject's
    ['ATHENS, March 31 - Greek Foreign Minister Karolos Papoulias rounded on his Turkish counterpart Vahit Halefoglu and accused Ankara of provocation.', '1987-03-31', ['ACCUSE 112 occurred GRCGOV->TURGOV']],
    ['ATHENS, March 31 - Greek Foreign Minister Karolos Papoulias wrote to his Turkish counter-part Vahit Halefoglu and accused Ankara of provocation.', '1987-03-31', ['ACCUSE 112 occurred GRCGOV->TURGOV']],
  ]);
});
