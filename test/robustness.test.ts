/** Untrusted text: words that name JavaScript internals, odd characters, sizes; extract must not throw. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

describe('[robustness] extract on unusual text', () => {
  const rows: Array<[string, string]> = [
    ['prototype words', 'The constructor said toString Bridge near valueOf and hasOwnProperty would reopen, __proto__ officials said.'],
    ['only punctuation', '!!! ... --- ??? ((( )))'],
    ['control characters', 'MOSCOW, June 9. /TASS/. Russia\u0000 and China\u0007 held talks.'],
    ['unbalanced quotes', '"He said "that "this" was "fine, the minister said.'],
    ['very long word', `MOSCOW, June 9. /TASS/. ${'x'.repeat(100_000)} said.`],
    ['emoji and scripts', 'KYIV (AP) — 🚀 Сили оборони said 北京 responded.'],
  ];
  for (const [name, text] of rows) {
    it(`[robustness] ${name}`, () => {
      const article = extract(text, { date: '2024-01-01' });
      expect(article.text.length).toBeGreaterThan(0);
      for (const e of article.entities) for (const m of e.mentions) expect(article.text.slice(m.start, m.end), `[robustness] ${name}`).toBe(m.text);
    });
  }
  it('[robustness] "constructor" is no pronoun and no place', () => {
    const article = extract('The constructor of the bridge said the work was done.', { date: '2024-01-01' });
    expect(article.entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('constructor');
  });
});
