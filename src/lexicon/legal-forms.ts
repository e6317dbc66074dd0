/**
 * Legal forms that close a company's name, and the countries whose company law gives each one. A form of one country places the
 * firm ("Hoogovens BV", "Svenska Handelsbanken AB", "Montedison SpA"); a form of several only tells the countries the firm can be
 * of: an "AG" or a "Ltd" is no American firm, whatever the dateline ("NEW YORK - Hitachi Ltd said").
 */

/** The countries of the societe anonyme: France's, the Benelux's, Switzerland's, Iberia's and Latin America's. */
const SOCIETE_ANONYME: readonly string[] = ['FRA', 'BEL', 'CHE', 'LUX', 'ESP', 'PRT', 'GRC', 'MAR', 'TUN', 'ARG', 'BRA', 'MEX', 'CHL', 'COL', 'PER', 'VEN', 'URY', 'ECU', 'BOL', 'PRY', 'PAN'];
/** The Commonwealth's and East Asia's limited companies; American firms are "Inc", "Corp" or "Co". */
const LIMITED: readonly string[] = ['GBR', 'CAN', 'AUS', 'NZL', 'IRL', 'ZAF', 'JPN', 'HKG', 'SGP', 'MYS', 'KOR', 'TWN', 'IND', 'PAK', 'LKA', 'BGD', 'ISR', 'CYP', 'BMU', 'PHL', 'THA', 'IDN', 'CHN', 'KEN', 'NGA', 'ZWE', 'ZMB', 'GHA'];

/** Each legal form's countries, the first its most common one in the copy. */
export const LEGAL_FORM_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  // (Irish plcs are few in the copy, and named with their country: "Allied Irish Banks Plc")
  ['Plc', ['GBR']], ['PLC', ['GBR']], ['plc', ['GBR']],
  ['SpA', ['ITA']], ['S.p.A.', ['ITA']],
  ['KK', ['JPN']], ['K.K.', ['JPN']],
  ['BV', ['NLD']],
  ['AB', ['SWE']],
  ['Oy', ['FIN']], ['Oyj', ['FIN']],
  ['Pte', ['SGP']],
  ['Bhd', ['MYS']], ['Berhad', ['MYS']],
  ['GmbH', ['DEU', 'AUT', 'CHE']],
  ['AG', ['DEU', 'CHE', 'AUT', 'LIE']],
  // (the Netherlands Antilles hold the finance arms of many firms: "Texaco Capital NV")
  ['NV', ['NLD', 'BEL', 'ANT']], ['N.V.', ['NLD', 'BEL', 'ANT']],
  ['A/S', ['DNK', 'NOR']],
  ['Pty', ['AUS', 'ZAF']],
  ['SA', SOCIETE_ANONYME], ['S.A.', SOCIETE_ANONYME],
  ['Ltd', LIMITED], ['Ltd.', LIMITED], ['Limited', LIMITED],
]);

/**
 * The countries of the legal form closing a firm's name, given as its words: the last word's, else the one's before it;
 * undefined for a name of no form. Mentions ask with a name's last word and the word after it ("Nobel Industrier" then "AB"),
 * coreference with each of an entity's names.
 */
export function closingFormCountries(words: readonly string[]): readonly string[] | undefined {
  return LEGAL_FORM_COUNTRIES.get(words[words.length - 1] ?? '') ?? LEGAL_FORM_COUNTRIES.get(words[words.length - 2] ?? '');
}
