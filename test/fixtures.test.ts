/**
 * Golden fixtures: each test/fixtures/<case>/input.txt with the analyst's reading of it in
 * expected.json. `UPDATE=1 npx vitest run test/fixtures.test.ts` writes what Dateline reads now
 * to expected.actual.json beside it, for a reviewer to diff against the hand-written reading.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compareWithGold, type Gold } from './helpers/gold.js';

const root = new URL('./fixtures/', import.meta.url).pathname;
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.txt')));

describe('[fixtures] golden dispatches', () => {
  it('has at least 25 fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(25));
  for (const name of cases) {
    it(`[fixtures] ${name}`, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const gold: Gold = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'));
      const article = extract(input);
      if (process.env.UPDATE) writeFileSync(join(root, name, 'expected.actual.json'), `${JSON.stringify(readingOf(article), null, 2)}\n`);
      expect(compareWithGold(article, gold), `[fixtures] ${name}`).toEqual([]);
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
