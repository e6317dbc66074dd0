/**
 * The producer side: read records (the ingest's readers) and put them on the queue in batches.
 * Unreadable inputs are reported here, where the files are; workers only ever see records.
 */
import type { InputItem } from '../cli/input.js';
import type { IngestProblem } from '../store/api.js';
import type { IngestQueue } from './connection.js';
import { batchId, INGEST_JOB, toJobRecord, type JobRecord } from './jobs.js';

export interface EnqueueOptions {
  /** Records per job (default 100). */
  readonly batchSize?: number;
  /** Date for records that carry none. */
  readonly date?: string;
  readonly onProgress?: (progress: EnqueueProgress) => void;
}

export interface EnqueueProgress {
  readonly read: number;
  readonly jobs: number;
  readonly problems: number;
}

export interface EnqueueReport extends EnqueueProgress {
  readonly problemList: readonly IngestProblem[];
  readonly jobIds: readonly string[];
  readonly seconds: number;
}

/** Jobs handed to Redis per round trip. */
const BULK = 50;

export async function enqueueItems(queue: IngestQueue, items: AsyncIterable<InputItem> | Iterable<InputItem>, options: EnqueueOptions = {}): Promise<EnqueueReport> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const problems: IngestProblem[] = [];
  const jobIds: string[] = [];
  let read = 0;
  let batch: JobRecord[] = [];
  let pending: { name: typeof INGEST_JOB; data: { records: JobRecord[] }; opts: { jobId: string } }[] = [];
  const report = () => options.onProgress?.({ read, jobs: jobIds.length, problems: problems.length });

  const flushJobs = async () => {
    if (pending.length === 0) return;
    // A batch whose id the queue still holds (enqueued before) is not added again.
    await queue.addBulk(pending);
    pending = [];
    report();
  };
  const flushBatch = async () => {
    if (batch.length === 0) return;
    const jobId = batchId(batch);
    pending.push({ name: INGEST_JOB, data: { records: batch }, opts: { jobId } });
    jobIds.push(jobId);
    batch = [];
    if (pending.length >= BULK) await flushJobs();
  };

  for await (const item of items) {
    if (item.kind === 'problem') {
      problems.push({ origin: item.origin, reason: item.reason });
      report();
      continue;
    }
    read++;
    batch.push(toJobRecord(item, options.date));
    if (batch.length >= batchSize) await flushBatch();
  }
  await flushBatch();
  await flushJobs();
  return { read, jobs: jobIds.length, problems: problems.length, problemList: problems, jobIds, seconds: (performance.now() - started) / 1000 };
}
