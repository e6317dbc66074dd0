/**
 * Looking at and repairing the queue: job counts, the failed jobs with their reasons, the jobs
 * in progress with the worker holding them, re-running failed jobs, waiting for the queue to
 * empty.
 */
import type { Job } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import type { IngestQueue } from './connection.js';
import type { IngestJobData, IngestJobResult } from './jobs.js';

export interface JobCounts {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
  readonly prioritized: number;
}

export interface JobSummary {
  readonly id: string;
  readonly records: number;
  /** Origin of the first record ("path:line"). */
  readonly origin: string | null;
  readonly attempts: number;
  /** Worker name holding or last holding the job. */
  readonly worker: string | null;
  readonly reason: string | null;
  /** ISO time of the last state change. */
  readonly at: string | null;
}

export interface QueueStatus {
  readonly name: string;
  readonly counts: JobCounts;
  readonly failed: readonly JobSummary[];
  readonly active: readonly JobSummary[];
  /** Articles added and records that had problems, over the completed jobs still kept. */
  readonly completed: { readonly added: number; readonly skipped: number; readonly problems: number };
}

const COUNTED = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'] as const;

export async function jobCounts(queue: IngestQueue): Promise<JobCounts> {
  const counts = await queue.getJobCounts(...COUNTED);
  return Object.fromEntries(COUNTED.map((k) => [k, counts[k] ?? 0])) as unknown as JobCounts;
}

function summary(job: Job<IngestJobData, IngestJobResult>): JobSummary {
  const records = Array.isArray(job.data?.records) ? job.data.records : [];
  const at = job.finishedOn ?? job.processedOn ?? job.timestamp;
  return {
    id: String(job.id),
    records: records.length,
    origin: records[0]?.origin ?? null,
    attempts: job.attemptsMade,
    worker: job.processedBy ?? null,
    reason: job.failedReason || null,
    at: at ? new Date(at).toISOString() : null,
  };
}

export async function queueStatus(queue: IngestQueue, options: { readonly limit?: number } = {}): Promise<QueueStatus> {
  const limit = Math.max(1, options.limit ?? 20);
  const [counts, failed, active, completed] = await Promise.all([
    jobCounts(queue),
    queue.getFailed(0, limit - 1),
    queue.getActive(0, limit - 1),
    queue.getCompleted(0, 9_999),
  ]);
  const done = { added: 0, skipped: 0, problems: 0 };
  for (const job of completed) {
    const r = job?.returnvalue;
    if (!r) continue;
    done.added += r.added ?? 0;
    done.skipped += r.skipped ?? 0;
    done.problems += r.problems?.length ?? 0;
  }
  return {
    name: queue.name,
    counts,
    failed: failed.filter(Boolean).map(summary),
    active: active.filter(Boolean).map(summary),
    completed: done,
  };
}

/** Put failed jobs (all, or these ids) back in the queue with fresh attempts. Returns the ids. */
export async function retryFailed(queue: IngestQueue, ids?: readonly string[]): Promise<string[]> {
  const retried: string[] = [];
  const retry = async (job: Job<IngestJobData, IngestJobResult> | undefined) => {
    if (!job) return;
    if ((await job.getState()) !== 'failed') return;
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    retried.push(String(job.id));
  };
  if (ids && ids.length > 0) {
    for (const id of ids) await retry(await queue.getJob(id));
    return retried;
  }
  // Retried jobs leave the failed list, so always read its head.
  for (;;) {
    const jobs = (await queue.getFailed(0, 99)).filter(Boolean);
    if (jobs.length === 0) break;
    const before = retried.length;
    for (const job of jobs) await retry(job);
    if (retried.length === before) break;
  }
  return retried;
}

/** Resolve when no job is waiting, delayed or active (or reject after `timeout` ms). */
export async function waitUntilDrained(
  queue: IngestQueue,
  options: { readonly timeout?: number; readonly interval?: number; readonly onTick?: (counts: JobCounts) => void } = {},
): Promise<JobCounts> {
  const deadline = options.timeout ? Date.now() + options.timeout : Infinity;
  for (;;) {
    const counts = await jobCounts(queue);
    options.onTick?.(counts);
    if (counts.waiting + counts.active + counts.delayed + counts.prioritized === 0) return counts;
    if (Date.now() > deadline) throw new Error(`queue "${queue.name}" still busy after ${options.timeout} ms: ${JSON.stringify(counts)}`);
    await sleep(options.interval ?? 500);
  }
}
