/**
 * Entity mentions of the whole `extract` pipeline measured on CoNLL-2003 (../shared/data/conll2003):
 * person, organization and location (countries count as locations) precision, recall and F1,
 * exact spans. Tokens are joined with spaces, one sentence per paragraph, documents split at
 * their datelines. MISC is not a Dateline type and is left out.
 *   npx tsx scripts/eval-entities.ts [dev|train] [--limit DOCS] [--show] [--false]
 */
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/index.js';

const split = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dev';
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;
const path = new URL(`../../shared/data/conll2003/${split}.txt`, import.meta.url).pathname;
if (!existsSync(path)) {
  console.log(`skipped: ${path} not found`);
  process.exit(0);
}

type Gold = { start: number; end: number; type: string };
interface Doc { text: string; gold: Gold[] }

function readDocs(): Doc[] {
  const sentences: Array<Array<[string, string]>> = [];
  let current: Array<[string, string]> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) continue;
    if (line.trim() === '') {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const parts = line.split(' ');
    current.push([parts[0], parts[parts.length - 1]]);
  }
  if (current.length) sentences.push(current);
  const docs: Doc[] = [];
  let doc: Array<Array<[string, string]>> = [];
  const flush = () => {
    if (doc.length) docs.push(toDoc(doc));
    doc = [];
  };
  for (let i = 0; i < sentences.length; i++) {
    const next = sentences[i + 1];
    // A headline followed by a "CITY 1996-08-22" dateline starts a new story.
    if (next && next.some(([w]) => /^\d{4}-\d{2}-\d{2}$/.test(w)) && next.length <= 6) flush();
    doc.push(sentences[i]);
  }
  flush();
  return docs;
}

function toDoc(sentences: Array<Array<[string, string]>>): Doc {
  let text = '';
  const gold: Gold[] = [];
  for (const sentence of sentences) {
    if (text) text += '\n\n';
    let open: Gold | null = null;
    sentence.forEach(([word, tag], i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += word;
      const type = tag.slice(2);
      if (tag === 'O' || tag.startsWith('B-') || (open && open.type !== type)) {
        if (open) gold.push(open);
        open = null;
      }
      if (tag !== 'O') {
        if (!open) open = { start, end: text.length, type };
        else open.end = text.length;
      }
    });
    if (open) gold.push(open);
  }
  return { text, gold: gold.filter((g) => g.type !== 'MISC') };
}

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', country: 'LOC', location: 'LOC' };
const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
const bump = (type: string, key: 'tp' | 'fp' | 'fn') => ((counts[type] ??= { tp: 0, fp: 0, fn: 0 })[key] += 1);

const show = process.argv.includes('--show');
const showFalse = process.argv.includes('--false');
let shownFalse = 0;
let shown = 0;
const docs = readDocs().slice(0, limit);
const started = performance.now();
let tokens = 0;
for (const doc of docs) {
  tokens += doc.text.split(' ').length;
  const article = extract(doc.text);
  const predicted = new Map<string, string>();
  for (const e of article.entities) {
    for (const m of e.mentions) {
      if (/^(?:he|she|him|his|her|the|a|an)\b/i.test(m.text)) continue;
      predicted.set(`${m.start}:${m.end}`, TYPE[e.type]);
    }
  }
  const gold = new Map(doc.gold.map((g) => [`${g.start}:${g.end}`, g.type]));
  for (const [key, type] of gold) {
    if (predicted.get(key) === type) bump(type, 'tp');
    else {
      bump(type, 'fn');
      if (show && shown++ < 60) {
        const [s, e] = key.split(':').map(Number);
        console.log(`miss ${type} ${JSON.stringify(doc.text.slice(s, e))} got ${predicted.get(key) ?? '-'} :: ${doc.text.slice(Math.max(0, s - 50), e + 30).replace(/\n/g, ' / ')}`);
      }
    }
  }
  for (const [key, type] of predicted) {
    if (gold.get(key) === type) continue;
    bump(type, 'fp');
    if (showFalse && shownFalse++ < 80) {
      const [s, e] = key.split(':').map(Number);
      console.log(`false ${type} ${JSON.stringify(doc.text.slice(s, e))} gold ${gold.get(key) ?? '-'} :: ${doc.text.slice(Math.max(0, s - 50), e + 30).replace(/\n/g, ' / ')}`);
    }
  }
}
const seconds = (performance.now() - started) / 1000;
let all = { tp: 0, fp: 0, fn: 0 };
for (const [type, c] of Object.entries(counts).sort()) {
  all = { tp: all.tp + c.tp, fp: all.fp + c.fp, fn: all.fn + c.fn };
  report(type, c);
}
report('ALL', all);
console.log(`${docs.length} documents, ${(tokens / seconds / 1000).toFixed(0)}k tokens/s through extract`);

function report(name: string, c: { tp: number; fp: number; fn: number }) {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  const f = (2 * p * r) / (p + r || 1);
  console.log(`${name.padEnd(4)} P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}`);
}
