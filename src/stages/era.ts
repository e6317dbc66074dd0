/**
 * Actor codes of the time a dispatch was written. Until the Soviet Union ended (26 December 1991)
 * Moscow, the Kremlin and "Russian" forces stood for the Soviet state, which the coder codes SUN
 * (its former ISO 3166 code); a 1987 dispatch's "Moscow said" is SUNGOV, not RUSGOV.
 */
import type { Entity, Event, EventActor } from '../model.js';

const SOVIET_END = '1991-12-26';

function soviet(code: string | null): string | null {
  return code !== null && code.startsWith('RUS') ? `SUN${code.slice(3)}` : code;
}

/** A name the coder made for the state ("Russia (GOV)", "Government of Russia"), said as of the time. */
function nameOfTime(name: string): string {
  return name === 'Russia' || name.startsWith('Russia (') || name === 'Government of Russia' ? name.replace('Russia', 'Soviet Union') : name;
}

function actorOfTime(actor: EventActor): EventActor {
  return actor.code !== null && actor.code.startsWith('RUS') ? { ...actor, code: soviet(actor.code), name: nameOfTime(actor.name) } : actor;
}

function entityOfTime(e: Entity): Entity {
  return e.country === 'RUS' || e.actor?.startsWith('RUS') ? { ...e, country: e.country === 'RUS' ? 'SUN' : e.country, actor: soviet(e.actor), name: e.type === 'person' ? e.name : nameOfTime(e.name) } : e;
}

function eventOfTime(e: Event): Event {
  return e.actor.code?.startsWith('RUS') || e.recipient?.code?.startsWith('RUS') ? { ...e, actor: actorOfTime(e.actor), recipient: e.recipient && actorOfTime(e.recipient) } : e;
}

/**
 * Entities (coreference's, then the event coder's groups) and events with the codes of the
 * dispatch's date (unchanged when it has none or is later). The lists are built by push: `map`
 * gives a holey array where V8 has optimised its caller (`extract` inlines this) and a packed one
 * where not, and code that reads the article deoptimised on the change.
 */
export function codesOfTime(date: string | null, entities: readonly Entity[], groups: readonly Entity[], events: readonly Event[]): { entities: Entity[]; events: Event[] } {
  const then = date !== null && date < SOVIET_END;
  const entitiesOut: Entity[] = [];
  pushEach(entitiesOut, entities, then, entityOfTime);
  pushEach(entitiesOut, groups, then, entityOfTime);
  const eventsOut: Event[] = [];
  pushEach(eventsOut, events, then, eventOfTime);
  return { entities: entitiesOut, events: eventsOut };
}

/**
 * Each of `list` (through `f` when `then`) pushed onto `out`. One loop reads all three lists, so it
 * has met empty lists (an array literal's kind) as well as filled ones long before a story in
 * another language, whose missing layers are empty literals, would deoptimise `extract` with a new one.
 */
function pushEach<T>(out: T[], list: readonly T[], then: boolean, f: (x: T) => T): void {
  for (let i = 0; i < list.length; i++) out.push(then ? f(list[i]) : list[i]);
}
