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
});
