/**
 * Quotes stage: reported speech, found from its cue. Every cue (a verb of saying, "according
 * to", a verb framing a quoted fragment) opens one of a few frames:
 *   leading   `X said [to reporters] [on Friday] [that] CONTENT` / `X said: "CONTENT"`
 *   trailing  `CONTENT, X said [in a statement].` / `"CONTENT," X said, "MORE."`
 *   inverted  `"CONTENT," said X, a spokesman for Y.`
 *   source    `According to X, CONTENT.` / `CONTENT, according to X.`
 *   framing   `X called it "naked economic bullying"`
 * The speaker is the noun phrase next to the cue; its entity is the mention heading that
 * phrase, and a phrase with no entity ("a news report", "55 percent") is kept as written.
 * Quotes running over sentences and paragraphs continue the attribution before them. The kind
 * is direct (all in quote marks), mixed (partly) or indirect (none). Each quote carries its cue
 * span and speaker span; one whose speaker cannot be found is kept with a message.
 */
import type { Entity, Mention, Message, Quote, QuoteKind, Span } from '../model.js';
import {
  CUE_ADJUNCT_HEADS, FRAMING_VERBS, OBJECT_VERBS, PRE_CUE_WORDS, SAY_VERBS, SOURCE_PREPOSITIONS, SPEECH_OBJECTS, THINK_VERBS, TRAILING_ONLY_VERBS,
} from '../lexicon/speech-verbs.js';
import type { CorefLayer } from './coref.js';
import type { StructureLayer } from './structure.js';
import { firstFrom } from './search.js';
import { mayBeWordAt, wordFilter } from './lexicon-matcher.js';

export interface QuotesLayer {
  readonly quotes: readonly Quote[];
  readonly messages: readonly Message[];
}

type CueClass = 'say' | 'think' | 'trail' | 'frame' | 'source' | 'object';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');
/** White space folded to single spaces (`s.replace(/\s+/g, ' ')`); most phrases have none to fold and are returned as they are. */
function key(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (c >= 9 && c <= 13) || (c === 32 && s.charCodeAt(k + 1) === 32)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

const CUE_CLASS = new Map<string, CueClass>();
for (const [list, cls] of [[OBJECT_VERBS, 'object'], [FRAMING_VERBS, 'frame'], [THINK_VERBS, 'think'], [TRAILING_ONLY_VERBS, 'trail'], [SAY_VERBS, 'say'], [SOURCE_PREPOSITIONS, 'source']] as const) {
  for (const v of list) CUE_CLASS.set(key(v), cls);
}
// Source phrases open sentences: "According to the ministry, ...".
for (const v of SOURCE_PREPOSITIONS) CUE_CLASS.set(key(v[0].toUpperCase() + v.slice(1)), 'source');
/**
 * Cues by their first word (longest phrase first), matched word by word where that word starts:
 * one word scan per sentence, and plain string comparisons rather than one expression per
 * phrase (hundreds of rarely used expressions cost a compilation each time V8 flushes them).
 */
interface CueForm {
  /** The phrase's words, as written in the lexicon (lower case for headlines' any-case match). */
  readonly words: readonly string[];
  readonly cls: CueClass;
}
const CUES_BY_WORD = new Map<string, CueForm[]>();
const CUES_BY_LOWER_WORD = new Map<string, CueForm[]>();
for (const phrase of [...CUE_CLASS.keys()].sort((a, b) => b.length - a.length)) {
  const words = phrase.split(' ');
  const cls = CUE_CLASS.get(phrase)!;
  const exact = CUES_BY_WORD.get(words[0]) ?? [];
  exact.push({ words, cls });
  CUES_BY_WORD.set(words[0], exact);
  const lowerWords = words.map((w) => w.toLowerCase());
  const lower = CUES_BY_LOWER_WORD.get(lowerWords[0]) ?? [];
  lower.push({ words: lowerWords, cls });
  CUES_BY_LOWER_WORD.set(lowerWords[0], lower);
}
/** The cues' first words as written, so that most words of a sentence are passed over unsliced. */
const CUE_FIRST_WORDS = wordFilter(CUES_BY_WORD.keys());
/**
 * The cues' first words (and their cues) by their first two chars, where both are ASCII (as `filterSlot` numbers them; a word of
 * one char by that char alone): a word the filter passes is compared with the few words of its slot in place, not sliced out and
 * hashed for a map lookup (most of `findCues`'s own time, and most such words are no cue: "says" passes for "said").
 */
const CUES_BY_PREFIX: (Array<readonly [string, CueForm[]]> | undefined)[] = new Array<Array<readonly [string, CueForm[]]> | undefined>(128 * 128).fill(undefined);
for (const [word, forms] of CUES_BY_WORD) {
  const slot = asciiPrefixSlot(word, 0, word.length);
  if (slot < 0) continue;
  (CUES_BY_PREFIX[slot] ??= []).push([word, forms]);
}

/** The slot of `s.slice(from, to)` by its first two chars (the first alone for one char), -1 when either is beyond ASCII. */
function asciiPrefixSlot(s: string, from: number, to: number): number {
  const c0 = s.charCodeAt(from);
  const c1 = to - from > 1 ? s.charCodeAt(from + 1) : 0;
  return c0 < 128 && c1 < 128 ? (c0 << 7) | c1 : -1;
}

/** `CUES_BY_WORD.get(text.slice(from, to))`, read in place where the word opens with two ASCII chars. */
function cuesOfWord(text: string, from: number, to: number): CueForm[] | undefined {
  const slot = asciiPrefixSlot(text, from, to);
  if (slot < 0) return CUES_BY_WORD.get(text.slice(from, to));
  const words = CUES_BY_PREFIX[slot];
  if (words === undefined) return undefined;
  for (const [word, forms] of words) if (word.length === to - from && text.startsWith(word, from)) return forms;
  return undefined;
}
const SPACE_CHAR = /\s/;
const WORD_CHAR = /[\p{L}\p{N}-]/u;

function isSpace(c: number, s: string, k: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_CHAR.test(s[k]);
}

/** Whether a cue may end before `k` (of text ending at `end`): not inside a word, not before a possessive `'s`. */
function cueEnds(s: string, k: number, end: number): boolean {
  if (k >= end) return true;
  const c = s.charCodeAt(k);
  if (c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 : WORD_CHAR.test(s[k])) return false;
  if ((c === 39 || c === 0x2019) && k + 1 < end && s.charCodeAt(k + 1) === 115) {
    const d = k + 2 < end ? s.charCodeAt(k + 2) : 32;
    return (d >= 48 && d <= 57) || ((d | 32) >= 97 && (d | 32) <= 122) || d === 95; // "'s" must end its word to be a possessive
  }
  return true;
}

/** End of cue phrase `words` matched at `at` (words apart by white space) in text ending at `end`, or -1. */
function matchCue(s: string, at: number, end: number, words: readonly string[], anyCase: boolean): number {
  let k = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const from = k;
      while (k < end && isSpace(s.charCodeAt(k), s, k)) k++;
      if (k === from) return -1;
    }
    const word = words[w];
    if (anyCase ? s.slice(k, Math.min(end, k + word.length)).toLowerCase() !== word : k + word.length > end || !s.startsWith(word, k)) return -1;
    k += word.length;
  }
  return cueEnds(s, k, end) ? k : -1;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Code units of the letter or digit at `k` (2 for an astral one), 0 if there is none, in text
 * ending at `end` (a surrogate pair cut by `end` is no letter).
 */
function letterOrDigitAt(s: string, k: number, end: number = s.length): number {
  if (k < 0 || k >= end) return 0;
  const c = s.charCodeAt(k);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const cp = k + 1 < end ? s.codePointAt(k)! : c;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * End of the word starting at `k` (`[\p{L}\p{N}][\p{L}\p{N}'’-]*`), scanned by hand: one word
 * string per cue candidate, no match objects.
 */
function wordEnd(s: string, k: number, end: number): number {
  while (k < end) {
    const c = s.charCodeAt(k);
    if (c < 128) {
      // ASCII (most text): a letter, digit, apostrophe or hyphen goes on
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 45) k++;
      else break;
    } else if (c === 0x2019) k++;
    else {
      const n = letterOrDigitAt(s, k, end);
      if (n === 0) break;
      k += n;
    }
  }
  return k;
}

/** The cues in `[start, end)`, in text order; any letter case in headlines. */
function findCues(text: string, start: number, end: number, anyCase: boolean): Array<{ cue: Cue; cls: CueClass }> {
  const out: Array<{ cue: Cue; cls: CueClass }> = [];
  // (the text itself is read, up to `end`: a slice of it is a view, slower to read char by char)
  end = Math.min(end, text.length);
  let k = start;
  while (k < end) {
    // white space and ASCII punctuation passed over without a call
    const c = text.charCodeAt(k);
    const first = c < 128 ? ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0) : letterOrDigitAt(text, k, end);
    if (first === 0) {
      k++;
      continue;
    }
    const from = k;
    let to = wordEnd(text, k + first, end);
    k = to;
    // trailing apostrophes and hyphens are not part of the word looked up
    for (let c = text.charCodeAt(to - 1); c === 39 || c === 0x2019 || c === 45; c = text.charCodeAt(to - 1)) to--;
    if (!anyCase && !mayBeWordAt(CUE_FIRST_WORDS, text, from, to)) continue;
    const candidates = anyCase ? CUES_BY_LOWER_WORD.get(text.slice(from, to).toLowerCase()) : cuesOfWord(text, from, to);
    if (!candidates) continue;
    for (const c of candidates) {
      const e = matchCue(text, from, end, c.words, anyCase);
      if (e < 0) continue;
      out.push({ cue: { text: text.slice(from, e), start: from, end: e }, cls: c.cls });
      k = e;
      break;
    }
  }
  return out;
}
/** Whether `s` ends with one of the single characters of `chars`. */
function endsWithOneOf(s: string, chars: string): boolean {
  return s.length > 0 && chars.includes(s.charAt(s.length - 1));
}

/**
 * The last word of `s` before its trailing white space (there must be some), lower-cased, '' if
 * none: the end-anchored expressions below are tried only when their last word can match, instead
 * of at every offset of a long window.
 */
function lastWordBeforeSpace(s: string): string {
  let k = s.length;
  while (k > 0 && isSpace(s.charCodeAt(k - 1), s, k - 1)) k--;
  if (k === s.length) return '';
  const end = k;
  while (k > 0 && letterOrDigitAt(s, k - 1) === 1 && !(s.charCodeAt(k - 1) >= 48 && s.charCodeAt(k - 1) <= 57)) k--;
  return s.slice(k, end).toLowerCase();
}
const PASSIVE_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'get', 'got']);
const PRE_CUE_LAST_WORDS: ReadonlySet<string> = new Set(PRE_CUE_WORDS.map((w) => w.split(' ').pop()!.toLowerCase()));
const PRE_CUE = new RegExp(`(?:(?<![\\p{L}])(?:${alternation(PRE_CUE_WORDS)})\\s+)+$`, 'iu');
const PASSIVE_BEFORE = /(?<![\p{L}])(?:is|are|was|were|be|been|being|to|get|got)\s+$/iu;
const OBJECT = new RegExp(String.raw`^\s+(?:(?:${alternation(SPEECH_OBJECTS)})|(?:the|a|an|his|her|its|their|our)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+|[\p{Lu}][\p{L}.'’&-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.'’&-]*){0,4})(?=\s*(?:that\b|[,:“"]|$))`, 'iu');
/** A telling verb's object with an adjunct after it, before its `that`: "told delegates at the convention that". */
const TELL_OBJECT_LEAD = new RegExp(String.raw`^\s+(?:(?:${alternation(SPEECH_OBJECTS)})|(?:the|a|an|his|her|its|their|our)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+|[\p{Lu}][\p{L}.'’&-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.'’&-]*){0,4})(?=\s+(?:on|in|at|during|after|before|late|earlier|last|this|of)\b)`, 'iu');
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|day|week|weekend|month|year|night|morning|afternoon|evening|time)`;
const TIME_WORD = new RegExp(`^(?:${DAY}|today|yesterday|tonight|again|also|repeatedly|publicly|privately|recently|previously|earlier|later)(?:\\s+\\d{1,2})?,?$`, 'u');
/** A telling verb's object with the content right after it: "told the panel the U.S. would ...". */
const LOOSE_OBJECT = new RegExp(String.raw`^\s+(?:(?:${alternation(SPEECH_OBJECTS)})|(?:the|a|an|his|her|its|their|our)\s+(?:[\p{L}\p{N}’'-]+\s+){0,2}?[\p{L}\p{N}’'-]+|[\p{Lu}][\p{L}.'’&-]*(?:\s+[\p{Lu}][\p{L}.'’&-]*){0,3})(?:\s+(?:on|in|at)\s+(?:\p{Lu}\p{L}*|${DAY}))?(?=\s+(?!to\b|about\b|of\b|for\b)[\p{L}\p{N}“"])`, 'u');
/** Whom a question is put to: "asked Sanders how he was feeling". */
const ASKED_OBJECT = /^\s+(?:(?:former|then|acting|fellow)\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*|him|her|them|us|me|reporters|workers|voters|the\s+[\p{L}-]+)(?=\s+(?:whether|if|why|how|what|who|when|where|which)\b)/u;
const CLAUSE_TELLING = new Set(['tell', 'tells', 'told', 'telling', 'assure', 'assures', 'assured', 'assuring', 'inform', 'informs', 'informed', 'informing', 'remind', 'reminds', 'reminded', 'reminding']);
const SPEECH_OBJECT_SET = new Set(SPEECH_OBJECTS);
/** The object closing a trailing attribution: `..., he told reporters.` */
const TRAIL_OBJECT = new RegExp(String.raw`^\s+(?:(?:${alternation(SPEECH_OBJECTS)})|(?:the|a|an|his|her|its|their|our)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+|[\p{Lu}][\p{L}.'’&-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}.'’&-]*){0,4})(?=\s*[,.;:!?"”]|\s+(?:on|in|at|during|after|before|late|earlier|last|this|by)\b|\s*$)`, 'u');
/**
 * Where a leading attribution's content ends before the sentence does: a participle adding
 * another attribution (", adding that"), a new narrated clause (", and he railed against"),
 * or a dash opening the writer's aside (" — a proposal he has raised before").
 */
const CONTENT_CUT = /,\s*however\b|,\s*(?:(?:he|she|they|it)\s+)?(?:adding|saying|noting|stressing|explaining|arguing|insisting|warning|calling|urging|according\s+to)\b|,?\s+(?:and|but)\s+(?:also\s+)?(?:added|said|noted|stressed|warned|argued|insisted|told)\b|,?\s+(?:and|but)\s+(?:he|she|they)\s+(?!would|will|could|should|had|has|have|was|were|is|are|did|does|can|may|might|must|need)\p{Ll}+ed\b|\s+before\s+(?:claiming|saying|adding|calling)\b|\s[—–]\s(?=[^—–]*$)/u;
const TRANSCRIPT_SPEAKER = /^["“]?((?:[A-Z][A-Z.'’-]+)(?:\s+[A-Z][A-Z.'’-]+){0,2}):\s+(?=\S)/;
/** Cue forms that are as often plural nouns: "a dozen states held", "media reports say". */
const AMBIGUOUS_NOUNS = new Set(['states', 'state', 'reports', 'report', 'claims', 'claim', 'comments', 'comment', 'remarks', 'remark', 'answers', 'answer', 'posts', 'post', 'notes', 'note', 'charges', 'charge', 'promises', 'promise', 'pledges', 'pledge', 'vows', 'vow', 'signals', 'signal', 'demands', 'demand', 'forecasts', 'forecast', 'estimates', 'estimate', 'tweets', 'tweet', 'briefs', 'brief', 'counters', 'counter', 'replies', 'reply', 'repeats', 'warnings', 'concerns', 'responses', 'response', 'finds', 'find', 'shows', 'show', 'fears', 'fear', 'hopes', 'hope', 'doubts', 'doubt', 'sees', 'see', 'knows', 'know', 'calls', 'call', 'wishes', 'wish', 'brands', 'brand', 'terms', 'term', 'labels', 'label', 'voices', 'voice', 'hails', 'hail', 'threatens']);
/** What is won, not said, after "claim"/"pledge": victory, a share of the vote, delegates, responsibility. */
const NOT_A_CLAIM = /^\s+(?:(?:his|her|their|its|the|a|an|another|more|most)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:victory|victories|win|wins|allegiance|responsibility|credit|seats?|delegates|nomination|title|prize|\d[\d,.]*\s*(?:percent|%|delegates|seats|votes))\b/u;
/** Cue forms read as verbs only with `that` or a colon after them. */
const NOUN_FIRST = new Set(['state', 'states']);
const TELLING = new Set(['tell', 'tells', 'told', 'telling', 'assure', 'assures', 'assured', 'assuring', 'inform', 'informs', 'informed', 'informing', 'remind', 'reminds', 'reminded', 'reminding', 'brief', 'briefs', 'briefed', 'briefing', 'warn', 'warns', 'warned', 'warning', 'ask', 'asks', 'asked', 'asking', 'promise', 'promises', 'promised', 'urge', 'urges', 'urged']);
const ADJUNCT = new RegExp(String.raw`^(?:\s*,?\s*(?:(?:on|late|early|earlier|last|this|next)\s+(?:\p{Lu}\p{L}*\s+)?${DAY}(?:\s+\d{1,2})?|(?:in|at|during|on|via|through|over|after|before|from|to)\s+(?:an?|the|his|her|its|their|this|that|a\s+joint)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,4}(?:${alternation(CUE_ADJUNCT_HEADS)})(?![\p{L}])(?:\s+(?:with|to|on|in|at|by|for)\s+(?:the\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*\s*){1,5})?|(?:on|in|via)\s+(?:${alternation(CUE_ADJUNCT_HEADS)})|(?:today|yesterday|tonight|earlier|later|again|also|then|too|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|publicly|privately|repeatedly|recently|previously|in\s+(?:Washington|Moscow|Beijing|London|Paris|Brussels|Kyiv|Berlin|Tokyo)))\b)+`, 'u');
const THAT_AHEAD = /^((?:\s+[^\s.;:“”"]+){0,16}?)\s+that\b/u;
const FINITE = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|does|did)\b/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*|[^\s\p{L}\p{N}]/gu;
/** Words that end a subject phrase when read leftwards from a cue. */
const SUBJECT_BOUNDARY = new Set(['that', 'and', 'but', 'because', 'while', 'when', 'if', 'as', 'so', 'which', 'where', 'after', 'before', 'since', 'though', 'although', 'or', 'whom', 'whether', 'than', 'until', 'unless', 'what', 'why', 'how', 'nor', 'yet']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'such', 'any', 'no', 'every', 'each', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'into', 'is', 'was', 'are', 'were', 'be', 'been', 'not']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'about', 'into', 'during', 'after', 'before', 'over', 'under', 'since', 'like', 'despite', 'among', 'amid', 'against', 'without', 'through']);
const CONTINUATION_VERB = /^(?:add|adds|added|adding|say|says|said|saying|note|noted|noting|stress|stressed|stressing|tell|told|telling|warn|warned|warning|argue|argued|arguing|explain|explained|explaining|insist|insisted|insisting|call|calling|urging|urged|vow|vowed|vowing|claim|claimed|claiming|suggest|suggested|suggesting|describing|accusing|praising|promising|pledging|recalling|arguing|acknowledging|complaining|predicting|asking|asked|stating|declaring|emphasizing|emphasising|underlining|pointing out)$/;
const SAY_FORM = /^(?:say|says|said|saying)$/;
/** A one-word answer after a verb of saying, closing its clause: "75 percent said yes, but ...". */
const ONE_WORD_ANSWER = /^\s*(yes|no|so)(?=\s*(?:[,.;!?]|$)|\s+(?:in|on|at|to|when|after|before|but|and|while|last|this|earlier)\b)/i;
/** Framing verbs that, with no quoted fragment after them, take their object as content. */
const OBJECT_FALLBACK = new Set(OBJECT_VERBS.map(key));
/** Where a stance verb's object ends: a participle or new clause after a comma, `and said`, a dash aside. */
const OBJECT_CUT = new RegExp(String.raw`,\s*(?:\p{Ll}+ing\b|(?:and|but|while|which|who|as|because|after|when)\b)|\s+(?:and|but)\s+(?:also\s+)?(?:\p{Ll}+ed|said|says|told)\b|\s+(?:because|after|when|while|as\s+(?:he|she|they|it))\b|\s[—–]\s|;|\s+(?:and|but)\s+(?:has|have|had|is|was|will|would)\b|\s+(?:at|in|during|on|via)\s+(?:an?|the|his|her|its|their)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,3}?(?:${alternation(CUE_ADJUNCT_HEADS)})(?![\p{L}])|\s+in\s+(?:early|late|mid-?)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`, 'u');
/** A time adjunct closing the object: "Trump last week", "Clinton on Tuesday". */
const OBJECT_TIME = /\s+(?:(?:last|this|next|earlier|late|early)\s+(?:week|month|year|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|fall|winter)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?|today|yesterday|earlier|again|too)\s*$/u;
/** Objects that are no content: pronouns and bare particles ("backed off", "backed him up"). */
const OBJECT_NOT_CONTENT = /^\s+(?:(?:it|him|her|them|this|that|up|off|down|away|out|in)\b\s*(?:[,.;]|up\b|off\b|down\b|$)|(?:himself|herself|itself|themselves|ourselves|myself|online|ways?|time)\b)/i;
/** Where a subjectless "asked" opens a question put to the subject: "When asked ...", "Asked ...". */
const ASKED_LEAD = /(?:^|\b(?:when|if|after|once|before|as)\s+)$/i;
/** A conditional clause and the modal of its main clause: "if elected president he could work ...". */
const CONDITIONAL_CONTENT = /^\s*(?:if|unless)\s+(?:[^\s.;:!?]+\s+){1,12}?(?:(?:he|she|they|it|we|I|you|there)\s+)(?:would|will|could|can|should|might|may|must|won['’]t|wouldn['’]t)\b/u;
const QUESTION_CUE = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering)$/;
const QUESTION_START = /^\s*(?:whether|if|why|how|what|who|whom|when|where|which|about)\b/i;

const OPENERS = new Set(['“', '"', '«']);
const CLOSERS = new Set(['”', '"', '»']);
const CLOSE_MARK = /[”"»]/;

/** Speaker kinds: people, organizations and governments speak; places do not. */
const SPEAKS = new Set(['person', 'organization', 'country']);
const TYPE_RANK: Record<string, number> = { person: 3, organization: 2, country: 1 };

interface QuoteMarks {
  open: number;
  /** The closing mark, or the paragraph's end for a quote never closed. */
  close: number;
}

/** Where a quote ends with its closing mark: never past the text (an unclosed quote runs to the end of its paragraph). */
function markEnd(text: string, q: QuoteMarks): number {
  return Math.min(q.close + 1, text.length);
}

interface Cue {
  text: string;
  start: number;
  end: number;
}

/** A speaker as written: its span, and the mention heading it when there is one. */
interface Speaker {
  span: Span;
  /** The whole phrase read as the speaker ("Deputy Defense Minister Lt. Gen. Sultan Kamaletdinov"). */
  phrase?: Span;
  mention: Mention | null;
  /** The entity when the span is a relative pronoun or an aside ("Barkley, who said"). */
  entity?: Mention | null;
}

/** A speaker with all four fields in one order, so that every speaker object has one shape. */
function speakerOf(span: Span, mention: Mention | null, phrase?: Span, entity?: Mention | null): Speaker {
  return { span, phrase, mention, entity };
}

interface Attribution {
  kind: QuoteKind;
  content: Span;
  speaker: Speaker | null;
  cue: Cue | null;
  sentence: number;
}

export function attributeQuotes(text: string, structure: StructureLayer, coref: CorefLayer): QuotesLayer {
  const messages: Message[] = [];
  const speakers = coref.mentions.filter((m) => SPEAKS.has(m.type));
  const byEnd = new Map<number, Mention>();
  for (const m of speakers) {
    const prev = byEnd.get(m.end);
    if (!prev || m.start < prev.start) byEnd.set(m.end, m);
  }
  const body = structure.paragraphs.filter((p) => p.role === 'body');
  const marks = findQuoteMarks(text, body);
  const ctx: Context = { text, speakers, byEnd, marks };

  const found: Attribution[] = [];
  // A title line ("Graham: Trump's 'Hateful Rhetoric' ...") is read as a headline even when the
  // structure stage kept it in the body.
  const firstBody = structure.sentences[0]?.paragraph;
  const units: Array<{ span: Span; index: number; headline: boolean }> = structure.sentences.map((s, index) => ({
    span: s, index, headline: index === 0 && !structure.headline && structure.sentences[1]?.paragraph !== firstBody,
  }));
  if (structure.headline) units.unshift({ span: structure.headline, index: -1, headline: true });
  for (const unit of units) {
    // Transcripts: `WALLACE: Let's start with ...` gives the paragraph to the speaker in capitals.
    const paragraph = unit.index >= 0 ? structure.paragraphs[structure.sentences[unit.index].paragraph] : null;
    // (only a sentence that opens its paragraph is read for a speaker: the others were sliced and matched for nothing)
    const transcript = paragraph && paragraph.start === unit.span.start ? TRANSCRIPT_SPEAKER.exec(text.slice(unit.span.start, unit.span.end)) : null;
    if (transcript && paragraph) {
      const nameStart = unit.span.start + transcript[0].indexOf(transcript[1]);
      const name = { start: nameStart, end: nameStart + transcript[1].length };
      const mention = headMention(ctx, name);
      found.push({ kind: 'direct', content: { start: unit.span.start + transcript[0].length, end: paragraph.end }, speaker: speakerOf(name, mention), cue: { text: ':', start: name.end, end: name.end + 1 }, sentence: unit.index });
      continue;
    }
    const own = sentenceAttributions(ctx, unit.span, unit.index, unit.headline);
    for (const a of own) found.push(a);
  }
  found.sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);

  // Quote marks no cue accounted for: continuations of the attribution before them, framed
  // fragments, or unattributed speech (kept with a message). Scare quotes are not speech.
  const sentenceOf = sentenceIndex(structure.sentences);
  const paragraphOf = (pos: number) => {
    const i = sentenceOf(pos);
    return i === -1 ? -1 : structure.sentences[i].paragraph;
  };
  const attributions: Attribution[] = [];
  let cursor = 0;
  const covered = (q: QuoteMarks) => found.some((a) => a.content.start <= q.open + 1 && a.content.end >= q.close);
  for (const q of marks) {
    while (cursor < found.length && found[cursor].content.start <= q.open) attributions.push(found[cursor++]);
    if (covered(q)) continue;
    const s = sentenceOf(q.open);
    const sentence = s === -1 ? null : structure.sentences[s];
    const startsSentence = sentence !== null && /^[\s]*$/.test(text.slice(sentence.start, q.open));
    const prev = lastWithSpeaker(attributions, paragraphOf, paragraphOf(q.open));
    if (startsSentence && prev && onlyAttributionBetween(text, prev.content.end, q.open, found)) {
      // The speech runs on after its attribution: `"A," he said. "B."` is one attribution.
      prev.content = { start: prev.content.start, end: q.close };
      if (prev.kind === 'indirect') prev.kind = 'mixed';
      continue;
    }
    // `... doesn't surprise Republican pollster Daron Shaw: "..."`: a named speaker before a colon.
    const colonAt = sentence ? /:\s*$/.exec(text.slice(sentence.start, q.open)) : null;
    const colon = sentence && colonAt ? sentence.start + colonAt.index : -1;
    const named = sentence && colon > sentence.start ? subjectBefore(ctx, sentence.start, colon) : null;
    if (named?.mention && named.mention.type !== 'country') {
      attributions.push({ kind: 'direct', content: { start: q.open + 1, end: q.close }, speaker: named, cue: { text: ':', start: colon, end: colon + 1 }, sentence: s });
      continue;
    }
    const framed = sentence ? framedFragment(ctx, sentence, q, s) : null;
    if (framed) {
      attributions.push(framed);
      continue;
    }
    const words = text.slice(q.open + 1, q.close).trim().split(/\s+/).length;
    if (!startsSentence || words < 4) continue;
    const speaker = prev && prev.speaker && paragraphOf(prev.content.start) >= paragraphOf(q.open) - 1 ? prev.speaker : null;
    attributions.push({ kind: 'direct', content: { start: q.open + 1, end: q.close }, speaker, cue: null, sentence: s });
  }
  while (cursor < found.length) attributions.push(found[cursor++]);

  const quotes: Quote[] = [];
  const seen = new Set<string>();
  attributions.sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  for (const a of attributions) {
    const content = trimSpan(text, a.content.start, a.content.end);
    if (content.end - content.start < 2) continue;
    const id = `${content.start}:${content.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const entity = a.speaker?.mention ?? a.speaker?.entity ?? null;
    const spoken = a.speaker ? key(text.slice(a.speaker.span.start, a.speaker.span.end)) : null;
    quotes.push({
      kind: a.kind,
      text: text.slice(content.start, content.end),
      start: content.start,
      end: content.end,
      speaker: entity?.entity ?? null,
      speakerName: entity ? entityNameOf(coref.entities, entity.entity) ?? entity.text : spoken,
      cue: a.cue ? key(a.cue.text) : null,
      cueSpan: a.cue ? { start: a.cue.start, end: a.cue.end } : null,
      speakerSpan: a.speaker ? { start: a.speaker.span.start, end: a.speaker.span.end } : null,
    });
    if (!a.speaker) messages.push({ stage: 'quotes', message: 'quote with no speaker found', start: content.start, end: content.end, severity: 'warning' });
    else if (!entity) messages.push({ stage: 'quotes', message: `speaker "${spoken}" is not a known entity`, start: a.speaker.span.start, end: a.speaker.span.end, severity: 'info' });
  }
  return { quotes, messages };
}

/** The name of entity `id` (looked up once per attributed quote: no map built for every article). */
function entityNameOf(entities: readonly Entity[], id: string): string | undefined {
  for (const e of entities) if (e.id === id) return e.name;
  return undefined;
}

interface Context {
  readonly text: string;
  readonly speakers: readonly Mention[];
  readonly byEnd: Map<number, Mention>;
  readonly marks: readonly QuoteMarks[];
}

/** The attributions a sentence's cues open. */
function sentenceAttributions(ctx: Context, s: Span, index: number, headline: boolean): Attribution[] {
  const { text } = ctx;
  const out: Attribution[] = [];
  if (headline) {
    const sentence = text.slice(s.start, s.end);
    // "Graham: Trump's 'Incredibly Hateful Rhetoric' ..." - a headline source before a colon.
    // (a headline without a colon, most of them, cannot match: it is not run through the
    // expression, which backtracks through its first words before failing)
    const colon = sentence.includes(':') ? /^((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*(?:\s+camp)?):\s+(\S.{8,})$/u.exec(sentence.trim()) : null;
    if (colon) {
      const lead = sentence.length - sentence.trimStart().length;
      const start = s.start + lead;
      const speaker = speakerOf({ start, end: start + colon[1].length }, null);
      out.push({ kind: 'indirect', content: { start: start + colon[0].length - colon[2].length, end: s.end }, speaker, cue: { text: ':', start: start + colon[1].length, end: start + colon[1].length + 1 }, sentence: index });
    }
  }
  // Speech reported inside a quote is the quoted speaker's, not the article's.
  const cues = findCues(text, s.start, s.end, headline).filter((c) => !pairContaining(ctx.marks, c.cue.start));
  for (let i = 0; i < cues.length; i++) {
    const { cue, cls } = cues[i];
    // The next cue that opens a clause of its own (not "states" as a noun, not a framing verb).
    const after = clauseCueAfter(cues, i);
    const next = after && !AMBIGUOUS_NOUNS.has(after.cue.text) ? after.cue.start : s.end;
    const a = cls === 'source' ? sourceFrame(ctx, s, cue, index, out) : verbFrame(ctx, s, cue, cls, index, out, next);
    if (a) out.push(a);
  }
  return out;
}

/** The first cue after cue `i` that may open a clause of its own (read in place: no copy of the rest per cue). */
function clauseCueAfter(cues: ReadonlyArray<{ cue: Cue; cls: CueClass }>, i: number): { cue: Cue; cls: CueClass } | undefined {
  for (let j = i + 1; j < cues.length; j++) if (cues[j].cls === 'say' || cues[j].cls === 'source') return cues[j];
  return undefined;
}

/** `According to X, ...`, `..., according to X.` and `..., according to X, ...`. */
function sourceFrame(ctx: Context, s: Span, cue: Cue, index: number, earlier: readonly Attribution[]): Attribution | null {
  const { text } = ctx;
  if (!/^according to|^in the words of|^as /i.test(cue.text) && !/,\s*$/.test(text.slice(s.start, cue.start)) && cue.start !== s.start) return null;
  // Whatever follows "according to" is its source: "exit polling data", "ouest-france.fr".
  const np = phraseAfter(ctx, cue.end, s.end, /^according to$/i.test(key(cue.text)));
  if (!np) return null;
  const before = text.slice(s.start, cue.start);
  if (/\p{L}/u.test(before)) {
    // `"...," the commander said, according to the ministry`: the source of a source is no new quote.
    if (earlier.some((a) => a.cue && a.cue.end <= cue.start && wordCount(text, { start: a.cue.end, end: cue.start }) <= 3)) return null;
    // The content is before: "Trump leads, according to a new poll." After a colon, only what follows it.
    const colon = /^(.*[:;])\s+\S/su.exec(before);
    const lead = colon && !pairContaining(ctx.marks, s.start + colon[1].length - 1) && wordCount(text, { start: s.start + colon[1].length, end: cue.start }) >= 3 ? s.start + colon[1].length : s.start;
    const afterNp = text.slice(np.span.end, s.end);
    const end = /^\s*,\s*\S/.test(afterNp) && /\p{L}{3}/u.test(afterNp) ? s.end : cue.start;
    const content = withinQuotes(ctx, { start: lead, end: end === s.end ? s.end : before.trimEnd().replace(/,$/, '').length + s.start });
    if (wordCount(text, content) < 3) return null;
    return { kind: kindOf(ctx, content), content, speaker: np, cue, sentence: index };
  }
  const comma = text.indexOf(',', np.span.end);
  if (comma === -1 || comma >= s.end - 10) return null;
  const content = withinQuotes(ctx, { start: comma + 1, end: s.end });
  return { kind: kindOf(ctx, content), content, speaker: np, cue, sentence: index };
}

/** The frames a verb cue opens: leading, trailing, inverted, framing. */
function verbFrame(ctx: Context, s: Span, cue: Cue, cls: CueClass, index: number, earlier: readonly Attribution[], nextCue: number): Attribution | null {
  const { text } = ctx;
  const head = text.slice(Math.max(s.start, cue.start - 80), cue.start);
  if (PASSIVE_WORDS.has(lastWordBeforeSpace(head)) && PASSIVE_BEFORE.test(head)) return null;
  const rest = text.slice(cue.end, s.end);
  if (/^\s+(?:by|to\s+be|to\s+have)\b/.test(rest)) return null;
  if (/^['’]s\b/.test(rest)) return null;
  // "claimed victory", "claiming 41 percent of the vote", "pledged delegates": winning, not saying.
  if (/^(?:claim|pledge)/.test(cue.text) && NOT_A_CLAIM.test(rest)) return null;
  // "state"/"states" are nearly always nouns ("his home state", "won five states"): a verb only before its clause.
  if (NOUN_FIRST.has(key(cue.text)) && !/^\s*(?:that\b|:)/.test(rest)) return null;

  // The subject before the cue.
  let k = cue.start;
  const window = text.slice(Math.max(s.start, k - 60), k);
  const pre = PRE_CUE_LAST_WORDS.has(lastWordBeforeSpace(window)) ? PRE_CUE.exec(window) : null;
  if (pre) k -= pre[0].length;
  if (/(?<![\p{L}])to\s*$/iu.test(text.slice(Math.max(s.start, k - 4), k))) return null;
  const participle = /^\S+ing\b/.test(cue.text) && /,\s*$/.test(text.slice(Math.max(s.start, k - 4), k));
  let subject = participle ? null : subjectBefore(ctx, s.start, k);

  // Inverted: `"...," said X` / `..., says X.`
  const beforeCue = text.slice(s.start, k).trimEnd();
  if (!subject && cls !== 'frame' && cls !== 'think' && endsWithOneOf(beforeCue, ',?!"”»') && /\p{L}/u.test(beforeCue)) {
    const np = phraseAfter(ctx, cue.end, s.end);
    // After a plain comma the speaker phrase must close the sentence: `..., said one official.`
    const closes = np && (endsWithOneOf(beforeCue, '"”»') || /^\s*(?:[,.;!?]|$)/.test(text.slice(np.span.end, s.end)) || onlyAdjuncts(text.slice(np.span.end, s.end)));
    if (np && closes) {
      const content = trailingContent(ctx, s, s.start + beforeCue.length);
      if (content) return { kind: kindOf(ctx, content), content, speaker: np, cue, sentence: index };
    }
  }

  // `X said A and added that B`, `..., adding that B`, `..., calling it "..."`: the speaker of
  // the attribution before, or the subject the sentence opened with.
  if (!subject && (participle || (/(?:\band|\bbut|\bwhile)\s*$/.test(text.slice(Math.max(s.start, k - 8), k)) && CONTINUATION_VERB.test(cue.text)))) {
    const last = earlier.length ? earlier[earlier.length - 1].speaker : null;
    subject = last && (last.mention || last.entity) ? last : clauseSubject(ctx, s.start, k) ?? last;
    if (!subject) return null;
    const complement = leadingContent(ctx, s, cue, cls, nextCue);
    return complement ? { kind: frameKind(ctx, cls, complement), content: complement, speaker: subject, cue, sentence: index } : null;
  }
  // `When asked whether ..., 59 percent said ...`: the question put, by an unnamed asker.
  if (!subject && cue.text === 'asked' && ASKED_LEAD.test(text.slice(Math.max(s.start, k - 12), k)) && QUESTION_START.test(rest)) {
    const upto = text.slice(cue.end, nextCue);
    // A fronted question (`When asked who ..., the majority named Britain`) ends before the main clause.
    const fronted = !/\p{L}/u.test(text.slice(s.start, k).replace(/\b(?:and|but|when|if|after|once|before|as)\b/giu, ''));
    const clause = nextCue < s.end || fronted ? /,\s*[^,]*$/.exec(upto) : null;
    const content = withinQuotes(ctx, { start: cue.end, end: clause ? cue.end + clause.index : s.end });
    return wordCount(text, content) >= 3 ? { kind: kindOf(ctx, content), content, speaker: null, cue, sentence: index } : null;
  }
  if (!subject) return null;

  const before = text.slice(s.start, (subject.phrase ?? subject.span).start).trimEnd();
  let restAfter = text.slice(cue.end, s.end);
  const object = TELLING.has(key(cue.text)) ? TRAIL_OBJECT.exec(restAfter) : null;
  if (object) restAfter = restAfter.slice(object[0].length);
  const adjunct = ADJUNCT.exec(restAfter);
  const afterAdjunct = restAfter.slice(adjunct ? adjunct[0].length : 0);
  const closesSentence = /^\s*[.!?"”»]*\s*$/.test(afterAdjunct) || onlyAdjuncts(afterAdjunct);
  const medial = /^\s*[,:]\s*[“"«]/.exec(afterAdjunct);
  const trailingBefore = endsWithOneOf(before, ',"”»—–') && /\p{L}/u.test(before);
  // After a closing quote mark the attribution is trailing whatever follows it:
  // `"...," he told cheering supporters in Nashua on Monday.`
  const afterQuote = (endsWithOneOf(before, '"”»') && ',?!—–'.includes(before.charAt(before.length - 2)) && before.length >= 2) || (before.endsWith(',') && before.length >= 2 && '"”»'.includes(before.charAt(before.length - 2)));
  if (AMBIGUOUS_NOUNS.has(key(cue.text))) {
    // "the reports say", "media reports": a noun after a determiner or a possessive
    const possessed = /(?:['’]s?|\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|such|new|latest|recent|media|news|press|early|first|two|three|several|many|some|of)\b)\s*$/i.test(text.slice(Math.max(s.start, k - 12), k));
    if (possessed) return null;
    if (!subject.mention && !/^(?:he|she|they|it|we|i|you)$/i.test(text.slice(subject.span.start, subject.span.end)) && !/^\s*(?:that\b|:|,?\s*[“"«])/.test(restAfter)) return null;
  }

  if (cls !== 'frame' && cls !== 'think' && trailingBefore && !afterQuote && /^\s*,\s+(?!(?:adding|saying|noting|citing|explaining|referring|according|while|as|after|in|during|when|but|and)\b)\p{L}/u.test(afterAdjunct) && !/["”»]$/.test(before)) {
    // Parenthetical: `This campaign, he says, is different.`
    const content = withinQuotes(ctx, { start: s.start, end: s.end });
    const own = { start: (subject.phrase ?? subject.span).start, end: cue.end + (object?.[0].length ?? 0) + (adjunct?.[0].length ?? 0) };
    if (wordCount(text, content) - wordCount(text, own) >= 3) return { kind: kindOf(ctx, content, own), content, speaker: subject, cue, sentence: index };
  }
  if (cls !== 'frame' && cls !== 'think' && trailingBefore && (closesSentence || medial || afterQuote || /^\s*,\s*(?:adding|saying|noting|citing|explaining|referring|while|as|after|in|during|when|but|and)\b/.test(afterAdjunct))) {
    // Trailing: `CONTENT, X said [in a statement]` and `"A," X said, "B"`.
    let content = trailingContent(ctx, s, s.start + before.length);
    if (!content) return null;
    if (medial) {
      const next = pairContaining(ctx.marks, cue.end + (object?.[0].length ?? 0) + (adjunct?.[0].length ?? 0) + medial[0].length);
      if (next && next.close > content.end) content = { start: content.start, end: next.close };
    }
    const own = { start: (subject.phrase ?? subject.span).start, end: cue.end + (object?.[0].length ?? 0) + (adjunct?.[0].length ?? 0) };
    return { kind: kindOf(ctx, content, own), content, speaker: subject, cue, sentence: index };
  }
  if (cls === 'trail') return null;
  const content = leadingContent(ctx, s, cue, cls, nextCue);
  if (!content) return null;
  return { kind: frameKind(ctx, cls, content), content, speaker: subject, cue, sentence: index };
}

/** A framed fragment is mixed; a framing verb's plain object (`criticized the budget`) is indirect. */
function frameKind(ctx: Context, cls: CueClass, content: Span): QuoteKind {
  const kind = kindOf(ctx, content);
  return cls === 'frame' && kind !== 'indirect' ? 'mixed' : kind;
}

/** `X said [to reporters] [on Friday] [that] CONTENT`: the complement of a leading cue. */
function leadingContent(ctx: Context, s: Span, cue: Cue, cls: CueClass, nextCue: number): Span | null {
  const { text } = ctx;
  let from = cue.end;
  const rest = text.slice(from, s.end);
  if (/^\s*(?:[.;!?)]|$)/.test(rest)) {
    // `X said in a statement:` then the quote in the next paragraph.
    return null;
  }
  if (cls === 'object') return objectContent(ctx, s, from, nextCue);
  if (/^\s*(?:to\s|for\b|by\b|up\b|off\b|of\b|out\b|back\b|down\b|over\b|around\b|against\b|with\b)/i.test(rest) && !/^\s*to\s+(?:reporters|journalists|me|him|her|them|us)\b/i.test(rest)) return null;
  let that = false;
  // (no `that` in the rest, no match: the expression's lazy search is not run)
  const ahead = rest.includes('that') ? THAT_AHEAD.exec(rest) : null;
  if (ahead && !FINITE.test(ahead[1]) && !/,\s*(?:and|but|while|which|who)\b/.test(ahead[1]) && isPreamble(ahead[1], TELLING.has(key(cue.text)))) {
    from += ahead[0].length;
    that = true;
  } else {
    if (TELLING.has(key(cue.text))) {
      const object = OBJECT.exec(rest) ?? (CLAUSE_TELLING.has(key(cue.text)) ? LOOSE_OBJECT.exec(rest) : null) ?? (/^ask/.test(cue.text) ? ASKED_OBJECT.exec(rest) : null);
      if (object) from += object[0].length;
      else if (!/^\s*[:“"]/.test(rest) && !QUESTION_START.test(rest)) return null;
    }
    const adjunct = ADJUNCT.exec(text.slice(from, s.end));
    if (adjunct) from += adjunct[0].length;
    const colon = /^\s*[,:]?\s*(?=[“"«])|^\s*:\s*/.exec(text.slice(from, s.end));
    if (colon) from += colon[0].length;
  }
  return contentFrom(ctx, s, cue, cls, nextCue, from, that);
}

/**
 * The content of a leading cue from `from`, past its object, adjuncts and `that` (`that` says
 * whether one was read). A function of its own, so that a rule first met long into a corpus run
 * recompiles this half of `leadingContent`, not all of it.
 */
function contentFrom(ctx: Context, s: Span, cue: Cue, cls: CueClass, nextCue: number, from: number, that: boolean): Span | null {
  const { text } = ctx;
  const rest = text.slice(from, s.end);
  if (/^\s*$/.test(rest) && /:\s*$/.test(text.slice(cue.end, s.end))) {
    // `He continued:` and the quote in the next sentence or paragraph.
    let n = s.end;
    while (n < text.length && /\s/.test(text[n])) n++;
    const pair = OPENERS.has(text[n]) ? pairContaining(ctx.marks, n + 1) : null;
    return pair && pair.open === n ? { start: n + 1, end: pair.close } : null;
  }
  // `X said yes`, `half said so`: a one-word answer is the whole content.
  const answer = !that && cls === 'say' && SAY_FORM.test(cue.text) ? ONE_WORD_ANSWER.exec(rest) : null;
  if (answer) return { start: from + answer[0].length - answer[1].length, end: from + answer[0].length };
  if (cls === 'think' && !that && OBJECT_FALLBACK.has(key(cue.text))) return objectContent(ctx, s, cue.end, nextCue);
  if (cls === 'think' && !that) return null;
  if (cls === 'frame') {
    // The framed object may be long: `called Ford's plans to open a plant in Mexico "a disgrace"`.
    const open = /^[^.;:!?,“”"«»]{0,140}?[“"«]/u.exec(rest);
    if ((!open || open[0].split(/\s+/).length > 16) && OBJECT_FALLBACK.has(key(cue.text))) return objectContent(ctx, s, from, nextCue);
    if (!open || open[0].split(/\s+/).length > 16) return null;
    const pair = pairContaining(ctx.marks, from + open[0].length);
    if (!pair) return null;
    return { start: from, end: markEnd(ctx.text, pair) };
  }
  if (/^\s*(?:ask|asks|asked|asking|wonder|wondered)$/.test(cue.text) && !QUESTION_START.test(rest) && !/^\s*[“"«]/.test(rest)) return null;
  // Content ends before a following attribution in the same sentence: `, adding that ...`.
  let end = s.end;
  const cut = CONTENT_CUT.exec(rest);
  if (cut && from + cut.index >= from + 8) end = from + cut.index;
  // ... and before the clause holding the next cue: `X said A, and 4 in 10 said B`.
  if (nextCue < end) {
    const clause = /[,;]\s+(?:and|but|while|whereas|although|though|however|because)?\s*[^,;]*$/.exec(text.slice(from, nextCue));
    if (clause && clause.index >= 8) end = from + clause.index;
  }
  // `Cruz said if elected president he could ...`: a conditional opening the content.
  const conditional = !that && cls === 'say' && CONDITIONAL_CONTENT.test(text.slice(from, end));
  if (!that && !conditional && !(QUESTION_CUE.test(cue.text) && QUESTION_START.test(text.slice(from, end))) && /^\s*(?:as|when|while|after|before|because|if|since|during|until|to|of|about|in|on|at|from|with)\b/i.test(text.slice(from, end))) return null;
  const content = withinQuotes(ctx, { start: from, end });
  if (wordCount(text, content) < 2) return null;
  if (!that && !/^\s*[“"«\p{L}\p{N}$]/u.test(text.slice(content.start, content.end))) return null;
  return content;
}

/**
 * The object of a stance verb up to the end of its clause: `endorsed Cruz last week, saying ...`
 * gives "Cruz"; `criticized the plan and said ...` gives "the plan".
 */
function objectContent(ctx: Context, s: Span, from: number, nextCue: number): Span | null {
  const { text } = ctx;
  const rest = text.slice(from, s.end);
  if (!/^\s+[\p{L}\p{N}$“"«]/u.test(rest) || OBJECT_NOT_CONTENT.test(rest)) return null;
  const cut = OBJECT_CUT.exec(rest);
  // The clause holding the next cue is its own: `Investigators found traces, the ministry said`.
  const clause = nextCue < s.end ? /,\s*[^,]*$/.exec(text.slice(from, nextCue)) : null;
  let body = rest.slice(0, Math.min(cut ? cut.index : rest.length, clause ? clause.index : nextCue - from)).replace(/[\s,.;:!?]+$|\s+(?:and|but)$/g, '');
  for (let m = OBJECT_TIME.exec(body); m; m = OBJECT_TIME.exec(body)) body = body.slice(0, m.index).replace(/[\s,]+$/, '');
  const content = withinQuotes(ctx, { start: from, end: from + body.length });
  return wordCount(text, content) >= 1 ? content : null;
}

/** The content before a trailing attribution ending at `end`: a quote, or the clause before. */
function trailingContent(ctx: Context, s: Span, end: number): Span | null {
  const { text } = ctx;
  let e = end;
  while (e > s.start && /[\s,—–]/.test(text[e - 1])) e--;
  if (CLOSE_MARK.test(text[e - 1] ?? '')) {
    const pair = pairContaining(ctx.marks, e - 2) ?? pairClosingAt(ctx.marks, e - 1);
    if (pair) {
      const lead = pair.open >= s.start ? text.slice(s.start, pair.open) : '';
      const start = /\p{L}/u.test(lead) ? s.start : pair.open + 1;
      return { start: Math.min(start, pair.open + 1), end: pair.close };
    }
  }
  const content = withinQuotes(ctx, { start: s.start, end: e });
  return wordCount(text, content) >= 2 ? content : null;
}

/** Whether code unit `c` is a letter or a digit (a surrogate is neither: what WORD's `t[0]` test saw). */
function letterOrDigitUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return (c < 0xd800 || c > 0xdfff) && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** Whether code unit `c` goes on a WORD token: a letter, a digit, or one of . ' ’ & - */
function continuesWord(c: number): boolean {
  return letterOrDigitUnit(c) || c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 45;
}

/**
 * The WORD tokens of `text[from, end)`, read from the last one leftwards: `back(reader)` moves to
 * the token before and says whether there is one; `start` and `end` are its offsets. Scanned by
 * hand from the right, with no match object per word, and only as far as the caller reads (a
 * subject is a few words); the same tokens as WORD run from `from`. Text with astral characters
 * (rare) is split by WORD itself.
 *
 * A plain object made by one literal (`wordsBack`), not a class instance: an instance's shape is
 * reached through transitions V8 holds weakly, so a full garbage collection with no reader alive
 * dropped it and deoptimised every function compiled for it (`subjectBefore` was compiled again
 * after each such collection).
 */
interface WordsBack {
  readonly text: string;
  readonly from: number;
  /** Token offsets found by WORD (start, end, ...), for text with astral characters; else null. */
  readonly split: number[] | null;
  start: number;
  end: number;
  next: number;
}

function wordsBack(text: string, from: number, end: number): WordsBack {
  let astral = false;
  for (let k = from; k < end && !astral; k++) astral = (text.charCodeAt(k) & 0xf800) === 0xd800;
  let split: number[] | null = null;
  if (astral) {
    split = [];
    const slice = text.slice(from, end);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) split.push(from + m.index, from + m.index + m[0].length);
  }
  return { text, from, split, start: end, end, next: split ? split.length : end };
}

function back(reader: WordsBack): boolean {
  const { text, from, split } = reader;
  if (split) {
    if (reader.next === 0) return false;
    reader.next -= 2;
    reader.start = split[reader.next];
    reader.end = split[reader.next + 1];
    return true;
  }
  let p = reader.next;
  while (p > from && isSpace(text.charCodeAt(p - 1), text, p - 1)) p--;
  if (p === from) return false;
  let s = p - 1;
  if (continuesWord(text.charCodeAt(p - 1))) {
    // In a run of word characters, the word starts at its first letter or digit; marks before
    // that are tokens of one character each.
    let r = p - 1;
    while (r > from && continuesWord(text.charCodeAt(r - 1))) r--;
    while (r < p && !letterOrDigitUnit(text.charCodeAt(r))) r++;
    if (r < p) s = r;
  }
  reader.start = s;
  reader.end = p;
  reader.next = s;
  return true;
}

/** A speaker phrase read leftwards from a cue: `Rep. Darrell Issa`, `the ministry`, `who`. */
function subjectBefore(ctx: Context, sentenceStart: number, end: number): Speaker | null {
  const { text } = ctx;
  const reader = wordsBack(text, Math.max(sentenceStart, end - 160), end);
  let more = back(reader);
  const lastEnd = reader.end;
  let start = -1;
  let count = 0;
  while (more) {
    const c = text.charCodeAt(reader.start);
    const length = reader.end - reader.start;
    if (length === 1 && c === 41) {
      // "Sen. Ted Cruz (R-TX) said": skip the parenthesis.
      do more = back(reader);
      while (more && !(reader.end - reader.start === 1 && text.charCodeAt(reader.start) === 40));
      if (!more) break;
      more = back(reader);
      continue;
    }
    // words, and the marks a name or an amount holds: ’ ' & - $ %
    if (!letterOrDigitUnit(c) && !(length === 1 && (c === 0x2019 || c === 39 || c === 38 || c === 45 || c === 36 || c === 37))) break;
    // (no word of SUBJECT_BOUNDARY is longer than 8)
    if (length <= 8) {
      const t = text.slice(reader.start, reader.end);
      if (SUBJECT_BOUNDARY.has(t.toLowerCase()) && t !== 'As') break;
    }
    if (++count > 12) return null;
    start = reader.start;
    more = back(reader);
  }
  if (start === -1) {
    // `X, a spokesman for Y, said`, `Christopher Harvey, a delegate from Houston, Texas, said`,
    // `Woodrow Benford, 58, who lives outside Minneapolis, says`: the subject before its asides.
    let j = end;
    while (j > sentenceStart && /\s/.test(text[j - 1])) j--;
    if (text[j - 1] !== ',') return null;
    const asideEnd = j - 1;
    let cut = asideEnd;
    for (let hops = 0; hops < 3; hops++) {
      const seg = text.slice(Math.max(sentenceStart, cut - 100), cut);
      const c = seg.lastIndexOf(',');
      if (c === -1 || /[“”"]/.test(seg.slice(c))) return null;
      const comma = cut - seg.length + c;
      const holder = subjectBefore(ctx, sentenceStart, comma);
      const opens = holder !== null && !/\p{L}/u.test(text.slice(sentenceStart, (holder.phrase ?? holder.span).start));
      if (holder && (holder.mention || (opens && /^\p{Lu}/u.test(text.slice(holder.span.start, holder.span.end))))) {
        const phrase = { start: (holder.phrase ?? holder.span).start, end: asideEnd };
        // "A Pentagon spokesman, Lt. Col. Dwayne R. Hollis, said": the person named in the aside.
        const named = holder.mention?.type === 'person' ? null : headMention(ctx, { start: comma + 1, end: asideEnd });
        if (named?.type === 'person') return speakerOf({ start: named.start, end: named.end }, named, phrase);
        return { ...holder, phrase };
      }
      cut = comma;
    }
    return null;
  }
  const span = { start, end: lastEnd };
  while (span.end > span.start && /[\s,]/.test(text[span.end - 1])) span.end--;
  const words = text.slice(span.start, span.end).split(/\s+/);
  const first = words[0].toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  if (DETERMINERS.has(last)) return null;
  // "Those who said ..." describes people; it does not report what they said.
  if (last === 'who' && words.length > 1) return null;
  const mention = headMention(ctx, span);
  if (first === 'who' && words.length === 1) {
    // "Barkley, who said ...": the relative pronoun, standing for the phrase before its comma.
    let k = span.start;
    while (k > sentenceStart && /[\s,]/.test(text[k - 1])) k--;
    return speakerOf(span, null, undefined, ctx.byEnd.get(k) ?? null);
  }
  if (!mention) {
    if (PREPOSITIONS.has(first) || /^(?:it|there|this|that|which|what)$/.test(first) && words.length === 1 && first !== 'it') return null;
    if (/^(?:[a-z]+ly|not|also|just|then)$/.test(first) && words.length === 1) return null;
    if (words.length > 8 || !plausibleSpeaker(words)) return null;
  }
  if (mention && PREPOSITIONS.has(first)) {
    // "In a statement the ministry said": the phrase from the mention on.
    return speakerOf({ start: mention.start, end: mention.end }, mention, span);
  }
  return speakerOf(mention ? { start: mention.start, end: mention.end } : span, mention, span);
}

/** The speaker phrase after an inverted cue or "according to": `said Robert Stone, a ...`. */
function phraseAfter(ctx: Context, from: number, end: number, anyPhrase = false): Speaker | null {
  const { text } = ctx;
  const rest = text.slice(from, Math.min(end, from + 200));
  const m = /^\s+((?:[^\s,.;:!?“”"()—–]+|\.(?=\w)|(?<=\b\p{Lu})\.)(?:\s+(?!(?:in|on|at|during|after|before|when|while|who|which|that|as|because|told|said|adding|and\s+(?:added|said)|last|this|earlier|later|on)\b)[^\s,;:!?“”"()—–]+){0,9})/u.exec(rest);
  if (!m) return null;
  let span = { start: from + m.index + m[0].length - m[1].length, end: from + m[0].length };
  while (span.end > span.start && /[.]/.test(text[span.end - 1]) && !/\b\p{Lu}\.$/u.test(text.slice(span.start, span.end))) span.end--;
  const first = text.slice(span.start, span.end).split(/\s+/)[0].toLowerCase();
  if (/^(?:that|it|to|in|on|at|by|the|a|an|with|for|of)$/.test(first) && !/^(?:the|a|an)$/.test(first)) return null;
  if (/^(?:the|a|an)$/.test(text.slice(span.start, span.end).toLowerCase())) return null;
  if (SPEECH_OBJECT_SET.has(text.slice(span.start, span.end).toLowerCase())) return null;
  const mention = headMention(ctx, span, true);
  if (!mention && !anyPhrase && !plausibleSpeaker(text.slice(span.start, span.end).split(/\s+/))) return null;
  if (mention) span = { start: mention.start, end: mention.end };
  return { span, mention };
}

/** The mention a speaker phrase is about: a person first, the head (rightmost) before a possessor. */
function headMention(ctx: Context, span: Span, leftmost = false): Mention | null {
  const { text, speakers } = ctx;
  const lo = firstFrom(speakers, span.start);
  let best: Mention | null = null;
  let bestScore = -1;
  const phrase = text.slice(span.start, span.end);
  for (let i = lo; i < speakers.length && speakers[i].start < span.end; i++) {
    const m = speakers[i];
    if (m.end > span.end + 1) continue;
    const possessor = /^['’]s?\b/.test(text.slice(m.end, m.end + 2)) && m.end < span.end - 2;
    // "a spokesman for the ministry": the ministry is not the speaker.
    const governed = /\b(?:of|for|from|at|with|to|in|on|by)\s+(?:the\s+)?$/i.test(text.slice(span.start, m.start)) && m.type !== 'person' && !(leftmost && m.start === span.start);
    if (governed && m.start > span.start) continue;
    let score = (TYPE_RANK[m.type] ?? 0) * 10 + (possessor ? 0 : 5);
    if (m.end === span.end || (leftmost && m.start === span.start)) score += 3;
    if (leftmost) score += m.start === span.start ? 2 : 0;
    else score += (m.start - span.start) / 1000;
    if (score > bestScore) [best, bestScore] = [m, score];
  }
  if (!best) return null;
  // A phrase whose head is a common noun after a possessor ("Clinton's campaign") is not that person.
  const afterBest = phrase.slice(best.end - span.start).trim();
  if (/^['’]s?\s+\p{Ll}/u.test(afterBest) && !/^['’]s?\s+(?:\p{Ll}+\s+)*(?:spokesman|spokeswoman|spokesperson|press secretary)/u.test(afterBest)) {
    return /['’]s?\s+(?:campaign|office|team|government|administration|ministry|aides?|staff|lawyers?|allies|supporters|spokesman|spokeswoman)/.test(afterBest) ? best : best;
  }
  return best;
}

/** `X called it "naked economic bullying"`: a quoted fragment framed by a verb before it. */
function framedFragment(ctx: Context, s: Span, q: QuoteMarks, index: number): Attribution | null {
  const { text } = ctx;
  const found = findCues(text, Math.max(s.start, q.open - 90), q.open, false);
  if (!found.length) return null;
  const { cue } = found[found.length - 1];
  const between = text.slice(cue.end, q.open);
  if (/[.;:!?]/.test(between) || between.split(/\s+/).filter(Boolean).length > 8) return null;
  let k = cue.start;
  const window = text.slice(Math.max(s.start, k - 60), k);
  const pre = PRE_CUE_LAST_WORDS.has(lastWordBeforeSpace(window)) ? PRE_CUE.exec(window) : null;
  if (pre) k -= pre[0].length;
  const subject = subjectBefore(ctx, s.start, k) ?? firstSpeakerIn(ctx, s.start, cue.start);
  if (!subject) return null;
  return { kind: 'mixed', content: { start: cue.end, end: markEnd(ctx.text, q) }, speaker: subject, cue, sentence: index };
}

/**
 * The subject of the main clause before `end`: a speaking mention opening the sentence, or
 * one after a comma and followed by a lower-case word (`Speaking in Salem, Trump went ...`).
 */
function clauseSubject(ctx: Context, start: number, end: number): Speaker | null {
  const { text } = ctx;
  for (const m of ctx.speakers) {
    if (m.start < start) continue;
    if (m.end > end) break;
    const lead = text.slice(start, m.start);
    const opens = /^[\s“"]*$/.test(lead);
    const afterComma = /,\s*$/.test(lead) && /^\s+(?:also\s+|then\s+)?\p{Ll}/u.test(text.slice(m.end, m.end + 12));
    if (opens || afterComma) return speakerOf({ start: m.start, end: m.end }, m);
  }
  // "The Arizona Republican survived ... and says ...": the capitalised phrase opening the sentence.
  const np = /^\s*((?:(?:The|A|An)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}.'’-]*)\s+\p{Ll}/u.exec(text.slice(start, end));
  if (np && !/^(?:In|On|At|But|And|After|Before|When|While|As|If|Asked|Speaking|However|Meanwhile|Still|Yet|So|Also|Then|Later|Earlier|This|That|It|There)$/.test(np[1].split(/\s+/)[0])) {
    const from = start + np[0].indexOf(np[1]);
    const span = { start: from, end: from + np[1].length };
    const mention = headMention(ctx, span);
    return speakerOf(mention ? { start: mention.start, end: mention.end } : span, mention, span);
  }
  return null;
}

/**
 * What may stand between a cue and its `that`: an object, adjuncts ("on Thursday during a taping
 * of a town hall meeting in Buffalo, New York,"), never a clause ("Clinton ran a campaign that").
 */
function isPreamble(words: string, telling: boolean): boolean {
  let r = words.trim();
  if (r === '') return true;
  if (/^(?:on|in|at|during|to|with|for|from|after|before|late|early|earlier|last|this|via|over|through|while|when|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b/i.test(r)) return true;
  if (telling) {
    // The object, then adjuncts: "told delegates at the convention", "told The Post and Courier of Charleston on Saturday".
    const object = OBJECT.exec(` ${r} that`) ?? TELL_OBJECT_LEAD.exec(` ${r}`);
    if (object) r = r.slice(Math.max(0, object[0].length - 1)).trim();
    if (r === '' || /^(?:on|in|at|during|after|before|late|earlier|last|this)\b/i.test(r) || (object && /^of\s+\p{Lu}/u.test(r))) return true;
  }
  return TIME_WORD.test(r);
}

/**
 * Whether a phrase with no entity can be a speaker: a capitalised name or title, a pronoun, a
 * determiner or number phrase ("a news report", "55 percent"), or a bare plural ("officials").
 * Not an adverb, a participle or an imperative ("later", "replacing it", "let them").
 */
function plausibleSpeaker(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (/^[\p{Lu}\p{N}]/u.test(first)) return !/^(?:Let|Make|Please|If|When|While|As|But|And|So|Then|Later|Also|However)$/.test(first);
  if (/^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|many|most|all|both|each|every|several|few|one|two|three|four|five|other|another|no|who|he|she|they|we|i|you|it|nearly|about|more|less|half|only|just)$/i.test(first)) return true;
  return words.length <= 3 && /[^s]s$/.test(words[words.length - 1]) && !/(?:ing|ly)$/.test(first);
}

/** The words an adjunct after a trailing cue opens with: "to the convention", "in Buffalo", "on Monday". */
const ADJUNCT_OPENING = /^(?:,\s*)?(?:on|in|at|during|after|before|to|from|via|through|for|of|with|late|earlier|later|today|yesterday|tonight|this|last|next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

/** What follows a trailing cue when it is no content of its own: "to the convention", "in Buffalo". */
const CLOSING_CHARS = '.!?"”»';

function onlyAdjuncts(rest: string): boolean {
  // (the closing run of . ! ? and quote marks cut by hand: the expression that cut it was tried
  // from every char of the rest)
  const t = rest.trim();
  let e = t.length;
  while (e > 0 && CLOSING_CHARS.includes(t[e - 1])) e--;
  const r = (e === t.length ? t : t.slice(0, e)).trim();
  if (r.length === 0) return true;
  // (the anchored test first: most of what follows a cue opens otherwise, and is then neither
  // searched for a verb nor split into words)
  return ADJUNCT_OPENING.test(r) && !/\bthat\b/.test(r) && !FINITE.test(r) && r.split(/\s+/).length <= 12;
}

function firstSpeakerIn(ctx: Context, start: number, end: number): Speaker | null {
  const m = ctx.speakers.find((x) => x.start >= start && x.end <= end);
  return m ? speakerOf({ start: m.start, end: m.end }, m) : null;
}

/** Spans reaching into quote marks reach to the marks' ends: quotes run over sentences. */
function withinQuotes(ctx: Context, span: Span): Span {
  let { start, end } = span;
  const a = pairContaining(ctx.marks, start);
  if (a && a.open < start) start = Math.min(start, a.open + 1);
  const b = pairContaining(ctx.marks, end - 1);
  if (b && b.close > end) end = markEnd(ctx.text, b);
  return { start, end };
}

function kindOf(ctx: Context, span: Span, own: Span | null = null): QuoteKind {
  const { text } = ctx;
  const t = trimSpan(text, span.start, span.end);
  let quoted = 0;
  let any = false;
  for (const q of ctx.marks) {
    if (q.close < t.start || q.open > t.end) continue;
    any = true;
    quoted += Math.min(q.close, t.end) - Math.max(q.open + 1, t.start);
  }
  if (!any) return 'indirect';
  const inside = ctx.marks.filter((q) => q.close >= t.start && q.open <= t.end).reduce((n, q) => n + countLetters(text, Math.max(q.open, t.start), Math.min(q.close, t.end)), 0);
  // The attribution's own words between two quoted pieces (`"A," he said, "B"`) do not count.
  const ownLetters = own && own.start >= t.start && own.end <= t.end ? countLetters(text, own.start, own.end) : 0;
  const all = countLetters(text, t.start, t.end) - ownLetters;
  void quoted;
  return all - inside <= 1 ? 'direct' : 'mixed';
}

/** Words (runs of letters and digits) in `span`, counted in place. */
function wordCount(text: string, span: Span): number {
  let n = 0;
  let inWord = false;
  // spans may reach past the text's end, as slice allowed
  const end = Math.min(span.end, text.length);
  for (let k = Math.max(0, span.start); k < end; ) {
    const w = letterOrDigitAt(text, k);
    if (w > 0) {
      if (!inWord) n++;
      inWord = true;
      k += w;
    } else {
      inWord = false;
      k++;
    }
  }
  return n;
}

const LETTER = /^\p{L}$/u;

/** Letters (code points) in `[from, to)`, counted in place. */
function countLetters(text: string, from: number, to: number): number {
  let n = 0;
  const end = Math.min(to, text.length);
  for (let k = Math.max(0, from); k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) n++;
    } else {
      const cp = text.codePointAt(k)!;
      if (cp > 0xffff) k++;
      if (LETTER.test(String.fromCodePoint(cp))) n++;
    }
  }
  return n;
}

/** Pairs of quote marks; a quote left open at a paragraph's end runs on while the next opens again. */
function findQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let openAt = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    for (let i = para.start; i < para.end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 && c !== 34) continue; // every mark but " is outside ASCII
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

/** The pair of marks whose inside holds `pos` (binary search over pairs in text order). */
function pairContaining(marks: readonly QuoteMarks[], pos: number): QuoteMarks | null {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = marks[mid];
    if (pos <= q.open) hi = mid - 1;
    else if (pos >= q.close) lo = mid + 1;
    else return q;
  }
  return null;
}

function pairClosingAt(marks: readonly QuoteMarks[], pos: number): QuoteMarks | null {
  const q = pairContaining(marks, pos - 1);
  return q && q.close === pos ? q : null;
}

function sentenceIndex(sentences: readonly Span[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < sentences[mid].start) hi = mid - 1;
      else if (pos >= sentences[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}

/** The latest attribution with a speaker in this paragraph or the one before. */
function lastWithSpeaker(list: readonly Attribution[], paragraphOf: (pos: number) => number, paragraph: number): Attribution | null {
  // A quote runs on from the last quoted attribution (`"A," she said, adding that X. "B."`).
  let fallback: Attribution | null = null;
  for (let i = list.length - 1; i >= 0 && i >= list.length - 3; i--) {
    const a = list[i];
    if (!a.speaker) continue;
    const p = paragraphOf(a.content.start);
    if (p === -1 || paragraph - p > 1) break;
    if (a.kind !== 'indirect') return a;
    fallback ??= a;
  }
  return fallback;
}

/** Whether only the previous attribution's own words (`," he said. "`) sit between two spans. */
function onlyAttributionBetween(text: string, from: number, to: number, found: readonly Attribution[]): boolean {
  if (to - from > 160) return false;
  const gap = text.slice(from, to);
  if (!/\p{L}/u.test(gap)) return true;
  return !found.some((a) => a.content.start >= from && a.content.start < to) && /^[\s,.”"»]*[^.“"]*[.,:]?[\s]*$/u.test(gap.replace(/[”"»]/g, ''));
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,:“"«—–]/.test(text[start])) start++;
  while (end > start && /[\s,.:;—–”"»]/.test(text[end - 1])) end--;
  return { start, end };
}
