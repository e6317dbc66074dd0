/**
 * Ingest throughput end to end (read -> extract on every core -> SQLite) on the Reuters-21578
 * corpus, against `extract` alone on the same records in the same run: on one thread, and on
 * the same worker pool without storage. Goal: ingest within 1.5x the time of extraction alone,
 * memory flat as the corpus grows (RSS sampled at each quarter).
 *
 * BENCH_REUTERS overrides the corpus path; BENCH_LIMIT takes the first N records.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputRecord } from '../src/cli/input.js';
import { extract } from '../src/pipeline.js';
import { createPool } from '../src/ingest/pool.js';
import { ingestRecords } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { loadReuters, REUTERS_FILE } from './reuters.js';

const file = REUTERS_FILE;
const limit = process.env.BENCH_LIMIT ? Number(process.env.BENCH_LIMIT) : Infinity;
const cores = availableParallelism();

const records = await loadReuters('ingest', limit);
const n = records.length;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
console.log(`${n} records from ${file}; ${cores} cores`);

// 1. extract alone, one thread.
let t = performance.now();
for (const r of records) extract(r.text, { id: r.id, date: r.date });
const single = (performance.now() - t) / 1000;
console.log(`extract, 1 thread:          ${(n / single).toFixed(0).padStart(6)} articles/s  (${single.toFixed(1)} s)`);

// 2. extract alone on the worker pool ingest uses, no storage.
const pool = createPool(cores);
t = performance.now();
const chunks: InputRecord[][] = [];
for (let i = 0; i < n; i += 16) chunks.push(records.slice(i, i + 16));
let next = 0;
await Promise.all(Array.from({ length: cores * 2 }, async () => {
  while (next < chunks.length) {
    const chunk = chunks[next++];
    await pool.run(chunk.map((r) => ({ text: r.text, id: r.id, date: r.date })));
  }
}));
const pooled = (performance.now() - t) / 1000;
await pool.close();
console.log(`extract, ${cores} workers:          ${(n / pooled).toFixed(0).padStart(6)} articles/s  (${pooled.toFixed(1)} s)`);

// 3. ingest end to end into a fresh SQLite file.
const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-bench-'));
try {
  const store = await openStore(join(dir, 'bench.db'));
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const quarters: string[] = [];
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  t = performance.now();
  const report = await ingestRecords(store, records, {
    workers: cores,
    onProgress: (p) => {
      const done = p.added + p.skipped;
      // RSS counts the worker threads and SQLite's page cache too; the main thread's V8 heap
      // beside it tells which one grows.
      if (quarters.length < 4 && done >= ((quarters.length + 1) * n) / 4) quarters.push(`${mb(process.memoryUsage().rss)} (heap ${mb(process.memoryUsage().heapUsed)})`);
    },
  });
  const ingest = (performance.now() - t) / 1000;
  clearInterval(sampler);
  const stats = await store.stats();
  await store.close();
  console.log(`ingest, ${cores} workers + SQLite: ${(n / ingest).toFixed(0).padStart(6)} articles/s  (${ingest.toFixed(1)} s; ${stats.articles} articles, ${stats.duplicates} near-duplicates, ${stats.events} events, ${report.problems} problems)`);
  console.log(`RSS: ${mb(base)} before, peak ${mb(peak)}; at 25/50/75/100%: ${quarters.join(' / ')}`);
  const ratio = ingest / pooled;
  console.log(`ingest / extract (same workers): ${ratio.toFixed(2)}x  goal <= 1.5x  ${ratio <= 1.5 ? 'ok' : 'MISSED'}`);
  console.log(`ingest / extract (1 thread):     ${(ingest / single).toFixed(2)}x`);
  if (ratio > 1.5) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
