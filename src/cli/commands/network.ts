/** `dateline network`: actors and weighted edges (event counts) for a period. */
import type { Command } from 'commander';
import { positiveInt, printJson, printTable, useStore, withDb, withJson } from '../../store/cli.js';

export function registerNetwork(program: Command): void {
  withJson(withDb(program.command('network')))
    .description('actor network: nodes and weighted directed edges for a period')
    .option('--from <YYYY-MM-DD>', 'from')
    .option('--to <YYYY-MM-DD>', 'to')
    .option('--min-weight <n>', 'smallest edge weight', positiveInt, 1)
    .option('--by-actor', 'nodes are stored actors instead of actor codes')
    .option('--limit <n>', 'heaviest edges kept', positiveInt, 500)
    .action(async (opts: { db?: string; json?: boolean; from?: string; to?: string; minWeight: number; byActor?: boolean; limit: number }) => {
      await useStore(opts, async (store) => {
        const n = await store.network({ from: opts.from, to: opts.to, minWeight: opts.minWeight, nodes: opts.byActor ? 'actor' : 'code', limit: opts.limit });
        if (opts.json) return printJson(n);
        await printTable(['source', 'target', 'weight', 'mean score', 'types'], n.edges.map((e) => [e.source, e.target, e.weight, e.meanScore.toFixed(1), Object.entries(e.types).map(([k, v]) => `${k} ${v}`).join(', ')]));
        process.stderr.write(`${n.nodes.length} nodes, ${n.edges.length} edges\n`);
      });
    });
}
