/**
 * Scale-out throughput: articles/s with 1, 2 and 4 `dateline worker` processes consuming a
 * BullMQ queue into PostgreSQL, next to the single-process ingest into SQLite and into
 * PostgreSQL, plus the bare queue (enqueue rate, no-op job rate). Worker rates are measured from
 * the first job started to the last job finished (BullMQ's own timestamps), so process start-up
 * is not counted. Each run writes a fresh database.
 *
 * Needs Redis and PostgreSQL: DATELINE_BENCH_REDIS / DATELINE_BENCH_PG, else DATELINE_TEST_REDIS /
 * DATELINE_TEST_PG (as .ci/run sets them). BENCH_REUTERS overrides the corpus, BENCH_LIMIT the
 * number of records (default 1000), BENCH_WORKERS the process counts (default "1,2,4").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Worker } from 'bullmq';
import { ingestRecords } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { loadReuters, REUTERS_FILE } from './reuters.js';
import { connectionOptions, enqueueItems, openQueue, waitUntilDrained, type IngestQueue } from '../src/queue/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = REUTERS_FILE;
const limit = Number(process.env.BENCH_LIMIT ?? 1000);
const counts = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const REDIS = process.env.DATELINE_BENCH_REDIS ?? process.env.DATELINE_TEST_REDIS;
const PG = process.env.DATELINE_BENCH_PG ?? process.env.DATELINE_TEST_PG;
const BATCH = 50;

if (!REDIS || !PG) {
  console.log('queue bench skipped: set DATELINE_BENCH_REDIS and DATELINE_BENCH_PG (or the DATELINE_TEST_ ones)');
  process.exit(0);
}
const records = await loadReuters('queue', limit);
const n = records.length;
const cores = availableParallelism();
console.log(`${n} records from ${file}; ${cores} cores; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; jobs of ${BATCH} records`);
const line = (label: string, rate: number, detail: string) => console.log(`${label.padEnd(38)} ${rate.toFixed(0).padStart(6)} ${detail}`);

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dateline_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(PG!);
  url.pathname = `/${name}`;
  await (await openStore(url.toString())).close();
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

// 1. The single-process ingest (every core), into SQLite and into PostgreSQL.
{
  const dir = mkdtempSync(join(tmpdir(), 'dateline-queue-bench-'));
  try {
    const store = await openStore(join(dir, 'bench.db'));
    const t = performance.now();
    await ingestRecords(store, records, { workers: cores });
    const s = (performance.now() - t) / 1000;
    await store.close();
    line(`ingest, 1 process (${cores} threads) -> SQLite`, n / s, `articles/s (${s.toFixed(1)} s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const db = await freshDatabase();
  try {
    const store = await openStore(db.url);
    const t = performance.now();
    await ingestRecords(store, records, { workers: cores });
    const s = (performance.now() - t) / 1000;
    await store.close();
    line(`ingest, 1 process (${cores} threads) -> PostgreSQL`, n / s, `articles/s (${s.toFixed(1)} s)`);
  } finally {
    await db.drop();
  }
}

// 2. The bare queue: enqueue rate and a no-op worker's job rate.
{
  const target = { url: REDIS, name: `bench-${randomBytes(4).toString('hex')}` };
  const queue = openQueue(target);
  const many = Array.from({ length: 20 }, () => records).flat();
  let t = performance.now();
  const report = await enqueueItems(queue, many, { batchSize: BATCH });
  let s = (performance.now() - t) / 1000;
  line('enqueue (records -> Redis)', many.length / s, `records/s (${report.jobs} jobs of ${BATCH}, ${s.toFixed(1)} s)`);
  t = performance.now();
  const worker = new Worker(target.name, async () => null, { connection: connectionOptions(REDIS), prefix: 'dateline', concurrency: 8 });
  await waitUntilDrained(queue, { interval: 50 });
  s = (performance.now() - t) / 1000;
  line('no-op worker, concurrency 8', report.jobs / s, `jobs/s`);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
}

// 3. N worker processes into PostgreSQL.
async function startWorker(args: readonly string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d) => (log += d));
  while (!/ready:/.test(log)) {
    if (child.exitCode !== null) throw new Error(log);
    await sleep(50);
  }
  return child;
}

async function workerRun(processes: number): Promise<void> {
  const target = { url: REDIS!, name: `bench-${randomBytes(4).toString('hex')}` };
  const queue: IngestQueue = openQueue(target);
  const db = await freshDatabase();
  const children: ChildProcess[] = [];
  try {
    await queue.pause();
    await enqueueItems(queue, records, { batchSize: BATCH });
    for (let i = 0; i < processes; i++) children.push(await startWorker(['--queue', REDIS!, '--queue-name', target.name, '--db', db.url, '--quiet', '--concurrency', '2']));
    await queue.resume();
    await waitUntilDrained(queue, { interval: 100 });
    const jobs = await queue.getJobs(['completed', 'failed']);
    const failed = jobs.filter((j) => j.failedReason).length;
    const first = Math.min(...jobs.map((j) => j.processedOn ?? Infinity));
    const last = Math.max(...jobs.map((j) => j.finishedOn ?? 0));
    const s = (last - first) / 1000;
    const store = await openStore(db.url);
    const stats = await store.stats();
    await store.close();
    line(`${processes} worker process${processes > 1 ? 'es' : ''} -> PostgreSQL`, stats.articles / s, `articles/s (${s.toFixed(1)} s; ${stats.articles} articles, ${stats.events} events, ${failed} failed jobs)`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))));
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await db.drop();
  }
}

for (const processes of counts) await workerRun(processes);
