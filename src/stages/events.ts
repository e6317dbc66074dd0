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
 *
 * This file holds the story's steps in order (codeEvents); the parts live in ./events/: code-unit (one sentence or heading),
 * trigger-matches (the lexicon looked up), sentence-view (a unit's words and the party at each token), code-match (a match to a
 * candidate and its actor), subjects, recipients, nominal-acts, two-parties, armed-forces, crowds, finish (status, mode, place,
 * the entry's own rules), event-dates, story-passes (acts read across sentences), event-output (events and dedupe), and the
 * shared slots, types, word-classes and clause readers.
 */
import type { Dateline, Entity, Event, Mention, Message } from '../model.js';
import type { CorefLayer } from './coref.js';
import type { QuotesLayer } from './quotes.js';
import type { RecordLayer } from './record.js';
import type { StructureLayer } from './structure.js';
import type { TokenLayer } from './mentions.js';
import { SPEECH_VERBS } from '../lexicon/event-groups.js';
import { firstFrom } from './search.js';
import { dedupe, toEvents } from './events/event-output.js';
import { yearlessDateReadBack, yearOn } from './events/event-dates.js';
import { eventsOfTime } from './era.js';
import { acceptInvitations, accusedCauses, addQuotedActs, aimAnsweringThreats, aimThreatsAtTheOtherSide, aimRetoldComplaints, aimAttacksAtTheEnemy, aimProtestsAtDemands, aimStrikesAtEmployers, answerRejectedClaims, blameCondemnedActs, codePersonsByOtherActs, creditPraisedActs, demandOfTheAddressed, expelledBeside, faceOwnUnrest, faceTheAttacker, hostTheSubject, jointMeeting, liftSanctionsAsImposed, mediateBetweenPair, mediatedTalks, mediatorsByAgent, repeatEchoedActs, repelledAttacks, resolveCandidates, sendAidAsBefore, signAsTheDealIsMade, targetAttacksOnTheHelped, unionsAsBodies } from './events/story-passes.js';
import { recast, sameShape } from './events/slots.js';
import type { Candidate, Context, Unit } from './events/types.js';
import { codeUnit } from './events/code-unit.js';
import { buildView } from './events/sentence-view.js';

export interface EventsLayer {
  readonly events: readonly Event[];
  /** Groups coded as actors that coreference has no entity for ("Russian troops", "Kenyan protesters"). */
  readonly entities: readonly Entity[];
  readonly messages: readonly Message[];
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
  // (set one by one: a pair array per entity, read back by the Map constructor's iteration, was most of this step's own time)
  const entities = new Map<string, Entity>();
  for (const e of coref.entities) entities.set(e.id, sameShape(e));
  const anchor = dispatchDay(record.date, dateline?.date ?? null);
  const firstBody = structure.paragraphs.findIndex((p) => p.role === 'body');
  // built by push (not spread of filtered arrays, whose kind changes when one is empty)
  const units: Unit[] = [];
  for (const p of structure.paragraphs) if (p.role !== 'body') units.push({ start: p.start, end: p.end, paragraph: -1, sentence: -1, heading: units.length });
  structure.sentences.forEach((s, i) => units.push({ start: s.start, end: s.end, paragraph: s.paragraph, sentence: i, heading: -1 }));
  units.sort((a, b) => a.start - b.start);
  const ctx: Context = { text, entities, mentions: coref.mentions, quotes: quotes.quotes.filter((q) => q.kind !== 'indirect'), reports: quotes.quotes, anchor, firstBody, messages, groups: new Map(), read: read ?? null, home: dateline?.country ?? null, dateline: dateline ?? null, unread: [], told: { subject: null, several: [], sentence: -1, people: false } };

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
  aimThreatsAtTheOtherSide(ctx, candidates);
  aimProtestsAtDemands(candidates);
  aimStrikesAtEmployers(ctx, candidates);
  mediateBetweenPair(candidates);
  for (const talks of mediatedTalks(ctx, candidates)) candidates.push(talks);
  for (const mediation of mediatorsByAgent(ctx, candidates)) candidates.push(mediation);
  targetAttacksOnTheHelped(ctx, candidates);
  sendAidAsBefore(candidates);
  signAsTheDealIsMade(ctx, candidates);
  liftSanctionsAsImposed(candidates);
  demandOfTheAddressed(ctx, candidates);
  faceOwnUnrest(ctx, candidates);
  faceTheAttacker(ctx, candidates);
  for (const attack of repelledAttacks(candidates)) candidates.push(attack);
  aimAttacksAtTheEnemy(ctx, candidates);
  creditPraisedActs(ctx, candidates);
  answerRejectedClaims(ctx, candidates);
  acceptInvitations(candidates);
  hostTheSubject(ctx, candidates);
  dropToldArrivals(candidates);
  codePersonsByOtherActs(candidates);
  for (const expelled of expelledBeside(ctx, candidates)) candidates.push(expelled);
  for (const accused of accusedCauses(ctx, candidates)) candidates.push(accused);
  aimRetoldComplaints(candidates);
  unionsAsBodies(ctx, candidates);
  dateTheLead(ctx, candidates);
  dateActsToComeForward(ctx, candidates);
  const resolved = resolveCandidates(ctx, candidates);

  const events: Event[] = [];
  for (const c of resolved) events.push(...toEvents(c, text, messages));
  const headingStarts = new Set(units.filter((u) => u.paragraph < 0).map((u) => u.start));
  // (the codes of the dispatch's time: places of one state then, named apart today, are one party)
  const kept = dateHeadline(text, dedupe(eventsOfTime(record.date, events), headingStarts, entities), units[0], anchor);
  return { events: kept, entities: usedGroups(ctx, kept), messages };
}

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
 * "he plans a July trip to China" in a story of March: an act told as to come whose month or day, written without its year, was
 * read as the last one (its status settled after its date, by the act it is for) is the coming one, a year on.
 */
function dateActsToComeForward(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.status === 'intended' && c.date && yearlessDateReadBack(c.date, ctx.anchor)) candidates[i] = recast(c, { date: yearOn(c.date) });
  }
}

/** An article or a possessive right before a word, which makes a verb's word a noun ("her return"). */
const NOUN_BEFORE = /\b(?:a|an|the|its|his|her|their|this|that)\s+$/i;
/** The pluperfect right before a verb ("had imposed", "had already been"). */
const HAD_BEFORE = /\bhad\s+(?:\p{L}+ly\s+|been\s+)?$/iu;

/**
 * "The United States invoked the right of self-defense in destroying an Iranian oil platform", "Egypt has been authorized to
 * purchase 200,000 tonnes of U.S. wheat under an existing PL-480 agreement": an act done that the first body paragraph tells, with
 * no date of its own, is the news of the dispatch's day, whichever rule or pass read it (finish dates the acts it reads so; the
 * acts read by the story's passes and the unit's own readings came undated). Told by a verb: an act the lead names by its noun is
 * often an earlier one the story tells again ("a strike by Japanese dockworkers will continue", "since her return from the Soviet
 * Union"). Not one inside a direct quote.
 */
function dateTheLead(ctx: Context, candidates: Candidate[]): void {
  if (!ctx.anchor) return;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.date || c.status !== 'occurred' || c.unit.paragraph !== ctx.firstBody || c.frame !== 'verb') continue;
    if (ctx.quotes.some((q) => q.start <= c.trigger.start && c.trigger.start < q.end)) continue;
    // (a verb's word read after an article or a possessive is its noun: "since her return from the Soviet Union")
    // (nor one told in the pluperfect, done before the news: "after an 11-day shutdown it had imposed")
    const before = ctx.text.slice(Math.max(0, c.trigger.start - 24), c.trigger.start);
    if (NOUN_BEFORE.test(before) || HAD_BEFORE.test(before)) continue;
    candidates[i] = recast(c, { date: { value: ctx.anchor, precision: 'day' } });
  }
}

/**
 * "STOLTENBERG URGES U.K. ENTRY INTO EMS": an act the headline alone tells, in the present, was done on the dispatch day (the
 * headline's present is the news of the day); read after one event per act is kept, so that the date parts no telling from another.
 */
function dateHeadline(text: string, events: Event[], first: Unit | undefined, anchor: string | null): Event[] {
  if (!first || first.paragraph >= 0 || !anchor) return events;
  // ("IRAQ SAYS IT HIT TWO SHIPS IN GULF": so is an act the headline says someone tells, in the present)
  const told = (e: Event): boolean => HEADLINE_SAYS.test(text.slice(first.start, e.evidence.trigger.start));
  return events.map((e) => e.date === null && e.evidence.start === first.start && (e.status === 'occurred' || e.status === 'requested') && (HEADLINE_PRESENT.test(e.evidence.trigger.text) || told(e))
    ? { ...e, date: { value: anchor, precision: 'day' as const } } : e);
}
/** A headline's verb in the present ("URGES", "ACCUSES", "SEEKS"), not a noun or a form to come ("TO VISIT"). */
const HEADLINE_PRESENT = /^[A-Z]{3,}S\b/;
/** A headline's verb of telling in the present, before the act told ("IRAQ SAYS IT HIT"). */
const HEADLINE_SAYS = /\b(?:SAYS|SAY|REPORTS|CLAIMS|CONFIRMS)\s/;

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
  // (the mentions are sorted by start: the first from the unit's start, found by halves, not by a scan of the story's mentions per unit)
  const m = ctx.mentions[firstFrom(ctx.mentions, unit.start)] as Mention | undefined;
  if (!m || m.start >= unit.end || !/^\s*(?:[Tt]he\s+)?$/.test(ctx.text.slice(unit.start, m.start))) return null;
  const verb = OPENER_VERB.exec(ctx.text.slice(m.end, Math.min(unit.end, m.end + 60)))?.[1];
  if (!verb || !(SPEECH_VERBS.has(verb) || /ed$/.test(verb))) return null;
  return ctx.entities.get(m.entity) ?? null;
}
