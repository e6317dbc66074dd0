/** `dateline extract [FILE|-]`: read dispatches and print what Dateline reads out of them. */
import type { Command } from 'commander';
import { extract } from '../../pipeline.js';
import { readInput } from '../input.js';
import { summarize } from '../summary.js';
import { writeLine } from '../output.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract one or more dispatches and print a summary, JSON or JSONL')
    .argument('[files...]', 'files to read, or - for standard input', ['-'])
    .option('--json', 'print the full document as JSON')
    .option('--jsonl', 'read JSONL records {id?, date?, source?, text} and write one document per line')
    .option('--date <YYYY-MM-DD>', 'dispatch date for inputs that carry none')
    .action(async (files: string[], opts: { json?: boolean; jsonl?: boolean; date?: string }) => {
      let read = 0;
      let problems = 0;
      for (const file of files) {
        for await (const item of readInput(file, Boolean(opts.jsonl))) {
          if (item.kind === 'problem') {
            problems++;
            process.stderr.write(`dateline: ${item.origin}: ${item.reason}\n`);
            continue;
          }
          read++;
          const article = extract(item.text, { id: item.id, date: item.date ?? opts.date, source: item.source });
          if (opts.jsonl) await writeLine(JSON.stringify(article));
          else if (opts.json) await writeLine(JSON.stringify(article, null, 2));
          else await writeLine(`${summarize(article)}\n`);
        }
      }
      if (read === 0) {
        process.stderr.write(`dateline: nothing could be read${problems ? ` (${problems} problem${problems > 1 ? 's' : ''} above)` : ''}\n`);
        process.exitCode = 1;
      }
    });
}
