/**
 * Near-duplicate fingerprints: MinHash over word 3-shingles with LSH banding. Case and
 * punctuation are folded away before shingling, so a copy with edited punctuation has the same
 * signature; a copy with a few words changed keeps most shingles (Jaccard ~0.8-0.9 for a short
 * dispatch). Candidates share at least one band of the signature; the signature estimates the
 * Jaccard similarity of their shingle sets.
 */

export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity from which two texts are near-duplicates. */
export const MIN_SIMILARITY = 0.75;
/** Below this many words a signature is too coarse for "near": it must be (almost) equal. */
export const MIN_WORDS = 20;
const SHORT_SIMILARITY = 0.95;

export interface Fingerprint {
  /** HASHES values, 8 hex digits each. */
  readonly signature: string;
  /** One signed 32-bit key per band, for candidate lookup. */
  readonly bands: readonly number[];
  /** Similarity a stored signature needs for this text to be its near-duplicate. */
  readonly threshold: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The fingerprint of a text, or null when it has fewer than three words. */
export function minhash(text: string): Fingerprint | null {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < 3) return null;
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  const seen = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) {
    const shingle = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    if (seen.has(shingle)) continue;
    seen.add(shingle);
    const h1 = fnv1a(shingle, 0x811c9dc5);
    const h2 = fnv1a(shingle, 0x9747b28c) | 1;
    // HASHES hash functions from two (Kirsch-Mitzenmacher), each finalised to spread bits.
    for (let k = 0; k < HASHES; k++) {
      let h = (h1 + Math.imul(k, h2)) >>> 0;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d) >>> 0;
      h ^= h >>> 12;
      if (h >>> 0 < mins[k]) mins[k] = h >>> 0;
    }
  }
  let signature = '';
  for (let k = 0; k < HASHES; k++) signature += mins[k].toString(16).padStart(8, '0');
  const bands: number[] = [];
  for (let b = 0; b < BANDS; b++) bands.push(fnv1a(`${b}:${signature.slice(b * ROWS * 8, (b + 1) * ROWS * 8)}`, 0x811c9dc5) | 0);
  return { signature, bands, threshold: words.length < MIN_WORDS ? SHORT_SIMILARITY : MIN_SIMILARITY };
}

/** Estimated Jaccard similarity of two signatures: the share of equal MinHash values. */
export function similarity(a: string, b: string): number {
  let equal = 0;
  for (let k = 0; k < HASHES; k++) if (a.startsWith(b.slice(k * 8, k * 8 + 8), k * 8)) equal++;
  return equal / HASHES;
}
