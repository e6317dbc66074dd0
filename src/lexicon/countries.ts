/**
 * Countries: names, demonyms and capitals mapped to ISO 3166 alpha-3, built from the
 * world-countries package plus the forms wire copy uses that the package lacks.
 */
import { createRequire } from 'node:module';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

const require = createRequire(import.meta.url);
const WORLD: WorldCountry[] = require('world-countries');

/** Forms seen in wire copy that world-countries does not list. Keys are as written. */
const EXTRA_NAMES: Record<string, string> = {
  'U.S.': 'USA', US: 'USA', USA: 'USA', 'U.S.A.': 'USA', America: 'USA', 'United States of America': 'USA',
  Britain: 'GBR', 'Great Britain': 'GBR', UK: 'GBR', 'U.K.': 'GBR', England: 'GBR', 'Northern Ireland': 'GBR',
  'Russian Federation': 'RUS', 'Soviet Union': 'SUN', USSR: 'SUN', 'U.S.S.R.': 'SUN', Yugoslavia: 'YUG', Czechoslovakia: 'CSK',
  "People's Republic of China": 'CHN', 'People’s Republic of China': 'CHN', PRC: 'CHN',
  "Chinese People's Republic": 'CHN', 'Chinese People’s Republic': 'CHN', 'mainland China': 'CHN',
  // ("Korea" alone is the South in the wires' usage: "we're not going to let Japan off the hook, or Korea", "Korea's ban of U.S. meat")
  'South Korea': 'KOR', Korea: 'KOR', 'Republic of Korea': 'KOR', ROK: 'KOR', 'North Korea': 'PRK', DPRK: 'PRK',
  Bosnia: 'BIH', Iran: 'IRN', Syria: 'SYR', Vietnam: 'VNM', 'Viet Nam': 'VNM', Laos: 'LAO', Taiwan: 'TWN',
  'Czech Republic': 'CZE', Czechia: 'CZE', Turkey: 'TUR', Türkiye: 'TUR', Burma: 'MMR', Myanmar: 'MMR',
  'Ivory Coast': 'CIV', "Cote d'Ivoire": 'CIV', Holland: 'NLD', 'the Netherlands': 'NLD',
  'West Germany': 'DEU', 'East Germany': 'DDR', 'German Democratic Republic': 'DDR', GDR: 'DDR', Moldova: 'MDA', Bolivia: 'BOL', Venezuela: 'VEN',
  // (the two Yemens until they united on 22 May 1990: the South was the People's Democratic Republic, ISO 3166-3 YMD)
  'South Yemen': 'YMD', "People's Democratic Republic of Yemen": 'YMD', 'North Yemen': 'YEM', 'Yemen Arab Republic': 'YEM',
  Tanzania: 'TZA', 'Gaza Strip': 'PSE', Gaza: 'PSE', 'West Bank': 'PSE', Palestine: 'PSE', 'Vatican': 'VAT',
  UAE: 'ARE', 'U.A.E.': 'ARE', Emirates: 'ARE', 'Saudi': 'SAU', 'DR Congo': 'COD', DRC: 'COD',
  // wire style: "Congo" is the Democratic Republic, the other is "Congo Republic"
  Congo: 'COD', 'Democratic Republic of Congo': 'COD', 'Democratic Republic of the Congo': 'COD', 'Congo Republic': 'COG', 'Republic of Congo': 'COG', 'Congo-Brazzaville': 'COG',
  // names of the time and other spellings wire copy uses
  Surinam: 'SUR', Kampuchea: 'KHM', Zaire: 'COD', Rhodesia: 'ZWE', 'Upper Volta': 'BFA', Dahomey: 'BEN', Ceylon: 'LKA',
  // epithets wire copy names a country by once it has named it ("The Islamic Republic has also refused", "the Jewish state")
  'Islamic Republic': 'IRN', 'Jewish state': 'ISR',
};

/** Demonyms beyond world-countries' (it gives one per country; wire copy uses more). */
const EXTRA_DEMONYMS: Record<string, string> = {
  American: 'USA', 'U.S.': 'USA', British: 'GBR', Briton: 'GBR', Russian: 'RUS', Chinese: 'CHN',
  Soviet: 'SUN', Yugoslav: 'YUG', Ukrainian: 'UKR', Iranian: 'IRN', Israeli: 'ISR', Palestinian: 'PSE', Syrian: 'SYR',
  Turkish: 'TUR', Japanese: 'JPN', 'South Korean': 'KOR', 'North Korean': 'PRK', Indian: 'IND',
  Pakistani: 'PAK', French: 'FRA', German: 'DEU', Italian: 'ITA', Spanish: 'ESP', Polish: 'POL',
  Hungarian: 'HUN', Romanian: 'ROU', Belarusian: 'BLR', Kazakh: 'KAZ', Uzbek: 'UZB', Turkmen: 'TKM',
  Saudi: 'SAU', Emirati: 'ARE', Egyptian: 'EGY', Iraqi: 'IRQ', Afghan: 'AFG', Lebanese: 'LBN',
  Jordanian: 'JOR', Qatari: 'QAT', Kuwaiti: 'KWT', Yemeni: 'YEM', Libyan: 'LBY', Sudanese: 'SDN',
  Ethiopian: 'ETH', Kenyan: 'KEN', Nigerian: 'NGA', 'South African': 'ZAF', Brazilian: 'BRA',
  // the larger Congo is the one wire copy means by the adjective alone
  Congolese: 'COD',
  Argentine: 'ARG', Mexican: 'MEX', Canadian: 'CAN', Australian: 'AUS', Indonesian: 'IDN',
  Malaysian: 'MYS', Vietnamese: 'VNM', Thai: 'THA', Filipino: 'PHL', Philippine: 'PHL',
  Singaporean: 'SGP', Burmese: 'MMR', Cambodian: 'KHM', Laotian: 'LAO', Mongolian: 'MNG',
  Taiwanese: 'TWN', Dutch: 'NLD', Belgian: 'BEL', Swiss: 'CHE', Austrian: 'AUT', Swedish: 'SWE',
  Norwegian: 'NOR', Danish: 'DNK', Finnish: 'FIN', Greek: 'GRC', Cypriot: 'CYP', Serbian: 'SRB',
  Croatian: 'HRV', Bulgarian: 'BGR', Georgian: 'GEO', Armenian: 'ARM', Azerbaijani: 'AZE',
  Czech: 'CZE', Slovak: 'SVK', Lithuanian: 'LTU', Latvian: 'LVA', Estonian: 'EST', Irish: 'IRL',
  Portuguese: 'PRT', Cuban: 'CUB', Venezuelan: 'VEN', Colombian: 'COL', Chilean: 'CHL', Peruvian: 'PER',
  Algerian: 'DZA', Moroccan: 'MAR', Tunisian: 'TUN', Malian: 'MLI', Somali: 'SOM', Nepalese: 'NPL',
  Bangladeshi: 'BGD', 'Sri Lankan': 'LKA', Kyrgyz: 'KGZ', Tajik: 'TJK', Moldovan: 'MDA', Omani: 'OMN',
  Bahraini: 'BHR', 'New Zealand': 'NZL', Zimbabwean: 'ZWE', Ugandan: 'UGA', Rwandan: 'RWA',
  // forms the country tables lack
  Slovenian: 'SVN', Bosnian: 'BIH', Icelandic: 'ISL', Nepali: 'NPL', Djiboutian: 'DJI', Ecuadorian: 'ECU', Salvadorean: 'SLV',
  Maldivian: 'MDV', Vanuatuan: 'VUT', Belarussian: 'BLR', Byelorussian: 'BLR', Kampuchean: 'KHM', Zairean: 'COD',
  Czechoslovak: 'CSK', 'West German': 'DEU', 'East German': 'DDR', 'South Yemeni': 'YMD', 'North Yemeni': 'YEM',
  // (Nicaragua's ruling front stood for its state and army: "Sandinista positions", "the Sandinista government")
  Sandinista: 'NIC',
};

/** Capitals whose plain spelling is a common word or another place's name. */
const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set(['Male', 'San Jose']);

/** Other spellings of a country's name that are English words or names on the wire ("Long Island" is no Iceland, "Thomas Mann" no Isle of Man). */
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(['Island', 'Mann', 'Prathet']);

/** Capitals that stand for governments in wire copy ("Moscow appreciates", "Washington said"). */
const EXTRA_CAPITALS: Record<string, string> = {
  Washington: 'USA', Kiev: 'UKR', Kyiv: 'UKR', 'New Delhi': 'IND', Delhi: 'IND', Pyongyang: 'PRK',
  'Tel Aviv': 'ISR', Jerusalem: 'ISR', Brussels: 'BEL', London: 'GBR', 'Ankara': 'TUR',
  // (West Germany's seat of government until 1990: "Bonn has urged Tokyo", "economic talks in Bonn")
  Bonn: 'DEU',
  // (GeoNames' "East Berlin" is a town in Pennsylvania)
  'East Berlin': 'DDR',
  // (South Yemen's capital; the coder's era map makes it Yemen's after 1990)
  Aden: 'YMD',
  // (the wire spellings of Myanmar's capital, which the country list writes "Naypyidaw")
  Naypyitaw: 'MMR', 'Nay Pyi Taw': 'MMR',
};

export interface CountryInfo {
  readonly code: string;
  readonly alpha2: string;
  readonly name: string;
  readonly capital: string | null;
}

/**
 * A country's alpha-3. Kosovo has none in ISO 3166: world-countries gives the user-assigned UNK, the
 * European Union and most coders XKX, which is used here.
 */
function alpha3(c: WorldCountry): string {
  return c.cca3 === 'UNK' ? 'XKX' : c.cca3;
}

export const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map(
  WORLD.map((c) => [alpha3(c), { code: alpha3(c), alpha2: c.cca2, name: c.name.common, capital: c.capital?.[0] ?? null }]),
);

export const ALPHA2_TO_ALPHA3: ReadonlyMap<string, string> = new Map(WORLD.map((c) => [c.cca2, alpha3(c)]));

const LATIN = /^[A-Za-z][A-Za-z .'’-]+$/;

function build(): { names: Map<string, string>; demonyms: Map<string, string>; capitals: Map<string, string> } {
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const capitals = new Map<string, string>();
  for (const c of WORLD) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
      if (LATIN.test(n) && n.length > 3 && !AMBIGUOUS_NAMES.has(n)) names.set(n, alpha3(c));
    }
    const d = c.demonyms?.eng;
    if (d) for (const n of [d.m, d.f]) if (n && LATIN.test(n)) demonyms.set(n, alpha3(c));
    // ("Chișinău" is written "Chisinau" on the wire: a capital's letters without their marks)
    for (const cap of c.capital ?? []) {
      const plain = cap.normalize('NFD').replace(/\p{M}/gu, '');
      // (not a word or a namesake the wire uses otherwise: "Male", San Jose in California)
      if (LATIN.test(plain) && !AMBIGUOUS_CAPITALS.has(plain)) capitals.set(plain, alpha3(c));
    }
  }
  for (const [n, code] of Object.entries(EXTRA_NAMES)) names.set(n, code);
  for (const [n, code] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(n, code);
  for (const [n, code] of Object.entries(EXTRA_CAPITALS)) capitals.set(n, code);
  return { names, demonyms, capitals };
}

const TABLES = build();

/** Country names as written ("Russia", "the United States") to alpha-3. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = TABLES.names;
/** Demonyms ("Chinese", "Russian") to alpha-3. */
export const DEMONYMS: ReadonlyMap<string, string> = TABLES.demonyms;
/** Capitals ("Moscow", "Beijing") to alpha-3. */
export const CAPITALS: ReadonlyMap<string, string> = TABLES.capitals;

/** ISO 3166-3 codes of countries that no longer exist, for archives such as Reuters 1987. */
const FORMER_COUNTRIES: Record<string, string> = { SUN: 'Soviet Union', YUG: 'Yugoslavia', CSK: 'Czechoslovakia', DDR: 'East Germany', YMD: 'South Yemen' };

export function countryName(code: string): string {
  return COUNTRIES.get(code)?.name ?? FORMER_COUNTRIES[code] ?? code;
}

/** The demonym used to name a country's bodies ("Russian Defense Ministry"). */
const PREFERRED_DEMONYMS: Record<string, string> = {
  RUS: 'Russian', CHN: 'Chinese', USA: 'U.S.', GBR: 'British', FRA: 'French', DEU: 'German', UKR: 'Ukrainian',
  IRN: 'Iranian', ISR: 'Israeli', TUR: 'Turkish', JPN: 'Japanese', IND: 'Indian', PAK: 'Pakistani', KOR: 'South Korean',
  PRK: 'North Korean', POL: 'Polish', ITA: 'Italian', ESP: 'Spanish', SYR: 'Syrian', EGY: 'Egyptian', SAU: 'Saudi',
};

/** A country's demonym: the preferred one, else the first world-countries gives. */
export function demonymOf(code: string): string | undefined {
  if (PREFERRED_DEMONYMS[code]) return PREFERRED_DEMONYMS[code];
  for (const [name, c] of DEMONYMS) if (c === code) return name;
  return undefined;
}
