/** Language detection knowledge: English function words and the scripts of other languages. */

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the of and to in a is that for on with as by at from it was said his her he she will has have be are were an this which not but its or their they who after also would been had about over than more into its'.split(' '),
);

/** Script-dominated languages: [ISO 639-1 code, letters of its script]. */
export const SCRIPT_LANGUAGES: ReadonlyArray<readonly [string, RegExp]> = [
  ['ru', /\p{Script=Cyrillic}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
  ['th', /\p{Script=Thai}/gu],
];
