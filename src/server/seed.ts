/**
 * Seeding an empty store with the bundled sample dispatches, for `dateline start`.
 * Reads with the CLI's input reader, extracts, and writes through the store.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store, WriteResult } from '../store/api.js';
import type { Article } from '../model.js';
import { readInput } from '../cli/input.js';
import { extract } from '../pipeline.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples', import.meta.url));

export interface SeedReport {
  readonly added: number;
  readonly skipped: number;
  readonly problems: readonly string[];
}

/** Ingests every file under `dir` into `store`. */
export async function seedStore(store: Store, dir: string = SAMPLES_DIR): Promise<SeedReport> {
  let added = 0;
  let skipped = 0;
  const problems: string[] = [];
  let batch: Article[] = [];
  let origins: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result: WriteResult = await store.writeArticles(batch, { origins });
    added += result.added;
    skipped += result.skipped;
    batch = [];
    origins = [];
  };
  for (const file of files(dir)) {
    for await (const item of readInput(file, file.endsWith('.jsonl'))) {
      if (item.kind === 'problem') {
        problems.push(`${item.origin}: ${item.reason}`);
        continue;
      }
      batch.push(extract(item.text, { id: item.id, date: item.date, source: item.source ?? item.origin }));
      origins.push(item.origin);
      if (batch.length >= 100) await flush();
    }
  }
  await flush();
  return { added, skipped, problems };
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(txt|jsonl|json)$/i.test(name) ? [path] : [];
    });
}
