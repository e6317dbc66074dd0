/**
 * The corpus query contract: every function the CLI, the HTTP API and the web UI call on a
 * stored corpus, with its row types. One implementation serves SQLite and PostgreSQL (kysely).
 *
 * Stability: these signatures are shared with the HTTP server and web UI. Add fields and
 * functions; do not rename or change existing ones.
 *
 * Conventions
 * - Actor references (`ActorRef`) accept an actor id ("person:RUS:valery gerasimov"), an actor
 *   code ("RUSMIL"), a bare country code ("RUS": every sector of that country) or a name or
 *   alias ("Gerasimov", case-insensitive).
 * - Dates are ISO strings "YYYY-MM-DD"; ranges are inclusive.
 * - Event statistics count each event cluster once (one real-world event reported by several
 *   sources) and ignore events of near-duplicate articles.
 */
import type { Article, EntityType, EventStatus, PloverType, QuoteKind } from '../model.js';

export type Dialect = 'sqlite' | 'postgres';

/** An actor id, an actor code, a country code or a name/alias. */
export type ActorRef = string;

export interface Page<T> {
  readonly items: readonly T[];
  /** Total rows matching the filter (before limit/offset). */
  readonly total: number;
  /** Search only: more than `total` match (matches are counted up to a cap). */
  readonly totalIsLowerBound?: boolean;
  readonly limit: number;
  readonly offset: number;
}

export interface PageOptions {
  /** Default 50, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

// ---------------------------------------------------------------------------------------------
// articles and search

export interface ArticleRow {
  readonly id: string;
  readonly hash: string;
  readonly date: string | null;
  readonly agency: string | null;
  readonly place: string | null;
  readonly headline: string | null;
  readonly source: string | null;
  readonly language: string;
  readonly extractor: string;
  /** Id of the article this one near-duplicates, or null when it is an original. */
  readonly duplicateOf: string | null;
  readonly entityCount: number;
  readonly quoteCount: number;
  readonly eventCount: number;
  /** ISO timestamp of ingest. */
  readonly ingestedAt: string;
}

export interface StoredArticle extends ArticleRow {
  readonly text: string;
  /** The full extraction as `extract` returned it. */
  readonly extraction: Article;
  /** Store actor id for each entity id of the extraction. */
  readonly actors: Readonly<Record<string, string>>;
  /** Other articles near-duplicating this one. */
  readonly duplicates: readonly string[];
}

export interface ArticleFilter extends PageOptions {
  readonly from?: string;
  readonly to?: string;
  readonly agency?: string;
  /** Articles mentioning this actor. */
  readonly actor?: ActorRef;
  /** Include near-duplicates (default true for listing). */
  readonly duplicates?: boolean;
}

export interface SearchOptions extends PageOptions {
  readonly from?: string;
  readonly to?: string;
  readonly agency?: string;
}

export interface SearchHit {
  readonly article: ArticleRow;
  /** Higher is better; only comparable within one result list. */
  readonly rank: number;
  /** Text around the matches; matched words wrapped in `[` `]` (plain text, not HTML). */
  readonly snippet: string;
}

// ---------------------------------------------------------------------------------------------
// events

export interface EventFilter extends PageOptions {
  /** Actor (source side) of the event. */
  readonly actor?: ActorRef;
  /** Recipient (target side) of the event. */
  readonly recipient?: ActorRef;
  /** Either side. */
  readonly involving?: ActorRef;
  readonly type?: PloverType | readonly PloverType[];
  readonly from?: string;
  readonly to?: string;
  readonly status?: EventStatus | readonly EventStatus[];
  /** Agency of the reporting article ("TASS", "Reuters"): matches any source of the cluster. */
  readonly agency?: string;
  readonly article?: string;
  /** One row per event cluster (default true); false lists every reported event. */
  readonly clusters?: boolean;
}

export interface EventSideRow {
  readonly actorId: string | null;
  readonly name: string;
  readonly code: string | null;
}

export interface EventRow {
  /** Event id: `${articleId}#${index}`. For a cluster row, the lead event's id. */
  readonly id: string;
  readonly clusterId: string;
  readonly articleId: string;
  readonly type: PloverType;
  readonly cameo: string;
  readonly mode: string | null;
  readonly context: string | null;
  readonly status: EventStatus;
  readonly actor: EventSideRow;
  readonly recipient: EventSideRow | null;
  /** Day the event happened (first day of the period when less precise), else the article date. */
  readonly date: string | null;
  readonly datePrecision: 'day' | 'week' | 'month' | 'year' | null;
  readonly place: string | null;
  readonly score: number;
  readonly agency: string | null;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  /** How many reports (articles) the cluster holds. */
  readonly sourceCount: number;
  readonly duplicate: boolean;
}

export interface EventCluster {
  readonly id: string;
  readonly lead: EventRow;
  /** Every report of the event, one per article, lead first. */
  readonly reports: readonly EventRow[];
  readonly agencies: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// actors

export interface ActorRow {
  /** Stable id derived from type, country and normalised name: "person:RUS:valery gerasimov". */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly code: string | null;
  readonly articleCount: number;
  readonly eventCount: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

export interface ActorFilter extends PageOptions {
  /** Name, alias or code fragment (case-insensitive). */
  readonly query?: string;
  readonly type?: EntityType;
  readonly country?: string;
}

export interface ActorTitle {
  readonly title: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly articleCount: number;
}

export interface ActorQuote {
  readonly articleId: string;
  readonly date: string | null;
  readonly agency: string | null;
  readonly kind: QuoteKind;
  readonly text: string;
  readonly cue: string | null;
  readonly start: number;
  readonly end: number;
}

export interface Counterpart {
  readonly actorId: string | null;
  readonly name: string;
  readonly code: string | null;
  readonly events: number;
  readonly meanScore: number;
}

export interface ActorProfile {
  readonly actor: ActorRow;
  readonly aliases: readonly { readonly alias: string; readonly count: number }[];
  /** Titles in order of first appearance. */
  readonly titles: readonly ActorTitle[];
  readonly ranks: readonly string[];
  /** Latest quotes first. */
  readonly quotes: readonly ActorQuote[];
  /** Event clusters per type with the actor on either side. */
  readonly eventsByType: readonly { readonly type: PloverType; readonly asActor: number; readonly asRecipient: number }[];
  readonly counterparts: readonly Counterpart[];
  readonly recentEvents: readonly EventRow[];
}

// ---------------------------------------------------------------------------------------------
// timeline and network

export type Period = 'day' | 'week' | 'month';

export interface TimelineOptions {
  readonly by?: Period;
  readonly from?: string;
  readonly to?: string;
}

export interface TimelineBucket {
  /** First day of the period ("2024-01-15"; weeks start on Monday). */
  readonly period: string;
  /** Event counts per PLOVER type. */
  readonly counts: Readonly<Partial<Record<PloverType, number>>>;
  readonly total: number;
  /** Mean cooperation-conflict score of the period's events, or null when none. */
  readonly meanScore: number | null;
}

export interface TimelineSide {
  /** A -> B events. */
  readonly ab: readonly TimelineBucket[];
  /** B -> A events. */
  readonly ba: readonly TimelineBucket[];
}

export interface Timeline extends TimelineSide {
  readonly a: ActorRef;
  readonly b: ActorRef;
  readonly by: Period;
  /** Both directions together. */
  readonly both: readonly TimelineBucket[];
}

export interface NetworkOptions {
  readonly from?: string;
  readonly to?: string;
  /** Smallest number of events for an edge (default 1). */
  readonly minWeight?: number;
  readonly type?: PloverType | readonly PloverType[];
  /** Group nodes by actor code (default) or by store actor id. */
  readonly nodes?: 'code' | 'actor';
  /** At most this many edges, heaviest first (default 500). */
  readonly limit?: number;
}

export interface NetworkNode {
  /** Actor code or actor id, per `NetworkOptions.nodes`. */
  readonly id: string;
  readonly label: string;
  readonly events: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly meanScore: number;
  readonly types: Readonly<Partial<Record<PloverType, number>>>;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

// ---------------------------------------------------------------------------------------------
// export

export type ExportFormat = 'jsonl' | 'csv' | 'plover';

export interface ExportOptions extends Omit<EventFilter, 'limit' | 'offset'> {
  readonly format: ExportFormat;
}

// ---------------------------------------------------------------------------------------------
// writing

/** Result of writing one batch of extracted articles. */
export interface WriteResult {
  /** Articles newly stored. */
  readonly added: number;
  /** Articles whose content hash was already stored (nothing written). */
  readonly skipped: number;
  /** Newly stored articles recognised as near-duplicates of a stored one. */
  readonly duplicates: number;
  /** Ids of the newly stored articles, in input order. */
  readonly ids: readonly string[];
  /** Articles that could not be written (each rolled back whole), with the reason. */
  readonly failed?: readonly { readonly id: string; readonly reason: string }[];
}

export interface WriteOptions {
  /** Where the articles came from (path:line), kept with each article. */
  readonly origins?: readonly (string | null)[];
}

export interface StoreStats {
  readonly articles: number;
  readonly duplicates: number;
  readonly actors: number;
  readonly events: number;
  readonly eventClusters: number;
  readonly quotes: number;
  readonly extractors: Readonly<Record<string, number>>;
}

/** The stored corpus. Obtain one with `openStore(url?)` from `src/store/index.ts`. */
export interface Store {
  readonly dialect: Dialect;
  /** File path or URL (password hidden). */
  readonly location: string;

  /** Store extracted articles: each article with its entities, quotes and events in one transaction. Idempotent by content hash. */
  writeArticles(articles: readonly Article[], options?: WriteOptions): Promise<WriteResult>;
  /** Which of these content hashes are already stored. */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /** Which of these articles (by id and content hash, as `extract` would give them) are already stored: their ids. */
  knownArticles(keys: readonly { readonly id: string; readonly hash: string }[]): Promise<Set<string>>;
  /** Replace the extraction of a stored article (reprocess). */
  replaceExtraction(id: string, article: Article): Promise<void>;
  /** Ids and texts of stored articles whose extractor version differs (or all). Streams in batches. */
  staleArticles(version: string | null, batchSize?: number): AsyncIterable<readonly { id: string; text: string; date: string | null; source: string | null }[]>;

  search(query: string, options?: SearchOptions): Promise<Page<SearchHit>>;
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleRow>>;
  getArticle(id: string): Promise<StoredArticle | null>;

  listEvents(filter?: EventFilter): Promise<Page<EventRow>>;
  getEventCluster(id: string): Promise<EventCluster | null>;

  listActors(filter?: ActorFilter): Promise<Page<ActorRow>>;
  /** Resolve a reference to stored actors (best match first). */
  findActors(ref: ActorRef, limit?: number): Promise<readonly ActorRow[]>;
  actorProfile(ref: ActorRef): Promise<ActorProfile | null>;

  timeline(a: ActorRef, b: ActorRef, options?: TimelineOptions): Promise<Timeline>;
  network(options?: NetworkOptions): Promise<Network>;
  /** Lines of the export (no trailing newline each); CSV's first line is the header. */
  export(options: ExportOptions): AsyncIterable<string>;

  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// ingest and reprocess (implemented in src/ingest; signatures here so every shell shares them)

export interface IngestProblem {
  /** "path", "path:line" or "path[item]" */
  readonly origin: string;
  readonly reason: string;
}

export interface IngestProgress {
  readonly read: number;
  readonly extracted: number;
  readonly added: number;
  readonly skipped: number;
  readonly duplicates: number;
  readonly problems: number;
}

export interface IngestOptions {
  /** Worker threads for extraction; default: every core. 0 extracts on the main thread. */
  readonly workers?: number;
  /** Articles per write transaction batch (default 200). */
  readonly batchSize?: number;
  /** Date for records that carry none. */
  readonly date?: string;
  readonly onProgress?: (progress: IngestProgress) => void;
}

export interface IngestReport extends IngestProgress {
  readonly problems: number;
  readonly problemList: readonly IngestProblem[];
  readonly seconds: number;
}

/** Input to `ingestRecords`: the records of `src/cli/input.ts` (problems pass through to the report). */
export type { InputItem } from '../cli/input.js';

/**
 * `ingestRecords(store, items, options)`: extract every record (worker threads) and write the
 * results in batches. Exported from `src/ingest/index.ts`.
 */
export type IngestRecords = (
  store: Store,
  items: AsyncIterable<import('../cli/input.js').InputItem> | Iterable<import('../cli/input.js').InputItem>,
  options?: IngestOptions,
) => Promise<IngestReport>;

/** `ingestPaths(store, paths, options)`: files, folders, JSONL, HTML, RSS/Atom, "-". */
export type IngestPaths = (store: Store, paths: readonly string[], options?: IngestOptions) => Promise<IngestReport>;

export interface ReprocessOptions {
  /** Re-run every article, not only those of another extractor version. */
  readonly all?: boolean;
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number | null) => void;
}

export interface ReprocessReport {
  readonly reprocessed: number;
  readonly failed: readonly IngestProblem[];
  readonly seconds: number;
}

/** `reprocess(store, options)`: exported from `src/ingest/index.ts`. */
export type Reprocess = (store: Store, options?: ReprocessOptions) => Promise<ReprocessReport>;
