/** `dateline watch FEED...`: poll RSS/Atom feeds and enqueue their new items. */
import type { Command } from 'commander';
import { positiveInt } from '../../store/cli.js';
import { onStopSignal, queueTarget, withQueue, type QueueFlags } from '../../queue/cli.js';
import { openQueue, parseDuration, pollOnce, redisClient, showUrl, watchFeeds, type PollReport } from '../../queue/index.js';

interface WatchFlags extends QueueFlags {
  readonly every: string;
  readonly once?: boolean;
  readonly batch: number;
  readonly remember: string;
}

export function registerWatch(program: Command): void {
  withQueue(program.command('watch'))
    .description('poll RSS/Atom feeds (URLs or files) and enqueue the items not seen before')
    .argument('<feeds...>', 'feed URLs or files')
    .option('--every <duration>', 'time between polls (30s, 5m, 1h)', '5m')
    .option('--once', 'poll once and exit')
    .option('--batch <n>', 'records per job', positiveInt, 100)
    .option('--remember <duration>', 'forget seen items after this long', '30d')
    .action(async (feeds: string[], flags: WatchFlags) => {
      const target = queueTarget(flags);
      const every = parseDuration(flags.every);
      const rememberDays = parseDuration(flags.remember) / 86_400_000;
      const queue = openQueue(target);
      const redis = redisClient(target.url);
      const options = { target, queue, redis, batchSize: Math.max(1, flags.batch), rememberDays };
      const log = (report: PollReport) => {
        for (const p of report.problems) process.stderr.write(`dateline: ${p.origin}: ${p.reason}\n`);
        process.stderr.write(`watch: ${new Date().toISOString()} ${report.items} items, ${report.added} new enqueued in ${report.jobs} jobs\n`);
      };
      const close = async () => {
        await queue.close();
        redis.disconnect();
      };
      if (flags.once) {
        try {
          const report = await pollOnce(feeds, options);
          log(report);
          if (report.items === 0 && report.problems.length > 0) process.exitCode = 1;
        } finally {
          await close();
        }
        return;
      }
      const stop = new AbortController();
      process.stderr.write(`watch: ${feeds.length} feed${feeds.length === 1 ? '' : 's'} every ${flags.every} -> ${showUrl(target.url)} queue "${queue.name}"\n`);
      const running = watchFeeds(feeds, { ...options, every, signal: stop.signal, onPoll: log, onError: (e) => process.stderr.write(`dateline: poll failed: ${e.message}\n`) }).finally(close);
      onStopSignal(async () => {
        stop.abort();
        await running;
      });
      await running;
    });
}
