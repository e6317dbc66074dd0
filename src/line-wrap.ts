/**
 * Fixed-width wire copy: the widths of the lines a wire's hard wrap makes. Structure reads a text whose lines are mostly of this
 * width as hard-wrapped (one paragraph per indented or blank-line break, not per line); the tagger reads a line break inside such
 * a line as a wrap within a sentence, not a sentence's end.
 */
const WRAP_MIN = 40;
const WRAP_MAX = 100;

/** Whether a line of `length` characters has the width of a hard-wrapped line. */
export function wrapWidth(length: number): boolean {
  return length >= WRAP_MIN && length <= WRAP_MAX;
}
