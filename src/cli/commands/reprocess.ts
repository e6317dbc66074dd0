/** `dateline reprocess`: re-run the current extractor over stored texts, without re-ingest. */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { reprocess } from '../../ingest/index.js';
import { EXTRACTOR_VERSION } from '../../version.js';
import { positiveInt, printJson, useStore, withDb, withJson } from '../../store/cli.js';

export function registerReprocess(program: Command): void {
  withJson(withDb(program.command('reprocess')))
    .description(`re-extract stored articles of another extractor version than ${EXTRACTOR_VERSION} (or all)`)
    .option('--all', 'every stored article')
    .option('--workers <n>', 'extraction threads (default: every core)', positiveInt)
    .action(async (opts: { db?: string; json?: boolean; all?: boolean; workers?: number }) => {
      await useStore(opts, async (store) => {
        const report = await reprocess(store, {
          all: opts.all,
          workers: opts.workers ?? availableParallelism(),
          onProgress: (done) => {
            if (process.stderr.isTTY) process.stderr.write(`\rreprocess: ${done} articles`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        if (opts.json) return printJson(report);
        for (const f of report.failed) process.stderr.write(`dateline: ${f.origin}: ${f.reason}\n`);
        process.stderr.write(`reprocess: ${report.reprocessed} articles re-extracted with ${EXTRACTOR_VERSION}, ${report.failed.length} failed; ${report.seconds.toFixed(1)} s\n`);
      });
    });
}
