/** `dateline timeline A B --by day|week|month`: the dyad's events per period, both directions. */
import type { Command } from 'commander';
import type { Period } from '../../store/api.js';
import { printJson, printTable, useStore, withDb, withJson } from '../../store/cli.js';

export function registerTimeline(program: Command): void {
  withJson(withDb(program.command('timeline')))
    .description('event counts per type and mean cooperation-conflict score per period for a dyad')
    .argument('<a>', 'first actor: code, country, name or id')
    .argument('<b>', 'second actor')
    .option('--by <period>', 'day, week or month', 'month')
    .option('--from <YYYY-MM-DD>', 'from')
    .option('--to <YYYY-MM-DD>', 'to')
    .action(async (a: string, b: string, opts: { db?: string; json?: boolean; by: string; from?: string; to?: string }) => {
      if (!['day', 'week', 'month'].includes(opts.by)) throw new Error(`--by must be day, week or month, not "${opts.by}"`);
      await useStore(opts, async (store) => {
        const t = await store.timeline(a, b, { by: opts.by as Period, from: opts.from, to: opts.to });
        if (opts.json) return printJson(t);
        const periods = [...new Set([...t.ab, ...t.ba].map((x) => x.period))].sort();
        const ab = new Map(t.ab.map((x) => [x.period, x]));
        const ba = new Map(t.ba.map((x) => [x.period, x]));
        const types = (x?: (typeof t.ab)[number]) => (x ? Object.entries(x.counts).map(([k, v]) => `${k} ${v}`).join(', ') : '');
        const score = (x?: (typeof t.ab)[number]) => (x?.meanScore === null || x === undefined ? '' : x.meanScore.toFixed(1));
        await printTable(['period', `${a}→${b}`, 'score', `${b}→${a}`, 'score'], periods.map((p) => [p, types(ab.get(p)), score(ab.get(p)), types(ba.get(p)), score(ba.get(p))]));
      });
    });
}
