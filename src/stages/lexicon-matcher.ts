/**
 * A token trie over every lexicon the mention finder needs (countries, demonyms, capitals,
 * known organizations, organization heads, ranks, titles), built once on first use.
 * Matching walks the trie from each token, so a sentence is scanned in one pass.
 */
import type { Token } from '../model.js';
import { CAPITALS, COUNTRY_NAMES, DEMONYMS } from '../lexicon/countries.js';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, type KnownOrganization } from '../lexicon/organizations.js';
import { RANKS, type Rank } from '../lexicon/ranks.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import { tokenize } from '../ner/tokenize.js';
// (an import cycle, used only inside functions: the vocabulary numbers this module's folded first words, and this module numbers
// each sentence's words in it)
import { vocabulary, wordNumbers, type WordNumbers } from './vocabulary.js';

export type Entry =
  | { readonly kind: 'country'; readonly code: string }
  | { readonly kind: 'demonym'; readonly code: string }
  | { readonly kind: 'capital'; readonly code: string }
  | { readonly kind: 'org'; readonly org: KnownOrganization }
  | { readonly kind: 'orghead'; readonly sector: string }
  | { readonly kind: 'rank'; readonly rank: Rank }
  | { readonly kind: 'title'; readonly sector: string };

export interface Match {
  /** Token indices, half-open. */
  readonly from: number;
  readonly to: number;
  readonly entries: readonly Entry[];
}

interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}

const newNode = (): Node => ({ next: new Map(), entries: [] });

/** Token key: apostrophes and dashes folded so "People’s" and "People's" meet. */
export function tokenKey(token: string): string {
  // Most tokens have nothing to fold: they are returned as they are, with no regex run.
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 0x2013) return token.replace(/’/g, "'").replace(/[‐‑–]/g, '-');
  }
  return token;
}

/** Whether a token is ASCII with no capital letter: `tokenKey` and `toLowerCase` give it back unchanged. */
function isPlainLower(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

interface Tries {
  /** Proper names: case matters ("US" is not "us"). */
  exact: Node;
  /** Ranks, titles and organization heads: matched on lower case; callers check capitals. */
  folded: Node;
  /** The first words of each trie's phrases, to pass over tokens that start none without a map lookup. */
  exactFirsts: WordFilter;
  foldedFirsts: WordFilter;
  /** Per number of the shared vocabulary (stages/vocabulary.ts), the folded trie's node of that first word, null if none. */
  foldedByNumber: readonly (Node | null)[] | null;
}

let tries: Tries | null = null;

function add(root: Node, phrase: string, entry: Entry, fold: boolean): void {
  let node = root;
  for (const t of tokenize(phrase)) {
    const key = fold ? tokenKey(t.text).toLowerCase() : tokenKey(t.text);
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = newNode()));
    node = child;
  }
  if (node !== root) node.entries.push(entry);
}

function build(): Tries {
  const exact = newNode();
  const folded = newNode();
  for (const [name, code] of COUNTRY_NAMES) add(exact, name, { kind: 'country', code }, false);
  for (const [name, code] of DEMONYMS) add(exact, name, { kind: 'demonym', code }, false);
  for (const [name, code] of CAPITALS) add(exact, name, { kind: 'capital', code }, false);
  for (const org of KNOWN_ORGANIZATIONS) {
    for (const name of [org.name, ...org.aliases]) add(exact, name.replace(/^the /, ''), { kind: 'org', org }, false);
  }
  for (const [head, sector] of Object.entries(ORGANIZATION_HEADS)) add(folded, head, { kind: 'orghead', sector }, true);
  for (const rank of RANKS) add(folded, rank.rank, { kind: 'rank', rank }, true);
  for (const title of TITLE_HEADS) add(folded, title.head, { kind: 'title', sector: title.sector }, true);
  return { exact, folded, exactFirsts: wordFilter(exact.next.keys()), foldedFirsts: wordFilter(folded.next.keys()), foldedByNumber: null };
}

/** The first words of the folded trie's phrases (ranks, titles, organization heads): the shared vocabulary numbers them. */
export function foldedFirstWords(): Iterable<string> {
  tries ??= build();
  return tries.folded.next.keys();
}

function longest(root: Node, keys: readonly string[], from: number): Match | null {
  return longestFrom(root, keys, from, from);
}

/** `longest` from `node`, reached by the keys before `at` (the trie's root, or its child of the first word's number). */
function longestFrom(node: Node, keys: readonly string[], from: number, at: number): Match | null {
  // (the longest match is built once, at the end, not at every shorter one on the way)
  let best: Node | null = null;
  let bestTo = from;
  if (at > from && node.entries.length) {
    best = node;
    bestTo = at;
  }
  for (let i = at; i < keys.length; i++) {
    const child = node.next.get(keys[i]);
    if (!child) break;
    node = child;
    if (node.entries.length) {
      best = node;
      bestTo = i + 1;
    }
  }
  return best === null ? null : { from, to: bestTo, entries: best.entries };
}

/** What `matchLexicon` finds at each token, with the folded keys it matched on. */
export interface LexiconMatches {
  readonly exact: (Match | null)[];
  readonly folded: (Match | null)[];
  /** Each token's key lower-cased (`tokenKey(text).toLowerCase()`), for callers' own word tables. */
  readonly lower: readonly string[];
  /** Each token's text lower-cased (`text.toLowerCase()`: `lower` where the key folds nothing), for the stages after mentions. */
  readonly words: readonly string[];
  /** Each word's number in the shared vocabulary (`wordNumbers(words)`), for the stages after mentions. */
  readonly numbers: WordNumbers;
}

/**
 * A quick test of whether a word may be one of a set of words, answered from its first two chars
 * and its length with no string hashed: most tokens of a sentence (lower-case words in the exact
 * trie, most words in the folded one, punctuation and numbers in both) are in no such set, and are
 * passed over without a map lookup. "No" is certain; "maybe" is checked in the set itself.
 */
export type WordFilter = Uint32Array;

/**
 * Where a word's first two chars fall in a filter. Chars beyond ASCII share the slot of char 0, which no word holds: a "maybe"
 * more for them, but none for an ASCII char (their low seven bits made "," the "€" of the event coder's amounts, and every comma
 * of a sentence a map lookup).
 */
function filterSlot(s: string, from: number, to: number): number {
  return (asciiOrZero(s.charCodeAt(from)) << 7) | (to - from > 1 ? asciiOrZero(s.charCodeAt(from + 1)) : 0);
}

function asciiOrZero(c: number): number {
  return c < 128 ? c : 0;
}

export function wordFilter(words: Iterable<string>): WordFilter {
  const filter = new Uint32Array(128 * 128);
  for (const word of words) if (word.length > 0) filter[filterSlot(word, 0, word.length)] |= 1 << Math.min(word.length, 31);
  return filter;
}

/** Whether `word` may be one of the words the filter was built from (see WordFilter). */
export function mayBeWord(filter: WordFilter, word: string): boolean {
  return mayBeWordAt(filter, word, 0, word.length);
}

/** Whether `s.slice(from, to)` may be one of the filter's words, without slicing it. */
export function mayBeWordAt(filter: WordFilter, s: string, from: number, to: number): boolean {
  return to > from && (filter[filterSlot(s, from, to)] & (1 << Math.min(to - from, 31))) !== 0;
}

/** Words that make "America" and "American" a region's ("South American", "Latin America"). */
const REGION_WORDS: ReadonlySet<string> = new Set(['South', 'North', 'Latin', 'Central', 'Pan', 'Pan-']);

/** Whether `word` after `previous` is a region's name or adjective, not the United States' ("South American", "Latin America"). */
export function regionalDemonym(previous: string | undefined, word: string): boolean {
  return (word === 'American' || word === 'America') && previous !== undefined && REGION_WORDS.has(previous);
}

/** Every longest lexicon match starting at each token (exact-case and folded tries apart). */
export function matchLexicon(tokens: readonly Token[]): LexiconMatches {
  tries ??= build();
  const { exactFirsts, foldedFirsts } = tries;
  const n = tokens.length;
  const exactKeys = new Array<string>(n);
  const lower = new Array<string>(n);
  const words = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const text = tokens[i].text;
    if (isPlainLower(text)) {
      // nothing to fold and nothing to lower-case: the token is its own key (most words)
      exactKeys[i] = text;
      lower[i] = text;
      words[i] = text;
      continue;
    }
    const key = tokenKey(text);
    exactKeys[i] = key;
    lower[i] = key.toLowerCase();
    words[i] = key === text ? lower[i] : text.toLowerCase();
  }
  // each word numbered once, here, for every lexicon the shared vocabulary serves: the folded trie's first step reads its node by
  // the number where the key is the word (all but words with a curly apostrophe or a typographic dash)
  const numbers = wordNumbers(words);
  const foldedByNumber = tries.foldedByNumber ??= vocabulary().words.map((word) => tries!.folded.next.get(word) ?? null);
  const exact = new Array<Match | null>(n);
  const folded = new Array<Match | null>(n);
  for (let i = 0; i < n; i++) {
    exact[i] = mayBeWord(exactFirsts, exactKeys[i]) ? longest(tries.exact, exactKeys, i) : null;
    if (lower[i] === words[i]) {
      const first = numbers[i] < 0 ? null : foldedByNumber[numbers[i]];
      folded[i] = first === null ? null : longestFrom(first, lower, i, i + 1);
    } else folded[i] = mayBeWord(foldedFirsts, lower[i]) ? longest(tries.folded, lower, i) : null;
    // "South American leaders", "Latin American debt", "vice-president for Latin America": a region, not the United States
    if (exact[i] !== null && i > 0 && regionalDemonym(exactKeys[i - 1], exactKeys[i])) exact[i] = null;
    // "Attorney General Merrick Garland", "Prosecutor General Igor Krasnov": a word of a longer title is no rank of its own
    if (folded[i] !== null && i > 0 && folded[i - 1] !== null && folded[i - 1]!.to > i && folded[i]!.to <= folded[i - 1]!.to
      && folded[i - 1]!.entries.some((e) => e.kind === 'title') && folded[i]!.entries.every((e) => e.kind === 'rank')) folded[i] = null;
  }
  return { exact, folded, lower, words, numbers };
}

/**
 * A plain-object table (`Record<string, V>`) as a Map, for speed: indexing an object with a word
 * built at run time (lower-cased, or "a b" pairs) costs a string-table lookup each time in V8.
 * The Map answers exactly what `record[key]` did, keys inherited from Object.prototype
 * ("constructor", "__proto__") included, so that no output changes.
 */
export function tableMap<V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const key of Object.keys(record)) map.set(key, record[key]);
  return map;
}

/**
 * The two-word keys of a table ("air force") by their first word, so that a word pair is looked
 * up without building the "a b" string. Keys of one word, or of three and more, are left out.
 */
export function pairTable<V>(table: Readonly<Record<string, V>> | ReadonlyMap<string, V>): ReadonlyMap<string, ReadonlyMap<string, V>> {
  const byFirst = new Map<string, Map<string, V>>();
  for (const [key, value] of table instanceof Map ? table : Object.entries(table)) {
    const parts = key.split(' ');
    if (parts.length !== 2) continue;
    let seconds = byFirst.get(parts[0]);
    if (!seconds) byFirst.set(parts[0], (seconds = new Map()));
    seconds.set(parts[1], value);
  }
  return byFirst;
}

export function entryOf<K extends Entry['kind']>(match: Match | null, kind: K): Extract<Entry, { kind: K }> | null {
  if (!match) return null;
  for (const e of match.entries) if (e.kind === kind) return e as Extract<Entry, { kind: K }>;
  return null;
}
