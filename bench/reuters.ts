/**
 * The Reuters-21578 stories the benches read (../shared/data, or BENCH_REUTERS), as input records.
 * Prints why and exits when the file is missing, so a bench skips cleanly.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonlRecords, type InputRecord } from '../src/cli/input.js';

export const REUTERS_FILE = process.env.BENCH_REUTERS ?? resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/data/reuters21578.jsonl');

export async function loadReuters(bench: string, limit: number): Promise<InputRecord[]> {
  if (!existsSync(REUTERS_FILE)) {
    console.log(`${bench} bench skipped: ${REUTERS_FILE} is missing (set BENCH_REUTERS)`);
    process.exit(0);
  }
  const records: InputRecord[] = [];
  for await (const item of jsonlRecords(createReadStream(REUTERS_FILE), REUTERS_FILE)) {
    if (item.kind === 'record') records.push(item);
    if (records.length >= limit) break;
  }
  return records;
}
