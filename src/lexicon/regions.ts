/**
 * Region words wire copy uses to name a country again ("the Gulf state", "the Himalayan kingdom", "the Baltic state", "the
 * Central Asian nation"): the countries each can name. Facts: the United Nations' subregions as world-countries lists them, and
 * the usual groupings the subregions do not name.
 */
import { createRequire } from 'node:module';

interface WorldCountry {
  readonly cca3: string;
  readonly subregion?: string;
  readonly region?: string;
  readonly borders?: readonly string[];
}

const require = createRequire(import.meta.url);
const WORLD: readonly WorldCountry[] = require('world-countries');

function subregion(...names: string[]): readonly string[] {
  return WORLD.filter((c) => names.includes(c.subregion ?? '')).map((c) => c.cca3);
}

/**
 * Island states, which "the island nation", "the communist-ruled island", "the archipelago" name again as the subject of a sentence:
 * those with no land border (Antarctica aside), and those on an island they share or whose neighbour's land the list gives.
 * (Not region words: "aid to the island" or "close to the island" need not name a state.)
 */
export const ISLAND_STATES: ReadonlySet<string> = new Set([
  ...WORLD.filter((c) => (c.borders ?? []).length === 0 && c.cca3 !== 'ATA').map((c) => c.cca3),
  'LKA', 'IDN', 'PNG', 'TLS', 'HTI', 'DOM', 'IRL', 'GBR', 'BRN',
]);

/** Region words and the countries each names, as listed. */
const REGIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['gulf', ['SAU', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN']],
  ['baltic', ['EST', 'LVA', 'LTU']],
  ['himalayan', ['NPL', 'BTN']],
  ['balkan', ['SRB', 'HRV', 'BIH', 'MNE', 'MKD', 'ALB', 'XKX', 'BGR', 'ROU', 'GRC', 'SVN']],
  ['sahel', ['MLI', 'BFA', 'NER', 'TCD', 'MRT']],
  ['sahelian', ['MLI', 'BFA', 'NER', 'TCD', 'MRT']],
  ['nordic', ['NOR', 'SWE', 'DNK', 'FIN', 'ISL']],
  ['scandinavian', ['NOR', 'SWE', 'DNK']],
  ['caucasus', ['ARM', 'AZE', 'GEO']],
  ['andean', ['BOL', 'PER', 'ECU', 'COL', 'CHL', 'VEN']],
  ['alpine', ['CHE', 'AUT', 'LIE']],
  ['caribbean', subregion('Caribbean')],
  ['central american', subregion('Central America')],
  ['south american', subregion('South America')],
  ['central asian', subregion('Central Asia')],
  ['southeast asian', subregion('South-Eastern Asia')],
  ['north african', subregion('Northern Africa')],
  ['east african', subregion('Eastern Africa')],
  ['west african', subregion('Western Africa')],
  ['southern african', subregion('Southern Africa')],
  ['pacific', subregion('Melanesia', 'Micronesia', 'Polynesia', 'Australia and New Zealand')],
];

/** Region words (lower case; two-word ones joined by a space) and the countries they name. */
export const REGION_COUNTRIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(REGIONS.map(([word, codes]) => [word, new Set(codes)]));

/**
 * The countries a description's words name ("the Red Sea", no; "the Central Asian nation", Central Asia's), read from the words
 * between its article and its head; null when none is a region word.
 */
export function regionOf(words: readonly string[]): ReadonlySet<string> | null {
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? REGION_COUNTRIES.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (two) return two;
    const one = REGION_COUNTRIES.get(words[i]);
    if (one) return one;
  }
  return null;
}
