/**
 * Named-entity tagger: PER / ORG / LOC / MISC in BIO2, trained on CoNLL-2003 by
 * `scripts/train-ner.ts` and shipped as `models/ner.bin`.
 *
 * Model: a greedy left-to-right averaged perceptron. Every feature (word, shape, affixes,
 * neighbours at -2..+2, a gazetteer derived from the training labels, how the same word is cased
 * elsewhere in the document, the two previous tags) is hashed straight into a bucket of one
 * weight table; the weights of the nine tags for one bucket sit side by side. Token-level hashes
 * are computed once per token in one char loop and combined with integer mixing, so the hot loop
 * allocates nothing per feature.
 *
 * The feature code below is shared with the training script (the `training` export), so what is
 * trained is exactly what runs.
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Token } from '../model.js';

export type NameType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NameType;
  /** Mean margin of the tag decisions inside the span, squashed to 0..1. */
  readonly score?: number;
}

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
const C = TAGS.length;
const TYPE_OF_TAG: readonly (NameType | null)[] = [null, 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC', 'MISC', 'MISC'];

// ---------------------------------------------------------------------------------------------
// hashing

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function mix3(t: number, a: number, b: number): number {
  return mix(mix(Math.imul(t + 1, 0x27d4eb2f), a), b);
}

const LOWER_CACHE = new Map<number, number>();
/** Lowercased, digit-folded, quote-normalised char code. */
function foldChar(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    if (c >= 48 && c <= 57) return 48;
    if (c === 96) return 39;
    return c;
  }
  if (c === 0x2019 || c === 0x2018 || c === 0x2032) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) return 34;
  if (c === 0x2013 || c === 0x2014 || c === 0x2212) return 45;
  let l = LOWER_CACHE.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c);
    const lower = s.toLowerCase();
    l = lower.length === 1 ? lower.charCodeAt(0) : c;
    LOWER_CACHE.set(c, l);
  }
  return l;
}

const CLASS_CACHE = new Map<number, number>();
/** Shape class of a char: 1 upper, 2 lower, 3 digit, else the folded char itself (> 3). */
function shapeClass(c: number, folded: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return 1;
    if (c >= 97 && c <= 122) return 2;
    if (c >= 48 && c <= 57) return 3;
    return folded;
  }
  let cls = CLASS_CACHE.get(c);
  if (cls === undefined) {
    const s = String.fromCharCode(c);
    cls = s.toLowerCase() !== s ? 1 : s.toUpperCase() !== s || /\p{L}/u.test(s) ? 2 : /\p{N}/u.test(s) ? 3 : folded;
    CLASS_CACHE.set(c, cls);
  }
  return cls;
}

// ---------------------------------------------------------------------------------------------
// per-token attributes

/** Word-level attributes of every token of a document, in flat typed arrays (reused). */
class TokenInfo {
  size = 0;
  lower = new Int32Array(0);
  cased = new Int32Array(0);
  shortShape = new Int32Array(0);
  longShape = new Int32Array(0);
  pre = new Int32Array(0); // 4 per token
  suf = new Int32Array(0); // 4 per token
  flags = new Uint8Array(0); // bit 0 initial cap, 1 all caps, 2 has letter, 3 has digit, 4 lowercase start
  gaz = new Int32Array(0);
  docCase = new Int32Array(0);

  ensure(n: number): void {
    if (n <= this.lower.length) return;
    const m = Math.max(n, this.lower.length * 2, 256);
    this.lower = new Int32Array(m);
    this.cased = new Int32Array(m);
    this.shortShape = new Int32Array(m);
    this.longShape = new Int32Array(m);
    this.pre = new Int32Array(m * 4);
    this.suf = new Int32Array(m * 4);
    this.flags = new Uint8Array(m);
    this.gaz = new Int32Array(m);
    this.docCase = new Int32Array(m);
  }
}

const FNV = 0x811c9dc5;

function fillToken(info: TokenInfo, i: number, w: string): void {
  let lower = FNV;
  let cased = FNV;
  let sshape = FNV;
  let lshape = FNV;
  let lastClass = -1;
  let run = 0;
  let upper = 0;
  let lowerN = 0;
  let digits = 0;
  const n = w.length;
  const p = i * 4;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    const f = foldChar(c);
    const cls = shapeClass(c, f);
    lower = Math.imul(lower ^ f, 0x01000193);
    cased = Math.imul(cased ^ (cls === 1 ? c : f), 0x01000193);
    if (k < 4) info.pre[p + k] = lower;
    if (cls === 1) upper++;
    else if (cls === 2) lowerN++;
    else if (cls === 3) digits++;
    if (cls === lastClass) {
      run++;
    } else {
      run = 0;
      sshape = Math.imul(sshape ^ cls, 0x01000193);
    }
    if (run < 4) lshape = Math.imul(lshape ^ cls, 0x01000193);
    lastClass = cls;
  }
  for (let k = n; k < 4; k++) info.pre[p + k] = lower;
  // suffix hashes: read backwards
  let s = FNV;
  for (let k = 0; k < 4; k++) {
    const j = n - 1 - k;
    if (j >= 0) s = Math.imul(s ^ foldChar(w.charCodeAt(j)), 0x01000193);
    info.suf[p + k] = s;
  }
  info.lower[i] = lower;
  info.cased[i] = cased;
  info.shortShape[i] = sshape;
  info.longShape[i] = lshape;
  let flags = 0;
  const letters = upper + lowerN;
  if (letters > 0) flags |= 4;
  if (digits > 0) flags |= 8;
  if (n > 0) {
    const c0 = w.charCodeAt(0);
    const cls0 = shapeClass(c0, foldChar(c0));
    if (cls0 === 1) flags |= 1;
    else if (cls0 === 2) flags |= 16;
  }
  if (upper > 0 && lowerN === 0) flags |= 2;
  info.flags[i] = flags;
}

/** Hash of a word as the gazetteer keys it (lowercased, digit-folded). */
export function wordKey(w: string): number {
  let h = FNV;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ foldChar(w.charCodeAt(k)), 0x01000193);
  return h;
}

// ---------------------------------------------------------------------------------------------
// features

/** Number of static (tag-independent) features per token. */
export const STATIC_FEATURES = 44;

const BOS = 0x5a5a5a5a;
const EOS = 0x3c3c3c3c;

/**
 * Writes the static feature buckets of one sentence `[from, to)` of the document into `out`
 * (STATIC_FEATURES per token, starting at `out[0]`).
 */
function staticFeatures(info: TokenInfo, from: number, to: number, mask: number, out: Int32Array): void {
  // an all-caps sentence (headline) changes what capitalisation means
  let caps = 0;
  let cased = 0;
  for (let i = from; i < to; i++) {
    const f = info.flags[i];
    if (f & 4) {
      cased++;
      if (f & 2) caps++;
    }
  }
  const capsLine = cased >= 2 && caps * 10 >= cased * 7 ? 1 : 0;
  const K = STATIC_FEATURES;
  const lo = info.lower;
  const sh = info.shortShape;
  for (let i = from; i < to; i++) {
    const o = (i - from) * K;
    const w0 = lo[i];
    const wm1 = i > from ? lo[i - 1] : BOS;
    const wm2 = i > from + 1 ? lo[i - 2] : BOS;
    const wp1 = i + 1 < to ? lo[i + 1] : EOS;
    const wp2 = i + 2 < to ? lo[i + 2] : EOS;
    const s0 = sh[i];
    const sm1 = i > from ? sh[i - 1] : BOS;
    const sm2 = i > from + 1 ? sh[i - 2] : BOS;
    const sp1 = i + 1 < to ? sh[i + 1] : EOS;
    const sp2 = i + 2 < to ? sh[i + 2] : EOS;
    const g0 = info.gaz[i];
    const gm1 = i > from ? info.gaz[i - 1] : BOS;
    const gp1 = i + 1 < to ? info.gaz[i + 1] : EOS;
    const d0 = info.docCase[i];
    const initial = i === from ? 1 : 0;
    const ctx = initial | (capsLine << 1);
    const p = i * 4;
    out[o] = mix3(0, 0, 0) & mask;
    out[o + 1] = mix3(1, w0, 0) & mask;
    out[o + 2] = mix3(2, wm1, 0) & mask;
    out[o + 3] = mix3(3, wp1, 0) & mask;
    out[o + 4] = mix3(4, wm2, 0) & mask;
    out[o + 5] = mix3(5, wp2, 0) & mask;
    out[o + 6] = mix3(6, info.cased[i], capsLine) & mask;
    out[o + 7] = mix3(7, wm1, w0) & mask;
    out[o + 8] = mix3(8, w0, wp1) & mask;
    out[o + 9] = mix3(9, s0, ctx) & mask;
    out[o + 10] = mix3(10, info.longShape[i], ctx) & mask;
    out[o + 11] = mix3(11, sm1, 0) & mask;
    out[o + 12] = mix3(12, sp1, 0) & mask;
    out[o + 13] = mix3(13, sm1, s0) & mask;
    out[o + 14] = mix3(14, s0, sp1) & mask;
    out[o + 15] = mix3(15, mix(sm1, s0), sp1) & mask;
    out[o + 16] = mix3(16, info.pre[p], 0) & mask;
    out[o + 17] = mix3(17, info.pre[p + 1], 0) & mask;
    out[o + 18] = mix3(18, info.pre[p + 2], 0) & mask;
    out[o + 19] = mix3(19, info.pre[p + 3], 0) & mask;
    out[o + 20] = mix3(20, info.suf[p], 0) & mask;
    out[o + 21] = mix3(21, info.suf[p + 1], 0) & mask;
    out[o + 22] = mix3(22, info.suf[p + 2], 0) & mask;
    out[o + 23] = mix3(23, info.suf[p + 3], 0) & mask;
    out[o + 24] = mix3(24, wm1, s0) & mask;
    out[o + 25] = mix3(25, wp1, s0) & mask;
    out[o + 26] = mix3(26, wm2, s0) & mask;
    out[o + 27] = mix3(27, wp2, s0) & mask;
    out[o + 28] = mix3(28, sm2, s0) & mask;
    out[o + 29] = mix3(29, s0, sp2) & mask;
    out[o + 30] = mix3(30, g0, 0) & mask;
    out[o + 31] = mix3(31, g0, s0) & mask;
    out[o + 32] = mix3(32, gm1, g0) & mask;
    out[o + 33] = mix3(33, g0, gp1) & mask;
    out[o + 34] = mix3(34, d0, mix(s0, ctx)) & mask;
    out[o + 35] = mix3(35, d0, w0) & mask;
    out[o + 36] = mix3(36, i > from ? info.suf[p - 2] : BOS, s0) & mask;
    out[o + 37] = mix3(37, i + 1 < to ? info.suf[p + 6] : EOS, s0) & mask;
    out[o + 38] = mix3(38, gm1, s0) & mask;
    out[o + 39] = mix3(39, gp1, s0) & mask;
    out[o + 40] = mix3(40, i > from ? info.docCase[i - 1] : BOS, i + 1 < to ? info.docCase[i + 1] : EOS) & mask;
    out[o + 41] = mix3(41, info.suf[p + 2], s0) & mask;
    out[o + 42] = mix3(42, w0, ctx) & mask;
    out[o + 43] = mix3(43, info.pre[p + 2], s0) & mask;
  }
}

/** Number of history (tag-dependent) features per token. */
export const HISTORY_FEATURES = 6;

function historyFeatures(
  info: TokenInfo,
  i: number,
  from: number,
  t1: number,
  t2: number,
  remembered: number,
  mask: number,
  out: Int32Array,
): void {
  const w0 = info.lower[i];
  const s0 = info.shortShape[i];
  out[0] = mix3(100, t1, 0) & mask;
  out[1] = mix3(101, t1, t2) & mask;
  out[2] = mix3(102, t1, w0) & mask;
  out[3] = mix3(103, t1, s0) & mask;
  out[4] = mix3(104, t1, i > from ? info.lower[i - 1] : BOS) & mask;
  out[5] = mix3(105, remembered, s0) & mask;
}

// ---------------------------------------------------------------------------------------------
// document context: gazetteer codes and casing evidence

/** Gazetteer: word key -> code (type mask of the labels it carries in training, frequency). */
export type Gazetteer = ReadonlyMap<number, number>;

/**
 * Fills word attributes, gazetteer codes and the document casing evidence for every token of a
 * document given as sentences. Returns the sentence boundaries as offsets into the flat token
 * list (`bounds[s]..bounds[s+1]`).
 */
function prepareDocument(info: TokenInfo, sentences: readonly (readonly string[])[], gaz: Gazetteer): Int32Array {
  let n = 0;
  for (const s of sentences) n += s.length;
  info.ensure(n);
  info.size = n;
  const bounds = new Int32Array(sentences.length + 1);
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    bounds[s] = i;
    const sent = sentences[s];
    for (let k = 0; k < sent.length; k++, i++) {
      fillToken(info, i, sent[k]);
      info.gaz[i] = gaz.get(info.lower[i]) ?? 0;
    }
  }
  bounds[sentences.length] = n;
  // casing evidence: how the word is written where capitalisation is informative
  // (not sentence-initial, not in an all-caps line)
  const evidence = new Map<number, number>();
  for (let s = 0; s < sentences.length; s++) {
    const from = bounds[s];
    const to = bounds[s + 1];
    let caps = 0;
    let cased = 0;
    for (let j = from; j < to; j++) {
      const f = info.flags[j];
      if (f & 4) {
        cased++;
        if (f & 2) caps++;
      }
    }
    if (cased >= 2 && caps * 10 >= cased * 7) continue;
    for (let j = from + 1; j < to; j++) {
      const f = info.flags[j];
      if (!(f & 4)) continue;
      const bit = f & 16 ? 1 : f & 2 ? 4 : f & 1 ? 2 : 0;
      if (bit) evidence.set(info.lower[j], (evidence.get(info.lower[j]) ?? 0) | bit);
    }
  }
  for (let j = 0; j < n; j++) info.docCase[j] = (evidence.get(info.lower[j]) ?? 0) + 1;
  return bounds;
}

// ---------------------------------------------------------------------------------------------
// decoding

/** A weight table: `C` weights per bucket. Float while training, int8 when shipped. */
export type Weights = Float32Array | Float64Array | Int8Array;

/** Whether tag `t` may follow tag `prev` in BIO2. */
function allowed(prev: number, t: number): boolean {
  if (t === 0 || (t & 1) === 1) return true; // O or B-*
  return prev === t || prev === t - 1; // I-X after B-X or I-X
}

const scratch = { info: new TokenInfo(), stat: new Int32Array(64 * STATIC_FEATURES), hist: new Int32Array(HISTORY_FEATURES), scores: new Float64Array(C) };

/**
 * Greedy decode of one sentence whose static features are in `stat`. `memory` carries the tag
 * type last given to each capitalised word earlier in the document. Writes tag ids to `tags`
 * and (optionally) the winning margin to `margins`. `onStep` lets training update at each token.
 */
function decodeSentence(
  info: TokenInfo,
  from: number,
  to: number,
  stat: Int32Array,
  W: Weights,
  mask: number,
  tags: Uint8Array,
  margins: Float64Array | null,
  codebook: Float64Array | null,
  memory: Map<number, number>,
  gold: Uint8Array | null,
  update: ((feats: Int32Array, n: number, gold: number, guess: number) => void) | null,
): void {
  const K = STATIC_FEATURES;
  const H = HISTORY_FEATURES;
  const hist = scratch.hist;
  const sc = scratch.scores;
  let t1 = 0;
  let t2 = 0;
  for (let i = from; i < to; i++) {
    const o = (i - from) * K;
    historyFeatures(info, i, from, i > from ? t1 : 9, i > from + 1 ? t2 : 9, memory.get(info.lower[i]) ?? 0, mask, hist);
    for (let c = 0; c < C; c++) sc[c] = 0;
    if (codebook === null) {
      for (let k = 0; k < K; k++) {
        const b = stat[o + k] * C;
        for (let c = 0; c < C; c++) sc[c] += W[b + c];
      }
      for (let k = 0; k < H; k++) {
        const b = hist[k] * C;
        for (let c = 0; c < C; c++) sc[c] += W[b + c];
      }
    } else {
      for (let k = 0; k < K; k++) {
        const b = stat[o + k] * C;
        for (let c = 0; c < C; c++) sc[c] += codebook[W[b + c] + 128];
      }
      for (let k = 0; k < H; k++) {
        const b = hist[k] * C;
        for (let c = 0; c < C; c++) sc[c] += codebook[W[b + c] + 128];
      }
    }
    const prev = i > from ? t1 : 0;
    let best = 0;
    let bestScore = -Infinity;
    let second = -Infinity;
    for (let c = 0; c < C; c++) {
      if (!allowed(prev, c)) continue;
      const v = sc[c];
      if (v > bestScore) {
        second = bestScore;
        bestScore = v;
        best = c;
      } else if (v > second) second = v;
    }
    if (gold !== null && update !== null) {
      const g = gold[i - from];
      if (g !== best) update(stat.subarray(o, o + K), K, g, best), update(hist, H, g, best);
    }
    tags[i - from] = best;
    if (margins !== null) margins[i - from] = bestScore - second;
    t2 = t1;
    t1 = best;
  }
  // remember what each capitalised word was tagged as, for later sentences of the document
  for (let i = from; i < to; i++) {
    if (info.flags[i] & 3) memory.set(info.lower[i], ((tags[i - from] + 1) >> 1) + 1);
  }
}

// ---------------------------------------------------------------------------------------------
// the shipped model

interface Model {
  readonly bits: number;
  /** One int8 code per weight; the weight is `codebook[code + 128]`. */
  readonly weights: Int8Array;
  readonly codebook: Float64Array;
  readonly gaz: Gazetteer;
}

/** mu-law quantisation: fine steps for the many small weights, coarse for the few large ones. */
const MU = 255;

function muCodebook(max: number): Float64Array {
  const cb = new Float64Array(256);
  for (let q = -127; q <= 127; q++) cb[q + 128] = (Math.sign(q) * max * Math.expm1((Math.abs(q) / 127) * Math.log1p(MU))) / MU;
  return cb;
}

export function muQuantise(v: number, max: number): number {
  return Math.sign(v) * Math.round((127 * Math.log1p((MU * Math.min(Math.abs(v), max)) / max)) / Math.log1p(MU));
}

const MAGIC = 0x4e455231; // "NER1"
const MODEL_URL = new URL('../../models/ner.bin', import.meta.url);
let loaded: Model | null = null;

function model(): Model {
  if (loaded === null) loaded = decodeModel(gunzipSync(readFileSync(MODEL_URL)));
  return loaded;
}

/**
 * Binary layout (gzipped): u32 magic, u32 bits, f32 max |weight| (mu-law range), u32 bucket count, u32 gazetteer size;
 * bucket gaps as varints; per bucket a u16 mask of nonzero tags then those int8 weights;
 * gazetteer as u32 key + u8 code pairs.
 */
export function encodeModel(bits: number, weights: Float64Array | Float32Array, gaz: Gazetteer): Uint8Array {
  const buckets = 1 << bits;
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  const parts: number[] = [];
  let count = 0;
  let last = -1;
  const varint = (v: number): void => {
    while (v >= 0x80) {
      parts.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    parts.push(v);
  };
  const q = new Int8Array(C);
  for (let b = 0; b < buckets; b++) {
    let m = 0;
    for (let c = 0; c < C; c++) {
      const v = muQuantise(weights[b * C + c], max);
      q[c] = v;
      if (v !== 0) m |= 1 << c;
    }
    if (m === 0) continue;
    count++;
    varint(b - last);
    last = b;
    parts.push(m & 0xff, m >>> 8);
    for (let c = 0; c < C; c++) if (q[c] !== 0) parts.push(q[c] & 0xff);
  }
  const head = new DataView(new ArrayBuffer(20));
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, bits, true);
  head.setFloat32(8, max, true);
  head.setUint32(12, count, true);
  head.setUint32(16, gaz.size, true);
  const gazBytes = new DataView(new ArrayBuffer(gaz.size * 5));
  let o = 0;
  for (const [k, v] of gaz) {
    gazBytes.setUint32(o, k >>> 0, true);
    gazBytes.setUint8(o + 4, v);
    o += 5;
  }
  const out = new Uint8Array(20 + parts.length + gaz.size * 5);
  out.set(new Uint8Array(head.buffer), 0);
  out.set(Uint8Array.from(parts), 20);
  out.set(new Uint8Array(gazBytes.buffer), 20 + parts.length);
  return out;
}

function decodeModel(bytes: Uint8Array): Model {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('models/ner.bin: not a Dateline NER model');
  const bits = view.getUint32(4, true);
  const max = view.getFloat32(8, true);
  const count = view.getUint32(12, true);
  const gazSize = view.getUint32(16, true);
  const weights = new Int8Array((1 << bits) * C);
  let p = 20;
  let b = -1;
  for (let n = 0; n < count; n++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const x = bytes[p++];
      gap |= (x & 0x7f) << shift;
      if (x < 0x80) break;
      shift += 7;
    }
    b += gap;
    const m = bytes[p] | (bytes[p + 1] << 8);
    p += 2;
    const base = b * C;
    for (let c = 0; c < C; c++) if (m & (1 << c)) weights[base + c] = (bytes[p++] << 24) >> 24;
  }
  const gaz = new Map<number, number>();
  for (let g = 0; g < gazSize; g++, p += 5) gaz.set(view.getUint32(p, true) | 0, bytes[p + 4]);
  return { bits, weights, codebook: muCodebook(max), gaz };
}

// ---------------------------------------------------------------------------------------------
// public API

/**
 * Tags a document given as sentences of token strings (one document: casing evidence is shared
 * across its sentences). Returns BIO2 tags per sentence.
 */
export function tagSentences(sentences: readonly (readonly string[])[]): Tag[][] {
  return tagIds(sentences, null).map((ids) => Array.from(ids, (t) => TAGS[t]));
}

function tagIds(sentences: readonly (readonly string[])[], margins: Float64Array[] | null): Uint8Array[] {
  const m = model();
  const mask = (1 << m.bits) - 1;
  const info = scratch.info;
  const bounds = prepareDocument(info, sentences, m.gaz);
  const result: Uint8Array[] = [];
  const memory = new Map<number, number>();
  for (let s = 0; s < sentences.length; s++) {
    const from = bounds[s];
    const to = bounds[s + 1];
    const len = to - from;
    if (scratch.stat.length < len * STATIC_FEATURES) scratch.stat = new Int32Array(len * STATIC_FEATURES * 2);
    staticFeatures(info, from, to, mask, scratch.stat);
    const tags = new Uint8Array(len);
    const mg = margins === null ? null : new Float64Array(len);
    decodeSentence(info, from, to, scratch.stat, m.weights, mask, tags, mg, m.codebook, memory, null, null);
    result.push(tags);
    if (margins !== null && mg !== null) margins.push(mg);
  }
  return result;
}

/** Sentence ends inside a flat token list: after . ? ! (and closing quotes) before a capital. */
function splitTokens(tokens: readonly string[], breakBefore?: (i: number) => boolean): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (cur.length > 0 && breakBefore?.(i)) {
      out.push(cur);
      cur = [];
    }
    cur.push(tokens[i]);
    const t = tokens[i];
    if (t === '.' || t === '?' || t === '!' || t === '...') {
      let j = i + 1;
      while (j < tokens.length && /^["'\u2019\u201d)\]]$/.test(tokens[j])) cur.push(tokens[j++]);
      i = j - 1;
      const next = tokens[j];
      if (next === undefined || /^["'\u2018\u201c(]?\p{Lu}|^\d|^["\u201c]/u.test(next)) {
        out.push(cur);
        cur = [];
      }
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** BIO2 tags for a token sequence (split into sentences internally; treated as one document). */
export function tagTokens(tokens: readonly string[]): string[] {
  return tagSentences(splitTokens(tokens)).flat();
}

/** Names in `text`, given its tokens; spans cover whole tokens. */
export function findNames(text: string, tokens: readonly Token[]): NameSpan[] {
  const strings = tokens.map((t) => t.text);
  // a line break between two tokens always ends a sentence (headlines, datelines, paragraphs)
  const sentences = splitTokens(strings, (i) => i > 0 && text.slice(tokens[i - 1].end, tokens[i].start).includes('\n'));
  const margins: Float64Array[] = [];
  const ids = tagIds(sentences, margins);
  const spans: NameSpan[] = [];
  let k = 0;
  for (let s = 0; s < ids.length; s++) {
    const tags = ids[s];
    const mg = margins[s];
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i];
      if (t === 0 || (t & 1) === 0) continue;
      let j = i + 1;
      while (j < tags.length && tags[j] === t + 1) j++;
      let sum = 0;
      for (let x = i; x < j; x++) sum += mg[x];
      const margin = sum / (j - i);
      spans.push({
        start: tokens[k + i].start,
        end: tokens[k + j - 1].end,
        type: TYPE_OF_TAG[t] as NameType,
        score: Math.round((1 - Math.exp(-margin / 4)) * 1000) / 1000,
      });
      i = j - 1;
    }
    k += tags.length;
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// training support (used by scripts/train-ner.ts; not part of the runtime API)

export const training = {
  C,
  TokenInfo,
  prepareDocument,
  staticFeatures,
  decodeSentence,
  wordKey,
  muCodebook,
};
