/**
 * Failed jobs against a real Redis and a real PostgreSQL (skipped when either is unset): a store
 * that cannot be written (a table renamed away in this test's own database) makes a job fail,
 * retry with exponential back-off, and stay in the failed list with the reason; after the repair
 * `dateline queue retry` runs it again and it completes. A malformed job fails at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runCli } from './helpers/run-cli.js';
import { openStore, type Store } from '../src/store/index.js';
import { openQueue, startIngestWorker, waitUntilDrained, type IngestQueue, type IngestWorker, type JobEvent, type QueueStatus } from '../src/queue/index.js';
import { INGEST_JOB } from '../src/queue/jobs.js';

const REDIS = process.env.DATELINE_TEST_REDIS;
const PG = process.env.DATELINE_TEST_PG;

const cli = runCli;

const DISPATCHES = [
  'MOSCOW, April 2. /TASS/. Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Moscow on Tuesday, the Russian Foreign Ministry said.',
  'ANKARA, April 3 (Reuters) - Turkish Foreign Minister Hakan Fidan met Brazilian Foreign Minister Mauro Vieira in Ankara on Wednesday to discuss trade.',
];

describe.skipIf(!REDIS || !PG)('[queue] failed jobs: back-off, failed list, retry', () => {
  const name = `retry-${randomBytes(5).toString('hex')}`;
  const database = `dateline_queue_${randomBytes(5).toString('hex')}`;
  let dbUrl: string;
  let store: Store;
  let queue: IngestQueue;
  let worker: IngestWorker;
  const events: (JobEvent & { at: number })[] = [];

  const admin = async (statement: string, url = PG!) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${database}"`);
    const url = new URL(PG!);
    url.pathname = `/${database}`;
    dbUrl = url.toString();
    store = await openStore(dbUrl);
    queue = openQueue({ url: REDIS!, name }, { attempts: 3, backoff: 300 });
    worker = startIngestWorker({ target: { url: REDIS!, name }, store, name: 'in-process', onJob: (e) => events.push({ ...e, at: Date.now() }) });
    await worker.waitUntilReady();
  });

  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await store?.close();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('retries a job that cannot be stored with exponential back-off, keeps it failed with the reason, and `queue retry` runs it again', { timeout: 60_000 }, async () => {
    await admin('ALTER TABLE article_entities RENAME TO article_entities_away', dbUrl);
    const job = await queue.add(INGEST_JOB, { records: DISPATCHES.map((text, i) => ({ text, id: `retry-${i}`, date: `2024-04-0${i + 2}`, origin: `test:${i + 1}` })) });
    await waitUntilDrained(queue, { timeout: 30_000, interval: 100 });

    const failures = events.filter((e): e is Extract<JobEvent, { kind: 'failed' }> & { at: number } => e.kind === 'failed' && e.id === job.id);
    expect(failures.map((f) => [f.attempt, f.final])).toEqual([[1, false], [2, false], [3, true]]);
    // Back-off of 300 ms, then 600 ms.
    expect(failures[1].at - failures[0].at).toBeGreaterThanOrEqual(280);
    expect(failures[2].at - failures[1].at).toBeGreaterThanOrEqual(580);
    expect(failures[0].reason).toMatch(/^test:1: could not be stored: .*article_entities.* \(and 1 more of 2 articles\)$/);

    const status = await cli(['queue', 'status', '--queue', REDIS!, '--queue-name', name, '--json']);
    expect(status.code, status.stderr).toBe(0);
    const parsed = JSON.parse(status.stdout) as QueueStatus;
    expect(parsed.counts).toMatchObject({ failed: 1, waiting: 0, active: 0 });
    expect(parsed.failed[0]).toMatchObject({ id: job.id, records: 2, origin: 'test:1', attempts: 3 });
    expect(parsed.failed[0].reason).toMatch(/article_entities/);
    const table = await cli(['queue', 'status', '--queue', REDIS!, '--queue-name', name]);
    expect(table.stdout).toMatch(/1 failed/);
    expect(table.stdout).toMatch(/article_entities/);

    // Repair the store, then re-run the failed job.
    await admin('ALTER TABLE article_entities_away RENAME TO article_entities', dbUrl);
    const retry = await cli(['queue', 'retry', '--queue', REDIS!, '--queue-name', name]);
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stderr).toMatch(/1 failed job back in the queue/);
    const counts = await waitUntilDrained(queue, { timeout: 30_000, interval: 100 });
    expect(counts).toMatchObject({ failed: 0, completed: 1 });
    expect((await store.stats()).articles).toBe(2);
    expect(events.at(-1)).toMatchObject({ kind: 'completed', id: job.id, result: { added: 2, skipped: 0 } });
  });

  it('fails a malformed job at once, without retries', async () => {
    const job = await queue.add(INGEST_JOB, { records: [] } as never);
    await waitUntilDrained(queue, { timeout: 10_000, interval: 100 });
    const stored = await queue.getJob(job.id!);
    expect(await stored!.getState()).toBe('failed');
    expect(stored!.attemptsMade).toBe(1);
    expect(stored!.failedReason).toMatch(/not a batch of records/);
  });
});
