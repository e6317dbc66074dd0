/** Small readers of a clause shared by the event coder's parts: words at an index, time adverbials, agents, compounds, places of home. */
import type { Entity, Quote } from '../../model.js';
import { BACKED_BY, COMPASS_WORDS, companySuffix } from '../mentions.js';
import { firstFrom } from '../search.js';
import { lookupPlace } from '../../gazetteer.js';
import { CAPITALS, COUNTRY_NAMES, DEMONYMS } from '../../lexicon/countries.js';
import { ACT_NOUNS, MEASURE_NOUNS, AMOUNT_WORDS, CROWD_WORDS, LABOUR_BODIES, LEGISLATURES, MERCHANT_VESSELS, NOT_OBJECTS, PERSON_NOUNS, SPEECH_VERBS } from '../../lexicon/event-groups.js';
import type { TriggerEntry } from '../../lexicon/event-triggers.js';
import { lexicon, type Pattern, type Step } from '../event-lexicon.js';
import { TITLE_SECTORS } from '../../lexicon/titles.js';
import { mayBeWord, regionalDemonym, wordFilter, type WordFilter } from '../lexicon-matcher.js';
import { recipientSlots } from './recipients.js';
import type { WordNumbers } from '../vocabulary.js';
import { countryEntity, groupEntity, groupSlot, slotOf } from './slots.js';
import { subjectLeft } from './subjects.js';
import { matchSteps } from './trigger-matches.js';
import type { AnchorTable, Candidate, Context, Slot, Unit, View } from './types.js';
import { BACK_HEADS, BE_ADVERBS, BE_FORMS, BOUNDARY, CLAUSE_ADVERBS, CLAUSE_STOPS, DETERMINERS, DOMESTIC, DOMESTIC_PAIRS, HEAD_PAIRS, HEADS, MODALS, MONTHS, PERFECT_AUXILIARIES, PERIODS, QUOTE_MARKS, POSSESSIVE_MARKS, POSSESSIVES, PREPOSITIONS, SECURITY_SECTORS, STATE_BACK_HEADS, SUBORDINATORS, TIME_ADVERBS, WEEKDAYS } from './word-classes.js';

/** The words a group head opens with, of one word or of two (see `groupHead`). */
const HEAD_WORDS: WordFilter = wordFilter([...HEADS.keys(), ...HEAD_PAIRS.keys()]);

/**
 * The word at `k`, or '' outside the sentence. The coder compares neighbouring words with literals
 * at hundreds of sites; a read past either end gave `undefined`, and each site V8 had compiled for
 * strings deoptimised the whole (large) function the first time it met one, long into a corpus run.
 */
export function wordAt(words: readonly string[], k: number): string {
  return k >= 0 && k < words.length ? words[k] : '';
}

/** The trigger patterns word `i` starts, null if none (what `lexicon().byFirst` holds for it), read by the word's number. */
export function triggersAt(table: AnchorTable, numbers: WordNumbers, i: number): readonly Pattern[] | null {
  const n = numbers[i];
  return n < 0 ? null : table.patternsOf[n];
}

/** The head of "the Gulf state", "its Sandinista government" at token k (no coded name in it), else null. */
export function backHead(view: View, k: number): string | null {
  const w = wordAt(view.words, k);
  if (w !== 'the' && w !== 'its') return null;
  for (let j = k + 1; j <= k + 3 && j < view.words.length; j++) {
    const slot = view.slotAt[j];
    // ("the Sandinista government": a name of no code describes the head)
    if (slot && (slot.entity.type === 'country' || slot.entity.type === 'person' || slot.entity.type === 'organization') && !slot.group && (slot.entity.actor || slot.entity.country)) return null;
    if (BACK_HEADS.has(wordAt(view.words, j))) return wordAt(view.words, j);
  }
  return null;
}

/** The last country the story names before `at` that is none of the actors' countries, or null. */
export function lastCountryBefore(ctx: Context, at: number, actors: readonly Slot[], region: ReadonlySet<string> | null = null): Entity | null {
  let found: Entity | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= at) break;
    const e = ctx.entities.get(m.entity);
    if (e && e.type === 'country' && e.country && !actors.some((a) => a.entity.country === e.country) && (region === null || region.has(e.country))) found = e;
  }
  // ("expelled two Estonian diplomats. The Baltic state had ...": a country of the region named by its demonym only)
  if (found === null && region !== null) {
    let last: { code: string; start: number; text: string } | null = null;
    for (const hit of ctx.text.slice(0, at).matchAll(/\b\p{Lu}[\p{L}-]+/gu)) {
      const c = DEMONYMS.get(hit[0]) ?? COUNTRY_NAMES.get(hit[0]);
      if (c && region.has(c) && !actors.some((a) => a.entity.country === c)) last = { code: c, start: hit.index, text: hit[0] };
    }
    if (last) found = countryEntity(ctx, last.code) ?? groupEntity(ctx, last.code, '', { start: last.start, end: last.start + last.text.length, text: last.text });
  }
  return found;
}

/** A word that is a noun heading an object: lower case, no function word, no verb form of a trigger. */
export function contentWord(view: View, j: number): boolean {
  const t = view.tokens[j];
  const w = wordAt(view.words, j);
  if (!t || view.slotAt[j] || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  if (PREPOSITIONS.has(w) || DETERMINERS.has(w) || MODALS.has(w) || BE_FORMS.has(w) || NOT_OBJECTS.has(w) || AMOUNT_WORDS.has(w) || w.endsWith('ly')) return false;
  // a trigger verb's -s form after a determiner is a plural noun ("their targets")
  const prev = wordAt(view.words, j - 1) ?? '';
  return !lexicon().inflected.has(w) || (w.endsWith('s') && (DETERMINERS.has(prev) || POSSESSIVES.has(prev)));
}

/** Plurals in -ers that are things, not people. */
const THING_AGENTS = new Set(['orders', 'numbers', 'papers', 'letters', 'powers', 'borders', 'barriers', 'matters', 'waters', 'headquarters', 'quarters', 'offers', 'transfers', 'centers', 'centres', 'meters', 'containers', 'computers', 'engines', 'tankers', 'fibers', 'fibres', 'figures', 'guarantees', 'fees', 'committees']);

/** The slot's name stands before a noun it modifies ("U.S. universities"). */
export function modifiesNoun(view: View, slot: Slot): boolean {
  const at = view.tokens.findIndex((t) => t.start >= slot.start);
  return at >= 0 && contentWord(view, nextAfterSlot(view, at));
}

/** A noun for people: group and domestic heads, titles, "counterparts", "makers". */
export function personNoun(w: string): boolean {
  // agent nouns: "smugglers", "traffickers", "journalists", "politicians", "detainees"
  if (w.length > 5 && (w.endsWith('ers') || w.endsWith('ists') || w.endsWith('ians') || w.endsWith('ees')) && !THING_AGENTS.has(w)) return true;
  // a group head with a sector ("troops", "officials"); heads of no sector are things too ("targets", "goods")
  return Boolean(HEADS.get(w)) || DOMESTIC.has(w) || PERSON_NOUNS.has(w) || CROWD_WORDS.has(w) || TITLE_SECTORS.has(w) || (w.endsWith('s') && TITLE_SECTORS.has(w.slice(0, -1)));
}

export function hasBoundary(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BOUNDARY.has(wordAt(words, i)) || wordAt(words, i) === ',' || wordAt(words, i) === '.') return true;
  return false;
}

/** Match the steps after the first word; returns the token index after the match, or -1. `numbers`: see matchSteps. */
export function matchRest(words: readonly string[], i: number, steps: readonly Step[], k: number, numbers: WordNumbers | null = null): number {
  const end = matchSteps(words, i, steps, k, numbers);
  if (end >= 0 || k !== 0 || steps.length === 0 || 'gap' in steps[0]) return end;
  // "promised on Tuesday to send", "agreed last year to restore": a time adverbial between the verb and its complement
  let after = skipTimeAdverbial(words, i);
  // ("agreed in principle today to conclude": two in a row)
  if (after > i) after = skipTimeAdverbial(words, after);
  return after > i ? matchSteps(words, after, steps, k, numbers) : -1;
}
/** Parts of a day a time adverbial names ("every Saturday night", "each morning"). */
const DAY_PARTS: ReadonlySet<string> = new Set(['day', 'night', 'morning', 'evening', 'afternoon']);

/** A four-digit year ("1984", "2024"), read without a regex (called while matching). */
function isYear(w: string): boolean {
  if (w.length !== 4) return false;
  for (let k = 0; k < 4; k++) {
    const c = w.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return w.charCodeAt(0) === 49 || w.charCodeAt(0) === 50;
}

/** The index after a time adverbial at i ("on Monday", "on June 4", "last year", "earlier this week"), else i. */
export function skipTimeAdverbial(words: readonly string[], i: number): number {
  const w = wordAt(words, i);
  // "agreed late on Wednesday to", "promised early this week to": the adverbial with its `late` or `early`
  if (w === 'late' || w === 'early') {
    const after = skipTimeAdverbial(words, i + 1);
    return after > i + 1 ? after : i;
  }
  if (w === 'on') {
    // ("met on Monday night with": the weekday with its part of the day)
    if (WEEKDAYS.has(wordAt(words, i + 1))) return DAY_PARTS.has(wordAt(words, i + 2)) ? i + 3 : i + 2;
    if (MONTHS.has(wordAt(words, i + 1)) && /^\d/.test(wordAt(words, i + 2) ?? '')) return i + 3;
    return i;
  }
  // "agreed in 1984 to hand back", "promised in March to send", "agreed in principle to"
  if (w === 'in' && (MONTHS.has(wordAt(words, i + 1)) || isYear(wordAt(words, i + 1)) || wordAt(words, i + 1) === 'principle')) return i + 2;
  if ((w === 'last' || w === 'this' || w === 'next') && PERIODS.has(wordAt(words, i + 1))) return i + 2;
  // "agreed last night to end the strike", "met again this morning with", "agreed at the weekend to resume talks"
  if ((w === 'last' && wordAt(words, i + 1) === 'night') || (w === 'this' && DAY_PARTS.has(wordAt(words, i + 1)) && wordAt(words, i + 1) !== 'day')) return i + 2;
  if ((w === 'at' || w === 'over') && wordAt(words, i + 1) === 'the' && wordAt(words, i + 2) === 'weekend') return i + 3;
  if ((w === 'yesterday' || w === 'tomorrow') && DAY_PARTS.has(wordAt(words, i + 1)) && wordAt(words, i + 1) !== 'day') return i + 2;
  if (w === 'tonight' || w === 'tomorrow') return i + 1;
  // "The congress last January 22 voted", "agreed last March to"
  if ((w === 'last' || w === 'this' || w === 'next') && MONTHS.has(wordAt(words, i + 1))) return /^\d{1,2}$/.test(wordAt(words, i + 2) ?? '') ? i + 3 : i + 2;
  // "every Saturday night", "each week"
  if ((w === 'every' || w === 'each') && (WEEKDAYS.has(wordAt(words, i + 1)) || PERIODS.has(wordAt(words, i + 1)) || DAY_PARTS.has(wordAt(words, i + 1)))) {
    return DAY_PARTS.has(wordAt(words, i + 2)) ? i + 3 : i + 2;
  }
  if (w === 'earlier' && wordAt(words, i + 1) === 'this' && PERIODS.has(wordAt(words, i + 2))) return i + 3;
  return TIME_ADVERBS.has(w) ? i + 1 : i;
}

/** Where a time adverbial (as `skipTimeAdverbial` reads them) that ends at word `last` starts, or `last + 1` when none ends there. */
export function timeAdverbialBefore(words: readonly string[], last: number): number {
  for (let i = Math.max(0, last - 3); i <= last; i++) if (skipTimeAdverbial(words, i) === last + 1) return i;
  return last + 1;
}

/**
 * The sector of a country's vessel told by the noun at v: a merchant ship sails under its flag and stands for its country alone
 * ("the Panamanian liquified gas carrier Nyhammer"), any other for its navy ("the Chinese destroyer Urumqi").
 */
export function vesselSector(words: readonly string[], v: number): string {
  return MERCHANT_VESSELS.has(wordAt(words, v)) || MERCHANT_VESSELS.has(`${wordAt(words, v - 1)} ${wordAt(words, v)}`) ? '' : 'MIL';
}
/** A company's name by its ending, where the text gave no sector: "Lomas and Nettleton Financial Corp". */
const COMPANY_NAME = /\b(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|Group|Holdings|Financial|Bancorp|AG|SA|NV)\.?$/;

/** The first country or body named before token k outside a prepositional phrase: the subject a pronoun takes up. */
export function subjectBody(view: View, k: number): Slot | null {
  const { words } = view;
  // ("India struck nine sites, and Pakistan's military said it had shot down": the subject of the clause `k` is in, past `, and`)
  for (let c = k - 1; c > 0; c--) {
    if (wordAt(words, c) === ';' || ((wordAt(words, c) === 'and' || wordAt(words, c) === 'but') && wordAt(words, c - 1) === ',')) {
      // (only a clause that opens with its subject: ", and warned Iran that it would" has none of its own)
      const first = wordAt(words, c + 1) === 'the' ? c + 2 : c + 1;
      const own = view.slotAt[first] && view.slotStart[first] === first ? bodyFrom(view, first, k) : undefined;
      if (own !== undefined) return own;
      break;
    }
  }
  return bodyFrom(view, 0, k) ?? null;
}

/**
 * The first country or body named from token `from` to `k` that is no object of a preposition, read to the last of a
 * list; null for a company, undefined for none.
 */
function bodyFrom(view: View, from: number, k: number): Slot | null | undefined {
  const { words } = view;
  for (let j = from; j < k; j++) {
    const s = view.slotAt[j];
    // (a news agency telling it is no subject)
    if (!s || view.slotStart[j] !== j || s.entity.type === 'person' || s.entity.type === 'location' || s.entity.sector === 'MED' || !(s.entity.actor || s.entity.country)) continue;
    // (a company's "it" stays unread: what a company says it will sign is commerce)
    // ("Continental AG of Hanover, West Germany, announced they": so is the one whose seat the country is)
    if (s.entity.sector === 'BUS' || COMPANY_NAME.test(s.entity.name) || companySeat(view, j)) return null;
    const before = wordAt(words, j - 1) === 'the' ? wordAt(words, j - 2) : wordAt(words, j - 1);
    if (PREPOSITIONS.has(before) || POSSESSIVE_MARKS.has(wordAt(words, nextAfterSlot(view, j)))) continue;
    // ("Norway, Ireland and Spain said they would": the last of a list, which the caller reads back to its first)
    let last = j;
    for (let e = nextAfterSlot(view, last); (wordAt(words, e) === ',' || wordAt(words, e) === 'and') && view.slotAt[e + 1] && e + 1 < k; e = nextAfterSlot(view, last)) last = e + 1;
    return view.slotAt[last]!;
  }
  return undefined;
}

/** Whether the name opening at `first` is the seat of a company named right before it ("Continental AG of West Germany", "Continental AG of Hanover, West Germany"). */
export function companySeat(view: View, first: number): boolean {
  const { words, tokens } = view;
  let k = first - 1;
  // (past the city: "of Hanover,")
  if (wordAt(words, k) === ',') for (k--; k > first - 5 && k > 0 && /^\p{Lu}/u.test(tokens[k].text) && wordAt(words, k) !== 'of'; k--);
  return wordAt(words, k) === 'of' && k > 0 && companySuffix(tokens[k - 1].text);
}

/** What `its`/`their` at token k stands for: the nearest country or body named before it (people and places are neither). */
export function bodyBefore(slotAt: readonly (Slot | undefined)[], k: number): Slot | null {
  for (let x = k - 1; x >= 0; x--) {
    const s = slotAt[x];
    if (s && s.entity.type !== 'person' && s.entity.type !== 'location' && (s.entity.actor || s.entity.country)) return s;
  }
  return null;
}

/** The longest group head (event-groups.ts) starting at token j: its sector and end. */
export function groupHead(words: readonly string[], j: number): { sector: string; end: number } | null {
  // (most words open no head: they are passed over without the two map lookups)
  if (!mayBeWord(HEAD_WORDS, wordAt(words, j))) return null;
  // ("Members of parliament urged", "members of the Diet": a legislature's members are the legislature)
  if ((wordAt(words, j) === 'members' || wordAt(words, j) === 'member') && wordAt(words, j + 1) === 'of') {
    const body = wordAt(words, j + 2) === 'the' ? j + 3 : j + 2;
    if (LEGISLATURES.has(wordAt(words, body))) return { sector: 'LEG', end: body + 1 };
  }
  const two = wordAt(words, j + 1) !== '' ? HEAD_PAIRS.get(wordAt(words, j))?.get(wordAt(words, j + 1)) : undefined;
  if (two !== undefined) return { sector: two, end: j + 2 };
  const one = HEADS.get(wordAt(words, j));
  // ("Panama's opposition began a strike"; not a stance: "China's opposition to the plan", "despite opposition from Madrid")
  if (one === 'OPP' && wordAt(words, j) === 'opposition' && (wordAt(words, j + 1) === 'to' || wordAt(words, j + 1) === 'from')) return null;
  return one !== undefined ? { sector: one, end: j + 1 } : null;
}

/** Whether a word starts with an upper-case letter; ASCII answered without the Unicode regex (this runs per token). */
export function startsUpper(word: string): boolean {
  // ('' is asked for past a sentence's end: charCodeAt out of bounds deoptimises every caller it is inlined in)
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** The speech (quoted or reported) that holds the character `offset`, if any. */
export function reportAt(ctx: Context, offset: number): Quote | undefined {
  // (one with a speaker over one the quote stage could not attribute, where two overlap)
  return ctx.reports.find((q) => q.start <= offset && offset < q.end && q.speaker) ?? ctx.reports.find((q) => q.start <= offset && offset < q.end);
}

/** Whether the speech holding token `at` (quoted or reported) is spoken by one of `actors` or someone of their country. */
export function saidByOwnSide(ctx: Context, view: View, at: number, actors: readonly Slot[]): boolean {
  const report = reportAt(ctx, view.tokens[at].start);
  const speaker = report?.speaker ? ctx.entities.get(report.speaker) : undefined;
  if (!speaker) return false;
  // ("Iran could withdraw ..., Deputy Foreign Minister Kazem Gharibabadi said": an official the text gives no country speaks for the side he tells of)
  if (speaker.type === 'person' && speaker.country === null && speaker.sector === 'GOV') return true;
  return actors.some((a) => a.entity.id === speaker.id || (a.entity.country !== null && a.entity.country === speaker.country));
}

/**
 * The subject of the clause that ends at the comma `comma`: the speaker of an attribution right
 * before it ("President Daniel Noboa said on Tuesday,", "said Lammy,"), else the name that opens
 * the sentence ("Azerbaijan on Friday rejected ...,"; a place is no subject).
 */
export function participleSubject(view: View, comma: number): Slot | null {
  const { words, slotAt } = view;
  for (let j = comma - 1; j >= 0 && j >= comma - 8; j--) {
    const w = wordAt(words, j);
    if (BOUNDARY.has(w) || w === ',') break;
    if (SPEECH_VERBS.has(w) && !slotAt[j]) {
      // ("Iraq fired missiles at Tehran ... and warned residents to leave, saying": a verb after `and` has the sentence's subject)
      if (wordAt(words, j - 1) === 'and') return sentenceSubject(view) ?? subjectLeft(view, j);
      const subject = subjectLeft(view, j) ?? (slotAt[j + 1] && j + 1 < comma ? slotAt[j + 1]! : null);
      return subject;
    }
  }
  // (a name described before it opens the sentence too, "The West African bloc ECOWAS gave ..., warning": past the fourth word only
  // when capitalised words, `the`, `of` and plain nouns or adjectives lead to it, no verb or other preposition)
  let described = true;
  for (let j = 0; j < comma && j < 8; j++) {
    const slot = slotAt[j];
    if (j >= 4 && !described) return null;
    if (!slot) described &&= describesName(view, j);
    // (a place is no subject, a capital is its government: "Damascus retaliated by ordering")
    if (slot && slot.entity.type === 'location' && !CAPITALS.has(slot.entity.name)) return null;
    // ("Pashinyan and Azerbaijani President Ilham Aliyev pledged ..., signing": the last of a compound, whose partners are read leftwards)
    // ("Ivory Coast President Felix Houphouet-Boigny legalised ..., giving in to": a country in the title is the person's, not the subject)
    // ("Afghanistan's Taliban rulers refused ... despite appeals from the United Nations": the body a country's possessive names)
    if (slot) return compoundEnd(view, j) ?? titledPersonAfter(view, j) ?? possessedBodySlot(view, j) ?? lastListed(view, j);
    if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === ',') return null;
  }
  return null;
}

/**
 * Whether the word at `j` may stand in a description before a name ("the West African bloc", "Leaders of the bloc"): no verb's form,
 * no preposition but `of`, and not the `of` of a crowd ("Supporters of ousted President Pedro Castillo" are not he).
 */
function describesName(view: View, j: number): boolean {
  const w = wordAt(view.words, j);
  if (w === 'of') return !CROWD_WORDS.has(wordAt(view.words, j - 1));
  if (w === 'the' || startsUpper(view.tokens[j].text)) return true;
  return /^[a-z-]+$/.test(w) && !PREPOSITIONS.has(w) && !lexicon().inflected.has(w) && !BE_FORMS.has(w) && !MODALS.has(w);
}

/** The coded body named right after the country's possessive at `j` ("Afghanistan's Taliban rulers"), or null. */
function possessedBodySlot(view: View, j: number): Slot | null {
  const k = view.slotAt[j]!.entity.type === 'country' ? possessedBody(view, j) : -1;
  return k >= 0 ? view.slotAt[k]! : null;
}

/**
 * The last party of a list that opens at `j` ("Mali, Burkina Faso and Niger recalled ..., accusing"): the one a reading of
 * compounds leftwards starts from; the slot at `j` when no list follows it.
 */
export function lastListed(view: View, j: number): Slot {
  const { words, slotAt } = view;
  // (a list closed by `and`, every member with a code: not an apposition, "Ecuador's largest indigenous organisation, CONAIE,")
  const member = (s: Slot | undefined) => s !== undefined && s.entity.type === slotAt[j]!.entity.type && Boolean(s.entity.actor || s.entity.country);
  for (let k = nextAfterSlot(view, j); k < words.length - 1 && member(slotAt[k + 1]); k = nextAfterSlot(view, k + 1)) {
    if (wordAt(words, k) === 'and') return slotAt[k + 1]!;
    if (wordAt(words, k) !== ',') break;
  }
  return slotAt[j]!;
}

/**
 * The coded person a country at `j` opens the title of ("Ivory Coast President Felix Houphouet-Boigny", "South Korea's ruling party
 * chairman Roh Tae-woo"): past the possessive and the title words, capitalised or of the title lexicon; null otherwise.
 */
export function titledPersonAfter(view: View, j: number): Slot | null {
  if (view.slotAt[j]!.entity.type !== 'country') return null;
  let k = nextAfterSlot(view, j);
  if (POSSESSIVE_MARKS.has(wordAt(view.words, k))) k++;
  const opened = k;
  for (let t = 0; t < 6 && k < view.words.length && !view.slotAt[k] && (startsUpper(view.tokens[k].text) || TITLE_SECTORS.has(wordAt(view.words, k)) || OFFICE_WORDS_LOWER.has(wordAt(view.words, k))); t++) k++;
  const person = view.slotAt[k];
  return k > opened && person && person.entity.type === 'person' && (person.entity.actor || person.entity.country) ? person : null;
}
/** Lower-case words of an office before its title head ("ruling party chairman"), and those joining its parts ("Secretary of State"). */
const OFFICE_WORDS_LOWER: ReadonlySet<string> = new Set(['ruling', 'party', 'opposition', 'army', 'military', 'foreign', 'defence', 'defense', 'deputy', 'vice', 'prime', 'chief', 'of', 'for', 'the', 'and']);

/** The party joined by `and` to the one at `j` ("X and Azerbaijani President Ilham Aliyev"), past its title words, or null. */
export function compoundEnd(view: View, j: number): Slot | null {
  const after = nextAfterSlot(view, j);
  if (wordAt(view.words, after) !== 'and') return null;
  for (let k = after + 1; k < view.words.length && k <= after + 6; k++) {
    const slot = view.slotAt[k];
    // (of the first one's kind: "Yeutter and Agriculture Secretary Richard Lyng" are two people)
    if (slot) return (slot.entity.actor || slot.entity.country) && slot.entity.type === view.slotAt[j]!.entity.type ? slot : null;
    if (!startsUpper(view.tokens[k].text) && !TITLE_SECTORS.has(wordAt(view.words, k))) return null;
  }
  return null;
}

/** The party right after the first comma after `from` (past an article), the subject of the main clause an opening clause leads to. */
export function mainSubjectAfterComma(view: View, from: number): Slot | null {
  const { words, slotAt } = view;
  let k = from;
  while (k < words.length && wordAt(words, k) !== ',' && !BOUNDARY.has(wordAt(words, k))) k++;
  if (wordAt(words, k) !== ',') return null;
  let j = wordAt(words, k + 1) === 'the' && !slotAt[k + 1] ? k + 2 : k + 1;
  // (past title words the name's mention leaves out: "French President Emmanuel Macron")
  for (let t = 0; t < 4 && j < words.length && !slotAt[j] && (startsUpper(view.tokens[j].text) || TITLE_SECTORS.has(wordAt(words, j))); t++) j++;
  // (a country that opens a person's title is the person's: "U.S. Secretary of State George Shultz said")
  const slot = slotAt[j] ? titledPersonAfter(view, j) ?? slotAt[j] : undefined;
  return slot && (slot.entity.actor || slot.entity.country) && slot.entity.type !== 'location' ? slot : null;
}

/** The first subordinator ("after", "when", "as") opening a clause between the sentence's start and `comma`, or -1. */
export function subordinatorAt(view: View, comma: number): number {
  for (let k = 1; k < comma; k++) if (SUBORDINATORS.has(wordAt(view.words, k))) return k;
  return -1;
}

/** Conjunctions that join a verb to the clause before it, with its subject. */
const JOINING: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * The `and` or `but` that joins the verb at `start` to the clause before it, right before it or before one clause adverb
 * ("and released", "and later released", ", but ruled out"), past a perfect's auxiliary ("have accused Tokyo of failing to live up
 * to the accord and have threatened"); -1 when none does (not "all but rejected": almost).
 */
export function joiningBefore(words: readonly string[], start: number): number {
  const verb = PERFECT_AUXILIARIES.has(wordAt(words, start - 1)) ? start - 1 : start;
  const at = CLAUSE_ADVERBS.has(wordAt(words, verb - 1)) ? verb - 2 : verb - 1;
  if (!JOINING.has(wordAt(words, at)) || (wordAt(words, at) === 'but' && wordAt(words, at - 1) === 'all')) return -1;
  return at;
}

/** The sentence's subject: its first party, named in its first words (a capital for its government). */
export function sentenceSubject(view: View): Slot | null {
  for (let j = 0; j < view.words.length && j < 6; j++) {
    const slot = view.slotAt[j];
    if (slot) return slot.entity.type === 'location' && !CAPITALS.has(slot.entity.name) ? null : slot;
    if (BOUNDARY.has(wordAt(view.words, j)) || wordAt(view.words, j) === ',') return null;
  }
  return null;
}

/** The party a sentence opens with ("Libya said ...", "The U.S. Senate voted ..."), past an article or title words only; null otherwise. */
export function openingSubject(view: View): Slot | null {
  for (let j = 0; j < view.words.length && j < 4; j++) {
    const slot = view.slotAt[j];
    if (slot) return slot.entity.type === 'location' && !CAPITALS.has(slot.entity.name) ? null : slot;
    if (wordAt(view.words, j) !== 'the' && !startsUpper(view.tokens[j].text)) return null;
  }
  return null;
}

/** The pattern as a noun: "Shultz's talks" matched the verb "talk" but is read, dated and told as a noun. */
export function asNoun(pattern: Pattern): Pattern {
  return pattern.frame === 'noun' ? pattern : { entry: pattern.entry, frame: 'noun', rest: pattern.rest, first: pattern.first, passive: pattern.passive, anchor: pattern.anchor, id: pattern.id };
}

/** Act nouns that are also adjectives before a noun ("the ruling party"): an act noun only where no noun follows. */
const ADJECTIVAL_ACT_NOUNS: ReadonlySet<string> = new Set(['ruling', 'tax', 'freeze']);

/** Whether `w` names an act, given the word after it ("the ruling." and "the ruling by" do; "the ruling party" does not). */
export function actNounWord(w: string, next: string): boolean {
  if (!ACT_NOUNS.has(w)) return false;
  return !ADJECTIVAL_ACT_NOUNS.has(w) || next === '' || !/^[a-z-]+$/.test(next) || PREPOSITIONS.has(next) || next === 'that' || next === 'and' || next === 'which'
    || next === 'a' || next === 'an' || next === 'as';
}

/** Token index of an act noun heading the object after `end` (past determiners, modifiers and a place name), or -1. */
export function condemnedAct(view: View, end: number): number {
  for (let k = end; k < view.words.length && k < end + 6; k++) {
    const w = wordAt(view.words, k);
    // (in lower case: "the General Agreement on Tariffs and Trade" is a name)
    // (a measure only as the one told before: "criticised the cuts", not "voiced concern about beef quotas")
    if (actNounWord(w, wordAt(view.words, k + 1)) && !view.slotAt[k] && !startsUpper(view.tokens[k].text) && (!MEASURE_NOUNS.has(w) || DETERMINERS.has(wordAt(view.words, end)))) return k;
    if (w === ',' || BOUNDARY.has(w) || (PREPOSITIONS.has(w) && k > end) || w === 'that') return -1;
  }
  return -1;
}

/** The side an entity is on: its country, or for a body of no country (the EU, ECOWAS) its code. */
export function sideOf(e: Entity): string | null {
  return e.country ?? e.actor;
}

/** The doer of the act noun at `act`: a possessor before it ("China's manoeuvres") or an agent after it ("by Israel"); none else. */
export function doerOf(ctx: Context, view: View, act: number, from: number): Slot[] {
  const { words, slotAt, slotStart, tokens } = view;
  // "the Chiles plan": a name right before the act noun is its author
  const before = slotAt[act - 1];
  if (act - 1 >= from && before && before.entity.type !== 'location' && (before.entity.actor || before.entity.country)) return [before];
  for (let k = act - 1; k >= from; k--) {
    if (POSSESSIVE_MARKS.has(wordAt(words, k)) && slotAt[k - 1]) return [slotAt[k - 1]!];
    // "an Israeli strike": a demonym or group before the act
    if (slotAt[k] && (slotAt[k]!.group || slotAt[k]!.entity.type === 'country') && slotStart[k] >= from) return [slotAt[k]!];
    const demonym = slotAt[k] || regionalDemonym(tokens[k - 1]?.text, tokens[k].text) ? undefined : DEMONYMS.get(tokens[k].text);
    if (demonym) return [groupSlot(ctx, demonym, '', tokens[k].start, tokens[k].end)];
  }
  for (let k = act + 1; k < words.length && k < act + 8; k++) {
    // "by the EC", "a proposal from Japan"
    // ("measures outlined by Japanese Finance Minister Kiichi Miyazawa": the person after the title words of an agent)
    const agent = wordAt(words, k) === 'by' ? titledAgent(view, k) : wordAt(words, k) === 'from' && k === act + 1 ? (slotAt[k + 1] ?? (wordAt(words, k + 1) === 'the' ? slotAt[k + 2] : undefined)) : undefined;
    if (agent) return [agent];
    // "the ceasefire agreed a day earlier between India and Pakistan": both parties
    if (wordAt(words, k) === 'between' && slotAt[k + 1]) {
      const other = slotAt[nextAfterSlot(view, k + 1) + 1];
      return other && wordAt(words, nextAfterSlot(view, k + 1)) === 'and' ? [slotAt[k + 1]!, other] : [slotAt[k + 1]!];
    }
    if (wordAt(words, k) === ',' || BOUNDARY.has(wordAt(words, k))) break;
  }
  return [];
}

/**
 * The party named after `by` at `by`: the first name after it (past `the`), or the person its title words lead to ("by Japanese
 * Finance Minister Kiichi Miyazawa", "by U.S. Treasury Secretary James Baker"); undefined when a lower-case word comes first.
 */
function titledAgent(view: View, by: number): Slot | undefined {
  const { words, slotAt, tokens } = view;
  let first: Slot | undefined;
  for (let x = by + 1; x < words.length && x <= by + 7; x++) {
    const slot = slotAt[x];
    if (slot) {
      if (slot.entity.type === 'person') return slot;
      first ??= slot;
      continue;
    }
    if (x === by + 1 && wordAt(words, x) === 'the') continue;
    if (!startsUpper(tokens[x].text)) break;
  }
  return first;
}

/**
 * Where a visit named by a noun goes when no `to` says: a place right before the noun ("his
 * Washington visit"), else the dateline's country for a visitor from elsewhere ("during Chirac's
 * first official visit", WASHINGTON dateline).
 */
export function visitDestination(ctx: Context, view: View, start: number, actors: readonly Slot[]): Slot[] {
  const before = view.slotAt[start - 1];
  if (before && !actors.some((a) => a.entity.id === before.entity.id) && (before.entity.type === 'location' || before.entity.type === 'country' || CAPITALS.has(ctx.text.slice(before.start, before.end)))) return [before];
  const home = ctx.home;
  // (a body of no country visits too: "World Bank President Barber Conable arrived here", JAKARTA dateline)
  if (!home || actors.some((a) => (!a.entity.country && !a.entity.actor?.startsWith('IGO')) || a.entity.country === home)) return [];
  const country = countryEntity(ctx, home) ?? groupEntity(ctx, home, '', { start: view.tokens[start].start, end: view.tokens[start].end, text: view.tokens[start].text });
  return [slotOf(country, view.tokens[start].start, view.tokens[start].end)];
}

/**
 * The token of a possessive before a place right before `start`, past a word or two of description
 * ("Shultz' Moscow talks", "his week-long Washington visit"), or -1.
 */
export function placePossessive(view: View, start: number): number {
  const slot = view.slotAt[start - 1];
  if (!slot || slot.entity.type === 'person') return -1;
  let k = view.slotStart[start - 1] - 1;
  for (let d = 0; k >= 0 && d < 2 && /^[\p{Ll}-]+$/u.test(view.tokens[k].text) && !POSSESSIVES.has(wordAt(view.words, k)) && !DETERMINERS.has(wordAt(view.words, k)); d++) k--;
  return k >= 0 && (POSSESSIVE_MARKS.has(wordAt(view.words, k)) || POSSESSIVES.has(wordAt(view.words, k))) ? k : -1;
}

/**
 * The body whose resolution or statement is the subject of the verb at `start` ("a U.N. Security Council resolution demanding", "a
 * resolution adopted on Monday that demands", "the council's draft resolution calling for", "a Soviet statement condemning",
 * "EC ministers issued a statement deploring"), or null.
 */
export function resolutionBody(view: View, start: number): { body: Slot; adopted: boolean; past: boolean } | null {
  const { words, slotAt } = view;
  let k = start - 1;
  if (wordAt(words, k) === 'that' || wordAt(words, k) === 'which') k--;
  // (past a participle and its time: "adopted on Monday")
  for (let back = 0; back < 5 && k > 0 && !MOTION_NOUNS.has(wordAt(words, k)); back++) k--;
  const noun = wordAt(words, k);
  if (!MOTION_NOUNS.has(noun)) return null;
  // ("Hungary vetoed an EU statement condemning", "vetoed a resolution that would have condemned": a text blocked says nothing)
  for (let v = k - 1; v >= 0 && v >= k - 6 && !hasBoundary(words, v, k); v--) if (BLOCKING_VERBS.has(wordAt(words, v))) return null;
  // (a statement's words are told by a participle right after it, "a statement issued today deploring"; "the statement said Iran
  // had rejected" is Iran's act)
  if (STATEMENT_NOUNS.has(noun) && (!/ing$/.test(wordAt(words, start)) || slotAt.slice(k + 1, start).some(Boolean))) return null;
  k--;
  if (wordAt(words, k) === 'draft') k--;
  const body = slotAt[k];
  if (body?.entity.actor?.startsWith('IGO') && (noun === 'resolution' || noun === 'resolutions')) return { body, adopted: false, past: false };
  // ("a Soviet statement condemning", "a White House communique urging"): a statement speaks for the one it is named by
  if (body && (body.entity.actor || body.entity.country) && STATEMENT_NOUNS.has(noun)) return { body, adopted: false, past: false };
  // ("One hundred members of the ruling party have signed a motion calling for", "The Senate passed a non-binding resolution urging",
  // "issued an interim report praising"):
  // those who adopted or signed it ask, of the one named or of no one
  while (k > 0 && (DETERMINERS.has(wordAt(words, k)) || /^(?:non-binding|nonbinding|joint|new|formal|unanimous|interim|annual|final|special|written)$/.test(wordAt(words, k)))) k--;
  if (!ADOPTING_VERBS.has(wordAt(words, k))) return null;
  const verb = k;
  k--;
  // ("The Senate yesterday unanimously passed a resolution": past words of time too)
  while (k > 0) {
    const from = timeAdverbialBefore(words, k);
    if (from <= k) k = from - 1;
    else if (/^(?:has|have|had|also|unanimously|overwhelmingly)$/.test(wordAt(words, k))) k--;
    else break;
  }
  // ("EC foreign ministers issued a statement": the subject told by a group of its officials)
  const adopter = slotAt[k] ?? (STATEMENT_NOUNS.has(noun) ? subjectLeft(view, verb) : undefined);
  // (the text's words were said when it was issued or adopted: "EC ministers issued a statement deploring" is told done)
  return adopter && (adopter.entity.actor || adopter.entity.country) ? { body: adopter, adopted: true, past: /ed$|^sent$|^wrote$/.test(wordAt(words, verb)) } : null;
}
/** Texts a legislature passes or its members table, which speak for it when they ask something of a government. */
const LEGISLATIVE_TEXTS: ReadonlySet<string> = new Set(['bill', 'bills', 'legislation', 'amendment', 'amendments', 'motion', 'motions', 'resolution', 'resolutions']);

/**
 * The token of a legislature's text that is the subject of the verb of asking at `start`, with no adopter named ("The legislation
 * calls on Reagan to account", "A parliamentary motion, signed by 98 MPs, today urged the U.K. Government", "a bill demanding
 * President Reagan account for the aid"), or -1. Past a relative pronoun, a time adverbial and an apposition set off by commas.
 */
export function legislativeText(view: View, start: number): number {
  const { words, slotAt } = view;
  let k = start - 1;
  if (wordAt(words, k) === 'that' || wordAt(words, k) === 'which') k--;
  k = timeAdverbialBefore(words, k) - 1;
  if (wordAt(words, k) === 'also') k--;
  // (", signed by 98 MPs,": an apposition of the text)
  if (wordAt(words, k) === ',') {
    const opening = words.lastIndexOf(',', k - 1);
    if (opening < 0 || k - opening > 8) return -1;
    k = opening - 1;
  }
  if (!LEGISLATIVE_TEXTS.has(wordAt(words, k))) return -1;
  // (a body named before it speaks for itself: "a U.N. Security Council resolution", "the EC's resolution"; see resolutionBody)
  for (let j = k - 1; j >= 0 && j >= k - 4 && !BOUNDARY.has(wordAt(words, j)) && wordAt(words, j) !== ','; j--) if (slotAt[j] && !slotAt[j]!.group) return -1;
  return k;
}

/**
 * Statements a party issues, sends or signs, which say what its words do ("issued a statement deploring", "a letter urging"), and
 * reports ("An IMF delegation ... issued an interim report praising Israel's success", "a World Bank report criticising").
 */
// (not a declaration, which two sign as an agreement: "signed a declaration pledging to cooperate")
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'statements', 'communique', 'communiques', 'letter', 'letters', 'message', 'report', 'reports']);
/** Verbs that stop a text from being adopted or issued. */
const BLOCKING_VERBS: ReadonlySet<string> = new Set(['veto', 'vetoed', 'vetoes', 'vetoing', 'block', 'blocked', 'blocking', 'reject', 'rejected', 'rejecting', 'defeated', 'opposed']);
/** Texts a body adopts or people sign that ask something of others, and statements. */
const MOTION_NOUNS: ReadonlySet<string> = new Set(['resolution', 'resolutions', 'motion', 'motions', 'petition', 'petitions', ...STATEMENT_NOUNS]);
/** Verbs of adopting, signing or issuing such a text. */
const ADOPTING_VERBS: ReadonlySet<string> = new Set(['passed', 'adopted', 'approved', 'signed', 'tabled', 'backed', 'endorsed', 'sponsored', 'introduced',
  'issue', 'issued', 'issuing', 'release', 'released', 'releasing', 'publish', 'published', 'publishing', 'send', 'sent', 'sending', 'delivered', 'wrote']);

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Possessive pronouns of a third party before an act's noun ("his talks", "its visit", "their meeting"; not `her`, also an object). */
export const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'its', 'their']);

/** Nouns of an act decided and taken, before its infinitive ("the government's decision to suspend talks"). */
const DECIDED: ReadonlySet<string> = new Set(['decision', 'move']);

/**
 * Where the owner of a decision noun (DECIDED) at `noun` is told: the possessive mark after it ("the government's decision", past up to
 * three words of its time or kind: "Reagan's April 17 decision", "Tokyo's recent surprise decision"), or the last word of a name
 * or the demonym used as its modifier after an article ("the U.S. decision", "the Canadian decision"); -1 when neither. `noun` may
 * be the last word of a time adverbial told after the noun ("decision last month").
 */
export function decisionOwnerEnd(view: View, noun: number): number {
  const { words, tokens, slotAt } = view;
  // ("Brazil's decision last month to suspend payments": a time adverbial between the noun and its `to`)
  for (let j = noun - 1; j >= noun - 3 && !DECIDED.has(wordAt(words, noun)); j--) if (DECIDED.has(wordAt(words, j)) && skipTimeAdverbial(words, j + 1) === noun + 1) noun = j;
  if (!DECIDED.has(wordAt(words, noun))) return -1;
  let k = noun - 1;
  for (let n = 0; n < 3 && k > 0 && !slotAt[k] && !DEMONYMS.has(tokens[k].text) && !POSSESSIVE_MARKS.has(wordAt(words, k)) && !OWNER_PRONOUNS.has(wordAt(words, k)); n++, k--) {
    const w = wordAt(words, k);
    const describes = /^\d{1,2}$/.test(w) || MONTHS.has(w) || (/^[a-z][a-z-]*$/.test(tokens[k].text) && !PREPOSITIONS.has(w) && !ARTICLES.has(w) && !POSSESSIVES.has(w) && !CLAUSE_STOPS.has(w) && w !== 'and' && w !== 'or');
    if (!describes) return -1;
  }
  if (POSSESSIVE_MARKS.has(wordAt(words, k))) return k;
  // ("Ecuador reaffirmed its decision to suspend debt payments": the body the pronoun stands for, see the caller)
  if (OWNER_PRONOUNS.has(wordAt(words, k))) return k;
  if (slotAt[k]) return ARTICLES.has(wordAt(words, view.slotStart[k] - 1)) ? k : -1;
  return DEMONYMS.has(tokens[k].text) && ARTICLES.has(wordAt(words, k - 1)) ? k : -1;
}

/** Whether the quote mark at `i` opens or closes scare quotes around a word or two ('a "defensive" exercise'). */
export function scareQuote(words: readonly string[], i: number): boolean {
  if (!QUOTE_MARKS.has(wordAt(words, i))) return false;
  for (const dir of [1, -1]) {
    let k = i + dir;
    while (Math.abs(k - i) <= 3 && /^[\p{L}-]+$/u.test(wordAt(words, k))) k += dir;
    if (Math.abs(k - i) > 1 && Math.abs(k - i) <= 3 && QUOTE_MARKS.has(wordAt(words, k))) return true;
  }
  return false;
}

/**
 * The `if` or `unless` that opens the condition of the act ending at `end`, in its sentence, or -1 ("impose 100 pct tariffs on up to 300
 * mln dlrs worth of Japanese goods from April 17 unless Tokyo ...": past a long object).
 */
function conditionAt(view: View, end: number): number {
  const { words } = view;
  for (let k = end; k < words.length && k < end + 24; k++) {
    const w = wordAt(words, k);
    if (w === 'if' || w === 'unless') return k;
    if (scareQuote(words, k)) continue;
    if (BOUNDARY.has(w) || w === '.') return -1;
  }
  return -1;
}

/** "Moscow would respond militarily if the United States went ahead": the parties whose act the threat is conditional on. */
export function conditionParty(view: View, end: number, ctx?: Context): Slot[] | null {
  const { words, slotAt } = view;
  const k = conditionAt(view, end);
  if (k < 0) return null;
  for (let x = k + 1; x < words.length && x <= k + 3; x++) {
    if (slotAt[x] && (slotAt[x]!.entity.actor || slotAt[x]!.entity.country)) return ctx ? conditionSubjects(ctx, view, x) : [slotAt[x]!];
  }
  // ("if the country's new military rulers did not restore President Bazoum": the rulers of the country named before)
  const owned = ctx ? backOwnedGroup(ctx, view, k + 1) : null;
  if (owned) return [owned];
  // ("if it buys more Russian weapons": the one the act is aimed at, as a pronoun)
  return wordAt(words, k + 1) === 'it' || wordAt(words, k + 1) === 'they' ? [] : null;
}

/**
 * Whether the act ending at `end` is conditional on lenders no code names ("Argentina could suspend payments on its foreign debt if
 * creditor banks reject a 2.15 billion dlr loan request"): a party all the same, whom a hostile act so told threatens.
 */
export function conditionOnLenders(view: View, end: number): boolean {
  const k = conditionAt(view, end);
  return k >= 0 && unnamedLenders(view, k + 1);
}

/** "the country's (new) military rulers" at token x: the group, of the country the story named last before, that the head names. */
function backOwnedGroup(ctx: Context, view: View, x: number): Slot | null {
  const { words, tokens } = view;
  if (wordAt(words, x) !== 'the' || !STATE_BACK_HEADS.has(wordAt(words, x + 1)) || !POSSESSIVE_MARKS.has(wordAt(words, x + 2))) return null;
  for (let h = x + 3; h <= x + 5 && h < words.length; h++) {
    const head = groupHead(words, h);
    if (head) {
      const named = head.sector ? lastCountryBefore(ctx, tokens[x].start, []) : null;
      return named?.country ? groupSlot(ctx, named.country, head.sector, tokens[x].start, tokens[head.end - 1].end) : null;
    }
  }
  return null;
}

/**
 * The subject of a condition's clause from its first name at `x`, with those joined to it by `and` ("if South Korea and
 * the United States attacked it": both; recipientSlots stops at a name before a verb, which here is the clause's own).
 */
function conditionSubjects(ctx: Context, view: View, x: number): Slot[] {
  const out = recipientSlots(ctx, view, x, new Set());
  const k = nextAfterSlot(view, x);
  if (out.length !== 1 || wordAt(view.words, k) !== 'and') return out;
  const next = wordAt(view.words, k + 1) === 'the' && !view.slotAt[k + 1] ? k + 2 : k + 1;
  const slot = view.slotAt[next];
  if (slot && (slot.entity.actor || slot.entity.country) && slot.entity.id !== out[0].entity.id && lexicon().inflected.has(wordAt(view.words, nextAfterSlot(view, next)))) out.push(slot);
  return out;
}

/** The two coded parties of different countries named last before `at` (never the news agency telling it). */
export function lastTwoNamed(ctx: Context, at: number, kind: 'people' | 'bodies' | 'states' | 'any'): Entity[] {
  const found: Entity[] = [];
  for (let i = firstFrom(ctx.mentions, at) - 1; i >= 0 && found.length < 2; i--) {
    const e = ctx.entities.get(ctx.mentions[i].entity);
    if (!e || !(e.actor || e.country) || e.type === 'location' || e.sector === 'MED') continue;
    if ((kind === 'people' && e.type !== 'person') || ((kind === 'bodies' || kind === 'states') && e.type === 'person')) continue;
    if (kind === 'states' && (e.country === null || e.actor?.startsWith('IGO'))) continue;
    // (two sides of one country only in its civil war: "clashes between the two sides" after "Sudan's army and the RSF")
    if (found.some((f) => f.id === e.id || (f.country !== null && f.country === e.country && !(kind === 'bodies' && f.actor !== e.actor && (f.sector === 'REB' || e.sector === 'REB'))))) continue;
    found.push(e);
  }
  return found;
}

/** A lower-case word that may modify a name after it ("paramilitary", "nuclear-armed"): no preposition or determiner. */
export function lowerModifier(view: View, k: number): boolean {
  const t = view.tokens[k];
  // ("the 11-nation Cartagena group", "the 24-nation OECD": a count of members joined to its noun; "the 20,000-member Letter Carriers
  // Union of Canada", "the 500,000-strong Unitary Workers Central": written with its thousands set apart)
  return t !== undefined && (/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || /^\d{1,3}(?:,\d{3})*-\p{Ll}+$/u.test(t.text)) && !PREPOSITIONS.has(wordAt(view.words, k)) && !DETERMINERS.has(wordAt(view.words, k));
}

/**
 * Where the party named from `j` starts: past `the` and a title written before the name ("President Reagan", "Malaysian Prime
 * Minister Anwar Ibrahim").
 */
export function partyAt(view: View, j: number): number {
  // (past an article: "between Iranian Oil Minister Gholamreza Aqazadeh and a visiting Ghanaian delegation")
  if (ARTICLES.has(wordAt(view.words, j))) j++;
  for (let k = j; k < j + TITLE_REACH && k < view.tokens.length; k++) {
    if (view.slotAt[k]) return k;
    // "the paramilitary Rapid Support Forces", "nuclear-armed Pakistan": a lower-case modifier before the name
    if (k < j + 2 && lowerModifier(view, k)) continue;
    // ("Deputy Iranian Finance Minister Mehdi Navvab", "North Korean leader Kim Il-sung": a title of several words, whose head
    // may be written in lower case)
    if (!startsUpper(view.tokens[k].text) && !TITLE_SECTORS.has(wordAt(view.words, k))) break;
  }
  return j;
}
/** How many words a title written before a name may take. */
const TITLE_REACH = 6;

export function beBefore(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    if (BE_FORMS.has(wordAt(words, j))) return true;
    if (!/ly$/.test(wordAt(words, j)) && !BE_ADVERBS.has(wordAt(words, j))) return false;
  }
  return false;
}

/** `Russia and China`, `Russia, China`: the slots coordinated with `slot` on its left. */
export function withCompounds(view: View, slot: Slot, _dir: -1): Slot[] {
  const { words, slotAt, slotStart, tokens } = view;
  if (slot.partner) return [slotOf(slot.partner, slot.start, slot.end), slot];
  const out: Slot[] = [slot];
  let first = tokens.findIndex((t) => t.start >= slot.start);
  if (first < 0) return out;
  for (let guard = 0; guard < 4; guard++) {
    // ("The Philippine government and the communist New People's Army": a lower-case word that describes the name after "and the")
    if (first > 2 && !slotAt[first - 1] && wordAt(words, first - 2) === 'the' && wordAt(words, first - 3) === 'and' && /^\p{Ll}+$/u.test(tokens[first - 1].text)) first--;
    if (wordAt(words, first - 1) === 'the') first--;
    // "Saudi Arabia and nuclear-armed Pakistan": a hyphenated modifier before the name
    // ("and Soviet-led Comecon": a backer's word)
    if (first > 1 && (/^\p{Ll}+-\p{Ll}+$/u.test(tokens[first - 1].text) || BACKED_BY.test(tokens[first - 1].text)) && wordAt(words, first - 2) === 'and') first--;
    // "Lavrov and Chinese Foreign Minister Wang Yi": title words between `and` and the name
    let titled = first;
    // ("and U.S. Secretary of State George Shultz": `of` inside the title, a country before it)
    // ("and Soviet leader Mikhail Gorbachev": a title word in lower case after a capitalised one; "and president Max Pine" of a firm is no party;
    // "and his Tuvalu counterpart Kausea Natano")
    // ("and Vietnamese Communist Party chief Nguyen Phu Trong": a body the title is of, before a title word)
    while (titled > 2 && first - titled < 6 && (!slotAt[titled - 1] || slotAt[titled - 1]!.entity.id === slot.entity.id
      || (slotAt[titled - 1]!.entity.type === 'organization' && titled < first && (TITLE_SECTORS.has(wordAt(words, titled)) || slotAt[titled] === slotAt[titled - 1]))) && (startsUpper(tokens[titled - 1].text) || (TITLE_SECTORS.has(wordAt(words, titled - 1)) && startsUpper(tokens[titled - 2].text))
      || wordAt(words, titled - 1) === 'counterpart' || (POSSESSIVES.has(wordAt(words, titled - 1)) && titled < first)
      // ("and Colombia's Gustavo Petro", "and Russia's Africa Corps": a country's possessive before the name of a person or of a coded
      // body of that country; "Greece and Turkey's NATO allies" are the allies of both)
      || ((slot.entity.type === 'person' || (slot.entity.type === 'organization' && slot.entity.sector && slot.entity.country === slotAt[titled - 2]?.entity.country)) && POSSESSIVE_MARKS.has(wordAt(words, titled - 1)) && slotAt[titled - 2]?.entity.type === 'country') || (wordAt(words, titled - 1) === 'of' && startsUpper(tokens[titled - 2].text) && titled < first))) titled--;
    if (titled < first && titled > 1 && slotAt[titled - 1]?.entity.type === 'country') {
      const country = slotStart[titled - 1] >= 0 ? slotStart[titled - 1] : titled - 1;
      if (wordAt(words, country - 1) === 'and') titled = country;
      // ("and his Tuvalu counterpart Kausea Natano")
      else if (POSSESSIVES.has(wordAt(words, country - 1)) && wordAt(words, country - 2) === 'and') titled = country - 1;
    } else if (titled < first && POSSESSIVES.has(wordAt(words, titled - 1)) && wordAt(words, titled - 2) === 'and') {
      // ("and his Australian counterpart Scott Morrison": the possessive is a mention of the first party)
      titled--;
    }
    if (titled < first && wordAt(words, titled - 1) === 'and') first = titled;
    const conj = wordAt(words, first - 1);
    // ("Neither the United States nor Israel has recognised": `nor` joins the parties of a denial)
    if (conj !== 'and' && conj !== ',' && conj !== 'nor') break;
    // ("The European Community (EC) and Comecon": the short name in brackets after the name before `and`)
    const bracketed = wordAt(words, first - 2) === ')' && wordAt(words, first - 4) === '(' && slotAt[first - 3] && slotAt[first - 3]!.entity.id === slotAt[first - 5]?.entity.id;
    // ("Indian Prime Minister Rajiv Gandhi, on a one-day visit here, and Sri Lankan President ...": an aside between the first name and `and`)
    const aside = !bracketed && conj === 'and' ? asideOpening(words, first - 2) : -1;
    const at = bracketed ? first - 5 : aside >= 0 ? aside - 1 : first - 2;
    const other = officeHolderOf(view, at) ?? slotAt[at];
    if (!other || other.entity.id === slot.entity.id || out.some((s) => s.entity.id === other.entity.id)) break;
    // a comma joins countries ("Russia, China to ..."); between a title and a name it is an apposition
    // ("Chinese, Russian and Iranian warships": groups of a demonym list join like countries)
    // (the name joined last decides: "Chinese, Russian and Iranian naval forces" where coref named only the last)
    // ("EC, U.S. PLAN HIGH-LEVEL TRADE TALKS", "SHULTZ, SHEVARDNADZE SAID TO MEET": a heading in capitals opens with two parties a comma
    // joins, as `and` does)
    if (conj === ',' && !(other.entity.type === 'country' && out[0].entity.type === 'country') && !(other.group && out[0].group) && !headingPair(view, at, other, out[0])) break;
    if (other.entity.type === 'location' && !CAPITALS.has(other.entity.name)) break;
    // ("Azerbaijan freed 32 Armenian servicemen and Armenia released": the name before `and` is a verb's object)
    let before = slotStart[at] >= 0 ? slotStart[at] - 1 : at - 1;
    while (before > 0 && (AMOUNT_WORDS.has(wordAt(words, before)) || /^\d/.test(wordAt(words, before)))) before--;
    if (lexicon().inflected.has(wordAt(words, before)) && /ed$/.test(wordAt(words, before))) break;
    out.unshift(other);
    first = slotStart[at] >= 0 ? slotStart[at] : at;
  }
  return out;
}

/**
 * The office holder a country at `at` names the seat of ("President Kenneth Kaunda of Zambia and ...", "Prime Ministers Zhao Ziyang
 * of China and Anibal Cavaco Silva of Portugal"): a titled or office-coded person of that country right before its `of`.
 */
function officeHolderOf(view: View, at: number): Slot | null {
  const country = view.slotAt[at];
  if (!country || country.entity.type !== 'country') return null;
  const first = view.slotStart[at] >= 0 ? view.slotStart[at] : at;
  if (wordAt(view.words, first - 1) !== 'of') return null;
  const holder = view.slotAt[first - 2];
  return holder?.entity.type === 'person' && (holder.entity.titles.length > 0 || holder.entity.sector) && holder.entity.country === country.entity.country ? holder : null;
}

/** Whether `other`, at `at`, opens a line in capitals and is, with `next`, one of two coded parties of two sides ("EC, U.S. PLAN"). */
function headingPair(view: View, at: number, other: Slot, next: Slot): boolean {
  const first = view.slotStart[at] >= 0 ? view.slotStart[at] : at;
  const code = (e: Entity) => e.actor ?? e.country;
  return first === 0 && Boolean(code(other.entity)) && Boolean(code(next.entity)) && (other.entity.country ?? code(other.entity)) !== (next.entity.country ?? code(next.entity))
    && !view.tokens.some((t) => /\p{Ll}/u.test(t.text));
}

/**
 * Words that open an aside after a name, between commas ("X, on a visit here, and Y"); not a relative clause, which may follow an
 * object ("the remarks of President Lai, who took office three days earlier, and Taiwan's defence ministry said").
 */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'fresh']);

/** At a comma closing an aside opened by a comma and one of ASIDE_OPENERS, the index of the opening comma; else -1. */
function asideOpening(words: readonly string[], comma: number): number {
  if (wordAt(words, comma) !== ',') return -1;
  for (let j = comma - 1; j > 0 && j >= comma - 12; j--) {
    const w = wordAt(words, j);
    if (w === ',') return ASIDE_OPENERS.has(wordAt(words, j + 1)) ? j : -1;
    if (w === 'and' || BOUNDARY.has(w)) return -1;
  }
  return -1;
}

/** Plural heads of parties that a list can be among ("among more than 20 countries that recognised"). */
const PARTY_PLURALS: ReadonlySet<string> = new Set(['countries', 'nations', 'states', 'governments']);

/**
 * For a verb at `at` in a relative clause on parties that a list was among ("X and Y were among more than 20 countries that
 * recognised"), the index of the form of "be" the list is the subject of; else -1.
 */
export function amongThoseWho(words: readonly string[], at: number): number {
  const relative = wordAt(words, at - 1);
  if ((relative !== 'that' && relative !== 'which' && relative !== 'who') || !PARTY_PLURALS.has(wordAt(words, at - 2))) return -1;
  for (let k = at - 3; k > 0 && k >= at - 8; k--) {
    if (wordAt(words, k) !== 'among') continue;
    return BE_FORMS.has(wordAt(words, k - 1)) ? k - 1 : -1;
  }
  return -1;
}

/** Whether a passive's `by` follows within a few words of place or time ("was greeted at the airport by"), past no clause or verb. */
export function agentAfterPlace(words: readonly string[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 6; j++) {
    const w = wordAt(words, j);
    if (w === 'by') return true;
    if (w === ',' || BOUNDARY.has(w) || CLAUSE_STOPS.has(w) || lexicon().inflected.has(w)) return false;
  }
  return false;
}

/** Prepositions of time that open a phrase of another act ("after his arrest by", "since its capture by"). */
const TIME_LINKS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'following', 'during']);

/** `by X` after `at`: the person in the agent phrase when there is one, else its first entity. */
export function byAgent(view: View, at: number, _unit: Unit): Slot[] {
  const { words, slotAt } = view;
  let j = at;
  // (not past a clause of its own: "been charged with illegal acts while employed by Drexel"; "since then" is no clause)
  // (nor past a time phrase that names another act: "was flown to New York after his arrest by Honduran police")
  while (j < words.length && j < at + 8 && wordAt(words, j) !== 'by' && !BOUNDARY.has(wordAt(words, j)) && wordAt(words, j) !== ','
    && !(CLAUSE_STOPS.has(wordAt(words, j)) && wordAt(words, j + 1) !== 'then') && !(TIME_LINKS.has(wordAt(words, j)) && j > at && wordAt(words, j + 1) !== 'then')) j++;
  if (wordAt(words, j) !== 'by') return [];
  const found: Slot[] = [];
  let afterFirst = -1;
  for (let k = j + 1; k < words.length && k < j + 20; k++) {
    const w = wordAt(words, k);
    const slot = slotAt[k];
    // (nor past a clause of another act: "was hit by a missile while sailing off Yemen")
    if (!slot && (BOUNDARY.has(w) || w === ',' || w === '.' || (PREPOSITIONS.has(w) && w !== 'of') || CLAUSE_STOPS.has(w))) break;
    // "by his Chinese counterpart": the possessive is not the agent
    if (slot && !isBarePossessive(view, k) && !found.some((s) => s.entity.id === slot.entity.id)) {
      found.push(slot);
      if (found.length === 1) afterFirst = nextAfterSlot(view, k);
    }
  }
  const people = found.filter((s) => s.entity.type === 'person');
  // "signed by Iranian President Masoud Pezeshkian and Russian President Vladimir Putin": both sign
  if (people.length > 1 && words.slice(j + 1, Math.min(words.length, j + 20)).includes('and')) return people;
  const person = people.pop();
  if (person) return [person];
  // ("signed on Monday by Armenia and Azerbaijan": two bodies or countries joined by `and` right after `by`)
  if (found.length > 1 && people.length === 0 && wordAt(words, afterFirst) === 'and' && found[0].entity.actor && found[1].entity.actor) return found.slice(0, 2);
  return found.length ? [found[0]] : [];
}

/** The first token of the capitalised title words ("Vice Foreign Minister", "Deputy Secretary of State") right before `j`, after `from`. */
export function titleStart(view: View, from: number, j: number): number {
  const { tokens, slotAt } = view;
  // (words in title case or a country, "U.S.": not a name of another body, "Federal Reserve Board Chairman Paul Volcker", nor a
  // heading's capitals)
  const titleWord = (t: number): boolean => slotAt[t] ? slotAt[t]!.entity.type === 'country' : startsUpper(tokens[t].text) && /\p{Ll}/u.test(tokens[t].text);
  let k = j;
  while (k > from && (titleWord(k - 1) || (wordAt(view.words, k - 1) === 'of' && k - 1 > from && titleWord(k - 2)))) k--;
  return k;
}

/** Words that tell a group as of other countries ("foreign companies", "overseas banks"). */
const ABROAD_WORDS: ReadonlySet<string> = new Set(['foreign', 'overseas', 'multinational', 'non-opec', 'western']);

/**
 * "criticised the press for its coverage", "accused the media of distorting": the press as a noun (MED), after an article or a
 * possessive and before no noun it would modify ("press reports", "media coverage"); "press" is a verb too ("to press ahead").
 */
export function pressAt(words: readonly string[], k: number): string | undefined {
  const w = wordAt(words, k);
  if (w !== 'press' && w !== 'media') return undefined;
  const before = wordAt(words, k - 1), after = wordAt(words, k + 1);
  if (!(ARTICLES.has(before) || POSSESSIVES.has(before) || PRESS_MODIFIERS.has(before))) return undefined;
  return after === '' || !/^[a-z]+$/.test(after) || PREPOSITIONS.has(after) || after === 'and' || after === 'or' || after === 'of' || after === 'for' ? 'MED' : undefined;
}
/** Adjectives of the press that stand where an article would ("foreign press", "state media"). */
const PRESS_MODIFIERS: ReadonlySet<string> = new Set(['foreign', 'local', 'western', 'state', 'national', 'domestic', 'independent', 'official', 'opposition', 'international', 'news']);

/** "arrested dozens of protesters", "called on the government": a domestic target of the actor's country (findRecipients' word at k). */
export function domesticTarget(ctx: Context, view: View, k: number, actors: readonly Slot[], actorIds: ReadonlySet<string>, entry: TriggerEntry | undefined): Slot[] | null {
  const { words, slotAt, tokens } = view;
  // ("guerrillas ambushed an army patrol": an armed attack on a country's forces is on its own country's when no other is named;
  // so are "government troops")
  const onForces = entry?.type === 'ASSAULT' && (SECURITY_HEADS.has(wordAt(words, k)) || DOMESTIC_PAIRS.get(wordAt(words, k))?.get(wordAt(words, k + 1)) === 'MIL')
    && actors.every((a) => a.entity.sector === 'REB');
  // ("after its fighters killed at least 80 people": armed men's killing of people no one names is of their own country's people)
  // (a sentence that names another country does not say whose people they were: "Hamas fighters killed hundreds of people in a
  // surprise attack on southern Israel")
  const onPeople = entry?.type === 'ASSAULT' && PEOPLE_HEADS.has(wordAt(words, k)) && actors.every((a) => a.entity.sector === 'REB')
    && !slotAt.some((s) => s && s.entity.country && !actors.some((a) => a.entity.country === s.entity.country))
    // ("Fierce fighting between Sudan's army and the RSF ... killed dozens of civilians": what killed them was the fighting)
    && !words.slice(0, k).some((w) => KILLING_THINGS.has(w));
  if ((!entry?.domestic && !onForces && !onPeople) || slotAt[k]) return null;
  const two = wordAt(words, k + 1) !== '' ? DOMESTIC_PAIRS.get(wordAt(words, k))?.get(wordAt(words, k + 1)) : undefined;
  let sector = two ?? DOMESTIC.get(wordAt(words, k)) ?? pressAt(words, k) ?? (onForces ? SECURITY_SECTORS.get(wordAt(words, k)) : onPeople ? '' : undefined);
  if (sector === undefined) return null;
  // ("opened talks with the country's top union leaders", "will meet the unions today": a union met at the table is a body of its
  // own, as one side of labour talks is (see labourPair), though its members who strike are the country's people)
  if (entry?.type === 'CONSULT' && sector === '' && (LABOUR_BODIES.has(wordAt(words, k)) || (two !== undefined && LABOUR_BODIES.has(wordAt(words, k + 1))))) sector = 'NGO';
  // ("he will meet with reporters this afternoon", "briefed journalists": a word to the press is no consultation; "has met strong
  // opposition from interest groups": opposition met with no article is resistance, no party, unlike "met with the opposition")
  // (nor a crowd of no sector, "members", "workers", whose side is not told; nor a head that only modifies a thing, "would meet
  // administration shortfalls")
  if (entry?.type === 'CONSULT' && (sector === 'MED' || sector === '' || (wordAt(words, k) === 'opposition' && wordAt(words, k - 1) !== 'the' && RESISTANCE_AFTER.has(wordAt(words, k + 1)))
    || modifiesThing(view, k + (two !== undefined ? 2 : 1)))) return null;
  // ("opposed the transfer of technology to foreign governments or companies": told as others', no one at home)
  if (words.slice(Math.max(0, k - 3), k).some((w) => ABROAD_WORDS.has(w))) return null;
  // ("detained hundreds of anti-apartheid activists", "pro-democracy activists", "pro-democracy politicians": campaigners against those
  // in power are the opposition)
  if (sector === '' && ACTIVISTS.has(wordAt(words, k)) && (/^anti-/.test(wordAt(words, k - 1)) || CAMPAIGN_FOR.has(wordAt(words, k - 1)))) sector = 'OPP';
  const after = k + (two !== undefined ? 2 : 1);
  // ("detained former cabinet ministers Kenneth Matiba and Charles Rubia": the people named are the target, not the head)
  for (let x = after; x <= after + 1; x++) if (slotAt[x] && slotAt[x]!.entity.type === 'person') return null;
  // "the government of Niger": the named one is the target; "relatives of exiled opposition
  // activists": the head noun is, and the nested group is not read on
  // (not the charge a gerund tells: "accused the government of trying to have him killed")
  if (wordAt(words, after) === 'of' && !/^\p{Ll}+ing$/u.test(view.tokens[after + 1]?.text ?? '')) {
    // ("journalists of the investigative outlet Temirov Live": a named body of no known country leaves the head the target)
    for (let x = after + 1; x < words.length && x <= after + 4; x++) if (slotAt[x] && !slotAt[x]!.group && (slotAt[x]!.entity.actor || slotAt[x]!.entity.country)) return null;
  }
  // ("a World Bank mission met with government officials", LUSAKA: a body of states meets the people of the dispatch's country)
  let country = actors.find((a) => a.entity.country)?.entity.country ?? (entry?.type === 'CONSULT' && actors.every((a) => a.entity.sector === 'IGO') ? ctx.home : null);
  if (!country) return null;
  // ("Duarte appealed to the rebels": a government's own rebels; others' may be anyone's: "to encourage anti-Baghdad Kurdish rebels")
  if (sector === 'REB' && !actors.every((a) => a.entity.sector === 'GOV' || a.entity.sector === 'MIL')) return null;
  // "Police in Thailand and Myanmar arrested 12 suspects": whose people they are is not told
  if (actors.some((a) => a.entity.country && a.entity.country !== country)) return null;
  // ("ADDIS ABABA - ... Ethiopia's relief agency ..., and the U.S. embassy urged both the government and the rebels": a foreign
  // side's words to "the government" or "the rebels" of a story from a country its sentence names are to that country's)
  if ((sector === 'REB' || sector === 'GOV') && ctx.home && ctx.home !== country && slotAt.some((s) => s && s.entity.country === ctx.home)) country = ctx.home;
  // ("De Croo, here for talks with Administration officials", "Gros will meet senior commercial bankers here": those a visitor
  // meets in the dispatch's country are of that country)
  else if (entry?.type === 'CONSULT' && ctx.home && ctx.home !== country) country = ctx.home;
  const entity = groupEntity(ctx, country, sector, { start: tokens[k].start, end: tokens[k].end, text: tokens[k].text });
  if (actorIds.has(entity.id)) return null;
  return [slotOf(entity, tokens[k].start, tokens[k].end, undefined, true)];
}

/**
 * Whether the words from `k`, right after a group's head, go on to a noun of a thing the head only modifies ("would meet
 * administration shortfalls next year"), not to people ("opposition political leaders") nor out of the phrase ("businessmen the
 * government").
 */
function modifiesThing(view: View, k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = wordAt(view.words, j);
    const ends = w === '' || !/^\p{Ll}/u.test(view.tokens[j].text) || Boolean(view.slotAt[j]) || PREPOSITIONS.has(w) || DETERMINERS.has(w) || CLAUSE_STOPS.has(w)
      || BOUNDARY.has(w) || MET_AFTER.has(w) || skipTimeAdverbial(view.words, j) !== j;
    if (ends) return j > k;
    if (personNoun(w)) return false;
  }
  return false;
}
/** Words after the people met that end their phrase ("met bankers here", "will meet senators again"). */
const MET_AFTER: ReadonlySet<string> = new Set(['and', 'or', 'but', 'here', 'there', 'again', 'also', 'separately', 'privately', 'who', 'which', 'today', 'tonight', 'yesterday', 'tomorrow']);
/** Words after `opposition` that make it resistance met, no party ("has met strong opposition from interest groups"). */
const RESISTANCE_AFTER: ReadonlySet<string> = new Set(['from', 'to', 'among', 'within', 'in', '.', ',', '']);
/** Campaigners whose cause, told before them, sets them against those in power. */
const ACTIVISTS: ReadonlySet<string> = new Set(['activists', 'campaigners', 'dissidents', 'leaders', 'figures', 'politicians']);
const CAMPAIGN_FOR: ReadonlySet<string> = new Set(['pro-democracy', 'democracy', 'anti-government', 'anti-apartheid', 'independence', 'separatist']);
/** Things, not people, that kill in a sentence ("fighting ... killed dozens of civilians"). */
const KILLING_THINGS: ReadonlySet<string> = new Set(['fighting', 'clashes', 'war', 'battle', 'battles', 'violence', 'explosion', 'blast', 'bombing', 'shelling', 'crossfire']);
/** People with no side named, and the places they live in, whom armed men attack ("killed at least 80 people", "stormed a village"). */
const PEOPLE_HEADS: ReadonlySet<string> = new Set(['people', 'civilians', 'villagers', 'residents', 'passengers', 'farmers', 'children', 'worshippers', 'students', 'patients', 'workers',
  'village', 'villages', 'town', 'towns', 'market', 'hospital', 'school', 'camp', 'camps', 'bus']);

/**
 * A person of no known country held or tried by a state ("Honduran police arrested former President Juan Orlando Hernandez",
 * "Castillo was arrested by Peruvian police") is of the state that holds him: its country, as "arrested 105 people" is.
 */
export function heldPerson(ctx: Context, slot: Slot | undefined, actors: readonly Slot[], entry: TriggerEntry | undefined): Slot | null {
  // (or tried by it: "a Brazilian court convicted former President Jair Bolsonaro")
  if (!slot || (entry?.mode !== 'arrest' && entry?.context !== 'legal') || slot.entity.type !== 'person' || slot.entity.actor || slot.entity.country) return null;
  const country = actors[0]?.entity.country;
  if (!country || actors.some((a) => a.entity.country !== country)) return null;
  const entity = groupEntity(ctx, country, '', { start: slot.start, end: slot.end, text: ctx.text.slice(slot.start, slot.end) });
  return actors.some((a) => a.entity.id === entity.id) ? null : slotOf(entity, slot.start, slot.end, undefined, true);
}
const SECURITY_HEADS: ReadonlySet<string> = new Set(SECURITY_SECTORS.keys());

/** "to close", "to retaliate": `to` before a lower-case word that is no determiner, amount or name. */
export function isInfinitive(view: View, k: number): boolean {
  // (asked at a sentence's end too: a read past the tokens deoptimises the callers it is inlined in)
  if (k >= view.tokens.length) return false;
  const t = view.tokens[k];
  const w = wordAt(view.words, k);
  if (!t || view.slotAt[k] || !/^\p{Ll}+$/u.test(t.text)) return false;
  return !DETERMINERS.has(w) && !POSSESSIVES.has(w) && !AMOUNT_WORDS.has(w) && !/(?:s|ern|ian|ese)$/.test(w);
}

export function nextAfterSlot(view: View, j: number): number {
  const slot = view.slotAt[j];
  let k = j;
  while (k < view.words.length && view.slotAt[k] === slot) k++;
  return k;
}

/**
 * "his" in "his Chinese counterpart": the possessive is not the recipient, the noun after it is ("her" before a preposition or a mark
 * is the object itself: "invited her to visit").
 */
export function isBarePossessive(view: View, j: number): boolean {
  const next = wordAt(view.words, j + 1);
  return POSSESSIVES.has(wordAt(view.words, j)) && view.slotStart[j] === j && nextAfterSlot(view, j) === j + 1 && view.slotAt[j]?.pending === undefined && j + 1 < view.words.length && !BOUNDARY.has(next)
    && !(wordAt(view.words, j) === 'her' && (PREPOSITIONS.has(next) || next === ',' || next === 'and'));
}

/**
 * "sanctions on Sudan's Rapid Support Forces", "on Sudan's paramilitary Rapid Support Forces": a coded body of the country named in
 * the possessive right before it (past a word or two of description) is the party meant, not the country; its index, else -1.
 */
export function possessedBody(view: View, j: number): number {
  const country = view.slotAt[j]!.entity.country;
  let k = nextAfterSlot(view, j);
  if (!POSSESSIVE_MARKS.has(wordAt(view.words, k))) return -1;
  k++;
  for (const from = k; k < from + 2 && !view.slotAt[k] && lowerModifier(view, k); k++);
  const body = view.slotAt[k];
  return body && !body.group && body.entity.type === 'organization' && body.entity.actor && body.entity.country === country ? k : -1;
}

/** Those an appeal is made to that no code names ("asked Western donors for more trucks", "urged the international community"). */
const ADDRESSEES: ReadonlySet<string> = new Set(['donors', 'donor', 'community', 'lenders', 'creditors', 'banks', 'governments', 'nations', 'countries', 'allies', 'partners']);

/** Those a state's own appeal goes to, named by `its` or `their` ("its allies", "their Western partners"). */
const OWNED_ADDRESSEES: ReadonlySet<string> = new Set(['allies', 'partners']);

/** Whether the object at `from` (past an article and a word of description) is an addressee no code names. */
export function uncodedAddressee(words: readonly string[], from: number): boolean {
  let k = from;
  // ("asked its European allies to impose similar sanctions": a state's allies; a company's "its creditors" are no one's of note)
  const owned = wordAt(words, k) === 'its' || wordAt(words, k) === 'their';
  if (wordAt(words, k) === 'the' || owned) k++;
  if (owned && !OWNED_ADDRESSEES.has(wordAt(words, k)) && !OWNED_ADDRESSEES.has(wordAt(words, k + 1))) return false;
  if (/^(?:western|foreign|international|rich|wealthy|world|other|member|donor|creditor|commercial|gulf|arab|african|european)$/.test(wordAt(words, k)) && ADDRESSEES.has(wordAt(words, k + 1))) k++;
  return ADDRESSEES.has(wordAt(words, k)) && (wordAt(words, k) !== 'community' || wordAt(words, k - 1) === 'international');
}

/** Words of what debt talks are for, between `debt` and their noun ("debt rescheduling talks", "debt renegotiation talks"). */
const DEBT_TALK_MODIFIERS: ReadonlySet<string> = new Set(['rescheduling', 'renegotiation', 'restructuring', 'refinancing', 'relief']);

/**
 * Whether the talks noun at `k` is named by the debt it is on, as talks of one round ("debt rescheduling talks", "the debt
 * talks"): a debtor's talks with its lenders, who need no name. Bare "debt talks" are talks of that kind in general ("currently
 * debt negotiations are very complex", "a role for governments in debt talks").
 */
export function debtTalks(words: readonly string[], k: number): boolean {
  const modified = DEBT_TALK_MODIFIERS.has(wordAt(words, k - 1));
  const j = modified ? k - 2 : k - 1;
  return wordAt(words, j) === 'debt' && (modified || wordAt(words, j - 1) === 'the') && (wordAt(words, k) === 'talks' || wordAt(words, k) === 'negotiations');
}

/** Head nouns of lenders a debtor negotiates with ("creditor banks", "its major foreign creditors", "its bank advisory committee", "a meeting with donors"). */
const LENDER_HEADS: ReadonlySet<string> = new Set(['banks', 'creditors', 'lenders', 'donors', 'committee', 'agencies', 'institutions']);
/**
 * Heads that are lenders only after a word that makes them so: a committee the lenders' own ("bank advisory committee", "steering
 * committee"), agencies or institutions that lend ("international lending agencies", "multilateral financial institutions").
 */
const QUALIFIED_LENDERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['committee', new Set(['bank', 'banks', 'advisory', 'steering', 'creditor', 'creditors'])],
  ['agencies', new Set(['lending', 'credit', 'financial', 'multilateral', 'donor'])],
  ['institutions', new Set(['lending', 'credit', 'financial', 'multilateral'])],
]);

/** Determiners before lenders no code names ("its creditor banks", "those creditors", "a bank advisory committee"). */
const LENDER_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'those', 'these', 'a', 'an']);
/** Nouns that stand for a state before its possessive ("the country's creditor banks", "the nation's lenders"). */
export const OWNING_STATE_NOUNS: ReadonlySet<string> = new Set(['country', 'nation']);
/** Nouns of those who stand for others, before `of` or `for` ("a newly appointed representative for those creditors"). */
const REPRESENTATIVES: ReadonlySet<string> = new Set(['representative', 'representatives']);

/**
 * Whether the words from `k` name lenders no code names, in lower case past a determiner and up to three modifiers, or one who
 * represents them.
 */
export function unnamedLenders(view: View, k: number): boolean {
  const { words } = view;
  // ("talks between Philippine officials and the country's commercial bank creditors": the debtor's own, as `its`; partyAt may have
  // read past the article)
  const owner = wordAt(words, k) === 'the' ? k + 1 : k;
  if (OWNING_STATE_NOUNS.has(wordAt(words, owner)) && POSSESSIVE_MARKS.has(wordAt(words, owner + 1))) k = owner + 2;
  else if (LENDER_DETERMINERS.has(wordAt(words, k))) k++;
  // (a count among the modifiers: "the country's 12-bank advisory committee")
  for (let end = k + 4; k < end && k < words.length && !view.slotAt[k] && /^[a-z\d-]+$/.test(view.tokens[k].text); k++) {
    const w = wordAt(words, k);
    if (LENDER_HEADS.has(w)) return QUALIFIED_LENDERS.get(w)?.has(wordAt(words, k - 1)) ?? true;
    // (talks with one who stands for the lenders are talks with them)
    if (REPRESENTATIVES.has(w) && (wordAt(words, k + 1) === 'of' || wordAt(words, k + 1) === 'for')) return unnamedLenders(view, k + 2);
    // (modifiers only: "a telephone interview that the banks were divided" names no lenders)
    if (PREPOSITIONS.has(w) || w === 'that' || w === 'and') return false;
  }
  return false;
}

/**
 * Whether the word at `k` names people who protest: a crowd, or a labour body the tagger took for no name and no one owns ("the union
 * went on strike", "Unions called the strike"; not "the Soviet Union", nor "Ecuador's unions", whose owner is read as the subject).
 */
export function protestingBody(view: View, k: number): boolean {
  const w = wordAt(view.words, k);
  return CROWD_WORDS.has(w) || (LABOUR_BODIES.has(w) && !view.slotAt[k] && !POSSESSIVE_MARKS.has(wordAt(view.words, k - 1)));
}

/** The one country the sentence names before token `to` (of all its coded names), or null when it names none or several. */
export function onlyCountry(view: View, to: number): string | null {
  let only: string | null = null;
  for (let k = 0; k < to && k < view.slotAt.length; k++) {
    const country = view.slotAt[k]?.entity.country;
    if (!country) continue;
    if (only !== null && country !== only) return null;
    only = country;
  }
  return only;
}

/**
 * The one country the sentence places its acts in: a country, place or body named after `in`, `of`, `near`, `across` or
 * `throughout` ("in central Burkina Faso", "near Jalalabad", "police in Northern Ireland"), or owning a thing
 * ("Haiti's council"), never one named as a target ("attacked Soviet positions", "fired rockets at Israel"); null when
 * there is none or more than one.
 */
export function placedIn(view: View): string | null {
  const { slotAt, slotStart, words } = view;
  let only: string | null = null;
  for (let k = 0; k < slotAt.length; k++) {
    const slot = slotAt[k];
    if (!slot || slotStart[k] !== k || !slot.entity.country || slot.entity.type === 'person') continue;
    let b = k - 1;
    while (b >= 0 && (wordAt(words, b) === 'the' || COMPASS_WORDS.has(wordAt(words, b)))) b--;
    let e = k;
    while (slotAt[e] === slot) e++;
    if (!PLACING.has(wordAt(words, b)) && wordAt(words, e) !== "'s" && wordAt(words, k + 1) !== "'s") continue;
    if (only !== null && slot.entity.country !== only) return null;
    only = slot.entity.country;
  }
  return only;
}
/** Prepositions that place what is told in the country or place after them. */
const PLACING: ReadonlySet<string> = new Set(['in', 'of', 'near', 'across', 'throughout']);

/** The country of a plural demonym ("Palestinians", "Georgians"), else null. */
export function pluralDemonym(text: string): string | null {
  if (!text.endsWith('s') || !startsUpper(text) || COUNTRY_NAMES.has(text)) return null;
  return DEMONYMS.get(text.slice(0, -1)) ?? null;
}

/**
 * "Supporters of former Bolivian President Evo Morales kept up road blockades": a crowd of a named
 * person's followers, right before the verb, is of that person's country.
 */
export function followersOf(ctx: Context, view: View, start: number): Slot[] {
  const named = view.slotAt[start - 1];
  if (!named || named.entity.type !== 'person') return [];
  let k = view.slotStart[start - 1] - 1;
  // ("Supporters of ousted President Pedro Castillo", "of jailed former Prime Minister Imran Khan")
  while (k > 0 && !view.slotAt[k] && (startsUpper(view.tokens[k].text) || FOLLOWED_STATES.has(wordAt(view.words, k)))) k--;
  if (wordAt(view.words, k) !== 'of' || !CROWD_WORDS.has(wordAt(view.words, k - 1))) return [];
  // (a leader of no country named is of the country the story is told from)
  const country = named.entity.country ?? homeOf(ctx, view);
  if (!country) return [];
  const t = view.tokens[start];
  return [groupSlot(ctx, country, '', t.start, t.end)];
}

/** Words before a leader's title that tell the leader's state ("former", "ousted", "jailed"). */
const FOLLOWED_STATES: ReadonlySet<string> = new Set(['former', 'ousted', 'jailed', 'exiled', 'deposed', 'imprisoned', 'detained', 'late', 'slain']);

/**
 * The country a sentence is told from: its own dateline when a roundup opens it with one ("BELFAST -
 * Mourners clashed with police", "BRUNSWICK, West Germany - A former chief ... has been arrested": the country named after the
 * city's comma), else the dispatch's.
 */
export function homeOf(ctx: Context, view: View): string | null {
  if (!opensRoundupItem(view)) return ctx.home;
  const first = view.tokens[0];
  const dash = datelineDash(view);
  const name = first.text.charAt(0) + first.text.slice(1).toLowerCase();
  const country = dash > 2 ? COUNTRY_NAMES.get(view.tokens.slice(2, dash).map((t) => t.text).join(' ')) : undefined;
  return country ?? COUNTRY_NAMES.get(name) ?? lookupPlace(name)?.country ?? ctx.home;
}

/** Whether the sentence opens a roundup item with the item's own dateline ("BAHRAIN - Iranian forces have renewed"). */
export function opensRoundupItem(view: View): boolean {
  const first = view.tokens[0];
  return first !== undefined && /^[A-Z][A-Z .'-]+$/.test(first.text) && datelineDash(view) >= 0;
}

/** The dash that closes a roundup item's dateline: right after its city, or after the city's comma and a few words of its country; else -1. */
function datelineDash(view: View): number {
  const dashAt = (k: number): boolean => wordAt(view.words, k) === '-' || wordAt(view.words, k) === '—';
  if (dashAt(1)) return 1;
  if (wordAt(view.words, 1) !== ',') return -1;
  for (let k = 3; k <= 5; k++) if (dashAt(k)) return k;
  return -1;
}

/** Acts that a compound subject does with each other: meetings, joint acts, agreements, signatures, swaps. */
export function symmetric(c: Candidate): boolean {
  // (a mediator is no party to the talks it brokers)
  // ("China and Honduras established diplomatic relations": recognition between two is mutual)
  // (a visit is the visitor's: "Both countries are finishing details to arrive at a price" is no visit each way)
  // (a readiness is each one's own: "Peru, Ecuador and Brazil were still willing to talk" is none between them, nor "Brazil and
  // Mexico were ready to talk with their banks"; but two parties ready for talks with no one else named are ready for talks with
  // each other: "the two sides were ready to resume talks")
  if (c.entry.oneSided) return c.cameo === '036' && c.actors.length === 2 && !/\bwith$/i.test(c.trigger.text);
  // (talks with lenders no code names are each debtor's own: "talks with commercial banks for loans to Argentina, the Philippines and
  // Brazil" are none between them)
  if (c.type === 'CONSULT' && c.standsAlone) return false;
  return (c.type === 'CONSULT' && c.cameo !== '045' && c.cameo !== '042' && c.cameo !== '043') || c.type === 'COOPERATE' || c.type === 'AGREE' || c.cameo === '057' || /(?:^|\s)(?:exchang|swap)/i.test(c.trigger.text) || (c.type === 'RETREAT' && (c.cameo === '087' || c.cameo === '0871'))
    || ((c.cameo === '054' || c.cameo === '050') && /\b(?:relations|ties|relationship|partnership)\b/i.test(c.trigger.text))
    // ("Thai and Cambodian troops clashed": an armed clash is each side's attack on the other)
    || (c.type === 'ASSAULT' && /^clash/i.test(c.trigger.text))
    // ("Iran and Iraq traded accusations": blame traded is each one's accusation of the other)
    || (c.type === 'ACCUSE' && /^trad/i.test(c.trigger.text));
}

/** The two named after `between` within the object after `end` ("a ceasefire between Iran and Iraq"), or null. */
export function pairAfter(view: View, end: number): Slot[] | null {
  const { words, slotAt } = view;
  for (let k = end; k < words.length && k < end + 12; k++) {
    if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',') return null;
    if (wordAt(words, k) !== 'between') continue;
    const j = partyAt(view, k + 1);
    const a = slotAt[j];
    const after = a ? nextAfterSlot(view, j) : -1;
    const b = a && wordAt(words, after) === 'and' ? slotAt[partyAt(view, after + 1)] : undefined;
    return a && b && (a.entity.actor || a.entity.country) && (b.entity.actor || b.entity.country) ? [a, b] : null;
  }
  return null;
}
