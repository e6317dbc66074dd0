/**
 * Golden fixtures: each test/fixtures/<case>/input.txt with the analyst's reading of it in
 * expected.json (written by hand). Datelines, headings, people and "not people" must be read
 * exactly in every fixture. Organizations, people's countries and ranks, quotes and speakers are
 * checked over the whole set against a floor (the share Dateline reads today, rounded down), so
 * that the suite catches regressions while the misses stay listed for work: run
 * `npx vitest run test/fixtures.test.ts` to see them, or `UPDATE=1` to write what Dateline reads
 * now to expected.actual.json beside each expected.json for a reviewer to diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { checkAgainstGold, type Check, type Gold } from './helpers/gold.js';

const root = new URL('./fixtures/', import.meta.url).pathname;
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.txt')));
const STRICT = new Set<Check['category']>(['dateline', 'heading', 'person', 'not-person']);

/** Shares of the analyst's facts read over all fixtures, below which the suite fails. */
const FLOORS: Partial<Record<Check['category'], number>> = {
  organization: 0.7,
  'person-country': 0.85,
  'person-rank': 0.9,
  quote: 0.75,
  'quote-speaker': 0.8,
};

const results = new Map<string, Check[]>();
for (const name of cases) {
  const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
  const gold: Gold = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'));
  const article = extract(input);
  if (process.env.UPDATE) writeFileSync(join(root, name, 'expected.actual.json'), `${JSON.stringify(readingOf(article), null, 2)}\n`);
  results.set(name, checkAgainstGold(article, gold));
}

describe('[fixtures] golden dispatches', () => {
  it('has at least 25 fixtures in the styles of at least 10 agencies', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const agencies = new Set(cases.map((c) => c.split('-')[0]));
    expect(agencies.size).toBeGreaterThanOrEqual(10);
  });
  for (const name of cases) {
    it(`[fixtures] ${name}: dateline, headings, people and not-people`, () => {
      const misses = results.get(name)!.filter((c) => STRICT.has(c.category) && !c.ok).map((c) => c.detail);
      expect(misses, `[fixtures] ${name}`).toEqual([]);
    });
  }
  for (const [category, floor] of Object.entries(FLOORS) as Array<[Check['category'], number]>) {
    it(`[fixtures] ${category}: at least ${floor * 100}% of the analyst's reading over all fixtures`, () => {
      const all = [...results.entries()].flatMap(([name, checks]) => checks.filter((c) => c.category === category).map((c) => ({ ...c, name })));
      const share = all.filter((c) => c.ok).length / Math.max(1, all.length);
      const misses = all.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
      console.log(`[fixtures] ${category}: ${(share * 100).toFixed(1)}% of ${all.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
      expect(share, `[fixtures] ${category} share`).toBeGreaterThanOrEqual(floor);
    });
  }
});

function readingOf(article: ReturnType<typeof extract>): Gold {
  return {
    dateline: article.dateline && { place: article.dateline.place ?? '', country: article.dateline.country ?? '', date: article.dateline.date ?? '', agency: article.dateline.agency },
    headings: [...article.headings],
    people: article.entities.filter((e) => e.type === 'person').map((e) => ({ name: e.name, country: e.country, sector: e.sector, ...(e.rank ? { rank: e.rank } : {}), titles: [...e.titles] })),
    organizations: article.entities.filter((e) => e.type === 'organization').map((e) => ({ name: e.name, country: e.country, aliases: e.aliases.filter((a) => a !== e.name) })),
    quotes: article.quotes.map((q) => ({ fragment: q.text.slice(0, 60), kind: q.kind, speaker: q.speakerName, ...(q.cue ? { cue: q.cue } : {}) })),
  };
}
