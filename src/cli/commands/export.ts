/** `dateline export --format jsonl|csv|plover`: stream stored events to stdout. */
import type { Command } from 'commander';
import type { ExportFormat } from '../../store/api.js';
import type { PloverType } from '../../model.js';
import { writeLine } from '../output.js';
import { useStore, withDb } from '../../store/cli.js';

export function registerExport(program: Command): void {
  withDb(program.command('export'))
    .description('export events (one per event cluster) as JSONL, CSV or PLOVER JSON lines')
    .option('--format <format>', 'jsonl, csv or plover', 'jsonl')
    .option('--actor <ref>', 'actor filter')
    .option('--recipient <ref>', 'recipient filter')
    .option('--type <types>', 'PLOVER types, comma-separated')
    .option('--from <YYYY-MM-DD>', 'from')
    .option('--to <YYYY-MM-DD>', 'to')
    .option('--all-reports', 'every report, not one row per event')
    .action(async (opts: { db?: string; format: string; actor?: string; recipient?: string; type?: string; from?: string; to?: string; allReports?: boolean }) => {
      if (!['jsonl', 'csv', 'plover'].includes(opts.format)) throw new Error(`--format must be jsonl, csv or plover, not "${opts.format}"`);
      await useStore(opts, async (store) => {
        const type = opts.type ? (opts.type.toUpperCase().split(',') as PloverType[]) : undefined;
        for await (const line of store.export({ format: opts.format as ExportFormat, actor: opts.actor, recipient: opts.recipient, type, from: opts.from, to: opts.to, clusters: !opts.allReports })) {
          await writeLine(line);
        }
      });
    });
}
