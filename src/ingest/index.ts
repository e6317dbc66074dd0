/**
 * Ingest: read records, extract them on every core, write them in batched transactions.
 *
 *   read (main thread) -> content hash, skip stored hashes -> extract (worker threads)
 *     -> write (main thread, one transaction per batch, an article always whole)
 *
 * Idempotent and resumable by content hash: a rerun after a crash skips what was committed and
 * extracts the rest. Bad inputs are collected as problems and reported; the rest goes on.
 */
import { availableParallelism } from 'node:os';
import type { Article } from '../model.js';
import { readRecord } from '../stages/record.js';
import { EXTRACTOR_VERSION } from '../version.js';
import type { InputItem, InputRecord } from '../cli/input.js';
import type { IngestOptions, IngestProblem, IngestProgress, IngestReport, ReprocessOptions, ReprocessReport, Store } from '../store/api.js';
import { createPool, type WorkRecord } from './pool.js';
import { readPaths } from './sources.js';

export { readPaths } from './sources.js';

/** Records per message to a worker. */
const CHUNK = 16;
/** Batches extracted ahead of the one being written. */
const AHEAD = 4;
/** Concurrent write transactions on PostgreSQL. */
const WRITERS_PG = 4;

interface Pending {
  readonly record: InputRecord;
  readonly work: WorkRecord;
}

export async function ingestRecords(store: Store, items: AsyncIterable<InputItem> | Iterable<InputItem>, options: IngestOptions = {}): Promise<IngestReport> {
  const started = performance.now();
  const pool = createPool(options.workers ?? availableParallelism());
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const problems: IngestProblem[] = [];
  const progress = { read: 0, extracted: 0, added: 0, skipped: 0, duplicates: 0, problems: 0 };
  const report = () => options.onProgress?.({ ...progress, problems: problems.length } satisfies IngestProgress);
  const problem = (origin: string, reason: string) => {
    problems.push({ origin, reason });
    report();
  };

  const extractBatch = async (batch: readonly Pending[]): Promise<{ articles: Article[]; origins: string[] }> => {
    // Skip what the store already holds before spending time on extraction.
    const keys = batch.map((p) => {
      const record = readRecord(p.work.text, { id: p.work.id, date: p.work.date });
      return { id: record.id, hash: record.hash };
    });
    const known = await store.knownArticles(keys);
    const seen = new Set<string>();
    const todo: Pending[] = [];
    batch.forEach((p, i) => {
      const key = `${keys[i].id}\u0000${keys[i].hash}`;
      if (known.has(keys[i].id) || seen.has(key)) progress.skipped++;
      else todo.push(p);
      seen.add(key);
    });
    const chunks: Pending[][] = [];
    for (let i = 0; i < todo.length; i += CHUNK) chunks.push(todo.slice(i, i + CHUNK));
    const results = await Promise.all(chunks.map((c) => pool.run(c.map((p) => p.work))));
    const articles: Article[] = [];
    const origins: string[] = [];
    results.forEach((chunkResults, c) =>
      chunkResults.forEach((result, i) => {
        const origin = chunks[c][i].record.origin;
        if ('error' in result) problem(origin, result.error);
        else {
          articles.push(result.article);
          origins.push(origin);
        }
      }),
    );
    progress.extracted += articles.length;
    return { articles, origins };
  };

  const write = async ({ articles, origins }: { articles: Article[]; origins: string[] }) => {
    if (articles.length === 0) return report();
    const result = await store.writeArticles(articles, { origins });
    progress.added += result.added;
    progress.skipped += result.skipped;
    progress.duplicates += result.duplicates;
    for (const failure of result.failed ?? []) {
      const i = articles.findIndex((a) => a.id === failure.id);
      problem(i >= 0 ? origins[i] : failure.id, `could not be stored: ${failure.reason}`);
    }
    report();
  };

  // SQLite has one writer; PostgreSQL takes several write transactions at once (upserts only).
  const lanes: Promise<void>[] = Array.from({ length: store.dialect === 'postgres' ? WRITERS_PG : 1 }, () => Promise.resolve());
  let lane = 0;
  const inFlight: Promise<void>[] = [];
  const flush = (batch: Pending[]) => {
    const extracted = extractBatch(batch);
    extracted.catch(() => undefined);
    const i = lane++ % lanes.length;
    lanes[i] = lanes[i].then(() => extracted).then(write);
    inFlight.push(lanes[i]);
  };

  try {
    let batch: Pending[] = [];
    for await (const item of items) {
      if (item.kind === 'problem') {
        problem(item.origin, item.reason);
        continue;
      }
      progress.read++;
      batch.push({ record: item, work: { text: item.text, id: item.id, date: item.date ?? options.date, source: item.source ?? item.origin } });
      if (batch.length >= batchSize) {
        flush(batch);
        batch = [];
        if (inFlight.length >= AHEAD) await inFlight.shift();
      }
    }
    if (batch.length) flush(batch);
    await Promise.all(inFlight);
    await Promise.all(lanes);
  } finally {
    await pool.close();
  }
  return { ...progress, problems: problems.length, problemList: problems, seconds: (performance.now() - started) / 1000 };
}

/** Ingest files, folders (recursively), JSONL, HTML, RSS/Atom and "-" (stdin). */
export function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  return ingestRecords(store, readPaths(paths), options);
}

/** Re-run the current extractor over stored texts of another extractor version (or all). */
export async function reprocess(store: Store, options: ReprocessOptions = {}): Promise<ReprocessReport> {
  const started = performance.now();
  const pool = createPool(options.workers ?? availableParallelism());
  const failed: IngestProblem[] = [];
  let done = 0;
  try {
    for await (const batch of store.staleArticles(options.all ? null : EXTRACTOR_VERSION, 128)) {
      const chunks: (typeof batch)[number][][] = [];
      for (let i = 0; i < batch.length; i += CHUNK) chunks.push(batch.slice(i, i + CHUNK));
      const results = await Promise.all(chunks.map((c) => pool.run(c.map((a) => ({ text: a.text, id: a.id, date: a.date ?? undefined, source: a.source ?? undefined })))));
      for (let c = 0; c < chunks.length; c++) {
        for (let i = 0; i < chunks[c].length; i++) {
          const result = results[c][i];
          const id = chunks[c][i].id;
          if ('error' in result) failed.push({ origin: id, reason: result.error });
          else {
            try {
              await store.replaceExtraction(id, result.article);
              done++;
            } catch (error) {
              failed.push({ origin: id, reason: (error as Error).message });
            }
          }
        }
      }
      options.onProgress?.(done, null);
    }
  } finally {
    await pool.close();
  }
  return { reprocessed: done, failed, seconds: (performance.now() - started) / 1000 };
}
