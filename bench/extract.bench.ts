/**
 * Throughput of the whole `extract` (record .. events) against wink-nlp (readDoc + entities and
 * sentences) and compromise (nlp(text) + people/places/organizations) on the same Reuters-21578
 * stories, in one process, after a warm-up. Prints articles/s, tokens/s and the ratios.
 *
 *   npm run bench -- extract          (BENCH_N=2000 to change the number of stories)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extract } from '../src/pipeline.js';

const CORPUS = new URL('../../shared/data/reuters21578.jsonl', import.meta.url).pathname;
const N = Number(process.env.BENCH_N ?? 3000);

if (!existsSync(CORPUS)) {
  console.log(`corpus not found at ${CORPUS}; skipping`);
  process.exit(0);
}
const stories = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, N).map((l) => JSON.parse(l) as { id: string; date: string; text: string });
const tokens = stories.reduce((n, s) => n + (s.text.match(/\S+/g)?.length ?? 0), 0);

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const wink = winkNLP(model);
const its = wink.its;
const compromise = require('compromise');

function time(name: string, run: (s: { text: string; date: string }) => number): number {
  for (const s of stories.slice(0, 100)) run(s); // warm-up
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  let sink = 0;
  for (const s of stories) sink += run(s);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${name.padEnd(12)} ${(stories.length / seconds).toFixed(1).padStart(8)} articles/s ${(tokens / seconds / 1000).toFixed(1).padStart(7)}k tokens/s  (${seconds.toFixed(2)} s, checksum ${sink})`);
  return stories.length / seconds;
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
console.log(`extract / wink-nlp   ${(ours / winkRate).toFixed(2)}x  (goal >= 2x)`);
console.log(`extract / compromise ${(ours / compromiseRate).toFixed(2)}x`);
