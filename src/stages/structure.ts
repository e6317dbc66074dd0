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
  // (read of the whole text only when a sentence's end after "U.S." is in question, as in few stories)
  let capitalised: boolean | undefined;
  const capitalAfterUS = () => (capitalised ??= capitalisesAfterUS(text));
  paragraphs.forEach((p, index) => {
    if (p.role !== 'body') return;
    const start = dateline && dateline.start >= p.start && dateline.end <= p.end ? skipSpace(text, dateline.end, p.end) : p.start;
    for (const s of splitSentences(text, start, p.end, capitalAfterUS)) sentences.push({ kind: 'sentence', paragraph: index, ...s });
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
 * At least half the lines of wrap width and not ending a sentence: copy wrapped at a fixed width. A line that ends in an initialism
 * ("asked their U.S.") ends no sentence by that, and blank lines after the last are no lines of the copy. The last line ends its
 * paragraph whatever its width, and a headline in capitals on the first is no line of the copy: neither is counted, so that one
 * wrapped paragraph under its headline ("WORLD BANK LOANS INDIA 929 MLN DLRS" and three lines of body) is read as one paragraph,
 * not one per line.
 */
function hardWrapped(text: string): boolean {
  const lines = text.trimEnd().split('\n');
  const body = lines.slice(CAPITALS_LINE.test(lines[0]) ? 1 : 0, -1);
  if (body.length === 0) return false;
  const wrapped = body.filter((l) => wrapWidth(l.length) && (!/[.!?"”]$/.test(l.trim()) || INITIALISM_END.test(l.trim()))).length;
  return wrapped / body.length >= 0.5;
}

/** A line with capitals and no lower-case letter: a headline. */
const CAPITALS_LINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

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

/**
 * Sentence spans of text[start, end). `capitalAfterUS`: the copy writes the word after "U.S." with a capital wherever it stands (the
 * 1987 archive's style: "U.S. Officials", "exports to the U.S. Rose"), so that a word opening a sentence after it tells less.
 */
export function splitSentences(text: string, start: number, end: number, capitalAfterUS: () => boolean = () => false): Span[] {
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
    if (ch === '.' && j === i + 1 && !endsSentence(text, sentenceStart, i, k, end, capitalAfterUS)) continue;
    pushTrimmed(text, sentenceStart, j, spans);
    sentenceStart = k;
    i = k - 1;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

/** Whether the period at `dot` ends a sentence, judging the word before it and the word after. */
function endsSentence(text: string, from: number, dot: number, next: number, end: number, capitalAfterUS: () => boolean): boolean {
  let w = dot;
  while (w > from && /[\p{L}.’'-]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, Math.min(end, next + 20)))?.[0] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kerry"
  // ("visits the U.S. On April 19", "convince the U.S. That a pact is working", "with the U.S. But with other countries": in copy that
  // capitalises the word after "U.S." a preposition or conjunction there goes on with the sentence; a pronoun or an article opens one)
  if (word === 'U.S' && SENTENCE_STARTERS.has(nextWord) && capitalAfterUS()) return CLAUSE_OPENERS.has(nextWord);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord); // "U.S", "U.N"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

/** Words that open a sentence after "U.S." even where the copy capitalises every word there: pronouns, articles, "There". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'These', 'Those', 'A', 'His', 'Her', 'Their', 'Its', 'Our', 'There', 'Meanwhile', 'However', 'According', 'You']);

/**
 * Whether the copy writes the word after "U.S." with a capital wherever it stands: a word so written is one the text writes in
 * lower case elsewhere ("U.S. Officials" and "officials"), or one that never opens a sentence ("U.S. And", "the U.S. Is").
 */
function capitalisesAfterUS(text: string): boolean {
  for (const m of text.matchAll(AFTER_US)) {
    const word = m[1];
    if (NEVER_OPENING.has(word)) return true;
    if (!SENTENCE_STARTERS.has(word) && !US_INSTITUTIONS.has(word) && text.includes(` ${word.toLowerCase()} `)) return true;
  }
  return false;
}
/** A capitalised word right after "U.S." and a space. */
const AFTER_US = /\bU\.S\. (\p{Lu}\p{Ll}+)\b/gu;
/** Names of American bodies any copy writes with a capital after "U.S." ("U.S. Army", "U.S. Senate"). */
const US_INSTITUTIONS: ReadonlySet<string> = new Set(['Army', 'Navy', 'Air', 'Marine', 'Marines', 'Senate', 'House', 'Congress', 'Treasury', 'Embassy', 'Court', 'Supreme', 'Department', 'State', 'Coast', 'Federal', 'Central', 'Justice', 'Agency', 'Attorney', 'District', 'Census', 'Postal', 'Forces']);
/** Words that go on with a sentence, never open one. */
const NEVER_OPENING: ReadonlySet<string> = new Set(['And', 'Or', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Will', 'Would', 'To', 'Of', 'For', 'By', 'With', 'From', 'Than']);

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  return from;
}
