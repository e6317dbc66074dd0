/**
 * Opening a store: an SQLite file by default (WAL, FTS5), PostgreSQL for a postgres:// URL
 * (tsvector + GIN). One kysely query layer serves both; migrations run on open.
 */
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Article } from '../model.js';
import type { Dialect, ExportOptions, Store, StoreStats, WriteOptions } from './api.js';
import type { DB } from './schema.js';
import { migrate } from './migrations.js';
import { replaceExtraction, writeArticles } from './write.js';
import * as q from './queries.js';
import { exportEvents } from './export.js';

export type * from './api.js';

/** Default store location when neither a URL nor DATELINE_DB is given. */
export const DEFAULT_DB = './dateline.db';

export interface OpenOptions {
  /** PostgreSQL schema to use (created when missing); tests give each suite its own. */
  readonly schema?: string;
  /** Open without running migrations (read-only tools). */
  readonly migrate?: boolean;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Open (and migrate) the store at `url`, `$DATELINE_DB` or ./dateline.db. */
export async function openStore(url?: string, options: OpenOptions = {}): Promise<Store> {
  const target = url ?? process.env.DATELINE_DB ?? DEFAULT_DB;
  let db: Kysely<DB>;
  let dialect: Dialect;
  let location: string;
  if (isPostgresUrl(target)) {
    dialect = 'postgres';
    const parsed = new URL(target);
    const schema = options.schema ?? parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    if (schema && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`invalid schema name "${schema}"`);
    if (schema) {
      const client = new pg.Client({ connectionString: parsed.toString() });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      } catch (error) {
        // Two processes creating the same schema at once: the other one won.
        if ((error as { code?: string }).code !== '23505') throw error;
      } finally {
        await client.end();
      }
    }
    const pool = new pg.Pool({ connectionString: parsed.toString(), max: 8, ...(schema ? { options: `-c search_path="${schema}"` } : {}) });
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    parsed.password = parsed.password ? '***' : '';
    location = parsed.toString() + (schema ? ` (schema ${schema})` : '');
  } else {
    dialect = 'sqlite';
    const file = target.replace(/^sqlite:(\/\/)?/i, '');
    location = file === ':memory:' ? file : resolve(file);
    if (file !== ':memory:') mkdirSync(dirname(location), { recursive: true });
    const database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 30000');
    database.pragma('cache_size = -65536');
    database.pragma('temp_store = MEMORY');
    db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  }
  if (options.migrate !== false) await migrate(db, dialect);
  return new KyselyStore(db, dialect, location);
}

/**
 * kysely prepares every query anew; the writer and the queries run the same few dozen SQL texts
 * thousands of times, so prepared statements are kept by SQL text (a busy one, still being
 * iterated, is not shared), at most 500, oldest out first. Long texts are not kept: they are the
 * writer's multi-row statements, whose text changes with the row count of each batch, and a
 * prepared statement holds a program as large as its text (kept, they grew the ingest's RSS by
 * ~100 MB over the Reuters corpus).
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const MAX_STATEMENTS = 500;
  const MAX_TEXT = 2_000;
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      const cached = cache.get(text);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(text);
      if (cached || text.length > MAX_TEXT) return statement;
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
      cache.set(text, statement);
      return statement;
    },
  };
}

class KyselyStore implements Store {
  constructor(
    readonly db: Kysely<DB>,
    readonly dialect: Dialect,
    readonly location: string,
  ) {}

  writeArticles(articles: readonly Article[], options?: WriteOptions) {
    return writeArticles(this.db, this.dialect, articles, options);
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (let i = 0; i < hashes.length; i += 500) {
      const rows = await this.db.selectFrom('articles').select('hash').where('hash', 'in', hashes.slice(i, i + 500)).execute();
      for (const r of rows) known.add(r.hash);
    }
    return known;
  }

  async knownArticles(keys: readonly { id: string; hash: string }[]): Promise<Set<string>> {
    const known = new Set<string>();
    const versioned = (k: { id: string; hash: string }) => `${k.id}~${k.hash.slice(0, 12)}`;
    for (let i = 0; i < keys.length; i += 250) {
      const part = keys.slice(i, i + 250);
      const ids = part.flatMap((k) => [k.id, versioned(k)]);
      const rows = await this.db.selectFrom('articles').select(['id', 'hash']).where('id', 'in', ids).execute();
      const stored = new Set(rows.map((r) => `${r.id}\u0000${r.hash}`));
      for (const k of part) if (stored.has(`${k.id}\u0000${k.hash}`) || stored.has(`${versioned(k)}\u0000${k.hash}`)) known.add(k.id);
    }
    return known;
  }

  replaceExtraction(id: string, article: Article) {
    return replaceExtraction(this.db, this.dialect, id, article);
  }

  async *staleArticles(version: string | null, batchSize = 200) {
    let after = -1;
    for (;;) {
      let query = this.db.selectFrom('articles').select(['seq', 'id', 'text', 'date', 'source']).where('seq', '>', after);
      if (version !== null) query = query.where('extractor', '!=', version);
      const rows = await query.orderBy('seq').limit(batchSize).execute();
      if (rows.length === 0) return;
      after = Number(rows[rows.length - 1].seq);
      yield rows.map(({ id, text, date, source }) => ({ id, text, date, source }));
    }
  }

  search(text: string, options?: Parameters<Store['search']>[1]) {
    return q.search(this.db, this.dialect, text, options);
  }
  listArticles(filter?: Parameters<Store['listArticles']>[0]) {
    return q.listArticles(this.db, filter);
  }
  getArticle(id: string) {
    return q.getArticle(this.db, id);
  }
  listEvents(filter?: Parameters<Store['listEvents']>[0]) {
    return q.listEvents(this.db, filter);
  }
  getEventCluster(id: string) {
    return q.getEventCluster(this.db, id);
  }
  listActors(filter?: Parameters<Store['listActors']>[0]) {
    return q.listActors(this.db, filter);
  }
  findActors(ref: string, limit?: number) {
    return q.findActors(this.db, ref, limit);
  }
  actorProfile(ref: string) {
    return q.actorProfile(this.db, ref);
  }
  timeline(a: string, b: string, options?: Parameters<Store['timeline']>[2]) {
    return q.timeline(this.db, a, b, options, this.dialect);
  }
  network(options?: Parameters<Store['network']>[0]) {
    return q.network(this.db, options);
  }
  export(options: ExportOptions) {
    return exportEvents(this.db, options);
  }

  async stats(): Promise<StoreStats> {
    const n = (v: unknown) => Number(v ?? 0);
    const count = async (table: 'articles' | 'actors' | 'events' | 'quotes') => n((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n);
    const [articles, actors, events, quotes] = await Promise.all([count('articles'), count('actors'), count('events'), count('quotes')]);
    const duplicates = n((await this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('duplicate_of', 'is not', null).executeTakeFirst())?.n);
    const clusters = n((await this.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('lead', '=', 1).where('duplicate', '=', 0).executeTakeFirst())?.n);
    const versions = await this.db.selectFrom('articles').select(['extractor', (eb) => eb.fn.countAll().as('n')]).groupBy('extractor').execute();
    return { articles, duplicates, actors, events, eventClusters: clusters, quotes, extractors: Object.fromEntries(versions.map((v) => [v.extractor, n(v.n)])) };
  }

  async close(): Promise<void> {
    if (this.dialect === 'sqlite') await sql`PRAGMA optimize`.execute(this.db).catch(() => undefined);
    await this.db.destroy();
  }
}
