/**
 * Versioned schema migrations, applied in order when a store opens. Each migration is plain SQL
 * per engine; the version table records what ran. Never edit a released migration: add one.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import type { Dialect } from './api.js';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (dialect: Dialect) => readonly string[];
}

const common = (d: Dialect): string[] => {
  const id = d === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGSERIAL PRIMARY KEY';
  const real = d === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION';
  return [
    `CREATE TABLE articles (
      seq ${id},
      id TEXT NOT NULL UNIQUE,
      hash TEXT NOT NULL,
      date TEXT, agency TEXT, place TEXT, headline TEXT, source TEXT, origin TEXT,
      language TEXT NOT NULL,
      text TEXT NOT NULL,
      extraction TEXT NOT NULL,
      extractor TEXT NOT NULL,
      duplicate_of TEXT,
      simhash TEXT, sh0 INTEGER, sh1 INTEGER, sh2 INTEGER, sh3 INTEGER,
      entity_count INTEGER NOT NULL DEFAULT 0,
      quote_count INTEGER NOT NULL DEFAULT 0,
      event_count INTEGER NOT NULL DEFAULT 0,
      ingested_at TEXT NOT NULL)`,
    `CREATE INDEX articles_hash ON articles (hash)`,
    `CREATE INDEX articles_date ON articles (date)`,
    `CREATE INDEX articles_agency ON articles (agency, date)`,
    `CREATE INDEX articles_extractor ON articles (extractor)`,
    `CREATE INDEX articles_duplicate_of ON articles (duplicate_of)`,
    `CREATE INDEX articles_sh0 ON articles (sh0)`,
    `CREATE INDEX articles_sh1 ON articles (sh1)`,
    `CREATE INDEX articles_sh2 ON articles (sh2)`,
    `CREATE INDEX articles_sh3 ON articles (sh3)`,
    `CREATE TABLE actors (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL,
      country TEXT, sector TEXT, code TEXT,
      article_count INTEGER NOT NULL DEFAULT 0,
      event_count INTEGER NOT NULL DEFAULT 0,
      first_seen TEXT, last_seen TEXT)`,
    `CREATE INDEX actors_norm ON actors (norm)`,
    `CREATE INDEX actors_code ON actors (code)`,
    `CREATE INDEX actors_article_count ON actors (article_count)`,
    `CREATE TABLE actor_aliases (
      actor_id TEXT NOT NULL, alias TEXT NOT NULL, norm TEXT NOT NULL,
      count INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (actor_id, alias))`,
    `CREATE INDEX actor_aliases_norm ON actor_aliases (norm)`,
    `CREATE TABLE actor_titles (
      actor_id TEXT NOT NULL, title TEXT NOT NULL,
      first_seen TEXT, last_seen TEXT,
      article_count INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (actor_id, title))`,
    `CREATE TABLE article_entities (
      article_id TEXT NOT NULL, entity_id TEXT NOT NULL, actor_id TEXT NOT NULL,
      type TEXT NOT NULL, name TEXT NOT NULL,
      country TEXT, sector TEXT, code TEXT, rank TEXT,
      titles TEXT NOT NULL, mentions INTEGER NOT NULL,
      PRIMARY KEY (article_id, entity_id))`,
    `CREATE INDEX article_entities_actor ON article_entities (actor_id)`,
    `CREATE TABLE quotes (
      article_id TEXT NOT NULL, idx INTEGER NOT NULL,
      kind TEXT NOT NULL, text TEXT NOT NULL,
      start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL,
      speaker_actor_id TEXT, speaker_name TEXT, cue TEXT,
      date TEXT, agency TEXT,
      PRIMARY KEY (article_id, idx))`,
    `CREATE INDEX quotes_speaker ON quotes (speaker_actor_id, date)`,
    `CREATE TABLE events (
      id TEXT PRIMARY KEY,
      article_id TEXT NOT NULL, idx INTEGER NOT NULL,
      type TEXT NOT NULL, cameo TEXT NOT NULL, mode TEXT, context TEXT, status TEXT NOT NULL,
      actor_id TEXT, actor_name TEXT NOT NULL, actor_code TEXT, actor_country TEXT,
      recipient_id TEXT, recipient_name TEXT, recipient_code TEXT, recipient_country TEXT,
      date TEXT, date_precision TEXT, place TEXT,
      score ${real} NOT NULL,
      agency TEXT,
      evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
      dyad_key TEXT NOT NULL,
      cluster_id TEXT NOT NULL,
      lead INTEGER NOT NULL,
      duplicate INTEGER NOT NULL,
      source_count INTEGER NOT NULL DEFAULT 1)`,
    `CREATE INDEX events_article ON events (article_id)`,
    `CREATE INDEX events_cluster ON events (cluster_id)`,
    `CREATE INDEX events_dyad_key ON events (dyad_key, date)`,
    `CREATE INDEX events_codes ON events (actor_code, recipient_code, date)`,
    `CREATE INDEX events_countries ON events (actor_country, recipient_country, date)`,
    `CREATE INDEX events_recipient_codes ON events (recipient_code, date)`,
    `CREATE INDEX events_recipient_countries ON events (recipient_country, date)`,
    `CREATE INDEX events_actor_id ON events (actor_id, date)`,
    `CREATE INDEX events_recipient_id ON events (recipient_id, date)`,
    `CREATE INDEX events_actor_stats ON events (actor_id, lead, duplicate, type, recipient_id, score)`,
    `CREATE INDEX events_recipient_stats ON events (recipient_id, lead, duplicate, type, actor_id, score)`,
    `CREATE INDEX events_type_date ON events (type, date)`,
    `CREATE INDEX events_lead_date ON events (lead, duplicate, date)`,
  ];
};

const search = (d: Dialect): string[] =>
  d === 'sqlite'
    ? [
        `CREATE VIRTUAL TABLE articles_fts USING fts5(headline, text, content='articles', content_rowid='seq', tokenize='porter unicode61')`,
        `CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
           INSERT INTO articles_fts(rowid, headline, text) VALUES (new.seq, new.headline, new.text); END`,
        `CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
           INSERT INTO articles_fts(articles_fts, rowid, headline, text) VALUES ('delete', old.seq, old.headline, old.text); END`,
        `CREATE TRIGGER articles_fts_au AFTER UPDATE OF headline, text ON articles BEGIN
           INSERT INTO articles_fts(articles_fts, rowid, headline, text) VALUES ('delete', old.seq, old.headline, old.text);
           INSERT INTO articles_fts(rowid, headline, text) VALUES (new.seq, new.headline, new.text); END`,
      ]
    : [
        `ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS
           (setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', left(text, 200000)), 'B')) STORED`,
        `CREATE INDEX articles_tsv ON articles USING GIN (tsv)`,
      ];

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'articles, actors, entities, quotes, events', up: common },
  { version: 2, name: 'full-text search (FTS5 / tsvector)', up: search },
  {
    version: 3,
    name: 'actor surnames, to link a surname-only person to the one full name it stands for',
    up: () => [`ALTER TABLE actors ADD COLUMN surname TEXT`, `CREATE INDEX actors_surname ON actors (surname, country, type)`],
  },
  {
    version: 4,
    name: 'covering indexes for dyad timelines (a million events: answers from the index alone)',
    up: () => [
      `DROP INDEX events_countries`,
      `DROP INDEX events_codes`,
      `DROP INDEX events_actor_stats`,
      `CREATE INDEX events_countries ON events (actor_country, recipient_country, date, lead, duplicate, type, score)`,
      `CREATE INDEX events_codes ON events (actor_code, recipient_code, date, lead, duplicate, type, score)`,
      `CREATE INDEX events_actor_stats ON events (actor_id, lead, duplicate, type, recipient_id, score, date)`,
    ],
  },
  {
    version: 5,
    name: 'MinHash signatures with LSH bands for near-duplicates (replaces the SimHash columns, left empty)',
    up: () => [
      `ALTER TABLE articles ADD COLUMN minhash TEXT`,
      `CREATE TABLE article_bands (band INTEGER NOT NULL, key INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, key, article_id))`,
      `CREATE INDEX article_bands_article ON article_bands (article_id)`,
    ],
  },
  {
    version: 6,
    name: 'event counts kept per dyad and day and per actor pair (timelines and profiles without scanning events)',
    up: (d) => {
      const real = d === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION';
      // SQLite keeps these clustered by their key: a dyad's rows are read in one range.
      const clustered = d === 'sqlite' ? ' WITHOUT ROWID' : '';
      return [
        ...['dyad_counts', 'dyad_month_counts'].map(
          (table) => `CREATE TABLE ${table} (actor_key TEXT NOT NULL, recipient_key TEXT NOT NULL, date TEXT NOT NULL, type TEXT NOT NULL,
             n INTEGER NOT NULL, score ${real} NOT NULL, PRIMARY KEY (actor_key, recipient_key, date, type))${clustered}`,
        ),
        `CREATE TABLE actor_pair_counts (actor_id TEXT NOT NULL, recipient_id TEXT NOT NULL, type TEXT NOT NULL,
           n INTEGER NOT NULL, score ${real} NOT NULL, PRIMARY KEY (actor_id, recipient_id, type))${clustered}`,
        `CREATE INDEX actor_pair_counts_recipient ON actor_pair_counts (recipient_id, actor_id, type, n, score)`,
        `CREATE INDEX article_entities_actor_rank ON article_entities (actor_id, rank)`,
        ...countsFromEvents,
      ];
    },
  },
];

/** Rebuild the count tables from the events (statistics count cluster leads of originals). */
export const countsFromEvents = [
  `DELETE FROM dyad_counts`,
  `DELETE FROM dyad_month_counts`,
  `DELETE FROM actor_pair_counts`,
  ...(
    [
      ['actor_country', 'c:'],
      ['actor_code', 'k:'],
      ['actor_id', 'a:'],
    ] as const
  ).flatMap(([a, ap]) =>
    (
      [
        ['recipient_country', 'c:'],
        ['recipient_code', 'k:'],
        ['recipient_id', 'a:'],
      ] as const
    ).flatMap(([r, rp]) =>
      [
        ['dyad_counts', 'date'],
        ['dyad_month_counts', 'substr(date, 1, 7)'],
      ].map(
        ([table, period]) => `INSERT INTO ${table} (actor_key, recipient_key, date, type, n, score)
          SELECT '${ap}' || ${a}, '${rp}' || ${r}, ${period}, type, count(*), sum(score) FROM events
          WHERE lead = 1 AND duplicate = 0 AND date IS NOT NULL AND ${a} IS NOT NULL AND ${r} IS NOT NULL
          GROUP BY ${a}, ${r}, ${period}, type`,
      ),
    ),
  ),
  `INSERT INTO actor_pair_counts (actor_id, recipient_id, type, n, score)
     SELECT actor_id, coalesce(recipient_id, ''), type, count(*), sum(score) FROM events
     WHERE lead = 1 AND duplicate = 0 AND actor_id IS NOT NULL GROUP BY actor_id, coalesce(recipient_id, ''), type`,
];
/** Apply every migration not yet recorded, each in its own transaction. */
export async function migrate(db: Kysely<DB>, dialect: Dialect): Promise<number> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(db);
  let applied = 0;
  for (const migration of MIGRATIONS) {
    const ran = await db.transaction().execute(async (trx) => {
      // Several processes may open the same store at once: serialise migrations.
      if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(727274)`.execute(trx);
      const done = await trx.selectFrom('schema_migrations').select('version').where('version', '=', migration.version).executeTakeFirst();
      if (done) return false;
      for (const statement of migration.up(dialect)) await sql.raw(statement).execute(trx);
      await trx.insertInto('schema_migrations').values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() }).execute();
      return true;
    });
    if (ran) applied++;
  }
  return applied;
}
