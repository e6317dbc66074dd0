/**
 * What travels on the ingestion queue: a job is a batch of input records (the texts themselves,
 * not file paths, so a worker on another machine needs no shared disk). Validated once with zod
 * where a worker takes a job off the queue, trusted inside.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DefaultJobOptions } from 'bullmq';
import type { InputRecord } from '../cli/input.js';
import type { IngestProblem } from '../store/api.js';

/** One record of a job: the fields of an `InputRecord` without its `kind` tag. */
export const JobRecordSchema = z.object({
  text: z.string().min(1),
  id: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  origin: z.string(),
});

export const JobDataSchema = z.object({
  records: z.array(JobRecordSchema).min(1),
});

export type JobRecord = z.infer<typeof JobRecordSchema>;
export type IngestJobData = z.infer<typeof JobDataSchema>;

/** What a worker returns for a finished job (kept with the completed job in Redis). */
export interface IngestJobResult {
  readonly records: number;
  readonly added: number;
  readonly skipped: number;
  readonly duplicates: number;
  /** Records that cannot be extracted: permanent, so reported rather than retried. */
  readonly problems: readonly IngestProblem[];
  readonly seconds: number;
}

/** BullMQ job name of an ingestion batch. */
export const INGEST_JOB = 'ingest';

export interface RetryPolicy {
  /** Tries per job before it stays in the failed list (default 5). */
  readonly attempts?: number;
  /** First retry delay in ms; doubles each time (default 2000: 2, 4, 8, 16 s). */
  readonly backoff?: number;
}

export function jobOptions(policy: RetryPolicy = {}): DefaultJobOptions {
  return {
    attempts: Math.max(1, policy.attempts ?? 5),
    backoff: { type: 'exponential', delay: Math.max(0, policy.backoff ?? 2000) },
    // The last 1000 finished batches (at most a day old) are kept for `queue status`; failed ones
    // until retried. Completed jobs hold their records: keep this small at high volume.
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: false,
  };
}

export function toJobRecord(record: InputRecord, date?: string): JobRecord {
  const out: { -readonly [K in keyof JobRecord]: JobRecord[K] } = { text: record.text, origin: record.origin };
  if (record.id !== undefined) out.id = record.id;
  if ((record.date ?? date) !== undefined) out.date = record.date ?? date;
  if (record.source !== undefined) out.source = record.source;
  return out;
}

/**
 * A job id derived from the batch's content: enqueueing the same batch twice while the first is
 * still known to the queue adds nothing (and the store would skip it anyway).
 */
export function batchId(records: readonly JobRecord[]): string {
  const hash = createHash('sha256');
  for (const r of records) hash.update(`${r.id ?? ''}\u0000${r.date ?? ''}\u0000${r.text}\u0001`);
  return `b-${hash.digest('hex').slice(0, 32)}`;
}
