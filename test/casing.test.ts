import { describe, expect, it } from 'vitest';
import { isLowerCaseCopy, mendPossessives, restoreCase } from '../src/stages/casing.js';
import { extract } from '../src/pipeline.js';

// A dispatch written for this test in the style of the 1987 archive's lower-case copy: only each paragraph's first word
// keeps its capital.
const LOWER = `Ecuador seeks new terms from creditor banks
Quito, march 12 - ecuador asked the international monetary fund on
tuesday for a standby loan of 100 mln dlrs, finance minister
domingo ribadeneira told reporters after meeting u.s. officials.
    Ribadeneira said the government of president leon febres cordero
would not resume payments before the banks' committee met in new york.
    The minister said venezuela had offered to lend ecuador crude oil. ribadeneira
gave no figure.`;

const MIXED = `ECUADOR SEEKS NEW TERMS FROM CREDITOR BANKS
QUITO, March 12 - Ecuador asked its creditor banks on Tuesday for a two-year grace period on 5.4 billion dlrs of debt,
Finance Minister Domingo Ribadeneira told reporters.`;

describe('lower-case copy', () => {
  it('is told from copy with capitals', () => {
    expect(isLowerCaseCopy(LOWER)).toBe(true);
    expect(isLowerCaseCopy(MIXED)).toBe(false);
    expect(isLowerCaseCopy('one line only')).toBe(false);
  });

  it('gets its capitals back, letter for letter at the same offsets', () => {
    const read = restoreCase(LOWER);
    expect(read.length).toBe(LOWER.length);
    expect(read.toLowerCase()).toBe(LOWER.toLowerCase());
    // places and countries the lexicons know, the month before a day, a weekday, a dotted abbreviation
    expect(read).toContain('Quito, March 12 - Ecuador asked');
    expect(read).toContain('on\nTuesday');
    expect(read).toContain('U.S. officials');
    expect(read).toContain('New York');
    expect(read).toContain('Venezuela had offered to lend Ecuador');
    // a title before a name, and names the tagger's training copy never had beside it
    expect(read).toContain('Finance Minister\nDomingo Ribadeneira');
    expect(read).toContain('President Leon Febres Cordero');
    // a name the writer capitalised at a paragraph's start is a name where the copy wrote it in lower case; a sentence's first word
    expect(read).toContain('crude oil. Ribadeneira\ngave');
    // common words stay in lower case
    expect(read).toContain('a standby loan');
    expect(read).toContain('the government of');
  });

  it("capitalises a person's name wherever the story uses it once the name is found", () => {
    // "lara" is a name word of the training copy (not one it never had), found beside a title and a first name; "francisco"
    // was capitalised as a place's word, and after a title it begins a person's name
    const read = restoreCase(`Peru sets new debt terms
Lima, march 12 - peru will pay its banks in kind, information minister marco lara told
reporters on tuesday. the state bank's president francisco aguerrevere said it had no choice.
    The minister said the terms were final, lara added, and the banks had been told.`);
    expect(read).toContain('Minister Marco Lara told');
    expect(read).toContain('final, Lara added');
    expect(read).toContain('president Francisco Aguerrevere said');
  });

  it('never lowers a capital (a title line in capitals stays as written)', () => {
    const read = restoreCase(`ECUADOR SEEKS TERMS\n${LOWER.slice(LOWER.indexOf('\n') + 1)}`);
    expect(read.startsWith('ECUADOR SEEKS TERMS\n')).toBe(true);
  });

  it('gives names and events in lower-case copy, with spans into the text as written', () => {
    const article = extract(LOWER, { date: '1987-03-12' });
    expect(article.text).toBe(LOWER);
    expect(article.messages.some((m) => m.message.includes('written in lower case'))).toBe(true);
    const names = article.entities.map((e) => e.name);
    expect(names).toContain('Domingo Ribadeneira');
    expect(names).toContain('Venezuela');
    const request = article.events.find((e) => e.type === 'REQUEST');
    expect(request?.actor.code).toBe('ECU');
    expect(request?.recipient?.code).toBe('IGOIMF');
    expect(request?.date?.value).toBe('1987-03-10');
    const span = request!.evidence.trigger;
    expect(LOWER.slice(span.start, span.end).toLowerCase()).toBe(span.text.toLowerCase());
  });

  it('leaves copy with capitals exactly as it is', () => {
    expect(extract(MIXED, { date: '1987-03-12' }).messages.some((m) => m.message.includes('written in lower case'))).toBe(false);
  });

  it('reads a possessive the archive wrote with a double quote as one, at the same offsets', () => {
    expect(mendPossessives('LONDON, March 1 - Britain"s ruling party said "no" to the plan.')).toBe('LONDON, March 1 - Britain\'s ruling party said "no" to the plan.');
    const text = 'NEW DELHI, March 1 - Opposition parties and newspapers criticised India"s newly unveiled budget.';
    const article = extract(text, { date: '1987-03-01' });
    expect(article.text).toBe(text);
    // (read as written, the stray mark hid the report the sentence makes)
    expect(article.quotes.map((q) => q.cue)).toEqual(['criticised']);
  });
});
