/** From one trigger match to a candidate event: its actor by voice and frame (active, passive, nominal, quoted, reported), before recipients and status. */
import { COUNTRY_NAMES, DEMONYMS } from '../../lexicon/countries.js';
import { ISLAND_STATES, regionOf } from '../../lexicon/regions.js';
import { ACT_NOUNS, CROWD_WORDS, POLICIES, SPEECH_VERBS } from '../../lexicon/event-groups.js';
import { SPEECH_OBJECTS } from '../../lexicon/speech-verbs.js';
import { EVENT_TRIGGERS, FIGURATIVE_WARS, type TriggerEntry } from '../../lexicon/event-triggers.js';
import { AMOUNT_GAP, type Form, lexicon, type Pattern, shapedEntry } from '../event-lexicon.js';
import { findDates } from '../dates.js';
import { TITLE_SECTORS } from '../../lexicon/titles.js';
import { OWNER_PRONOUNS, actNounWord, agentAfterPlace, amongThoseWho, asNoun, beBefore, byAgent, pairAfter, compoundEnd, lowerModifier, condemnedAct, conditionParty, decisionOwnerEnd, doerOf, domesticTarget, followersOf, hasBoundary, heldPerson, homeOf, isInfinitive, joiningBefore, lastCountryBefore, legislativeText, lastListed, mainSubjectAfterComma, nextAfterSlot, openingSubject, participleSubject, partyAt, placedIn, placePossessive, protestingBody, reportAt, resolutionBody, sentenceSubject, skipTimeAdverbial, startsUpper, subjectBody, subordinatorAt, titledPersonAfter, titleStart, visitDestination, withCompounds, wordAt } from './clause.js';
import { crowdAtPlace, crowdPlace } from './crowds.js';
import { finish } from './finish.js';
import { bareForce } from './armed-forces.js';
import { bodyMeetingPattern, nominalAct } from './nominal-acts.js';
import { findRecipients } from './recipients.js';
import { countryEntity, groupEntity, groupSlot, recast, slotOf } from './slots.js';
import { subjectLeft } from './subjects.js';
import type { Candidate, Context, Slot, Unit, View } from './types.js';
import { ADDRESSING_TYPES, ANNOUNCED, ARMED_LEADERS, ASPECT, BARE_FORCES, BE_ADVERBS, BE_FORMS, BOUNDARY, CLAUSE_ADVERBS, CLAUSE_STOPS, DETERMINERS, DOMESTIC_PAIRS, FORCE_HARDWARE, FORCE_MOVES, GATHERINGS, HEADS, MODALS, MODAL_VERBS, OFFICERS_OF, PERFECT_AUXILIARIES, PLACE_OR_TIME_OPENERS, POSSESSIVES, POSSESSIVE_MARKS, PREPOSITIONS, PRONOUN_SUBJECTS, REBEL_MODIFIERS, RELATIVE_PRONOUNS, RIOT_NOUNS, SAID_ACTS, SAID_WHEN, STATE_BACK_HEADS, SUBORDINATORS, TIME_ADVERBS, WEEKDAYS } from './word-classes.js';

/** Subordinators a participle clause opens with, whose subject is the main clause's ("after holding talks"). */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since']);
/** Verbs of weighing an act, before its gerund ("could consider supplying", "is weighing imposing"). */
const CONSIDERING = new Set(['consider', 'considers', 'considering', 'considered', 'weigh', 'weighs', 'weighing', 'weighed', 'contemplate', 'contemplates', 'contemplating', 'contemplated', 'mull', 'mulls', 'mulling', 'mulled']);

const REFRAIN = new Set(['refrain', 'refrains', 'refrained', 'refraining']);
/**
 * Verbs of telling that report an act done by its gerund ("reported launching", "claimed shooting down", "admits attacking"); not the
 * forms that are nouns too ("a report accusing the army", "claims of").
 */
const TOLD_DONE = new Set(['reported', 'claimed', 'announced', 'announces', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'confirmed', 'confirms']);
/** Subordinators after which a participle is a passive without its subject ("if attacked"). */
const ELLIPTICAL_OPENERS = new Set(['if', 'unless', 'when', 'once', 'whenever', 'though', 'although', 'while', 'until', 'than', 'as']);

/** Nouns of what one side puts to another, whose rejection is aimed at it ("a Moroccan proposal"). */
const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(['proposal', 'proposals', 'plan', 'plans', 'offer', 'offers', 'request', 'requests', 'demand', 'demands', 'bid',
  'initiative', 'draft', 'resolution', 'appeal', 'calls', 'terms', 'conditions', 'ultimatum', 'claims']);
/** What a passive's subject names whose rejection is aimed at its owner: a proposal or a policy ("Reagan's own budget was rejected by"). */
const REJECTED_HEADS: ReadonlySet<string> = new Set([...PROPOSAL_NOUNS, ...POLICIES]);
/** What a passive's subject names whose criticism is aimed at its owner: an act or a policy ("the ADB's performance was criticised by"). */
const CRITICISED_HEADS: ReadonlySet<string> = new Set([...ACT_NOUNS, ...POLICIES]);

/**
 * The owner of what a passive's subject names before `start`, a proposal (`heads`) of one side: the sentence's opening one
 * ("A Moroccan proposal ... was rejected") or the one right before the verb, owned by a possessive, a demonym or a country's
 * name ("Kyiv's proposal was rejected", "The French resolution was vetoed", "the Israeli strike was denounced"), or null.
 */
function proposalOwner(ctx: Context, view: View, start: number, heads: ReadonlySet<string>): Slot | null {
  const { words, tokens } = view;
  const at = wordAt(words, 0) === 'a' || wordAt(words, 0) === 'the' || wordAt(words, 0) === 'an' ? 1 : 0;
  const country = at + 1 < start ? DEMONYMS.get(tokens[at].text) : undefined;
  if (country && !view.slotAt[at + 1] && heads.has(wordAt(words, at + 1))) return groupSlot(ctx, country, '', tokens[at].start, tokens[at].end);
  let head = start - 1;
  while (head > 0 && (BE_FORMS.has(wordAt(words, head)) || wordAt(words, head) === 'has' || wordAt(words, head) === 'have' || /ly$/.test(wordAt(words, head)))) head--;
  if (head === start - 1 || head < 1 || view.slotAt[head] || !heads.has(wordAt(words, head))) return null;
  const owner = possessorLeft(view, head)[0];
  if (owner) return owner;
  const slot = view.slotAt[head - 1];
  if (slot) return slot.group || (slot.entity.type === 'country' && !slot.pending) ? slot : null;
  const demonym = DEMONYMS.get(tokens[head - 1].text);
  return demonym ? groupSlot(ctx, demonym, '', tokens[head - 1].start, tokens[head - 1].end) : null;
}
/** Heads that name an island state again, told by the region word they are ("the communist-ruled island", "the archipelago"). */
const ISLAND_HEADS: ReadonlySet<string> = new Set(['island', 'archipelago']);

/** The index at or before `k` past modals, aspect verbs, "not", "also" and -ly adverbs ("would also strongly", "has not"). */
function pastAuxiliaries(words: readonly string[], k: number): number {
  while (k > 0 && (MODAL_VERBS.has(wordAt(words, k)) || ASPECT.has(wordAt(words, k)) || wordAt(words, k) === 'not' || wordAt(words, k) === 'also' || /ly$/.test(wordAt(words, k)))) k--;
  return k;
}

/** The parties a sentence opened by "They" (past modals and adverbs) is about: the several the sentence before acted as, or none. */
function toldSeveral(ctx: Context, unit: Unit, view: View, start: number): Slot[] {
  // ("Houthi rebels attacked a ship. They also threatened": a force or group of many told alone is "they" too; not where it acted on
  // people, who may be the ones meant: "Police arrested 20 protesters. They accused the government")
  const told = ctx.told.subject;
  const group = told && told.type === 'organization' && MANY_SECTORS.has(told.sector ?? '') && !ctx.told.people ? [told] : [];
  const parties = ctx.told.several.length > 0 ? ctx.told.several : group;
  if (parties.length === 0 || unit.sentence < 0 || unit.sentence - ctx.told.sentence > 1) return [];
  const { words, tokens } = view;
  let k = pastAuxiliaries(words, start - 1);
  // ("They both agreed")
  if (wordAt(words, k) === 'both') k = pastAuxiliaries(words, k - 1);
  if (k !== 0 || wordAt(words, 0) !== 'they') return [];
  return parties.map((e) => slotOf(e, tokens[0].start, tokens[0].end));
}

/** Sectors of bodies of many people that a later sentence calls "they": armed groups, police, armed forces, the opposition. */
const MANY_SECTORS: ReadonlySet<string> = new Set(['REB', 'COP', 'MIL', 'OPP']);

/**
 * The subject of a sentence that opens with "It" or "The Gulf state", "The kingdom" (past modals and adverbs, and "It said it"):
 * the country or body the sentence before it with an event was about, or null.
 */
function toldSubject(ctx: Context, unit: Unit, view: View, start: number): Slot | null {
  const told = ctx.told.subject;
  if (unit.sentence < 0) return null;
  const { words, tokens } = view;
  let k = pastAuxiliaries(words, start - 1);
  // ("It said it would expel", "The kingdom said it had frozen")
  if (wordAt(words, k) === 'it' && SPEECH_VERBS.has(wordAt(words, k - 1))) k = pastAuxiliaries(words, k - 2);
  const recent = told !== null && unit.sentence - ctx.told.sentence <= 2;
  if (wordAt(words, k) === 'it') return k === 0 && recent ? slotOf(told!, tokens[0].start, tokens[0].end) : null;
  // ("The junta's spokesman dismissed the accusations", "The regime rejected"): the rulers of the country last named
  const ruler = wordAt(words, 0) === 'the' ? (k === 1 ? k : SPOKESPEOPLE.has(wordAt(words, k)) && k === 3 && POSSESSIVE_MARKS.has(wordAt(words, 2)) ? 1 : -1) : -1;
  // (not "The government", which the dateline's country and coreference read)
  if (ruler === 1 && (wordAt(words, 1) === 'junta' || wordAt(words, 1) === 'regime')) {
    // (the dateline's country first: "NIAMEY - The last French soldiers left Niger ... The junta had expelled")
    const country = ctx.home ?? lastCountryBefore(ctx, tokens[0].start, [])?.country ?? null;
    return country ? groupSlot(ctx, country, 'GOV', tokens[0].start, tokens[k].end) : null;
  }
  // ("The European Union imposed sanctions on Iran. The bloc also froze ...", "Hamas freed two hostages. The group said": a body told
  // again by a head of its kind)
  const bodyKind = wordAt(words, 0) === 'the' && k <= 3 ? BODY_BACK_HEADS.get(wordAt(words, k)) : undefined;
  if (bodyKind !== undefined) {
    if (!recent || told!.type !== 'organization' || !bodyKind.includes(told!.actor?.startsWith('IGO') ? 'IGO' : told!.sector ?? '')) return null;
    if (!describing(view, k)) return null;
    return slotOf(told!, tokens[0].start, tokens[k].end);
  }
  const island = ISLAND_HEADS.has(wordAt(words, k));
  if ((!STATE_BACK_HEADS.has(wordAt(words, k)) && !island) || wordAt(words, 0) !== 'the' || k > 4) return null;
  // ("The Gulf state", "The Himalayan kingdom", "The oil-rich emirate": words of no code between the article and the head)
  if (!describing(view, k)) return null;
  // ("India shut the border. The Himalayan kingdom accused New Delhi": a region word names the last country of that region told)
  // ("Cuba released 50 prisoners. The communist-ruled island also expelled", "The island nation": an island names an island state)
  const described = words.slice(1, k + 1);
  const region = regionOf(described.slice(0, -1)) ?? (described.some((w) => ISLAND_HEADS.has(w)) ? ISLAND_STATES : null);
  if (region !== null) {
    if (recent && told!.type === 'country' && told!.country && region.has(told!.country)) return slotOf(told!, tokens[0].start, tokens[k].end);
    const named = lastCountryBefore(ctx, tokens[0].start, [], region);
    return named ? slotOf(named, tokens[0].start, tokens[k].end) : null;
  }
  if (!recent || told!.type !== 'country') return null;
  return slotOf(told!, tokens[0].start, tokens[k].end);
}

/** Heads that tell a body again, by the sectors of body each can name ("the bloc": an intergovernmental one). */
const BODY_BACK_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['bloc', ['IGO']], ['alliance', ['IGO']], ['organisation', ['IGO', 'NGO']], ['organization', ['IGO', 'NGO']], ['grouping', ['IGO']], ['body', ['IGO']],
  ['group', ['REB', 'OPP', 'NGO']], ['movement', ['REB', 'OPP']], ['militia', ['REB']], ['company', ['BUS']], ['firm', ['BUS']],
]);

/** Whether the words between a sentence's opening article and the head at k are words of no code ("The Gulf state", "The oil-rich emirate"). */
function describing(view: View, k: number): boolean {
  for (let j = 1; j < k; j++) if ((view.slotAt[j] && view.slotAt[j]!.entity.country) || !/^[\p{L}-]+$/u.test(view.tokens[j].text)) return false;
  return true;
}

/** Those who speak for a body ("the junta's spokesman"). */
const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople']);

/** Adjectives in -ly, before a noun they would be read as adverbs of a verb ("sparking nightly rallies"). */
const LY_ADJECTIVES: ReadonlySet<string> = new Set(['nightly', 'daily', 'weekly', 'monthly', 'yearly', 'deadly', 'costly', 'unruly', 'disorderly', 'orderly', 'lively', 'elderly', 'friendly']);

/** The token of the party a lower-case description ending at `k` stands in apposition to (", an armed group"), or -1. */
function describedParty(view: View, k: number): number {
  const { words, tokens, slotAt } = view;
  for (let d = k; d > 0 && d >= k - 4; d--) {
    if (!/^\p{Ll}/u.test(tokens[d].text) || slotAt[d]) return -1;
    if ((wordAt(words, d) === 'a' || wordAt(words, d) === 'an') && wordAt(words, d - 1) === ',') return slotAt[d - 2] ? d - 2 : -1;
  }
  return -1;
}

function gappedObject(view: View, start: number): Slot | null {
  const { words, slotAt } = view;
  const k = gappedAntecedent(view, start);
  if (k < 0) return null;
  if (slotAt[k]) return slotAt[k]!.entity.actor || slotAt[k]!.entity.country ? slotAt[k]! : null;
  // ("diplomats and journalists it accused": the party of a pair of nouns)
  if (/^\p{Ll}+$/u.test(view.tokens[k]?.text ?? '') && wordAt(words, k - 1) === 'and' && slotAt[k - 2] && (slotAt[k - 2]!.entity.actor || slotAt[k - 2]!.entity.country)) return slotAt[k - 2]!;
  return null;
}

/** The token before the subject of the verb at `start` and its article (the relative pronoun, when it has one), or -1. */
function relativeOpener(view: View, start: number): number {
  const { words, slotAt, slotStart } = view;
  let j = start - 1;
  while (j >= 0 && (PERFECT_AUXILIARIES.has(wordAt(words, j)))) j--;
  if (j < 1 || (!PRONOUN_SUBJECTS.has(wordAt(words, j)) && !slotAt[j])) return -1;
  let k = (slotAt[j] && slotStart[j] >= 0 ? slotStart[j] : j) - 1;
  // ("whom Venezuelan President Nicolas Maduro accused of": past a person's title words, and the country before them)
  if (slotAt[j]?.entity.type === 'person') {
    const titled = titleStart(view, 0, k + 1) - 1;
    if (titled < k && RELATIVE_OPENERS.has(wordAt(words, titled))) k = titled;
  }
  return wordAt(words, k) === 'the' && slotAt[j] ? k - 1 : k;
}
/** Words that open a relative clause before its subject ("whom", "that", "which"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['whom', 'that', 'which']);

/** Whether the subject of the verb at `start` comes right after a relative pronoun ("which he accused of", "whom Washington urged to"). */
function opensRelative(view: View, start: number): boolean {
  const pronoun = wordAt(view.words, relativeOpener(view, start));
  return RELATIVE_PRONOUNS.has(pronoun) || pronoun === 'whom';
}

/** The token a relative clause with no object, of the verb at `start`, hangs on (see `gappedObject`), or -1. */
function gappedAntecedent(view: View, start: number): number {
  const { words, slotAt } = view;
  let k = relativeOpener(view, start);
  if (k < 1) return -1;
  // ("journalists, whom the Interior Ministry accused of", "Vucic's government, which student protesters accuse of": a relative
  // pronoun set off by a comma after the noun)
  const relative = wordAt(words, k);
  if (relative === 'whom' || relative === 'that' || ((relative === 'which' || relative === 'who') && wordAt(words, k - 1) === ',')) {
    k--;
    if (wordAt(words, k) === ',' && relative !== 'that') k--;
    // ("the Allied Democratic Forces, an armed group that Kampala blames for": a description in apposition names the party before it)
    else if (!slotAt[k]) k = describedParty(view, k);
  // (a clause with no pronoun hangs on the noun right before its subject, which takes no article: "diplomats it accused of")
  } else if (wordAt(words, k + 1) === 'the') return -1;
  return k;
}

/**
 * "recalled its ambassador from Phnom Penh and said it would expel": `it` or `they` after a verb of
 * saying, right before the verb (past modals and adverbs), is the country or body named before it,
 * not the place nearest.
 */
function pronounSubject(view: View, start: number): Slot | null {
  const { words } = view;
  const k = pastAuxiliaries(words, start - 1);
  const w = wordAt(words, k);
  // (only right after a verb of saying: "said it would", "announced they will"; or after a fronted condition:
  // "Japan has said that if Reagan imposed the tariffs, it would file a complaint")
  if ((w !== 'it' && w !== 'they') || view.slotAt[k]) return null;
  // ("..., Vietnam's foreign ministry said on Wednesday, adding that it had lodged a protest": a participle of saying after a comma
  // speaks for the subject of the clause before it, not the first body of the sentence)
  const verb = wordAt(words, k - 1) === 'that' ? k - 2 : k - 1;
  if (SAYING_PARTICIPLES.has(wordAt(words, verb)) && wordAt(words, verb - 1) === ',') return participleSubject(view, verb - 1);
  if (!SPEECH_VERBS.has(wordAt(words, k - 1)) && !(wordAt(words, k - 1) === ',' && fronted(words, k - 1))) return null;
  // ("the splinter group, which said it would": the relative's own antecedent, unread here)
  if (RELATIVE_PRONOUNS.has(wordAt(words, k - 2))) return null;
  return subjectBody(view, k);
}

/** Participles of saying after a comma ("..., adding that it had lodged a protest"). */
const SAYING_PARTICIPLES: ReadonlySet<string> = new Set(['adding', 'saying']);

/** The slot ending at `k` when `with` opens it past a title ("with Omani Foreign Minister Badr Albusaidi"), else null. */
function withSubject(view: View, k: number): Slot | null {
  const slot = view.slotAt[k]!;
  let j = view.slotStart[k] - 1;
  for (let t = 0; t < 4 && j > 0 && !view.slotAt[j] && startsUpper(view.tokens[j].text); t++) j--;
  return wordAt(view.words, j) === 'with' && (slot.entity.actor || slot.entity.country) ? slot : null;
}

/** The index of the verb of saying in "said they (had) ..." right before the verb at `start`, or -1. */
function speechBeforePronoun(words: readonly string[], start: number): number {
  let k = start - 1;
  while (k > 0 && (MODAL_VERBS.has(wordAt(words, k)) || ASPECT.has(wordAt(words, k)) || wordAt(words, k) === 'not')) k--;
  return (wordAt(words, k) === 'they' || wordAt(words, k) === 'it') && SPEECH_VERBS.has(wordAt(words, k - 1)) ? k - 1 : -1;
}

/** Whether the comma at `comma` closes a condition or time clause opened after a verb of saying ("said that if ..., it"). */
function fronted(words: readonly string[], comma: number): boolean {
  for (let j = comma - 1; j > 0 && j >= comma - 16; j--) {
    const w = wordAt(words, j);
    if (w === ',' || BOUNDARY.has(w)) return false;
    if (FRONTED_OPENERS.has(w)) return SPEECH_VERBS.has(wordAt(words, j - 1)) || (wordAt(words, j - 1) === 'that' && SPEECH_VERBS.has(wordAt(words, j - 2)));
  }
  return false;
}
const FRONTED_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'once', 'should']);

/** Words before the noun `demand` that make it the market's ("domestic demand", "supply and demand"). */
const MARKET_DEMAND_BEFORE: ReadonlySet<string> = new Set(['domestic', 'consumer', 'world', 'global', 'social', 'total', 'internal', 'external', 'import',
  'export', 'oil', 'strong', 'weak', 'sluggish', 'firm', 'seasonal', 'underlying', 'final', 'aggregate', 'industrial', 'investment', 'credit', 'loan',
  'energy', 'gasoline', 'fuel', 'steel', 'car', 'housing', 'private', 'public', 'export-led', 'local', 'overseas', 'foreign']);
/** Words after the noun `demand` that make it the market's ("demand boosting measures", "U.S. demand could be sluggish", "demand for cars"). */
const MARKET_DEMAND_AFTER: ReadonlySet<string> = new Set(['boosting', 'growth', 'side', 'management', 'fell', 'rose', 'grew', 'slowed', 'continued',
  'continues', 'exceeds', 'exceeded', 'remained', 'remains', 'could', 'and', 'outlook', 'trends', 'trend',
  'picture', 'pattern', 'patterns', 'levels', 'level', 'balance', 'conditions']);
/** Goods and money a market's demand is for ("demand for imports", "demand for liquidity"). */
const DEMANDED_GOODS = /^(?:imports?|imported|oil|crude|cars?|vehicles|goods|products|liquidity|credit|money|funds|loans|consumer|copper|steel|gold|coffee|grain|wheat|sugar|chips|semiconductors|dollars?|yen|bonds|shares|stocks|energy|gasoline|housing|labour|labor|exports|u\.s\.)$/;

/** Whether the singular noun `demand` at `start` is a market's, not a party's ("supply and demand", "demand for imports"). */
export function marketDemand(words: readonly string[], start: number): boolean {
  if (wordAt(words, start) !== 'demand') return false;
  const prev = wordAt(words, start - 1);
  if (prev === 'and' && wordAt(words, start - 2) === 'supply') return true;
  // (a party's own demand: "his demand for the opening of markets", "Iraq's demand", "a demand for compensation")
  if (POSSESSIVES.has(prev) || POSSESSIVE_MARKS.has(prev) || prev === 'a' || prev === 'an') return false;
  // (the words after it make it the market's whatever stands before: "in addition to demand boosting measures", "exceeds total
  // supply, and demand for consumer goods rose"; no verb `demand` is followed by them)
  const next = wordAt(words, start + 1);
  if (MARKET_DEMAND_AFTER.has(next) || (next === 'for' && DEMANDED_GOODS.test(wordAt(words, start + 2)))) return true;
  // (a verb after a modal or `to`: "will demand", "to demand wage increases")
  if (MODALS.has(prev) || prev === 'to' || PRONOUN_SUBJECTS.has(prev)) return false;
  return MARKET_DEMAND_BEFORE.has(prev);
}

export function codeMatch(ctx: Context, unit: Unit, view: View, pattern: Pattern, start: number, end: number, form: Form): Candidate | null {
  const { words, tokens } = view;
  const entry = pattern.entry;
  const prev = wordAt(words, start - 1);
  // ("supply and demand", "U.S. demand for imported oil", "demand boosting measures"): the market's demand, no one's
  if (entry.type === 'REQUEST' && marketDemand(words, start)) return null;
  let actors: Slot[] = [];
  let recipients: Slot[] = [];
  let statusFrom = start; // where the words that give the status end
  let past = form === 'past' || form === 'past/participle';
  // (a hosting read from a gathering the sentence's opening party acts at: dated as that party's act)
  let hostedOpener = false;

  // "Royal Dutch/Shell Group": a capitalised word inside a name is part of the name; "riot police": so is a word before a group's head
  if (view.slotAt[start] && !view.slotAt[start]!.group && startsUpper(tokens[start].text) && /\p{Ll}/u.test(tokens[start].text)) return null;
  if (view.slotAt[start]?.group && view.slotAt[start + 1] === view.slotAt[start]) return null;
  // ("the truce it signed with the Contra rebels": the agreement is the object, named before the clause's subject)
  if (entry.sanctionBefore && entry.type === 'SANCTION' && !nounRelative(view, start, end, SANCTION_NOUNS)) {
    // ("the state of emergency that President Tokayev imposed": a restriction at home told before its verb)
    const restriction = nounRelative(view, start, end, RESTRICTION_NOUNS) ? lexicon().byFirst.get(words[start])?.find((p) => p.entry.id === 'coerce.curfew-relative' && p.frame === pattern.frame) : undefined;
    return restriction ? codeMatch(ctx, unit, view, restriction, start, end, form) : null;
  }
  if ((entry.agreementBefore && !nounRelative(view, start, end, AGREEMENT_NOUNS)) || (entry.sanctionBefore && !nounRelative(view, start, end, entry.type === 'COERCE' ? RESTRICTION_NOUNS : SANCTION_NOUNS))) return null;
  // ("a magnitude 7.3 earthquake struck near the capital": a force of nature strikes no one)
  if (entry.type === 'ASSAULT' && NATURAL_AGENTS.has(prev)) return null;
  // ("warned of a world trade war": a war of trade or prices is no force threatened)
  if (entry.context === 'military' && WAR_NOUNS.has(wordAt(words, end - 1)) && FIGURATIVE_WAR_SET.has(wordAt(words, end - 2))) return null;
  if (pattern.frame === 'verb' && !pattern.passive) {
    // "a U.N. Security Council resolution demanding an immediate ceasefire between Iran and Iraq", "... resolution adopted on Monday
    // that demands ...": the body whose resolution it is asks it of the parties named
    const resolver = SAID_ACTS.has(entry.type) ? resolutionBody(view, start) : null;
    if (resolver) {
      actors = [resolver.body];
      recipients = pairAfter(view, end) ?? findRecipients(ctx, view, entry.recipient ?? [], start + 1, actors, entry);
      return recipients.length > 0 || resolver.adopted ? finish(ctx, unit, view, pattern, start, end, actors, recipients, start, resolver.past) : null;
    }
    // "The legislation calls on Reagan to account for all previous aid", "A parliamentary motion, signed by 98 MPs, today urged the
    // U.K. Government to": a legislature's text with no adopter named asks, for that country's legislature, of its government
    const text = entry.type === 'REQUEST' ? legislativeText(view, start) : -1;
    if (text >= 0) {
      const named = findRecipients(ctx, view, entry.recipient ?? [], start + 1, [], entry);
      const government = named.find((r) => r.entity.sector === 'GOV' && r.entity.country);
      if (!government) return null;
      const legislature = groupSlot(ctx, government.entity.country!, 'LEG', view.tokens[text].start, view.tokens[text].end);
      return finish(ctx, unit, view, pattern, start, end, [legislature], named, start, false);
    }
    // a base form or plural is a verb only after a subject, a modal, `to` or an auxiliary
    // (an adverb in -ly keeps the verb: "repeatedly attacks"; an adjective in -ly makes a noun: "nightly rallies"; a form of 'be' is
    // never a noun: "the workers are on strike")
    // ("walked out in protest at new manning levels", "dumped lemons in protest at EC duties": an act done in protest is the
    // subject's protest, read as the purpose "to protest at" is)
    if ((form === 'base' || form === 'third') && prev !== '' && !MODALS.has(prev) && !view.slotAt[start - 1] && (!/ly$/.test(prev) || LY_ADJECTIVES.has(prev))
      && !BE_FORMS.has(wordAt(words, start)) && !(prev === 'in' && wordAt(words, start) === 'protest')) {
      return nominal(ctx, unit, view, pattern, start, end);
    }
    // "Shultz's talks", "Putin's Beijing visit": after a possessive the word is a noun
    // ("Treasury's Baker calls for": a person after the possessive is the subject)
    if ((form === 'base' || form === 'third') && (POSSESSIVE_MARKS.has(prev) || placePossessive(view, start) >= 0)) {
      return nominal(ctx, unit, view, pattern, start, end);
    }
    // ("Shultz said that his talks with Shevardnadze were useful": so after a third person's possessive pronoun, where the entry has
    // the noun; else the verb's reading stands, which takes the pronoun for its subject: "renewed his call for import relief")
    if ((form === 'base' || form === 'third') && OWNER_PRONOUNS.has(prev)) {
      const own = nominal(ctx, unit, view, pattern, start, end);
      if (own) return own;
    }
    // ("the IADB meeting", "this week's ADB annual meeting": a body of states that modifies the noun makes it the body's meeting)
    const bodyMeeting = form === 'gerund' ? bodyMeetingPattern(view, start) : undefined;
    if (bodyMeeting) return nominal(ctx, unit, view, bodyMeeting, start, end);
    // "a NATO summit", "the ASEAN meeting": a name between a determiner and a verb form is a noun's modifier
    // ("the Houthis attack ships" keeps its plural name as a subject)
    // (a gerund after a party that ends in a common noun describes it: "A Japanese team visiting Washington")
    if ((form === 'base' || form === 'gerund') && view.slotAt[start - 1] && !(form === 'gerund' && /^\p{Ll}/u.test(view.tokens[start - 1].text))) {
      // ("a scheduled Moscow visit by Shultz": past the noun's own lower-case modifiers before a place's name)
      const placed = view.slotAt[start - 1]!.entity.type === 'location' || view.slotAt[start - 1]!.entity.type === 'country';
      let d = view.slotStart[start - 1] - 1;
      if (placed && lowerModifier(view, d) && !MODALS.has(wordAt(words, d))) d--;
      const det = wordAt(words, d);
      // (read as the noun it is: "at a White House meeting with Senate Republicans" is framed as any meeting is)
      if (det === 'a' || det === 'an' || (det === 'the' && (form === 'gerund' || !/[^us]s$/.test(wordAt(words, start - 1))))) return nominal(ctx, unit, view, pattern, start, end);
    }
    // "stopped short of blaming Beijing", "refrained from criticising": the gerund is the act, negated
    const negatedFrame = form === 'gerund' && ((prev === 'of' && wordAt(words, start - 2) === 'short') || (prev === 'from' && REFRAIN.has(wordAt(words, start - 2))));
    // "Noboa said on Tuesday, accusing Bogota of ...", "Azerbaijan rejected any French role, accusing Paris": after a comma
    // the participle's subject is the main clause's
    // ("visiting U.S. Agriculture Secretary Richard Lyng told": a visiting official is no visit;
    // "a British delegation has left Riyadh after holding talks": after a subordinator too)
    // "Damascus retaliated by ordering", "Britain responded by expelling": the gerund after `by` right after a verb is that verb's subject's act
    // ("Algeria responded on Monday by recalling", "Moscow retaliated within hours by expelling": past words of time)
    const answering = form === 'gerund' && prev === 'by' ? answeringVerbBefore(words, start - 1) : -1;
    if (answering >= 0) {
      // ("Algeria accused Bamako of violating its airspace and responded by closing its skies": after `and`, the sentence subject's)
      const subject = (wordAt(words, answering - 1) === 'and' ? sentenceSubject(view) : null) ?? subjectLeft(view, answering);
      if (!subject) return null;
      actors = withCompounds(view, subject, -1);
      recipients = recipientsAfter(ctx, view, entry, start, end, actors);
      return finish(ctx, unit, view, pattern, start, end, actors, recipients, statusFrom, past);
    }
    // "against the government's decision to suspend talks on joining the EU", "Beijing's decision to impose tariffs": the act decided
    // is the possessor's, and taken
    // ("Reagan's April 17 decision to impose tariffs", "the U.S. decision to impose": past words of its time or kind, or told by
    // the owner's name before it)
    // ("Canada's decision to cut its tariffs": right after `to`, a verb whose past is its base, "cut", "put", "set", is the infinitive)
    const decided = (form === 'base' || form === 'past/participle') && prev === 'to' ? decisionOwnerEnd(view, start - 2) : -1;
    if (decided >= 0) {
      const owned = POSSESSIVE_MARKS.has(wordAt(words, decided));
      let owner = owned ? view.slotAt[decided - 1] : view.slotAt[decided] ?? (OWNER_PRONOUNS.has(wordAt(words, decided)) ? subjectBody(view, decided) ?? undefined : undefined);
      const demonym = owned || owner ? undefined : DEMONYMS.get(view.tokens[decided].text);
      if (demonym) {
        const t = view.tokens[decided];
        owner = slotOf(countryEntity(ctx, demonym) ?? groupEntity(ctx, demonym, '', { start: t.start, end: t.end, text: t.text }), t.start, t.end);
      }
      // ("protests against his government's decision": the government of the one `his` names)
      const ruler = owned && !owner && wordAt(words, decided - 1) === 'government' && POSSESSIVES.has(wordAt(words, decided - 2)) ? view.slotAt[decided - 2] : undefined;
      if (ruler && ruler.entity.country) owner = groupSlot(ctx, ruler.entity.country, 'GOV', view.tokens[decided - 2].start, view.tokens[decided - 1].end);
      actors = owner && (owner.entity.actor || owner.entity.country) ? withCompounds(view, owner, -1) : owned ? bareForce(ctx, view, decided) : [];
      if (actors.length === 0) return null;
      recipients = recipientsAfter(ctx, view, entry, start, end, actors);
      return finish(ctx, unit, view, pattern, start, end, actors, recipients, owned || demonym ? decided : view.slotStart[decided], true);
    }
    // "thanked Putin in a phone call on Sunday for sending paratroopers", "thanked Qatar's emir for brokering the exchange": the one
    // thanked or praised for an act did it, for the one who thanks
    if (form === 'gerund' && prev === 'for') {
      const thanked = thankedFor(view, start - 1);
      if (thanked) {
        actors = [thanked.party];
        recipients = recipientsAfter(ctx, view, entry, start, end, actors);
        if (recipients.length === 0 && thanked.thanker.entity.country && thanked.thanker.entity.country !== thanked.party.entity.country) {
          const home = countryEntity(ctx, thanked.thanker.entity.country);
          if (home) recipients = [slotOf(home, thanked.thanker.start, thanked.thanker.end)];
        }
        return finish(ctx, unit, view, pattern, start, end, actors, recipients, statusFrom, true);
      }
    }
    // ("South Korea could consider supplying weapons to Ukraine", "is weighing imposing tariffs": an act considered is the
    // considering subject's, and has not happened)
    if (form === 'gerund' && CONSIDERING.has(prev)) {
      const made = verbSubjectsGerund(ctx, unit, view, pattern, start, end, false);
      return made && made.status === 'occurred' ? recast(made, { status: 'hypothetical', date: null }) : made;
    }
    // ("Iran reported launching a new offensive", "Iraq claimed shooting down two jets": an act a verb of telling reports by its
    // gerund is the teller's, done, in the teller's tense)
    if (form === 'gerund' && TOLD_DONE.has(prev)) return verbSubjectsGerund(ctx, unit, view, pattern, start, end, /ed$/.test(prev));
    // ("after rioting and looting in the capital": a riot's gerund names the street's act, not the sentence subject's)
    if (form === 'gerund' && entry.type === 'PROTEST' && RIOT_NOUNS.has(wordAt(words, start))) return nominal(ctx, unit, view, pattern, start, end);
    // ("Accusing Washington of hypocrisy, Beijing said": a participle that opens the sentence is of the subject after its comma)
    // (", visiting Chinese Premier Li Qiang said": a visitor described; after a subordinator, "After visiting North Korea", a visit)
    const opening = form === 'gerund' && start === 0 && openingParticiple(view);
    // ("its troops had killed thousands of Iranians in checking a new Tehran offensive": fighting told by `in` and a gerund is the
    // subject's, as after `while`)
    const opener = PARTICIPLE_OPENERS.has(prev) || (prev === 'in' && entry.type === 'ASSAULT');
    // (a crowd's protest after a subordinator has the crowd the sentence opens with, read below: "Some 7,000 black workers returned to
    // work after staging one-day strikes")
    const crowdParticiple = form === 'gerund' && opener && entry.type === 'PROTEST' && openingCrowd(view, start, true) >= 0;
    if (form === 'gerund' && (prev === ',' || opening || (opener && wordAt(words, start - 2) !== ',')) && !(entry.mode === 'visit' && view.slotAt[start + 1] && prev === ',')) {
      // (after a subordinator only in a main clause: "Baghdad said the Iranians had gained footholds after launching" is not Baghdad's)
      // (in a reported clause, that clause's own subject: "the government said its forces had suffered setbacks since launching an
      // offensive" is its forces')
      // ("After meeting Manele in Canberra, Albanese said": a sentence that opens with the subordinator has its subject after the comma)
      const subject = start <= 1 ? mainSubjectAfterComma(view, start)
        : prev === ',' || !words.slice(0, start).some((w) => w === 'that' || BOUNDARY.has(w) || SPEECH_VERBS.has(w)) || speakerAdverbial(view, start - 1) ? participleSubject(view, start - 1) : reportedSubject(view, start);
      // ("The workers, staging a sit-in to protest the closure": a crowd with no country, read below, protests; so does the crowd the
      // sentence opens with, "Some 7,000 black workers returned to work after staging one-day strikes")
      if (!subject && !(entry.type === 'PROTEST' && prev === ',' && CROWD_WORDS.has(wordAt(words, start - 2))) && !crowdParticiple) return null;
      if (subject) {
        // (not a list with the opening clause's last name: "Threatening Taiwan, China sent warships")
        actors = opening ? [subject] : withCompounds(view, subject, -1);
        recipients = recipientsAfter(ctx, view, entry, start, end, actors);
        // "IMF officials, discussing their outlook": an act that needs a party has none here
        if (entry.needsRecipient && recipients.length === 0) return null;
        // "vetoed the resolution, drawing criticism from Algeria": Algeria criticises the one who vetoed
        if (entry.fromActs) [actors, recipients] = [recipients, actors.slice(0, 1)];
        return finish(ctx, unit, view, pattern, start, end, actors, recipients, statusFrom, past);
      }
    }
    // "with Omani Foreign Minister Badr Albusaidi shuttling between the two delegations": the name after `with` does the gerund's act
    const absolute = form === 'gerund' && view.slotAt[start - 1] ? withSubject(view, start - 1) : null;
    if (absolute) {
      // ("with each side blaming the other": a pair is both)
      actors = absolute.partner ? withCompounds(view, absolute, -1) : [absolute];
      recipients = recipientsAfter(ctx, view, entry, start, end, actors);
      return finish(ctx, unit, view, pattern, start, end, actors, recipients, statusFrom, past);
    }
    // ("signed a declaration pledging to cooperate": a pledge told by a gerund after an agreement signed is the signers')
    // ("The U.S. Treasury issued a general licence easing sanctions on Syria", "signed a decree lifting the curfew": what an
    // order or licence issued does is its issuer's act)
    if (form === 'gerund' && ISSUED_ORDERS.has(prev) && !view.slotAt[start - 1] && entry.type !== 'AGREE' && entry.type !== 'REQUEST') {
      const v = verbBeforeNoun(view, start - 1);
      if (SIGNING_VERBS.has(wordAt(words, v))) {
        const subject = subjectLeft(view, v);
        if (!subject) return null;
        actors = withCompounds(view, subject, -1);
        recipients = recipientsAfter(ctx, view, entry, start, end, actors);
        return finish(ctx, unit, view, pattern, start, end, actors, recipients, v, true);
      }
    }
    if (form === 'gerund' && entry.type === 'AGREE' && AGREEMENT_NOUNS.has(prev) && !view.slotAt[start - 1]) {
      const v = verbBeforeNoun(view, start - 1);
      if (!SIGNING_VERBS.has(wordAt(words, v))) return null;
      // ("held talks here today and signed a declaration": after `and`, the subject of the verb before it)
      let first = -1;
      if (wordAt(words, v - 1) === 'and') for (let k = v - 2; k > 0 && k >= v - 12 && first < 0; k--) if (lexicon().inflected.has(wordAt(words, k)) && !view.slotAt[k]) first = k;
      const subject = (first > 0 ? subjectLeft(view, first) : null) ?? subjectLeft(view, v);
      if (!subject) return null;
      actors = withCompounds(view, subject, -1);
      recipients = recipientsAfter(ctx, view, entry, start, end, actors);
      return finish(ctx, unit, view, pattern, start, end, actors, recipients, v, true);
    }
    // ("police clashed with crowds protesting against constitutional changes": a crowd the gerund right after it describes protests;
    // with no place named, it is of the country of the force or state named before it in the sentence)
    // ("The workers, staging a sit-in to protest the closure": so does a participle set off by a comma after it)
    const crowdBefore = prev === ',' ? start - 2 : start - 1;
    if (form === 'gerund' && entry.type === 'PROTEST' && CROWD_WORDS.has(wordAt(words, crowdBefore)) && !view.slotAt[crowdBefore] && (prev === ',' || !view.slotAt[start - 1])) {
      actors = crowdPlace(ctx, view, start, end);
      if (actors.length === 0) {
        for (let k = start - 2; k >= 0 && actors.length === 0; k--) {
          const s = view.slotAt[k];
          if (BOUNDARY.has(wordAt(words, k))) break;
          if (s && s.entity.country && s.entity.type !== 'location' && STATE_SECTOR_CODES.has(s.entity.sector ?? '')) {
            const t = view.tokens[start - 1];
            actors = [groupSlot(ctx, s.entity.country, '', t.start, t.end)];
          }
        }
      }
      if (actors.length === 0) return null;
      recipients = recipientsAfter(ctx, view, entry, start, end, actors);
      return finish(ctx, unit, view, pattern, start, end, actors, recipients, statusFrom, true);
    }
    if (form === 'gerund' && !negatedFrame && !crowdParticiple && !(prev !== '' && (aspectBefore(words, start) >= 0 || view.slotAt[start - 1] || prev === 'and'))) {
      return form === 'gerund' && !PREPOSITIONS.has(prev ?? '') ? nominal(ctx, unit, view, pattern, start, end) : null;
    }
    // ("the recent attack", "a state visit"; but "The Gulf state recalled": a country named again)
    // (`that` as a relative pronoun on parties a list was among: "were among more than 20 countries that recognised")
    // ("A senior Japanese official urged", "The official met", "A senior Japanese trade official met U.S. negotiators": the word is the
    // head of a party named, no determiner; nor is a relative `that` after a party, "a Japanese team that left for Washington")
    if ((form === 'past/participle' || form === 'past') && prev !== '' && DETERMINERS.has(prev) && prev !== "'s" && !(prev === 'state' && toldSubject(ctx, unit, view, start))
      && !(prev === 'official' && view.slotAt[start - 1]) && !(prev === 'that' && view.slotAt[start - 2])
      && !(prev === 'that' && amongThoseWho(words, start) > 0) && view.slotAt[start - 1]?.entity.type !== 'person') return null;
    // ("these heavily protected U.S.-flag tankers", "the newly signed accord"): so with an adverb in -ly between the determiner and it
    if ((form === 'past/participle' || form === 'past') && /^\p{Ll}+ly$/u.test(prev) && DETERMINERS.has(wordAt(words, start - 2)) && wordAt(words, start - 2) !== "'s") return null;
    // "could use nuclear weapons if attacked", "when invaded": a participle right after a subordinator is a passive with no agent
    if ((form === 'past/participle' || form === 'participle') && ELLIPTICAL_OPENERS.has(prev)) return null;
    // "relatives of jailed opposition leaders": a participle right after a preposition describes a noun
    // ("interest earned on frozen Russian central bank assets": a gapped pattern of an act that needs a target too;
    // "troops on heightened alert" is the state the subject put them in)
    if ((form === 'past/participle' || form === 'participle') && prev !== '' && PREPOSITIONS.has(prev) && prev !== 'as' && (end === start + 1 || (entry.needsRecipient && prev !== 'by')) && /^\p{Ll}/u.test(tokens[start].text)) return null;
    // ("Two supertankers attacked in the Gulf by Iranian gunboats": the agent may follow a phrase of place or time)
    // ("union demands already rejected by the government": an adverb of time between a plural noun and the participle before `by`)
    const timedNoun = wordAt(words, end) === 'by' && REDUCED_ADVERBS.has(prev) && !view.slotAt[start - 2] && /^\p{Ll}{3,}s$/u.test(tokens[start - 2]?.text ?? '');
    const reduced = (form === 'participle' || form === 'past/participle') && (wordAt(words, end) === 'by' || (PLACE_OR_TIME_OPENERS.has(wordAt(words, end)) && agentAfterPlace(words, end))) && prev !== '' && !view.slotAt[start - 1] && /^\p{Ll}/u.test(tokens[start - 1].text) && (!MODALS.has(prev) || timedNoun) && !/ly$/.test(prev) && !beBefore(words, start) && !ASPECT.has(prev) && prev !== 'has' && prev !== 'have' && prev !== 'had';
    // ("at a summit in Astana hosted by Tokayev": a gathering placed before its participle)
    const gathered = !reduced && entry.id === 'consult.host' && form === 'past/participle' && wordAt(words, end) === 'by' && gatheringBefore(words, start) && placedBefore(view, start);
    // ("a British diplomat was beaten and abducted": a participle joined to a passive one is passive too)
    // (not a word of speech or commitment: "said dozens of civilians had been killed and vowed to retaliate")
    const passive = ((form === 'participle' || form === 'past/participle') && (beBefore(words, start) || (prev === 'and' && /(?:ed|en)$/.test(wordAt(words, start - 2)) && beBefore(words, start - 2) && !SAID_ACTS.has(entry.type))))
      || reduced || gathered || headingPassive(unit, view, form, start, end);
    if (passive && entry.subjectActs) {
      const subject = subjectLeft(view, start);
      if (subject) actors = withCompounds(view, subject, -1);
      recipients = findRecipients(ctx, view, entry.recipient ?? [], end, actors, entry);
      past = true;
    } else if (passive && entry.homeDoer) {
      // ("proceeds from Iran arms sales were diverted to the contras", WASHINGTON): what was turned is no party, and the one it
      // went to is the `to` phrase; a doer no `by` names is the dispatch country's government, as the nominal's is
      actors = byAgent(view, end, unit);
      recipients = findRecipients(ctx, view, entry.recipient ?? [], end, actors, entry);
      const home = homeOf(ctx, view);
      if (actors.length === 0 && home) actors = [groupSlot(ctx, home, 'GOV', tokens[start].start, tokens[start].end)];
      past = true;
    } else if (passive) {
      actors = byAgent(view, end, unit);
      // ("was charged by a Ugandan court with treason": the agent inside a gapped trigger)
      for (let k = start + 1; actors.length === 0 && k < end - 1; k++) if (wordAt(words, k) === 'by') actors = byAgent(view, k, unit);
      let subject = reduced ? null : subjectLeft(view, start);
      // ("Xi arrived in Astana for a summit of the SCO and was greeted by Tokayev": a name in the first verb's phrase is no
      // subject of the passive `and` joins to it; the sentence's is)
      if (subject && wordAt(words, start - 2) === 'and' && BE_FORMS.has(prev) && (objectOfPreposition(view, subject) || objectOfVerb(view, subject))) subject = sentenceSubject(view) ?? subject;
      // ("Junger was arrested yesterday", "19 people were arrested": people arrested by no one named are the police's; the words
      // after it tell the arrest from a decline halted, "the decline would be arrested and reversed")
      const policeArrest = actors.length === 0 && !reduced && ARREST_PARTICIPLES.has(wordAt(words, start)) && ARREST_FOLLOWERS.has(wordAt(words, end));
      if (policeArrest) actors = arrestingPolice(ctx, view, start, subject);
      if (subject) recipients = [heldPerson(ctx, subject, actors, entry) ?? subject];
      // ("A Moroccan proposal to reopen the border ... was rejected by Algiers": the people whose proposal opens the sentence;
      // "the Israeli strike was denounced by Egypt": the doer of an act condemned; "Reagan's own budget was rejected by": the owner of a policy)
      else if ((entry.type === 'REJECT' || entry.type === 'ACCUSE') && actors.length > 0) {
        const owner = proposalOwner(ctx, view, start, entry.type === 'REJECT' ? REJECTED_HEADS : CRITICISED_HEADS);
        if (owner && !actors.some((a) => a.entity.country === owner.entity.country)) recipients = [owner];
      }
      // ("Turkey's decision was praised by Washington", "the Indian move was welcomed by"): praise of an act is of its doer, in the
      // passive as in the active (a reduced one, "a move welcomed by Mbowe", leaves the act's doer to creditPraisedActs)
      else if (entry.id === 'support.praise' && !reduced) {
        const act = passiveActSubject(view, start);
        if (act >= 0) recipients = doerOf(ctx, view, act, 0).filter((d) => (d.entity.actor !== null || d.entity.country !== null) && !actors.some((a) => a.entity.id === d.entity.id));
      }
      // ("More than 100 protesters were arrested by Russian police": people of no country named, the passive's subject, are of the
      // agent's own country, as the object of the active is)
      if (!subject && recipients.length === 0 && entry.domestic && actors.length > 0 && !reduced && passiveHead(view, start) >= 0) {
        recipients = domesticTarget(ctx, view, passiveHead(view, start), actors, new Set(actors.map((a) => a.entity.id)), entry) ?? [];
      }
      // (and those the police arrest, of no country named, are of the police's own: "Over 80 people in eight cities were detained")
      if (policeArrest && actors.length > 0 && (recipients.length === 0 || recipients.every((r) => !r.entity.actor && !r.entity.country))) {
        recipients = [groupSlot(ctx, actors[0].entity.country!, '', tokens[start].start, tokens[start].end)];
      }
      // ("Xi spoke at a summit in Astana hosted by Tokayev", "speaking at a state banquet in Nairobi hosted by Ruto": a gathering
      // hosted by one, at which the party the sentence opens with acts, is a hosting of that party, told by an act of its own or not)
      if ((reduced || gathered) && entry.id === 'consult.host' && gatheringBefore(words, start)) {
        const guest = openingParty(view);
        if (guest && guest.entity.type !== 'location' && !actors.some((a) => a.entity.id === guest.entity.id)) {
          recipients = withCompounds(view, guest, -1);
          hostedOpener = true;
        }
      }
      past = true;
    } else {
      // ("..., told diplomats that Iran had a right to respond, and accused Washington of": a verb after `and` far from its subject
      // has the sentence's)
      // ("a day after demonstrators stormed parliament": a crowd right before a protest's verb is its subject, not a name further back;
      // so are police or troops with no country: "a day after police shot dead 20 people")
      // ("bowing to protesters who stormed the mayor's office": a crowd the relative clause hangs on)
      // ("his army had begun reducing": a gerund after a verb of aspect has the subject of that verb; so has one after "be", "guerrillas
      // have been fighting government troops", and a participle after "have" one of armed men or police, "and police have detained
      // thousands more" (not "the government", which a dispatch from another capital names as often as its own)
      const haver = PERFECT_AUXILIARIES.has(prev) ? BARE_FORCES.get(wordAt(words, start - 2)) : undefined;
      const armedHave = haver !== undefined && haver !== 'GOV';
      const aspect = form === 'gerund' ? aspectBefore(words, start) : -1;
      let forceAt = meansBefore(words, aspect >= 0 ? aspect : armedHave ? start - 1 : start);
      if (forceAt < start) while (forceAt > 1 && /^(?:has|have|had|been|is|are|was|were)$/.test(wordAt(words, forceAt - 1))) forceAt--;
      // ("leftist guerrillas who launched an offensive against army positions": armed men or police a relative clause hangs on)
      {
        let w = forceAt - 1;
        while (w > 1 && PERFECT_AUXILIARIES.has(wordAt(words, w))) w--;
        // (also set off by a comma: "The guerrillas, who have been fighting government troops since 1983, denied involvement")
        const force = wordAt(words, w - 1) === ',' ? w - 2 : w - 1;
        if (RELATIVE_WHO.has(wordAt(words, w)) && BARE_FORCES.has(wordAt(words, force)) && !view.slotAt[force]) forceAt = force + 1;
      }
      const relative = RELATIVE_WHO.has(wordAt(words, forceAt)) || (wordAt(words, forceAt) === ',' && RELATIVE_WHO.has(wordAt(words, forceAt + 1)));
      // ("its aircraft had bombed": past the auxiliary)
      const forcePrev = wordAt(words, forceAt - 1 - (FORCE_HARDWARE.has(wordAt(words, forceAt - 2)) && PERFECT_AUXILIARIES.has(wordAt(words, forceAt - 1)) ? 1 : 0));
      const crowd = entry.type === 'PROTEST' ? (protestingBody(view, start - 1) || (prev === 'who' && CROWD_WORDS.has(wordAt(words, start - 2))) ? crowdPlace(ctx, view, start, end)
        : crowdOfPlaceBefore(view, start) >= 0 ? crowdPlace(ctx, view, crowdOfPlaceBefore(view, start) + 1, end) : followersOf(ctx, view, start))
        // (not those "whose" makes another's: "al-Houthi, whose fighters have attacked merchant ships")
        : (BARE_FORCES.has(forcePrev) || FORCE_HARDWARE.has(forcePrev) || (forcePrev === 'officers' && OFFICERS_OF.has(wordAt(words, forceAt - 2))) || (ARMED_LEADERS.has(forcePrev) && REBEL_MODIFIERS.has(wordAt(words, forceAt - 2)))) && !view.slotAt[forceAt - 1] && wordAt(words, forceAt - 2) !== 'whose' ? bareForce(ctx, view, forceAt, relative)
        : linkedArmedMen(view, forceAt) >= 0 ? bareForce(ctx, view, linkedArmedMen(view, forceAt) + 1) : [];
      // ("arrested opposition leader Raila Odinga on Monday and later released him": a clause adverb between `and` and the verb
      // joins it all the same; "was ready to meet Kosovo Prime Minister Albin Kurti, but ruled out": so does `but`)
      const and = joiningBefore(words, start);
      const conjoined = and > 0 && (form === 'past' || form === 'past/participle');
      // ("a day after gangs attacked a police station": armed men no one places are the subject still, not a name further back)
      const unplaced = crowd.length === 0 && entry.type === 'ASSAULT' && BARE_FORCES.get(prev) === 'REB' && !view.slotAt[start - 1];
      // ("summoned the British charge d'affaires to protest against what it called London's interference": `what it` is the sentence's)
      const whatIt = wordAt(words, start - 2) === 'what' && (prev === 'it' || prev === 'they') ? sentenceSubject(view) : null;
      let subject = crowd.length > 0 || unplaced ? null : whatIt ?? whoseBody(ctx, view, start) ?? saidOwnForces(ctx, view, start) ?? pronounSubject(view, start) ?? subjectLeft(view, start) ?? speechSubject(view, start)
        ?? (conjoined ? participleSubject(view, and) : null) ?? toldSubject(ctx, unit, view, start);
      // ("restored the civil rights of opposition leader Kim Dae-jung and freed 357 prisoners": the name after `of` is the
      // first verb's object; the verb after `and` is its subject's)
      if (conjoined && subject && objectOfPreposition(view, subject)) subject = participleSubject(view, and) ?? subject;
      // ("Anwar Ibrahim met Myanmar military leader Min Aung Hlaing in Bangkok and later spoke by video": the name nearest before is
      // the first verb's object; the verb after `and` is the sentence subject's)
      else if (conjoined && subject && objectOfVerb(view, subject)) {
        subject = sentenceSubject(view) ?? subject;
      }
      // ("after Ecuadorean police forced their way into the Mexican embassy ... and arrested": the clause's own subject)
      if (conjoined) subject = subordinateSubjectBefore(view, and) ?? subject;
      // ("the ceasefire his government signed with the ELN": the government of the one the sentence is about)
      if (entry.agreementBefore && wordAt(words, start - 1) === 'government' && POSSESSIVES.has(wordAt(words, start - 2))) {
        const country = openingSubject(view)?.entity.country;
        subject = country ? groupSlot(ctx, country, 'GOV', tokens[start - 1].start, tokens[start - 1].end) : null;
        if (!subject) return null;
      }
      // ("Palestinians in the occupied West Bank and Gaza Strip observed a general strike": the place is the crowd's, not the subject)
      // ("344 members of the United Paperworkers International Union went out on strike": a body with no country is the one the crowd
      // belongs to, not the actor)
      if (entry.type === 'PROTEST' && subject && crowd.length === 0 && !subject.group && (subject.entity.type === 'country' || subject.entity.type === 'location'
        || (subject.entity.type === 'organization' && !subject.entity.actor && !subject.entity.country))) {
        const placed = crowdAtPlace(ctx, view, start);
        if (placed) { subject = null; actors = placed; }
      }
      // ("Iran accused the United States of a massacre after a U.S. cruiser shot down an airliner ..., and vowed to avenge":
      // after a time clause closed by a comma, the verb after `, and` is the main clause's)
      if (conjoined && subject && wordAt(words, and - 1) === ',' && subordinatorAt(view, and - 1) >= 0) subject = sentenceSubject(view) ?? subject;
      // ("The Turkish leader told Rutte the alliance should do more to help Syria, and invited him to visit Ankara": after `, and` a
      // verb that follows a clause told by a verb of saying is the speaker's, not a party named inside what was said)
      else if (conjoined && subject && wordAt(words, and - 1) === ',') subject = speakerOfClause(view, subject) ?? subject;
      // ("Libya said dozens of civilians had been killed and vowed to retaliate": a verb after `and` whose nearest subject names
      // no party is the sentence subject's)
      if (conjoined && (!subject || (!subject.entity.actor && !subject.entity.country))) subject = openingSubject(view) ?? subject;
      // ("has offered its warships to escort Kuwaiti tankers": the owner of the forces sent to act is the actor)
      if (prev === 'to' && HEADS.get(wordAt(words, start - 2)) === 'MIL' && (wordAt(words, start - 3) === 'its' || wordAt(words, start - 3) === 'their')) subject = subjectBody(view, start - 3) ?? subject;
      // ("Japarov and Tajik President Emomali Rahmon, who arrived in Bishkek": a visit in a relative clause after a pair is the last one's)
      if (subject) actors = prev === 'who' && wordAt(words, start - 2) === ',' && entry.mode === 'visit' ? [subject] : withCompounds(view, subject, -1);
      else if (crowd.length > 0) actors = crowd;
      else actors = toldSeveral(ctx, unit, view, start);
      if (actors.length === 0 && entry.type === 'PROTEST') actors = crowdPlace(ctx, view, start, end);
      // ("Farmers dumped lemons on the streets to protest against EC duties", "... in protest at": the crowd the clause opens with does
      // the act its purpose tells, however far back)
      if (actors.length === 0 && entry.type === 'PROTEST' && (prev === 'to' || prev === 'in') && openingCrowd(view, start) >= 0) actors = crowdPlace(ctx, view, openingCrowd(view, start) + 1, end);
      // ("Some 7,000 black workers returned to work after staging one-day strikes": a participle clause has the main clause's subject,
      // the crowd it opens with, whatever infinitive the main clause holds)
      if (actors.length === 0 && crowdParticiple) actors = crowdPlace(ctx, view, openingCrowd(view, start, true) + 1, end);
      if (actors.every((a) => !a.entity.actor && !a.entity.country)) {
        // ("Police said they had detained 20 people": the force that said it)
        const said = speechBeforePronoun(words, start);
        // ("Police cleared a key highway on Friday and arrested more than 50 people": the force the sentence opens with)
        const opener = wordAt(words, 0) === 'the' ? 1 : 0;
        const force = bareForce(ctx, view, said >= 0 ? said : conjoined && BARE_FORCES.has(wordAt(words, opener)) ? opener + 1 : start);
        if (force.length > 0) actors = force;
      }
      // from right after the verb: "threatened Russia with retaliation", "imposed sanctions on Iran"
      recipients = recipientsAfter(ctx, view, entry, start, end, actors);
      // ("rallied outside parliament on Monday against the government's decision": what a protest is against beats where it is held)
      if (entry.type === 'PROTEST' && wordAt(words, end - 1) === 'outside') {
        for (let k = end; k < words.length && k < end + 12; k++) {
          const w = wordAt(words, k);
          if (w === ',' || BOUNDARY.has(w) || CLAUSE_STOPS.has(w)) break;
          if (w !== 'against') continue;
          const against = findRecipients(ctx, view, ['against'], k, actors, entry);
          if (against.length > 0) recipients = against;
          break;
        }
      }
      // ("mourners clashed with police at an IRA funeral": the police in the trigger are the target, of the crowd's country)
      if (entry.type === 'PROTEST' && (wordAt(words, end - 1) === 'police' || wordAt(words, end - 1) === 'forces') && actors[0]?.entity.country) {
        recipients = [groupSlot(ctx, actors[0].entity.country, 'COP', tokens[end - 1].start, tokens[end - 1].end)];
      }
      // ("stoned police vehicles", "set fire to a police building": a riot at the police's things is against the police, also where
      // a place of their own country follows: "stoned police vehicles in townships outside Port Elizabeth")
      const home = actors[0]?.entity.country;
      if (entry.type === 'PROTEST' && home && recipients.every((r) => r.entity.type === 'location' || (r.entity.type === 'country' && r.entity.country === home))) {
        for (let k = start + 1; k < words.length && k < end + 3; k++) {
          if (wordAt(words, k) === ',' || BOUNDARY.has(wordAt(words, k))) break;
          if (wordAt(words, k) !== 'police') continue;
          const named = view.slotAt[k];
          recipients = [named && named.entity.actor ? named : groupSlot(ctx, home, 'COP', tokens[k].start, tokens[k].end)];
          break;
        }
      }
      // ("25 Soviet diplomats it accused of spying", "officials whom London accused of spying": the noun the clause hangs on is the accused)
      // ("the alliance, which Tokayev had asked for help", "the rebels, whom Washington urged to disarm": an appeal's too)
      // ("Rwanda, which he accused of arming the M23 rebels": past a relative pronoun the gap is the accused, whoever the charge names)
      // ("President Lai Ching-te, whom Beijing has denounced as a separatist": and one named as what the accuser calls it)
      const accusation = entry.type === 'ACCUSE' && end === start + 1 && (wordAt(words, end) === 'of' || wordAt(words, end) === 'as' || (wordAt(words, end) === 'for' && /^blam/.test(wordAt(words, start))));
      if ((recipients.length === 0 || (accusation && opensRelative(view, start))) && (accusation
        || (entry.type === 'REQUEST' && entry.recipient?.includes('obj') && (wordAt(words, start + 1) === 'for' || wordAt(words, start + 1) === 'to') && opensRelative(view, start)))) {
        const accused = gappedObject(view, start);
        // ("Britain ordered the expulsion of 25 Soviet diplomats it accused": the pronoun is the main clause's subject, not the noun it follows)
        if (accused && actors.some((a) => a.entity.id === accused.entity.id) && PRONOUN_SUBJECTS.has(wordAt(words, start - 1))) {
          const main = sentenceSubject(view);
          actors = main && main.entity.id !== accused.entity.id ? withCompounds(view, main, -1) : [];
        }
        if (accused && actors.length > 0 && !actors.some((a) => a.entity.id === accused.entity.id)) recipients = [accused];
        // ("detained 11 journalists, whom the Interior Ministry accused of": people of no name are of the accuser's country)
        const head = accused || entry.type !== 'ACCUSE' ? -1 : gappedAntecedent(view, start);
        if (head > 0 && !view.slotAt[head] && actors.length > 0) recipients = domesticTarget(ctx, view, head, actors, new Set(actors.map((a) => a.entity.id)), entry) ?? [];
      }
      // ("KINSHASA - The M23 has seized large parts of North Kivu province": territory taken in a place no gazetteer names is the
      // dispatch country's)
      // (rebels take their own country's: "M23 rebels who have seized large parts of North Kivu province")
      if (entry.id === 'assault.occupy' && recipients.length === 0 && end > start + 1) {
        const rebels = actors.find((a) => a.entity.sector === 'REB' && a.entity.country)?.entity.country;
        const where = rebels ?? (ctx.home && actors.some((a) => a.entity.country === ctx.home) ? ctx.home : null);
        const home = where ? countryEntity(ctx, where) : null;
        if (home) recipients = [slotOf(home, tokens[end - 1].start, tokens[end - 1].end)];
      }
      // "would respond militarily if the United States went ahead": a conditional threat is aimed at the one whose act it waits on
      if (entry.type === 'THREATEN' && recipients.length === 0) recipients = conditionParty(view, end, ctx) ?? [];
      // ("would respond decisively to any aggressive measure by the United States": an answer promised to an act is aimed at its doer)
      if (entry.type === 'THREATEN' && recipients.length === 0 && (wordAt(words, end) === 'to' || wordAt(words, end) === 'against')) {
        const act = condemnedAct(view, end);
        if (act >= 0) recipients = doerOf(ctx, view, act, end).filter((d) => (d.entity.actor !== null || d.entity.country !== null) && !actors.some((a) => a.entity.country === d.entity.country));
      }
      // ("Baker called for Japan to stimulate its economy", "CALLS FOR TAIWAN TO REVALUE"): a party named right after a call's `for`,
      // before an infinitive, is the one asked
      if (entry.type === 'REQUEST' && recipients.length === 0 && wordAt(words, end - 1) === 'for') {
        const asked = calledFor(view, end);
        if (asked && !actors.some((a) => a.entity.id === asked.entity.id)) recipients = [asked];
      }
      // ("Kuwait has asked at least four countries, including the United States, Soviet Union, Britain and China, for"): the parties a
      // plural addressee no code names is told to include are the ones addressed
      if (ADDRESSING_TYPES.has(entry.type) && recipients.length === 0) {
        recipients = includedAddressees(view, end).filter((r) => !actors.some((a) => a.entity.id === r.entity.id));
      }
      // ("urged Kurti to call new elections ... and Vucic to get Kosovo Serbs to take part": one more addressee, with an infinitive of
      // its own after `and`, is asked too)
      if (entry.type === 'REQUEST' && recipients.length > 0) recipients = [...recipients, ...gappedAddressees(view, end, actors, recipients)];
      // "condemned the Damascus strike", "condemned the killing of Haniyeh": an act condemned accuses its doer, not its place or victim
      // ("charged Iraq with violating the truce", "held Iran responsible for the attack": a party named inside the trigger is the one
      // accused, and the act after it what it is accused of)
      if (entry.type === 'ACCUSE') {
        const from = entry.objectIsAct ? start + 1 : end;
        const act = condemnedAct(view, from);
        const inside = recipients.some((r) => r.start > view.tokens[start].start && r.end <= view.tokens[end - 1].start);
        // (a possessor the object search found where no doer's slot is, "criticised the government's management of the economy"; not
        // a party after the act noun, "criticised his handling of the Iran arms scandal", nor a place before it, "the Damascus strike")
        if (act >= 0 && !inside) {
          const doers = doerOf(ctx, view, act, from);
          recipients = doers.length > 0 ? doers : recipients.filter((r) => r.end <= view.tokens[act].start && /^['’]s\b/.test(ctx.text.slice(r.end, r.end + 3)));
        }
      }
      // "welcomed the ceasefire agreed between India and Pakistan", "hailed China's decision": praise of an act is of its doer
      // ("backed the decision by the Paris Club to reschedule", "supported the U.S. move": backing of an act too)
      if ((entry.id === 'support.praise' || entry.id === 'support.endorse') && recipients.length === 0) {
        const act = condemnedAct(view, end);
        // (a doer with no code makes no event: "welcomed the CFTC's decision")
        if (act >= 0) recipients = doerOf(ctx, view, act, end).filter((d) => d.entity.actor !== null || d.entity.country !== null);
      }
      // "Israel would face severe punishment, the Guards said", "Israel was behind the blast, Iran said": the speaker acts on the subject
      if (entry.speakerActs) {
        const speaker = speakerSlot(ctx, view, start);
        if (!speaker || (entry.toCome && !ANNOUNCED.test(` ${words.slice(Math.max(0, start - 3), start).join(' ')} `))) return null;
        // (a charge told as done names the one charged right before it: not "the dispute between X and Y was responsible for")
        if (!entry.toCome && !view.slotAt[start - 1]) return null;
        // (the one threatened is named, and of another side than the speaker)
        if (actors.length === 0 || actors.some((a) => a.entity.id === speaker.entity.id || (a.entity.country !== null && a.entity.country === speaker.entity.country))) return null;
        recipients = actors;
        actors = [speaker];
      }
      // "X's decision won praise from Y": Y praises X
      if (entry.fromActs) {
        const receiver = actors.length > 0 ? actors : possessorLeft(view, start);
        actors = recipients;
        recipients = receiver.length > 0 ? [receiver[0]] : [];
      }
    }
    // ("troops have been fighting Tamil guerrillas": fighting between two named sides is each side's attack on the other)
    if (entry.mutual && actors.length === 1 && recipients.length === 1) {
      // (the sectors a mutual act allows are its subject's: the side it is made on answers whatever it is)
      if (entry.sectors && !entry.sectors.includes(actors[0].entity.sector ?? '')) return null;
      actors = [actors[0], recipients[0]];
      recipients = actors;
    }
    // ("was in Washington for trade talks", "is here to meet": a stay for a purpose; "is in the market for" names no place)
    if (entry.id === 'consult.be-in') {
      const after = words[end - 1] === 'here' ? end : recipients.length === 1 ? skipTimeAdverbial(words, nextAfterSlot(view, partyAt(view, end))) : -1;
      if (!(wordAt(words, after) === 'for' || (wordAt(words, after) === 'to' && !PREPOSITIONS.has(wordAt(words, after + 1)) && !DETERMINERS.has(wordAt(words, after + 1)))
        || visitTold(words, after))) return null;
      if (words[end - 1] === 'here') recipients = visitDestination(ctx, view, start, actors);
    }
    // ("Aqazadeh arrived last night after a brief stopover in Riyadh", "a World Bank mission arrived on Monday", ABU DHABI and
    // BRASILIA datelines): a visitor who arrives at no place named comes to the dispatch's country
    // (people and bodies only: "five more cranes from Finland are due to arrive" is none)
    if (entry.id === 'consult.arrive' && recipients.length === 0 && actors.length > 0 && actors.every((a) => a.entity.type === 'person' || a.entity.type === 'organization')) recipients = visitDestination(ctx, view, start, actors);
    // "welcomed Chinese President Xi Jinping to Astana", "welcomed Gorbachev at the airport": a foreign guest welcomed
    // somewhere is hosted (043), not praised
    if (entry.id === 'support.praise' && recipients.length === 1 && welcomedGuest(ctx.text, view, start, actors, recipients[0])) {
      const made = finish(ctx, unit, view, pattern, start, end, actors, recipients, statusFrom, past);
      return made && recast(made, { entry: HOST_ENTRY, type: 'CONSULT', cameo: '043', mode: 'visit', context: HOST_ENTRY.context ?? null });
    }
  } else if (pattern.passive) {
    // "sanctions were imposed on Russia by the EU", "sanctions on Russia were imposed by the EU"
    // ("the peace deal signed in Pretoria by ...": a participle right after its noun, up to its `by`)
    const reduced = wordAt(words, end - 1) === 'by' && !words.slice(start, end).some((w) => BE_FORMS.has(w));
    actors = byAgent(view, reduced ? end - 1 : end, unit);
    // (read for states' acts only, not a company's contract or strike: "the second production sharing contract signed by Pertamina")
    if (reduced && actors.some((a) => a.entity.sector === 'BUS' || a.entity.type === 'location' || (a.entity.type === 'organization' && !a.entity.sector))) actors = [];
    // "was summoned to the French foreign ministry": the place one is summoned to is the summoner
    if (actors.length === 0 && entry.passiveAgent) actors = findRecipients(ctx, view, entry.passiveAgent, end, [], entry);
    // ("Soviet troops were withdrawn from Hungary": armed forces moved, or those put on alert, are their own side's act; "Moscow's
    // withdrawal from Afghanistan was completed", "U.S. sanctions were imposed on Iran in 2018": told as done with no agent, the
    // act is the noun's owner's; not one still to come: "the GCC's summit expected to be held", "Japan's restrictions will be lifted")
    const named = view.slotAt[start];
    const subjectActing = actors.length === 0 && !reduced && named && (entry.subjectActs || (FORCE_MOVES.has(entry.type) && named.entity.sector === 'MIL')) ? [named] : [];
    if (actors.length === 0 && !reduced) actors = subjectActing.length > 0 ? subjectActing : words.slice(start, end).some((w) => w === 'was' || w === 'were' || w === 'been') ? nounOwner(ctx, view, start) : [];
    // (a reduced one has no object after its participle: "the agreement reached by OPEC ministers in Vienna")
    const slots = reduced ? (entry.recipient ?? []).filter((r) => r !== 'obj') : entry.recipient ?? [];
    recipients = reduced ? [] : findRecipients(ctx, view, slots, start + 1, actors, entry);
    if (recipients.length === 0) recipients = findRecipients(ctx, view, slots, end, actors, entry);
    // "the Algerian ambassador was summoned": a noun that names a party is the one the act is done to
    if (recipients.length === 0 && named && subjectActing.length === 0 && !actors.some((a) => a.entity.id === named.entity.id)) recipients = [named];
    past = words.slice(start, end).some((w) => w === 'was' || w === 'were');
  } else {
    return nominal(ctx, unit, view, pattern, start, end);
  }
  const made = finish(ctx, unit, view, pattern, start, end, actors, recipients, statusFrom, past);
  if (!hostedOpener || !made) return made;
  // ("expressed regret on Tuesday ..., speaking at a state banquet hosted by Ruto": the last date told before it)
  const told = findDates(ctx.text, view.tokens[0].start, view.tokens[start].start, ctx.anchor, 'past');
  const when = told[told.length - 1];
  return when ? recast(made, { date: { value: when.value, precision: when.precision, text: when.text } }) : made;
}

const HOST_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'consult.host')!);
/** Words after a guest that tell a welcome on arrival: "to Astana", "at the airport", "for a state visit". */
const ARRIVAL = /^(?:to|in) \p{Lu}|^at (?:the )?(?:airport|\p{Lu})|^(?:for|on) (?:a|an|his|her|their) (?:\w+ )?(?:\w+ )?(?:visit|trip|talks|summit)\b/u;

/** "welcomed Xi Jinping to Astana": the one welcomed is a person of another country, and the words after tell an arrival. */
function welcomedGuest(text: string, view: View, start: number, actors: readonly Slot[], guest: Slot): boolean {
  if (view.tokens[start].text[0] !== 'w' || guest.entity.type !== 'person' || !guest.entity.country) return false;
  if (actors.length !== 1 || !actors[0].entity.country || actors[0].entity.country === guest.entity.country) return false;
  // (the place follows the guest, or the host in the passive: "was welcomed by U.S. President Joe Biden at the White House")
  const j = view.tokens.findIndex((t) => t.start >= Math.max(guest.end, actors[0].end));
  if (j < 0) return false;
  let k = j;
  if (WEEKDAYS.has(wordAt(view.words, k + 1)) && wordAt(view.words, k) === 'on') k += 2;
  const after = view.tokens[k];
  return after !== undefined && ARRIVAL.test(text.slice(after.start, after.start + 60));
}

/** "Putin's sanctions decision won": the possessor of the noun phrase left of `at`, up to four words back. */
function possessorLeft(view: View, at: number): Slot[] {
  const { words, tokens } = view;
  let j = at - 1;
  for (let skipped = 0; j >= 0 && skipped < 4 && !view.slotAt[j] && /^[\p{Ll}-]+$/u.test(tokens[j].text) && !PREPOSITIONS.has(wordAt(words, j)) && !DETERMINERS.has(wordAt(words, j)); skipped++) j--;
  if ((wordAt(words, j) === "'s" || wordAt(words, j) === '’s') && view.slotAt[j - 1]) return [view.slotAt[j - 1]!];
  return [];
}

/**
 * The two parties of a hyphenated pair before the noun at `start`, past up to three lower-case words that describe it
 * ("U.S.-Soviet arms control talks", "Saudi-Iranian talks", "Sino-Soviet border talks"), or null.
 */
function hyphenPair(ctx: Context, view: View, start: number): Slot[] | null {
  const { tokens, words } = view;
  let k = start - 1;
  for (let x = 0; x < 3 && k >= 0 && !view.slotAt[k] && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) && !PREPOSITIONS.has(words[k]) && !DETERMINERS.has(words[k]); x++) k--;
  // ("U.S.-Philippine military exercises": a group mention the second side heads, from its first word)
  while (k > 0 && view.slotAt[k] && view.slotAt[k - 1] === view.slotAt[k]) k--;
  const t = tokens[k];
  if (!t) return null;
  // one token ("Saudi-Iranian") or three ("U.S." "-" "Soviet")
  const parts = t.text.split('-');
  const pair = parts.length === 2
    ? [pairParty(ctx, view, -1, parts[0], t.start, t.start + parts[0].length), pairParty(ctx, view, -1, parts[1], t.end - parts[1].length, t.end)]
    : wordAt(words, k - 1) === '-' && k >= 2 ? [pairParty(ctx, view, k - 2, tokens[k - 2].text, tokens[k - 2].start, tokens[k - 2].end), pairParty(ctx, view, k, t.text, t.start, t.end)] : [];
  const [a, b] = pair;
  if (!a || !b || a.entity.country === b.entity.country) return null;
  // ("Gorbachev met Deng on Tuesday, the first Sino-Soviet summit in 30 years", "held talks ... in the first Sino-Soviet summit", "due
  // on May 15 for the first Sino-Soviet summit"): talks in apposition to the clause's act, or that it is told in or made for,
  // are that act, coded by its own words
  let before = (parts.length === 2 ? k : k - 2) - 1;
  while (before >= 0 && (DETERMINERS.has(words[before]) || ORDINALS.has(words[before]))) before--;
  return RESTATING.has(wordAt(words, before)) ? null : [a, b];
}

/** Words before a pair's talks that make them the clause's own act again (see `hyphenPair`). */
const RESTATING = new Set([',', 'for', 'in']);

/** Ordinals before a noun of talks ("the first Sino-Soviet summit in 30 years"). */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'next', 'latest', 'final', 'last']);

/** A nominal its own frames gave no parties, held by the hyphenated pair right before it ("Sino-Soviet border talks"), or null. */
function pairAct(ctx: Context, unit: Unit, view: View, pattern: Pattern, start: number, end: number): Candidate | null {
  if (!pattern.entry.pairBefore) return null;
  const pair = hyphenPair(ctx, view, start);
  return pair ? finish(ctx, unit, view, asNoun(pattern), start, end, pair, [], start, false) : null;
}

/** Combining forms that name a country only in a hyphenated pair ("Sino-Soviet", "Indo-Pakistani"). */
const PAIR_FORMS: ReadonlyMap<string, string> = new Map([['Sino', 'CHN'], ['Indo', 'IND'], ['Anglo', 'GBR'], ['Franco', 'FRA'], ['Russo', 'RUS']]);

/** One side of a hyphenated pair: the country mention at token `k` (-1: none), else its name, demonym or combining form. */
function pairParty(ctx: Context, view: View, k: number, text: string, start: number, end: number): Slot | null {
  const slot = k >= 0 ? view.slotAt[k] : undefined;
  if (slot && slot.entity.type === 'country' && slot.entity.country) return slot;
  // (the country of a group mention: "Philippine military" is the Philippines' side)
  const country = slot?.entity.country ?? COUNTRY_NAMES.get(text) ?? DEMONYMS.get(text) ?? PAIR_FORMS.get(text);
  return country ? groupSlot(ctx, country, '', start, end) : null;
}

/** The owner named right before a noun: a possessive ("Moscow's withdrawal"), a country ("U.S. sanctions") or a demonym ("Soviet troops"). */
function nounOwner(ctx: Context, view: View, start: number): Slot[] {
  const possessor = possessorLeft(view, start);
  if (possessor.length > 0 || start === 0 || view.slotAt[start]) return possessor;
  const before = view.slotAt[start - 1];
  if (before) return before.entity.type === 'country' && !before.pending ? [before] : [];
  const t = view.tokens[start - 1];
  return DEMONYMS.has(t.text) ? [groupSlot(ctx, DEMONYMS.get(t.text)!, '', t.start, t.end)] : [];
}

/** A nominal trigger: its actor comes from `by X`, a possessive, or the subject of a light verb. */
function nominal(ctx: Context, unit: Unit, view: View, pattern: Pattern, start: number, end: number): Candidate | null {
  // ("since the strike started May 9": a verb's word read as a noun is the bare strike's, whose pattern the verb's beat; see labourRun)
  const bare = pattern.frame === 'verb' ? lexicon().byFirst.get(wordAt(view.words, start))?.find((p) => p.frame === 'noun' && p.entry.labourRun) : undefined;
  const own = nominalAct(ctx, unit, view, pattern, start, end) ?? (bare ? nominalAct(ctx, unit, view, bare, start, start + 1) : null);
  // ("U.S.-Soviet arms control talks": the adjective next to the noun gives one side alone; the pair gives both)
  const made = own && own.recipients.length > 0 ? own : pairAct(ctx, unit, view, pattern, start, end) ?? own;
  // "talks to end the war between Russia and Ukraine", "a ceasefire in their eight-year war": a war ended is one fought
  // (undated: the date near it is of its end)
  if (made && pattern.entry.mutual && made.status !== 'negated' && WAR_ENDED.test(` ${view.words.slice(Math.max(0, start - 7), start).join(' ')} `)) return recast(made, { status: 'occurred', date: null });
  return made;
}

/** Words before a war that tell it fought: it ends, or a truce is made in it. */
const WAR_ENDED = / (?:end|ends|ended|ending|halt|halted|halting|stop|stopped|ceasefire|cease-fire|truce|armistice) /;

/** The speaker of the speech (quoted or reported) that holds token `at`, as a slot at the speaker's mention. */
function speakerSlot(ctx: Context, view: View, at: number): Slot | null {
  const offset = view.tokens[at].start;
  const report = reportAt(ctx, offset);
  const speaker = report?.speaker ? ctx.entities.get(report.speaker) : undefined;
  if (!speaker || !report) return null;
  const span = report.speakerSpan ?? { start: offset, end: offset };
  return slotOf(speaker, span.start, span.end);
}

/**
 * Whether the subordinator at `opener` follows a verb of speech right away, past words of time only: "Albanese said on Thursday
 * after meeting his counterpart" opens no reported clause, and the gerund is the speaker's (not "said the Iranians had gained
 * footholds after launching").
 */
function speakerAdverbial(view: View, opener: number): boolean {
  let k = opener - 1;
  while (k >= 0 && SAID_WHEN.has(wordAt(view.words, k))) k--;
  // ("told reporters after meeting U.S. and Japanese trade ministers", "told a news conference after talks with": past the ones told)
  const told = [3, 2, 1].find((n) => k - n >= 0 && SPEECH_OBJECT_SET.has(view.words.slice(k - n + 1, k + 1).join(' ')));
  if (told) k -= told;
  return k >= 0 && SPEECH_VERBS.has(wordAt(view.words, k)) && !view.slotAt[k];
}
/** The ones a verb of telling is said to (`SPEECH_OBJECTS`: "reporters", "a news conference"). */
const SPEECH_OBJECT_SET: ReadonlySet<string> = new Set(SPEECH_OBJECTS);

/**
 * Whether the sentence opens with a participle clause closed by a comma ("Accusing Washington of hypocrisy, Beijing said"), not
 * with a gerund that is itself the subject ("Attacking Iran would be a mistake, Biden said"): no modal or form of "be" before the comma.
 */
function openingParticiple(view: View): boolean {
  const { words } = view;
  for (let k = 1; k < words.length; k++) {
    const w = wordAt(words, k);
    if (w === ',') return true;
    if (BOUNDARY.has(w) || MODALS.has(w) || BE_FORMS.has(w)) return false;
  }
  return false;
}

/** Verbs of signing or adopting a text a pledge can be told in ("signed a declaration pledging"). */
const SIGNING_VERBS: ReadonlySet<string> = new Set(['signed', 'adopted', 'issued', 'initialled', 'initialed', 'concluded']);
/** Documents that act by themselves once issued ("a general licence easing sanctions", "a decree lifting the curfew"). */
const ISSUED_ORDERS: ReadonlySet<string> = new Set(['licence', 'license', 'decree', 'order', 'waiver', 'directive', 'edict']);

/** Sectors of the state, whose country a crowd they face is of ("police clashed with crowds protesting"). */
const STATE_SECTOR_CODES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD']);

/** Bodies of a state named after `whose` that speak for its government ("whose foreign ministry accused"). */
const OWNED_GOVERNMENT: ReadonlySet<string> = new Set(['ministry', 'government', 'office', 'spokesman', 'spokeswoman', 'spokesperson', 'president',
  'leader', 'leaders', 'minister', 'presidency', 'administration', 'cabinet', 'envoy', 'ambassador', 'diplomats']);

/**
 * The subject of a verb in a relative clause opened by `whose` after a party: that party's body the words after `whose` name
 * ("Taiwan, whose foreign ministry accused Beijing" is TWNGOV; "the Khmer Rouge, whose guerrillas have fought" the Khmer Rouge).
 */
function whoseBody(ctx: Context, view: View, start: number): Slot | null {
  const { words, slotAt } = view;
  let k = start - 1;
  while (k > 0 && (PERFECT_AUXILIARIES.has(wordAt(words, k)) || CLAUSE_ADVERBS.has(wordAt(words, k)))) k--;
  const head = wordAt(words, k);
  let w = k;
  for (let t = 0; t < 3 && w > 0 && wordAt(words, w) !== 'whose' && !slotAt[w] && /^[a-z-]+$/.test(view.tokens[w].text); t++) w--;
  if (wordAt(words, w) !== 'whose' || w === k || wordAt(words, w - 1) !== ',') return null;
  const owner = slotAt[w - 2];
  if (!owner || !owner.entity.country || owner.entity.type === 'location') return null;
  const sector = OWNED_GOVERNMENT.has(head) ? 'GOV' : HEADS.get(head);
  if (sector === undefined) return null;
  if (owner.entity.sector === sector || (sector === 'REB' && owner.entity.sector === 'REB')) return owner;
  return groupSlot(ctx, owner.entity.country, sector, view.tokens[w + 1].start, view.tokens[k].end);
}

/** The last state (a country or a state's body) named before token `at` in the sentence, or null. */
function lastStateBefore(view: View, at: number): Slot | null {
  for (let j = at - 1; j >= 0; j--) {
    const slot = view.slotAt[j];
    if (slot && !slot.group && slot.entity.country && slot.entity.type !== 'location' && slot.entity.type !== 'person') return slot;
  }
  return null;
}
/** The last person of a state's government named before token `at` in the sentence, or null. */
function lastLeaderBefore(view: View, at: number): Slot | null {
  for (let j = at - 1; j >= 0; j--) {
    const slot = view.slotAt[j];
    if (slot && slot.entity.type === 'person') return slot.entity.country && slot.entity.sector === 'GOV' ? slot : null;
  }
  return null;
}
/**
 * "Ukraine said its air defences had shot down most of them", "said their troops attacked": the armed forces, named by `its` or
 * `their` right after a verb of saying and right before the verb at `start`, of the body that speaks; null otherwise.
 */
function saidOwnForces(ctx: Context, view: View, start: number): Slot | null {
  const { words } = view;
  let k = start - 1;
  // ("Iraq said today its troops were pushing Iranian forces out": past the auxiliary of a progressive too)
  const progressive = wordAt(words, start).endsWith('ing');
  while (k > 0 && (PERFECT_AUXILIARIES.has(wordAt(words, k)) || CLAUSE_ADVERBS.has(wordAt(words, k)) || (progressive && BE_FORMS.has(wordAt(words, k))))) k--;
  const pair = `${wordAt(words, k - 1)} ${wordAt(words, k)}`;
  // ("a month after its border guards detained two students": police and guards too, of their own sector)
  let first = ARMED_SECTORS.has(HEADS.get(pair) ?? '') ? k - 1 : k;
  // ("its troops and aircraft raided": heads joined by `and` are one group, of the first's sector)
  if (HEADS.has(wordAt(words, first)) && wordAt(words, first - 1) === 'and' && HEADS.get(wordAt(words, first - 2)) === 'MIL') first -= 2;
  const sector = first === k - 1 ? HEADS.get(pair)! : HEADS.get(wordAt(words, first)) ?? '';
  if (!ARMED_SECTORS.has(sector) || view.slotAt[first]) return null;
  const owner = first - 1;
  // ("Honecker accepted an invitation ..., a month after his border guards detained two students": a leader's, in a clause a
  // subordinator opens, are his state's)
  const led = (wordAt(words, owner) === 'his' || wordAt(words, owner) === 'her') && SUBORDINATORS.has(wordAt(words, owner - 1));
  if (wordAt(words, owner) !== 'its' && wordAt(words, owner) !== 'their' && !led) return null;
  // (past words of time: "said on Friday its forces had")
  let verb = wordAt(words, owner - 1) === 'that' ? owner - 2 : owner - 1;
  while (verb > 0 && SAID_WHEN.has(wordAt(words, verb))) verb--;
  // ("meant to deter Nicaragua after its troops attacked Contra camps": in a clause a subordinator opens, the state named last)
  const body = led ? lastLeaderBefore(view, owner - 1) : SPEECH_VERBS.has(wordAt(words, verb)) ? subjectBody(view, owner) : SUBORDINATORS.has(wordAt(words, owner - 1)) ? lastStateBefore(view, owner - 1) : null;
  if (!body || !body.entity.country || body.entity.type === 'location') return null;
  return body.entity.sector === sector ? body : groupSlot(ctx, body.entity.country, sector, view.tokens[owner].start, view.tokens[k].end);
}

/** Adverbs of time between a noun and the participle of a reduced passive ("demands already rejected by"). */
const REDUCED_ADVERBS: ReadonlySet<string> = new Set(['already', 'also', 'since', 'later', 'first', 'once', 'now']);

/** Sectors of a state's armed services its own forces are named by ("its troops", "its border guards"). */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP']);

/**
 * The subject of a subordinate clause the verb after `and` at `and` continues ("after Ecuadorean police forced their way into
 * the Mexican embassy ... and arrested"): the party right after the last subordinator before it, with no comma between.
 */
function subordinateSubjectBefore(view: View, and: number): Slot | null {
  const { words, slotAt } = view;
  for (let k = and - 1; k > 0; k--) {
    const w = wordAt(words, k);
    if (w === ',' || BOUNDARY.has(w)) return null;
    if (!SUBORDINATORS.has(w)) continue;
    const at = DETERMINERS.has(wordAt(words, k + 1)) && !slotAt[k + 1] ? k + 2 : k + 1;
    const slot = slotAt[at];
    return slot && (slot.entity.actor || slot.entity.country) && slot.entity.type !== 'location' ? slot : null;
  }
  return null;
}

/** The coded subject of a verb of saying whose reported clause holds `slot` ("told Rutte the alliance should help Syria"), or null. */
function speakerOfClause(view: View, slot: Slot): Slot | null {
  const { words } = view;
  for (let k = view.tokens.findIndex((t) => t.start >= slot.start) - 1; k > 0; k--) {
    const w = wordAt(words, k);
    if (w === ',' || BOUNDARY.has(w)) return null;
    if (!SPEECH_VERBS.has(w) || view.slotAt[k]) continue;
    const speaker = subjectLeft(view, k);
    return speaker && (speaker.entity.actor || speaker.entity.country) && speaker.entity.id !== slot.entity.id ? speaker : null;
  }
  return null;
}

/**
 * Whether a slot stands after a preposition (past its title words): "the civil rights of opposition leader Kim", "rounded on his
 * West German counterpart Ignaz Kiechle".
 */
function objectOfPreposition(view: View, slot: Slot): boolean {
  const k = wordBeforeObject(view, slot);
  return k >= 0 && PREPOSITIONS.has(wordAt(view.words, k)) && wordAt(view.words, k) !== 'by';
}

/** Whether a slot is the object of a verb of the lexicon right before it, past its titles ("met Myanmar military leader X"). */
function objectOfVerb(view: View, slot: Slot): boolean {
  const k = wordBeforeObject(view, slot);
  const w = wordAt(view.words, k);
  // ("was ready to meet Kosovo Prime Minister Albin Kurti ..., but ruled out": the object of an infinitive too)
  const infinitive = wordAt(view.words, k - 1) === 'to' && (lexicon().byFirst.get(w) ?? []).some((p) => p.frame === 'verb' && !p.passive && p.first.get(w) === 'base');
  return k >= 0 && (lexicon().inflected.has(w) || infinitive) && !BE_FORMS.has(w);
}

/** The word that governs a slot named as an object, past the names, titles and words that describe it ("his counterpart"). */
function wordBeforeObject(view: View, slot: Slot): number {
  let k = view.tokens.findIndex((t) => t.start >= slot.start) - 1;
  while (k > 0 && (view.slotAt[k] || startsUpper(view.tokens[k].text) || TITLE_SECTORS.has(wordAt(view.words, k)) || OBJECT_DESCRIBERS.has(wordAt(view.words, k)))) k--;
  return k;
}
/** Lower-case words that describe a person named as an object ("military leader", "his counterpart"). */
const OBJECT_DESCRIBERS: ReadonlySet<string> = new Set(['military', 'leader', 'the', 'his', 'her', 'their', 'its', 'counterpart', 'counter-part', 'former', 'top', 'senior',
  'opposition', 'rebel', 'party', 'union', 'prominent', 'veteran', 'leading']);

/**
 * Whether a participle in a heading in capitals is a passive with its form of "be" left out, as headings tell the present in the
 * present tense ("EC URGED TO ACT QUICKLY ON AIRFARE CUTS", "INDUSTRIAL OUTPUT FALLS, CURRENCY BLAMED", "FOREIGN POSTS THREATENED BY
 * TIGHT BUDGET"): a word with no party right after it, only `to`, a preposition or the heading's end ("U.S. URGED JAPAN TO" is active);
 * not a mood told by a party's thing ("GTE ENCOURAGED BY US SPRINT'S SMALLER LOSS").
 */
function headingPassive(unit: Unit, view: View, form: Form, start: number, end: number): boolean {
  if (unit.heading < 0 || (form !== 'participle' && form !== 'past/participle') || end !== start + 1 || /\p{Ll}/u.test(view.tokens[start].text)) return false;
  const next = wordAt(view.words, end);
  if (next === 'by' && view.slotAt[end + 1]) {
    const after = wordAt(view.words, nextAfterSlot(view, end + 1));
    if (after !== '' && after !== ',' && !PREPOSITIONS.has(after)) return false;
  }
  return !view.slotAt[end] && (next === '' || next === ',' || next === 'to' || PREPOSITIONS.has(next));
}

/**
 * The act or policy noun a passive's subject ends in, right before its verb ("Turkey's decision was praised", "Indonesia's economic
 * changes have been welcomed"), or -1 (see also `actSubject`).
 */
function passiveActSubject(view: View, start: number): number {
  let k = start - 1;
  while (k >= 0 && (BE_FORMS.has(wordAt(view.words, k)) || wordAt(view.words, k) === 'has' || wordAt(view.words, k) === 'have')) k--;
  return k >= 0 && !view.slotAt[k] && (actNounWord(wordAt(view.words, k), wordAt(view.words, k + 1)) || POLICIES.has(wordAt(view.words, k))) ? k : -1;
}

/** Whether a place's name stands right before `start`, after `in` ("a summit in Astana"). */
function placedBefore(view: View, start: number): boolean {
  const place = view.slotAt[start - 1];
  return place !== undefined && (place.entity.type === 'location' || place.entity.type === 'country') && wordAt(view.words, view.slotStart[start - 1] - 1) === 'in';
}

/**
 * The party a sentence opens with, within its first words: the last of a compound (whose partners are read leftwards), the person
 * a country's name opens the title of, or the last of a list; null when none.
 */
function openingParty(view: View): Slot | null {
  for (let j = 0; j < view.words.length && j < 4; j++) {
    const slot = view.slotAt[j];
    if (slot) return slot.entity.actor || slot.entity.country ? compoundEnd(view, j) ?? titledPersonAfter(view, j) ?? lastListed(view, j) : null;
    if (BOUNDARY.has(wordAt(view.words, j)) || wordAt(view.words, j) === ',') return null;
  }
  return null;
}

/**
 * Whether a gathering one is at stands a few words before `start` ("at a summit in Astana", "at a state banquet in Nairobi"), or
 * one an act came out of ("agreed ... after two days of talks in Ankara", "following talks hosted by Qatar").
 */
function gatheringBefore(words: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= 1 && k >= start - 6; k--) {
    if (!GATHERINGS.has(wordAt(words, k))) continue;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (AT_GATHERING.has(wordAt(words, j))) return true;
  }
  return false;
}
/** Words that place an act at or after a gathering ("at a summit", "during talks", "after two days of talks"). */
const AT_GATHERING: ReadonlySet<string> = new Set(['at', 'during', 'after', 'following']);

/** Nouns of an agreement a relative clause can be about ("the truce it signed", "the accords that X and Y signed"). */
const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'pact', 'deal', 'truce', 'ceasefire', 'cease-fire', 'declaration', 'armistice', 'protocol', 'memorandum']);

/**
 * Whether the verb at `start` (to `end`) ends a relative clause on an agreement: the verb takes no object after it, and right
 * before its subject (past `that` or `which`) stands an agreement noun: "the truce it signed with", "a security accord the two
 * countries signed in August", "the Geneva accords that Afghanistan and Pakistan signed".
 */
function nounRelative(view: View, start: number, end: number, nouns: ReadonlySet<string>): boolean {
  const { words, slotAt, slotStart } = view;
  const next = wordAt(words, end);
  // ("the accord Venezuela signed a week ago": a span of time ago is when)
  const ago = next === 'a' && wordAt(words, end + 2) === 'ago';
  if (next !== '' && next !== ',' && next !== '.' && !PREPOSITIONS.has(next) && !TIME_ADVERBS.has(next) && next !== 'last' && next !== 'this' && next !== 'earlier' && !ago) return false;
  let j = start - 1;
  // ("the accord his government recently signed")
  while (j >= 0 && (PERFECT_AUXILIARIES.has(wordAt(words, j)) || RELATIVE_ADVERBS.has(wordAt(words, j)))) j--;
  // the subject: a pronoun, a possessive pronoun and its noun, "the two countries", or a name (two joined by `and`)
  if (slotAt[j]) {
    j = slotStart[j] >= 0 ? slotStart[j] - 1 : j - 1;
    if (wordAt(words, j) === 'and' && slotAt[j - 1]) {
      j = slotStart[j - 1] >= 0 ? slotStart[j - 1] - 1 : j - 2;
      // ("the accord that Angola, Cuba and South Africa signed": a list whose names before the last two are joined by commas)
      while (wordAt(words, j) === ',' && slotAt[j - 1]) j = slotStart[j - 1] >= 0 ? slotStart[j - 1] - 1 : j - 2;
    }
    // ("the state of emergency that President Kassym-Jomart Tokayev imposed", "a curfew that the government imposed", "the 15 pct
    // duty the U.S. imposed on Canadian lumber": its title, its article)
    for (let t = 0; t < 3 && j > 0 && !slotAt[j] && startsUpper(view.tokens[j].text) && wordAt(words, j - 1) !== ','; t++) j--;
    if (wordAt(words, j) === 'the') j--;
  } else if (PRONOUN_SUBJECTS.has(wordAt(words, j))) j--;
  else if (POSSESSIVES.has(wordAt(words, j - 1))) j -= 2;
  else if (wordAt(words, j - 2) === 'the' && wordAt(words, j - 1) === 'two') j -= 3;
  // ("a curfew that the government imposed", "the state of emergency the authorities declared")
  else if (wordAt(words, j - 1) === 'the' && RULING_BODIES.has(wordAt(words, j))) j -= 2;
  else return false;
  if (wordAt(words, j) === 'that' || wordAt(words, j) === 'which') j--;
  return nouns.has(wordAt(words, j));
}

/** Adverbs between the subject of a relative clause on an act's noun and its verb ("the accord his government recently signed"). */
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(['jointly', 'recently', 'formally', 'finally', 'already']);

/** Nouns of restrictions at home a relative clause can be about ("a curfew that the government imposed", "the state of emergency X declared"). */
const RESTRICTION_NOUNS: ReadonlySet<string> = new Set(['curfew', 'curfews', 'emergency', 'lockdown', 'siege']);
/** Bodies that rule, named with `the` as the subject of such a clause. */
const RULING_BODIES: ReadonlySet<string> = new Set(['government', 'authorities', 'junta', 'regime', 'army', 'military']);

/** Nouns of sanctions a relative clause can be about ("levies Ottawa imposed on", "the tariffs that Washington slapped on"). */
const SANCTION_NOUNS: ReadonlySet<string> = new Set(['sanctions', 'tariffs', 'tariff', 'levies', 'levy', 'duties', 'duty', 'embargo', 'curbs', 'restrictions', 'penalties', 'measures']);

/**
 * The subject of the reported clause a word at `at` stands in: the first party named right after the last word of speech or
 * `that` before it, when a verb follows it ("said its forces had suffered setbacks since launching"); null otherwise.
 */
function reportedSubject(view: View, at: number): Slot | null {
  const { words, slotAt } = view;
  let k = at - 1;
  while (k >= 0 && !SPEECH_VERBS.has(wordAt(words, k)) && wordAt(words, k) !== 'that') {
    if (BOUNDARY.has(wordAt(words, k))) return null;
    k--;
  }
  if (k < 0) return null;
  let j = k + 1;
  if (wordAt(words, j) === 'that') j++;
  if (POSSESSIVES.has(wordAt(words, j)) && !slotAt[j]) j++;
  const slot = slotAt[j];
  if (!slot || !(slot.entity.actor || slot.entity.country)) return null;
  const after = nextAfterSlot(view, j);
  return after < at && (MODAL_VERBS.has(wordAt(words, after)) || /ed$/.test(wordAt(words, after))) ? slot : null;
}

/** Verbs of thanks and praise whose object did the act a `for` gerund after them names. */
const THANKING_VERBS: ReadonlySet<string> = new Set(['thank', 'thanks', 'thanked', 'thanking', 'praise', 'praised', 'praising', 'commended', 'credited', 'hailed']);

/**
 * The one thanked and the one thanking, for the `for` at `at`: "Tokayev thanked Putin in a phone call on Sunday for", "thanked
 * Qatar's emir for". The object right after the verb (a few words of time or place may follow it), and the verb's subject.
 */
function thankedFor(view: View, at: number): { party: Slot; thanker: Slot } | null {
  const { words, slotAt, slotStart } = view;
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',') return null;
    if (!THANKING_VERBS.has(wordAt(words, k))) continue;
    let j = k + 1;
    // ("thanked Qatar's emir": the emir is his country's)
    const party = slotAt[j];
    if (!party || !(party.entity.actor || party.entity.country)) return null;
    j = nextAfterSlot(view, j);
    void slotStart;
    const thanker = subjectLeft(view, k);
    return thanker && (thanker.entity.actor || thanker.entity.country) && thanker.entity.id !== party.entity.id ? { party, thanker } : null;
  }
  return null;
}

/** "war" and its plural, and the words that make one no war of arms, as sets. */
const WAR_NOUNS: ReadonlySet<string> = new Set(['war', 'wars']);
const FIGURATIVE_WAR_SET: ReadonlySet<string> = new Set(FIGURATIVE_WARS);

/** Forces of nature and accidents: the subject of "struck", "hit" or "killed" that is no party. */
const NATURAL_AGENTS: ReadonlySet<string> = new Set(['earthquake', 'quake', 'tremor', 'storm', 'cyclone', 'typhoon', 'hurricane', 'flood', 'floods',
  'flooding', 'landslide', 'landslides', 'avalanche', 'tsunami', 'fire', 'fires', 'blaze', 'wildfire', 'wildfires', 'drought', 'heatwave', 'lightning',
  'explosion', 'crash', 'accident', 'disease', 'epidemic', 'outbreak', 'virus', 'famine']);

/**
 * ("Maoist guerrillas using dynamite derailed two locomotives", "gunmen armed with rifles attacked"): the start of a phrase of the
 * means armed men use, right after them and before their verb at `at`, so that they are read as its subject; else `at`.
 */
function meansBefore(words: readonly string[], at: number): number {
  for (let k = at - 1; k > 0 && k >= at - 4; k--) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === ',') return at;
    const opener = MEANS_PARTICIPLES.has(w) ? k : w === 'with' && wordAt(words, k - 1) === 'armed' ? k - 1 : -1;
    if (opener > 0) return BARE_FORCES.has(wordAt(words, opener - 1)) ? opener : at;
  }
  return at;
}
const MEANS_PARTICIPLES: ReadonlySet<string> = new Set(['using', 'wielding', 'carrying', 'brandishing']);

/** The gerund at `start` as the act of the subject of the verb right before it ("could consider supplying", "reported launching"). */
function verbSubjectsGerund(ctx: Context, unit: Unit, view: View, pattern: Pattern, start: number, end: number, pastForm: boolean): Candidate | null {
  const subject = subjectLeft(view, start - 1);
  if (!subject || !(subject.entity.actor || subject.entity.country)) return null;
  const actors = withCompounds(view, subject, -1);
  const recipients = recipientsAfter(ctx, view, pattern.entry, start, end, actors);
  if (pattern.entry.needsRecipient && recipients.length === 0) return null;
  return finish(ctx, unit, view, pattern, start, end, actors, recipients, start - 1, pastForm);
}

/**
 * The verb of aspect or form of "be" right before the gerund at `start`, past one adverb ("Libyan forces are still bombing the
 * airstrip", "his country was unilaterally suspending payments"), or -1.
 */
function aspectBefore(words: readonly string[], start: number): number {
  if (ASPECT.has(wordAt(words, start - 1))) return start - 1;
  const adverb = wordAt(words, start - 1);
  return (BE_ADVERBS.has(adverb) || /^[a-z]{3,}ly$/.test(adverb)) && ASPECT.has(wordAt(words, start - 2)) ? start - 2 : -1;
}

/** Plural addressees no code names, before the parties they include ("at least four countries, including ..."). */
const LISTED_ADDRESSEES = /^(?:countries|nations|governments|states|allies|partners|creditors|members|donors)$/;

/** The parties listed after `including` or `such as` behind a plural addressee right after `from` ("four countries, including X and Y"). */
function includedAddressees(view: View, from: number): Slot[] {
  const { words, slotAt } = view;
  let k = from;
  while (k < words.length && k < from + 6 && !slotAt[k] && wordAt(words, k) !== ',') k++;
  if (wordAt(words, k) !== ',' || !LISTED_ADDRESSEES.test(wordAt(words, k - 1))) return [];
  if (wordAt(words, k + 1) === 'including') k += 2;
  else if (wordAt(words, k + 1) === 'such' && wordAt(words, k + 2) === 'as') k += 3;
  else return [];
  const found: Slot[] = [];
  while (k < words.length) {
    if (wordAt(words, k) === 'the' && !slotAt[k]) k++;
    const slot = slotAt[k];
    if (!slot || !(slot.entity.actor || slot.entity.country)) break;
    found.push(slot);
    k = nextAfterSlot(view, k);
    if (wordAt(words, k) === ',') k++;
    if (wordAt(words, k) === 'and') k++;
    else if (wordAt(words, k - 1) !== ',') break;
  }
  return found;
}

/** The party named at `at` (past an article) when an infinitive follows it ("called for the IADB to improve"), else null. */
function calledFor(view: View, at: number): Slot | null {
  const { words, tokens, slotAt } = view;
  const k = wordAt(words, at) === 'the' && !slotAt[at] ? at + 1 : at;
  const slot = slotAt[k];
  if (!slot || !(slot.entity.actor || slot.entity.country)) return null;
  const after = nextAfterSlot(view, k);
  // (not a preposition's `to`: "called for an end to", "for Japan to the talks")
  return wordAt(words, after) === 'to' && /^\p{Ll}+$/u.test(tokens[after + 1]?.text ?? '') && !DETERMINERS.has(wordAt(words, after + 1)) ? slot : null;
}

/**
 * The parties asked in gapped clauses after a request's first object and its infinitive, "and NAME to VERB" ("urged Kurti to call
 * new elections and Vucic to get Kosovo Serbs to take part"), past title words before a name; none past the end of the clause.
 */
function gappedAddressees(view: View, from: number, actors: readonly Slot[], asked: readonly Slot[]): Slot[] {
  const { words, slotAt, tokens } = view;
  const found: Slot[] = [];
  const known = new Set([...actors, ...asked].map((s) => s.entity.id));
  for (let k = from; k < words.length && k < from + 30; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || SPEECH_VERBS.has(w)) break;
    if (w !== 'and') continue;
    // (not a second object of the infinitive: "urged the administration to press Japan and South Korea to open their markets")
    const object = slotAt[k - 1] ? view.slotStart[k - 1] : -1;
    if (object >= 2 && wordAt(words, object - 2) === 'to' && /^\p{Ll}+$/u.test(tokens[object - 1].text) && !DETERMINERS.has(wordAt(words, object - 1))) continue;
    // (title words in capitals and a country before the name: "and Serbian President Aleksandar Vucic to")
    let j = k + 1;
    while (j < k + 6 && j < words.length && (slotAt[j] || startsUpper(tokens[j].text)) && wordAt(words, nextAfterSlot(view, j)) !== 'to') j = slotAt[j] ? nextAfterSlot(view, j) : j + 1;
    const slot = slotAt[j];
    const to = slot ? nextAfterSlot(view, j) : -1;
    if (!slot || wordAt(words, to) !== 'to' || !isInfinitive(view, to + 1) || known.has(slot.entity.id) || (!slot.entity.actor && !slot.entity.country)) continue;
    found.push(slot);
    known.add(slot.entity.id);
  }
  return found;
}

/** The head noun of a passive's subject, right before its forms of "be" ("protesters were later arrested"), or -1. */
function passiveHead(view: View, start: number): number {
  let k = start - 1;
  while (k >= 0 && (BE_ADVERBS.has(wordAt(view.words, k)) || /ly$/.test(wordAt(view.words, k)))) k--;
  if (!BE_FORMS.has(wordAt(view.words, k))) return -1;
  while (k >= 0 && (BE_FORMS.has(wordAt(view.words, k)) || PERFECT_AUXILIARIES.has(wordAt(view.words, k)))) k--;
  if (k < 0 || view.slotAt[k]) return -1;
  // ("opposition activists were detained": a two-word head)
  return DOMESTIC_PAIRS.get(wordAt(view.words, k - 1))?.has(wordAt(view.words, k)) ? k - 1 : k;
}

/**
 * "Jihadist fighters linked to al Qaeda attacked": armed men no one names, described by their tie to a group named right
 * before the verb at `start`; the index of the armed word, else -1.
 */
function linkedArmedMen(view: View, start: number): number {
  const { words, slotAt, tokens } = view;
  // (the group's name: a slot, or capitalised words the tagger left: "al Qaeda", "Islamic State")
  let k = start - 1;
  while (k > 2 && k >= start - 5 && (slotAt[k] || startsUpper(tokens[k].text) || wordAt(words, k) === 'al' || wordAt(words, k) === 'the')) k--;
  if (k === start - 1 || (wordAt(words, k) !== 'to' && wordAt(words, k) !== 'with') || !ARMED_TIES.has(wordAt(words, k - 1))) return -1;
  return BARE_FORCES.get(wordAt(words, k - 2)) === 'REB' ? k - 2 : -1;
}
/** Participles that tie armed men to a group ("linked to", "loyal to", "allied with"). */
const ARMED_TIES: ReadonlySet<string> = new Set(['linked', 'loyal', 'allied', 'affiliated', 'tied', 'aligned']);

/** Relative pronouns a clause about armed men or a force opens with ("guerrillas who attacked", "the army, which has been fighting"). */
const RELATIVE_WHO: ReadonlySet<string> = new Set(['who', 'which']);

/** Verbs of answering an act, after which `by` and a gerund tell how: "Damascus retaliated by ordering". */
const ANSWERING_VERBS: ReadonlySet<string> = new Set(['retaliated', 'responded', 'reacted', 'replied']);
/** Words of time between a verb of answering and its `by` ("responded on Monday by", "retaliated within hours by", "a day later"). */
const ANSWERED_WHEN: ReadonlySet<string> = new Set([...WEEKDAYS, 'on', 'today', 'yesterday',
  'within', 'hours', 'days', 'a', 'day', 'week', 'later', 'swiftly', 'quickly', 'immediately', 'promptly', 'overnight']);

/** The token of a verb of answering before the `by` at `by`, past up to four words of time, or -1. */
function answeringVerbBefore(words: readonly string[], by: number): number {
  let k = by - 1;
  for (let t = 0; t < 4 && k >= 0 && ANSWERED_WHEN.has(wordAt(words, k)); t++) k--;
  return k >= 0 && ANSWERING_VERBS.has(wordAt(words, k)) ? k : -1;
}

/**
 * The recipients of a verb trigger read from right after its first word, else from its end ("declared two British
 * diplomats persona non grata" reads the diplomats first).
 */
function recipientsAfter(ctx: Context, view: View, entry: TriggerEntry, start: number, end: number, actors: readonly Slot[]): Slot[] {
  // ("discussed the deployment of Iranian missiles near the Strait of Hormuz with Kuwait's undersecretary": a long object the
  // pattern holds before its `with` names no party)
  if (end - start > AMOUNT_GAP && wordAt(view.words, end - 1) === 'with' && entry.recipient?.includes('with')) return findRecipients(ctx, view, entry.recipient, end, actors, entry);
  const found = findRecipients(ctx, view, entry.recipient ?? [], start + 1, actors, entry);
  return found.length === 0 && end > start + 1 ? findRecipients(ctx, view, entry.recipient ?? [], end, actors, entry) : found;
}

/** The verb a noun at `noun` is the object of, past up to three plain words before it ("signed a declaration", "issued a general licence"). */
function verbBeforeNoun(view: View, noun: number): number {
  let v = noun - 1;
  for (let t = 0; t < 3 && v > 0 && /^[a-z-]+$/.test(view.tokens[v].text) && !lexicon().inflected.has(wordAt(view.words, v)); t++) v--;
  return v;
}

/** "Norway, Ireland and Spain said they would recognize ...": the pronoun subject is the speaker. */
function speechSubject(view: View, at: number): Slot | null {
  const { words } = view;
  for (let j = at - 1; j >= 1 && j >= at - 6; j--) {
    if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === ',') return null;
    if (!/^(?:they|it|he|she|we)$/.test(wordAt(words, j)) || view.slotAt[j]) continue;
    const v = saidBefore(words, j);
    return v < 0 ? null : subjectLeft(view, v);
  }
  return null;
}

/**
 * The index of the verb of saying whose clause the word at `at` opens, past `that` and a time or source adverbial between them
 * ("said that", "said on Monday that", "said in a statement that"), else -1.
 */
function saidBefore(words: readonly string[], at: number): number {
  const to = wordAt(words, at - 1) === 'that' ? at - 1 : at;
  for (let v = to - 1; v >= 0 && v >= to - 7; v--) {
    if (!SPEECH_VERBS.has(wordAt(words, v))) continue;
    let k = v + 1;
    for (let next = sayingAdverbial(words, k); next > k; next = sayingAdverbial(words, k)) k = next;
    return k === to ? v : -1;
  }
  return -1;
}

/** The index after a time adverbial or "in a statement" at i ("on Monday", "in a statement"), else i. */
function sayingAdverbial(words: readonly string[], i: number): number {
  if (wordAt(words, i) === 'in' && (wordAt(words, i + 1) === 'a' || wordAt(words, i + 1) === 'its') && wordAt(words, i + 2) === 'statement') return i + 3;
  return skipTimeAdverbial(words, i);
}

/** Token index of a crowd the sentence opens with, past a dateline, a count and words that describe it ("Thousands of angry farmers"), when no
 * clause boundary nor an infinitive stands between it and the purpose before `start`; else -1 ("traders deny involvement in a plan to offer
 * sugar to intervention in protest at": the purpose is the plan's); an infinitive between is passed over when `pastInfinitives`. */
function openingCrowd(view: View, start: number, pastInfinitives = false): number {
  const { words } = view;
  let k = words.lastIndexOf('-', start) + 1;
  for (let t = 0; t < 5 && k < start; t++, k++) {
    if (protestingBody(view, k)) return hasBoundary(words, k + 1, start) || (!pastInfinitives && words.slice(k + 1, start - 1).some((w, i) => w === 'to' && isInfinitive(view, k + 2 + i))) ? -1 : k;
    // (past a count in figures too: "Some 7,000 black workers")
    if (view.slotAt[k] || !/^(?:\p{L}[\p{Ll}-]*|\d[\d,.]*)$/u.test(view.tokens[k].text) || BOUNDARY.has(wordAt(words, k))) return -1;
  }
  return -1;
}

/**
 * "Workers at the Lenin Shipyard went on strike": the index of a crowd word placed by a named workplace of no code right before the
 * verb at `start`, or -1.
 */
function crowdOfPlaceBefore(view: View, start: number): number {
  const { words, tokens, slotAt } = view;
  let k = start - 1;
  for (let t = 0; t < 5 && k > 1 && startsUpper(tokens[k].text) && !(slotAt[k] && (slotAt[k]!.entity.actor || slotAt[k]!.entity.country)); t++) k--;
  if (k === start - 1) return -1;
  if (wordAt(words, k) === 'the') k--;
  return (wordAt(words, k) === 'at' || wordAt(words, k) === 'of') && CROWD_WORDS.has(wordAt(words, k - 1)) ? k - 1 : -1;
}

/** The country of a state that speaks the clause at `at`, when those `held` there are of another country; else null. */
function reportingState(ctx: Context, view: View, at: number, held: Slot | null): string | null {
  const speaker = speakerSlot(ctx, view, at)?.entity;
  if (!speaker?.country || !held?.entity.country || held.entity.country === speaker.country) return null;
  return speaker.type === 'country' || STATE_SECTOR_CODES.has(speaker.sector ?? '') ? speaker.country : null;
}

/** Participles of an arrest that, with no agent named, is the police's ("was arrested yesterday", "were detained"). */
const ARREST_PARTICIPLES: ReadonlySet<string> = new Set(['arrested', 'detained']);

/** Words right after an arrest's participle: its time, place, charge or the sentence's end ("was arrested on suspicion of"). */
const ARREST_FOLLOWERS: ReadonlySet<string> = new Set(['on', 'for', 'in', 'at', 'after', 'during', 'yesterday', 'today', 'overnight', 'last', 'earlier', 'early', 'late', 'without', 'while', '.', ',']);

/**
 * The police of the place an arrest told with no agent is made in ("Junger was arrested yesterday for suspected embezzlement",
 * "19 people were arrested in the federal investigation"): the one country the sentence places its acts in, else the state that
 * tells of arresting people of another country ("Canada said that any French fishermen caught in the area would be arrested":
 * the one who arrests, not the arrested, under a Paris dateline), else the country the dispatch is from, else the country of the
 * one arrested; none when none is known.
 */
function arrestingPolice(ctx: Context, view: View, at: number, held: Slot | null): Slot[] {
  const country = placedIn(view) ?? reportingState(ctx, view, at, held) ?? homeOf(ctx, view) ?? held?.entity.country ?? null;
  const t = view.tokens[at];
  return country ? [groupSlot(ctx, country, 'COP', t.start, t.end)] : [];
}

/**
 * Words after the place one is in that tell the stay a visit: "was in Britain on the first leg of a tour of European capitals", "is in
 * Tokyo on a three-day visit", "was in Kingston as a guest of the state oil company", "has been in Japan exchanging views with officials".
 */
function visitTold(words: readonly string[], at: number): boolean {
  const w = wordAt(words, at);
  if (w === 'on') {
    // (past the visit's own modifiers, up to its noun: "on the first leg of a tour", "on an official two-day visit")
    for (let k = at + 1; k < words.length && k <= at + 7; k++) {
      const x = wordAt(words, k);
      if (STAY_NOUNS.has(x)) return true;
      if (BOUNDARY.has(x) || x === ',' || (PREPOSITIONS.has(x) && x !== 'of')) return false;
    }
    return false;
  }
  if (w === 'as') return (wordAt(words, at + 1) === 'a' || wordAt(words, at + 1) === 'the') && wordAt(words, at + 2) === 'guest';
  return STAY_GERUNDS.has(w);
}
/** Nouns of a journey one is on in the place one is in ("on a visit", "on the first leg of a tour"). */
const STAY_NOUNS: ReadonlySet<string> = new Set(['visit', 'tour', 'trip', 'leg', 'mission', 'stopover', 'journey']);
/** Gerunds of a consultation held in the place one is in ("has been in Japan exchanging views"). */
const STAY_GERUNDS: ReadonlySet<string> = new Set(['exchanging', 'holding', 'attending', 'meeting', 'negotiating', 'discussing', 'consulting']);
