/** Table types of the store, as kysely sees them. Booleans are 0/1 integers in both engines. */
import type { Generated } from 'kysely';

export interface ArticlesTable {
  seq: Generated<number>;
  id: string;
  hash: string;
  date: string | null;
  agency: string | null;
  place: string | null;
  headline: string | null;
  source: string | null;
  origin: string | null;
  language: string;
  text: string;
  /** The extraction as JSON, without `text` (kept once, in `text`). */
  extraction: string;
  extractor: string;
  duplicate_of: string | null;
  /** MinHash signature of the word shingles (see minhash.ts); its LSH bands are in article_bands. */
  minhash: string | null;
  /** SimHash columns of schema versions 1-4, no longer written. */
  simhash: string | null;
  sh0: number | null;
  sh1: number | null;
  sh2: number | null;
  sh3: number | null;
  entity_count: number;
  quote_count: number;
  event_count: number;
  ingested_at: string;
}

export interface ActorsTable {
  id: string;
  type: string;
  name: string;
  /** Normalised name, for lookups by name. */
  norm: string;
  /** Last word of a person's normalised name. */
  surname: string | null;
  country: string | null;
  sector: string | null;
  code: string | null;
  article_count: number;
  event_count: number;
  first_seen: string | null;
  last_seen: string | null;
}

export interface ActorAliasesTable {
  actor_id: string;
  alias: string;
  norm: string;
  count: number;
}

export interface ActorTitlesTable {
  actor_id: string;
  title: string;
  first_seen: string | null;
  last_seen: string | null;
  article_count: number;
}

export interface ArticleEntitiesTable {
  article_id: string;
  entity_id: string;
  actor_id: string;
  type: string;
  name: string;
  country: string | null;
  sector: string | null;
  code: string | null;
  rank: string | null;
  titles: string;
  mentions: number;
}

export interface QuotesTable {
  article_id: string;
  idx: number;
  kind: string;
  text: string;
  start_pos: number;
  end_pos: number;
  speaker_actor_id: string | null;
  speaker_name: string | null;
  cue: string | null;
  date: string | null;
  agency: string | null;
}

export interface EventsTable {
  id: string;
  article_id: string;
  idx: number;
  type: string;
  cameo: string;
  mode: string | null;
  context: string | null;
  status: string;
  actor_id: string | null;
  actor_name: string;
  actor_code: string | null;
  actor_country: string | null;
  recipient_id: string | null;
  recipient_name: string | null;
  recipient_code: string | null;
  recipient_country: string | null;
  date: string | null;
  date_precision: string | null;
  place: string | null;
  score: number;
  agency: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  /** type|actor key|recipient key: what must match for two reports to be one event. */
  dyad_key: string;
  cluster_id: string;
  /** 1 for the first report of its cluster: the row statistics count. */
  lead: number;
  /** 1 when the article is a near-duplicate of another. */
  duplicate: number;
  source_count: number;
}

export interface ArticleBandsTable {
  band: number;
  key: number;
  article_id: string;
}

/** Counted events (cluster leads of original articles) per dyad key pair, day and type. Keys: "c:RUS", "k:RUSMIL", "a:<actor id>". */
export interface DyadCountsTable {
  actor_key: string;
  recipient_key: string;
  date: string;
  type: string;
  n: number;
  score: number;
}

/** Counted events per actor pair and type ("" for no recipient). */
export interface ActorPairCountsTable {
  actor_id: string;
  recipient_id: string;
  type: string;
  n: number;
  score: number;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface DB {
  articles: ArticlesTable;
  actors: ActorsTable;
  actor_aliases: ActorAliasesTable;
  actor_titles: ActorTitlesTable;
  article_entities: ArticleEntitiesTable;
  article_bands: ArticleBandsTable;
  dyad_counts: DyadCountsTable;
  /** As dyad_counts, per month ("YYYY-MM"). */
  dyad_month_counts: DyadCountsTable;
  actor_pair_counts: ActorPairCountsTable;
  quotes: QuotesTable;
  events: EventsTable;
  schema_migrations: MigrationsTable;
}
