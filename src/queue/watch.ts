/**
 * The feed poller: fetch RSS/Atom feeds (URLs or files) every so often, parse them with the
 * ingest's feed reader, and enqueue only the items not seen before. Seen items are remembered in
 * Redis by content hash (a sorted set scored by first-seen time, trimmed after `rememberDays`),
 * so several pollers and restarts share one memory. An item is marked seen only after its batch
 * is on the queue: a crash in between enqueues it again, which the idempotent store absorbs.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { InputItem, InputRecord } from '../cli/input.js';
import { feedRecords, readPaths } from '../ingest/sources.js';
import { contentHash, normalise } from '../stages/record.js';
import type { IngestProblem } from '../store/api.js';
import { queueName, queuePrefix, type IngestQueue, type QueueTarget } from './connection.js';
import { enqueueItems } from './enqueue.js';

export interface PollOptions {
  readonly target: QueueTarget;
  readonly queue: IngestQueue;
  readonly redis: Redis;
  /** Records per job (default 100). */
  readonly batchSize?: number;
  /** Forget items first seen longer ago than this (default 30 days). */
  readonly rememberDays?: number;
  /** Per-feed fetch timeout, ms (default 30000). */
  readonly timeout?: number;
}

export interface PollReport {
  /** Items read from all feeds. */
  readonly items: number;
  /** Items not seen before, now enqueued. */
  readonly added: number;
  readonly jobs: number;
  readonly problems: readonly IngestProblem[];
}

/** Redis key of the seen-items set of one queue. */
export function seenKey(target: QueueTarget): string {
  return `${queuePrefix(target)}:${queueName(target)}:seen`;
}

/** "90s", "5m", "1h", "1d" or plain milliseconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(value.trim());
  if (!m) throw new Error(`expected a duration like 30s, 5m or 1h, got "${value}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 'ms') as 'ms'];
  const ms = Number(m[1]) * unit;
  if (ms < 1) throw new Error(`duration "${value}" is too short`);
  return ms;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Every item of one feed source as input items (records or problems). */
async function* readSource(source: string, timeout: number): AsyncGenerator<InputItem> {
  if (!isUrl(source)) {
    yield* readPaths([source]);
    return;
  }
  let text: string;
  try {
    const response = await fetch(source, { signal: AbortSignal.timeout(timeout), headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5' } });
    if (!response.ok) {
      yield { kind: 'problem', origin: source, reason: `HTTP ${response.status} ${response.statusText}` };
      return;
    }
    text = await response.text();
  } catch (error) {
    yield { kind: 'problem', origin: source, reason: `cannot fetch: ${(error as Error).message}` };
    return;
  }
  yield* feedRecords(text, source);
}

/** Poll every source once and enqueue the items not seen before. */
export async function pollOnce(sources: readonly string[], options: PollOptions): Promise<PollReport> {
  const key = seenKey(options.target);
  const problems: IngestProblem[] = [];
  const fresh: InputRecord[] = [];
  const hashes: string[] = [];
  const thisPoll = new Set<string>();
  let items = 0;
  for (const source of sources) {
    const records: InputRecord[] = [];
    for await (const item of readSource(source, options.timeout ?? 30_000)) {
      if (item.kind === 'problem') problems.push({ origin: item.origin, reason: item.reason });
      else records.push(item);
    }
    items += records.length;
    if (records.length === 0) continue;
    const ids = records.map((r) => contentHash(normalise(r.text)));
    const scores = await options.redis.zmscore(key, ...ids);
    records.forEach((record, i) => {
      if (scores[i] !== null || thisPoll.has(ids[i])) return;
      thisPoll.add(ids[i]);
      fresh.push(record);
      hashes.push(ids[i]);
    });
  }
  let jobs = 0;
  if (fresh.length > 0) {
    const report = await enqueueItems(options.queue, fresh, { batchSize: options.batchSize });
    jobs = report.jobs;
    const now = Date.now();
    for (let i = 0; i < hashes.length; i += 500) {
      const chunk = hashes.slice(i, i + 500);
      await options.redis.zadd(key, 'NX', ...chunk.flatMap((h) => [now, h]));
    }
  }
  const forgetBefore = Date.now() - (options.rememberDays ?? 30) * 86_400_000;
  await options.redis.zremrangebyscore(key, '-inf', forgetBefore);
  return { items, added: fresh.length, jobs, problems };
}

/** Poll every `every` ms until the signal aborts. */
export async function watchFeeds(
  sources: readonly string[],
  options: PollOptions & { readonly every: number; readonly signal?: AbortSignal; readonly onPoll?: (report: PollReport) => void; readonly onError?: (error: Error) => void },
): Promise<void> {
  while (!options.signal?.aborted) {
    const started = Date.now();
    try {
      options.onPoll?.(await pollOnce(sources, options));
    } catch (error) {
      // Redis or the network down: say so and try again next round.
      options.onError?.(error as Error);
    }
    const wait = Math.max(0, options.every - (Date.now() - started));
    try {
      await sleep(wait, undefined, { signal: options.signal });
    } catch {
      return;
    }
  }
}
