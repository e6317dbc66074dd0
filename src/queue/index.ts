/**
 * Scale-out ingestion: a BullMQ queue on Redis carries batches of records from producers
 * (`dateline ingest --queue`, `dateline watch`) to any number of `dateline worker` processes,
 * which run the same ingest as a single machine into one (PostgreSQL) store.
 */
export * from './connection.js';
export * from './jobs.js';
export { enqueueItems, type EnqueueOptions, type EnqueueProgress, type EnqueueReport } from './enqueue.js';
export { processBatch, startIngestWorker, type IngestWorker, type IngestWorkerOptions, type JobEvent } from './worker.js';
export { jobCounts, queueStatus, retryFailed, waitUntilDrained, type JobCounts, type JobSummary, type QueueStatus } from './status.js';
export { parseDuration, pollOnce, seenKey, watchFeeds, type PollOptions, type PollReport } from './watch.js';
