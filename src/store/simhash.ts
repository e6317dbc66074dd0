/**
 * Near-duplicate fingerprints: a 64-bit SimHash over word 3-shingles. Punctuation and case are
 * folded away before shingling, so a copy with edited punctuation has the same fingerprint and
 * a copy with a few words changed differs in a few bits. Candidates are found through four
 * 16-bit bands (two fingerprints within 3 bits share at least one band exactly).
 */

/** Fingerprints at most this many bits apart are near-duplicates. */
export const MAX_DISTANCE = 3;
/** Texts with fewer words are too short to call near-duplicates. */
export const MIN_WORDS = 20;

export interface Fingerprint {
  readonly hex: string;
  readonly bands: readonly [number, number, number, number];
}

const WORD = /[\p{L}\p{N}]+/gu;

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so nearby strings spread over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The fingerprint of a text, or null when it has too few words. */
export function simhash(text: string): Fingerprint | null {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return null;
  const weights = new Int32Array(64);
  for (let i = 0; i + 2 < words.length; i++) {
    const shingle = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    const lo = fnv1a(shingle, 0x811c9dc5);
    const hi = fnv1a(shingle, 0x9747b28c);
    for (let b = 0; b < 32; b++) {
      weights[b] += (lo >>> b) & 1 ? 1 : -1;
      weights[b + 32] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (weights[b] > 0) lo |= 1 << b;
    if (weights[b + 32] > 0) hi |= 1 << b;
  }
  lo >>>= 0;
  hi >>>= 0;
  const hex = hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
  return { hex, bands: [lo & 0xffff, lo >>> 16, hi & 0xffff, hi >>> 16] };
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Hamming distance of two fingerprints in hex. */
export function distance(a: string, b: string): number {
  return popcount32(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) + popcount32(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16));
}
