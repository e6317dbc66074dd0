/**
 * Named-entity tagger: PER / ORG / LOC / MISC in BIO2, trained on CoNLL-2003 by
 * `scripts/train-ner.ts` and shipped as `models/ner.bin`.
 *
 * Model: a greedy left-to-right averaged perceptron. Every feature (word, shape, affixes,
 * neighbours at -2..+2, a gazetteer derived from the training labels, how the same word is cased
 * elsewhere in the document, the two previous tags) is hashed straight into a bucket of one
 * weight table; the weights of the nine tags for one bucket sit side by side. Token-level hashes
 * are computed once per token in one char loop and combined with integer mixing, so the hot loop
 * allocates nothing per feature. A word without a capital after an O (outside an all-caps line) is
 * O without being scored: names do not start there, and that is most words of a dispatch.
 *
 * Runtime: every per-document structure (token attributes, sentence bounds, casing evidence, tag
 * memory, feature buckets, tags, margins) lives in typed arrays reused across calls; the
 * gazetteer and the document tables are open-addressing int tables; the shipped int8 weights are
 * unpacked at load into integers packed two tags to a float64, and each bucket keeps only indices
 * into small tables of the packed values that occur (`LaneWeights`), so a feature costs one cache
 * line of a 1 MB table, five loads and five adds. The features of a word alone, and those of the two
 * previous tags alone, are summed once and kept (`OwnSums`, `tagPairSums`), not read again at every
 * token. `findNamesInDocument` tags a whole article in one call.
 *
 * The feature code below is shared with the training script (the `training` export), so what is
 * trained is exactly what runs.
 */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Token } from '../model.js';
import { wrapWidth } from '../line-wrap.js';

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
// integer hash tables (open addressing over typed arrays; no per-document allocation)

function slotHash(k: number): number {
  const h = Math.imul(k, 0x9e3779b1);
  return h ^ (h >>> 16);
}

/**
 * Document-scoped int -> int table. `reset` empties it in O(1) (generation stamps), so one table
 * serves every document.
 */
class IntTable {
  keys = new Int32Array(0);
  vals = new Int32Array(0);
  stamp = new Uint32Array(0);
  gen = 0;
  mask = 0;

  /** Empties the table and makes room for `n` keys. */
  reset(n: number): void {
    let cap = 256;
    while (cap < n * 2) cap <<= 1;
    if (cap > this.keys.length) {
      this.keys = new Int32Array(cap);
      this.vals = new Int32Array(cap);
      this.stamp = new Uint32Array(cap);
      this.gen = 0;
    }
    this.mask = this.keys.length - 1;
    if (++this.gen === 0xffffffff) {
      this.stamp.fill(0);
      this.gen = 1;
    }
  }

  private slot(k: number): number {
    const { keys, stamp, gen, mask } = this;
    let i = slotHash(k) & mask;
    while (stamp[i] === gen && keys[i] !== k) i = (i + 1) & mask;
    return i;
  }

  /** The value of key `k`; a new key is stored with `v` first. */
  intern(k: number, v: number): number {
    const i = this.slot(k);
    if (this.stamp[i] === this.gen) return this.vals[i];
    this.stamp[i] = this.gen;
    this.keys[i] = k;
    this.vals[i] = v;
    return v;
  }
}

/** Gazetteer: word key -> code (type mask of the labels it carries in training, frequency). */
export type Gazetteer = ReadonlyMap<number, number>;

/** A gazetteer compiled to an open-addressing table (codes are never 0, so 0 marks a free slot). */
class GazTable {
  readonly keys: Int32Array;
  readonly codes: Uint8Array;
  readonly mask: number;

  constructor(gaz: Gazetteer) {
    let cap = 256;
    while (cap < gaz.size * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.codes = new Uint8Array(cap);
    this.mask = cap - 1;
    for (const [k, v] of gaz) {
      if (v === 0) continue;
      let i = slotHash(k) & this.mask;
      while (this.codes[i] !== 0 && this.keys[i] !== k) i = (i + 1) & this.mask;
      this.keys[i] = k;
      this.codes[i] = v;
    }
  }

  get(k: number): number {
    const { keys, codes, mask } = this;
    let i = slotHash(k) & mask;
    for (;;) {
      const c = codes[i];
      if (c === 0 || keys[i] === k) return c;
      i = (i + 1) & mask;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// per-token attributes

/**
 * Everything the tagger knows about one document, in flat typed arrays reused across documents:
 * word attributes per token, sentence bounds, the document casing evidence and tag memory, and the
 * decoded tags and margins.
 */
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
  /** Per token, the number of its word (its `lower` key) among the document's words, in order of first use. */
  word = new Int32Array(0);
  tags = new Uint8Array(0);
  margins = new Float64Array(0);
  /** Sentence `s` is tokens `bounds[s]..bounds[s+1]`. */
  bounds = new Int32Array(64);
  sentences = 0;
  /** The document's words numbered (`word`): what is known of a word is read once per word, not per token. */
  readonly words = new IntTable();
  /** Per word of the document: its gazetteer code. */
  gazetteer = new Int32Array(0);
  /** Per word of the document: its casing evidence (see `documentContext`). */
  evidence = new Int32Array(0);
  /** Per word of the document: the tag type last given to it (capitalised) earlier in the document, 0 if none. */
  memory = new Int32Array(0);

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
    this.word = new Int32Array(m);
    this.gazetteer = new Int32Array(m);
    this.evidence = new Int32Array(m);
    this.memory = new Int32Array(m);
    this.tags = new Uint8Array(m);
    this.margins = new Float64Array(m);
  }

  /** Starts a sentence at token `at`. */
  open(at: number): void {
    if (this.sentences + 2 > this.bounds.length) {
      const b = new Int32Array(this.bounds.length * 2);
      b.set(this.bounds);
      this.bounds = b;
    }
    this.bounds[this.sentences++] = at;
  }
}

const FNV = 0x811c9dc5;

/** `foldChar` and `shapeClass` of the ASCII chars, read from tables in the loop over a word's chars. */
const ASCII_FOLD = Uint8Array.from({ length: 128 }, (_, c) => foldChar(c));
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => shapeClass(c, foldChar(c)));

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
  let cls0 = 0;
  const n = w.length;
  const p = i * 4;
  const pre = info.pre;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    const f = c < 128 ? ASCII_FOLD[c] : foldChar(c);
    const cls = c < 128 ? ASCII_CLASS[c] : shapeClass(c, f);
    if (k === 0) cls0 = cls;
    lower = Math.imul(lower ^ f, 0x01000193);
    cased = Math.imul(cased ^ (cls === 1 ? c : f), 0x01000193);
    if (k < 4) pre[p + k] = lower;
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
  for (let k = n; k < 4; k++) pre[p + k] = lower;
  // suffix hashes: read backwards
  const suf = info.suf;
  let s = FNV;
  for (let k = 0; k < 4; k++) {
    const j = n - 1 - k;
    if (j >= 0) {
      const c = w.charCodeAt(j);
      s = Math.imul(s ^ (c < 128 ? ASCII_FOLD[c] : foldChar(c)), 0x01000193);
    }
    suf[p + k] = s;
  }
  info.lower[i] = lower;
  info.cased[i] = cased;
  info.shortShape[i] = sshape;
  info.longShape[i] = lshape;
  let flags = 0;
  if (upper + lowerN > 0) flags |= 4;
  if (digits > 0) flags |= 8;
  if (cls0 === 1) flags |= 1;
  else if (cls0 === 2) flags |= 16;
  if (upper > 0 && lowerN === 0) flags |= 2;
  info.flags[i] = flags;
}

/** Hash of a word as the gazetteer keys it (lowercased, digit-folded). */
export function wordKey(w: string): number {
  let h = FNV;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ foldChar(w.charCodeAt(k)), 0x01000193);
  return h;
}

/** Whether sentence `[from, to)` is an all-caps line (headline): capitalisation means less there. */
function isCapsLine(flags: Uint8Array, from: number, to: number): number {
  let caps = 0;
  let cased = 0;
  for (let i = from; i < to; i++) {
    const f = flags[i];
    if (f & 4) {
      cased++;
      if (f & 2) caps++;
    }
  }
  return cased >= 2 && caps * 10 >= cased * 7 ? 1 : 0;
}

/**
 * Gazetteer codes, casing evidence (how each word is written where capitalisation is informative:
 * not sentence-initial, not in an all-caps line) and an empty tag memory, once the tokens and
 * sentence bounds of a document are filled in.
 */
function documentContext(info: TokenInfo, gaz: GazTable): void {
  const n = info.size;
  const { lower, flags, bounds, words, word, gazetteer, evidence, memory } = info;
  const g = info.gaz;
  // each word numbered at its first token: its gazetteer code read from the large table once, its evidence and memory emptied
  words.reset(n);
  let count = 0;
  for (let j = 0; j < n; j++) {
    const w = words.intern(lower[j], count);
    word[j] = w;
    if (w === count) {
      count++;
      gazetteer[w] = gaz.get(lower[j]);
      evidence[w] = 0;
      memory[w] = 0;
    }
    g[j] = gazetteer[w];
  }
  for (let s = 0; s < info.sentences; s++) {
    const from = bounds[s];
    const to = bounds[s + 1];
    if (isCapsLine(flags, from, to)) continue;
    for (let j = from + 1; j < to; j++) {
      const f = flags[j];
      if (!(f & 4)) continue;
      const bit = f & 16 ? 1 : f & 2 ? 4 : f & 1 ? 2 : 0;
      if (bit) evidence[word[j]] |= bit;
    }
  }
  const d = info.docCase;
  for (let j = 0; j < n; j++) d[j] = evidence[word[j]] + 1;
}

/**
 * Fills word attributes, gazetteer codes and the document casing evidence for every token of a
 * document given as sentences of token strings. Returns the sentence boundaries as offsets into
 * the flat token list (`bounds[s]..bounds[s+1]`).
 */
function prepareDocument(info: TokenInfo, sentences: readonly (readonly string[])[], gaz: GazTable): Int32Array {
  let n = 0;
  for (const s of sentences) n += s.length;
  info.ensure(n);
  info.size = n;
  info.sentences = 0;
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    info.open(i);
    const sent = sentences[s];
    for (let k = 0; k < sent.length; k++, i++) fillToken(info, i, sent[k]);
  }
  info.bounds[info.sentences] = n;
  documentContext(info, gaz);
  return info.bounds;
}

// ---------------------------------------------------------------------------------------------
// sentence splitting inside a token run

/** A closing quote or bracket that stays with the sentence before it. */
function isCloser(t: string): boolean {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 41 || c === 93;
}

const UPPER = /^\p{Lu}/u;
function upperAt(t: string, k: number): boolean {
  if (k >= t.length) return false;
  const c = t.charCodeAt(k);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(k === 0 ? t : t.slice(k));
}

/** What may start a sentence after . ? !: a capital (after an opening quote or bracket), a digit, an opening double quote. */
function startsSentence(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c === 34 || c === 0x201c) return true;
  if (c >= 48 && c <= 57) return true;
  if (c === 39 || c === 0x2018 || c === 40) return upperAt(t, 1);
  return upperAt(t, 0);
}

function isStop(t: string): boolean {
  return t === '.' || t === '?' || t === '!' || t === '...';
}

/**
 * Sentence ends inside tokens `[from, to)` (already filled in at `base`..): after . ? ! (and
 * closing quotes) before a capital, and, when `text` is given, at every line break between two
 * tokens (headlines, datelines, paragraphs). Opens the sentences in `info`.
 */
function splitRun(info: TokenInfo, tokens: readonly { readonly text: string; readonly start?: number; readonly end?: number }[], from: number, to: number, base: number, text: string | null): void {
  let open = false;
  for (let i = from; i < to; i++) {
    if (!open) {
      info.open(base + i - from);
      open = true;
    } else if (text !== null && breaksLine(text, tokens[i - 1].end as number, tokens[i].start as number)) {
      info.open(base + i - from);
    }
    if (isStop(tokens[i].text)) {
      let j = i + 1;
      while (j < to && isCloser(tokens[j].text)) j++;
      i = j - 1;
      if (j >= to || startsSentence(tokens[j].text)) open = false;
    }
  }
}

/**
 * Whether the white space `[a, b)` between two tokens holds a line break that ends a sentence: a
 * heading or dateline line, a list item. Copy wrapped at a fixed width (the archive's 1987 stories,
 * `... accused the Soviet\nUnion of ...`) breaks lines inside sentences and names; a line of 40
 * to 100 characters with a lower-case letter in it is such a wrap, not a break.
 */
function breaksLine(text: string, a: number, b: number): boolean {
  let k = a;
  while (k < b && text.charCodeAt(k) !== 10) k++;
  if (k === b) return false;
  const lineStart = text.lastIndexOf('\n', a - 1) + 1;
  const length = k - lineStart;
  return !wrapWidth(length) || !/\p{Ll}/u.test(text.slice(lineStart, k));
}

// ---------------------------------------------------------------------------------------------
// features

/** Number of static (tag-independent) features per token. */
export const STATIC_FEATURES = 44;

/** Feature `k` of a token is `mix3(k, A[k], B[k])`: the first mixing constant of each template. */
const SEEDS = Int32Array.from({ length: STATIC_FEATURES }, (_, k) => Math.imul(k + 1, 0x27d4eb2f));
const PAIR_A = new Int32Array(STATIC_FEATURES);
const PAIR_B = new Int32Array(STATIC_FEATURES);

const BOS = 0x5a5a5a5a;
const EOS = 0x3c3c3c3c;

/**
 * Writes the static feature buckets of one sentence `[from, to)` of the document into `out`
 * (STATIC_FEATURES per token, starting at `out[0]`).
 */
function staticFeatures(info: TokenInfo, from: number, to: number, mask: number, out: Int32Array): void {
  // an all-caps sentence (headline) changes what capitalisation means
  const capsLine = isCapsLine(info.flags, from, to);
  for (let i = from; i < to; i++) tokenFeatures(info, i, from, to, capsLine, mask, out, (i - from) * STATIC_FEATURES);
}

/** The static feature buckets of token `i` of sentence `[from, to)`, written to `out[o..o + STATIC_FEATURES)`. */
function tokenFeatures(info: TokenInfo, i: number, from: number, to: number, capsLine: number, mask: number, out: Int32Array, o: number): void {
  featurePairs(info, i, from, to, capsLine);
  for (let k = 0; k < STATIC_FEATURES; k++) out[o + k] = staticBucket(k, mask);
}

/** The two values each static feature of token `i` hashes (`PAIR_A[k]`, `PAIR_B[k]`): its bucket is `mix3(k, A, B) & mask`. */
function featurePairs(info: TokenInfo, i: number, from: number, to: number, capsLine: number): void {
  const lo = info.lower;
  const sh = info.shortShape;
  const gz = info.gaz;
  const dc = info.docCase;
  const pre = info.pre;
  const suf = info.suf;
  const ca = info.cased;
  const ls = info.longShape;
  const A = PAIR_A;
  const B = PAIR_B;
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
  const g0 = gz[i];
  const gm1 = i > from ? gz[i - 1] : BOS;
  const gp1 = i + 1 < to ? gz[i + 1] : EOS;
  const d0 = dc[i];
  const initial = i === from ? 1 : 0;
  const ctx = initial | (capsLine << 1);
  const p = i * 4;
  A[0] = 0;
  B[0] = 0;
  A[1] = w0;
  B[1] = 0;
  A[2] = wm1;
  B[2] = 0;
  A[3] = wp1;
  B[3] = 0;
  A[4] = wm2;
  B[4] = 0;
  A[5] = wp2;
  B[5] = 0;
  A[6] = ca[i];
  B[6] = capsLine;
  A[7] = wm1;
  B[7] = w0;
  A[8] = w0;
  B[8] = wp1;
  A[9] = s0;
  B[9] = ctx;
  A[10] = ls[i];
  B[10] = ctx;
  A[11] = sm1;
  B[11] = 0;
  A[12] = sp1;
  B[12] = 0;
  A[13] = sm1;
  B[13] = s0;
  A[14] = s0;
  B[14] = sp1;
  A[15] = mix(sm1, s0);
  B[15] = sp1;
  A[16] = pre[p];
  B[16] = 0;
  A[17] = pre[p + 1];
  B[17] = 0;
  A[18] = pre[p + 2];
  B[18] = 0;
  A[19] = pre[p + 3];
  B[19] = 0;
  A[20] = suf[p];
  B[20] = 0;
  A[21] = suf[p + 1];
  B[21] = 0;
  A[22] = suf[p + 2];
  B[22] = 0;
  A[23] = suf[p + 3];
  B[23] = 0;
  A[24] = wm1;
  B[24] = s0;
  A[25] = wp1;
  B[25] = s0;
  A[26] = wm2;
  B[26] = s0;
  A[27] = wp2;
  B[27] = s0;
  A[28] = sm2;
  B[28] = s0;
  A[29] = s0;
  B[29] = sp2;
  A[30] = g0;
  B[30] = 0;
  A[31] = g0;
  B[31] = s0;
  A[32] = gm1;
  B[32] = g0;
  A[33] = g0;
  B[33] = gp1;
  A[34] = d0;
  B[34] = mix(s0, ctx);
  A[35] = d0;
  B[35] = w0;
  A[36] = i > from ? suf[p - 2] : BOS;
  B[36] = s0;
  A[37] = i + 1 < to ? suf[p + 6] : EOS;
  B[37] = s0;
  A[38] = gm1;
  B[38] = s0;
  A[39] = gp1;
  B[39] = s0;
  A[40] = i > from ? dc[i - 1] : BOS;
  B[40] = i + 1 < to ? dc[i + 1] : EOS;
  A[41] = suf[p + 2];
  B[41] = s0;
  A[42] = w0;
  B[42] = ctx;
  A[43] = pre[p + 2];
  B[43] = s0;
}

/** Number of history (tag-dependent) features per token. */
export const HISTORY_FEATURES = 6;

function historyFeatures(info: TokenInfo, i: number, from: number, t1: number, t2: number, remembered: number, mask: number, out: Int32Array): void {
  const w0 = info.lower[i];
  const s0 = info.shortShape[i];
  tagFeatures(t1, t2, mask, out);
  out[2] = mix3(102, t1, w0) & mask;
  out[3] = mix3(103, t1, s0) & mask;
  out[4] = mix3(104, t1, i > from ? info.lower[i - 1] : BOS) & mask;
  out[5] = mix3(105, remembered, s0) & mask;
}

/** The history features that read only the two previous tags (`out[0]`, `out[1]`). */
function tagFeatures(t1: number, t2: number, mask: number, out: Int32Array): void {
  out[0] = mix3(100, t1, 0) & mask;
  out[1] = mix3(101, t1, t2) & mask;
}

/** Remembers what each capitalised word of sentence `[from, to)` was tagged as, for later sentences. */
function remember(info: TokenInfo, from: number, to: number): void {
  const { flags, word, tags, memory } = info;
  for (let i = from; i < to; i++) if (flags[i] & 3) memory[word[i]] = ((tags[i] + 1) >> 1) + 1;
}

// ---------------------------------------------------------------------------------------------
// decoding

/** A weight table: `C` weights per bucket. Float while training, int8 codes when shipped. */
export type Weights = Float32Array | Float64Array | Int8Array;

/** Whether tag `t` may follow tag `prev` in BIO2. */
function allowed(prev: number, t: number): boolean {
  if (t === 0 || (t & 1) === 1) return true; // O or B-*
  return prev === t || prev === t - 1; // I-X after B-X or I-X
}

const scratch = { info: new TokenInfo(), stat: new Int32Array(64 * STATIC_FEATURES), hist: new Int32Array(HISTORY_FEATURES), scores: new Float64Array(C), iscores: new Int32Array(C), lanes: new Float64Array(5) };

/**
 * Greedy decode of one sentence (training and evaluation while training: float weights, or int8
 * codes with a float codebook). Writes tag ids to `info.tags[from..to)`. `update` lets training
 * learn at each token against `gold` (one tag per token of the sentence).
 */
function decodeSentence(
  info: TokenInfo,
  from: number,
  to: number,
  stat: Int32Array,
  W: Weights,
  mask: number,
  codebook: Float64Array | null,
  gold: Uint8Array | null,
  update: ((feats: Int32Array, n: number, gold: number, guess: number) => void) | null,
): void {
  const K = STATIC_FEATURES;
  const H = HISTORY_FEATURES;
  const hist = scratch.hist;
  const sc = scratch.scores;
  const tags = info.tags;
  const capsLine = isCapsLine(info.flags, from, to);
  let t1 = 0;
  let t2 = 0;
  for (let i = from; i < to; i++) {
    if (t1 === 0 && capsLine === 0 && (info.flags[i] & 1) === 0) {
      // as at run time (decodePacked): no name starts on a word without a capital
      tags[i] = 0;
      t2 = t1;
      continue;
    }
    const o = (i - from) * K;
    historyFeatures(info, i, from, i > from ? t1 : 9, i > from + 1 ? t2 : 9, info.memory[info.word[i]], mask, hist);
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
    for (let c = 0; c < C; c++) {
      if (allowed(prev, c) && sc[c] > bestScore) {
        bestScore = sc[c];
        best = c;
      }
    }
    if (gold !== null && update !== null) {
      const g = gold[i - from];
      if (g !== best) update(stat.subarray(o, o + K), K, g, best), update(hist, H, g, best);
    }
    tags[i] = best;
    t2 = t1;
    t1 = best;
  }
  remember(info, from, to);
}

/**
 * The runtime weights: the nine tag weights of a bucket as integers `q + R` (`q` in `-R..R`, steps
 * of `max / R`), packed two to a float64 in 26-bit lanes (five floats per bucket), so one load and
 * one add accumulate two tags. The lanes of all the features of a token sum below 2^26 (no carry
 * into the next lane) and the float below 2^52 (exact), so the scores come out exactly as integer
 * sums; with R near 670,000 they are the mu-law weights to within 0.01.
 */
const LANE = 1 << 26;
/** Features summed per token. */
const FEATURES = STATIC_FEATURES + HISTORY_FEATURES;
/** Largest integer weight: FEATURES weights of at most 2R fit one lane. */
const R = Math.floor((LANE - 1) / (2 * FEATURES));

/**
 * The packed weights of every bucket, stored as indices into the few packed values that occur.
 * The weights come from 255 mu-law codes, so the packed floats of a bucket take only a few thousand
 * distinct values per lane: each bucket keeps four 16-bit indices (the pairs of tags 0-1, 2-3 and
 * 4-5, and the triple 6-7-8, whose two floats share one index) in a table of 1 MB instead of five
 * floats in one of 5 MB. The tagger's loads are random reads into that table, one per feature; in
 * the pipeline, where the other stages push it out of the caches between documents, a smaller table
 * is read faster. The floats summed, and their order, are unchanged.
 */
interface LaneWeights {
  /** Four indices per bucket: into `ab`, `cd`, `ef`, and into both `gh` and `i`. */
  readonly index: Uint16Array | Uint32Array;
  readonly ab: Float64Array;
  readonly cd: Float64Array;
  readonly ef: Float64Array;
  readonly gh: Float64Array;
  readonly i: Float64Array;
}

/** Indices per bucket in `LaneWeights.index`. */
const LANES = 4;

/**
 * The static features that read only the token itself (its word, cased form, shapes, affixes,
 * gazetteer code, document casing) and its place (sentence start, line of capitals); the others
 * (`NEIGHBOUR_FEATURES`) read the tokens around it. The weights of the first are the same wherever
 * the same word stands in the same place, so `OwnSums` sums them once and keeps the sums.
 */
const OWN_FEATURES = Int32Array.of(0, 1, 6, 9, 10, 16, 17, 18, 19, 20, 21, 22, 23, 30, 31, 34, 35, 41, 42, 43);
const NEIGHBOUR_FEATURES = Int32Array.from({ length: STATIC_FEATURES }, (_, k) => k).filter((k) => !OWN_FEATURES.includes(k));

/** The bucket of static feature `k` of the token whose `featurePairs` were just made: `mix3(k, A[k], B[k]) & mask`. */
function staticBucket(k: number, mask: number): number {
  let h = Math.imul(SEEDS[k] ^ PAIR_A[k], 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ PAIR_B[k], 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}

/**
 * Adds the weights of features `features` to the five lane sums `out[o..o + 5)`: static features of
 * the token whose `featurePairs` were just made when `buckets` is null (hashed here, not written out
 * first), else the features whose buckets `buckets` holds. The lane sums are whole numbers below
 * 2^52 (see `LANE`), so they come out the same in whatever order the features are added.
 */
function addFeatures(features: Int32Array, buckets: Int32Array | null, W: LaneWeights, mask: number, out: Float64Array, o: number): void {
  const { index, ab, cd, ef, gh } = W;
  const lastTag = W.i;
  let a = out[o];
  let b = out[o + 1];
  let c = out[o + 2];
  let d = out[o + 3];
  let e = out[o + 4];
  for (let f = 0; f < features.length; f++) {
    const k = features[f];
    const x = (buckets === null ? staticBucket(k, mask) : buckets[k]) * LANES;
    a += ab[index[x]];
    b += cd[index[x + 1]];
    c += ef[index[x + 2]];
    const y = index[x + 3];
    d += gh[y];
    e += lastTag[y];
  }
  out[o] = a;
  out[o + 1] = b;
  out[o + 2] = c;
  out[o + 3] = d;
  out[o + 4] = e;
}

/** The history features of the two previous tags alone (see `tagFeatures`), and the others (which read the word too). */
const TAG_HISTORY = Int32Array.of(0, 1);
const WORD_HISTORY = Int32Array.of(2, 3, 4, 5);

/**
 * The lane sums of the two history features that read only the previous two tags (`tagFeatures`), for each pair of
 * tags (0-8, and 9 before the sentence's start) at `(t1 * 10 + t2) * 5`: made once at load, they spare a token two
 * random reads of the weight table.
 */
function tagPairSums(W: LaneWeights, mask: number): Float64Array {
  const sums = new Float64Array(100 * 5);
  const buckets = new Int32Array(HISTORY_FEATURES);
  for (let t1 = 0; t1 < 10; t1++) {
    for (let t2 = 0; t2 < 10; t2++) {
      tagFeatures(t1, t2, mask, buckets);
      addFeatures(TAG_HISTORY, buckets, W, mask, sums, (t1 * 10 + t2) * 5);
    }
  }
  return sums;
}

/** Ints per entry of `OwnSums.keys`: the place, then the thirteen word attributes the own features read (padded to a cache line). */
const OWN_KEY = 16;
/** Floats per entry of `OwnSums.sums`: the five lane sums (padded to a cache line). */
const OWN_SUM = 8;

/**
 * The lane sums of the `OWN_FEATURES` of each word in each place, kept across tokens and documents
 * in a table of fixed size (a slot per hash of the word and place; a new word takes the slot over).
 * A story's capitalised words are mostly words tagged before (`Reuters`, `U.S.`, `Japan`, `The`),
 * so a scored token usually reads one entry instead of hashing and reading 20 of its 44 features.
 * An entry is used only when every input of those features is the token's own (its attributes,
 * gazetteer code and document casing, its place), so what it holds is what the features would sum:
 * the tags do not depend on which stories ran before, and the table holds no text. It serves the one
 * model `model()` loads.
 */
class OwnSums {
  static readonly SLOTS = 4096;
  /** Per slot: place + 1 (0: empty), lower, cased, short shape, long shape, four prefixes, four suffixes, document casing. */
  readonly keys = new Int32Array(OwnSums.SLOTS * OWN_KEY);
  readonly sums = new Float64Array(OwnSums.SLOTS * OWN_SUM);

  /**
   * The offset in `sums` of the own-feature sums of token `i` in place `ctx`, summed and kept first
   * if the table does not hold them. `featurePairs` of the token must have been made.
   */
  at(info: TokenInfo, i: number, ctx: number, W: LaneWeights, mask: number): number {
    const { keys, sums } = this;
    const p = i * 4;
    const { pre, suf } = info;
    const lower = info.lower[i];
    const cased = info.cased[i];
    const slot = mix(cased, ctx) & (OwnSums.SLOTS - 1);
    const k = slot * OWN_KEY;
    const o = slot * OWN_SUM;
    if (
      keys[k] === ctx + 1 &&
      keys[k + 1] === lower &&
      keys[k + 2] === cased &&
      keys[k + 3] === info.shortShape[i] &&
      keys[k + 4] === info.longShape[i] &&
      keys[k + 5] === pre[p] &&
      keys[k + 6] === pre[p + 1] &&
      keys[k + 7] === pre[p + 2] &&
      keys[k + 8] === pre[p + 3] &&
      keys[k + 9] === suf[p] &&
      keys[k + 10] === suf[p + 1] &&
      keys[k + 11] === suf[p + 2] &&
      keys[k + 12] === suf[p + 3] &&
      keys[k + 13] === info.docCase[i]
    ) {
      return o;
    }
    keys[k] = ctx + 1;
    keys[k + 1] = lower;
    keys[k + 2] = cased;
    keys[k + 3] = info.shortShape[i];
    keys[k + 4] = info.longShape[i];
    keys[k + 5] = pre[p];
    keys[k + 6] = pre[p + 1];
    keys[k + 7] = pre[p + 2];
    keys[k + 8] = pre[p + 3];
    keys[k + 9] = suf[p];
    keys[k + 10] = suf[p + 1];
    keys[k + 11] = suf[p + 2];
    keys[k + 12] = suf[p + 3];
    keys[k + 13] = info.docCase[i];
    sums.fill(0, o, o + 5);
    addFeatures(OWN_FEATURES, null, W, mask, sums, o);
    return o;
  }
}

const ownSums = new OwnSums();

/**
 * Words that no name in a line of capitals holds (`TUNISIA TO BREAK TIES WITH IRAN`, `GREECE ACCUSES
 * TURKEY`, which the model, trained on few headlines of that kind, reads as one place): prepositions,
 * auxiliaries and the verbs of news headlines. As word keys.
 */
const NO_NAME_WORDS: ReadonlySet<number> = new Set(
  [
    'to', 'with', 'will', 'from', 'in', 'on', 'at', 'for', 'by', 'says', 'said', 'say', 'is', 'are', 'was', 'were', 'be', 'has', 'have',
    'had', 'would', 'could', 'may', 'might', 'can', 'after', 'over', 'against', 'as', 'not', 'into', 'than', 'its', 'his', 'her', 'their',
    'accuses', 'agrees', 'asks', 'backs', 'blames', 'calls', 'condemns', 'cuts', 'denies', 'expels', 'holds', 'meets', 'offers', 'plans',
    'rejects', 'seeks', 'signs', 'threatens', 'urges', 'visits', 'warns', 'welcomes', 'likely', 'expected',
  ].map(wordKey),
);

/**
 * The runtime decode of one sentence over packed weights: five float accumulators, unpacked into
 * nine integer tag scores per token. Writes tags and margins (in weight units) to `info`.
 */
function decodePacked(info: TokenInfo, from: number, to: number, W: LaneWeights, tagPairs: Float64Array, unit: number, mask: number): void {
  const hist = scratch.hist;
  const sc = scratch.iscores;
  const acc = scratch.lanes;
  const sums = ownSums.sums;
  const { tags, margins, memory, lower, word, flags } = info;
  const off = FEATURES * R;
  const capsLine = isCapsLine(flags, from, to);
  let t1 = 0;
  let t2 = 0;
  for (let i = from; i < to; i++) {
    if (t1 === 0 && capsLine === 0 && (flags[i] & 1) === 0) {
      // A name never starts on a word without a capital (outside all-caps lines): O, unscored.
      tags[i] = 0;
      margins[i] = 0;
      t2 = t1;
      continue;
    }
    if (capsLine === 1 && NO_NAME_WORDS.has(lower[i])) {
      // nor holds a preposition or an auxiliary of a line of capitals: O, unscored, and the next word starts afresh
      tags[i] = 0;
      margins[i] = 0;
      t2 = t1;
      t1 = 0;
      continue;
    }
    // the static features hashed and summed without writing the buckets out: those of the token
    // alone from the kept sums, those of its neighbours here (the buckets of `tokenFeatures`, what
    // training reads)
    featurePairs(info, i, from, to, capsLine);
    const own = ownSums.at(info, i, (i === from ? 1 : 0) | (capsLine << 1), W, mask);
    const before1 = i > from ? t1 : 9;
    const before2 = i > from + 1 ? t2 : 9;
    // and the history features: those of the two previous tags alone from the table made at load
    const pair = (before1 * 10 + before2) * 5;
    acc[0] = sums[own] + tagPairs[pair];
    acc[1] = sums[own + 1] + tagPairs[pair + 1];
    acc[2] = sums[own + 2] + tagPairs[pair + 2];
    acc[3] = sums[own + 3] + tagPairs[pair + 3];
    acc[4] = sums[own + 4] + tagPairs[pair + 4];
    addFeatures(NEIGHBOUR_FEATURES, null, W, mask, acc, 0);
    historyFeatures(info, i, from, before1, before2, memory[word[i]], mask, hist);
    addFeatures(WORD_HISTORY, hist, W, mask, acc, 0);
    const a = acc[0];
    const b = acc[1];
    const c = acc[2];
    const d = acc[3];
    const e = acc[4];
    let l = a % LANE;
    sc[0] = l - off;
    sc[1] = (a - l) / LANE - off;
    l = b % LANE;
    sc[2] = l - off;
    sc[3] = (b - l) / LANE - off;
    l = c % LANE;
    sc[4] = l - off;
    sc[5] = (c - l) / LANE - off;
    l = d % LANE;
    sc[6] = l - off;
    sc[7] = (d - l) / LANE - off;
    sc[8] = e - off;
    // BIO2: I-X only after B-X or I-X
    const prev = i > from ? t1 : 0;
    let best = 0;
    let bestScore = sc[0];
    let second = -0x7fffffff;
    for (let t = 1; t < C; t++) {
      if ((t & 1) === 0 && prev !== t && prev !== t - 1) continue;
      const v = sc[t];
      if (v > bestScore) {
        second = bestScore;
        bestScore = v;
        best = t;
      } else if (v > second) second = v;
    }
    tags[i] = best;
    margins[i] = (bestScore - second) * unit;
    t2 = t1;
    t1 = best;
  }
  remember(info, from, to);
}

// ---------------------------------------------------------------------------------------------
// the shipped model

interface Model {
  readonly bits: number;
  readonly mask: number;
  /** The packed weights of each bucket (see `decodePacked`). */
  readonly weights: LaneWeights;
  /** The lane sums of the features of the two previous tags (see `tagPairSums`). */
  readonly tagPairs: Float64Array;
  /** Weight of one integer step. */
  readonly unit: number;
  readonly gaz: GazTable;
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

/** How the tagger's training copy (CoNLL-2003, Reuters) wrote a word: as a plain word, as a name, or not at all. */
export interface TrainingUse {
  /** The training copy has the word. */
  readonly seen: boolean;
  /** At least 30% of its uses are outside names. */
  readonly plain: boolean;
  /** Every use (all but under 30%) is inside names. */
  readonly nameOnly: boolean;
  /** At least 30% of its uses are inside a person's name. */
  readonly person: boolean;
  /** Its name uses are bodies' names only ("petroleum", "fisheries"). */
  readonly bodyOnly: boolean;
  /** Used five times or more. */
  readonly often: boolean;
}

/** How the training copy wrote `word` (any case), read from the shipped gazetteer's code (type mask: bit 0 outside names, then PER, ORG, LOC, MISC). */
export function trainingUse(word: string): TrainingUse {
  const code = model().gaz.get(wordKey(word));
  return {
    seen: code !== 0,
    plain: (code & 1) !== 0,
    nameOnly: (code & 0b11110) !== 0 && (code & 1) === 0,
    person: (code & 0b10) !== 0,
    bodyOnly: (code & 0b11110) === 0b100,
    often: code >> 5 === 3,
  };
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
  // mu-law codes -> weights -> linear integers in -R..R, packed two tags to a float64
  const weight = muCodebook(max);
  const unit = max > 0 ? max / R : 1;
  const lanes = new LaneTables(1 << bits);
  const q = new Int32Array(C);
  /** The mu-law code of each tag's weight, plus 128 (128: no weight). */
  const codes = new Uint8Array(C);
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
    q.fill(0);
    codes.fill(128);
    for (let c = 0; c < C; c++) {
      if (!(m & (1 << c))) continue;
      codes[c] = ((bytes[p++] << 24) >> 24) + 128;
      q[c] = Math.round(weight[codes[c]] / unit);
    }
    lanes.set(b, q, codes);
  }
  const gaz = new Map<number, number>();
  for (let g = 0; g < gazSize; g++, p += 5) gaz.set(view.getUint32(p, true) | 0, bytes[p + 4]);
  const weights = lanes.weights();
  const mask = (1 << bits) - 1;
  return { bits, mask, weights, tagPairs: tagPairSums(weights, mask), unit, gaz: new GazTable(gaz) };
}

/**
 * Builds `LaneWeights` bucket by bucket. A tag's integer weight is a function of its mu-law code, so
 * the packed values of a lane are told apart by the codes: each pair of codes met gets the next index
 * of its lane (a table of 256 x 256), and the last lane by its pair and the ninth tag's code.
 */
class LaneTables {
  private readonly index: Uint32Array;
  /** For the pairs of tags 0-1, 2-3, 4-5 and 6-7: the index of each pair of codes met, by `code * 256 + code`, -1 if none. */
  private readonly pairs = [new Int32Array(0x10000).fill(-1), new Int32Array(0x10000).fill(-1), new Int32Array(0x10000).fill(-1), new Int32Array(0x10000).fill(-1)];
  /** Pairs of codes of tags 6-7 met so far. */
  private ghPairs = 0;
  /** The last lane's index by (index of the pair of tags 6-7) * 256 + code of tag 8. */
  private readonly last = new Map<number, number>();
  private readonly ab: number[] = [];
  private readonly cd: number[] = [];
  private readonly ef: number[] = [];
  private readonly gh: number[] = [];
  private readonly i: number[] = [];

  constructor(buckets: number) {
    this.index = new Uint32Array(buckets * LANES);
    // every bucket starts as all-zero weights
    this.set(0, new Int32Array(C), new Uint8Array(C).fill(128));
    const index = this.index;
    for (let x = LANES; x < index.length; x += LANES) {
      index[x] = index[0];
      index[x + 1] = index[1];
      index[x + 2] = index[2];
      index[x + 3] = index[3];
    }
  }

  /** Sets bucket `b` to the integer weights `q` (one per tag, in -R..R) of the codes `codes` (plus 128). */
  set(b: number, q: Int32Array, codes: Uint8Array): void {
    const x = b * LANES;
    this.index[x] = this.pairIndex(0, codes[0] * 256 + codes[1], this.ab, q[0] + R + (q[1] + R) * LANE);
    this.index[x + 1] = this.pairIndex(1, codes[2] * 256 + codes[3], this.cd, q[2] + R + (q[3] + R) * LANE);
    this.index[x + 2] = this.pairIndex(2, codes[4] * 256 + codes[5], this.ef, q[4] + R + (q[5] + R) * LANE);
    const pair = this.pairs[3];
    const gh = codes[6] * 256 + codes[7];
    if (pair[gh] < 0) pair[gh] = this.ghPairs++;
    const key = pair[gh] * 256 + codes[8];
    let y = this.last.get(key);
    if (y === undefined) {
      y = this.gh.length;
      this.last.set(key, y);
      this.gh.push(q[6] + R + (q[7] + R) * LANE);
      this.i.push(q[8] + R);
    }
    this.index[x + 3] = y;
  }

  /** The index of a pair of codes in lane `lane`, its packed value appended to `values` when first met. */
  private pairIndex(lane: number, codes: number, values: number[], value: number): number {
    const seen = this.pairs[lane];
    if (seen[codes] < 0) {
      seen[codes] = values.length;
      values.push(value);
    }
    return seen[codes];
  }

  weights(): LaneWeights {
    const wide = Math.max(this.ab.length, this.cd.length, this.ef.length, this.gh.length) > 0x10000;
    return {
      index: wide ? this.index : new Uint16Array(this.index),
      ab: Float64Array.from(this.ab),
      cd: Float64Array.from(this.cd),
      ef: Float64Array.from(this.ef),
      gh: Float64Array.from(this.gh),
      i: Float64Array.from(this.i),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// public API

/** Tags every sentence of the document prepared in `info`; tags and margins land in `info`. */
function tagPrepared(info: TokenInfo, m: Model): void {
  for (let s = 0; s < info.sentences; s++) {
    const from = info.bounds[s];
    const to = info.bounds[s + 1];
    decodePacked(info, from, to, m.weights, m.tagPairs, m.unit, m.mask);
  }
}

/**
 * Tags a document given as sentences of token strings (one document: casing evidence is shared
 * across its sentences). Returns BIO2 tags per sentence.
 */
export function tagSentences(sentences: readonly (readonly string[])[]): Tag[][] {
  const m = model();
  const info = scratch.info;
  prepareDocument(info, sentences, m.gaz);
  tagPrepared(info, m);
  const out: Tag[][] = [];
  for (let s = 0; s < info.sentences; s++) {
    const tags: Tag[] = [];
    for (let i = info.bounds[s]; i < info.bounds[s + 1]; i++) tags.push(TAGS[info.tags[i]]);
    out.push(tags);
  }
  return out;
}

/** BIO2 tags for a token sequence (split into sentences internally; treated as one document). */
export function tagTokens(tokens: readonly string[]): string[] {
  const m = model();
  const info = scratch.info;
  const n = tokens.length;
  info.ensure(n);
  info.size = n;
  info.sentences = 0;
  for (let i = 0; i < n; i++) fillToken(info, i, tokens[i]);
  splitRun(info, tokens.map((text) => ({ text })), 0, n, 0, null);
  info.bounds[info.sentences] = n;
  documentContext(info, m.gaz);
  tagPrepared(info, m);
  return Array.from(info.tags.subarray(0, n), (t) => TAGS[t]);
}

// ---------------------------------------------------------------------------------------------
// the archive's capital after "U.S."

/**
 * In the 1987 archive copy the word after a letter-period abbreviation is capitalised whatever it
 * is (`Britain, Canada, France, Japan, the U.S. And West Germany`, `U.S. Officials said`,
 * `the U.S. Saw no reason`): the copy was once run through a sentence-case pass that took the
 * period for a sentence end. Read as written, the tagger makes one name of `U.S. And West Germany`.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'than',
  'that', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do', 'not', 'also', 'said', 'says', 'saw', 'sees', 'see',
]);

/** How the document's words are written in the middle of sentences (not after an abbreviation). */
interface DocumentCasing {
  readonly lower: ReadonlySet<string>;
  readonly capitalised: ReadonlySet<string>;
}

function documentCasing(runs: readonly (readonly Token[])[]): DocumentCasing {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const run of runs) {
    for (let k = 1; k < run.length; k++) {
      const w = run[k].text;
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) lower.add(w);
      else if (c >= 65 && c <= 90 && !afterDottedAbbreviation(run, k) && !isStop(run[k - 1].text)) capitalised.add(w.toLowerCase());
    }
  }
  return { lower, capitalised };
}

/** Whether token `k` (k > 0) follows `U.S.`, `U.K.`, `U.N.`. */
function afterDottedAbbreviation(run: readonly Token[], k: number): boolean {
  const before = run[k - 1].text;
  return before.length >= 4 && before.charCodeAt(before.length - 1) === 46 && before.charCodeAt(1) === 46;
}

/**
 * The form the tagger reads of token `k`, after `U.S.`: a capitalised function word, or a word the
 * document writes only in lower case elsewhere or a plural (`officials`, `warships`) that opens no longer
 * name (`the U.S. Department of Transportation`, `U.S. Trade Representative Clayton Yeutter`), is
 * read in lower case; `U.S. Navy`, `U.S. Treasury` keep their capital.
 */
function archiveCase(run: readonly Token[], k: number, casing: DocumentCasing): string {
  const w = run[k].text;
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90 || w.length < 2 || !isLowerAscii(w.charCodeAt(1))) return w;
  const lower = w.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return lower;
  const next = run[k + 1]?.text ?? '';
  const opensName = next === 'of' || (next.charCodeAt(0) >= 65 && next.charCodeAt(0) <= 90);
  if (opensName || casing.capitalised.has(lower)) return w;
  // (a plural before a verb is a common noun: "U.S. Warships bombarded", "U.S. Officials said"; "U.S. Marines" is theirs either way)
  // ("blamed the end of the freeze on U.S. Refusal to join", "the U.S. Attack on Iran's oil platforms": an act or stand the country takes)
  return casing.lower.has(lower) || PLURAL.test(w) || STANCE_NOUNS.has(lower) ? lower : w;
}

/** Singular nouns of a country's acts and stands, never a name of their own after `U.S.` when no capital follows them. */
const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'refusal', 'rejection', 'opposition', 'complaint', 'criticism', 'concern', 'pressure', 'demand', 'request', 'proposal', 'offer',
  'pledge', 'commitment', 'insistence', 'threat', 'warning', 'retaliation', 'attack', 'intervention', 'action', 'decision', 'move',
]);

/** A plural noun's ending (not `Congress`, `Airbus`, `Paris`). */
const PLURAL = /[^su]s$/;

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Fills `info` with a document given as runs of tokens (each run split further into sentences). */
function prepareRuns(info: TokenInfo, text: string, runs: readonly (readonly Token[])[], gaz: GazTable): void {
  let n = 0;
  for (let r = 0; r < runs.length; r++) n += runs[r].length;
  info.ensure(n);
  info.size = n;
  info.sentences = 0;
  let i = 0;
  let casing: DocumentCasing | null = null;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    for (let k = 0; k < run.length; k++) fillToken(info, i + k, k > 0 && afterDottedAbbreviation(run, k) ? archiveCase(run, k, casing ??= documentCasing(runs)) : run[k].text);
    splitRun(info, run, 0, run.length, i, text);
    i += run.length;
  }
  info.bounds[info.sentences] = n;
  documentContext(info, gaz);
}

/** Name spans of tokens `[base, base + tokens.length)` of the tagged document in `info`. */
function spansOf(info: TokenInfo, tokens: readonly Token[], base: number): NameSpan[] {
  const spans: NameSpan[] = [];
  const { tags, margins } = info;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tags[base + i];
    if (t === 0 || (t & 1) === 0) continue;
    let j = i + 1;
    while (j < n && tags[base + j] === t + 1) j++;
    let sum = 0;
    for (let x = i; x < j; x++) sum += margins[base + x];
    const margin = sum / (j - i);
    spans.push({
      start: tokens[i].start,
      end: tokens[j - 1].end,
      type: TYPE_OF_TAG[t] as NameType,
      score: Math.round((1 - Math.exp(-margin / 4)) * 1000) / 1000,
    });
    i = j - 1;
  }
  return spans;
}

/**
 * Names in `text`, given its tokens (one sentence, a heading, or a whole text); spans cover whole
 * tokens. The tokens are split into sentences at . ? ! before a capital and at line breaks, and
 * tagged as one document.
 */
export function findNames(text: string, tokens: readonly Token[]): NameSpan[] {
  const m = model();
  const info = scratch.info;
  prepareRuns(info, text, [tokens], m.gaz);
  tagPrepared(info, m);
  return spansOf(info, tokens, 0);
}

/**
 * Names in every sentence of one document, in one call: `sentences[s]` are the tokens of sentence
 * (or heading) `s`, best in text order (headline first). The whole article is one document for
 * the document-level features (how each word is cased elsewhere, what it was tagged as earlier),
 * which `findNames` per sentence cannot see. Returns the spans of each sentence, in order.
 */
export function findNamesInDocument(text: string, sentences: readonly (readonly Token[])[]): NameSpan[][] {
  const m = model();
  const info = scratch.info;
  prepareRuns(info, text, sentences, m.gaz);
  tagPrepared(info, m);
  const out: NameSpan[][] = [];
  let base = 0;
  for (let s = 0; s < sentences.length; s++) {
    out.push(spansOf(info, sentences[s], base));
    base += sentences[s].length;
  }
  return out;
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
  compileGazetteer: (gaz: Gazetteer): GazTable => new GazTable(gaz),
};
