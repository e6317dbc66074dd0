/**
 * One numbering of the lower-cased words the stages' lexicons know, built once on first use from the lexicons. The mentions
 * stage looks each word of a story up here once, with its tokens (`wordNumbers`, in `matchLexicon`), and hands the numbers on
 * with its words, so that a later stage reads an array by a word's number where it hashed the word into a table of its own: each stage's lookups
 * by string were the memory waits that held `extract` near a third of a POS tagger's speed (docs/performance.md, sessions
 * 21-26).
 *
 * The words numbered, and who reads them by number:
 * - the trigger lexicon's first words and the words of the anchor steps it checks: the trigger matcher
 *   (`anchorTable` in events/trigger-matches.ts keeps, per number, the patterns a word starts and stamps anchors by number);
 * - the first words of the mentions stage's folded trie (ranks, titles, organization heads): `matchLexicon` reads the trie's
 *   node of a sentence's word by its number.
 *
 * A consumer that moves onto the numbers adds its words here; every number is below `words.length`, so a consumer's table is a
 * plain array of that many entries. (The lexicon matcher and this module import each other, each using the other only inside
 * functions.)
 */
import { checkedAnchorSteps, lexicon } from './event-lexicon.js';
import { foldedFirstWords, mayBeWord, wordFilter, type WordFilter } from './lexicon-matcher.js';

export interface Vocabulary {
  /** Each word's number, from 0. */
  readonly numberOf: ReadonlyMap<string, number>;
  /** The words by number. */
  readonly words: readonly string[];
  /** A quick test of the words of `numberOf` (see WordFilter): most words of a story are none, and are not hashed. */
  readonly filter: WordFilter;
}

let built: Vocabulary | null = null;

export function vocabulary(): Vocabulary {
  if (built) return built;
  const numberOf = new Map<string, number>();
  const words: string[] = [];
  const add = (word: string) => {
    if (numberOf.has(word)) return;
    numberOf.set(word, words.length);
    words.push(word);
  };
  const { byFirst } = lexicon();
  for (const word of byFirst.keys()) add(word);
  for (const patterns of byFirst.values()) for (const p of patterns) for (const step of checkedAnchorSteps(p)) for (const word of step) add(word);
  for (const word of foldedFirstWords()) add(word);
  built = { numberOf, words, filter: wordFilter(words) };
  return built;
}

/**
 * A sentence's words by number, -1 for a word no lexicon here knows. A plain array of small integers, built by push: a typed
 * array per sentence cost a quarter of the numbering's time in its allocation alone.
 */
export type WordNumbers = readonly number[];

/** The number of each word (lower-cased, as the mentions stage hands words on), -1 for a word no lexicon here knows. */
export function wordNumbers(words: readonly string[]): WordNumbers {
  const { numberOf, filter } = vocabulary();
  const numbers: number[] = [];
  for (let i = 0; i < words.length; i++) numbers.push(mayBeWord(filter, words[i]) ? numberOf.get(words[i]) ?? -1 : -1);
  return numbers;
}
