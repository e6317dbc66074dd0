import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

/** The events of a text as "TYPE status date", for rows about the day an act is given. */
function dated(text: string, date: string): string[] {
  return extract(text, { date }).events.map((e) => `${e.type} ${e.status} ${e.date?.value ?? '-'}`);
}

describe('events, recall round g8', () => {
  // talks that head the main news's subject, told as done or under way, are the news of the day: the dispatch's day
  it('[events] talks heading the first paragraph are dated by the dispatch', () => {
    expect(dated('LIMA, March 11 - Debt talks between Peru and its bank steering committee were making slow progress, bankers said.', '1987-03-11'))
      .toEqual(['CONSULT occurred 1987-03-11']);
    expect(dated('MADRID, March 11 - Talks between Spain and Morocco on fishing rights have ended without agreement, officials said.', '1987-03-11'))
      .toEqual(['CONSULT occurred 1987-03-11', 'CONSULT occurred 1987-03-11']);
    // (after a verb of saying too)
    expect(dated('MADRID, March 11 - Spain\'s foreign minister said Spanish-Moroccan talks on fishing rights had made good progress.', '1987-03-11'))
      .toEqual(['CONSULT occurred 1987-03-11', 'CONSULT occurred 1987-03-11']);
    // (not talks to come, "are due to resume", nor talks that are no subject, "hopes for talks with Iceland")
    expect(dated('MADRID, March 11 - Talks between Spain and Morocco on fishing rights are due to resume, officials said.', '1987-03-11').filter((e) => e.endsWith('1987-03-11')))
      .toEqual([]);
    expect(dated('MADRID, March 11 - Spain\'s foreign minister expressed hopes for talks between Spain and Morocco on fishing rights.', '1987-03-11').filter((e) => e.endsWith('1987-03-11')))
      .toEqual([]);
  });
});
