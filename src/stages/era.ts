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

/** Entities and events with the codes of the dispatch's date (unchanged when it has none or is later). */
export function codesOfTime(date: string | null, entities: readonly Entity[], events: readonly Event[]): { entities: Entity[]; events: Event[] } {
  if (date === null || date >= SOVIET_END) return { entities: [...entities], events: [...events] };
  return {
    entities: entities.map((e) => (e.country === 'RUS' || e.actor?.startsWith('RUS') ? { ...e, country: e.country === 'RUS' ? 'SUN' : e.country, actor: soviet(e.actor), name: e.type === 'person' ? e.name : nameOfTime(e.name) } : e)),
    events: events.map((e) => (e.actor.code?.startsWith('RUS') || e.recipient?.code?.startsWith('RUS') ? { ...e, actor: actorOfTime(e.actor), recipient: e.recipient && actorOfTime(e.recipient) } : e)),
  };
}
