/**
 * Actor codes of the time a dispatch was written. States that later split stood for their parts:
 * until the Soviet Union ended (26 December 1991) Moscow, the Kremlin and "Russian" forces stood for
 * the Soviet state, which the coder codes SUN (its former ISO 3166 code); a 1987 dispatch's "Moscow
 * said" is SUNGOV, not RUSGOV. So a 1987 dispatch from Belgrade is of Yugoslavia (YUG) and one from
 * Bratislava of Czechoslovakia (CSK).
 */
import type { Entity, Event, EventActor } from '../model.js';
import { LEADERS } from '../lexicon/leaders.js';

/** A code that stood for its former state before a date: [today's code, the former state's code, the day it became its own]. */
const FORMER_STATES: readonly (readonly [string, string, string])[] = [
  ['RUS', 'SUN', '1991-12-26'],
  // the other union republics were the Soviet state's ("Soviet Armenia" in 1988); not the Baltic three, whose own
  // states the West never ceased to recognise, nor Georgia, which 1980s copy names mostly as the U.S. state
  ['UKR', 'SUN', '1991-12-26'], ['BLR', 'SUN', '1991-12-26'], ['MDA', 'SUN', '1991-12-26'], ['ARM', 'SUN', '1991-12-26'], ['AZE', 'SUN', '1991-12-26'],
  ['KAZ', 'SUN', '1991-12-26'], ['UZB', 'SUN', '1991-12-26'], ['TKM', 'SUN', '1991-12-26'], ['KGZ', 'SUN', '1991-12-26'], ['TJK', 'SUN', '1991-12-26'],
  // Serbia and Montenegro kept the code of Yugoslavia until the federation was renamed
  ['SRB', 'YUG', '2003-02-04'], ['MNE', 'YUG', '2003-02-04'],
  ['HRV', 'YUG', '1991-06-25'], ['SVN', 'YUG', '1991-06-25'], ['MKD', 'YUG', '1991-09-08'], ['BIH', 'YUG', '1992-03-03'],
  ['CZE', 'CSK', '1993-01-01'], ['SVK', 'CSK', '1993-01-01'],
  // Eritrea was Ethiopia's until its independence, South Sudan Sudan's ("Eritrean rebels" in 1987 are Ethiopia's)
  ['ERI', 'ETH', '1993-05-24'], ['SSD', 'SDN', '2011-07-09'],
];

/** Whether two country codes name one state at some time ("RUS" for Moscow, "SUN" for "Soviet leader Mikhail Gorbachev"). */
export function sameStateOfSomeTime(a: string, b: string): boolean {
  return a === b || FORMER_STATES.some(([code, former]) => (code === a && former === b) || (code === b && former === a));
}

/**
 * States that ended by joining another: [their code, the state that took them in, the day they ended]. East Germany (DDR)
 * joined the Federal Republic on 3 October 1990; a later "East Berlin" or "East German" is Germany's. South Yemen (YMD) and
 * North Yemen became one Yemen on 22 May 1990.
 */
const ENDED_STATES: readonly (readonly [string, string, string])[] = [['DDR', 'DEU', '1990-10-03'], ['YMD', 'YEM', '1990-05-22']];


/** A day after every change: undated text is of today. */
const TODAY = '9999-12-31';

/** The days codes became their own, each once, in order. */
const CHANGE_DAYS = [...new Set([...FORMER_STATES, ...ENDED_STATES].map(([, , day]) => day))].sort();

/** The former states of a dispatch dated before `CHANGE_DAYS[k]` and on or after the day before it (built on first use). */
const FORMER_BY_PERIOD: (ReadonlyMap<string, string> | undefined)[] = [];

/**
 * Today's country code -> the former state's code, for a dispatch of `date`. The map depends only on
 * which change days are still to come, so each of those few maps is built once, not once per story.
 */
function formerStates(date: string): ReadonlyMap<string, string> {
  let k = 0;
  while (k < CHANGE_DAYS.length && CHANGE_DAYS[k] <= date) k++;
  let map = FORMER_BY_PERIOD[k];
  if (map === undefined) {
    const built = new Map<string, string>();
    for (const [code, former, until] of FORMER_STATES) if (date < until) built.set(code, former);
    for (const [code, successor, ended] of ENDED_STATES) if (date >= ended) built.set(code, successor);
    FORMER_BY_PERIOD[k] = map = built;
  }
  return map;
}

/** A code ("RUSGOV") of the time: its country part replaced by the former state's. */
function ofTime(code: string | null, former: ReadonlyMap<string, string>): string | null {
  if (code === null || code.length < 3) return code;
  const then = former.get(code.slice(0, 3));
  return then ? `${then}${code.slice(3)}` : code;
}

/** Names the coder made for today's state ("Russia (GOV)", "Government of Russia"), said as of the time. */
// (and, for the states that ended, the names of the states that took them in: "East Germany" is Germany's from 1990 on)
const FORMER_NAMES: Readonly<Record<string, string>> = { SUN: 'Soviet Union', YUG: 'Yugoslavia', CSK: 'Czechoslovakia', ETH: 'Ethiopia', SDN: 'Sudan', DEU: 'Germany', YEM: 'Yemen' };
const TODAY_NAMES: Readonly<Record<string, string>> = { RUS: 'Russia', UKR: 'Ukraine', BLR: 'Belarus', MDA: 'Moldova', ARM: 'Armenia', AZE: 'Azerbaijan', KAZ: 'Kazakhstan', UZB: 'Uzbekistan', TKM: 'Turkmenistan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', SRB: 'Serbia', MNE: 'Montenegro', HRV: 'Croatia', SVN: 'Slovenia', MKD: 'North Macedonia', BIH: 'Bosnia and Herzegovina', CZE: 'Czechia', SVK: 'Slovakia', ERI: 'Eritrea', SSD: 'South Sudan', DDR: 'East Germany', YMD: 'South Yemen' };

function nameOfTime(name: string, code: string, former: string): string {
  const today = TODAY_NAMES[code];
  if (!today) return name;
  return name === today || name.startsWith(`${today} (`) || name === `Government of ${today}` ? name.replace(today, FORMER_NAMES[former] ?? former) : name;
}

function actorOfTime(actor: EventActor, former: ReadonlyMap<string, string>): EventActor {
  const code = ofTime(actor.code, former);
  if (code === actor.code || actor.code === null || code === null) return actor;
  return { ...actor, code, name: nameOfTime(actor.name, actor.code.slice(0, 3), code.slice(0, 3)) };
}

function entityOfTime(e: Entity, former: ReadonlyMap<string, string>): Entity {
  const country = e.country !== null ? former.get(e.country) ?? e.country : null;
  const actor = ofTime(e.actor, former);
  if (country === e.country && actor === e.actor) return e;
  const today = e.country ?? e.actor?.slice(0, 3) ?? '';
  return { ...e, country, actor, name: e.type === 'person' ? e.name : nameOfTime(e.name, today, (country ?? actor ?? '').slice(0, 3)) };
}

function eventOfTime(e: Event, former: ReadonlyMap<string, string>): Event {
  const actor = actorOfTime(e.actor, former);
  const recipient = e.recipient && actorOfTime(e.recipient, former);
  return actor === e.actor && recipient === e.recipient ? e : { ...e, actor, recipient };
}

/**
 * Entities (coreference's, then the event coder's groups) and events with the codes of the
 * dispatch's date (unchanged when it has none or is later). The lists are built by push: `map`
 * gives a holey array where V8 has optimised its caller (`extract` inlines this) and a packed one
 * where not, and code that reads the article deoptimised on the change.
 */
export function codesOfTime(date: string | null, entities: readonly Entity[], groups: readonly Entity[], events: readonly Event[]): { entities: Entity[]; events: Event[] } {
  // (undated text is read as of today for the states that ended: a town of the former East Germany is Germany's)
  const former = formerStates(date ?? TODAY);
  const entitiesOut: Entity[] = [];
  pushEach(entitiesOut, entities, former, entityOfTime);
  pushEach(entitiesOut, groups, former, entityOfTime);
  const eventsOut = eventsOfTime(date, events);
  if (date !== null && date < LAST_OFFICE) privateBefore(date, entitiesOut, eventsOut);
  if (date !== null && date >= FIRST_RULE) {
    const ruled = new Map<string, string>();
    for (let i = 0; i < entitiesOut.length; i++) {
      const e = entityRuling(entitiesOut[i], date);
      if (e !== entitiesOut[i] && e.actor) ruled.set(e.id, e.actor);
      entitiesOut[i] = e;
    }
    for (let i = 0; i < eventsOut.length; i++) eventsOut[i] = eventRuling(eventsOut[i], date, ruled);
  }
  return date !== null && date < LAST_FOUNDING ? bodiesOfTime(date, entitiesOut, eventsOut) : { entities: entitiesOut, events: eventsOut };
}

/**
 * Events with the codes of the dispatch's date, codes and names only: the event coder reads two tellings as one act by these
 * ("a wave of strikes" in Zagreb and in Belgrade are both Yugoslavia's in 1987, not Croatia's and Serbia's).
 */
export function eventsOfTime(date: string | null, events: readonly Event[]): Event[] {
  const out: Event[] = [];
  pushEach(out, events, formerStates(date ?? TODAY), eventOfTime);
  return out;
}

/** The latest of some days ("" for none): dispatches dated from it on need no look-up in their table. */
function lastDay(days: Iterable<string>): string {
  let last = '';
  for (const day of days) if (day > last) last = day;
  return last;
}

/** Office holders the leader table knows, by name, with the day their office began (those it dates). */
const TOOK_OFFICE: ReadonlyMap<string, string> = new Map(LEADERS.flatMap((l) => (l.since ? l.names.map((n) => [n, l.since!] as const) : [])));
const LAST_OFFICE = lastDay(TOOK_OFFICE.values());

/**
 * "Donald Trump and Interstate Properties said they were holding discussions" (1987): one the leader table codes for an office
 * not yet taken, with no title in the text, is a private person of the country (in place, both lists).
 */
function privateBefore(date: string, entities: Entity[], events: Event[]): void {
  const recoded = new Map<string, string | null>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    const since = e.type === 'person' && e.titles.length === 0 ? TOOK_OFFICE.get(e.name) : undefined;
    if (since === undefined || date >= since) continue;
    entities[i] = { ...e, actor: e.country, sector: null };
    recoded.set(e.id, e.country);
  }
  if (recoded.size === 0) return;
  const of = (a: EventActor): EventActor => (recoded.has(a.entity) ? { ...a, code: recoded.get(a.entity)! } : a);
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (recoded.has(e.actor.entity) || (e.recipient && recoded.has(e.recipient.entity))) events[i] = { ...e, actor: of(e.actor), recipient: e.recipient && of(e.recipient) };
  }
}

/**
 * Bodies whose acronym or name stood for another before they were founded: [their code, the day they began work]. In 1987
 * copy "the ICC" is the U.S. Interstate Commerce Commission, not the International Criminal Court (July 2002): before its day
 * the code is no one's, and an event it would act in has no actor.
 */
const FOUNDED: ReadonlyMap<string, string> = new Map([['IGOICC', '2002-07-01']]);
const LAST_FOUNDING = lastDay(FOUNDED.values());

function notYet(code: string | null, date: string): boolean {
  const founded = code !== null ? FOUNDED.get(code) : undefined;
  return founded !== undefined && date < founded;
}

function bodiesOfTime(date: string, entities: Entity[], events: Event[]): { entities: Entity[]; events: Event[] } {
  const kept: Event[] = [];
  for (const e of events) {
    if (notYet(e.actor.code, date)) continue;
    kept.push(e.recipient && notYet(e.recipient.code, date) ? { ...e, recipient: null } : e);
  }
  for (let i = 0; i < entities.length; i++) if (notYet(entities[i].actor, date)) entities[i] = { ...entities[i], actor: null, sector: null };
  return { entities, events: kept };
}

/**
 * Armed groups and movements that came to rule their country: [their code before, what their name holds, their code as
 * rulers, the day they took power]. The Taliban took Kabul on 15 August 2021; from then "the Taliban administration
 * rejected" is Afghanistan's government (AFGGOV), not its rebels.
 */
const RULING_GROUPS: readonly (readonly [string, RegExp, string, string])[] = [
  ['AFGREB', /Taliban/, 'AFGGOV', '2021-08-15'],
  // the African National Congress won South Africa's first free election; its government took office on 10 May 1994
  ['ZAFOPP', /African National Congress|\bANC\b/, 'ZAFGOV', '1994-05-10'],
  // the Palestine Liberation Organization's Palestinian Authority was set up by the Gaza-Jericho agreement of 4 May 1994
  ['PSEREB', /Palestine Liberation|\bPLO\b/, 'PSEGOV', '1994-05-04'],
];
const FIRST_RULE = RULING_GROUPS.reduce((first, [, , , since]) => (since < first ? since : first), '9999');

function ruling(code: string | null, name: string, date: string): string | null {
  for (const [group, named, rulers, since] of RULING_GROUPS) if (code === group && date >= since && named.test(name)) return rulers;
  return null;
}

/** (a member is named for the group by a title: "ANC president Cyril Ramaphosa") */
function entityRuling(e: Entity, date: string): Entity {
  const actor = ruling(e.actor, e.titles.length > 0 ? `${e.name} ${e.titles.join(' ')}` : e.name, date);
  return actor ? { ...e, actor, sector: actor.slice(3) } : e;
}

function actorRuling(a: EventActor, date: string, ruled: ReadonlyMap<string, string>): EventActor {
  const code = (a.code !== null && ruled.has(a.entity) ? ruled.get(a.entity) : undefined) ?? ruling(a.code, a.name, date);
  return code ? { ...a, code } : a;
}

function eventRuling(e: Event, date: string, ruled: ReadonlyMap<string, string>): Event {
  const actor = actorRuling(e.actor, date, ruled);
  const recipient = e.recipient && actorRuling(e.recipient, date, ruled);
  if (actor === e.actor && recipient === e.recipient) return e;
  // (rulers now, the two sides are one: no other party)
  return { ...e, actor, recipient: recipient && recipient.code === actor.code ? null : recipient };
}

/**
 * Each of `list` (through `f` when there are former states) pushed onto `out`. One loop reads all
 * three lists, so it has met empty lists (an array literal's kind) as well as filled ones long before
 * a story in another language, whose missing layers are empty literals, would deoptimise `extract`.
 */
function pushEach<T>(out: T[], list: readonly T[], former: ReadonlyMap<string, string> | null, f: (x: T, former: ReadonlyMap<string, string>) => T): void {
  for (let i = 0; i < list.length; i++) out.push(former ? f(list[i], former) : list[i]);
}
