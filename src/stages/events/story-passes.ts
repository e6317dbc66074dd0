/** Story-level passes of the event coder: each reads and rewrites the candidates of a whole story (an act echoed, answered, mediated or accepted elsewhere in it). */
import type { Entity, Event, PloverType, Quote, Span, TextSpan } from '../../model.js';
import { tokenize } from '../../ner/tokenize.js';
import { COUNTRY_NAMES, DEMONYMS } from '../../lexicon/countries.js';
import { ACCUSATION_WORDS, ACT_NOUNS } from '../../lexicon/event-groups.js';
import { EVENT_TRIGGERS, MODE_CUES, type TriggerEntry } from '../../lexicon/event-triggers.js';
import { shapedEntry } from '../event-lexicon.js';
import { findDates } from '../dates.js';
import { sameStateOfSomeTime } from '../era.js';
import { actNounWord, reportAt, sideOf, symmetric } from './clause.js';
import { countryEntity, countrySlot, groupEntity, groupSlot, mapSlots, mentionsIn, recast, sameSlots, slotOf } from './slots.js';
import type { Candidate, Context, Slot, Unit } from './types.js';
import { ADDRESSING_TYPES, BETWEEN_PARTIES, COMPLAINT_FORUMS, CONDEMNED_KINDS, PREPOSITIONS, SPEECH_KINDS, STATE_SECTORS, WELCOMED_ACTS } from './word-classes.js';

/**
 * "Ecuadorean police arrested former Vice President Jorge Glas, who had been granted asylum by Mexico": a person of no code whom
 * another act of the sentence codes (the arrest: Ecuador's) is the same party to every act told of the person there.
 */
export function codePersonsByOtherActs(candidates: Candidate[]): void {
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
export function hostTheSubject(ctx: Context, candidates: Candidate[]): void {
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
/** An agreement or an offer ("agreed", "offers"), which binds its maker to another state named as a pledge does. */
const AGREEING_WORDS = /^(?:agree|offer)/i;
/** The words between an agreement's `to` and the party its infinitive's verb acts on ("to help the", "to supply"). */
const INFINITIVE_OBJECT = /^\s+[a-z]+\s+(?:the\s+)?$/;
/** CAMEO's code for hosting a visit (043), whose guest must be named. */
const HOSTING = '043';
/** A summit told after an act as where it takes place ("at next week's Venice economic summit"), not its topic ("discuss the summit"). */
const AT_SUMMIT = /\b(?:at|during)\s+(?:[\w'’-]+\s+){0,4}?summit\b/i;
/** An agreement itself ("agreed", "reached an accord"), not an offer: what a body's members can do together. */
const AGREED = /^(?:agree|reach)/i;
/** Whether a party is a state: a country, or its government. */
function isStateSlot(s: Slot): boolean {
  return s.entity.type === 'country' || s.entity.sector === 'GOV';
}
/** A possessive or article right before a word, which makes "promise" a noun ("kept his promise to"). */
const OWNED_NOUN_BEFORE = /\b(?:his|her|its|their|our|the|a)\s+$/i;

/**
 * "Mirziyoyev has been invited by Trump to attend the G20 summit ... The Uzbek leader accepted the invitation": an invitation
 * accepted with no one named is the one told last to the acceptor's country.
 */
export function acceptInvitations(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.entry.id !== 'agree.intent-meet' || !/invitation/.test(c.trigger.text) || c.recipients.length > 0 || c.actors.length === 0) continue;
    const own = sideOf(c.actors[0].entity);
    const invite = lastNear(candidates, i, (p) => p.status === 'invited' && p.actors.length > 0 && p.recipients.some((r) => sideOf(r.entity) === own) && sideOf(p.actors[0].entity) !== own);
    if (invite) candidates[i] = recast(c, { recipients: [...invite.actors] });
  }
}

/** The accusations and demands told in quotes, each added after the events of the units. */
export function addQuotedActs(ctx: Context, units: readonly Unit[], candidates: Candidate[]): void {
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
export function repeatEchoedActs(candidates: Candidate[]): void {
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
export function blameCondemnedActs(ctx: Context, candidates: Candidate[]): void {
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
export function aimProtestsAtDemands(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.type !== 'PROTEST' || c.recipients.length > 0 || c.actors.length === 0) continue;
    const demand = candidates.find((d) => d.unit === c.unit && d.type === 'REQUEST' && d.recipients.length > 0 && sameSlots(d.actors, c.actors) && d.trigger.start > c.trigger.start);
    if (demand) candidates[i] = recast(c, { recipients: [...demand.recipients] });
  }
}

/**
 * ("Spanish bank staff went on strike for more pay, union officials and employers said", "amid warning strikes by some 33,000 workers
 * ... employers have proposed cutting working hours", "Two small shipping companies have reached a pay deal with striking seamen"): a
 * strike aimed at no one, in a sentence that names the strikers' employers or their pay talks, or tells the plant or mill struck, is
 * the country's workers' strike against its business; one over pay alone, or the government's, is left as it is.
 */
export function aimStrikesAtEmployers(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // (and a union's notice of a strike: "has set a March 26 strike deadline at General Motors Corp's truck plant")
    // (and workers' refusal of the pay or contract offer made to them: "The strikers have rejected offers of a 100 pct raise from the
    // state oil company", "The unions rejected a company compromise proposal")
    const offerRefused = c.type === 'REJECT' && OFFER_REFUSED.test(ctx.text.slice(c.trigger.end, c.unit.end));
    if (!((c.type === 'PROTEST' && c.cameo === '143') || c.entry.id === 'threaten.strike' || offerRefused) || c.recipients.length > 0 || c.actors.length !== 1) continue;
    const { country, sector } = c.actors[0].entity;
    if (!country || (sector !== null && sector !== 'NGO')) continue;
    if (!EMPLOYER_TOLD.test(ctx.text.slice(c.unit.start, c.unit.end)) && !WORKPLACE_STRUCK.test(ctx.text.slice(c.trigger.start, c.unit.end))) continue;
    const employers = [groupSlot(ctx, country, 'BUS', c.trigger.start, c.trigger.end)];
    candidates[i] = recast(c, { recipients: employers });
    // (the demand for pay a strike is waged for, told by the strike's own words, is of the same employers: code-unit's strikeDemanded)
    for (let j = 0; j < candidates.length; j++) {
      const d = candidates[j];
      if (d.type === 'REQUEST' && d.trigger.start === c.trigger.start && d.recipients.length === 0 && sameSlots(d.actors, c.actors)) candidates[j] = recast(d, { recipients: employers });
    }
  }
}

/**
 * Employers named as such, or the talks, deal or offer over pay or a contract that a strike is against them in; or the companies or
 * firms a strike is told with: the one that tells of its own strike, or whose plants or stores it closed ("The company said employees
 * have been on strike since May 8", "An indefinite strike by 47,000 carworkers closed most Brazilian plants of Autolatina, the company
 * said"), those that settled with the strikers ("only two small shipping companies had reached a pay agreement. ... seamen remained
 * on strike"), the company's own staff ("during the recent strike by company engineers"); a state corporation too, or whoever
 * the strikers are employed by ("The employees walked out on June 11 over their demands, forcing the government-run corporation to
 * engage navy personnel").
 */
const EMPLOYER_TOLD = /\b(?:employers?|shipowners|management|compan(?:y|ies)|firms?|corporations?|employed by|mining hous(?:e|es)|(?:pay|wage|contract) (?:talks|negotiations|deal|offers?))\b/i;
/** An offer, a proposal or a contract as the object right after a verb of refusal ("rejected on Saturday a three-year contract offer"). */
const OFFER_REFUSED = /^\s+(?:\S+\s+){0,5}?(?:offers?|proposals?|contract)\b/i;
/**
 * The plant or mill a strike is told at, after its trigger ("walked off their jobs at the bus and truck plant", "a strike deadline at
 * General Motors Corp's Pontiac, Mich., truck and bus plant", "will walk out of the plant"); not a noun the plant only describes ("a strike against plant closures").
 */
const WORKPLACE_STRUCK = /^[^.;]*?\b(?:at|against|out of)\s+(?:the|its|their|a|an|[A-Z0-9]\S*)\s+(?:\S+\s+){0,7}?(?:plants?|mills?|factory|factories|works|smelters?|refinery|refineries|shipyards?|facility|facilities)\b/;

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
export function aimAnsweringThreats(ctx: Context, candidates: Candidate[]): void {
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

/**
 * "Japan has little chance of persuading the U.S. to drop threatened trade sanctions", "a proposed EC tax on vegetable oils that has
 * sparked threats of U.S. retaliation": a threat, or a sanction still to come, aimed at no one the sentence or the act it answers
 * names is aimed at the other side of the story, the one party of another state it is clearly about (named at least twice as often
 * as any other, and at least three times).
 */
export function aimThreatsAtTheOtherSide(ctx: Context, candidates: Candidate[]): void {
  // (per side of the threatener: a story may tell threats of both sides)
  const others = new Map<string, Slot | null>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const threat = c.type === 'THREATEN' || (c.type === 'SANCTION' && (c.status === 'hypothetical' || c.status === 'intended'));
    // (not an act read only with the one it is aimed at, nor a debtor's suspended payments, aimed at no state: see the README)
    if (!threat || c.recipients.length > 0 || c.actors.length !== 1 || c.entry.needsRecipient || c.cameo === '160') continue;
    const own = sideOf(c.actors[0].entity);
    if (!own) continue;
    if (!others.has(own)) others.set(own, otherSideOf(ctx, own));
    const other = others.get(own);
    if (other) candidates[i] = recast(c, { recipients: [other] });
  }
}

/** The side other than `own` that the story names most, at least three times and twice as often as the next (see aimThreatsAtTheOtherSide). */
function otherSideOf(ctx: Context, own: string): Slot | null {
  const counts = new Map<string, number>();
  for (const e of ctx.entities.values()) {
    const side = sideOf(e);
    if (!side || sameStateOfSomeTime(side, own)) continue;
    // (the dateline's place is where the copy was filed, often not a party: "LONDON, April 29 - Iran's navy commander warned")
    let named = 0;
    for (const m of e.mentions) if (!ctx.dateline || m.end <= ctx.dateline.start || m.start >= ctx.dateline.end) named++;
    if (named > 0) counts.set(side, (counts.get(side) ?? 0) + named);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < 3 || (ranked.length > 1 && ranked[0][1] < 2 * ranked[1][1])) return null;
  const side = ranked[0][0];
  // the side's own entity: the country, or the body its code names ("the European Community", IGOEU); else a group of the country
  let body: Entity | null = countryEntity(ctx, side);
  if (!body) for (const e of ctx.entities.values()) if (e.type !== 'person' && e.actor === side) { body = e; break; }
  const named = body ?? [...ctx.entities.values()].find((e) => sideOf(e) === side)!;
  const at = named.mentions[0];
  if (body) return slotOf(body, at.start, at.end);
  return side.length === 3 ? slotOf(groupEntity(ctx, side, '', at), at.start, at.end) : null;
}

/** Words of a border two countries' forces may face each other across. */
const BORDER_WORDS = /\b(?:border|frontier|boundary)\b/i;

/**
 * ("the peace deal signed ... by Ethiopia's government and Tigrayan forces after ten days of talks mediated by the African Union":
 * a mediation with no parties named is between the pair that acted together just before)
 */
export function mediateBetweenPair(candidates: Candidate[]): void {
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
export function targetAttacksOnTheHelped(ctx: Context, candidates: Candidate[]): void {
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
export function sendAidAsBefore(candidates: Candidate[]): void {
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
 * ("The U.S. is to lend Sudan 57 mln dlrs under an agreement signed here", "Under a contract signed in February the Saudis agreed to
 * supply oil to Brazil"): an agreement the sentence's act is done under, signed with no signer named, is the pair's that the act is
 * between, each way (as "X and Y signed"); its subject alone, or with the other party, was one side of it only
 */
export function signAsTheDealIsMade(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!SIGNED_UNDER.has(c.entry.id) || c.actors.length !== 1 || c.recipients.length > 1) continue;
    // (one signed with a party named is the subject's with it, as "X signed an accord with Y" is: "under an agreement signed with
    // Dai Ichi Kangyo Bank")
    if (/^\s+with\s/.test(ctx.text.slice(c.trigger.end, c.trigger.end + 6))) continue;
    // (the pair the act under it is between: its subject and the party of its trade, "South Africa will export maize to Taiwan",
    // or the two sides of the loan, sale or pledge told beside it)
    const named = [...c.actors, ...c.recipients];
    const parties = (d: Candidate) => [...d.actors, ...d.recipients];
    const deal = sidesOf(named).length === 2 ? null : candidates.find((d) => d !== c && d.unit === c.unit && DEAL_TYPES.has(d.type)
      && sidesOf(parties(d)).length === 2 && named.every((s) => sidesOf(parties(d)).includes(sideKey(s) ?? '')));
    if (!deal && sidesOf(named).length !== 2) continue;
    const pair: Slot[] = [];
    for (const s of deal ? parties(deal) : named) if (sideKey(s) && !pair.some((p) => sideKey(p) === sideKey(s))) pair.push(s);
    if (pair.length === 2) candidates[i] = recast(c, { actors: pair, recipients: [] });
  }
}

/** The side a coded slot stands for: its country, else its code (a body of states: IGOIMF). */
function sideKey(s: Slot): string | null {
  return s.entity.country ?? s.entity.actor ?? null;
}

/** The distinct sides of slots, in order. */
function sidesOf(slots: readonly Slot[]): string[] {
  const out: string[] = [];
  for (const s of slots) {
    const k = sideKey(s);
    if (k && !out.includes(k)) out.push(k);
  }
  return out;
}

/** Agreements told by what is done under them, with no signer named ("under an agreement signed here"). */
const SIGNED_UNDER: ReadonlySet<string> = new Set(['support.signed-under']);
/** Acts between two sides that an agreement is for: a loan or a grant, a sale, a pledge to supply. */
const DEAL_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(['AID', 'AGREE', 'COOPERATE']);

/**
 * ("President Reagan imposed 100 pct tariffs on Japanese goods ... He said he would lift the tariffs when Japan honoured the pact",
 * "REAGAN HOPES TO LIFT SANCTIONS SOON"): sanctions eased with no one named are the sanctions the same state is told imposing in the
 * story, eased toward the state they were imposed on; the one told nearest before, else the first told after (a headline comes first)
 */
export function liftSanctionsAsImposed(candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.entry.id !== 'retreat.ease-sanctions' || c.recipients.length > 0 || c.actors.length === 0) continue;
    const state = (s: Slot) => s.entity.country ?? null;
    const own = c.actors.map(state);
    if (own.some((code) => code === null)) continue;
    const imposed = (p: Candidate) => p.type === 'SANCTION' && p.recipients.length > 0 && p.actors.length > 0 && p.actors.every((a) => own.includes(state(a)))
      && p.recipients.every((r) => state(r) !== null && !own.includes(state(r)));
    let source: Candidate | null = null;
    for (let k = i - 1; k >= 0 && !source; k--) if (imposed(candidates[k])) source = candidates[k];
    for (let k = i + 1; k < candidates.length && !source; k++) if (imposed(candidates[k])) source = candidates[k];
    if (source) candidates[i] = recast(c, { recipients: [...source.recipients] });
  }
}

/**
 * ("had lodged a protest with Beijing and demanded an investigation"): a demand or appeal with no one named, joined by `and` to a
 * word act of the same side just before it, is made on the one that act addresses.
 */
export function demandOfTheAddressed(ctx: Context, candidates: Candidate[]): void {
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

/**
 * ("Papua New Guinea's government put about 1,000 soldiers on standby ... after rioting and looting in the capital"): a state's force
 * posture with no one named, in a sentence that tells its own people's protest, faces those people.
 */
export function faceOwnUnrest(ctx: Context, candidates: Candidate[]): void {
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
export function faceTheAttacker(ctx: Context, candidates: Candidate[]): void {
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
 * ("Iraq said its troops repelled an Iranian attack east of Amarah ... An Iranian infantry brigade, backed by tanks, launched the
 * overnight attack", "Iran launched the new offensive, codenamed Karbala-7, on Tuesday night among the peaks of the Haj Omran border
 * area"): an attack that took place with no one named is on the enemy, the one other country the story tells the attacker's
 * country fighting, as attacker or attacked; none where it fights two or more, or none.
 */
export function aimAttacksAtTheEnemy(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    // (only an act told whole with no one named: one that needs a target named ('attack', 'hit', 'killed') stays none without it)
    if (c.type !== 'ASSAULT' || c.entry.needsRecipient || c.recipients.length > 0 || c.status !== 'occurred' || c.actors.length !== 1 || !c.actors[0].entity.country) continue;
    const own = c.actors[0].entity.country;
    const enemies = new Set<string>();
    for (const p of candidates) {
      if (p.type !== 'ASSAULT') continue;
      const fought = p.actors.some((a) => a.entity.country === own) ? p.recipients : p.recipients.some((r) => r.entity.country === own) ? p.actors : [];
      for (const s of fought) if (s.entity.country && s.entity.country !== own) enemies.add(s.entity.country);
    }
    const enemy = enemies.size === 1 ? countryEntity(ctx, [...enemies][0]) : null;
    if (enemy) candidates[i] = recast(c, { recipients: [slotOf(enemy, c.trigger.start, c.trigger.end)] });
  }
}

/**
 * ("its troops repelled an overnight attack by three divisions of Iranian Revolutionary Guards", "moved reserves to repel the
 * Ukrainian incursion"): an attack that is repelled is the attacker's on the repelling side, and took place, whatever the status
 * of the repelling.
 */
export function repelledAttacks(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.entry.repels && c.actors.length > 0 && c.recipients.length === 1)
    .map((c) => recast(c, { actors: [...c.recipients], recipients: [...c.actors], status: 'occurred' }));
}

/** "Opposition leaders welcomed the climbdown": praise of an act told just before, with no doer named, is of the one who did it */
export function creditPraisedActs(ctx: Context, candidates: Candidate[]): void {
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
export function answerRejectedClaims(ctx: Context, candidates: Candidate[]): void {
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

/** A refusal for the time to come, right before a verb: "would never", "will not", "won't", "has no plans to", "no intention of". */
const WILL_NOT = /(?:\b(?:would|will)\s+(?:never|not)|\b(?:won't|wouldn't)|\bno\s+(?:immediate\s+|current\s+)?(?:plans?|intention)\s+(?:to|of))\s+$/i;

/** Whether the act is refused for the time to come: `would not`, `will never`, `has no plans to` right before its trigger. */
function refusedToCome(ctx: Context, c: Candidate): boolean {
  return WILL_NOT.test(ctx.text.slice(Math.max(0, c.trigger.start - 28), c.trigger.start));
}

/**
 * The CAMEO code of a refusal to yield by the kind of act refused (CAMEO 124x): to ease sanctions (1244), to release people
 * (1243), to de-escalate (1246), to allow access (1245), to ease restrictions (1241); else 124.
 */
function refusalCameo(cameo: string): string {
  if (cameo === '085') return '1244';
  if (cameo.startsWith('0841')) return '1243';
  if (cameo.startsWith('087')) return '1246';
  if (cameo === '086') return '1245';
  return cameo.startsWith('081') ? '1241' : '124';
}

/**
 * The candidates that are events, in order, with "you" resolved, recipients of the actor's own code dropped, and the
 * threat beside an attack announced by its own side added after it.
 */
export function resolveCandidates(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
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
    // ("said the government would not reverse the tax increases", "the U.S. would not lift the sanctions until Tokyo changed its
    // policies", "has no plans to lift its ban": a yielding act refused for the time to come is a refusal to yield, 124x, as
    // `would not bow to` is; "did not repeal the law" stays the negated concession, and so does one's own office kept, "would not
    // resign", 0831)
    if ((c.type === 'CONCEDE' || c.type === 'RETREAT') && c.status === 'negated' && !c.cameo.startsWith('0831') && refusedToCome(ctx, c)) c = recast(c, { type: 'REJECT', cameo: refusalCameo(c.cameo), status: 'occurred', direction: 'past' });
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
    // ("Japan has agreed to help the United States strengthen its defences": a state's agreement to act on another state, the
    // infinitive's object, is one as a pledge is; not a firm's, "agreed to sell the unit to Hercules", nor one to act on a thing
    // another state is named in, "agreed to initiate efforts to end the Iraq-Iran war")
    const binding = c.frame === 'verb' && !OWNED_NOUN_BEFORE.test(ctx.text.slice(Math.max(0, c.trigger.start - 8), c.trigger.start))
      && (PLEDGE_WORDS.test(c.trigger.text) || (AGREEING_WORDS.test(c.trigger.text) && actors.every(isStateSlot)
        && recipients.every((r) => isStateSlot(r) && INFINITIVE_OBJECT.test(ctx.text.slice(c.trigger.end, r.start)))));
    // ("OPEC agreed in December to cut its production ceiling", "EC ministers agreed to freeze farm prices": a body of states that
    // agrees acts as its members agreeing together, as a compound subject does)
    const members = c.frame === 'verb' && AGREED.test(c.trigger.text) && recipients.length === 0 && actors.every((a) => a.entity.actor?.startsWith('IGO'));
    if (c.entry.needsAct && !c.embedded && (actors.length < 2 || c.entry.oneSided) && !members && (recipients.length === 0 || (c.openInfinitive && !binding))) continue;
    // (two of one code are one party: "Yeutter and Agriculture Secretary Richard Lyng will discuss agriculture")
    // (a body of states consults its members; a state at a summit consults the others there, no one of them named: "would discuss the
    // Gulf situation with allied leaders at next week's Venice economic summit")
    // (not a host, who needs a guest named: "30 pct of loans received", "the loans it was due to receive" is no bank hosting)
    const amongMany = c.type === 'CONSULT' && c.cameo !== HOSTING && (actors[0].entity.actor?.startsWith('IGO')
      || (c.frame === 'verb' && AT_SUMMIT.test(ctx.text.slice(c.trigger.end, c.unit.end))));
    if (c.entry.needsRecipient && recipients.length === 0 && (!twoCodes(actors) || !symmetric(c)) && !amongMany && !c.standsAlone) continue;
    if (c.entry.againstOther && recipients.length === 0) continue;
    // ("the truce that President Aquino signed with the rebels' political wing": an agreement signed with a party no code names is
    // none coded; one signed with no party named, "the accord Venezuela signed a week ago", is the signer's alone)
    if (c.entry.agreementBefore && recipients.length === 0 && /^\s+with\s/.test(ctx.text.slice(c.trigger.end, c.trigger.end + 6))) continue;
    resolved.push(recast(c, { actors, recipients }));
    // the threat beside an attack announced by its own side
    if (c.threat) {
      const to = c.threatTo && c.threatTo.length > 0 ? [...c.threatTo] : recipients;
      resolved.push(recast(c, { actors: threatener(ctx, c, actors), recipients: to, type: 'THREATEN', cameo: c.type === 'ASSAULT' ? '138' : '130', mode: null, status: 'occurred', direction: 'past', date: saidOn(ctx, c), threat: false, threatTo: [] }));
    }
  }
  return resolved;
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

/** "We agreed to continue work on the return of civilians" (Russian ombudsman, RUSGOV -> RUS): no recipient. */
function ownCountry(c: Candidate, actor: Entity, recipient: Slot): boolean {
  const { type, cameo } = c;
  const code = recipient.entity.actor ?? recipient.entity.country;
  // ("Baldrige expressed concern about the continuing U.S. trade deficits": an official's criticism aimed at the bare own country
  // is none; an accusation of its people is one: "accused the protesters of being funded from abroad", "called the storming treasonous")
  // ("the State Department warned Americans not to travel to Haiti": a warning to one's own people is advice)
  // (an act the lexicon aims at the actor's own public keeps it: "Employers offered a 4.75 pct wage increase", to the country's workers)
  return ((BETWEEN_PARTIES.has(type) && !c.entry.ownPublic) || c.entry.othersOnly || (type === 'ACCUSE' && cameo !== '112' && actor.sector === 'GOV' && !(recipient.group && c.entry.objectIsAct))) && code !== null && code.length === 3 && actor.country === code;
}

const JOINT_ACT_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'consult.joint-act')!);
const EXPEL_PEOPLE_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'coerce.expel-people')!);

/**
 * "Britain expelled 11 Soviet diplomats and journalists": the people expelled beside the diplomats are deported (COERCE 174), of
 * the diplomats' country and the sector their noun names; the diplomats' expulsion stays the sanction (161).
 */
export function expelledBeside(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
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

/** The meeting an agreement's trigger names ("agreed in a phone call on Tuesday to"): [1] a phone call, [2] by video. */
const MEETING_FRAME = /\b(?:in|during|at)\b.*?\b(?:(phone|telephone)|(video))?[\s-]*(?:call|talks|meeting|summit|conversation|conference|videoconference)\b/i;

/** Talks told after an agreement in its sentence as what it came out of: "agreed ..., after four days of talks in Beijing", "after four days of previously undisclosed talks". */
const TALKS_BEHIND = /\b(?:after|following|at the end of)\s+(?:[\w-]+\s+){0,5}?(?:talks|negotiations)\b/i;

/**
 * "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday to ...": two leaders
 * of two countries who agree together met to do it. The meeting (040, each way, same day) unless the story already tells
 * one between their countries. Countries alone ("Armenia and Azerbaijan agreed") may have agreed through envoys, and a
 * treaty signed is often signed apart: no meeting is read into them.
 */
export function jointMeeting(ctx: Context, out: readonly Candidate[]): Candidate | null {
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

/** Words of talks a mediation can be of ("brokered talks", "in a meeting mediated by", "the AU-mediated negotiations"). */
const MEDIATED_TALKS = /\b(?:talks|meeting|meetings|negotiations|dialogue)\b/i;

/**
 * "Erdogan brokered talks in Ankara between Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed",
 * "after ten days of talks mediated by the African Union": talks a third party mediates between two are a meeting of the two
 * (040 each way), unless one is told; a mediated deal or truce alone tells no meeting of theirs.
 */
export function mediatedTalks(ctx: Context, out: readonly Candidate[]): Candidate[] {
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
export function mediatorsByAgent(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
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

/** Acts of force, threatened, shown or used. */
const FORCE_TYPES: ReadonlySet<PloverType> = new Set(['THREATEN', 'MOBILIZE', 'ASSAULT']);

/**
 * The other side of the last hostile act before threat `i` (in its sentence or the one before): the
 * target of the threatener's own side's act, or the doer of an act against the threatener's country.
 */
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
  // (by place, not by `c.quote`: an act told outside the marks of a mixed quote carries none)
  if (found.some((c) => c.type === 'ACCUSE' && q.start <= c.trigger.start && c.trigger.end <= q.end)) return null;
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

/** Whether the slots carry at least two different actor codes (two parties, not two people of one). */
function twoCodes(slots: readonly Slot[]): boolean {
  const first = slots[0] ? slots[0].entity.actor ?? slots[0].entity.country : null;
  return slots.some((s) => (s.entity.actor ?? s.entity.country) !== first);
}

const FAULT_ANSWERED_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'accuse.fault-answered')!);
/** Hostile acts whose cause, when told as another's fault, is an accusation of that other by the act's own actor. */
const FAULT_ANSWERING_TYPES: ReadonlySet<PloverType> = new Set(['SANCTION', 'THREATEN', 'REQUEST', 'ACCUSE']);
/**
 * A fault told as the cause an act answers, with its owner: "in retaliation for Japan's alleged failure to", "because of alleged
 * Japanese failure", "over alleged airspace violations by the Turkish air force", "for what it sees as Tokyo's violations of". Groups: a
 * possessive `owner`, a possessive `pronoun` (the act's own target: "imposed tariffs on Japan for its failure to"), a `demonym`,
 * the `fault`, an `agent` named after `by`. A fault with no `alleged` and no "what X sees as" is
 * one of the plain words of breaking a pact (failure, violation, breach, refusal); "unfair practices" need one of them too. The
 * words before the cause may hold the periods of a short name ("imposed duties on U.S. corn for").
 */
const FAULT_CAUSE = /^(?:[^.;]|(?<=\b[A-Z])\.){0,120}?\b(?:in retaliation for|to retaliate for|in response to|because of|for|over)\s+(?:what\s+(?:it|they|he|she|[A-Z][\w.]*)\s+(?:sees|saw|see|considers|considered|regards|regarded|calls|called|describes|described)\s+as\s+|the\s+|an?\s+)?(?:(?<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+|(?<pronoun>its|their)\s+)?(?:alleged\s+|continued\s+|repeated\s+)?(?:(?<demonym>[A-Z][a-z]+)\s+)?(?:alleged\s+)?(?<fault>failures?\s+to|violations?\s+of|breach(?:es)?\s+of|refusal\s+to|(?:alleged\s+)?unfair\s+(?:trade\s+|trading\s+)?practices|(?:airspace\s+|air\s+space\s+)?violations|violating|breaching|failing\s+to)(?:\s+by\s+(?:the\s+)?(?<agent>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))?/;

/**
 * "Reagan imposed tariffs on Japanese goods in retaliation for Japan's alleged failure to honour the pact", "protested to the
 * United Nations over alleged airspace violations by the Turkish air force": a sanction, threat, complaint or appeal told as
 * answering another party's fault charges that party with it (ACCUSE 112), made by the act's actor when the act is told.
 */
export function accusedCauses(ctx: Context, candidates: readonly Candidate[]): Candidate[] {
  const made: Candidate[] = [];
  for (const c of candidates) {
    if (!FAULT_ANSWERING_TYPES.has(c.type) || c.actors.length === 0 || c.status === 'negated') continue;
    const from = c.trigger.end;
    const told = FAULT_CAUSE.exec(ctx.text.slice(from, c.unit.end));
    // (an appeal answers a fault only when it asks for a reprisal: "urged Reagan to impose penalties ... in retaliation for")
    if (!told || (c.type === 'REQUEST' && !/\bretaliat/.test(told[0]))) continue;
    // ("... for Japan's alleged failure": a fault needs `alleged`, "what it sees as", or the words of breaking a pact)
    // (a fault no word gives an owner is the act's own target's: "imposed sanctions against Japan for alleged violations of an accord",
    // "recommending trade sanctions against Japan for violating the two countries' agreement")
    const owner = told.groups!.pronoun || unownedBreach(told) ? c.recipients.length === 1 && c.type !== 'REQUEST' ? c.recipients[0] : null : faultOwner(ctx, from, told);
    if (!owner || c.actors.some((a) => a.entity.country === owner.entity.country) || c.recipients.some((r) => r.entity.id === owner.entity.id && c.type === 'ACCUSE')) continue;
    // (the act nearest the cause answers it: "urged Reagan to impose penalties ... in retaliation for", one accusation per cause)
    const at = from + told.index + told[0].lastIndexOf(told.groups!.fault);
    if (made.some((m) => m.trigger.start === at)) continue;
    if (candidates.some((p) => p !== c && p.unit === c.unit && p.trigger.start > c.trigger.start && p.trigger.start < at && FAULT_ANSWERING_TYPES.has(p.type) && p.actors.length > 0)) continue;
    const trigger = { start: at, end: at + told.groups!.fault.length, text: told.groups!.fault };
    made.push(recast(c, {
      entry: FAULT_ANSWERED_ENTRY, type: 'ACCUSE', cameo: '112', mode: null, context: null, trigger, recipients: [owner],
      status: 'occurred', direction: 'past', past: true, frame: 'noun', embedded: false, openInfinitive: false, threat: false, threatTo: [], standsAlone: false,
      date: c.unit.paragraph === ctx.firstBody && ctx.anchor ? { value: ctx.anchor, precision: 'day' } : c.status === 'occurred' ? c.date : null,
    }));
  }
  return made;
}

/** Whether a fault told is the breaking of a pact or a failure with no owner, possessive, demonym or agent named ("for alleged violations of"). */
function unownedBreach(told: RegExpExecArray): boolean {
  const { owner, pronoun, demonym, agent, fault } = told.groups!;
  return !owner && !pronoun && !demonym && !agent && /^(?:violat|breach|fail)/.test(fault);
}

/** The party a fault told after `from` belongs to: the possessive name, the demonym, or the name after `by`, coded. */
function faultOwner(ctx: Context, from: number, told: RegExpExecArray): Slot | null {
  const whole = told[0];
  const { owner, demonym, fault, agent } = told.groups!;
  const seen = /\b(?:alleged|sees|saw|see|considers|considered|regards|regarded|calls|called|describes|described)\b/.test(whole);
  // ("in retaliation for Wellington's refusal to allow visits": a refusal is the other's own act, a fault only when alleged)
  if (!seen && (/practices$/.test(fault) || fault.startsWith('refusal'))) return null;
  const named = owner ?? agent;
  if (named) {
    const start = from + told.index + (owner ? whole.indexOf(owner) : whole.lastIndexOf(agent));
    // ("by the Turkish air force": a mention may start at its article)
    for (const m of mentionsIn(ctx.mentions, start - 4, start + named.length)) {
      const e = ctx.entities.get(m.entity);
      if (m.end <= start) continue;
      if (e && (e.actor || e.country)) return slotOf(e, m.start, m.end);
    }
    const code = COUNTRY_NAMES.get(named) ?? DEMONYMS.get(named);
    if (!code) return null;
    return slotOf(countryEntity(ctx, code) ?? groupEntity(ctx, code, '', { start, end: start + named.length, text: named }), start, start + named.length);
  }
  const code = demonym ? DEMONYMS.get(demonym) : undefined;
  if (!code) return null;
  const start = from + told.index + whole.indexOf(demonym);
  return slotOf(countryEntity(ctx, code) ?? groupEntity(ctx, code, '', { start, end: start + demonym.length, text: demonym }), start, start + demonym.length);
}

/**
 * "The unions rejected a company proposal", "the union agreed to an employers' request to reconvene talks", "talks between the
 * company and the union": a country's labour unions acting as bodies (bargaining, offering, refusing, demanding, threatening) are
 * non-governmental organisations, as the README's table codes a union (`ESPNGO`); their strikes and marches stay the country's
 * people's, as the written sets code them ("Nigeria's main labour unions began a strike" is NGA), and so do unionists arrested,
 * fired on or appealed to, and so does the demand a strike is called for. Read once every act is coded, since the same words are a
 * crowd or a body by the act alone.
 */
export function unionsAsBodies(ctx: Context, candidates: Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (CROWD_ACTS.has(c.type)) continue;
    // (the demand a strike is called for is the strikers' with the strike: "launched a national strike ... to demand that Ruto raise pay")
    if (candidates.some((p) => p.unit === c.unit && p.type === 'PROTEST' && sameSlots(p.actors, c.actors))) continue;
    const actors = mapSlots(c.actors, (s) => unionBody(ctx, s) ?? s);
    const recipients = BARGAINING_ACTS.has(c.type) ? mapSlots(c.recipients, (s) => unionBody(ctx, s) ?? s) : c.recipients;
    if (!sameSlots(actors, c.actors) || !sameSlots(recipients, c.recipients)) candidates[i] = recast(c, { actors, recipients });
  }
}
/** Acts a union does as its members' crowd (a strike, a march), or suffers as one. */
const CROWD_ACTS: ReadonlySet<PloverType> = new Set<PloverType>(['PROTEST', 'ASSAULT', 'COERCE', 'MOBILIZE']);
/** Acts whose recipient union is the other side of a bargain ("talks with the union", "an offer to the unions", "rejected the union's demands"). */
const BARGAINING_ACTS: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'AGREE', 'SUPPORT', 'REJECT']);
/** A slot told by a union's common noun in lower case ("Spanish unions", "the union", "union leaders", "the union members"), not a name ("the Soviet Union"). */
const UNION_TOLD = /(?:^|\s)(?:trade |labou?r )?(?:unions?(?: leaders?| officials?| members)?|unionists)$/;

/** The country's unions as a body for a slot `UNION_TOLD` of a country with no sector, else null. */
function unionBody(ctx: Context, s: Slot): Slot | null {
  const { country, sector, type } = s.entity;
  if (!country || sector || type === 'person' || !UNION_TOLD.test(ctx.text.slice(s.start, s.end))) return null;
  return groupSlot(ctx, country, 'NGO', s.start, s.end);
}

/**
 * "JAPAN COMPLAINS TO GATT ON TRADE PLAN ... Japan has complained to the GATT that South Korea's five-year plan breaks GATT rules",
 * "could file a formal complaint with GATT challenging Canada's decision ... could file a formal complaint with GATT under the dispute
 * settlement procedures": a complaint to a forum that names no party, by a side whose complaint elsewhere in the story names one, is
 * that complaint told again.
 */
export function aimRetoldComplaints(candidates: Candidate[]): void {
  const toForum = (c: Candidate) => c.recipients.length > 0 && c.recipients.every((r) => COMPLAINT_FORUMS.has(r.entity.actor ?? ''));
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.entry.id !== 'accuse.complain' || c.actors.length === 0 || !toForum(c)) continue;
    const side = sideOf(c.actors[0].entity);
    const named = candidates.find((o) => o.entry.id === 'accuse.complain' && o.recipients.length > 0 && !toForum(o) && o.actors.some((a) => sideOf(a.entity) === side));
    if (named) candidates[i] = recast(c, { recipients: named.recipients });
  }
}
