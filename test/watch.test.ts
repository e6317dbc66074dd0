/**
 * The feed poller against a real Redis (DATELINE_TEST_REDIS; skipped when unset) and an RSS feed
 * served on loopback by this test (node:http): the first poll enqueues every item, the next ones
 * only the items added since; `dateline watch --every` does the same as a running process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { openQueue, parseDuration, pollOnce, redisClient, seenKey, type IngestQueue, type QueueTarget } from '../src/queue/index.js';

const REDIS = process.env.DATELINE_TEST_REDIS;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Dispatches written for this test. */
const ITEMS = [
  ['MOSCOW, June 3. /TASS/. Russian Foreign Minister Sergei Lavrov held talks with his Turkish counterpart Hakan Fidan in Moscow on Monday, the ministry said.', 'Mon, 03 Jun 2024 10:00:00 GMT'],
  ['BEIJING, June 4 (Xinhua) -- Chinese Foreign Minister Wang Yi spoke by telephone with Brazilian Foreign Minister Mauro Vieira on Tuesday.', 'Tue, 04 Jun 2024 09:30:00 GMT'],
  ['ANKARA, June 5 (Reuters) - Turkey on Wednesday accused Greece of violating its airspace, the defence ministry said in a statement.', 'Wed, 05 Jun 2024 14:00:00 GMT'],
];
const LATE = ['NEW DELHI, June 6 (Reuters) - Indian External Affairs Minister Subrahmanyam Jaishankar met Japanese Foreign Minister Yoko Kamikawa in New Delhi on Thursday.', 'Thu, 06 Jun 2024 08:00:00 GMT'];

function rss(items: readonly string[][]): string {
  const entries = items
    .map(([text, date], i) => `<item><title>Dispatch ${i + 1}</title><guid>urn:test:${i + 1}</guid><link>http://example.test/${i + 1}</link><pubDate>${date}</pubDate><description>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Test wire</title><link>http://example.test/</link><description>test</description>\n${entries}\n</channel></rss>\n`;
}

async function queuedRecords(queue: IngestQueue): Promise<string[]> {
  const jobs = await queue.getJobs(['waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed']);
  return jobs.flatMap((j) => j.data.records.map((r) => r.text));
}

describe.skipIf(!REDIS)('[watch] feed poller enqueues only new items', () => {
  let server: Server;
  let url: string;
  let feed = rss(ITEMS);
  let requests = 0;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-watch-'));
    server = createServer((req, res) => {
      requests++;
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(feed);
      } else {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const fresh = (): { target: QueueTarget; queue: IngestQueue; cleanup: () => Promise<void> } => {
    const target = { url: REDIS!, name: `watch-${randomBytes(5).toString('hex')}` };
    const queue = openQueue(target);
    return {
      target,
      queue,
      cleanup: async () => {
        const redis = redisClient(REDIS!);
        await redis.del(seenKey(target));
        redis.disconnect();
        await queue.obliterate({ force: true });
        await queue.close();
      },
    };
  };

  it('polls a loopback feed twice: all items, then only the one added', async () => {
    feed = rss(ITEMS);
    const { target, queue, cleanup } = fresh();
    const redis = redisClient(REDIS!);
    try {
      const first = await pollOnce([url], { target, queue, redis });
      expect(first).toMatchObject({ items: 3, added: 3, jobs: 1, problems: [] });
      const again = await pollOnce([url], { target, queue, redis });
      expect(again).toMatchObject({ items: 3, added: 0, jobs: 0 });

      feed = rss([...ITEMS, LATE]);
      const second = await pollOnce([url], { target, queue, redis });
      expect(second).toMatchObject({ items: 4, added: 1, jobs: 1 });

      const texts = await queuedRecords(queue);
      expect(texts).toHaveLength(4);
      expect(texts.filter((t) => t.includes('Jaishankar'))).toHaveLength(1);
      const jobs = await queue.getJobs(['waiting']);
      const late = jobs.flatMap((j) => j.data.records).find((r) => r.text.includes('Jaishankar'))!;
      expect(late).toMatchObject({ date: '2024-06-06', source: 'http://example.test/4' });
      expect(await redis.zcard(seenKey(target))).toBe(4);
    } finally {
      redis.disconnect();
      await cleanup();
    }
  });

  it('reads feed files too, and reports an unreachable feed without stopping', async () => {
    feed = rss(ITEMS);
    const { target, queue, cleanup } = fresh();
    const redis = redisClient(REDIS!);
    const file = join(dir, 'wire.rss');
    writeFileSync(file, rss(ITEMS.slice(0, 2)));
    try {
      const report = await pollOnce([file, 'http://127.0.0.1:9/none.xml', url], { target, queue, redis, timeout: 5000 });
      // The file's two items are also in the feed: each is enqueued once.
      expect(report).toMatchObject({ items: 5, added: 3 });
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0].origin).toBe('http://127.0.0.1:9/none.xml');
      expect(report.problems[0].reason).toMatch(/cannot fetch/);
    } finally {
      redis.disconnect();
      await cleanup();
    }
  });

  it('`dateline watch --every 1s` picks up an item added while it runs', { timeout: 60_000 }, async () => {
    feed = rss(ITEMS);
    const { target, queue, cleanup } = fresh();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'watch', url, '--every', '1s', '--queue', REDIS!, '--queue-name', target.name!], { cwd: ROOT, env: process.env });
    let log = '';
    child.stderr.on('data', (d) => (log += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const waitFor = async (n: number) => {
        const deadline = Date.now() + 30_000;
        while ((await queuedRecords(queue)).length < n) {
          if (Date.now() > deadline || child.exitCode !== null) throw new Error(`expected ${n} records; log:\n${log}`);
          await sleep(100);
        }
      };
      await waitFor(3);
      const before = requests;
      feed = rss([...ITEMS, LATE]);
      await waitFor(4);
      // Polling went on without enqueueing anything twice.
      while (requests < before + 3) await sleep(100);
      expect(await queuedRecords(queue)).toHaveLength(4);
      expect(log).toMatch(/4 items, 1 new enqueued in 1 jobs/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await cleanup();
    }
  });

  it('parses durations', () => {
    expect([parseDuration('5m'), parseDuration('30s'), parseDuration('1h'), parseDuration('250')]).toEqual([300_000, 30_000, 3_600_000, 250]);
    expect(() => parseDuration('soon')).toThrow(/duration/);
  });
});
