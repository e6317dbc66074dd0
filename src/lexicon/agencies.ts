/**
 * News agencies and how their datelines mark them: `/TASS/.`, `(Xinhua)`, `(AA)`.
 * `marks` are the strings found between the brackets or slashes, matched case-insensitively.
 */
import { table } from './table.js';
export interface Agency {
  readonly name: string;
  readonly marks: readonly string[];
  /** The agency's home country (alpha-3), for sources statistics. */
  readonly country: string;
}

export const AGENCIES: readonly Agency[] = [
  { name: 'TASS', marks: ['TASS', 'ITAR-TASS'], country: 'RUS' },
  { name: 'Xinhua', marks: ['Xinhua', 'XINHUA'], country: 'CHN' },
  { name: 'Reuters', marks: ['Reuters'], country: 'GBR' },
  { name: 'AP', marks: ['AP', 'Associated Press'], country: 'USA' },
  { name: 'AFP', marks: ['AFP', 'Agence France-Presse'], country: 'FRA' },
  { name: 'Interfax', marks: ['Interfax', 'Interfax-Ukraine'], country: 'RUS' },
  { name: 'RIA Novosti', marks: ['RIA Novosti', 'RIA'], country: 'RUS' },
  { name: 'UPI', marks: ['UPI'], country: 'USA' },
  { name: 'Kyodo', marks: ['Kyodo'], country: 'JPN' },
  { name: 'Yonhap', marks: ['Yonhap'], country: 'KOR' },
  { name: 'Anadolu', marks: ['AA', 'Anadolu', 'Anadolu Agency'], country: 'TUR' },
  { name: 'IRNA', marks: ['IRNA'], country: 'IRN' },
  { name: 'PTI', marks: ['PTI'], country: 'IND' },
  { name: 'ANI', marks: ['ANI'], country: 'IND' },
  { name: 'dpa', marks: ['dpa', 'DPA'], country: 'DEU' },
  { name: 'ANSA', marks: ['ANSA'], country: 'ITA' },
  { name: 'EFE', marks: ['EFE'], country: 'ESP' },
  { name: 'Bernama', marks: ['Bernama'], country: 'MYS' },
  { name: 'Antara', marks: ['Antara'], country: 'IDN' },
  { name: 'PAP', marks: ['PAP'], country: 'POL' },
  { name: 'Ukrinform', marks: ['Ukrinform'], country: 'UKR' },
  { name: 'BelTA', marks: ['BelTA'], country: 'BLR' },
  { name: 'KCNA', marks: ['KCNA'], country: 'PRK' },
  { name: 'WAM', marks: ['WAM'], country: 'ARE' },
  { name: 'SPA', marks: ['SPA'], country: 'SAU' },
  { name: 'MENA', marks: ['MENA'], country: 'EGY' },
  { name: 'Bloomberg', marks: ['Bloomberg'], country: 'USA' },
  { name: 'CNA', marks: ['CNA'], country: 'TWN' },
  { name: 'Sputnik', marks: ['Sputnik'], country: 'RUS' },
];

const BY_MARK = new Map<string, Agency>();
for (const agency of AGENCIES) for (const mark of agency.marks) BY_MARK.set(mark.toLowerCase(), agency);

export function agencyByMark(mark: string): Agency | null {
  return BY_MARK.get(mark.trim().toLowerCase()) ?? null;
}

/** Month names and abbreviations as datelines write them, to month numbers. */
export const MONTHS: Record<string, number> = table({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
});
