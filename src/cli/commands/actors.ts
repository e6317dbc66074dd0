/** `dateline actors [NAME]`: top actors, or one actor's profile. */
import type { Command } from 'commander';
import { writeLine } from '../output.js';
import { positiveInt, printJson, printTable, useStore, withDb, withJson } from '../../store/cli.js';

export function registerActors(program: Command): void {
  withJson(withDb(program.command('actors')))
    .description('top actors, or the profile of one (names, titles over time, quotes, events, counterparts)')
    .argument('[name]', 'actor name, alias, code or id')
    .option('--type <type>', 'person, organization, country or location')
    .option('--country <ISO3>', 'only actors of this country')
    .option('--limit <n>', 'rows', positiveInt, 30)
    .action(async (name: string | undefined, opts: { db?: string; json?: boolean; type?: string; country?: string; limit: number }) => {
      await useStore(opts, async (store) => {
        if (!name) {
          const page = await store.listActors({ type: opts.type as never, country: opts.country, limit: opts.limit });
          if (opts.json) return printJson(page);
          await printTable(['id', 'name', 'type', 'code', 'articles', 'events', 'first', 'last'], page.items.map((a) => [a.id, a.name, a.type, a.code, a.articleCount, a.eventCount, a.firstSeen, a.lastSeen]));
          return;
        }
        const profile = await store.actorProfile(name);
        if (!profile) {
          process.stderr.write(`dateline: no stored actor matches "${name}"\n`);
          process.exitCode = 1;
          return;
        }
        if (opts.json) return printJson(profile);
        const a = profile.actor;
        await writeLine(`${a.name}  (${a.type}${a.code ? `, ${a.code}` : ''})  id ${a.id}`);
        await writeLine(`${a.articleCount} articles, ${a.eventCount} events, ${a.firstSeen ?? '?'} .. ${a.lastSeen ?? '?'}`);
        if (profile.aliases.length) await writeLine(`aliases: ${profile.aliases.map((x) => x.alias).join('; ')}`);
        if (profile.ranks.length) await writeLine(`ranks: ${profile.ranks.join('; ')}`);
        if (profile.titles.length) {
          await writeLine('\ntitles');
          await printTable(['title', 'first', 'last', 'articles'], profile.titles.map((t) => [t.title, t.firstSeen, t.lastSeen, t.articleCount]));
        }
        if (profile.eventsByType.length) {
          await writeLine('\nevents');
          await printTable(['type', 'as actor', 'as recipient'], profile.eventsByType.map((t) => [t.type, t.asActor, t.asRecipient]));
        }
        if (profile.counterparts.length) {
          await writeLine('\ncounterparts');
          await printTable(['name', 'code', 'events', 'mean score'], profile.counterparts.map((c) => [c.name, c.code, c.events, c.meanScore.toFixed(1)]));
        }
        if (profile.quotes.length) {
          await writeLine('\nquotes');
          await printTable(['date', 'agency', 'quote'], profile.quotes.map((q) => [q.date, q.agency, q.text]));
        }
      });
    });
}
