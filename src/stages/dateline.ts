/**
 * Dateline stage: finds the place, date and agency that open a dispatch
 * ("MOSCOW, June 9. /TASS/.", "BEIJING, June 9 (Xinhua) --", "KYIV, Ukraine (AP) —",
 * "WASHINGTON, Feb 26 -") and resolves the place against the gazetteer.
 * No dateline gives `null` and a message, never a guess.
 */
import type { Dateline, Message } from '../model.js';
import { agencyByMark, MONTHS } from '../lexicon/agencies.js';
import { lookupPlace, titleCase } from '../gazetteer.js';
import { CAPITALS, COUNTRY_NAMES } from '../lexicon/countries.js';

export interface DatelineLayer {
  readonly dateline: Dateline | null;
  /** Offset where the headline ends when the dispatch has one before its dateline. */
  readonly headline: { start: number; end: number } | null;
  readonly messages: readonly Message[];
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A word of a place: "ST." and "N.J." may end in a period, "MOSCOW." may not (the period is TASS's). */
const WORD = String.raw`(?:[A-Z](?:\.[A-Z])+\.|[A-Z][A-Za-z]{0,2}\.(?= )|[A-Z][A-Za-z'’\-]*)`;
const PLACE = String.raw`${WORD}(?: (?:${WORD}|de|al|el|es|am|upon|on))*`;
const REGION = String.raw`(?:[A-Z](?:\.[A-Z])+\.|[A-Z][a-z]{1,5}\.|${PLACE})`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})` +
    String.raw`(?:,\s+(?!${MONTH}\b)(?<region>${REGION}))?` +
    String.raw`(?:[,.]?\s+(?<month>${MONTH})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?\.?)?` +
    String.raw`(?:\s*\((?<agency>[^()\n]{2,30})\)|\s*/(?<slash>[A-Za-z][A-Za-z-]{1,15})/\.?|,\s*(?<byname>Reuters?)\b)?` +
    // ("CHICAGO, March 4, -": a comma the desk left before the dash)
    String.raw`[ \t]*,?[ \t]*(?<sep>--|—|–|-|:)?[ \t]*`,
  'i',
);

/** How far into the text a dateline may start (after a headline of a few lines). */
const SEARCH_LINES = 4;

/** Capitals left out of CAPITALS because a namesake elsewhere is as often meant in running text. */
const DATELINE_CAPITALS: ReadonlyMap<string, string> = new Map([['San Jose', 'CRI'], ['Male', 'MDV']]);

export function findDateline(text: string, recordDate: string | null): DatelineLayer {
  const messages: Message[] = [];
  let lineStart = 0;
  for (let i = 0; i < SEARCH_LINES && lineStart < text.length; i++) {
    const lineEnd = nextLineEnd(text, lineStart);
    // ("****SANTO DOMINGO, March 4 -": the asterisks a 1987 desk put before a dateline are no part of it)
    const contentStart = skipStars(text, skipSpace(text, lineStart, lineEnd), lineEnd);
    const found = matchAt(text, contentStart, lineEnd, recordDate, messages);
    if (found) {
      const headline = contentStart > 0 ? { start: 0, end: trimEnd(text, lineStart) } : null;
      return { dateline: found, headline: headline && headline.end > 0 ? headline : null, messages };
    }
    lineStart = lineEnd + 1;
  }
  messages.push({ stage: 'dateline', message: 'no dateline found at the start of the dispatch', start: 0, end: Math.min(text.length, 80), severity: 'info' });
  return { dateline: null, headline: null, messages };
}

function matchAt(text: string, start: number, lineEnd: number, recordDate: string | null, messages: Message[]): Dateline | null {
  const lineLimit = Math.min(text.length, start + 160);
  // With no agency and no separator the match is no dateline, nor when it runs past the line's end
  // (checked below): a line with none of the chars that open one ("(Xinhua)", "/TASS/", "-", "—",
  // "–", ":") is passed over without the expression (what it returned before is null, with no message).
  if (!opensAgencyOrSeparator(text, start, Math.min(lineEnd, lineLimit))) return null;
  const line = text.slice(start, lineLimit);
  const m = DATELINE.exec(line);
  if (!m || !m.groups) return null;
  const g = m.groups;
  // ("BRUSSELS, March 27, Reuter -": the agency's name after the date, as some 1987 desks wrote it)
  const agencyMark = g.agency ?? g.slash ?? (g.byname ? 'Reuters' : null);
  const agency = agencyMark ? agencyByMark(agencyMark) : null;
  if (agencyMark && !agency) return null; // "(Conn.)" or any other bracket is not an agency
  const hasDate = Boolean(g.month);
  const placeIsCaps = g.place === g.place.toUpperCase() && /[A-Z]{3}/.test(g.place);
  if (!agency && !g.sep) return null;
  if (!agency && !(placeIsCaps || hasDate || g.region)) return null;
  if (!agency && g.sep === ':' && !placeIsCaps) return null;
  // A dash after a plain capitalised word that is not a place is a sentence, not a dateline.
  const place = lookupPlace(g.place, g.region ?? null);
  const regionCountry = g.region ? COUNTRY_NAMES.get(titleCase(g.region)) ?? null : null;
  const written = titleCase(g.place);
  // ("KUWAIT, March 2 -", "BAHRAIN, April 9 -": a country's name alone as the place is the country, whose capital
  // GeoNames files under another name, Kuwait City or Manama, and whose name some small town elsewhere may bear)
  const namedCountry = g.region ? undefined : COUNTRY_NAMES.get(written);
  if (!place && !namedCountry && !agency && (!placeIsCaps || !(hasDate || g.region))) return null;
  if (m[0].length === 0 || start + m[0].length > lineEnd + 1) return null;

  const placeName = place && place.name.toLowerCase() === written.toLowerCase() ? place.name : written;
  // ("PANAMA CITY, July 11 -", "SAN JOSE, Jan 17 -": a capital written with no state or country after it is the capital, not a
  // bigger or more populous namesake in the United States, which the wire would have written "SAN JOSE, Calif.")
  const capital = g.region || (place && place.country !== 'USA') ? undefined : CAPITALS.get(written) ?? DATELINE_CAPITALS.get(written);
  // ("HANOVER, West Germany, March 27 -": a country written after the place is the place's, whatever namesake the gazetteer holds)
  const country = capital ?? regionCountry ?? namedCountry ?? place?.country ?? null;
  if (!place && !namedCountry) {
    messages.push({ stage: 'dateline', message: `dateline place "${g.place}" is not in the gazetteer`, start, end: start + g.place.length, severity: 'warning' });
  }
  let agencyName = agency?.name ?? null;
  if (!agencyName && hasDate && /^-$/.test(g.sep ?? '')) {
    agencyName = 'Reuters'; // "WASHINGTON, Feb 26 -", "NEW YORK, APRIL 1 -": the Reuters dateline form of the 1980s
    messages.push({ stage: 'dateline', message: 'agency inferred from the dateline form "CITY, Mon D -" (Reuters)', start, end: start + m[0].length, severity: 'info' });
  }
  const date = resolveDatelineDate(g.month ?? null, g.day ?? null, g.year ?? null, recordDate);
  if (hasDate && !date) {
    messages.push({ stage: 'dateline', message: 'dateline gives a day but no year and the record has no date', start, end: start + m[0].length, severity: 'warning' });
  }
  return {
    kind: 'dateline',
    start,
    end: start + m[0].replace(/\s+$/, '').length,
    place: placeName,
    country,
    date,
    agency: agencyName,
    geonameId: place && place.country === country ? place.geonameId : null,
  };
}

/** Whether `text[from, to)` holds a char that an agency mark or a separator of `DATELINE` needs. */
function opensAgencyOrSeparator(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 58 || c === 40 || c === 47 || c === 0x2014 || c === 0x2013) return true;
  }
  return false;
}

/** The dateline's month and day in the year that puts it nearest the record date. */
export function resolveDatelineDate(month: string | null, day: string | null, year: string | null, recordDate: string | null): string | null {
  if (!month || !day) return recordDate;
  const mm = MONTHS[month.toLowerCase().replace(/\.$/, '')];
  const dd = Number(day);
  if (!mm || dd < 1 || dd > 31) return recordDate;
  if (year) return iso(Number(year), mm, dd);
  if (!recordDate) return null;
  const anchor = recordTime(recordDate);
  const y = Number(recordDate.slice(0, 4));
  // (the nearest year found first, its date written once)
  let best = 0;
  let bestGap = Infinity;
  for (let candidate = y - 1; candidate <= y + 1; candidate++) {
    const gap = Math.abs(dayTime(candidate, mm, dd) - anchor);
    if (gap < bestGap) {
      best = candidate;
      bestGap = gap;
    }
  }
  return bestGap === Infinity ? null : iso(best, mm, dd);
}

/**
 * `Date.parse` of the record date at midnight UTC, kept for the last record date seen: stories come
 * in runs of one date, and parsing the string was the largest part of this function's time.
 */
let lastRecordDate: string | null = null;
let lastRecordTime = NaN;
function recordTime(recordDate: string): number {
  if (recordDate !== lastRecordDate) {
    lastRecordTime = Date.parse(`${recordDate}T00:00:00Z`);
    lastRecordDate = recordDate;
  }
  return lastRecordTime;
}

/**
 * `Date.parse` of the day's ISO string at midnight UTC, by arithmetic for the years it reads as
 * written (V8 reads a day past the month's end as the next month's, as `Date.UTC` does); parsing
 * strings was most of this stage's date work.
 */
function dayTime(y: number, m: number, d: number): number {
  return y >= 100 && y <= 9999 ? Date.UTC(y, m - 1, d) : Date.parse(`${iso(y, m, d)}T00:00:00Z`);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function nextLineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

function skipStars(text: string, from: number, to: number): number {
  while (from < to && text[from] === '*') from++;
  return from;
}

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  return from;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
