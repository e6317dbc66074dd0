import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

/** The events of a text as "TYPE status date", for rows about the day an act is given. */
function dated(text: string, date: string): string[] {
  return extract(text, { date }).events.map((e) => `${e.type} ${e.status} ${e.date?.value ?? '-'}`);
}

describe('events, recall round e8', () => {
  // an act begun in the past ("started to sign", "began signing") was done then: the main news takes the dispatch's day
  it('[events] an act begun in the past is dated by the dispatch', () => {
    expect(dated('NEW YORK, March 20 - Venezuela and its creditor banks started to sign agreements rescheduling 21 billion dlrs of debt, bankers said.', '1987-03-20'))
      .toEqual(['SUPPORT occurred 1987-03-20']);
    expect(dated('NEW YORK, March 20 - Venezuela and its creditor banks began signing agreements rescheduling 21 billion dlrs of debt, bankers said.', '1987-03-20'))
      .toEqual(['SUPPORT occurred 1987-03-20']);
    // (not one to begin: "will start to sign")
    expect(dated('NEW YORK, March 20 - Venezuela and its creditor banks will start to sign agreements rescheduling 21 billion dlrs of debt, bankers said.', '1987-03-20'))
      .toEqual(['SUPPORT intended -']);
  });
  // an act named by a noun with a time ahead after it is to come; a weekday only after a present verb the noun is the object of
  it('[events] a visit named by a noun with a time ahead is to come', () => {
    expect(dated('BONN, March 9 - Chancellor Helmut Kohl said his visit to Paris later this month would deal with farm policy.', '1987-03-09'))
      .toEqual(['CONSULT intended 1987-03']);
    expect(dated('CANBERRA, March 9 - Prime Minister Bob Hawke leaves on his first official visit to China on Thursday, officials said.', '1987-03-09'))
      .toEqual(['CONSULT intended 1987-03-12']);
    // (a weekday after the noun alone is no time ahead: "his visit to China on Thursday was a success")
    expect(dated('CANBERRA, March 9 - Prime Minister Bob Hawke said his official visit to China on Thursday was a success.', '1987-03-09'))
      .toEqual(['CONSULT occurred 1987-03-05']);
  });
  // anyone sent to a place for talks is a visit by the sender's side, as a team or an envoy sent there is; told in the present
  // progressive with a day ahead it is to come
  it('[events] one sent to a place for talks', () => {
    expect(dated('WASHINGTON, March 6 - President Reagan is sending Treasury Secretary James Baker to Tokyo for talks with Finance Minister Kiichi Miyazawa next week.', '1987-03-06'))
      .toEqual(['CONSULT intended 1987-03']);
    expect(dated('WASHINGTON, March 6 - President Reagan sent Treasury Secretary James Baker to Tokyo for talks with Finance Minister Kiichi Miyazawa.', '1987-03-06'))
      .toEqual(['CONSULT occurred 1987-03-06']);
    // (a company's staff sent for talks with a union visit no state)
    expect(dated('CHICAGO, March 6 - The company sent its lawyers to Detroit for talks with the union.', '1987-03-06')).toEqual([]);
  });
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
