/**
 * Record stage: turns what the caller handed over into the article text Dateline reads.
 *
 * Accepts the seed format (a leading `date YYYY-MM-DD` field before the text) and plain text;
 * normalises line ends, strips a byte-order mark and control characters, detects the language
 * and computes the content hash used for idempotent storage and duplicate checks.
 */
import { createHash } from 'node:crypto';
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
  if (text.trim().length === 0) {
    messages.push({ stage: 'record', message: 'the record has no text', severity: 'error' });
  }
  const hash = contentHash(text);
  const language = detectLanguage(text);
  if (language !== 'en' && text.trim().length > 0) {
    messages.push({ stage: 'record', message: `text looks like language "${language}", not English; only English is extracted`, severity: 'warning' });
  }
  return { id: options.id ?? hash.slice(0, 16), text, date, source: options.source ?? null, language, hash, messages };
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
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
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
const addLanguage = (word: string, index: number): void => {
  const languages = LANGUAGES_OF_WORD.get(word);
  if (languages) languages.push(index);
  else LANGUAGES_OF_WORD.set(word, [index]);
};
for (const word of ENGLISH_FUNCTION_WORDS) addLanguage(word, ENGLISH);
OTHER_FUNCTION_WORDS.forEach(([, words], index) => {
  for (const word of words) addLanguage(word, index);
});

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
  const words = sample.toLowerCase().match(latinOnly ? /[a-z\u00c0-\u024f]+/g : /\p{L}+/gu) ?? [];
  let english = 0;
  const hits = new Array<number>(OTHER_FUNCTION_WORDS.length).fill(0);
  for (const word of words) {
    const languages = LANGUAGES_OF_WORD.get(word);
    if (languages === undefined) continue;
    for (const l of languages) {
      if (l === ENGLISH) english++;
      else hits[l]++;
    }
  }
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
