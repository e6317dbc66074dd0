/**
 * What the hand-judging scripts (audit-events.ts, recall-sample.ts) share: the Reuters-21578 story
 * record, command-line options, and a seeded shuffle, so that a sample can be drawn again exactly.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Story {
  readonly id: string;
  readonly date: string;
  readonly text: string;
}

/** The Reuters-21578 file beside the repository (../shared/data), never inside it. */
export const REUTERS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/reuters21578.jsonl');

/** The value after `--name` on the command line, else `fallback`. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : fallback;
}

/** mulberry32: small, fast, deterministic. */
export function rng(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates in place with the given random source; returns `xs`. */
export function shuffle<T>(xs: T[], next: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** White space folded to single spaces, for one-line listings. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
