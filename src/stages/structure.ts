/**
 * Structure stage: headline, sub-headings, paragraphs and sentences.
 *
 * Paragraphs are separated by blank lines, or by indented lines in hard-wrapped copy (the 1987
 * Reuters style). Sub-headings are the short un-punctuated lines TASS puts between paragraphs.
 * Sentences survive "Gen.", "U.S.", "Lt. Col.", initials, decimals and quotes.
 */
import type { Dateline, Message, Paragraph, Sentence, Span } from '../model.js';
import { ABBREVIATIONS, SENTENCE_STARTERS } from '../lexicon/abbreviations.js';
import { wrapWidth } from '../line-wrap.js';

export interface StructureLayer {
  readonly headline: Span | null;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly messages: readonly Message[];
}

export function splitStructure(text: string, dateline: Dateline | null, headline: Span | null): StructureLayer {
  const blocks = splitParagraphs(text);
  // A headline the dateline stage found on its own line, inside the first block of hard-wrapped
  // copy ("EASTMAN KODAK SETS CHEMICAL VENTURE\nSAN FRANCISCO, March 16 - ..."), is a block of its own.
  if (headline && blocks.length && blocks[0].start <= headline.start && blocks[0].end > headline.end + 1) {
    const first = blocks.shift()!;
    let next = headline.end;
    while (next < first.end && /\s/.test(text[next])) next++;
    blocks.unshift({ start: first.start, end: headline.end }, { start: next, end: first.end });
  }
  const paragraphs: Paragraph[] = [];
  let headlineSpan: Span | null = null;
  const bodyStart = dateline ? dateline.start : 0;
  let afterBody = false; // a body paragraph came before this block
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.end <= bodyStart && dateline) {
      const role = headline && !headlineSpan ? 'headline' : 'heading';
      if (role === 'headline') headlineSpan = block;
      paragraphs.push({ kind: 'paragraph', role, ...block });
      continue;
    }
    const isFirst = paragraphs.length === 0;
    if (isFirst && !dateline && blocks.length > 1 && looksLikeHeading(text, block, true)) {
      headlineSpan = block;
      paragraphs.push({ kind: 'paragraph', role: 'headline', ...block });
      continue;
    }
    const role = afterBody && i < blocks.length - 1 && looksLikeHeading(text, block, false) ? 'heading' : 'body';
    paragraphs.push({ kind: 'paragraph', role, ...block });
    if (role === 'body') afterBody = true;
  }

  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    if (p.role !== 'body') return;
    const start = dateline && dateline.start >= p.start && dateline.end <= p.end ? skipSpace(text, dateline.end, p.end) : p.start;
    for (const s of splitSentences(text, start, p.end)) sentences.push({ kind: 'sentence', paragraph: index, ...s });
  });
  return { headline: headlineSpan, paragraphs, sentences, messages: [] };
}

/** Paragraph spans: blank-line separated, or indented-line separated when there are no blank lines. */
export function splitParagraphs(text: string): Span[] {
  const breaker = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n(?=[ \t]+\S)\s*/.test(text) ? /\n(?=[ \t]+\S)\s*/g : hardWrapped(text) ? null : /\n\s*/g;
  const spans: Span[] = [];
  let start = 0;
  if (breaker) {
    for (const m of text.matchAll(breaker)) {
      pushTrimmed(text, start, m.index, spans);
      start = m.index + m[0].length;
    }
  }
  // In hard-wrapped copy with a headline, the first line is still its own block.
  pushTrimmed(text, start, text.length, spans);
  if (!breaker && spans.length === 1) return splitFirstLineIfHeadline(text, spans[0]);
  return spans;
}

function splitFirstLineIfHeadline(text: string, span: Span): Span[] {
  const nl = text.indexOf('\n', span.start);
  if (nl === -1 || nl >= span.end) return [span];
  const first = { start: span.start, end: nl };
  return looksLikeHeading(text, first, true) ? [first, { start: skipSpace(text, nl, span.end), end: span.end }] : [span];
}

/**
 * Most lines 40..90 characters and not ending a sentence: copy wrapped at a fixed width. A line that ends in an initialism
 * ("asked their U.S.") ends no sentence by that, and blank lines after the last are no lines of the copy. The last line is not
 * counted: a paragraph's last line ends its sentence however it was wrapped, and in a short excerpt (a headline and one wrapped
 * paragraph of three lines) counting it read the copy one paragraph per line, cutting a sentence at each wrap ("signed an
 * agreement with" / "Hungary on car exports").
 */
function hardWrapped(text: string): boolean {
  const lines = text.trimEnd().split('\n').slice(0, -1);
  if (lines.length < 3) return false;
  const wrapped = lines.filter((l) => wrapWidth(l.length) && (!/[.!?"”]$/.test(l.trim()) || INITIALISM_END.test(l.trim()))).length;
  return wrapped / lines.length > 0.5;
}

/** A line's last word written in capitals with points ("U.S.", "U.N."). */
const INITIALISM_END = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** A short line with no sentence-final punctuation, starting with a capital. */
function looksLikeHeading(text: string, span: Span, headline: boolean): boolean {
  const line = text.slice(span.start, span.end);
  if (line.includes('\n')) return false;
  const words = line.split(/\s+/).length;
  if (words > (headline ? 25 : 16) || line.length > (headline ? 200 : 120)) return false;
  if (/[.!?:;,"”'’]$/.test(line)) return false;
  return /^[\p{Lu}\d"“]/u.test(line);
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** Sentence spans inside [start, end). */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < end && CLOSERS.has(text[j])) j++;
    if (j >= end) break;
    if (!/\s/.test(text[j])) continue; // "3.5", "U.S.-China"
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) break;
    const next = text[k];
    if (!/[\p{Lu}\d"“‘'(]/u.test(next)) continue;
    if (ch === '.' && j === i + 1 && !endsSentence(text, sentenceStart, i, k, end)) continue;
    pushTrimmed(text, sentenceStart, j, spans);
    sentenceStart = k;
    i = k - 1;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

/** Whether the period at `dot` ends a sentence, judging the word before it and the word after. */
function endsSentence(text: string, from: number, dot: number, next: number, end: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.’'-]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, Math.min(end, next + 20)))?.[0] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kerry"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord); // "U.S", "U.N"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  return from;
}
