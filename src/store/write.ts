/**
 * Writing extracted articles: the article row, its entities linked to corpus-wide actors, its
 * quotes and its events clustered with other reports of the same event. A batch of articles is
 * written in one transaction with a fixed number of statements (multi-row inserts and upserts
 * over the whole batch, not a dozen round trips per article), so an article is written whole
 * or not at all. Decisions inside a batch (same text, near-duplicate, event cluster) see the
 * batch's earlier articles as if they had been written one by one.
 *
 * Several writers can share one PostgreSQL store: upserts touch rows in sorted key order, and
 * the decisions made by lookup take transaction-scoped advisory locks first, in one fixed order
 * (MinHash bands, then people's surnames, then event dyads), each sweep sorted, so writers
 * cannot deadlock on them.
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
  const origins = articles.map((_, i) => options.origins?.[i] ?? null);
  let outcomes: Outcome[] = [];
  const failed: { id: string; reason: string }[] = [];
  try {
    outcomes = await db.transaction().execute((trx) => writeBatch(trx, dialect, articles, origins));
  } catch {
    // One article spoiled the batch: write each in its own transaction to keep the others.
    outcomes = [];
    for (let i = 0; i < articles.length; i++) {
      try {
        outcomes.push(...(await db.transaction().execute((trx) => writeBatch(trx, dialect, [articles[i]], [origins[i]]))));
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

/** An article of the batch that is new: where it goes and what it duplicates. */
interface NewArticle {
  readonly article: Article;
  readonly index: number;
  readonly id: string;
  readonly date: string | null;
  readonly agency: string | null;
  readonly fingerprint: Fingerprint | null;
  duplicateOf: string | null;
}

/** One article's layers to write: a new article, or a stored one being reprocessed. */
export interface Layers {
  readonly articleId: string;
  readonly date: string | null;
  readonly agency: string | null;
  readonly duplicate: boolean;
  readonly article: Article;
}

async function writeBatch(trx: Transaction<DB>, dialect: Dialect, articles: readonly Article[], origins: readonly (string | null)[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = articles.map(() => ({ kind: 'skipped' }));

  // Identity. An article is known by its id (the record's id, or a prefix of the content hash
  // when the record has none) and its content hash. The same id and hash again is nothing new;
  // the same id with another text is a corrected version, stored as `id~hash`; the same text
  // under another id is stored and linked to the first as a near-duplicate.
  const versioned = (a: Article) => `${a.id}~${a.hash.slice(0, 12)}`;
  const stored = new Map<string, string>();
  for (const part of chunks(articles.flatMap((a) => [a.id, versioned(a)]), 500)) {
    for (const r of await trx.selectFrom('articles').select(['id', 'hash']).where('id', 'in', part).execute()) stored.set(r.id, r.hash);
  }
  const fresh: NewArticle[] = [];
  articles.forEach((article, index) => {
    const known = [article.id, versioned(article)].filter((id) => stored.has(id));
    if (known.some((id) => stored.get(id) === article.hash)) return;
    if (known.includes(article.id) && known.includes(versioned(article))) return;
    const id = known.includes(article.id) ? versioned(article) : article.id;
    stored.set(id, article.hash);
    fresh.push({
      article, index, id,
      date: article.date ?? article.dateline?.date ?? null,
      agency: article.dateline?.agency ?? null,
      fingerprint: minhash(article.text),
      duplicateOf: null,
    });
  });
  if (fresh.length === 0) return outcomes;

  // Several writers: reports that may duplicate each other (a shared MinHash band) take turns,
  // so the later one sees the earlier one committed.
  if (dialect === 'postgres') await lockKeys(trx, LOCK_DUPLICATES, fresh.flatMap((n) => (n.fingerprint ? n.fingerprint.bands.map((b, i) => `${i}:${b}`) : [n.article.hash])));
  await findDuplicates(trx, fresh);

  const ingestedAt = new Date().toISOString();
  // Sorted by id: two writers storing the same articles wait for each other in one order.
  const rows = [...fresh].sort((x, y) => compare(x.id, y.id)).map((n) => {
    const { text: _text, ...rest } = n.article;
    return {
      id: n.id,
      hash: n.article.hash,
      date: n.date,
      agency: n.agency,
      place: n.article.dateline?.place ?? null,
      headline: n.article.headline,
      source: n.article.source,
      origin: origins[n.index],
      language: n.article.language,
      text: n.article.text,
      extraction: JSON.stringify({ ...rest, id: n.id }),
      extractor: n.article.extractor,
      duplicate_of: n.duplicateOf,
      minhash: n.fingerprint?.signature ?? null,
      simhash: null,
      sh0: null,
      sh1: null,
      sh2: null,
      sh3: null,
      entity_count: n.article.entities.length,
      quote_count: n.article.quotes.length,
      event_count: n.article.events.length,
      ingested_at: ingestedAt,
    };
  });
  // Another writer may have stored the same article meanwhile: then this one is nothing new.
  const inserted = new Set<string>();
  for (const chunk of chunks(rows, 200)) {
    for (const r of await trx.insertInto('articles').values(chunk).onConflict((oc) => oc.doNothing()).returning('id').execute()) inserted.add(r.id);
  }
  const written = fresh.filter((n) => inserted.has(n.id));
  const bands = written.flatMap((n) => (n.fingerprint ? n.fingerprint.bands.map((key, band) => ({ band, key, article_id: n.id })) : []));
  for (const chunk of chunks(bands, 1000)) await trx.insertInto('article_bands').values(chunk).onConflict((oc) => oc.doNothing()).execute();

  await writeLayers(trx, dialect, written.map((n) => ({ articleId: n.id, date: n.date, agency: n.agency, duplicate: n.duplicateOf !== null, article: n.article })));
  for (const n of written) outcomes[n.index] = { kind: 'added', id: n.id, duplicate: n.duplicateOf !== null };
  return outcomes;
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

/**
 * Sets `duplicateOf` of each new article: the original of a stored or earlier article of the
 * batch with the same text, else of the most similar near-duplicate (the root of its chain).
 */
async function findDuplicates(trx: Transaction<DB>, fresh: NewArticle[]): Promise<void> {
  const byHash = new Map<string, string>();
  for (const part of chunks([...new Set(fresh.map((n) => n.article.hash))], 500)) {
    const rows = await trx.selectFrom('articles').select(['id', 'hash', 'duplicate_of', 'seq']).where('hash', 'in', part).orderBy('seq').execute();
    for (const r of rows) if (!byHash.has(r.hash)) byHash.set(r.hash, r.duplicate_of ?? r.id);
  }
  // Stored articles in each band bucket the batch touches (at most BAND_CANDIDATES each).
  const buckets = new Map<string, string[]>();
  const pairs = [...new Map(fresh.flatMap((n) => n.fingerprint?.bands.map((key, band) => [`${band}:${key}`, { band, key }] as const) ?? [])).values()];
  for (const part of chunks(pairs, 400)) {
    const perBand = sql.join(
      part.map(({ band, key }, i) => sql`SELECT * FROM (SELECT band, key, article_id FROM article_bands WHERE band = ${band} AND key = ${key} LIMIT ${BAND_CANDIDATES}) ${sql.raw(`b${i}`)}`),
      sql` UNION ALL `,
    );
    const rows = (await sql<{ band: number; key: number; article_id: string }>`${perBand}`.execute(trx)).rows;
    for (const r of rows) {
      const bucket = `${Number(r.band)}:${Number(r.key)}`;
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), r.article_id]);
    }
  }
  const ranked = (n: NewArticle) => {
    const shared = new Map<string, number>();
    n.fingerprint?.bands.forEach((key, band) => {
      for (const id of buckets.get(`${band}:${key}`) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    });
    return [...shared].sort(([a, x], [b, y]) => y - x || compare(a, b)).slice(0, MAX_CANDIDATES).map(([id]) => id);
  };
  const candidates = new Map(fresh.map((n) => [n, ranked(n)]));
  const signatures = new Map<string, { minhash: string | null; duplicate_of: string | null; seq: number }>();
  for (const part of chunks([...new Set([...candidates.values()].flat())], 500)) {
    const rows = await trx.selectFrom('articles').select(['id', 'minhash', 'duplicate_of', 'seq']).where('id', 'in', part).execute();
    for (const r of rows) signatures.set(r.id, { minhash: r.minhash, duplicate_of: r.duplicate_of, seq: Number(r.seq) });
  }

  // In batch order, each article also sees the batch's earlier ones.
  const earlier: NewArticle[] = [];
  for (const n of fresh) {
    const sameText = byHash.get(n.article.hash) ?? earlier.find((e) => e.article.hash === n.article.hash);
    if (sameText !== undefined) {
      n.duplicateOf = typeof sameText === 'string' ? sameText : (sameText.duplicateOf ?? sameText.id);
    } else if (n.fingerprint) {
      const { signature, threshold } = n.fingerprint;
      let best: { id: string; s: number } | null = null;
      const consider = (root: string, other: string | null) => {
        if (!other) return;
        const s = similarity(signature, other);
        if (s >= threshold && (!best || s > best.s)) best = { id: root, s };
      };
      const stored = candidates.get(n)!.flatMap((id) => (signatures.has(id) ? [{ id, ...signatures.get(id)! }] : [])).sort((x, y) => x.seq - y.seq);
      for (const c of stored) consider(c.duplicate_of ?? c.id, c.minhash);
      const bands = new Set(n.fingerprint.bands.map((key, band) => `${band}:${key}`));
      for (const e of earlier) {
        if (e.fingerprint?.bands.some((key, band) => bands.has(`${band}:${key}`))) consider(e.duplicateOf ?? e.id, e.fingerprint.signature);
      }
      n.duplicateOf = (best as { id: string; s: number } | null)?.id ?? null;
    }
    earlier.push(n);
  }
}

/**
 * A person named by surname alone in a whole article ("Army Gen. Gerasimov") is the stored
 * person of that surname and country when there is exactly one such full name.
 */
async function resolveActors(trx: Transaction<DB>, items: readonly Layers[]): Promise<Map<string, string>[]> {
  const surnameOnly = (e: Entity) => (e.type === 'person' && e.country && !normaliseName(e.name).includes(' ') ? normaliseName(e.name) : '');
  const wanted = new Map<string, { surname: string; country: string }>();
  for (const item of items) {
    for (const e of item.article.entities) {
      const s = surnameOnly(e);
      if (s) wanted.set(`${e.country}\u0000${s}`, { surname: s, country: e.country! });
    }
  }
  const fullNames = new Map<string, Set<string>>();
  for (const part of chunks([...wanted.values()], 200)) {
    const rows = await trx.selectFrom('actors').select(['id', 'surname', 'country', 'norm'])
      .where('type', '=', 'person')
      .where((eb) => eb.or(part.map((w) => eb.and([eb('surname', '=', w.surname), eb('country', '=', w.country)]))))
      .execute();
    for (const r of rows) {
      if (r.norm === r.surname) continue;
      const key = `${r.country}\u0000${r.surname}`;
      fullNames.set(key, (fullNames.get(key) ?? new Set()).add(r.id));
    }
  }
  // Full names written in this batch count as stored.
  for (const item of items) {
    for (const e of item.article.entities) {
      const norm = normaliseName(e.name);
      const key = `${e.country}\u0000${norm.split(' ').pop()}`;
      if (e.type === 'person' && e.country && norm.includes(' ') && wanted.has(key)) fullNames.set(key, (fullNames.get(key) ?? new Set()).add(actorId(e)));
    }
  }
  return items.map((item) =>
    new Map(item.article.entities.map((e) => {
      const s = surnameOnly(e);
      const ids = s ? fullNames.get(`${e.country}\u0000${s}`) : undefined;
      return [e.id, ids?.size === 1 ? [...ids][0] : actorId(e)];
    })),
  );
}

type ActorRow = DB['actors'] & { readonly articles: Set<string> };

/** Entities, quotes and events of these articles (new or reprocessed), and the kept counts. */
async function writeLayers(trx: Transaction<DB>, dialect: Dialect, items: readonly Layers[]): Promise<void> {
  if (items.length === 0) return;
  // Several writers: people of one country and surname take turns, so they agree on which full
  // name a surname stands for and on folding a surname-only actor (foldSurnames).
  if (dialect === 'postgres') {
    await lockKeys(trx, LOCK_SURNAMES, items.flatMap((i) => i.article.entities.flatMap((e) => (e.type === 'person' && e.country ? [surnameKey(e)] : []))));
  }
  const linked = await resolveActors(trx, items);

  // Actors: one row per actor of the batch with the number of its articles and counted events.
  const actors = new Map<string, ActorRow>();
  const aliases = new Map<string, { actor_id: string; alias: string; norm: string; count: number }>();
  const titles = new Map<string, { actor_id: string; title: string; first_seen: string | null; last_seen: string | null; article_count: number }>();
  const entityRows: DB['article_entities'][] = [];
  const quoteRows: DB['quotes'][] = [];
  items.forEach((item, k) => {
    const { articleId, date, article } = item;
    const byEntity = linked[k];
    const articleTitles = new Set<string>();
    for (const entity of article.entities) {
      const id = byEntity.get(entity.id)!;
      const norm = normaliseName(entity.name);
      const actor = actors.get(id) ?? {
        id, type: entity.type, name: entity.name, norm,
        surname: entity.type === 'person' ? (norm.split(' ').pop() ?? null) : null,
        country: entity.country, sector: entity.sector, code: entity.actor,
        article_count: 0, event_count: 0, first_seen: null, last_seen: null, articles: new Set<string>(),
      };
      actor.sector ??= entity.sector;
      actor.code ??= entity.actor;
      if (!actor.articles.has(articleId)) {
        actor.articles.add(articleId);
        actor.article_count++;
        if (date && (actor.first_seen === null || date < actor.first_seen)) actor.first_seen = date;
        if (date && (actor.last_seen === null || date > actor.last_seen)) actor.last_seen = date;
      }
      actors.set(id, actor);
      // Aliases: every distinct way the article names the actor (mention texts + entity aliases).
      const forms = [entity.name, ...(entity.aliases ?? []), ...entity.mentions.filter((m) => /^\p{Lu}/u.test(m.text)).map((m) => m.text)];
      for (const form of forms) {
        const alias = form.replace(/\s+/g, ' ').trim();
        if (!alias || alias.length > 200) continue;
        const key = `${id}\u0000${alias}`;
        const seen = aliases.get(key);
        if (seen) seen.count++;
        else aliases.set(key, { actor_id: id, alias, norm: normaliseName(alias), count: 1 });
      }
      for (const title of entity.titles) {
        const key = `${id}\u0000${title}`;
        if (articleTitles.has(key)) continue;
        articleTitles.add(key);
        const t = titles.get(key) ?? { actor_id: id, title, first_seen: null, last_seen: null, article_count: 0 };
        t.article_count++;
        if (date && (t.first_seen === null || date < t.first_seen)) t.first_seen = date;
        if (date && (t.last_seen === null || date > t.last_seen)) t.last_seen = date;
        titles.set(key, t);
      }
      entityRows.push({
        article_id: articleId, entity_id: entity.id, actor_id: id, type: entity.type, name: entity.name, country: entity.country,
        sector: entity.sector, code: entity.actor, rank: entity.rank, titles: JSON.stringify(entity.titles), mentions: entity.mentions.length,
      });
    }
    article.quotes.forEach((q, idx) => quoteRows.push({
      article_id: articleId, idx, kind: q.kind, text: q.text, start_pos: q.start, end_pos: q.end,
      speaker_actor_id: q.speaker ? (byEntity.get(q.speaker) ?? null) : null,
      speaker_name: q.speakerName, cue: q.cue, date, agency: item.agency,
    }));
  });

  const events = await clusterEvents(trx, dialect, items, linked);
  for (const e of events) {
    if (e.duplicate) continue;
    for (const side of [e.actor_id, e.recipient_id]) if (side) actors.get(side)!.event_count++;
  }

  // In id order: concurrent writers lock shared actor rows (country:USA, ...) in one order, so
  // two batch transactions cannot deadlock on them.
  const actorRows = sortedValues(actors).map(({ articles: _a, ...row }) => row);
  for (const chunk of chunks(actorRows, 500)) {
    await trx.insertInto('actors').values(chunk)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          article_count: sql`actors.article_count + excluded.article_count`,
          event_count: sql`actors.event_count + excluded.event_count`,
          sector: sql`coalesce(actors.sector, excluded.sector)`,
          code: sql`coalesce(actors.code, excluded.code)`,
          first_seen: sql`CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen THEN excluded.first_seen ELSE actors.first_seen END`,
          last_seen: sql`CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen THEN excluded.last_seen ELSE actors.last_seen END`,
        }),
      )
      .execute();
  }
  for (const chunk of chunks(sortedValues(aliases), 1000)) {
    await trx.insertInto('actor_aliases').values(chunk)
      .onConflict((oc) => oc.columns(['actor_id', 'alias']).doUpdateSet({ count: sql`actor_aliases.count + excluded.count` }))
      .execute();
  }
  for (const chunk of chunks(sortedValues(titles), 1000)) {
    await trx.insertInto('actor_titles').values(chunk)
      .onConflict((oc) =>
        oc.columns(['actor_id', 'title']).doUpdateSet({
          article_count: sql`actor_titles.article_count + excluded.article_count`,
          first_seen: sql`CASE WHEN actor_titles.first_seen IS NULL OR excluded.first_seen < actor_titles.first_seen THEN excluded.first_seen ELSE actor_titles.first_seen END`,
          last_seen: sql`CASE WHEN actor_titles.last_seen IS NULL OR excluded.last_seen > actor_titles.last_seen THEN excluded.last_seen ELSE actor_titles.last_seen END`,
        }),
      )
      .execute();
  }
  for (const chunk of chunks(entityRows, 1000)) await trx.insertInto('article_entities').values(chunk).onConflict((oc) => oc.doNothing()).execute();
  for (const chunk of chunks(quoteRows, 1000)) await trx.insertInto('quotes').values(chunk).onConflict((oc) => oc.doNothing()).execute();
  for (const chunk of chunks(events, 500)) await trx.insertInto('events').values(chunk).onConflict((oc) => oc.doNothing()).execute();
  await countEvents(trx, events.filter((r) => r.lead === 1 && r.duplicate === 0), 1);
  await foldSurnames(trx, items);
}

function surnameKey(e: Pick<Entity, 'name' | 'country'>): string {
  return `${e.country}|${normaliseName(e.name).split(' ').pop()}`;
}

/**
 * A person first stored by surname alone ("Shultz", person:USA:shultz) before any full name of
 * that surname and country was known is the same actor as the full name ("George Shultz") when
 * it arrives, if that is the only full name of the surname: the surname-only actor is folded
 * into it (entities, quotes, events, aliases, titles and kept counts re-pointed) in the same
 * transaction. Surnames shared by two full names stay apart (which one is meant is unknown).
 */
async function foldSurnames(trx: Transaction<DB>, items: readonly Layers[]): Promise<void> {
  const written = new Map<string, { country: string; surname: string }>();
  for (const item of items) {
    for (const e of item.article.entities) {
      const norm = normaliseName(e.name);
      if (e.type === 'person' && e.country && norm.includes(' ')) written.set(surnameKey(e), { country: e.country, surname: norm.split(' ').pop()! });
    }
  }
  if (written.size === 0) return;
  const folds: { from: string; to: string }[] = [];
  for (const part of chunks([...written.values()], 200)) {
    const rows = await trx.selectFrom('actors').select(['id', 'norm', 'surname', 'country'])
      .where('type', '=', 'person')
      .where((eb) => eb.or(part.map((w) => eb.and([eb('surname', '=', w.surname), eb('country', '=', w.country)]))))
      .execute();
    const bySurname = new Map<string, { single: string[]; full: string[] }>();
    for (const r of rows) {
      const key = `${r.country}|${r.surname}`;
      const entry = bySurname.get(key) ?? { single: [], full: [] };
      (r.norm === r.surname ? entry.single : entry.full).push(r.id);
      bySurname.set(key, entry);
    }
    for (const { single, full } of bySurname.values()) if (single.length === 1 && full.length === 1) folds.push({ from: single[0], to: full[0] });
  }
  for (const fold of folds.sort((x, y) => compare(x.from, y.from))) await foldActor(trx, fold.from, fold.to);
}

/** Re-point everything of actor `from` to actor `to` and delete `from`. */
async function foldActor(trx: Transaction<DB>, from: string, to: string): Promise<void> {
  const events = await trx.selectFrom('events').selectAll().where((eb) => eb.or([eb('actor_id', '=', from), eb('recipient_id', '=', from)])).execute();
  const counted = events.filter((e) => Number(e.lead) === 1 && Number(e.duplicate) === 0);
  await countEvents(trx, counted, -1);
  const moved = events.map((e) => {
    const actor_id = e.actor_id === from ? to : e.actor_id;
    const recipient_id = e.recipient_id === from ? to : e.recipient_id;
    const [type, actorSide, recipientSide] = e.dyad_key.split('|');
    const dyad_key = `${type}|${e.actor_id === from ? to : actorSide}|${e.recipient_id === from ? to : recipientSide}`;
    return { ...e, actor_id, recipient_id, dyad_key };
  });
  for (const e of moved) {
    await trx.updateTable('events').set({ actor_id: e.actor_id, recipient_id: e.recipient_id, dyad_key: e.dyad_key }).where('id', '=', e.id).execute();
  }
  await countEvents(trx, moved.filter((e) => Number(e.lead) === 1 && Number(e.duplicate) === 0), 1);
  await trx.updateTable('article_entities').set({ actor_id: to }).where('actor_id', '=', from).execute();
  await trx.updateTable('quotes').set({ speaker_actor_id: to }).where('speaker_actor_id', '=', from).execute();
  const aliases = await trx.selectFrom('actor_aliases').selectAll().where('actor_id', '=', from).execute();
  if (aliases.length) {
    await trx.insertInto('actor_aliases').values(aliases.map((a) => ({ ...a, actor_id: to })))
      .onConflict((oc) => oc.columns(['actor_id', 'alias']).doUpdateSet({ count: sql`actor_aliases.count + excluded.count` })).execute();
  }
  const titles = await trx.selectFrom('actor_titles').selectAll().where('actor_id', '=', from).execute();
  if (titles.length) {
    await trx.insertInto('actor_titles').values(titles.map((t) => ({ ...t, actor_id: to })))
      .onConflict((oc) =>
        oc.columns(['actor_id', 'title']).doUpdateSet({
          article_count: sql`actor_titles.article_count + excluded.article_count`,
          first_seen: sql`CASE WHEN actor_titles.first_seen IS NULL OR excluded.first_seen < actor_titles.first_seen THEN excluded.first_seen ELSE actor_titles.first_seen END`,
          last_seen: sql`CASE WHEN actor_titles.last_seen IS NULL OR excluded.last_seen > actor_titles.last_seen THEN excluded.last_seen ELSE actor_titles.last_seen END`,
        }),
      ).execute();
  }
  await trx.deleteFrom('actor_aliases').where('actor_id', '=', from).execute();
  await trx.deleteFrom('actor_titles').where('actor_id', '=', from).execute();
  const old = await trx.selectFrom('actors').selectAll().where('id', '=', from).executeTakeFirst();
  const articles = await trx.selectFrom('article_entities').select((eb) => eb.fn.count<number>('article_id').distinct().as('n')).where('actor_id', '=', to).executeTakeFirst();
  await trx.updateTable('actors').set({
    article_count: Number(articles?.n ?? 0),
    event_count: sql`event_count + ${Number(old?.event_count ?? 0)}`,
    first_seen: sql`CASE WHEN first_seen IS NULL OR ${old?.first_seen ?? null} < first_seen THEN ${old?.first_seen ?? null} ELSE first_seen END`,
    last_seen: sql`CASE WHEN last_seen IS NULL OR ${old?.last_seen ?? null} > last_seen THEN ${old?.last_seen ?? null} ELSE last_seen END`,
  }).where('id', '=', to).execute();
  await trx.deleteFrom('actors').where('id', '=', from).execute();
}

/**
 * The event rows of these articles, each in its cluster: a counted report (a lead of an
 * original article) of the same dyad key within CLUSTER_WINDOW_DAYS, stored or earlier in the
 * batch, from another article. A stored lead gains a source (one UPDATE for the batch).
 */
async function clusterEvents(trx: Transaction<DB>, dialect: Dialect, items: readonly Layers[], linked: readonly Map<string, string>[]): Promise<EventsTable[]> {
  const rows: EventsTable[] = [];
  items.forEach((item, k) => {
    item.article.events.forEach((e, idx) => {
      const actor = linked[k].get(e.actor.entity) ?? null;
      const recipient = e.recipient ? (linked[k].get(e.recipient.entity) ?? null) : null;
      const { day, precision } = eventDay(e.date, item.date);
      const id = `${item.articleId}#${idx}`;
      rows.push({
        id, article_id: item.articleId, idx, type: e.type, cameo: e.cameo, mode: e.mode, context: e.context, status: e.status,
        actor_id: actor, actor_name: e.actor.name, actor_code: e.actor.code, actor_country: codeCountry(e.actor.code),
        recipient_id: recipient, recipient_name: e.recipient?.name ?? null, recipient_code: e.recipient?.code ?? null, recipient_country: codeCountry(e.recipient?.code),
        date: day, date_precision: precision, place: e.place, score: e.score, agency: item.agency,
        evidence_start: e.evidence.start, evidence_end: e.evidence.end, evidence_text: e.evidence.text,
        dyad_key: dyadKey(e, actor, recipient), cluster_id: id, lead: 1, duplicate: item.duplicate ? 1 : 0, source_count: 1,
      });
    });
  });
  // Several writers: reports of the same dyad take turns, so a cluster is found, not founded twice.
  if (dialect === 'postgres') await lockKeys(trx, LOCK_CLUSTERS, rows.map((r) => r.dyad_key));

  const dated = rows.filter((r) => r.date !== null);
  const stored = new Map<string, { date: string; cluster_id: string; article_id: string }[]>();
  for (const part of chunks(dated, 200)) {
    const found = await trx.selectFrom('events').select(['dyad_key', 'date', 'cluster_id', 'article_id'])
      .where('lead', '=', 1).where('duplicate', '=', 0)
      .where((eb) => eb.or(part.map((r) => eb.and([eb('dyad_key', '=', r.dyad_key), eb('date', '>=', addDays(r.date!, -CLUSTER_WINDOW_DAYS)), eb('date', '<=', addDays(r.date!, CLUSTER_WINDOW_DAYS))]))))
      .execute();
    for (const f of found) stored.set(f.dyad_key, [...(stored.get(f.dyad_key) ?? []).filter((x) => x.cluster_id !== f.cluster_id), { date: f.date!, cluster_id: f.cluster_id, article_id: f.article_id }]);
  }
  const batchLeads = new Map<string, EventsTable[]>();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const gained = new Map<string, number>();
  for (const r of rows) {
    if (r.date) {
      const [from, to] = [addDays(r.date, -CLUSTER_WINDOW_DAYS), addDays(r.date, CLUSTER_WINDOW_DAYS)];
      const within = (c: { date: string | null; article_id: string }) => c.date !== null && c.date >= from && c.date <= to && c.article_id !== r.article_id;
      const match = [...(stored.get(r.dyad_key) ?? []), ...(batchLeads.get(r.dyad_key) ?? [])]
        .filter(within)
        .sort((x, y) => compare(x.date!, y.date!))[0];
      if (match) {
        r.cluster_id = match.cluster_id;
        r.lead = 0;
        // A near-duplicate article is a republication, not another source: it joins, uncounted.
        if (!r.duplicate) {
          const lead = byId.get(match.cluster_id);
          if (lead) lead.source_count++;
          else gained.set(match.cluster_id, (gained.get(match.cluster_id) ?? 0) + 1);
        }
      }
    }
    if (r.lead === 1 && r.duplicate === 0 && r.date) batchLeads.set(r.dyad_key, [...(batchLeads.get(r.dyad_key) ?? []), r]);
  }
  for (const chunk of chunks(sortedValues(new Map([...gained].map(([id, n]) => [id, { id, n }]))), 500)) {
    const byCluster = sql.join(chunk.map(({ id, n }) => sql`WHEN ${id} THEN ${n}`), sql` `);
    await trx.updateTable('events').set({ source_count: sql`source_count + CASE id ${byCluster} ELSE 0 END` }).where('id', 'in', chunk.map((c) => c.id)).execute();
  }
  return rows;
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
/** Taken after LOCK_DUPLICATES and before LOCK_CLUSTERS (one order for every writer). */
const LOCK_SURNAMES = 3;

/** Keys are hashed into this many buckets per space: a batch takes a bounded number of locks
 * (PostgreSQL's lock table is shared and finite; 200 articles x 16 bands would be 3,200). */
const LOCK_BUCKETS = 1024;

/**
 * PostgreSQL transaction-scoped advisory locks on these keys' buckets, in one statement and in
 * sorted order (no deadlock between writers taking several), released at commit or rollback.
 */
async function lockKeys(trx: Transaction<DB>, space: number, keys: readonly string[]): Promise<void> {
  const buckets = [...new Set(keys.map((k) => bucketOf(k)))].sort((a, b) => a - b);
  if (buckets.length === 0) return;
  await sql`SELECT count(pg_advisory_xact_lock(${space}, b)) FROM (SELECT b FROM unnest(${buckets}::int[]) AS b ORDER BY b) s`.execute(trx);
}

function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % LOCK_BUCKETS;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
    await writeLayers(trx, dialect, [{ articleId: id, date: stored.date, agency: stored.agency, duplicate: stored.duplicate_of !== null, article }]);
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
