/**
 * Where the ingestion queue lives: a Redis URL, a queue name and a key prefix. Every part
 * (ingest --queue, worker, queue status/retry, watch) opens the queue through here so that they
 * all agree on the keys.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { INGEST_JOB, jobOptions, type IngestJobData, type IngestJobResult, type RetryPolicy } from './jobs.js';

/** Default queue name; several corpora can share one Redis under different names. */
export const DEFAULT_QUEUE_NAME = 'ingest';
/** Prefix of every Redis key Dateline writes. */
export const DEFAULT_PREFIX = 'dateline';

export interface QueueTarget {
  /** redis:// or rediss:// URL. */
  readonly url: string;
  readonly name?: string;
  readonly prefix?: string;
}

export type IngestQueue = Queue<IngestJobData, IngestJobResult, typeof INGEST_JOB>;

export function isRedisUrl(url: string): boolean {
  return /^rediss?:\/\//i.test(url);
}

/** Check a --queue value early, with a message naming the option. */
export function checkQueueUrl(url: string | undefined): string {
  const value = url ?? process.env.DATELINE_QUEUE;
  if (!value) throw new Error('no queue: give --queue redis://host:6379 or set DATELINE_QUEUE');
  if (!isRedisUrl(value)) throw new Error(`--queue must be a redis:// URL, got "${value}"`);
  return value;
}

/** Connection options BullMQ needs: a blocking worker connection must never give up a command. */
export function connectionOptions(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url, maxRetriesPerRequest: null };
}

/** A plain Redis client for Dateline's own keys (the feed poller's seen items). */
export function redisClient(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: false });
}

export function queueName(target: QueueTarget): string {
  return target.name ?? process.env.DATELINE_QUEUE_NAME ?? DEFAULT_QUEUE_NAME;
}

export function queuePrefix(target: QueueTarget): string {
  return target.prefix ?? DEFAULT_PREFIX;
}

export function openQueue(target: QueueTarget, policy?: RetryPolicy): IngestQueue {
  return new Queue<IngestJobData, IngestJobResult, typeof INGEST_JOB>(queueName(target), {
    connection: connectionOptions(target.url),
    prefix: queuePrefix(target),
    defaultJobOptions: jobOptions(policy),
  });
}

/** The URL with its password hidden, for messages. */
export function showUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
