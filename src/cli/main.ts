#!/usr/bin/env node
/** The `dateline` command line: each command lives in ./commands and registers itself here. */
import { Command, CommanderError } from 'commander';
import { EXTRACTOR_VERSION } from '../version.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerSearch } from './commands/search.js';
import { registerEvents } from './commands/events.js';
import { registerActors } from './commands/actors.js';
import { registerTimeline } from './commands/timeline.js';
import { registerNetwork } from './commands/network.js';
import { registerExport } from './commands/export.js';
import { registerReprocess } from './commands/reprocess.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerWorker } from './commands/worker.js';
import { registerQueue } from './commands/queue.js';
import { registerWatch } from './commands/watch.js';

const program = new Command('dateline')
  .description('Read wire-service news and turn it into structured political event data.')
  .version(EXTRACTOR_VERSION)
  .exitOverride();

registerExtract(program);
registerIngest(program);
registerSearch(program);
registerEvents(program);
registerActors(program);
registerTimeline(program);
registerNetwork(program);
registerExport(program);
registerReprocess(program);
registerServe(program);
registerStart(program);
registerWorker(program);
registerQueue(program);
registerWatch(program);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.stderr.write(`dateline: ${(error as Error).message}\n`);
  process.exit(1);
}
