/** The seed dispatch and its gold reading from ../shared (skipped when ../shared is absent). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compareWithGold } from './helpers/gold.js';

const seed = new URL('../../shared/seeds/000_d7c5acfbb8bd3031.txt', import.meta.url).pathname;
const gold = seed.replace(/\.txt$/, '.gold.json');

describe.skipIf(!existsSync(seed))('[seed] 000_d7c5acfbb8bd3031', () => {
  it('[seed] reads the dateline, people, organizations and quotes of the gold file', () => {
    const article = extract(readFileSync(seed, 'utf8'));
    expect(compareWithGold(article, JSON.parse(readFileSync(gold, 'utf8')))).toEqual([]);
  });
  it('[seed] finds exactly the gold people, no one else', () => {
    const article = extract(readFileSync(seed, 'utf8'));
    const g = JSON.parse(readFileSync(gold, 'utf8'));
    const people = article.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people, '[seed] people').toEqual(g.people.map((p: { name: string }) => p.name).sort());
  });
  it('[seed] gives every person the gold country and sector', () => {
    const article = extract(readFileSync(seed, 'utf8'));
    const g = JSON.parse(readFileSync(gold, 'utf8'));
    for (const p of g.people) {
      const e = article.entities.find((x) => x.name === p.name);
      expect(e, `[seed] ${p.name}`).toBeDefined();
      expect([e!.country, e!.sector], `[seed] ${p.name}`).toEqual([p.country, p.sector]);
    }
  });
});
