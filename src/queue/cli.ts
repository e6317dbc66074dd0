/** Shell helpers shared by the queue commands (ingest --queue, worker, queue, watch). */
import type { Command } from 'commander';
import { readPaths } from '../ingest/sources.js';
import { printJson } from '../store/cli.js';
import { checkQueueUrl, openQueue, showUrl, type QueueTarget } from './connection.js';
import { enqueueItems } from './enqueue.js';

export interface QueueFlags {
  readonly queue?: string;
  readonly queueName?: string;
}

/** The --queue and --queue-name options. */
export function withQueue(command: Command, required = true): Command {
  return command
    .option('--queue <url>', `Redis URL of the ingestion queue${required ? ' (default $DATELINE_QUEUE)' : ''}`)
    .option('--queue-name <name>', 'queue name, to keep several corpora on one Redis (default $DATELINE_QUEUE_NAME or "ingest")');
}

export function queueTarget(flags: QueueFlags): QueueTarget {
  return { url: checkQueueUrl(flags.queue), ...(flags.queueName ? { name: flags.queueName } : {}) };
}

/** A whole number of milliseconds or more. */
export function milliseconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected milliseconds (a whole number), got "${value}"`);
  return n;
}

/** Stop on the first SIGINT/SIGTERM by running `stop`; a second signal exits at once. */
export function onStopSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write(`dateline: ${signal}: finishing the jobs in hand (again to quit at once)\n`);
    stop().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`dateline: ${error.message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/**
 * `dateline ingest PATH... --queue URL`: read the inputs here and enqueue their records in
 * batches of `batch`, for `dateline worker` processes to extract and store.
 */
export async function enqueuePaths(paths: readonly string[], flags: QueueFlags & { readonly batch: number; readonly date?: string; readonly json?: boolean; readonly db?: string }): Promise<void> {
  const target = queueTarget(flags);
  if (flags.db) process.stderr.write('dateline: --db is ignored with --queue: the workers write to their own --db\n');
  const queue = openQueue(target);
  try {
    const report = await enqueueItems(queue, readPaths(paths), { batchSize: flags.batch, date: flags.date });
    if (flags.json) await printJson(report);
    else {
      for (const p of report.problemList) process.stderr.write(`dateline: ${p.origin}: ${p.reason}\n`);
      process.stderr.write(
        `ingest: ${report.read} records enqueued in ${report.jobs} jobs of up to ${flags.batch} on ${showUrl(target.url)} queue "${queue.name}", ${report.problems} problems; ${report.seconds.toFixed(1)} s (follow with \`dateline queue status\`)\n`,
      );
    }
    if (report.read === 0) {
      process.stderr.write('dateline: nothing could be read\n');
      process.exitCode = 1;
    }
  } finally {
    await queue.close();
  }
}
