/**
 * Relative and explicit dates in running text, resolved against the dispatch date.
 *
 * `on Friday` is the most recent Friday on or before the dispatch date for past events and the
 * next Friday after it for future ones; `in April` is the most recent April (the current month
 * counts) for past events and the next April (the current month counts) for future ones;
 * `in March this year`, `last year`, `last week`, `next month`, `over the weekend`, `yesterday`, `June 9`, `9 June 2023`
 * and ISO dates are read as written; `a day after`, `two days after` count back from the dispatch
 * date. Weeks are given by their month ("next week" = the month of next
 * Monday, "this week" = the dispatch's month), as test/fixtures/events/README.md codes them.
 */
import type { EventDate } from '../model.js';
import { MONTHS } from '../lexicon/agencies.js';

export type Direction = 'past' | 'future';

export interface FoundDate extends EventDate {
  readonly start: number;
  readonly end: number;
}

const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
/** A day's name as written in running text, in a passage sent in lower case, or in a heading in capitals ("on monday", "ON MONDAY"). */
const WEEKDAY = `(?:${Object.keys(WEEKDAYS).map((d) => `[${d[0].toUpperCase()}${d[0]}]${d.slice(1)}|${d.toUpperCase()}`).join('|')})`;

/** One regex, alternatives from most to least specific; named groups tell which matched. */
const DATE = new RegExp(
  [
    String.raw`(?<iso>\b\d{4}-\d{2}-\d{2}\b)`,
    String.raw`(?<mdy>\b(?<mdyM>${MONTH})\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<mdyY>\d{4}))?\b)`,
    String.raw`(?<dmy>\b(?<dmyD>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dmyM>${MONTH})(?:,?\s+(?<dmyY>\d{4}))?\b)`,
    String.raw`(?<my>\b(?:(?:early|late|mid)[\s-])?(?<myM>${MONTH})(?:\s+(?:of\s+)?(?<myY>\d{4})|\s+(?<myRel>this|last|next)\s+year)?\b)`,
    String.raw`(?<year>\b(?:in|since|during|by)\s+(?<yearY>(?:19|20)\d{2})\b)`,
    String.raw`(?<wd>\b(?:(?<wdRel>last|next|this)\s+)?(?<wdD>${WEEKDAY})\b)`,
    // (a sentence may open with one: "Yesterday tens of thousands of demonstrators took to the streets", "Last week")
    String.raw`(?<rel>\b(?:(?<relQ>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier this|[Ll]ater this|[Tt]he coming|[Tt]he past)\s+(?<relU>week|month|year)|(?<relD>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening)|[Oo]vernight))\b)`,
    // "over the weekend", "this weekend", "a weekend visit": told by the weekend's month, as a week is ("weekends" is habitual)
    String.raw`(?<wkend>\b(?:(?<wkendRel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+coming|[Tt]he\s+past)\s+)?(?:[Ww]eekend|WEEKEND)\b)`,
    // "a day after U.S. jets hit", "two days after": counted back from the dispatch
    String.raw`(?<after>\b(?<afterN>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<afterU>day|days|week|weeks|month|months|year|years)\s+after\b)`,
    // "two weeks ago", "exactly a year ago": counted back too
    String.raw`(?<ago>\b(?<agoX>exactly\s+)?(?<agoN>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<agoU>day|days|week|weeks|month|months|year|years)\s+ago\b)`,
  ].join('|'),
  'g',
);

/** Every date expression in text[from, to), resolved against `anchor` (YYYY-MM-DD). */
export function findDates(text: string, from: number, to: number, anchor: string | null, direction: Direction): FoundDate[] {
  if (!anchor) return [];
  const out: FoundDate[] = [];
  const window = text.slice(from, to);
  // (an `exec` loop, not `matchAll`: that clones the expression and makes an iterator per call; no alternative matches the
  // empty string, so the loop visits the same matches, and the last `exec`, finding none, leaves `lastIndex` at 0)
  DATE.lastIndex = 0;
  for (let m = DATE.exec(window); m !== null; m = DATE.exec(window)) {
    const g = m.groups ?? {};
    const start = from + m.index;
    const end = start + m[0].length;
    const resolved = resolve(g, anchor, direction);
    // (written out, not `{ ...resolved, text, start, end }`: in Node 20 a spread followed by new
    // properties gives every object a map of its own, and every reader of the dates went megamorphic)
    if (resolved) out.push({ value: resolved.value, precision: resolved.precision, text: m[0], start, end });
  }
  return out;
}

/** Resolve one date expression as written ("in April", "last week"); null when it is none. */
export function resolveDate(expression: string, anchor: string, direction: Direction): EventDate | null {
  const found = findDates(expression, 0, expression.length, anchor, direction);
  if (found.length === 0) return null;
  const { value, precision, text } = found[0];
  return { value, precision, text };
}

/** How far after the dispatch a day written without its year is read in the dispatch's year, even for an act told in the past. */
const NEAR_DAY_MS = 60 * 86_400_000;

function resolve(g: Record<string, string | undefined>, anchor: string, direction: Direction): EventDate | null {
  const [ay, am, ad] = anchor.split('-').map(Number);
  if (g.iso) return { value: g.iso, precision: 'day' };
  if (g.mdy || g.dmy) {
    const month = monthNumber(g.mdyM ?? g.dmyM);
    const day = Number(g.mdyD ?? g.dmyD);
    const year = g.mdyY ?? g.dmyY;
    if (!month || day < 1 || day > 31) return null;
    if (year) return { value: iso(Number(year), month, day), precision: 'day' };
    // no year: the nearest such day in the direction of the event; but a day of the coming weeks is not last year's ("if the
    // U.S. imposes its planned sanctions on April 17", in a story of April 13, read for the threat told in the past)
    const thisYear = iso(ay, month, day);
    if (direction === 'past') return { value: thisYear <= anchor || Date.parse(thisYear) - Date.parse(anchor) <= NEAR_DAY_MS ? thisYear : iso(ay - 1, month, day), precision: 'day' };
    return { value: thisYear >= anchor ? thisYear : iso(ay + 1, month, day), precision: 'day' };
  }
  if (g.my) {
    const month = monthNumber(g.myM);
    if (!month) return null;
    if (g.myM === 'May' && !g.myY && !g.myRel) return null; // the modal verb "may" is lower case; "May" alone is too risky
    if (g.myY) return { value: ym(Number(g.myY), month), precision: 'month' };
    if (g.myRel) return { value: ym(ay + (g.myRel === 'last' ? -1 : g.myRel === 'next' ? 1 : 0), month), precision: 'month' };
    if (direction === 'past') return { value: ym(month <= am ? ay : ay - 1, month), precision: 'month' };
    return { value: ym(month >= am ? ay : ay + 1, month), precision: 'month' };
  }
  if (g.year) return { value: g.yearY!, precision: 'year' };
  if (g.wd) {
    const target = WEEKDAYS[g.wdD!.toLowerCase()];
    const today = weekday(ay, am, ad);
    let delta: number;
    if (g.wdRel === 'last' || (direction === 'past' && g.wdRel !== 'next')) delta = -((today - target + 7) % 7);
    else delta = (target - today + 7) % 7 || 7;
    if (g.wdRel === 'last' && delta === 0) delta = -7;
    return { value: addDays(anchor, delta), precision: 'day' };
  }
  if (g.wkend) {
    // the weekend's Saturday: the one on or before the dispatch for a past act, the coming one for an act to come (the dispatch's
    // own weekend when it is a Saturday or a Sunday); "last" and "next" step a weekend back or on from the dispatch's own week
    const today = weekday(ay, am, ad);
    const saturday = addDays(anchor, -((today + 1) % 7));
    const onWeekend = today === 6 || today === 0;
    const rel = g.wkendRel?.toLowerCase().replace(/\s+/g, ' ');
    let day: string;
    if (rel === 'last') day = onWeekend ? addDays(saturday, -7) : saturday;
    else if (rel === 'next' || rel === 'the coming') day = addDays(saturday, 7);
    else if (onWeekend || direction === 'past' || rel === 'the past') day = saturday;
    else day = addDays(saturday, 7);
    return { value: day.slice(0, 7), precision: 'month' };
  }
  if (g.after) {
    const n = COUNTS[g.afterN!.toLowerCase()] ?? Number(g.afterN);
    // (two weeks and more are told by their month, as "last week" is; "three months after" by its month, "two years after" its year;
    // "a week after" is read to the day, as analysts read it)
    return countedBack(anchor, n, g.afterU!, n === 1 && g.afterU === 'week');
  }
  if (g.ago) return countedBack(anchor, COUNTS[g.agoN!.toLowerCase()] ?? Number(g.agoN), g.agoU!, Boolean(g.agoX));
  if (g.rel) {
    if (g.relD) {
      // ("attacked the tanker last night" in the morning's dispatch: the night before its day; "overnight" and "this afternoon" are the
      // dispatch's day; a hard-wrapped line may fall between the words, "late last\nnight")
      const word = g.relD.toLowerCase().replace(/\s+/g, ' ');
      const delta = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
      return { value: addDays(anchor, delta), precision: 'day' };
    }
    const quantifier = g.relQ!.toLowerCase();
    const shift = quantifier === 'last' || quantifier === 'the past' ? -1 : quantifier === 'next' || quantifier === 'the coming' ? 1 : 0;
    if (g.relU === 'week') {
      // a week is told by its month ("next week" = the month of next Monday): wire copy rarely
      // says which days, and a week value would claim more than the text does
      const monday = addDays(anchor, -((weekday(ay, am, ad) + 6) % 7));
      const day = shift === 0 ? anchor : addDays(monday, 7 * shift);
      return { value: day.slice(0, 7), precision: 'month' };
    }
    if (g.relU === 'month') {
      const total = ay * 12 + (am - 1) + shift;
      return { value: ym(Math.floor(total / 12), (total % 12) + 1), precision: 'month' };
    }
    return { value: String(ay + shift), precision: 'year' };
  }
  return null;
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function monthNumber(written: string | undefined): number | null {
  if (!written) return null;
  return MONTHS[written.toLowerCase().replace(/\.$/, '')] ?? null;
}

function weekday(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function ym(y: number, m: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * The date `n` units ("day", "weeks", "months", "years") before `anchor`: a day by its day, a week and more by its month,
 * months by the month, years by the year; `exact` ("exactly a year ago") keeps the day.
 */
function countedBack(anchor: string, n: number, unit: string, exact: boolean): { value: string; precision: 'day' | 'month' | 'year' } {
  if (unit.startsWith('day')) return { value: addDays(anchor, -n), precision: 'day' };
  if (unit.startsWith('week')) return exact ? { value: addDays(anchor, -7 * n), precision: 'day' } : { value: addDays(anchor, -7 * n).slice(0, 7), precision: 'month' };
  const [y, m, d] = anchor.split('-').map(Number);
  const months = unit.startsWith('month') ? n : 12 * n;
  const total = y * 12 + (m - 1) - months;
  const month = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  if (exact) return { value: `${month}-${String(d).padStart(2, '0')}`, precision: 'day' };
  return unit.startsWith('month') ? { value: month, precision: 'month' } : { value: month.slice(0, 4), precision: 'year' };
}
