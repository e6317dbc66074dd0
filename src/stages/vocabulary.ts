/**
 * One numbering of the lower-cased words the stages' lexicons know, built once on first use from the lexicons. The mentions
 * stage looks each word of a story up here once, with its tokens (`wordNumbers`), and hands the numbers on with its words, so
 * that a later stage reads an array by a word's number where it hashed the word into a table of its own: each stage's lookups
 * by string were the memory waits that held `extract` near a third of a POS tagger's speed (docs/performance.md, sessions
 * 21-26).
 *
 * The words numbered, and who reads them by number:
 * - the trigger lexicon's first words and the words of its patterns' anchor steps: the trigger matcher
 *   (`anchorTable` in events/trigger-matches.ts keeps, per number, the patterns a word starts and stamps anchors by number).
 *
 * A consumer that moves onto the numbers adds its words here; every number stays below `size`, so a consumer's table is a
 * plain array of `size` entries.
 */
import { lexicon } from './event-lexicon.js';
import { mayBeWord, wordFilter, type WordFilter } from './lexicon-matcher.js';

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
  for (const patterns of byFirst.values()) for (const p of patterns) for (const step of p.anchor ?? []) for (const word of step) add(word);
  built = { numberOf, words, filter: wordFilter(words) };
  return built;
}

/** The number of each word (lower-cased, as the mentions stage hands words on), -1 for a word no lexicon here knows. */
export function wordNumbers(words: readonly string[]): Int32Array {
  const { numberOf, filter } = vocabulary();
  const numbers = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) numbers[i] = mayBeWord(filter, words[i]) ? numberOf.get(words[i]) ?? -1 : -1;
  return numbers;
}
