/** Slots: the entities and groups an event's actor or recipient can be, and how a mention, a country or a group becomes one. */
import type { Entity, Mention, TextSpan } from '../../model.js';
import { firstFrom } from '../search.js';
import { countryName } from '../../lexicon/countries.js';
import type { Candidate, Context, Slot } from './types.js';

/**
 * A copy of a coreference entity with its fields in one order: coreference builds some by
 * spreading others, and the coder reads entities at sites V8 keeps monomorphic only if they all
 * share one shape (the group entities made here are built in the same order).
 */
export function sameShape(e: Entity): Entity {
  return {
    kind: 'entity', id: e.id, type: e.type, name: e.name, country: e.country, sector: e.sector, rank: e.rank, titles: e.titles,
    actor: e.actor, aliases: e.aliases, mentions: e.mentions,
  };
}

/** Every slot is built here with all its fields in one order, so that all slots share one shape. */
export function slotOf(entity: Entity, start: number, end: number, pending?: 'you', group?: boolean, partner?: Entity): Slot {
  return { entity, start, end, pending, group, partner };
}

/**
 * `slots.map(f)` built by push: V8's optimised `map` gives a holey array where its builtin gives a
 * packed one, so the kind of the actors and recipients made by `map` changed with the tier of the
 * function that made them, and their readers deoptimised ("wrong map") long into a corpus run.
 */
export function mapSlots(slots: readonly Slot[], f: (s: Slot) => Slot): Slot[] {
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
export function recast(c: Candidate, change: Partial<Candidate>): Candidate {
  return Object.assign({
    entry: c.entry, type: c.type, unit: c.unit, trigger: c.trigger, actors: c.actors, recipients: c.recipients, status: c.status,
    direction: c.direction, past: c.past, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, mode: c.mode, cameo: c.cameo, context: c.context,
    date: c.date, place: c.place, quote: c.quote, frame: c.frame, embedded: c.embedded, openInfinitive: c.openInfinitive, threat: c.threat,
    threatTo: c.threatTo, standsAlone: c.standsAlone,
  }, change);
}

/** The country of the entity at `slot`, at the same place in the text. */
export function countrySlot(ctx: Context, slot: Slot): Slot {
  const country = slot.entity.country!;
  return slotOf(countryEntity(ctx, country) ?? groupEntity(ctx, country, '', { start: slot.start, end: slot.end, text: ctx.text.slice(slot.start, slot.end) }), slot.start, slot.end);
}

export function sameSlots(a: readonly Slot[], b: readonly Slot[]): boolean {
  return a.length === b.length && a.every((x, i) => x.entity.id === b[i].entity.id);
}

/** A slot for the group of `country` and `sector` named by the text [start, end) ("Afghan", "Police", "opposition"). */
export function groupSlot(ctx: Context, country: string, sector: string, start: number, end: number): Slot {
  return slotOf(groupEntity(ctx, country, sector, { start, end, text: ctx.text.slice(start, end) }), start, end, undefined, true);
}

/**
 * The document's entity with this actor code, else one made for the group. Never a person: "Soviet
 * officials" are not Gorbachev because he is the one SUNGOV entity named.
 */
export function groupEntity(ctx: Context, country: string, sector: string, span: TextSpan): Entity {
  return codedGroup(ctx, country + sector, span, (e) => Boolean(sector) || e.type === 'country', () => ({
    kind: 'entity', id: `group-${country + sector}`, type: 'organization', name: sector ? `${countryName(country)} (${sector})` : countryName(country),
    country, sector: sector || null, rank: null, titles: [], actor: country + sector, aliases: [], mentions: [],
  }));
}

/** The document's entity (no person) with actor `code` that `fits`, else one `made` for it, kept per code with the spans it was used at. */
export function codedGroup(ctx: Context, code: string, span: TextSpan, fits: (e: Entity) => boolean, made: () => Entity): Entity {
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

export function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const lo = firstFrom(mentions, start);
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) out.push(mentions[i]);
  // a longer mention wins over ones it contains ("Defense Minister ... Li Shangfu" over "China")
  out.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of out) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

export function countryEntity(ctx: Context, code: string | null): Entity | null {
  if (!code) return null;
  for (const e of ctx.entities.values()) if (e.type === 'country' && (e.country === code || e.actor === code)) return e;
  return null;
}
