/** `dateline ingest PATH... | -`: read, extract on every core and store a corpus. */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ingestPaths } from '../../ingest/index.js';
import { positiveInt, printJson, useStore, withDb } from '../../store/cli.js';
import { enqueuePaths } from '../../queue/cli.js';

export function registerIngest(program: Command): void {
  withDb(program.command('ingest'))
    .description('store dispatches from files, folders, JSONL, HTML pages, RSS/Atom feeds or - (stdin); resumable, idempotent')
    .argument('<paths...>', 'files, folders or - for standard input')
    .option('--workers <n>', 'extraction threads (default: every core)', positiveInt)
    .option('--batch <n>', 'articles per write transaction', positiveInt, 200)
    .option('--date <YYYY-MM-DD>', 'dispatch date for inputs that carry none')
    .option('--json', 'print the report as JSON')
    // Scale-out (src/queue): enqueue the records for `dateline worker` instead of storing them here.
    .option('--queue <url>', 'enqueue batches of --batch records on this Redis queue instead of processing them')
    .option('--queue-name <name>', 'queue name (default $DATELINE_QUEUE_NAME or "ingest")')
    .action(async (paths: string[], opts: { db?: string; workers?: number; batch: number; date?: string; json?: boolean; queue?: string; queueName?: string }) => {
      if (opts.queue) return enqueuePaths(paths, opts);
      await useStore(opts, async (store) => {
        const tty = Boolean(process.stderr.isTTY) && !opts.json;
        const bar = tty
          ? new cliProgress.SingleBar({
              format: 'ingest {bar} {value}/{total} | {added} added {skipped} known {duplicates} near-dup {problems} problems | {rate}/s | ETA {eta_formatted}',
              stream: process.stderr,
              hideCursor: true,
            }, cliProgress.Presets.shades_classic)
          : null;
        const started = performance.now();
        const expected = bar ? await estimateRecords(paths) : 0;
        bar?.start(Math.max(expected, 1), 0, { added: 0, skipped: 0, duplicates: 0, problems: 0, rate: '0' });
        const report = await ingestPaths(store, paths, {
          workers: opts.workers ?? availableParallelism(),
          batchSize: opts.batch,
          date: opts.date,
          onProgress: (p) => {
            if (!bar) return;
            const seconds = (performance.now() - started) / 1000;
            // The estimate counted JSONL lines and files; feeds can hold more records.
            if (p.read > expected) bar.setTotal(p.read);
            bar.update(p.added + p.skipped, { ...p, rate: (p.extracted / Math.max(seconds, 0.001)).toFixed(0) });
          },
        });
        bar?.stop();
        if (opts.json) await printJson(report);
        else {
          for (const p of report.problemList) process.stderr.write(`dateline: ${p.origin}: ${p.reason}\n`);
          const rate = report.extracted / Math.max(report.seconds, 0.001);
          process.stderr.write(
            `ingest: ${report.read} read, ${report.added} added (${report.duplicates} near-duplicates), ${report.skipped} already stored, ${report.problems} problems; ${report.seconds.toFixed(1)} s, ${rate.toFixed(0)} articles/s into ${store.location}\n`,
          );
        }
        if (report.read === 0) {
          process.stderr.write('dateline: nothing could be read\n');
          process.exitCode = 1;
        }
      });
    });
}

/** Records to expect, for the ETA: lines of JSONL files, one per other file; stdin unknown. */
async function estimateRecords(paths: readonly string[]): Promise<number> {
  let total = 0;
  const visit = async (path: string): Promise<void> => {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        for (const entry of await readdir(path)) if (!entry.startsWith('.')) await visit(join(path, entry));
      } else if (['.jsonl', '.ndjson'].includes(extname(path).toLowerCase())) {
        for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) total++;
      } else total++;
    } catch {
      // Reported by the ingest itself.
    }
  };
  for (const path of paths) if (path !== '-') await visit(path);
  return total;
}
