/** Untrusted text: words that name JavaScript internals, odd characters, sizes; extract must not throw. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { Article, Span } from '../src/model.js';

/** Every span of the document lies inside its text, and spans that carry their text match it. */
function expectSpansInside(article: Article, label: string): void {
  const { text } = article;
  const inside = (what: string, s: Span, written?: string): void => {
    const ok = s.start >= 0 && s.start <= s.end && s.end <= text.length && (written === undefined || text.slice(s.start, s.end) === written);
    expect(ok, `${label}: ${what} [${s.start}, ${s.end}) of ${text.length}${written === undefined ? '' : ` "${written.slice(0, 40)}"`}`).toBe(true);
  };
  for (const s of article.sentences) inside('sentence', s);
  for (const p of article.paragraphs) inside('paragraph', p);
  for (const e of article.entities) for (const m of e.mentions) inside('mention', m, m.text);
  for (const q of article.quotes) {
    inside('quote', q, q.text);
    if (q.speakerSpan) inside('speaker', q.speakerSpan);
    if (q.cueSpan) inside('cue', q.cueSpan);
  }
  for (const e of article.events) {
    inside('evidence', e.evidence, e.evidence.text);
    inside('trigger', e.evidence.trigger, e.evidence.trigger.text);
  }
  for (const m of article.messages) if (m.start !== undefined && m.end !== undefined) inside('message', { start: m.start, end: m.end });
}

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
      expectSpansInside(article, `[robustness] ${name}`);
    });
  }
  it('[robustness] every span of every bundled sample and golden fixture lies inside its text', () => {
    const samples = new URL('../samples/', import.meta.url);
    const fixtures = new URL('./fixtures/', import.meta.url);
    const texts: Array<[string, string]> = [];
    for (const f of readdirSync(samples)) if (f.endsWith('.txt')) texts.push([f, readFileSync(new URL(f, samples), 'utf8')]);
    for (const d of readdirSync(fixtures, { withFileTypes: true })) {
      if (!d.isDirectory()) continue;
      for (const f of readdirSync(new URL(`${d.name}/`, fixtures))) if (f.endsWith('.txt')) texts.push([`${d.name}/${f}`, readFileSync(new URL(`${d.name}/${f}`, fixtures), 'utf8')]);
    }
    expect(texts.length).toBeGreaterThan(40);
    for (const [name, text] of texts) expectSpansInside(extract(text), name);
  });
  it('[robustness] "constructor" is no pronoun and no place', () => {
    const article = extract('The constructor of the bridge said the work was done.', { date: '2024-01-01' });
    expect(article.entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('constructor');
  });
});
