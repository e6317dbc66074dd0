/** Near-duplicate fingerprints: table of [name, edited copy, near-duplicate?]. */
import { describe, it, expect } from 'vitest';
import { minhash, similarity } from '../src/store/minhash.js';

const BASE = `TOKYO, July 28 (Kyodo) -- Japanese Defense Minister Minoru Kihara met his South Korean counterpart in Tokyo on Sunday and agreed to resume regular exchanges between their forces, suspended since 2018 over a radar dispute, the ministry said. The two ministers also discussed North Korea's missile launches and agreed to share warning data in real time with the United States.`;
const OTHER = `NAIROBI, June 26 (AP) — Kenya deployed additional police units to its northern border on Wednesday after clashes between herders left at least six people dead, the interior ministry said. Local leaders called for talks between the communities and asked the government to send food aid to families displaced by the fighting and the drought.`;

const near = (a: string, b: string) => {
  const fa = minhash(a);
  const fb = minhash(b);
  return Boolean(fa && fb && similarity(fa.signature, fb.signature) >= Math.max(fa.threshold, fb.threshold));
};

const rows: [string, string, boolean][] = [
  ['identical', BASE, true],
  ['punctuation edited', BASE.replace(/,/g, ' ;').replace(/\./g, '!').replace('--', '-'), true],
  ['case changed', BASE.toUpperCase(), true],
  ['one word corrected', BASE.replace('Sunday', 'Saturday'), true],
  ['dateline rewritten by another outlet', BASE.replace('TOKYO, July 28 (Kyodo) --', 'SEOUL, July 28 (Yonhap) --'), true],
  ['a sentence added', `${BASE} The ministers will meet again in Seoul next year.`, true],
  ['another story', OTHER, false],
  ['first half only', BASE.slice(0, BASE.length / 2), false],
];

describe('[store/minhash] near-duplicates', () => {
  for (const [name, copy, expected] of rows) {
    it(`${name} -> ${expected ? 'near-duplicate' : 'different'}`, () => expect(near(BASE, copy)).toBe(expected));
  }
  it('short texts must match (almost) exactly', () => {
    expect(minhash('Kenya deploys police to border.')?.threshold).toBeGreaterThan(0.9);
    expect(minhash('one two')).toBeNull();
  });
  it('candidates share a band', () => {
    const a = minhash(BASE)!;
    const b = minhash(BASE.replace('Sunday', 'Saturday'))!;
    expect(a.bands.some((x, i) => x === b.bands[i])).toBe(true);
  });
});
