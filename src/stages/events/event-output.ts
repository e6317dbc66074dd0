/** Candidates to events, and one event per act per story (dedupe). */
import type { Entity, Event, EventActor, Message } from '../../model.js';
import { goldstein } from '../../lexicon/event-triggers.js';
import { symmetric } from './clause.js';
import type { Candidate } from './types.js';

function actorOf(entity: Entity): EventActor {
  return { entity: entity.id, name: entity.name, code: entity.actor ?? entity.country ?? null };
}

/** One event per actor (and per recipient); compound actors with no recipient pair up. */
export function toEvents(c: Candidate, text: string, messages: Message[]): Event[] {
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
  const political = pairs.filter(([a, r]) => !businessOnly(a, r));
  if (political.length === 0) {
    messages.push({ stage: 'events', message: `${c.type} event (${c.entry.id}) between companies only: business news, not coded`, start: c.trigger.start, end: c.trigger.end });
    return [];
  }
  if (political.every(([a, r]) => courtRuling(c, a, r))) {
    messages.push({ stage: 'events', message: `${c.type} event (${c.entry.id}) of a court on a private party's plea: a ruling in a suit, not coded`, start: c.trigger.start, end: c.trigger.end });
    return [];
  }
  // "Russia will hold exercises": a joint act with nobody is another act ("alone" in the lexicon)
  const alone = c.entry.alone && c.actors.length === 1 && c.recipients.length === 0 ? c.entry.alone : null;
  void text;
  const sentence = { start: c.unit.start, end: c.unit.end };
  return political.map(([a, r]) => ({
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
 * A company acting alone or toward another company (a merger agreement signed, a bid refused, shareholders urged to wait)
 * is business news, not an act between political actors; a company's act toward a state, a government or a body (a
 * complaint to a ministry, a deal with a foreign state's firm a government brokered) stays, as does any act done to a company.
 */
function businessOnly(actor: Entity, recipient: Entity | null): boolean {
  return (actor.sector === 'BUS' || privatePerson(actor)) && (recipient === null || recipient.sector === 'BUS');
}

/**
 * A person the text gives no office, party, force or body ("Carl Icahn and Interstate Properties said they were holding
 * discussions", "Melamed urged members to reject the referendum", an analyst's forecast): acting alone or toward a company, a private
 * person's act is no political event.
 */
function privatePerson(entity: Entity): boolean {
  return entity.type === 'person' && entity.sector === null;
}

/**
 * A court or judge that refuses or agrees to a plea of a party no code names or of a company ("the U.S. District Court in Boston has
 * denied Mark IV's application for a restraining order", "Judge Sanders rejected parts of the suit", "the Court of Appeals has
 * agreed to hear the company's petition") rules in a suit, as courts do every day: no act between political actors. A court that
 * rejects a state's or a body's plea stays ("The Canadian Import Tribunal rejected the U.S. complaint"), as do its other acts
 * (sentences, orders, bans).
 */
function courtRuling(c: Candidate, actor: Entity, recipient: Entity | null): boolean {
  if (c.type !== 'REJECT' && !(c.type === 'AGREE' && c.cameo === '030')) return false;
  if (actor.sector !== 'JUD' || !COURT_WORDS.test(`${actor.name} ${actor.titles.join(' ')}`)) return false;
  return recipient === null || recipient.sector === 'BUS' || privatePerson(recipient);
}

/** Courts and judges by name or title ("Chief Justice", not the Justice Department or a Ministry of Justice). */
const COURT_WORDS = /\b(?:court|courts|judge|tribunal|magistrate)\b|(?<!\bof )\bjustice\b(?! (?:department|ministry))/i;

/**
 * A truce a state body declares in its own country ("Ethiopia's government declared a unilateral ceasefire in the Amhara
 * region") is toward the armed side there, which the place does not name: the country itself is no party.
 */
function ownGround(c: Candidate, actor: Entity, recipient: Entity): boolean {
  return c.cameo === '0871' && actor.sector !== null && !recipient.sector && recipient.country !== null && recipient.country === actor.country;
}

/**
 * One event per act per story (the "one-a-day" convention of event data): two tellings are the same
 * act when type, CAMEO code and status agree (a heading's status gives way to the body's), the recipients carry the same code (or neither has
 * one), the actors belong to the same country (an IGO only to itself) and the dates agree or one
 * is missing. The kept telling is the one with a date, then a place, then the body over the
 * headings; its actor and recipient become the most specific ones told ("Gerasimov" over
 * "the Russian side"), so that a restatement by a bare country name adds no event.
 */
export function dedupe(events: Event[], headingStarts: ReadonlySet<number>, entities: ReadonlyMap<string, Entity>): Event[] {
  const kept: Event[] = [];
  const rank = (e: Event) => (e.date ? 4 : 0) + (e.place ? 2 : 0) + (headingStarts.has(e.evidence.start) ? 0 : 1);
  const heading = (e: Event) => headingStarts.has(e.evidence.start);
  // ("TUNISIA TO BREAK TIES WITH IRAN" over "Tunisia has decided to break diplomatic relations", "U.S. MAY END SANCTIONS": a
  // heading's "TO" or "MAY" form tells the body's act, whose own words give its status; a heading in the present, "BRITAIN GIVES
  // AID", tells a fact of its own)
  const foretold = (e: Event) => heading(e) && (e.status === 'intended' || e.status === 'hypothetical');
  for (const e of events) {
    // ("CANADA VOWS TO FIGHT U.S. POTASH ACTION" over "vowed to do everything possible to fight the U.S. action against Canadian
    // potash exports": a heading's act whose code the body's words read more closely is the body's act, under the body's code)
    const same = kept.findIndex((k) => sameAct(k, e, entities, foretold(k) !== foretold(e) && heading(k) !== heading(e), heading(k) !== heading(e)) || headlineOf(k, e, headingStarts) || headlineOf(e, k, headingStarts));
    if (same < 0) { kept.push(e); continue; }
    const k = kept[same];
    const best = k.status !== e.status || k.cameo !== e.cameo ? (heading(k) ? e : k) : rank(e) > rank(k) ? e : k;
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

function sameAct(a: Event, b: Event, entities: ReadonlyMap<string, Entity>, anyStatus = false, anyCode = false): boolean {
  if (a.type !== b.type || (a.cameo !== b.cameo && !anyCode) || (a.status !== b.status && !anyStatus)) return false;
  if (a.date && b.date && !compatibleDates(a.date.value, b.date.value)) return false;
  if (a.actor.entity !== b.actor.entity && (!sameCountry(a.actor.code, b.actor.code) || !oneParty(a.actor, b.actor, entities) || twoPeople(a.actor, b.actor, entities))) return false;
  // "paid a visit to the Ivory Coast" ... "his visit": the same person's act told without its recipient
  if (a.recipient === null || b.recipient === null) return a.recipient === b.recipient || a.actor.entity === b.actor.entity;
  if (a.recipient.entity === b.recipient.entity) return true;
  // ("CHINA AND PORTUGAL SIGN MACAO DEAL" over the premiers' signing: a heading names the body's parties by their countries)
  if (anyCode && sameCountry(a.recipient.code, b.recipient.code) && oneParty(a.recipient, b.recipient, entities)) return true;
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
