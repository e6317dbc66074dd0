/** `dateline queue status | retry | wait`: look at and repair the ingestion queue. */
import type { Command } from 'commander';
import { writeLine } from '../output.js';
import { positiveInt, printJson, printTable } from '../../store/cli.js';
import { milliseconds, queueTarget, withQueue, type QueueFlags } from '../../queue/cli.js';
import { openQueue, queueStatus, retryFailed, waitUntilDrained, type IngestQueue } from '../../queue/index.js';

async function withOpenQueue<T>(flags: QueueFlags, run: (queue: IngestQueue) => Promise<T>): Promise<T> {
  const queue = openQueue(queueTarget(flags));
  try {
    return await run(queue);
  } finally {
    await queue.close();
  }
}

export function registerQueue(program: Command): void {
  const queue = program.command('queue').description('the ingestion queue: status, retry failed jobs, wait until done');

  withQueue(queue.command('status'))
    .description('jobs waiting, active, completed and failed, with the reasons of the failed ones')
    .option('--limit <n>', 'failed and active jobs to list', positiveInt, 20)
    .option('--json', 'print JSON for scripts')
    .action(async (flags: QueueFlags & { limit: number; json?: boolean }) => {
      await withOpenQueue(flags, async (q) => {
        const status = await queueStatus(q, { limit: flags.limit });
        if (flags.json) return printJson(status);
        const c = status.counts;
        await writeLine(`queue "${status.name}": ${c.waiting + c.prioritized} waiting, ${c.delayed} delayed (retry back-off), ${c.active} active, ${c.completed} completed, ${c.failed} failed`);
        await writeLine(`completed jobs kept: ${status.completed.added} articles added, ${status.completed.skipped} already stored, ${status.completed.problems} records with problems`);
        if (status.active.length) {
          await writeLine('\nactive');
          await printTable(['job', 'records', 'first record', 'worker', 'attempts', 'since'], status.active.map((j) => [j.id, j.records, j.origin, j.worker, j.attempts, j.at]));
        }
        if (status.failed.length) {
          await writeLine('\nfailed');
          await printTable(['job', 'records', 'first record', 'attempts', 'failed at'], status.failed.map((j) => [j.id, j.records, j.origin, j.attempts, j.at]));
          await writeLine('');
          for (const j of status.failed) await writeLine(`job ${j.id}: ${j.reason ?? '(no reason recorded)'}`);
        }
      });
    });

  withQueue(queue.command('retry'))
    .description('put failed jobs (all, or the ids given) back in the queue with fresh attempts')
    .argument('[ids...]', 'job ids (default: every failed job)')
    .action(async (ids: string[], flags: QueueFlags) => {
      await withOpenQueue(flags, async (q) => {
        const retried = await retryFailed(q, ids);
        process.stderr.write(`queue "${q.name}": ${retried.length} failed job${retried.length === 1 ? '' : 's'} back in the queue\n`);
        if (ids.length > retried.length) {
          const missing = ids.filter((id) => !retried.includes(id));
          process.stderr.write(`dateline: not failed or not found: ${missing.join(', ')}\n`);
          process.exitCode = 1;
        }
      });
    });

  withQueue(queue.command('wait'))
    .description('wait until no job is waiting, delayed or active; exit 1 if some failed')
    .option('--timeout <ms>', 'give up after this long', milliseconds)
    .action(async (flags: QueueFlags & { timeout?: number }) => {
      await withOpenQueue(flags, async (q) => {
        const counts = await waitUntilDrained(q, { timeout: flags.timeout });
        process.stderr.write(`queue "${q.name}": done, ${counts.completed} completed, ${counts.failed} failed\n`);
        if (counts.failed > 0) process.exitCode = 1;
      });
    });
}
