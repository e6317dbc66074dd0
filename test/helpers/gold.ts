/**
 * Compares an extracted article with an analyst's reading of it (the seed's gold format, also
 * used by test/fixtures/<case>/expected.json) and lists every difference as a readable line.
 */
import type { Article, Entity } from '../../src/model.js';

export interface Gold {
  dateline?: { place: string; country: string; date: string; agency: string | null } | null;
  headings?: string[];
  people?: Array<{ name: string; country?: string | null; sector?: string | null; rank?: string; titles?: string[] }>;
  organizations?: Array<{ name: string; country?: string | null; aliases?: string[] }>;
  not_people?: string[];
  quotes?: Array<{ fragment: string; kind: string; speaker: string | null; cue?: string; required?: boolean }>;
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

function findEntity(article: Article, name: string, aliases: string[] = []): Entity | undefined {
  const wanted = [name, ...aliases].map(norm);
  return article.entities.find((e) => wanted.includes(norm(e.name)) || e.aliases.some((a) => wanted.includes(norm(a))));
}

/** One fact of the analyst's reading, checked: its category, whether Dateline got it, and what. */
export interface Check {
  readonly category: 'dateline' | 'heading' | 'person' | 'person-country' | 'person-rank' | 'organization' | 'not-person' | 'quote' | 'quote-speaker';
  readonly ok: boolean;
  readonly detail: string;
}

/** Every difference as a readable line (empty when Dateline reads all the analyst read). */
export function compareWithGold(article: Article, gold: Gold): string[] {
  return checkAgainstGold(article, gold).filter((c) => !c.ok).map((c) => c.detail);
}

export function checkAgainstGold(article: Article, gold: Gold): Check[] {
  const checks: Check[] = [];
  const problems = {
    push(detail: string) {
      checks.push({ category: categoryOf(detail), ok: false, detail });
    },
  };
  const ok = (category: Check['category'], detail: string) => checks.push({ category, ok: true, detail });
  if (gold.dateline !== undefined) {
    const d = article.dateline;
    if (gold.dateline === null) {
      if (d !== null) problems.push(`dateline: expected none, got ${JSON.stringify(d)}`);
    } else if (!d) problems.push('dateline: not found');
    else {
      for (const key of ['place', 'country', 'date', 'agency'] as const) {
        if ((d[key] ?? null) !== (gold.dateline[key] ?? null)) problems.push(`dateline.${key}: expected ${gold.dateline[key]}, got ${d[key]}`);
        else ok('dateline', `dateline.${key}`);
      }
    }
  }
  if (gold.headings) {
    for (const h of gold.headings) {
      if (!article.headings.map(norm).includes(norm(h))) problems.push(`heading missing: ${h}`);
      else ok('heading', h);
    }
  }
  for (const p of gold.people ?? []) {
    const e = article.entities.find((x) => x.type === 'person' && norm(x.name) === norm(p.name));
    if (!e) {
      problems.push(`person missing: ${p.name}`);
      continue;
    }
    ok('person', p.name);
    if (p.country !== undefined && p.country !== null) {
      if (e.country !== p.country) problems.push(`person ${p.name}: country expected ${p.country}, got ${e.country}`);
      else ok('person-country', p.name);
    }
    if (p.rank) {
      if (norm(e.rank ?? '') !== norm(p.rank)) problems.push(`person ${p.name}: rank expected ${p.rank}, got ${e.rank}`);
      else ok('person-rank', p.name);
    }
  }
  for (const o of gold.organizations ?? []) {
    const e = findEntity(article, o.name, o.aliases);
    if (!e || e.type !== 'organization') problems.push(`organization missing: ${o.name}`);
    else ok('organization', o.name);
  }
  for (const n of gold.not_people ?? []) {
    const wrong = article.entities.find((x) => x.type === 'person' && (norm(x.name) === norm(n) || x.mentions.some((m) => m.text === n && /^\p{Lu}/u.test(n))));
    if (wrong) problems.push(`not a person, but found as one: ${n}`);
    else ok('not-person', n);
  }
  for (const q of gold.quotes ?? []) {
    if (q.required === false) continue;
    const found = article.quotes.find((x) => norm(x.text).includes(norm(q.fragment)));
    if (!found) {
      problems.push(`quote missing: "${q.fragment}"`);
      continue;
    }
    ok('quote', q.fragment);
    const speaker = found.speakerName;
    if (q.speaker === null) continue;
    const e = findEntity(article, q.speaker);
    if (!speaker || (norm(speaker) !== norm(q.speaker) && found.speaker !== e?.id)) problems.push(`quote "${q.fragment}": speaker expected ${q.speaker}, got ${speaker}`);
    else ok('quote-speaker', q.fragment);
  }
  return checks;
}

function categoryOf(detail: string): Check['category'] {
  if (detail.startsWith('dateline')) return 'dateline';
  if (detail.startsWith('heading')) return 'heading';
  if (detail.startsWith('person missing')) return 'person';
  if (/^person .*: country/.test(detail)) return 'person-country';
  if (/^person .*: rank/.test(detail)) return 'person-rank';
  if (detail.startsWith('organization')) return 'organization';
  if (detail.startsWith('not a person')) return 'not-person';
  if (detail.startsWith('quote missing')) return 'quote';
  return 'quote-speaker';
}
