/** Stable keys for cross-article linking: actor ids, normalised names, event dates. */
import type { Entity, Event, EventDate } from '../model.js';

/** Lower case, no diacritics or punctuation, single spaces: "Valery  Gerasimov." -> "valery gerasimov". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The store id of an entity: one id per real-world actor across articles. People and
 * organisations by type + country + normalised canonical name (coreference has already turned a
 * surname-only mention into the full name); countries by their code alone, governments named by
 * their capital by their actor code ("country:RUSGOV").
 */
export function actorId(entity: Pick<Entity, 'type' | 'name' | 'country'> & { readonly actor?: string | null }): string {
  // A capital standing for its government ("Moscow said") is the government, not the country.
  if (entity.type === 'country' && entity.country) return entity.actor && entity.actor !== entity.country ? `country:${entity.actor}` : `country:${entity.country}`;
  return `${entity.type}:${entity.country ?? '-'}:${normaliseName(entity.name)}`;
}

/** The first day an event date stands for ("2024-04" -> "2024-04-01"), or null. */
export function eventDay(date: EventDate | null, fallback: string | null): { day: string | null; precision: EventDate['precision'] | null } {
  if (!date) return { day: fallback, precision: fallback ? null : null };
  const v = date.value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { day: v, precision: date.precision };
  if (/^\d{4}-\d{2}$/.test(v)) return { day: `${v}-01`, precision: date.precision };
  if (/^\d{4}$/.test(v)) return { day: `${v}-01-01`, precision: date.precision };
  return { day: fallback, precision: null };
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What must match for two reports to be the same event: type, actor and recipient. */
export function dyadKey(event: Event, actor: string | null, recipient: string | null): string {
  const side = (id: string | null, code: string | null | undefined, name: string | undefined) => id ?? code ?? (name ? normaliseName(name) : '-');
  return `${event.type}|${side(actor, event.actor.code, event.actor.name)}|${event.recipient ? side(recipient, event.recipient.code, event.recipient.name) : '-'}`;
}

/** Country part of an actor code ("RUSMIL" -> "RUS"); IGO codes have none. */
export function codeCountry(code: string | null | undefined): string | null {
  if (!code || code.startsWith('IGO')) return null;
  return /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null;
}

/** First day of the period holding `day`. Weeks start on Monday. */
export function periodStart(day: string, by: 'day' | 'week' | 'month'): string {
  if (by === 'day') return day;
  if (by === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday);
  return d.toISOString().slice(0, 10);
}
