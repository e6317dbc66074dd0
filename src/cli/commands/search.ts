/** `dateline search TEXT`: ranked full-text search over stored articles, with snippets. */
import type { Command } from 'commander';
import { positiveInt, printJson, printTable, useStore, withDb, withJson } from '../../store/cli.js';

export function registerSearch(program: Command): void {
  withJson(withDb(program.command('search')))
    .description('search stored articles (ranked, with snippets)')
    .argument('<text...>', 'words to find')
    .option('--from <YYYY-MM-DD>', 'articles dated on or after')
    .option('--to <YYYY-MM-DD>', 'articles dated on or before')
    .option('--agency <name>', 'only this agency')
    .option('--limit <n>', 'results', positiveInt, 20)
    .option('--offset <n>', 'skip results', positiveInt, 0)
    .action(async (words: string[], opts: { db?: string; json?: boolean; from?: string; to?: string; agency?: string; limit: number; offset: number }) => {
      await useStore(opts, async (store) => {
        const page = await store.search(words.join(' '), opts);
        if (opts.json) return printJson(page);
        await printTable(['id', 'date', 'agency', 'headline / snippet'], page.items.map((h) => [h.article.id, h.article.date, h.article.agency, `${h.article.headline ? `${h.article.headline} — ` : ''}${h.snippet}`]));
        process.stderr.write(`${page.total} match${page.total === 1 ? '' : 'es'}\n`);
      });
    });
}
