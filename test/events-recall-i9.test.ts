import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

/** The events of a text as "TYPE status date", for rows about the day an act is given. */
function dated(text: string, date: string): string[] {
  return extract(text, { date }).events.map((e) => `${e.type} ${e.status} ${e.date?.value ?? '-'}`);
}

describe('events, recall round i9', () => {
  // a weekend is told by its month, as a week is: no day of the dispatch for an act done over the weekend, and the coming
  // weekend's month for an act to come (1987-08-31 is a Monday, 1987-10-30 a Friday)
  it('[events] an act of the weekend is dated by the weekend\'s month', () => {
    expect(dated('LAGOS, Aug 31 - The World Bank president paid a two-day weekend visit to Nigeria, officials said.', '1987-08-31'))
      .toEqual(['CONSULT occurred 1987-08']);
    expect(dated('BONN, Sept 1 - Over the weekend, West German Finance Minister Gerhard Stoltenberg sharply criticised Japan\'s trade policy.', '1987-09-01'))
      .toEqual(['ACCUSE occurred 1987-08']);
    expect(dated('ROME, Oct 30 - The Italian trade minister will fly to Tokyo this weekend for talks on rice imports, officials said.', '1987-10-30'))
      .toEqual(['CONSULT intended 1987-10']);
    expect(dated('ROME, Aug 31 - The Italian trade minister will fly to Tokyo next weekend for talks on rice imports, officials said.', '1987-08-31'))
      .toEqual(['CONSULT intended 1987-09']);
  });
  // weekends told as a habit name no one weekend: the act keeps the dispatch's day
  it('[events] weekends told as a habit give no date', () => {
    expect(dated('LAGOS, Aug 31 - The World Bank president paid a visit to Nigeria, officials said. Talks are held at weekends.', '1987-08-31'))
      .toEqual(['CONSULT occurred 1987-08-31']);
  });
  // a date after `despite`, or in a relative clause opened after the act, is the other act's: the act keeps the dispatch's day
  it('[events] the day of an act set against the news, or of a relative clause after it, is not the news\'s', () => {
    expect(dated('BUENOS AIRES, March 4 - Argentina and the International Monetary Fund agreed to resume talks despite a breakdown in negotiations last week, an official said.', '1987-03-04'))
      .toEqual(['AGREE occurred 1987-03-04', 'AGREE occurred 1987-03-04']);
    expect(dated('LAGOS, March 11 - The military government urged newspapers to show restraint in reporting the riots which began on Saturday in the north.', '1987-03-11'))
      .toEqual(['REQUEST requested 1987-03-11']);
    expect(dated('LAGOS, March 11 - The military government urged newspapers on Saturday to show restraint in reporting the riots in the north.', '1987-03-11'))
      .toEqual(['REQUEST requested 1987-03-07']);
  });
  // but a relative clause on the occasion the act is done at dates the act too
  it('[events] the day of the occasion an act is done at is the act\'s', () => {
    expect(dated('WASHINGTON, June 1 - President Reagan will meet Prime Minister Margaret Thatcher at the economic summit, which will take place in Venice on June 8, officials said.', '1987-06-01'))
      .toEqual(['CONSULT intended 1987-06-08']);
  });
  // a request that is the purpose of a journey made or under way in the main news is made that day; one to come stays undated
  it('[events] a request a journey of the news is made for is dated by the dispatch', () => {
    expect(dated('WASHINGTON, May 5 - President Reagan is going to Capitol Hill to personally urge Congress to reject the trade bill, aides said.', '1987-05-05'))
      .toEqual(['REQUEST requested 1987-05-05']);
    expect(dated('WASHINGTON, May 5 - President Reagan will go to Capitol Hill to urge Congress to reject the trade bill, aides said.', '1987-05-05'))
      .toEqual(['REQUEST requested -']);
  });
});
