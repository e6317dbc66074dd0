/**
 * Quotes stage: direct speech in quote marks (also running over several paragraphs), indirect
 * speech ("X said that ...", "..., X said."), mixed speech (`wished him "success in ..."`) and
 * statements of organizations. Each quote gets its speaker entity, cue verb and exact span.
 * A quote whose speaker cannot be found is kept, with a message, never dropped.
 */
import type { Mention, Message, Quote, Span } from '../model.js';
import { SOURCE_PREPOSITIONS, SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import type { CorefLayer } from './coref.js';
import type { StructureLayer } from './structure.js';

export interface QuotesLayer {
  readonly quotes: readonly Quote[];
  readonly messages: readonly Message[];
}

const CUES = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+'));
const CUE = `(?:${CUES.join('|')})`;
const ADVERB = String.raw`(?:(?:also|further|later|then|again|separately|earlier|previously|recently|repeatedly|once\s+again)\s+)?`;
/** A cue right at the start of a string, with an optional adverb: " also stressed". */
const CUE_AT_START = new RegExp(String.raw`^\s*${ADVERB}(${CUE})\b`);
/** A cue at the end of a string: "Gerasimov [also] said" ... for "said Gerasimov". */
const CUE_AT_END = new RegExp(String.raw`(?:^|[\s,])(${CUE})\s*$`);
const SOURCE_PREP = new RegExp(String.raw`\b(${SOURCE_PREPOSITIONS.join('|')})\s*$`, 'i');
const SOURCE_PREP_START = new RegExp(String.raw`^\s*(${SOURCE_PREPOSITIONS.join('|')})\s+`, 'i');

const OPENERS = new Set(['“', '"', '«']);
const CLOSERS = new Set(['”', '"', '»']);

/** Speaker kinds: people, organizations and governments speak; places do not. */
const SPEAKS = new Set(['person', 'organization', 'country']);

export function attributeQuotes(text: string, structure: StructureLayer, coref: CorefLayer): QuotesLayer {
  const messages: Message[] = [];
  const quotes: Quote[] = [];
  const entityName = new Map(coref.entities.map((e) => [e.id, e.name]));
  const speakers = coref.mentions.filter((m) => SPEAKS.has(m.type));
  const byStart = new Map<number, Mention>();
  for (const m of speakers) {
    const prev = byStart.get(m.start);
    if (!prev || m.end > prev.end) byStart.set(m.start, m);
  }
  const byEnd = new Map<number, Mention>();
  for (const m of speakers) {
    const prev = byEnd.get(m.end);
    if (!prev || m.start < prev.start) byEnd.set(m.end, m);
  }
  const body = structure.paragraphs.filter((p) => p.role === 'body');
  const direct = findQuoteMarks(text, body);

  const make = (kind: Quote['kind'], span: Span, speaker: Mention | null, cue: { text: string; start: number; end: number } | null): Quote => ({
    kind,
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    speaker: speaker?.entity ?? null,
    speakerName: speaker ? entityName.get(speaker.entity) ?? speaker.text : null,
    cue: cue ? cue.text.replace(/\s+/g, ' ') : null,
    cueSpan: cue ? { start: cue.start, end: cue.end } : null,
    speakerSpan: speaker ? { start: speaker.start, end: speaker.end } : null,
  });

  // Direct and mixed quotes.
  let previous: Quote | null = null;
  for (const q of direct) {
    const sentence = structure.sentences.find((s) => s.start <= q.open && q.open < s.end);
    const sentenceStart = sentence?.start ?? q.open;
    const lead = text.slice(sentenceStart, q.open);
    const isMixed = /\p{L}/u.test(lead) && !/[:,]\s*$/.test(lead) && !CUE_AT_END.test(lead.replace(/[,:]?\s*$/, ''));
    let found = attributionAfter(text, q.close + 1, byStart) ?? attributionBefore(text, sentenceStart, q.open, byEnd);
    if (!found && isMixed && sentence) found = subjectOf(text, sentence, q.open, speakers);
    if (!found && previous?.speaker && !isMixed && previous.end >= paragraphStartBefore(body, q.open) - 4 && startsParagraph(body, q.open)) {
      // A paragraph that is only a quote continues the previous speaker (wire convention).
      const prevSpeaker = speakers.find((m) => m.start === previous!.speakerSpan?.start) ?? null;
      found = prevSpeaker ? { speaker: prevSpeaker, cue: null } : null;
    }
    const quote = make(isMixed ? 'mixed' : 'direct', { start: q.open + 1, end: q.close }, found?.speaker ?? null, found?.cue ?? null);
    if (!found) messages.push({ stage: 'quotes', message: 'quote with no speaker found', start: q.open, end: q.close + 1, severity: 'warning' });
    quotes.push(quote);
    previous = quote;
  }

  // Indirect quotes: sentences outside quote marks with an attribution at either end.
  const inQuote = (pos: number) => direct.some((q) => q.open <= pos && pos <= q.close);
  for (const s of structure.sentences) {
    if (inQuote(s.start)) continue;
    const hit = indirectIn(text, s, byStart, byEnd, direct);
    if (!hit) continue;
    quotes.push(make('indirect', hit.content, hit.speaker, hit.cue));
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, messages };
}

interface QuoteMarks {
  open: number;
  close: number;
}

/** Pairs of quote marks; a quote left open at a paragraph's end runs on while the next opens again. */
function findQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let openAt = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i];
      if (openAt !== -1 && i === para.start && OPENERS.has(ch)) continue; // the running quote opens again
      const isOpen = ch === '“' || ch === '«' || (ch === '"' && openAt === -1 && (i === para.start || /[\s(\[—–-]/.test(text[i - 1])));
      const isClose = ch === '”' || ch === '»' || (ch === '"' && openAt !== -1);
      if (openAt === -1 && isOpen && OPENERS.has(ch)) {
        openAt = i;
      } else if (openAt !== -1 && isClose && CLOSERS.has(ch)) {
        if (i - openAt > 1) out.push({ open: openAt, close: i });
        openAt = -1;
      }
    }
    if (openAt !== -1) {
      const next = paragraphs[p + 1];
      const continues = next && OPENERS.has(text[next.start]);
      if (!continues) {
        out.push({ open: openAt, close: para.end });
        openAt = -1;
      }
    }
  }
  return out;
}

type Attribution = { speaker: Mention; cue: { text: string; start: number; end: number } | null };

/** `," the ministry said in a statement` / `," said Gerasimov` right after a closing mark. */
function attributionAfter(text: string, from: number, byStart: Map<number, Mention>): Attribution | null {
  const rest = text.slice(from, from + 200);
  const lead = /^[\s,.!?]*/.exec(rest)![0];
  const at = from + lead.length;
  const m = byStart.get(at);
  if (m) {
    const cue = CUE_AT_START.exec(text.slice(m.end, m.end + 60));
    if (cue) return { speaker: m, cue: cueSpan(text, m.end, cue) };
  }
  const cue = CUE_AT_START.exec(text.slice(at, at + 60));
  if (cue) {
    const afterCue = at + cue[0].length;
    const gap = /^\s*/.exec(text.slice(afterCue, afterCue + 5))![0].length;
    const speaker = byStart.get(afterCue + gap);
    if (speaker) return { speaker, cue: cueSpan(text, at, cue) };
  }
  return null;
}

/** `Gerasimov said: "...` / `He added, "...` right before an opening mark. */
function attributionBefore(text: string, sentenceStart: number, open: number, byEnd: Map<number, Mention>): Attribution | null {
  const lead = text.slice(sentenceStart, open).replace(/[\s,:]*$/, '');
  const cue = CUE_AT_END.exec(lead);
  if (!cue) return null;
  const cueStart = sentenceStart + cue.index + cue[0].indexOf(cue[1]);
  let k = cueStart;
  while (k > sentenceStart && /\s/.test(text[k - 1])) k--;
  const adverb = /(?:also|further|later|then|again)\s*$/.exec(text.slice(sentenceStart, k));
  if (adverb) {
    k -= adverb[0].length;
    while (k > sentenceStart && /\s/.test(text[k - 1])) k--;
  }
  const speaker = byEnd.get(k);
  return speaker ? { speaker, cue: { text: cue[1], start: cueStart, end: cueStart + cue[1].length } } : null;
}

/** The subject of a sentence that embeds a quote: its first speaking mention before the quote. */
function subjectOf(text: string, sentence: Span, before: number, speakers: readonly Mention[]): Attribution | null {
  const subject = speakers.find((m) => m.start >= sentence.start && m.end <= before && (m.type === 'person' || m.type === 'organization'));
  if (!subject) return null;
  // The cue of a mixed quote is the verb right before the quote: `wished him "`.
  const lead = text.slice(subject.end, before);
  const verb = /\b([a-z]+(?:ed|s))\b(?:\s+\w+)?\s*[:,]?\s*$/.exec(lead);
  return { speaker: subject, cue: verb ? { text: verb[1], start: subject.end + verb.index, end: subject.end + verb.index + verb[1].length } : null };
}

interface IndirectHit {
  content: Span;
  speaker: Mention;
  cue: { text: string; start: number; end: number } | null;
}

function indirectIn(text: string, s: Span, byStart: Map<number, Mention>, byEnd: Map<number, Mention>, direct: readonly QuoteMarks[]): IndirectHit | null {
  const sentence = text.slice(s.start, s.end);
  // "..., X said [during the call]." : the last comma followed by a speaker and a cue.
  for (let i = sentence.lastIndexOf(','); i > 0; i = sentence.lastIndexOf(',', i - 1)) {
    const after = s.start + i + 1;
    const gap = /^\s*/.exec(text.slice(after, after + 4))![0].length;
    const speaker = byStart.get(after + gap) ?? speakerAfterTitle(text, after + gap, s.end, byStart);
    if (speaker && speaker.end <= s.end) {
      const from = speaker.end + appositiveLength(text, speaker.end, s.end);
      const cue = CUE_AT_START.exec(text.slice(from, s.end));
      if (cue && trailingIsAdjunct(text.slice(from + cue[0].length, s.end))) {
        return { content: trimSpan(text, s.start, s.start + i), speaker, cue: cueSpan(text, from, cue) };
      }
    }
    const cue = CUE_AT_START.exec(text.slice(after, s.end));
    if (cue) {
      const cueEnd = after + cue[0].length;
      const g2 = /^\s*/.exec(text.slice(cueEnd, cueEnd + 4))![0].length;
      const sp = byStart.get(cueEnd + g2);
      if (sp && trailingIsAdjunct(text.slice(sp.end, s.end))) return { content: trimSpan(text, s.start, s.start + i), speaker: sp, cue: cueSpan(text, after, cue) };
    }
    const prep = SOURCE_PREP_START.exec(text.slice(after, s.end));
    if (prep) {
      const sp = byStart.get(after + prep[0].length);
      if (sp) return { content: trimSpan(text, s.start, s.start + i), speaker: sp, cue: { text: prep[1], start: after + prep.index + prep[0].indexOf(prep[1]), end: after + prep.index + prep[0].indexOf(prep[1]) + prep[1].length } };
    }
    if (i < sentence.length - 120) break; // attributions sit near the end
  }
  // "According to X, ..."
  const according = SOURCE_PREP_START.exec(sentence);
  if (according) {
    const sp = byStart.get(s.start + according[0].length);
    const comma = sp ? text.indexOf(',', sp.end) : -1;
    if (sp && comma !== -1 && comma < s.end - 10) {
      return { content: trimSpan(text, comma + 1, s.end), speaker: sp, cue: { text: according[1], start: s.start, end: s.start + according[1].length } };
    }
  }
  // "X said [that] ..." at the start of the sentence (after an opening adverbial at most).
  const openers = [0];
  for (let c = sentence.indexOf(','); c !== -1 && c < 120 && openers.length < 3; c = sentence.indexOf(',', c + 1)) openers.push(c + 1 + /^\s*/.exec(sentence.slice(c + 1))![0].length);
  for (const opener of openers) {
    const speaker = byStart.get(s.start + opener) ?? speakerAfterTitle(text, s.start + opener, s.end, byStart);
    if (!speaker) continue;
    const cueFrom = speaker.end + appositiveLength(text, speaker.end, s.end);
    const cue = CUE_AT_START.exec(text.slice(cueFrom, s.end));
    if (cue) {
      let from = cueFrom + cue[0].length;
      const tail = text.slice(from, s.end);
      const object = /^\s+(?:reporters|journalists|a news conference|a press conference|the [A-Z][\w-]* ?\w*|[A-Z][\w-]+|him|her|them|parliament|lawmakers)(?:\s+(?:on|in|at)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?=that\b)/.exec(tail);
      if (object) from += object[0].length;
      const that = /^\s*(?:on\s+\w+\s+)?(?:that\s+)?/.exec(text.slice(from, s.end))![0].length;
      from += that;
      const rest = text.slice(from, s.end);
      if (OPENERS.has(rest.trimStart()[0]) || direct.some((q) => q.open >= from && q.open < s.end && q.open - from < 3)) return null;
      if (/^[,:]/.test(rest.trim()) || rest.trim().split(/\s+/).length < 4) return null;
      if (that === 0 && !/^\s*[a-zA-Z]/.test(rest)) return null;
      return { content: trimSpan(text, from, s.end), speaker, cue: cueSpan(text, cueFrom, cue) };
    }
  }
  void byEnd;
  return null;
}

/** Length of an appositive or aside after a speaker: ", Vice Admiral Oleg Gusak," / ", for his part,". */
function appositiveLength(text: string, from: number, end: number): number {
  const m = /^,\s[^,."“”]{1,80},(?=\s)/.exec(text.slice(from, Math.min(end, from + 90)));
  return m ? m[0].length : 0;
}

/**
 * A speaker whose mention starts after a title phrase: ", Deputy Defense Minister Lt. Gen.
 * Sultan Kamaletdinov said". Only capitalised words, "of", "the" and "'s" may come between.
 */
function speakerAfterTitle(text: string, from: number, end: number, byStart: Map<number, Mention>): Mention | undefined {
  const title = /^(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the|and|for|[’']s)\s+){1,12}/u.exec(text.slice(from, Math.min(end, from + 160)));
  if (!title) return undefined;
  // Try each word start inside the title, nearest the cue last.
  const words = [...title[0].matchAll(/\S+\s+/g)];
  for (const w of words) {
    const m = byStart.get(from + w.index + w[0].length);
    if (m && (m.type === 'person' || m.type === 'organization')) return m;
  }
  return undefined;
}

/** What follows "X said" in a trailing attribution: only adjuncts ("on Friday", "in a statement"). */
function trailingIsAdjunct(rest: string): boolean {
  const r = rest.trim().replace(/[.!?"”]+$/, '').trim();
  if (r.length === 0) return true;
  return r.split(/\s+/).length <= 14 && /^(?:on|in|at|during|after|before|while|when|to|from|via|through|for|as|of|,|according|late|earlier|later|today|yesterday|tonight|this|last|next|told|speaking|citing|adding|without|with|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|reporters|journalists|a|an|the)\b/i.test(r);
}

function cueSpan(text: string, base: number, cue: RegExpExecArray): { text: string; start: number; end: number } {
  const offset = cue[0].lastIndexOf(cue[1]);
  const start = base + cue.index + offset;
  return { text: cue[1], start, end: start + cue[1].length };
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,“"]/.test(text[start])) start++;
  while (end > start && /[\s,.]/.test(text[end - 1])) end--;
  return { start, end };
}

function startsParagraph(paragraphs: readonly Span[], pos: number): boolean {
  return paragraphs.some((p) => p.start === pos);
}

function paragraphStartBefore(paragraphs: readonly Span[], pos: number): number {
  let best = 0;
  for (const p of paragraphs) if (p.end < pos) best = Math.max(best, p.start);
  return best;
}

void SOURCE_PREP;
