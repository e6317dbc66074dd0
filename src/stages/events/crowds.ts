/** Crowds and protesters: the country and place they belong to. */
import { DEMONYMS } from '../../lexicon/countries.js';
import { CROWD_WORDS, SPEECH_VERBS } from '../../lexicon/event-groups.js';
import { lexicon } from '../event-lexicon.js';
import { followersOf, homeOf, onlyCountry, pluralDemonym, protestingBody, startsUpper, wordAt } from './clause.js';
import { groupEntity, groupSlot, slotOf } from './slots.js';
import type { Context, Slot, View } from './types.js';
import { BE_FORMS, BOUNDARY, DETERMINERS, MODALS, PREPOSITIONS } from './word-classes.js';

/** "Thousands marched in Tehran": a crowd with no country of its own is of the town it acts in. */
export function crowdPlace(ctx: Context, view: View, start: number, end: number): Slot[] {
  const { words, slotAt } = view;
  let crowd = false;
  let j0 = start - 1;
  for (; j0 >= 0 && j0 >= start - 6; j0--) {
    // ("Rioters torched": a crowd word the tagger took for a name, with no code, is still a crowd)
    const named = slotAt[j0];
    if (BOUNDARY.has(wordAt(words, j0)) || (named && (named.entity.actor || named.entity.country || !CROWD_WORDS.has(wordAt(words, j0))))) break;
    if (protestingBody(view, j0)) crowd = true;
    else if (crowd) break;
  }
  if (!crowd) return crowdAtPlace(ctx, view, start) ?? followersOf(ctx, view, start);
  // "in Quito, where demonstrators threw rocks": the place the relative clause hangs on
  if (wordAt(words, j0) === 'where' && wordAt(words, j0 - 1) === ',') {
    const slot = slotAt[j0 - 2];
    if (slot && (slot.entity.type === 'location' || slot.entity.type === 'country') && slot.entity.country) {
      const entity = groupEntity(ctx, slot.entity.country, '', { start: slot.start, end: slot.end, text: ctx.text.slice(slot.start, slot.end) });
      return [slotOf(entity, slot.start, slot.end, undefined, true)];
    }
  }
  for (let j = end; j < words.length && j < end + 12; j++) {
    if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === '.' || wordAt(words, j) === ',') break;
    const slot = slotAt[j];
    // "in Seoul", "took to the streets of Seoul", "through central Buenos Aires"
    const lead = /^\p{Ll}+$/u.test(view.tokens[j - 1]?.text ?? '') && !PREPOSITIONS.has(wordAt(words, j - 1)) && !DETERMINERS.has(wordAt(words, j - 1)) ? j - 2 : j - 1;
    // ("walked off the job at ports from Maine to Texas", "across the country")
    const placed = wordAt(words, lead) === 'in' || wordAt(words, lead) === 'through' || wordAt(words, lead) === 'from' || wordAt(words, lead) === 'across'
      || (wordAt(words, lead) === 'of' && wordAt(words, lead - 1) === 'streets');
    // ("torched businesses in Noumea": a place read into a group of that place)
    if (placed && slot && (slot.entity.type === 'location' || slot.entity.type === 'country' || slot.group) && slot.entity.country) {
      const entity = groupEntity(ctx, slot.entity.country, '', { start: slot.start, end: slot.end, text: ctx.text.slice(slot.start, slot.end) });
      return [slotOf(entity, slot.start, slot.end, undefined, true)];
    }
  }
  // ("Dockers in Spanish ports went on strike": where the phrase between the crowd and the verb places it)
  const placedBefore = crowdAtPlace(ctx, view, start);
  if (placedBefore) return placedBefore;
  // "JOHANNESBURG - Hundreds of thousands of black workers stayed away from their jobs": where the dispatch is from
  const home = homeOf(ctx, view);
  if (home) {
    const t = view.tokens[start];
    return [groupSlot(ctx, home, '', t.start, t.end)];
  }
  // ("Georgian police detained more than 100 people overnight as thousands rallied": the one country the sentence is about)
  const only = onlyCountry(view, view.slotAt.length);
  if (only) {
    const t = view.tokens[start];
    return [groupSlot(ctx, only, '', t.start, t.end)];
  }
  return [];
}

/**
 * "Workers at the Lenin shipyard in Gdansk went on strike", "Miners in Silesia stopped work": a crowd placed by a phrase
 * between it and the verb is of the country of the place named in it, or of the dispatch's when it names none; null when there is no
 * such crowd.
 */
export function crowdAtPlace(ctx: Context, view: View, start: number): Slot[] | null {
  const { words, slotAt } = view;
  let place: Slot | null = null;
  for (let k = start - 1; k >= 1 && k >= start - 10; k--) {
    const w = wordAt(words, k);
    // (nouns of the place may be lower case, "the Lenin shipyard"; a verb ends the phrase)
    if (BOUNDARY.has(w) || w === ',' || (w === 'and' && !slotAt[k + 1]) || (!slotAt[k] && !startsUpper(view.tokens[k].text) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w)
      && (w.endsWith('ed') || lexicon().inflected.has(w) || SPEECH_VERBS.has(w) || BE_FORMS.has(w) || (MODALS.has(w) && w !== 'and' && w !== 'to'))
      // ("the occupied West Bank": a participle between an article and a place describes it)
      && !(DETERMINERS.has(wordAt(words, k - 1)) && slotAt[k + 1]))) return null;
    const slot = slotAt[k];
    if (slot) {
      if (slot.entity.type === 'person' || (slot.entity.actor && slot.entity.type !== 'location' && slot.entity.type !== 'country')) return null;
      if ((slot.entity.type === 'location' || slot.entity.type === 'country') && slot.entity.country) place = slot;
      // (token by token: places of one country joined by "and" may share one slot with a people before them)
      continue;
    }
    // ("Members of the largest Dutch transport union FNV staged a strike": the members of a body no country is told for, not the body)
    if (w === 'of' && MEMBERS_OF_BODY.has(wordAt(words, k - 1)) && bodyAfter(view, k + 1)) {
      const members = slotAt[k - 1];
      if (members?.group) return [members];
      const country = place ? place.entity.country! : homeOf(ctx, view);
      if (members || !country) return null;
      const t = view.tokens[k - 1];
      return [groupSlot(ctx, country, '', t.start, t.end)];
    }
    if ((w === 'at' || w === 'in' || w === 'from') && CROWD_WORDS.has(wordAt(words, k - 1)) && !slotAt[k - 1]) {
      // ("Miners at the state coal company have called a strike": a workplace the phrase places nowhere is in the dispatch's country;
      // "Dockers in Spanish ports went on strike": one a demonym places is in its country)
      const country = place ? place.entity.country! : demonymIn(view, k + 1, start) ?? homeOf(ctx, view);
      if (!country) return null;
      const t = view.tokens[k - 1];
      return [groupSlot(ctx, country, '', t.start, t.end)];
    }
    // ("Palestinians in the West Bank": a people named by its plural demonym)
    const people = w === 'at' || w === 'in' || w === 'from' ? pluralDemonym(view.tokens[k - 1]?.text ?? '') : null;
    if (people) {
      const t = view.tokens[k - 1];
      return [groupSlot(ctx, people, '', t.start, t.end)];
    }
  }
  return null;
}

/** The country of the one demonym among tokens from..to-1 that stands alone ("in Spanish ports"), else null. */
function demonymIn(view: View, from: number, to: number): string | null {
  const found = new Set(view.tokens.slice(from, to).map((t) => DEMONYMS.get(t.text)).filter((c): c is string => c !== undefined));
  return found.size === 1 ? [...found][0] : null;
}

/** People told as belonging to a body ("members of the union", "employees of Bangladesh Shipping Corp"). */
const MEMBERS_OF_BODY: ReadonlySet<string> = new Set(['members', 'employees', 'workers']);

/** An organization with no code within a few words after token `from`, past places ("the largest Dutch transport union FNV"). */
function bodyAfter(view: View, from: number): boolean {
  for (let k = from; k < from + 6 && k < view.words.length; k++) {
    const slot = view.slotAt[k];
    // (past a country told as an adjective: "Dutch")
    if (slot && (slot.entity.type === 'country' || slot.entity.type === 'location')) continue;
    if (slot) return slot.entity.type === 'organization' && !slot.entity.actor && !slot.entity.country;
  }
  return false;
}
