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
  // "this morning", "this afternoon" and "this evening" are the dispatch's day; "last night" is the day before, across a line break too
  it('[events] parts of the day are read as days', () => {
    // (an act of a later paragraph, which takes no dispatch's day of its own)
    expect(dated('KUWAIT, Oct 19 - Kuwait protested to Iran over the attack on its tanker, officials said.\n\nShipping sources said Iranian gunboats had also attacked a Saudi tanker this afternoon.', '1987-10-19'))
      .toContain('ASSAULT occurred 1987-10-19');
    expect(dated('PARIS, March 5 - The French finance minister will meet his West German counterpart this evening, officials said.', '1987-03-05'))
      .toEqual(['CONSULT intended 1987-03-05']);
    // (hard-wrapped copy: "late last" at a line's end)
    const wrapped = [
      'KUWAIT, Oct 19 - Kuwait protested to Iran over the attack on its',
      'tanker in the Gulf, officials in the emirate said this morning.',
      '    Shipping sources said Iranian gunboats had also attacked a',
      'Saudi tanker off the coast of Dubai in the southern Gulf late last',
      'night, but there were no casualties among the tanker\'s crew.',
    ].join('\n');
    expect(dated(wrapped, '1987-10-19')).toContain('ASSAULT occurred 1987-10-18');
  });
  // the occasion a speaker of the news spoke at ("speaking after talks with", "was speaking during a meeting of") is the day of the saying
  it('[events] the talks a speaker spoke at are dated by the saying', () => {
    expect(dated('BONN, March 9 - West Germany will not cut interest rates, officials said.\n\nStoltenberg, speaking to reporters after talks with French Finance Minister Edouard Balladur, said the mark was stable.', '1987-03-09'))
      .toEqual(['CONSULT occurred 1987-03-09']);
    expect(dated('BONN, March 9 - West Germany will not cut interest rates, officials said.\n\nStoltenberg, who was speaking during a meeting of European Community finance ministers, said the mark was stable.', '1987-03-09'))
      .toEqual(['CONSULT occurred 1987-03-09']);
    // (talks a speaker tells of in a later paragraph, not where he spoke, stay undated)
    expect(dated('BONN, March 9 - West Germany will not cut interest rates, officials said.\n\nStoltenberg, speaking on television, said his talks with French Finance Minister Edouard Balladur were useful.', '1987-03-09'))
      .toEqual(['CONSULT occurred -']);
  });
  // a day told after a second predicate in the future ("and will meet again on Saturday") is that act's, not the one done before it
  it('[events] a later predicate to come keeps its own day', () => {
    expect(dated('CAIRO, March 20 - Egypt and its Paris Club creditors completed a round of debt talks and will meet again on Saturday, officials said.', '1987-03-20'))
      .toEqual(['CONSULT occurred 1987-03-20', 'CONSULT intended 1987-03-21']);
    // (an act to come keeps the day after its own second predicate: "will meet ... and will sign the accord on Friday")
    expect(dated('CAIRO, March 20 - Egypt and Sudan will meet in Khartoum and will sign a trade accord on Friday, officials said.', '1987-03-20').filter((e) => e.startsWith('CONSULT')))
      .toEqual(['CONSULT intended 1987-03-27', 'CONSULT intended 1987-03-27']);
  });
  // the progress made in talks heads the subject in their stead: the talks are under way on the dispatch's day
  it('[events] talks named after the progress made in them are dated by the dispatch', () => {
    expect(dated('LIMA, March 3 - Finance Minister Luis Alva said good progress was being made in talks with creditor banks on Peru\'s debt.', '1987-03-03'))
      .toEqual(['CONSULT occurred 1987-03-03']);
    // (not progress expected in talks to come)
    expect(dated('LIMA, March 3 - Peru expects progress in talks with its creditor banks next month, officials said.', '1987-03-03'))
      .toEqual(['CONSULT intended 1987-04']);
  });
});
