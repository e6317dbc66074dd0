/**
 * Writing extracted articles: the article row, its entities linked to corpus-wide actors, its
 * quotes and its events clustered with other reports of the same event. One article is written
 * whole or not at all; a batch of articles shares one transaction for speed. Only upserts and
 * insert-or-ignore, no application locks, so several writers can share one PostgreSQL store.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Article, Entity } from '../model.js';
import type { Dialect, WriteOptions, WriteResult } from './api.js';
import type { DB, EventsTable } from './schema.js';
import { actorId, addDays, codeCountry, dyadKey, eventDay, normaliseName } from './keys.js';
import { minhash, similarity, type Fingerprint } from './minhash.js';

/** Reports of the same event within this many days of each other are one event. */
export const CLUSTER_WINDOW_DAYS = 2;

type Outcome = { kind: 'added'; id: string; duplicate: boolean } | { kind: 'skipped' };

export async function writeArticles(db: Kysely<DB>, dialect: Dialect, articles: readonly Article[], options: WriteOptions = {}): Promise<WriteResult> {
  const outcomes: Outcome[] = [];
  const failed: { id: string; reason: string }[] = [];
  try {
    await db.transaction().execute(async (trx) => {
      outcomes.length = 0;
      for (let i = 0; i < articles.length; i++) outcomes.push(await writeOne(trx, dialect, articles[i], options.origins?.[i] ?? null));
    });
  } catch {
    // One article spoiled the batch: write each in its own transaction to keep the others.
    outcomes.length = 0;
    for (let i = 0; i < articles.length; i++) {
      try {
        outcomes.push(await db.transaction().execute((trx) => writeOne(trx, dialect, articles[i], options.origins?.[i] ?? null)));
      } catch (error) {
        failed.push({ id: articles[i].id, reason: (error as Error).message });
      }
    }
  }
  const added = outcomes.filter((o): o is Extract<Outcome, { kind: 'added' }> => o.kind === 'added');
  return {
    added: added.length,
    skipped: outcomes.length - added.length,
    duplicates: added.filter((o) => o.duplicate).length,
    ids: added.map((o) => o.id),
    ...(failed.length ? { failed } : {}),
  };
}

/**
 * An article is known by its id (the record's id, or a prefix of the content hash when the
 * record has none) and its content hash. The same id and hash again is nothing new; the same id
 * with another text is a corrected version, stored as `id~hash`; the same text under another id
 * is stored and linked to the first as a near-duplicate.
 */
async function storedId(trx: Transaction<DB>, article: Article): Promise<{ id: string } | { skip: true }> {
  const versioned = `${article.id}~${article.hash.slice(0, 12)}`;
  const rows = await trx.selectFrom('articles').select(['id', 'hash']).where('id', 'in', [article.id, versioned]).execute();
  if (rows.some((r) => r.hash === article.hash)) return { skip: true };
  if (rows.some((r) => r.id === article.id)) return rows.some((r) => r.id === versioned) ? { skip: true } : { id: versioned };
  return { id: article.id };
}

async function writeOne(trx: Transaction<DB>, dialect: Dialect, article: Article, origin: string | null): Promise<Outcome> {
  const target = await storedId(trx, article);
  if ('skip' in target) return { kind: 'skipped' };
  const id = target.id;

  const date = article.date ?? article.dateline?.date ?? null;
  const agency = article.dateline?.agency ?? null;
  const fingerprint = minhash(article.text);
  // Several writers: reports that may duplicate each other (a shared MinHash band) take turns,
  // so the later one sees the earlier one committed.
  if (dialect === 'postgres') await lockKeys(trx, LOCK_DUPLICATES, fingerprint ? fingerprint.bands.map((b, i) => `${i}:${b}`) : [article.hash]);
  const sameText = await trx.selectFrom('articles').select(['id', 'duplicate_of']).where('hash', '=', article.hash).orderBy('seq').limit(1).executeTakeFirst();
  const duplicateOf = sameText ? (sameText.duplicate_of ?? sameText.id) : fingerprint ? await findOriginal(trx, fingerprint) : null;
  const { text: _text, ...rest } = article;

  const row = {
    hash: article.hash,
    date,
    agency,
    place: article.dateline?.place ?? null,
    headline: article.headline,
    source: article.source,
    origin,
    language: article.language,
    text: article.text,
    extraction: JSON.stringify({ ...rest, id }),
    extractor: article.extractor,
    duplicate_of: duplicateOf,
    minhash: fingerprint?.signature ?? null,
    simhash: null,
    sh0: null,
    sh1: null,
    sh2: null,
    sh3: null,
    entity_count: article.entities.length,
    quote_count: article.quotes.length,
    event_count: article.events.length,
    ingested_at: new Date().toISOString(),
  };
  // Another writer may have stored the same article meanwhile: then this one is nothing new.
  const inserted = await trx.insertInto('articles').values({ id, ...row }).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
  if (!inserted) return { kind: 'skipped' };
  if (fingerprint) {
    await trx.insertInto('article_bands').values(fingerprint.bands.map((key, band) => ({ band, key, article_id: id }))).onConflict((oc) => oc.doNothing()).execute();
  }

  const actors = await writeEntities(trx, id, date, article.entities);
  await writeQuotes(trx, id, date, agency, article, actors);
  await writeEvents(trx, dialect, id, date, agency, duplicateOf !== null, article, actors);
  return { kind: 'added', id, duplicate: duplicateOf !== null };
}

/**
 * Per band, at most this many stored articles are looked at. A band shared by more is
 * boilerplate (a standard paragraph, a template), not a sign of a copy; without the cap the
 * lookup read every article of such a bucket and ingest slowed down linearly with the store
 * (bench/http.bench.ts fell from 300 to 126 articles/s between 2,000 and 12,000 articles).
 */
const BAND_CANDIDATES = 64;
/** Candidates whose signatures are compared, those sharing the most bands first. */
const MAX_CANDIDATES = 100;

/** The stored original a fingerprint near-duplicates (the root of its duplicate chain). */
async function findOriginal(trx: Transaction<DB>, { signature, bands, threshold }: Fingerprint): Promise<string | null> {
  const perBand = sql.join(
    bands.map((key, band) => sql`SELECT article_id FROM (SELECT article_id FROM article_bands WHERE band = ${band} AND key = ${key} LIMIT ${BAND_CANDIDATES}) ${sql.raw(`b${band}`)}`),
    sql` UNION ALL `,
  );
  const candidates = (await sql<{ id: string; minhash: string | null; duplicate_of: string | null }>`
    SELECT a.id, a.minhash, a.duplicate_of FROM (
      SELECT article_id, count(*) AS shared FROM (${perBand}) m GROUP BY article_id ORDER BY shared DESC, article_id LIMIT ${MAX_CANDIDATES}
    ) c JOIN articles a ON a.id = c.article_id ORDER BY a.seq`.execute(trx)).rows;
  let best: { id: string; s: number } | null = null;
  for (const c of candidates) {
    if (!c.minhash) continue;
    const s = similarity(signature, c.minhash);
    if (s >= threshold && (!best || s > best.s)) best = { id: c.duplicate_of ?? c.id, s };
  }
  return best?.id ?? null;
}

/**
 * A person named by surname alone in a whole article ("Army Gen. Gerasimov") is the stored
 * person of that surname and country when there is exactly one such full name.
 */
async function surnameActor(trx: Transaction<DB>, entity: Entity): Promise<string | null> {
  if (entity.type !== 'person' || !entity.country) return null;
  const norm = normaliseName(entity.name);
  if (!norm || norm.includes(' ')) return null;
  const rows = await trx.selectFrom('actors').select('id').where('surname', '=', norm).where('country', '=', entity.country).where('type', '=', 'person').where('norm', '!=', norm).limit(2).execute();
  return rows.length === 1 ? rows[0].id : null;
}

async function writeEntities(trx: Transaction<DB>, articleId: string, date: string | null, entities: readonly Entity[]): Promise<Map<string, string>> {
  const byEntity = new Map<string, string>();
  const perActor = new Map<string, Entity>();
  for (const entity of entities) {
    const id = (await surnameActor(trx, entity)) ?? actorId(entity);
    byEntity.set(entity.id, id);
    if (!perActor.has(id)) perActor.set(id, entity);
  }
  // In id order: concurrent writers lock shared actor rows (country:USA, ...) in one order, so
  // two article transactions cannot deadlock on them.
  const actorRows = [...perActor].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, entity]) => ({
    id,
    type: entity.type,
    name: entity.name,
    norm: normaliseName(entity.name),
    surname: entity.type === 'person' ? (normaliseName(entity.name).split(' ').pop() ?? null) : null,
    country: entity.country,
    sector: entity.sector,
    code: entity.actor,
    article_count: 1,
    event_count: 0,
    first_seen: date,
    last_seen: date,
  }));
  // One statement for all the article's actors (ids are distinct within it).
  for (const chunk of chunks(actorRows, 200)) {
    await trx
      .insertInto('actors')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          article_count: sql`actors.article_count + 1`,
          sector: sql`coalesce(actors.sector, excluded.sector)`,
          code: sql`coalesce(actors.code, excluded.code)`,
          first_seen: sql`CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen THEN excluded.first_seen ELSE actors.first_seen END`,
          last_seen: sql`CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen THEN excluded.last_seen ELSE actors.last_seen END`,
        }),
      )
      .execute();
  }

  // Aliases: every distinct way the article names the actor (mention texts + entity aliases).
  const aliases = new Map<string, { actor_id: string; alias: string; norm: string; count: number }>();
  const titles = new Map<string, { actor_id: string; title: string }>();
  for (const entity of entities) {
    const id = byEntity.get(entity.id)!;
    const forms = [entity.name, ...(entity.aliases ?? []), ...entity.mentions.filter((m) => /^\p{Lu}/u.test(m.text)).map((m) => m.text)];
    for (const form of forms) {
      const alias = form.replace(/\s+/g, ' ').trim();
      if (!alias || alias.length > 200) continue;
      const key = `${id}\u0000${alias}`;
      const seen = aliases.get(key);
      if (seen) seen.count++;
      else aliases.set(key, { actor_id: id, alias, norm: normaliseName(alias), count: 1 });
    }
    for (const title of entity.titles) titles.set(`${id}\u0000${title}`, { actor_id: id, title });
  }
  for (const chunk of chunks([...aliases.values()], 200)) {
    await trx
      .insertInto('actor_aliases')
      .values(chunk)
      .onConflict((oc) => oc.columns(['actor_id', 'alias']).doUpdateSet({ count: sql`actor_aliases.count + excluded.count` }))
      .execute();
  }
  for (const chunk of chunks([...titles.values()], 200)) {
    await trx
      .insertInto('actor_titles')
      .values(chunk.map((t) => ({ ...t, first_seen: date, last_seen: date, article_count: 1 })))
      .onConflict((oc) =>
        oc.columns(['actor_id', 'title']).doUpdateSet({
          article_count: sql`actor_titles.article_count + 1`,
          first_seen: sql`CASE WHEN actor_titles.first_seen IS NULL OR excluded.first_seen < actor_titles.first_seen THEN excluded.first_seen ELSE actor_titles.first_seen END`,
          last_seen: sql`CASE WHEN actor_titles.last_seen IS NULL OR excluded.last_seen > actor_titles.last_seen THEN excluded.last_seen ELSE actor_titles.last_seen END`,
        }),
      )
      .execute();
  }
  const rows = entities.map((entity) => ({
    article_id: articleId,
    entity_id: entity.id,
    actor_id: byEntity.get(entity.id)!,
    type: entity.type,
    name: entity.name,
    country: entity.country,
    sector: entity.sector,
    code: entity.actor,
    rank: entity.rank,
    titles: JSON.stringify(entity.titles),
    mentions: entity.mentions.length,
  }));
  for (const chunk of chunks(rows, 200)) await trx.insertInto('article_entities').values(chunk).onConflict((oc) => oc.doNothing()).execute();
  return byEntity;
}

async function writeQuotes(trx: Transaction<DB>, articleId: string, date: string | null, agency: string | null, article: Article, actors: Map<string, string>): Promise<void> {
  const rows = article.quotes.map((q, idx) => ({
    article_id: articleId,
    idx,
    kind: q.kind,
    text: q.text,
    start_pos: q.start,
    end_pos: q.end,
    speaker_actor_id: q.speaker ? (actors.get(q.speaker) ?? null) : null,
    speaker_name: q.speakerName,
    cue: q.cue,
    date,
    agency,
  }));
  for (const chunk of chunks(rows, 200)) await trx.insertInto('quotes').values(chunk).onConflict((oc) => oc.doNothing()).execute();
}

async function writeEvents(
  trx: Transaction<DB>,
  dialect: Dialect,
  articleId: string,
  date: string | null,
  agency: string | null,
  duplicate: boolean,
  article: Article,
  actors: Map<string, string>,
): Promise<void> {
  // Several writers: reports of the same dyad take turns, so a cluster is found, not founded twice.
  if (dialect === 'postgres') {
    const side = (entity: string | undefined) => (entity ? (actors.get(entity) ?? null) : null);
    await lockKeys(trx, LOCK_CLUSTERS, article.events.map((e) => dyadKey(e, side(e.actor.entity), side(e.recipient?.entity))));
  }
  const counts = new Map<string, number>();
  const rows = [];
  for (let idx = 0; idx < article.events.length; idx++) {
    const e = article.events[idx];
    const id = `${articleId}#${idx}`;
    const actor = actors.get(e.actor.entity) ?? null;
    const recipient = e.recipient ? (actors.get(e.recipient.entity) ?? null) : null;
    const { day, precision } = eventDay(e.date, date);
    const key = dyadKey(e, actor, recipient);
    let cluster = id;
    if (day) {
      const match = await trx
        .selectFrom('events')
        .select('cluster_id')
        .where('dyad_key', '=', key)
        .where('date', '>=', addDays(day, -CLUSTER_WINDOW_DAYS))
        .where('date', '<=', addDays(day, CLUSTER_WINDOW_DAYS))
        .where('lead', '=', 1)
        .where('duplicate', '=', 0)
        .where('article_id', '!=', articleId)
        .orderBy('date')
        .limit(1)
        .executeTakeFirst();
      if (match) {
        cluster = match.cluster_id;
        // A near-duplicate article is a republication, not another source: it joins, uncounted.
        if (!duplicate) await trx.updateTable('events').set({ source_count: sql`source_count + 1` }).where('id', '=', cluster).execute();
      }
    }
    if (!duplicate) {
      for (const side of [actor, recipient]) if (side) counts.set(side, (counts.get(side) ?? 0) + 1);
    }
    rows.push({
      id,
      article_id: articleId,
      idx,
      type: e.type,
      cameo: e.cameo,
      mode: e.mode,
      context: e.context,
      status: e.status,
      actor_id: actor,
      actor_name: e.actor.name,
      actor_code: e.actor.code,
      actor_country: codeCountry(e.actor.code),
      recipient_id: recipient,
      recipient_name: e.recipient?.name ?? null,
      recipient_code: e.recipient?.code ?? null,
      recipient_country: codeCountry(e.recipient?.code),
      date: day,
      date_precision: precision,
      place: e.place,
      score: e.score,
      agency,
      evidence_start: e.evidence.start,
      evidence_end: e.evidence.end,
      evidence_text: e.evidence.text,
      dyad_key: key,
      cluster_id: cluster,
      lead: cluster === id ? 1 : 0,
      duplicate: duplicate ? 1 : 0,
      source_count: 1,
    });
  }
  for (const chunk of chunks(rows, 100)) await trx.insertInto('events').values(chunk).onConflict((oc) => oc.doNothing()).execute();
  if (counts.size) {
    const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const byId = sql.join(sorted.map(([id, n]) => sql`WHEN ${id} THEN ${n}`), sql` `);
    await trx.updateTable('actors').set({ event_count: sql`event_count + CASE id ${byId} ELSE 0 END` }).where('id', 'in', sorted.map(([id]) => id)).execute();
  }
  await countEvents(trx, rows.filter((r) => r.lead === 1 && r.duplicate === 0), 1);
  void dialect;
}

type Counted = Pick<EventsTable, 'type' | 'date' | 'score' | 'actor_id' | 'actor_code' | 'actor_country' | 'recipient_id' | 'recipient_code' | 'recipient_country'>;

/** Add (delta 1) or take away (delta -1) counted events from the count tables. */
async function countEvents(trx: Transaction<DB>, events: readonly Counted[], delta: 1 | -1): Promise<void> {
  const dyads = new Map<string, { actor_key: string; recipient_key: string; date: string; type: string; n: number; score: number }>();
  const pairs = new Map<string, { actor_id: string; recipient_id: string; type: string; n: number; score: number }>();
  for (const e of events) {
    const score = Number(e.score);
    if (e.actor_id) {
      const key = `${e.actor_id}\u0000${e.recipient_id ?? ''}\u0000${e.type}`;
      const p = pairs.get(key) ?? { actor_id: e.actor_id, recipient_id: e.recipient_id ?? '', type: e.type, n: 0, score: 0 };
      p.n += delta;
      p.score += delta * score;
      pairs.set(key, p);
    }
    if (!e.date) continue;
    const as = [e.actor_country && `c:${e.actor_country}`, e.actor_code && `k:${e.actor_code}`, e.actor_id && `a:${e.actor_id}`].filter((k): k is string => Boolean(k));
    const rs = [e.recipient_country && `c:${e.recipient_country}`, e.recipient_code && `k:${e.recipient_code}`, e.recipient_id && `a:${e.recipient_id}`].filter((k): k is string => Boolean(k));
    for (const a of as) {
      for (const r of rs) {
        const key = `${a}\u0000${r}\u0000${e.date}\u0000${e.type}`;
        const d = dyads.get(key) ?? { actor_key: a, recipient_key: r, date: e.date, type: e.type, n: 0, score: 0 };
        d.n += delta;
        d.score += delta * score;
        dyads.set(key, d);
      }
    }
  }
  const months = new Map<string, { actor_key: string; recipient_key: string; date: string; type: string; n: number; score: number }>();
  for (const d of dyads.values()) {
    const key = `${d.actor_key}\u0000${d.recipient_key}\u0000${d.date.slice(0, 7)}\u0000${d.type}`;
    const m = months.get(key) ?? { ...d, date: d.date.slice(0, 7), n: 0, score: 0 };
    m.n += d.n;
    m.score += d.score;
    months.set(key, m);
  }
  for (const [table, rows] of [['dyad_counts', dyads], ['dyad_month_counts', months]] as const) {
    // Sorted keys: concurrent writers take the row locks in one order and cannot deadlock.
    for (const chunk of chunks(sortedValues(rows), 200)) {
      await trx.insertInto(table).values(chunk)
        .onConflict((oc) => oc.columns(['actor_key', 'recipient_key', 'date', 'type']).doUpdateSet({ n: sql`${sql.ref(table)}.n + excluded.n`, score: sql`${sql.ref(table)}.score + excluded.score` }))
        .execute();
    }
  }
  for (const chunk of chunks(sortedValues(pairs), 200)) {
    await trx.insertInto('actor_pair_counts').values(chunk)
      .onConflict((oc) => oc.columns(['actor_id', 'recipient_id', 'type']).doUpdateSet({ n: sql`actor_pair_counts.n + excluded.n`, score: sql`actor_pair_counts.score + excluded.score` }))
      .execute();
  }
}

/** Advisory lock spaces (the two-key form; migrations use the one-key form). */
const LOCK_DUPLICATES = 1;
const LOCK_CLUSTERS = 2;

/**
 * PostgreSQL transaction-scoped advisory locks on these keys, in sorted order (no deadlock
 * between writers taking several), released at commit or rollback.
 */
async function lockKeys(trx: Transaction<DB>, space: number, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await sql`SELECT pg_advisory_xact_lock(${space}, hashtext(${key}))`.execute(trx);
}

function sortedValues<T>(map: Map<string, T>): T[] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Replace a stored article's extraction (reprocess): its entities, quotes and events are taken
 * out (event clusters keep their other reports; actor counters are decremented) and the new
 * ones written, all in one transaction. Alias and title counters are not decremented.
 */
export async function replaceExtraction(db: Kysely<DB>, dialect: Dialect, id: string, article: Article): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const stored = await trx.selectFrom('articles').select(['date', 'agency', 'duplicate_of']).where('id', '=', id).executeTakeFirst();
    if (!stored) throw new Error(`no article ${id}`);
    await removeLayers(trx, id, stored.duplicate_of !== null);
    const { text: _text, ...rest } = article;
    await trx.updateTable('articles').set({
      extraction: JSON.stringify({ ...rest, id }),
      extractor: article.extractor,
      headline: article.headline,
      entity_count: article.entities.length,
      quote_count: article.quotes.length,
      event_count: article.events.length,
    }).where('id', '=', id).execute();
    const date = stored.date;
    const actors = await writeEntities(trx, id, date, article.entities);
    await writeQuotes(trx, id, date, stored.agency, article, actors);
    await writeEvents(trx, dialect, id, date, stored.agency, stored.duplicate_of !== null, article, actors);
  });
}

async function removeLayers(trx: Transaction<DB>, articleId: string, duplicate: boolean): Promise<void> {
  const events = await trx.selectFrom('events').selectAll().where('article_id', '=', articleId).execute();
  await countEvents(trx, events.filter((e) => Number(e.lead) === 1 && Number(e.duplicate) === 0), -1);
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!duplicate) for (const side of [e.actor_id, e.recipient_id]) if (side) counts.set(side, (counts.get(side) ?? 0) + 1);
  }
  await trx.deleteFrom('events').where('article_id', '=', articleId).execute();
  for (const e of events) {
    if (Number(e.lead) === 1) {
      // The lead report goes: the earliest remaining report leads the cluster.
      const next = await trx.selectFrom('events').select(['id', 'duplicate']).where('cluster_id', '=', e.cluster_id).orderBy('duplicate').orderBy('date').orderBy('id').limit(1).executeTakeFirst();
      if (next) {
        const remaining = await trx.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('cluster_id', '=', e.cluster_id).where('duplicate', '=', 0).executeTakeFirst();
        await trx.updateTable('events').set({ cluster_id: next.id }).where('cluster_id', '=', e.cluster_id).execute();
        await trx.updateTable('events').set({ lead: 1, source_count: Math.max(1, Number(remaining?.n ?? 1)) }).where('id', '=', next.id).execute();
        if (Number(next.duplicate) === 0) {
          await countEvents(trx, await trx.selectFrom('events').selectAll().where('id', '=', next.id).execute(), 1);
        }
      }
    } else if (!duplicate) {
      await trx.updateTable('events').set({ source_count: sql`source_count - 1` }).where('id', '=', e.cluster_id).execute();
    }
  }
  for (const [id, n] of counts) await trx.updateTable('actors').set({ event_count: sql`event_count - ${n}` }).where('id', '=', id).execute();
  const entities = await trx.selectFrom('article_entities').select('actor_id').distinct().where('article_id', '=', articleId).execute();
  for (const e of entities) await trx.updateTable('actors').set({ article_count: sql`article_count - 1` }).where('id', '=', e.actor_id).execute();
  await trx.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
  await trx.deleteFrom('quotes').where('article_id', '=', articleId).execute();
}
