/**
 * Trains the NER tagger (src/ner/tagger.ts) on CoNLL-2003 train, picks the epoch by dev F1 and
 * writes the quantised, gzipped model to models/ner.bin.
 *
 *   npx tsx scripts/train-ner.ts [--bits 20] [--epochs 15]
 *
 * Gazetteer features are jackknifed: a training document sees the label statistics of the other
 * folds only, so the model learns how far to trust them on words it has not seen.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DATA_DIR, readConll, score, formatScores, type Document } from './eval-ner.js';
import { TAGS, STATIC_FEATURES, encodeModel, muQuantise, training, type Gazetteer } from '../src/ner/tagger.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const BITS = opt('bits', 17);
const EPOCHS = opt('epochs', 15);
const FOLDS = 10;
const SEED = opt('seed', 1);
const { C, TokenInfo, prepareDocument, staticFeatures, decodeSentence, wordKey, muCodebook, compileGazetteer } = training;
type GazTable = ReturnType<typeof compileGazetteer>;
const MASK = (1 << BITS) - 1;
const TAG_ID = new Map<string, number>(TAGS.map((t, i) => [t, i]));

const AUGMENT = opt('augment', 0.15);

/**
 * Titles, ranks and phrases (`word/TAG` when not O) that wire copy puts before a person's name and CoNLL (sports-heavy 1996
 * Reuters) rarely does; inserted before some training persons as O tokens so a capitalised rank
 * is not read as part of the name.
 */
const TITLES = [
  'Army General', 'Colonel-General', 'Colonel General', 'Lieutenant General', 'Lieutenant-General',
  'Major General', 'Major-General', 'Brigadier General', 'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.',
  'Brig. Gen.', 'Col.', 'Colonel', 'Admiral', 'Vice Admiral', 'Rear Admiral', 'Adm.', 'Marshal',
  'Air Chief Marshal', 'Captain', 'Commander', 'Lieutenant', 'Sergeant', 'Field Marshal',
  'First Deputy Defense Minister', 'Defence Minister', 'Defense Minister', 'Foreign Minister',
  'Deputy Foreign Minister', 'Prime Minister', 'President', 'Vice President', 'Premier',
  'Chancellor', 'Chairman', 'Secretary-General', 'Secretary of State', 'Ambassador', 'Senator',
  'Governor', 'Mayor', 'Speaker', 'Chief of the General Staff', 'Chief of Staff', 'Commander-in-Chief',
  'Interior Minister', 'Finance Minister', 'State Councilor', 'Vice Premier', 'King', 'Crown Prince',
  'Sheikh', 'Emir', 'Patriarch', 'Cardinal', 'Archbishop', 'Judge', 'Prosecutor-General', 'Dr.',
  'Professor', 'Deputy Prime Minister', 'Minister', 'Spokesman', 'spokeswoman', 'Ayatollah',
  'counterpart', 'his counterpart', 'Chinese/B-MISC counterpart', 'Russian/B-MISC counterpart',
  'her French/B-MISC counterpart', 'met with', 'talks with', 'envoy', 'special envoy',
].map((t) => t.split(' ').map((w) => w.split('/')));

function augment(doc: Document, rand: () => number): Document {
  return doc.map((s) => {
    let words = s.words;
    let tags = s.tags;
    for (let i = words.length - 1; i >= 0; i--) {
      if (tags[i] !== 'B-PER' || (i > 0 && tags[i - 1] !== 'O') || rand() >= AUGMENT) continue;
      if (i > 0 && /^\p{Lu}/u.test(words[i - 1])) continue;
      const title = TITLES[Math.floor(rand() * TITLES.length)];
      const caps = words.filter((w) => /\p{L}/u.test(w)).every((w) => w === w.toUpperCase());
      const titleWords = title.map(([w]) => (caps ? w.toUpperCase() : w));
      words = [...words.slice(0, i), ...titleWords, ...words.slice(i)];
      tags = [...tags.slice(0, i), ...title.map(([, t]) => t ?? 'O'), ...tags.slice(i)];
    }
    return words === s.words ? s : { words, tags };
  });
}

const train = readConll(`${DATA_DIR}/train.txt`);
const dev = readConll(`${DATA_DIR}/dev.txt`);
console.log(`train ${train.length} docs, dev ${dev.length} docs, ${BITS}-bit buckets`);

// ---------------------------------------------------------------------------------------------
// gazetteer: per word key, counts of O / PER / ORG / LOC / MISC

const TYPE_INDEX: Record<string, number> = { PER: 1, ORG: 2, LOC: 3, MISC: 4 };
type Counts = Map<number, Int32Array>;

function countDocs(docs: readonly Document[]): Counts {
  const counts: Counts = new Map();
  for (const doc of docs)
    for (const s of doc)
      for (let i = 0; i < s.words.length; i++) {
        const k = wordKey(s.words[i]);
        let c = counts.get(k);
        if (c === undefined) counts.set(k, (c = new Int32Array(5)));
        const t = s.tags[i];
        c[t === 'O' ? 0 : TYPE_INDEX[t.slice(2)]]++;
      }
  return counts;
}

function gazCode(c: ArrayLike<number>): number {
  let total = 0;
  for (let t = 0; t < 5; t++) total += c[t];
  if (total === 0) return 0;
  let m = 0;
  for (let t = 0; t < 5; t++) if (c[t] * 10 >= total * 3) m |= 1 << t;
  const freq = total === 1 ? 1 : total < 5 ? 2 : 3;
  return (freq << 5) | m;
}

function gazetteer(all: Counts, minus: Counts | null): Gazetteer {
  const g = new Map<number, number>();
  const tmp = new Int32Array(5);
  for (const [k, c] of all) {
    const d = minus?.get(k);
    for (let t = 0; t < 5; t++) tmp[t] = c[t] - (d ? d[t] : 0);
    const code = gazCode(tmp);
    if (code !== 0) g.set(k, code);
  }
  return g;
}

const allCounts = countDocs(train);
const foldOf = (d: number): number => d % FOLDS;
const foldGaz: GazTable[] = [];
for (let f = 0; f < FOLDS; f++) foldGaz.push(compileGazetteer(gazetteer(allCounts, countDocs(train.filter((_, d) => foldOf(d) === f)))));
const fullGazMap = gazetteer(allCounts, null);
const fullGaz = compileGazetteer(fullGazMap);
console.log(`gazetteer: ${fullGazMap.size} words`);

// ---------------------------------------------------------------------------------------------
// averaged perceptron

const W = new Float32Array((1 << BITS) * C);
const U = new Float64Array((1 << BITS) * C); // sum of step * delta, for averaging
let step = 1;

function update(feats: Int32Array, n: number, gold: number, guess: number): void {
  for (let k = 0; k < n; k++) {
    const b = feats[k] * C;
    W[b + gold] += 1;
    W[b + guess] -= 1;
    U[b + gold] += step;
    U[b + guess] -= step;
  }
}

function averaged(): Float32Array {
  const A = new Float32Array(W.length);
  for (let i = 0; i < W.length; i++) A[i] = W[i] - U[i] / step;
  return A;
}

const info = new TokenInfo();
let stat = new Int32Array(256 * STATIC_FEATURES);

function tagDoc(doc: Document, gaz: GazTable, weights: Float32Array | Int8Array, learn: boolean, codebook: Float64Array | null = null): string[][] {
  const bounds = prepareDocument(info, doc.map((s) => s.words), gaz);
  const out: string[][] = [];
  for (let s = 0; s < doc.length; s++) {
    const from = bounds[s];
    const to = bounds[s + 1];
    const len = to - from;
    if (stat.length < len * STATIC_FEATURES) stat = new Int32Array(len * STATIC_FEATURES * 2);
    staticFeatures(info, from, to, MASK, stat);
    if (learn) {
      const gold = Uint8Array.from(doc[s].tags, (t) => TAG_ID.get(t) ?? 0);
      decodeSentence(info, from, to, stat, weights, MASK, null, gold, update);
      step += len;
    } else {
      decodeSentence(info, from, to, stat, weights, MASK, codebook, null, null);
    }
    out.push(Array.from(info.tags.subarray(from, to), (t) => TAGS[t]));
  }
  return out;
}

function evaluate(docs: readonly Document[], weights: Float32Array | Int8Array, codebook: Float64Array | null = null) {
  const gold: string[][] = [];
  const guess: string[][] = [];
  for (const doc of docs) {
    const out = tagDoc(doc, fullGaz, weights, false, codebook);
    for (let i = 0; i < doc.length; i++) {
      gold.push(doc[i].tags);
      guess.push(out[i]);
    }
  }
  return score(gold, guess);
}

// deterministic shuffle
let seed = SEED;
const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const order = train.map((_, d) => d);

let bestF = -1;
let bestWeights: Float32Array | null = null;
let bestEpoch = 0;
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const t0 = performance.now();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const d of order) tagDoc(AUGMENT > 0 ? augment(train[d], rand) : train[d], foldGaz[foldOf(d)], W, true);
  const A = averaged();
  const s = evaluate(dev, A);
  const f = s.overall.f;
  console.log(`epoch ${epoch}: dev F1 ${(f * 100).toFixed(2)}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (f > bestF) {
    bestF = f;
    bestWeights = A;
    bestEpoch = epoch;
  } else if (epoch - bestEpoch >= 4) break;
}
if (bestWeights === null) throw new Error('no epochs');
console.log(`best epoch ${bestEpoch}: dev F1 ${(bestF * 100).toFixed(2)}`);

// ---------------------------------------------------------------------------------------------
// quantise and write

const raw = encodeModel(BITS, bestWeights, fullGazMap);
const bytes = gzipSync(raw, { level: 9 });
mkdirSync(new URL('../models/', import.meta.url), { recursive: true });
writeFileSync(new URL('../models/ner.bin', import.meta.url), bytes);
console.log(`models/ner.bin: ${(bytes.length / 1024 / 1024).toFixed(2)} MB (raw ${(raw.length / 1024 / 1024).toFixed(2)} MB)`);

// the quantised model, as shipped
let max = 0;
for (let i = 0; i < bestWeights.length; i++) max = Math.max(max, Math.abs(bestWeights[i]));
const Q = Int8Array.from(bestWeights, (v) => muQuantise(v, max));
console.log(`quantised model on dev:\n${formatScores(evaluate(dev, Q, muCodebook(max)))}`);
