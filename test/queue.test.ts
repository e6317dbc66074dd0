/**
 * Scale-out ingestion against a real Redis and a real PostgreSQL (DATELINE_TEST_REDIS,
 * DATELINE_TEST_PG; skipped when unset). Three `dateline worker` processes consume a part of the
 * Reuters corpus (or generated dispatches when the corpus is missing); one is killed with
 * SIGKILL while it holds a job. The store must end with every article exactly once and the same
 * events and actor counts as a single-process ingest of the same input into SQLite.
 *
 * Each run uses its own queue name and its own PostgreSQL database, so it can run beside the
 * storage suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { runCli } from './helpers/run-cli.js';
import { openStore, type Store } from '../src/store/index.js';
import type { ArticleRow, EventRow } from '../src/store/api.js';
import { openQueue, queueStatus, startIngestWorker, waitUntilDrained, type IngestQueue, type JobEvent } from '../src/queue/index.js';

const REDIS = process.env.DATELINE_TEST_REDIS;
const PG = process.env.DATELINE_TEST_PG;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REUTERS = new URL('../../shared/data/reuters21578.jsonl', import.meta.url).pathname;
const STORIES = 600;

const cli = runCli;

interface Started {
  readonly child: ChildProcess;
  readonly log: () => string;
  readonly exited: Promise<number | null>;
}

/** Start a long-running CLI process (a worker); resolves once it prints `ready`. */
async function startCli(args: readonly string[], ready: RegExp): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: process.env });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!ready.test(log)) {
    if (child.exitCode !== null) throw new Error(`process exited early: ${log}`);
    if (Date.now() > deadline) throw new Error(`no ready line: ${log}`);
    await sleep(50);
  }
  return { child, log: () => log, exited };
}

/** Wire-style dispatches written for this test, used when the Reuters corpus is not there. */
function generatedRecords(n: number): { id: string; date: string; text: string }[] {
  const sides = [
    ['MOSCOW', 'Russian', 'Foreign Minister Sergei Lavrov'],
    ['BEIJING', 'Chinese', 'Foreign Minister Wang Yi'],
    ['ANKARA', 'Turkish', 'Foreign Minister Hakan Fidan'],
    ['NEW DELHI', 'Indian', 'External Affairs Minister Subrahmanyam Jaishankar'],
    ['BRASILIA', 'Brazilian', 'Foreign Minister Mauro Vieira'],
  ];
  const verbs = ['held talks with', 'met', 'spoke by telephone with', 'criticised', 'signed an agreement with'];
  return Array.from({ length: n }, (_, i) => {
    const [city, , who] = sides[i % sides.length];
    const [, demonym, other] = sides[(i + 1 + (i % 3)) % sides.length];
    const day = 1 + (i % 27);
    const text = `${city}, March ${day} (Reuters) - ${who} ${verbs[i % verbs.length]} his ${demonym} counterpart ${other.split(' ').slice(-2).join(' ')} on Tuesday, the ministry said in statement number ${i}.\n\nThe two sides discussed trade, energy and regional security, according to the statement.`;
    return { id: `gen-${i + 1}`, date: `2024-03-${String(day).padStart(2, '0')}`, text };
  });
}

/** Every stored event (one row per report), paged through the query layer. */
async function allEvents(store: Store): Promise<EventRow[]> {
  const out: EventRow[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listEvents({ clusters: false, limit: 1000, offset });
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) return out;
  }
}

/** What an event is, independent of which process stored it or in what order. */
function eventKey(e: EventRow): string {
  return [e.id, e.articleId, e.type, e.cameo, e.mode, e.context, e.status, e.actor.name, e.actor.code, e.recipient?.name, e.recipient?.code, e.date, e.datePrecision, e.place, e.evidence.start, e.evidence.end, e.score].join('|');
}

describe.skipIf(!REDIS || !PG)('[queue] distributed ingestion on Redis and PostgreSQL', () => {
  const queueName = `test-${randomBytes(5).toString('hex')}`;
  const database = `dateline_queue_${randomBytes(5).toString('hex')}`;
  let dir: string;
  let dbUrl: string;
  let input: string;
  let records: { id: string; date?: string; text: string }[];
  let queue: IngestQueue;
  let reference: Store;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-queue-'));
    records = existsSync(REUTERS)
      ? readFileSync(REUTERS, 'utf8').split('\n').filter(Boolean).slice(0, STORIES).map((l) => JSON.parse(l) as { id: string; date?: string; text: string })
      : generatedRecords(300);
    input = join(dir, 'input.jsonl');
    writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

    const admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const url = new URL(PG!);
    url.pathname = `/${database}`;
    dbUrl = url.toString();
    // Migrate once before the workers start (they would serialise on the migration lock anyway).
    await (await openStore(dbUrl)).close();

    queue = openQueue({ url: REDIS!, name: queueName });

  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await reference?.close();
    const admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('three workers, one killed with SIGKILL mid-job: every article once, same events as one process', { timeout: 120_000 }, async () => {
    const enqueued = await cli(['ingest', input, '--queue', REDIS!, '--queue-name', queueName, '--batch', '10']);
    expect(enqueued.code, enqueued.stderr).toBe(0);
    const jobs = Math.ceil(records.length / 10);
    expect(enqueued.stderr).toContain(`${records.length} records enqueued in ${jobs} jobs`);

    // The single-process reference, run beside the workers: `dateline ingest` into SQLite.
    const single = cli(['ingest', input, '--db', join(dir, 'reference.db'), '--workers', '0']);
    const worker = (name: string) =>
      startCli(['worker', '--queue', REDIS!, '--queue-name', queueName, '--db', dbUrl, '--name', name, '--concurrency', '2', '--stalled-interval', '1000', '--lock-duration', '3000'], /ready:/);
    const workers = await Promise.all(['w1', 'w2', 'w3'].map(worker));
    children.push(...workers.map((w) => w.child));

    // Kill w1 while it holds a job, once the run is well under way.
    let held: string[] = [];
    const deadline = Date.now() + 60_000;
    for (;;) {
      const status = await queueStatus(queue, { limit: 50 });
      held = status.active.filter((j) => j.worker === 'w1').map((j) => j.id);
      if (held.length > 0 && status.counts.completed >= 6) break;
      if (Date.now() > deadline) throw new Error(`w1 never held a job: ${JSON.stringify(status.counts)}\n${workers[0].log()}`);
      await sleep(20);
    }
    const killedAt = Date.now();
    workers[0].child.kill('SIGKILL');
    await workers[0].exited;

    const counts = await waitUntilDrained(queue, { timeout: 90_000, interval: 250 });
    expect(counts.failed).toBe(0);
    expect(counts.completed).toBe(jobs);

    // The jobs w1 held were finished by another worker (or by w1 itself in the moment between the status read and
    // the kill: a job of ten articles can take less than that, so only a job finished after the kill must be another's).
    for (const id of held) {
      const job = await queue.getJob(id);
      expect(await job!.getState()).toBe('completed');
      if (job!.processedBy === 'w1') expect(job!.finishedOn ?? Number.POSITIVE_INFINITY, `job ${id} finished by w1 after it was killed`).toBeLessThanOrEqual(killedAt);
    }
    expect(workers[1].log() + workers[2].log()).toMatch(/job b-/);

    const done = await single;
    expect(done.code, done.stderr).toBe(0);
    reference = await openStore(join(dir, 'reference.db'));
    const store = await openStore(dbUrl);
    try {
      // Every article exactly once: the reference's ids (one per record, none stored twice as a
      // corrected `id~hash` version), each with its text's hash.
      const [mine, theirs] = [await store.stats(), await reference.stats()];
      expect(mine.articles).toBe(records.length);
      expect(theirs.articles).toBe(records.length);
      const articles = async (s: Store) => {
        const out: ArticleRow[] = [];
        for (let offset = 0; ; offset += 1000) {
          const page = await s.listArticles({ limit: 1000, offset });
          out.push(...page.items);
          if (page.items.length === 0 || out.length >= page.total) return out.sort((a, b) => (a.id < b.id ? -1 : 1));
        }
      };
      const [stored, expectedArticles] = [await articles(store), await articles(reference)];
      expect(stored.map((a) => `${a.id}|${a.hash}`)).toEqual(expectedArticles.map((a) => `${a.id}|${a.hash}`));
      expect(new Set(stored.map((a) => a.id))).toEqual(new Set(records.map((r) => r.id)));
      // The same articles are found to have near-duplicates, up to 1% of them. Near-duplicate
      // finding depends on the order of writing: each new article joins the group of the most
      // similar one already stored, among the candidates its LSH bands bring (a bounded number), so
      // where A is like B and B like C but A not like C the groups differ with the order, and an
      // article can miss its one partner. The groups themselves were compared here until session 14,
      // when clean-clone runs on a loaded machine split chains of the generated dispatches
      // differently, on the session-start code as well.
      const paired = (rows: readonly ArticleRow[]) => {
        const ids = new Set<string>();
        for (const a of rows) if (a.duplicateOf) ids.add(a.id).add(a.duplicateOf);
        return ids;
      };
      const [found, expectedPaired] = [paired(stored), paired(expectedArticles)];
      expect(expectedPaired.size).toBeGreaterThan(0);
      const differ = [...found].filter((id) => !expectedPaired.has(id)).concat([...expectedPaired].filter((id) => !found.has(id)));
      expect(differ.length, `articles paired in one run only: ${differ.join(' ')}`).toBeLessThanOrEqual(Math.max(1, Math.floor(records.length / 100)));

      // The same events: every field the extraction decides, and the same store actors, except
      // where the store's surname linking depends on the order of writing (a dispatch naming
      // "Shultz" alone, written before any naming "George Shultz", gets its own actor): those
      // differences must be of that kind and no other.
      const [events, expected] = [await allEvents(store), await allEvents(reference)];
      expect(events.length).toBeGreaterThan(0);
      expect(events.map(eventKey).sort()).toEqual(expected.map(eventKey).sort());
      const byId = new Map(expected.map((e) => [e.id, e]));
      const surnameOnly = (a: string | null | undefined, b: string | null | undefined) => {
        if (a === b) return true;
        const [pa, pb] = [a?.split(':'), b?.split(':')];
        if (!pa || !pb || pa[0] !== 'person' || pb[0] !== 'person' || pa[1] !== pb[1]) return false;
        const [short, long] = pa[2].length < pb[2].length ? [pa[2], pb[2]] : [pb[2], pa[2]];
        return !short.includes(' ') && long.endsWith(` ${short}`);
      };
      for (const e of events) {
        const r = byId.get(e.id)!;
        expect(surnameOnly(e.actor.actorId, r.actor.actorId), `${e.id} actor ${e.actor.actorId} vs ${r.actor.actorId}`).toBe(true);
        expect(surnameOnly(e.recipient?.actorId, r.recipient?.actorId), `${e.id} recipient ${e.recipient?.actorId} vs ${r.recipient?.actorId}`).toBe(true);
      }

      // No article counted twice on any actor (a job half-written by the killed worker was rolled
      // back whole): each actor's counter equals the articles that mention it.
      const db = new pg.Client({ connectionString: dbUrl });
      await db.connect();
      try {
        const { rows } = await db.query(
          `SELECT a.id, a.article_count, count(DISTINCT ae.article_id) AS n FROM actors a LEFT JOIN article_entities ae ON ae.actor_id = a.id
           GROUP BY a.id, a.article_count HAVING a.article_count <> count(DISTINCT ae.article_id)`,
        );
        expect(rows).toEqual([]);
        const { rows: entities } = await db.query('SELECT count(*)::int AS n FROM article_entities');
        expect(entities[0].n).toBe(expectedArticles.reduce((sum, a) => sum + a.entityCount, 0));
      } finally {
        await db.end();
      }
    } finally {
      await store.close();
    }

    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.slice(1).map((w) => w.exited))).toEqual([0, 0]);
  });
});
