/** The trigger lexicon looked up word by word over a unit: anchor tables, gapped patterns and the matches they give. */
import { AMOUNT_GAP, checkedAnchorSteps, lexicon, OBJECT_GAP, type Pattern, type Step } from '../event-lexicon.js';
import { vocabulary, type WordNumbers } from '../vocabulary.js';
import { matchRest, skipTimeAdverbial, triggersAt, wordAt } from './clause.js';
import type { AnchorTable, TriggerMatch } from './types.js';
import { BE_FORMS, DETERMINERS, MODALS, PREPOSITIONS, QUOTE_CHARS } from './word-classes.js';

let anchors: AnchorTable | null = null;
export function anchorTable(): AnchorTable {
  if (anchors) return anchors;
  const { byFirst, patternCount, stepCount } = lexicon();
  const { numberOf, words } = vocabulary();
  // per gapped pattern the numbers of each of its anchor steps it is checked for
  const anchorSteps: (readonly Int32Array[] | null)[] = new Array<readonly Int32Array[] | null>(patternCount).fill(null);
  for (const patterns of byFirst.values()) {
    for (const p of patterns) {
      if (p.anchor === null || anchorSteps[p.id] !== null) continue;
      anchorSteps[p.id] = checkedAnchorSteps(p).map((step) => Int32Array.from(new Set(step), (word) => numberOf.get(word)!));
    }
  }
  // (laid out in one array, pattern after pattern: the check read an array of typed arrays per pattern tried, most of the matcher's
  // own time)
  const anchorAt = new Int32Array(patternCount + 1);
  const flat: number[] = [];
  for (let id = 0; id < patternCount; id++) {
    anchorAt[id] = flat.length;
    for (const step of anchorSteps[id] ?? []) flat.push(step.length, ...step);
  }
  anchorAt[patternCount] = flat.length;
  const patternsOf = words.map((word) => byFirst.get(word) ?? null);
  const stepNumbers = new Array<Int32Array | null>(stepCount).fill(null);
  for (const patterns of byFirst.values()) {
    for (const p of patterns) {
      for (const s of p.rest) {
        if ('gap' in s || s.words.size > NUMBERED_STEP_SIZE || ![...s.words].every((word) => numberOf.has(word))) continue;
        stepNumbers[s.index] = Int32Array.from(s.words, (word) => numberOf.get(word)!);
      }
    }
  }
  anchors = { generation: 0, stamp: new Int32Array(words.length), anchorAt, anchorWords: Int32Array.from(flat), patternsOf, stepNumbers };
  return anchors;
}

/**
 * The most words a step read by number may have: its numbers are compared one by one, and a larger step (the participles of a
 * passive pattern's verb) is looked up in its set.
 */
const NUMBERED_STEP_SIZE = 8;

/** Whether `own` (a step's words as numbers) holds the number `n` (-1, a word no lexicon numbers, is in none). */
function holdsNumber(own: Int32Array, n: number): boolean {
  if (n < 0) return false;
  for (let j = 0; j < own.length; j++) if (own[j] === n) return true;
  return false;
}

/** Stamps with this sentence's generation every numbered word of the sentence (those no anchor step holds are never read). */
function stampAnchors(table: AnchorTable, numbers: WordNumbers, generation: number): void {
  for (let w = 0; w < numbers.length; w++) {
    const n = numbers[w];
    if (n >= 0) table.stamp[n] = generation;
  }
}

/** Whether the sentence stamped with `generation` holds a word of each anchor step of the pattern (see Pattern.anchor). */
function holdsAnchors(table: AnchorTable, id: number, generation: number): boolean {
  const { anchorWords, stamp } = table;
  const end = table.anchorAt[id + 1];
  // each step: its count of words, then their numbers
  for (let p = table.anchorAt[id]; p < end;) {
    const next = p + 1 + anchorWords[p];
    let held = false;
    for (let k = p + 1; k < next && !held; k++) held = stamp[anchorWords[k]] === generation;
    if (!held) return false;
    p = next;
  }
  return true;
}

/**
 * Trigger matches from token `first` on: the longest at each position, no overlaps, in text order. `numbers` are the words'
 * numbers in the shared vocabulary; `generation` is the sentence's, fresh from `table.generation`.
 */
export function triggerMatches(table: AnchorTable, words: readonly string[], numbers: WordNumbers, first: number, generation: number): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  // per anchor word: whether the sentence holds it (stamped on first need; see anchorTable)
  let stamped = false;
  for (let i = first; i < words.length; i++) {
    const patterns = triggersAt(table, numbers, i);
    if (!patterns) continue;
    let best: TriggerMatch | null = null;
    let tied: Pattern[] = [];
    for (const pattern of patterns) {
      const anchor = pattern.anchor;
      if (anchor !== null) {
        if (!stamped) {
          stampAnchors(table, numbers, generation);
          stamped = true;
        }
        if (!holdsAnchors(table, pattern.id, generation)) continue;
      }
      // ("at the start of a general strike in Ecuador": a verb of a phase between a determiner and `of` is its noun, whose gap would
      // hide the act told after it)
      if (pattern.frame === 'verb' && PHASE_NOUNS.has(wordAt(words, i)) && wordAt(words, i + 1) === 'of' && DETERMINERS.has(wordAt(words, i - 1))) continue;
      const end = matchRest(words, i + 1, pattern.rest, 0, numbers);
      if (end < 0) continue;
      // (the form looked up for a match only: most tries fail)
      if (!best || end > best.end || (end === best.end && pattern.frame === 'verb' && best.pattern.frame === 'noun')) {
        best = { pattern, start: i, end, form: pattern.first.get(wordAt(words, i))! };
        tied = [];
      } else if (end === best.end && pattern.frame === best.pattern.frame && pattern.entry !== best.pattern.entry) tied.push(pattern);
    }
    if (best && tied.length > 0) best = { ...best, tied };
    if (best) matches.push(best);
  }
  if (matches.length === 0) return matches;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TriggerMatch[] = [];
  for (const m of matches) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** Verbs that are also nouns of an act's phase ("the start of a strike", "the end of talks"). */
const PHASE_NOUNS: ReadonlySet<string> = new Set(['start', 'end', 'close']);

/** Past the hedge an amount opens with at i ("as much as", "as many as", "up to"): where the amount starts. */
function skipAmountHedge(words: readonly string[], i: number): number {
  if (wordAt(words, i) === 'as' && (wordAt(words, i + 1) === 'much' || wordAt(words, i + 1) === 'many') && wordAt(words, i + 2) === 'as') return i + 3;
  return wordAt(words, i) === 'up' && wordAt(words, i + 1) === 'to' ? i + 2 : i;
}

/** Words a `*` gap never skips: they open another phrase ("make clear during his trip", "called off their strike", "order for a ceasefire"). */
const GAP_STOPS = new Set(['during', 'off', 'after', 'before', 'while', 'because', 'if', 'unless', 'whether', 'despite', 'without', 'since', 'until', 'for']);

const GAP_WORD = /^[\p{L}\d'’$€£%-]/u;
/** `GAP_WORD.test(w)` (a word a gap may skip starts with a letter, a digit, an apostrophe, a currency or percent sign or a hyphen), ASCII by char codes. */
function mayFillGap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 128) return GAP_WORD.test(w);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 36 || c === 37 || c === 45;
}

/** Whether the `and` at k joins two modifiers of one noun ("a sweeping trade and financial embargo"): plain words on both sides. */
function joinsModifiers(words: readonly string[], k: number): boolean {
  const before = wordAt(words, k - 1);
  const after = wordAt(words, k + 1);
  const plain = (w: string) => /^[a-z][a-z-]+$/.test(w) && !w.endsWith('ed') && !lexicon().inflected.has(w) && !DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !MODALS.has(w) && !BE_FORMS.has(w);
  return plain(before) && plain(after);
}

/** Nouns that take a `with` of their own ("relations with Japan", "a dispute with Canada"). */
const OWN_WITH_NOUNS: ReadonlySet<string> = new Set(['relations', 'relationship', 'ties', 'links', 'contacts', 'trade', 'cooperation', 'dealings', 'dispute', 'disputes',
  'row', 'friction', 'tension', 'tensions', 'conflict', 'war', 'border', 'deal', 'deals', 'agreement', 'agreements', 'accord', 'pact', 'partnership', 'talks', 'negotiations', 'problems', 'differences']);

/** Determiners after which a verb's form inside a gap is a noun ("called the strikes an act of war"). */
const GAP_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'that']);

/** Participles of triggers that, inside a gap, describe the noun after them ("sent 29 alleged drug cartel figures", "announced its promised program of sanctions"). */
const GAP_PARTICIPLES: ReadonlySet<string> = new Set(['alleged', 'suspected', 'accused', 'wanted', 'jailed', 'detained', 'imprisoned', 'convicted', 'captured', 'promised', 'proposed']);

/**
 * The end of `steps` from step `k` matched at word `i`, or -1. `numbers` are the words' numbers in the shared vocabulary when the
 * caller has them (the trigger matcher): a step of numbered words is then read by number, not by a lookup of the word.
 */
export function matchSteps(words: readonly string[], i: number, steps: readonly Step[], k: number, numbers: WordNumbers | null = null): number {
  if (k === steps.length) return i;
  const s = steps[k];
  if ('gap' in s) {
    // ("pledged on Thursday an extra 68 million euros in humanitarian aid": a time adverbial opening an amount's gap is not counted;
    // a shorter gap so lengthened would reach past a clause, "announced last week plans to impose tariffs")
    // ("put as much as 300 mln dlrs in tariffs on": nor the hedge of an amount)
    const lead = s.gap === AMOUNT_GAP ? skipAmountHedge(words, skipTimeAdverbial(words, i)) : i;
    if (lead > i) {
      const end = matchSteps(words, lead, steps, k, numbers);
      if (end >= 0) return end;
    }
    // ("called the measures 'economic aggression'": a quote mark in the gap is not counted)
    // ("warned Kuwait and Saudi Arabia not to": a gap of parties may hold two joined by `and`, each as long as the gap)
    const joinsParties = s.parties === true;
    for (let g = 0, quotes = 0, joined = 0; g <= s.gap + quotes + joined; g++) {
      if (g > 0) {
        const w = wordAt(words, i + g - 1);
        if (w.length === 1 && QUOTE_CHARS.has(w) && g > 1) { quotes++; continue; }
        if (w === 'and' && g > 1 && joinsParties && joined === 0) { joined = s.gap; continue; }
        // ("called the strikes an act of war": a verb's form right after a determiner is a noun the gap may hold)
        // ("talks were underway between": a form of 'be' is the copula, no act of its own)
        if (w === '' || !mayFillGap(w) || (w === 'and' && g > 1 && !joinsModifiers(words, i + g - 1)) || GAP_STOPS.has(w)
          || (lexicon().inflected.has(w) && !GAP_PARTICIPLES.has(w) && !BE_FORMS.has(w) && !GAP_DETERMINERS.has(wordAt(words, i + g - 2))) || (s.describes && (w === 'to' || w === 'alongside' || PREPOSITIONS.has(w)))
          // (a long object holds no infinitive: "discussed jointly developing an aircraft to compete with Boeing")
          || (s.gap === OBJECT_GAP && w === 'to')) return -1;
      }
      // ("discuss the growing crisis in trade relations with Japan": an object longer than a short gap's does not end in a noun the
      // next word is its own of; "discussing a deal with" is read as before)
      const end = s.gap === OBJECT_GAP && g > 3 && OWN_WITH_NOUNS.has(wordAt(words, i + g - 1)) ? -1 : matchSteps(words, i + g, steps, k + 1, numbers);
      if (end >= 0) return end;
      // "warned the United States on Monday against": a time adverbial inside the gap is not counted
      if (g > 0) {
        const after = skipTimeAdverbial(words, i + g);
        if (after > i + g && wordAt(words, i + g) !== wordAt(words, i + g - 1)) {
          const past = matchSteps(words, after, steps, k + 1, numbers);
          if (past >= 0) return past;
        }
      }
    }
    return -1;
  }
  const w = wordAt(words, i);
  if (w !== '') {
    // multi-word alternatives (longest first) before single words: "humanitarian aid" over "humanitarian"
    for (const seq of s.multi) {
      let ok = true;
      for (let j = 0; j < seq.length; j++) if (wordAt(words, i + j) !== seq[j]) { ok = false; break; }
      if (ok) {
        const end = matchSteps(words, i + seq.length, steps, k + 1, numbers);
        if (end >= 0) return end;
      }
    }
    // (by number where both the sentence's words and the step's are numbered: an array read, not a hash of the word)
    const own = numbers === null ? null : anchors!.stepNumbers[s.index];
    if (own !== null ? holdsNumber(own, numbers![i]) : s.words.has(w)) {
      const end = matchSteps(words, i + 1, steps, k + 1, numbers);
      if (end >= 0) return end;
    }
    // ("gave Niger's junta one week on Sunday to reinstate": a time adverbial before a pattern's closing `to`)
    if (k === steps.length - 1 && s.words.size === 1 && s.words.has('to') && w !== 'to') {
      const after = skipTimeAdverbial(words, i);
      if (after > i && wordAt(words, after) === 'to') return after + 1;
    }
    // "called the measures 'illegal'", "called it an \"act of war\"": a quote mark opening the pattern's next words
    if (k > 0 && w.length === 1 && QUOTE_CHARS.has(w) && mayFillGap(wordAt(words, i + 1)) && wordAt(words, i + 1).charCodeAt(0) !== 39) {
      const end = matchSteps(words, i + 1, steps, k, numbers);
      if (end >= 0) return end;
    }
  }
  return s.optional ? matchSteps(words, i, steps, k + 1, numbers) : -1;
}
