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
  return raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/\s+$/, '');
}

/** Content hash over the text with whitespace and punctuation folded, for exact-duplicate checks. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

function isValidDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
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
  const words = sample.toLowerCase().match(latinOnly ? /[a-z\u00c0-\u024f]+/g : /\p{L}+/gu) ?? [];
  let english = 0;
  for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
  let best = 'en';
  let bestHits = english;
  for (const [language, set] of OTHER_FUNCTION_WORDS) {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    if (hits > bestHits * 2 && hits >= 3) [best, bestHits] = [language, hits];
  }
  return best;
}
