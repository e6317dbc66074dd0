/**
 * Read queries over the store: articles, search, events, actors, timelines, networks. Pure
 * kysely over both engines; the few engine-specific parts (full-text search) branch on dialect.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Article, PloverType } from '../model.js';
import type {
  ActorFilter, ActorProfile, ActorRef, ActorRow, ArticleFilter, ArticleRow, Dialect, EventCluster, EventFilter, EventRow,
  Network, NetworkOptions, Page, SearchHit, SearchOptions, StoredArticle, Timeline, TimelineBucket, TimelineOptions,
} from './api.js';
import type { DB, EventsTable } from './schema.js';
import { normaliseName, periodStart } from './keys.js';

export type Side = 'actor' | 'recipient';

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const limitOf = (l?: number) => Math.max(1, Math.min(1000, Math.floor(l ?? 50)));
const offsetOf = (o?: number) => Math.max(0, Math.floor(o ?? 0));
const list = <T>(v: T | readonly T[] | undefined): readonly T[] => (v === undefined ? [] : Array.isArray(v) ? (v as readonly T[]) : [v as T]);

// ---------------------------------------------------------------------------------------------
// actor references

/** Store actor ids whose name or alias is `ref` (exactly, else as a word inside the name). */
export async function actorIdsByName(db: Kysely<DB>, ref: string, limit = 50): Promise<string[]> {
  const norm = normaliseName(ref);
  if (!norm) return [];
  const exact = await db
    .selectFrom('actors').select('id').where('norm', '=', norm)
    .union(db.selectFrom('actor_aliases').select('actor_id as id').where('norm', '=', norm))
    .limit(limit).execute();
  if (exact.length) return exact.map((r) => r.id);
  const like = await db.selectFrom('actors').select('id')
    .where((eb) => eb.or([eb('norm', 'like', `${norm} %`), eb('norm', 'like', `% ${norm}`), eb('norm', 'like', `% ${norm} %`)]))
    .orderBy('article_count', 'desc').limit(limit).execute();
  if (like.length || !norm.includes(' ')) return like.map((r) => r.id);
  // "Army Gen. Gerasimov": a rank or title before a surname the store knows.
  const surname = norm.split(' ').pop()!;
  const bySurname = await db.selectFrom('actors').select('id').where('surname', '=', surname).where('type', '=', 'person').orderBy('article_count', 'desc').limit(limit).execute();
  return bySurname.map((r) => r.id);
}

export interface ResolvedRef {
  readonly ids: readonly string[];
  readonly code: string | null;
  readonly country: string | null;
}

export async function resolveRef(db: Kysely<DB>, ref: ActorRef): Promise<ResolvedRef> {
  const r = ref.trim();
  if (r.includes(':')) return { ids: [r], code: null, country: null };
  const upper = /^[A-Z][A-Z0-9]{2,}$/.test(r);
  const country = /^[A-Z]{3}$/.test(r) ? r : null;
  const code = upper && !country ? r : null;
  const ids = upper ? [] : await actorIdsByName(db, r);
  return { ids, code, country };
}

/** The condition "this side of the event is `ref`" (false when nothing matches). */
export function sideCondition(eb: ExpressionBuilder<DB, 'events'>, side: Side, ref: ResolvedRef): Expression<SqlBool> {
  const terms: Expression<SqlBool>[] = [];
  if (ref.country) terms.push(eb(`events.${side}_country`, '=', ref.country));
  if (ref.code) terms.push(eb(`events.${side}_code`, '=', ref.code));
  if (ref.ids.length) terms.push(eb(`events.${side}_id`, 'in', ref.ids));
  return terms.length ? eb.or(terms) : sql<SqlBool>`1 = 0`;
}

// ---------------------------------------------------------------------------------------------
// articles

type ArticleSelect = Pick<DB['articles'], 'id' | 'hash' | 'date' | 'agency' | 'place' | 'headline' | 'source' | 'language' | 'extractor' | 'duplicate_of' | 'entity_count' | 'quote_count' | 'event_count' | 'ingested_at'>;
export const ARTICLE_COLUMNS = ['id', 'hash', 'date', 'agency', 'place', 'headline', 'source', 'language', 'extractor', 'duplicate_of', 'entity_count', 'quote_count', 'event_count', 'ingested_at'] as const;

export function articleRow(r: ArticleSelect): ArticleRow {
  return {
    id: r.id, hash: r.hash, date: r.date, agency: r.agency, place: r.place, headline: r.headline, source: r.source,
    language: r.language, extractor: r.extractor, duplicateOf: r.duplicate_of,
    entityCount: num(r.entity_count), quoteCount: num(r.quote_count), eventCount: num(r.event_count), ingestedAt: r.ingested_at,
  };
}

export async function listArticles(db: Kysely<DB>, filter: ArticleFilter = {}): Promise<Page<ArticleRow>> {
  const limit = limitOf(filter.limit);
  const offset = offsetOf(filter.offset);
  const ref = filter.actor ? await resolveRef(db, filter.actor) : null;
  let q = db.selectFrom('articles');
  if (filter.from) q = q.where('date', '>=', filter.from);
  if (filter.to) q = q.where('date', '<=', filter.to);
  if (filter.agency) q = q.where('agency', '=', filter.agency);
  if (filter.duplicates === false) q = q.where('duplicate_of', 'is', null);
  if (ref) {
    q = q.where('id', 'in', db.selectFrom('article_entities').select('article_id').where((eb) => {
      const t: Expression<SqlBool>[] = [];
      if (ref.ids.length) t.push(eb('actor_id', 'in', ref.ids));
      if (ref.code) t.push(eb('code', '=', ref.code));
      if (ref.country) t.push(eb('country', '=', ref.country));
      return t.length ? eb.or(t) : sql<SqlBool>`1 = 0`;
    }));
  }
  const [rows, count] = await Promise.all([
    q.select(ARTICLE_COLUMNS).orderBy('date', 'desc').orderBy('seq', 'desc').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { items: rows.map(articleRow), total: num(count?.n), limit, offset };
}

export async function getArticle(db: Kysely<DB>, id: string): Promise<StoredArticle | null> {
  const row = await db.selectFrom('articles').select([...ARTICLE_COLUMNS, 'text', 'extraction']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [entities, duplicates] = await Promise.all([
    db.selectFrom('article_entities').select(['entity_id', 'actor_id']).where('article_id', '=', id).execute(),
    db.selectFrom('articles').select('id').where('duplicate_of', '=', id).orderBy('seq').execute(),
  ]);
  const extraction = { ...(JSON.parse(row.extraction) as Omit<Article, 'text'>), text: row.text } as Article;
  return {
    ...articleRow(row),
    text: row.text,
    extraction,
    actors: Object.fromEntries(entities.map((e) => [e.entity_id, e.actor_id])),
    duplicates: duplicates.map((d) => d.id),
  };
}

/** Words of a user query as an FTS5 expression: each word quoted, all required. */
function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

export async function search(db: Kysely<DB>, dialect: Dialect, text: string, options: SearchOptions = {}): Promise<Page<SearchHit>> {
  const limit = limitOf(options.limit ?? 20);
  const offset = offsetOf(options.offset);
  if (!text.trim() || (dialect === 'sqlite' && !ftsQuery(text))) return { items: [], total: 0, limit, offset };
  const filters = (alias: string) => {
    const parts = [sql`1 = 1`];
    if (options.from) parts.push(sql`${sql.ref(`${alias}.date`)} >= ${options.from}`);
    if (options.to) parts.push(sql`${sql.ref(`${alias}.date`)} <= ${options.to}`);
    if (options.agency) parts.push(sql`${sql.ref(`${alias}.agency`)} = ${options.agency}`);
    return sql.join(parts, sql` AND `);
  };
  type Row = ArticleSelect & { rank: number; snippet: string };
  if (dialect === 'sqlite') {
    const q = ftsQuery(text);
    const filtered = Boolean(options.from || options.to || options.agency);
    // A broad query ("talks") matches a large part of the corpus and bm25 costs one evaluation
    // per match: it ranks the latest SEARCH_RANK_WINDOW matches (by storage order), a rowid
    // range FTS5 applies inside the index.
    const edge = filtered
      ? undefined
      : (await sql<{ seq: number }>`SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ${q} ORDER BY rowid DESC LIMIT 1 OFFSET ${SEARCH_RANK_WINDOW - 1}`.execute(db)).rows[0]?.seq;
    const window = edge === undefined ? sql`` : sql` AND rowid >= ${edge}`;
    // Rank inside the FTS index (no join) when there is no filter; snippets only for the page.
    const top = filtered
      ? sql`SELECT articles_fts.rowid AS seq, bm25(articles_fts, 4.0, 1.0) AS r FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
            WHERE articles_fts MATCH ${q} AND ${filters('a')} ORDER BY r LIMIT ${limit} OFFSET ${offset}`
      : sql`SELECT rowid AS seq, bm25(articles_fts, 4.0, 1.0) AS r FROM articles_fts WHERE articles_fts MATCH ${q}${window} ORDER BY r LIMIT ${limit} OFFSET ${offset}`;
    const ranked = (await sql<{ seq: number; r: number }>`${top}`.execute(db)).rows;
    // Snippets for the page's rows only (FTS5 plans `rowid IN (...)` as a lookup, not `rowid = ?`).
    const snippetRows = ranked.length
      ? (await sql<{ seq: number; s: string }>`
          SELECT rowid AS seq, snippet(articles_fts, 1, '[', ']', '…', 24) AS s FROM articles_fts
          WHERE articles_fts MATCH ${q} AND rowid IN (SELECT value FROM json_each(${JSON.stringify(ranked.map((t) => t.seq))}))`.execute(db)).rows
      : [];
    const snippetOf = new Map(snippetRows.map((r) => [Number(r.seq), r.s]));
    const snippets = ranked.map((t) => snippetOf.get(Number(t.seq)) ?? '');
    const articles = ranked.length ? await db.selectFrom('articles').select([...ARTICLE_COLUMNS, 'seq']).where('seq', 'in', ranked.map((t) => t.seq)).execute() : [];
    const bySeq = new Map(articles.map((a) => [Number(a.seq), a]));
    const rows = ranked.flatMap((t, i) => {
      const a = bySeq.get(Number(t.seq));
      return a ? [{ ...a, rank: -t.r, snippet: snippets[i] }] : [];
    });
    // Counted up to SEARCH_COUNT_CAP + 1 matches: past that the total is a lower bound.
    const count = filtered
      ? await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ${q} AND ${filters('a')} LIMIT ${SEARCH_COUNT_CAP + 1}) m`.execute(db)
      : await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ${q} LIMIT ${SEARCH_COUNT_CAP + 1}) m`.execute(db);
    return { items: rows.map((r) => ({ article: articleRow(r), rank: Number(r.rank), snippet: r.snippet })), ...cappedTotal(num(count.rows[0]?.n)), limit, offset };
  }
  const rows = await sql<Row>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${text}) AS query),
    hits AS (
      SELECT a.*, ts_rank_cd(a.tsv, q.query) AS rank, q.query
      FROM articles a, q WHERE a.tsv @@ q.query AND ${filters('a')}
      ORDER BY rank DESC LIMIT ${limit} OFFSET ${offset})
    SELECT ${sql.join(ARTICLE_COLUMNS.map((c) => sql.ref(`hits.${c}`)))}, hits.rank,
           ts_headline('english', left(hits.text, 20000), hits.query, 'StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
    FROM hits ORDER BY hits.rank DESC`.execute(db);
  const count = await sql<{ n: string }>`
    SELECT count(*) AS n FROM (SELECT 1 FROM articles a WHERE a.tsv @@ websearch_to_tsquery('english', ${text}) AND ${filters('a')} LIMIT ${SEARCH_COUNT_CAP + 1}) m`.execute(db);
  return { items: rows.rows.map((r) => ({ article: articleRow(r), rank: Number(r.rank), snippet: r.snippet })), ...cappedTotal(num(count.rows[0]?.n)), limit, offset };
}

/** Matches counted at most (one more, to know there are more). */
export const SEARCH_COUNT_CAP = 10_000;
/** Matches ranked at most, the latest stored (SQLite without filters). */
export const SEARCH_RANK_WINDOW = 5_000;

function cappedTotal(n: number): { total: number; totalIsLowerBound?: true } {
  return n > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, totalIsLowerBound: true } : { total: n };
}

// ---------------------------------------------------------------------------------------------
// events

export function eventRow(r: EventsTable): EventRow {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    articleId: r.article_id,
    type: r.type as PloverType,
    cameo: r.cameo,
    mode: r.mode,
    context: r.context,
    status: r.status as EventRow['status'],
    actor: { actorId: r.actor_id, name: r.actor_name, code: r.actor_code },
    recipient: r.recipient_name !== null || r.recipient_code !== null ? { actorId: r.recipient_id, name: r.recipient_name ?? '', code: r.recipient_code } : null,
    date: r.date,
    datePrecision: r.date_precision as EventRow['datePrecision'],
    place: r.place,
    score: Number(r.score),
    agency: r.agency,
    evidence: { start: num(r.evidence_start), end: num(r.evidence_end), text: r.evidence_text },
    sourceCount: num(r.source_count),
    duplicate: num(r.duplicate) === 1,
  };
}

/** The events query for a filter, without ordering or paging. */
export async function eventsQuery(db: Kysely<DB>, filter: Omit<EventFilter, 'limit' | 'offset'>) {
  const [actor, recipient, involving] = await Promise.all([
    filter.actor ? resolveRef(db, filter.actor) : null,
    filter.recipient ? resolveRef(db, filter.recipient) : null,
    filter.involving ? resolveRef(db, filter.involving) : null,
  ]);
  let q = db.selectFrom('events');
  if (filter.clusters !== false) q = q.where('lead', '=', 1).where('duplicate', '=', 0);
  if (actor) q = q.where((eb) => sideCondition(eb, 'actor', actor));
  if (recipient) q = q.where((eb) => sideCondition(eb, 'recipient', recipient));
  if (involving) q = q.where((eb) => eb.or([sideCondition(eb, 'actor', involving), sideCondition(eb, 'recipient', involving)]));
  const types = list(filter.type);
  if (types.length) q = q.where('type', 'in', types);
  const statuses = list(filter.status);
  if (statuses.length) q = q.where('status', 'in', statuses);
  if (filter.from) q = q.where('date', '>=', filter.from);
  if (filter.to) q = q.where('date', '<=', filter.to);
  if (filter.article) q = q.where('article_id', '=', filter.article);
  if (filter.agency) {
    const agency = filter.agency;
    q = filter.clusters === false
      ? q.where('agency', '=', agency)
      : q.where('cluster_id', 'in', db.selectFrom('events as e2').select('e2.cluster_id').where('e2.agency', '=', agency));
  }
  return q;
}

export async function listEvents(db: Kysely<DB>, filter: EventFilter = {}): Promise<Page<EventRow>> {
  const limit = limitOf(filter.limit);
  const offset = offsetOf(filter.offset);
  const q = await eventsQuery(db, filter);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('date', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { items: rows.map(eventRow), total: num(count?.n), limit, offset };
}

export async function getEventCluster(db: Kysely<DB>, id: string): Promise<EventCluster | null> {
  const one = await db.selectFrom('events').select('cluster_id').where('id', '=', id).executeTakeFirst();
  if (!one) return null;
  const rows = await db.selectFrom('events').selectAll().where('cluster_id', '=', one.cluster_id).orderBy('lead', 'desc').orderBy('date').orderBy('id').execute();
  const reports = rows.map(eventRow);
  return { id: one.cluster_id, lead: reports[0], reports, agencies: [...new Set(reports.map((r) => r.agency).filter((a): a is string => a !== null))] };
}

// ---------------------------------------------------------------------------------------------
// actors

type ActorSelect = DB['actors'];
export function actorRow(r: ActorSelect): ActorRow {
  return {
    id: r.id, type: r.type as ActorRow['type'], name: r.name, country: r.country, sector: r.sector, code: r.code,
    articleCount: num(r.article_count), eventCount: num(r.event_count), firstSeen: r.first_seen, lastSeen: r.last_seen,
  };
}

export async function listActors(db: Kysely<DB>, filter: ActorFilter = {}): Promise<Page<ActorRow>> {
  const limit = limitOf(filter.limit);
  const offset = offsetOf(filter.offset);
  let q = db.selectFrom('actors');
  if (filter.type) q = q.where('type', '=', filter.type);
  if (filter.country) q = q.where('country', '=', filter.country);
  if (filter.query) {
    const norm = normaliseName(filter.query);
    const upper = filter.query.trim().toUpperCase();
    q = q.where((eb) => eb.or([
      eb('norm', 'like', `%${norm}%`),
      eb('code', '=', upper),
      eb('id', 'in', eb.selectFrom('actor_aliases').select('actor_id').where('norm', '=', norm)),
    ]));
  }
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('article_count', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { items: rows.map(actorRow), total: num(count?.n), limit, offset };
}

export async function findActors(db: Kysely<DB>, ref: ActorRef, limit = 10): Promise<ActorRow[]> {
  const r = ref.trim();
  let ids: string[];
  if (r.includes(':')) ids = [r];
  else {
    ids = await actorIdsByName(db, r, limit);
    if (!ids.length && /^[A-Z][A-Z0-9]{2,}$/.test(r)) {
      const byCode = await db.selectFrom('actors').select('id').where((eb) => eb.or([eb('code', '=', r), eb('id', '=', `country:${r}`)])).orderBy('article_count', 'desc').limit(limit).execute();
      ids = byCode.map((x) => x.id);
    }
  }
  if (!ids.length) return [];
  const rows = await db.selectFrom('actors').selectAll().where('id', 'in', ids).orderBy('article_count', 'desc').limit(limit).execute();
  return rows.map(actorRow);
}

export async function actorProfile(db: Kysely<DB>, ref: ActorRef): Promise<ActorProfile | null> {
  const [actor] = await findActors(db, ref, 1);
  if (!actor) return null;
  const id = actor.id;
  const [aliases, titles, ranks, quotes, typesA, typesR, partnersA, partnersR, recentA, recentR] = await Promise.all([
    db.selectFrom('actor_aliases').select(['alias', 'count']).where('actor_id', '=', id).orderBy('count', 'desc').orderBy('alias').limit(50).execute(),
    db.selectFrom('actor_titles').selectAll().where('actor_id', '=', id).orderBy('first_seen').orderBy('title').limit(100).execute(),
    actor.type === 'person'
      ? db.selectFrom('article_entities').select('rank').distinct().where('actor_id', '=', id).where('rank', 'is not', null).limit(20).execute()
      : Promise.resolve([] as { rank: string | null }[]),
    db.selectFrom('quotes').innerJoin('articles', 'articles.id', 'quotes.article_id')
      .select(['quotes.article_id', 'quotes.date', 'quotes.agency', 'quotes.kind', 'quotes.text', 'quotes.cue', 'quotes.start_pos', 'quotes.end_pos'])
      .where('quotes.speaker_actor_id', '=', id).where('articles.duplicate_of', 'is', null)
      .orderBy('quotes.date', 'desc').limit(20).execute(),
    // Per type and per counterpart, summed in SQL over the kept pair counts.
    db.selectFrom('actor_pair_counts').select(['type', (eb) => eb.fn.sum<number>('n').as('n')]).where('actor_id', '=', id).groupBy('type').execute(),
    db.selectFrom('actor_pair_counts').select(['type', (eb) => eb.fn.sum<number>('n').as('n')]).where('recipient_id', '=', id).groupBy('type').execute(),
    db.selectFrom('actor_pair_counts').select(['recipient_id as partner', (eb) => eb.fn.sum<number>('n').as('n'), (eb) => eb.fn.sum<number>('score').as('s')])
      .where('actor_id', '=', id).where('recipient_id', '!=', '').where('recipient_id', '!=', id).groupBy('recipient_id').orderBy('n', 'desc').limit(50).execute(),
    db.selectFrom('actor_pair_counts').select(['actor_id as partner', (eb) => eb.fn.sum<number>('n').as('n'), (eb) => eb.fn.sum<number>('score').as('s')])
      .where('recipient_id', '=', id).where('actor_id', '!=', id).groupBy('actor_id').orderBy('n', 'desc').limit(50).execute(),
    db.selectFrom('events').selectAll().where('actor_id', '=', id).where('lead', '=', 1).where('duplicate', '=', 0).orderBy('date', 'desc').limit(10).execute(),
    db.selectFrom('events').selectAll().where('recipient_id', '=', id).where('lead', '=', 1).where('duplicate', '=', 0).orderBy('date', 'desc').limit(10).execute(),
  ]);
  const byType = new Map<string, { asActor: number; asRecipient: number }>();
  for (const r of typesA) byType.set(r.type, { asActor: num(r.n), asRecipient: 0 });
  for (const r of typesR) byType.set(r.type, { asActor: byType.get(r.type)?.asActor ?? 0, asRecipient: num(r.n) });
  for (const [t, c] of byType) if (c.asActor + c.asRecipient <= 0) byType.delete(t);
  // Counterparts from each side's 50 busiest partners, summed over both directions.
  const partners = new Map<string, { events: number; score: number }>();
  for (const r of [...partnersA, ...partnersR]) {
    const p = partners.get(r.partner) ?? { events: 0, score: 0 };
    p.events += num(r.n);
    p.score += num(r.s);
    partners.set(r.partner, p);
  }
  const top = [...partners.entries()].filter(([, p]) => p.events > 0).sort((a, b) => b[1].events - a[1].events).slice(0, 20);
  const partnerRows = top.length ? await db.selectFrom('actors').select(['id', 'name', 'code']).where('id', 'in', top.map(([pid]) => pid)).execute() : [];
  const names = new Map(partnerRows.map((p) => [p.id, p]));
  const recent = [...recentA, ...recentR].map(eventRow).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 10);
  return {
    actor,
    aliases: aliases.map((a) => ({ alias: a.alias, count: num(a.count) })),
    titles: titles.map((t) => ({ title: t.title, firstSeen: t.first_seen, lastSeen: t.last_seen, articleCount: num(t.article_count) })),
    ranks: ranks.map((r) => r.rank).filter((r): r is string => r !== null),
    quotes: quotes.map((q) => ({ articleId: q.article_id, date: q.date, agency: q.agency, kind: q.kind as ActorProfile['quotes'][number]['kind'], text: q.text, cue: q.cue, start: num(q.start_pos), end: num(q.end_pos) })),
    eventsByType: [...byType.entries()].map(([type, c]) => ({ type: type as PloverType, ...c })).sort((a, b) => b.asActor + b.asRecipient - (a.asActor + a.asRecipient)),
    counterparts: top.map(([pid, p]) => ({ actorId: pid, name: names.get(pid)?.name ?? pid, code: names.get(pid)?.code ?? null, events: p.events, meanScore: p.events ? p.score / p.events : 0 })),
    recentEvents: recent,
  };
}

// ---------------------------------------------------------------------------------------------
// timeline and network

export async function timeline(db: Kysely<DB>, a: ActorRef, b: ActorRef, options: TimelineOptions = {}, dialect: Dialect = 'sqlite'): Promise<Timeline> {
  const by = options.by ?? 'month';
  const [ra, rb] = await Promise.all([resolveRef(db, a), resolveRef(db, b)]);
  // Counted events per dyad and day are kept in dyad_counts by the writer.
  const keys = (r: ResolvedRef) => [...(r.country ? [`c:${r.country}`] : []), ...(r.code ? [`k:${r.code}`] : []), ...r.ids.map((id) => `a:${id}`)];
  const direction = async (from: ResolvedRef, to: ResolvedRef) => {
    const [fk, tk] = [keys(from), keys(to)];
    if (!fk.length || !tk.length) return [];
    // Months come from the monthly counts ("YYYY-MM"); weeks are folded from days in SQL (a
    // busy dyad has thousands of days: fewer rows to build and bucket).
    const monthly = by === 'month';
    const period = by !== 'week'
      ? sql<string>`date`
      : dialect === 'postgres'
        ? sql<string>`to_char(date_trunc('week', date::date), 'YYYY-MM-DD')`
        : sql<string>`date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')`;
    let q = db.selectFrom(monthly ? 'dyad_month_counts' : 'dyad_counts')
      .select([period.as('date'), 'type', (eb) => eb.fn.sum<number>('n').as('n'), (eb) => eb.fn.sum<number>('score').as('s')])
      .where('actor_key', 'in', fk).where('recipient_key', 'in', tk).where('n', '>', 0);
    if (options.from) q = q.where('date', '>=', monthly ? options.from.slice(0, 7) : options.from);
    if (options.to) q = q.where('date', '<=', monthly ? options.to.slice(0, 7) : options.to);
    const rows = await q.groupBy([period, 'type']).execute();
    return monthly ? rows.map((r) => ({ ...r, date: `${r.date}-01` })) : rows;
  };
  const [ab, ba] = await Promise.all([direction(ra, rb), direction(rb, ra)]);
  const bucket = (rows: readonly { date: string | null; type: string; n: unknown; s: unknown }[]): TimelineBucket[] => {
    const periods = new Map<string, { counts: Record<string, number>; total: number; score: number }>();
    for (const r of rows) {
      const p = periodStart(r.date!, by);
      const entry = periods.get(p) ?? { counts: {}, total: 0, score: 0 };
      entry.counts[r.type] = (entry.counts[r.type] ?? 0) + num(r.n);
      entry.total += num(r.n);
      entry.score += num(r.s);
      periods.set(p, entry);
    }
    return [...periods.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([period, e]) => ({ period, counts: e.counts, total: e.total, meanScore: e.total ? e.score / e.total : null }));
  };
  return { a, b, by, ab: bucket(ab), ba: bucket(ba), both: bucket([...ab, ...ba]) };
}

export async function network(db: Kysely<DB>, options: NetworkOptions = {}): Promise<Network> {
  const byActor = options.nodes === 'actor';
  const src = byActor ? 'actor_id' : 'actor_code';
  const dst = byActor ? 'recipient_id' : 'recipient_code';
  let q = db.selectFrom('events')
    .select([sql<string>`${sql.ref(src)}`.as('source'), sql<string>`${sql.ref(dst)}`.as('target'), 'type', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.sum('score').as('s')])
    .where('lead', '=', 1).where('duplicate', '=', 0).where(src, 'is not', null).where(dst, 'is not', null);
  if (options.from) q = q.where('date', '>=', options.from);
  if (options.to) q = q.where('date', '<=', options.to);
  const types = list(options.type);
  if (types.length) q = q.where('type', 'in', types);
  const rows = await q.groupBy([src, dst, 'type']).execute();
  const edges = new Map<string, { source: string; target: string; weight: number; score: number; types: Record<string, number> }>();
  for (const r of rows) {
    if (r.source === r.target) continue;
    const key = `${r.source}\u0000${r.target}`;
    const e = edges.get(key) ?? { source: r.source, target: r.target, weight: 0, score: 0, types: {} };
    e.weight += num(r.n);
    e.score += num(r.s);
    e.types[r.type] = (e.types[r.type] ?? 0) + num(r.n);
    edges.set(key, e);
  }
  const minWeight = options.minWeight ?? 1;
  const kept = [...edges.values()].filter((e) => e.weight >= minWeight).sort((x, y) => y.weight - x.weight).slice(0, options.limit ?? 500);
  const nodes = new Map<string, number>();
  for (const e of kept) {
    nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.weight);
    nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.weight);
  }
  const labels = new Map<string, string>();
  if (byActor && nodes.size) {
    for (const r of await db.selectFrom('actors').select(['id', 'name']).where('id', 'in', [...nodes.keys()]).execute()) labels.set(r.id, r.name);
  }
  return {
    nodes: [...nodes.entries()].map(([id, events]) => ({ id, label: labels.get(id) ?? id, events })).sort((x, y) => y.events - x.events),
    edges: kept.map((e) => ({ source: e.source, target: e.target, weight: e.weight, meanScore: e.weight ? e.score / e.weight : 0, types: e.types })),
  };
}
