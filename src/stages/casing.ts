/**
 * Lower-case copy. Some 1987 wire stories (Latin American desks, chiefly) came through with every
 * letter of the body in lower case except the first word of a paragraph: "caracas, feb 26 -
 * venezuela is seeking a 'constructive and flexible' attitude from its creditor banks ..., finance
 * minister manuel azpurua told a press conference." Every later stage reads names by their capitals,
 * so such a story gave no names and no events.
 *
 * For such a story the stages read a copy with the capitals a wire editor would have written put
 * back: the same characters at the same offsets, only the case of some letters changed, so every
 * span the stages give points into the original text. What gets a capital:
 * - a sentence's first word;
 * - names the lexicons know (countries, demonyms, capitals, places, bodies and their acronyms),
 *   longest first ("new york", "soviet union", "opec");
 * - dotted abbreviations ("u.s." -> "U.S."), weekdays, and months before a day's number;
 * - a word the name tagger's training copy wrote only as part of names ("venezuela", "manuel");
 * - a word that copy never had ("azpurua", "febres") next to a name or after a title, and the title
 *   before such a name ("finance minister manuel azpurua" -> "Finance Minister Manuel Azpurua").
 *
 * The same copy mends one more habit of the archive: a possessive written with a double quote
 * ("Britain"s ruling Conservative Party", 97 times in 36 Reuters stories), which read as written opens
 * a quote and hides the possessive.
 */
import { COUNTRY_NAMES, DEMONYMS, CAPITALS } from '../lexicon/countries.js';
import { PLACE_ALIASES } from '../lexicon/places.js';
import { KNOWN_ORGANIZATIONS, LEGISLATURES } from '../lexicon/organizations.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import { titleCase } from '../gazetteer.js';
import { trainingUse } from '../ner/tagger.js';
import { MONTHS, WEEKDAYS } from '../lexicon/agencies.js';

/** A story's body with fewer capitals than this share of its letters may be lower-case copy (normal copy has 4-8%)... */
const FEW_CAPITALS = 0.03;
/** ... and under this share it is, whatever names it holds. */
const LOWER_CASE_SHARE = 0.015;
/** How much of the body is looked at, and how many letters it must hold to judge. */
const SAMPLE = 1200;
const MIN_LETTERS = 200;
const LOWER_WORD = /(?<![A-Za-z'])[a-z]+(?![A-Za-z])/g;

/**
 * Whether the story's body (after its title line) is written in lower case: almost no capitals, or
 * few capitals and more countries and peoples named in lower case than with a capital ("KINGSTON,
 * Jamaica, April 24 - prime minister edward seaga ... jamaica's gdp", a dateline in capitals).
 */
export function isLowerCaseCopy(text: string): boolean {
  const from = text.indexOf('\n');
  if (from < 0) return false;
  let letters = 0;
  let capitals = 0;
  const to = Math.min(text.length, from + SAMPLE);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    }
  }
  if (letters < MIN_LETTERS || capitals >= letters * FEW_CAPITALS) return false;
  if (capitals < letters * LOWER_CASE_SHARE) return true;
  const sample = text.slice(from, to);
  let lowerNames = 0;
  for (const m of sample.matchAll(LOWER_WORD)) if (COUNTRY_WORDS.has(m[0])) lowerNames++;
  let capitalNames = 0;
  for (const m of sample.matchAll(CAPITAL_WORD)) if (COUNTRY_WORDS.has(m[0].toLowerCase())) capitalNames++;
  return lowerNames >= 2 && lowerNames > capitalNames;
}

const CAPITAL_WORD = /(?<![A-Za-z'])[A-Z][a-z]+(?![A-Za-z])/g;
/** One-word names of countries and peoples in lower case ("jamaica", "peruvian"). */
const COUNTRY_WORDS: ReadonlySet<string> = new Set(
  [...COUNTRY_NAMES.keys(), ...DEMONYMS.keys()].filter((name) => /^[A-Z][a-z]+$/.test(name)).map((name) => name.toLowerCase()),
);

/** A possessive written with a double quote after a word ("Brazil"s output"). */
const QUOTED_POSSESSIVE = /(?<=[A-Za-z])"s(?![A-Za-z])/g;

/** The text with a possessive written with a double quote given its apostrophe ("Brazil's output"); same length, same offsets. */
export function mendPossessives(text: string): string {
  return text.includes('"s') ? text.replace(QUOTED_POSSESSIVE, "'s") : text;
}

interface Word {
  readonly start: number;
  readonly end: number;
  /** The word in lower case. */
  readonly lower: string;
}

const WORD = /[A-Za-z][A-Za-z']*(?:\.(?:[A-Za-z]\.)+|[A-Za-z'-]*)/g;
const DOTTED = /^(?:[a-z]\.){2,}$/;
const ACRONYM = /^[A-Z]{2,}$/;
const POSSESSIVE = /'s$/;
const BEFORE_VERBS = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'not', 'also', 'did', 'does', 'do']);

/** Regions wire copy names with capitals ("latin american debtors" would otherwise read "American" as the United States). */
const REGION_NAMES = [
  'Latin America', 'Latin American', 'Central America', 'Central American', 'South America', 'South American', 'North America',
  'North American', 'Middle East', 'Far East', 'Southeast Asia', 'Southeast Asian', 'Western Europe', 'Eastern Europe',
  'West European', 'East European', 'Third World',
];

/** Lower-case phrase (words joined by one space) -> the phrase as the lexicons write it. */
let phrases: Map<string, string> | null = null;
let longestPhrase = 1;

function lexiconPhrases(): Map<string, string> {
  if (phrases) return phrases;
  const map = new Map<string, string>();
  const add = (written: string): void => {
    const words = written.split(/\s+/);
    // a one-word alias that is a common word ("who", "us") names no body in lower case
    if (words.length === 1 && trainingUse(written).plain) return;
    const key = words.join(' ').toLowerCase();
    if (!map.has(key)) map.set(key, words.join(' '));
    longestPhrase = Math.max(longestPhrase, words.length);
  };
  for (const names of [COUNTRY_NAMES.keys(), DEMONYMS.keys(), CAPITALS.keys()]) for (const name of names) add(name);
  for (const alias of Object.keys(PLACE_ALIASES)) add(alias === alias.toLowerCase() ? titleCase(alias) : alias);
  // (a body's one-word alias is read only as an acronym: "opec", not "union" or "community")
  for (const body of KNOWN_ORGANIZATIONS)
    for (const name of [body.name, ...body.aliases]) if (!name.startsWith('the ') && (name.includes(' ') || ACRONYM.test(name))) add(name);
  for (const name of LEGISLATURES) if (name.includes(' ')) add(name);
  for (const name of REGION_NAMES) add(name);
  phrases = map;
  return map;
}

/** Title phrases in lower case ("finance minister", "president"), longest first. */
let titles: string[][] | null = null;

function titlePhrases(): string[][] {
  titles ??= [...new Set(TITLE_HEADS.map((h) => h.head.toLowerCase()))]
    .map((h) => h.split(/\s+/))
    .sort((a, b) => b.length - a.length);
  return titles;
}

/**
 * The text with capitals put back where a wire editor would have written them (see the module
 * comment); same length, same offsets. Call it only for lower-case copy (`isLowerCaseCopy`).
 */
export function restoreCase(text: string): string {
  const words: Word[] = [];
  // (a possessive is looked up without its "'s": "venezuela's")
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase().replace(POSSESSIVE, '') });
  const out = text.split('');
  const capital = new Uint8Array(words.length);
  const capitalise = (i: number, all = false): void => {
    const w = words[i];
    capital[i] = 1;
    for (let k = w.start; k < (all ? w.end : w.start + 1); k++) out[k] = out[k].toUpperCase();
  };
  const separatedBySpace = (i: number): boolean => /^\s+$/.test(text.slice(words[i - 1].end, words[i].start));

  lexiconNames(words, out, capital, separatedBySpace);
  for (let i = 0; i < words.length; i++) {
    const { lower } = words[i];
    if (capital[i]) continue;
    if (DOTTED.test(lower)) capitalise(i, true);
    else if (WEEKDAYS.has(lower) || (MONTHS[lower] !== undefined && /^\s+\d/.test(text.slice(words[i].end, words[i].end + 4)))) capitalise(i);
    else if (nameWord(words, i)) capitalise(i);
  }
  sameNameElsewhere(text, words, capital, capitalise, (i) => (capital[i] === 1 || writtenCapitalised(text, words[i])) && unseenName(words[i].lower));
  // a word the training copy never had or wrote only in names, beside a person's name or after a title, is part of the
  // person's name ("manuel azpurua", "william cook"); beside a country it is not ("venezuela supports")
  const personal = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) personal[i] = capital[i] && (trainingUse(words[i].lower).person || unseenName(words[i].lower)) ? 1 : 0;
  for (let pass = 0; pass < 2; pass++)
    for (let i = 0; i < words.length; i++) {
      if (capital[i] && !personal[i] && !endsTitle(words, i)) continue;
      if (!unseenName(words[i].lower) && !trainingUse(words[i].lower).nameOnly) continue;
      const before = i > 0 && separatedBySpace(i) && (personal[i - 1] === 1 || endsTitle(words, i));
      const after = i + 1 < words.length && separatedBySpace(i + 1) && personal[i + 1] === 1;
      if (!before && !after) continue;
      if (!capital[i]) capitalise(i);
      personal[i] = 1;
    }
  // a person's name found so, the training copy's name word or one it never had, is a name wherever the story uses it
  // ("information minister marco lara ..." then "lara said")
  sameNameElsewhere(text, words, capital, capitalise, (i) => personal[i] === 1 && (unseenName(words[i].lower) || trainingUse(words[i].lower).nameOnly));
  titlesBeforeNames(words, capital, capitalise, separatedBySpace);
  sentenceStarts(text, words, capital, capitalise);
  return out.join('');
}

/** Names the lexicons know, longest phrase first, given their lexicon capitals. */
function lexiconNames(words: readonly Word[], out: string[], capital: Uint8Array, separatedBySpace: (i: number) => boolean): void {
  const table = lexiconPhrases();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longestPhrase, words.length - i); n >= 1; n--) {
      let key = words[i].lower;
      let joined = true;
      for (let k = 1; k < n && joined; k++) {
        joined = separatedBySpace(i + k);
        key += ` ${words[i + k].lower}`;
      }
      const written = joined ? table.get(key) : undefined;
      if (written === undefined) continue;
      // the lexicon's letters over the text's, word by word (the text's own spacing and line breaks stay)
      const forms = written.split(' ');
      for (let k = 0; k < n; k++) {
        const w = words[i + k];
        // (capitals only added: a title line in capitals keeps them)
        for (let c = 0; c < forms[k].length && w.start + c < w.end; c++) if (isUpper(forms[k][c])) out[w.start + c] = forms[k][c];
        capital[i + k] = 1;
      }
      i += n - 1;
      break;
    }
  }
}

/** Whether the writer gave the word a capital and then small letters ("Azpurua", not "REFINANCING" of a title in capitals). */
function writtenCapitalised(text: string, w: Word): boolean {
  return isUpper(text[w.start]) && w.end - w.start > 1 && !isUpper(text[w.start + 1]);
}

function isUpper(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}

/**
 * A word the training copy wrote five times or more and only in names of persons, places or
 * things ("venezuela", "manuel", "soviet"); a body's word ("petroleum", "union") only beside another
 * name (the step after), and none after a word that wants a verb ("will open": "open" is mostly the
 * tennis Open there).
 */
function nameWord(words: readonly Word[], i: number): boolean {
  const use = trainingUse(words[i].lower);
  return use.nameOnly && use.often && !use.bodyOnly && !(i > 0 && BEFORE_VERBS.has(words[i - 1].lower));
}

/** A word of three or more letters that the tagger's training copy never had. */
function unseenName(lower: string): boolean {
  return lower.length >= 3 && /^[a-z]+$/.test(lower) && !trainingUse(lower).seen;
}

/**
 * A name word found once (`isName`: a word the training copy never had, capitalised by the steps above or by the writer
 * at a paragraph's start: "Azpurua said") is a name wherever the story uses it ("azpurua said only").
 */
function sameNameElsewhere(text: string, words: readonly Word[], capital: Uint8Array, capitalise: (i: number) => void, isName: (i: number) => boolean): void {
  const names = new Set<string>();
  for (let i = 0; i < words.length; i++) if (isName(i)) names.add(words[i].lower);
  for (let i = 0; i < words.length; i++) if (!capital[i] && names.has(words[i].lower)) capitalise(i);
}

/** Whether a title phrase ends just before word `i` ("finance minister" before "manuel"). */
function endsTitle(words: readonly Word[], i: number): boolean {
  return titleBefore(words, i) > 0;
}

/** The number of words of the longest title phrase ending just before word `i` (0 when none). */
function titleBefore(words: readonly Word[], i: number): number {
  for (const phrase of titlePhrases()) {
    const n = phrase.length;
    if (i < n) continue;
    let match = true;
    for (let k = 0; k < n && match; k++) match = words[i - n + k].lower === phrase[k];
    if (match) return n;
  }
  return 0;
}

/** A title before a name the steps above capitalised takes capitals too ("president leon febres cordero"). */
function titlesBeforeNames(
  words: readonly Word[],
  capital: Uint8Array,
  capitalise: (i: number) => void,
  separatedBySpace: (i: number) => boolean,
): void {
  for (let i = 1; i < words.length; i++) {
    if (!capital[i] || capital[i - 1] || !separatedBySpace(i) || !trainingUse(words[i].lower).person && !unseenName(words[i].lower)) continue;
    const n = titleBefore(words, i);
    for (let k = i - n; k < i; k++) capitalise(k);
  }
}

/** A sentence's first word: after a full stop, a question or exclamation mark (and a closing quote), at a paragraph's start. */
function sentenceStarts(text: string, words: readonly Word[], capital: Uint8Array, capitalise: (i: number) => void): void {
  for (let i = 0; i < words.length; i++) {
    if (capital[i]) continue;
    const gap = text.slice(i > 0 ? words[i - 1].end : 0, words[i].start);
    const afterAbbreviation = i > 0 && DOTTED.test(words[i - 1].lower);
    if ((/[.!?]["')]?\s+["'(]?$/.test(gap) && !afterAbbreviation) || /\n {2,}["'(]?$/.test(gap) || / - ["'(]?$/.test(gap)) capitalise(i);
  }
}
