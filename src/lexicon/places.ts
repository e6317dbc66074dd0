/**
 * Place-name knowledge the gazetteer needs: spellings wire copy uses that GeoNames files
 * under another name, and US state abbreviations of the Reuters dateline style.
 */
import { table } from './table.js';

/** Dateline spelling (lower case) -> GeoNames name. */
export const PLACE_ALIASES: Record<string, string> = table({
  washington: 'Washington, D.C.',
  'new york': 'New York City',
  kiev: 'Kyiv',
  astana: 'Nur-Sultan',
  peking: 'Beijing',
  bombay: 'Mumbai',
  calcutta: 'Kolkata',
  madras: 'Chennai',
  rangoon: 'Yangon',
  'saint petersburg': 'Saint Petersburg',
  'st. petersburg': 'Saint Petersburg',
  'hong kong': 'Hong Kong',
  'tel aviv': 'Tel Aviv',
  'kuala lumpur': 'Kuala Lumpur',
  'the hague': 'The Hague',
  'ho chi minh city': 'Ho Chi Minh City',
  'united nations': 'New York City',
  // (English names of European cities GeoNames files under their own: a namesake town in the United States is far smaller)
  geneva: 'Genève',
  berne: 'Bern',
  basle: 'Basel',
  frankfurt: 'Frankfurt am Main',
  cologne: 'Köln',
  hanover: 'Hannover',
  nuremberg: 'Nürnberg',
  antwerp: 'Antwerpen',
  'west berlin': 'Berlin',
  // (wire spellings of places GeoNames files under a transliteration: "Jenin" alone names a Polish village there)
  jenin: 'Janīn',
  'khan younis': 'Khān Yūnis',
  'deir al-balah': 'Dayr al Balaḩ',
  jabalia: 'Jabālyā',
  'beit lahia': 'Bayt Lāhyā',
  nuseirat: 'An Nuşayrāt',
  qalqilya: 'Qalqīlyah',
  sderot: 'Sederot',
  'kiryat shmona': 'Qiryat Shemona',
  rafah: 'Rafaḩ',
  // (wire spellings of Ukrainian towns GeoNames files under an older transliteration)
  odesa: 'Odessa',
  zaporizhzhia: 'Zaporizhia',
  avdiivka: 'Avdiyivka',
  vovchansk: 'Vovchans’k',
  kramatorsk: 'Kramators’k',
  lysychansk: 'Lysychans’k',
  // (wire spellings of Iraqi and Iranian towns of the Gulf war GeoNames files under a transliteration: "an Iranian offensive near Basra")
  basra: 'Basrah',
  amarah: 'Al ‘Amārah',
  fao: 'Al Fāw',
  halabja: 'Ḩalabjah',
  suleimaniya: 'As Sulaymānīyah',
  sulaimaniya: 'As Sulaymānīyah',
  kharg: 'Khārk',
  'qasr-e-shirin': 'Qaşr-e Shīrīn',
});

/** Region hints written after the place ("Conn.", "Calif.", "N.J.") -> [alpha-2, admin code]. */
export const REGION_HINTS: Record<string, readonly [string, string]> = table({
  'ala.': ['US', 'AL'], 'ariz.': ['US', 'AZ'], 'ark.': ['US', 'AR'], 'calif.': ['US', 'CA'],
  'colo.': ['US', 'CO'], 'conn.': ['US', 'CT'], 'del.': ['US', 'DE'], 'fla.': ['US', 'FL'],
  'ga.': ['US', 'GA'], 'ill.': ['US', 'IL'], 'ind.': ['US', 'IN'], 'kan.': ['US', 'KS'],
  'ky.': ['US', 'KY'], 'la.': ['US', 'LA'], 'md.': ['US', 'MD'], 'mass.': ['US', 'MA'],
  'mich.': ['US', 'MI'], 'minn.': ['US', 'MN'], 'miss.': ['US', 'MS'], 'mo.': ['US', 'MO'],
  'mont.': ['US', 'MT'], 'neb.': ['US', 'NE'], 'nev.': ['US', 'NV'], 'n.h.': ['US', 'NH'],
  'n.j.': ['US', 'NJ'], 'n.m.': ['US', 'NM'], 'n.y.': ['US', 'NY'], 'n.c.': ['US', 'NC'],
  'n.d.': ['US', 'ND'], 'okla.': ['US', 'OK'], 'ore.': ['US', 'OR'], 'pa.': ['US', 'PA'],
  'r.i.': ['US', 'RI'], 's.c.': ['US', 'SC'], 's.d.': ['US', 'SD'], 'tenn.': ['US', 'TN'],
  'tex.': ['US', 'TX'], 'vt.': ['US', 'VT'], 'va.': ['US', 'VA'], 'wash.': ['US', 'WA'],
  'w.va.': ['US', 'WV'], 'wis.': ['US', 'WI'], 'wyo.': ['US', 'WY'], 'd.c.': ['US', 'DC'],
  ohio: ['US', 'OH'], texas: ['US', 'TX'], iowa: ['US', 'IA'], utah: ['US', 'UT'], idaho: ['US', 'ID'],
  maine: ['US', 'ME'], alaska: ['US', 'AK'], hawaii: ['US', 'HI'], oregon: ['US', 'OR'],
  alberta: ['CA', '01'], ontario: ['CA', '08'], quebec: ['CA', '10'], 'b.c.': ['CA', '02'],
  'british columbia': ['CA', '02'], manitoba: ['CA', '03'], 'n.s.w.': ['AU', '02'],
});

/**
 * Words that name peoples, faiths or directions, never the small towns GeoNames also calls so
 * ("Arab", Alabama): "ships belonging to Arab states" names no place in the United States.
 */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'Arab', 'Arabs', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'Islamic', 'Muslim', 'Christian', 'Jewish', 'Kurdish',
  'Shiite', 'Sunni', 'Druze', 'Berber', 'Bedouin', 'Baltic', 'Nordic', 'Scandinavian', 'Latin', 'Asian', 'African', 'European',
  'Pacific', 'Atlantic', 'Arctic', 'Antarctic', 'Mediterranean', 'Caribbean',
]);

/**
 * Datelines of the cities that host the world's diplomacy (U.N. offices, the European Community and NATO, arms and trade talks):
 * most people a dispatch from them names with no country are delegates from elsewhere, so the dateline gives them none.
 */
export const MEETING_PLACES: ReadonlySet<string> = new Set(['Geneva', 'Vienna', 'Brussels', 'The Hague', 'Strasbourg', 'United Nations']);
