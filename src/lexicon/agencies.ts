/**
 * News agencies and how their datelines mark them: `/TASS/.`, `(Xinhua)`, `(AA)`.
 * `marks` are the strings found between the brackets or slashes, matched case-insensitively.
 */
import { table } from './table.js';
export interface Agency {
  readonly name: string;
  readonly marks: readonly string[];
  /** The agency's home country (alpha-3), for sources statistics and its actor code (MED). */
  readonly country: string;
  /**
   * How running text names it ("news agency Tass said"): an organization mention. Left out for
   * marks that are also common words or abbreviations ("AA", "AP", "SPA", "MENA").
   */
  readonly prose?: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: 'TASS', marks: ['TASS', 'ITAR-TASS'], country: 'RUS', prose: ['TASS', 'Tass', 'ITAR-TASS', 'Itar-Tass'] },
  { name: 'Xinhua', marks: ['Xinhua', 'XINHUA'], country: 'CHN', prose: ['Xinhua', 'New China News Agency'] },
  { name: 'Reuters', marks: ['Reuters'], country: 'GBR', prose: ['Reuters'] },
  { name: 'AP', marks: ['AP', 'Associated Press'], country: 'USA', prose: ['Associated Press'] },
  { name: 'AFP', marks: ['AFP', 'Agence France-Presse'], country: 'FRA', prose: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'Interfax', marks: ['Interfax', 'Interfax-Ukraine'], country: 'RUS', prose: ['Interfax'] },
  { name: 'RIA Novosti', marks: ['RIA Novosti', 'RIA'], country: 'RUS', prose: ['RIA Novosti'] },
  { name: 'UPI', marks: ['UPI'], country: 'USA', prose: ['UPI', 'United Press International'] },
  { name: 'Kyodo', marks: ['Kyodo'], country: 'JPN', prose: ['Kyodo', 'Kyodo News'] },
  { name: 'Yonhap', marks: ['Yonhap'], country: 'KOR', prose: ['Yonhap'] },
  { name: 'Anadolu', marks: ['AA', 'Anadolu', 'Anadolu Agency'], country: 'TUR', prose: ['Anadolu Agency'] },
  { name: 'IRNA', marks: ['IRNA'], country: 'IRN', prose: ['IRNA', 'Islamic Republic News Agency'] },
  { name: 'PTI', marks: ['PTI'], country: 'IND', prose: ['Press Trust of India'] },
  { name: 'ANI', marks: ['ANI'], country: 'IND' },
  { name: 'dpa', marks: ['dpa', 'DPA'], country: 'DEU' },
  { name: 'ANSA', marks: ['ANSA'], country: 'ITA', prose: ['ANSA'] },
  { name: 'EFE', marks: ['EFE'], country: 'ESP' },
  { name: 'Bernama', marks: ['Bernama'], country: 'MYS', prose: ['Bernama'] },
  { name: 'Antara', marks: ['Antara'], country: 'IDN', prose: ['Antara'] },
  { name: 'PAP', marks: ['PAP'], country: 'POL' },
  { name: 'Ukrinform', marks: ['Ukrinform'], country: 'UKR', prose: ['Ukrinform'] },
  { name: 'BelTA', marks: ['BelTA'], country: 'BLR', prose: ['BelTA'] },
  { name: 'KCNA', marks: ['KCNA'], country: 'PRK', prose: ['KCNA', 'Korean Central News Agency'] },
  { name: 'WAM', marks: ['WAM'], country: 'ARE', prose: ['Emirates News Agency'] },
  { name: 'SPA', marks: ['SPA'], country: 'SAU', prose: ['Saudi Press Agency'] },
  { name: 'MENA', marks: ['MENA'], country: 'EGY', prose: ['Middle East News Agency'] },
  { name: 'Bloomberg', marks: ['Bloomberg'], country: 'USA' },
  { name: 'CNA', marks: ['CNA'], country: 'TWN' },
  { name: 'Sputnik', marks: ['Sputnik'], country: 'RUS' },
];

const BY_MARK = new Map<string, Agency>();
for (const agency of AGENCIES) for (const mark of agency.marks) BY_MARK.set(mark.toLowerCase(), agency);

export function agencyByMark(mark: string): Agency | null {
  return BY_MARK.get(mark.trim().toLowerCase()) ?? null;
}

const BY_NAME = new Map<string, Agency>();
for (const agency of AGENCIES) BY_NAME.set(agency.name, agency);

/** The agency of a name as the organizations lexicon gives it ("TASS"). */
export function agencyByName(name: string): Agency | null {
  return BY_NAME.get(name) ?? null;
}

/** Names of the days of the week, in lower case. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Month names and abbreviations as datelines write them, to month numbers. */
export const MONTHS: Record<string, number> = table({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
});
