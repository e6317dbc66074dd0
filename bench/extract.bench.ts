/**
 * Throughput of the whole `extract` (record .. events) against wink-nlp (readDoc + entities and
 * sentences) and compromise (nlp(text) + people/places/organizations) on the same Reuters-21578
 * stories, in one process. `extract` is the compiled code in dist/ (what the `dateline` command
 * runs; `npm run bench` compiles it first), not the tsx transform of src/. Each library first warms
 * up on the same 5,000 other stories: our large stage functions are still being re-optimised after
 * 1,000 (measured with --trace-opt: ~300 ms of background compilation in a 1,500-story run), and a
 * corpus run of millions sees the settled code. Then each is timed on the measured slice in wall
 * time and in CPU time of the process (the fairer number on a shared machine), with the heap
 * growth it leaves. Prints articles/s, tokens/s and the ratios.
 *
 * Last, where the time of `extract` goes: wall time per stage over the measured slice (best of
 * three passes), the stages called one by one as src/pipeline.ts calls them.
 *
 *   npm run bench -- extract          (BENCH_N=2000 to change the number of stories,
 *                                      BENCH_WARMUP=1000 for the cold-ish number)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extract } from '../dist/pipeline.js';
import { readRecord } from '../dist/stages/record.js';
import { findDateline } from '../dist/stages/dateline.js';
import { splitStructure } from '../dist/stages/structure.js';
import { findMentions } from '../dist/stages/mentions.js';
import { peopleCountry, resolveCoreference } from '../dist/stages/coref.js';
import { attributeQuotes } from '../dist/stages/quotes.js';
import { codeEvents } from '../dist/stages/events.js';

const CORPUS = new URL('../../shared/data/reuters21578.jsonl', import.meta.url).pathname;
const N = Number(process.env.BENCH_N ?? 3000);

if (!existsSync(CORPUS)) {
  console.log(`corpus not found at ${CORPUS}; skipping`);
  process.exit(0);
}
const all = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; date: string; text: string });
// warm-up from the end of the file, measured from its start: never the same stories
const warmup = all.slice(all.length - Number(process.env.BENCH_WARMUP ?? 5000));
const stories = all.slice(0, Math.min(N, all.length - warmup.length));
const tokens = stories.reduce((n, s) => n + (s.text.match(/\S+/g)?.length ?? 0), 0);

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const wink = winkNLP(model);
const its = wink.its;
const compromise = require('compromise');

function time(name: string, run: (s: { text: string; date: string }) => number): number {
  for (const s of warmup) run(s);
  (globalThis as { gc?: () => void }).gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let sink = 0;
  for (const s of stories) sink += run(s);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1048576;
  console.log(
    `${name.padEnd(12)} ${(stories.length / seconds).toFixed(1).padStart(8)} articles/s ${(tokens / seconds / 1000).toFixed(1).padStart(7)}k tokens/s wall` +
      ` | ${(tokens / cpuSeconds / 1000).toFixed(1).padStart(7)}k tokens/s CPU | heap +${heapMb.toFixed(0)} MB  (checksum ${sink})`,
  );
  return tokens / cpuSeconds;
}

console.log(`${stories.length} Reuters stories, ${tokens} whitespace tokens`);
const ours = time('extract', (s) => {
  const a = extract(s.text, { date: s.date });
  return a.entities.length + a.events.length;
});
const winkRate = time('wink-nlp', (s) => {
  const doc = wink.readDoc(s.text);
  return doc.entities().out(its.value).length + doc.sentences().out().length;
});
const compromiseRate = time('compromise', (s) => {
  const doc = compromise(s.text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
});
console.log(`extract / wink-nlp   ${(ours / winkRate).toFixed(2)}x CPU throughput (goal >= 2x)`);
console.log(`extract / compromise ${(ours / compromiseRate).toFixed(2)}x CPU throughput`);

// Where the time goes: the stages one by one, as src/pipeline.ts composes them (best of three).
const STAGES = ['record', 'dateline', 'structure', 'mentions', 'coref', 'quotes', 'events'] as const;
const best = new Array<number>(STAGES.length).fill(Infinity);
for (let pass = 0; pass < 3; pass++) {
  const spent = new Array<number>(STAGES.length).fill(0);
  for (const s of stories) {
    let t = performance.now();
    const lap = (i: number): void => {
      const now = performance.now();
      spent[i] += now - t;
      t = now;
    };
    const record = readRecord(s.text, { date: s.date });
    lap(0);
    const dateline = findDateline(record.text, record.date);
    lap(1);
    const structure = splitStructure(record.text, dateline.dateline, dateline.headline);
    lap(2);
    if (record.language !== 'en' || record.text.length === 0) continue;
    const mentions = findMentions(record.text, structure);
    lap(3);
    const coref = resolveCoreference(record.text, mentions, peopleCountry(dateline.dateline));
    lap(4);
    const quotes = attributeQuotes(record.text, structure, coref);
    lap(5);
    codeEvents(record.text, record, dateline.dateline, structure, coref, quotes, mentions);
    lap(6);
  }
  spent.forEach((ms, i) => (best[i] = Math.min(best[i], ms)));
}
const total = best.reduce((a, b) => a + b, 0);
console.log(`stages (wall ms over ${stories.length} stories): ` + STAGES.map((name, i) => `${name} ${best[i].toFixed(0)} (${((best[i] / total) * 100).toFixed(0)}%)`).join(', '));
