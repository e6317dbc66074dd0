/** `dateline worker`: take ingestion batches off the queue and store them (one per process). */
import type { Command } from 'commander';
import { hostname } from 'node:os';
import { openStore } from '../../store/index.js';
import { positiveInt } from '../../store/cli.js';
import { milliseconds, onStopSignal, queueTarget, withQueue, type QueueFlags } from '../../queue/cli.js';
import { showUrl, startIngestWorker } from '../../queue/index.js';

interface WorkerFlags extends QueueFlags {
  readonly db?: string;
  readonly concurrency: number;
  readonly writeBatch: number;
  readonly name?: string;
  readonly stalledInterval?: number;
  readonly lockDuration?: number;
  readonly quiet?: boolean;
}

export function registerWorker(program: Command): void {
  withQueue(program.command('worker'))
    .description('consume ingestion jobs from the queue: extract and store them (run one per core, on any number of machines)')
    .option('--db <url>', 'store to write: postgres:// URL (or SQLite file for a single machine; default $DATELINE_DB)')
    .option('--concurrency <n>', 'jobs in flight in this process', positiveInt, 2)
    .option('--write-batch <n>', 'articles per write transaction (more: fewer commits, more lock waits between workers)', positiveInt, 1)
    .option('--name <name>', 'worker name shown by `queue status` (default host:pid)')
    .option('--stalled-interval <ms>', 'how often to look for jobs of dead workers', milliseconds)
    .option('--lock-duration <ms>', 'how long a job stays locked without a heartbeat from its worker', milliseconds)
    .option('--quiet', 'no line per job')
    .action(async (flags: WorkerFlags) => {
      const target = queueTarget(flags);
      const store = await openStore(flags.db);
      const name = flags.name ?? `${hostname()}:${process.pid}`;
      const log = (line: string) => process.stderr.write(`worker ${name}: ${line}\n`);
      const worker = startIngestWorker({
        target,
        store,
        name,
        concurrency: Math.max(1, flags.concurrency),
        writeBatch: Math.max(1, flags.writeBatch),
        stalledInterval: flags.stalledInterval,
        lockDuration: flags.lockDuration,
        onJob: (event) => {
          if (event.kind === 'failed') log(`job ${event.id} failed (attempt ${event.attempt}${event.final ? ', giving up' : ', will retry'}): ${event.reason}`);
          else if (!flags.quiet) {
            const r = event.result;
            log(`job ${event.id}: ${r.records} records, ${r.added} added, ${r.skipped} known, ${r.problems.length} problems, ${r.seconds.toFixed(2)} s`);
            for (const p of r.problems) log(`${p.origin}: ${p.reason}`);
          }
        },
        onError: (error) => log(`queue connection: ${error.message}`),
      });
      onStopSignal(async () => {
        await worker.close();
        await store.close();
      });
      await worker.waitUntilReady();
      log(`ready: ${showUrl(target.url)} queue "${worker.name}" -> ${store.location}`);
    });
}
