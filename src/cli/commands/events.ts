/** `dateline events`: stored events (one row per event cluster), filtered. */
import type { Command } from 'commander';
import type { EventStatus, PloverType } from '../../model.js';
import { positiveInt, printJson, printTable, useStore, withDb, withJson } from '../../store/cli.js';

const split = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

export function registerEvents(program: Command): void {
  withJson(withDb(program.command('events')))
    .description('list events, one per real-world event (reports by several sources merged)')
    .option('--actor <ref>', 'actor: code (RUSMIL), country (RUS), name or actor id')
    .option('--recipient <ref>', 'recipient: code, country, name or actor id')
    .option('--involving <ref>', 'either side')
    .option('--type <types>', 'PLOVER types, comma-separated (CONSULT,ACCUSE)')
    .option('--from <YYYY-MM-DD>', 'events on or after')
    .option('--to <YYYY-MM-DD>', 'events on or before')
    .option('--status <statuses>', 'occurred, intended, invited, requested, negated, hypothetical (comma-separated)')
    .option('--agency <name>', 'reported by this agency')
    .option('--all-reports', 'one row per report instead of per event')
    .option('--limit <n>', 'rows', positiveInt, 50)
    .option('--offset <n>', 'skip rows', positiveInt, 0)
    .action(async (opts: { db?: string; json?: boolean; actor?: string; recipient?: string; involving?: string; type?: string; from?: string; to?: string; status?: string; agency?: string; allReports?: boolean; limit: number; offset: number }) => {
      await useStore(opts, async (store) => {
        const page = await store.listEvents({
          actor: opts.actor,
          recipient: opts.recipient,
          involving: opts.involving,
          type: split(opts.type?.toUpperCase()) as PloverType[] | undefined,
          status: split(opts.status?.toLowerCase()) as EventStatus[] | undefined,
          from: opts.from,
          to: opts.to,
          agency: opts.agency,
          clusters: !opts.allReports,
          limit: opts.limit,
          offset: opts.offset,
        });
        if (opts.json) return printJson(page);
        await printTable(
          ['date', 'type', 'actor', 'recipient', 'status', 'score', 'src', 'agency', 'evidence'],
          page.items.map((e) => [e.date, e.type, e.actor.code ?? e.actor.name, e.recipient ? (e.recipient.code ?? e.recipient.name) : '', e.status, e.score, e.sourceCount, e.agency, e.evidence.text]),
        );
        process.stderr.write(`${page.total} event${page.total === 1 ? '' : 's'}\n`);
      });
    });
}
