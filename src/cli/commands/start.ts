/**
 * `dateline start` (= `npm start`, the main job): ingest the bundled sample dispatches into the
 * store when it is empty (the storage layer's ingest), then serve the application on
 * http://localhost:8080.
 */
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../store/index.js';
import { ingestPaths } from '../../ingest/index.js';
import { serveStore } from './serve.js';

/** The bundled sample corpus, beside dist/ and src/ alike. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples', import.meta.url));

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('ingest the bundled samples into an empty store, then serve the application on http://localhost:8080')
    .option('--db <url>', 'SQLite file or postgres:// URL (default $DATELINE_DB or ./dateline.db)')
    .option('--port <n>', 'port to listen on', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to bind ("localhost" = 127.0.0.1 and ::1)', 'localhost')
    .option('--samples <dir>', 'dispatches to ingest when the store is empty', SAMPLES_DIR)
    .option('--cors <origin>', 'allow this origin to call the API from a browser (off by default)')
    .action(async (flags: { db?: string; port: string; host: string; samples: string; cors?: string }) => {
      const store = await openStore(flags.db);
      const { articles } = await store.stats();
      if (articles === 0) {
        process.stdout.write(`Dateline: empty store ${store.location}; ingesting ${flags.samples}\n`);
        const report = await ingestPaths(store, [flags.samples]);
        for (const problem of report.problemList) process.stderr.write(`dateline: ${problem.origin}: ${problem.reason}\n`);
        process.stdout.write(`Dateline: ingested ${report.added} dispatches in ${report.seconds.toFixed(1)} s\n`);
      } else {
        process.stdout.write(`Dateline: store ${store.location} holds ${articles} articles\n`);
      }
      await serveStore(store, flags);
    });
}
