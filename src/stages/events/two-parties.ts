/** Two parties told together (`the two sides`, `U.S.-Soviet talks`, `between X and Y`). */
import type { Mention, Token } from '../../model.js';
import { firstFrom } from '../search.js';
import { DEMONYMS } from '../../lexicon/countries.js';
import { lexicon } from '../event-lexicon.js';
import { groupHead, lastTwoNamed, startsUpper, wordAt } from './clause.js';
import { countryEntity, groupEntity, slotOf } from './slots.js';
import type { Context, Slot, Unit } from './types.js';
import { POSSESSIVE_MARKS, PREPOSITIONS, RULER_KINDS, TWO_PARTIES } from './word-classes.js';

/** Plural heads "the two ..." names two parties with ("the two leaders agreed", "the two sides"): people or any party. */
const TWO_PEOPLE = new Set(['leaders', 'presidents', 'ministers', 'men', 'premiers', 'chiefs', 'counterparts']);
const LED_PARTIES = new Set(['sides', 'delegations', 'governments']);
/** Singular heads after "each" that name one of a pair, with their plural ("each side", "each country"). */
const EACH_OF_TWO: ReadonlyMap<string, string> = new Map([['side', 'sides'], ['country', 'countries'], ['government', 'governments'], ['army', 'armies']]);

/** Heads of "the two ..." that name states only. */
const STATE_HEADS = new Set(['countries', 'nations', 'neighbours', 'neighbors', 'states', 'rivals', 'allies', 'giants']);

/**
 * "The two leaders agreed to step up joint operations": the two most recently named parties of two
 * different countries (people for "leaders", any coded party for "sides") are the subject, as a pair.
 */
export function twoParties(ctx: Context, unit: Unit, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  // ("Ethiopia's government and Tigrayan forces agreed to a cessation of hostilities after talks in Pretoria brokered by the African
  // Union. Both sides will halt fighting": "sides" opening a sentence are the pair the sentence before acted as, not the last named)
  const toldPair = unit.sentence >= 0 && unit.sentence - ctx.told.sentence === 1 && ctx.told.several.length === 2 ? ctx.told.several : null;
  for (let j = 0; j + 2 < tokens.length; j++) {
    // ("urging both sides to extend ceasefires": "both" names the pair as "the two" does)
    // ("each side accused the other": "each" with a singular head names the pair too)
    const each = wordAt(words, j) === 'each' && EACH_OF_TWO.has(wordAt(words, j + 1));
    if ((each || wordAt(words, j) === 'both') && !slotAt[j + 1] && (each || TWO_PARTIES.has(wordAt(words, j + 1)) || TWO_PEOPLE.has(wordAt(words, j + 1)))) {
      const head = each ? EACH_OF_TWO.get(wordAt(words, j + 1))! : wordAt(words, j + 1);
      const found = j === 0 && head === 'sides' && toldPair ? toldPair : lastTwoNamed(ctx, tokens[j].start, TWO_PEOPLE.has(head) ? 'people' : STATE_HEADS.has(head) ? 'states' : 'bodies');
      if (found.length === 2) {
        const slot = slotOf(found[0], tokens[j].start, tokens[j + 1].end, undefined, undefined, found[1]);
        for (let k = j; k <= j + 1; k++) [slotAt[k], slotStart[k]] = [slot, j];
      }
      continue;
    }
    // ("Trump met the country's interim president": the rulers of the country named last)
    if (wordAt(words, j) === 'the' && wordAt(words, j + 1) === 'country' && POSSESSIVE_MARKS.has(wordAt(words, j + 2)) && !slotAt[j + 1]) {
      const ruler = countryRuler(words, j + 3);
      const country = ruler && !slotAt[ruler.end - 1] ? countryNamedBefore(ctx, tokens[j].start) : null;
      if (ruler && country) {
        const span = { start: tokens[j].start, end: tokens[ruler.end - 1].end, text: ctx.text.slice(tokens[j].start, tokens[ruler.end - 1].end) };
        const slot = slotOf(groupEntity(ctx, country, ruler.sector, span), span.start, span.end, undefined, true);
        for (let k = j; k < ruler.end; k++) [slotAt[k], slotStart[k]] = [slot, j];
      }
      continue;
    }
    // ("Iran and Iraq agreed to a ceasefire and said their foreign ministers would meet": the rulers of the pair named last)
    // (not after a preposition: "agreed to a truce after talks between their defence ministers" keeps the pair's own recipients)
    if (wordAt(words, j) === 'their' && !slotAt[j + 1] && !PREPOSITIONS.has(wordAt(words, j - 1))) {
      const rulers = rulersAfter(words, j);
      if (rulers && !slotAt[rulers.end - 1]) {
        const pair = pairJoinedBefore(ctx, tokens[j].start);
        if (pair) {
          const span = { start: tokens[j + 1].start, end: tokens[rulers.end - 1].end, text: ctx.text.slice(tokens[j + 1].start, tokens[rulers.end - 1].end) };
          const slot = slotOf(groupEntity(ctx, pair[0], rulers.sector, span), span.start, span.end, undefined, true, groupEntity(ctx, pair[1], rulers.sector, span));
          for (let k = j + 1; k < rulers.end; k++) [slotAt[k], slotStart[k]] = [slot, j + 1];
        }
      }
      continue;
    }
    // ("the worst fighting between the nuclear-armed neighbours", "the arch-rivals": a pair's head with words of its kind, no `two`)
    const paired = wordAt(words, j) === 'the' && wordAt(words, j + 1) !== 'two' ? pairHeadAfter(tokens, words, slotAt, j + 1) : -1;
    if (paired > 0) {
      const found = lastTwoNamed(ctx, tokens[j].start, 'states');
      if (found.length === 2) {
        const slot = slotOf(found[0], tokens[j + 1].start, tokens[paired].end, undefined, undefined, found[1]);
        for (let k = j + 1; k <= paired; k++) [slotAt[k], slotStart[k]] = [slot, j + 1];
      }
      continue;
    }
    if (wordAt(words, j) !== 'the' || wordAt(words, j + 1) !== 'two' || slotAt[j + 1] || !noPartyAt(slotAt, j + 2)) continue;
    // ("the two West African neighbours", "the two Asian giants": capitalised words before the head)
    let h = j + 2;
    while (h < j + 6 && noPartyAt(slotAt, h) && (startsUpper(tokens[h]?.text ?? '') || (wordAt(words, h) === 'of' && startsUpper(tokens[h + 1]?.text ?? ''))) && !TWO_PARTIES.has(wordAt(words, h)) && !TWO_PEOPLE.has(wordAt(words, h))) h++;
    if (h > j + 2 && wordAt(words, h) !== 'neighbours' && wordAt(words, h) !== 'neighbors' && wordAt(words, h) !== 'giants' && wordAt(words, h) !== 'rivals' && wordAt(words, h) !== 'countries' && wordAt(words, h) !== 'nations') continue;
    const head = wordAt(words, h);
    const people = TWO_PEOPLE.has(head);
    if (!people && !TWO_PARTIES.has(head)) continue;
    // (people for "leaders", countries and bodies for "sides"; "Xi received Lula ..., and the two sides
    // signed": sides and delegations named by no country or body are those the people lead)
    // ("the two neighbours", "the two countries": states, not the U.N. that brokered their truce)
    let found = j === 0 && head === 'sides' && toldPair ? [...toldPair] : lastTwoNamed(ctx, tokens[j].start, people ? 'people' : STATE_HEADS.has(head) ? 'states' : 'bodies');
    if (found.length < 2 && LED_PARTIES.has(head)) found = lastTwoNamed(ctx, tokens[j].start, 'any');
    // ("The presidents of Congo and Rwanda pledged ... Washington will host the two leaders": no person named, the rulers of the
    // pair of states joined by `and` named last, when their rulers were told before)
    if (found.length < 2 && TWO_RULERS.get(head) === 'GOV') {
      const pair = pairJoinedBefore(ctx, tokens[j].start, 1);
      const span = { start: tokens[j + 1].start, end: tokens[h].end, text: ctx.text.slice(tokens[j + 1].start, tokens[h].end) };
      if (pair && ctx.groups.has(`${pair[0]}GOV`) && ctx.groups.has(`${pair[1]}GOV`)) found = [groupEntity(ctx, pair[0], 'GOV', span), groupEntity(ctx, pair[1], 'GOV', span)];
    }
    // ("Japarov hosted Rahmon ... clashes between the two neighbours": the countries of the two leaders named last)
    if (found.length < 2 && STATE_HEADS.has(head)) {
      const span = { start: tokens[j + 1].start, end: tokens[h].end, text: ctx.text.slice(tokens[j + 1].start, tokens[h].end) };
      const led = lastTwoNamed(ctx, tokens[j].start, 'people').map((p) => (p.country ? countryEntity(ctx, p.country) ?? groupEntity(ctx, p.country, '', span) : null));
      if (led.length === 2 && led[0] && led[1]) found = [led[0], led[1]];
      // ("Malian warplanes bombed the northern Burkinabe town ..., as fighting between the two West African neighbours": the two
      // peoples named before in the sentence)
      else {
        const named: string[] = [];
        for (let k = j - 1; k >= 0 && named.length < 2; k--) {
          const c = DEMONYMS.get(tokens[k].text) ?? (slotAt[k]?.entity.type === 'country' ? slotAt[k]!.entity.country : undefined);
          if (c && !named.includes(c)) named.push(c);
        }
        if (named.length === 2) found = named.reverse().map((c) => countryEntity(ctx, c) ?? groupEntity(ctx, c, '', span));
      }
    }
    if (found.length < 2) continue;
    // "the two countries' border forces": the two countries' groups of that sector
    const force = people ? null : forceOfTwo(words, h + 1);
    if (force && found[0].country && found[1].country) {
      const span = { start: tokens[j + 1].start, end: tokens[force.end - 1].end, text: ctx.text.slice(tokens[j + 1].start, tokens[force.end - 1].end) };
      const slot = slotOf(groupEntity(ctx, found[0].country, force.sector, span), span.start, span.end, undefined, true, groupEntity(ctx, found[1].country, force.sector, span));
      for (let k = j + 1; k < force.end; k++) [slotAt[k], slotStart[k]] = [slot, j + 1];
      continue;
    }
    // ("an agreement the two governments expect to sign": the governments of the two countries)
    if (head === 'governments' && found[0].country && found[1].country && !found[0].sector && !found[1].sector) {
      const span = { start: tokens[j + 1].start, end: tokens[h].end, text: ctx.text.slice(tokens[j + 1].start, tokens[h].end) };
      const slot = slotOf(groupEntity(ctx, found[0].country, 'GOV', span), span.start, span.end, undefined, true, groupEntity(ctx, found[1].country, 'GOV', span));
      for (let k = j + 1; k <= h; k++) [slotAt[k], slotStart[k]] = [slot, j + 1];
      continue;
    }
    const slot = slotOf(found[0], tokens[j + 1].start, tokens[h].end, undefined, undefined, found[1]);
    for (let k = j + 1; k <= h; k++) [slotAt[k], slotStart[k]] = [slot, j + 1];
  }
}

/** Heads that name a pair of states with no number ("the nuclear-armed neighbours", "the old foes"). */
const PAIR_HEADS: ReadonlySet<string> = new Set(['neighbours', 'neighbors', 'rivals', 'arch-rivals', 'foes', 'adversaries']);

/**
 * Where the head of "the <one or two lower-case words> neighbours" is, from `k` after `the`, or -1: the words between are
 * of a kind ("nuclear-armed", "old"), not of a place or people ("the Gulf neighbours" are many).
 */
function pairHeadAfter(tokens: readonly Token[], words: readonly string[], slotAt: readonly (Slot | undefined)[], k: number): number {
  // (read on every "the" of a sentence: the head looked up first)
  if (!PAIR_HEADS.has(wordAt(words, k + 1)) && !PAIR_HEADS.has(wordAt(words, k + 2))) return -1;
  for (let h = k + 1; h <= k + 2; h++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[h - 1]?.text ?? '') || slotAt[h - 1] || PREPOSITIONS.has(words[h - 1])) return -1;
    if (PAIR_HEADS.has(wordAt(words, h)) && !slotAt[h]) return h;
  }
  return -1;
}

/**
 * Whether token `k` names no party: no slot, or a place's ("the two Horn of Africa neighbours": a region
 * named in the description is no party). A module function: an arrow made inside the loop of
 * `twoParties` was a closure allocated for every token of every sentence coded.
 */
function noPartyAt(slotAt: readonly (Slot | undefined)[], k: number): boolean {
  return !slotAt[k] || slotAt[k]!.entity.type === 'location';
}

/**
 * The countries of the two parties named last before `at` when `and` joins them ("Iran and Iraq", "Colombian President
 * Gustavo Petro and Venezuela's Nicolas Maduro"): people first, then states; null when the last two are no such pair.
 */
function pairJoinedBefore(ctx: Context, at: number, skip = 0, without: string | null = null): [string, string] | null {
  let last: Mention | null = null;
  for (const kind of ['people', 'states'] as const) {
    const found: Mention[] = [];
    for (let i = firstFrom(ctx.mentions, at) - 1; i >= 0 && found.length < 2; i--) {
      const e = ctx.entities.get(ctx.mentions[i].entity);
      if (!e || !e.country || e.type === 'location' || e.sector === 'MED' || e.actor?.startsWith('IGO') || e.country === without) continue;
      if ((kind === 'people') !== (e.type === 'person')) continue;
      if (found.length === 1 && ctx.entities.get(found[0].entity)!.country === e.country) { if (found[0].entity === e.id) continue; break; }
      found.push(ctx.mentions[i]);
    }
    if (kind === 'states' && found.length > 0) last = found[0];
    if (found.length < 2) continue;
    // only `and` and the second's title or country between them ("and Venezuela's", "and South Korean President")
    const between = ctx.text.slice(found[1].end, found[0].start);
    if (/^,?\s+and\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*|'s|’s)\s*)*$/u.test(between)) {
      const a = ctx.entities.get(found[1].entity)!.country!, b = ctx.entities.get(found[0].entity)!.country!;
      return [a, b];
    }
  }
  // ("... Congo and Rwanda ... Washington will host the two leaders": past every mention of the state that acts on the pair)
  const acting = last ? ctx.entities.get(last.entity)?.country ?? null : null;
  return skip > 0 && acting ? pairJoinedBefore(ctx, at, skip - 1, acting) : null;
}

/** The head of a sector after a possessive mark at `at` ("' border forces", "'s armies"), or null. */
function forceOfTwo(words: readonly string[], at: number): { sector: string; end: number } | null {
  if (!POSSESSIVE_MARKS.has(wordAt(words, at))) return null;
  // ("the two countries' leaders", "the two countries' foreign ministers": their rulers)
  const rulers = rulersAfter(words, at);
  if (rulers) return rulers;
  for (let k = at + 1; k <= at + 2; k++) {
    const head = groupHead(words, k);
    if (head) return head.sector ? { sector: head.sector, end: head.end } : null;
  }
  return null;
}

/** The rulers a possessive at `at` owns ("their leaders", "their defence ministers"), as forceOfTwo reads them after "the two countries'". */
function rulersAfter(words: readonly string[], at: number): { sector: string; end: number } | null {
  for (let k = at + 1; k <= at + 2; k++) {
    const ruler = TWO_RULERS.get(wordAt(words, k));
    if (ruler && (k === at + 1 || RULER_KINDS.has(wordAt(words, at + 1)))) return { sector: ruler === 'ministers' ? (MILITARY_KINDS.has(wordAt(words, at + 1)) ? 'MIL' : 'GOV') : ruler, end: k + 1 };
  }
  return null;
}

/**
 * Rulers "the country's" names, after up to two modifiers ("the country's interim president", "the country's new military
 * rulers"), with their sector; "military" alone ("the country's military said") is the armed forces.
 */
function countryRuler(words: readonly string[], at: number): { sector: string; end: number } | null {
  let k = at;
  while (k < at + 2 && COUNTRY_RULER_MODIFIERS.has(wordAt(words, k))) k++;
  const one = COUNTRY_RULERS.get(wordAt(words, k));
  if (one) return { sector: one, end: k + 1 };
  const two = COUNTRY_RULERS.get(`${wordAt(words, k)} ${wordAt(words, k + 1)}`);
  if (two) return { sector: two, end: k + 2 };
  if (k > at && wordAt(words, k - 1) === 'military' && !contentNoun(wordAt(words, k))) return { sector: 'MIL', end: k };
  return null;
}
const COUNTRY_RULERS: ReadonlyMap<string, string> = new Map([
  ['president', 'GOV'], ['leader', 'GOV'], ['leaders', 'GOV'], ['premier', 'GOV'], ['government', 'GOV'], ['junta', 'GOV'],
  ['prime minister', 'GOV'], ['foreign minister', 'GOV'], ['defence minister', 'MIL'], ['defense minister', 'MIL'], ['army', 'MIL'],
]);
const COUNTRY_RULER_MODIFIERS: ReadonlySet<string> = new Set(['interim', 'new', 'acting', 'transitional', 'elected', 'military']);
/** A lower-case word that may head a noun phrase after "military" ("military spending", "military rulers"): none of the verbs and words that close it. */
function contentNoun(w: string): boolean {
  return /^[a-z]+$/.test(w) && !lexicon().inflected.has(w) && !MODAL_OR_CLOSER.has(w);
}
const MODAL_OR_CLOSER: ReadonlySet<string> = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'said', 'says', 'and', 'or', 'to', 'in', 'on', 'of', 'for', 'with', 'that', 'which', 'who']);

/** The country of the last country named before `at` ("... sanctions on Syria ... the country's interim president"), or null. */
function countryNamedBefore(ctx: Context, at: number): string | null {
  for (let i = firstFrom(ctx.mentions, at) - 1; i >= 0; i--) {
    const e = ctx.entities.get(ctx.mentions[i].entity);
    if (e && e.type === 'country' && e.country) return e.country;
  }
  return null;
}

/** Rulers "the two countries'" names ("leaders", "foreign ministers"), their sector (`ministers`: by the word before them). */
const TWO_RULERS: ReadonlyMap<string, string> = new Map([['leaders', 'GOV'], ['presidents', 'GOV'], ['premiers', 'GOV'], ['ministers', 'ministers']]);
const MILITARY_KINDS: ReadonlySet<string> = new Set(['defence', 'defense']);
