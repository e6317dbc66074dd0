/**
 * The consumer side: a BullMQ worker whose processor runs the single-machine ingest
 * (`ingestRecords`: content-hash check, `extract`, `store.writeArticles`) over one job's records.
 *
 * At-least-once delivery becomes exactly-once in effect because the store's write is idempotent
 * by content hash and each article is committed whole: a job re-run after a crash (kill -9: the
 * lock expires and BullMQ's stalled-job check puts the job back) skips what was committed and
 * writes the rest. Write failures throw, so BullMQ retries the job with exponential back-off;
 * records that cannot be extracted are permanent problems, returned with the job, not retried.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { InputItem } from '../cli/input.js';
import { ingestRecords } from '../ingest/index.js';
import type { Store } from '../store/api.js';
import { connectionOptions, queueName, queuePrefix, type QueueTarget } from './connection.js';
import { INGEST_JOB, JobDataSchema, type IngestJobData, type IngestJobResult } from './jobs.js';

export interface IngestWorkerOptions {
  readonly target: QueueTarget;
  readonly store: Store;
  /**
   * Articles per write transaction (default 1). Larger batches commit less often but hold the
   * locks of shared actor rows longer, and several workers then deadlock on them.
   */
  readonly writeBatch?: number;
  /** Jobs in flight in this process (default 2: one extracting while another writes). */
  readonly concurrency?: number;
  /** Shown in `queue status` beside the jobs this worker holds. */
  readonly name?: string;
  /** How often lost jobs are looked for, ms (default 30000). */
  readonly stalledInterval?: number;
  /** How long a job stays locked without a renewal from its worker, ms (default 30000). */
  readonly lockDuration?: number;
  /** How many times one job may be found stalled before it fails (default 2). */
  readonly maxStalledCount?: number;
  /** Called after each job, for logs. */
  readonly onJob?: (event: JobEvent) => void;
  /** Redis connection trouble (the client reconnects by itself). */
  readonly onError?: (error: Error) => void;
}

export type JobEvent =
  | { readonly kind: 'completed'; readonly id: string; readonly attempt: number; readonly result: IngestJobResult }
  | { readonly kind: 'failed'; readonly id: string; readonly attempt: number; readonly final: boolean; readonly reason: string };

export type IngestWorker = Worker<IngestJobData, IngestJobResult, typeof INGEST_JOB>;

/** The processor alone: one job's records through the ingest into the store. */
export async function processBatch(store: Store, job: Pick<Job<unknown>, 'id' | 'data'>, writeBatch = 1): Promise<IngestJobResult> {
  const parsed = JobDataSchema.safeParse(job.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Malformed data never gets better: straight to the failed list, no retries.
    throw new UnrecoverableError(`job ${job.id} is not a batch of records: ${issue.path.join('.') || 'data'}: ${issue.message}`);
  }
  const items: InputItem[] = parsed.data.records.map((r) => ({ kind: 'record', ...r }));
  // Extraction on this thread: scale with processes (one per core), not threads.
  const report = await ingestRecords(store, items, { workers: 0, batchSize: Math.max(1, writeBatch) });
  // In input order, so the reason always names the batch's first unstored record whatever order the writes ended in.
  const position = new Map(parsed.data.records.map((r, i) => [r.origin, i]));
  const unstored = report.problemList
    .filter((p) => p.reason.startsWith('could not be stored'))
    .sort((a, b) => (position.get(a.origin) ?? Infinity) - (position.get(b.origin) ?? Infinity));
  if (unstored.length > 0) {
    const first = unstored[0];
    throw new Error(`${first.origin}: ${first.reason}${unstored.length > 1 ? ` (and ${unstored.length - 1} more of ${items.length} articles)` : ''}`);
  }
  return {
    records: items.length,
    added: report.added,
    skipped: report.skipped,
    duplicates: report.duplicates,
    problems: report.problemList,
    seconds: report.seconds,
  };
}

export function startIngestWorker(options: IngestWorkerOptions): IngestWorker {
  const { store, target } = options;
  const worker = new Worker<IngestJobData, IngestJobResult, typeof INGEST_JOB>(queueName(target), (job) => processBatch(store, job, options.writeBatch), {
    connection: connectionOptions(target.url),
    prefix: queuePrefix(target),
    concurrency: Math.max(1, options.concurrency ?? 2),
    ...(options.name ? { name: options.name } : {}),
    stalledInterval: options.stalledInterval ?? 30_000,
    lockDuration: options.lockDuration ?? 30_000,
    maxStalledCount: options.maxStalledCount ?? 2,
  });
  const attempt = (job: Job) => job.attemptsMade;
  worker.on('completed', (job, result) => options.onJob?.({ kind: 'completed', id: String(job.id), attempt: attempt(job), result }));
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    options.onJob?.({ kind: 'failed', id: String(job.id), attempt: attempt(job), final, reason: error.message });
  });
  // Connection errors are retried by the client; report them instead of crashing the process.
  worker.on('error', (error) => options.onError?.(error));
  return worker;
}
