/**
 * Tokeniser for the named-entity tagger: CoNLL/PTB-style tokens with character offsets.
 *
 * One sticky regex scan. Punctuation is split off, clitics (`'s`, `n't`, `'ll`, ...) become their
 * own tokens, while abbreviations (`U.S.`, `Lt.`, `Gen.`), decimals and dates (`3.5`, `1,000`,
 * `1996-08-22`), hyphenated words (`Russia-China`, `Colonel-General`) and name apostrophes
 * (`O'Neill`, `d'Ivoire`) stay whole. Curly quotes behave like straight ones; token text is always
 * the exact slice of the input, so `text.slice(start, end) === token.text`.
 */

import type { Token } from '../model.js';

/** Titles, ranks, months and company suffixes that keep their period (case-sensitive). */
const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Hon', 'Jr', 'Sr', 'St', 'Mt', 'Ft',
  'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Cdr',
  'Brig', 'Lieut', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Pres', 'Supt', 'Insp', 'Messrs',
  'Co', 'Corp', 'Inc', 'Ltd', 'Bros', 'Plc', 'Cie', 'No', 'Nos', 'Vol', 'vs', 'etc', 'approx',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Ave', 'Blvd', 'Rd', 'Calif', 'Mass', 'Ariz', 'Fla', 'Ill', 'Penn', 'Wash',
];

const L = '[\\p{L}\\p{M}\\p{N}]';
const APOS = "['\u2019]";
const CLITIC = "(?:[sSdDmM]|re|RE|ve|VE|ll|LL)";

const TOKEN = new RegExp(
  [
    // letter-period sequences: U.S., U.N., a.m., U.S.A.
    '(?:\\p{L}\\.){2,}(?!\\p{L})',
    // known abbreviations with their period
    `(?:${ABBREVIATIONS.join('|')})\\.(?!${L})`,
    // single capital initial before a capitalised word: "George W. Bush"
    '\\p{Lu}\\.(?=\\s+\\p{Lu})',
    // the "do" of "don't"
    `\\p{L}+(?=[nN]${APOS}[tT](?!${L}))`,
    // n't and clitics
    `[nN]${APOS}[tT](?!${L})`,
    `(?<=${L})${APOS}${CLITIC}(?!${L})`,
    // words and numbers with internal hyphens, &, periods, digit separators, name apostrophes
    `${L}+(?:(?:[-&.]|(?<=\\d)[,:/](?=\\d)|(?<=(?:^|[^\\p{L}])\\p{L}{1,2})${APOS}(?!${CLITIC}(?!${L}))(?=\\p{L}))${L}+)*`,
    // multi-character punctuation
    '\\.{2,}|-{2,}|`{2}|\'{2}',
    // anything else: one code point
    '\\S',
  ].join('|'),
  'guy',
);

/** ASCII letter or digit. */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Punctuation that is always a one-character token wherever it stands (no rule above starts or
 * continues with it). Not `.` `-` `'` `` ` `` (multi-character punctuation, clitics).
 */
const SINGLE = new Uint8Array(128);
for (const ch of ',;:()"?!$%[]{}/&+=<>#@*|\\^~') SINGLE[ch.charCodeAt(0)] = 1;

/**
 * Whether an ASCII letter/digit run ending before `c` is a whole token by the regex: followed by
 * the end, whitespace, or punctuation that no rule joins to a word (`&` joins words: `AT&T`;
 * `,` `:` `/` join digits: `1,000`).
 */
function endsWord(c: number, lastIsDigit: boolean): boolean {
  if (c === 32 || c === 10 || c === 9 || c === 13) return true;
  if (c >= 128 || SINGLE[c] === 0 || c === 38) return false;
  return !(lastIsDigit && (c === 44 || c === 58 || c === 47));
}

export function tokenize(text: string, start = 0, end: number = text.length): Token[] {
  // The regex reads `source`, which ends where the tokens must; the fast paths read `text` itself
  // (a flat string: reading a slice of it char by char goes through the slice at every char).
  let source: string | null = end === text.length ? text : null;
  const tokens: Token[] = [];
  const re = TOKEN;
  let pos = start;
  while (pos < end) {
    // skip whitespace cheaply before handing over to the regex
    const c = text.charCodeAt(pos);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff) {
      pos++;
      continue;
    }
    // fast paths, same tokens as the regex: plain ASCII words and numbers, lone punctuation
    if (c < 128) {
      if (isAlnum(c)) {
        let e = pos + 1;
        while (e < end && isAlnum(text.charCodeAt(e))) e++;
        const last = text.charCodeAt(e - 1);
        if (e === end || endsWord(text.charCodeAt(e), last >= 48 && last <= 57)) {
          tokens.push({ start: pos, end: e, text: text.slice(pos, e) });
          pos = e;
          continue;
        }
      } else if (SINGLE[c] === 1) {
        tokens.push({ start: pos, end: pos + 1, text: text[pos] });
        pos++;
        continue;
      }
    }
    source ??= text.slice(0, end);
    re.lastIndex = pos;
    const m = re.exec(source);
    if (m === null) {
      pos++;
      continue;
    }
    const s = m.index;
    const e = s + m[0].length;
    tokens.push({ start: s, end: e, text: m[0] });
    pos = e;
  }
  return tokens;
}
