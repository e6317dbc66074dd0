import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

describe('events, recall round i14: dates of other clauses', () => {
  const dated = (text: string, date: string) => extract(text, { date }).events.map((e) => `${e.type} ${e.actor.code}->${e.recipient?.code ?? '-'} ${e.date?.value ?? '-'}`);
  // a `but` after the act opens a clause set against it: a date after the `but` is that clause's, not the act's
  it('[events] a date after a `but` is the contrasted clause\'s', () => {
    expect(dated('NEW DELHI, March 2 - India cut import duties on some machine tools but left intact the investment rules adopted three years ago.', '1987-03-02')).toContain('CONCEDE IND->- 1987-03-02');
  });
  // a thing joined right after a date by `and` (no comma) with an article of its own does not take that date; the next date after it is its own
  it('[events] a date that ends the clause before `and` plus a new subject is not the next thing\'s', () => {
    expect(dated('BONN, March 2 - Talks between the two blocs followed a round held here last October and the first direct talks between the EC and Japan in January.', '1987-03-02')).toContain('CONSULT IGOEU->JPN 1987-01');
    // (a comma before the `and` closes a clause whose day the next one goes on)
    expect(dated('ROME, March 5 - Andreotti received the Greek premier in Rome on Wednesday, and the two leaders signed a cultural accord.', '1987-03-05')).toContain('SUPPORT ITAGOV->GRCGOV 1987-03-04');
    // (a date that opens the sentence, before actors joined by `and`, stays the act's)
    expect(dated('LONDON, March 2 - In November 1985, Britain and Japan signed an accord on research.', '1987-03-02')).toContain('SUPPORT GBR->JPN 1985-11');
  });
});
