/**
 * Events stage: who did what to whom, when, where and how, coded in PLOVER (with CAMEO and a
 * Goldstein score) from the trigger lexicon, without a syntactic parser.
 *
 * For each sentence (and each headline or sub-heading):
 *   1. triggers: the compiled lexicon (event-lexicon.ts) is looked up token by token; the longest
 *      match at a position wins. A base-form or plural verb reading ("visit", "visits") counts only
 *      after a subject, a modal, `to` or an auxiliary, so "his first foreign visit" is a noun.
 *   2. actor: active voice, the nearest entity mention left of the trigger in its clause
 *      (not crossing `;`, `:`, brackets, quote marks or a `that`); passive voice, `by X`; a
 *      nominal, `the visit by X`, `X's visit`, `his visit` or the subject of a light verb
 *      (`held joint drills`). A gerund after a preposition (`contribute to expanding`) has none.
 *   3. recipient: the slots the entry names, in text order: a direct object, `with X`, `to X`,
 *      `on X`, `against X`, `that X ...`. A place given as recipient (`visit to Moscow`) stands for
 *      its country's entity when the document has one, and becomes the event's place.
 *   4. compound actors: `Russia and China` (or `Russia, China`) give one event per actor with the
 *      same recipient; with no recipient, one event per unordered pair, first named -> second.
 *   5. in a direct quote, `I`/`we`/`our` are the quote's speaker (`our country` the speaker's
 *      country); `you` is the recipient of the dispatch's main event (its first event with a
 *      recipient) when the speaker is that event's actor.
 *   6. status from the words before the trigger: negated > hypothetical > intended > occurred;
 *      an entry may fix it (`invite` -> invited, `urge` -> requested). A trigger governed by one
 *      that embeds (`urged Iran to halt`, `refused to meet`, `invite you to visit`) gives no event
 *      of its own. COOPERATE or AID that is only intended is coded AGREE (CAMEO 031x, 033).
 *   7. date (dates.ts) from the clause, nearest to the trigger; with none, an event that occurred,
 *      told in the past tense in the dispatch's first body paragraph (its main news), takes the
 *      dispatch date (the dateline's day when it is within three days of the record date, else the record date). Any
 *      other undated event stays undated.
 *   8. one event per act per story: tellings with the same type, CAMEO code and status, recipients
 *      of one code (two named people are two), actors of one country (an IGO only itself) and
 *      compatible dates are kept once: the telling with a date, then a place, then the body over
 *      the headings, with the most specific actor told ("Gerasimov" over "the Russian side").
 * No event without an actor entity, a trigger and evidence; no fallback code.
 */
import type { Dateline, Entity, Event, EventActor, EventStatus, Message, Mention, PloverType, Quote, Span, TextSpan, Token } from '../model.js';
import type { CorefLayer } from './coref.js';
import type { QuotesLayer } from './quotes.js';
import type { RecordLayer } from './record.js';
import type { StructureLayer } from './structure.js';
import { BACKED_BY, COMPASS_WORDS, type TokenLayer } from './mentions.js';
import { tokenize } from '../ner/tokenize.js';
import { firstFrom } from './search.js';
import { lookupPlace } from '../gazetteer.js';
import { CAPITALS, COUNTRY_NAMES, DEMONYMS, countryName } from '../lexicon/countries.js';
import { ISLAND_STATES, regionOf } from '../lexicon/regions.js';
import {
  ACCUSATION_WORDS, AMOUNT_WORDS, CAUSATIVE_VERBS, CROWD_WORDS, DENIAL_VERBS, LABOUR_BODIES, DOMESTIC_HEADS, GROUP_HEADS, GROUP_MODIFIERS, HEARSAY_NOUNS, IMPLYING_VERBS, MONEY_WORDS, NONSTATE_ADJECTIVES,
  ACT_NOUNS, NON_ACTOR_HEADS, NOT_OBJECTS, PERSON_NOUNS, PROTEST_MANNER, SPEECH_VERBS, TELLING_VERBS, UNASSERTING_NOUNS, UNASSERTING_VERBS, VESSEL_NOUNS, WAR_WORDS, MERCHANT_VESSELS, SITE_NOUNS,
} from '../lexicon/event-groups.js';
import { CONTEXT_CUES, EVENT_TRIGGERS, FIGURATIVE_WARS, PLEDGED_AS_ACT, THREAT_BY_EMBEDDED, INTENT_BY_EMBEDDED, INTENT_CAMEO, INTENT_FROM_TYPE, MODE_CUES, goldstein, type RecipientSlot, type TriggerEntry } from '../lexicon/event-triggers.js';
import { AMOUNT_GAP, OBJECT_GAP, lexicon, shapedEntry, type Form, type IdlePattern, type Pattern, type Step } from './event-lexicon.js';
import { findDates, type Direction } from './dates.js';
import { sameStateOfSomeTime } from './era.js';
import { TITLE_SECTORS } from '../lexicon/titles.js';
import { mayBeWord, pairTable, regionalDemonym, tableMap, wordFilter, type WordFilter } from './lexicon-matcher.js';

export interface EventsLayer {
  readonly events: readonly Event[];
  /** Groups coded as actors that coreference has no entity for ("Russian troops", "Kenyan protesters"). */
  readonly entities: readonly Entity[];
  readonly messages: readonly Message[];
}

// ---------------------------------------------------------------------------------------------
// word classes the heuristics read (closed classes, not lexicon knowledge)

const BOUNDARY = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–', '--', '[', ']']);
const PREPOSITIONS = new Set(['to', 'upon', 'along', 'outside', 'inside', 'in', 'at', 'on', 'with', 'for', 'of', 'from', 'by', 'about', 'into', 'against', 'toward', 'towards', 'over', 'under', 'between', 'during', 'after', 'before', 'than', 'via', 'through', 'across', 'near', 'outside', 'amid', 'as', 'around']);
const SUBJECT_BLOCKING_PREPOSITIONS = new Set(['to', 'in', 'at', 'on', 'with', 'for', 'into', 'against', 'toward', 'towards', 'over', 'under', 'between', 'during', 'after', 'before', 'than', 'via', 'through', 'across', 'near', 'amid', 'about', 'around']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'first', 'second', 'last', 'recent', 'new', 'foreign', 'official', 'state', 'working', 'planned', 'upcoming', 'any', 'no', 'another', 'such', "'s", '’s']);
/** Words after which "may" is the month ("last May", "in May", "early May"). */
const MONTH_MAY_BEFORE = new Set(['last', 'next', 'this', 'in', 'early', 'late', 'mid', 'since', 'until', 'of', 'from', 'by', 'on', 'during']);
/** "used ... to": the infinitive after it tells what was done with the instrument. */
/** "became the first countries to", "was the first state to", "became the latest nation to": the act was done. */
const FIRST_TO = /(?:^|\s)(?:became|was|were|is|are|becomes)\s(?:\S+\s){0,3}(?:first|second|third|latest|last|only)\s(?:\S+\s){0,2}(?:country|countries|nation|nations|state|states|government|governments|leader|member|members)\s(?:\S+\s){0,4}to\s$/;
/** "He was the first senior UAE official to visit Yugoslavia": of a person, only in the past (one who "is the first to visit" is often still to come); read over the clause, past the names in it. */
const FIRST_PERSON_TO = /(?:^|\s)(?:became|was|were)\s(?:\S+\s){0,3}(?:first|second|third|latest|last|only)\s(?:\S+\s){0,3}(?:official|officials|minister|ministers|president|premier|head|envoy|diplomat|statesman)\s(?:\S+\s){0,4}to\s$/;
/** Verbs before `to` that tell the act as taken or carried out ("has decided to", "tried to"), and as begun or still going on ("began to", "continued to"). */
const DECIDED_OR_TRIED = /(?:^|\s)(?:decided|tried|attempted|trying|attempting)\s+to\s$/;
const BEGUN = /(?:^|\s)(?:began|begun|started|has started|have started|continued|continues)\s+to\s$/;
/** A modal, with or without a condition, among the words before an act. */
const MODAL_OR_CONDITION = /(?:^|\s)(?:will|would|could|may|might|if|unless)\s/;
const MODAL = /(?:^|\s)(?:will|would|could|may|might)\s/;
const USED_FOR = /(?:^|\s)(?!(?:was|were|been|be|being|is|are)\s)\S+\s(?:used|using)\s(?:\S+\s){0,5}to\s$/;
/** Subordinators a participle clause opens with, whose subject is the main clause's ("after holding talks"). */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'when', 'since']);
/** Verbs of weighing an act, before its gerund ("could consider supplying", "is weighing imposing"). */
const CONSIDERING = new Set(['consider', 'considers', 'considering', 'considered', 'weigh', 'weighs', 'weighing', 'weighed', 'contemplate', 'contemplates', 'contemplating', 'contemplated', 'mull', 'mulls', 'mulling', 'mulled']);
/** Words that open an appositive noun phrase after a name ("Lourenco, the African Union's mediator,"). */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'last', 'next', 'now', 'then', 'also', 'himself', 'herself', 'itself']);
/** Modal and auxiliary verbs between a subject's closing comma and the verb ("..., will host"). */
const MODAL_VERBS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does']);
/** Adverbs that may stand between a subject's closing comma and its verb. */
const CLAUSE_ADVERBS = new Set(['also', 'then', 'later', 'again', 'now', 'further', 'meanwhile', 'however', 'separately', 'subsequently', 'previously', 'repeatedly']);
/** A possessive ending as a token: "Putin's", "Shultz'" (a name ending in s takes the apostrophe alone). */
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', "'ll", 'to', 'not', "n't", 'never', 'also', 'jointly', 'and', 'who', 'which', 'did', 'do', 'does', 'again', 'reportedly', 'allegedly', 'repeatedly', 'then', 'later', 'both', 'often', 'they', 'we', 'i', 'you', 'he', 'she', 'it', 'first', 'once', 'recently', 'since', 'formally', 'officially', 'publicly', 'strongly', 'sharply', 'highly', 'warmly', 'further', 'only', 'just', 'still', 'even', 'already', 'now']);
const ASPECT = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'keep', 'keeps', 'kept', 'keeping', 'continue', 'continues', 'continued', 'start', 'started', 'starts', 'began', 'begin', 'begins', 'begun', 'stop', 'stopped', 'resume', 'resumed', 'resumes']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);
const SECOND_PERSON = new Set(['you', 'your']);
// The group tables as Maps, two-word keys by their first word: looked up at every token.
const HEADS = withPlurals(GROUP_HEADS);
const HEAD_PAIRS = pairTable(HEADS);
/** The words a group head opens with, of one word or of two (see `groupHead`). */
const HEAD_WORDS: WordFilter = wordFilter([...HEADS.keys(), ...HEAD_PAIRS.keys()]);
const MODIFIERS = tableMap(GROUP_MODIFIERS);
const MODIFIER_PAIRS = pairTable(GROUP_MODIFIERS);
const DOMESTIC = tableMap(DOMESTIC_HEADS);
const DOMESTIC_PAIRS = pairTable(DOMESTIC_HEADS);
const NONSTATE = tableMap(NONSTATE_ADJECTIVES);
const DEMONYM_PAIRS = pairTable(DEMONYMS);
const TITLE_PAIRS = pairTable(TITLE_SECTORS);

/** A group table with the plurals of its singular heads ("navy" -> "navies", "court" -> "courts"), built once. */
function withPlurals(table: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const map = new Map(tableMap(table));
  for (const [head, sector] of Object.entries(table)) {
    if (head.endsWith('s')) continue;
    const plural = /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
    if (!map.has(plural)) map.set(plural, sector);
  }
  return map;
}

/** Acts whose recipient, named by its capital, is the government there (not the town: "struck Kyiv"). */
const GOVERNMENT_BY_CAPITAL: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'THREATEN', 'SUPPORT', 'AGREE', 'CONCEDE', 'CONSULT', 'SANCTION', 'COOPERATE', 'RETREAT']);

const REFRAIN = new Set(['refrain', 'refrains', 'refrained', 'refraining']);

/** Nouns whose infinitive is what they ask or try for, not an act: "demands to halt", "an attempt to stop". */
const CONTENT_NOUNS = new Set(['demand', 'demands', 'call', 'calls', 'appeal', 'appeals', 'request', 'requests', 'plea', 'pleas', 'pressure', 'ultimatum', 'attempt', 'attempts', 'bid', 'effort', 'efforts', 'push', 'proposal', 'proposals']);

/** The perfect right before a trigger ("have been fighting", "has frozen", "has long been"). */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:(?:long|already|also|repeatedly)\s+)?(?:been\s+)?$/i;
const DATE_BLOCKERS = /\b(?:appointment|appointed|election|elected|inauguration|anniversary|since|founded|founding|birthday|born|took office|after|before|ahead of)\b/i;

const INTENT_VERBS = /(?:^|\s)(?:favou?rs?|plans?|planned|planning|propos\w*|wants?|seeks?|aims?|intends?|ready|willing|prepared|hopes?|would like)(?:\s|$)/;
const NEGATION = /(?:^|\s)(?:not|n't|never|no longer|no (?:plans? to|intentions? (?:to|of))|neither|nor|fail(?:s|ed)? to|without|stop(?:s|ped)? short of|refrain(?:s|ed)? from)(?:\s|$)/;
/** A negation that governs a bare verb: of a modal or of `do` ("would not be", "did not comment"). */
const BARE_NEGATION = /\s(?:would|will|did|does|do|could|can|should|might|must)\s(?:not|n't|never)\s/;
/** A negated copula ("was not satisfied with the cuts"): it governs its own complement, not an active verb `and` joins after it. */
const COPULA_NEGATION = /\s(?:is|are|was|were)\s(?:not|n't)\s/;
// acts done by saying them: made when spoken, whatever the clause they follow awaits
const SPOKEN_ACTS: ReadonlySet<PloverType> = new Set<PloverType>(['ACCUSE', 'REJECT', 'THREATEN']);
/** Words before an act that tell it as possible, not done nor planned: modals, conditions, "is likely to visit", "will likely impose". */
const HYPOTHETICAL = /(?:^|\s)(?:could|may|might|would|can|should|must|if|unless|whether|possible|possibly|likely|unlikely|probably|considering|consider|mulling)(?:\s|$)/;
/** Subordinators after which a participle is a passive without its subject ("if attacked"). */
const ELLIPTICAL_OPENERS = new Set(['if', 'unless', 'when', 'once', 'whenever', 'though', 'although', 'while', 'until', 'than', 'as']);
/** Words that announce an act to come or a possible one: "would retaliate", "could launch". */
const ANNOUNCED = /(?:^|\s)(?:will|would|'ll|shall|could|may|might)(?:\s|$)/;
const INTENDED = /(?:^|\s)(?:ahead of|to be followed by|(?:timetable|timetables|schedule|preparations|plans)\s(?:for|of))(?:\s\S+){0,3}\s$|(?:^|\s)(?:will|'ll|shall|going to|plans? to|planned to|planning to|intends? to|intended to|intending to|aims? to|seeks? to|expected to|set to|(?:is|are|was|were) to|ready to|prepared to|willing to|wants? to|hopes? to|would like to|favou?rs?|proposes?|proposed|to keep|keep|upcoming|planned|next|scheduled|seek|seeks|seeking|due to)(?:\s|$)|(?:^|\s)to(?:\s\w+ly)?\s$/;

// ---------------------------------------------------------------------------------------------

interface Unit extends Span {
  /** Index of the body paragraph, or -1 for a headline or heading. */
  readonly paragraph: number;
  /** Index of the sentence in the structure layer, or -1 for a headline or heading. */
  readonly sentence: number;
  /** Index of the headline or heading among the paragraphs outside the body, or -1 for a sentence. */
  readonly heading: number;
}

interface Slot {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
  /** "you" in a quote, resolved once the main event is known. */
  readonly pending?: 'you';
  /** A group coded from a demonym or a place ("Russian troops", "Police in Thailand"): may follow a preposition as subject. */
  readonly group?: boolean;
  /** "the two leaders": the other of the two, named before. */
  readonly partner?: Entity;
}

/**
 * A copy of a coreference entity with its fields in one order: coreference builds some by
 * spreading others, and the coder reads entities at sites V8 keeps monomorphic only if they all
 * share one shape (the group entities made here are built in the same order).
 */
function sameShape(e: Entity): Entity {
  return {
    kind: 'entity', id: e.id, type: e.type, name: e.name, country: e.country, sector: e.sector, rank: e.rank, titles: e.titles,
    actor: e.actor, aliases: e.aliases, mentions: e.mentions,
  };
}

/** Every slot is built here with all its fields in one order, so that all slots share one shape. */
function slotOf(entity: Entity, start: number, end: number, pending?: 'you', group?: boolean, partner?: Entity): Slot {
  return { entity, start, end, pending, group, partner };
}

/**
 * `slots.map(f)` built by push: V8's optimised `map` gives a holey array where its builtin gives a
 * packed one, so the kind of the actors and recipients made by `map` changed with the tier of the
 * function that made them, and their readers deoptimised ("wrong map") long into a corpus run.
 */
function mapSlots(slots: readonly Slot[], f: (s: Slot) => Slot): Slot[] {
  const out: Slot[] = [];
  for (let i = 0; i < slots.length; i++) out.push(f(slots[i]));
  return out;
}

/**
 * A copy of a candidate with some fields changed, made from one literal with every field in the
 * order `finish` gives them. A spread (`{ ...c, recipients }`) gives the copies of each site a shape
 * of their own: with a dozen sites, reads of candidates' fields met shapes for the first time long
 * into a corpus run and deoptimised codeEvents ("wrong map").
 */
function recast(c: Candidate, change: Partial<Candidate>): Candidate {
  return Object.assign({
    entry: c.entry, type: c.type, unit: c.unit, trigger: c.trigger, actors: c.actors, recipients: c.recipients, status: c.status,
    direction: c.direction, past: c.past, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, mode: c.mode, cameo: c.cameo, context: c.context,
    date: c.date, place: c.place, quote: c.quote, frame: c.frame, embedded: c.embedded, openInfinitive: c.openInfinitive, threat: c.threat,
    threatTo: c.threatTo, standsAlone: c.standsAlone,
  }, change);
}

interface Candidate {
  readonly entry: TriggerEntry;
  readonly type: PloverType;
  readonly unit: Unit;
  readonly trigger: TextSpan;
  readonly actors: readonly Slot[];
  readonly recipients: readonly Slot[];
  readonly status: EventStatus;
  readonly direction: Direction;
  readonly past: boolean;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly mode: string | null;
  readonly cameo: string;
  readonly context: string | null;
  readonly date: Event['date'];
  readonly place: string | null;
  readonly quote: Quote | null;
  readonly frame: 'verb' | 'noun';
  /** An embedded act was read into this event ("agreed to hold talks"). */
  readonly embedded?: boolean;
  /** The trigger ends in `to` before a verb ("vowed to punish"): what it pledges is that verb's act. */
  readonly openInfinitive?: boolean;
  /** An attack announced by its own side, or a hostile act made conditional on another's: a threat is coded beside it. */
  readonly threat?: boolean;
  /** Whom that threat is aimed at when not the act's recipients ("could withdraw from the treaty if Britain ..."). */
  readonly threatTo?: readonly Slot[];
  /**
   * An event that stands without a recipient: an attack on things or people no country is named for
   * ("attacked several ships"), a condemnation of an act whose doer is not named ("condemned the killing of").
   */
  readonly standsAlone?: boolean;
}

/**
 * The day the dispatch's relative dates count from. The dateline's own day, when it is within a few
 * days of the record's date: a record is stamped when it reached the wire (`TOKYO, March 17 - ...`
 * is stamped March 16 in the 1987 archive, New York time), and `today` in the copy is the dateline's.
 */
function dispatchDay(recordDate: string | null, datelineDate: string | null): string | null {
  if (!recordDate || !datelineDate) return recordDate ?? datelineDate;
  return Math.abs(Date.parse(datelineDate) - Date.parse(recordDate)) <= DATELINE_DRIFT_MS ? datelineDate : recordDate;
}
const DATELINE_DRIFT_MS = 3 * 86_400_000;

export function codeEvents(
  text: string,
  record: RecordLayer,
  dateline: Dateline | null,
  structure: StructureLayer,
  coref: CorefLayer,
  quotes: QuotesLayer,
  read?: TokenLayer,
): EventsLayer {
  const messages: Message[] = [];
  const entities = new Map(coref.entities.map((e) => [e.id, sameShape(e)]));
  const anchor = dispatchDay(record.date, dateline?.date ?? null);
  const firstBody = structure.paragraphs.findIndex((p) => p.role === 'body');
  // built by push (not spread of filtered arrays, whose kind changes when one is empty)
  const units: Unit[] = [];
  for (const p of structure.paragraphs) if (p.role !== 'body') units.push({ start: p.start, end: p.end, paragraph: -1, sentence: -1, heading: units.length });
  structure.sentences.forEach((s, i) => units.push({ start: s.start, end: s.end, paragraph: s.paragraph, sentence: i, heading: -1 }));
  units.sort((a, b) => a.start - b.start);
  const ctx: Context = { text, entities, mentions: coref.mentions, quotes: quotes.quotes.filter((q) => q.kind !== 'indirect'), reports: quotes.quotes, anchor, firstBody, messages, groups: new Map(), read: read ?? null, home: dateline?.country ?? null, unread: [], told: { subject: null, several: [], sentence: -1, people: false } };

  // Each pass below is a function of its own, called in this order: each reads and rewrites `candidates` in place, and a rule
  // first met late then recompiles its small pass, not the whole coder (docs/performance.md, session 8).
  const candidates: Candidate[] = [];
  for (const unit of units) {
    const coded = codeUnit(ctx, unit);
    for (const c of coded) candidates.push(c);
    noteSubject(ctx, unit, coded);
  }
  dateByTheNews(ctx, candidates);
  const met = jointMeeting(ctx, candidates);
  if (met) candidates.push(met);
  addQuotedActs(ctx, units, candidates);
  repeatEchoedActs(candidates);
  blameCondemnedActs(ctx, candidates);
  aimAnsweringThreats(ctx, candidates);
  aimProtestsAtDemands(candidates);
  mediateBetweenPair(candidates);
  for (const talks of mediatedTalks(ctx, candidates)) candidates.push(talks);
  for (const mediation of mediatorsByAgent(ctx, candidates)) candidates.push(mediation);
  targetAttacksOnTheHelped(ctx, candidates);
  sendAidAsBefore(candidates);
  demandOfTheAddressed(ctx, candidates);
  faceOwnUnrest(ctx, candidates);
  faceTheAttacker(ctx, candidates);
  for (const attack of repelledAttacks(candidates)) candidates.push(attack);
  creditPraisedActs(ctx, candidates);
  answerRejectedClaims(ctx, candidates);
  acceptInvitations(candidates);
  hostTheSubject(ctx, candidates);
  dropToldArrivals(candidates);
  codePersonsByOtherActs(candidates);
  for (const expelled of expelledBeside(ctx, candidates)) candidates.push(expelled);
  const resolved = resolveCandidates(ctx, candidates);

  const events: Event[] = [];
  for (const c of resolved) events.push(...toEvents(c, text, messages));
  const headingStarts = new Set(units.filter((u) => u.paragraph < 0).map((u) => u.start));
  const kept = dateHeadline(dedupe(events, headingStarts, entities), units[0], anchor);
  return { events: kept, entities: usedGroups(ctx, kept), messages };
}

/**
 * "Ecuadorean police arrested former Vice President Jorge Glas, who had been granted asylum by Mexico": a person of no code whom
 * another act of the sentence codes (the arrest: Ecuador's) is the same party to every act told of the person there.
 */
/**
 * "Ruto received Mohamud in Nairobi on Saturday for talks. The two leaders agreed to step up joint operations": an undated act of
 * the main news told after the news's own dated act was done that day, not on the dispatch's (the fallback date has no text).
 */
function dateByTheNews(ctx: Context, candidates: Candidate[]): void {
  const news = candidates.find((c) => c.unit.paragraph === ctx.firstBody && c.status === 'occurred' && c.date?.text && c.date.precision === 'day');
  if (!news || !ctx.anchor || news.date!.value > ctx.anchor) return;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.unit.paragraph === ctx.firstBody && c.unit.sentence > news.unit.sentence && c.date && !c.date.text && c.date.value === ctx.anchor) {
      candidates[i] = recast(c, { date: { value: news.date!.value, precision: 'day' } });
    }
  }
}

/**
 * "STOLTENBERG URGES U.K. ENTRY INTO EMS": an act the headline alone tells, in the present, was done on the dispatch day (the
 * headline's present is the news of the day); read after one event per act is kept, so that the date parts no telling from another.
 */
function dateHeadline(events: Event[], first: Unit | undefined, anchor: string | null): Event[] {
  if (!first || first.paragraph >= 0 || !anchor) return events;
  return events.map((e) => e.date === null && e.evidence.start === first.start && (e.status === 'occurred' || e.status === 'requested') && HEADLINE_PRESENT.test(e.evidence.trigger.text)
    ? { ...e, date: { value: anchor, precision: 'day' as const } } : e);
}
/** A headline's verb in the present ("URGES", "ACCUSES", "SEEKS"), not a noun or a form to come ("TO VISIT"). */
const HEADLINE_PRESENT = /^[A-Z]{3,}S\b/;

function codePersonsByOtherActs(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c.recipients.some((r) => r.entity.type === 'person' && !r.entity.actor && !r.entity.country)) continue;
    const coded = (r: Slot): Slot => {
      if (r.entity.type !== 'person' || r.entity.actor || r.entity.country) return r;
      for (const p of candidates) {
        if (p === c || p.unit !== c.unit) continue;
        const same = p.recipients.find((q) => q.start === r.start && (q.entity.actor || q.entity.country));
        if (same && !c.actors.some((a) => a.entity.country === same.entity.country)) return same;
      }
      return r;
    };
    candidates[i] = recast(c, { recipients: mapSlots(c.recipients, coded) });
  }
}

/**
 * "Xi pledged grants to Central Asian countries at a summit in Astana hosted by Kazakh President Tokayev", "initialling a peace
 * agreement at a White House ceremony hosted by Trump": a gathering hosted by one is a hosting (043) of those the sentence tells
 * acting at it.
 */
function hostTheSubject(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.entry.id !== 'consult.host' || c.recipients.length > 0 || c.actors.length === 0 || !/^\s+by\b/.test(ctx.text.slice(c.trigger.end, c.trigger.end + 4))) continue;
    const host = sideOf(c.actors[0].entity);
    const guest = lastNear(candidates, i, (p) => p.unit === c.unit && p.actors.length > 0 && p.actors.every((a) => sideOf(a.entity) !== host && a.entity.country !== c.actors[0].entity.country));
    if (guest) candidates[i] = recast(c, { recipients: [...guest.actors], status: 'occurred', date: guest.date });
  }
}

/** "accused" before one or two lower-case nouns and a name, with no "of" to say of what ("accused cocaine trafficker Carlos Lehder"). */
const ACCUSED_AS_ADJECTIVE = /^\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|them\b|him\b)[a-z]+(?:\s+[a-z]+)?\s+\p{Lu}(?![^.;]*\bof\b)/u;
/** A lower-case word after "called <adjective>" that the adjective describes ("called dangerous manoeuvres"), not "and" or "or". */
const ATTRIBUTIVE_AFTER = /^\s+(?!and\b|or\b|but\b|as\b|by\b|in\b|on\b|to\b|for\b|after\b|because\b)[a-z]/;

/** A pledge or promise ("pledged", "promises"), which binds its maker to another named party whatever the act. */
const PLEDGE_WORDS = /^(?:pledg|promis)/i;
/** A possessive or article right before a word, which makes "promise" a noun ("kept his promise to"). */
const OWNED_NOUN_BEFORE = /\b(?:his|her|its|their|our|the|a)\s+$/i;

/**
 * "Mirziyoyev has been invited by Trump to attend the G20 summit ... The Uzbek leader accepted the invitation": an invitation
 * accepted with no one named is the one told last to the acceptor's country.
 */
function acceptInvitations(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.entry.id !== 'agree.intent-meet' || !/invitation/.test(c.trigger.text) || c.recipients.length > 0 || c.actors.length === 0) continue;
    const own = sideOf(c.actors[0].entity);
    const invite = lastNear(candidates, i, (p) => p.status === 'invited' && p.actors.length > 0 && p.recipients.some((r) => sideOf(r.entity) === own) && sideOf(p.actors[0].entity) !== own);
    if (invite) candidates[i] = recast(c, { recipients: [...invite.actors] });
  }
}

/** The accusations and demands told in quotes, each added after the events of the units. */
function addQuotedActs(ctx: Context, units: readonly Unit[], candidates: Candidate[]): void {
  for (const q of [...ctx.quotes, ...ctx.reports.filter((r) => r.kind === 'indirect')]) {
    const c = q.kind === 'indirect' ? null : quotedAccusation(ctx, units, q, candidates);
    if (c) candidates.push(c);
    const d = quotedDemand(ctx, units, q, candidates);
    if (d) {
      // "Russia must withdraw its troops": the act demanded has not happened, and is told in the request
      const told = d.recipients[0].entity.id;
      for (let i = candidates.length - 1; i >= 0; i--) {
        const c = candidates[i];
        if (c.unit === d.unit && c.trigger.start > d.trigger.start && c.status !== 'occurred' && c.actors.some((a) => a.entity.id === told)) candidates.splice(i, 1);
      }
      candidates.push(d);
    }
  }
}

/**
 * "Spain, Ireland and Norway took the same step", "Britain followed suit": the act told just before (in the sentence or the
 * one before), by other actors, done again by these; with none found there is no event
 */
function repeatEchoedActs(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c.entry.echoes) continue;
    // (an echo of one kind that names its own target is that act: "extended recognition to the new state")
    if (c.entry.id !== 'echo.same-step' && c.recipients.length > 0) continue;
    const echoed = echoedAct(candidates, i);
    candidates[i] = echoed
      ? recast(echoed, { actors: c.actors, trigger: c.trigger, unit: c.unit, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, date: c.date, quote: c.quote, recipients: echoed.recipients.filter((r) => !c.actors.some((a) => a.entity.id === r.entity.id)) })
      : recast(c, { actors: [] });
  }
}

/**
 * "Caracas denounced the deployment": an act condemned with no doer named is the last act of its kind told of another side
 * ("the strike" an attack, "the deployment" a show of force; "the move" any act)
 */
function blameCondemnedActs(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.type !== 'ACCUSE' || c.recipients.length > 0 || !c.standsAlone) continue;
    const from = c.entry.objectIsAct ? c.trigger.start : c.trigger.end;
    // ("The decision drew criticism from Israel": the act the sentence opens with)
    const read = (c.entry.fromActs ? ctx.text.slice(c.unit.start, c.trigger.start) : ctx.text.slice(from, from + 60)).toLowerCase().match(/[a-z]+|[^\sa-z]/g) ?? [];
    const noun = read.find((w, k) => actNounWord(w, read[k + 1] ?? '')) ?? 'move';
    const kinds = CONDEMNED_KINDS[noun] ?? null;
    // ("called the Slovenian decision a reward for terrorism": a demonym on the act names its doer)
    const start = c.entry.objectIsAct ? from : c.trigger.start;
    const named = /\b(?:the|a|an|this|that)\s+(\p{Lu}[\p{L}-]+)\s+(\p{Ll}+)/u.exec(ctx.text.slice(start, from + 40));
    const country = named && (ACT_NOUNS.has(named[2]) || DECISION_NOUNS.has(named[2])) ? DEMONYMS.get(named[1]) : undefined;
    if (country && country !== c.actors[0]?.entity.country) {
      const at = start + named!.index + named![0].indexOf(named![1]);
      candidates[i] = recast(c, { recipients: [slotOf(countryEntity(ctx, country) ?? groupEntity(ctx, country, '', { start: at, end: at + named![1].length, text: named![1] }), at, at + named![1].length)] });
      continue;
    }
    // ("condemned the coup in Niger", "the military coup in Gabon": a coup is the armed forces' of the country it is in)
    if (noun === 'coup' || noun === 'putsch') {
      const placed = /\b(?:coup|putsch)\s+in\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(ctx.text.slice(from, from + 80));
      const code = placed ? COUNTRY_NAMES.get(placed[1]) ?? COUNTRY_NAMES.get(placed[1].split(/\s+/)[0]) : undefined;
      if (code && code !== c.actors[0]?.entity.country) {
        const at = from + placed!.index + placed![0].indexOf(placed![1]);
        candidates[i] = recast(c, { recipients: [groupSlot(ctx, code, 'MIL', at, at + placed![1].length)] });
      }
      continue;
    }
    // (or announced: "Ecuador will impose a 30% security tariff ... Colombia's trade minister called the measure unacceptable")
    // (talk about acts is no act condemned; a court's finding of guilt is one)
    const fits = (p: Candidate) => (p.type !== 'ACCUSE' || p.entry.context === 'legal') && (kinds === null || kinds.includes(p.type)) && (p.status === 'occurred' || p.status === 'intended') && sideOf(p.actors[0].entity) !== null;
    // ("Philippine police arrested Duterte ... Vice President Sara Duterte called the arrest illegal": an act named for what it is,
    // done at home by another body of the country, or by its people in the street: "protesters stormed parliament ... Ruto called
    // the storming treasonous")
    const own = c.actors[0]?.entity;
    // ("police detained the mayor, and the governor's office banned protests. The CHP called the detention a coup": the act the
    // noun is made from, before any other act of its kind)
    const stem = noun.slice(0, 3);
    const told = kinds !== null && noun.length > 4 ? lastNear(candidates, i, (p) => fits(p) && p.trigger.text.toLowerCase().startsWith(stem) && p.actors.every((a) => a.entity.id !== own?.id)) : null;
    const doer = told ?? lastOfOtherSide(candidates, i, fits) ?? (kinds !== null && own?.sector ? lastNear(candidates, i, (p) => fits(p)
      && p.actors.every((a) => a.entity.country === own.country && a.entity.sector !== own.sector && (a.entity.sector !== null || p.type === 'PROTEST'))) : null);
    // ("South Korea and the United States began their exercise. North Korea condemned the drills": each doer)
    if (doer) candidates[i] = recast(c, { recipients: doersBesides(doer, c) });
    else if (kinds === SPEECH_KINDS) {
      const speaker = remarkSpeaker(ctx, c);
      if (speaker) candidates[i] = recast(c, { recipients: [speaker] });
    }
  }
}

/**
 * ("CONAIE launched a national strike on Monday, blocking highways to demand that President Noboa restore subsidies"): a protest
 * aimed at no one is aimed at the one its demonstrators' demand in the same sentence is made of.
 */
function aimProtestsAtDemands(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.type !== 'PROTEST' || c.recipients.length > 0 || c.actors.length === 0) continue;
    const demand = candidates.find((d) => d.unit === c.unit && d.type === 'REQUEST' && d.recipients.length > 0 && sameSlots(d.actors, c.actors) && d.trigger.start > c.trigger.start);
    if (demand) candidates[i] = recast(c, { recipients: [...demand.recipients] });
  }
}

/**
 * ("Lula defended Maduro's government, saying reports of authoritarianism were a narrative. Uruguay's president criticised those
 * remarks", "Erdogan said Sweden should not expect support. Kristersson rejected the remarks"): words criticised or rejected
 * with no act of speech coded for them are the last speaker's before, of another side, in the sentence or the one before
 */
function remarkSpeaker(ctx: Context, c: Candidate): Slot | null {
  const own = c.actors[0] ? sideOf(c.actors[0].entity) : null;
  let found: Slot | null = null;
  for (const q of ctx.reports) {
    const span = q.speakerSpan;
    if (q.end > c.trigger.start || !span || c.trigger.start - q.end > 400) continue;
    // (a speaker the quote did not tie to an entity is the one named at its span: "Brazilian President Luiz Inacio Lula da Silva")
    const speaker = q.speaker ? ctx.entities.get(q.speaker) : [...ctx.entities.values()].find((e) => e.type === 'person' && e.mentions.some((m) => m.start < span.end && m.end > span.start));
    if (speaker && sideOf(speaker) !== null && sideOf(speaker) !== own) found = slotOf(speaker, span.start, span.end);
  }
  return found;
}

/**
 * "Pakistan said it had shot down five Indian jets and vowed to retaliate", "the EU adopted sanctions against Russia.
 * Moscow said it would retaliate": a threat with no one named is aimed at the other side of the hostile act told with it
 */
function aimAnsweringThreats(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // ("Iraq has moved about 30,000 troops to its border with Kuwait ... while Kuwait put its forces on alert": a force readied
    // with no one named faces the side whose hostile act it answers)
    // (also one to come told as an answer: "the government said it would mobilise four million militia members in response")
    const readied = c.type === 'MOBILIZE' && (c.status === 'occurred' || (c.status === 'intended' && /\bin (?:response|retaliation)\b/.test(ctx.text.slice(c.trigger.end, c.unit.end))));
    if ((!readied && (c.type !== 'THREATEN' || !ANSWERING_THREATS.has(c.entry.id))) || c.recipients.length > 0 || c.actors.length === 0 || !sideOf(c.actors[0].entity)) continue;
    // (a force readied answers a show or use of force before words: "Iraq has massed troops on its border with Kuwait, a week after
    // Saddam accused Kuwait of stealing oil. Kuwait put its forces on alert" faces Iraq's troops)
    let target = readied ? provoker(candidates, i, FORCE_TYPES) : [];
    if (target.length === 0) target = provoker(candidates, i);
    // ("putting forces on standby ... in response to Russia's build-up": the act it answers, told after it)
    if (target.length === 0) {
      const own = sideOf(c.actors[0].entity);
      const answered = candidates.find((p, k) => k > i && p.unit === c.unit && HOSTILE_TYPES.has(p.type) && p.actors.length > 0 && p.actors.every((a) => sideOf(a.entity) !== own)
        && /\bin (?:response|reply|retaliation) (?:to|for)\b/.test(ctx.text.slice(c.trigger.end, p.trigger.start)));
      if (answered) target = answered.actors.filter((a) => sideOf(a.entity) !== null);
    }
    // ("India put its armed forces on alert, saying Pakistan had massed armoured divisions close to the border": two countries'
    // forces readied at their border in one sentence face each other)
    if (target.length === 0 && readied && c.actors[0].entity.country) {
      const own = c.actors[0].entity.country;
      const facing = candidates.find((p) => p !== c && p.unit === c.unit && p.type === 'MOBILIZE' && p.status === 'occurred' && p.actors.length === 1 && p.actors[0].entity.country
        && p.actors[0].entity.country !== own && (p.recipients.length === 0 || p.recipients.every((r) => r.entity.country === own)));
      if (facing && BORDER_WORDS.test(ctx.text.slice(c.unit.start, c.unit.end))) target = [countrySlot(ctx, facing.actors[0])];
    }
    // ("vowed to retaliate" after "a U.S. Navy cruiser shot down an airliner": a threat is to the country, not the unit that acted;
    // an armed group or an opposition keeps its own code, and a force readied faces the force it answers)
    if (target.length > 0) candidates[i] = recast(c, { recipients: readied ? target : mapSlots(target, (t) => STATE_SECTORS.has(t.entity.sector ?? '') ? countrySlot(ctx, t) : t) });
  }
}

/** Words of a border two countries' forces may face each other across. */
const BORDER_WORDS = /\b(?:border|frontier|boundary)\b/i;

/** Sectors of a state's own organs, which stand for the state where a side is meant. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP']);

/** The country of the entity at `slot`, at the same place in the text. */
function countrySlot(ctx: Context, slot: Slot): Slot {
  const country = slot.entity.country!;
  return slotOf(countryEntity(ctx, country) ?? groupEntity(ctx, country, '', { start: slot.start, end: slot.end, text: ctx.text.slice(slot.start, slot.end) }), slot.start, slot.end);
}

/**
 * ("the peace deal signed ... by Ethiopia's government and Tigrayan forces after ten days of talks mediated by the African Union":
 * a mediation with no parties named is between the pair that acted together just before)
 */
function mediateBetweenPair(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.cameo !== '045' || c.recipients.length > 0 || c.actors.length === 0) continue;
    const mediator = sideOf(c.actors[0].entity);
    const pair = lastNear(candidates, i, (p) => p.actors.length === 2 && p.actors.every((a) => sideOf(a.entity) !== null && a.entity.id !== c.actors[0].entity.id) && (p.type === 'SUPPORT' || p.type === 'AGREE' || p.type === 'CONSULT' || p.type === 'RETREAT') && sideOf(p.actors[0].entity) !== mediator);
    if (pair) candidates[i] = recast(c, { recipients: [...pair.actors] });
  }
}

/**
 * ("Japan pledged loans to help Ukraine rebuild infrastructure wrecked by Russian missile strikes", "as Kyiv pleads with its allies
 * for help in shielding its power grid from Russian missile attacks": an attack with no target named is on the one the aid or
 * the plea in its sentence is for)
 */
function targetAttacksOnTheHelped(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // (told by a noun with its doer: "Russian missile strikes"; a verb's subject may be no doer at all: "an earthquake struck")
    if (c.type !== 'ASSAULT' || c.frame !== 'noun' || c.entry.mutual || c.recipients.length > 0 || c.actors.length !== 1 || !c.actors[0].entity.country || c.status !== 'occurred') continue;
    const own = c.actors[0].entity.country;
    const helped = new Set<string>();
    for (const p of candidates) {
      if (p.unit !== c.unit || p === c) continue;
      if (p.type === 'AID' || (p.type === 'AGREE' && p.recipients.length > 0)) for (const r of p.recipients) if (r.entity.country) helped.add(r.entity.country);
      if (p.type === 'REQUEST' && p.actors[0]?.entity.country) helped.add(p.actors[0].entity.country);
      // ("Russia and Ukraine exchanged prisoners ... since Russia's full-scale invasion": the attacker's counterpart in its sentence)
      if (p.actors.some((a) => a.entity.country === own) && p.cameo !== '045' && !HOSTILE_TYPES.has(p.type)) for (const r of p.recipients) if (r.entity.country) helped.add(r.entity.country);
    }
    helped.delete(own);
    if (helped.size !== 1) continue;
    const victim = countryEntity(ctx, [...helped][0]);
    if (victim) candidates[i] = recast(c, { recipients: [slotOf(victim, c.trigger.start, c.trigger.end)] });
  }
}

/**
 * ("Australia and New Zealand flew relief supplies to Vanuatu ... France said it would send aid", "France offered to send help"):
 * aid, or an offer of it, with no one named goes where the aid told just before went
 */
function sendAidAsBefore(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // (told by a verb: "the Argentine loan", "Brazil loans" name whose loans they are, not who gives them)
    // (an offer of aid too, 033: "France offered to send help")
    if ((c.type !== 'AID' && !(c.type === 'AGREE' && c.cameo === '033')) || c.recipients.length > 0 || c.actors.length === 0 || c.frame !== 'verb') continue;
    const before = lastNear(candidates, i, (p) => p.type === 'AID' && p.recipients.length > 0 && !p.actors.some((a) => c.actors.some((b) => b.entity.id === a.entity.id)));
    const to = before?.recipients.filter((r) => !c.actors.some((a) => a.entity.country !== null && a.entity.country === r.entity.country)) ?? [];
    if (to.length > 0) candidates[i] = recast(c, { recipients: to });
  }
}

/**
 * ("had lodged a protest with Beijing and demanded an investigation"): a demand or appeal with no one named, joined by `and` to a
 * word act of the same side just before it, is made on the one that act addresses.
 */
function demandOfTheAddressed(ctx: Context, candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.type !== 'REQUEST' || c.frame !== 'verb' || c.recipients.length > 0 || c.actors.length === 0) continue;
    const p = candidates[i - 1];
    if (p.unit !== c.unit || !ADDRESSING_TYPES.has(p.type) || p.recipients.length === 0 || !sameSlots(p.actors, c.actors)) continue;
    // (right after it: "... with Beijing and demanded", no clause between)
    if (!JOINED_RIGHT_AFTER.test(ctx.text.slice(p.trigger.end, c.trigger.start))) continue;
    candidates[i] = recast(c, { recipients: [...p.recipients] });
  }
}
/** The text between two acts when `and` joins the second right after the first's object: " Beijing and ". */
const JOINED_RIGHT_AFTER = /^[^,.;:]{0,60}\sand\s+$/;
/** Word acts that address a party a demand joined to them is made on too. */
const ADDRESSING_TYPES: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);

/**
 * ("Papua New Guinea's government put about 1,000 soldiers on standby ... after rioting and looting in the capital"): a state's force
 * posture with no one named, in a sentence that tells its own people's protest, faces those people.
 */
function faceOwnUnrest(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.type !== 'MOBILIZE' || c.recipients.length > 0 || c.actors.length !== 1) continue;
    const { country, sector } = c.actors[0].entity;
    if (!country || !STATE_SECTORS.has(sector ?? '')) continue;
    const unrest = candidates.some((p) => p.unit === c.unit && p.type === 'PROTEST' && p.actors.some((a) => a.entity.country === country && !STATE_SECTORS.has(a.entity.sector ?? '')));
    const own = unrest ? countryEntity(ctx, country) : null;
    if (own) candidates[i] = recast(c, { recipients: [slotOf(own, c.trigger.start, c.trigger.end)] });
  }
}

/**
 * ("Russia fired 23 missiles and about 430 drones at Ukrainian cities overnight ..., while Poland and Romania scrambled fighter jets to
 * protect their airspace"): a force posture with no one named, told after another country's attack in the same sentence, faces the
 * attacker.
 */
function faceTheAttacker(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.type !== 'MOBILIZE' || c.recipients.length > 0 || c.actors.length === 0 || c.actors.some((a) => !a.entity.country)) continue;
    const attack = candidates.find((p) => p.unit === c.unit && p.type === 'ASSAULT' && p.status === 'occurred' && p.trigger.start < c.trigger.start
      && p.actors.length === 1 && p.actors[0].entity.country !== null && !c.actors.some((a) => a.entity.country === p.actors[0].entity.country));
    const attacker = attack ? countryEntity(ctx, attack.actors[0].entity.country) : null;
    if (attacker) candidates[i] = recast(c, { recipients: [slotOf(attacker, c.trigger.start, c.trigger.end)] });
  }
}

/**
 * ("its troops repelled an overnight attack by three divisions of Iranian Revolutionary Guards", "moved reserves to repel the
 * Ukrainian incursion"): an attack that is repelled is the attacker's on the repelling side, and took place, whatever the status
 * of the repelling.
 */
function repelledAttacks(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.entry.repels && c.actors.length > 0 && c.recipients.length === 1)
    .map((c) => recast(c, { actors: [...c.recipients], recipients: [...c.actors], status: 'occurred' }));
}

/** "Opposition leaders welcomed the climbdown": praise of an act told just before, with no doer named, is of the one who did it */
function creditPraisedActs(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // ("welcomed the agreement signed by Armenia and Azerbaijan": praise of a deal whose signers follow is of each signer, not the first;
    // "welcomed the peace declaration signed by Ethiopia and Eritrea": also where the first was not read as the object)
    if (c.entry.id === 'support.praise' && c.recipients.length <= 1) {
      const signed = candidates.find((d) => d.unit === c.unit && d.cameo === '057' && d.actors.length > 1 && d.trigger.start > c.trigger.end
        && d.trigger.start - c.trigger.end < 40 && (c.recipients.length === 0 || d.actors.some((a) => a.entity.id === c.recipients[0].entity.id)));
      if (signed) {
        candidates[i] = recast(c, { recipients: [...signed.actors] });
        continue;
      }
    }
    // ("called the release a good start": the act is the object inside the trigger, after its verb)
    const from = c.entry.objectIsAct ? ctx.text.indexOf(' ', c.trigger.start) : c.trigger.end;
    const noun = (c.entry.id === 'support.praise' || c.entry.id === 'support.praise-act') && c.recipients.length === 0 && c.actors.length > 0 ? actObjectAfter(ctx.text, from) : null;
    if (noun === null) continue;
    // (a move or announcement welcomed is no protest or attack told just before it: "bowed to opposition demands after weeks of
    // street protests. Opposition leader Kim Young-sam welcomed the announcement")
    const doer = lastActBefore(candidates, i, PRAISED_KINDS[noun] ?? CONDEMNED_KINDS[noun] ?? WELCOMED_ACTS);
    if (doer) candidates[i] = recast(c, { recipients: [doer.actors[0]] });
  }
}

/** "New Delhi rejected the allegations": a rejection of charges or demands with no party named answers the last side that made them */
function answerRejectedClaims(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // ("Reagan refused to confine research to the laboratory, as Moscow had demanded": a refusal of what is asked right after it in
    // its sentence answers the one who asked it of the refuser)
    if (c.type === 'REJECT' && c.recipients.length === 0 && c.actors.length > 0) {
      const refuser = c.actors[0].entity;
      const asked = candidates.find((p, k) => k > i && p.unit === c.unit && p.type === 'REQUEST' && p.actors.length > 0
        && p.recipients.some((r) => r.entity.id === refuser.id || (r.entity.country !== null && r.entity.country === refuser.country))
        && p.actors.every((a) => sideOf(a.entity) !== sideOf(refuser)));
      if (asked) {
        candidates[i] = recast(c, { recipients: [asked.actors[0]] });
        continue;
      }
    }
    // (a refusal to yield is one too: "Baghdad would not bow to the pressure", told after the embargo)
    const refusal = c.type === 'REJECT' || (c.entry.id === 'concede.yield' && c.status === 'negated');
    if (!refusal || c.recipients.length > 0 || !REJECTED_CLAIMS.test(ctx.text.slice(c.trigger.start, c.trigger.end + 40))) continue;
    const country = c.actors[0]?.entity.country;
    const own = c.actors[0]?.entity;
    // (or, with none told, the side whose hostile act against it the charges came with: "Canada expelled India's high
    // commissioner, saying ... New Delhi rejected the allegations")
    const against = (p: Candidate) => p.recipients.some((r) => r.entity.country !== null && r.entity.country === country);
    const claimant = lastOfOtherSide(candidates, i, (p) => (p.type === 'ACCUSE' || p.type === 'REQUEST') && against(p))
      ?? lastOfOtherSide(candidates, i, (p) => HOSTILE_TYPES.has(p.type) && against(p))
      // ("protesters marched demanding the resignation of President Dina Boluarte ... The Peruvian leader has rejected calls to step
      // down": at home, the demand of another body of the country made to this one)
      ?? (own?.sector ? lastNear(candidates, i, (p) => p.type === 'REQUEST' && p.actors.every((a) => a.entity.country === country && a.entity.sector !== own.sector)
        && p.recipients.some((r) => r.entity.id === own.id || (r.entity.country === country && r.entity.sector === own.sector))) : null);
    // ("Erdogan said Sweden should not expect support. Kristersson rejected the remarks": words with no act coded are their speaker's)
    const speaker = claimant ? null : /\b(?:remarks?|comments)\b/i.test(ctx.text.slice(c.trigger.end, c.trigger.end + 20)) ? remarkSpeaker(ctx, c) : null;
    if (claimant) candidates[i] = recast(c, { recipients: [claimant.actors[0]] });
    else if (speaker) candidates[i] = recast(c, { recipients: [speaker] });
  }
}

/** A refusal for the time to come, right before a verb: "would never", "will not". */
const WILL_NOT = /\b(?:would|will)\s+(?:never|not)\s+$/;

/** Whether the act is refused for the time to come: `would not`, `will never` right before its trigger. */
function refusedToCome(ctx: Context, c: Candidate): boolean {
  return WILL_NOT.test(ctx.text.slice(Math.max(0, c.trigger.start - 16), c.trigger.start));
}

/**
 * The candidates that are events, in order, with "you" resolved, recipients of the actor's own code dropped, and the
 * threat beside an attack announced by its own side added after it.
 */
function resolveCandidates(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
  // "you" in a direct quote: the recipient of the main event when its actor is the speaker
  const main = candidates.find((c) => c.unit.paragraph === ctx.firstBody && c.recipients.length > 0 && !hasPending(c.recipients) && c.status === 'occurred');
  const resolved: Candidate[] = [];
  for (let c of candidates) {
    // ("said the republic would not bow to pressure from Moscow": not to yield, said, is a refusal to yield, 124)
    // ("Ottawa would not back down")
    if ((c.entry.id === 'concede.yield' || c.entry.id === 'concede.back-down') && c.status === 'negated') c = recast(c, { type: 'REJECT', cameo: '124', status: 'occurred', direction: 'past' });
    // ("said Serbia would never recognise Kosovo's independence": recognition refused for the time to come is a refusal, 120)
    if (c.entry.id === 'support.recognize' && c.status === 'negated' && refusedToCome(ctx, c)) {
      c = recast(c, { type: 'REJECT', cameo: '120', status: 'occurred', direction: 'past' });
    }
    // ("said the government would not reverse the tax increases": a policy kept against those who want it gone is a refusal to
    // yield, 124, as `would not bow to` is; "did not repeal the law" stays the negated concession)
    if (c.entry.id === 'concede.policy' && c.status === 'negated' && refusedToCome(ctx, c)) c = recast(c, { type: 'REJECT', cameo: '124', status: 'occurred', direction: 'past' });
    const actors = resolvePending(c.actors, c, main);
    // "Zakharova warned that Moscow would respond": a recipient with the actor's own code is no other party
    const codeOf = (e: Entity) => e.actor ?? e.country ?? null;
    const recipients = resolvePending(c.recipients, c, main).filter((r) => !actors.some((a) => a.entity.id !== r.entity.id && codeOf(a.entity) !== null && (codeOf(a.entity) === codeOf(r.entity) || ownCountry(c, a.entity, r))));
    if (actors.length === 0) continue;
    // ("extradited accused cocaine trafficker Carlos Lehder": "accused" describing the person named after it accuses no one)
    if (c.entry.id === 'accuse.accuse' && /^accused$/i.test(c.trigger.text) && ACCUSED_AS_ADJECTIVE.test(ctx.text.slice(c.trigger.end, c.trigger.end + 60))) continue;
    // ("what Manila called dangerous manoeuvres by a Chinese ship": an adjective before its noun names the act, it brands nothing)
    if (c.entry.id === 'accuse.brand' && /^\S+\s+\S+$/.test(c.trigger.text) && ATTRIBUTIVE_AFTER.test(ctx.text.slice(c.trigger.end, c.trigger.end + 20))) continue;
    // "pledged to rebuild the city", "vowed to destroy X": a pledge of an act the lexicon does not code is no event
    // (a compound subject's agreement is one: "agreed to set up a hotline")
    // ("Putin pledged to expand gas supplies to Uzbekistan": a pledge or promise to another country named is one, whatever the act)
    if (c.entry.needsAct && !c.embedded && (actors.length < 2 || c.entry.oneSided) && (recipients.length === 0 || (c.openInfinitive && !(c.frame === 'verb' && PLEDGE_WORDS.test(c.trigger.text) && !OWNED_NOUN_BEFORE.test(ctx.text.slice(Math.max(0, c.trigger.start - 8), c.trigger.start)))))) continue;
    // (two of one code are one party: "Yeutter and Agriculture Secretary Richard Lyng will discuss agriculture")
    if (c.entry.needsRecipient && recipients.length === 0 && (!twoCodes(actors) || !symmetric(c)) && !(c.type === 'CONSULT' && actors[0].entity.actor?.startsWith('IGO')) && !c.standsAlone) continue;
    if (c.entry.againstOther && recipients.length === 0) continue;
    resolved.push(recast(c, { actors, recipients }));
    // the threat beside an attack announced by its own side
    if (c.threat) {
      const to = c.threatTo && c.threatTo.length > 0 ? [...c.threatTo] : recipients;
      resolved.push(recast(c, { actors: threatener(ctx, c, actors), recipients: to, type: 'THREATEN', cameo: c.type === 'ASSAULT' ? '138' : '130', mode: null, status: 'occurred', direction: 'past', date: saidOn(ctx, c), threat: false, threatTo: [] }));
    }
  }
  return resolved;
}

/** The group entities made here that a kept event names, in text order, each with its mentions. */
function usedGroups(ctx: Context, kept: readonly Event[]): Entity[] {
  const used = new Set(kept.flatMap((e) => [e.actor.entity, e.recipient?.entity ?? '']));
  // a group an event names is listed with its mentions in every sentence a trigger word starts in, as when
  // every such sentence was read in full (most documents have none and skip this)
  if (ctx.unread.length > 0 && [...ctx.groups.values()].some((g) => g.created && used.has(g.entity.id))) {
    for (const u of ctx.unread) buildView(ctx, u.unit, u.tokens, u.words);
  }
  // in text order: mentions by where they stand, groups by their first mention
  for (const g of ctx.groups.values()) g.mentions.sort((a, b) => a.start - b.start);
  const named = [...ctx.groups.values()].filter((g) => g.created && used.has(g.entity.id))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  // built by push, not `map` (see mapSlots): `extract` concatenates this list with coreference's and reads it
  const groups: Entity[] = [];
  for (const g of named) groups.push({ ...g.entity, mentions: g.mentions });
  return groups;
}

/**
 * The slots with "you" read as the main event's recipient where its actor is the quote's speaker,
 * and dropped elsewhere; built by push, as `mapSlots`, where `flatMap` gave arrays of other kinds.
 */
function resolvePending(slots: readonly Slot[], c: Candidate, main: Candidate | undefined): Slot[] {
  const out: Slot[] = [];
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    if (!s.pending) out.push(s);
    else if (main && c.quote && c.quote.speaker === main.actors[0].entity.id) out.push(slotOf(main.recipients[0].entity, s.start, s.end, undefined, s.group));
  }
  return out;
}

/** Whether a slot waits for the main event ("you" in a quote). */
function hasPending(slots: readonly Slot[]): boolean {
  for (let i = 0; i < slots.length; i++) if (slots[i].pending) return true;
  return false;
}

/** Acts between parties: a meeting, a pledge, praise or joint work with one's own country (no sector) has no other party. */
const BETWEEN_PARTIES: ReadonlySet<PloverType> = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE']);

/** "We agreed to continue work on the return of civilians" (Russian ombudsman, RUSGOV -> RUS): no recipient. */
function ownCountry(c: Candidate, actor: Entity, recipient: Slot): boolean {
  const { type, cameo } = c;
  const code = recipient.entity.actor ?? recipient.entity.country;
  // ("Baldrige expressed concern about the continuing U.S. trade deficits": an official's criticism aimed at the bare own country
  // is none; an accusation of its people is one: "accused the protesters of being funded from abroad", "called the storming treasonous")
  // ("the State Department warned Americans not to travel to Haiti": a warning to one's own people is advice)
  return (BETWEEN_PARTIES.has(type) || c.entry.othersOnly || (type === 'ACCUSE' && cameo !== '112' && actor.sector === 'GOV' && !(recipient.group && c.entry.objectIsAct))) && code !== null && code.length === 3 && actor.country === code;
}

interface Context {
  readonly text: string;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  /** Every attributed speech, indirect too ("Mousavi said his country would retaliate"). */
  readonly reports: readonly Quote[];
  readonly anchor: string | null;
  readonly firstBody: number;
  readonly messages: Message[];
  /** Group entities by actor code: a document entity with that code, or one made here. */
  readonly groups: Map<string, { entity: Entity; created: boolean; mentions: TextSpan[] }>;
  /** Tokens and lower-cased words of each sentence and heading from the mentions layer, when the caller passes them. */
  readonly read: TokenLayer | null;
  /** The dateline's country: where a visit with no destination named takes place. */
  readonly home: string | null;
  /** Units whose words start a trigger pattern but complete none: read for group mentions only if a group is used. */
  readonly unread: { unit: Unit; tokens: readonly Token[]; words: readonly string[] }[];
  /**
   * The country or body the last sentence with an event is about ("It", "The kingdom" after it), the several its first act was
   * done by ("They"), and that sentence's index.
   */
  /** `people`: the first act of that sentence was done to people of no side ("arrested 20 protesters"), who may be the next "they". */
  readonly told: { subject: Entity | null; several: Entity[]; sentence: number; people: boolean };
}

/** Per-unit view: tokens, lower-cased words, and the entity slot each token belongs to. */
interface View {
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  /** Slot per token index (mention or quote pronoun), or undefined. */
  readonly slotAt: readonly (Slot | undefined)[];
  /** Forms per token index of mention-internal tokens: first token of each slot. */
  readonly slotStart: readonly number[];
  readonly quoteAt: readonly (Quote | null)[];
}

/**
 * The word at `k`, or '' outside the sentence. The coder compares neighbouring words with literals
 * at hundreds of sites; a read past either end gave `undefined`, and each site V8 had compiled for
 * strings deoptimised the whole (large) function the first time it met one, long into a corpus run.
 */
function wordAt(words: readonly string[], k: number): string {
  return k >= 0 && k < words.length ? words[k] : '';
}

/**
 * The lower-cased words of the tokens, built by push: `map` gives a holey array where V8 has
 * optimised it and a packed one where it has not, and every reader of `words` deoptimises when the
 * kind changes ("wrong map").
 */
function lowerWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) words.push(tokens[i].text.toLowerCase());
  return words;
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);
const NAMED_DOCUMENTS: ReadonlySet<string> = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'pact', 'plan', 'declaration', 'protocol', 'process', 'format', 'talks']);

/**
 * Whether the slot at `j` is a place (not a country) that names a document or a gathering, right before its noun or one word before
 * it ("the Louvre Agreement", "the Geneva talks", "the Geneva superpower talks", "the Venice economic summit"): where the thing was
 * made or is held, no party to it; the place of a gathering is still where a trip goes ("before leaving for the Venice summit").
 */
function placeNamingThing(view: View, j: number, entry: TriggerEntry | undefined): boolean {
  if (view.slotAt[j]?.entity.type !== 'location') return false;
  const after = nextAfterSlot(view, j);
  const modifier = wordAt(view.words, after);
  const nouns = /^[a-z-]+$/.test(modifier) && !PREPOSITIONS.has(modifier) && !BOUNDARY.has(modifier) && modifier !== 'and' && modifier !== 'or' ? [after, after + 1] : [after];
  const gathering = entry?.mode !== 'visit' && !entry?.placeRecipient;
  return NAMED_DOCUMENTS.has(wordAt(view.words, after - 1)) || nouns.some((k) => NAMED_DOCUMENTS.has(wordAt(view.words, k)) || (gathering && GATHERINGS.has(wordAt(view.words, k))));
}

/** Whether the quote mark at `i` opens or closes scare quotes around a word or two ('a "defensive" exercise'). */
function scareQuote(words: readonly string[], i: number): boolean {
  if (!QUOTE_MARKS.has(wordAt(words, i))) return false;
  for (const dir of [1, -1]) {
    let k = i + dir;
    while (Math.abs(k - i) <= 3 && /^[\p{L}-]+$/u.test(wordAt(words, k))) k += dir;
    if (Math.abs(k - i) > 1 && Math.abs(k - i) <= 3 && QUOTE_MARKS.has(wordAt(words, k))) return true;
  }
  return false;
}

/** The unit's tokens: the mentions stage's where the caller hands them on, else tokenised here. */
function unitTokens(ctx: Context, unit: Unit): readonly Token[] {
  const read = ctx.read;
  const known = read === null ? undefined : unit.sentence >= 0 ? read.tokens[unit.sentence] : read.headingTokens[unit.heading];
  return known ?? tokenize(ctx.text, unit.start, unit.end);
}

/** The unit's lower-cased words: the mentions stage's with its tokens, else lower-cased here. */
function unitWords(ctx: Context, unit: Unit, tokens: readonly Token[]): readonly string[] {
  const read = ctx.read;
  const known = read === null ? undefined : unit.sentence >= 0 ? read.words[unit.sentence] : read.headingWords[unit.heading];
  return known !== undefined && known.length === tokens.length ? known : lowerWords(tokens);
}

/**
 * The unit's tokens and words without the short form in brackets a name is followed by ("the United Arab Emirates (UAE)",
 * "the Palestine Liberation Organisation (PLO)"): the brackets would end the name's phrase, so that "Yugoslavia and the
 * United Arab Emirates (UAE) have agreed" had no subject. Offsets stay those of the text, so evidence spans are unchanged.
 */
function withoutShortForms(ctx: Context, unit: Unit, tokens: readonly Token[]): [readonly Token[], readonly string[]] {
  const words = unitWords(ctx, unit, tokens);
  if (!words.includes('(')) return [tokens, words];
  const mentions = mentionsIn(ctx.mentions, unit.start, unit.end);
  const entityEndingAt = (end: number) => mentions.find((m) => m.end === end)?.entity;
  const drop = new Set<number>();
  for (let j = 1; j < words.length - 2; j++) {
    if (words[j] !== '(') continue;
    const named = entityEndingAt(tokens[j - 1].end);
    const short = mentions.find((m) => m.start === tokens[j + 1].start);
    if (!named || !short || short.entity !== named) continue;
    let k = j + 1;
    while (k < tokens.length && tokens[k].end <= short.end) k++;
    if (words[k] !== ')') continue;
    for (let x = j; x <= k; x++) drop.add(x);
  }
  if (drop.size === 0) return [tokens, words];
  return [tokens.filter((_, i) => !drop.has(i)), words.filter((_, i) => !drop.has(i))];
}

function codeUnit(ctx: Context, unit: Unit): Candidate[] {
  const [tokens, words] = withoutShortForms(ctx, unit, unitTokens(ctx, unit));
  const table = anchorTable();
  const generation = nextUnit(table, words.length);
  // quick reject: no token can start a trigger; else matching starts at the first that can
  let first = 0;
  while (first < words.length && triggersAt(table, words, first, generation) === null) first++;
  if (first === words.length) return [];

  // 1. trigger matches, longest at each position, no overlaps
  const kept = triggerMatches(table, words, first, generation);
  if (kept.length === 0) {
    ctx.unread.push({ unit, tokens, words });
    return [];
  }
  const view = buildView(ctx, unit, tokens, words);

  const out: Candidate[] = [];
  // acts told inside another's object ("a curfew imposed on July 19"), added after the unit's own so that they relate to no other
  const imposed: Candidate[] = [];
  // (`infinitive`: the embedder's own pattern ends in one, "agreed on Saturday to hold")
  let embedder: { end: number; index: number; infinitive?: boolean } | null = null;
  let lastMatch: { end: number; candidate: Candidate | null; victim: Slot | null; verb: boolean } | null = null;
  // "rumors that the United States had struck", "no information to suggest", "denied that": nothing after it is asserted
  const hearsay = hearsayStart(view);
  // the end of the last infinitive that asserted nothing ("wants Tokyo to ease ... and simplify ...")
  let unasserted = -1;
  let figurative: boolean | null = null;
  // the end of the last demand followed by `that` ("demanding that the government ban imports"): the act it asks for is not asserted
  let demanded = -1;
  // the end of the last charge followed by `that` ("charged that Iran had attacked"): the act it alleges is not asserted
  let alleged = -1;
  let charged = -1;
  for (const m of kept) {
    if (m.start > hearsay) continue;
    // "told France to pull out", not "told Reuters the company plans to", "wants to sell": the one asked right between the verb and `to`
    if (m.pattern.entry.boundObject && !objectBound(view, m.start, m.end)) continue;
    // ("to cooperate in fighting inflation": "fighting" told alone is a gerund with its object where a word other than one of a
    // war's course follows)
    if (m.pattern.entry.mutual && m.pattern.frame === 'noun' && m.end === m.start + 1 && wordAt(words, m.start) === 'fighting' && !WAR_FOLLOWERS.test(wordAt(words, m.end))) continue;
    // "riot police", "strike force": a one-word trigger that opens a group's name is part of it
    if (m.end === m.start + 1 && HEAD_PAIRS.get(wordAt(words, m.start))?.has(wordAt(words, m.end))) continue;
    // ("the U.S.-backed Contra rebels": a participle the tokenizer split from an abbreviation's hyphen describes the name after it,
    // as "Iran-backed" written as one word does)
    if (BACKING_PARTICIPLES.has(wordAt(words, m.start)) && hyphenJoined(view, m.start)) continue;
    // "struck more than 60 Houthi targets": an -s form after a name counted or determined is a plural noun
    if (m.form === 'third' && m.pattern.frame === 'verb' && view.slotAt[m.start - 1] && countedBefore(view, m.start - 1)) continue;
    // ("demanded that Rwandan troops leave Congo and that M23 rebels halt their offensive": each `that` clause is demanded)
    if (demanded >= 0) for (let k = demanded; k < m.start - 1; k++) if (wordAt(words, k) === 'and' && wordAt(words, k + 1) === 'that') demanded = k + 2;
    if (demanded >= 0 && m.start > demanded && m.start - demanded <= 8 && m.form === 'base' && m.pattern.frame === 'verb' && !hasBoundary(words, demanded, m.start)) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: true };
      continue;
    }
    if (m.pattern.entry.type === 'REQUEST') {
      // ("demanded on Friday that": past words of time)
      let k = m.end;
      while (k < words.length && k < m.end + 4 && SAID_WHEN.has(wordAt(words, k))) k++;
      if (wordAt(words, m.end - 1) === 'that' || wordAt(words, k) === 'that') demanded = k;
    }
    // "Iraq repeated charges that Iran had used chemical weapons": an act alleged in a charge is the charge's, not asserted
    if ((alleged >= 0 && m.start > alleged && m.start - alleged <= 10 && m.pattern.frame === 'verb' && !hasBoundary(words, alleged, m.start))
      || (charged >= 0 && m.start > charged && m.start - charged <= 10 && m.form === 'gerund' && (wordAt(words, m.start - 1) === 'and' || wordAt(words, m.start - 1) === 'or')
        && !hasBoundary(words, charged, m.start))) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: true };
      continue;
    }
    if (m.pattern.entry.type === 'ACCUSE' && m.pattern.entry.id === 'accuse.accuse' && (wordAt(words, m.end - 1) === 'that' || wordAt(words, m.end) === 'that')) alleged = m.end;
    // ("accused Myanmar's military on Friday of burning villages and killing civilians": every act of the charge, not only the first;
    // a finite verb after it is the accuser's again: "accused Iraq of attacking its tankers and vowed to retaliate", "accused Bamako
    // of violating its airspace and responded by closing its skies")
    if (m.pattern.entry.id === 'accuse.accuse' && m.pattern.frame === 'verb') charged = chargeGerund(words, m.end);
    // an embedded trigger ("urged Iran to halt", "refused to meet") gives no event of its own
    // (a warning of measures is no act to pledge: "is prepared to take military action")
    // (a war is a state the embedded act is about, not one embedded: "agreed to a ceasefire in their eight-year war")
    // (a demand a resolution makes has its own subject: "refused to accept a U.N. Security Council resolution demanding an end to")
    // ("agreed on Saturday to hold direct ceasefire talks with the Contra rebels": also past an infinitive the embedder's own
    // pattern ends in)
    if (embedder && !m.pattern.entry.toCome && !(m.pattern.entry.mutual && m.pattern.frame === 'noun' && warFramed(words, m.start))
      && !(SAID_ACTS.has(m.pattern.entry.type) && resolutionBody(view, m.start)) && m.start >= embedder.end
      && (m.start - embedder.end <= 10 || (wordsApart(view, embedder.end, m.start) <= 10 && infinitiveAt(words, m.start)))
      && (words.slice(embedder.end - 1, m.start).includes('to') || embedder.infinitive) && !hasBoundary(words, embedder.end, m.start)) {
      readEmbedded(ctx, view, out, embedder.index, m);
      continue;
    }
    // "rejected U.S. demands to halt exports", "calls to impose sanctions": the act a demand or attempt asks for did not happen;
    // "wants Tokyo to ease restrictions", "Japan's failure to honor": neither did one wished, forced or failed
    if (m.pattern.frame === 'verb' && ((wordAt(words, m.start - 1) === 'to' && unassertedInfinitive(view, m.start - 1))
      || (wordAt(words, m.start - 1) === 'and' && unasserted >= 0 && m.start - unasserted <= 8 && !hasBoundary(words, unasserted, m.start) && (m.form === 'base' || m.form === 'third')))) {
      unasserted = m.end;
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "France backed the Ivory Coast during the talks", "met Reagan during his visit": a talk or visit that frames the act is told with it
    // (one with a party of its own is another act: "commended Kazakhstan during his visit to Astana")
    // ("at the invitation of Biden", "despite appeals from X" are acts of their own)
    // (a participle after the noun is no frame: "signed a peace deal at a ceremony hosted by Trump")
    if (out.length > 0 && !m.pattern.entry.ofActs && m.form !== 'past/participle' && framingNoun(view, m.start) && !hasClauseBoundary(words, out[out.length - 1].tokenEnd, m.start)
      && !OWN_PARTY.has(wordAt(words, m.end - 1)) && !OWN_PARTY.has(wordAt(words, m.end))) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "Washington's policy of pressure and sanctions": a policy names a kind of act, not one that happened
    // (a word there is a noun whatever the lexicon reads it as: "sanctions")
    if (policyOf(words, m.start)) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "declined to comment", "refused to answer a question": declining to speak is no refusal of an act
    const idle = lexicon().idle.get(m.pattern.entry);
    if (idle && idleComplement(words, m.end, idle)) {
      embedder = { end: m.end, index: -1 };
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "exports declined to 7.4 billion dlrs": a refusal or pledge `to` an amount is a fall or a figure, no act
    if (m.pattern.entry.embeds && m.pattern.frame === 'verb' && wordAt(words, m.end - 1) === 'to' && /^[\d$€£¥]/.test(wordAt(words, m.end))) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "met visiting Japanese Foreign Minister Taro Nakayama", "told visiting former U.S. President Richard Nixon": the one the verb's
    // subject receives is visiting him, the subject's hosting (043)
    const guest = m.form === 'gerund' && m.pattern.entry.mode === 'visit' && m.end === m.start + 1 ? visitingGuest(view, m.end) : null;
    if (guest) {
      const before = out[out.length - 1];
      if (before && before.type === 'CONSULT' && before.tokenEnd === m.start && before.recipients.some((r) => r.entity.id === guest.entity.id)) {
        out[out.length - 1] = recast(before, { cameo: '043', mode: 'visit' });
        lastMatch = { end: m.end, candidate: null, victim: null, verb: false };
        continue;
      }
      const host = RECEIVING_VERBS.has(wordAt(words, m.start - 1)) || (POSSESSIVES.has(wordAt(words, m.start - 1)) && RECEIVING_VERBS.has(wordAt(words, m.start - 2))) ? subjectLeft(view, m.start) : null;
      const hosted = host && host.entity.id !== guest.entity.id && (host.entity.actor || host.entity.country)
        ? finish(ctx, unit, view, m.pattern, m.start, m.end, withCompounds(view, host, -1), [guest], m.start, true) : null;
      if (hosted) out.push(recast(hosted, { cameo: '043', mode: 'visit' }));
      // ("visiting U.S. Trade Representative Clayton Yeutter told reporters", "talks with the visiting Polish leader": with no host
      // who receives him, the visitor is visiting where the dispatch is from)
      // ("received the visiting Laotian prime minister": the hosting told has him already; talks with him do not)
      const received = before && before.type === 'CONSULT' && before.cameo === '043' && before.recipients.some((r) => r.entity.id === guest.entity.id);
      const destination = hosted || received ? [] : visitDestination(ctx, view, m.start, [guest]);
      const visit = destination.length > 0 ? finish(ctx, unit, view, m.pattern, m.start, m.end, [guest], destination, m.start, false) : null;
      if (visit) out.push(visit);
      lastMatch = { end: m.end, candidate: null, victim: null, verb: false };
      continue;
    }
    let candidate = codeMatch(ctx, unit, view, m.pattern, m.start, m.end, m.form);
    // "X met Xi in Beijing and warned ...": a verb after `and` has the earlier verb's subject; when
    // that verb coded no event (its subject unknown), the nearest name (its object) is not this one's
    const conjoined = wordAt(words, m.start - 1) === 'and' && m.pattern.frame === 'verb' && !m.pattern.passive && (m.form === 'past' || m.form === 'past/participle' || m.form === 'third');
    // ("X said the attack breached norms and blamed the United States": after a noun that coded nothing, the speaker's own verb stands)
    // (not after a time clause closed by `, and`: there the verb is the main clause's, whose subject was read)
    const mainAgain = wordAt(words, m.start - 2) === ',' && subordinatorAt(view, m.start - 2) >= 0 && candidate !== null
      && candidate.actors.some((a) => a.entity.id === sentenceSubject(view)?.entity.id);
    // ("Libya said dozens of civilians had been killed and vowed to retaliate": the speaker's own word of speech or commitment)
    // ("Al Shabaab militants set off a suicide bomb and opened fire on a crowded beach": the party the sentence opens with, before any
    // word of speech, is the subject of every verb `and` joins to its own)
    const opening = openingSubject(view);
    const speakerAgain = candidate !== null && opening !== null && candidate.actors.some((a) => a.entity.id === opening.entity.id)
      && (SAID_ACTS.has(candidate.type) ? words.slice(0, m.start).some((w) => SPEECH_VERBS.has(w)) : !words.slice(0, m.start).some((w) => SPEECH_VERBS.has(w) || w === 'that' || BE_FORMS.has(w)));
    if (conjoined && lastMatch && lastMatch.candidate === null && !hasClauseBoundary(words, lastMatch.end, m.start) && !mainAgain && !speakerAgain
      && (lastMatch.verb || !candidate || !saidByOwnSide(ctx, view, m.start, candidate.actors))) candidate = null;
    const previous = out[out.length - 1];
    // "The European Community rejected the U.S. demand and threatened retaliation": a verb after `and` continues the last act told
    // by a verb, not one a noun in that verb's object names
    const continued = conjoined ? verbActBefore(out, words, m.start) ?? previous : previous;
    // ("India called Trump's decision to impose the tariff unfair, and urged Washington to reconsider": with only an act of a noun
    // or an infinitive before it, the verb after `and` is the sentence's opening party's, not that act's)
    const opener = conjoined && candidate && continued && (continued.frame === 'noun' || wordAt(words, continued.tokenStart - 1) === 'to') ? openingSubject(view) : null;
    if (opener && candidate && !opener.group && opener.entity.country) {
      if (!candidate.actors.some((a) => a.entity.id === opener.entity.id)) candidate = recast(candidate, { actors: [opener] });
      out.push(candidate);
      lastMatch = { end: m.end, candidate, victim: null, verb: true };
      continue;
    }
    // "Reagan's sanctions decision won praise from leaders of Congress": the praisers are no party to the act in the subject
    if (candidate && candidate.entry.fromActs && previous && previous.tokenStart < m.start && previous.recipients.some((r) => r.start >= view.tokens[m.start].start)) {
      out[out.length - 1] = recast(previous, { recipients: previous.recipients.filter((r) => r.start < view.tokens[m.start].start) });
    }
    if (previous && !hasClauseBoundary(words, previous.tokenEnd, m.start)) {
      const related = relateToPrevious(ctx, unit, view, m, candidate, continued);
      // ("marched through Belgrade to protest against government corruption": the purpose names whom the act is against)
      if (related === false && candidate && candidate.type === previous.type && previous.recipients.length === 0 && candidate.recipients.length > 0) out[out.length - 1] = recast(previous, { recipients: candidate.recipients });
      if (related === false) continue;
      candidate = related;
    }
    // "struck Houthi targets": a plural noun read as a verb whose subject is the previous act's object
    // (an object the text names: not the own people a concession is told to, "bowing to weeks of street protests against")
    if (candidate && previous && (m.form === 'third' || m.form === 'base') && m.pattern.frame === 'verb' && m.start - previous.tokenEnd <= 3 && !hasBoundary(words, previous.tokenEnd, m.start)
      && candidate.actors.some((a) => previous.recipients.some((r) => r.entity.id === a.entity.id && r.end > r.start))) candidate = null;
    // "freed two Armenian citizens detained last year": a participle right after the last act's object describes it
    // ("..., while Russian missiles pounded": not across a clause's start)
    if (candidate && previous && (m.form === 'past/participle' || m.form === 'participle') && m.pattern.frame === 'verb' && !beBefore(words, m.start)
      && !hasClauseBoundary(words, previous.tokenEnd, m.start) && view.slotAt[m.start - 1] && !view.slotAt[m.start - 1]!.partner && previous.recipients.some((r) => r.entity.id === view.slotAt[m.start - 1]!.entity.id)
      // (a name that opens a clause of its own is its verb's subject: "drills around Taiwan on Tuesday, and Taiwan put its forces on alert")
      && wordAt(words, (view.slotStart[m.start - 1] >= 0 ? view.slotStart[m.start - 1] : m.start - 1) - 1) !== 'and') candidate = null;
    // ("marched through central Seoul on Thursday demanding an end to Chun's rule", "went on strike on Monday, demanding that the
    // communist authorities ...": the demand that goes with a protest is the protesters')
    if (previous && previous.type === 'PROTEST' && previous.actors.length > 0 && (m.pattern.entry.type === 'REQUEST' || m.pattern.entry.type === 'ACCUSE') && m.pattern.frame === 'verb' && m.form === 'gerund'
      && m.start > previous.tokenEnd && m.start - previous.tokenEnd <= 16 && !hasClauseBoundary(words, previous.tokenEnd, m.start)
      && (!candidate || candidate.actors.every((a) => !a.entity.actor && !a.entity.country) || candidate.actors.some((a) => a.entity.type === 'location'))) {
      const entry = m.pattern.entry;
      const actors = [...previous.actors];
      let recipients = findRecipients(ctx, view, entry.recipient ?? [], m.start + 1, actors, entry);
      if (recipients.length === 0 && m.end > m.start + 1) recipients = findRecipients(ctx, view, entry.recipient ?? [], m.end, actors, entry);
      // (of the one the protest is against when the demand names no one: "demanding an end to one-party rule")
      if (recipients.length === 0) recipients = [...previous.recipients];
      candidate = finish(ctx, unit, view, m.pattern, m.start, m.end, actors, recipients, m.start, false);
    }
    // "rallied in Tel Aviv to demand ...", "blocked the highway, demanding ...": a protest's demand names whom it is against,
    // and is the protesters' demand too (PROTEST and REQUEST, as analysts code them)
    if (candidate && previous && candidate.type === 'REQUEST' && previous.type === 'PROTEST' && (wordAt(words, m.start - 1) === 'to' || m.form === 'gerund') && !hasClauseBoundary(words, previous.tokenEnd, m.start)) {
      if (previous.recipients.length === 0 && candidate.recipients.length > 0) out[out.length - 1] = recast(previous, { recipients: candidate.recipients });
    }
    // "was killed by an Israeli drone strike": the attack in the agent phrase is the means of the passive act, told once
    if (candidate && previous && candidate.type === 'ASSAULT' && candidate.frame === 'noun' && previous.type === 'ASSAULT' && previous.past
      && words.slice(previous.tokenEnd, m.start).includes('by') && !hasClauseBoundary(words, previous.tokenEnd, m.start) && m.start - previous.tokenEnd <= 6
      && sameSlots(candidate.actors, previous.actors)) {
      if (previous.cameo === '180' || previous.cameo === '190') out[out.length - 1] = recast(previous, { cameo: candidate.cameo, mode: candidate.mode ?? previous.mode });
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "Haniyeh was killed by an Israeli strike", "were wounded in a Russian missile attack": the one
    // the passive is about is the target of the attack named after it
    if (candidate && candidate.type === 'ASSAULT' && candidate.frame === 'noun' && lastMatch?.victim && !hasClauseBoundary(words, lastMatch.end, m.start)
      && m.start - lastMatch.end <= 6 && (wordAt(words, lastMatch.end) === 'in' || wordAt(words, lastMatch.end) === 'by') && !candidate.actors.some((a) => a.entity.id === lastMatch!.victim!.entity.id)) {
      // told in the past by its passive verb: the main news takes the dispatch date as a past verb's act does
      const date = candidate.date ?? (candidate.status === 'occurred' && unit.paragraph === ctx.firstBody && ctx.anchor && !view.quoteAt[m.start] ? { value: ctx.anchor, precision: 'day' as const } : null);
      candidate = recast(candidate, { recipients: [lastMatch.victim], past: true, date });
    }
    // "drills that Beijing has condemned as provocative", "a move Israel denounced as a reward for terrorism": the act
    // named before is what is condemned, and its doers are the ones accused
    // ("..., a move welcomed by Freeman Mbowe", "..., a measure that Haiti's government criticised": an act named again after a comma)
    if (candidate && candidate.recipients.length === 0 && previous && previous.tokenEnd <= m.start
      && ((candidate.type === 'ACCUSE' && wordAt(words, m.end) === 'as' && (m.start - previous.tokenEnd <= 8 || actNounBefore(view, m.start, previous))) || ((candidate.type === 'ACCUSE' || candidate.entry.id === 'support.praise') && actNamedAgain(view, m.start, previous.tokenEnd))
        // ("called on Pinochet to step down, a demand Pinochet rejected", "an accusation that China's mission rejected as groundless")
        || (candidate.type === 'REJECT' && actNamedAgain(view, m.start, previous.tokenEnd, CLAIM_NOUNS)))
      && !candidate.actors.some((a) => previous.actors.some((p) => p.entity.id === a.entity.id))) {
      // ("legalised opposition parties after months of street protests, a move opposition leader X welcomed": a move welcomed is
      // no protest or attack told just before it, but the last act of a kind welcomed)
      // ("killed 20 children ..., weeks after the junta declared a ceasefire, in an attack that Guterres condemned": an attack named
      // again is the last attack told, not the act just before it)
      const named = candidate.entry.id === 'support.praise' && !WELCOMED_ACTS.includes(previous.type) ? lastOfTypes(out, WELCOMED_ACTS) ?? previous
        : previous.type !== 'ASSAULT' && ATTACK_NOUNS.has(nounNamedAgain(view, m.start, previous.tokenEnd)) ? lastOfTypes(out, ['ASSAULT']) ?? previous : previous;
      // (a joint act's doers are all its parties: "drills that Beijing has condemned" after Philippine and U.S. exercises)
      const doers = named.actors.flatMap((a) => (a.partner ? [slotOf(a.partner, a.start, a.end, undefined, a.group), a] : [a]));
      // (the relative clause tells its own act: "could retaliate ... by next April, a deadline Sato rejected" was rejected)
      candidate = recast(candidate, candidate.type === 'REJECT' && (m.form === 'past' || m.form === 'past/participle') ? { recipients: doers, status: 'occurred' } : { recipients: doers });
    }
    // "Reagan refused to confine research to the laboratory, as Moscow had demanded", "completing a withdrawal that N'Djamena
    // demanded": what is demanded is the act told before, of its doers
    if (candidate && candidate.type === 'REQUEST' && candidate.recipients.length === 0 && m.pattern.frame === 'verb' && previous && previous.tokenEnd <= m.start
      && demandedBefore(view, m.start, previous.tokenStart) && !candidate.actors.some((a) => previous.actors.some((p) => p.entity.id === a.entity.id))) {
      candidate = recast(candidate, { recipients: [...previous.actors] });
    }
    // "an exchange of gunfire between Thai and Cambodian troops killed a soldier": the killing is the clash's outcome, told once
    if (candidate && candidate.type === 'ASSAULT' && m.pattern.frame === 'verb' && previous && previous.type === 'ASSAULT' && previous.frame === 'noun'
      && previous.tokenEnd <= m.start && m.start - previous.tokenEnd <= 8 && !hasClauseBoundary(words, previous.tokenEnd, m.start)
      && candidate.actors.every((a) => previous.actors.some((p) => p.entity.id === a.entity.id))) candidate = null;
    // "attacked a Cameroonian army post, killing five soldiers": the killing an attack's doers did in it is its outcome, told once
    // (kept when it names the attacked more closely: "opened fire on Armenian positions, killing four Armenian soldiers")
    if (candidate && candidate.type === 'ASSAULT' && candidate.cameo === '180' && m.form === 'gerund' && wordAt(words, m.start - 1) === ',' && previous && previous.type === 'ASSAULT'
      && previous.tokenEnd <= m.start && !hasClauseBoundary(words, previous.tokenEnd, m.start)
      && candidate.actors.every((a) => previous.actors.some((p) => p.entity.id === a.entity.id))
      && !candidate.recipients.some((r) => r.entity.sector && previous.recipients.some((p) => p.entity.country === r.entity.country && !p.entity.sector))) candidate = null;
    // "legalised opposition parties, giving in to two months of protests": yielding told by a participle after a concession by
    // the same doers is that concession, told once; the one it names yielded to is the concession's target where that names
    // only the doers' own country or no one ("dropped a planned tax rise, bowing to pressure from the National Rally")
    if (candidate && candidate.entry.id === 'concede.yield' && m.form === 'gerund' && wordAt(words, m.start - 1) === ',' && previous && previous.type === 'CONCEDE'
      && previous.tokenEnd <= m.start && !hasClauseBoundary(words, previous.tokenEnd, m.start)
      && candidate.actors.every((a) => previous.actors.some((p) => p.entity.id === a.entity.id))) {
      const codeOf = (e: Entity) => e.actor ?? e.country;
      const other = candidate.recipients.filter((r) => !candidate!.actors.some((a) => codeOf(a.entity) === codeOf(r.entity)));
      if (other.length > 0 && previous.recipients.every((r) => !r.entity.sector)) out[out.length - 1] = recast(previous, { recipients: other });
      // (the demand it meets is still told: "meeting one of the main demands of the African National Congress")
      const asked = answeredDemand(ctx, unit, view, m.end, candidate);
      if (asked) out.push(asked);
      candidate = null;
    }
    // "arrest the dollar's fall", "support the U.S. currency", "demonstrate its authority": another sense of the word
    if (candidate && m.pattern.frame === 'verb' && m.form !== 'noun' && (m.pattern.entry.objectActor || m.pattern.entry.intransitive)
      && (m.end === m.start + 1 || (PREPOSITIONS.has(wordAt(words, m.end - 1)) && !infinitiveAfter(m)) || wordAt(words, m.end - 1) === 'behind' || wordAt(words, m.end - 1) === 'around')
      && (m.pattern.entry.intransitive ? hasDirectObject(view, m.end) : objectIsThing(view, m.end))
      // (an act backed names its doer: "backed the decision by the Paris Club", "supported the U.S. move")
      && !(m.pattern.entry.id === 'support.endorse' && candidate.recipients.length > 0 && condemnedAct(view, m.end) >= 0)
      // (a party named inside the trigger is its object, and the thing after it what it is charged with: "charged Iraq with fraud")
      && !(m.end > m.start + 2 && objectBound(view, m.start, m.end))
      // (a passive has no object after it: "was greeted at the airport by Tokayev")
      && !((m.form === 'participle' || m.form === 'past/participle') && beBefore(words, m.start) && agentAfterPlace(words, m.end))
      // (a passive has its object before it: "was greeted at the airport by Castro")
      && !(m.pattern.entry.objectActor && (m.form === 'participle' || m.form === 'past/participle') && beBefore(words, m.start))
      // (the accused named before the clause: "diplomats it accused of spying")
      && !(candidate.type === 'ACCUSE' && wordAt(words, m.end) === 'of' && candidate.recipients.length > 0)) candidate = null;
    // ("Baker, asked whether he was concerned about the decline, said", "reporters asked him if the dollar has bottomed out"): a question
    // put is no request
    if (candidate && candidate.type === 'REQUEST' && m.pattern.frame === 'verb' && QUESTION_OPENERS.has(wordAt(words, view.slotAt[m.end] ? nextAfterSlot(view, m.end) : m.end))) candidate = null;
    // "AUSTRALIA ATTACKS GATT", "EC ATTACKS JAPAN": a heading's attack with no word of war is words
    if (candidate && candidate.type === 'ASSAULT' && candidate.cameo === '190' && m.pattern.frame === 'verb' && m.end === m.start + 1 && wordAt(words, m.start).startsWith('attack') && !/\p{Ll}/u.test(view.tokens[m.start].text)
      && !words.some((w) => WAR_WORDS.has(w) && w !== 'attack' && w !== 'attacks')) candidate = null;
    // "for Japan to strike back" at chip sanctions: money and trade words and no war words
    if (candidate && m.pattern.entry.figurative) {
      figurative ??= figurativeUnit(words);
      // ("China said it would retaliate against U.S. tariffs": retaliation announced over trade is a threat, of no force)
      if (figurative && candidate.type === 'THREATEN' && m.pattern.entry.futureThreat && candidate.recipients.length > 0) candidate = recast(candidate, { cameo: '130' });
      else if (figurative || gappedRelative(view, m.start)) candidate = null;
    }
    const victim: Slot | null = !candidate && m.pattern.entry.type === 'ASSAULT' && m.pattern.frame === 'verb' && (m.form === 'participle' || m.form === 'past/participle') && beBefore(words, m.start) ? subjectLeft(view, m.start) : null;
    lastMatch = { end: m.end, candidate, victim, verb: usedAsVerb(words, m) };
    if (candidate) {
      out.push(candidate);
      embedder = m.pattern.entry.embeds ? { end: m.end, index: out.length - 1, infinitive: m.end - 2 > m.start && wordAt(words, m.end - 2) === 'to' } : null;
      // "Nicaragua turned down a U.S. demand that ...", "bowed to opposition demands": what was answered was asked by another
      // "warned that Iran would strike at American warships if ...": beside the threat, the attack it announces, possible
      if (candidate.entry.announces && candidate.type === 'THREATEN' && candidate.status === 'occurred') {
        // ("warned that it would attack U.S. warships": the object of the announced attack is the one threatened)
        if (candidate.recipients.length === 0) {
          const target = findRecipients(ctx, view, OBJECT_SLOT, m.end, candidate.actors, candidate.entry);
          // (not the party of a condition: "would use nuclear weapons without hesitation if South Korea and the United States attacked")
          const conditioned = target.length > 0 && /\b(?:if|unless)\b/.test(ctx.text.slice(view.tokens[m.end - 1].end, target[0].start));
          if (target.length > 0 && !conditioned) out[out.length - 1] = candidate = recast(candidate, { recipients: target });
          // ("gave the junta one week to reinstate Bazoum, warning that it could use force": the warning is to the one the act before
          // it was aimed at, by the same side)
          else if (target.length === 0 && m.form === 'gerund' && wordAt(words, m.start - 1) === ',' && previous && previous.recipients.length > 0
            && sameSlots(previous.actors, candidate.actors) && !hasClauseBoundary(words, previous.tokenEnd, m.start)) out[out.length - 1] = candidate = recast(candidate, { recipients: [...previous.recipients], date: candidate.date ?? previous.date });
        }
        const act = announcedAct(ctx, view, candidate);
        // ("Iran warned Washington that Israel would attack its nuclear sites": force told of another country is no threat of the
        // warner's own; the possible attack alone)
        const told = act?.actors[0]?.entity.country;
        // (the one warned is no target of that attack: only one named after its doer)
        if (act && told && candidate.actors[0]?.entity.country && told !== candidate.actors[0].entity.country) out[out.length - 1] = candidate = recast(act, { recipients: act.recipients.filter((r) => r.start > act.actors[0].start) });
        else if (act) imposed.push(act);
      }
      // ("vowed to avenge the downing of an Iran Air airliner by a U.S. warship": the one who did what is avenged)
      if (candidate.type === 'THREATEN' && /\bavenge$/i.test(candidate.trigger.text)) {
        const doer = byAgent(view, m.end, unit).filter((a) => a.entity.country !== null && a.entity.country !== candidate!.actors[0]?.entity.country);
        if (doer.length > 0) out[out.length - 1] = candidate = recast(candidate, { recipients: mapSlots(doer, (d) => countrySlot(ctx, d)) });
      }
      // "launched joint operations against Boko Haram fighters": each partner's attack on the target
      if (candidate.type === 'COOPERATE' && candidate.cameo === '062' && wordAt(words, m.end) === 'against') {
        const target = findRecipients(ctx, view, AGAINST_SLOT, m.end + 1, candidate.actors, ATTACK_ENTRY);
        if (target.length > 0) imposed.push(recast(candidate, { entry: ATTACK_ENTRY, type: 'ASSAULT', cameo: '190', mode: null, recipients: target, embedded: false }));
      }
      // "accepted an invitation from his Kyrgyz counterpart to visit Bishkek": the invitation was made, and the visit is planned
      if (candidate.entry.id === 'agree.intent-meet' && candidate.type === 'AGREE' && candidate.status === 'occurred' && /^accept/i.test(candidate.trigger.text)) imposed.push(...acceptedInvitation(ctx, view, m.end, candidate));
      // "gave Niger's junta one week to reinstate President Bazoum": a deadline set for an act demands it, beside the threat
      // (not one that names its penalty, "one week to reinstate him or face military intervention": that is the threat alone)
      // (a deadline given to a party, not one set for one's own act: "Sweden sets October deadline for South Africa boycott")
      if (candidate.entry.id === 'threaten.ultimatum' && candidate.entry.embeds && candidate.status === 'occurred' && /^g[ai]v/i.test(candidate.trigger.text)
        && candidate.recipients.length > 0 && !penaltyNamed(words, m.end)) {
        imposed.push(recast(candidate, { entry: DEMAND_ENTRY, type: 'REQUEST', cameo: '100', mode: null, context: null, status: 'requested', embedded: false, threat: false, threatTo: [] }));
      }
      // "freed Ksenia Karelina in exchange for Arthur Petrov": the other side freed someone too
      if (candidate.type === 'RETREAT' && candidate.cameo === '0841') {
        const swap = releasedInExchange(ctx, view, m.end, candidate);
        if (swap) imposed.push(swap);
      }
      // "eased a curfew imposed on July 19", "restored internet access, days after the government suspended it": the
      // restriction lifted was imposed, an act of its own
      if ((candidate.type === 'CONCEDE' && candidate.cameo === '081') || (candidate.type === 'RETREAT' && candidate.cameo === '085')) {
        const imposition = impositionOf(ctx, unit, view, m.end, candidate);
        if (imposition) {
          // (the lifting is not of the day the restriction was imposed: "restored internet on Sunday and eased a curfew imposed on July 19")
          if (imposition.date && candidate.date?.value === imposition.date.value) {
            const before = out.length > 1 ? out[out.length - 2] : null;
            out[out.length - 1] = recast(candidate, { date: before && sameSlots(before.actors, candidate.actors) ? before.date : null });
          }
          imposed.push(imposition);
        }
      }
      if (candidate.type === 'REJECT' || candidate.type === 'CONCEDE') {
        const asked = answeredDemand(ctx, unit, view, m.end, candidate);
        if (asked) {
          // (the refusal answers the one who asked: "rejected a South Korean offer" is against South Korea)
          if (candidate.recipients.length === 0) out[out.length - 1] = recast(candidate, { recipients: asked.actors });
          out.push(asked);
        }
      }
    }
  }
  for (let i = 0; i < imposed.length; i++) out.push(imposed[i]);
  return out;
}

const OBJECT_SLOT: readonly RecipientSlot[] = ['obj'];
const AGAINST_SLOT: readonly RecipientSlot[] = ['obj', 'against'];
const ATTACK_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'assault.attack')!);

/** Past forms of common verbs no trigger starts ("and flew them to", "and put them on"). */
const PLAIN_PASTS: ReadonlySet<string> = new Set(['flew', 'put', 'took', 'sent', 'gave', 'brought', 'left', 'went', 'came', 'made', 'kept', 'drove']);

/**
 * The last act told by a finite verb when the acts after it are all told by nouns or participles in its own clause (its object:
 * "rejected the U.S. demand"), or undefined.
 */
function verbActBefore(out: readonly Candidate[], words: readonly string[], at: number): Candidate | undefined {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    // (nor a participle's: "held talks, with Oman's minister carrying messages between them, and agreed to meet again"; nor one of
    // a relative clause: "accused Ghana of harbouring the gunmen who attacked his residence and warned that Togo would strike back")
    if (c.frame !== 'verb' || wordAt(words, c.tokenStart).endsWith('ing') || RELATIVE_PRONOUNS.has(wordAt(words, c.tokenStart - 1))) continue;
    if (i === out.length - 1 || hasClauseBoundary(words, c.tokenEnd, at)) return undefined;
    // (not past a clause of its own still open: "rejected a U.S. offer to drop the charges if he gave up power and left"; one a
    // comma closes is read past: "held talks, their first meeting since the invasion, and agreed")
    let open = false;
    for (let k = c.tokenEnd; k < at; k++) open = SUBORDINATORS.has(wordAt(words, k)) || (open && wordAt(words, k) !== ',');
    return open ? undefined : c;
  }
  return undefined;
}

/** Whether a word after `and` opens a clause's verb: a trigger's inflected form, a past in -ed, or a common irregular past. */
function opensVerb(w: string): boolean {
  return PLAIN_PASTS.has(w) || (w.length > 4 && w.endsWith('ed')) || lexicon().inflected.has(w);
}

/** A sanction or its easing, whose `on` phrase names goods and then their country ("duties on orange juice from Brazil"). */
function tradeMeasure(entry: TriggerEntry | undefined): boolean {
  return entry !== undefined && (entry.type === 'SANCTION' || entry.type === 'RETREAT') && entry.context === 'economic';
}

/** Nouns of traded goods whose `from` names their country ("imports from Colombia"). */
const GOODS_WORDS: ReadonlySet<string> = new Set(['imports', 'goods', 'products', 'exports', 'shipments', 'steel', 'wine', 'cars']);

/** Words of a side's own answer in what it warns ("would require an adequate response", "will stop Athens", "would retaliate"). */
const ANSWER_WORDS: ReadonlySet<string> = new Set(['response', 'respond', 'retaliate', 'retaliation', 'countermeasures', 'measures', 'consequences', 'stop', 'strike', 'action', 'force', 'punish', 'reply']);

/** "in response to", "in reply to", "in retaliation for": what follows is the act answered. */
const ANSWER_NOUNS: ReadonlySet<string> = new Set(['response', 'reply', 'retaliation', 'reprisal']);

/** "his country", "its forces" after a warning's `that`: the warner's own side, with the sector the noun gives. */
const OWN_SIDE: ReadonlyMap<string, string> = new Map([['country', ''], ['nation', ''], ['forces', 'MIL'], ['military', 'MIL'], ['army', 'MIL'], ['troops', 'MIL'], ['warplanes', 'MIL'], ['navy', 'MIL']]);

/** The act a warning announces, by the side it names after `that` ("that Iran would strike"), else the warner's; on whom it threatens. */
function announcedAct(ctx: Context, view: View, threat: Candidate): Candidate | null {
  const announced = threat.entry.announces;
  if (!announced || threat.actors.length === 0) return null;
  let side: Slot = threat.actors[0];
  for (let k = threat.tokenStart; k < threat.tokenEnd - 1; k++) {
    if (wordAt(view.words, k) !== 'that') continue;
    const named = view.slotAt[k + 1] ?? (wordAt(view.words, k + 1) === 'the' ? view.slotAt[k + 2] : undefined);
    if (named && (named.entity.actor || named.entity.country) && named.entity.type !== 'person') side = named;
    // ("warned that his country would use nuclear weapons", "that its forces would strike": the warner's country, or its forces)
    else if (POSSESSIVES.has(wordAt(view.words, k + 1)) && OWN_SIDE.has(wordAt(view.words, k + 2)) && side.entity.country) {
      const t = view.tokens[k + 2];
      side = slotOf(groupEntity(ctx, side.entity.country, OWN_SIDE.get(wordAt(view.words, k + 2))!, { start: t.start, end: t.end, text: t.text }), t.start, t.end, undefined, true);
    }
    break;
  }
  // (a vow in a headline is often of a fight of another kind: "CANADA VOWS TO FIGHT U.S. POTASH ACTION")
  if (announced.status && threat.unit.sentence < 0) return null;
  // (an act vowed is to come, unless a condition follows it: "vowed to fight on if the talks failed")
  const conditioned = /\b(?:if|unless)\b/i.test(ctx.text.slice(threat.trigger.end, threat.unit.end));
  const status = announced.status && !conditioned ? announced.status : 'hypothetical';
  return recast(threat, { type: announced.type, cameo: announced.cameo, mode: null, status, direction: 'future', actors: [side], date: null, threat: false, threatTo: [] });
}

const VISIT_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'consult.visit')!);

/**
 * What an invitation accepted implies: the inviter's invitation when the text names them ("accepted an invitation from
 * X"), and the guest's visit, planned, where it says where to ("... to visit Bishkek next month").
 */
function acceptedInvitation(ctx: Context, view: View, end: number, accepted: Candidate): Candidate[] {
  const { words } = view;
  if (!/invitation$/i.test(accepted.trigger.text) && wordAt(words, end - 1) !== 'invitation' && !words.slice(accepted.tokenStart, end).includes('invitation')) return [];
  const out: Candidate[] = [];
  const guests = accepted.actors;
  // (states' people only: a company that accepts an invitation to visit is in trade)
  const party = (x: Slot) => x.entity.actor !== null && x.entity.actor !== undefined && x.entity.sector !== 'BUS';
  if (guests.length === 0 || !guests.every(party)) return out;
  // (the inviter, named after `from`, is the one the acceptance is to)
  const invitation = words.indexOf('invitation', accepted.tokenStart);
  const fromInviter = wordAt(words, invitation + 1) === 'from' && accepted.recipients.length > 0 && accepted.recipients.every((r) => r.start > view.tokens[invitation].end && party(r));
  if (fromInviter) out.push(recast(accepted, { actors: accepted.recipients, recipients: guests, status: 'invited', date: null }));
  for (let k = invitation + 1; k < words.length && k < invitation + 14; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';' || w === ',') break;
    if (w !== 'to' || wordAt(words, k + 1) !== 'visit') continue;
    const place = view.slotAt[partyAt(view, k + 2)];
    const country = place?.entity.country ?? null;
    if (!place || !country || guests.some((g) => g.entity.country === country)) break;
    const span = { start: place.start, end: place.end, text: ctx.text.slice(place.start, place.end) };
    const host = place.entity.type === 'location' || place.entity.type === 'country' ? countryEntity(ctx, country) ?? groupEntity(ctx, country, '', span) : place.entity;
    // (its date is its own: "next month", not the day the acceptance is told)
    const date = accepted.date && accepted.date.value !== ctx.anchor ? accepted.date : null;
    out.push(recast(accepted, { entry: VISIT_ENTRY, type: 'CONSULT', cameo: '042', mode: 'visit', context: null, status: 'intended', direction: 'future', date, recipients: [slotOf(host, place.start, place.end)] }));
    // ("Honecker accepted an invitation to visit Bonn": with no inviter named, the government of the country to be visited invited him)
    if (!fromInviter) out.push(recast(accepted, { actors: [slotOf(groupEntity(ctx, country, 'GOV', span), place.start, place.end)], recipients: guests, status: 'invited', date: null }));
    break;
  }
  return out;
}

/**
 * "Russia freed Ksenia Karelina on Thursday in exchange for Arthur Petrov", "released 10 Americans in exchange for Alex
 * Saab": a release in exchange for someone is answered by a release the other way, between the two countries.
 */
function releasedInExchange(ctx: Context, view: View, end: number, release: Candidate): Candidate | null {
  const { words } = view;
  let k = end;
  // (past a second one freed and a day: "freed reporter Evan Gershkovich and former U.S. Marine Paul Whelan on Thursday in exchange for";
  // past an apposition and a relative clause on the one freed: "freed X, the daughter of President Y, whom they kidnapped in September, in
  // exchange for")
  for (; k < words.length && k < end + 24; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';') return null;
    if ((w === 'exchange' || w === 'return' || w === 'swap') && wordAt(words, k - 1) === 'in' && wordAt(words, k + 1) === 'for') break;
  }
  if (k >= words.length || k >= end + 24) return null;
  const to = release.actors.length === 1 ? release.actors[0].entity.country : null;
  // ("in exchange for Vadim Krasikov, a Russian hitman who was serving a life sentence in Germany": the one holding him frees him)
  const holder = heldIn(view, k + 2, to);
  const from = holder?.country ?? (release.recipients.length === 1 ? release.recipients[0].entity.country : null);
  const t = view.tokens[k];
  const span = { start: t.start, end: t.end, text: t.text };
  // ("Leftist guerrillas today freed X ... in exchange for 22 jailed rebels": armed men who free a hostage of their own country, or
  // hostages of no country told, are answered by their own government, which frees their men)
  if (to && (from === to || from === null) && release.actors[0].entity.sector === 'REB') {
    return recast(release, { actors: [groupSlot(ctx, to, 'GOV', t.start, t.end)], recipients: [release.actors[0]] });
  }
  if (!from || !to || from === to) return null;
  const side = (country: string) => slotOf(countryEntity(ctx, country) ?? groupEntity(ctx, country, '', span), t.start, t.end);
  // ("held by Yerevan": a capital holding them is its government; "freed 32 Armenian soldiers in exchange for two Azerbaijani
  // servicemen": those named are freed, as the first release was of a group)
  const freer = holder?.capital ? slotOf(groupEntity(ctx, from, 'GOV', span), t.start, t.end) : side(from);
  const named = view.slotAt[k + 2] ?? view.slotAt[k + 3] ?? view.slotAt[k + 4];
  const freed = named && named.entity.country === to && named.group && release.recipients.some((r) => r.group) ? named : side(to);
  return recast(release, { actors: [freer], recipients: [freed] });
}

/**
 * The country a person exchanged is held in or freed by, told a few words after his name ("a Russian hitman serving a life
 * sentence in Germany", "a convicted Russian assassin freed by Germany").
 */
function heldIn(view: View, from: number, own: string | null): { country: string; capital: boolean } | null {
  const { words, slotAt } = view;
  let held = false;
  for (let k = from; k < words.length && k < from + 16; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';') return null;
    if (HELD_WORDS.has(w)) held = true;
    const slot = slotAt[k + 1];
    if (!held || (w !== 'in' && w !== 'by') || !slot || !slot.entity.country || slot.entity.country === own) continue;
    if (slot.entity.type === 'country') return { country: slot.entity.country, capital: false };
    // ("held by Yerevan": a capital that holds them)
    if (w === 'by' && slot.entity.type === 'location' && CAPITALS.get(slot.entity.name) === slot.entity.country) return { country: slot.entity.country, capital: true };
  }
  return null;
}
const HELD_WORDS: ReadonlySet<string> = new Set(['held', 'jailed', 'imprisoned', 'serving', 'detained', 'convicted', 'sentenced', 'freed', 'released']);

/** Verbs that impose a restriction, told of one lifted: "a curfew imposed on July 19", "after authorities suspended it". */
const IMPOSING: ReadonlySet<string> = new Set(['imposed', 'reimposed', 'declared', 'ordered', 'suspended']);

/**
 * The imposition of a restriction a concession lifts, where the text tells it: "eased a curfew imposed on July 19",
 * "lifted a ban ... imposed by her predecessor John Magufuli in 2016", "restored internet services after an 11-day
 * shutdown it had imposed", "restored internet access, days after the government suspended it". Its doer is the one
 * named after `by` or before the verb, else the one who lifts it; it is aimed at the same people.
 */
function impositionOf(ctx: Context, unit: Unit, view: View, end: number, lifted: Candidate): Candidate | null {
  const { words, slotAt } = view;
  let at = -1;
  let afterClause = false;
  for (let k = end; k < words.length && k < end + 14; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';' || w === 'and') break;
    if (w === 'after') afterClause = true;
    if (w === ',' && !afterClause && wordAt(words, k + 1) !== 'which' && wordAt(words, k + 1) !== 'days' && wordAt(words, k + 1) !== 'weeks' && wordAt(words, k + 1) !== 'a' && wordAt(words, k + 1) !== 'two') break;
    if (IMPOSING.has(w) && !slotAt[k]) { at = k; break; }
  }
  if (at < 0) return null;
  const object = wordAt(words, at + 1);
  // ("after the government suspended it": the restriction told again; a reduced participle right after the noun)
  const refers = object === 'it' || object === 'them';
  const reduced = !refers && (wordAt(words, at - 1) !== '' && !slotAt[at - 1] && /^\p{Ll}/u.test(view.tokens[at - 1].text) && !ASPECT.has(wordAt(words, at - 1)) && wordAt(words, at - 1) !== 'it');
  const ownSubject = wordAt(words, at - 1) === 'it' || (wordAt(words, at - 1) === 'had' && wordAt(words, at - 2) === 'it');
  if (!refers && !reduced && !ownSubject) return null;
  let actors: Slot[] = [...lifted.actors];
  if (wordAt(words, at + 1) === 'by' || (reduced && wordAt(words, at + 1) !== 'it')) {
    // (a predecessor with no code of his own held the same office: "imposed by her predecessor John Magufuli")
    const agent = byAgent(view, at + 1, unit).filter((a) => a.entity.actor || a.entity.country);
    if (agent.length > 0) actors = agent;
  } else if (refers) {
    const subject = slotAt[at - 1] ? subjectLeft(view, at) : null;
    const country = lifted.actors[0]?.entity.country;
    if (subject && subject.entity.country === country) actors = [subject];
    // ("days after the government suspended it", "after authorities imposed it": the state's government)
    else if (country && (wordAt(words, at - 1) === 'government' || wordAt(words, at - 1) === 'authorities')) {
      const t = view.tokens[at - 1];
      actors = [groupSlot(ctx, country, 'GOV', t.start, t.end)];
    }
  }
  // (sanctions eased were sanctions imposed; a curfew, ban or shutdown lifted was a restriction imposed)
  const imposing = lifted.type === 'RETREAT' ? 'sanction.impose' : 'coerce.curfew';
  const pattern = (lexicon().byFirst.get('imposed') ?? []).find((p) => p.entry.id === imposing && p.frame === 'verb' && !p.passive);
  if (!pattern) return null;
  const made = finish(ctx, unit, view, pattern, at, at + 1, actors, [...lifted.recipients], at, true);
  // ("he would lift tariffs imposed last week": a reduced participle tells the imposition as done, whatever is said of the lifting)
  if (!made || (made.status !== 'occurred' && !(reduced && (made.status === 'intended' || made.status === 'hypothetical')))) return null;
  // (dated only by its own words: "a shutdown it had imposed" is not of the day it was lifted)
  const last = view.tokens[Math.min(view.tokens.length - 1, at + 8)];
  return recast(made, { status: 'occurred', direction: 'past', date: nearestDate(ctx, { start: view.tokens[at].start, end: last.end }, made.trigger, 'past') });
}

const JOINT_ACT_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'consult.joint-act')!);

/** Whether the clause after a deadline names the penalty for missing it ("one week to reinstate him or face military intervention"). */
function penaltyNamed(words: readonly string[], end: number): boolean {
  for (let k = end; k < words.length && k < end + 20; k++) {
    const w = wordAt(words, k);
    if (w === ',' || w === ';' || BOUNDARY.has(w)) return false;
    if (w === 'or' && /^fac/.test(wordAt(words, k + 1))) return true;
  }
  return false;
}
const EXPEL_PEOPLE_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'coerce.expel-people')!);

/**
 * "Britain expelled 11 Soviet diplomats and journalists": the people expelled beside the diplomats are deported (COERCE 174), of
 * the diplomats' country and the sector their noun names; the diplomats' expulsion stays the sanction (161).
 */
function expelledBeside(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
  const made: Candidate[] = [];
  for (const c of candidates) {
    if (c.entry.id !== 'sanction.expel-diplomats' || c.recipients.length !== 1 || !c.recipients[0].entity.country) continue;
    const after = EXPELLED_BESIDE.exec(ctx.text.slice(c.trigger.start, Math.min(c.unit.end, c.trigger.end + 30)));
    if (!after) continue;
    const sector = after[1].startsWith('business') ? 'BUS' : 'MED';
    const at = c.trigger.start + after.index + after[0].length - after[1].length;
    made.push(recast(c, { entry: EXPEL_PEOPLE_ENTRY, type: 'COERCE', cameo: '174', mode: 'expel', context: null, recipients: [groupSlot(ctx, c.recipients[0].entity.country, sector, at, at + after[1].length)] }));
  }
  return made;
}
/** Diplomats named with others expelled beside them ("diplomats and journalists"). */
const EXPELLED_BESIDE = /\bdiplomats?,? (?:and|as well as) (journalists|correspondents|reporters|businessmen)\b/i;

/**
 * "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday to ...": two leaders
 * of two countries who agree together met to do it. The meeting (040, each way, same day) unless the story already tells
 * one between their countries. Countries alone ("Armenia and Azerbaijan agreed") may have agreed through envoys, and a
 * treaty signed is often signed apart: no meeting is read into them.
 */
/** The meeting an agreement's trigger names ("agreed in a phone call on Tuesday to"): [1] a phone call, [2] by video. */
const MEETING_FRAME = /\b(?:in|during|at)\b.*?\b(?:(phone|telephone)|(video))?[\s-]*(?:call|talks|meeting|summit|conversation|conference|videoconference)\b/i;

/** Talks told after an agreement in its sentence as what it came out of: "agreed ..., after four days of talks in Beijing", "after four days of previously undisclosed talks". */
const TALKS_BEHIND = /\b(?:after|following|at the end of)\s+(?:[\w-]+\s+){0,5}?(?:talks|negotiations)\b/i;

function jointMeeting(ctx: Context, out: readonly Candidate[]): Candidate | null {
  for (const c of out) {
    // (an act done, in the past: "he and Baker agree on the need for stable rates" is a view)
    // (or start a joint act together by phone or video: "Putin and Xi launched the Power of Siberia gas pipeline by video link";
    // leaders who sign together are not told to have met: most fixtures' writers code the signing alone)
    if ((c.type !== 'AGREE' && c.type !== 'COOPERATE') || c.status !== 'occurred' || !c.past || c.quote || c.actors.length !== 2) continue;
    const [a, b] = c.actors;
    // (a place of theirs read as a recipient is no third party: "agreed ... at talks in Tokyo")
    if (c.recipients.some((r) => r.entity.country !== a.entity.country && r.entity.country !== b.entity.country)) continue;
    // ("agreed in a phone call on Tuesday to": the meeting the agreement was made in is told, for any two parties)
    // ("agreed on Friday to restore relations ..., after four days of talks in Beijing": the talks it came out of)
    const framed = MEETING_FRAME.exec(c.trigger.text) ?? TALKS_BEHIND.exec(ctx.text.slice(c.trigger.end, c.unit.end));
    const leaders = a.entity.type === 'person' && b.entity.type === 'person' && a.entity.sector === 'GOV' && b.entity.sector === 'GOV';
    if ((!leaders && !framed) || !a.entity.country || a.entity.country === b.entity.country) continue;
    // (a mediation between them is no meeting of theirs: "under a deal brokered by China after four days of talks")
    // (nor a hosting of both by a third: "initialling a peace agreement at a White House ceremony hosted by Trump")
    const of = (o: Candidate, x: Slot) => [...o.actors, ...o.recipients].some((p) => p.entity.country === x.entity.country);
    // (a meeting to come is not the one they agreed in: "agreed ... and said their foreign ministers would meet next month")
    const told = out.some((o) => o.type === 'CONSULT' && o.cameo !== '045' && o.status === 'occurred' && of(o, a) && of(o, b) && !(o.cameo === '043' && o.actors.every((h) => h.entity.country !== a.entity.country && h.entity.country !== b.entity.country)));
    if (told) return null;
    // (the means told anywhere in its sentence: "launched the pipeline by video link")
    const cue = framed ? null : MODE_CUES.find((m) => m.pattern.test(ctx.text.slice(c.unit.start, c.unit.end)))?.mode ?? null;
    if (c.type !== 'AGREE' && !framed && !cue) continue;
    const mode = framed?.[1] || cue === 'phone' ? 'phone' : framed?.[2] || cue === 'video' ? 'video' : null;
    return recast(c, { entry: JOINT_ACT_ENTRY, type: 'CONSULT', cameo: mode === 'phone' ? '041' : '040', mode, context: null, embedded: false, threat: false, threatTo: [] });
  }
  return null;
}

/**
 * "Gorbachev received Baker in the Kremlin ... Baker, who arrived on Wednesday, told reporters": an arrival at no place named is the
 * visit the story tells otherwise, of the same visitor (a visit made, or a hosting of him), and is dropped then.
 */
function dropToldArrivals(candidates: Candidate[]): void {
  const visited = (c: Candidate, id: string) => c.type === 'CONSULT' && c.entry.id !== 'consult.arrive'
    && ((c.cameo === '042' && c.actors.some((a) => a.entity.id === id)) || (c.cameo === '043' && c.recipients.some((r) => r.entity.id === id)));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.entry.id === 'consult.arrive' && c.actors.every((a) => candidates.some((o) => visited(o, a.entity.id)))) candidates.splice(i, 1);
  }
}

/** Words of talks a mediation can be of ("brokered talks", "in a meeting mediated by", "the AU-mediated negotiations"). */
const MEDIATED_TALKS = /\b(?:talks|meeting|meetings|negotiations|dialogue)\b/i;

/**
 * "Erdogan brokered talks in Ankara between Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed",
 * "after ten days of talks mediated by the African Union": talks a third party mediates between two are a meeting of the two
 * (040 each way), unless one is told; a mediated deal or truce alone tells no meeting of theirs.
 */
function mediatedTalks(ctx: Context, out: readonly Candidate[]): Candidate[] {
  const made: Candidate[] = [];
  for (const c of out) {
    if (c.cameo !== '045' || c.status !== 'occurred' || c.recipients.length !== 2) continue;
    const [a, b] = c.recipients;
    const code = (e: Entity) => e.actor ?? e.country;
    if (!code(a.entity) || !code(b.entity) || code(a.entity) === code(b.entity)) continue;
    if (!MEDIATED_TALKS.test(ctx.text.slice(Math.max(c.unit.start, c.trigger.start - 30), c.trigger.end))) continue;
    const told = [...out, ...made].some((o) => o.type === 'CONSULT' && o.cameo !== '045' && [...o.actors, ...o.recipients].some((p) => p.entity.id === a.entity.id) && [...o.actors, ...o.recipients].some((p) => p.entity.id === b.entity.id));
    if (told) continue;
    made.push(recast(c, { entry: JOINT_ACT_ENTRY, type: 'CONSULT', cameo: '040', mode: null, context: null, actors: [a, b], recipients: [a, b], embedded: false, threat: false, threatTo: [] }));
  }
  return made;
}

const MEDIATE_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'consult.mediate')!);

/** Talks told with their mediator in a passive: "after talks in Ankara mediated by Turkish President Tayyip Erdogan". */
const TALKS_MEDIATED_BY = /\b(?:talks|negotiations|meeting|meetings|dialogue)\b[^.;:"]{0,60}?\b(mediated|brokered|facilitated)\s+by\s+/g;

/**
 * "Ethiopia and Somalia agreed ... after overnight talks in Ankara mediated by Turkish President Tayyip Erdogan", "agreed to a
 * cessation of hostilities after a week of talks brokered by the African Union": the mediator's mediation (045) with each of the
 * pair the sentence tells agreeing, and, where none is told, the pair's meeting (040 each way).
 */
function mediatorsByAgent(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
  const made: Candidate[] = [];
  for (const c of candidates) {
    if ((c.type !== 'AGREE' && c.entry.id !== 'support.sign') || c.status !== 'occurred') continue;
    // (the pair, however the agreement holds it: one each side, or both on each)
    const pair: Slot[] = [];
    for (const p of [...c.actors, ...c.recipients]) if (!pair.some((q) => q.entity.id === p.entity.id)) pair.push(p);
    if (pair.length !== 2) continue;
    const [a, b] = pair;
    if (!(a.entity.actor || a.entity.country) || !(b.entity.actor || b.entity.country)) continue;
    // (once per pair: the agreement is told each way)
    if (made.some((m) => m.unit === c.unit)) continue;
    // (the sentence's text only: a search of the rest of the story per agreement costs what the story is long)
    TALKS_MEDIATED_BY.lastIndex = 0;
    const rest = ctx.text.slice(c.trigger.end, c.unit.end);
    const found = rest.includes(' by ') ? TALKS_MEDIATED_BY.exec(rest) : null;
    if (!found) continue;
    const hit = { index: c.trigger.end + found.index, 0: found[0], 1: found[1] };
    const after = hit.index + hit[0].length;
    const mention = ctx.mentions.find((m) => m.start >= after && m.start <= after + 40);
    const mediator = mention ? ctx.entities.get(mention.entity) : undefined;
    if (!mention || !mediator || !(mediator.actor || mediator.country) || mediator.id === a.entity.id || mediator.id === b.entity.id) continue;
    const word = hit.index + hit[0].lastIndexOf(hit[1]);
    const trigger = { start: word, end: word + hit[1].length, text: hit[1] };
    made.push(recast(c, { entry: MEDIATE_ENTRY, type: 'CONSULT', cameo: '045', mode: 'third-party', context: null, trigger, actors: [slotOf(mediator, mention.start, mention.end)], recipients: [a, b], embedded: false, threat: false, threatTo: [], frame: 'noun' }));
    const met = candidates.some((o) => o.unit === c.unit && o.type === 'CONSULT' && o.cameo !== '045' && o.recipients.length > 0 && [...o.actors, ...o.recipients].some((p) => p.entity.id === a.entity.id) && [...o.actors, ...o.recipients].some((p) => p.entity.id === b.entity.id));
    if (!met) made.push(recast(c, { entry: JOINT_ACT_ENTRY, type: 'CONSULT', cameo: '040', mode: null, context: null, actors: [a, b], recipients: [a, b], embedded: false, threat: false, threatTo: [] }));
  }
  return made;
}

/** Nouns of what one side puts to another, whose rejection is aimed at it ("a Moroccan proposal"). */
const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(['proposal', 'proposals', 'plan', 'plans', 'offer', 'offers', 'request', 'requests', 'demand', 'demands', 'bid',
  'initiative', 'draft', 'resolution', 'appeal', 'calls', 'terms', 'conditions', 'ultimatum', 'claims']);

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

/** Nouns of a charge one side makes against another ("denied Japan's accusations"). */
const CHARGE_NOUNS: ReadonlySet<string> = new Set(['accusations', 'accusation', 'allegations', 'allegation', 'charges']);

/** Nouns of a demand (or an offer, or a charge) answered by a refusal or a concession. */
const DEMAND_NOUNS: ReadonlySet<string> = new Set(['demand', 'demands', 'request', 'requests', 'call', 'calls', 'ultimatum', 'offer', 'offers', ...CHARGE_NOUNS]);

/**
 * The demand a refusal or concession answers, as the demander's REQUEST of the one answering: "a U.S.
 * demand that it open talks" (USA), "the main demand of a student-led movement" (the movement),
 * "opposition demands" (the answering side's opposition). Null when no demander is named.
 */
function answeredDemand(ctx: Context, unit: Unit, view: View, end: number, answer: Candidate): Candidate | null {
  const { words, slotAt, tokens } = view;
  const answerer = answer.actors[0];
  if (!answerer || !(answerer.entity.actor || answerer.entity.country)) return null;
  let noun = -1;
  for (let k = answer.tokenStart + 1; k < words.length && k < end + 6; k++) {
    if (DEMAND_NOUNS.has(wordAt(words, k)) && !slotAt[k]) { noun = k; break; }
    if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',' || wordAt(words, k) === 'that') return null;
  }
  if (noun < 0) return null;
  let maker: Slot | null = null;
  for (let k = noun - 1; k > answer.tokenStart && !maker; k--) {
    const slot = slotAt[k];
    if (slot && slot.entity.id !== answerer.entity.id) maker = slot;
    else if (wordAt(words, k) === 'opposition' && answerer.entity.country) {
      const t = tokens[k];
      maker = groupSlot(ctx, answerer.entity.country, 'OPP', t.start, t.end);
    } else {
      // ("a South Korean offer": a demonym of two words)
      const pair = k > 0 ? DEMONYMS.get(`${tokens[k - 1].text} ${tokens[k].text}`) : undefined;
      const from = pair ? k - 1 : k;
      const demonym = pair ?? DEMONYMS.get(tokens[k].text);
      if (demonym) maker = groupSlot(ctx, demonym, '', tokens[from].start, tokens[k].end);
    }
  }
  // ("the main demand of a student-led movement", "a demand from Washington", "calls from Zambia's Kaunda and Zimbabwe's Mugabe")
  let makers: Slot[] = [];
  if (!maker && (wordAt(words, noun + 1) === 'of' || wordAt(words, noun + 1) === 'from')) {
    const at = partyAt(view, noun + 2);
    maker = slotAt[at] ?? null;
    if (maker) makers = recipientSlots(ctx, view, at, new Set([answerer.entity.id]));
  }
  if (!maker || (maker.entity.country !== null && maker.entity.country === answerer.entity.country && maker.entity.sector !== 'OPP')) return null;
  if (makers.length === 0) makers = [maker];
  // ("rejected a South Korean offer of economic aid": an offer refused was made, AGREE; a proposal refused is told as no act
  // by the fixtures' writers)
  // ("China denied Japan's accusations": a charge denied was made, ACCUSE)
  const offered = wordAt(words, noun).startsWith('offer');
  const charged = CHARGE_NOUNS.has(wordAt(words, noun));
  const pattern = offered ? lexicon().byFirst.get('offer')?.find((p) => p.entry.id === 'agree.offer')
    : charged ? lexicon().byFirst.get('accuse')?.find((p) => p.entry.id === 'accuse.accuse')
    : lexicon().byFirst.get('demand')?.find((p) => p.entry.id === 'request.demand');
  // ("Burkina Faso, Mali and Niger rejected an ECOWAS offer": made to each of those answering)
  const answerers = answer.actors.filter((a) => a.entity.actor || a.entity.country);
  const made = pattern ? finish(ctx, unit, view, asNoun(pattern), noun, noun + 1, makers, answerers, noun, true) : null;
  // (made before the answer, on a day the text does not give)
  return made && recast(made, { date: null });
}

/** Whether a match reads as a verb here: a verb pattern in a verb form, not after a determiner ("the attack"). */
function usedAsVerb(words: readonly string[], m: TriggerMatch): boolean {
  return m.pattern.frame === 'verb' && m.form !== 'noun' && !DETERMINERS.has(wordAt(words, m.start - 1));
}

/**
 * The patterns each anchor word belongs to, and per pattern the sentence (generation) one of its
 * anchor words was last seen in: a reused table, no allocation per sentence. A sentence's words are
 * looked up here once (most pass the filter's "no" without a lookup); before, they were added to a
 * set cleared for every sentence, and that refill was half the time of the trigger matching.
 * A word is looked up once for both questions, the patterns it starts and the patterns it anchors
 * (`known`; seven in ten of the words looked up as anchors are looked up as first words too), and
 * the answer kept for the sentence's position (`looked`, `found`).
 */
interface AnchorTable {
  generation: number;
  readonly stamp: Int32Array;
  /** The trigger patterns each word starts and the patterns whose anchor it is. */
  readonly known: ReadonlyMap<string, EventWord>;
  /** The words of `known`, first words and anchor words together. */
  readonly filter: WordFilter;
  /** Per position of the sentence being coded, the generation its word was looked up in, and the answer. */
  looked: Int32Array;
  readonly found: (EventWord | null)[];
}

/** What a lower-cased word is to the trigger matching. */
interface EventWord {
  /** The patterns starting with the word (`lexicon().byFirst`), null if none. */
  readonly patterns: readonly Pattern[] | null;
  /** Ids of the patterns whose anchor words hold it, null if none. */
  readonly anchors: readonly number[] | null;
}

let anchors: AnchorTable | null = null;
function anchorTable(): AnchorTable {
  if (anchors) return anchors;
  const { byFirst, patternCount } = lexicon();
  const patternsOf = new Map<string, number[]>();
  const indexed = new Set<number>();
  for (const patterns of byFirst.values()) {
    for (const p of patterns) {
      if (p.anchor === null || indexed.has(p.id)) continue;
      indexed.add(p.id);
      for (const word of new Set(p.anchor)) {
        const ids = patternsOf.get(word);
        if (ids) ids.push(p.id);
        else patternsOf.set(word, [p.id]);
      }
    }
  }
  const known = new Map<string, EventWord>();
  for (const word of new Set([...byFirst.keys(), ...patternsOf.keys()])) known.set(word, { patterns: byFirst.get(word) ?? null, anchors: patternsOf.get(word) ?? null });
  anchors = { generation: 0, stamp: new Int32Array(patternCount), known, filter: wordFilter(known.keys()), looked: new Int32Array(256), found: [] };
  return anchors;
}

/** Starts a sentence of `n` words: its generation, with room for its answers. */
function nextUnit(table: AnchorTable, n: number): number {
  if (n > table.looked.length) table.looked = new Int32Array(Math.max(n, table.looked.length * 2));
  while (table.found.length < n) table.found.push(null);
  return ++table.generation;
}

/** What word `i` of the sentence is to the trigger matching (null: nothing), looked up once per sentence. */
function eventWordAt(table: AnchorTable, words: readonly string[], i: number, generation: number): EventWord | null {
  if (table.looked[i] === generation) return table.found[i];
  const word = words[i];
  const found = mayBeWord(table.filter, word) ? table.known.get(word) ?? null : null;
  table.looked[i] = generation;
  table.found[i] = found;
  return found;
}

/** The trigger patterns word `i` starts, null if none (what `lexicon().byFirst` holds for it). */
function triggersAt(table: AnchorTable, words: readonly string[], i: number, generation: number): readonly Pattern[] | null {
  return eventWordAt(table, words, i, generation)?.patterns ?? null;
}

/** Stamps with this sentence's generation every pattern one of whose anchor words is among `words`. */
function stampAnchors(table: AnchorTable, words: readonly string[], generation: number): void {
  for (let w = 0; w < words.length; w++) {
    const ids = eventWordAt(table, words, w, generation)?.anchors;
    if (ids) for (let k = 0; k < ids.length; k++) table.stamp[ids[k]] = generation;
  }
}

/** A trigger pattern matched at tokens `[start, end)`. */
interface TriggerMatch {
  readonly pattern: Pattern;
  readonly start: number;
  readonly end: number;
  readonly form: Form;
}

/** Trigger matches from token `first` on: the longest at each position, no overlaps, in text order. */
function triggerMatches(table: AnchorTable, words: readonly string[], first: number, generation: number): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  // per pattern: whether the sentence holds one of its anchor words (stamped on first need; see anchorTable)
  let stamped = false;
  for (let i = first; i < words.length; i++) {
    const patterns = triggersAt(table, words, i, generation);
    if (!patterns) continue;
    let best: TriggerMatch | null = null;
    for (const pattern of patterns) {
      const anchor = pattern.anchor;
      if (anchor !== null) {
        if (!stamped) {
          stampAnchors(table, words, generation);
          stamped = true;
        }
        if (table.stamp[pattern.id] !== generation) continue;
      }
      const end = matchRest(words, i + 1, pattern.rest, 0);
      if (end < 0) continue;
      const form = pattern.first.get(wordAt(words, i))!;
      if (!best || end > best.end || (end === best.end && pattern.frame === 'verb' && best.pattern.frame === 'noun')) best = { pattern, start: i, end, form };
    }
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

/**
 * "agreed to hold talks with Damascus", "vowed to punish", "his pledge to veto": the act embedded
 * after the trigger of `out[index]` is read into that event (its recipient, intent code, or what a
 * pledge of a hostile act is).
 */
/** The index of a verb of ending within the six words before the noun at `start` ("to end the Iraq-Iran war"), else -1. */
function endingBefore(words: readonly string[], start: number): number {
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (ENDING_WORDS.has(wordAt(words, k))) return k;
    if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',') return -1;
  }
  return -1;
}

const ENDING_WORDS: ReadonlySet<string> = new Set(['end', 'ends', 'ending', 'ended', 'halt', 'stop', 'settle', 'resolve', 'resolving', 'settling', 'stopping', 'halting']);

function readEmbedded(ctx: Context, view: View, out: Candidate[], index: number, m: TriggerMatch): void {
  const { words, tokens } = view;
  const host = out[index];
  if (host) {
    // "agreed to hold talks with Damascus": the host takes the act's recipient and intent code
    const embedded = m.pattern.entry;
    // (a verb read only in a relative clause on a noun, "levies Ottawa imposed on", is no act embedded: "agreed to impose a duty")
    if (embedded.sanctionBefore || embedded.agreementBefore) return;
    // "prepared to meet any escalation with countermeasures": the embedded verb in another sense is no act to offer
    if (embedded.objectActor && m.pattern.frame === 'verb' && (m.end === m.start + 1 || PREPOSITIONS.has(wordAt(words, m.end - 1))) && objectIsThing(view, m.end)) return;
    // ("agreed to initiate efforts to end the Iraq-Iran war": a war to be ended is no act offered or threatened, and its sides are
    // no party of the agreement)
    const ending = embedded.type === 'ASSAULT' && m.pattern.frame === 'noun' ? endingBefore(words, m.start) : -1;
    if (ending >= 0) {
      // (nor are the sides the war is named by: "to end the Iraq-Iran war" names no one the agreement is with)
      const from = tokens[ending].start, to = tokens[m.end - 1].end;
      const outside = host.recipients.filter((r) => r.end <= from || r.start >= to);
      if (outside.length !== host.recipients.length) out[index] = recast(host, { recipients: outside });
      return;
    }
    let recipients = host.recipients;
    if (recipients.length === 0 && host.type !== 'REQUEST') {
      recipients = findRecipients(ctx, view, embedded.recipient ?? [], m.start + 1, host.actors, embedded);
      if (recipients.length === 0 && m.end > m.start + 1) recipients = findRecipients(ctx, view, embedded.recipient ?? [], m.end, host.actors, embedded);
    }
    let cameo = host.cameo;
    // "his pledge to veto a tax hike": a pledge of a refusal is the refusal, intended
    if (host.type === 'AGREE' && host.cameo === '030' && wordAt(words, m.start - 1) === 'to' && PLEDGED_AS_ACT.has(embedded.type)) {
      out[index] = recast(host, { type: embedded.type, cameo: embedded.cameo, status: host.status === 'occurred' ? 'intended' : host.status, recipients, embedded: true });
      return;
    }
    // "vowed to punish", "promised to impose sanctions": a pledge of a hostile act is a threat
    // ("was ready to continue and perhaps step up the Gulf shipping war against Iraq": a war carried on, named by a noun)
    const threat = host.type === 'AGREE' && host.cameo === '030' && (wordAt(words, m.start - 1) === 'to' || (embedded.type === 'ASSAULT' && m.pattern.frame === 'noun'))
      ? THREAT_BY_EMBEDDED[embedded.type] : undefined;
    if (threat) {
      out[index] = recast(host, { type: 'THREATEN', cameo: threat, recipients, embedded: true });
      return;
    }
    if (host.type === 'AGREE' && host.cameo === '030') {
      cameo = INTENT_BY_EMBEDDED[embedded.type] ?? cameo;
      if (cameo === '031' && host.context && INTENT_CAMEO[host.context]) cameo = INTENT_CAMEO[host.context];
      if (cameo === '031') {
        const window = ctx.text.slice(tokens[m.start].start, tokens[Math.min(tokens.length, m.end + 4) - 1].end);
        const context = CONTEXT_CUES.find((c) => c.pattern.test(window))?.context;
        if (context && INTENT_CAMEO[context]) cameo = INTENT_CAMEO[context];
      }
    }
    out[index] = recast(host, { recipients, cameo, embedded: true });
  }
}

/**
 * How an act relates to the one coded before it in the same clause run: a purpose that restates it
 * (false: no event), the infinitive or framing noun that takes its actors, a causative's object,
 * an act asked for that has not happened, a noun that repeats it. Returns the candidate as it
 * stands after that.
 */
function relateToPrevious(ctx: Context, unit: Unit, view: View, m: TriggerMatch, found: Candidate | null, previous: Candidate): Candidate | null | false {
  const { words } = view;
  let candidate = found;
  const inf = (wordAt(words, m.start - 1) === 'to' || wordAt(words, m.start - 1) === 'and') && m.pattern.frame === 'verb' && !m.pattern.passive && m.form !== 'noun';
  // "blocked roads ... to protest": the purpose restates the act
  // ("held a video conference to discuss"; a consultation's purpose with a party of its own is one more: "visit Kyiv to meet Zelenskiy")
  if (wordAt(words, m.start - 1) === 'to' && inf && m.pattern.entry.type === previous.type && (previous.type !== 'CONSULT' || !candidate || candidate.recipients.length === 0)) return false;
  const during = m.pattern.frame === 'noun' || m.form === 'noun' || (m.form !== 'past' && m.form !== 'past/participle' && m.form !== 'participle' && m.form !== 'gerund' && !candidate);
  // "arrested 12 suspects in a joint operation": a joint act framing a compound subject's act
  // (a telephone interview during a visit is no call with the country visited)
  const framed = during && previous.mode !== 'visit' && (m.pattern.entry.type === 'CONSULT' || (m.pattern.entry.type === 'COOPERATE' && previous.actors.length > 1)) && /^(?:in|during|at|by|via|over)$/.test(wordAt(words, m.start - 1) === 'a' || wordAt(words, m.start - 1) === 'the' || wordAt(words, m.start - 1) === 'an' ? wordAt(words, m.start - 2) ?? '' : wordAt(words, m.start - 1) ?? '');
  // "prompting Tokyo to lodge a protest": a causative verb's object does the infinitive's act
  // (past the title before the name: "prompting President Donald Trump to announce")
  let causer = view.slotAt[m.start - 2] !== undefined ? view.slotStart[m.start - 2] - 1 : -1;
  while (causer > 0 && !view.slotAt[causer] && startsUpper(view.tokens[causer].text)) causer--;
  // (past an office written in lower case and the state before it: "prompting U.S. envoy Linda Thomas-Greenfield to accuse")
  if (causer > 0 && PERSON_NOUNS.has(wordAt(words, causer)) && /^\p{Ll}/u.test(view.tokens[causer].text)) {
    causer--;
    if (view.slotAt[causer] && !POSSESSIVE_MARKS.has(wordAt(words, causer))) causer = view.slotStart[causer] - 1;
  }
  // (past the name's possessor and article: "prompting Imamoglu's Republican People's Party to call", "prompting the party to")
  if (causer > 0 && POSSESSIVE_MARKS.has(wordAt(words, causer)) && view.slotAt[causer - 1]) causer = view.slotStart[causer - 1] - 1;
  if (causer > 0 && (wordAt(words, causer) === 'the' || POSSESSIVES.has(wordAt(words, causer)))) causer--;
  // ("prompting an adviser to Nigerian President Bola Tinubu to accuse": an aide named by the one served)
  if ((wordAt(words, causer) === 'to' || wordAt(words, causer) === 'of') && AIDES.has(wordAt(words, causer - 1))) {
    causer -= 2;
    if (DETERMINERS.has(wordAt(words, causer))) causer--;
  }
  const caused = inf && wordAt(words, m.start - 1) === 'to' && candidate !== null && causer >= 0 && CAUSATIVE_VERBS.has(wordAt(words, causer));
  // ("prompted Tokyo to lodge a protest" tells that it did)
  // (and when: the caused act's date was read as one to come)
  // (an "if" clause before the causative verb is the first act's condition, not this one's)
  if (caused && (candidate!.status === 'intended' || candidate!.status === 'hypothetical') && /(?:ed|ing)$/.test(wordAt(words, causer)) && !view.quoteAt[m.start]) candidate = recast(candidate!, { status: 'occurred', direction: 'past', date: previous.date ?? null });
  // ("prompting North Korea to put its armed forces on a war footing and to denounce the manoeuvres": the second infinitive
  // of the one caused was done as the first was)
  if (candidate && inf && wordAt(words, m.start - 1) === 'to' && wordAt(words, m.start - 2) === 'and' && candidate.status === 'intended' && previous.status === 'occurred'
    && wordAt(words, previous.tokenStart - 1) === 'to' && sameSlots(candidate.actors, previous.actors) && !view.quoteAt[m.start]) candidate = recast(candidate, { status: 'occurred', direction: 'past', date: previous.date ?? null });
  // ("Ishiba and Yoon held a call ..., their first since Ishiba took office, and agreed": the whole compound, not the name in the apposition)
  const narrowed = candidate !== null && wordAt(words, m.start - 1) === 'and' && wordAt(words, m.start - 2) === ',' && candidate.actors.length < previous.actors.length && candidate.actors.every((a) => previous.actors.some((p) => p.entity.id === a.entity.id));
  // ("welcomed a decision by the Waterside Workers' Federation to lift its ban": the infinitive's own subject named after the first verb)
  let ownSubject = false;
  for (let k = previous.tokenEnd; candidate !== null && k < m.start - 1; k++) {
    const agent = wordAt(words, k) === 'by' ? view.slotAt[k + 1] ?? (wordAt(words, k + 1) === 'the' ? view.slotAt[k + 2] : undefined) : undefined;
    if (agent && candidate.actors.some((a) => a.entity.id === agent.entity.id)) ownSubject = true;
  }
  // ("rallied against the government's decision to suspend talks": the one whose decision it was)
  if (decisionOwnerEnd(view, m.start - 2) >= 0) ownSubject = true;
  // ("Iran accused the U.S. after a U.S. cruiser shot down an airliner, ..., and vowed to avenge": the act in the time clause
  // is not the one `, and` continues)
  const afterClause = wordAt(words, m.start - 1) === 'and' && wordAt(words, m.start - 2) === ',' && subordinatorAt(view, m.start - 2) >= 0 && subordinatorAt(view, m.start - 2) < previous.tokenStart;
  if ((inf && !caused && !ownSubject && !afterClause && (!candidate || narrowed || candidate.actors.every((a) => !previous.actors.some((p) => p.entity.id === a.entity.id)))) || (framed && !candidate)) {
    // "will visit Kyiv to meet Zelenskiy": the subject of the purpose clause is the visitor;
    // "congratulated Modi in a phone call": the call is between the same two
    // read from right after the verb as codeMatch does: "and threatened Ukraine with retaliation"
    let own = m.end > m.start + 1 && inf ? findRecipients(ctx, view, m.pattern.entry.recipient ?? [], m.start + 1, previous.actors, m.pattern.entry) : [];
    if (own.length === 0) own = findRecipients(ctx, view, m.pattern.entry.recipient ?? [], m.end, previous.actors, m.pattern.entry);
    const made = finish(ctx, unit, view, m.pattern, m.start, m.end, [...previous.actors], own.length ? own : framed ? [...previous.recipients] : [], m.start, previous.past);
    // (the date the apposition holds is not the act's: the first verb's is)
    // (a demand's "requested" is no status of another act joined to it: "demanded that Henry resign and warned of civil war")
    if (made) candidate = recast(made, { status: inf && previous.status !== 'occurred' && !(previous.status === 'requested' && made.type !== 'REQUEST') ? previous.status : made.status, date: (narrowed ? previous.date : null) ?? made.date ?? previous.date });
  }
  // "will make a visit to the United States and hold talks with Reagan": a bare verb after `and` shares the modal of the first
  if (candidate && m.form === 'base' && wordAt(words, m.start - 1) === 'and' && candidate.status === 'occurred' && (previous.status === 'intended' || previous.status === 'hypothetical')
    && sameSlots(candidate.actors, previous.actors)) candidate = recast(candidate, { status: previous.status, direction: previous.direction });
  // "demanding that the government ban imports": the act in a demand's `that` clause has not happened
  if (candidate && previous.type === 'REQUEST' && m.form === 'base' && m.pattern.frame === 'verb' && m.start - previous.tokenEnd <= 8
    && words.slice(previous.tokenEnd - 1, m.start).includes('that')) candidate = null;
  // "Moscow demands UN Security Council meeting", "called for talks with Kyiv": the act asked for has not happened
  // (a war is a state that goes on, not an act asked for: "demanded a ceasefire in the war between Iran and Iraq")
  // (a word act joined by `and` to a request told by a participle is the speaker's own: "urging negotiations and warning of
  // military action")
  const joinedParticiple = m.form === 'gerund' && wordAt(words, m.start - 1) === 'and' && SPOKEN_ACTS.has(m.pattern.entry.type) && /ing$/.test(wordAt(words, previous.tokenStart));
  if (candidate && (m.pattern.frame === 'noun' || m.form === 'noun' || m.form === 'gerund') && previous.type === 'REQUEST' && m.start - previous.tokenEnd <= 6 && !candidate.entry.mutual && !joinedParticiple) candidate = null;
  if (candidate && candidate.frame === 'noun' && candidate.type === previous.type && sameSlots(candidate.actors, previous.actors)) {
    candidate = recast(candidate, { status: previous.status, date: previous.date ?? candidate.date });
  }
  // "completing a pullout demanded by the military government in Niamey": an act named right before a participle with `by`
  // is what the agent asked of the last act's doer
  const doer = previous.actors[0];
  if (candidate && candidate.type === 'REQUEST' && candidate.recipients.length === 0 && (m.form === 'participle' || m.form === 'past/participle') && wordAt(words, m.end) === 'by'
    && m.start - previous.tokenEnd <= 8 && !hasClauseBoundary(words, previous.tokenEnd, m.start) && !candidate.actors.some((a) => previous.actors.some((p) => p.entity.id === a.entity.id))
    && doer?.entity.country) {
    candidate = recast(candidate, { recipients: [groupSlot(ctx, doer.entity.country, '', doer.start, doer.end)], date: null });
  }
  // ("hundreds of people rallied in Bamako to demand a return to civilian rule": a demand a protest is made for is to the protest's
  // target, from the same crowd)
  if (candidate && candidate.type === 'REQUEST' && candidate.recipients.length === 0 && previous.type === 'PROTEST' && previous.recipients.length > 0
    && wordAt(words, m.start - 1) === 'to' && m.start - previous.tokenEnd <= 10 && sameSlots(candidate.actors, previous.actors)) {
    candidate = recast(candidate, { recipients: [...previous.recipients] });
  }
  // "exchanged prisoners in a swap brokered by the UAE": a mediator with no parties named stands between those of the act it brokered
  if (candidate && candidate.type === 'CONSULT' && candidate.cameo === '045' && candidate.recipients.length === 0) {
    const parties = [...previous.actors, ...previous.recipients].filter((p, i, all) => all.findIndex((q) => q.entity.id === p.entity.id) === i && !candidate!.actors.some((a) => a.entity.id === p.entity.id));
    if (parties.length > 0) candidate = recast(candidate, { recipients: parties });
  }
  // "Li Qiang hosted Manele ... and pledged to deepen cooperation": a pledge or act of help joined to an act with a party is to that party
  // (after a friendly act, and as a verb of its own in the past: not "a plan to spur spending and open its markets")
  if (candidate && candidate.recipients.length === 0 && wordAt(words, m.start - 1) === 'and' && previous.recipients.length > 0 && JOINED_TO_PARTY.has(candidate.type)
    && JOINED_TO_PARTY.has(previous.type === 'CONSULT' ? 'AGREE' : previous.type) && (m.form === 'past' || m.form === 'past/participle')
    && sameSlots(candidate.actors, previous.actors) && !hasClauseBoundary(words, previous.tokenEnd, m.start)) {
    candidate = recast(candidate, { recipients: [...previous.recipients] });
  }
  // "severed relations with the UAE, accusing the Gulf state of ...", "expelled three French
  // diplomats, accusing them of": an object told again is the last act's target
  if (candidate && wordAt(words, m.start - 1) === ',' && previous.recipients.length > 0 && sameSlots(candidate.actors, previous.actors) && refersBack(view, m.end)) {
    // ("imposed a trade embargo on Nicaragua, accusing its Sandinista government of": the government of the country told)
    const head = backHead(view, m.end);
    const rulers = head !== null && RULER_HEADS.has(head);
    candidate = recast(candidate, { recipients: rulers ? previous.recipients.map((r) => r.entity.country && r.entity.sector !== 'GOV'
      ? groupSlot(ctx, r.entity.country, 'GOV', r.start, r.end) : r) : [...previous.recipients] });
  }
  return candidate;
}

/** Words after which `to` names the one written to ("wrote to", "a letter to"). */
const WRITTEN: ReadonlySet<string> = new Set(['wrote', 'written', 'writing', 'letter', 'letters', 'message', 'messages']);

/** The party named right before token k (a comma between allowed) after "wrote to" or "a letter to", else null. */
function writtenTo(view: View, k: number): Slot | null {
  let j = wordAt(view.words, k - 1) === ',' ? k - 2 : k - 1;
  const slot = view.slotAt[j];
  if (!slot || (!slot.entity.actor && !slot.entity.country)) return null;
  j = view.slotStart[j] - 1;
  if (wordAt(view.words, j) === 'the' || POSSESSIVES.has(wordAt(view.words, j))) j--;
  return wordAt(view.words, j) === 'to' && WRITTEN.has(wordAt(view.words, j - 1)) ? slot : null;
}

/** Acts that, joined by `and` to an act with a party, are to that party ("hosted X and pledged to deepen cooperation"). */
const JOINED_TO_PARTY: ReadonlySet<PloverType> = new Set(['AGREE', 'SUPPORT', 'COOPERATE', 'AID']);

/** Heads of a definite noun phrase that names again a party told before ("the Gulf state", "the kingdom"). */
const BACK_HEADS: ReadonlySet<string> = new Set(['state', 'country', 'kingdom', 'nation', 'neighbour', 'neighbor', 'emirate', 'republic', 'island', 'territory', 'government', 'junta', 'regime', 'group', 'movement', 'diplomats', 'envoy', 'envoys', 'officials', 'billionaire', 'tycoon']);

/** Whether the object at token k names a party told before: "him", "them", "the Gulf state" (no country named in it). */
function refersBack(view: View, k: number): boolean {
  const w = wordAt(view.words, k);
  if (w === 'him' || w === 'her' || w === 'them' || w === 'it') return true;
  return backHead(view, k) !== null;
}

/** The head of "the Gulf state", "its Sandinista government" at token k (no coded name in it), else null. */
function backHead(view: View, k: number): string | null {
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

/** Heads of another country named by its tie to the actor ("its neighbour", "their rival"). */
const RIVAL_HEADS: ReadonlySet<string> = new Set(['neighbour', 'neighbor', 'rival', 'enemy', 'foe', 'adversary']);

/** Heads that name a country again ("the Caribbean country", "the Gulf state", "the island nation"). */
const STATE_BACK_HEADS: ReadonlySet<string> = new Set(['country', 'nation', 'kingdom', 'state', 'emirate', 'republic', 'city-state']);
/** Heads that name an island state again, told by the region word they are ("the communist-ruled island", "the archipelago"). */
const ISLAND_HEADS: ReadonlySet<string> = new Set(['island', 'archipelago']);
/** Heads of a place named again by its region ("the Pacific territory", "the Caribbean island"), never alone ("the territory"). */
const PLACE_BACK_HEADS: ReadonlySet<string> = new Set(['territory', 'island']);

/** Whether token `k` ends the noun phrase before it: no word, punctuation, a preposition or a conjunction ("on the country.", "on the country on Sunday"). */
function endsPhrase(view: View, k: number): boolean {
  const w = wordAt(view.words, k);
  return w === '' || !/^\p{Ll}/u.test(view.tokens[k].text) || PREPOSITIONS.has(w) || w === 'and' || w === 'but' || w === 'after' || w === 'over';
}

/** Whether the description at `k` ends in a place head with no name after it ("the Pacific territory", not "the Pacific island nation of Tuvalu"). */
function placeNamedBack(view: View, k: number): boolean {
  const head = backHead(view, k);
  if (!head || !PLACE_BACK_HEADS.has(head)) return false;
  let j = k + 1;
  while (wordAt(view.words, j) !== head) j++;
  const after = wordAt(view.words, j + 1);
  return after !== 'of' && !BACK_HEADS.has(after) && !view.slotAt[j + 1];
}

/** The last country the story names before `at` that is none of the actors' countries, or null. */
function lastCountryBefore(ctx: Context, at: number, actors: readonly Slot[], region: ReadonlySet<string> | null = null): Entity | null {
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

/** The countries the region word of a description at token k names ("the Gulf state": the Gulf's), else null. */
function regionAt(view: View, k: number): ReadonlySet<string> | null {
  const words: string[] = [];
  for (let j = k + 1; j <= k + 3 && j < view.words.length && !STATE_BACK_HEADS.has(wordAt(view.words, j)); j++) words.push(wordAt(view.words, j));
  return regionOf(words);
}

/**
 * After a sentence with an event, what it was about: the actor of its first event when a country or a body ("Qatar condemned the
 * strike. It also urged ...", "Saudi Arabia expelled the envoy. The kingdom also froze trade"); a person leaves none (coreference
 * reads "he" and "the minister").
 */
function noteSubject(ctx: Context, unit: Unit, coded: readonly Candidate[]): void {
  if (unit.sentence < 0) return;
  const first = coded.find((c) => c.actors.length > 0);
  const party = (e: Entity) => (e.type === 'country' || e.type === 'organization') && e.actor !== null;
  const opener = speakingOpener(ctx, unit);
  // ("Iraq said Iranian troops attacked positions near Basra. It accused Tehran": a sentence that opens with a body or country and
  // its verb is about it, not about another side whose act it reports; its own forces' acts leave them told, for a later "They")
  if (first && opener && party(opener) && opener.country !== first.actors[0].entity.country) {
    ctx.told.subject = opener;
    ctx.told.several = [];
    ctx.told.people = false;
    ctx.told.sentence = unit.sentence;
    return;
  }
  if (!first) {
    // ("The World Bank said Indonesia had made progress. It called on Jakarta to ...": a sentence with no event that opens with
    // a body or country and its verb is about it too)
    if (opener && party(opener)) {
      ctx.told.subject = opener;
      ctx.told.several = [];
      ctx.told.people = false;
      ctx.told.sentence = unit.sentence;
    }
    return;
  }
  const e = first.actors[0].entity;
  ctx.told.subject = party(e) ? e : null;
  // ("Mali, Burkina Faso and Niger recalled their ambassadors. They accused Algiers": each of the compound's members)
  const several: Entity[] = [];
  for (const c of coded) {
    if (c.trigger.start !== first.trigger.start) continue;
    for (const a of c.actors) if (party(a.entity) && !several.includes(a.entity)) several.push(a.entity);
  }
  ctx.told.several = several.length > 1 && several.every((x) => party(x)) ? several : [];
  ctx.told.people = first.recipients.some((r) => r.entity.type !== 'country' && !r.entity.sector);
  ctx.told.sentence = unit.sentence;
}

/** A verb right after a sentence's opening name, past adverbs of time and auxiliaries: "said", "yesterday adopted", "has warned". */
const OPENER_VERB = /^\s+(?:(?:also|yesterday|today|tonight|earlier|later|again|has|have|had|will|would|is|was)\s+)*([a-z]+)\b/;

/**
 * The entity a sentence opens with as the subject of its verb ("The World Bank said", "Venezuela has asked"), read from the
 * mentions: nothing but an article before the name, and a verb of saying or a past form right after it; else null.
 */
function speakingOpener(ctx: Context, unit: Unit): Entity | null {
  const m = ctx.mentions.find((x) => x.start >= unit.start && x.start < unit.end);
  if (!m || !/^\s*(?:[Tt]he\s+)?$/.test(ctx.text.slice(unit.start, m.start))) return null;
  const verb = OPENER_VERB.exec(ctx.text.slice(m.end, Math.min(unit.end, m.end + 60)))?.[1];
  if (!verb || !(SPEECH_VERBS.has(verb) || /ed$/.test(verb))) return null;
  return ctx.entities.get(m.entity) ?? null;
}

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

/** Heads that name a country's rulers ("its government", "the junta"). */
const RULER_HEADS: ReadonlySet<string> = new Set(['government', 'regime', 'junta']);

/** Whether a passive's `by` follows within a few words of place or time ("was greeted at the airport by"), past no clause or verb. */
function agentAfterPlace(words: readonly string[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 6; j++) {
    const w = wordAt(words, j);
    if (w === 'by') return true;
    if (w === ',' || BOUNDARY.has(w) || CLAUSE_STOPS.has(w) || lexicon().inflected.has(w)) return false;
  }
  return false;
}

/** Whether a pattern's closing `to` opens the infinitive its trigger governs ("gave Lithuania two days to revoke"): no object follows it. */
function infinitiveAfter(m: TriggerMatch): boolean {
  const last = m.pattern.rest[m.pattern.rest.length - 1];
  return m.pattern.entry.embeds === true && last !== undefined && !('gap' in last) && last.words.size === 1 && last.words.has('to');
}

/** Whether the noun at `at` is what a policy or strategy is "of" ("policy of pressure and sanctions"). */
function policyOf(words: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - 5; k--) {
    const w = wordAt(words, k);
    if (w === 'of') return POLICY_NOUNS.has(wordAt(words, k - 1));
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}
const POLICY_NOUNS: ReadonlySet<string> = new Set(['policy', 'policies', 'strategy', 'doctrine', 'tactic', 'tactics']);

/** "No Indian prime minister has visited Pakistan": the subject is under "no", so nobody acted. */
function noSubject(view: View, actors: readonly Slot[]): boolean {
  if (actors.length === 0) return false;
  const { tokens } = view;
  const lo = firstFrom(tokens, actors[0].start);
  if (lo >= tokens.length || tokens[lo].start !== actors[0].start) return false;
  // ("Neither the United States nor Israel has recognised the new state": each of the parties denied)
  const before = wordAt(view.words, lo - 1) === 'the' ? wordAt(view.words, lo - 2) : wordAt(view.words, lo - 1);
  return wordAt(view.words, lo - 1) === 'no' || ((before === 'neither' || before === 'nor') && actors.length > 0);
}

/** Where a sentence stops asserting: after "rumors that", "reports that", "no information", "denied that", "would imply that" (the length when it never does). */
function hearsayStart(view: View): number {
  const { words, slotAt } = view;
  for (let i = 1; i < words.length; i++) {
    const w = wordAt(words, i);
    // "Xinhua reports that" is speech: a noun only when no name is its subject
    if (w === 'that' && ((HEARSAY_NOUNS.has(wordAt(words, i - 1)) && !slotAt[i - 2]) || DENIAL_VERBS.has(wordAt(words, i - 1)) || IMPLYING_VERBS.has(wordAt(words, i - 1)))) return i;
    // "some of the rumors in the London markets were that ..."
    if (w === 'that' && BE_FORMS.has(wordAt(words, i - 1))) for (let j = i - 2; j >= 0 && j >= i - 8; j--) if (HEARSAY_NOUNS.has(wordAt(words, j)) && !slotAt[j - 1]) return i;
    if (w === 'information' && wordAt(words, i - 1) === 'no') return i;
  }
  return words.length;
}

/**
 * The `to` at index `to` opens an infinitive that asserts nothing: after a content noun ("demands
 * to halt", "failure to honor", "decision to shelve") or a verb of wishing or forcing with an object
 * between ("wants Tokyo to", "push Germany and Japan harder to", "wants other Group of Seven countries to").
 */
const TAKE_CHANCE = new Set(['use', 'uses', 'used', 'using', 'take', 'takes', 'took', 'taking']);

function unassertedInfinitive(view: View, to: number): boolean {
  const { words, slotAt, slotStart } = view;
  const before = wordAt(words, to - 1);
  // "I would like to use this opportunity to invite you": taking the chance is doing the act
  if (before === 'opportunity' && (wordAt(words, to - 2) === 'this' || wordAt(words, to - 2) === 'the') && TAKE_CHANCE.has(wordAt(words, to - 3) ?? '')) return false;
  // ("the government's decision to suspend talks": a decision someone is told to have taken is the act taken)
  if (decisionOwnerEnd(view, to - 1) >= 0) return false;
  if (before !== '' && (CONTENT_NOUNS.has(before) || UNASSERTING_NOUNS.has(before))) return true;
  // "failure to honor an agreement to stop dumping ... and to open its market": a second infinitive shares the first one's head
  if (before === 'and') {
    for (let j = to - 2; j > 0 && j >= to - 16; j--) {
      if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === '.') return false;
      if (wordAt(words, j) === 'to' && !slotAt[j + 1]) return unassertedInfinitive(view, j);
    }
    return false;
  }
  // "Ukraine's right to use British weapons to strike Russian territory": the purpose of an unasserted infinitive is not asserted either
  for (let j = to - 1; j > 0 && j >= to - 8; j--) {
    const w = wordAt(words, j);
    if (w === 'to' && isInfinitive(view, j + 1)) {
      if (unassertedInfinitive(view, j)) return true;
      break;
    }
    if (BOUNDARY.has(w) || w === ',' || w === '.' || w === 'that' || PREPOSITIONS.has(w)) break;
  }
  let object = 0;
  for (let j = to - 1, n = 0; j >= 0 && n < 8; j--, n++) {
    if (slotAt[j]) {
      j = slotStart[j] >= 0 ? slotStart[j] : j;
      object++;
      continue;
    }
    const w = wordAt(words, j);
    if (UNASSERTING_VERBS.has(w)) return object > 0;
    // (not "told reporters he hopes to sign": the speaker's own words after the ones he told)
    if (TELLING_VERBS.has(w)) return object > 0 && partiesBetween(view, j + 1, to);
    // "want very much to lift": degree words are no object
    if (w === 'very' || w === 'much' || w === 'so' || w === 'really' || w.endsWith('ly')) continue;
    if (BOUNDARY.has(w) || w === ',' || w === '.' || w === 'that' || PREPOSITIONS.has(w) || BE_FORMS.has(w) || !/^\p{Ll}/u.test(view.tokens[j].text)) return false;
    object++;
  }
  return false;
}

/** Whether tokens [from, to) name only parties: names, their determiners and collective heads ("Iran and Iraq", "both sides"). */
function partiesBetween(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = wordAt(view.words, k);
    if (!view.slotAt[k] && !DETERMINERS.has(w) && !COLLECTIVE_NOUNS.has(w) && w !== 'both' && w !== 'all' && w !== 'and') return false;
  }
  return to > from;
}

/** Prepositions after a framing noun that give it a party of its own. */
const OWN_PARTY = new Set(['to', 'with', 'between', 'in']);
const FRAME_PREPOSITIONS = new Set(['during', 'at', 'after', 'before', 'throughout', 'ahead']);

/** A nominal trigger in "during his visit", "at the talks", "after the meeting": it frames another act. */
function framingNoun(view: View, start: number): boolean {
  const { words, tokens } = view;
  let j = start - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 4 && (DETERMINERS.has(wordAt(words, j)) || POSSESSIVES.has(wordAt(words, j)) || (/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j].text) && !PREPOSITIONS.has(wordAt(words, j)) && !FRAME_PREPOSITIONS.has(wordAt(words, j)) && !MODALS.has(wordAt(words, j))))) { j--; skipped++; }
  return skipped > 0 && j >= 0 && FRAME_PREPOSITIONS.has(wordAt(words, j)) && (DETERMINERS.has(wordAt(words, start - 1)) || POSSESSIVES.has(wordAt(words, start - 1)) || skipped > 1);
}

/** An idle infinitive at `end` (after the trigger's own `to`, or a `to` there): "declined to comment", "refused to answer". */
function idleComplement(words: readonly string[], end: number, idle: readonly IdlePattern[]): boolean {
  let k = end;
  if (wordAt(words, k - 1) !== 'to') {
    if (wordAt(words, k) !== 'to') return false;
    k++;
  }
  if (wordAt(words, k) !== '' && wordAt(words, k).endsWith('ly')) k++; // "declined to immediately comment"
  const w = wordAt(words, k);
  if (w === '') return false;
  for (const p of idle) if (p.first.has(w) && matchRest(words, k + 1, p.rest, 0) >= 0) return true;
  return false;
}

/** A word that is a noun heading an object: lower case, no function word, no verb form of a trigger. */
function contentWord(view: View, j: number): boolean {
  const t = view.tokens[j];
  const w = wordAt(view.words, j);
  if (!t || view.slotAt[j] || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  if (PREPOSITIONS.has(w) || DETERMINERS.has(w) || MODALS.has(w) || BE_FORMS.has(w) || NOT_OBJECTS.has(w) || AMOUNT_WORDS.has(w) || w.endsWith('ly')) return false;
  // a trigger verb's -s form after a determiner is a plural noun ("their targets")
  const prev = wordAt(view.words, j - 1) ?? '';
  return !lexicon().inflected.has(w) || (w.endsWith('s') && (DETERMINERS.has(prev) || POSSESSIVES.has(prev)));
}

/** Adjectives in -ly, before a noun they would be read as adverbs of a verb ("sparking nightly rallies"). */
const LY_ADJECTIVES: ReadonlySet<string> = new Set(['nightly', 'daily', 'weekly', 'monthly', 'yearly', 'deadly', 'costly', 'unruly', 'disorderly', 'orderly', 'lively', 'elderly', 'friendly']);

/** Plurals in -ers that are things, not people. */
const THING_AGENTS = new Set(['orders', 'numbers', 'papers', 'letters', 'powers', 'borders', 'barriers', 'matters', 'waters', 'headquarters', 'quarters', 'offers', 'transfers', 'centers', 'centres', 'meters', 'containers', 'computers', 'engines', 'tankers', 'fibers', 'fibres', 'figures', 'guarantees', 'fees', 'committees']);

/** The word that opens the clause of the verb at `start`, read left over its subject ("while Iran and Iraq observe" -> while). */
function subjectOpener(view: View, start: number): string {
  const { words, slotAt, slotStart } = view;
  let j = start - 1;
  for (let n = 0; j >= 0 && n < 10; n++) {
    if (slotAt[j]) {
      j = (slotStart[j] >= 0 ? slotStart[j] : j) - 1;
      continue;
    }
    const w = wordAt(words, j);
    if (w === 'and' || w === 'the' || w === 'both' || w === ',' || (w.length > 4 && w.endsWith('ly'))) { j--; continue; }
    return w;
  }
  return '';
}

/** The slot's name stands before a noun it modifies ("U.S. universities"). */
function modifiesNoun(view: View, slot: Slot): boolean {
  const at = view.tokens.findIndex((t) => t.start >= slot.start);
  return at >= 0 && contentWord(view, nextAfterSlot(view, at));
}

/** A noun for people: group and domestic heads, titles, "counterparts", "makers". */
function personNoun(w: string): boolean {
  // agent nouns: "smugglers", "traffickers", "journalists", "politicians", "detainees"
  if (w.length > 5 && (w.endsWith('ers') || w.endsWith('ists') || w.endsWith('ians') || w.endsWith('ees')) && !THING_AGENTS.has(w)) return true;
  // a group head with a sector ("troops", "officials"); heads of no sector are things too ("targets", "goods")
  return Boolean(HEADS.get(w)) || DOMESTIC.has(w) || PERSON_NOUNS.has(w) || CROWD_WORDS.has(w) || TITLE_SECTORS.has(w) || (w.endsWith('s') && TITLE_SECTORS.has(w.slice(0, -1)));
}

/**
 * The direct object at `k` is a thing, not an actor: "the dollar's fall", "their commitments", "an
 * order", "a 12 pct rise", "money supply", "the U.S. currency" (a name modifying a noun), "1.7 mln
 * British pounds". No object at all (a preposition, an adverb, a time word) is not a thing.
 */
/** Nouns that head a group of people before `of` ("met groups of employees", "heads of state"). */
const COLLECTIVE_NOUNS = new Set(['groups', 'group', 'heads', 'head', 'representatives', 'families', 'relatives', 'parties', 'sides', 'members', 'delegations', 'delegation', 'chiefs', 'leaders', 'bodies', 'crowds']);

function objectIsThing(view: View, k: number): boolean {
  const { words, tokens, slotAt } = view;
  // ("each side accused the other", "accused each other": the other party)
  if ((wordAt(words, k) === 'the' || wordAt(words, k) === 'each') && wordAt(words, k + 1) === 'other') return false;
  // ("the two sides will meet next month": a time adverbial right after the verb is no object)
  if (skipTimeAdverbial(words, k) > k) return false;
  let content = false;
  for (let j = k, n = 0; j < words.length && n < 8; j++, n++) {
    if (slotAt[j]) {
      // a name followed by nouns modifies them ("the U.S. currency", "the Paris agreement") unless one is a person
      let after = nextAfterSlot(view, j);
      // ("could meet opposition from the provincial government": the objection met, not a party met)
      if (j === k && after === j + 1 && wordAt(words, j) === 'opposition' && wordAt(words, after) === 'from') return true;
      if (wordAt(words, after) === "'s" || wordAt(words, after) === '’s') return false;
      if (NON_ACTOR_HEADS.has(wordAt(words, after) ?? '')) return true; // "the U.S. Currency", "PARIS CURRENCY AGREEMENT" in capitals
      // ("will host Macron next month", "will host the two leaders next week": a time adverbial after the name ends the object)
      if (skipTimeAdverbial(words, after) > after) return false;
      let thing = false;
      for (let x = 0; x < 4 && contentWord(view, after); x++, after++) {
        if (personNoun(wordAt(words, after))) return false;
        thing = true;
      }
      return thing;
    }
    const w = wordAt(words, j);
    // "meet any escalation of military actions": the noun before `of` heads the object ("groups of employees" are people)
    if (w === 'of' && content && !COLLECTIVE_NOUNS.has(wordAt(words, j - 1))) return true;
    if (n === 0 && w.endsWith('ly')) continue; // "met briefly with"
    if (DETERMINERS.has(w) || POSSESSIVES.has(w) || (AMOUNT_WORDS.has(w) && !NOT_OBJECTS.has(w)) || /^[\d$€£%]/.test(w) || w === 'pct' || w === 'mln' || w === 'bln' || w === 'million' || w === 'billion' || w === "'s" || w === '’s') {
      if (NOT_OBJECTS.has(w) && n === 0) return false;
      continue;
    }
    if (startsUpper(tokens[j].text)) {
      // "British pounds": a demonym before a money or market noun; any other capitalised word may be a name
      if (!DEMONYMS.has(tokens[j].text)) return false;
      let after = j + 1;
      for (let x = 0; x < 3 && contentWord(view, after); x++, after++) if (NON_ACTOR_HEADS.has(wordAt(words, after))) return true;
      return false;
    }
    // ("detained 11 current and former journalists": modifiers joined by `and` before the head)
    if ((w === 'and' || w === 'or') && content && contentWord(view, j + 1)) continue;
    if (!contentWord(view, j)) return content;
    if (personNoun(w)) return false;
    content = true;
  }
  return content;
}

/** A noun phrase right after an intransitive verb ("demonstrate its authority", "rallied support"): another sense. */
function hasDirectObject(view: View, k: number): boolean {
  const w = wordAt(view.words, k);
  // ("rallied every Saturday night", "marched last week": a time adverbial is no object)
  if (w === '' || view.slotAt[k] || skipTimeAdverbial(view.words, k) > k) return false;
  return POSSESSIVES.has(w) || ((w === 'the' || w === 'a' || w === 'an') && !view.slotAt[k + 1]) || (contentWord(view, k) && !personNoun(w) && !CROWD_WORDS.has(w));
}

/** A sentence about money or trade with no word of war: "strike", "hit" are figurative there. */
function figurativeUnit(words: readonly string[]): boolean {
  let money = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // ("can battle market forces": the forces of a market are none of war)
    if (WAR_WORDS.has(w) && !(w === 'forces' && words[i - 1] === 'market')) return false;
    if (MONEY_WORDS.has(w)) money = true;
  }
  return money;
}

/** Endings of words that describe an armed group before its name ("paramilitary", "Islamist", "Shiite", "militant", "Lebanese"), none a noun of a deal. */
const ARMED_DESCRIPTION = /(?:ary|ist|ic|ite|ant|ese|ian)$/;

/** "the currency pact they struck", "taxes Reagan has vowed to veto": the verb's object is the noun before its subject. */
function gappedRelative(view: View, start: number): boolean {
  const { words, tokens, slotAt, slotStart } = view;
  let j = start - 1;
  while (j >= 0 && (PERFECT_AUXILIARIES.has(wordAt(words, j)) || wordAt(words, j) === 'would' || wordAt(words, j) === 'will')) j--;
  if (j < 0) return false;
  const pronoun = wordAt(words, j) === 'they' || wordAt(words, j) === 'he' || wordAt(words, j) === 'she' || wordAt(words, j) === 'we' || wordAt(words, j) === 'it' || wordAt(words, j) === 'i';
  if (!pronoun && !slotAt[j]) return false;
  const subjectStart = slotAt[j] && slotStart[j] >= 0 ? slotStart[j] : j;
  const noun = subjectStart - 1;
  if (noun < 1 || !contentWord(view, noun) || SPEECH_VERBS.has(wordAt(words, noun)) || wordAt(words, noun).endsWith('ed')) return false;
  // ("the paramilitary Rapid Support Forces struck", "the Islamist Hamas struck": a word describing an armed group is no object before it)
  const sector = slotAt[j]?.entity.sector;
  // (not after a noun the clause hangs on: "the truce pact the militant Hamas struck")
  const head = wordAt(words, noun - 2);
  if ((sector === 'REB' || sector === 'MIL') && ARMED_DESCRIPTION.test(wordAt(words, noun)) && wordAt(words, noun - 1) === 'the'
    && (head === '' || !/^\p{L}/u.test(head) || PREPOSITIONS.has(head) || BOUNDARY.has(head))) return false;
  // a noun phrase opened by a determiner right before
  for (let d = noun - 1; d >= 0 && d >= noun - 3; d--) {
    if (wordAt(words, d) === 'the' || wordAt(words, d) === 'a' || wordAt(words, d) === 'an' || POSSESSIVES.has(wordAt(words, d))) return true;
    if (!/^\p{L}/u.test(tokens[d].text)) return false;
  }
  return false;
}

/** The token of the party a lower-case description ending at `k` stands in apposition to (", an armed group"), or -1. */
function describedParty(view: View, k: number): number {
  const { words, tokens, slotAt } = view;
  for (let d = k; d > 0 && d >= k - 4; d--) {
    if (!/^\p{Ll}/u.test(tokens[d].text) || slotAt[d]) return -1;
    if ((wordAt(words, d) === 'a' || wordAt(words, d) === 'an') && wordAt(words, d - 1) === ',') return slotAt[d - 2] ? d - 2 : -1;
  }
  return -1;
}

/**
 * The noun a relative clause with no object hangs on, for the verb at `start`: "25 Soviet diplomats and journalists it
 * accused of", "officials whom London accused of". The subject right before the verb, then (past `whom` or `that`) a party
 * named right before it, or one joined to a plain noun there by `and`; null otherwise.
 */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);

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

function hasClauseBoundary(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BOUNDARY.has(wordAt(words, i)) || wordAt(words, i) === '.' || wordAt(words, i) === 'but' || wordAt(words, i) === 'while' || wordAt(words, i) === 'after' || wordAt(words, i) === 'before') return true;
  return false;
}

function sameSlots(a: readonly Slot[], b: readonly Slot[]): boolean {
  return a.length === b.length && a.every((x, i) => x.entity.id === b[i].entity.id);
}

/** The `of` of "accused X of V-ing" within a few words after the verb, else -1: what follows is the charge. */
function chargeGerund(words: readonly string[], from: number): number {
  for (let j = from; j < words.length - 1 && j <= from + 8; j++) {
    if (wordAt(words, j) === 'of') return wordAt(words, j + 1).endsWith('ing') ? j : -1;
    if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === ',' || wordAt(words, j) === '.') return -1;
  }
  return -1;
}

function hasBoundary(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BOUNDARY.has(wordAt(words, i)) || wordAt(words, i) === ',' || wordAt(words, i) === '.') return true;
  return false;
}

/** Match the steps after the first word; returns the token index after the match, or -1. */
function matchRest(words: readonly string[], i: number, steps: readonly Step[], k: number): number {
  const end = matchSteps(words, i, steps, k);
  if (end >= 0 || k !== 0 || steps.length === 0 || 'gap' in steps[0]) return end;
  // "promised on Tuesday to send", "agreed last year to restore": a time adverbial between the verb and its complement
  let after = skipTimeAdverbial(words, i);
  // ("agreed in principle today to conclude": two in a row)
  if (after > i) after = skipTimeAdverbial(words, after);
  return after > i ? matchSteps(words, after, steps, k) : -1;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const PERIODS = new Set(['week', 'month', 'year', 'weekend']);
/** Parts of a day a time adverbial names ("every Saturday night", "each morning"). */
const DAY_PARTS: ReadonlySet<string> = new Set(['day', 'night', 'morning', 'evening', 'afternoon']);
/** One-word time adverbials: "agreed earlier to", "vowed again to". */
const TIME_ADVERBS = new Set(['earlier', 'later', 'yesterday', 'today', 'overnight', 'again', 'also', 'formally', 'publicly', 'officially', 'now']);

/** The index after a time adverbial at i ("on Monday", "on June 4", "last year", "earlier this week"), else i. */
/** A four-digit year ("1984", "2024"), read without a regex (called while matching). */
function isYear(w: string): boolean {
  if (w.length !== 4) return false;
  for (let k = 0; k < 4; k++) {
    const c = w.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return w.charCodeAt(0) === 49 || w.charCodeAt(0) === 50;
}

function skipTimeAdverbial(words: readonly string[], i: number): number {
  const w = wordAt(words, i);
  // "agreed late on Wednesday to", "promised early this week to": the adverbial with its `late` or `early`
  if (w === 'late' || w === 'early') {
    const after = skipTimeAdverbial(words, i + 1);
    return after > i + 1 ? after : i;
  }
  if (w === 'on') {
    if (WEEKDAYS.has(wordAt(words, i + 1))) return i + 2;
    if (MONTHS.has(wordAt(words, i + 1)) && /^\d/.test(wordAt(words, i + 2) ?? '')) return i + 3;
    return i;
  }
  // "agreed in 1984 to hand back", "promised in March to send", "agreed in principle to"
  if (w === 'in' && (MONTHS.has(wordAt(words, i + 1)) || isYear(wordAt(words, i + 1)) || wordAt(words, i + 1) === 'principle')) return i + 2;
  if ((w === 'last' || w === 'this' || w === 'next') && PERIODS.has(wordAt(words, i + 1))) return i + 2;
  // "every Saturday night", "each week"
  if ((w === 'every' || w === 'each') && (WEEKDAYS.has(wordAt(words, i + 1)) || PERIODS.has(wordAt(words, i + 1)) || DAY_PARTS.has(wordAt(words, i + 1)))) {
    return DAY_PARTS.has(wordAt(words, i + 2)) ? i + 3 : i + 2;
  }
  if (w === 'earlier' && wordAt(words, i + 1) === 'this' && PERIODS.has(wordAt(words, i + 2))) return i + 3;
  return TIME_ADVERBS.has(w) ? i + 1 : i;
}

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

/** Participles of triggers that, inside a gap, describe the noun after them ("sent 29 alleged drug cartel figures"). */
const GAP_PARTICIPLES: ReadonlySet<string> = new Set(['alleged', 'suspected', 'accused', 'wanted', 'jailed', 'detained', 'imprisoned', 'convicted', 'captured']);

function matchSteps(words: readonly string[], i: number, steps: readonly Step[], k: number): number {
  if (k === steps.length) return i;
  const s = steps[k];
  if ('gap' in s) {
    // ("pledged on Thursday an extra 68 million euros in humanitarian aid": a time adverbial opening an amount's gap is not counted;
    // a shorter gap so lengthened would reach past a clause, "announced last week plans to impose tariffs")
    // ("put as much as 300 mln dlrs in tariffs on": nor the hedge of an amount)
    const lead = s.gap === AMOUNT_GAP ? skipAmountHedge(words, skipTimeAdverbial(words, i)) : i;
    if (lead > i) {
      const end = matchSteps(words, lead, steps, k);
      if (end >= 0) return end;
    }
    // ("called the measures 'economic aggression'": a quote mark in the gap is not counted)
    for (let g = 0, quotes = 0; g <= s.gap + quotes; g++) {
      if (g > 0) {
        const w = wordAt(words, i + g - 1);
        if (w.length === 1 && QUOTE_CHARS.has(w) && g > 1) { quotes++; continue; }
        // ("called the strikes an act of war": a verb's form right after a determiner is a noun the gap may hold)
        // ("talks were underway between": a form of 'be' is the copula, no act of its own)
        if (w === '' || !mayFillGap(w) || (w === 'and' && g > 1 && !joinsModifiers(words, i + g - 1)) || GAP_STOPS.has(w)
          || (lexicon().inflected.has(w) && !GAP_PARTICIPLES.has(w) && !BE_FORMS.has(w) && !GAP_DETERMINERS.has(wordAt(words, i + g - 2))) || (s.describes && (w === 'to' || w === 'alongside' || PREPOSITIONS.has(w)))
          // (a long object holds no infinitive: "discussed jointly developing an aircraft to compete with Boeing")
          || (s.gap === OBJECT_GAP && w === 'to')) return -1;
      }
      // ("discuss the growing crisis in trade relations with Japan": an object longer than a short gap's does not end in a noun the
      // next word is its own of; "discussing a deal with" is read as before)
      const end = s.gap === OBJECT_GAP && g > 3 && OWN_WITH_NOUNS.has(wordAt(words, i + g - 1)) ? -1 : matchSteps(words, i + g, steps, k + 1);
      if (end >= 0) return end;
      // "warned the United States on Monday against": a time adverbial inside the gap is not counted
      if (g > 0) {
        const after = skipTimeAdverbial(words, i + g);
        if (after > i + g && wordAt(words, i + g) !== wordAt(words, i + g - 1)) {
          const past = matchSteps(words, after, steps, k + 1);
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
        const end = matchSteps(words, i + seq.length, steps, k + 1);
        if (end >= 0) return end;
      }
    }
    if (s.words.has(w)) {
      const end = matchSteps(words, i + 1, steps, k + 1);
      if (end >= 0) return end;
    }
    // ("gave Niger's junta one week on Sunday to reinstate": a time adverbial before a pattern's closing `to`)
    if (k === steps.length - 1 && s.words.size === 1 && s.words.has('to') && w !== 'to') {
      const after = skipTimeAdverbial(words, i);
      if (after > i && wordAt(words, after) === 'to') return after + 1;
    }
    // "called the measures 'illegal'", "called it an \"act of war\"": a quote mark opening the pattern's next words
    if (k > 0 && w.length === 1 && QUOTE_CHARS.has(w) && mayFillGap(wordAt(words, i + 1)) && wordAt(words, i + 1).charCodeAt(0) !== 39) {
      const end = matchSteps(words, i + 1, steps, k);
      if (end >= 0) return end;
    }
  }
  return s.optional ? matchSteps(words, i, steps, k + 1) : -1;
}

/** A backer's word before the name it describes ("Iran-backed", "Russian-sponsored"); not a leader's ("Saudi-led coalition"). */
const BACKER_WORD = /^\p{Lu}[\p{L}.]*-(?:backed|aligned|allied|sponsored|funded|supported|armed|friendly|inspired)$/u;

function buildView(ctx: Context, unit: Unit, tokens: readonly Token[], words: readonly string[]): View {
  const slotAt: (Slot | undefined)[] = new Array(tokens.length);
  const slotStart: number[] = new Array(tokens.length).fill(-1);
  const quoteAt: (Quote | null)[] = new Array(tokens.length).fill(null);
  const mentions = mentionsIn(ctx.mentions, unit.start, unit.end);
  let t = 0;
  const { inflected } = lexicon();
  for (const m of mentions) {
    const entity = ctx.entities.get(m.entity);
    if (!entity) continue;
    // a "name" that runs over a trigger verb ("Kenyan protesters stormed parliament") is a tagging
    // slip: left to the group reading, which sees the verb
    while (t < tokens.length && tokens[t].end <= m.start) t++;
    if (mentionHasVerb(tokens, words, m, t, inflected)) continue;
    // "Iran-backed Hezbollah", "the Iran-aligned group": the backer named in a word that describes another is no party of its acts
    if (t < tokens.length && tokens[t].end > m.end && BACKER_WORD.test(tokens[t].text)) continue;
    let first = -1;
    // one slot object per mention: nextAfterSlot and the group code tell a mention's extent by identity
    const slot = slotOf(entity, m.start, m.end);
    for (let j = t; j < tokens.length && tokens[j].start < m.end; j++) {
      if (slotAt[j]) continue;
      if (first < 0) first = j;
      slotAt[j] = slot;
      slotStart[j] = first;
    }
  }
  vesselNames(ctx, tokens, words, slotAt, slotStart);
  siteNames(words, slotAt, slotStart);
  governmentForces(ctx, tokens, words, slotAt, slotStart);
  officeOfGovernor(ctx, tokens, words, slotAt, slotStart);
  // mentions coref may not give: "his Chinese counterpart", and entity names in headings
  for (let j = 1; j < tokens.length; j++) {
    if (slotAt[j] || slotAt[j - 1] || (wordAt(words, j) !== 'counterpart' && wordAt(words, j) !== 'counterparts')) continue;
    const demonym = DEMONYMS.get(tokens[j - 1].text) ?? null;
    // ("his Australian counterpart Scott Morrison": the name that follows is the counterpart)
    let person = slotAt[j + 1]?.entity.type === 'person' ? slotAt[j + 1]!.entity : latestPerson(ctx, demonym, tokens[j].start);
    // "Gerasimov was invited by his Chinese counterpart": of that country, in the role of the
    // person named before (a general's counterpart is of the military)
    if (!person && demonym) {
      const other = latestPerson(ctx, '*', tokens[j].start);
      if (other?.sector && other.country !== demonym) person = groupEntity(ctx, demonym, other.sector, { start: tokens[j - 1].start, end: tokens[j].end, text: ctx.text.slice(tokens[j - 1].start, tokens[j].end) });
    }
    if (!person) continue;
    slotAt[j - 1] = slotAt[j] = slotOf(person, tokens[j - 1].start, tokens[j].end);
    slotStart[j - 1] = slotStart[j] = j - 1;
  }
  blocNames(ctx, tokens, words, slotAt, slotStart);
  rulingPartyLeaders(ctx, tokens, words, slotAt);
  if (unit.paragraph < 0 && mentions.length === 0) headingMentions(ctx, tokens, slotAt, slotStart);
  groupSlots(ctx, tokens, words, slotAt, slotStart);
  armedWings(ctx, tokens, words, slotAt, slotStart);
  rulersGovernments(ctx, tokens, words, slotAt, slotStart);
  twoParties(ctx, unit, tokens, words, slotAt, slotStart);
  for (const q of ctx.quotes) {
    if (q.end <= unit.start || q.start >= unit.end) continue;
    for (let j = 0; j < tokens.length; j++) {
      if (tokens[j].start < q.start || tokens[j].end > q.end) continue;
      quoteAt[j] = q;
      const w = wordAt(words, j);
      const speaker = q.speaker ? ctx.entities.get(q.speaker) : undefined;
      if (FIRST_PERSON.has(w) && speaker && (!slotAt[j] || slotAt[j]!.entity.type !== speaker.type || true)) {
        // "our country" is the speaker's country
        if ((w === 'our' || w === 'my') && wordAt(words, j + 1) === 'country') {
          const country = countryEntity(ctx, speaker.country);
          if (country) {
            slotAt[j] = slotAt[j + 1] = slotOf(country, tokens[j].start, tokens[j + 1].end);
            slotStart[j] = slotStart[j + 1] = j;
            j++;
            continue;
          }
        }
        slotAt[j] = slotOf(speaker, tokens[j].start, tokens[j].end);
        slotStart[j] = j;
      } else if (SECOND_PERSON.has(w) && !slotAt[j] && speaker) {
        slotAt[j] = slotOf(speaker, tokens[j].start, tokens[j].end, 'you');
        slotStart[j] = j;
      }
    }
  }
  return { tokens, words, slotAt, slotStart, quoteAt };
}

/** Titles of a party's leader in an apposition ("Roh Tae-woo, chairman of South Korea's ruling party,"). */
const PARTY_LEADER_TITLES: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'leader', 'head', 'chief', 'president', 'secretary-general']);

/**
 * "Roh Tae-woo, chairman of South Korea's ruling party, accepted opposition demands": the leader of a ruling party named in an
 * apposition speaks for the government (GOV), as the fixtures' writers code him.
 */
function rulingPartyLeaders(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[]): void {
  for (let j = 1; j + 3 < tokens.length; j++) {
    const person = slotAt[j - 1];
    if (wordAt(words, j) !== ',' || !person || person.entity.type !== 'person' || person.entity.sector || slotAt[j] === person) continue;
    let k = j + 1;
    if (wordAt(words, k) === 'the') k++;
    if (!PARTY_LEADER_TITLES.has(wordAt(words, k)) || wordAt(words, k + 1) !== 'of') continue;
    // (the party's words, a country's name before them: "South Korea's ruling party")
    let ruling = -1;
    for (let t = k + 2; t < tokens.length && t <= k + 7; t++) {
      if (wordAt(words, t) === ',' || BOUNDARY.has(wordAt(words, t))) break;
      if (wordAt(words, t) === 'ruling') { ruling = t; break; }
    }
    // (read from the mentions: the party's name holds "ruling", a verb's form, so it has no slot of its own)
    const at = ruling > 0 ? tokens[ruling].start : -1;
    const mention = at < 0 ? undefined : ctx.mentions.find((m) => m.start <= at && at < m.end);
    const code = mention ? ctx.entities.get(mention.entity)?.actor ?? null : null;
    if (!code || !code.endsWith('PTY')) continue;
    const country = code.slice(0, 3);
    const leader = slotOf({ ...person.entity, country, sector: 'GOV', actor: `${country}GOV` }, person.start, person.end, person.pending, person.group);
    for (let t = j - 1; t >= 0 && slotAt[t] === person; t--) slotAt[t] = leader;
  }
}

/** Nouns by which a story names again the body of states it named before ("NATO ... The Kremlin accused the alliance"). */
const BLOC_NOUNS: ReadonlySet<string> = new Set(['alliance', 'bloc', 'agency']);
/** U.N. bodies a story names again as "the agency". */
const UN_AGENCIES: ReadonlySet<string> = new Set(['IGOWFP', 'IGOIAEA', 'IGOWHO']);
/** Words that describe such a body, not a coalition of parties ("the ruling alliance" is none). */
const BLOC_WORDS = /^(?:\d+-(?:nation|member|country)|western|military|atlantic|transatlantic|defen[cs]e|regional|trade|economic|european)$/;

/**
 * "NATO said ... The Kremlin accused the alliance of stoking tensions": "the alliance" or "the bloc" (a word of description may
 * stand between: "the 27-nation bloc", "the Western alliance") is the intergovernmental body the story named last before it.
 */
function blocNames(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 0; j + 2 < tokens.length; j++) {
    // ("West African leaders threatened to use force", "Southeast Asian foreign ministers urged"): the region's bloc, met as one
    // (most words open no region's name: passed over before a string is built for the lookup)
    const bloc = !slotAt[j] && !slotAt[j + 1] && mayBeWord(BLOC_SCAN, wordAt(words, j)) && BLOC_REGION_FIRSTS.has(wordAt(words, j)) ? REGION_BLOCS.get(`${wordAt(words, j)} ${wordAt(words, j + 1)}`) : undefined;
    if (!bloc) continue;
    const head = wordAt(words, j + 2) === 'foreign' || wordAt(words, j + 2) === 'defence' || wordAt(words, j + 2) === 'defense' ? j + 3 : j + 2;
    if (!BLOC_MEMBERS.has(wordAt(words, head)) || slotAt[head]) continue;
    const span = { start: tokens[j].start, end: tokens[head].end, text: ctx.text.slice(tokens[j].start, tokens[head].end) };
    const slot = slotOf(blocEntity(ctx, bloc[0], bloc[1], span), span.start, span.end, undefined, true);
    for (let k = j; k <= head; k++) [slotAt[k], slotStart[k]] = [slot, j];
  }
  for (let j = 1; j < tokens.length; j++) {
    if (slotAt[j] || !mayBeWord(BLOC_SCAN, wordAt(words, j))) continue;
    if (BODY_AGAIN.has(wordAt(words, j))) {
      bodyNamedAgain(ctx, tokens, words, slotAt, slotStart, j);
      continue;
    }
    if (!BLOC_NOUNS.has(wordAt(words, j))) continue;
    const det = wordAt(words, j - 1) === 'the' ? j - 1 : wordAt(words, j - 2) === 'the' && BLOC_WORDS.test(wordAt(words, j - 1)) && !slotAt[j - 1] ? j - 2 : -1;
    if (det < 0) continue;
    let body: Entity | null = null;
    for (const m of ctx.mentions) {
      if (m.start >= tokens[det].start) break;
      const e = ctx.entities.get(m.entity);
      // (an agency is one of the bodies the U.N. runs: "The U.N. World Food Programme said ... The agency urged donors")
      if (e?.actor?.startsWith('IGO') && (wordAt(words, j) === 'agency' ? UN_AGENCIES.has(e.actor) || (e.actor === 'IGOUN' && /\b(?:agency|fund|programme)\b/i.test(e.name)) : e.actor !== 'IGOUN')) body = e;
    }
    if (!body) continue;
    const slot = slotOf(body, tokens[det + 1].start, tokens[j].end);
    for (let k = det + 1; k <= j; k++) {
      slotAt[k] = slot;
      slotStart[k] = det + 1;
    }
  }
}

/** Region words whose leaders or ministers meeting as one are a bloc: its code and name. */
const REGION_BLOCS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['west african', ['IGOECOWAS', 'Economic Community of West African States']], ['southeast asian', ['IGOASEAN', 'Association of Southeast Asian Nations']],
  ['gulf arab', ['IGOGCC', 'Gulf Cooperation Council']],
]);
const BLOC_REGION_FIRSTS: ReadonlySet<string> = new Set([...REGION_BLOCS.keys()].map((k) => k.split(' ')[0]));
/** Heads of a region's members acting as one ("leaders", "heads of state", "ministers"). */
const BLOC_MEMBERS: ReadonlySet<string> = new Set(['leaders', 'heads', 'ministers', 'presidents']);

/** The document's entity with an intergovernmental code, else one made for the group of that code. */
function blocEntity(ctx: Context, code: string, name: string, span: TextSpan): Entity {
  return codedGroup(ctx, code, span, () => true, () => ({ kind: 'entity', id: `group-${code}`, type: 'organization', name, country: null, sector: 'IGO', rank: null, titles: [], actor: code, aliases: [], mentions: [] }));
}

/**
 * "Tunisian police arrested Rached Ghannouchi, head of the main opposition Ennahda party ... The party accused Saied's
 * government", "the ELN ... hours after the rebel group rammed a truck into a base": a definite noun for an armed group or a
 * party out of power (one word of description may stand between) is the last such body the story named before it.
 */
function bodyNamedAgain(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[], j: number): void {
  const det = wordAt(words, j - 1) === 'the' ? j - 1 : wordAt(words, j - 2) === 'the' && !slotAt[j - 1] && /^[a-z-]+$/.test(tokens[j - 1].text) ? j - 2 : -1;
  if (det < 0) return;
  const head = wordAt(words, j);
  const sectors = BODY_AGAIN.get(head)!;
  let body: Entity | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= tokens[det].start) break;
    const e = ctx.entities.get(m.entity);
    if (e && e.type === 'organization' && e.sector !== null && sectors.includes(e.sector) && e.actor) body = e;
  }
  if (!body) return;
  const slot = slotOf(body, tokens[det + 1].start, tokens[j].end);
  for (let k = det + 1; k <= j; k++) {
    slotAt[k] = slot;
    slotStart[k] = det + 1;
  }
}
/** Nouns by which a story names again an armed group or a party out of power, with the sectors they can name. */
const BODY_AGAIN: ReadonlyMap<string, readonly string[]> = new Map([
  ['rebels', ['REB']], ['militants', ['REB']], ['guerrillas', ['REB']], ['insurgents', ['REB']], ['jihadists', ['REB']], ['militia', ['REB']],
  ['group', ['REB', 'OPP']], ['movement', ['REB', 'OPP']], ['party', ['OPP']],
]);

/**
 * Every word `blocNames` looks up (a region's first word, a body named again, a bloc's noun): most words of a sentence are
 * none, and are passed over before a set is asked.
 */
const BLOC_SCAN: WordFilter = wordFilter([...BLOC_REGION_FIRSTS, ...BODY_AGAIN.keys(), ...BLOC_NOUNS]);

/**
 * ("A Cypriot tanker was set ablaze ... after an Iranian gunboat fired missiles at it"): `it` attacked, with no party of its own, is
 * the vessel its sentence told last before the trigger (at `from`) with its country's demonym, of that country; else null.
 */
function shipTold(ctx: Context, view: View, k: number, from: number, entry: TriggerEntry | undefined): Slot | null {
  const { words, tokens, slotAt } = view;
  if (entry?.type !== 'ASSAULT' || wordAt(words, k) !== 'it' || slotAt[k]) return null;
  for (let v = from - 1; v > 0; v--) {
    if (!VESSEL_NOUNS.has(wordAt(words, v))) continue;
    for (let d = v - 1; d >= 0 && d >= v - 3; d--) {
      const country = (d > 0 ? DEMONYM_PAIRS.get(tokens[d - 1].text)?.get(tokens[d].text) : undefined) ?? DEMONYMS.get(tokens[d].text);
      if (country) return groupSlot(ctx, country, vesselSector(words, v), tokens[d].start, tokens[v].end);
    }
    return null;
  }
  return null;
}

/** Nouns that tell the same site or vessel again ("an Iranian oil platform ... the Rostam oil rig", "a Kuwaiti tanker ... the ship"). */
const SITE_KINDS: readonly (readonly string[])[] = [['platform', 'rig'], ['ship', 'vessel', 'tanker', 'supertanker', 'freighter']];

/** Words that open a site or vessel told again ("the platform", "a second platform", "another tanker"). */
const TOLD_AGAIN: ReadonlySet<string> = new Set(['the', 'second', 'third', 'another']);

/**
 * ("backed the U.S. attack on an Iranian oil platform ... its forces destroyed the platform on Monday", "stormed a second platform"):
 * a site or vessel attacked, told again by its noun with no country of its own, is the one the story told last before it by that
 * noun, or one of its kind, with its country's demonym or name ("an Iranian oil platform", "Iran's oil platforms"), of that
 * country; else null.
 */
function siteTold(ctx: Context, view: View, k: number, actors: readonly Slot[], entry: TriggerEntry | undefined): Slot | null {
  const { words, tokens, slotAt } = view;
  if (entry?.type !== 'ASSAULT' || !TOLD_AGAIN.has(wordAt(words, k)) || slotAt[k]) return null;
  // the noun within three words, past describing words and a site's own name ("the Rostam oil rig"), no country between
  let v = k + 1;
  while (v < words.length && v <= k + 3 && !SITE_NOUNS.has(wordAt(words, v)) && !VESSEL_NOUNS.has(wordAt(words, v))) {
    const siteName = slotAt[v]?.entity.type === 'location' && [1, 2].some((d) => SITE_NOUNS.has(wordAt(words, v + d)) || VESSEL_NOUNS.has(wordAt(words, v + d)));
    if ((slotAt[v] && !siteName) || DEMONYMS.has(tokens[v].text) || !/^[\p{L}-]+$/u.test(tokens[v].text)) return null;
    v++;
  }
  const noun = wordAt(words, v);
  if (!SITE_NOUNS.has(noun) && !VESSEL_NOUNS.has(noun)) return null;
  // (the last telling with a country wins: "Gulf oil platforms" names none; nor is it the attacker's own: "an Iranian ship fired on
  // the tanker")
  const nouns = SITE_KINDS.find((kind) => kind.includes(noun)) ?? [noun];
  const telling = new RegExp(`\\b([A-Z][\\p{L}-]*)(?:'s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${nouns.join('|')})s?\\b`, 'gu');
  let country: string | undefined;
  for (const m of ctx.text.slice(0, tokens[k].start).matchAll(telling)) {
    const named = DEMONYMS.get(m[1]) ?? COUNTRY_NAMES.get(m[1]);
    if (named && !actors.some((a) => a.entity.country === named)) country = named;
  }
  return country ? groupSlot(ctx, country, VESSEL_NOUNS.has(noun) ? vesselSector(words, v) : '', tokens[k].start, tokens[v].end) : null;
}

/**
 * The sector of a country's vessel told by the noun at v: a merchant ship sails under its flag and stands for its country alone
 * ("the Panamanian liquified gas carrier Nyhammer"), any other for its navy ("the Chinese destroyer Urumqi").
 */
function vesselSector(words: readonly string[], v: number): string {
  return MERCHANT_VESSELS.has(wordAt(words, v)) || MERCHANT_VESSELS.has(`${wordAt(words, v - 1)} ${wordAt(words, v)}`) ? '' : 'MIL';
}

/**
 * "Russia's Pacific Fleet said its cruiser Varyag ... had arrived": a name right after a vessel noun
 * (one capitalised word, a rank, may stand between) is a ship; it stands for its owner, `its`/`their`
 * the name before it, a demonym that country's military, and for no one when none is told.
 */
function vesselNames(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const ship = slotAt[j];
    if (!ship || slotStart[j] !== j || ship.entity.type === 'country') continue;
    const v = VESSEL_NOUNS.has(wordAt(words, j - 1)) ? j - 1 : j > 1 && VESSEL_NOUNS.has(wordAt(words, j - 2)) && startsUpper(tokens[j - 1].text) && !slotAt[j - 1] ? j - 2 : -1;
    if (v < 0) continue;
    let owner: Entity | null = null;
    for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
      const w = wordAt(words, k);
      if (w === 'its' || w === 'their') {
        owner = bodyBefore(slotAt, k)?.entity ?? null;
        break;
      }
      // ("the Saudi Arabian supertanker Arabian Sea": a demonym of two words)
      const pair = k > 0 ? DEMONYM_PAIRS.get(tokens[k - 1].text)?.get(tokens[k].text) : undefined;
      const country = pair ?? DEMONYMS.get(tokens[k].text);
      const first = pair ? tokens[k - 1] : tokens[k];
      if (country) { owner = groupEntity(ctx, country, vesselSector(words, v), { start: first.start, end: tokens[k].end, text: ctx.text.slice(first.start, tokens[k].end) }); break; }
      if (slotAt[k] || BOUNDARY.has(w) || w === ',' || !/^[\p{Ll}-]+$/u.test(tokens[k].text)) break;
    }
    const slot = owner ? slotOf(owner, ship.start, ship.end) : undefined;
    for (let x = j; x < tokens.length && slotAt[x] === ship; x++) slotAt[x] = slot;
    if (!slot) for (let x = j; x < tokens.length && slotStart[x] === j; x++) slotStart[x] = -1;
  }
}

/**
 * "Libyan forces are still bombing the key Ouadi Doum airstrip", "U.S. Navy warships blasted the Rostam platform": a name the tagger
 * took for a person, right before the noun of a site, is the site's name and stands for no one (nor for the dateline's country the
 * person would be given).
 */
function siteNames(words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 0; j < words.length; j++) {
    const name = slotAt[j];
    if (!name || slotStart[j] !== j || name.entity.type !== 'person') continue;
    let end = j;
    while (end < words.length && slotAt[end] === name) end++;
    if (!SITE_NOUNS.has(wordAt(words, end)) && !SITE_NOUNS.has(`${wordAt(words, end)} ${wordAt(words, end + 1)}`)) continue;
    for (let x = j; x < end; x++) { slotAt[x] = undefined; slotStart[x] = -1; }
  }
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'that']);
/** A company's name by its ending, where the text gave no sector: "Lomas and Nettleton Financial Corp". */
const COMPANY_NAME = /\b(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|Group|Holdings|Financial|Bancorp|AG|SA|NV)\.?$/;

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

/** The first country or body named before token k outside a prepositional phrase: the subject a pronoun takes up. */
function subjectBody(view: View, k: number): Slot | null {
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
    if (s.entity.sector === 'BUS' || COMPANY_NAME.test(s.entity.name)) return null;
    const before = wordAt(words, j - 1) === 'the' ? wordAt(words, j - 2) : wordAt(words, j - 1);
    if (PREPOSITIONS.has(before) || POSSESSIVE_MARKS.has(wordAt(words, nextAfterSlot(view, j)))) continue;
    // ("Norway, Ireland and Spain said they would": the last of a list, which the caller reads back to its first)
    let last = j;
    for (let e = nextAfterSlot(view, last); (wordAt(words, e) === ',' || wordAt(words, e) === 'and') && view.slotAt[e + 1] && e + 1 < k; e = nextAfterSlot(view, last)) last = e + 1;
    return view.slotAt[last]!;
  }
  return undefined;
}

/** What `its`/`their` at token k stands for: the nearest country or body named before it (people and places are neither). */
/**
 * Whether `its` at `k` stands in a relative clause opened by `that` or `which` a few words before ("machine tools that fuel its
 * war against Ukraine", "firms that helped Russia sustain its invasion"): there it is the party named last, not the sentence's subject.
 */
function relativeBefore(words: readonly string[], k: number): boolean {
  for (let x = k - 1; x > 0 && x >= k - 8; x--) {
    const w = wordAt(words, x);
    if (w === ',' || w === '.' || BOUNDARY.has(w)) return false;
    // (not an aside after a comma: "Resolution 598, which calls for a ceasefire in its war with Iraq" is the subject's war)
    if (w === 'that' || w === 'which') return wordAt(words, x - 1) !== ',';
  }
  return false;
}

function bodyBefore(slotAt: readonly (Slot | undefined)[], k: number): Slot | null {
  for (let x = k - 1; x >= 0; x--) {
    const s = slotAt[x];
    if (s && s.entity.type !== 'person' && s.entity.type !== 'location' && (s.entity.actor || s.entity.country)) return s;
  }
  return null;
}

function mentionHasVerb(tokens: readonly Token[], words: readonly string[], m: Mention, from: number, inflected: ReadonlySet<string>): boolean {
  if (m.end - m.start < 12 || m.text.indexOf(' ') < 0) return false;
  for (let j = from; j < tokens.length && tokens[j].start < m.end; j++) {
    const c = tokens[j].text.charCodeAt(0);
    // ("Georgia's ruling party": a verb's form that names the party in power)
    if (c >= 97 && c <= 122 && inflected.has(wordAt(words, j)) && !(wordAt(words, j) === 'ruling' && RULED_BY.has(wordAt(words, j + 1)))) return true;
  }
  return false;
}

/** People named by the one they serve ("an adviser to President X", "a spokesman for"). */
const AIDES: ReadonlySet<string> = new Set(['adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ally']);

/** Bodies "ruling" names as those in power ("the ruling party", "the ruling coalition"). */
const RULED_BY: ReadonlySet<string> = new Set(['party', 'coalition', 'alliance', 'junta', 'council']);

/**
 * "Chadian government troops captured", "Soviet and Afghan government aircraft bombed": a government named before its forces or
 * aircraft is the country's military (and so is each country joined to it by "and").
 */
function governmentForces(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const gov = slotAt[j - 1];
    if (!gov || slotAt[j] || gov.entity.sector !== 'GOV' || gov.entity.type !== 'organization' || !gov.entity.country || !GOVERNMENT_FORCES.has(wordAt(words, j))) continue;
    const from = slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1;
    if (wordAt(words, from) !== 'government' && wordAt(words, j - 1) !== 'government') continue;
    setGroup(ctx, tokens, slotAt, slotStart, from, j + 1, gov.entity.country, 'MIL');
    // ("Soviet and Afghan government aircraft": the demonym joined before)
    if (wordAt(words, from - 1) === 'and' && from >= 2 && !slotAt[from - 2] && DEMONYMS.has(tokens[from - 2].text)) {
      setGroup(ctx, tokens, slotAt, slotStart, from - 2, from - 1, DEMONYMS.get(tokens[from - 2].text)!, 'MIL');
    }
  }
}
/**
 * "the Istanbul governor's office banned street demonstrations": a governor's or mayor's office is the government of the country
 * of the place named before it (else of the dispatch's country), not a person named earlier in the sentence.
 */
function officeOfGovernor(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 0; j + 2 < tokens.length; j++) {
    if (!LOCAL_RULERS.has(wordAt(words, j)) || !POSSESSIVE_MARKS.has(wordAt(words, j + 1)) || wordAt(words, j + 2) !== 'office' || slotAt[j + 2]) continue;
    const place = slotAt[j - 1]?.entity.type === 'location' || slotAt[j - 1]?.entity.type === 'country' ? slotAt[j - 1] : undefined;
    const country = place?.entity.country ?? ctx.home;
    if (!country) continue;
    const from = place ? (slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1) : j;
    setGroup(ctx, tokens, slotAt, slotStart, from, j + 3, country, 'GOV');
  }
}
/** Officials whose "office" acts for the government ("the governor's office", "the mayor's office"). */
const LOCAL_RULERS: ReadonlySet<string> = new Set(['governor', 'mayor', 'prefect', 'president', 'minister']);


/** Heads of no sector that a country's possessive makes the country acting: its spies and its people. */
const OWNED_ACTING_HEADS: ReadonlySet<string> = new Set([...CROWD_WORDS, 'services', 'service', 'agencies', 'agency']);

/** The longest group head (event-groups.ts) starting at token j: its sector and end. */
function groupHead(words: readonly string[], j: number): { sector: string; end: number } | null {
  // (most words open no head: they are passed over without the two map lookups)
  if (!mayBeWord(HEAD_WORDS, wordAt(words, j))) return null;
  const two = wordAt(words, j + 1) !== '' ? HEAD_PAIRS.get(wordAt(words, j))?.get(wordAt(words, j + 1)) : undefined;
  if (two !== undefined) return { sector: two, end: j + 2 };
  const one = HEADS.get(wordAt(words, j));
  // ("Panama's opposition began a strike"; not a stance: "China's opposition to the plan")
  if (one === 'OPP' && wordAt(words, j) === 'opposition' && wordAt(words, j + 1) === 'to') return null;
  return one !== undefined ? { sector: one, end: j + 1 } : null;
}

/** A country named as an adjective at token j: "Chinese", "New Zealand", "U.S.", "Georgians", "Wuhan-based". */
function countryAdjective(tokens: readonly Token[], words: readonly string[], slotAt: readonly (Slot | undefined)[], j: number): { country: string; end: number; people: boolean } | null {
  const t = tokens[j];
  if (!t) return null;
  const slot = slotAt[j];
  // ("Moscow expelled 25 Britons.": a plural demonym the tagger took for a body with no code is still the people of its country)
  if (slot && !slot.group && !slot.entity.actor && !slot.entity.country && slot.entity.type === 'organization' && slot.start === t.start && slot.end === t.end) {
    const people = pluralDemonym(t.text);
    if (people) return { country: people, end: j + 1, people: true };
  }
  if (slot) {
    if (slot.group) return null;
    let end = j;
    while (end < tokens.length && slotAt[end] === slot) end++;
    // "a Moscow court", "Beijing police": a capital before a group head is its country's group
    // ("Baghdad's forces": a capital's own armed forces or government, read like "Iraq's forces")
    if (slot.entity.type === 'location') {
      const capitalOf = CAPITALS.get(slot.entity.name);
      if (!capitalOf || slotAt[end]) return null;
      const owned = (wordAt(words, end) === "'s" || wordAt(words, end) === '’s') && !slotAt[end + 1] && groupHead(words, end + 1)?.sector;
      return groupHead(words, end) || owned ? { country: capitalOf, end, people: false } : null;
    }
    // a country's own mention used as a modifier: "U.S. troops", "Belarusian authorities"
    if (slot.entity.type !== 'country' || !slot.entity.country) return null;
    return { country: slot.entity.country, end, people: false };
  }
  if (!startsUpper(t.text)) return null;
  const pair = tokens[j + 1] && !slotAt[j + 1] ? DEMONYM_PAIRS.get(t.text)?.get(tokens[j + 1].text) : undefined;
  if (pair) return { country: pair, end: j + 2, people: false };
  const demonym = regionalDemonym(tokens[j - 1]?.text, t.text) ? undefined : DEMONYMS.get(t.text);
  if (demonym) return { country: demonym, end: j + 1, people: false };
  const armed = NONSTATE.get(t.text);
  if (armed) return { country: armed, end: j + 1, people: false };
  // "Georgians", "Israelis": a plural demonym is the people
  if (t.text.endsWith('s') && !COUNTRY_NAMES.has(t.text)) {
    const plural = DEMONYMS.get(t.text.slice(0, -1));
    if (plural) return { country: plural, end: j + 1, people: true };
  }
  const based = t.text.endsWith('-based') ? /^(\p{Lu}[\p{L}.]+)-based$/u.exec(t.text) : null;
  if (based) {
    const code = COUNTRY_NAMES.get(based[1]) ?? lookupPlace(based[1])?.country ?? null;
    if (code) return { country: code, end: j + 1, people: false };
  }
  return null;
}

/** Whether a group head follows one or two lower-case words of description at j ("national security police"). */
function describedHead(tokens: readonly Token[], words: readonly string[], slotAt: readonly (Slot | undefined)[], j: number): boolean {
  for (let k = j; k < j + 2 && k < tokens.length && !slotAt[k] && isModifier(words[k], tokens[k].text) && !/s$/.test(words[k]); k++) {
    if (groupHead(words, k + 1)?.sector) return true;
  }
  return false;
}

/** Whether a word starts with an upper-case letter; ASCII answered without the Unicode regex (this runs per token). */
function startsUpper(word: string): boolean {
  // ('' is asked for past a sentence's end: charCodeAt out of bounds deoptimises every caller it is inlined in)
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/**
 * Groups with no name of their own become slots: "Chinese, Russian and Iranian warships" (a list
 * of demonyms, lower-case modifiers, a group head), "Georgians", "Police in Thailand and Myanmar",
 * "105 people in Nairobi" (a head placed by a country or town). Sector from the head, else from a
 * modifier ("coast guard ship"), else none.
 */
function groupSlots(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const first = countryAdjective(tokens, words, slotAt, i);
    if (first) {
      if (first.people) {
        setGroup(ctx, tokens, slotAt, slotStart, i, first.end, first.country, '');
        continue;
      }
      const list: Array<{ country: string; start: number; end: number }> = [{ country: first.country, start: i, end: first.end }];
      let j = first.end;
      // a country named as such continues past a comma only with another name: "Russia, China and Iran navies";
      // before a demonym the comma ends its clause ("against the United States, Iranian media reported")
      const named = slotAt[i] !== undefined;
      while (j < n && (wordAt(words, j) === ',' || wordAt(words, j) === 'and')) {
        const k = wordAt(words, j) === ',' && wordAt(words, j + 1) === 'and' ? j + 2 : j + 1;
        if (named && wordAt(words, j) === ',' && slotAt[k] === undefined) break;
        const next = countryAdjective(tokens, words, slotAt, k);
        // ("in a deal brokered by Qatar, U.S. officials said": a name after the comma whose group speaks opens an attribution)
        if (next && wordAt(words, j) === ',' && wordAt(words, j + 1) !== 'and' && SPEECH_VERBS.has(wordAt(words, groupHead(words, next.end)?.end ?? next.end))) break;
        if (!next || next.people) {
          // ("Israeli and Hamas negotiators": a demonym joined to a coded body whose head follows shares that head's sector)
          const body = slotAt[k];
          if (body && !body.group && body.entity.actor && wordAt(words, j) === 'and') {
            const after = nextAfterSlot({ tokens, words, slotAt, slotStart, quoteAt: [] }, k);
            const head = groupHead(words, after);
            if (head && head.sector && list.every((part) => DEMONYMS.has(tokens[part.start].text))) {
              for (const part of list) setGroup(ctx, tokens, slotAt, slotStart, part.start, part.end, part.country, head.sector);
              list.length = 0;
              j = after;
              break;
            }
          }
          // "Chinese, Russian and Iranian naval forces" where coref named the last one's group: the others share its sector
          const named = slotAt[k];
          // (a list of demonyms only: in "against the United States, Iranian media reported" the comma ends a clause)
          if (named && !named.group && named.entity.type === 'organization' && named.entity.country && named.entity.sector && DEMONYMS.has(tokens[k].text)
            && list.every((part) => DEMONYMS.has(tokens[part.start].text))) {
            for (const part of list) setGroup(ctx, tokens, slotAt, slotStart, part.start, part.end, part.country, named.entity.sector);
            list.length = 0;
            j = nextAfterSlot({ tokens, words, slotAt, slotStart, quoteAt: [] }, k);
          }
          break;
        }
        list.push({ country: next.country, start: k, end: next.end });
        j = next.end;
      }
      if (list.length === 0) { i = j - 1; continue; }
      // "Senegal's government", "Russia's military": the possessor's group
      if (list.length === 1 && (wordAt(words, j) === "'s" || wordAt(words, j) === '’s')) {
        // ("Nigeria's main labour unions": a word or two of description before the head)
        let h = j + 1;
        // ("Nicaragua's Contra rebels": a capitalised word of description too)
        while (h < j + 3 && !groupHead(words, h) && !slotAt[h] && /^\p{L}\p{Ll}+$/u.test(tokens[h]?.text ?? '') && !PREPOSITIONS.has(wordAt(words, h)) && !DETERMINERS.has(wordAt(words, h))) h++;
        // ("Afghanistan's Taliban administration", "Nicaragua's Sandinista government": a body of the possessor's named before a
        // head of state is the possessor's government)
        const body = h === j + 1 ? slotAt[h] : undefined;
        if (body && body.entity.type === 'organization' && (body.entity.country === null || body.entity.country === list[0].country)) {
          const after = nextAfterSlot({ tokens, words, slotAt, slotStart, quoteAt: [] }, h);
          const ruled = groupHead(words, after);
          if (ruled && ruled.sector === 'GOV' && !slotAt[after]) {
            setGroup(ctx, tokens, slotAt, slotStart, list[0].start, ruled.end, list[0].country, 'GOV');
            i = ruled.end - 1;
            continue;
          }
        }
        const head = groupHead(words, h);
        // (a head that is the country alone only where it acts: "Morocco's intelligence services passed", "Peru's farmers"; not
        // "Ukraine's borders")
        if (head && (head.sector || h > j + 1 || OWNED_ACTING_HEADS.has(wordAt(words, head.end - 1)))) {
          setGroup(ctx, tokens, slotAt, slotStart, list[0].start, head.end, list[0].country, head.sector);
          i = head.end - 1;
          continue;
        }
      }
      // a country mention that already ends in its head: "Belarusian authorities"
      const last = list[list.length - 1];
      const own = slotAt[last.start];
      if (own && list.length === 1) {
        const head = groupHead(words, last.end - 1);
        if (head && head.sector && last.end - last.start > 1 && head.end === last.end) {
          setGroup(ctx, tokens, slotAt, slotStart, last.start, last.end, last.country, head.sector);
          i = last.end - 1;
          continue;
        }
        // a name of several words ("Hong Kong police", "the United States military") reads on to a head after it
        // ("Hong Kong national security police": past a word or two of description)
        if (last.end - last.start > 1 && !groupHead(words, last.end) && !describedHead(tokens, words, slotAt, last.end)) { i = last.end - 1; continue; }
      }
      let sector: string | null = null;
      let modifier = '';
      let k = j;
      for (let m = 0; m < 4 && k < n; m++) {
        if (slotAt[k]) {
          // "Afghan Taliban border guards": a body of the same country named between the demonym and the head
          const body = slotAt[k]!;
          let after = k;
          while (after < n && slotAt[after] === body) after++;
          if (m === 0 && body.entity.type === 'organization' && body.entity.country === last.country && groupHead(words, after)) { k = after; continue; }
          break;
        }
        const head = groupHead(words, k);
        if (head) {
          sector = head.sector || modifier;
          k = head.end;
          for (let next = groupHead(words, k); next && k < n && !slotAt[k]; next = groupHead(words, k)) {
            sector = next.sector || sector;
            k = next.end;
          }
          // ("Hong Kong national security police": a head of no sector read as a word of description before one with a sector)
          if (!sector && describedHead(tokens, words, slotAt, k)) {
            while (!groupHead(words, k)?.sector) k++;
            const described = groupHead(words, k)!;
            sector = described.sector;
            k = described.end;
          }
          // ("U.S. and British warplanes and warships": heads joined by `and` are one group; the first's sector)
          for (let more = wordAt(words, k) === 'and' && !slotAt[k + 1] ? groupHead(words, k + 1) : null; more && (more.sector === sector || !more.sector); more = wordAt(words, k) === 'and' && !slotAt[k + 1] ? groupHead(words, k + 1) : null) k = more.end;
          break;
        }
        const mod = (wordAt(words, k + 1) !== '' ? MODIFIER_PAIRS.get(wordAt(words, k))?.get(wordAt(words, k + 1)) : undefined) ?? MODIFIERS.get(wordAt(words, k));
        if (mod) modifier = mod;
        // ("Thai F-16 jets", "a Russian Su-27 fighter jet": a model's designation describes the head after it)
        if (!isModifier(wordAt(words, k), tokens[k].text) && !MODEL_NAME.test(tokens[k].text)) break;
        k++;
      }
      if (sector === null) { i = j - 1; continue; }
      // the last country takes the head ("Iranian warships"); the others their own word
      for (let x = 0; x < list.length; x++) {
        const part = list[x];
        setGroup(ctx, tokens, slotAt, slotStart, part.start, x === list.length - 1 ? k : part.end, part.country, sector);
      }
      i = k - 1;
      continue;
    }
    // "Police in Thailand and Myanmar", "four men from Tajikistan", "companies in China and Hong Kong"
    // a head coref made an uncoded mention of ("Police" in "Police in Thailand") is still a head
    const opening = !slotAt[i] || !(slotAt[i]!.entity.actor || slotAt[i]!.entity.country) ? groupHead(words, i) : null;
    if (!opening) continue;
    // ("Coast guard ships from the Philippines, Japan and the United States": heads in a row, the first's sector)
    const head = { ...opening };
    for (let next = groupHead(words, head.end); next && !slotAt[head.end]; next = groupHead(words, head.end)) [head.sector, head.end] = [head.sector || next.sector, next.end];
    // "the leaders of India and Bangladesh", "the navies of Japan and India": a head of named countries
    const of = wordAt(words, head.end) === 'of' && wordAt(words, i - 1) === 'the';
    // (armed forces placed `in` a country may be anyone's, and forces sent `from` one are moved, not owned: "withdrew troops from
    // Mali"; but forces `from` a country that open a clause come from their own: "Troops from Kenya and Uganda began exercises")
    const ownForces = head.sector === 'MIL' && wordAt(words, head.end) === 'from' && opensClause(words, i);
    // ("Forces loyal to the Syrian government", "guerrillas loyal to Palestinian leader Yasser Arafat": armed men loyal to a party
    // are its armed forces, or an armed group where it is out of power)
    if (wordAt(words, head.end) === 'loyal' && wordAt(words, head.end + 1) === 'to' && (head.sector === 'MIL' || head.sector === 'REB')) {
      const master = loyalTo(tokens, words, slotAt, head.end + 2);
      if (master) {
        const sector = master.sector === 'REB' || master.sector === 'OPP' ? 'REB' : head.sector;
        // (the whole phrase is the group: its master is no subject of the verb after it)
        setGroup(ctx, tokens, slotAt, slotStart, i, master.end, master.country, sector);
        i = master.end - 1;
        continue;
      }
    }
    if (!of && !ownForces && (head.sector === 'MIL' || !['in', 'from', 'at'].includes(wordAt(words, head.end)))) continue;
    // ("recalled its ambassador from Mali": an official owned by a party named before is that party's, placed where it serves)
    if (!of && head.sector === 'GOV' && POSSESSIVES.has(wordAt(words, i - 1))) continue;
    const places: Array<{ country: string; start: number; end: number }> = [];
    let j = head.end + 1 + (wordAt(words, head.end + 1) === 'the' && slotAt[head.end + 2] ? 1 : 0);
    while (j < n) {
      const slot = slotAt[j];
      const placed = slot && !slot.group && (slot.entity.type === 'country' || (!of && slot.entity.type === 'location'));
      const country = placed ? slot.entity.country ?? CAPITALS.get(slot.entity.name) ?? lookupPlace(slot.entity.name)?.country ?? null : null;
      // ("the trade ministers of the United States, the European Community and Canada": a bloc in the list keeps its own name)
      const bloc = of && slot && !slot.group && slot.entity.actor?.startsWith('IGO');
      if (!slot || (!country && !bloc)) break;
      let end = j;
      while (end < n && slotAt[end] === slot) end++;
      if (country) places.push({ country, start: j, end });
      if (wordAt(words, end) !== 'and' && wordAt(words, end) !== ',') break;
      j = end + 1;
      // (", Japan and the United States")
      if (wordAt(words, j) === 'and') j++;
      if (wordAt(words, j) === 'the' && slotAt[j + 1]) j++;
    }
    if (places.length === 0) continue;
    setGroup(ctx, tokens, slotAt, slotStart, i, head.end, places[0].country, head.sector);
    for (const p of places) setGroup(ctx, tokens, slotAt, slotStart, p.start, p.end, p.country, head.sector);
    i = places[places.length - 1].end - 1;
  }
}

/** The country and sector of the party named at token j (past `the` and a demonym's own slot), whom forces are loyal to, else null. */
function loyalTo(tokens: readonly Token[], words: readonly string[], slotAt: readonly (Slot | undefined)[], j: number): { country: string; sector: string | null; end: number } | null {
  const k = wordAt(words, j) === 'the' ? j + 1 : j;
  // (a title before the name: "loyal to President Aquino", "loyal to Palestinian leader Yasser Arafat")
  let m = k;
  while (m < k + 4 && m < tokens.length && !slotAt[m] && (startsUpper(tokens[m].text) || TITLE_SECTORS.has(wordAt(words, m)))) m++;
  const slot = slotAt[m];
  if (slot && !slot.group && slot.entity.country) {
    let end = m;
    while (end < tokens.length && slotAt[end] === slot) end++;
    return { country: slot.entity.country, sector: slot.entity.sector, end };
  }
  const named = countryAdjective(tokens, words, slotAt, k);
  const owned = named && !named.people ? groupHead(words, named.end) : null;
  return named && !named.people ? { country: named.country, sector: owned?.sector ?? null, end: owned?.end ?? named.end } : null;
}

/** Token j opens its clause as subject: first in the unit, or after a comma, a dash, `that` or a subordinator (past a number). */
function opensClause(words: readonly string[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && /^(?:\d[\d,.]*|the|some|about|several|hundreds|thousands|more|than)$/.test(wordAt(words, k))) k--;
  return k < 0 || [',', '-', '--', '—', '–', 'that'].includes(wordAt(words, k)) || SUBORDINATORS.has(wordAt(words, k));
}

/** A lower-case word that can stand between a demonym and its head: not a verb, trigger or function word. */
function isModifier(word: string, written: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(written)) return false;
  // a word only a passive pattern starts with ("opposition"), or only a nominal one ("food" of "food deliveries"), is still a noun
  // that can modify ("Chinese food companies")
  const { byFirst, lightVerbs } = lexicon();
  if ((byFirst.get(word) ?? []).some((p) => !p.passive && p.frame === 'verb') || lightVerbs.has(word) || PREPOSITIONS.has(word) || DETERMINERS.has(word) || MODALS.has(word) || BE_FORMS.has(word)) return false;
  return !/ed$/.test(word) || word === 'armed' || word === 'guided' || word === 'led';
}

/**
 * ("African National Congress guerrillas attacked", "strike at ANC guerrilla bases"): the armed men of a movement or party named
 * right before them are its armed wing, its country's rebels, not the movement out of power
 */
function armedWings(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const body = slotAt[i - 1];
    // (a state's own bodies keep their code: "Taliban fighters" after the Taliban took power)
    if (!body || slotAt[i] || body.group || body.entity.type !== 'organization' || !body.entity.country || body.entity.sector === 'REB' || STATE_SECTORS.has(body.entity.sector ?? '')) continue;
    if (HEADS.get(wordAt(words, i)) !== 'REB' && !REBEL_MODIFIERS.has(wordAt(words, i))) continue;
    const from = slotStart[i - 1] >= 0 ? slotStart[i - 1] : i - 1;
    setGroup(ctx, tokens, slotAt, slotStart, from, i + 1, body.entity.country, 'REB');
  }
}

/**
 * "General Augusto Pinochet's government", "Ortega's regime": a ruler's government is the government of the ruler's country, also
 * where the ruler is read as a soldier by rank.
 */
function rulersGovernments(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 1; j + 1 < tokens.length; j++) {
    const ruler = slotAt[j - 1];
    if (!ruler || ruler.group || ruler.entity.type !== 'person' || !ruler.entity.country || ruler.entity.sector === 'GOV') continue;
    if (!POSSESSIVE_MARKS.has(wordAt(words, j)) || !RULER_HEADS.has(wordAt(words, j + 1)) || slotAt[j + 1]) continue;
    setGroup(ctx, tokens, slotAt, slotStart, slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1, j + 2, ruler.entity.country, 'GOV');
  }
}

function setGroup(ctx: Context, tokens: readonly Token[], slotAt: (Slot | undefined)[], slotStart: number[], from: number, to: number, country: string, sector: string): void {
  // (an armed movement's adjective carries its own code, whatever the head: "Tigrayan forces" are ETHREB)
  if (country.length > 3) [country, sector] = [country.slice(0, 3), country.slice(3)];
  const entity = groupEntity(ctx, country, sector, { start: tokens[from].start, end: tokens[to - 1].end, text: ctx.text.slice(tokens[from].start, tokens[to - 1].end) });
  const slot = slotOf(entity, tokens[from].start, tokens[to - 1].end, undefined, true);
  for (let j = from; j < to; j++) [slotAt[j], slotStart[j]] = [slot, from];
}

/**
 * The document's entity with this actor code, else one made for the group. Never a person: "Soviet
 * officials" are not Gorbachev because he is the one SUNGOV entity named.
 */
/** A slot for the group of `country` and `sector` named by the text [start, end) ("Afghan", "Police", "opposition"). */
function groupSlot(ctx: Context, country: string, sector: string, start: number, end: number): Slot {
  return slotOf(groupEntity(ctx, country, sector, { start, end, text: ctx.text.slice(start, end) }), start, end, undefined, true);
}

function groupEntity(ctx: Context, country: string, sector: string, span: TextSpan): Entity {
  return codedGroup(ctx, country + sector, span, (e) => Boolean(sector) || e.type === 'country', () => ({
    kind: 'entity', id: `group-${country + sector}`, type: 'organization', name: sector ? `${countryName(country)} (${sector})` : countryName(country),
    country, sector: sector || null, rank: null, titles: [], actor: country + sector, aliases: [], mentions: [],
  }));
}

/** The document's entity (no person) with actor `code` that `fits`, else one `made` for it, kept per code with the spans it was used at. */
function codedGroup(ctx: Context, code: string, span: TextSpan, fits: (e: Entity) => boolean, made: () => Entity): Entity {
  let group = ctx.groups.get(code);
  if (!group) {
    let found: Entity | undefined;
    for (const e of ctx.entities.values()) if (e.actor === code && e.type !== 'person' && fits(e)) { found = e; break; }
    group = { entity: found ?? made(), created: !found, mentions: [] };
    ctx.groups.set(code, group);
  }
  group.mentions.push(span);
  return group.entity;
}

/** The person of that country (`*`: of any) mentioned last before `at` (the "counterpart" of a dispatch). */
function latestPerson(ctx: Context, country: string | null, at: number): Entity | null {
  if (!country) return null;
  let best: Entity | null = null;
  let bestStart = -1;
  for (const m of ctx.mentions) {
    if (m.start >= at) break;
    const e = ctx.entities.get(m.entity);
    if (e && e.type === 'person' && (e.country === country || country === '*') && m.start > bestStart) [best, bestStart] = [e, m.start];
  }
  return best;
}

/** Headings have no mentions from coref: find the document's entity names and capitals in them. */
function headingMentions(ctx: Context, tokens: readonly Token[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  const names: Array<[string[], Entity]> = [];
  for (const e of ctx.entities.values()) {
    if (e.type === 'location') continue;
    const forms = new Set([e.name, ...e.aliases]);
    if (e.type === 'country') for (const [capital, code] of CAPITALS) if (code === e.country) forms.add(capital);
    for (const f of forms) if (/^\p{Lu}/u.test(f) && f.length >= 3) names.push([tokenize(f).map((t) => t.text), e]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  for (let j = 0; j < tokens.length; j++) {
    if (slotAt[j]) continue;
    for (const [seq, entity] of names) {
      if (j + seq.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < seq.length; k++) if (tokens[j + k].text !== seq[k]) { ok = false; break; }
      if (!ok) continue;
      const slot = slotOf(entity, tokens[j].start, tokens[j + seq.length - 1].end);
      for (let k = 0; k < seq.length; k++) [slotAt[j + k], slotStart[j + k]] = [slot, j];
      j += seq.length - 1;
      break;
    }
  }
}

function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const lo = firstFrom(mentions, start);
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) out.push(mentions[i]);
  // a longer mention wins over ones it contains ("Defense Minister ... Li Shangfu" over "China")
  out.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of out) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function countryEntity(ctx: Context, code: string | null): Entity | null {
  if (!code) return null;
  for (const e of ctx.entities.values()) if (e.type === 'country' && (e.country === code || e.actor === code)) return e;
  return null;
}

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
function marketDemand(words: readonly string[], start: number): boolean {
  if (wordAt(words, start) !== 'demand') return false;
  const prev = wordAt(words, start - 1);
  if (prev === 'and' && wordAt(words, start - 2) === 'supply') return true;
  // (a verb after a modal or `to`: "will demand", "to demand wage increases")
  if (MODALS.has(prev) || prev === 'to' || PRONOUN_SUBJECTS.has(prev)) return false;
  // (a party's own demand: "his demand for the opening of markets", "Iraq's demand", "a demand for compensation")
  if (POSSESSIVES.has(prev) || POSSESSIVE_MARKS.has(prev) || prev === 'a' || prev === 'an') return false;
  if (MARKET_DEMAND_BEFORE.has(prev)) return true;
  const next = wordAt(words, start + 1);
  return MARKET_DEMAND_AFTER.has(next) || (next === 'for' && DEMANDED_GOODS.test(wordAt(words, start + 2)));
}

// ---------------------------------------------------------------------------------------------

function codeMatch(ctx: Context, unit: Unit, view: View, pattern: Pattern, start: number, end: number, form: Form): Candidate | null {
  const { words, tokens } = view;
  const entry = pattern.entry;
  const prev = wordAt(words, start - 1);
  // ("supply and demand", "U.S. demand for imported oil", "demand boosting measures"): the market's demand, no one's
  if (entry.type === 'REQUEST' && marketDemand(words, start)) return null;
  // "in early March": a month, not a march
  if (start > 0 && MONTH_OR_DAY.test(tokens[start].text)) return null;
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
      return recipients.length > 0 || resolver.adopted ? finish(ctx, unit, view, pattern, start, end, actors, recipients, start, false) : null;
    }
    // a base form or plural is a verb only after a subject, a modal, `to` or an auxiliary
    // (an adverb in -ly keeps the verb: "repeatedly attacks"; an adjective in -ly makes a noun: "nightly rallies"; a form of 'be' is
    // never a noun: "the workers are on strike")
    if ((form === 'base' || form === 'third') && prev !== '' && !MODALS.has(prev) && !view.slotAt[start - 1] && (!/ly$/.test(prev) || LY_ADJECTIVES.has(prev))
      && !BE_FORMS.has(wordAt(words, start))) {
      return nominal(ctx, unit, view, pattern, start, end);
    }
    // "Shultz's talks", "Putin's Beijing visit": after a possessive the word is a noun
    // ("Treasury's Baker calls for": a person after the possessive is the subject)
    if ((form === 'base' || form === 'third') && (POSSESSIVE_MARKS.has(prev) || placePossessive(view, start) >= 0)) {
      return nominal(ctx, unit, view, pattern, start, end);
    }
    // "a NATO summit", "the ASEAN meeting": a name between a determiner and a verb form is a noun's modifier
    // ("the Houthis attack ships" keeps its plural name as a subject)
    if ((form === 'base' || form === 'gerund') && view.slotAt[start - 1]) {
      const det = wordAt(words, view.slotStart[start - 1] - 1);
      if (det === 'a' || det === 'an' || (det === 'the' && (form === 'gerund' || !/[^us]s$/.test(wordAt(words, start - 1))))) return null;
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
    const decided = form === 'base' && prev === 'to' ? decisionOwnerEnd(view, start - 2) : -1;
    if (decided >= 0) {
      const owned = POSSESSIVE_MARKS.has(wordAt(words, decided));
      let owner = owned ? view.slotAt[decided - 1] : view.slotAt[decided];
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
      const subject = subjectLeft(view, start - 1);
      if (!subject || !(subject.entity.actor || subject.entity.country)) return null;
      actors = withCompounds(view, subject, -1);
      recipients = recipientsAfter(ctx, view, entry, start, end, actors);
      if (entry.needsRecipient && recipients.length === 0) return null;
      const made = finish(ctx, unit, view, pattern, start, end, actors, recipients, start - 1, false);
      return made && made.status === 'occurred' ? recast(made, { status: 'hypothetical', date: null }) : made;
    }
    // ("after rioting and looting in the capital": a riot's gerund names the street's act, not the sentence subject's)
    if (form === 'gerund' && entry.type === 'PROTEST' && RIOT_NOUNS.has(wordAt(words, start))) return nominal(ctx, unit, view, pattern, start, end);
    // ("Accusing Washington of hypocrisy, Beijing said": a participle that opens the sentence is of the subject after its comma)
    // (", visiting Chinese Premier Li Qiang said": a visitor described; after a subordinator, "After visiting North Korea", a visit)
    const opening = form === 'gerund' && start === 0 && openingParticiple(view);
    // ("its troops had killed thousands of Iranians in checking a new Tehran offensive": fighting told by `in` and a gerund is the
    // subject's, as after `while`)
    const opener = PARTICIPLE_OPENERS.has(prev) || (prev === 'in' && entry.type === 'ASSAULT');
    if (form === 'gerund' && (prev === ',' || opening || (opener && wordAt(words, start - 2) !== ',')) && !(entry.mode === 'visit' && view.slotAt[start + 1] && prev === ',')) {
      // (after a subordinator only in a main clause: "Baghdad said the Iranians had gained footholds after launching" is not Baghdad's)
      // (in a reported clause, that clause's own subject: "the government said its forces had suffered setbacks since launching an
      // offensive" is its forces')
      // ("After meeting Manele in Canberra, Albanese said": a sentence that opens with the subordinator has its subject after the comma)
      const subject = start <= 1 ? mainSubjectAfterComma(view, start)
        : prev === ',' || !words.slice(0, start).some((w) => w === 'that' || BOUNDARY.has(w) || SPEECH_VERBS.has(w)) || speakerAdverbial(view, start - 1) ? participleSubject(view, start - 1) : reportedSubject(view, start);
      // ("The workers, staging a sit-in to protest the closure": a crowd with no country, read below, protests)
      if (!subject && !(entry.type === 'PROTEST' && prev === ',' && CROWD_WORDS.has(wordAt(words, start - 2)))) return null;
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
    if (form === 'gerund' && !negatedFrame && !(prev !== '' && (aspectBefore(words, start) >= 0 || view.slotAt[start - 1] || prev === 'and'))) {
      return form === 'gerund' && !PREPOSITIONS.has(prev ?? '') ? nominal(ctx, unit, view, pattern, start, end) : null;
    }
    // ("the recent attack", "a state visit"; but "The Gulf state recalled": a country named again)
    // (`that` as a relative pronoun on parties a list was among: "were among more than 20 countries that recognised")
    // ("A senior Japanese official urged", "The official met", "A senior Japanese trade official met U.S. negotiators": the word is the
    // head of a party named, no determiner; nor is a relative `that` after a party, "a Japanese team that left for Washington")
    if ((form === 'past/participle' || form === 'past') && prev !== '' && DETERMINERS.has(prev) && prev !== "'s" && !(prev === 'state' && toldSubject(ctx, unit, view, start))
      && !(prev === 'official' && view.slotAt[start - 1]) && !(prev === 'that' && view.slotAt[start - 2])
      && !(prev === 'that' && amongThoseWho(words, start) > 0) && view.slotAt[start - 1]?.entity.type !== 'person') return null;
    // "could use nuclear weapons if attacked", "when invaded": a participle right after a subordinator is a passive with no agent
    if ((form === 'past/participle' || form === 'participle') && ELLIPTICAL_OPENERS.has(prev)) return null;
    // "relatives of jailed opposition leaders": a participle right after a preposition describes a noun
    // ("interest earned on frozen Russian central bank assets": a gapped pattern of an act that needs a target too;
    // "troops on heightened alert" is the state the subject put them in)
    if ((form === 'past/participle' || form === 'participle') && prev !== '' && PREPOSITIONS.has(prev) && prev !== 'as' && (end === start + 1 || (entry.needsRecipient && prev !== 'by')) && /^\p{Ll}/u.test(tokens[start].text)) return null;
    const reduced = (form === 'participle' || form === 'past/participle') && wordAt(words, end) === 'by' && prev !== '' && !view.slotAt[start - 1] && /^\p{Ll}/u.test(tokens[start - 1].text) && !MODALS.has(prev) && !/ly$/.test(prev) && !beBefore(words, start) && !ASPECT.has(prev) && prev !== 'has' && prev !== 'have' && prev !== 'had';
    // ("at a summit in Astana hosted by Tokayev": a gathering placed before its participle)
    const gathered = !reduced && entry.id === 'consult.host' && form === 'past/participle' && wordAt(words, end) === 'by' && gatheringBefore(words, start) && placedBefore(view, start);
    // ("a British diplomat was beaten and abducted": a participle joined to a passive one is passive too)
    // (not a word of speech or commitment: "said dozens of civilians had been killed and vowed to retaliate")
    const passive = ((form === 'participle' || form === 'past/participle') && (beBefore(words, start) || (prev === 'and' && /(?:ed|en)$/.test(wordAt(words, start - 2)) && beBefore(words, start - 2) && !SAID_ACTS.has(entry.type)))) || reduced || gathered;
    if (passive && entry.subjectActs) {
      const subject = subjectLeft(view, start);
      if (subject) actors = withCompounds(view, subject, -1);
      recipients = findRecipients(ctx, view, entry.recipient ?? [], end, actors, entry);
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
      // "the Israeli strike was denounced by Egypt": the doer of an act condemned)
      else if ((entry.type === 'REJECT' || entry.type === 'ACCUSE') && actors.length > 0) {
        const owner = proposalOwner(ctx, view, start, entry.type === 'REJECT' ? PROPOSAL_NOUNS : ACT_NOUNS);
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
      if (conjoined) subject = clauseSubjectBefore(view, and) ?? subject;
      // ("the ceasefire his government signed with the ELN": the government of the one the sentence is about)
      if (entry.agreementBefore && wordAt(words, start - 1) === 'government' && POSSESSIVES.has(wordAt(words, start - 2))) {
        const country = openingSubject(view)?.entity.country;
        subject = country ? groupSlot(ctx, country, 'GOV', tokens[start - 1].start, tokens[start - 1].end) : null;
        if (!subject) return null;
      }
      // ("Palestinians in the occupied West Bank and Gaza Strip observed a general strike": the place is the crowd's, not the subject)
      if (entry.type === 'PROTEST' && subject && crowd.length === 0 && !subject.group && (subject.entity.type === 'country' || subject.entity.type === 'location')) {
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
        if (act >= 0 && !inside) recipients = doerOf(ctx, view, act, from);
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
      if (!(wordAt(words, after) === 'for' || (wordAt(words, after) === 'to' && !PREPOSITIONS.has(wordAt(words, after + 1)) && !DETERMINERS.has(wordAt(words, after + 1))))) return null;
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
const DEMAND_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'request.demand')!);
const OCCUPY_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'assault.occupy')!);
/** The pattern read as a seizure of territory (192): "captured Goma", "The islands were seized by Soviet troops". */
function asOccupation(pattern: Pattern): Pattern {
  return { entry: OCCUPY_ENTRY, frame: pattern.frame, rest: pattern.rest, first: pattern.first, passive: pattern.passive, anchor: pattern.anchor, id: pattern.id };
}
const COMPLAIN_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'accuse.complain')!);
/** The pattern read as a protest a state lodges (ACCUSE 114): "France protested over Canada's decision". */
function asStateProtest(pattern: Pattern): Pattern {
  return { ...asOccupation(pattern), entry: COMPLAIN_ENTRY };
}
const ABDUCT_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'assault.abduct')!);
const ARRIVE_AID_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'aid.arrive')!);
const PEACEKEEPING_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'aid.peacekeeping')!);
/** Verbs of arrival a visit is told by, which goods and forces do too. */
const ARRIVAL_VERBS = /^(?:arriv|land|reach)/;
/** Heads of a subject that is goods sent: "a first shipment of tents", "300 tonnes of food". */
const CARGO_NOUNS: ReadonlySet<string> = new Set(['shipment', 'shipments', 'consignment', 'consignments', 'cargo', 'cargoes', 'aid', 'supplies', 'food', 'tonnes', 'tons', 'convoy', 'convoys', 'delivery', 'deliveries', 'batch', 'batches', 'doses', 'vaccines', 'assistance', 'relief']);
/** Heads of a subject that is a force: "the first Russian paratroopers", "400 Kenyan police officers of a mission". */
const FORCE_NOUNS: ReadonlySet<string> = new Set(['troops', 'soldiers', 'paratroopers', 'peacekeepers', 'officers', 'police', 'policemen', 'marines', 'forces', 'contingent', 'reinforcements', 'units', 'battalion', 'battalions']);
/** Heads of a subject that is a craft: "a military transport plane", "the first flight". */
const CRAFT_NOUNS: ReadonlySet<string> = new Set(['plane', 'planes', 'aircraft', 'jet', 'jets', 'flight', 'flights', 'ship', 'ships', 'vessel', 'vessels', 'helicopter', 'helicopters', 'airliner', 'boat', 'boats']);
/** Words that tell a force sent as help. */
const HELP_WORDS: readonly string[] = ['mission', 'peacekeeping', 'peacekeepers', 'help', 'assistance', 'multinational'];
const DRILLS_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'mobilize.drills')!);
const POLICE_RAID_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'coerce.police-raid')!);
const RAID_MISSION_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'coerce.raid-mission')!);
/** A country's missions abroad, whose storming by another state's forces is a raid on that country. */
const MISSION_WORDS: ReadonlySet<string> = new Set(['embassy', 'consulate']);

/** Whether the object after `end` is a person (a name, a pronoun, or a hostage, pilot or aid worker with a word or two before). */
function seizedPerson(view: View, end: number): boolean {
  const { words, slotAt } = view;
  if (wordAt(words, end) === 'him' || wordAt(words, end) === 'her' || wordAt(words, end) === 'them') return true;
  for (let k = end; k < end + 4 && k < words.length; k++) {
    if (SEIZED_PEOPLE.has(wordAt(words, k)) || slotAt[k]?.entity.type === 'person') return true;
    if (BOUNDARY.has(wordAt(words, k)) || PREPOSITIONS.has(wordAt(words, k)) || wordAt(words, k) === ',') return false;
  }
  return false;
}
/** People armed men take ("seized an American hostage", "seized two aid workers"). */
const SEIZED_PEOPLE: ReadonlySet<string> = new Set(['hostage', 'hostages', 'pilot', 'pilots', 'journalist', 'journalists', 'worker', 'workers', 'tourist', 'tourists', 'officer', 'officers', 'diplomat', 'diplomats', 'missionary', 'missionaries', 'priest', 'priests', 'nun', 'nuns', 'engineer', 'engineers', 'businessman', 'businessmen', 'administrator', 'teacher', 'teachers', 'students', 'schoolgirls', 'schoolchildren', 'passengers', 'civilians', 'villagers']);
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

/** Acts whose passive moves armed forces, done by their own side ("troops were withdrawn", "warships were deployed"). */
const FORCE_MOVES: ReadonlySet<PloverType> = new Set(['RETREAT', 'MOBILIZE']);

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
  const own = nominalAct(ctx, unit, view, pattern, start, end);
  // ("U.S.-Soviet arms control talks": the adjective next to the noun gives one side alone; the pair gives both)
  const made = own && own.recipients.length > 0 ? own : pairAct(ctx, unit, view, pattern, start, end) ?? own;
  // "talks to end the war between Russia and Ukraine", "a ceasefire in their eight-year war": a war ended is one fought
  // (undated: the date near it is of its end)
  if (made && pattern.entry.mutual && made.status !== 'negated' && WAR_ENDED.test(` ${view.words.slice(Math.max(0, start - 7), start).join(' ')} `)) return recast(made, { status: 'occurred', date: null });
  return made;
}

function nominalAct(ctx: Context, unit: Unit, view: View, pattern: Pattern, start: number, end: number): Candidate | null {
  const { words } = view;
  const { lightVerbs } = lexicon();
  const entry = pattern.entry;
  // (an act a light phrase of preparation gives its actor: "prepared for joint exercises")
  let toCome = false;
  if (!entry.nouns || entry.nouns.length === 0) return null;
  // "Houthi targets": a noun that heads a group mention names the group, not an act
  if (view.slotAt[start]?.group && view.slotAt[end - 1] === view.slotAt[start]) return null;
  // the noun's own frame: does it match as a noun pattern here?
  let nounEnd = -1;
  for (const p of lexicon().byFirst.get(wordAt(words, start)) ?? []) {
    if (p.entry !== entry || p.frame !== 'noun') continue;
    const e = matchRest(words, start + 1, p.rest, 0);
    if (e > nounEnd) nounEnd = e;
  }
  if (nounEnd < 0) return null;
  // a preposition at the end of the noun pattern belongs to the recipient
  let argStart = nounEnd;
  while (argStart > start + 1 && PREPOSITIONS.has(wordAt(words, argStart - 1))) argStart--;

  if (entry.notAfter?.includes(wordAt(words, start - 1))) return null;
  // "will pay a state visit ... at the invitation of President Biden", "deported ... despite appeals from U.N. experts": the one
  // named after `of`/`from` acts, on the clause's subject
  // ("flew 150 paratroopers to Lome at the president's request", "arrested him at Washington's request": the owner of the noun)
  const owned = entry.ofActs && wordAt(words, start) === 'at' && POSSESSIVE_MARKS.has(wordAt(words, nounEnd - 2)) ? view.slotAt[nounEnd - 3] : undefined;
  if (entry.ofActs && (wordAt(words, argStart) === 'of' || wordAt(words, argStart) === 'from' || wordAt(words, argStart) === 'by' || owned)) {
    const host = owned ?? view.slotAt[partyAt(view, argStart + 1)];
    const guest = participleSubject(view, start);
    // (the owned form only with a clause subject to ask of: "recalled at Gynex's request" names no party asked)
    if (!host || !guest || host.entity.id === guest.entity.id || (owned && !guest.entity.actor && !guest.entity.country)) return null;
    if (entry.answerTold && !words.slice(nounEnd, nounEnd + 16).some((w) => ANSWER_WORDS.has(w))) return null;
    // ("rejected demands by Australia and New Zealand": each of the parties named)
    const hosts = owned ? [host] : recipientSlots(ctx, view, partyAt(view, argStart + 1), new Set([guest.entity.id]));
    return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, hosts, [guest], start, false);
  }
  if (entry.ofActs) return null;
  let actors: Slot[] = [];
  let statusFrom = start;
  let past = false;
  // (a visit whose words after the noun name no place it goes to: "the visit of X", ", here on a visit after talks in Y")
  let placeNamedAfter = true;
  let destination: Slot[] = [];
  // "the visit by X"
  {
    let b = argStart;
    // ("the downing of an Iranian airliner by a U.S. warship": past the article of the one named after the preposition)
    const named = (wordAt(words, b + 1) === 'a' || wordAt(words, b + 1) === 'an' || wordAt(words, b + 1) === 'the') && view.slotAt[b + 2] ? b + 2 : b + 1;
    // ("a visit to Moscow last week by Iran's Oil Minister": past words of time after the one named)
    if (PREPOSITIONS.has(wordAt(words, b)) && wordAt(words, b) !== 'by' && view.slotAt[named]) b = skipTimeAdverbial(words, nextAfterSlot(view, named));
    if (wordAt(words, b) === 'by') actors = byAgent(view, b, unit);
    else if (wordAt(words, argStart) === 'of' && DONE_TO_OF.has(entry.type)) actors = agentPastPatient(view, argStart, unit);
    // ("Monday's attack on two Iranian oil platforms by American forces", "the shelling of Iranian towns by Iraqi artillery": the
    // attacker named after the one attacked, however described)
    else if (entry.type === 'ASSAULT' && ATTACKED_ON.has(wordAt(words, argStart))) actors = agentPastPatient(view, argStart, unit);
    // ("to coincide with the visit of U.S. Secretary of State George Shultz": the person named after a visit's `of` is the visitor)
    else if (wordAt(words, argStart) === 'of' && entry.mode === 'visit') {
      const visitor = view.slotAt[personInTitle(view, argStart + 1)];
      if (visitor && (visitor.entity.actor || visitor.entity.country)) actors = [visitor];
      placeNamedAfter = actors.length === 0;
    }
  }
  // ("a strike by 55,000 oil industry employees", "the strike by the miners union": people by their trade, of no country named)
  if (entry.type === 'PROTEST' && wordAt(words, argStart) === 'by') {
    const crowd = crowdAfterBy(view, argStart);
    if (entry.crowdAgent && crowd < 0) return null;
    // ("a strike by Brazil's 40,000 seamen": a country named as the possessor is where they are from)
    const owner = actors.length === 1 && actors[0].entity.type === 'country' ? actors[0].entity.country : null;
    if (crowd >= 0 && owner) actors = [groupSlot(ctx, owner, '', view.tokens[crowd].start, view.tokens[crowd].end)];
    // (crowdPlace reads the crowd before the token after it: none when the crowd ends the sentence)
    else if (actors.length === 0 && crowd >= 0) actors = CROWD_WORDS.has(wordAt(words, crowd)) && crowd + 1 < view.tokens.length ? crowdPlace(ctx, view, crowd + 1, crowd + 1) : homeGroup(ctx, view, crowd);
  } else if (entry.crowdAgent) {
    // ("a Brazilian seamen's strike", "the miners' strike": the people by trade who own it, named with their country or of their place)
    const owner = view.slotAt[start];
    actors = owner?.group && owner.entity.country ? [owner] : crowdPlace(ctx, view, start + 1, nounEnd);
  }
  // ("Japanese Prime Minister Fumio Kishida, on a two-day visit to Manila, pledged": a visit in an apposition is of the one it follows)
  // (", here on a two-day official visit,": where the dispatch is from, see visitDestination)
  if (actors.length === 0 && entry.mode === 'visit') {
    let k = start - 1;
    while (k > 0 && k >= start - 4 && /^[a-z0-9-]+$/.test(view.tokens[k].text) && wordAt(words, k) !== 'on') k--;
    const here = wordAt(words, k - 1) === 'here' ? 1 : 0;
    if (wordAt(words, k) === 'on' && wordAt(words, k - 1 - here) === ',') {
      const visitor = view.slotAt[k - 2 - here];
      if (visitor && (visitor.entity.actor || visitor.entity.country)) actors = [visitor];
      // (not a place named after the noun: "Duffy, here on a three-day visit after talks in the United States", BANGKOK dateline)
      if (here && actors.length > 0) {
        destination = visitDestination(ctx, view, start, actors);
        placeNamedAfter = false;
      }
    }
  }
  // "her Soviet trip": for a visit, a demonym right before the noun is where it goes, and the possessor before it is the visitor
  if (actors.length === 0 && entry.mode === 'visit' && start >= 2 && !view.slotAt[start - 1] && DEMONYMS.has(view.tokens[start - 1].text)) {
    const possessor = POSSESSIVES.has(wordAt(words, start - 2)) ? view.slotAt[start - 2] : POSSESSIVE_MARKS.has(wordAt(words, start - 2)) ? view.slotAt[start - 3] : undefined;
    if (possessor) {
      const t = view.tokens[start - 1];
      actors = [possessor];
      destination = [groupSlot(ctx, DEMONYMS.get(t.text)!, '', t.start, t.end)];
    }
  }
  // "X's visit", "his visit", "Chinese defense minister's first foreign visit"
  if (actors.length === 0) {
    let j = start - 1;
    let skipped = 0;
    // ("Hamas's Oct. 7 attack on Israel": the day of the act between its doer and its noun)
    if (/^\d{1,2}$/.test(wordAt(words, j)) && MONTHS.has(wordAt(words, j - 1).replace(/\.$/, ''))) { j -= 2; skipped += 2; }
    // (not past a conjunction: "an end to sales to the South African police and military and withdrawal from South Africa")
    while (j >= 0 && skipped < 4 && !view.slotAt[j] && /^[\p{Ll}-]+$/u.test(view.tokens[j].text) && !DETERMINERS.has(wordAt(words, j)) && !PREPOSITIONS.has(wordAt(words, j)) && !lightVerbs.has(wordAt(words, j)) && wordAt(words, j) !== 'and' && wordAt(words, j) !== 'or') { j--; skipped++; }
    while (j >= 0 && skipped < 6 && (wordAt(words, j) === 'first' || wordAt(words, j) === 'foreign' || wordAt(words, j) === 'state' || wordAt(words, j) === 'official' || wordAt(words, j) === 'recent' || wordAt(words, j) === 'planned')) { j--; skipped++; }
    // "Iran and Iraq have agreed to a ceasefire in their eight-year war": a war of a compound subject is between its parties
    if (entry.mutual && wordAt(words, j) === 'their') {
      const subject = subjectLeft(view, j);
      const pair = subject ? withCompounds(view, subject, -1) : [];
      if (pair.length === 2 && pair[0].entity.country && pair[1].entity.country && pair[0].entity.country !== pair[1].entity.country) {
        return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair, pair, start, false);
      }
    }
    // "Shultz' Moscow talks", "Putin's Beijing visit": a place between the possessor and the noun is where, not who
    const place = j === start - 1 ? placePossessive(view, start) : -1;
    // ("Tehran's forces ... after their assault": `their` the plural body nearest)
    const owner = entry.type !== 'ASSAULT' || j < 0 ? null : wordAt(words, j) === 'its' ? (relativeBefore(words, j) ? bodyBefore(view.slotAt, j) : null) ?? subjectBody(view, j) ?? bodyBefore(view.slotAt, j) : wordAt(words, j) === 'their' ? bodyBefore(view.slotAt, j) : null;
    if (place >= 1 && POSSESSIVE_MARKS.has(wordAt(words, place)) && view.slotAt[place - 1]) actors = [view.slotAt[place - 1]!];
    else if (place >= 0 && POSSESSIVES.has(wordAt(words, place)) && view.slotAt[place]) actors = [view.slotAt[place]!];
    else if (j >= 0 && POSSESSIVE_MARKS.has(wordAt(words, j)) && view.slotAt[j - 1]) actors = [view.slotAt[j - 1]!];
    // ("the government's current talks with the IMF", "his government's negotiations": a force or government no one names owns
    // the act, as it would be its verb's subject)
    else if (j >= 1 && POSSESSIVE_MARKS.has(wordAt(words, j)) && BARE_FORCES.has(wordAt(words, j - 1))) actors = bareForce(ctx, view, j);
    else if (j >= 0 && POSSESSIVES.has(wordAt(words, j)) && view.slotAt[j]) actors = [view.slotAt[j]!];
    // "the government ... to end its two-month-old war with the RSF": `its` is the subject body named before
    else if (owner) actors = [owner];
    else if (j >= 0 && !view.slotAt[j] && DEMONYMS.has(view.tokens[j].text) && j >= start - 3) {
      const country = DEMONYMS.get(view.tokens[j].text)!;
      const t = view.tokens[j];
      actors = [groupSlot(ctx, country, '', t.start, t.end)];
    }
    // ("a Taliban attack on a checkpoint", "the Houthi attacks on shipping", "an al Shabaab ambush": an armed group named right
    // before the act noun is the attacker)
    else if (entry.type === 'ASSAULT' && j === start - 1 && view.slotAt[j]?.entity.type === 'organization' && view.slotAt[j]!.entity.sector === 'REB'
      && view.slotAt[j]!.end >= view.tokens[j].end) actors = [view.slotAt[j]!];
    // "an Israeli air strike", "Ukrainian drone attacks": the demonym names the attacker
    else if (j >= 0 && view.slotAt[j]?.group && view.slotAt[j]!.end >= view.tokens[j].end && view.slotAt[j]!.start >= view.tokens[Math.max(0, j - 3)].start) actors = [view.slotAt[j]!];
    // ("USSR trip": before a visit, a country is where it goes)
    else if (j >= 0 && j === start - 1 && view.slotAt[j]?.entity.type === 'country' && !view.slotAt[j]?.pending && entry.mode !== 'visit') actors = [view.slotAt[j]!];
    // ("U.S. economic sanctions against Panama": a country's name used as its demonym, past words of description, as "American" is)
    else if (j >= 0 && j >= start - 3 && view.slotAt[j]?.entity.type === 'country' && !view.slotAt[j]?.pending && entry.mode !== 'visit'
      && DEMONYMS.has(ctx.text.slice(view.slotAt[j]!.start, view.slotAt[j]!.end))) actors = [view.slotAt[j]!];
  }
  // ("the withdrawal of 50,000 Cuban troops from Angola", "the deployment of Russian troops to Belarus": forces moved, named after
  // `of` with their country, move for their own side)
  if (actors.length === 0 && FORCE_MOVES.has(entry.type) && wordAt(words, start + 1) === 'of') {
    for (let k = start + 2; k < nounEnd; k++) {
      const force = view.slotAt[k];
      if (force && force.entity.sector === 'MIL' && force.entity.country) {
        actors = [force];
        break;
      }
    }
  }
  // "X held joint drills", "Russia favors continuous joint combat training"
  if (actors.length === 0) {
    for (let j = start - 1; j >= 0 && j >= start - 9; j--) {
      if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === ',' || (view.slotAt[j] && !view.slotAt[j]!.group)) break;
      // ("went ahead with joint drills", "took part in joint exercises": a light verb joined by its preposition)
      let lf = lightVerbs.get(wordAt(words, j));
      if (PREPOSITIONS.has(wordAt(words, j)) && !MONTH_OR_DAY.test(view.tokens[j + 1]?.text ?? '')) {
        const phrase = lightPhraseEnding(words, j);
        if (!phrase) break;
        j = phrase.at;
        lf = phrase.form;
        toCome = phrase.toCome;
      }
      if (!lf) continue;
      if (lf === 'gerund' && PREPOSITIONS.has(wordAt(words, j - 1) ?? '')) break;
      const passive = (lf === 'participle' || lf === 'past/participle') && beBefore(words, j);
      if (passive) break;
      const subject = subjectLeft(view, j);
      if (subject) {
        actors = withCompounds(view, subject, -1);
        statusFrom = j + 1; // the light verb itself may give the status ("favors")
        past = lf === 'past' || lf === 'past/participle';
        // ("EC, U.S. PLAN HIGH-LEVEL TRADE TALKS", "said he plans a July trip to China": an act planned, proposed or sought is to come)
        toCome ||= lexicon().lightToCome.has(wordAt(words, j));
      }
      break;
    }
  }
  // "praised Gorbachev ... after three hours of talks with him": talks after or during which the
  // sentence's subject acts are its own
  // ("praised Peru during a state visit to Lima": a visit too)
  // (not "during a visit to Moscow last week by Iran's Oil Minister": the agent named after it)
  if (actors.length === 0 && entry.type === 'CONSULT' && (wordAt(words, argStart) === 'with' || (entry.mode === 'visit' && wordAt(words, argStart) === 'to'))
    && !words.slice(nounEnd, nounEnd + 8).includes('by')) {
    for (let j = start - 1; j >= 0 && j >= start - 5; j--) {
      const w = wordAt(words, j);
      // ("During talks with Japanese Prime Minister Yasuhiro Nakasone, Dawkins expressed concern", "In his talks with Shultz, ...":
      // talks that open the sentence are the main clause subject's, after the comma)
      if (j === 0 && TALK_FRAMES.has(w)) {
        const subject = mainSubjectAfterComma(view, start);
        if (subject) actors = [subject];
        break;
      }
      if (j === 0) break;
      // ("told a press conference at the end of an official two-day visit to Mexico": the frame's own words read past)
      if (w === 'of' && VISIT_SPANS.has(wordAt(words, j - 1)) && wordAt(words, j - 2) === 'the' && wordAt(words, j - 3) === 'at') {
        const subject = participleSubject(view, j - 3);
        if (subject) actors = withCompounds(view, subject, -1);
        break;
      }
      // ("After a day of meetings with Vice President George Bush, Clark told", "Speaking to reporters after a meeting with Funaro,
      // the Canadian banker said": a frame the sentence opens with is the main clause subject's, past the parties it names)
      // ("told reporters before a meeting with the Paris Club", "in his talks with Japanese Defence Minister Yuko Kurihara": talks
      // before which, or in which, the subject speaks are its own too, as after or during them)
      if (TALK_FRAME_OPENERS.has(w) && (w !== 'in' || DETERMINERS.has(wordAt(words, j + 1)) || POSSESSIVES.has(wordAt(words, j + 1)) || j + 1 === start)) {
        const subject = openingFrame(view, j) ? mainSubjectAfterComma(view, pastNamedParties(view, argStart + 1)) : j > 0 ? participleSubject(view, j) : null;
        if (subject) actors = withCompounds(view, subject, -1);
        // (talks the subject speaks before are still to come)
        toCome ||= w === 'before';
        break;
      }
      if (view.slotAt[j] || BOUNDARY.has(w) || w === ',' || (PREPOSITIONS.has(w) && w !== 'of')) break;
    }
  }
  // "Japarov and Rahmon agreed in a phone call on Tuesday", "... agreed on Tuesday at the end of two days of talks in
  // Geneva": talks that frame the act of a compound subject are between its parties
  if (actors.length === 0 && entry.type === 'CONSULT' && entry.mode !== 'visit' && entry.cameo !== '045' && wordAt(words, argStart) !== 'with'
    && !words.slice(nounEnd, nounEnd + 8).includes('by')) {
    const parties = framedPair(view, start);
    if (parties) actors = parties;
    // ("Talks are due to begin in Moscow on Wednesday", "A second round of talks is set for tomorrow": talks still to come that open a
    // later sentence, named by no article and with no party of their own, are between the two states the story named last; not
    // "The talks broke down", "Talks on similar projects have been held with other Japanese firms", of whoever the story is about)
    const after = ` ${words.slice(nounEnd, nounEnd + 10).join(' ')} `;
    const pair = actors.length === 0 && unit.sentence > 0 && opensSentence(view, start) && TO_COME_AFTER.test(after) && !/\s(?:with|between)\s/.test(after)
      ? lastTwoNamed(ctx, view.tokens[start].start, 'states') : [];
    if (pair.length === 2) {
      const made = finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair.map((e) => slotOf(e, view.tokens[start].start, view.tokens[start].end)), [], start, false);
      return made && made.status === 'occurred' ? recast(made, { status: 'intended', direction: 'future' }) : made;
    }
  }
  // ("suspended talks on joining the European Union, sparking nightly rallies": a body of states marches nowhere)
  if (entry.type === 'PROTEST' && actors.length > 0 && actors.every((a) => a.entity.actor?.startsWith('IGO'))) actors = [];
  // "weeks of nationwide student protests", "two nights of violent protests against the government": street
  // protests told without a doer are the people's of the country the sentence is about
  if (actors.length === 0 && entry.type === 'PROTEST' && streetProtest(view, start)) {
    const subject = subjectBody(view, start);
    const country = subject?.entity.country ?? view.slotAt.find((s) => s && s.entity.country)?.entity.country ?? ctx.home;
    if (country) {
      const t = view.tokens[start];
      // ("opposition protests": the opposition's)
      const sector = words.slice(Math.max(0, start - 3), start).includes('opposition') ? 'OPP' : '';
      actors = [groupSlot(ctx, country, sector, t.start, t.end)];
      past = true;
    }
  }
  // "Talks between the United States and Japan": the two named after `between` are the parties
  // (a war between two named is theirs whoever the clause is about: "Yugoslavia and Egypt agreed to work to end the war between
  // Iran and Iraq")
  if ((actors.length === 0 || (entry.type === 'ASSAULT' && entry.mutual && view.slotAt[partyAt(view, argStart + 1)]))
    && wordAt(words, argStart) === 'between' && (BETWEEN_PARTIES.has(entry.type) || entry.type === 'ASSAULT' || entry.type === 'RETREAT')) {
    const j = partyAt(view, argStart + 1);
    let a = view.slotAt[j];
    // ("fighting between the army and the rebels", "between Salvadoran troops and leftist guerrillas": forces no one names are the
    // story country's, or the other side's country's)
    if (entry.type === 'ASSAULT') {
      const first = a ? null : bareSide(view, argStart + 1);
      const and = first ? first.end : a ? nextAfterSlot(view, j) : -1;
      const second = and >= 0 && wordAt(words, and) === 'and' && !view.slotAt[partyAt(view, and + 1)] ? bareSide(view, and + 1) : null;
      if (first || second) {
        const other = a ?? view.slotAt[partyAt(view, and + 1)];
        const country = other?.entity.country ?? homeOf(ctx, view);
        const side = (f: { sector: string; start: number; end: number }) => groupSlot(ctx, country!, f.sector, view.tokens[f.start].start, view.tokens[f.end - 1].end);
        const pair = country ? [first ? side(first) : other, second ? side(second) : other] : [];
        if (pair.length === 2 && pair[0] && pair[1] && pair[0].entity.id !== pair[1].entity.id) {
          return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [pair[0], pair[1]], [pair[0], pair[1]], start, false);
        }
      }
    }
    // "clashes between the two sides": the pair named before
    // (not "the two parties": in talks they are as often creditors and debtors as states)
    if (a && a.partner && a.entity.actor && a.partner.actor && wordAt(words, nextAfterSlot(view, j) - 1) !== 'parties') {
      const pair = [slotOf(a.partner, a.start, a.end, undefined, a.group), a];
      return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair, entry.type === 'ASSAULT' ? pair : [], start, false);
    }
    // ("efforts to obtain a ceasefire between Iran and Iraq": a truce is told as made only when it takes effect or holds)
    if (a && entry.type === 'RETREAT' && !TRUCE_IN_FORCE.test(` ${words.slice(nounEnd, nounEnd + 14).join(' ')} `)) return null;
    // ("a meeting between U.S. Trade Representative Clayton Yeutter and EC External Relations Commissioner Willy De Clercq": the person
    // a title names after the country or body that opens it, not that country)
    const titled = (k: number) => {
      const person = view.slotAt[k] && view.slotAt[k]!.entity.type !== 'person' ? personInTitle(view, nextAfterSlot(view, k)) : -1;
      return person >= 0 && view.slotAt[person]!.entity.actor ? person : k;
    };
    if (a && entry.type === 'CONSULT') a = view.slotAt[titled(j)];
    if (a) {
      let k = nextAfterSlot(view, entry.type === 'CONSULT' ? titled(j) : j);
      if (wordAt(words, k) === 'and') {
        k = partyAt(view, k + 1);
        if (entry.type === 'CONSULT') k = titled(k);
        const b = view.slotAt[k];
        // ("clashes between Armenian and Azerbaijani forces": an armed clash is each side's attack on the other)
        if (b && b.entity.id !== a.entity.id && a.entity.actor && b.entity.actor) return toldDone(view, start, finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [a, b], entry.type === 'ASSAULT' ? [a, b] : [], start, false));
        // ("debt talks between the Philippine government and its bank advisory committee", "talks between Brazil and its major
        // foreign creditors": a debtor's talks with lenders no code names are the debtor's, with no recipient)
        if (!b && entry.type === 'CONSULT' && a.entity.actor && unnamedLenders(view, k)) {
          const talks = finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [a], [], start, false);
          return talks && recast(talks, { standsAlone: true });
        }
      }
    }
  }
  // ("Hamas fighters killed hundreds of people in a surprise attack on southern Israel", "militants killed scores of soldiers on
  // Saturday in an attack on the town of Barsalogho": an attack that frames a killing is its killers')
  if (actors.length === 0 && entry.type === 'ASSAULT' && !entry.mutual && (wordAt(words, argStart) === 'on' || wordAt(words, argStart) === 'against')) {
    let k = start - 1;
    while (k > 0 && k >= start - 3 && /^[a-z-]+$/.test(view.tokens[k].text) && !PREPOSITIONS.has(wordAt(words, k))) k--;
    if (wordAt(words, k) === 'in') {
      for (let v = k - 1; v >= 0 && v >= k - 12; v--) {
        const w = wordAt(words, v);
        if (BOUNDARY.has(w) || w === ',' && v < k - 1) break;
        if (KILLING_VERBS.has(w)) {
          // (named right before the verb: "an armed man killed one person" after "Malaysian police denied" is no police act)
          const killer = subjectLeft(view, v);
          const near = killer && view.tokens.findIndex((t) => t.start >= killer.end) >= v - 2;
          if (killer && near && (killer.entity.actor || killer.entity.country)) actors = withCompounds(view, killer, -1);
          break;
        }
      }
    }
  }
  // ("the border, where clashes between their troops killed about 100 people": the forces of the pair the sentence is about)
  if (actors.length === 0 && (entry.mutual || entry.type === 'ASSAULT') && wordAt(words, argStart) === 'between' && wordAt(words, argStart + 1) === 'their') {
    const pair = sentencePair(view) ?? [];
    const sector = HEADS.get(wordAt(words, argStart + 2));
    if (pair.length === 2 && pair[0].entity.country && pair[1].entity.country && pair[0].entity.country !== pair[1].entity.country) {
      const t = view.tokens[argStart + 1];
      const forces = pair.map((p) => groupSlot(ctx, p.entity.country!, sector ?? '', t.start, view.tokens[argStart + 2]?.end ?? t.end));
      return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, forces, forces, start, true);
    }
  }
  // ("the army, at war with the paramilitary Rapid Support Forces since April 2023, closed": the one the apposition is about)
  if (actors.length === 0 && entry.mutual && wordAt(words, start - 1) === 'at' && wordAt(words, start - 2) === ',' && wordAt(words, argStart) === 'with') {
    const before = view.slotAt[start - 3];
    const side = before && (before.entity.actor || before.entity.country) ? [before] : bareForce(ctx, view, start - 2);
    const other = findRecipients(ctx, view, ['with'], argStart, side, entry);
    const made = side.length === 1 && other.length === 1 ? finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [side[0], other[0]], [side[0], other[0]], start, true) : null;
    // (dated by its start when the apposition tells it: "at war with the RSF since April 2023")
    if (made) {
      const close = words.indexOf(',', argStart);
      const upTo = close > 0 ? view.tokens[close].start : view.tokens[view.tokens.length - 1].end;
      const began = findDates(ctx.text, view.tokens[start].start, upTo, ctx.anchor, 'past').find((d) => /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, d.start - 7), d.start)));
      return recast(made, { status: 'occurred', date: began ? { value: began.value, precision: began.precision, text: began.text } : null });
    }
  }
  // ("a ceasefire between Iran and Iraq took effect after nearly eight years of war", "signed an agreement to end hostilities in a
  // two-year war": a war with no party of its own is the pair's that acts together in the sentence; made with none here, given
  // that pair once the sentence is read)
  // (the war itself, not a word it modifies or a war of words: "war relief crude", "war and peace", "the 1986 war of words"; and no
  // name of its own before it: "the 1967 Arab-Israeli war", "the Gulf war")
  // ("a ceasefire between Thailand and Laos took effect after three months of border fighting that killed hundreds": fighting
  // told alone is the pair's as a war is)
  const lonelyWar = entry.mutual && entry.type === 'ASSAULT' && nounEnd === start + 1 && WAR_FOLLOWERS.test(wordAt(words, start + 1))
    && /^[a-z0-9/-]*$/.test(view.tokens[start - 1]?.text ?? '')
    && !(actors.length === 1 && actors[0].partner) && !(actors.length === 2 && actors[0].entity.country !== actors[1].entity.country);
  if (lonelyWar) {
    const pair = sentencePair(view);
    const made = pair ? finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair, pair, start, true) : null;
    return made && recast(made, { status: 'occurred', date: null });
  }
  if (actors.length === 0) return null;
  // a war with no party after it is one only of a pair named before it ("the Iran-Iraq war"; "their war" is read above)
  if (entry.mutual && nounEnd === start + 1 && !(actors.length === 1 && actors[0].partner) && !(actors.length === 2 && actors[0].entity.country !== actors[1].entity.country)) return null;
  let recipients = destination.length > 0 ? destination : !placeNamedAfter ? [] : findRecipients(ctx, view, entry.recipient ?? [], argStart, actors, entry);
  if (recipients.length === 0 && entry.type === 'ASSAULT') recipients = protectedFrom(ctx, view, start, actors, entry);
  // "London's expulsion of 25 Soviet officials": those a sanction or coercion is done to may be named inside its trigger
  if (recipients.length === 0 && nounEnd > start + 1 && DONE_TO_OF.has(entry.type)) recipients = findRecipients(ctx, view, entry.recipient ?? [], start + 1, actors, entry);
  if (entry.placeRecipient) recipients = recipients.filter((r) => (r.entity.type === 'country' || r.entity.type === 'location') && !modifiesNoun(view, r));
  if (recipients.length === 0 && entry.mode === 'visit') recipients = visitDestination(ctx, view, start, actors);
  // "its war with the RSF": a war or a clash is each side's attack on the other
  if (entry.mutual && actors.length === 1 && recipients.length === 1) {
    actors = [actors[0], recipients[0]];
    recipients = actors;
  }
  const made = finish(ctx, unit, view, asNoun(pattern), start, nounEnd, actors, recipients, statusFrom, past);
  // ("prepared for joint exercises next month", "went ahead with joint drills planned for next month": an act prepared for, or
  // told as planned or scheduled right after its noun, is to come)
  if (made && (made.status === 'occurred' || made.status === 'hypothetical') && (toCome || (PLANNED_AFTER.has(wordAt(words, nounEnd)) && !PREPOSITIONS.has(wordAt(words, nounEnd - 1))))) return recast(made, { status: 'intended', direction: 'future' });
  // "any Iranian attack on Soviet ships will bring a response": an act of any kind is one that may happen
  return made && made.status === 'occurred' && anyBefore(view, start) ? recast(made, { status: 'hypothetical' }) : made;
}

/** The token of the person named from `j` past `the` and a title ("the U.S. Secretary of State George Shultz", "West German president Richard von Weizsaecker"), or -1. */
function personInTitle(view: View, j: number): number {
  for (let k = j; k < view.tokens.length && k < j + 9; k++) {
    if (view.slotAt[k]?.entity.type === 'person') return k;
    if (!view.slotAt[k] && !startsUpper(view.tokens[k].text) && wordAt(view.words, k) !== 'of' && wordAt(view.words, k) !== 'the' && !personNoun(wordAt(view.words, k))) return -1;
  }
  return -1;
}

/** Words after the noun that opens a sentence telling its act as to come ("Talks are due to begin", "is set for tomorrow", "will resume"). */
const TO_COME_AFTER = /\s(?:will|due|set|expected|scheduled|planned|to begin|to resume|to open)\s/;

/** Words that may open a sentence before talks it names as its subject ("A second round of talks", "Further talks"). */
const ROUND_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'new', 'further', 'more', 'fresh', 'formal', 'another', 'final', 'next', 'first', 'second', 'third', 'fourth', 'round', 'of']);

/** Whether the noun at `start` opens its sentence as subject with no word of its kind or owner before it ("Talks", "A second round of talks"; not "Labour negotiations", "The talks"). */
function opensSentence(view: View, start: number): boolean {
  for (let k = 0; k < start; k++) if (!ROUND_WORDS.has(wordAt(view.words, k))) return false;
  return true;
}

/** Head nouns of lenders a debtor negotiates with ("creditor banks", "its major foreign creditors", "its bank advisory committee"). */
const LENDER_HEADS: ReadonlySet<string> = new Set(['banks', 'creditors', 'lenders', 'committee']);
/** Words that make a committee the lenders' own ("bank advisory committee", "steering committee"). */
const LENDER_COMMITTEE: ReadonlySet<string> = new Set(['bank', 'banks', 'advisory', 'steering', 'creditor', 'creditors']);

/** Whether the words from `k` name lenders no code names, in lower case past `its`, `their` or `the` and up to three modifiers. */
function unnamedLenders(view: View, k: number): boolean {
  const { words } = view;
  if (wordAt(words, k) === 'its' || wordAt(words, k) === 'their' || wordAt(words, k) === 'the') k++;
  for (let end = k + 4; k < end && k < words.length && !view.slotAt[k] && /^[a-z-]+$/.test(view.tokens[k].text); k++) {
    const w = wordAt(words, k);
    if (LENDER_HEADS.has(w)) return w !== 'committee' || LENDER_COMMITTEE.has(wordAt(words, k - 1));
  }
  return false;
}

/** Participles after an act's noun that tell it done ("an agreement signed between Egypt and Canada"). */
const DONE_AFTER: ReadonlySet<string> = new Set(['signed', 'concluded']);

/** The act of a noun a participle of its doing follows, told as done whatever its clause plans ("plans to begin flights following an agreement signed between"). */
function toldDone(view: View, start: number, made: Candidate | null): Candidate | null {
  return made && made.status === 'intended' && DONE_AFTER.has(wordAt(view.words, start + 1)) ? recast(made, { status: 'occurred' }) : made;
}

/** Participles that give an operation its name ("an offensive, codenamed Karbala-5,"). */
const OPERATION_NAMING: ReadonlySet<string> = new Set(['codenamed', 'code-named', 'dubbed']);

/** Verbs of guarding something from harm ("to protect Kuwaiti tankers from attack"). */
const GUARD_VERBS: ReadonlySet<string> = new Set(['protect', 'protects', 'protected', 'protecting', 'shield', 'shields', 'shielded', 'shielding',
  'defend', 'defends', 'defended', 'defending', 'safeguard', 'safeguards', 'safeguarded', 'safeguarding']);

/**
 * ("to protect Kuwaiti tankers from possible Iranian attack", "to protect all neutral shipping from attacks by Iran and Iraq"): an
 * attack told with no party of its own after `from` or `against` a verb of guarding governs is on the ones guarded, its object.
 */
function protectedFrom(ctx: Context, view: View, start: number, actors: readonly Slot[], entry: TriggerEntry): Slot[] {
  const { words, slotAt } = view;
  // (the attack itself, not a word it modifies: "to protect ground forces from Soviet attack helicopters")
  const after = wordAt(words, start + 1);
  if (/^\p{Ll}/u.test(view.tokens[start + 1]?.text ?? '') && !PREPOSITIONS.has(after) && !BOUNDARY.has(after)) return [];
  // back past the attack's describing words and its doer's demonym ("possible Iranian")
  let p = start - 1;
  while (p > 0 && start - p <= 3 && wordAt(words, p) !== 'from' && wordAt(words, p) !== 'against' && !BOUNDARY.has(wordAt(words, p)) && wordAt(words, p) !== ',') p--;
  if (wordAt(words, p) !== 'from' && wordAt(words, p) !== 'against') return [];
  for (let v = p - 1; v >= 0 && p - v <= 12; v--) {
    const w = wordAt(words, v);
    if (GUARD_VERBS.has(w) && !slotAt[v]) return findRecipients(ctx, view, ['obj'], v + 1, actors, entry);
    if (BOUNDARY.has(w) || w === ',' || CLAUSE_STOPS.has(w)) return [];
  }
  return [];
}

/** Prepositions after an attack's noun that name the one attacked ("the attack on", "strikes against", "the shelling of"). */
const ATTACKED_ON: ReadonlySet<string> = new Set(['on', 'against', 'of']);

/** Types whose nominal names the one the act is done to after `of` ("the arrest of X by police", "the release of prisoners by Israel"). */
const DONE_TO_OF: ReadonlySet<PloverType> = new Set(['COERCE', 'SANCTION', 'RETREAT']);

/**
 * The `by` agent of an act's noun past the one it is done to, however described ("the arrest of opposition leader Ousmane Sonko by
 * Senegalese police", "the deportation of 40 Afghan migrants by Iran", "the attack on two Iranian oil platforms by American
 * forces"); not past a participle or a phrase of its own ("the arrest of a man wanted by police", "the release of prisoners from a
 * jail run by the army").
 */
function agentPastPatient(view: View, of: number, unit: Unit): Slot[] {
  for (let k = of + 1; k < view.words.length && k <= of + 8; k++) {
    const w = wordAt(view.words, k);
    if (w === 'by') return byAgent(view, k, unit);
    if (view.slotAt[k]) continue;
    if (BOUNDARY.has(w) || w === ',' || (PREPOSITIONS.has(w) && w !== 'of') || /(?:ed|en)$/.test(w)) return [];
  }
  return [];
}

/** Participles after an act's noun that tell it as still to come ("joint drills planned for next month"). */
const PLANNED_AFTER: ReadonlySet<string> = new Set(['planned', 'scheduled']);

/** Words that open an adverbial framing an act by talks ("in a phone call", "at the end of talks", "after a meeting"). */
const TALK_FRAMES: ReadonlySet<string> = new Set(['in', 'during', 'after', 'following', 'at']);
/** Words that open an adverbial of talks or a visit the clause's subject held ("after a meeting with", "before talks with"). */
const TALK_FRAME_OPENERS: ReadonlySet<string> = new Set([...TALK_FRAMES, 'before']);

/**
 * Whether the frame at `j` opens the sentence, alone or after a participle of speech ("After talks with X, Y said", "Speaking to
 * reporters after a meeting with X, Y said"): no party or clause boundary before it.
 */
function openingFrame(view: View, j: number): boolean {
  if (j === 0) return true;
  const { words, slotAt } = view;
  if (wordAt(words, 0) !== 'speaking') return false;
  for (let k = 1; k < j; k++) if (slotAt[k] || BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',') return false;
  return true;
}

/**
 * The last comma of a run of parties, titles and commas that opens at `k`: the one that closes a list an opening frame names
 * ("After meetings with Vice President George Bush, Secretary of State George Shultz and Commerce Secretary Malcolm Baldrige, Clark
 * told": the comma before Clark), or `k` when there is none.
 */
function pastNamedParties(view: View, k: number): number {
  const { words, slotAt } = view;
  let comma = k;
  for (let j = k; j < words.length && j < k + 30; j++) {
    const w = wordAt(words, j);
    if (w === ',') comma = j;
    else if (!slotAt[j] && w !== 'and' && w !== 'of' && !startsUpper(view.tokens[j].text) && !TITLE_SECTORS.has(w) && !DETERMINERS.has(w)) break;
  }
  return comma;
}

/** Parts of a visit that frame an act told in it ("at the end of a visit to Mexico", "at the start of a tour"). */
const VISIT_SPANS: ReadonlySet<string> = new Set(['end', 'close', 'conclusion', 'start', 'beginning', 'outset', 'height']);
/** Past forms without -ed that a framed act's verb often takes. */
const PAST_IRREGULAR: ReadonlySet<string> = new Set(['set', 'made', 'held', 'struck', 'reached', 'gave', 'took', 'met', 'sent', 'found', 'put', 'won', 'kept', 'laid', 'drew', 'forged', 'sought', 'spoke']);

/**
 * The parties of a compound subject whose act a talks noun at `start` frames: "X and Y agreed in a phone call",
 * "X and Y signed the accord at the end of two days of talks". Two parties of different countries, or null.
 */
function framedPair(view: View, start: number): Slot[] | null {
  const { words, tokens, slotAt } = view;
  let j = start - 1;
  while (j > 0 && start - j <= 8 && !slotAt[j] && /^[\p{Ll}\d-]+$/u.test(tokens[j].text) && !TALK_FRAMES.has(wordAt(words, j))) j--;
  if (j <= 0 || !TALK_FRAMES.has(wordAt(words, j)) || slotAt[j]) return null;
  // the verb the adverbial follows, a time adverbial between ("agreed on Tuesday at the end of")
  // ("signed the accord at a meeting": an object between)
  let verb = j - 1;
  if (WEEKDAYS.has(wordAt(words, verb)) && wordAt(words, verb - 1) === 'on') verb -= 2;
  else if (TIME_ADVERBS.has(wordAt(words, verb))) verb--;
  const past = (k: number) => /^\p{Ll}+$/u.test(tokens[k].text) && (PAST_IRREGULAR.has(wordAt(words, k)) || /ed$/.test(wordAt(words, k)))
    && !DETERMINERS.has(wordAt(words, k - 1)) && !PREPOSITIONS.has(wordAt(words, k - 1));
  while (verb > 0 && j - verb <= 6 && !slotAt[verb] && /^\p{Ll}+$/u.test(tokens[verb].text) && !past(verb)) verb--;
  if (verb <= 0 || slotAt[verb] || !past(verb)) return null;
  const subject = subjectLeft(view, verb);
  // (the subject of this clause: "the Cairns Group, to which Australia and Thailand belong, has emerged" is not theirs)
  if (!subject || words.slice(tokens.findIndex((t) => t.start >= subject.end), verb).includes(',')) return null;
  const parties = withCompounds(view, subject, -1);
  if (parties.length !== 2 || !parties.every((p) => p.entity.actor && p.entity.country) || parties[0].entity.country === parties[1].entity.country) return null;
  return parties;
}

/** Prepositions before the determiner of a war that the act is about ("a ceasefire in their war", "the end of the war"). */
const WAR_FRAME: ReadonlySet<string> = new Set(['in', 'of', 'to']);

/** A war noun at `start` after `in`, `of` or `to` and its modifiers ("in their eight-year war", "an end to the war"). */
function warFramed(words: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    const w = wordAt(words, k);
    if (WAR_FRAME.has(w)) return k < start - 1;
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}

/** Words after a truce between two that tell it made: it took effect, holds, or broke down. */
const TRUCE_IN_FORCE = / (?:took|takes|take|taking) effect | (?:came|comes|went|goes) into (?:effect|force) | (?:held|holds|holding|collapsed|began|begins) /;

/** Words before a war that tell it fought: it ends, or a truce is made in it. */
const WAR_ENDED = / (?:end|ends|ended|ending|halt|halted|halting|stop|stopped|ceasefire|cease-fire|truce|armistice) /;

/** The speech (quoted or reported) that holds the character `offset`, if any. */
function reportAt(ctx: Context, offset: number): Quote | undefined {
  // (one with a speaker over one the quote stage could not attribute, where two overlap)
  return ctx.reports.find((q) => q.start <= offset && offset < q.end && q.speaker) ?? ctx.reports.find((q) => q.start <= offset && offset < q.end);
}

/** The speaker of the speech (quoted or reported) that holds token `at`, as a slot at the speaker's mention. */
function speakerSlot(ctx: Context, view: View, at: number): Slot | null {
  const offset = view.tokens[at].start;
  const report = reportAt(ctx, offset);
  const speaker = report?.speaker ? ctx.entities.get(report.speaker) : undefined;
  if (!speaker || !report) return null;
  const span = report.speakerSpan ?? { start: offset, end: offset };
  return slotOf(speaker, span.start, span.end);
}

/** When a threat was made: the act's date where it is not after the dispatch (then the day it was said), else none. */
function saidOn(ctx: Context, c: Candidate): Event['date'] {
  if (c.date && ctx.anchor && c.date.value <= ctx.anchor) return c.date;
  // "Erdogan said on Tuesday that Turkey would launch a ground operation": the day of the saying, told beside its verb
  const report = ctx.reports.find((q) => q.cueSpan !== null && q.start <= c.trigger.start && c.trigger.start < q.end);
  if (report?.cueSpan) {
    const near = findDates(ctx.text, Math.max(0, report.cueSpan.start - SAYING_REACH), report.cueSpan.end + SAYING_REACH, ctx.anchor, 'past')
      .find((d) => d.end <= report.cueSpan!.start ? /^\s+$/.test(ctx.text.slice(d.end, report.cueSpan!.start)) : /^\s+(?:on\s+)?$/.test(ctx.text.slice(report.cueSpan!.end, d.start)));
    if (near && near.value <= ctx.anchor!) return { value: near.value, precision: near.precision, text: near.text };
  }
  // (a warning in the dispatch's main news was given on its day: "Mousavi reiterated his country would retaliate")
  return c.unit.paragraph === ctx.firstBody && ctx.anchor && !c.quote ? { value: ctx.anchor, precision: 'day' } : null;
}
/** How far before or after a verb of saying its day is looked for ("said on Wednesday", "on Tuesday said"). */
const SAYING_REACH = 16;

/**
 * Who makes the threat an announced act carries: the official who said it ("Iran could withdraw
 * from the NPT if ..., Deputy Foreign Minister X said" is IRNGOV's threat, of Iran's government
 * when the text gives the official no country), else the act's own actors.
 */
function threatener(ctx: Context, c: Candidate, actors: Slot[]): Slot[] {
  const report = reportAt(ctx, c.trigger.start);
  const speaker = report?.speaker ? ctx.entities.get(report.speaker) : undefined;
  const country = actors[0]?.entity.country ?? null;
  if (!speaker || speaker.type !== 'person' || !country) return actors;
  const span = report!.speakerSpan ?? c.trigger;
  if (speaker.actor && speaker.country === country) return [slotOf(speaker, span.start, span.end)];
  if (!speaker.country && speaker.sector) return [groupSlot(ctx, country, speaker.sector, span.start, span.end)];
  return actors;
}

/** Whether the speech holding token `at` (quoted or reported) is spoken by one of `actors` or someone of their country. */
function saidByOwnSide(ctx: Context, view: View, at: number, actors: readonly Slot[]): boolean {
  const report = reportAt(ctx, view.tokens[at].start);
  const speaker = report?.speaker ? ctx.entities.get(report.speaker) : undefined;
  if (!speaker) return false;
  // ("Iran could withdraw ..., Deputy Foreign Minister Kazem Gharibabadi said": an official the text gives no country speaks for the side he tells of)
  if (speaker.type === 'person' && speaker.country === null && speaker.sector === 'GOV') return true;
  return actors.some((a) => a.entity.id === speaker.id || (a.entity.country !== null && a.entity.country === speaker.country));
}

/** Words after a noun that put its act ahead: "his visit starting on April 29", "talks due next week". */
const SCHEDULED = new Set(['starting', 'beginning', 'due', 'scheduled', 'expected', 'planned', 'set']);

/** Whether a scheduling word follows the noun trigger ending at `end` within a few words of its clause. */
function scheduledAfter(words: readonly string[], end: number): boolean {
  for (let k = end; k < words.length && k < end + 6; k++) {
    const w = wordAt(words, k);
    // ("his visit from April 29": a start date)
    if (SCHEDULED.has(w) || (w === 'from' && MONTHS.has(wordAt(words, k + 1)))) return true;
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}

/**
 * The subject of the clause that ends at the comma `comma`: the speaker of an attribution right
 * before it ("President Daniel Noboa said on Tuesday,", "said Lammy,"), else the name that opens
 * the sentence ("Azerbaijan on Friday rejected ...,"; a place is no subject).
 */
function participleSubject(view: View, comma: number): Slot | null {
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
function lastListed(view: View, j: number): Slot {
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
function titledPersonAfter(view: View, j: number): Slot | null {
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
function compoundEnd(view: View, j: number): Slot | null {
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

/** Words of time that may stand between a verb of speech and a subordinator after it ("said on Thursday after meeting"). */
const SAID_WHEN: ReadonlySet<string> = new Set([...WEEKDAYS, 'on', 'today', 'yesterday', 'tonight', 'late', 'early', 'earlier', 'later', 'last', 'night', 'afterwards']);

/**
 * Whether the subordinator at `opener` follows a verb of speech right away, past words of time only: "Albanese said on Thursday
 * after meeting his counterpart" opens no reported clause, and the gerund is the speaker's (not "said the Iranians had gained
 * footholds after launching").
 */
function speakerAdverbial(view: View, opener: number): boolean {
  let k = opener - 1;
  while (k >= 0 && SAID_WHEN.has(wordAt(view.words, k))) k--;
  return k >= 0 && SPEECH_VERBS.has(wordAt(view.words, k)) && !view.slotAt[k];
}

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

/** The party right after the first comma after `from` (past an article), the subject of the main clause an opening clause leads to. */
function mainSubjectAfterComma(view: View, from: number): Slot | null {
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

/**
 * "Ukraine said its air defences had shot down most of them", "said their troops attacked": the armed forces, named by `its` or
 * `their` right after a verb of saying and right before the verb at `start`, of the body that speaks; null otherwise.
 */
/** The last state (a country or a state's body) named before token `at` in the sentence, or null. */
function lastStateBefore(view: View, at: number): Slot | null {
  for (let j = at - 1; j >= 0; j--) {
    const slot = view.slotAt[j];
    if (slot && !slot.group && slot.entity.country && slot.entity.type !== 'location' && slot.entity.type !== 'person') return slot;
  }
  return null;
}
function saidOwnForces(ctx: Context, view: View, start: number): Slot | null {
  const { words } = view;
  let k = start - 1;
  while (k > 0 && (PERFECT_AUXILIARIES.has(wordAt(words, k)) || CLAUSE_ADVERBS.has(wordAt(words, k)))) k--;
  const pair = `${wordAt(words, k - 1)} ${wordAt(words, k)}`;
  let first = HEADS.get(pair) === 'MIL' ? k - 1 : k;
  // ("its troops and aircraft raided": heads joined by `and` are one group, of the first's sector)
  if (HEADS.has(wordAt(words, first)) && wordAt(words, first - 1) === 'and' && HEADS.get(wordAt(words, first - 2)) === 'MIL') first -= 2;
  if ((first === k && HEADS.get(wordAt(words, k)) !== 'MIL') || view.slotAt[first]) return null;
  const owner = first - 1;
  if (wordAt(words, owner) !== 'its' && wordAt(words, owner) !== 'their') return null;
  // (past words of time: "said on Friday its forces had")
  let verb = wordAt(words, owner - 1) === 'that' ? owner - 2 : owner - 1;
  while (verb > 0 && SAID_WHEN.has(wordAt(words, verb))) verb--;
  // ("meant to deter Nicaragua after its troops attacked Contra camps": in a clause a subordinator opens, the state named last)
  const body = SPEECH_VERBS.has(wordAt(words, verb)) ? subjectBody(view, owner) : SUBORDINATORS.has(wordAt(words, owner - 1)) ? lastStateBefore(view, owner - 1) : null;
  if (!body || !body.entity.country || body.entity.type === 'location') return null;
  return body.entity.sector === 'MIL' ? body : groupSlot(ctx, body.entity.country, 'MIL', view.tokens[owner].start, view.tokens[k].end);
}

/** The first subordinator ("after", "when", "as") opening a clause between the sentence's start and `comma`, or -1. */
function subordinatorAt(view: View, comma: number): number {
  for (let k = 1; k < comma; k++) if (SUBORDINATORS.has(wordAt(view.words, k))) return k;
  return -1;
}
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'if', 'unless']);

/**
 * The subject of a subordinate clause the verb after `and` at `and` continues ("after Ecuadorean police forced their way into
 * the Mexican embassy ... and arrested"): the party right after the last subordinator before it, with no comma between.
 */
function clauseSubjectBefore(view: View, and: number): Slot | null {
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

/** Words that open a question a verb of asking puts ("asked whether", "asked him if", "asked about"; not `when` or `what`, which may open a clause of time or a thing asked for: "demanded when it ended the pact", "called for what he called a fair deal"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'about', 'how', 'why']);

/** Conjunctions that join a verb to the clause before it, with its subject. */
const JOINING: ReadonlySet<string> = new Set(['and', 'but']);

/** Auxiliaries of the perfect, which stand between a joined verb and its `and` ("and have threatened"). */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** An auxiliary of the perfect among the words before a trigger ("has agreed", "had already met"). */
const PERFECT_WORD = /(?:^|\s)(?:has|have|had)\s/;

/**
 * The `and` or `but` that joins the verb at `start` to the clause before it, right before it or before one clause adverb
 * ("and released", "and later released", ", but ruled out"), past a perfect's auxiliary ("have accused Tokyo of failing to live up
 * to the accord and have threatened"); -1 when none does (not "all but rejected": almost).
 */
function joiningBefore(words: readonly string[], start: number): number {
  const verb = PERFECT_AUXILIARIES.has(wordAt(words, start - 1)) ? start - 1 : start;
  const at = CLAUSE_ADVERBS.has(wordAt(words, verb - 1)) ? verb - 2 : verb - 1;
  if (!JOINING.has(wordAt(words, at)) || (wordAt(words, at) === 'but' && wordAt(words, at - 1) === 'all')) return -1;
  return at;
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

/** The sentence's subject: its first party, named in its first words (a capital for its government). */
function sentenceSubject(view: View): Slot | null {
  for (let j = 0; j < view.words.length && j < 6; j++) {
    const slot = view.slotAt[j];
    if (slot) return slot.entity.type === 'location' && !CAPITALS.has(slot.entity.name) ? null : slot;
    if (BOUNDARY.has(wordAt(view.words, j)) || wordAt(view.words, j) === ',') return null;
  }
  return null;
}

/** The party a sentence opens with ("Libya said ...", "The U.S. Senate voted ..."), past an article or title words only; null otherwise. */
function openingSubject(view: View): Slot | null {
  for (let j = 0; j < view.words.length && j < 4; j++) {
    const slot = view.slotAt[j];
    if (slot) return slot.entity.type === 'location' && !CAPITALS.has(slot.entity.name) ? null : slot;
    if (wordAt(view.words, j) !== 'the' && !startsUpper(view.tokens[j].text)) return null;
  }
  return null;
}

/** Whether a slot stands after a preposition (past its title words): "the civil rights of opposition leader Kim". */
function objectOfPreposition(view: View, slot: Slot): boolean {
  let k = view.tokens.findIndex((t) => t.start >= slot.start) - 1;
  while (k > 0 && !view.slotAt[k] && (startsUpper(view.tokens[k].text) || TITLE_SECTORS.has(wordAt(view.words, k)) || wordAt(view.words, k) === 'opposition')) k--;
  // ("a summit of the Shanghai Cooperation Organization")
  if (wordAt(view.words, k) === 'the' && k > 0) k--;
  return k >= 0 && PREPOSITIONS.has(wordAt(view.words, k)) && wordAt(view.words, k) !== 'by';
}

/** Whether a slot is the object of a verb of the lexicon right before it, past its titles ("met Myanmar military leader X"). */
function objectOfVerb(view: View, slot: Slot): boolean {
  let k = view.tokens.findIndex((t) => t.start >= slot.start) - 1;
  while (k > 0 && (view.slotAt[k] || startsUpper(view.tokens[k].text) || TITLE_SECTORS.has(wordAt(view.words, k)) || OBJECT_DESCRIBERS.has(wordAt(view.words, k)))) k--;
  const w = wordAt(view.words, k);
  // ("was ready to meet Kosovo Prime Minister Albin Kurti ..., but ruled out": the object of an infinitive too)
  const infinitive = wordAt(view.words, k - 1) === 'to' && (lexicon().byFirst.get(w) ?? []).some((p) => p.frame === 'verb' && !p.passive && p.first.get(w) === 'base');
  return k >= 0 && (lexicon().inflected.has(w) || infinitive) && !BE_FORMS.has(w);
}
/** Lower-case words that describe a person named as an object ("military leader", "his counterpart"). */
const OBJECT_DESCRIBERS: ReadonlySet<string> = new Set(['military', 'leader', 'the', 'his', 'her', 'their', 'its', 'counterpart', 'former', 'top', 'senior',
  'opposition', 'rebel', 'party', 'union', 'prominent', 'veteran', 'leading']);

/** The pattern as a noun: "Shultz's talks" matched the verb "talk" but is read, dated and told as a noun. */
function asNoun(pattern: Pattern): Pattern {
  return pattern.frame === 'noun' ? pattern : { entry: pattern.entry, frame: 'noun', rest: pattern.rest, first: pattern.first, passive: pattern.passive, anchor: pattern.anchor, id: pattern.id };
}

/** Whether tokens [from, at) are a short possessed noun phrase right before a verb ("executive board", "top diplomat"). */
function possessedSubject(view: View, from: number, at: number): boolean {
  let k = at;
  // ("the IMF's executive board on Tuesday approved": a time adverbial before the verb)
  for (;;) {
    const w = wordAt(view.words, k - 1);
    if (k > from && (MODALS.has(w) || ASPECT.has(w) || TIME_ADVERBS.has(w))) k--;
    else if (k > from + 1 && WEEKDAYS.has(w) && wordAt(view.words, k - 2) === 'on') k -= 2;
    else break;
  }
  if (k <= from || k - from > 3) return false;
  for (let x = from; x < k; x++) {
    const w = wordAt(view.words, x);
    // ("the EU's foreign minister": a word of an office's kind is no determiner here)
    if (view.slotAt[x] || !/^\p{Ll}+$/u.test(view.tokens[x].text) || PREPOSITIONS.has(w) || (DETERMINERS.has(w) && !RULER_KINDS.has(w)) || w === 'and') return false;
  }
  // the owned thing must be able to act: "board", "foreign ministry", "armed forces" ("Turkey's exports declined" is no act of Turkey)
  return POSSESSED_AGENTS.has(wordAt(view.words, k - 1)) || HEADS.has(wordAt(view.words, k - 1)) || DOMESTIC.has(wordAt(view.words, k - 1));
}

/** Bodies and office holders a possessor acts through ("the IMF's executive board", "Iran's top diplomat"). */
const POSSESSED_AGENTS = new Set(['board', 'ministry', 'spokesman', 'spokeswoman', 'spokesperson', 'council', 'committee', 'office', 'diplomat',
  'president', 'chief', 'commander', 'leader', 'minister', 'secretary', 'chairman', 'director', 'prosecutor', 'court', 'administration', 'presidency', 'junta', 'guards', 'coastguard']);

/** Act nouns that are also adjectives before a noun ("the ruling party"): an act noun only where no noun follows. */
const ADJECTIVAL_ACT_NOUNS: ReadonlySet<string> = new Set(['ruling']);

/** Whether `w` names an act, given the word after it ("the ruling." and "the ruling by" do; "the ruling party" does not). */
function actNounWord(w: string, next: string): boolean {
  if (!ACT_NOUNS.has(w)) return false;
  return !ADJECTIVAL_ACT_NOUNS.has(w) || next === '' || !/^[a-z-]+$/.test(next) || PREPOSITIONS.has(next) || next === 'that' || next === 'and' || next === 'which'
    || next === 'a' || next === 'an' || next === 'as';
}

/** Nouns of meetings and decisions a place name can modify ("the Moscow talks", "the Brussels decision"). */
const EVENT_NOUNS = new Set(['talks', 'visit', 'meeting', 'summit', 'decision', 'move', 'plan', 'conference', 'agreement', 'accord', 'deal', 'treaty', 'statement', 'government', 'regime']);

/** Token index of an act noun heading the object after `end` (past determiners, modifiers and a place name), or -1. */
function condemnedAct(view: View, end: number): number {
  for (let k = end; k < view.words.length && k < end + 6; k++) {
    const w = wordAt(view.words, k);
    // (in lower case: "the General Agreement on Tariffs and Trade" is a name)
    if (actNounWord(w, wordAt(view.words, k + 1)) && !view.slotAt[k] && !startsUpper(view.tokens[k].text)) return k;
    if (w === ',' || BOUNDARY.has(w) || (PREPOSITIONS.has(w) && k > end) || w === 'that') return -1;
  }
  return -1;
}

/** The act noun a passive's subject ends in, right before its verb ("Turkey's decision was praised"), or -1 (see also `actSubject`). */
function passiveActSubject(view: View, start: number): number {
  let k = start - 1;
  while (k >= 0 && BE_FORMS.has(wordAt(view.words, k))) k--;
  return k >= 0 && !view.slotAt[k] && actNounWord(wordAt(view.words, k), wordAt(view.words, k + 1)) ? k : -1;
}

/**
 * Whether the verb at `start` ends a relative clause on an act noun of the kind `previous` is, further back in its sentence:
 * "launched their annual exercises on Monday, with some 17,000 personnel taking part in drills that Beijing has condemned as".
 */
function actNounBefore(view: View, start: number, previous: Candidate): boolean {
  const { words, slotAt, slotStart } = view;
  let j = start - 1;
  while (j >= 0 && (PERFECT_AUXILIARIES.has(wordAt(words, j)) || wordAt(words, j) === 'repeatedly')) j--;
  if (!slotAt[j]) return false;
  j = (slotStart[j] >= 0 ? slotStart[j] : j) - 1;
  if (wordAt(words, j) === 'that' || wordAt(words, j) === 'which') j--;
  const kinds = CONDEMNED_KINDS[wordAt(words, j)];
  return kinds !== undefined && kinds.includes(previous.type);
}

/**
 * Whether the clause of the verb at `start` is about an act named again after a comma, after `from`:
 * ", a move welcomed by", ", a measure that Haiti's government criticised", ", a step Israel condemned".
 */
/** Nouns of what is asked or charged, named again as what a side rejects ("a demand Pinochet rejected", "a deadline Tokyo rejected"). */
const CLAIM_NOUNS: ReadonlySet<string> = new Set([...ACT_NOUNS, 'demand', 'demands', 'deadline', 'ultimatum', 'accusation', 'accusations', 'charge', 'charges',
  'allegation', 'allegations', 'claim', 'claims', 'call', 'calls', 'request', 'offer', 'appeal']);

function actNamedAgain(view: View, start: number, from: number, nouns: ReadonlySet<string> = ACT_NOUNS): boolean {
  const { words, slotAt, slotStart } = view;
  let k = beforeRelativeAside(words, start - 1, from);
  while (k > from && (PERFECT_AUXILIARIES.has(wordAt(words, k)))) k--;
  // the relative clause's subject with its title ("Ukrainian President Volodymyr Zelenskiy"), and its `that`/`which`
  if (slotAt[k] && k > from) {
    k = slotStart[k] - 1;
    // ("a move opposition leader Laurent Gbagbo welcomed": title words in lower case too)
    // ("an attack that U.N. Secretary-General Antonio Guterres condemned": past the body a title names, before a title word)
    // ("U.S. Secretary of State Antony Blinken": an `of` inside the title)
    const titleWord = (j: number): boolean => startsUpper(view.tokens[j].text) || TITLE_SECTORS.has(wordAt(words, j)) || (wordAt(words, j) === 'of' && startsUpper(view.tokens[j - 1]?.text ?? ''));
    for (let t = 0; t < 6 && k > from && titleWord(k); t++) {
      if (slotAt[k] && (slotStart[k] <= from || !startsUpper(view.tokens[k + 1]?.text ?? '') || slotAt[k + 1])) break;
      k = slotAt[k] ? slotStart[k] - 1 : k - 1;
    }
    // ("a move that Guyana's President Irfaan Ali called": the title's country, in the possessive)
    if (POSSESSIVE_MARKS.has(wordAt(words, k)) && slotAt[k - 1] && k - 1 > from && startsUpper(view.tokens[k + 1].text)) k = slotStart[k - 1] - 1;
    // ("a move the main opposition Republican People's Party called": words of description and their article)
    for (let t = 0; t < 3 && k > from && !slotAt[k] && DESCRIBING_SUBJECT.has(wordAt(words, k)); t++) k--;
    if (wordAt(words, k) === 'the' && k > from) k--;
  }
  // ("drills ... in what Taiwan called an act of aggression", "drills on Monday, which Taiwan called": the act before, named by `what`, `which`)
  if ((wordAt(words, k) === 'what' && wordAt(words, k - 1) === 'in') || (wordAt(words, k) === 'which' && wordAt(words, k - 1) === ',')) return k - 1 > from;
  if (wordAt(words, k) === 'that' || wordAt(words, k) === 'which') k--;
  if (!nouns.has(wordAt(words, k))) return false;
  // (", measures the Kremlin called illegal": a plural with no article right after the comma)
  if (wordAt(words, k - 1) === ',' && wordAt(words, k).endsWith('s')) return k - 1 > from;
  k--;
  // ("an 11-day drill that North Korea called": a measure with its number is a word of description too)
  for (let d = 0; d < 2 && /^[a-z0-9-]+$/.test(wordAt(words, k)) && !DETERMINERS.has(wordAt(words, k)); d++) k--;
  // (", in a move Canada's agriculture minister called unjustified")
  return k > from && DETERMINERS.has(wordAt(words, k)) && (wordAt(words, k - 1) === ',' || (wordAt(words, k - 1) === 'in' && wordAt(words, k - 2) === ','));
}

/**
 * ("a move Britain, which drafted the text with Sierra Leone, denounced as a disgrace"): at a comma closing an aside
 * opened by ", which" or ", who" after `from`, the word before the aside; else `k`.
 */
function beforeRelativeAside(words: readonly string[], k: number, from: number): number {
  if (wordAt(words, k) !== ',') return k;
  for (let j = k - 1; j > from + 1 && j >= k - 16; j--) {
    const w = wordAt(words, j);
    if (w === ',' || w === ';' || w === '"') return (wordAt(words, j + 1) === 'which' || wordAt(words, j + 1) === 'who') ? j - 1 : k;
  }
  return k;
}

/**
 * Whether the verb at `start` (a demand) is told of the act before `from`'s end: "as Moscow had demanded", "a withdrawal (that)
 * N'Djamena demanded", "a pullout that the country's military rulers demanded".
 */
function demandedBefore(view: View, start: number, from: number): boolean {
  const { words, slotAt, slotStart } = view;
  let k = start - 1;
  while (k > from && (PERFECT_AUXILIARIES.has(wordAt(words, k)) || wordAt(words, k) === 'long')) k--;
  if (!slotAt[k] || k <= from) return false;
  k = slotStart[k] - 1;
  if (wordAt(words, k) === 'the' && k > from) k--;
  if (wordAt(words, k) === 'as') return wordAt(words, k - 1) === ',';
  if (wordAt(words, k) === 'that' || wordAt(words, k) === 'which') k--;
  return k >= from && ACT_NOUNS.has(wordAt(words, k));
}

/** Words that describe the subject of a relative clause on an act ("a move the main opposition party called"). */
const DESCRIBING_SUBJECT: ReadonlySet<string> = new Set(['main', 'opposition', 'ruling', 'largest', 'leading', 'official', 'state', 'foreign']);

/** Act nouns read only as the object of praise ("welcomed the proposals"), not of concern or condemnation. */
const PRAISED_ONLY: ReadonlySet<string> = new Set(['proposals', 'concession', 'concessions']);

/** The act noun of the object right after `from` ("the climbdown", "this move"), or null. */
function actObjectAfter(text: string, from: number): string | null {
  const words = text.slice(from, from + 60).split(/\s+/);
  let k = words[0] === '' ? 1 : 0;
  if (!ACT_OWNERS.has(words[k])) return null;
  for (let end = k + 3; ++k <= end && k < words.length;) {
    const w = words[k].replace(/[.,;:]$/, '');
    if (actNounWord(w, w !== words[k] ? ',' : (words[k + 1] ?? '')) || PRAISED_ONLY.has(w)) return w;
    if (!/^[a-z-]+$/.test(w) || PREPOSITIONS.has(w)) return null;
  }
  return null;
}

/** What kind of act a praised noun names ("welcomed the resolution": a demand or decision of a body); none: any act. */
const PRAISED_KINDS: Readonly<Record<string, readonly PloverType[]>> = {
  resolution: ['REQUEST', 'SANCTION', 'SUPPORT'], proposal: ['AGREE', 'REQUEST'],
  // ("accepted opposition demands for direct elections ... Kim welcomed the proposals": proposals that answer demands are a concession)
  proposals: ['AGREE', 'REQUEST', 'CONCEDE'], concession: ['CONCEDE'], concessions: ['CONCEDE'], plan: ['AGREE', 'REQUEST'], initiative: ['AGREE', 'REQUEST'],
  agreement: ['AGREE', 'SUPPORT', 'COOPERATE'], accord: ['AGREE', 'SUPPORT', 'COOPERATE'], deal: ['AGREE', 'SUPPORT', 'COOPERATE'],
  treaty: ['AGREE', 'SUPPORT'], pact: ['AGREE', 'SUPPORT', 'COOPERATE'], ceasefire: ['RETREAT', 'AGREE'], truce: ['RETREAT', 'AGREE'],
  release: ['RETREAT'], climbdown: ['CONCEDE', 'RETREAT'], 'u-turn': ['CONCEDE', 'RETREAT'], closure: ['SANCTION', 'COERCE'], ban: ['COERCE', 'SANCTION', 'CONCEDE'],
};
const ACT_OWNERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their']);
/** What a move or an announcement welcomed can be: no protest, attack or threat. */
const WELCOMED_ACTS: readonly PloverType[] = ['CONCEDE', 'AGREE', 'RETREAT', 'COOPERATE', 'AID', 'REJECT', 'SANCTION', 'COERCE', 'REQUEST', 'CONSULT', 'MOBILIZE'];

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

/** The light verb of a phrase ending at the preposition at `j` ("went ahead with", "took part in"): its index and form, or null. */
function lightPhraseEnding(words: readonly string[], j: number): { at: number; form: Form; toCome: boolean } | null {
  for (const phrase of lexicon().lightPhrases) {
    const at = j - phrase.rest.length;
    const form = phrase.forms.get(wordAt(words, at));
    if (form && phrase.rest.every((w, i) => wordAt(words, at + 1 + i) === w)) return { at, form, toCome: phrase.toCome };
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
const GATHERINGS: ReadonlySet<string> = new Set(['summit', 'ceremony', 'banquet', 'dinner', 'lunch', 'luncheon', 'reception', 'conference', 'forum', 'meeting', 'gathering', 'talks']);

/** Nouns an attack is named again by (", in an attack that Guterres condemned"). */
const ATTACK_NOUNS: ReadonlySet<string> = new Set(['attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'bombing', 'bombings', 'assault', 'offensive', 'invasion', 'shelling']);

/** The noun after the last comma (and `in`) and its determiner before the verb at `start`, after `from` (", in an attack that"); '' if none. */
function nounNamedAgain(view: View, start: number, from: number): string {
  for (let k = start - 1; k > from; k--) {
    if (wordAt(view.words, k) !== ',') continue;
    const at = wordAt(view.words, k + 1) === 'in' ? k + 2 : k + 1;
    return DETERMINERS.has(wordAt(view.words, at)) ? wordAt(view.words, at + 1) : '';
  }
  return '';
}

/** The last candidate in `out` of one of the types (the last act of a kind a move welcomed can be, the last attack), or null. */
function lastOfTypes(out: readonly Candidate[], types: readonly PloverType[]): Candidate | null {
  for (let k = out.length - 1; k >= 0; k--) if (types.includes(out[k].type)) return out[k];
  return null;
}

/** Threats of retaliation or force, which answer someone (not "warned against raising the alarm", "will take steps"). */
const ANSWERING_THREATS: ReadonlySet<string> = new Set(['threaten.right', 'assault.retaliate', 'assault.retaliate-armed', 'threaten.threaten', 'threaten.force', 'threaten.respond', 'threaten.warn-force', 'threaten.warn-that', 'threaten.sanctions']);

/** The act an echo ("took the same step") repeats: the last one before it, near it, by other actors, not an echo itself. */
function echoedAct(candidates: readonly Candidate[], i: number): Candidate | null {
  const c = candidates[i];
  // (an echo of one kind repeats an act of that kind: "extended recognition" a recognition)
  return lastNear(candidates, i, (p) => !p.entry.echoes && p.actors.length > 0 && !p.actors.some((a) => c.actors.some((x) => x.entity.id === a.entity.id))
    && (c.entry.id === 'echo.same-step' || (p.type === c.type && p.cameo === c.cameo)));
}

/** Hostile acts a threat can answer or carry on. */
const HOSTILE_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'SANCTION', 'COERCE', 'MOBILIZE', 'ACCUSE', 'THREATEN']);

/**
 * The other side of the last hostile act before threat `i` (in its sentence or the one before): the
 * target of the threatener's own side's act, or the doer of an act against the threatener's country.
 */
/** Acts of force, threatened, shown or used. */
const FORCE_TYPES: ReadonlySet<PloverType> = new Set(['THREATEN', 'MOBILIZE', 'ASSAULT']);

function provoker(candidates: readonly Candidate[], i: number, kinds: ReadonlySet<PloverType> = HOSTILE_TYPES): Slot[] {
  const own = sideOf(candidates[i].actors[0].entity);
  // ("Britain expelled 25 Soviet diplomats. Moscow said it would retaliate": Moscow's side is the Soviet one, the era's codes come later)
  const isOwn = (e: Entity) => { const side = sideOf(e); return side !== null && own !== null && sameStateOfSomeTime(side, own); };
  const ours = (p: Candidate) => p.actors.some((a) => isOwn(a.entity));
  const p = lastNear(candidates, i, (q) => kinds.has(q.type) && q.actors.length > 0 && q.recipients.length > 0
    && (ours(q) ? q.recipients.some((r) => sideOf(r.entity) !== null && !isOwn(r.entity)) : q.recipients.some((r) => isOwn(r.entity))));
  if (!p) return [];
  return ours(p) ? p.recipients.filter((r) => sideOf(r.entity) !== null && !isOwn(r.entity)) : p.actors.filter((a) => sideOf(a.entity) !== null);
}

/** The last candidate before `i`, in its sentence or the one before, that `fits`; none further back. */
function lastNear(candidates: readonly Candidate[], i: number, fits: (p: Candidate) => boolean): Candidate | null {
  const c = candidates[i];
  for (let k = i - 1; k >= 0; k--) {
    const p = candidates[k];
    if (p.unit.sentence < 0 || c.unit.sentence - p.unit.sentence > 1) return null;
    if (fits(p)) return p;
  }
  return null;
}

/** The side an entity is on: its country, or for a body of no country (the EU, ECOWAS) its code. */
function sideOf(e: Entity): string | null {
  return e.country ?? e.actor;
}

/**
 * The act told last before candidate `i`, in its sentence or the one before, by another actor than
 * its own: what "the climbdown" or "the announcement" is. Talk about acts (praise, criticism) is not one.
 */
function lastActBefore(candidates: readonly Candidate[], i: number, kinds: readonly PloverType[] | null): Candidate | null {
  const own = candidates[i].actors[0].entity;
  // (a war goes on: it is no act one welcomes)
  return lastNear(candidates, i, (p) => (kinds !== null ? kinds.includes(p.type) : p.type !== 'SUPPORT' && p.type !== 'ACCUSE') && !p.entry.mutual && p.actors.length > 0
    && (p.status === 'occurred' || p.status === 'requested') && p.actors[0].entity.id !== own.id && !(p.actors[0].entity.actor !== null && p.actors[0].entity.actor === own.actor));
}

/** The doer of the act noun at `act`: a possessor before it ("China's manoeuvres") or an agent after it ("by Israel"); none else. */
function doerOf(ctx: Context, view: View, act: number, from: number): Slot[] {
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
    const agent = wordAt(words, k) === 'by' || (wordAt(words, k) === 'from' && k === act + 1) ? (slotAt[k + 1] ?? (wordAt(words, k + 1) === 'the' ? slotAt[k + 2] : undefined)) : undefined;
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
 * Where a visit named by a noun goes when no `to` says: a place right before the noun ("his
 * Washington visit"), else the dateline's country for a visitor from elsewhere ("during Chirac's
 * first official visit", WASHINGTON dateline).
 */
function visitDestination(ctx: Context, view: View, start: number, actors: readonly Slot[]): Slot[] {
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
function placePossessive(view: View, start: number): number {
  const slot = view.slotAt[start - 1];
  if (!slot || slot.entity.type === 'person') return -1;
  let k = view.slotStart[start - 1] - 1;
  for (let d = 0; k >= 0 && d < 2 && /^[\p{Ll}-]+$/u.test(view.tokens[k].text) && !POSSESSIVES.has(wordAt(view.words, k)) && !DETERMINERS.has(wordAt(view.words, k)); d++) k--;
  return k >= 0 && (POSSESSIVE_MARKS.has(wordAt(view.words, k)) || POSSESSIVES.has(wordAt(view.words, k))) ? k : -1;
}

const QUOTE_ACCUSATION: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'accuse.quote')!);

/**
 * "'What Kigali is waging in our country is a war of aggression,' the Congolese foreign minister
 * told the council": a direct quote with an accusation word (ACCUSATION_WORDS) that names a party of
 * another country than its speaker's is the speaker's accusation of that party, unless an
 * accusation was already coded in the quote.
 */
function quotedAccusation(ctx: Context, units: readonly Unit[], q: Quote, found: readonly Candidate[]): Candidate | null {
  const speaker = q.speaker ? ctx.entities.get(q.speaker) : undefined;
  if (!speaker || q.kind === 'indirect' || !speaksForSide(speaker)) return null;
  if (found.some((c) => c.type === 'ACCUSE' && c.quote === q)) return null;
  const unit = units.find((u) => u.sentence >= 0 && u.start <= q.start && q.start < u.end);
  if (!unit) return null;
  const tokens = ctx.read?.tokens[unit.sentence] ?? tokenize(ctx.text, unit.start, unit.end);
  let at = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].start >= q.start && tokens[k].end <= q.end && ACCUSATION_WORDS.has(tokens[k].text.toLowerCase())) { at = k; break; }
  }
  if (at < 0) return null;
  let target: Entity | null = null;
  let targetSpan: Span | null = null;
  for (const m of mentionsIn(ctx.mentions, q.start, q.end)) {
    const e = ctx.entities.get(m.entity);
    if (!e || !(e.actor || e.country) || e.id === speaker.id || (e.country !== null && e.country === speaker.country)) continue;
    // ("GATT illegal": a body of trade rules is what is broken, not who breaks it)
    if (m.form === 'pronoun' || e.actor === 'IGOGATT' || e.actor === 'IGOWTO') continue;
    // "aggression against Iran", "in violation of GATT": the victim or the rule broken is not the one accused
    const before = ctx.text.slice(Math.max(q.start, m.start - 9), m.start).toLowerCase();
    if (/(?:^|\s)(?:against|of|under|on|to|with)\s+(?:the\s+)?$/.test(before)) continue;
    target = e;
    targetSpan = m;
    break;
  }
  if (!target || !targetSpan) return null;
  const trigger = { start: tokens[at].start, end: tokens[at].end, text: tokens[at].text };
  return quoteCandidate(ctx, q, speaker, QUOTE_ACCUSATION, unit, trigger, at, slotOf(target, targetSpan.start, targetSpan.end));
}

/** The event a quote makes (an accusation, an appeal): the speaker to the party named, at the trigger word `at` of `unit`. */
function quoteCandidate(ctx: Context, q: Quote, speaker: Entity, entry: TriggerEntry, unit: Unit, trigger: TextSpan, at: number, target: Slot): Candidate {
  const speakerSpan = q.speakerSpan ?? { start: q.start, end: q.start };
  const requested = entry.type === 'REQUEST';
  return {
    entry, type: entry.type, unit, trigger,
    actors: [slotOf(speaker, speakerSpan.start, speakerSpan.end)], recipients: [target],
    status: requested ? 'requested' : 'occurred', direction: requested ? 'future' : 'past', past: !requested, tokenStart: at, tokenEnd: at + 1,
    mode: null, cameo: entry.cameo, context: null,
    date: unit.paragraph === ctx.firstBody && ctx.anchor ? { value: ctx.anchor, precision: 'day' } : null, place: null, quote: q, frame: 'noun',
    embedded: false, openInfinitive: false, threat: false, threatTo: [], standsAlone: false,
  };
}

/** Whether a speaker speaks for a side (a state body, an office holder, a party, an armed group), not as an analyst, a firm or a paper. */
function speaksForSide(speaker: Entity): boolean {
  if (!(speaker.actor || speaker.country)) return false;
  if (speaker.sector === 'BUS' || speaker.sector === 'MED') return false;
  return speaker.type !== 'person' || speaker.sector !== null;
}

const QUOTE_DEMAND: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'request.quote')!);
/** "X (side) should|must ...": what a quote tells another side to do. */
const TOLD_TO = /^\s+(?:side\s+|government\s+|authorities\s+)?(?:also\s+|immediately\s+)?(should|must|has to|have to|needs to|need to|ought to)\s+(?:immediately\s+|also\s+|now\s+)?(?!be\b|have\b|not\b)[a-z]/;

/**
 * "'The U.S. side should immediately correct its wrong practices,' the spokesperson said": a direct
 * quote whose sentence tells a party of another side than the speaker's what it should or must do
 * is the speaker's appeal to that party (REQUEST 020), unless a request was already coded there.
 */
function quotedDemand(ctx: Context, units: readonly Unit[], q: Quote, found: readonly Candidate[]): Candidate | null {
  const speaker = q.speaker ? ctx.entities.get(q.speaker) : undefined;
  // (told in reported speech too: "China's commerce ministry said on Sunday that the United States should cancel its tariffs")
  if (!speaker || (q.kind !== 'direct' && q.kind !== 'indirect') || !speaksForSide(speaker)) return null;
  if (found.some((c) => c.type === 'REQUEST' && (c.quote === q || (c.trigger.start >= q.start && c.trigger.end <= q.end)))) return null;
  for (const m of mentionsIn(ctx.mentions, q.start, q.end)) {
    const e = ctx.entities.get(m.entity);
    if (!e || !(e.actor || e.country) || e.id === speaker.id || (e.country !== null && e.country === speaker.country) || m.form === 'pronoun' || e.type === 'person') continue;
    // ("we can never accept that Greece should confine us": a clause under `that` is no demand)
    if (/\bthat\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(q.start, m.start - 10), m.start))) continue;
    // ("the free trade agreements with Canada and Israel should help": a name after a preposition is no subject told what to do)
    if (/\b(?:with|of|for|in|to|from|between|and)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(q.start, m.start - 12), m.start))) continue;
    const told = TOLD_TO.exec(ctx.text.slice(m.end, Math.min(q.end, m.end + 40)));
    if (!told) continue;
    const unit = units.find((u) => u.sentence >= 0 && u.start <= m.start && m.start < u.end);
    if (!unit) return null;
    const tokens = ctx.read?.tokens[unit.sentence] ?? tokenize(ctx.text, unit.start, unit.end);
    const offset = m.end + told[0].indexOf(told[1]);
    const at = tokens.findIndex((t) => t.start >= offset);
    if (at < 0) return null;
    const trigger = { start: offset, end: offset + told[1].length, text: told[1] };
    return quoteCandidate(ctx, q, speaker, QUOTE_DEMAND, unit, trigger, at, slotOf(e, m.start, m.end));
  }
  return null;
}

/** The last candidate before `i`, by actors of another country than `candidates[i]`'s first actor, that `fits`. */
function lastOfOtherSide(candidates: readonly Candidate[], i: number, fits: (p: Candidate) => boolean): Candidate | null {
  const country = candidates[i].actors[0]?.entity.country;
  for (let k = i - 1; k >= 0; k--) {
    const p = candidates[k];
    if (p.actors.length > 0 && !p.actors.some((a) => a.entity.country === country) && fits(p)) return p;
  }
  return null;
}

/** Acts done by saying something. */
const SPEECH_KINDS: readonly PloverType[] = ['ACCUSE', 'THREATEN', 'REQUEST', 'REJECT', 'SUPPORT', 'AGREE'];

/** What kind of act a condemned noun names (none: any act). */
const CONDEMNED_KINDS: Readonly<Record<string, readonly PloverType[]>> = {
  killing: ['ASSAULT'], assassination: ['ASSAULT'], attack: ['ASSAULT'], attacks: ['ASSAULT'], strike: ['ASSAULT'], strikes: ['ASSAULT'],
  bombing: ['ASSAULT'], shelling: ['ASSAULT'], airstrike: ['ASSAULT'], airstrikes: ['ASSAULT'], raid: ['ASSAULT', 'COERCE'], raids: ['ASSAULT', 'COERCE'],
  incursion: ['ASSAULT'], invasion: ['ASSAULT'], deployment: ['MOBILIZE'], drills: ['MOBILIZE', 'COOPERATE'], exercises: ['MOBILIZE', 'COOPERATE'], drill: ['MOBILIZE', 'COOPERATE'], exercise: ['MOBILIZE', 'COOPERATE'],
  sanctions: ['SANCTION'], tariffs: ['SANCTION'], expulsion: ['SANCTION', 'COERCE'], expulsions: ['SANCTION', 'COERCE'], arrest: ['COERCE'],
  arrests: ['COERCE'], detention: ['COERCE'], detentions: ['COERCE'], blockade: ['ASSAULT', 'SANCTION'], veto: ['REJECT'], embargo: ['SANCTION'],
  killings: ['ASSAULT'], bombings: ['ASSAULT'], occupation: ['ASSAULT'], annexation: ['ASSAULT'], seizure: ['COERCE'], seizures: ['COERCE'],
  pullout: ['RETREAT'], withdrawal: ['RETREAT'], violence: ['COERCE', 'ASSAULT'], repression: ['COERCE'], airdrop: ['AID'], airdrops: ['AID'],
  stoppage: ['PROTEST'], walkout: ['PROTEST'], deportation: ['COERCE'], deportations: ['COERCE'], storming: ['PROTEST', 'ASSAULT'], downing: ['ASSAULT'],
  crackdown: ['COERCE'],
  // (charges laid with an arrest or made in words: "the White House called the charges ridiculous")
  charges: ['ACCUSE', 'COERCE'], accusations: ['ACCUSE'], allegations: ['ACCUSE'],
  // a court's judgment on a person ("condemned the verdict", "called the sentence a sham") is the court's coercion
  // (or its finding of guilt: "a court convicted Bolsonaro ... Rubio called the verdict a witch hunt")
  verdict: ['COERCE', 'ACCUSE'], verdicts: ['COERCE', 'ACCUSE'], conviction: ['COERCE', 'ACCUSE'], convictions: ['COERCE', 'ACCUSE'], sentence: ['COERCE'], sentences: ['COERCE'], sentencing: ['COERCE'],
  // (a court's ruling orders or forbids: "the court ordered Caracas not to hold elections. Guyana welcomed the ruling")
  ruling: ['COERCE', 'REQUEST', 'ACCUSE'], rulings: ['COERCE', 'REQUEST', 'ACCUSE'],
  // words said ("criticised those remarks", "a remark Beijing called extremely wrong") are the speaker's acts of speech
  remark: SPEECH_KINDS, remarks: SPEECH_KINDS, comments: SPEECH_KINDS,
};

/** Acts of speech or commitment: never a passive joined to another ("had been killed and vowed to retaliate"). */
const SAID_ACTS: ReadonlySet<PloverType> = new Set(['THREATEN', 'AGREE', 'REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT']);

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
  if (next !== '' && next !== ',' && next !== '.' && !PREPOSITIONS.has(next) && !TIME_ADVERBS.has(next) && next !== 'last' && next !== 'this' && next !== 'earlier') return false;
  let j = start - 1;
  while (j >= 0 && (PERFECT_AUXILIARIES.has(wordAt(words, j)) || wordAt(words, j) === 'jointly')) j--;
  // the subject: a pronoun, a possessive pronoun and its noun, "the two countries", or a name (two joined by `and`)
  if (slotAt[j]) {
    j = slotStart[j] >= 0 ? slotStart[j] - 1 : j - 1;
    if (wordAt(words, j) === 'and' && slotAt[j - 1]) {
      j = slotStart[j - 1] >= 0 ? slotStart[j - 1] - 1 : j - 2;
      // ("the accord that Angola, Cuba and South Africa signed": a list whose names before the last two are joined by commas)
      while (wordAt(words, j) === ',' && slotAt[j - 1]) j = slotStart[j - 1] >= 0 ? slotStart[j - 1] - 1 : j - 2;
    }
    // ("the state of emergency that President Kassym-Jomart Tokayev imposed", "a curfew that the government imposed": its title, its article)
    if (nouns === RESTRICTION_NOUNS) {
      for (let t = 0; t < 3 && j > 0 && !slotAt[j] && startsUpper(view.tokens[j].text) && wordAt(words, j - 1) !== ','; t++) j--;
      if (wordAt(words, j) === 'the') j--;
    }
  } else if (PRONOUN_SUBJECTS.has(wordAt(words, j))) j--;
  else if (POSSESSIVES.has(wordAt(words, j - 1))) j -= 2;
  else if (wordAt(words, j - 2) === 'the' && wordAt(words, j - 1) === 'two') j -= 3;
  // ("a curfew that the government imposed", "the state of emergency the authorities declared")
  else if (wordAt(words, j - 1) === 'the' && RULING_BODIES.has(wordAt(words, j))) j -= 2;
  else return false;
  if (wordAt(words, j) === 'that' || wordAt(words, j) === 'which') j--;
  return nouns.has(wordAt(words, j));
}

/** Nouns of restrictions at home a relative clause can be about ("a curfew that the government imposed", "the state of emergency X declared"). */
const RESTRICTION_NOUNS: ReadonlySet<string> = new Set(['curfew', 'curfews', 'emergency', 'lockdown', 'siege']);
/** Bodies that rule, named with `the` as the subject of such a clause. */
const RULING_BODIES: ReadonlySet<string> = new Set(['government', 'authorities', 'junta', 'regime', 'army', 'military']);

/** Nouns of sanctions a relative clause can be about ("levies Ottawa imposed on", "the tariffs that Washington slapped on"). */
const SANCTION_NOUNS: ReadonlySet<string> = new Set(['sanctions', 'tariffs', 'tariff', 'levies', 'levy', 'duties', 'duty', 'embargo', 'curbs', 'restrictions', 'penalties', 'measures']);

/**
 * The two parties of different codes a sentence is about: its compound subject ("Ethiopia's government and the Tigray People's
 * Liberation Front signed"), else the two named after `between` ("a ceasefire between Iran and Iraq"); null otherwise.
 */
function sentencePair(view: View): Slot[] | null {
  const code = (s: Slot) => s.entity.actor ?? s.entity.country;
  // (the compound a sentence opens with, past a dateline's words: the first slots of its first words)
  // (read from each name of the first words leftwards: the second of the pair finds the first)
  for (let k = 0; k < view.words.length && k < 14; k++) {
    const subject = view.slotAt[k];
    if (!subject || view.slotStart[k] !== k) continue;
    const compound = withCompounds(view, subject, -1);
    if (compound.length === 2 && code(compound[0]) && code(compound[1]) && code(compound[0]) !== code(compound[1])) return compound;
    if (BOUNDARY.has(wordAt(view.words, k)) || wordAt(view.words, k) === ',') break;
  }
  for (let k = 0; k + 2 < view.words.length; k++) {
    if (wordAt(view.words, k) !== 'between') continue;
    const j = partyAt(view, k + 1);
    const a = view.slotAt[j];
    if (!a) continue;
    const after = nextAfterSlot(view, j);
    const b = wordAt(view.words, after) === 'and' ? view.slotAt[partyAt(view, after + 1)] : undefined;
    if (b && code(a) && code(b) && code(a) !== code(b)) return [a, b];
  }
  return null;
}

/** What may follow a war told alone: the end of a clause, a function word or a verb of its course. */
const WAR_FOLLOWERS = /^(?:|[.,;:)"'’”]|that|which|in|on|since|when|after|before|over|is|was|has|had|ended|broke|erupted|began|killed|left|raged|between)$/;

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

/** Verbs of killing and wounding an attack told after them can frame ("killed hundreds of people in an attack on"). */
const KILLING_VERBS: ReadonlySet<string> = new Set(['killed', 'wounded', 'injured', 'kidnapped', 'abducted', 'massacred', 'slaughtered']);

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

/** A demonym joined to the word that ties a thing to its country ("Israeli-linked", "Portuguese-flagged"). */
const TIED_TO = /^(\p{Lu}[\p{L}]+)-(?:linked|flagged|owned|registered|operated|bound)$/u;

/** The country a thing at token k is tied to: "Portuguese-flagged", "Liberia-registered", "Marshall Islands-flagged" (a name of two words). */
function tiedCountry(tokens: readonly Token[], k: number): string | undefined {
  const tied = TIED_TO.exec(tokens[k].text)?.[1];
  if (!tied) return undefined;
  const before = tokens[k - 1]?.text ?? '';
  return DEMONYMS.get(tied) ?? COUNTRY_NAMES.get(tied) ?? (/^\p{Lu}/u.test(before) ? COUNTRY_NAMES.get(`${before} ${tied}`) : undefined);
}

/**
 * The body whose resolution or statement is the subject of the verb at `start` ("a U.N. Security Council resolution demanding", "a
 * resolution adopted on Monday that demands", "the council's draft resolution calling for", "a Soviet statement condemning",
 * "EC ministers issued a statement deploring"), or null.
 */
function resolutionBody(view: View, start: number): { body: Slot; adopted: boolean } | null {
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
  if (body?.entity.actor?.startsWith('IGO') && (noun === 'resolution' || noun === 'resolutions')) return { body, adopted: false };
  // ("a Soviet statement condemning", "a White House communique urging"): a statement speaks for the one it is named by
  if (body && (body.entity.actor || body.entity.country) && STATEMENT_NOUNS.has(noun)) return { body, adopted: false };
  // ("One hundred members of the ruling party have signed a motion calling for", "The Senate passed a non-binding resolution urging"):
  // those who adopted or signed it ask, of the one named or of no one
  while (k > 0 && (DETERMINERS.has(wordAt(words, k)) || /^(?:non-binding|joint|new|formal|unanimous)$/.test(wordAt(words, k)))) k--;
  if (!ADOPTING_VERBS.has(wordAt(words, k))) return null;
  const verb = k;
  k--;
  while (k > 0 && (/^(?:has|have|had|also|unanimously|overwhelmingly)$/.test(wordAt(words, k)))) k--;
  // ("EC foreign ministers issued a statement": the subject told by a group of its officials)
  const adopter = slotAt[k] ?? (STATEMENT_NOUNS.has(noun) ? subjectLeft(view, verb) : undefined);
  return adopter && (adopter.entity.actor || adopter.entity.country) ? { body: adopter, adopted: true } : null;
}
/** Statements a party issues, sends or signs, which say what its words do ("issued a statement deploring", "a letter urging"). */
// (not a declaration, which two sign as an agreement: "signed a declaration pledging to cooperate")
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'statements', 'communique', 'communiques', 'letter', 'letters', 'message']);
/** Verbs that stop a text from being adopted or issued. */
const BLOCKING_VERBS: ReadonlySet<string> = new Set(['veto', 'vetoed', 'vetoes', 'vetoing', 'block', 'blocked', 'blocking', 'reject', 'rejected', 'rejecting', 'defeated', 'opposed']);
/** Texts a body adopts or people sign that ask something of others, and statements. */
const MOTION_NOUNS: ReadonlySet<string> = new Set(['resolution', 'resolutions', 'motion', 'motions', 'petition', 'petitions', ...STATEMENT_NOUNS]);
/** Verbs of adopting, signing or issuing such a text. */
const ADOPTING_VERBS: ReadonlySet<string> = new Set(['passed', 'adopted', 'approved', 'signed', 'tabled', 'backed', 'endorsed', 'sponsored', 'introduced',
  'issue', 'issued', 'issuing', 'release', 'released', 'releasing', 'publish', 'published', 'publishing', 'send', 'sent', 'sending', 'delivered', 'wrote']);

/** The two named after `between` within the object after `end` ("a ceasefire between Iran and Iraq"), or null. */
function pairAfter(view: View, end: number): Slot[] | null {
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

/** An aircraft's or weapon's model designation ("F-16", "Su-27", "MiG-29", "B-52"). */
const MODEL_NAME = /^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?$/;

/** "war" and its plural, and the words that make one no war of arms, as sets. */
const WAR_NOUNS: ReadonlySet<string> = new Set(['war', 'wars']);
const FIGURATIVE_WAR_SET: ReadonlySet<string> = new Set(FIGURATIVE_WARS);

/** Forces of nature and accidents: the subject of "struck", "hit" or "killed" that is no party. */
const NATURAL_AGENTS: ReadonlySet<string> = new Set(['earthquake', 'quake', 'tremor', 'storm', 'cyclone', 'typhoon', 'hurricane', 'flood', 'floods',
  'flooding', 'landslide', 'landslides', 'avalanche', 'tsunami', 'fire', 'fires', 'blaze', 'wildfire', 'wildfires', 'drought', 'heatwave', 'lightning',
  'explosion', 'crash', 'accident', 'disease', 'epidemic', 'outbreak', 'virus', 'famine']);

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Nouns of an act decided and taken, before its infinitive ("the government's decision to suspend talks"). */
const DECIDED: ReadonlySet<string> = new Set(['decision', 'move']);

/**
 * Where the owner of a decision noun (DECIDED) at `noun` is told: the possessive mark after it ("the government's decision", past up to
 * three words of its time or kind: "Reagan's April 17 decision", "Tokyo's recent surprise decision"), or the last word of a name
 * or the demonym used as its modifier after an article ("the U.S. decision", "the Canadian decision"); -1 when neither.
 */
function decisionOwnerEnd(view: View, noun: number): number {
  const { words, tokens, slotAt } = view;
  if (!DECIDED.has(wordAt(words, noun))) return -1;
  let k = noun - 1;
  for (let n = 0; n < 3 && k > 0 && !slotAt[k] && !DEMONYMS.has(tokens[k].text) && !POSSESSIVE_MARKS.has(wordAt(words, k)); n++, k--) {
    const w = wordAt(words, k);
    const describes = /^\d{1,2}$/.test(w) || MONTHS.has(w) || (/^[a-z][a-z-]*$/.test(tokens[k].text) && !PREPOSITIONS.has(w) && !ARTICLES.has(w) && !POSSESSIVES.has(w) && !CLAUSE_STOPS.has(w) && w !== 'and' && w !== 'or');
    if (!describes) return -1;
  }
  if (POSSESSIVE_MARKS.has(wordAt(words, k))) return k;
  if (slotAt[k]) return ARTICLES.has(wordAt(words, view.slotStart[k] - 1)) ? k : -1;
  return DEMONYMS.has(tokens[k].text) && ARTICLES.has(wordAt(words, k - 1)) ? k : -1;
}

/** Nouns of a decision whose doer a demonym before them names ("the Slovenian decision", "the Chinese move"). */
const DECISION_NOUNS: ReadonlySet<string> = new Set(['decision', 'move', 'step', 'measure', 'measures', 'plan', 'policy', 'action', 'actions', 'vote', 'recognition', 'ban', 'law']);

/** The doers of act `p` of another country than the actor of `c` (all of a compound act's, at least its first). */
function doersBesides(p: Candidate, c: Candidate): Slot[] {
  const own = c.actors[0]?.entity.country ?? null;
  const out: Slot[] = [];
  for (const a of p.actors) if ((own === null || a.entity.country !== own) && !out.some((o) => o.entity.id === a.entity.id)) out.push(a);
  return out.length > 0 ? out : [p.actors[0]];
}

/** Objects of a rejection that were someone's claims or demands ("rejected the allegations as preposterous"). */
const REJECTED_CLAIMS = /\b(?:allegations?|accusations?|charges?|claims?|demands?|criticism|ultimatum|accusation|calls|appeals?|pressure|remarks?|comments)\b/i;

/** Words that tie people to whom they serve ("hackers working for", "militias backed by", "agents of"). */
const PROXY_LINKS: readonly (readonly string[])[] = [['working', 'for'], ['acting', 'for'], ['linked', 'to'], ['tied', 'to'], ['backed', 'by'], ['loyal', 'to'], ['allied', 'with'], ['affiliated', 'with']];
const PROXY_NOUNS = new Set(['hackers', 'agents', 'spies', 'operatives', 'militias', 'militia', 'proxies', 'mercenaries', 'groups', 'fighters', 'gunmen', 'militants', 'units']);

/** The token index of the master named after a proxy noun at `j` ("hackers working for X"), or -1. */
function proxyMaster(view: View, j: number): number {
  const { words, slotAt } = view;
  if (!PROXY_NOUNS.has(wordAt(words, j))) return -1;
  for (const [a, b] of PROXY_LINKS) {
    if (wordAt(words, j + 1) !== a || wordAt(words, j + 2) !== b) continue;
    for (let k = j + 3; k < words.length && k < j + 7; k++) {
      if (slotAt[k]) return k;
      if (wordAt(words, k) === ',' || BOUNDARY.has(wordAt(words, k))) break;
    }
  }
  return -1;
}

/** Hostile acts that, made conditional on another side's act, are threats. */
const CONDITIONAL_THREATS: ReadonlySet<PloverType> = new Set(['SANCTION', 'COERCE', 'MOBILIZE']);

/** Verbs after which `if` asks a question ("to see if", "asked if"): it means `whether`, no condition. */
const WHETHER_VERBS = new Set(['see', 'ask', 'asked', 'asking', 'know', 'decide', 'determine', 'check', 'wonder', 'wondered', 'doubt', 'question']);

/**
 * Whether a condition (`if`, `unless`) follows the act's words in its own clause: no comma, conjunction or mark before it
 * ("would lift tariffs imposed last week if Tokyo complied"; not "will visit Tokyo, and officials said talks could fail if").
 */
function conditionFollows(words: readonly string[], end: number, conditional = false): boolean {
  for (let k = end; k < words.length && k < end + 16; k++) {
    const w = wordAt(words, k);
    // (not a question asked: "to see if there was a way")
    if (w === 'if' || w === 'unless') return !WHETHER_VERBS.has(wordAt(words, k - 1));
    // ("would lift tariffs ... as soon as Tokyo complied", "provided Bonn was allowed to keep": what `would` waits on; "will begin talks
    // as soon as they return" tells a time)
    if (conditional && ((w === 'as' && wordAt(words, k + 1) === 'soon' && wordAt(words, k + 2) === 'as') || (w === 'provided' && k > end))) return true;
    if (BOUNDARY.has(w) || w === '.' || w === ',' || w === 'and' || w === 'but' || SPEECH_VERBS.has(w)) return false;
  }
  return false;
}

/** "Moscow would respond militarily if the United States went ahead": the parties whose act the threat is conditional on. */
function conditionParty(view: View, end: number, ctx?: Context): Slot[] | null {
  const { words, slotAt } = view;
  // ("impose 100 pct tariffs on up to 300 mln dlrs worth of Japanese goods from April 17 unless Tokyo ...": a long object before it)
  for (let k = end; k < words.length && k < end + 24; k++) {
    const w = wordAt(words, k);
    if (w === 'if' || w === 'unless') {
      for (let x = k + 1; x < words.length && x <= k + 3; x++) {
        if (slotAt[x] && (slotAt[x]!.entity.actor || slotAt[x]!.entity.country)) return ctx ? conditionSubjects(ctx, view, x) : [slotAt[x]!];
      }
      // ("if the country's new military rulers did not restore President Bazoum": the rulers of the country named before)
      const owned = ctx ? backOwnedGroup(ctx, view, k + 1) : null;
      if (owned) return [owned];
      // ("if it buys more Russian weapons": the one the act is aimed at, as a pronoun)
      return wordAt(words, k + 1) === 'it' || wordAt(words, k + 1) === 'they' ? [] : null;
    }
    if (BOUNDARY.has(w) || w === '.') return null;
  }
  return null;
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

/** Plural heads "the two ..." names two parties with ("the two leaders agreed", "the two sides"): people or any party. */
const TWO_PEOPLE = new Set(['leaders', 'presidents', 'ministers', 'men', 'premiers', 'chiefs', 'counterparts']);
const LED_PARTIES = new Set(['sides', 'delegations', 'governments']);
const TWO_PARTIES = new Set(['sides', 'delegations', 'countries', 'nations', 'neighbours', 'neighbors', 'governments', 'states', 'parties', 'rivals', 'allies', 'giants', 'forces', 'armies', 'militaries',
  // ("recalled its ambassadors from the three capitals": the countries named before, by their seats)
  'capitals']);
/** Singular heads after "each" that name one of a pair, with their plural ("each side", "each country"). */
const EACH_OF_TWO: ReadonlyMap<string, string> = new Map([['side', 'sides'], ['country', 'countries'], ['government', 'governments'], ['army', 'armies']]);

/** Heads of "the two ..." that name states only. */
const STATE_HEADS = new Set(['countries', 'nations', 'neighbours', 'neighbors', 'states', 'rivals', 'allies', 'giants']);

/**
 * "The two leaders agreed to step up joint operations": the two most recently named parties of two
 * different countries (people for "leaders", any coded party for "sides") are the subject, as a pair.
 */
function twoParties(ctx: Context, unit: Unit, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
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

/** The two coded parties of different countries named last before `at` (never the news agency telling it). */
function lastTwoNamed(ctx: Context, at: number, kind: 'people' | 'bodies' | 'states' | 'any'): Entity[] {
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

/**
 * "the three countries", "those three nations" at `k`: the countries of that number named last
 * before it (not the actor's), as recipients; none when the text has not named so many.
 */
function countriesNamedBefore(ctx: Context, view: View, k: number, actorIds: ReadonlySet<string>): Slot[] {
  const { words, tokens } = view;
  if (wordAt(words, k) !== 'the' && wordAt(words, k) !== 'those') return [];
  const n = MANY.get(wordAt(words, k + 1));
  if (n === undefined || !TWO_PARTIES.has(wordAt(words, k + 2))) return [];
  const found: Slot[] = [];
  for (let i = firstFrom(ctx.mentions, tokens[k].start) - 1; i >= 0 && found.length < n; i--) {
    const e = ctx.entities.get(ctx.mentions[i].entity);
    if (!e || e.type !== 'country' || actorIds.has(e.id) || found.some((f) => f.entity.id === e.id)) continue;
    found.push(slotOf(e, tokens[k].start, tokens[k + 2].end));
  }
  return found.length === n ? found.reverse() : [];
}
const MANY: ReadonlyMap<string, number> = new Map([['three', 3], ['four', 4], ['five', 5]]);

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
/** Words that make ministers of a kind ("foreign ministers", "defence ministers"). */
const RULER_KINDS: ReadonlySet<string> = new Set(['foreign', 'prime', 'defence', 'defense', 'trade', 'finance', 'interior', 'economy']);
const MILITARY_KINDS: ReadonlySet<string> = new Set(['defence', 'defense']);

/**
 * The actors' own government as the sentence names it, for a protest's target: a person or body
 * of their country in it, else "the government" or a head of government whose country is not told
 * ("demanding the resignation of Prime Minister X").
 */
function ownGovernment(ctx: Context, view: View, actors: readonly Slot[], at: number): Slot[] {
  const country = actors[0].entity.country;
  if (!country) return [];
  const { tokens, words, slotAt } = view;
  // (the official telling of the protest is not its target)
  const speaker = reportAt(ctx, tokens[at].start)?.speaker;
  for (const slot of slotAt) {
    if (slot && slot.entity.country === country && slot.entity.sector === 'GOV' && slot.entity.id !== speaker && !actors.some((a) => a.entity.id === slot.entity.id)) return [slot];
  }
  for (let k = 1; k < words.length; k++) {
    const w = wordAt(words, k);
    const named = slotAt[k + 1];
    const head = (w === 'government' && !slotAt[k] && (wordAt(words, k - 1) === 'the' || POSSESSIVES.has(wordAt(words, k - 1))))
      || (GOVERNMENT_HEADS.has(w) && startsUpper(tokens[k].text) && named !== undefined && named.entity.type === 'person' && !named.entity.country);
    if (!head) continue;
    const from = w === 'minister' && wordAt(words, k - 1) === 'prime' ? k - 1 : k;
    return [groupSlot(ctx, country, 'GOV', tokens[from].start, tokens[k].end)];
  }
  // ("Striking miners occupied ten pits. Government spokesman Jerzy Urban accused the union of ...", "Unions began a strike. The
  // government had urged them to call it off"): the government the dispatch names elsewhere, nearest the protest; a strike at a
  // company is the company's ("The company said employees have been on strike since May 8")
  for (let k = 0; k < words.length; k++) if (EMPLOYER_WORDS.has(wordAt(words, k)) || slotAt[k]?.entity.sector === 'BUS') return [];
  return documentGovernment(ctx, country, tokens[at].start, speaker, actors);
}
const EMPLOYER_WORDS: ReadonlySet<string> = new Set(['company', 'companies', 'employees', 'management', 'firm', 'employer', 'employers', 'plant', 'plants', 'factory', 'factories', 'mill', 'mills']);

function documentGovernment(ctx: Context, country: string, at: number, speaker: string | null | undefined, actors: readonly Slot[]): Slot[] {
  let best: { entity: Entity; start: number; end: number } | null = null;
  for (const e of ctx.entities.values()) {
    if (e.country !== country || e.sector !== 'GOV' || e.id === speaker || actors.some((a) => a.entity.id === e.id)) continue;
    for (const m of e.mentions) if (m.form !== 'pronoun' && (best === null || Math.abs(m.start - at) < Math.abs(best.start - at))) best = { entity: e, start: m.start, end: m.end };
  }
  if (best) return [slotOf(best.entity, best.start, best.end)];
  const named = /\b[Tt]he government\b/g;
  named.lastIndex = ctx.firstBody;
  const hit = named.exec(ctx.text);
  return hit ? [groupSlot(ctx, country, 'GOV', hit.index + 4, hit.index + hit[0].length)] : [];
}
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['minister', 'president', 'premier', 'chancellor']);

/** Words before a protest noun that make it the street's, not a diplomat's: "weeks of", "student", "violent", "anti-government". */
const STREET_WORDS: ReadonlySet<string> = new Set(['weeks', 'days', 'nights', 'months', 'street', 'student', 'students', 'nationwide', 'violent',
  'deadly', 'mass', 'angry', 'massive', 'youth', 'opposition', 'popular', 'public', 'nightly', 'wave', 'waves',
  // ("sparking nightly rallies against the government": protests an act set off are the street's)
  'sparking', 'sparked', 'triggering', 'triggered', 'prompting', 'prompted', 'provoking', 'provoked', 'fuelling', 'fueling', 'fuelled', 'fueled']);

function streetProtest(view: View, start: number): boolean {
  // ("after rioting and looting in the capital": a riot is always the street's)
  if (RIOT_NOUNS.has(wordAt(view.words, start))) return true;
  // ("sparked strong protests from exporters": a complaint made by someone, not the street's)
  if (wordAt(view.words, start + 1) === 'from') return false;
  // ("as protests against his government's decision entered a fifth night", "as protests over fuel prices turned violent", "a
  // two-day general strike against the military government": protests in the plural against or over something, or a general strike)
  if (STREET_PLURALS.has(wordAt(view.words, start)) && (wordAt(view.words, start + 1) === 'against' || wordAt(view.words, start + 1) === 'over')) return true;
  if (wordAt(view.words, start - 1) === 'general' && (wordAt(view.words, start) === 'strike' || wordAt(view.words, start) === 'strikes')) return true;
  if (wordAt(view.words, start) === 'general' && (wordAt(view.words, start + 1) === 'strike' || wordAt(view.words, start + 1) === 'strikes')) return true;
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    const w = wordAt(view.words, k);
    if (!/^[a-z-]+$/.test(w)) return false;
    // ("student-led", not "Washington-led": a government leads no street protest)
    if (STREET_WORDS.has(w) || w.startsWith('anti-') || (w.endsWith('-led') && !startsUpper(view.tokens[k].text)) || w.endsWith('-wide')) return true;
  }
  return false;
}

const RIOT_NOUNS: ReadonlySet<string> = new Set(['rioting', 'riots', 'riot', 'looting']);
/** Protest nouns in the plural: against or over something they are the street's ("protests against the government"). */
const STREET_PLURALS: ReadonlySet<string> = new Set(['protests', 'demonstrations', 'rallies', 'strikes', 'marches']);

const HELP_VERBS: ReadonlySet<string> = new Set(['help', 'assist', 'support', 'aid', 'enable']);

/** "... to help Ukraine rebuild": the party a purpose clause after `end` is to help (in the same clause). */
function helped(view: View, end: number, actors: readonly Slot[]): Slot[] {
  const { words, slotAt } = view;
  for (let k = end; k + 2 < words.length && k < end + 20; k++) {
    if (BOUNDARY.has(wordAt(words, k))) break;
    if (wordAt(words, k) !== 'to' || !HELP_VERBS.has(wordAt(words, k + 1))) continue;
    const j = wordAt(words, k + 2) === 'the' ? k + 3 : k + 2;
    const slot = slotAt[j];
    if (slot && (slot.entity.actor || slot.entity.country) && slot.entity.type !== 'person' && !actors.some((a) => a.entity.id === slot.entity.id)) return [slot];
    break;
  }
  return [];
}

/** Whether `any` opens the noun phrase whose head is at `at` ("any Iranian attack", "any such visit"). */
function anyBefore(view: View, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const w = wordAt(view.words, j);
    // ("to prevent any outbreaks of rioting", "to avert a war": an act to be prevented has not happened)
    if (w === 'any' || PREVENTING.has(w) || (w === 'of' && wordAt(view.words, j - 2) === 'any') || (DETERMINERS.has(w) && PREVENTING.has(wordAt(view.words, j - 1)))) return true;
    if (PREPOSITIONS.has(w) || BOUNDARY.has(w) || w === ',' || (DETERMINERS.has(w) && w !== 'such' && w !== 'new')) return false;
  }
  return false;
}

const PREVENTING: ReadonlySet<string> = new Set(['prevent', 'avert', 'forestall', 'avoid', 'deter']);

/** A lower-case word that may modify a name after it ("paramilitary", "nuclear-armed"): no preposition or determiner. */
function lowerModifier(view: View, k: number): boolean {
  const t = view.tokens[k];
  return t !== undefined && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !PREPOSITIONS.has(wordAt(view.words, k)) && !DETERMINERS.has(wordAt(view.words, k));
}

/**
 * Armed men or troops no one names at j ("the army", "leftist guerrillas", "Tamil guerrillas", "government troops"; police against a
 * crowd are no war): sector and extent.
 */
function bareSide(view: View, j: number): { sector: string; start: number; end: number } | null {
  const from = j;
  if (wordAt(view.words, j) === 'the') j++;
  // (a people's or creed's name no code knows describes armed men as a lower-case word does: "Tamil guerrillas", "Maoist rebels")
  for (let d = 0; d < 2 && !view.slotAt[j] && !BARE_FORCES.has(wordAt(view.words, j)) && /^\p{L}[\p{Ll}-]*$/u.test(view.tokens[j]?.text ?? ''); d++) j++;
  // (a government's troops are its armed forces)
  if (wordAt(view.words, j) === 'government' && GOVERNMENT_FORCES.has(wordAt(view.words, j + 1)) && !view.slotAt[j + 1]) return { sector: 'MIL', start: from, end: j + 2 };
  const sector = BARE_FORCES.get(wordAt(view.words, j));
  return (sector === 'MIL' || sector === 'REB') && !view.slotAt[j] ? { sector, start: from, end: j + 1 } : null;
}

/**
 * Where the party named from `j` starts: past `the` and a title written before the name ("President Reagan", "Malaysian Prime
 * Minister Anwar Ibrahim").
 */
function partyAt(view: View, j: number): number {
  // (past an article: "between Iranian Oil Minister Gholamreza Aqazadeh and a visiting Ghanaian delegation")
  if (wordAt(view.words, j) === 'the' || wordAt(view.words, j) === 'a' || wordAt(view.words, j) === 'an') j++;
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

function beBefore(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    if (BE_FORMS.has(wordAt(words, j))) return true;
    if (!/ly$/.test(wordAt(words, j)) && !BE_ADVERBS.has(wordAt(words, j))) return false;
  }
  return false;
}

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

/**
 * The verb of aspect or form of "be" right before the gerund at `start`, past one adverb ("Libyan forces are still bombing the
 * airstrip"), or -1.
 */
function aspectBefore(words: readonly string[], start: number): number {
  if (ASPECT.has(wordAt(words, start - 1))) return start - 1;
  return BE_ADVERBS.has(wordAt(words, start - 1)) && ASPECT.has(wordAt(words, start - 2)) ? start - 2 : -1;
}
/** Adverbs between a form of "be" and its participle ("was later charged", "had already been freed", "was not invited"). */
const BE_ADVERBS: ReadonlySet<string> = new Set(['not', "n't", 'also', 'reportedly', 'later', 'then', 'already', 'never', 'still', 'subsequently', 'since', 'again', 'just', 'first', 'once', 'allegedly']);

/** Participles whose `by` agent goes with the one acting, not in its place ("planes escorted by fighters", "troops supported by tanks"). */
const ESCORTED: ReadonlySet<string> = new Set(['escorted', 'accompanied', 'flanked', 'backed', 'supported', 'protected', 'covered', 'joined', 'followed', 'shadowed', 'trailed']);

/** The nearest entity mention left of `at` in the same clause that can be a subject. */
/** Prepositions that open a relative clause before "which" or "whom" ("of which", "in which", "with whom"). */
const RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'with', 'for', 'to', 'by', 'under']);

function subjectLeft(view: View, at: number): Slot | null {
  const { words, slotAt, slotStart } = view;
  // "Algeria, Iraq and Malaysia were among more than 20 countries that recognised": the parties said to be among them
  const among = amongThoseWho(words, at);
  if (among > 0) return subjectLeft(view, among);
  // "Hamas, which attacked Israel in October, rejected": a closed relative clause is read past to its antecedent
  let from = at - 1;
  // (where the subject's own words end: before a relative clause read past, else the verb)
  let own = at;
  // "The Congolese leader, who has accused Kigali, also urged", "..., will host": adverbs and modals between the clause and the verb
  while (from > 0 && (CLAUSE_ADVERBS.has(wordAt(words, from)) || (MODAL_VERBS.has(wordAt(words, from)) && wordAt(words, from - 1) === ','))) from--;
  if (wordAt(words, from) === ',') {
    for (let r = from - 1; r >= 1 && r >= from - 30; r--) {
      if (BOUNDARY.has(wordAt(words, r))) break;
      if ((wordAt(words, r) === 'which' || wordAt(words, r) === 'who' || wordAt(words, r) === 'whom' || wordAt(words, r) === 'whose') && wordAt(words, r - 1) === ',') { from = r - 2; own = r - 1; break; }
      // ("The banned African National Congress, of which Mandela is a leader, dismissed": a preposition before the relative)
      if ((wordAt(words, r) === 'which' || wordAt(words, r) === 'whom') && RELATIVE_PREPOSITIONS.has(wordAt(words, r - 1)) && wordAt(words, r - 2) === ',' && r >= 3) { from = r - 3; own = r - 2; break; }
      // "Angolan President Joao Lourenco, the African Union's designated mediator in the conflict in eastern Congo, will host":
      // an appositive (a noun phrase between commas after a name) is read past to the name
      // (not a list: "Japan, the United States and West Germany, agreed"; not a name the text gives no code: "Roy Denman, the EC representative,")
      // ("Nelson Mandela, freed by South Africa's government this month, flew to Lusaka": a participle with its agent, the same)
      if (wordAt(words, r) === ',' && r < from - 2 && /ed$/.test(wordAt(words, r + 1)) && wordAt(words, r + 2) === 'by' && slotAt[r - 1]?.entity.type === 'person') { from = r - 1; break; }
      if (wordAt(words, r) === ',' && r < from - 1 && APPOSITIVE_OPENERS.has(wordAt(words, r + 1)) && slotAt[r - 1] && (slotAt[r - 1]!.entity.actor || slotAt[r - 1]!.entity.country)) {
        const item = r + 2;
        const listed = slotAt[item] !== undefined && slotStart[item] === item && !POSSESSIVE_MARKS.has(wordAt(words, nextAfterSlot(view, item)));
        if (!listed) { from = r - 1; break; }
      }
      // "Ecuador's largest indigenous organisation, CONAIE, launched": a name of no code in apposition after a party is read past
      const named = slotAt[r + 1];
      if (wordAt(words, r) === ',' && named && slotStart[r + 1] === r + 1 && nextAfterSlot(view, r + 1) === from && !named.entity.actor && !named.entity.country
        && slotAt[r - 1] && (slotAt[r - 1]!.entity.actor || slotAt[r - 1]!.entity.country)) { from = r - 1; break; }
      // ("The soldiers, acting on orders from the attorney general, used tear gas": a present participle's phrase set off by commas
      // is an aside on the subject before it, whose own parties do not act)
      if (wordAt(words, r) === ',' && r >= 1 && r < from - 1 && /^\p{Ll}+ing$/u.test(view.tokens[r + 1].text)) { from = r - 1; own = r; break; }
      if (wordAt(words, r) === ',') break;
    }
  }
  // "Indian air force planes escorted by fighters dropped food": a participle phrase with its agent between the subject and
  // the verb is read past (not "backed by", whose agent is the master a proxy acts for)
  for (let p = from; p > 0 && p >= from - 6; p--) {
    const w = wordAt(words, p);
    if (w === ',' || BOUNDARY.has(w)) break;
    if (w === 'by' && ESCORTED.has(wordAt(words, p - 1)) && p - 2 >= 0) { from = p - 2; own = p - 1; break; }
  }
  // "and riot police again used water cannon": a group head with no country right before the verb is the subject, and uncoded
  {
    let h = from;
    while (h > 0 && (CLAUSE_ADVERBS.has(wordAt(words, h)) || MODALS.has(wordAt(words, h)))) h--;
    const sector = HEADS.get(wordAt(words, h));
    const opener = HEADS.has(wordAt(words, h - 1)) || HEAD_PAIRS.get(wordAt(words, h - 1))?.has(wordAt(words, h)) ? wordAt(words, h - 2) : wordAt(words, h - 1);
    if (!slotAt[h] && h < at && (sector === 'COP' || sector === 'MIL') && opener === 'and') return null;
    // "guerrillas attacked security bases": an armed group no country is named for acts, not the last country named
    // (armed men of a group named right before them are the group: "Hamas fighters killed")
    if (!slotAt[h] && h < at && UNNAMED_ARMED.has(wordAt(words, h)) && slotAt[h - 1]?.entity.sector !== 'REB') return null;
  }
  // ("after Iran started to attack Kuwaiti vessels": a verb of aspect and its `to` are the verb of the clause the subject opens)
  const clauseVerb = own === at && wordAt(words, at - 1) === 'to' && ASPECT.has(wordAt(words, at - 2)) ? at - 2 : own;
  for (let j = from; j >= 0 && j >= at - 40; j--) {
    const w = wordAt(words, j);
    // ("a Japanese team that left for Washington today", "a team that will leave": a relative `that` right before its verb, past
    // auxiliaries only, has the party it follows as subject; not the `that` of a reported clause, whose subject stands after it)
    // (not an agent's: "a resolution drafted by Algeria that would have demanded" is the resolution's)
    if (w === 'that' && slotAt[j - 1] && wordAt(words, (slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1) - 1) !== 'by' && words.slice(j + 1, at).every((v) => MODALS.has(v) || BE_FORMS.has(v) || v === 'has' || v === 'have' || v === 'had' || CLAUSE_ADVERBS.has(v))) return slotAt[j - 1]!;
    // ("in Quito, where demonstrators threw rocks": the place a `where` clause hangs on is not its subject)
    if (BOUNDARY.has(w) || w === 'that' || w === 'where') return null;
    // "fentanyl, which kills tens of thousands": a relative's subject is its antecedent, and a thing is no actor
    if (w === 'which') {
      const antecedent = wordAt(words, j - 1) === ',' ? j - 2 : j - 1;
      return antecedent >= 0 ? slotAt[antecedent] ?? null : null;
    }
    const slot = slotAt[j];
    if (!slot) continue;
    const first = slotStart[j] >= 0 ? slotStart[j] : j;
    // "smashed four Iraqi brigades, killed ...": a name closed by a comma right before the verb is no subject,
    // unless a comma opens it too, before its title ("the chairman, Jacques Schoufour, accused", "His daughter, Vice President Sara
    // Duterte, called")
    if (j + 2 === at && wordAt(words, j + 1) === ',' && wordAt(words, titleStart(view, 0, first) - 1) !== ',') { j = first; continue; }
    // a possessive ("his" in "his counterpart") is not the subject
    if (POSSESSIVES.has(wordAt(words, first)) && first === j && j + 1 < at && !slotAt[j + 1]) { j = first; continue; }
    if (POSSESSIVES.has(wordAt(words, first)) && slot.entity.type === 'person' && first === j) { j = first; continue; }
    const before = wordAt(words, first - 1);
    // "after a Chinese military aircraft violated": `after` opens a clause whose subject this is
    // ("after the Dutch government on Friday expanded": a time adverbial may stand between)
    const clauseSubject = (before === 'after' || before === 'before') && clauseVerb - j <= 4 && noPhraseBetween(words, j + 1, clauseVerb);
    if (before !== '' && SUBJECT_BLOCKING_PREPOSITIONS.has(before) && !clauseSubject) { j = first; continue; }
    // "strike on the Iranian consulate ... killed": the object of a preposition is no subject
    // ("after the Chinese aircraft carrier Liaoning sailed": `after` opens a clause here too)
    const opened = (wordAt(words, first - 2) === 'after' || wordAt(words, first - 2) === 'before') && clauseVerb - j <= 4 && noPhraseBetween(words, j + 1, clauseVerb);
    if ((before === 'the' || before === 'a' || before === 'an') && SUBJECT_BLOCKING_PREPOSITIONS.has(wordAt(words, first - 2) ?? '') && !opened) { j = first; continue; }
    if (slot.entity.type === 'location' && !CAPITALS.has(slot.entity.name)) { j = first; continue; }
    // "condemned the Damascus strike as unacceptable and called on": a name between a determiner and a noun modifies it
    const nextWord = wordAt(words, j + 1);
    if (j + 1 < at && (before === 'the' || before === 'a' || before === 'an') && (((slot.entity.type === 'location' || CAPITALS.has(view.tokens.slice(first, j + 1).map((t) => t.text).join(' '))) && (ACT_NOUNS.has(nextWord) || EVENT_NOUNS.has(nextWord)))
      || (slot.entity.type === 'country' && ACT_NOUNS.has(nextWord)))) { j = first; continue; }
    if (j + 1 < words.length && (wordAt(words, j + 1) === "'s" || wordAt(words, j + 1) === '’s')) {
      // "the IMF's executive board approved", "Russia's defence ministry said": the possessor acts through what it owns
      if (possessedSubject(view, j + 2, at)) return slot;
      j = first;
      continue;
    }
    return slot;
  }
  return null;
}

/** No preposition or comma in words [from, to) but those of a time adverbial ("on Friday"). */
function noPhraseBetween(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to;) {
    const after = skipTimeAdverbial(words, k);
    if (after > k) { k = after; continue; }
    if (PREPOSITIONS.has(wordAt(words, k)) || wordAt(words, k) === ',') return false;
    k++;
  }
  return true;
}

/** `Russia and China`, `Russia, China`: the slots coordinated with `slot` on its left. */
function withCompounds(view: View, slot: Slot, _dir: -1): Slot[] {
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
    const other = slotAt[at];
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
function amongThoseWho(words: readonly string[], at: number): number {
  const relative = wordAt(words, at - 1);
  if ((relative !== 'that' && relative !== 'which' && relative !== 'who') || !PARTY_PLURALS.has(wordAt(words, at - 2))) return -1;
  for (let k = at - 3; k > 0 && k >= at - 8; k--) {
    if (wordAt(words, k) !== 'among') continue;
    return BE_FORMS.has(wordAt(words, k - 1)) ? k - 1 : -1;
  }
  return -1;
}

/** `by X` after `at`: the person in the agent phrase when there is one, else its first entity. */
/** Prepositions of time that open a phrase of another act ("after his arrest by", "since its capture by"). */
const TIME_LINKS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'following', 'during']);

function byAgent(view: View, at: number, _unit: Unit): Slot[] {
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

/** The recipient: the first of the entry's slots found right of the trigger, in text order. */
/** Words that open a clause of another act: a recipient is not looked for past them. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set(['since', 'until', 'while', 'when', 'because', 'where', 'although', 'though', 'unless', 'whereas']);

/** The token after a verdict `as` + a word or two (quoted or not) at `from` ("as 'baseless'", "as lies"); `from` itself when none. */
function pastVerdict(view: View, from: number): number {
  const { words, slotAt, tokens } = view;
  if (wordAt(words, from) !== 'as') return from;
  let j = from + 1;
  let said = 0;
  for (; j < words.length && j < from + 6 && !slotAt[j]; j++) {
    // (quoted by single marks as well: "as 'baseless'")
    if (scareQuote(words, j) || /^['‘’]$/.test(tokens[j].text)) continue;
    if (!/^\p{Ll}+$/u.test(tokens[j].text) || DETERMINERS.has(wordAt(words, j)) || PREPOSITIONS.has(wordAt(words, j))) break;
    said++;
  }
  return said > 0 && said <= 2 && slotAt[j] ? j : from;
}

function findRecipients(ctx: Context, view: View, slots: readonly RecipientSlot[], from: number, actors: readonly Slot[], entry?: TriggerEntry): Slot[] {
  const { words, slotAt, tokens } = view;
  // a pattern that ends in its recipient's preposition ("mediate between", "talks with")
  if (from > 0 && slots.includes(wordAt(words, from - 1) as RecipientSlot) && wordAt(words, from - 1) !== 'obj') from--;
  const actorIds = new Set(actors.map((a) => a.entity.id));
  // a name with no actor code ("Patriot systems") is read past, not taken as the recipient
  const usable = (s: Slot | undefined): s is Slot => s !== undefined && (s.pending !== undefined || (!actorIds.has(s.entity.id) && Boolean(s.entity.actor || s.entity.country)));
  let fallback: Slot[] | null = null;
  // "struck what Islamabad said were Pakistani Taliban hideouts": the one who says so is no target; the object follows
  if (wordAt(words, from) === 'what' && slotAt[from + 1]) {
    const said = nextAfterSlot(view, from + 1);
    if (SPEECH_VERBS.has(wordAt(words, said)) && BE_FORMS.has(wordAt(words, said + 1))) from = said + 2;
  }
  // ("rejected as 'baseless' New Delhi's charge", "dismissed as lies U.S. accusations": a verdict put before the object is read past)
  if (slots.includes('obj') && (entry?.type === 'REJECT' || entry?.type === 'ACCUSE')) from = pastVerdict(view, from);
  // ("urged donors to fund its Haiti operations": an appeal to no coded party has no recipient further on)
  // ("called on creditor banks to ease pressure on Argentina's terms": past the trigger's own preposition, read from the word after it)
  if (slots.includes('obj') && entry?.type === 'REQUEST' && (uncodedAddressee(words, from) || (APPEAL_PREPOSITIONS.has(wordAt(words, from)) && uncodedAddressee(words, from + 1)))) return [];
  let reach = from + 14;
  for (let j = from; j < words.length && j < reach; j++) {
    const w = wordAt(words, j);
    // "marched in Tehran, chanting slogans against Israel": the protest's target is past the comma
    if (w === ',' && j > from && entry?.type === 'PROTEST' && PROTEST_MANNER.has(wordAt(words, j + 1))) continue;
    // ("wrecked by Russian missile strikes, Foreign Minister Kamikawa told a conference in Berlin": a comma right after the trigger
    // ends it too when a name follows, not in a list: "flew 100 tonnes of food, medicine and supplies to Myanmar")
    // ("into a "defensive" military exercise near its border with Guyana": scare quotes end no phrase)
    if (scareQuote(words, j)) continue;
    // ("extradited Ovidio Guzman, a son of drug lord Joaquin Guzman, to the United States": an apposition of the person
    // taken is read past)
    if (w === ',' && j > from && slotAt[j - 1]?.entity.type === 'person') {
      const close = appositionEnd(view, j);
      if (close > 0) { reach += close - j; j = close; continue; }
    }
    // ("to cut off supplies of oil, gas and other goods to Lithuania": a comma inside a list of things)
    if (w === ',' && j > from && listComma(view, j)) continue;
    // ("launched a major offensive, codenamed Karbala-5, towards the major southern Iraqi port of Basra": the name an operation is
    // given, set off by commas, is read past)
    if (w === ',' && j > from && OPERATION_NAMING.has(wordAt(words, j + 1))) {
      const close = words.indexOf(',', j + 1);
      if (close > 0 && close - j <= 6) { reach += close - j; j = close; continue; }
    }
    if (BOUNDARY.has(w) || w === '.' || (w === ',' && (j > from || startsUpper(tokens[j + 1]?.text ?? '')))) break;
    if (w === 'by' && j > from && !slots.includes('by')) break;
    // ("his fifth trip to the region since Hamas's attack on Israel": a clause opened after the trigger holds another act's parties)
    if (j > from && CLAUSE_STOPS.has(w)) break;
    // ("on standby in response to Russia's build-up ... near Ukraine's border": what is answered is another act, not the target)
    // ("freed 222 political prisoners on Thursday and flew them to the United States": a verb after `and` opens an act of its own)
    if (w === 'and' && j > from && !slotAt[j + 1] && opensVerb(wordAt(words, j + 1))) break;
    // ("its forces struck at a second on Monday in retaliation for an Iranian missile attack on a U.S.-flagged Kuwaiti ship": the act
    // answered is another's, with parties of its own; a threat's is the one it answers: "take resolute measures ... in response to
    // the U.S. decision")
    if (w === 'in' && entry?.type !== 'THREATEN' && ANSWER_NOUNS.has(wordAt(words, j + 1))) break;
    // ("stripped 94 critics of President Daniel Ortega of their citizenship": a ruler's critics are the opposition of his country)
    if (slots.includes('obj') && j - from <= 3 && CRITICS.has(w) && wordAt(words, j + 1) === 'of') {
      const ruler = slotAt[partyAt(view, j + 2)];
      if (ruler && ruler.entity.sector === 'GOV' && ruler.entity.country) return [groupSlot(ctx, ruler.entity.country, 'OPP', tokens[j].start, tokens[j].end)];
    }
    // direct object: a mention right after the trigger (determiners, adjectives and amounts allowed)
    if (slots.includes('obj') && j - from <= 8) {
      // ("met visiting Japanese Vice Foreign Minister Taro Nakayama": the title before a person's name is the name's, with no other
      // name before it)
      let lead = slotAt[j]?.entity.type === 'person' ? titleStart(view, from, j) : j;
      for (let x = from; x < lead && lead < j; x++) if (slotAt[x] && slotAt[x] !== slotAt[j]) lead = j;
      const between = words.slice(from, lead).filter((x, i) => !AMOUNT_WORDS.has(x) && !/^[\d$€£]/.test(x) && !(x === 'of' && AMOUNT_WORDS.has(wordAt(words, from + i - 1) ?? '')));
      if (between.length <= 3 && !between.some((x) => PREPOSITIONS.has(x) || x === ',')) {
        // "detained Istanbul Mayor Ekrem Imamoglu": a place before a titled person names the office, the person is the target
        if (slotAt[j] && slotAt[j]!.entity.type === 'location') {
          const after = nextAfterSlot(view, j);
          const person = after < tokens.length ? slotAt[after] ?? (startsUpper(tokens[after].text) && after + 1 < tokens.length ? slotAt[after + 1] : undefined) : undefined;
          if (person && person.entity.type === 'person' && usable(person)) return recipientSlots(ctx, view, slotAt[after] ? after : after + 1, actorIds);
        }
        // ("freed Wall Street Journal reporter Evan Gershkovich and former U.S. Marine Paul Whelan": a body in the title of the person
        // named right after it, of the body's own code, is the person's; the person is the target, and a list goes on after the name)
        if (slotAt[j] && slotAt[j]!.entity.type === 'organization') {
          const after = nextAfterSlot(view, j);
          const person = after + 1 < tokens.length && /^\p{Ll}+$/u.test(tokens[after].text) ? slotAt[after + 1] : undefined;
          if (person && person.entity.type === 'person' && usable(person) && person.entity.actor === slotAt[j]!.entity.actor
            && person.entity.titles.some((t) => t.includes(tokens[after].text))) return recipientSlots(ctx, view, after + 1, actorIds);
        }
        // "listed Iran's Revolutionary Guards as": the possessed body is the object
        if (slotAt[j] && POSSESSIVE_MARKS.has(wordAt(words, nextAfterSlot(view, j))) && slotAt[nextAfterSlot(view, j) + 1] && usable(slotAt[nextAfterSlot(view, j) + 1])
          && !slotAt[nextAfterSlot(view, j) + 1]!.group) return recipientSlots(ctx, view, nextAfterSlot(view, j) + 1, actorIds);
        // ("welcomed the Louvre Agreement", "the Minsk accords": a place naming a document is no party)
        if (placeNamingThing(view, j, entry)) { j = nextAfterSlot(view, j); continue; }
        if (slotAt[j] && usable(slotAt[j]) && !isBarePossessive(view, j) && !hyphenedModifier(view, j)) {
          // "froze the U.S. assets of Wuhan Xiaoruizhi": the owner named after `of` is the target, the name before the noun only where the assets are
          const owner = ownerAfter(view, j);
          if (owner < 0) return recipientSlots(ctx, view, j, actorIds);
          return usable(slotAt[owner]) ? recipientSlots(ctx, view, owner, actorIds) : [];
        }
        // ("imposed sanctions on Sudan's army chief, General al-Burhan, accusing his forces of bombing schools": the forces of the
        // party named last before)
        const forces = ownersForces(ctx, view, j, actorIds);
        if (forces) return [forces];
        const held = heldPerson(ctx, slotAt[j], actors, entry);
        if (held) return [held];
        const own = domesticTarget(ctx, view, j, actors, actorIds, entry) ?? rebelTarget(ctx, view, j, actors, actorIds, entry) ?? otherGovernment(ctx, view, j, actors);
        if (own) return own;
        // "blaming hackers working for Russian military intelligence": people named by their master are that master's
        const master = proxyMaster(view, j);
        if (master >= 0 && usable(slotAt[master])) return recipientSlots(ctx, view, master, actorIds);
        const ship = shipTold(ctx, view, j, from, entry) ?? siteTold(ctx, view, j, actors, entry);
        if (ship) return [ship];
        // "raided a second Iranian oil rig in retaliation for an attack on a Kuwaiti ship": the object's country, not a later name
        fallback ??= demonymRecipient(ctx, view, j, actors, actorIds, entry);
        if (fallback) return fallback;
      }
    }
    // ("held drills off Taiwan": `off` is a recipient's preposition only where the trigger says so; else a particle, "called off")
    if (PREPOSITIONS.has(w) || w === 'that' || (w === 'off' && slots.includes('off'))) {
      const slot = w as RecipientSlot;
      // "threatened to close ...": an infinitive, not a recipient; read on into its clause
      // (a trigger that embeds nothing ends its reach there: "rejected demands to halt purchases from Russia")
      if (w === 'to' && isInfinitive(view, j + 1)) { if (entry && !entry.embeds) break; continue; }
      if (!slots.includes(slot)) continue; // another prepositional phrase ("via video link"): read on
      let limit = j + 6;
      for (let k = j + 1; k < words.length && k <= limit; k++) {
        // "to its border with Belarus": the neighbour
        if (wordAt(words, k) === 'border' && wordAt(words, k + 1) === 'with') { k++; continue; }
        // ("drone attacks on the Red Sea city of Port Sudan": the place a described town is named by, read past the description)
        if (wordAt(words, k) === 'of' && TOWN_HEADS.has(wordAt(words, k - 1))) limit = Math.max(limit, k + 3);
        // "recalled its ambassadors from the three countries": the three named before
        const named = countriesNamedBefore(ctx, view, k, actorIds);
        if (named.length > 0) return named;
        // "attacks on shipping in the Gulf and U.S. officials said": a name past `and` with none before it is another clause's
        // ("delivered food to more than 200,000 people in Sudan's Darfur region": people of a place are of its country)
        if ((wordAt(words, k) === 'in' && PEOPLE_IN.has(wordAt(words, k - 1))) || (wordAt(words, k) === 'than' && AMOUNT_WORDS.has(wordAt(words, k - 1)))) continue;
        // ("a tariff on all imports from Colombia": whose goods they are; so for any goods a trade measure is on: "dumping duties on frozen
        // orange juice from Brazil", "tariffs on computer microchips imported from Japan")
        if (wordAt(words, k) === 'from' && (GOODS_WORDS.has(wordAt(words, k - 1)) || tradeMeasure(entry))) continue;
        if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',' || wordAt(words, k) === 'and' || wordAt(words, k) === 'but' || CLAUSE_STOPS.has(wordAt(words, k)) || (PREPOSITIONS.has(wordAt(words, k)) && wordAt(words, k) !== 'of' && !AMOUNT_WORDS.has(wordAt(words, k)))) break;
        // ("would not agree to a deal at the Geneva superpower talks": the place of talks or a document is no party)
        if (placeNamingThing(view, k, entry)) { k = nextAfterSlot(view, k) - 1; continue; }
        if (slotAt[k] && usable(slotAt[k]) && !isBarePossessive(view, k) && !hyphenedModifier(view, k)) {
          const found = recipientSlots(ctx, view, k, actorIds);
          return slot === 'that' ? [...found, ...secondThatParty(ctx, view, nextAfterSlot(view, k), actorIds, found)] : found;
        }
        // ("on his first visit to the Caribbean country": the country named last before, not the actor's)
        // (described: "the country" alone is as often the speaker's own: "loans to the country", "go to the country")
        // ("shut its embassy in the capital": the capital of the country named last before)
        // ("accusations that its neighbour was stealing oil": the other country named before)
        // ("declared a state of emergency in the Pacific territory": a territory or island of a region named, the last one named before)
        const placeBack = !slotAt[k] && wordAt(words, k) === 'the' && placeNamedBack(view, k) ? regionAt(view, k) : null;
        // ("gave Niger's junta one week ... and imposed financial sanctions on the country": sanctions on "the country" alone are on the
        // other country named last; one sanctions no country of one's own)
        if (entry?.type === 'SANCTION' && !slotAt[k] && wordAt(words, k) === 'the' && wordAt(words, k + 1) === 'country' && !slotAt[k + 1] && endsPhrase(view, k + 2)) {
          const named = lastCountryBefore(ctx, tokens[k].start, actors);
          if (named) return [slotOf(named, tokens[k].start, tokens[k + 1].end)];
        }
        if (!slotAt[k] && ((wordAt(words, k) === 'the' && (wordAt(words, k + 1) === 'capital' || (!STATE_BACK_HEADS.has(wordAt(words, k + 1)) && STATE_BACK_HEADS.has(backHead(view, k) ?? ''))))
          || ((wordAt(words, k) === 'its' || wordAt(words, k) === 'their') && RIVAL_HEADS.has(wordAt(words, k + 1)) && !entry?.mutual) || placeBack)) {
          const named = lastCountryBefore(ctx, tokens[k].start, actors, wordAt(words, k) === 'the' ? placeBack ?? regionAt(view, k) : null);
          if (named) return [slotOf(named, tokens[k].start, tokens[k].end)];
        }
        const ship = shipTold(ctx, view, k, from, entry) ?? siteTold(ctx, view, k, actors, entry);
        if (ship) return [ship];
        // ("use force against the soldiers who seized power in Niger": the forces of the country they took)
        const putschists = juntaOf(ctx, view, k);
        if (putschists) return [putschists];
        const own = domesticTarget(ctx, view, k, actors, actorIds, entry) ?? rebelTarget(ctx, view, k, actors, actorIds, entry) ?? otherGovernment(ctx, view, k, actors);
        if (own) return own;
        // ("concern about the continuing U.S. trade deficits": a demonym modifying what a concern is about is no party)
        if (slot !== 'about' && slot !== 'over') fallback ??= demonymRecipient(ctx, view, k, actors, actorIds, entry);
        if (slotAt[k]) k = nextAfterSlot(view, k) - 1;
      }
      continue;
    }
    if (slotAt[j]) j = nextAfterSlot(view, j) - 1;
  }
  return fallback ?? [];
}

/**
 * "demanded that Rwandan troops leave Congo and that M23 rebels halt their offensive": the party of a second `that` clause joined
 * by `and` to the one read from `from` is told the same; none when there is no such clause.
 */
function secondThatParty(ctx: Context, view: View, from: number, actorIds: ReadonlySet<string>, first: readonly Slot[]): Slot[] {
  const { words, slotAt } = view;
  for (let k = from; k + 2 < words.length && k < from + 25; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.') return [];
    if (w !== 'and' || wordAt(words, k + 1) !== 'that') continue;
    const j = partyAt(view, k + 2);
    const slot = slotAt[j];
    if (!slot || !slot.entity.actor || actorIds.has(slot.entity.id) || first.some((f) => f.entity.id === slot.entity.id)) return [];
    return recipientSlots(ctx, view, j, actorIds);
  }
  return [];
}

/** Heads of a place described before its name: "the Red Sea city of Port Sudan", "the northern town of Kidal". */
const TOWN_HEADS: ReadonlySet<string> = new Set(['city', 'town', 'port', 'village', 'region', 'province', 'district', 'state', 'island', 'capital', 'enclave']);

/** Verbs of speaking with or receiving a visitor, before "visiting" and the visitor's name ("told visiting", "met his visiting"). */
const RECEIVING_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'met', 'meets', 'received', 'receives', 'welcomed', 'welcomes', 'greeted', 'greets', 'hosted', 'hosts', 'assured', 'assures', 'urged', 'urges', 'thanked', 'thanks']);

/** The person named (past title words) right after "visiting" ending at `end`, when "visiting" describes them; else null. */
function visitingGuest(view: View, end: number): Slot | null {
  if (wordAt(view.words, end - 1) !== 'visiting') return null;
  let k = end;
  // (a country in the title: "visiting former U.S. President Richard Nixon")
  const inTitle = (j: number): boolean => !view.slotAt[j] || (view.slotAt[j]!.entity.type === 'country' && view.slotAt[j + 1] !== view.slotAt[j] && startsUpper(view.tokens[j + 1]?.text ?? ''));
  // ("visiting U.S. Under-Secretary of State for Economic Affairs Allen Wallis", "the visiting Polish leader Wojciech Jaruzelski")
  while (k < view.words.length && k < end + 9 && inTitle(k) && (startsUpper(view.tokens[k].text) || wordAt(view.words, k) === 'former' || wordAt(view.words, k) === 'of'
    || wordAt(view.words, k) === 'for' || personNoun(wordAt(view.words, k)))) k++;
  const slot = view.slotAt[k];
  return slot && slot.entity.type === 'person' && (slot.entity.actor || slot.entity.country) ? slot : null;
}

/** The first token of the capitalised title words ("Vice Foreign Minister", "Deputy Secretary of State") right before `j`, after `from`. */
function titleStart(view: View, from: number, j: number): number {
  const { tokens, slotAt } = view;
  // (words in title case or a country, "U.S.": not a name of another body, "Federal Reserve Board Chairman Paul Volcker", nor a
  // heading's capitals)
  const titleWord = (t: number): boolean => slotAt[t] ? slotAt[t]!.entity.type === 'country' : startsUpper(tokens[t].text) && /\p{Ll}/u.test(tokens[t].text);
  let k = j;
  while (k > from && (titleWord(k - 1) || (wordAt(view.words, k - 1) === 'of' && k - 1 > from && titleWord(k - 2)))) k--;
  return k;
}

/** Words that tell a group as of other countries ("foreign companies", "overseas banks"). */
const ABROAD_WORDS: ReadonlySet<string> = new Set(['foreign', 'overseas', 'multinational', 'non-opec']);

/** "arrested dozens of protesters", "called on the government": a domestic target of the actor's country (findRecipients' word at k). */
function domesticTarget(ctx: Context, view: View, k: number, actors: readonly Slot[], actorIds: ReadonlySet<string>, entry: TriggerEntry | undefined): Slot[] | null {
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
  let sector = two ?? DOMESTIC.get(wordAt(words, k)) ?? (onForces ? SECURITY_SECTORS.get(wordAt(words, k)) : onPeople ? '' : undefined);
  if (sector === undefined) return null;
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
  let country = actors.find((a) => a.entity.country)?.entity.country;
  if (!country) return null;
  // ("Duarte appealed to the rebels": a government's own rebels; others' may be anyone's: "to encourage anti-Baghdad Kurdish rebels")
  if (sector === 'REB' && !actors.every((a) => a.entity.sector === 'GOV' || a.entity.sector === 'MIL')) return null;
  // "Police in Thailand and Myanmar arrested 12 suspects": whose people they are is not told
  if (actors.some((a) => a.entity.country && a.entity.country !== country)) return null;
  // ("ADDIS ABABA - ... Ethiopia's relief agency ..., and the U.S. embassy urged both the government and the rebels": a foreign
  // side's words to "the government" or "the rebels" of a story from a country its sentence names are to that country's)
  if ((sector === 'REB' || sector === 'GOV') && ctx.home && ctx.home !== country && slotAt.some((s) => s && s.entity.country === ctx.home)) country = ctx.home;
  const entity = groupEntity(ctx, country, sector, { start: tokens[k].start, end: tokens[k].end, text: tokens[k].text });
  if (actorIds.has(entity.id)) return null;
  return [slotOf(entity, tokens[k].start, tokens[k].end, undefined, true)];
}

/** Whether the verb at `k` is an infinitive's, split by an adverb or not ("to immediately cease"). */
function infinitiveAt(words: readonly string[], k: number): boolean {
  return wordAt(words, k - 1) === 'to' || (/ly$/.test(wordAt(words, k - 1)) && wordAt(words, k - 2) === 'to');
}

/** Words from token `from` to `to`, a name counted as one ("urged the leaders of Sudan's army and the paramilitary Rapid Support Forces to"). */
function wordsApart(view: View, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!view.slotAt[k] || view.slotAt[k] !== view.slotAt[k - 1]) n++;
  return n;
}

/**
 * "raided opposition party offices", "raided the homes of opposition activists": the group whose premises a raid told from token
 * `from` names, before the premises or after their "of", of the raiders' own country; none when no such group is told.
 */
function premisesOwner(ctx: Context, view: View, from: number, actors: readonly Slot[]): Slot[] {
  const { words } = view;
  const ids = new Set(actors.map((a) => a.entity.id));
  for (let k = from; k < words.length && k <= from + 4; k++) {
    if (!PREMISES.has(words[k])) continue;
    const owners = wordAt(words, k + 1) === 'of' ? [k + 2, k + 3, k + 4] : [k - 2, k - 1];
    for (const j of owners) {
      const owner = j >= from ? domesticTarget(ctx, view, j, actors, ids, POLICE_RAID_ENTRY) : null;
      if (owner) return owner;
    }
    return [];
  }
  return [];
}
/** Premises a raid enters. */
const PREMISES: ReadonlySet<string> = new Set(['offices', 'office', 'homes', 'home', 'headquarters', 'premises', 'house', 'houses', 'residence', 'residences']);

/** Campaigners whose cause, told before them, sets them against those in power. */
const ACTIVISTS: ReadonlySet<string> = new Set(['activists', 'campaigners', 'dissidents', 'leaders', 'figures', 'politicians']);
const CAMPAIGN_FOR: ReadonlySet<string> = new Set(['pro-democracy', 'democracy', 'anti-government', 'anti-apartheid', 'independence', 'separatist']);
/** Things, not people, that kill in a sentence ("fighting ... killed dozens of civilians"). */
const KILLING_THINGS: ReadonlySet<string> = new Set(['fighting', 'clashes', 'war', 'battle', 'battles', 'violence', 'explosion', 'blast', 'bombing', 'shelling', 'crossfire']);
/** People with no side named, and the places they live in, whom armed men attack ("killed at least 80 people", "stormed a village"). */
const PEOPLE_HEADS: ReadonlySet<string> = new Set(['people', 'civilians', 'villagers', 'residents', 'passengers', 'farmers', 'children', 'worshippers', 'students', 'patients', 'workers',
  'village', 'villages', 'town', 'towns', 'market', 'hospital', 'school', 'camp', 'camps', 'bus']);

/**
 * "Air force planes bombed suspected rebel bases in the Jaffna peninsula", "its jets later struck the attackers", "Pakistani troops
 * killed 12 militants": an armed attack by a state's side on armed men no one names is on the rebels of the place named after them,
 * else of the country the story is about, else of the attacker's own country (findRecipients' word at k).
 */
function rebelTarget(ctx: Context, view: View, k: number, actors: readonly Slot[], actorIds: ReadonlySet<string>, entry: TriggerEntry | undefined): Slot[] | null {
  const { words, slotAt, tokens } = view;
  // (a war or fight is told each way by its own rule)
  if (entry?.type !== 'ASSAULT' || entry.mutual || slotAt[k] || actors.length === 0) return null;
  const armed = REBEL_WORDS.has(wordAt(words, k)) ? k : REBEL_MODIFIERS.has(wordAt(words, k)) && REBEL_HOLDINGS.has(wordAt(words, k + 1)) && !slotAt[k + 1] ? k + 1 : -1;
  if (armed < 0 || !actors.every((a) => a.entity.country && a.entity.sector !== 'REB' && a.entity.sector !== 'OPP')) return null;
  // ("Pakistani jets bombed suspected militant hideouts in Afghanistan": a strike across a border is on the country, told as before;
  // "Turkish warplanes bombed Kurdish militant positions there", northern Syria named before: no one's rebels the text places)
  const home = homeOf(ctx, view);
  const place = placeAfter(ctx, view, armed + 1);
  const own = (c: string | null): boolean => actors.some((a) => a.entity.country === c);
  // (a story from another country's capital, or a sentence naming another country or people, "repelled an Iranian assault ...
  // inflicting casualties on the attackers", does not say whose armed men they were; nor do "guerrilla targets" placed nowhere,
  // struck across a border as often as at home)
  const otherNamed = () => view.slotAt.some((s) => s && s.entity.country && !own(s.entity.country))
    || view.tokens.some((t) => { const c = DEMONYMS.get(t.text); return c !== undefined && !own(c); });
  const foreign = () => (home && !own(home)) || otherNamed();
  // ("its troops killed 40 attackers near Basra after an Iranian assault": not even at home)
  const country = place ? ((own(place) || place === home) && !otherNamed() ? place : null)
    : home && own(home) ? home
    : armed !== k || foreign() ? null : actors[0].entity.country;
  if (!country) return null;
  const entity = groupEntity(ctx, country, 'REB', { start: tokens[k].start, end: tokens[armed].end, text: ctx.text.slice(tokens[k].start, tokens[armed].end) });
  return actorIds.has(entity.id) ? null : [slotOf(entity, tokens[k].start, tokens[armed].end, undefined, true)];
}
/**
 * "Xi told Biden that Beijing was ready to work with the incoming administration": an administration or government no one names is
 * that of the one other country the sentence names (findRecipients' word at k).
 */
function otherGovernment(ctx: Context, view: View, k: number, actors: readonly Slot[]): Slot[] | null {
  const { words, slotAt, tokens } = view;
  if (actors.length === 0 || slotAt[k]) return null;
  // ("called on the junta to release Bazoum", "the military regime": rulers no one would call the speaker's own, of the one other
  // country the sentence names, else of the last one named before it)
  const ruler = RULERS_NAMED_ONLY.has(wordAt(words, k)) ? k : RULERS_NAMED_ONLY.has(wordAt(words, k + 1)) && RULER_MODIFIERS.has(wordAt(words, k)) ? k + 1 : -1;
  if (ruler >= 0 && (wordAt(words, k - 1) === 'the' || wordAt(words, k - 1) === 'its')) {
    const others = new Set<string>();
    for (const s of slotAt) if (s && s.entity.country && !actors.some((a) => a.entity.country === s.entity.country)) others.add(s.entity.country);
    const country = others.size === 1 ? [...others][0] : others.size === 0 ? lastCountryBefore(ctx, tokens[k].start, actors)?.country : null;
    return country ? [groupSlot(ctx, country, 'GOV', tokens[k].start, tokens[ruler].end)] : null;
  }
  if ((wordAt(words, k) !== 'administration' && wordAt(words, k) !== 'government')) return null;
  // (a head after "the", "the incoming": not "government bonds", "government ministers", nor the subject of "the administration intended")
  // ("the government" after a country's own act is that country's: only a body of states, with no country, or "the incoming
  // administration" turns to another: "the IMF and World Bank had refused to continue financing ... pressing the government")
  const opener = wordAt(words, k - 1);
  if (!(GOVERNMENT_OPENERS.has(opener) || (opener === 'the' && actors.every((a) => !a.entity.country)))) return null;
  if (/^[a-z]+$/.test(tokens[k + 1]?.text ?? '') && !PREPOSITIONS.has(wordAt(words, k + 1)) && wordAt(words, k + 1) !== 'and') return null;
  const others = new Set<string>();
  for (const s of slotAt) if (s && s.entity.country && !actors.some((a) => a.entity.country === s.entity.country)) others.add(s.entity.country);
  if (others.size !== 1) return null;
  return [groupSlot(ctx, [...others][0], 'GOV', tokens[k].start, tokens[k].end)];
}

/** Rulers a text names only for another country ("the junta", "the military regime"). */
const RULERS_NAMED_ONLY: ReadonlySet<string> = new Set(['junta', 'regime']);
const RULER_MODIFIERS: ReadonlySet<string> = new Set(['military', 'ruling', 'new']);

/** Words right before another country's administration or government named as a whole ("the incoming administration"). */
const GOVERNMENT_OPENERS: ReadonlySet<string> = new Set(['incoming', 'new', 'next', 'outgoing']);

/** People set against a ruler ("critics of President Daniel Ortega"). */
const CRITICS: ReadonlySet<string> = new Set(['critics', 'opponents', 'critic', 'opponent']);
/** Armed men with no name of their own as a target ("killed 12 militants", "struck the attackers"). */
const REBEL_WORDS: ReadonlySet<string> = new Set(['militants', 'rebels', 'guerrillas', 'insurgents', 'jihadists', 'separatists', 'attackers', 'gunmen', 'extremists']);
/** What armed men hold, after a word that names them ("rebel bases", "guerrilla positions", "militant hideouts"). */
const REBEL_MODIFIERS: ReadonlySet<string> = new Set(['rebel', 'militant', 'guerrilla', 'insurgent', 'jihadist', 'separatist', 'extremist']);
const REBEL_HOLDINGS: ReadonlySet<string> = new Set(['bases', 'base', 'positions', 'hideouts', 'hideout', 'camps', 'camp', 'strongholds', 'stronghold', 'targets', 'fighters', 'units', 'posts', 'training']);

/** The country of a place named right after `from` ("in the Jaffna peninsula", "east of Kabul"), within its phrase. */
function placeAfter(ctx: Context, view: View, from: number): string | null {
  const { words, slotAt } = view;
  for (let k = from; k < words.length && k < from + 7; k++) {
    const w = wordAt(words, k);
    if (w === ',' || BOUNDARY.has(w) || CLAUSE_STOPS.has(w) || w === 'and' || w === 'as') return null;
    const slot = slotAt[k];
    if (!slot) continue;
    if (slot.entity.type !== 'location' && slot.entity.type !== 'country') return null;
    return slot.entity.country ?? CAPITALS.get(slot.entity.name) ?? lookupPlace(slot.entity.name)?.country ?? null;
  }
  return null;
}

/**
 * "rebuffed a Brazilian proposal", "spurned an offer from the Japanese prime minister": a demonym
 * (with the sector of a title after it) is the recipient when no name is found (findRecipients' fallback).
 */
function demonymRecipient(ctx: Context, view: View, k: number, actors: readonly Slot[], actorIds: ReadonlySet<string>, entry: TriggerEntry | undefined): Slot[] | null {
  const { words, slotAt, tokens } = view;
  // ("the U.S. attack on an abandoned iranian oil rig on monday": the archive's lower-case copy writes demonyms in lower case too)
  // (the demonym looked up first: `lowerCopy` reads the whole sentence)
  const capital = tokens[k] && !startsUpper(tokens[k].text) ? DEMONYMS.get(tokens[k].text.charAt(0).toUpperCase() + tokens[k].text.slice(1)) : undefined;
  const lowered = capital && lowerCopy(view) ? capital : undefined;
  if (slotAt[k] || !tokens[k] || (!startsUpper(tokens[k].text) && !lowered) || regionalDemonym(tokens[k - 1]?.text, tokens[k].text)) return null;
  // ("imports of South African uranium ore": a demonym of two words)
  const pair = tokens[k + 1] && !slotAt[k + 1] ? DEMONYM_PAIRS.get(tokens[k].text)?.get(tokens[k + 1].text) : undefined;
  const last = pair ? k + 1 : k;
  // ("an Israeli-linked container ship", "a Portuguese-flagged vessel": the country a thing is tied to)
  const country = pair ?? lowered ?? DEMONYMS.get(tokens[k].text) ?? tiedCountry(tokens, k);
  const next = tokens[last + 1];
  if (!country || !next || slotAt[last + 1] || !/^\p{Ll}/u.test(next.text) || actors.some((a) => a.entity.country === country)) return null;
  const sector = (wordAt(words, last + 2) !== '' ? TITLE_PAIRS.get(wordAt(words, last + 1))?.get(wordAt(words, last + 2)) : undefined) ?? TITLE_SECTORS.get(wordAt(words, last + 1)) ?? '';
  // one meets or hosts people ("the Chinese ambassador"), not things ("received British pounds"); one visits places ("arrived in
  // the Kazakh capital")
  if (!sector && entry?.type === 'CONSULT' && !(entry.mode === 'visit' && VISITED_PLACES.has(wordAt(words, last + 1)))) return null;
  const span = { start: tokens[k].start, end: tokens[last].end, text: ctx.text.slice(tokens[k].start, tokens[last].end) };
  const entity = groupEntity(ctx, country, sector, span);
  return actorIds.has(entity.id) ? null : [slotOf(entity, span.start, span.end, undefined, true)];
}

/** A sentence of the archive's lower-case copy: a day of the week written in lower case ("on monday"). */
function lowerCopy(view: View): boolean {
  return view.tokens.some((t) => WEEKDAYS.has(t.text));
}

/**
 * The act noun a sentence opens with as the subject of the verb at `start` ("The move, welcomed by the Palestinian Authority, drew
 * swift condemnation from", "This decision drew criticism from"), or -1.
 */
function actSubject(view: View, start: number): number {
  const { words, slotAt } = view;
  if (start > 16 || (wordAt(words, 0) !== 'the' && wordAt(words, 0) !== 'this' && wordAt(words, 0) !== 'that')) return -1;
  const k = actNounWord(wordAt(words, 1), wordAt(words, 2)) ? 1 : actNounWord(wordAt(words, 2), wordAt(words, 3)) && /^[a-z-]+$/.test(view.tokens[1].text) ? 2 : -1;
  if (k < 0 || slotAt[k]) return -1;
  // (the verb is the subject's: right after it, or after an aside set off by commas)
  if (k + 1 === start || (wordAt(words, k + 1) === ',' && wordAt(words, start - 1) === ',')) return k;
  return -1;
}

/** Places a demonym before them puts in its country, for a visit ("the Kazakh capital", "the Chinese city of Xian"). */
const VISITED_PLACES: ReadonlySet<string> = new Set(['capital', 'city', 'port', 'town', 'province', 'region', 'island', 'resort']);

/**
 * A person of no known country held or tried by a state ("Honduran police arrested former President Juan Orlando Hernandez",
 * "Castillo was arrested by Peruvian police") is of the state that holds him: its country, as "arrested 105 people" is.
 */
function heldPerson(ctx: Context, slot: Slot | undefined, actors: readonly Slot[], entry: TriggerEntry | undefined): Slot | null {
  // (or tried by it: "a Brazilian court convicted former President Jair Bolsonaro")
  if (!slot || (entry?.mode !== 'arrest' && entry?.context !== 'legal') || slot.entity.type !== 'person' || slot.entity.actor || slot.entity.country) return null;
  const country = actors[0]?.entity.country;
  if (!country || actors.some((a) => a.entity.country !== country)) return null;
  const entity = groupEntity(ctx, country, '', { start: slot.start, end: slot.end, text: ctx.text.slice(slot.start, slot.end) });
  return actors.some((a) => a.entity.id === entity.id) ? null : slotOf(entity, slot.start, slot.end, undefined, true);
}

/**
 * The comma closing an apposition that opens at the comma `at` ("Ovidio Guzman, a son of drug lord Joaquin Guzman, to"):
 * an article and at most ten words with no verb of a trigger, then a comma and a preposition. -1 when there is none.
 */
/** Whether the comma at `at` joins lower-case nouns of one list ("oil, gas and other goods"): a noun on each side, `and` soon after. */
function listComma(view: View, at: number): boolean {
  const { words, tokens, slotAt } = view;
  if (slotAt[at - 1] || slotAt[at + 1] || !/^\p{Ll}+$/u.test(tokens[at - 1]?.text ?? '') || !/^\p{Ll}+$/u.test(tokens[at + 1]?.text ?? '')) return false;
  if (DETERMINERS.has(wordAt(words, at + 1)) || PREPOSITIONS.has(wordAt(words, at + 1)) || lexicon().inflected.has(wordAt(words, at + 1)) || wordAt(words, at + 1).endsWith('ing')) return false;
  for (let k = at + 2; k < words.length && k <= at + 4; k++) {
    if (wordAt(words, k) === 'and' || wordAt(words, k) === 'or') return true;
    if (wordAt(words, k) === ',' || PREPOSITIONS.has(wordAt(words, k)) || slotAt[k]) return false;
  }
  return false;
}

const QUOTE_CHARS: ReadonlySet<string> = new Set(['"', "'", '‘', '’', '“', '”']);

function appositionEnd(view: View, at: number): number {
  const { words } = view;
  const first = wordAt(words, at + 1);
  if (first !== 'a' && first !== 'an' && first !== 'the') return -1;
  for (let k = at + 2; k < words.length && k <= at + 12; k++) {
    const w = wordAt(words, k);
    if (w === ',') return PREPOSITIONS.has(wordAt(words, k + 1)) ? k : -1;
    // (a nickname in quotes: "Joaquin 'El Chapo' Guzman")
    if (w.length === 1 && QUOTE_CHARS.has(w)) continue;
    if (BOUNDARY.has(w) || w === '.' || w === 'who' || w === 'which' || w === 'that' || BE_FORMS.has(w)) return -1;
  }
  return -1;
}

/** The one country the sentence names besides the actors' (as a slot of the country), or null when it names none or several. */
function otherCountry(ctx: Context, view: View, actors: readonly Slot[]): Slot | null {
  let found: Slot | null = null;
  for (const slot of view.slotAt) {
    const country = slot?.entity.country;
    if (!slot || !country || slot.entity.actor?.startsWith('IGO') || actors.some((a) => a.entity.country === country)) continue;
    if (found && found.entity.country !== country) return null;
    found ??= slot;
  }
  if (!found) return null;
  const entity = countryEntity(ctx, found.entity.country!) ?? groupEntity(ctx, found.entity.country!, '', { start: found.start, end: found.end, text: ctx.text.slice(found.start, found.end) });
  return slotOf(entity, found.start, found.end);
}

/** "his forces", "their troops" at token k: the armed forces of the party with a country named last before k, not an actor. */
function ownersForces(ctx: Context, view: View, k: number, actorIds: ReadonlySet<string>): Slot | null {
  const { words, slotAt, tokens } = view;
  const owner = wordAt(words, k);
  if ((owner !== 'his' && owner !== 'her' && owner !== 'its' && owner !== 'their') || slotAt[k + 1] || SECURITY_SECTORS.get(wordAt(words, k + 1)) !== 'MIL' && wordAt(words, k + 1) !== 'forces') return null;
  for (let j = k - 1; j >= 0; j--) {
    const slot = slotAt[j];
    if (!slot || actorIds.has(slot.entity.id) || !slot.entity.country) continue;
    return groupSlot(ctx, slot.entity.country, 'MIL', tokens[k].start, tokens[k + 1].end);
  }
  return null;
}

/** "the soldiers who seized power in Niger" at token k: that country's armed forces. */
function juntaOf(ctx: Context, view: View, k: number): Slot | null {
  const { words, slotAt, tokens } = view;
  if (SECURITY_SECTORS.get(wordAt(words, k)) !== 'MIL' && wordAt(words, k) !== 'officers') return null;
  if ((wordAt(words, k + 1) !== 'who' && wordAt(words, k + 1) !== 'that') || !/^(?:seized|took|grabbed|seize|take)$/.test(wordAt(words, k + 2)) || wordAt(words, k + 3) !== 'power' || wordAt(words, k + 4) !== 'in') return null;
  const place = slotAt[k + 5];
  return place?.entity.country ? groupSlot(ctx, place.entity.country, 'MIL', tokens[k].start, tokens[k + 5].end) : null;
}

/** A country's forces named without a country: an armed attack on them is on the attacker's own country's. */
const SECURITY_SECTORS: ReadonlyMap<string, string> = new Map([['army', 'MIL'], ['military', 'MIL'], ['troops', 'MIL'], ['soldiers', 'MIL'], ['police', 'COP'], ['security', 'COP']]);
const SECURITY_HEADS: ReadonlySet<string> = new Set(SECURITY_SECTORS.keys());

/** Words that count what follows ("than 60", "dozens of", "several"): no articles or prepositions. */
const COUNT_WORDS: ReadonlySet<string> = new Set(['than', 'dozens', 'hundreds', 'thousands', 'scores', 'several', 'many', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Whether the name ending at token `last` is counted ("60 Houthi targets", "dozens of Israeli"): the word after it is a noun. */
function countedBefore(view: View, last: number): boolean {
  const first = view.slotStart[last] >= 0 ? view.slotStart[last] : last;
  const w = wordAt(view.words, first - 1);
  return (/^\d/.test(w) || COUNT_WORDS.has(w)) && /^\p{Lu}/u.test(view.tokens[first].text);
}

/** People a help reaches, named by where they are ("people in Darfur", "refugees in Chad"). */
const PEOPLE_IN: ReadonlySet<string> = new Set(['people', 'refugees', 'civilians', 'residents', 'families', 'victims', 'survivors', 'children', 'villagers', 'households']);

/**
 * "the U.S. assets of Wuhan Xiaoruizhi", "Russian accounts of the bank": a place or country name that
 * modifies a noun followed by `of` and another name; the index of that name, else -1.
 */
function ownerAfter(view: View, j: number): number {
  const slot = view.slotAt[j]!;
  if (slot.entity.type !== 'country' && slot.entity.type !== 'location') return -1;
  let k = nextAfterSlot(view, j);
  const noun = k;
  while (k < view.words.length && k < noun + 3 && /^\p{Ll}+$/u.test(view.tokens[k].text) && !PREPOSITIONS.has(wordAt(view.words, k))) k++;
  if (k === noun || wordAt(view.words, k) !== 'of') return -1;
  k++;
  if (wordAt(view.words, k) === 'the' && !view.slotAt[k]) k++;
  const owner = view.slotAt[k];
  return owner && owner !== slot ? k : -1;
}

/** "to close", "to retaliate": `to` before a lower-case word that is no determiner, amount or name. */
function isInfinitive(view: View, k: number): boolean {
  // (asked at a sentence's end too: a read past the tokens deoptimises the callers it is inlined in)
  if (k >= view.tokens.length) return false;
  const t = view.tokens[k];
  const w = wordAt(view.words, k);
  if (!t || view.slotAt[k] || !/^\p{Ll}+$/u.test(t.text)) return false;
  return !DETERMINERS.has(w) && !POSSESSIVES.has(w) && !AMOUNT_WORDS.has(w) && !/(?:s|ern|ian|ese)$/.test(w);
}

/**
 * Whether a party is named right after the verb at `start` (past an article and a name's own describing words: "the Cuban-backed
 * Angolan government") and the pattern ending at `end` goes on right after it.
 */
function objectBound(view: View, start: number, end: number): boolean {
  const { words, tokens, slotAt } = view;
  let at = wordAt(words, start + 1) === 'the' && !slotAt[start + 1] ? start + 2 : start + 1;
  while (at < end - 1 && at <= start + 5 && !slotAt[at] && (words[at] === '-' || /^\p{Lu}[\p{L}]*(?:-\p{L}+)*$/u.test(tokens[at].text) || /^\p{Ll}+$/u.test(tokens[at].text) && words[at - 1] === '-')) at++;
  return slotAt[at] !== undefined && nextAfterSlot(view, at) === end - 1;
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

function nextAfterSlot(view: View, j: number): number {
  const slot = view.slotAt[j];
  let k = j;
  while (k < view.words.length && view.slotAt[k] === slot) k++;
  return k;
}

/**
 * "his" in "his Chinese counterpart": the possessive is not the recipient, the noun after it is ("her" before a preposition or a mark
 * is the object itself: "invited her to visit").
 */
function isBarePossessive(view: View, j: number): boolean {
  const next = wordAt(view.words, j + 1);
  return POSSESSIVES.has(wordAt(view.words, j)) && view.slotStart[j] === j && nextAfterSlot(view, j) === j + 1 && view.slotAt[j]?.pending === undefined && j + 1 < view.words.length && !BOUNDARY.has(next)
    && !(wordAt(view.words, j) === 'her' && (PREPOSITIONS.has(next) || next === ',' || next === 'and'));
}

/**
 * Whether the name at token j only tells who backs the party after it: "the U.S.-backed Contra rebels", "the Iran-aligned Houthis"
 * (not whose flag or property it is: "a U.S.-flagged tanker", "a U.S.-owned mine" are that country's)
 */
function hyphenedModifier(view: View, j: number): boolean {
  const after = nextAfterSlot(view, j);
  // ("detained Kremlin critic Alexei Navalny": the seat of power names whom the person criticises)
  if (CRITIC_NOUNS.has(wordAt(view.words, after)) && view.slotAt[after + 1]?.entity.type === 'person') return true;
  // (written as one token, "Iran-aligned", or split after an abbreviation, "U.S. - backed")
  const joined = /-([a-z]+)$/.exec(view.tokens[after - 1].text);
  const participle = joined !== null ? joined[1] : wordAt(view.words, after) === '-' ? wordAt(view.words, after + 1) : '';
  // ("an Iranian missile attack on a U.S.-flagged Kuwaiti ship": a ship's flag told beside its own country is not whose it is)
  const next = joined !== null ? after : after + 2;
  return BACKING_PARTICIPLES.has(participle) || (FLAG_PARTICIPLES.has(participle) && DEMONYMS.has(view.tokens[next]?.text ?? ''));
}
const FLAG_PARTICIPLES: ReadonlySet<string> = new Set(['flagged', 'flag', 'registered']);
const CRITIC_NOUNS: ReadonlySet<string> = new Set(['critic', 'critics', 'opponent', 'opponents']);

/** Whether the word at `k` is joined by a hyphen, with no space on either side, to the word before it ("U.S." "-" "backed"). */
function hyphenJoined(view: View, k: number): boolean {
  const { tokens } = view;
  return k >= 2 && wordAt(view.words, k - 1) === '-' && tokens[k - 1].start === tokens[k - 2].end && tokens[k].start === tokens[k - 1].end;
}
const BACKING_PARTICIPLES: ReadonlySet<string> = new Set(['backed', 'aligned', 'allied', 'sponsored', 'funded', 'supported', 'trained', 'armed', 'installed', 'inspired', 'affiliated']);

/** The recipient at token j plus any coordinated with it ("with Russia and China"). */
function recipientSlots(ctx: Context, view: View, j: number, actorIds: ReadonlySet<string>): Slot[] {
  // "between the two delegations": both of the pair named before
  const pair = view.slotAt[j]!;
  if (pair.partner) return [slotOf(pair.partner, pair.start, pair.end, undefined, pair.group), pair];
  const first0 = j;
  if (view.slotAt[j]!.entity.type === 'country') {
    const body = possessedBody(view, j);
    if (body >= 0) j = body;
    for (let k = nextAfterSlot(view, j); body < 0 && k < view.words.length && k < j + 8; k++) {
      const s = view.slotAt[k];
      if (s && s.entity.type === 'person' && !actorIds.has(s.entity.id)) { j = k; break; }
      // "Jordan's King Abdullah II": the person after the country's possessive
      if (s || !/^(?:\p{Lu}|of$|for$|and$|'s$|’s$)/u.test(view.tokens[k].text)) break;
    }
  }
  const out: Slot[] = [view.slotAt[j]!];
  let k = nextAfterSlot(view, j);
  // "the leaders of Congo and Rwanda": the head and its first country are one group; the list goes on after the country
  // ("the trade ministers of the United States, ...": past the article before the country)
  if (wordAt(view.words, k) === 'of') {
    const first = wordAt(view.words, k + 1) === 'the' && !view.slotAt[k + 1] ? k + 2 : k + 1;
    if (view.slotAt[first]?.entity.id === out[0].entity.id) k = nextAfterSlot(view, first);
  }
  // "with France, the official Vietnam News Agency reported": a list joined by commas is one only when `and` closes it
  let sure = 1;
  for (;;) {
    if (k + 1 >= view.words.length || (wordAt(view.words, k) !== 'and' && wordAt(view.words, k) !== ',')) break;
    // ("spoke by phone with Rubio and with Egypt's foreign minister": the preposition of the first recipient told again)
    const at = wordAt(view.words, k) === 'and' && REPEATED_PREPOSITIONS.has(wordAt(view.words, k + 1)) && prepositionBefore(view, first0, wordAt(view.words, k + 1)) ? k + 2 : k + 1;
    // "against Israel and the United States": a determiner before the next name
    let next = wordAt(view.words, at) === 'the' && !view.slotAt[at] ? at + 1 : at;
    // ("Sudan's army and the paramilitary Rapid Support Forces": a lower-case modifier before the next name)
    // (not a verb: "visited Beijing and threatened Ukraine")
    if (!view.slotAt[next] && view.slotAt[next + 1] && lowerModifier(view, next)
      && !/(?:ed|ing|s)$/.test(wordAt(view.words, next)) && !lexicon().inflected.has(wordAt(view.words, next)) && !lexicon().byFirst.has(wordAt(view.words, next))) next++;
    // "between Somali President X and Ethiopian Prime Minister Abiy Ahmed": title words before the next person
    if (out[0].entity.type === 'person') {
      let t = next;
      while (t < next + 6 && t < view.words.length && (!view.slotAt[t] || view.slotAt[t]!.entity.type === 'country' || view.slotAt[t]!.group) && (startsUpper(view.tokens[t].text) || wordAt(view.words, t) === 'of')) t++;
      if (t > next && view.slotAt[t]?.entity.type === 'person') next = t;
    }
    const slot = view.slotAt[next];
    if (!slot || actorIds.has(slot.entity.id) || out.some((s) => s.entity.id === slot.entity.id)) break;
    // "blamed the United States, Israel's main backer": a possessive after the comma opens an apposition
    if (wordAt(view.words, k) === ',' && POSSESSIVE_MARKS.has(wordAt(view.words, nextAfterSlot(view, next)))) break;
    // ("freed 32 Armenian servicemen and Armenia released two soldiers": a name followed by a verb opens a clause of its own)
    if (lexicon().inflected.has(wordAt(view.words, nextAfterSlot(view, next))) && /ed$/.test(wordAt(view.words, nextAfterSlot(view, next)))) break;
    out.push(slot);
    if (wordAt(view.words, k) === 'and' || (slot.entity.type === out[0].entity.type && (slot.entity.type === 'country' || slot.entity.type === 'location'))) sure = out.length;
    k = nextAfterSlot(view, next);
  }
  void ctx;
  return out.slice(0, sure);
}

/**
 * "sanctions on Sudan's Rapid Support Forces", "on Sudan's paramilitary Rapid Support Forces": a coded body of the country named in
 * the possessive right before it (past a word or two of description) is the party meant, not the country; its index, else -1.
 */
function possessedBody(view: View, j: number): number {
  const country = view.slotAt[j]!.entity.country;
  let k = nextAfterSlot(view, j);
  if (!POSSESSIVE_MARKS.has(wordAt(view.words, k))) return -1;
  k++;
  for (const from = k; k < from + 2 && !view.slotAt[k] && lowerModifier(view, k); k++);
  const body = view.slotAt[k];
  return body && !body.group && body.entity.type === 'organization' && body.entity.actor && body.entity.country === country ? k : -1;
}

/** Prepositions a list of recipients may repeat after `and` ("with X and with Y", "to X and to Y"). */
const REPEATED_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'against', 'from']);

/** Whether `prep` opens the phrase of the recipient at j: among the three words before it, over title words. */
function prepositionBefore(view: View, j: number, prep: string): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    if (wordAt(view.words, k) === prep) return true;
    if (!startsUpper(view.tokens[k].text) && wordAt(view.words, k) !== 'the') return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

/** A verb in the third person present ("leaves", "visits"), not a form of be or have. */
/** Pronouns a plural present follows ("they arrive", "we meet"). */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);

function presentThird(words: readonly string[], k: number): boolean {
  const w = wordAt(words, k);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !BE_FORMS.has(w) && w !== 'has' && w !== 'does';
}

/**
 * A day ahead named in the verb's own clause: "leaves for Moscow on Tuesday", "arrives tomorrow",
 * "visits Japan next week" (not "is willing to host talks, the minister said on Tuesday").
 */
function futureDayAfter(words: readonly string[], end: number): boolean {
  for (let k = end; k < words.length && k < end + 8; k++) {
    const w = wordAt(words, k);
    if (w === ',' || BOUNDARY.has(w) || SPEECH_VERBS.has(w) || w === 'and' || w === 'after' || w === 'since') return false;
    // (not a day that names a thing: "recognises Gonzalez as the winner of Sunday's election")
    if ((WEEKDAYS.has(w) || w === 'tomorrow') && !POSSESSIVE_MARKS.has(wordAt(words, k + 1))) return true;
    if (w === 'next' && PERIODS.has(wordAt(words, k + 1))) return true;
    // ("travels to Moscow later this month", "flies to Beijing later this week")
    if (w === 'later' && wordAt(words, k + 1) === 'this' && PERIODS.has(wordAt(words, k + 2))) return true;
  }
  return false;
}

/** A verb of saying right before date words: "said on Saturday", "told reporters on Monday". */
const SAID_BEFORE = /\b(?:said|says|told\s+\w+|announced|added|reported)\s+(?:on\s+|late\s+on\s+)?$/;

/** The date words in the clause nearest the trigger (one the trigger spans over wins). */
/** Words between a date and a later act to come that make the date another clause's or the saying's. */
const FUTURE_CUT = /\b(?:after|before|while|since|said|says|announced|told|and\s+that)\b/;

/** A relative clause opened after a comma and not closed yet: ", which began". */
const RELATIVE_OPEN = /,\s+(?:which|who)\b[^,]*$/;

function nearestDate(ctx: Context, clause: Span, trigger: TextSpan, direction: Direction): Event['date'] {
  let date: Event['date'] = null;
  let bestGap = Infinity;
  for (const d of findDates(ctx.text, clause.start, clause.end, ctx.anchor, direction)) {
    // ("will press Japan to live up to commitments made six weeks ago": an act to come has no day already past)
    if (direction === 'future' && ctx.anchor && d.value < ctx.anchor.slice(0, d.value.length)) continue;
    // "will send Ukraine a Patriot system, the ministry said on Saturday": the day of the saying is not the day of an act to come
    // ("Erdogan said on Tuesday that Turkey would launch": before the trigger too)
    if (direction === 'future' && SAID_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 30), d.start))) continue;
    // ("will impose tariffs in retaliation for tariffs that Trump ordered earlier on Saturday": a day told as earlier is past)
    if (direction === 'future' && /\bearlier\s+(?:on\s+|this\s+|in\s+)?$/i.test(ctx.text.slice(Math.max(0, d.start - 20), d.start))) continue;
    // ("committed to draft a peace agreement by May 2": a deadline is no day of an act done)
    if (direction === 'past' && /\bby\s+$/.test(ctx.text.slice(Math.max(0, d.start - 4), d.start))) continue;
    // "promised on Tuesday to send": a date the trigger spans over is its own
    if (d.start >= trigger.start && d.end <= trigger.end) [date, bestGap] = [{ value: d.value, precision: d.precision, text: d.text }, -1];
    // ("Anwar Ibrahim, this year's ASEAN chair, met": a date that modifies a noun is no time of the act)
    // (in an apposition closed before the trigger)
    else if (d.end <= trigger.start && /^\s*['’]s\b/.test(ctx.text.slice(d.end, d.end + 3)) && /,\s*$/.test(ctx.text.slice(Math.max(0, d.start - 3), d.start))
      && ctx.text.slice(d.end, trigger.start).includes(',')) continue;
    else if (d.end <= trigger.start) {
      // "their drills, which began on Monday, and warned": a date in a relative clause closed before the trigger is that clause's
      if (RELATIVE_OPEN.test(ctx.text.slice(Math.max(clause.start, d.start - 60), d.start)) && ctx.text.slice(d.end, trigger.start).includes(',')) continue;
      // "backed down on Sunday, hours after Trump said he would impose tariffs": the day of another clause or of the saying is not an act to come's
      if (direction === 'future' && FUTURE_CUT.test(ctx.text.slice(d.end, trigger.start))) continue;
      const gap = trigger.start - d.end;
      if (gap < bestGap) [date, bestGap] = [{ value: d.value, precision: d.precision, text: d.text }, gap];
    } else if (d.start >= trigger.end) {
      // ("rejected demands for a rerun of October's parliamentary election": a date that modifies a noun is no time of the act)
      if (/^\s*['’]s\b/.test(ctx.text.slice(d.end, d.end + 3))) continue;
      // "agreed to revive mechanisms frozen since 2019": the date words themselves may block
      // (but an act told in the perfect since a time began then: "troops have been fighting Tamil guerrillas since last month",
      // "Washington has frozen Panamanian government funds since March")
      const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(trigger.end, d.start - 7), d.start))
        && PERFECT_BEFORE.test(ctx.text.slice(Math.max(clause.start, trigger.start - 30), trigger.start))
        && !DATE_BLOCKERS.test(ctx.text.slice(trigger.end, Math.max(trigger.end, d.start - 7)));
      if (since) {
        const gap = d.start - trigger.end;
        if (gap < bestGap) [date, bestGap] = [{ value: d.value, precision: d.precision, text: d.text }, gap];
        continue;
      }
      if (DATE_BLOCKERS.test(ctx.text.slice(trigger.end, d.end))) continue;
      const gap = d.start - trigger.end;
      if (gap < bestGap) [date, bestGap] = [{ value: d.value, precision: d.precision, text: d.text }, gap];
    }
  }
  return date;
}

function finish(
  ctx: Context,
  unit: Unit,
  view: View,
  pattern: Pattern,
  start: number,
  end: number,
  actors: Slot[],
  recipients: Slot[],
  statusFrom: number,
  pastForm: boolean,
): Candidate | null {
  const entry = pattern.entry;
  const { tokens, words } = view;
  // ("Fighters of the West Papua National Liberation Army seized Mehrtens", "kidnappers who seized him in Beirut": armed men
  // seizing a person take a hostage, 181, not property)
  if (entry.id === 'coerce.seize' && actors.length > 0 && actors.every((a) => a.entity.sector === 'REB') && seizedPerson(view, end)) {
    return finish(ctx, unit, view, { ...pattern, entry: ABDUCT_ENTRY }, start, end, actors, recipients, statusFrom, pastForm);
  }
  // ("300 tonnes of food sent by the Emirates arrived at Port Sudan", "the first Russian paratroopers landed in Kazakhstan"): goods
  // that arrive are aid delivered; forces that land are a mission's help where the sentence tells of one, else no visit
  // ("British Airways to fly to Tokyo non-stop": a company, or a body of no known kind, that flies or sails somewhere trades there,
  // no visit; a state's bodies have a sector)
  if (entry.id === 'consult.visit' && actors.length > 0 && actors.every((a) => a.entity.type === 'organization' && (a.entity.sector === 'BUS' || !a.entity.sector))
    && !/^visit/.test(words[start])) return null;
  if (entry.id === 'consult.visit' && ARRIVAL_VERBS.test(words[start])) {
    const at = subjectHead(view, start);
    const head = at >= 0 ? wordAt(words, at) : '';
    // (the force named by the head is the actor, not a body it serves: "400 Kenyan police officers of a U.N.-backed mission")
    const own = at >= 0 ? view.slotAt[at] ?? view.slotAt[at - 1] : undefined;
    if (own && own.entity.country && (own.entity.sector === 'MIL' || own.entity.sector === 'COP')) actors = [own];
    if (CARGO_NOUNS.has(head)) return finish(ctx, unit, view, { ...pattern, entry: ARRIVE_AID_ENTRY }, start, end, actors, recipients, statusFrom, pastForm);
    // ("a military transport plane carrying search-and-rescue specialists would land in Port Vila": a craft that lands visits no one)
    if (CRAFT_NOUNS.has(head)) return null;
    if (FORCE_NOUNS.has(head)) {
      if (!HELP_WORDS.some((w) => words.includes(w))) return null;
      return finish(ctx, unit, view, { ...pattern, entry: PEACEKEEPING_ENTRY }, start, end, actors, recipients, statusFrom, pastForm);
    }
  }
  // ("Kyrgyz police raided the offices of the outlet", "after police raided dozens of homes": police raiding coerce, they attack no one)
  if (entry.id === 'assault.attack' && actors.length > 0 && actors.every((a) => a.entity.sector === 'COP') && /^raid/.test(words[start])) {
    const raided = recipients.length > 0 ? recipients : premisesOwner(ctx, view, end, actors);
    return finish(ctx, unit, view, { ...pattern, entry: POLICE_RAID_ENTRY }, start, end, actors, raided, statusFrom, pastForm);
  }
  // ("Ecuadorean police stormed Mexico's embassy": a state's forces storming a mission raid it, no riot)
  if (entry.id === 'protest.riot' && actors.length > 0 && actors.every((a) => STATE_SECTORS.has(a.entity.sector ?? '')) && MISSION_WORDS.has(wordAt(words, end - 1))) {
    return finish(ctx, unit, view, { ...pattern, entry: RAID_MISSION_ENTRY }, start, end, actors, recipients, statusFrom, pastForm);
  }
  // ("The village that RSF fighters stormed", "The village was stormed by RSF fighters": armed forces or groups storming anything else
  // attack it, they do not riot)
  if (entry.id === 'protest.riot' && armedActors(actors) && /^storm/.test(words[start])) {
    // (the attack's own slots: "stormed a hotel in Mogadishu")
    const attacked = recipients.length > 0 ? recipients : findRecipients(ctx, view, ATTACK_ENTRY.recipient ?? [], end, actors, ATTACK_ENTRY);
    return finish(ctx, unit, view, { ...pattern, entry: ATTACK_ENTRY }, start, end, actors, attacked, statusFrom, pastForm);
  }
  // ("ordered the armed forces onto the streets to neutralise 22 criminal gangs", "moved reserves to Kursk to repel the Ukrainian
  // incursion": forces sent with no one named face those they are sent against)
  // ("India and Pakistan accused each other of violating the truce": each is the other's target)
  // (not an infinitive a treaty commits them to, "to assist each other", nor what is each other's: "not to attack each other's plants")
  if (recipients.length === 0 && actors.length > 1 && wordAt(words, start - 1) !== 'to' && !POSSESSIVE_MARKS.has(wordAt(words, end + 2))
    && ((wordAt(words, end) === 'each' && wordAt(words, end + 1) === 'other') || (wordAt(words, end) === 'one' && wordAt(words, end + 1) === 'another')
      // ("each side accused the other of": the other of the pair, no noun after it)
      || (wordAt(words, end) === 'the' && wordAt(words, end + 1) === 'other' && !/^\p{L}/u.test(view.tokens[end + 2]?.text ?? '.')) || (wordAt(words, end) === 'the' && wordAt(words, end + 1) === 'other' && PREPOSITIONS.has(wordAt(words, end + 2))))) recipients = [...actors];
  if (entry.type === 'MOBILIZE' && actors.length > 0 && recipients.every((r) => r.entity.country === actors[0].entity.country && !r.entity.sector)) {
    const faced = facedParty(ctx, view, end, actors, entry);
    if (faced.length > 0) recipients = faced;
  }
  // ("approved a 40 mln dlr loan to assist an economic reform program under way in Haiti", "two loans for agricultural projects in
  // Bangladesh and Nepal": money lent or given with no borrower named goes to the country its purpose is placed in)
  if (entry.type === 'AID' && entry.context === 'economic' && !entry.fromActs && actors.length > 0 && recipients.length === 0) recipients = purposePlace(ctx, view, end, actors, entry);
  // ("guerrillas ambushed an army patrol", "Contra rebels attacked a border post": a post or unit of no named country that a
  // country's own rebels strike is its forces, when the sentence names no other country and the dispatch is from no other)
  if (entry.type === 'ASSAULT' && recipients.length === 0 && actors.length === 1 && actors[0].entity.actor?.endsWith('REB') && actors[0].entity.country && pattern.frame === 'verb' && !pattern.passive) {
    const country = actors[0].entity.country;
    const k = armedPostAfter(view, end, actors[0]);
    const home = k >= 0 ? homeOf(ctx, view) : null;
    if (k >= 0 && (home === null || home === country) && onlyCountry(view, view.slotAt.length) === country) recipients = [groupSlot(ctx, country, 'MIL', tokens[k].start, tokens[k].end)];
  }
  // ("Russian forces captured the village of Ocheretyne", "The islands were seized by Soviet troops": a place of no coded name that
  // armed forces take is a seizure of territory, with no owner named)
  if (entry.placeAct && entry.id !== OCCUPY_ENTRY.id && recipients.length === 0 && armedActors(actors) && territoryTold(words, start, end)) {
    return finish(ctx, unit, view, asOccupation(pattern), start, end, actors, recipients, statusFrom, pastForm);
  }
  // ("M23 rebels have seized large parts of North Kivu province", "Leftist rebels attacked the capital": territory an armed group
  // takes or attacks, no country named, is its own country's)
  const home = entry.type === 'ASSAULT' && recipients.length === 0 ? rebelsHome(actors) : null;
  if (home && territoryTold(words, start, end)) recipients = [groupSlot(ctx, home, '', tokens[start].start, tokens[end - 1].end)];
  if (entry.personObject) {
    const held = heldObject(view, entry, recipients);
    if (held === 'place') return finish(ctx, unit, view, asOccupation(pattern), start, end, actors, recipients, statusFrom, pastForm);
    if (held === 'none') return null;
  }
  // status from the words between the clause start (or subject) and the trigger
  let k = statusFrom - 1;
  while (k >= 0 && statusFrom - k <= 6 && !BOUNDARY.has(wordAt(words, k)) && wordAt(words, k) !== ',' && !view.slotAt[k]) k--;
  const from = k + 1;
  // ("South African troops last May launched": the month is no modal)
  let before = ` ${words.slice(from, statusFrom).join(' ')} `;
  // (a `would` of reported speech, "and said it would expel Cambodia's envoy": the saying read back from the trigger, not only from
  // the start of the six words before it)
  const reported = (): boolean => reportedSpeech(words, from) || reportedSpeech(words, statusFrom - 1);
  if (before.includes(' may ')) before = ` ${withMonthMay(words, from, statusFrom)} `;
  // ("said his country would not be intimidated and thanked London": a past verb after `and` is out of the reach of the negation
  // of a modal or of `did`, which governs a bare verb; "Washington was not satisfied with the cuts and pressed for more": and of a
  // copula, whose complement it is not, unless the verb is a passive participle the copula still governs)
  const joined = joiningBefore(words, statusFrom);
  // (from one word before the status window, which may open on the `not` of its auxiliary)
  const negatedBefore = ` ${words.slice(Math.max(0, from - 1), joined).join(' ')} `;
  if (pastForm && pattern.frame === 'verb' && joined > from && (BARE_NEGATION.test(negatedBefore) || (!pattern.passive && COPULA_NEGATION.test(negatedBefore)))) before = ` ${words.slice(joined + 1, statusFrom).join(' ')} `;
  // "China will take resolute measures": only an announcement is a warning
  if (entry.toCome && (!ANNOUNCED.test(before) || NEGATION.test(before))) return null;
  // "his country would retaliate", "we will strike back": announced, the act is a threat, by whoever makes it
  actors = mapSlots(actors, (a) => capitalAsGovernment(ctx, leaderOfGroup(view, titledActor(view, a))));
  // "Erdogan said Ankara could launch a ground operation", "we will retaliate": an attack announced by the
  // attacker's own side is a threat of force made when said (138); told by others it is a forecast ("Crowe predicted Iran will retaliate")
  const threat = entry.type === 'ASSAULT' && ANNOUNCED.test(before) && !NEGATION.test(before) && saidByOwnSide(ctx, view, start, actors);
  // ("France protested over Canada's decision to close its ports", "Indonesia has protested against the EC plan"): a state that
  // protests lodges a protest with the doer of the act, a diplomatic complaint (114), not a street protest (a purpose, "summoned the
  // envoy to protest against", is the act it is the purpose of)
  if (entry.type === 'PROTEST' && pattern.frame === 'verb' && wordAt(words, start).startsWith('protest') && wordAt(words, start - 1) !== 'to' && actors.length > 0
    && actors.every((a) => STATE_SECTORS.has(a.entity.sector ?? '') || (!a.group && a.entity.type === 'country' && !modifiesNoun(view, a)))) {
    const act = condemnedAct(view, end);
    const doers = act >= 0 ? doerOf(ctx, view, act, end).filter((d) => d.entity.actor !== null || d.entity.country !== null) : recipients;
    return doers.length > 0 ? finish(ctx, unit, view, asStateProtest(pattern), start, end, actors, doers, statusFrom, pastForm) : null;
  }
  if (entry.sectors && !threat && !entry.mutual) actors = actors.filter((a) => entry.sectors!.includes(a.entity.sector ?? ''));
  // ("few operators are prepared to go out on a limb ahead of the meeting": one side's readiness told of people no party names
  // is no party's, not the last party named before them)
  if (entry.oneSided && pattern.frame === 'verb' && unnamedSubject(view, start)) return null;
  if (entry.notSectors) actors = actors.filter((a) => !entry.notSectors!.includes(a.entity.sector ?? ''));
  if (entry.stateRecipient) {
    recipients = recipients.filter((r) => r.entity.type === 'country' || r.entity.type === 'location' || r.entity.sector === 'GOV');
    if (recipients.length === 0) return null;
  }
  // ("Avalanches, landslides and floods have killed": a capitalised word the tagger took for a person, with no office, kills no one)
  // ("U.S. Warships bombarded": a group's head the tagger took for a name still acts)
  if (entry.type === 'ASSAULT') actors = actors.filter((a) => !(a.entity.type === 'person' && a.entity.sector === null && a.entity.titles.length === 0 && !a.entity.name.includes(' ') && !HEADS.has(a.entity.name.toLowerCase())));
  // a country named as such does not go on strike or march ("the United States had launched an offshore strike"); its people do
  // ("Students at several U.S. universities" keep the country of the noun it modifies)
  if (entry.type === 'PROTEST') actors = actors.filter((a) => a.group || a.entity.type !== 'country' || modifiesNoun(view, a));
  if (actors.length === 0) return null;
  // ("carried out live-fire drills in international waters off Australia's east coast", "began exercises ... in response to
  // Britain's deployment of a warship"): drills held alone that face a country beyond a border or an act answered are a show of force
  if (recipients.length === 0 && entry.alone?.type === 'MOBILIZE' && actors.length === 1) {
    const faced = borderParty(view, start, end, sideOf(actors[0].entity)) ?? answeredParty(view, end, sideOf(actors[0].entity));
    if (faced) return finish(ctx, unit, view, { ...pattern, entry: DRILLS_ENTRY }, start, end, actors, [faced.group && faced.entity.country ? countrySlot(ctx, faced) : faced], statusFrom, pastForm);
  }
  recipients = recipientsUnnamed(ctx, view, entry, start, end, actors, recipients);
  const trigger = { start: tokens[start].start, end: tokens[end - 1].end, text: ctx.text.slice(tokens[start].start, tokens[end - 1].end) };

  if (jointActAtHome(entry, actors, recipients)) recipients = [];
  recipients = subjectOwnsObject(view, start, end, actors) ?? recipients;
  // "against Kurdish militants in northern Syria": armed men of a place are that country's rebels, not the country
  recipients = mapSlots(recipients, (r) => {
    if (r.entity.type !== 'country' && r.entity.type !== 'location') return r;
    const country = r.entity.country;
    const before = ctx.text.slice(Math.max(0, r.start - 40), r.start);
    // ("struck more than 60 targets in Houthi-controlled areas of Yemen": the armed group holding the part of the country struck)
    const holder = HELD_BY.exec(before);
    const held = holder ? NONSTATE.get(holder[1]) : undefined;
    if (held) return groupSlot(ctx, held.slice(0, 3), held.slice(3), r.start, r.end);
    if (!country || !ARMED_OF_PLACE.test(before)) return r;
    return groupSlot(ctx, country, 'REB', r.start, r.end);
  });
  // "had written to Khamenei urging negotiations", "in a letter to the U.N. Secretary-General, asking": a request told by a
  // participle after a letter is to the one written to
  if (entry.type === 'REQUEST' && recipients.length === 0 && pattern.frame === 'verb' && /ing$/.test(wordAt(words, start))) {
    const addressee = writtenTo(view, start);
    if (addressee && !actors.some((a) => a.entity.id === addressee.entity.id)) recipients = [addressee];
  }
  // places given as recipients stand for their country; the place itself is kept
  let place: string | null = null;
  // "Russia and the United States swapped prisoners at Abu Dhabi airport": an exchange between two is between them (a place, or the
  // people exchanged placed there, are no third party)
  if (actors.length > 1 && /^(?:exchang|swap)/.test(wordAt(view.words, start))) recipients = [];
  recipients = mapSlots(recipients, (r) => {
    // "his trip to Moscow": a visit is to the country, even where coreference read the capital as its government
    if (r.entity.type !== 'location' && entry.type === 'CONSULT' && entry.mode === 'visit') {
      const written = ctx.text.slice(r.start, r.end);
      const capitalOf = CAPITALS.get(written);
      const country = capitalOf && r.entity.actor === `${capitalOf}GOV`
        ? groupEntity(ctx, capitalOf, '', { start: r.start, end: r.end, text: written }) : null;
      if (country) {
        place ??= written;
        return { ...r, entity: country };
      }
    }
    if (r.entity.type !== 'location') return r;
    // "accused Manila of", "talks with Kyiv": a capital spoken to or about is its government
    const capitalOf = CAPITALS.get(r.entity.name);
    if (capitalOf && GOVERNMENT_BY_CAPITAL.has(entry.type) && !(entry.type === 'CONSULT' && entry.mode === 'visit')) {
      return { ...r, entity: groupEntity(ctx, capitalOf, 'GOV', { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end) }), group: true };
    }
    place ??= r.entity.name;
    const home = homeTown(ctx, r.entity);
    if (home) return { ...r, entity: countryEntity(ctx, home) ?? groupEntity(ctx, home, '', { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end) }) };
    const country = countryEntity(ctx, r.entity.country) ?? countryEntity(ctx, CAPITALS.get(r.entity.name) ?? null);
    return country ? { ...r, entity: country } : r;
  });
  // "arrived in Addis Ababa on Saturday for talks with Ethiopian Prime Minister Abiy Ahmed": a visit is to the host it names
  if (entry.type === 'CONSULT' && entry.mode === 'visit' && recipients.length === 1 && recipients[0].entity.country) {
    const host = hostNamed(ctx, view, end, recipients[0].entity.country);
    if (host) recipients = [host];
  }
  place ??= findPlace(ctx, view, end);

  const clauseBefore = ` ${words.slice(clauseStart(words, statusFrom), statusFrom).join(' ')} `;
  let status: EventStatus = 'occurred';
  const spokenAfter = SPOKEN_ACTS.has(entry.type) && wordAt(words, statusFrom - 1) === ',' && statusFrom === start && /ing$/.test(wordAt(words, start));
  // ("if the Saudis do not accept Brazil's terms": a negation inside a condition is a possibility, not a fact)
  if (NEGATION.test(before) && /(?:^|\s)(?:if|unless)\s/.test(clauseBefore)) status = 'hypothetical';
  else if (NEGATION.test(before) || noSubject(view, actors)) status = 'negated';
  else if (entry.status) status = entry.status;
  else if (HYPOTHETICAL.test(before) && !/would like to/.test(before) && !(/(?:^|\s)would\s/.test(before) && !/(?:^|\s)(?:could|may|might|if|unless|can)\s/.test(before) && reported())) status = 'hypothetical';
  // ("... if American planes attacked again, a day after U.S. Navy jets hit": a clause of time after the condition is told as fact)
  // ("warned Venezuela it would have a bad day if it attacked Guyana, speaking during a visit to Georgetown": a participle or a clause
  // of time after a comma closes the condition)
  // ("warning that they could use force if it did not, and imposed financial sanctions": `, and` and a verb after the condition open
  // an act of its own)
  // (", and spokesman Dmitry Peskov said Russia had already moved troops": a clause of speech joined after a condition that closes a
  // clause tells a fact; a condition that opens the sentence governs what is said after it: "If that level is broken, ..., Keefe said")
  // ("warned Kuwait that Iraq would use force if the emirate kept flooding the market, accusing it of": a word act told by a
  // participle after the condition or the wait is the speaker's, made when spoken)
  else if (spokenAfter) { /* occurred */ }
  else if (/(?:^|\s)(?:if|unless)\s(?!.*\s(?:after|before|since)\s)(?!.*\s,\s(?:as|while|when|[a-z]+ing)\s)(?!.*\s,\sand\s(?:[a-z]+\s){0,2}$)/.test(clauseBefore)
    && (/^\s*(?:if|unless)\s/.test(clauseBefore) || !/\s,\s(?:and|but)\s.*\s(?:said|says|told)\s/.test(clauseBefore))) status = 'hypothetical';
  // ("its warplanes would keep bombing the terminal until Tehran accepted a ceasefire": what an act to come waits on has not happened)
  else if (/(?:^|\s)(?:would|will)\s.*\suntil\s(?!.*\s(?:after|before|since)\s)/.test(` ${words.slice(Math.max(0, statusFrom - 20), statusFrom).join(' ')} `)) status = 'hypothetical';
  else if (INTENDED.test(before) || (/(?:^|\s)would\s/.test(before) && reported())) status = 'intended';
  // ("said he would lift the tariffs if Tokyo complied", "would accept talks only if": an act announced on a condition told after
  // it is possible, not planned; a word act is made when spoken)
  if (status === 'intended' && !SPOKEN_ACTS.has(entry.type) && ANNOUNCED.test(before) && conditionFollows(words, end, /(?:^|\s)would\s/.test(before))) status = 'hypothetical';
  // ("said that Pyongyang would reject any contact or talks with Japan": a refusal announced in reported speech is made when said;
  // not a veto, an act of its own still to come: "Reagan said he would veto the bill")
  if (status === 'intended' && entry.type === 'REJECT' && entry.cameo === '120' && /(?:^|\s)(?:will|would)\s/.test(before) && reported()) status = 'occurred';
  // "farmers used hundreds of tractors to block motorways": what an instrument was used for was done
  if (status === 'intended' && wordAt(words, statusFrom - 1) === 'to' && USED_FOR.test(clauseBefore)) status = 'occurred';
  // "Slovenia's parliament voted on Tuesday to recognise a Palestinian state": what a vote decides is done by it
  // (not a strike voted for: that is still to come)
  if (status === 'intended' && VOTED_ACTS.has(entry.type) && /(?:^|\s)voted\s(?:\S+\s){0,3}to\s$/.test(before)) status = 'occurred';
  // "Algeria and Malaysia on Tuesday became the first countries to recognise": the first to do it did it
  if (status === 'intended' && (FIRST_TO.test(before) || FIRST_PERSON_TO.test(clauseBefore))) status = 'occurred';
  // ("IRAN SAID TO ATTACK CYPRIOT TANKER", "Iraq is reported to bomb": an act reported as told by others was done)
  if (status === 'intended' && /(?:^|\s)(?:said|reported|believed|alleged)\s+to\s$/.test(before)) status = 'occurred';
  // ("Tunisia has decided to break diplomatic relations with Iran": an act decided is taken, as "the government's decision to" is;
  // "Contra rebels tried to blow up a pylon", "boats attempting to attack the terminal": an act attempted was carried out, whatever
  // came of it; "Russian peacekeepers began to withdraw from Karabakh": an act begun is under way) unless a modal or condition rules
  if (status === 'intended' && ((DECIDED_OR_TRIED.test(before) && !MODAL_OR_CONDITION.test(before)) || (BEGUN.test(before) && !MODAL.test(before)))) status = 'occurred';
  // "when he visits the U.S.", "unless both companies agree", "while Iran and Iraq observe a ceasefire": a present tense in a
  // clause of time or condition tells of an act to come or a possible one
  if (status === 'occurred' && !pastForm && pattern.frame === 'verb' && !pattern.passive && !PERFECT_WORD.test(before)) {
    const opener = subjectOpener(view, start);
    if (opener === 'if' || opener === 'unless' || opener === 'while') status = 'hypothetical';
    else if (opener === 'when' || opener === 'once' || opener === 'until' || opener === 'whenever') status = 'intended';
  }
  // ("warned of military action if Iran refused": a refusal that is only a condition is no act)
  // (also with a pronoun subject: "if it refused")
  if (entry.type === 'REJECT' && status === 'hypothetical' && pattern.frame === 'verb'
    && /^(?:if|unless)$/.test(PRONOUN_SUBJECTS.has(wordAt(words, start - 1)) ? wordAt(words, start - 2) : subjectOpener(view, start))) return null;
  // (an appeal is dated when it was made: "urged ... on Sunday" is the Sunday past; an invitation by the meeting it invites to)
  let direction: Direction = status === 'intended' || status === 'invited' ? 'future' : 'past';

  // mode and context from cue words in the sentence
  const sentenceText = ctx.text.slice(unit.start, unit.end);
  let mode = entry.mode ?? null;
  let cameo = entry.cameo;
  if (entry.type === 'CONSULT' && (cameo === '040' || cameo === '046')) {
    for (const cue of MODE_CUES) {
      if (cue.pattern.test(sentenceText)) {
        mode = cue.mode;
        if (cue.cameo) cameo = cue.cameo;
        break;
      }
    }
  }
  let context = entry.context ?? null;
  if (!context) {
    const window = ctx.text.slice(tokens[Math.max(0, start - 4)].start, tokens[Math.min(tokens.length - 1, end + 4)].end);
    context = CONTEXT_CUES.find((c) => c.pattern.test(window))?.context ?? null;
  }
  let type: PloverType = entry.type;
  // "Tehran would not accept a U.N. resolution", "refuses to accept the demands": not accepting is a rejection, told as done
  const refusal = status === 'negated' && (type === 'AGREE' || type === 'CONCEDE') && wordAt(words, start).startsWith('accept') && !/(?:^|\s)(?:if|unless)\s/.test(clauseBefore);
  if (refusal) {
    type = 'REJECT';
    cameo = '120';
    status = 'occurred';
    direction = 'past';
  }
  // retaliation announced is only a threat; another attack announced is the threat and the act to come (`threat` below)
  const retaliation = threat && entry.futureThreat === true;
  if (retaliation) {
    type = 'THREATEN';
    cameo = '138';
    status = 'occurred';
    direction = 'past';
  }
  // "Iran could withdraw from the NPT if Britain, France and Germany ...", the minister said: a hostile act its own side makes
  // conditional on another's is a threat to that other (130), beside the act as possible
  // ("his country would use nuclear weapons if South Korea and the United States attempted ...": an attack announced on a
  // condition, with no target named, threatens the parties of the condition)
  const condition = (!threat && CONDITIONAL_THREATS.has(entry.type) && (status === 'hypothetical' || status === 'intended')
    && saidByOwnSide(ctx, view, start, actors)) || (threat && recipients.length === 0) ? conditionParty(view, end, ctx) : null;
  const conditional: Slot[] = condition === null ? [] : condition.length > 0 ? condition : recipients;
  // (the attack itself would be on them)
  if (threat && recipients.length === 0 && conditional.length > 0) recipients = conditional;
  // (the act itself waits on the condition: possible, not planned)
  if (conditional.length > 0) status = 'hypothetical';
  // "Russia favors joint training" expresses an intent (AGREE 031x); "will hold drills" is the act, intended
  if (status === 'intended' && expressesIntent(type, before)) {
    cameo = intentCameo(type, context);
    type = 'AGREE';
  } else if (entry.id === 'agree.intent-cooperate' && context && INTENT_CAMEO[context]) {
    cameo = INTENT_CAMEO[context];
  }

  if (cameo === '175') recipients = repressedCrowd(ctx, actors, recipients);
  if (type === 'ASSAULT' && (cameo === '190' || cameo === '193') && repression(ctx, unit, actors, recipients)) {
    type = 'COERCE';
    cameo = '175';
    mode = null;
  }
  // date: nearest date words in the clause, else the dispatch date for the main news
  const clause = clauseSpan(view, start, end);
  // (a refusal is dated by the words before it, the day it was said: not "a resolution adopted on Monday" after it)
  let date = nearestDate(ctx, refusal ? { ...clause, start: Math.min(clause.start, unit.start), end: trigger.start } : clause, trigger, direction);
  // "Mustapha, who leaves for Moscow on Tuesday": a present tense dated by a weekday, `tomorrow` or `next ...` is an act to come
  // ("when they arrive here tomorrow": a plural present after its pronoun too)
  if (status === 'occurred' && !pastForm && unit.paragraph >= 0 && pattern.frame === 'verb' && !pattern.passive && (presentThird(words, start) || PLURAL_PRONOUNS.has(wordAt(words, start - 1)))
    && !PERFECT_WORD.test(before) && futureDayAfter(words, end)) {
    status = 'intended';
    direction = 'future';
    date = nearestDate(ctx, clause, trigger, direction);
  }
  // "his visit to Washington starting on April 29", "the talks due next week": an act named by a noun and
  // dated after the dispatch is to come
  if (status === 'occurred' && pattern.frame === 'noun' && !pastForm) {
    if (scheduledAfter(words, end)) {
      direction = 'future';
      date = nearestDate(ctx, clause, trigger, direction) ?? date;
    }
    if (date && ctx.anchor && date.value > ctx.anchor.slice(0, date.value.length)) {
      status = 'intended';
      direction = 'future';
    }
  }
  // ("Ali on Wednesday asked the Security Council to act, accusing Caracas of flouting an order": a participle's act set off by a
  // comma is done when the clause before it is)
  if (!date && status === 'occurred' && pattern.frame === 'verb' && wordAt(words, start - 1) === ',' && /ing$/.test(wordAt(words, start))) {
    date = nearestDate(ctx, { start: unit.start, end: view.tokens[start - 1].start }, trigger, 'past');
  }
  const past = pastForm || PERFECT_WORD.test(before);
  // (told as done for its date: the past progressive too, "Beijing said it was suspending consultations"; and a word act reported
  // in the past, made when said, "Iran's supreme leader said Israel would be punished")
  const toldDone = past || (/ing$/.test(wordAt(words, start)) && /\s(?:was|were)\s$/.test(before)) || (SPOKEN_ACTS.has(type) && status === 'occurred' && reported());
  // (a request or an invitation told in the past was made then, whatever becomes of what it asks: "urged the United States to act")
  // (a retaliation announced is a threat made when said: "Mousavi said his country would retaliate")
  if (!date && (status === 'occurred' || status === 'requested' || status === 'invited') && (toldDone || retaliation) && (unit.paragraph === ctx.firstBody || (unit.paragraph > ctx.firstBody && (SPOKEN_ACTS.has(type) || type === 'REQUEST'))) && ctx.anchor && !view.quoteAt[start]) {
    date = { value: ctx.anchor, precision: 'day' };
  }

  return {
    entry,
    type,
    unit,
    trigger,
    actors,
    recipients,
    status,
    direction,
    past,
    tokenStart: start,
    tokenEnd: end,
    mode,
    cameo,
    context,
    date,
    place,
    quote: view.quoteAt[start],
    frame: pattern.frame === 'noun' || pattern.passive ? 'noun' : 'verb',
    // set here, not only where an act is read in, so that every candidate has one shape
    embedded: false,
    openInfinitive: wordAt(words, end - 1) === 'to' && isInfinitive(view, end),
    threat: (threat && !retaliation) || conditional.length > 0,
    threatTo: conditional,
    // ("warned that Russia could strike military facilities of any country": a threat of an attack on things struck needs no country named)
    standsAlone: recipients.length === 0 && ((type === 'REQUEST' && uncodedAddressee(words, start + 1)) || (type === 'ASSAULT' && STRIKING_CAMEOS.has(cameo) && (physicalTarget(words, start) || physicalTarget(words, end) || physicalSubject(words, start))) || (type === 'ASSAULT' && cameo === '192' && armedActors(actors) && territoryTold(words, start, end)) || (entry.announces?.type === 'ASSAULT' && physicalTarget(words, end)) || (type === 'ACCUSE' && (condemnedAct(view, entry.objectIsAct ? start + 1 : end) >= 0 || (entry.fromActs === true && actSubject(view, start) >= 0)))),
  };
}

/**
 * "China, Kyrgyzstan and Uzbekistan launched construction of a railway ... in the Kyrgyz town of Jalal-Abad": a joint
 * act of several has no other party in a place of one of them
 */
function jointActAtHome(entry: TriggerEntry, actors: readonly Slot[], recipients: readonly Slot[]): boolean {
  return actors.length > 1 && (entry.type === 'COOPERATE' || entry.type === 'AGREE' || (entry.type === 'CONSULT' && entry.cameo !== '045' && entry.mode !== 'visit') || entry.cameo === '057')
    && recipients.length > 0 && recipients.every((r) => r.entity.country !== null && actors.some((a) => a.entity.country === r.entity.country) && (r.entity.type === 'location' || r.group));
}

/**
 * "an Israeli strike on its embassy compound in Damascus" (Iran's): what `its` owns is the subject's, not the place it stands in;
 * that subject as the recipient, or null
 */
function subjectOwnsObject(view: View, start: number, end: number, actors: readonly Slot[]): Slot[] | null {
  if ((wordAt(view.words, end) !== 'its' && wordAt(view.words, end) !== 'their') || view.slotAt[end]) return null;
  const owner = subjectBody(view, start);
  if (owner && !actors.some((a) => a.entity.id === owner.entity.id || (a.entity.country !== null && a.entity.country === owner.entity.country))) return [owner];
  return null;
}

/**
 * "police shot dead 20 people a day after demonstrators stormed parliament", "troops opened fire on crowds": force used
 * by a country's police or troops on its own people in a story of protest is violent repression (175), not war
 * ("fired water cannon to break up demonstrators protesting against the government": the crowd, not the government)
 */
function repressedCrowd(ctx: Context, actors: readonly Slot[], recipients: Slot[]): Slot[] {
  if (recipients.length === 1 && recipients[0].entity.sector === 'GOV' && actors.every((a) => a.entity.country === recipients[0].entity.country && (a.entity.sector === 'COP' || a.entity.sector === 'MIL'))) {
    const r = recipients[0];
    return [slotOf(groupEntity(ctx, r.entity.country!, '', { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end) }), r.start, r.end, undefined, true)];
  }
  return recipients;
}

/** "Russia favors joint training": an act of a kind that has an intent code, told after a verb of intent, expresses an intent (AGREE 031x). */
function expressesIntent(type: PloverType, before: string): boolean {
  return Boolean(INTENT_FROM_TYPE[type]) && INTENT_VERBS.test(before);
}

/** The code of an intent: by the context, or with none known by the act's kind (an intent to give aid is 033). */
function intentCameo(type: PloverType, context: string | null): string {
  const cameo = (context && INTENT_CAMEO[context]) ?? INTENT_FROM_TYPE[type]!;
  return type === 'AID' ? '033' : cameo;
}

/**
 * What a trigger that takes a held person ("captured", "detained") has for its object: a person ('person'), a place taken
 * whole, a seizure of territory ('place'), or else no event ('none').
 */
function heldObject(view: View, entry: TriggerEntry, recipients: readonly Slot[]): 'person' | 'place' | 'none' {
  const { tokens, words } = view;
  // ("troops captured him"; "captured 48 in fighting", "to capture Tripoli's air base" are none): a person of no country held by
  // a state is named by the state's code, so the person is read at the slot's place
  // (nor a head of government a pronoun was read as: "thanked Islamabad for helping to capture him")
  const held = recipients.map((r) => view.slotAt[tokens.findIndex((t) => t.start >= r.start)]?.entity);
  if (held.length === 0) return 'none';
  // ("the rebels said they had captured Goma": a place taken is a seizure of territory, 192)
  // (the place is the whole object: "to capture Brazil's wheat market" is none)
  const whole = recipients.every((r) => {
    const after = tokens.findIndex((t) => t.start >= r.end);
    return after < 0 || !/^\p{L}/u.test(tokens[after].text) || PREPOSITIONS.has(words[after]) || CLAUSE_STOPS.has(words[after]) || TIME_ADVERBS.has(words[after]);
  });
  if (entry.placeAct && whole && held.every((e) => e && (e.type === 'location' || e.type === 'country'))) return 'place';
  if (held.some((e) => e?.type !== 'person' || e.sector === 'GOV')) return 'none';
  return 'person';
}

/** The recipients of an act that names none, read from the sentence by the trigger's kind; those named kept as they are. */
function recipientsUnnamed(ctx: Context, view: View, entry: TriggerEntry, start: number, end: number, actors: readonly Slot[], recipients: Slot[]): Slot[] {
  // "pledged loans ... to help Ukraine rebuild": the one a pledge or aid is to help is its recipient
  if (recipients.length === 0 && (entry.type === 'AGREE' || entry.type === 'AID')) recipients = helped(view, end, actors);
  // "protests demanding the resignation of Prime Minister X", "as the government deployed police": a protest
  // with no target named is against its country's government when the sentence names it
  if (recipients.length === 0 && entry.type === 'PROTEST') recipients = ownGovernment(ctx, view, actors, start);
  // "Ruto withdrew the finance bill", "Hasina resigned": a concession to the actor's own public
  // ("since Russia's full-scale invasion in February 2022", Ukraine named beside it)
  // (with several others, the one the aid or plea of the sentence is for, read once the story is coded; none, no event)
  if (recipients.length === 0 && entry.againstOther) {
    const other = otherCountry(ctx, view, actors);
    if (other) recipients = [other];
  }
  // ("warned that it would respond with overwhelming force to any provocation by South Korea": the one whose act is answered)
  if (recipients.length === 0 && entry.type === 'THREATEN') {
    const { words, slotAt } = view;
    for (let k = end; k < words.length - 2 && k < end + 14; k++) {
      if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === '.' || wordAt(words, k) === ';') break;
      if (!ANSWERED_ACTS.has(wordAt(words, k)) || (wordAt(words, k + 1) !== 'by' && wordAt(words, k + 1) !== 'from')) continue;
      const party = slotAt[partyAt(view, k + 2)];
      if (party && (party.entity.actor || party.entity.country) && !actors.some((a) => a.entity.id === party.entity.id)) recipients = [party];
      break;
    }
  }
  // ("ordered 5,600 troops to the border in response to the arrival of a British warship", "would deploy militia members in
  // response to what he called threats from the United States"): a force readied faces the one whose act it answers
  if (recipients.length === 0 && entry.type === 'MOBILIZE' && actors.length > 0) {
    const answered = answeredParty(view, end, sideOf(actors[0].entity)) ?? forceShownAgainst(view, end, sideOf(actors[0].entity));
    // (the country whose ship or forces are told by a demonym: "a British warship" is Britain's act)
    if (answered) recipients = [answered.group && STATE_SECTORS.has(answered.entity.sector ?? '') ? countrySlot(ctx, answered) : answered];
  }
  // ("put troops along its border with Cambodia on heightened alert", "drills off Australia's east coast"): a force readied at a
  // border or a coast faces the country beyond it
  if (recipients.length === 0 && entry.type === 'MOBILIZE' && actors.length > 0) {
    const beyond = borderParty(view, start, end, sideOf(actors[0].entity));
    if (beyond) recipients = [beyond.group && beyond.entity.country ? countrySlot(ctx, beyond) : beyond];
  }
  // ("arrived here today", "who is visiting here": a visit to "here" is to the dateline's country)
  if (recipients.length === 0 && entry.mode === 'visit' && entry.type === 'CONSULT' && (wordAt(view.words, end - 1) === 'here' || wordAt(view.words, end) === 'here')) {
    recipients = visitDestination(ctx, view, start, actors);
  }
  // ("Colombia backed down in a dispute over deportation flights from the United States": to the other side the sentence names)
  if (recipients.length === 0 && entry.id === 'concede.back-down' && actors.length > 0) {
    const other = otherCountry(ctx, view, actors);
    if (other) recipients = [other];
  }
  // ("bowing to weeks of street protests", "would not bow to 'the street'": giving in to protest is to the country's own people)
  if (recipients.length === 0 && (entry.ownPublic || (entry.domestic && entry.type === 'CONCEDE' && (!entry.recipient?.length || (entry.id === 'concede.yield' && yieldsToStreet(view, end)))))) {
    const own = countryEntity(ctx, actors[0].entity.country) ?? (actors[0].entity.country ? groupEntity(ctx, actors[0].entity.country, '', { ...trigger0(ctx, view, start, end) }) : null);
    if (own && own.id !== actors[0].entity.id) recipients = [slotOf(own, 0, 0)];
  }
  return recipients;
}

/** Whether the words after a verb of giving in name street protest before the clause ends ("bowed to weeks of violent street protests"). */
function yieldsToStreet(view: View, end: number): boolean {
  for (let k = end; k < view.words.length && k < end + 8; k++) {
    const w = wordAt(view.words, k);
    if (w === '.' || w === ';' || w === ',' || BOUNDARY.has(w) || view.slotAt[k]) return false;
    if (PROTEST_NOUNS.has(w)) return true;
  }
  return false;
}
const PROTEST_NOUNS: ReadonlySet<string> = new Set(['protests', 'protest', 'demonstrations', 'street', 'unrest', 'strikes', 'riots', 'rallies']);

/** The party of another side than `own` a force is readied against ("sent a battle group into the Gulf in a show of force against Iran"). */
function forceShownAgainst(view: View, end: number, own: string | null): Slot | null {
  const { words, slotAt } = view;
  for (let k = end; k < words.length - 4 && k < end + 14; k++) {
    const w = wordAt(words, k);
    if (w === '.' || w === ';' || BOUNDARY.has(w)) return null;
    if (w !== 'show' || wordAt(words, k + 1) !== 'of' || wordAt(words, k + 2) !== 'force' || wordAt(words, k + 3) !== 'against') continue;
    const party = slotAt[partyAt(view, k + 4)];
    return party && (party.entity.actor || party.entity.country) && sideOf(party.entity) !== own ? party : null;
  }
  return null;
}

/** The first party of another side than `own` named after "in response to" (or reply, retaliation) later in the sentence. */
function answeredParty(view: View, end: number, own: string | null): Slot | null {
  const { words, slotAt } = view;
  for (let k = end; k < words.length - 2 && k < end + 20; k++) {
    const w = wordAt(words, k);
    if (w === '.' || w === ';') return null;
    if (w !== 'in' || !ANSWER_NOUNS.has(wordAt(words, k + 1)) || (wordAt(words, k + 2) !== 'to' && wordAt(words, k + 2) !== 'for')) continue;
    for (let j = k + 3; j < words.length && j < k + 16; j++) {
      const x = wordAt(words, j);
      if (x === '.' || x === ';' || BOUNDARY.has(x)) return null;
      const slot = slotAt[j];
      if (slot && (slot.entity.country || slot.entity.actor) && sideOf(slot.entity) !== own) return slot;
    }
    return null;
  }
  return null;
}

/** Words of a state's edge a force is readied at. */
const EDGE_WORDS: ReadonlySet<string> = new Set(['border', 'borders', 'boundary', 'frontier', 'coast', 'coastline', 'shores']);

/**
 * The country of another side than `own` whose border or coast the clause of a trigger between `start` and `end` places a force
 * at: "along its border with X", "near X's border", "off the coast of X", "off X's east coast". Null when none is named.
 */
function borderParty(view: View, start: number, end: number, own: string | null): Slot | null {
  const { words, slotAt } = view;
  let from = start;
  while (from > 0 && start - from < 10 && !BOUNDARY.has(wordAt(words, from - 1)) && wordAt(words, from - 1) !== ';' && wordAt(words, from - 1) !== '.') from--;
  const party = (j: number): Slot | null => {
    const slot = slotAt[j];
    return slot && slot.entity.country && (slot.entity.type === 'country' || slot.group) && sideOf(slot.entity) !== own ? slot : null;
  };
  for (let k = from; k < words.length && k < end + 14; k++) {
    const w = wordAt(words, k);
    if (k >= end && (BOUNDARY.has(w) || w === '.' || w === ';' || CLAUSE_STOPS.has(w))) return null;
    if (!EDGE_WORDS.has(w)) continue;
    // "border with Cambodia", "the coast of Libya"
    if (wordAt(words, k + 1) === 'with' || (wordAt(words, k + 1) === 'of' && w !== 'border' && w !== 'borders')) {
      const found = party(k + 2) ?? (wordAt(words, k + 2) === 'the' ? party(k + 3) : null);
      if (found) return found;
    }
    // "Ukraine's border", "off Australia's east coast"
    // (past up to two words of description: "off Vietnam's central coast", "Ukraine's long eastern border")
    let b = k - 1;
    while (b > 0 && k - b <= 2 && !slotAt[b] && /^[a-z][a-z-]+$/.test(view.tokens[b].text) && !PREPOSITIONS.has(wordAt(words, b))) b--;
    if (b > 0 && POSSESSIVE_MARKS.has(wordAt(words, b))) { const found = party(b - 1); if (found) return found; }
  }
  return null;
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
 * The head word of the subject of the verb at `start`: the last word before the verb, or before the first word that opens a
 * post-modifier ("a shipment of tents", "food sent by", "convoy carrying"), back to the clause's start; its index, -1 when none.
 */
function subjectHead(view: View, start: number): number {
  const { words } = view;
  let from = start;
  while (from > 0 && start - from < 12 && !BOUNDARY.has(wordAt(words, from - 1)) && wordAt(words, from - 1) !== ',' && wordAt(words, from - 1) !== '.' && wordAt(words, from - 1) !== ';') from--;
  let head = start - 1;
  while (head > from && (PERFECT_AUXILIARIES.has(wordAt(words, head)) || wordAt(words, head).endsWith('ly'))) head--;
  for (let k = from + 1; k < head; k++) {
    const w = wordAt(words, k);
    if (w === 'of' || w === 'sent' || w === 'carrying' || w === 'from' || w === 'with' || w === 'bound' || w === 'loaded' || w === 'that' || w === 'which' || w === 'who') { head = k - 1; break; }
  }
  return head >= from ? head : -1;
}

/**
 * The subject right before the form of "be" at `start` is a plural common noun that names no party ("few dealers are ready",
 * "consuming countries were willing"); a pronoun, a modal or a name before it stands for a party or says nothing of one.
 */
function unnamedSubject(view: View, start: number): boolean {
  if (!BE_FORMS.has(wordAt(view.words, start)) || view.slotAt[start - 1]) return false;
  return /^\p{Ll}{2,}[^s]s$/u.test(view.tokens[start - 1]?.text ?? '');
}

/** Hostile acts a threat answers, named before their doer ("any provocation by South Korea", "an attack from Iran"). */
const ANSWERED_ACTS: ReadonlySet<string> = new Set(['provocation', 'provocations', 'attack', 'attacks', 'aggression', 'incursion', 'incursions', 'violation', 'violations', 'intervention']);

/**
 * The person of `country` a visit's purpose names right after it ("for talks with X"), as a slot, else its government when the
 * purpose names officials of no other country ("for meetings with high-level officials"), else null.
 */
function hostNamed(ctx: Context, view: View, end: number, country: string): Slot | null {
  const { words, slotAt, tokens } = view;
  for (let k = end; k < words.length && k < end + 10; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';') return null;
    // (only talks told as the visit's purpose: "to meet X", "and hold talks with X" are acts of their own, and the visit stays the country's)
    if (w === 'with' && (wordAt(words, k - 1) === 'talks' || wordAt(words, k - 1) === 'meeting' || wordAt(words, k - 1) === 'meetings') && (wordAt(words, k - 2) === 'for' || wordAt(words, k - 3) === 'for')) {
      for (let j = k + 1; j < words.length && j <= k + 6; j++) {
        const slot = slotAt[j];
        // (a host named by the state of the time: "travels to Moscow ... for talks with Soviet leader Mikhail Gorbachev")
        if (slot && slot.entity.type === 'person' && slot.entity.country && sameStateOfSomeTime(slot.entity.country, country) && slot.entity.actor) return slot;
        // ("will visit Tokyo next week for meetings with high-level officials", "for talks with Japanese officials": the host's own;
        // not past a party of its own, "for talks with European Community officials", "with the IMF and G-7 ministers")
        const hosts = (e: Entity) => e.sector === 'GOV' && e.country !== null && sameStateOfSomeTime(e.country, country);
        if (HOST_OFFICIALS.has(wordAt(words, j)) && (!slot || hosts(slot.entity)) && !slotAt.slice(k + 1, j).some((o) => o && !hosts(o.entity))) {
          return slot ?? groupSlot(ctx, country, 'GOV', tokens[j].start, tokens[j].end);
        }
        if (wordAt(words, j) === ',' || BOUNDARY.has(wordAt(words, j))) return null;
      }
      return null;
    }
  }
  return null;
}

/** Officials a visitor's talks are with, of the host when no other country is named ("meetings with high-level officials"). */
const HOST_OFFICIALS: ReadonlySet<string> = new Set(['officials', 'leaders', 'ministers', 'government', 'authorities', 'leadership']);

/** Words of street protest: a story with one is a story of protest. */
const PROTEST_WORDS = /\b(?:protest(?:s|ers?|ing)?|demonstrat(?:ors?|ions?|ing)|crowds?|rall(?:y|ies)|marche[sd]|marching|rioters?|riots?|strikers|unrest)\b/i;

/** A country's police or troops acting on its own people (or its opposition) in a unit that tells of protest. */
function repression(ctx: Context, unit: Unit, actors: readonly Slot[], recipients: readonly Slot[]): boolean {
  if (actors.length === 0 || recipients.length === 0) return false;
  const country = actors[0].entity.country;
  if (!country || !actors.every((a) => (a.entity.sector === 'COP' || a.entity.sector === 'MIL') && a.entity.country === country)) return false;
  if (!recipients.every((r) => r.entity.country === country && (r.entity.sector === null || r.entity.sector === '' || r.entity.sector === 'OPP'))) return false;
  return PROTEST_WORDS.test(ctx.text.slice(unit.start, unit.end));
}

/**
 * The words `[from, to)` joined by spaces, with a `may` after a word of time read as the month
 * ("last May"). Joined by hand: the array `map` made here changed its kind with finish's tier
 * (see mapSlots), and `join` deoptimised finish on it.
 */
function withMonthMay(words: readonly string[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (i > from) out += ' ';
    out += w === 'may' && MONTH_MAY_BEFORE.has(wordAt(words, i - 1)) ? 'may-month' : w;
  }
  return out;
}

/** Adverbs of the day or place that may stand between a subject and its verb ("guerrillas today freed", "police yesterday arrested", "police here arrested"). */
const DAY_ADVERBS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'here', 'there']);

/**
 * "Police used water cannon to push them back", "the junta has accused Paris": police, troops or
 * a junta named with no country right before the verb are those of the country the story is
 * about (the dateline's, else the first country it names).
 */
function bareForce(ctx: Context, view: View, start: number, relative = false): Slot[] {
  const { words, slotAt, tokens } = view;
  let h = start - 1;
  // ("Leftist guerrillas today freed": wire copy puts the day between the subject and its verb)
  while (h > 0 && (CLAUSE_ADVERBS.has(wordAt(words, h)) || MODALS.has(wordAt(words, h)) || DAY_ADVERBS.has(wordAt(words, h)) || PERFECT_AUXILIARIES.has(wordAt(words, h)) || wordAt(words, h) === 'already')) h--;
  h = forceBeforePlace(view, h);
  // ("a day after army officers placed President Ali Bongo under house arrest": officers of the force named before them)
  // ("Moslem guerrilla leaders vowed to fight on": the leaders of armed men no one names are those armed men)
  const officers = wordAt(words, h) === 'officers' ? OFFICERS_OF.get(wordAt(words, h - 1))
    : ARMED_LEADERS.has(wordAt(words, h)) && REBEL_MODIFIERS.has(wordAt(words, h - 1)) ? 'REB' : undefined;
  // ("Air force planes bombed", "army warplanes struck": aircraft named by the force they fly for; "its jets later struck": the
  // jets of the country or body named before)
  let last = h;
  // ("U.S. Air Force and Navy jets bombed": aircraft of a force named right before them are that force's)
  if (FORCE_HARDWARE.has(wordAt(words, h)) && !slotAt[h] && slotAt[h - 1]?.entity.sector === 'MIL' && slotAt[h - 1]!.entity.country) return withCompounds(view, slotAt[h - 1]!, -1);
  if (FORCE_HARDWARE.has(wordAt(words, h)) && !slotAt[h]) {
    if ((wordAt(words, h - 1) === 'its' || wordAt(words, h - 1) === 'their') && h - 1 > 0) {
      // ("the army said its aircraft had bombed RSF positions": a force no one names that speaks of its own aircraft owns them)
      if (SPEECH_VERBS.has(wordAt(words, h - 2))) {
        const speaker = bareForce(ctx, view, h - 2);
        if (speaker.length > 0) return speaker;
      }
      const owner = bodyBefore(slotAt, h - 1);
      return owner && owner.entity.country ? [groupSlot(ctx, owner.entity.country, 'MIL', tokens[h - 1].start, tokens[h].end)] : [];
    }
    let m = h - 1;
    // (a capitalised "Air force" or "Army" the tagger named is still no one's until given a country)
    while (m >= 0 && (!slotAt[m] || (!slotAt[m]!.entity.actor && !slotAt[m]!.entity.country)) && HARDWARE_OWNERS.has(wordAt(words, m))) m--;
    if (m === h - 1) return [];
    last = h;
    h = m + 1;
  }
  // ("Opposition parties have disrupted parliament", "the opposition parties called the move rash": the opposition named by its
  // members, of the story's country)
  const opposition = !officers && wordAt(words, h - 1) === 'opposition' && OPPOSITION_MEMBERS.has(wordAt(words, h)) && !slotAt[h];
  const sector = opposition ? 'OPP' : officers ?? (last > h ? 'MIL' : BARE_FORCES.get(wordAt(words, h)));
  if (officers || opposition) h--;
  // (a capitalised "Police" the tagger named is still no one's until given a country)
  if (!sector || (slotAt[h] && (slotAt[h]!.entity.actor || slotAt[h]!.entity.country))) return [];
  // ("peace talks with the ELN guerrilla group after its fighters killed 80 people": the armed group named before owns them)
  if (sector === 'REB' && (wordAt(words, h - 1) === 'its' || wordAt(words, h - 1) === 'their')) {
    const owner = bodyBefore(slotAt, h - 1);
    return owner && owner.entity.sector === 'REB' ? [owner] : [];
  }
  // ("Shining Path guerrillas ambushed": armed men of a group named right before them are the group)
  // ("the National Liberation Army (ELN) rebels": past the group's short name in brackets; "Colombia's government and the ELN
  // rebels agreed": with the parties joined to it)
  const named = wordAt(words, h - 1) === ')' && wordAt(words, h - 3) === '(' ? h - 4 : h - 1;
  if (sector === 'REB' && named >= 0 && slotAt[named] && slotAt[named]!.entity.sector === 'REB') return withCompounds(view, slotAt[named]!, -1);
  // ("Tamil separatist guerrillas killed": a word or two of description before armed men)
  let before = wordAt(words, h - 1) === 'riot' ? h - 2 : h - 1;
  // ("the communist authorities outlawed it": a word of description before the authorities too)
  // ("Pro-Iranian kidnappers freed": whom they back is no country of theirs)
  for (let d = 0; d < (sector === 'REB' ? 2 : 1) && before >= 0 && !slotAt[before] && (/^\p{L}[\p{Ll}-]+$/u.test(tokens[before].text) || (sector === 'REB' && /^[Pp]ro-\p{Lu}/u.test(tokens[before].text))) && !FORCE_OPENERS.has(wordAt(words, before)) && !DEMONYMS.has(tokens[before].text) && (sector === 'REB' || DESCRIBED_RULERS.has(wordAt(words, before))); d++) before--;
  // ("Vucic said his army had begun reducing its presence": the forces of the person `his` or `her` stands for, the nearest named
  // before with a country and a sector of state)
  if (before >= 0 && (wordAt(words, before) === 'his' || wordAt(words, before) === 'her') && sector !== 'REB') {
    for (let k = before - 1; k >= 0; k--) {
      const owner = slotAt[k];
      if (owner && owner.entity.type === 'person' && owner.entity.country && (owner.entity.sector === 'GOV' || owner.entity.sector === 'MIL')) {
        return [groupSlot(ctx, owner.entity.country, sector, tokens[before].start, tokens[last].end)];
      }
    }
    return [];
  }
  // (the men a relative clause hangs on may stand anywhere: "sent arms to guerrillas who attacked")
  // ("marched into Islamabad, where police fired tear gas": forces of the state after `where` are of the place it hangs on; not
  // rebels or the authorities)
  if (before >= 0 && wordAt(words, before) === 'where' && (sector === 'COP' || sector === 'MIL')) {
    // (past the day the place is told with: "into Islamabad on Tuesday, where")
    let at = before - 1;
    while (at > 0 && at >= before - 4 && !slotAt[at] && !BOUNDARY.has(wordAt(words, at))) at--;
    const place = slotAt[at];
    const country = place && place.entity.type !== 'person' ? place.entity.country ?? CAPITALS.get(place.entity.name) ?? null : null;
    return country ? [groupSlot(ctx, country, sector, tokens[h].start, tokens[last].end)] : [];
  }
  // ("Hundreds of marines were on alert", "About 500 troops opened fire": an amount before the forces is read past to what opens them)
  if (/^\d/.test(wordAt(words, before)) || (wordAt(words, before) === 'of' && AMOUNT_WORDS.has(wordAt(words, before - 1)))) {
    while (before >= 0 && !slotAt[before] && (AMOUNT_WORDS.has(wordAt(words, before)) || /^\d/.test(wordAt(words, before)))) before--;
  }
  if (before >= 0 && !relative && !FORCE_OPENERS.has(wordAt(words, before))) return [];
  // ("The United States has begun supplying Afghan guerrillas with Stinger missiles ... guerrillas armed with the missiles shot down":
  // armed men who name themselves by a cause, of a kind the story has already placed, under another country's dateline, are those;
  // not gunmen or kidnappers, anyone's)
  const placedBefore = sector === 'REB' && SELF_NAMED_ARMED.has(wordAt(words, h)) ? storyRebels(ctx, view.tokens[h].start) : null;
  let country = placedBefore ?? homeOf(ctx, view);
  // ("militants killed scores of soldiers in an attack on the town of Barsalogho in central Burkina Faso": armed men of no
  // dispatch country are of the one country the sentence places them in)
  // (not "the militants", who are those named before, nor gunmen or kidnappers, whom the text does not name as anyone's)
  if (!country && sector === 'REB' && wordAt(words, before) !== 'the' && SELF_NAMED_ARMED.has(wordAt(words, h))) country = placedIn(view);
  // ("President Nicolas Maduro said that police had detained": the one country the sentence names before them, not one after:
  // "Police arrested Hernandez at Washington's request")
  if (!country && sector !== 'REB') country = onlyCountry(view, h);
  // (armed men are placed only by the dispatch's country: a country named somewhere in the story is no sure home for them)
  if (!country && sector !== 'REB') for (const e of ctx.entities.values()) if (e.country && e.type !== 'location') { country = e.country; break; }
  // ("Thousands of Belgian farmers drove tractors into Brussels ... Police used water cannon": the people the story is about)
  if (!country && sector !== 'REB') for (const g of ctx.groups.values()) if (g.entity.country) { country = g.entity.country; break; }
  if (!country) return [];
  const force = groupSlot(ctx, country, sector, tokens[h].start, tokens[last].end);
  // ("police and troops patrolled the northern Copperbelt": two forces joined by `and` each act)
  // (a capitalised "Police" the tagger named is still no one's)
  const joined = wordAt(words, h - 1) === 'and' && !slotAt[h - 2]?.entity.actor && !slotAt[h - 2]?.entity.country ? BARE_FORCES.get(wordAt(words, h - 2)) : undefined;
  const opens = h - 3 < 0 || FORCE_OPENERS.has(wordAt(words, h - 3)) || DAY_ADVERBS.has(wordAt(words, h - 3));
  if (joined && joined !== sector && joined !== 'REB' && sector !== 'REB' && opens) return [groupSlot(ctx, country, joined, tokens[h - 2].start, tokens[h - 2].end), force];
  return [force];
}
/** The country of the one armed group of no name the story placed before `at` by its demonym ("Afghan guerrillas"), else null. */
function storyRebels(ctx: Context, at: number): string | null {
  const countries = new Set<string>();
  for (const g of ctx.groups.values()) if (g.entity.sector === 'REB' && g.entity.country && g.mentions.some((m) => m.end <= at)) countries.add(g.entity.country);
  return countries.size === 1 ? [...countries][0] : null;
}
/**
 * ("Rebels in Tigray province accused", "Police in the north arrested"): the index of a bare force placed by a phrase of place
 * ending at `h` (`in` and a few words with no name of a party), else `h`.
 */
function forceBeforePlace(view: View, h: number): number {
  const { words, slotAt } = view;
  if (BARE_FORCES.has(wordAt(words, h))) return h;
  for (let k = h; k >= 1 && k >= h - 4; k--) {
    const w = wordAt(words, k);
    // (a capitalised "Police" the tagger named is still no one's)
    if (w === 'in' || w === 'near') return BARE_FORCES.has(wordAt(words, k - 1)) && !slotAt[k - 1]?.entity.country && k < h ? k - 1 : h;
    if (w === ',' || BOUNDARY.has(w) || (slotAt[k] && (slotAt[k]!.entity.actor || slotAt[k]!.entity.type === 'country'))) return h;
  }
  return h;
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

/** Aircraft that are a force's only when it is named before them ("air force planes", "army warplanes", "its jets"). */
const FORCE_HARDWARE: ReadonlySet<string> = new Set(['planes', 'jets', 'warplanes', 'aircraft', 'helicopters', 'gunships', 'bombers', 'fighter-bombers']);
/** Forces a government is named before ("government troops", "government aircraft"). */
const GOVERNMENT_FORCES: ReadonlySet<string> = new Set(['troops', 'forces', 'soldiers', 'artillery', 'tanks', ...FORCE_HARDWARE]);
/** Words before aircraft that name the force flying them. */
const HARDWARE_OWNERS: ReadonlySet<string> = new Set(['air', 'force', 'army', 'military', 'navy', 'naval', 'government', 'fighter', 'helicopter', 'transport']);
/** Heads that name the leaders of armed men ("guerrilla leaders", "rebel commanders"). */
const ARMED_LEADERS: ReadonlySet<string> = new Set(['leaders', 'leader', 'commanders', 'commander', 'chiefs']);
/** The force "officers" belong to by the word before them ("army officers", "police officers"). */
const OFFICERS_OF: ReadonlyMap<string, string> = new Map([['army', 'MIL'], ['military', 'MIL'], ['police', 'COP'], ['security', 'COP']]);
// ("hours after guerrillas ambushed Pinochet's motorcade": armed men with no name are the dispatch country's rebels)
const BARE_FORCES: ReadonlyMap<string, string> = new Map([['police', 'COP'], ['junta', 'GOV'], ['authorities', 'GOV'], ['government', 'GOV'], ['administration', 'GOV'],
  ['prosecutors', 'JUD'], ['troops', 'MIL'], ['soldiers', 'MIL'], ['army', 'MIL'], ['marines', 'MIL'], ['paratroopers', 'MIL'], ['commandos', 'MIL'], ['policemen', 'COP'], ['opposition', 'OPP'], ['guerrillas', 'REB'], ['rebels', 'REB'], ['insurgents', 'REB'], ['militants', 'REB'], ['gangs', 'REB'], ['gunmen', 'REB'], ['jihadists', 'REB'], ['separatists', 'REB'],
  ['kidnappers', 'REB'], ['captors', 'REB'], ['hostage-takers', 'REB'], ['fighters', 'REB']]);
/** Members of the opposition told after the word ("opposition parties", "opposition leaders"). */
const OPPOSITION_MEMBERS: ReadonlySet<string> = new Set(['parties', 'party', 'leaders', 'members', 'politicians', 'groups', 'lawmakers']);
/** Armed men who name themselves by a cause (not "gunmen", "kidnappers": anyone's): placed by the country they act in. */
const SELF_NAMED_ARMED: ReadonlySet<string> = new Set(['guerrillas', 'rebels', 'insurgents', 'militants', 'gangs', 'jihadists', 'separatists', 'fighters']);
/** Words that describe a country's rulers or forces without naming another ("the communist authorities", "military junta"). */
const DESCRIBED_RULERS: ReadonlySet<string> = new Set(['communist', 'military', 'local', 'federal', 'provincial', 'regional', 'interim', 'transitional', 'new', 'riot', 'security', 'government']);
/** Words after which a bare force opens a clause: "the police", "and police", ", police", "after guerrillas", "in which police". */
// (a verb of speech with no object opens a reported clause as `that` does: "the minister said police had arrested 20 people")
const FORCE_OPENERS: ReadonlySet<string> = new Set(['the', 'and', ',', 'after', 'when', 'as', 'while', 'before', 'since', 'until', 'that', 'which', 'said', 'says', 'added']);

/**
 * Armed men named by the place they are in, right before it: "militants in northern Syria", "insurgents of the Sahel", or past a
 * part of it named first ("Islamic State fighters in the Golis Mountains of Somalia's Puntland region").
 */
const ARMED_OF_PLACE = /\b(?:militants?|rebels?|insurgents?|guerrillas?|fighters|jihadists|separatists|militias?|kidnappers|captors|hostage-takers|gunmen)\s+(?:in|of)\s+(?:the\s+)?(?:(?:[\w'-]+\s+){1,3}(?:mountains|hills|regions?|provinces?|districts?|areas?|forests?|valleys?|desert)\s+of\s+(?:the\s+)?)?(?:(?:north|south|east|west)(?:ern)?|central|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)?\s*$/i;

/** Parts of a country an armed group holds, named right before it: "in Houthi-controlled areas of", "Hamas-run parts of". */
const HELD_BY = /\b(\p{Lu}[\p{L}-]*?)-(?:controlled|held|run)\s+(?:areas?|territory|territories|parts|regions?|zones?|districts?|cities|towns)\s+(?:of|in)\s+(?:the\s+)?$/u;

/** Acts a vote accomplishes: recognition, sanctions, rejection, condemnation, concessions, bans ("The Senate voted to condemn"). */
const VOTED_ACTS: ReadonlySet<PloverType> = new Set(['SUPPORT', 'SANCTION', 'REJECT', 'ACCUSE', 'CONCEDE', 'COERCE']);

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

/** The prepositions that close a verb of appeal, before the one appealed to ("call on", "appeal to"). */
const APPEAL_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'upon', 'to']);

/** Those an appeal is made to that no code names ("asked Western donors for more trucks", "urged the international community"). */
const ADDRESSEES: ReadonlySet<string> = new Set(['donors', 'donor', 'community', 'lenders', 'creditors', 'banks', 'governments', 'nations', 'countries', 'allies', 'partners']);

/** Those a state's own appeal goes to, named by `its` or `their` ("its allies", "their Western partners"). */
const OWNED_ADDRESSEES: ReadonlySet<string> = new Set(['allies', 'partners']);

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

/**
 * The places named with `in` in the purpose told after `from` ("to help modernise the machine tool industry in Shanghai", "for
 * agricultural projects in Bangladesh and Nepal"), of other countries than the actors'; none past the clause.
 */
function purposePlace(ctx: Context, view: View, from: number, actors: readonly Slot[], entry: TriggerEntry): Slot[] {
  const { words } = view;
  let purpose = false;
  for (let k = from; k < words.length - 1 && k < from + 16; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || CLAUSE_STOPS.has(w) || w === '.' || (w === ',' && (RELATIVE_PRONOUNS.has(wordAt(words, k + 1)) || wordAt(words, k + 1) === 'and' || SPEECH_VERBS.has(wordAt(words, k + 2))))) return [];
    if (w === 'for' || (w === 'to' && !view.slotAt[k + 1] && !PREPOSITIONS.has(wordAt(words, k + 1)))) purpose = true;
    if (!purpose || w !== 'in') continue;
    const placed = findRecipients(ctx, view, ['in'], k, actors, entry).filter((r) => r.entity.country && !actors.some((a) => a.entity.country === r.entity.country));
    if (placed.length > 0) return placed;
  }
  return [];
}

/** Verbs of a purpose forces are sent for, with the party they face as object ("to repel", "to neutralise"). */
const FACING_VERBS: ReadonlySet<string> = new Set(['neutralise', 'neutralize', 'repel', 'repulse', 'counter', 'fight', 'confront', 'deter', 'crush',
  'combat', 'quell', 'hunt', 'pursue', 'contain', 'disperse', 'rout', 'expel', 'drive', 'push', 'attack', 'stop', 'halt', 'block']);

/** The party named as the object of a purpose infinitive in the clause after `from` ("to repel the Ukrainian incursion"), or none. */
function facedParty(ctx: Context, view: View, from: number, actors: readonly Slot[], entry: TriggerEntry): Slot[] {
  const { words } = view;
  for (let k = from; k < words.length - 2 && k < from + 14; k++) {
    const w = wordAt(words, k);
    // (past an aside: "moved reserves, including airborne units, to the Kursk region to repel")
    if (BOUNDARY.has(w) || CLAUSE_STOPS.has(w) || (w === ',' && (RELATIVE_PRONOUNS.has(wordAt(words, k + 1)) || wordAt(words, k + 1) === 'and' || SPEECH_VERBS.has(wordAt(words, k + 2))))) return [];
    if (w !== 'to') continue;
    // (a verb in scare quotes: 'to "neutralise" some 20 criminal gangs')
    let v = k + 1;
    if (QUOTE_MARKS.has(wordAt(words, v)) || wordAt(words, v) === "'") v++;
    if (!FACING_VERBS.has(wordAt(words, v))) continue;
    if (QUOTE_MARKS.has(wordAt(words, v + 1)) || wordAt(words, v + 1) === "'") v++;
    k = v - 1;
    const found = findRecipients(ctx, view, ['obj'], k + 2, actors, entry).filter((r) => r.entity.country !== actors[0].entity.country || r.entity.sector !== actors[0].entity.sector);
    if (found.length > 0) return found;
    // ("to neutralise 22 criminal gangs": armed men no country is named for are of the country that sends forces at them)
    const country = actors[0].entity.country;
    for (let j = k + 2; j < words.length && j < k + 7 && country; j++) {
      const sector = BARE_FORCES.get(wordAt(words, j));
      if (sector === 'REB') return [groupSlot(ctx, country, sector, view.tokens[j].start, view.tokens[j].end)];
      if (PREPOSITIONS.has(wordAt(words, j)) || wordAt(words, j) === ',') break;
    }
    return [];
  }
  return [];
}

/** The verb a noun at `noun` is the object of, past up to three plain words before it ("signed a declaration", "issued a general licence"). */
function verbBeforeNoun(view: View, noun: number): number {
  let v = noun - 1;
  for (let t = 0; t < 3 && v > 0 && /^[a-z-]+$/.test(view.tokens[v].text) && !lexicon().inflected.has(wordAt(view.words, v)); t++) v--;
  return v;
}

/** Whether the object at `from` (past an article and a word of description) is an addressee no code names. */
function uncodedAddressee(words: readonly string[], from: number): boolean {
  let k = from;
  // ("asked its European allies to impose similar sanctions": a state's allies; a company's "its creditors" are no one's of note)
  const owned = wordAt(words, k) === 'its' || wordAt(words, k) === 'their';
  if (wordAt(words, k) === 'the' || owned) k++;
  if (owned && !OWNED_ADDRESSEES.has(wordAt(words, k)) && !OWNED_ADDRESSEES.has(wordAt(words, k + 1))) return false;
  if (/^(?:western|foreign|international|rich|wealthy|world|other|member|donor|creditor|commercial|gulf|arab|african|european)$/.test(wordAt(words, k)) && ADDRESSEES.has(wordAt(words, k + 1))) k++;
  return ADDRESSEES.has(wordAt(words, k)) && (wordAt(words, k) !== 'community' || wordAt(words, k - 1) === 'international');
}

/** Attacks by force of arms (not occupation or killing, which need a named party): 190 and 193-195. */
const STRIKING_CAMEOS = new Set(['190', '193', '194', '195']);

/** Armed groups named by a common noun alone: the subject, uncoded, when right before the verb. */
const UNNAMED_ARMED = new Set(['guerrillas', 'rebels', 'insurgents', 'militants', 'gunmen', 'fighters', 'militia', 'militias', 'jihadists', 'attackers', 'assailants']);

/** Things and people an armed attack is made on; an attack on them needs no named country. */
const PHYSICAL_TARGETS = new Set(['ships', 'ship', 'tanker', 'tankers', 'vessel', 'vessels', 'boats', 'boat', 'convoy', 'convoys', 'shipping', 'positions',
  'bases', 'base', 'villages', 'village', 'town', 'towns', 'checkpoint', 'checkpoints', 'posts', 'outposts', 'airfield', 'airport', 'refinery',
  'pipeline', 'platform', 'platforms', 'rig', 'rigs', 'soldiers', 'troops', 'civilians', 'homes', 'hospital', 'hospitals', 'camp', 'camps', 'patrol', 'barracks',
  'post', 'outpost', 'station', 'stations', 'prison', 'prisons', 'garrison', 'airbase', 'compound', 'city', 'cities', 'district', 'districts', 'neighbourhoods',
  'neighborhoods', 'vehicles', 'trucks', 'buses', 'mosque', 'mosques', 'church', 'churches', 'school', 'schools', 'embassy', 'consulate', 'terminal', 'bridge',
  'facilities', 'stronghold', 'strongholds', 'hideout', 'hideouts', 'island', 'islands', 'plant', 'depot', 'depots', 'warship', 'warships',
  'destroyer', 'frigate', 'truck', 'train', 'hotel', 'hotels']);

/** Whether the object after `end` (past a few determiners, numbers and modifiers) is a physical target. */
function physicalTarget(words: readonly string[], end: number, targets: ReadonlySet<string> = PHYSICAL_TARGETS): boolean {
  for (let k = end; k < words.length && k < end + 5; k++) {
    const w = wordAt(words, k);
    // ("attacked the embassy's statement": a target's possession is no target)
    if (targets.has(w)) return !POSSESSIVE_MARKS.has(wordAt(words, k + 1));
    if (w === ',' || BOUNDARY.has(w) || (PREPOSITIONS.has(w) && w !== 'of')) return false;
  }
  return false;
}

/** Whether the subject of a passive at `start`, before its form of "be", is a physical target ("The village was shelled by", "A Greek-owned tanker was attacked by"). */
function physicalSubject(words: readonly string[], start: number, targets: ReadonlySet<string> = PHYSICAL_TARGETS): boolean {
  if (!beBefore(words, start)) return false;
  let k = start - 1;
  while (k > 0 && !BE_FORMS.has(wordAt(words, k))) k--;
  // (past the perfect: "the town has been shelled")
  for (k--; k > 0 && PERFECT_AUXILIARIES.has(wordAt(words, k)); k--);
  for (let j = k; j >= 0 && j >= k - 4; j--) {
    const w = wordAt(words, j);
    if (targets.has(w)) return !POSSESSIVE_MARKS.has(wordAt(words, j + 1));
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}

/** Heads of territory a force takes ("the village of Ocheretyne", "large parts of North Kivu", "the islands"). */
const TERRITORY_HEADS: ReadonlySet<string> = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'region', 'regions', 'province', 'provinces',
  'district', 'districts', 'territory', 'territories', 'island', 'islands', 'parts', 'areas', 'swathes', 'capital', 'port', 'airport', 'enclave', 'plant',
  'base', 'bases', 'stronghold', 'strongholds']);

/**
 * Whether the trigger at [start, end) names territory taken: in its own words (a passive pattern opens with its subject, "village
 * was stormed"), right after it, or as the subject of its passive.
 */
function territoryTold(words: readonly string[], start: number, end: number): boolean {
  return physicalTarget(words, start, TERRITORY_HEADS) || physicalTarget(words, end, TERRITORY_HEADS) || physicalSubject(words, start, TERRITORY_HEADS);
}

/** The one country of actors that are all armed groups ("M23 rebels"), else null. */
function rebelsHome(actors: readonly Slot[]): string | null {
  const home = actors[0]?.entity.country ?? null;
  return home && actors.every((a) => a.entity.sector === 'REB' && a.entity.country === home) ? home : null;
}

/** Whether all the actors are armed forces or armed groups, whose taking of a place is a seizure of territory whoever owns it. */
function armedActors(actors: readonly Slot[]): boolean {
  return actors.length > 0 && actors.every((a) => a.entity.sector === 'MIL' || a.entity.sector === 'REB');
}

/** Posts and units of a country's forces that an object names with no owner ("an army patrol", "a border post", "government garrisons"). */
const ARMED_POSTS: ReadonlySet<string> = new Set(['patrol', 'patrols', 'post', 'posts', 'outpost', 'outposts', 'garrison', 'garrisons', 'barracks', 'convoy', 'convoys']);
/** Words an armed post's object may hold before its head ("an army patrol", "two remote border posts"). */
const POST_MODIFIERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'army', 'military', 'border', 'government', 'remote', 'frontier', 'isolated']);

/** The token of an armed post heading the object after `end` ("ambushed an army patrol"), or -1 (a named owner or a police post is no such post). */
function armedPostAfter(view: View, end: number, attacker: Slot): number {
  const { words, slotAt } = view;
  for (let k = end; k < words.length && k < end + 5; k++) {
    const w = wordAt(words, k);
    // (a word the tagger took for a name of no country, or coref for the attacker itself, is still a word: "an army patrol")
    if (slotAt[k]?.entity.country && slotAt[k]!.entity.id !== attacker.entity.id) return -1;
    if (ARMED_POSTS.has(w)) return k;
    if (!POST_MODIFIERS.has(w)) return -1;
  }
  return -1;
}

/**
 * "The U.S. delegation was led by Jen Daskal, ..., who met": a person with no sector of their own
 * who leads a group coded by country acts for that group's country and sector (coref may have
 * given the person the dateline's country).
 */
function leaderOfGroup(view: View, slot: Slot): Slot {
  if (slot.entity.type !== 'person' || slot.entity.sector) return slot;
  const { words, slotAt, slotStart } = view;
  const at = view.tokens.findIndex((t) => t.start >= slot.start);
  if (at < 3 || wordAt(words, at - 1) !== 'by' || (wordAt(words, at - 2) !== 'led' && wordAt(words, at - 2) !== 'headed')) return slot;
  const group = slotAt[at - 4] ?? slotAt[at - 3];
  if (!group || !group.group || !group.entity.country || !(BE_FORMS.has(wordAt(words, at - 3)) || (slotStart[at - 3] >= 0 && slotAt[at - 3] === group))) return slot;
  const { country, sector, actor } = group.entity;
  if (country === slot.entity.country && sector === slot.entity.sector) return slot;
  return slotOf({ ...slot.entity, country, sector, actor }, slot.start, slot.end, slot.pending, slot.group);
}

/**
 * "U.S. Treasury Secretary Janet Yellen": a person coref could not code takes the code of the
 * coded name in the title right before it (capitalised words, no punctuation between).
 */
function titledActor(view: View, slot: Slot): Slot {
  if (slot.entity.type !== 'person' || slot.entity.actor || slot.entity.country) return slot;
  let j = view.tokens.findIndex((t) => t.start >= slot.start) - 1;
  for (let hops = 0; j >= 0 && hops < 4; hops++, j--) {
    const other = view.slotAt[j];
    if (other) return other !== slot && (other.entity.actor || other.entity.country) && other.entity.type !== 'location' ? other : slot;
    if (!startsUpper(view.tokens[j].text)) return slot;
  }
  return slot;
}

/** "Beijing said it was suspending ...": a capital acting is its government. */
function capitalAsGovernment(ctx: Context, slot: Slot): Slot {
  if (slot.entity.type !== 'location' || slot.pending) return slot;
  const country = CAPITALS.get(slot.entity.name);
  if (!country) return slot;
  return slotOf(groupEntity(ctx, country, 'GOV', { start: slot.start, end: slot.end, text: ctx.text.slice(slot.start, slot.end) }), slot.start, slot.end, slot.pending, true);
}

function trigger0(ctx: Context, view: View, start: number, end: number): TextSpan {
  return { start: view.tokens[start].start, end: view.tokens[end - 1].end, text: ctx.text.slice(view.tokens[start].start, view.tokens[end - 1].end) };
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

/** "Thousands marched in Tehran": a crowd with no country of its own is of the town it acts in. */
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

/**
 * Whether the word at `k` names people who protest: a crowd, or a labour body the tagger took for no name and no one owns ("the union
 * went on strike", "Unions called the strike"; not "the Soviet Union", nor "Ecuador's unions", whose owner is read as the subject).
 */
function protestingBody(view: View, k: number): boolean {
  const w = wordAt(view.words, k);
  return CROWD_WORDS.has(w) || (LABOUR_BODIES.has(w) && !view.slotAt[k] && !POSSESSIVE_MARKS.has(wordAt(view.words, k - 1)));
}

function crowdPlace(ctx: Context, view: View, start: number, end: number): Slot[] {
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
 * The word heading the people or union named after `by` at `by` (past amounts, words of trade and a share of them: "by the majority
 * of Brazil's 700,000 bankworkers"), or -1 when it names none.
 */
function crowdAfterBy(view: View, by: number): number {
  const { words } = view;
  for (let k = by + 1; k < words.length && k <= by + 8; k++) {
    const w = wordAt(words, k);
    if (CROWD_WORDS.has(w) || LABOUR_BODIES.has(w)) return k;
    if (BOUNDARY.has(w) || w === ',' || w === '.' || w === 'and' || (PREPOSITIONS.has(w) && w !== 'of') || CLAUSE_STOPS.has(w)) break;
  }
  return -1;
}

/** A group of the country the dispatch is from (or the one the sentence names), at token `k`; none when neither is known. */
function homeGroup(ctx: Context, view: View, k: number): Slot[] {
  const country = homeOf(ctx, view) ?? onlyCountry(view, view.slotAt.length);
  const t = view.tokens[k];
  return country ? [groupSlot(ctx, country, '', t.start, t.end)] : [];
}

/** Participles of an arrest that, with no agent named, is the police's ("was arrested yesterday", "were detained"). */
const ARREST_PARTICIPLES: ReadonlySet<string> = new Set(['arrested', 'detained']);

/** Words right after an arrest's participle: its time, place, charge or the sentence's end ("was arrested on suspicion of"). */
const ARREST_FOLLOWERS: ReadonlySet<string> = new Set(['on', 'for', 'in', 'at', 'after', 'during', 'yesterday', 'today', 'overnight', 'last', 'earlier', 'early', 'late', 'without', 'while', '.', ',']);

/**
 * The police of the place an arrest told with no agent is made in ("Junger was arrested yesterday for suspected embezzlement",
 * "19 people were arrested in the federal investigation"): the one country the sentence places its acts in, else the country the
 * dispatch is from, else the country of the one arrested; none when none is known.
 */
function arrestingPolice(ctx: Context, view: View, at: number, held: Slot | null): Slot[] {
  const country = placedIn(view) ?? homeOf(ctx, view) ?? held?.entity.country ?? null;
  const t = view.tokens[at];
  return country ? [groupSlot(ctx, country, 'COP', t.start, t.end)] : [];
}

/** The one country the sentence names before token `to` (of all its coded names), or null when it names none or several. */
function onlyCountry(view: View, to: number): string | null {
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
function placedIn(view: View): string | null {
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
function pluralDemonym(text: string): string | null {
  if (!text.endsWith('s') || !startsUpper(text) || COUNTRY_NAMES.has(text)) return null;
  return DEMONYMS.get(text.slice(0, -1)) ?? null;
}

/**
 * "Workers at the Lenin shipyard in Gdansk went on strike", "Miners in Silesia stopped work": a crowd placed by a phrase
 * between it and the verb is of the country of the place named in it; null when there is no such crowd.
 */
function crowdAtPlace(ctx: Context, view: View, start: number): Slot[] | null {
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
    if ((w === 'at' || w === 'in' || w === 'from') && CROWD_WORDS.has(wordAt(words, k - 1)) && !slotAt[k - 1]) {
      if (!place) return null;
      const t = view.tokens[k - 1];
      return [groupSlot(ctx, place.entity.country!, '', t.start, t.end)];
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

/**
 * "Supporters of former Bolivian President Evo Morales kept up road blockades": a crowd of a named
 * person's followers, right before the verb, is of that person's country.
 */
function followersOf(ctx: Context, view: View, start: number): Slot[] {
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

/**
 * "bombed the northern town of Arada" in a story from N'Djamena, "an army base in Borno state" from Maiduguri: a town the
 * gazetteer knows in the dispatch's country as well as elsewhere is the dispatch country's (the gazetteer alone takes the
 * most populous of the name, Arada in Honduras). Null when the place is a capital or not known there.
 */
function homeTown(ctx: Context, place: Entity): string | null {
  const home = ctx.home;
  if (!home || place.country === home || CAPITALS.has(place.name)) return null;
  // (only for a village abroad: "Venice" from Washington is Italy's, "Bogota" Colombia's)
  const known = lookupPlace(place.name);
  if (!known || known.population >= SMALL_TOWN || !place.country) return null;
  const name = countryName(home);
  if (name && lookupPlace(place.name, name)?.country === home) return home;
  // (a village abroad the gazetteer holds for a town it lacks at home: "Arada", "Borno", when the story names nothing else of that country)
  for (const e of ctx.entities.values()) if (e.id !== place.id && e.country === place.country) return null;
  return home;
}

/** Below this population a place abroad that a story names nothing else of is rather a town of the story's own country. */
const SMALL_TOWN = 15_000;

/** Words before a leader's title that tell the leader's state ("former", "ousted", "jailed"). */
const FOLLOWED_STATES: ReadonlySet<string> = new Set(['former', 'ousted', 'jailed', 'exiled', 'deposed', 'imprisoned', 'detained', 'late', 'slain']);

/**
 * The country a sentence is told from: its own dateline when a roundup opens it with one ("BELFAST -
 * Mourners clashed with police"), else the dispatch's.
 */
function homeOf(ctx: Context, view: View): string | null {
  const first = view.tokens[0];
  if (first && (wordAt(view.words, 1) === '-' || wordAt(view.words, 1) === '—') && /^[A-Z][A-Z .'-]+$/.test(first.text)) {
    const name = first.text.charAt(0) + first.text.slice(1).toLowerCase();
    return COUNTRY_NAMES.get(name) ?? lookupPlace(name)?.country ?? ctx.home;
  }
  return ctx.home;
}

/** A speech verb just before `at` ("said they would", "announced it would"): reported intent, not a condition. */
function reportedSpeech(words: readonly string[], at: number): boolean {
  for (let j = at; j >= 0 && j >= at - 4; j--) if (SPEECH_VERBS.has(wordAt(words, j))) return true;
  // ("said on Monday that Iran and Iraq would hold talks": further back over a day and `that`, in the same clause)
  for (let j = at - 5; j >= 0 && j >= at - 9; j--) {
    const w = wordAt(words, j);
    if (w === ',' || w === '.' || BOUNDARY.has(w)) return false;
    if (SPEECH_VERBS.has(w)) return wordAt(words, j + 1) === 'that' || skipTimeAdverbial(words, j + 1) > j + 1;
  }
  // ("said Iran and Iraq had agreed to a ceasefire and that their foreign ministers would hold talks": a second clause of the
  // same saying, joined by `and that`)
  for (let j = at - 1; j >= 1 && j >= at - 6; j--) {
    if (wordAt(words, j) !== 'that' || wordAt(words, j - 1) !== 'and') continue;
    for (let k = j - 2; k >= 0 && k >= j - 40; k--) {
      const w = wordAt(words, k);
      if (w === '.' || BOUNDARY.has(w)) return false;
      if (SPEECH_VERBS.has(w)) return true;
    }
    return false;
  }
  return false;
}

function clauseStart(words: readonly string[], at: number): number {
  let j = at - 1;
  while (j >= 0 && !BOUNDARY.has(wordAt(words, j)) && wordAt(words, j) !== ';') j--;
  return j + 1;
}

/** The clause around the trigger: up to `;`, `:`, quote marks or brackets on either side. */
function clauseSpan(view: View, start: number, end: number): Span {
  const { tokens, words } = view;
  let a = start;
  while (a > 0 && !BOUNDARY.has(wordAt(words, a - 1))) a--;
  let b = end;
  while (b < tokens.length && !BOUNDARY.has(wordAt(words, b))) b++;
  return { start: tokens[a].start, end: tokens[Math.max(b - 1, end - 1)].end };
}

/** `to Moscow`, `in Beijing`, `at the Kremlin`: a gazetteer place after the trigger. */
function findPlace(ctx: Context, view: View, from: number): string | null {
  const { words, tokens, slotAt } = view;
  for (let j = from; j < words.length - 1 && j < from + 12; j++) {
    if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === '.') break;
    if (wordAt(words, j) !== 'in' && wordAt(words, j) !== 'to' && wordAt(words, j) !== 'at') continue;
    let k = j + 1;
    if (wordAt(words, k) === 'the') k++;
    const slot = slotAt[k];
    if (slot && slot.entity.type === 'location') return slot.entity.name;
    const written = tokens[k]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}+/u.test(written) || slot) continue;
    if (COUNTRY_NAMES.has(written)) continue;
    const place = lookupPlace(written);
    if (place && place.population >= 50_000 && !MONTH_OR_DAY.test(written)) return place.name;
  }
  return null;
}

const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

// ---------------------------------------------------------------------------------------------

function actorOf(entity: Entity): EventActor {
  return { entity: entity.id, name: entity.name, code: entity.actor ?? entity.country ?? null };
}

/** One event per actor (and per recipient); compound actors with no recipient pair up. */
/** Whether the slots carry at least two different actor codes (two parties, not two people of one). */
function twoCodes(slots: readonly Slot[]): boolean {
  const first = slots[0] ? slots[0].entity.actor ?? slots[0].entity.country : null;
  return slots.some((s) => (s.entity.actor ?? s.entity.country) !== first);
}

function toEvents(c: Candidate, text: string, messages: Message[]): Event[] {
  // an actor the document cannot code gives no event (precision first), but a message
  const coded = (e: Entity) => (e.actor ?? e.country) !== null;
  const actors = c.actors.filter((a) => coded(a.entity));
  if (actors.length < c.actors.length) messages.push({ stage: 'events', message: `${c.type} event (${c.entry.id}) with an actor that has no actor code`, start: c.trigger.start, end: c.trigger.end });
  if (actors.length === 0) return [];
  const pairs: Array<[Entity, Entity | null]> = [];
  if (c.recipients.length > 0) {
    for (const a of actors) for (const r of c.recipients) if (a.entity.id !== r.entity.id) pairs.push([a.entity, coded(r.entity) && !ownGround(c, a.entity, r.entity) ? r.entity : null]);
  } else if (actors.length > 1 && c.actors.length === actors.length && symmetric(c)) {
    // "Russia and China held drills": one event each way
    for (const a of actors) for (const b of actors) if (a.entity.id !== b.entity.id && coded(a.entity) && (a.entity.actor ?? a.entity.country) !== (b.entity.actor ?? b.entity.country)) pairs.push([a.entity, b.entity]);
  } else {
    for (const a of actors) pairs.push([a.entity, null]);
  }
  if (pairs.length === 0) pairs.push([actors[0].entity, null]);
  // "Russia will hold exercises": a joint act with nobody is another act ("alone" in the lexicon)
  const alone = c.entry.alone && c.actors.length === 1 && c.recipients.length === 0 ? c.entry.alone : null;
  void text;
  const sentence = { start: c.unit.start, end: c.unit.end };
  return pairs.map(([a, r]) => ({
    kind: 'event' as const,
    type: alone ? alone.type : c.type,
    cameo: alone ? alone.cameo : c.cameo,
    mode: alone ? alone.mode ?? null : c.mode,
    context: c.context,
    status: c.status,
    actor: actorOf(a),
    recipient: r ? actorOf(r) : null,
    date: c.date,
    place: c.place,
    // (written out: a spread followed by new properties gives each object a map of its own; see findDates)
    evidence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end), trigger: c.trigger, why: c.entry.id },
    score: goldstein(alone ? alone.cameo : c.cameo),
  }));
}

/**
 * A truce a state body declares in its own country ("Ethiopia's government declared a unilateral ceasefire in the Amhara
 * region") is toward the armed side there, which the place does not name: the country itself is no party.
 */
function ownGround(c: Candidate, actor: Entity, recipient: Entity): boolean {
  return c.cameo === '0871' && actor.sector !== null && !recipient.sector && recipient.country !== null && recipient.country === actor.country;
}

/** Acts that a compound subject does with each other: meetings, joint acts, agreements, signatures, swaps. */
function symmetric(c: Candidate): boolean {
  // (a mediator is no party to the talks it brokers)
  // ("China and Honduras established diplomatic relations": recognition between two is mutual)
  // (a visit is the visitor's: "Both countries are finishing details to arrive at a price" is no visit each way)
  // (a readiness is each one's own: "Peru, Ecuador and Brazil were still willing to talk" is none between them, nor "Brazil and
  // Mexico were ready to talk with their banks"; but two parties ready for talks with no one else named are ready for talks with
  // each other: "the two sides were ready to resume talks")
  if (c.entry.oneSided) return c.cameo === '036' && c.actors.length === 2 && !/\bwith$/i.test(c.trigger.text);
  return (c.type === 'CONSULT' && c.cameo !== '045' && c.cameo !== '042' && c.cameo !== '043') || c.type === 'COOPERATE' || c.type === 'AGREE' || c.cameo === '057' || /(?:^|\s)(?:exchang|swap)/i.test(c.trigger.text) || (c.type === 'RETREAT' && (c.cameo === '087' || c.cameo === '0871'))
    || ((c.cameo === '054' || c.cameo === '050') && /\b(?:relations|ties|relationship|partnership)\b/i.test(c.trigger.text))
    // ("Thai and Cambodian troops clashed": an armed clash is each side's attack on the other)
    || (c.type === 'ASSAULT' && /^clash/i.test(c.trigger.text));
}

/**
 * One event per act per story (the "one-a-day" convention of event data): two tellings are the same
 * act when type, CAMEO code and status agree (a heading's status gives way to the body's), the recipients carry the same code (or neither has
 * one), the actors belong to the same country (an IGO only to itself) and the dates agree or one
 * is missing. The kept telling is the one with a date, then a place, then the body over the
 * headings; its actor and recipient become the most specific ones told ("Gerasimov" over
 * "the Russian side"), so that a restatement by a bare country name adds no event.
 */
function dedupe(events: Event[], headingStarts: ReadonlySet<number>, entities: ReadonlyMap<string, Entity>): Event[] {
  const kept: Event[] = [];
  const rank = (e: Event) => (e.date ? 4 : 0) + (e.place ? 2 : 0) + (headingStarts.has(e.evidence.start) ? 0 : 1);
  const heading = (e: Event) => headingStarts.has(e.evidence.start);
  // ("TUNISIA TO BREAK TIES WITH IRAN" over "Tunisia has decided to break diplomatic relations", "U.S. MAY END SANCTIONS": a
  // heading's "TO" or "MAY" form tells the body's act, whose own words give its status; a heading in the present, "BRITAIN GIVES
  // AID", tells a fact of its own)
  const foretold = (e: Event) => heading(e) && (e.status === 'intended' || e.status === 'hypothetical');
  for (const e of events) {
    const same = kept.findIndex((k) => sameAct(k, e, entities, foretold(k) !== foretold(e) && heading(k) !== heading(e)) || headlineOf(k, e, headingStarts) || headlineOf(e, k, headingStarts));
    if (same < 0) { kept.push(e); continue; }
    const k = kept[same];
    const best = k.status !== e.status ? (heading(k) ? e : k) : rank(e) > rank(k) ? e : k;
    const other = best === e ? k : e;
    const actor = specificity(other.actor, entities) > specificity(best.actor, entities) ? other.actor : best.actor;
    const recipient = !best.recipient || (other.recipient && specificity(other.recipient, entities) > specificity(best.recipient, entities)) ? other.recipient : best.recipient;
    // (written out: a spread's copies have a shape of their own, met first long into a run; see findDates)
    kept[same] = actor === best.actor && recipient === best.recipient ? best : {
      kind: best.kind, type: best.type, cameo: best.cameo, mode: best.mode, context: best.context, status: best.status, actor, recipient,
      date: best.date, place: best.place, evidence: best.evidence, score: best.score,
    };
  }
  return kept.sort((a, b) => a.evidence.trigger.start - b.evidence.trigger.start);
}

/**
 * "IRAQ SAYS IT ATTACKS TWO SHIPS IN GULF" over "Iraq said its warplanes hit two ships off the Iranian coast": a heading's act
 * with no recipient, by the country the body's telling is by, is the body's act told short.
 */
function headlineOf(heading: Event, body: Event, headingStarts: ReadonlySet<number>): boolean {
  return heading.recipient === null && headingStarts.has(heading.evidence.start) && !headingStarts.has(body.evidence.start)
    && heading.type === body.type && heading.status === body.status && sameCountry(heading.actor.code, body.actor.code)
    && (heading.date === null || body.date === null || compatibleDates(heading.date.value, body.date.value));
}

function sameAct(a: Event, b: Event, entities: ReadonlyMap<string, Entity>, anyStatus = false): boolean {
  if (a.type !== b.type || a.cameo !== b.cameo || (a.status !== b.status && !anyStatus)) return false;
  if (a.date && b.date && !compatibleDates(a.date.value, b.date.value)) return false;
  if (a.actor.entity !== b.actor.entity && (!sameCountry(a.actor.code, b.actor.code) || !oneParty(a.actor, b.actor, entities) || twoPeople(a.actor, b.actor, entities))) return false;
  // "paid a visit to the Ivory Coast" ... "his visit": the same person's act told without its recipient
  if (a.recipient === null || b.recipient === null) return a.recipient === b.recipient || a.actor.entity === b.actor.entity;
  if (a.recipient.entity === b.recipient.entity) return true;
  return a.recipient.code !== null && a.recipient.code === b.recipient.code && !twoPeople(a.recipient, b.recipient, entities);
}

/**
 * Actors of one country are one party only when their codes are equal or one stands for the
 * country itself (a bare code, or a country entity such as "the Russian side" or "Washington" coded
 * for its government): "Tass" (SUNMED) and "Soviet officials" (SUNGOV) are two.
 */
function oneParty(a: EventActor, b: EventActor, entities: ReadonlyMap<string, Entity>): boolean {
  const countryLike = (x: EventActor) => (x.code !== null && x.code.length === 3) || entities.get(x.entity)?.type === 'country';
  return a.code === b.code || countryLike(a) || countryLike(b);
}

/** Two named people are two parties even with one code ("congratulated Liu", "appreciates Li's visit"). */
function twoPeople(a: EventActor, b: EventActor, entities: ReadonlyMap<string, Entity>): boolean {
  return a.entity !== b.entity && entities.get(a.entity)?.type === 'person' && entities.get(b.entity)?.type === 'person';
}

/** "2023-06" and "2023-06-09" can be one day; "2023-06-08" and "2023-06-09" cannot. */
function compatibleDates(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** Actor codes of one country ("RUS", "RUSGOV", "RUSMIL"); an IGO or other non-state code only equals itself. */
function sameCountry(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  if (a.startsWith('IGO') || b.startsWith('IGO') || a.startsWith('NGO') || b.startsWith('NGO')) return false;
  return a.length >= 3 && b.length >= 3 && a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1) && a.charCodeAt(2) === b.charCodeAt(2);
}

/** A coded sector over a bare country; a person over an organization over a group or a country. */
function specificity(a: EventActor, entities: ReadonlyMap<string, Entity>): number {
  const type = entities.get(a.entity)?.type;
  return (a.code !== null && a.code.length > 3 ? 3 : 0) + (type === 'person' ? 2 : type === 'organization' && !a.entity.startsWith('group-') ? 1 : 0);
}
