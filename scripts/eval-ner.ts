/**
 * Evaluates the shipped NER model on CoNLL-2003 (dev by default): CoNLL entity-level exact-match
 * precision / recall / F1 per type and overall, tagging throughput, and wink-nlp's throughput on
 * the same sentences for comparison.
 *
 *   npx tsx scripts/eval-ner.ts [path/to/conll.txt]
 *
 * Also exports the CoNLL reader and scorer used by scripts/train-ner.ts.
 */

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** CoNLL-2003 beside the repository (../shared/data), never inside it. */
export const DATA_DIR = new URL('../../shared/data/conll2003', import.meta.url).pathname;

export interface Sentence {
  readonly words: string[];
  readonly tags: string[];
}
export type Document = Sentence[];

/** Reads a CoNLL-2003 file (`token POS chunk tag`) into documents of sentences. */
export function readConll(path: string): Document[] {
  const docs: Document[] = [];
  let doc: Document = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) doc.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '') {
      flush();
      continue;
    }
    const cols = t.split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.length > 0) docs.push(doc);
      doc = [];
      continue;
    }
    words.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  if (doc.length > 0) docs.push(doc);
  return docs.flatMap(splitAtDatelines);
}

const DATELINE_END = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Files without `-DOCSTART-` lines: a document starts at the headline just before its dateline
 * sentence (`BRUSSELS 1996-08-22`).
 */
function splitAtDatelines(doc: Document): Document[] {
  const out: Document[] = [];
  let start = 0;
  for (let s = 1; s < doc.length; s++) {
    const w = doc[s].words;
    if (w.length <= 8 && DATELINE_END.test(w[w.length - 1]) && s - 1 > start) {
      out.push(doc.slice(start, s - 1));
      start = s - 1;
    }
  }
  out.push(doc.slice(start));
  return out;
}

/** Entity spans `type:start:end` of a BIO tag sequence (conlleval rules, I- after O starts one). */
export function spans(tags: readonly string[]): string[] {
  const out: string[] = [];
  let type = '';
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : 'O';
    const inside = t.startsWith('I-') && t.slice(2) === type;
    if (start >= 0 && !inside) {
      out.push(`${type}:${start}:${i}`);
      start = -1;
      type = '';
    }
    if (t !== 'O' && !inside) {
      type = t.slice(2);
      start = i;
    }
  }
  return out;
}

export interface Scores {
  readonly byType: Record<string, { p: number; r: number; f: number; gold: number; guess: number }>;
  readonly overall: { p: number; r: number; f: number };
}

export function score(gold: readonly (readonly string[])[], guess: readonly (readonly string[])[]): Scores {
  const counts = new Map<string, { tp: number; gold: number; guess: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (c === undefined) counts.set(t, (c = { tp: 0, gold: 0, guess: 0 }));
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = new Set(spans(gold[s]));
    for (const x of g) get(x.split(':')[0]).gold++;
    for (const x of spans(guess[s])) {
      const c = get(x.split(':')[0]);
      c.guess++;
      if (g.has(x)) c.tp++;
    }
  }
  const prf = (tp: number, gs: number, gu: number) => {
    const p = gu === 0 ? 0 : tp / gu;
    const r = gs === 0 ? 0 : tp / gs;
    return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  };
  const byType: Scores['byType'] = {};
  let tp = 0;
  let gs = 0;
  let gu = 0;
  for (const [t, c] of [...counts].sort()) {
    byType[t] = { ...prf(c.tp, c.gold, c.guess), gold: c.gold, guess: c.guess };
    tp += c.tp;
    gs += c.gold;
    gu += c.guess;
  }
  return { byType, overall: prf(tp, gs, gu) };
}

export function formatScores(s: Scores): string {
  const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
  const lines = ['type      P       R       F1    gold'];
  for (const [t, v] of Object.entries(s.byType)) lines.push(`${t.padEnd(6)} ${pct(v.p)}  ${pct(v.r)}  ${pct(v.f)}  ${v.gold}`);
  lines.push(`ALL    ${pct(s.overall.p)}  ${pct(s.overall.r)}  ${pct(s.overall.f)}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const path = process.argv[2] ?? `${DATA_DIR}/dev.txt`;
  const docs = readConll(path);
  const t0 = performance.now();
  const { tagSentences } = await import('../src/ner/tagger.js');
  tagSentences([['Warm', 'up']]);
  console.log(`model load: ${(performance.now() - t0).toFixed(0)} ms (incl. module import)`);

  const gold: string[][] = [];
  const guess: string[][] = [];
  let tokens = 0;
  for (const doc of docs) {
    const out = tagSentences(doc.map((s) => s.words));
    for (let i = 0; i < doc.length; i++) {
      gold.push(doc[i].tags);
      guess.push(out[i]);
      tokens += doc[i].words.length;
    }
  }
  console.log(`${path}: ${docs.length} documents, ${gold.length} sentences, ${tokens} tokens\n`);
  console.log(formatScores(score(gold, guess)));

  // throughput: best of a few rounds over the whole file, in CPU time of this process (wall time
  // on a shared machine measures the neighbours too)
  const cpu = (run: () => void): number => {
    const t = process.cpuUsage();
    run();
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1000;
  };
  let best = Infinity;
  for (let round = 0; round < 5; round++) best = Math.min(best, cpu(() => {
    for (const doc of docs) tagSentences(doc.map((s) => s.words));
  }));
  const ours = tokens / (best / 1000);
  console.log(`\ntagger:   ${Math.round(ours).toLocaleString('en')} tokens/s (${best.toFixed(0)} ms CPU)`);

  const winkNLP = (await import('wink-nlp')).default;
  const winkModel = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(winkModel);
  const texts = gold.map((_, i) => i).map(() => '');
  let n = 0;
  for (const doc of docs) for (const s of doc) texts[n++] = s.words.join(' ');
  let winkBest = Infinity;
  for (let round = 0; round < 3; round++) winkBest = Math.min(winkBest, cpu(() => {
    for (const text of texts) nlp.readDoc(text);
  }));
  const wink = tokens / (winkBest / 1000);
  console.log(`wink-nlp: ${Math.round(wink).toLocaleString('en')} tokens/s (${winkBest.toFixed(0)} ms CPU, readDoc per sentence)`);
  console.log(`ratio:    ${(ours / wink).toFixed(1)}x`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
