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

/** Function words of other Latin-script languages wire services publish in. */
export const OTHER_FUNCTION_WORDS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['fr', new Set('le la les des du une est et en dans pour sur que qui au aux avec par ne pas'.split(' '))],
  ['es', new Set('el la los las del una es y en por para con que se su al lo como pero'.split(' '))],
  ['de', new Set('der die das und ist nicht ein eine mit den dem des von zu auf im sich auch'.split(' '))],
  ['it', new Set('il la le di che e un una per con non del della sono gli nel alla'.split(' '))],
  ['pt', new Set('o a os as do da dos das um uma em para com que não por se ao'.split(' '))],
  ['nl', new Set('de het een en van in is op te dat die niet met voor zijn'.split(' '))],
];
