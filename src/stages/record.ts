/**
 * Record stage: turns what the caller handed over into the article text Dateline reads.
 *
 * Accepts the seed format (a leading `date YYYY-MM-DD` field before the text) and plain text;
 * normalises line ends, strips a byte-order mark and control characters, detects the language
 * and computes the content hash used for idempotent storage and duplicate checks.
 */
import * as crypto from 'node:crypto';
import type { ExtractOptions, Message } from '../model.js';
import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS, SCRIPT_LANGUAGES } from '../lexicon/languages.js';

export interface RecordLayer {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly source: string | null;
  readonly language: string;
  readonly hash: string;
  readonly messages: readonly Message[];
}

const DATE_FIELD = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * No message. This list and those below are shared by every record that has them (read only, never
 * changed); not frozen: a frozen array is a kind of its own, and the first language message read
 * from one deoptimised the loop that gathers the layers' messages in `extract`.
 */
const NO_MESSAGES: readonly Message[] = [];

function otherLanguage(language: string): Message {
  return { stage: 'record', message: `text looks like language "${language}", not English; only English is extracted`, severity: 'warning' };
}

/**
 * The message for a text in each language `detectLanguage` can answer other than English, made
 * once. Built and pushed per story, the message was a path first met long into a corpus run (the
 * first story in another language): it deoptimised `extract`, which inlines this stage, twice
 * (the code that never ran, then the first object pushed into an empty literal), each a
 * recompilation of `extract` with all it inlines. A lookup that runs for every story has neither.
 */
const LANGUAGE_NOTES: ReadonlyMap<string, readonly Message[]> = new Map(
  ['und', ...SCRIPT_LANGUAGES.map(([language]) => language), ...OTHER_FUNCTION_WORDS.map(([language]) => language)].map((language) => [language, [otherLanguage(language)]]),
);

export function readRecord(input: string, options: ExtractOptions = {}): RecordLayer {
  const messages: Message[] = [];
  let raw = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let date = options.date ?? null;

  const field = DATE_FIELD.exec(raw);
  if (field) {
    date ??= field[1];
    raw = raw.slice(field[0].length);
  }
  if (date !== null && !isValidDate(date)) {
    messages.push({ stage: 'record', message: `record date "${date}" is not a valid YYYY-MM-DD date; relative dates stay unresolved`, severity: 'warning' });
    date = null;
  }

  const text = normalise(raw);
  // (asked once: a second ask, met only with a story in another language, deoptimised `extract`, which inlines this)
  const blank = text.trim().length === 0;
  if (blank) {
    messages.push({ stage: 'record', message: 'the record has no text', severity: 'error' });
  }
  const hash = contentHash(text);
  const language = detectLanguage(text);
  const notes = blank ? NO_MESSAGES : LANGUAGE_NOTES.get(language) ?? (language === 'en' ? NO_MESSAGES : [otherLanguage(language)]);
  return { id: options.id ?? hash.slice(0, 16), text, date, source: options.source ?? null, language, hash, messages: messages.length === 0 ? notes : messages.concat(notes) };
}

/**
 * Length-preserving clean-up, so offsets stay those of the caller's text: control characters
 * (but tab and newline) and the CR of CRLF become spaces; only trailing white space is cut.
 */
export function normalise(raw: string): string {
  // trimEnd() cuts what /\s+$/ cuts without the regex retrying at every run of white space.
  return raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trimEnd();
}

/** Content hash over the text with whitespace and punctuation folded, for exact-duplicate checks. */
export function contentHash(text: string): string {
  // (an ASCII text, most wire copy, is folded straight into bytes: the same UTF-8 the string would give)
  const folded = foldedAscii(text) ?? foldSpace(text).trim();
  // The one-shot `crypto.hash` (Node 20.12 and later) skips the Hash object; same digest.
  return typeof crypto.hash === 'function' ? crypto.hash('sha256', folded, 'hex') : crypto.createHash('sha256').update(folded).digest('hex');
}

/** The bytes `foldedAscii` writes, reused from one text to the next (up to a megabyte). */
let foldedBytes = new Uint8Array(1 << 14);

/**
 * `foldSpace(text).trim()` as bytes, for a text of ASCII characters only (null for any other): each
 * run of white space one space, none at either end. No string is built.
 */
function foldedAscii(text: string): Uint8Array | null {
  const n = text.length;
  if (n > foldedBytes.length) {
    if (n > 1 << 20) return null;
    foldedBytes = new Uint8Array(Math.max(n, foldedBytes.length * 2));
  }
  const out = foldedBytes;
  let k = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 32 || (c >= 9 && c <= 13)) {
      space = true;
      continue;
    }
    if (space && k > 0) out[k++] = 32;
    space = false;
    out[k++] = c;
  }
  return out.subarray(0, k);
}

/** `text.replace(/\s+/g, ' ')` by hand: a single space between words (most of them) is kept as it is. */
function foldSpace(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) continue;
    let j = i + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (c !== 32 || j > i + 1) {
      out += text.slice(kept, i) + ' ';
      kept = j;
    }
    i = j - 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** The white space of `\s` in a regular expression. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isValidDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  // Calendar arithmetic rather than a Date round trip: this runs for every record.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/**
 * The languages each function word belongs to, so that a sample is read once with one lookup per
 * word: indices into OTHER_FUNCTION_WORDS, and ENGLISH for an English function word.
 */
const ENGLISH = -1;
const LANGUAGES_OF_WORD = new Map<string, number[]>();
/** Length of the longest function word: longer words of a sample are not looked up. */
let LONGEST_WORD = 0;
const addLanguage = (word: string, index: number): void => {
  LONGEST_WORD = Math.max(LONGEST_WORD, word.length);
  const languages = LANGUAGES_OF_WORD.get(word);
  if (languages) languages.push(index);
  else LANGUAGES_OF_WORD.set(word, [index]);
};
for (const word of ENGLISH_FUNCTION_WORDS) addLanguage(word, ENGLISH);
OTHER_FUNCTION_WORDS.forEach(([, words], index) => {
  for (const word of words) addLanguage(word, index);
});

/** FNV-1a over a word's char codes, as `latinWords` computes it while it scans. */
const FNV = 0x811c9dc5;
const step = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/**
 * The function words again, in an open-addressing table by their hash: a sample's words are looked
 * up as they are scanned, with no string sliced and hashed for each (most short words of a sample
 * are function words, so most of them were a slice and a map lookup). A slot is checked against the
 * text itself, so a shared hash never gives a wrong word.
 */
const WORD_MASK = (1 << Math.ceil(Math.log2(LANGUAGES_OF_WORD.size * 4))) - 1;
const slotHashes = new Int32Array(WORD_MASK + 1);
const slotWords: string[] = new Array<string>(WORD_MASK + 1).fill('');
const slotLanguages: (readonly number[] | null)[] = new Array<readonly number[] | null>(WORD_MASK + 1).fill(null);
for (const [word, languages] of LANGUAGES_OF_WORD) {
  let h = FNV;
  for (let k = 0; k < word.length; k++) h = step(h, word.charCodeAt(k));
  let i = (h ^ (h >>> 15)) & WORD_MASK;
  while (slotWords[i] !== '') i = (i + 1) & WORD_MASK;
  slotHashes[i] = h;
  slotWords[i] = word;
  slotLanguages[i] = languages;
}

/** The languages of the function word `text.slice(from, to)` whose hash is `h`, null if it is none. */
function languagesAt(text: string, from: number, to: number, h: number): readonly number[] | null {
  for (let i = (h ^ (h >>> 15)) & WORD_MASK; slotWords[i] !== ''; i = (i + 1) & WORD_MASK) {
    if (slotHashes[i] === h && slotWords[i].length === to - from && text.startsWith(slotWords[i], from)) return slotLanguages[i];
  }
  return null;
}

/**
 * Non-Latin scripts by their letters; Latin-script text is English unless the function words of
 * another language clearly outnumber English ones (wire copy of results and tables has few).
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 2000);
  if (!/[A-Za-z]/.test(sample) && !/[^\u0000-\u007f]/.test(sample)) return 'und';
  // Latin script only (the common case): no need to count other scripts.
  const latinOnly = !/[^\u0000-\u024f\u2000-\u206f]/.test(sample);
  const letters = latinOnly ? 1 : sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'und';
  for (const [language, script] of latinOnly ? [] : SCRIPT_LANGUAGES) {
    const count = sample.match(script)?.length ?? 0;
    if (count / letters > 0.3) return language;
  }
  let english = 0;
  const hits = new Array<number>(OTHER_FUNCTION_WORDS.length).fill(0);
  const tally = (languages: readonly number[] | null | undefined): void => {
    if (!languages) return;
    for (const l of languages) {
      if (l === ENGLISH) english++;
      else hits[l]++;
    }
  };
  const lower = sample.toLowerCase();
  if (latinOnly) latinWords(lower, LONGEST_WORD, tally);
  else for (const word of lower.match(/\p{L}+/gu) ?? []) tally(LANGUAGES_OF_WORD.get(word));
  let best = 'en';
  let bestHits = english;
  OTHER_FUNCTION_WORDS.forEach(([language], l) => {
    if (hits[l] > bestHits * 2 && hits[l] >= 3) {
      best = language;
      bestHits = hits[l];
    }
  });
  return best;
}

/**
 * The function-word languages of each word of `/[a-z\u00c0-\u024f]+/g` in lower-cased `lower`,
 * scanned by hand and hashed as it is scanned; only words of at most `longest` letters are looked up
 * (no function word is longer).
 */
function latinWords(lower: string, longest: number, visit: (languages: readonly number[] | null) => void): void {
  // (one unsigned compare for the Latin-1 and Latin Extended letters: a second compare reached only by
  // them was a site first met long into a run, and deoptimised detectLanguage)
  const isLetter = (c: number) => (c >= 97 && c <= 122) || (c - 0xc0) >>> 0 <= 0x24f - 0xc0;
  let k = 0;
  while (k < lower.length) {
    let c = lower.charCodeAt(k);
    if (!isLetter(c)) {
      k++;
      continue;
    }
    const from = k;
    let h = step(FNV, c);
    k++;
    while (k < lower.length && isLetter((c = lower.charCodeAt(k)))) {
      h = step(h, c);
      k++;
    }
    if (k - from <= longest) visit(languagesAt(lower, from, k, h));
  }
}
