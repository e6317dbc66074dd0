/**
 * Abbreviations that end in a period without ending a sentence ("Gen. Gerasimov",
 * "Lt. Col.", "Jan. 5"). Lower case, without the final period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // ranks and titles
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'lieut',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'pres', 'amb', 'rev', 'hon', 'supt', 'insp',
  'det', 'atty', 'gens', 'msgr', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'sec', 'dep', 'asst', 'comdr',
  // plural titles before a list of names ("Democratic Sens. Patrick Moynihan of New York, Christopher Dodd ...")
  'sens', 'reps', 'messrs', 'govs', 'drs', 'adms', 'cols',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // companies, places, misc.
  'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'no', 'nos', 'vol',
  'vs', 'v', 'etc', 'approx', 'est', 'fig', 'pp', 'ref', 'calif', 'conn', 'mass', 'mich', 'minn',
  'wash', 'tex', 'fla', 'ill', 'penn', 'ariz', 'colo', 'tenn', 'okla', 'wis', 'ala', 'ore', 'neb',
]);

/** Words that, after an abbreviation like "U.S.", show that a new sentence has begun. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'But', 'This', 'That', 'These', 'Those',
  'A', 'An', 'His', 'Her', 'Their', 'Its', 'On', 'At', 'As', 'After', 'Before', 'There', 'Meanwhile',
  'However', 'Earlier', 'Later', 'According', 'When', 'While', 'If', 'Our', 'We', 'You',
]);
