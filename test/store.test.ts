/**
 * The storage suite, run unchanged against a real SQLite file and a real PostgreSQL server
 * (DATELINE_TEST_PG; skipped when unset). Articles are built from short wire-style dispatches
 * written for this test, with entities and events set by hand so the store is tested on its own.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { extract } from '../src/pipeline.js';
import type { Article, Entity, Event, Quote } from '../src/model.js';
import { openStore, type Store } from '../src/store/index.js';
import { EXTRACTOR_VERSION } from '../src/version.js';

const PG = process.env.DATELINE_TEST_PG;

function person(id: string, name: string, country: string, titles: string[], mentions: string[], text: string): Entity {
  return {
    kind: 'entity', id, type: 'person', name, country, sector: 'MIL', rank: 'Army General', titles, actor: `${country}MIL`, aliases: [name],
    mentions: mentions.map((m) => ({ start: text.indexOf(m), end: text.indexOf(m) + m.length, text: m })),
  };
}

function event(type: Event['type'], actor: [string, string, string], recipient: [string, string, string] | null, date: string, text: string, evidence: string, score: number): Event {
  const start = text.indexOf(evidence);
  const span = { start, end: start + evidence.length, text: evidence };
  return {
    type, cameo: type === 'CONSULT' ? '040' : '112', mode: type === 'CONSULT' ? 'video' : null, context: 'military', status: 'occurred',
    actor: { entity: actor[0], name: actor[1], code: actor[2] },
    recipient: recipient ? { entity: recipient[0], name: recipient[1], code: recipient[2] } : null,
    date: { value: date, precision: 'day' }, place: null, evidence: { ...span, trigger: span, why: 'test' }, score,
  };
}

const T1 = `MOSCOW, January 16. /TASS/. Chief of the Russian General Staff Army General Valery Gerasimov held talks by video link with General Liu Zhenli of China's Central Military Commission on Tuesday, the Russian Defense Ministry said.
"Our military cooperation is developing steadily," Gerasimov said. The two sides discussed joint exercises planned for this year.`;
const T2 = `BEIJING, January 17 (Xinhua) -- General Liu Zhenli of the Central Military Commission held a video call with Russian First Deputy Defense Minister Army Gen. Gerasimov on Tuesday. Both sides agreed to deepen strategic coordination between the two armed forces, according to a statement released on Wednesday.`;
const T3 = `WARSAW, March 5 (Reuters) - Russian armed forces chief Valery Gerasimov accused Ukraine's military of shelling civilian areas near the border, in remarks carried by state media on Tuesday that Kyiv dismissed as propaganda. Gerasimov gave no evidence for the claim.`;
// T1 republished with edited punctuation: a near-duplicate.
const T4 = T1.replace('General Staff Army', 'General Staff, Army').replace('said.\n', 'said;\n').replace('steadily,"', 'steadily",');

function build(text: string, date: string, id: string, entities: Entity[], events: Event[], quotes: Quote[] = []): Article {
  return { ...extract(text, { date, id }), entities, events, quotes };
}

function corpus(): Article[] {
  const a1 = build(T1, '2024-01-16', 'tass-1', [
    person('e1', 'Valery Gerasimov', 'RUS', ['Chief of the General Staff'], ['Valery Gerasimov', 'Gerasimov'], T1),
    person('e2', 'Liu Zhenli', 'CHN', ['General'], ['Liu Zhenli'], T1),
  ], [event('CONSULT', ['e1', 'Valery Gerasimov', 'RUSMIL'], ['e2', 'Liu Zhenli', 'CHNMIL'], '2024-01-16', T1, 'held talks by video link', 1)], [
    { kind: 'direct', text: 'Our military cooperation is developing steadily', start: T1.indexOf('Our'), end: T1.indexOf('steadily') + 8, speaker: 'e1', speakerName: 'Gerasimov', cue: 'said', cueSpan: null, speakerSpan: null },
  ]);
  const a2 = build(T2, '2024-01-17', 'xinhua-1', [
    person('e1', 'Liu Zhenli', 'CHN', [], ['Liu Zhenli'], T2),
    // Only the surname in this dispatch: linked to the one stored Gerasimov of Russia.
    person('e2', 'Gerasimov', 'RUS', ['First Deputy Defense Minister'], ['Army Gen. Gerasimov'], T2),
  ], [event('CONSULT', ['e2', 'Gerasimov', 'RUSMIL'], ['e1', 'Liu Zhenli', 'CHNMIL'], '2024-01-16', T2, 'held a video call', 1)]);
  const a3 = build(T3, '2024-03-05', 'reuters-1', [
    person('e1', 'Valery Gerasimov', 'RUS', ['armed forces chief'], ['Valery Gerasimov', 'Gerasimov'], T3),
    { kind: 'entity', id: 'e2', type: 'country', name: 'Ukraine', country: 'UKR', sector: null, rank: null, titles: [], actor: 'UKR', aliases: [], mentions: [{ start: T3.indexOf('Ukraine'), end: T3.indexOf('Ukraine') + 7, text: 'Ukraine' }] },
  ], [event('ACCUSE', ['e1', 'Valery Gerasimov', 'RUSMIL'], ['e2', 'Ukraine', 'UKRMIL'], '2024-03-05', T3, 'accused', -2)]);
  const a4 = build(T4, '2024-01-16', 'repost-1', a1.entities as Entity[], a1.events as Event[]);
  return [a1, a2, a3, a4];
}

function storeSuite(name: string, open: () => Promise<Store>, cleanup: () => Promise<void>) {
  describe(`store [${name}]`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
      await cleanup();
    });

    it('[store/write] stores articles once by content hash', async () => {
      const first = await store.writeArticles(corpus(), { origins: ['a1', 'a2', 'a3', 'a4'] });
      expect(first).toMatchObject({ added: 4, skipped: 0, duplicates: 1 });
      const again = await store.writeArticles(corpus());
      expect(again).toMatchObject({ added: 0, skipped: 4 });
      const stats = await store.stats();
      expect(stats).toMatchObject({ articles: 4, duplicates: 1, events: 4, eventClusters: 2 });
      expect(stats.extractors).toEqual({ [EXTRACTOR_VERSION]: 4 });
    });

    it('[store/migrate] reopening runs no migration twice', async () => {
      const again = await open();
      expect((await again.stats()).articles).toBe(4);
      await again.close();
    });

    it('[store/duplicates] links a republished copy with edited punctuation to its original', async () => {
      const copy = await store.getArticle('repost-1');
      expect(copy?.duplicateOf).toBe('tass-1');
      expect((await store.getArticle('tass-1'))?.duplicates).toEqual(['repost-1']);
      const originals = await store.listArticles({ duplicates: false });
      expect(originals.items.map((a) => a.id).sort()).toEqual(['reuters-1', 'tass-1', 'xinhua-1']);
    });

    it('[store/article] returns the text with its full extraction and actor links', async () => {
      const a = await store.getArticle('tass-1');
      expect(a?.text).toBe(T1);
      expect(a?.agency).toBe('TASS');
      expect(a?.extraction.events[0].type).toBe('CONSULT');
      expect(a?.extraction.text).toBe(T1);
      expect(a?.actors).toEqual({ e1: 'person:RUS:valery gerasimov', e2: 'person:CHN:liu zhenli' });
      expect(await store.getArticle('nope')).toBeNull();
    });

    it('[store/actors] one actor across articles, with aliases and titles over time', async () => {
      const found = await store.findActors('Gerasimov');
      expect(found.map((a) => a.id)).toEqual(['person:RUS:valery gerasimov']);
      expect((await store.findActors('Army Gen. Gerasimov'))[0]?.id).toBe('person:RUS:valery gerasimov');
      const profile = await store.actorProfile('Valery Gerasimov');
      expect(profile?.actor.articleCount).toBe(4);
      expect(profile?.actor.firstSeen).toBe('2024-01-16');
      expect(profile?.actor.lastSeen).toBe('2024-03-05');
      expect(profile?.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Valery Gerasimov', 'Gerasimov', 'Army Gen. Gerasimov']));
      expect(profile?.titles.map((t) => [t.title, t.firstSeen])).toEqual([
        ['Chief of the General Staff', '2024-01-16'],
        ['First Deputy Defense Minister', '2024-01-17'],
        ['armed forces chief', '2024-03-05'],
      ]);
      expect(profile?.ranks).toEqual(['Army General']);
      expect(profile?.quotes.map((q) => q.text)).toEqual(['Our military cooperation is developing steadily']);
      expect(profile?.eventsByType).toEqual(expect.arrayContaining([{ type: 'CONSULT', asActor: 1, asRecipient: 0 }, { type: 'ACCUSE', asActor: 1, asRecipient: 0 }]));
      expect(profile?.counterparts.map((c) => c.name).sort()).toEqual(['Liu Zhenli', 'Ukraine']);
      const top = await store.listActors({ limit: 2 });
      expect(top.items[0].id).toBe('person:RUS:valery gerasimov');
      expect(top.total).toBe(3);
      expect((await store.listActors({ query: 'zhenli' })).items.map((a) => a.name)).toEqual(['Liu Zhenli']);
    });

    it('[store/clusters] one event reported by two agencies is one event with both sources', async () => {
      const consult = await store.listEvents({ type: 'CONSULT' });
      expect(consult.total).toBe(1);
      expect(consult.items[0].sourceCount).toBe(2);
      const cluster = await store.getEventCluster(consult.items[0].id);
      expect(cluster?.reports.map((r) => r.articleId).sort()).toEqual(['repost-1', 'tass-1', 'xinhua-1']);
      expect(cluster?.reports.find((r) => r.articleId === 'repost-1')?.duplicate).toBe(true);
      expect([...(cluster?.agencies ?? [])].sort()).toEqual(['TASS', 'Xinhua']);
      const every = await store.listEvents({ clusters: false });
      expect(every.total).toBe(4);
    });

    it('[store/events] filters by actor, recipient, type, dates, status and agency', async () => {
      const ids = async (f: Parameters<Store['listEvents']>[0]) => (await store.listEvents(f)).items.map((e) => e.type).sort();
      expect(await ids({ actor: 'RUS' })).toEqual(['ACCUSE', 'CONSULT']);
      expect(await ids({ actor: 'RUSMIL', recipient: 'UKRMIL' })).toEqual(['ACCUSE']);
      expect(await ids({ recipient: 'Liu Zhenli' })).toEqual(['CONSULT']);
      expect(await ids({ actor: 'Gerasimov' })).toEqual(['ACCUSE', 'CONSULT']);
      expect(await ids({ involving: 'CHN' })).toEqual(['CONSULT']);
      expect(await ids({ type: ['ACCUSE', 'THREATEN'] })).toEqual(['ACCUSE']);
      expect(await ids({ from: '2024-02-01', to: '2024-12-31' })).toEqual(['ACCUSE']);
      expect(await ids({ status: 'intended' })).toEqual([]);
      expect(await ids({ agency: 'Xinhua' })).toEqual(['CONSULT']);
      expect(await ids({ actor: 'Nobody At All' })).toEqual([]);
      const page = await store.listEvents({ limit: 1, offset: 1 });
      expect(page).toMatchObject({ total: 2, limit: 1, offset: 1 });
      expect(page.items).toHaveLength(1);
    });

    it('[store/search] ranked full-text search with snippets', async () => {
      const hits = await store.search('video call');
      expect(hits.items[0].article.id).toBe('xinhua-1');
      expect(hits.items[0].snippet).toMatch(/\[video\]/i);
      expect((await store.search('propaganda')).items.map((h) => h.article.id)).toEqual(['reuters-1']);
      expect((await store.search('propaganda', { agency: 'TASS' })).total).toBe(0);
      expect((await store.search('   ')).total).toBe(0);
      expect((await store.search('"unbalanced OR (')).total).toBe(0);
    });

    it('[store/timeline] dyad counts per type and mean score per period, both directions', async () => {
      const t = await store.timeline('RUS', 'CHN', { by: 'week' });
      expect(t.ab).toEqual([{ period: '2024-01-15', counts: { CONSULT: 1 }, total: 1, meanScore: 1 }]);
      expect(t.ba).toEqual([]);
      const m = await store.timeline('Valery Gerasimov', 'UKR', { by: 'month' });
      expect(m.ab).toEqual([{ period: '2024-03-01', counts: { ACCUSE: 1 }, total: 1, meanScore: -2 }]);
      expect((await store.timeline('CHN', 'RUS', { by: 'day' })).ba[0].period).toBe('2024-01-16');
    });

    it('[store/network] actors and weighted edges for a period', async () => {
      const n = await store.network({});
      expect(n.edges.map((e) => [e.source, e.target, e.weight])).toEqual(expect.arrayContaining([['RUSMIL', 'CHNMIL', 1], ['RUSMIL', 'UKRMIL', 1]]));
      expect(n.nodes.find((x) => x.id === 'RUSMIL')?.events).toBe(2);
      expect((await store.network({ from: '2024-02-01' })).edges).toHaveLength(1);
      expect((await store.network({ minWeight: 2 })).edges).toHaveLength(0);
      const byActor = await store.network({ nodes: 'actor' });
      expect(byActor.nodes.map((x) => x.label)).toContain('Valery Gerasimov');
    });

    it('[store/export] JSONL, CSV and PLOVER lines', async () => {
      const lines = async (format: 'jsonl' | 'csv' | 'plover') => {
        const out: string[] = [];
        for await (const line of store.export({ format })) out.push(line);
        return out;
      };
      const jsonl = await lines('jsonl');
      expect(jsonl).toHaveLength(2);
      expect(JSON.parse(jsonl[0]).clusterId).toBeTruthy();
      const csv = await lines('csv');
      expect(csv[0].split(',')).toContain('actor_code');
      expect(csv).toHaveLength(3);
      const plover = (await lines('plover')).map((l) => JSON.parse(l));
      expect(plover.map((p) => p.event).sort()).toEqual(['ACCUSE', 'CONSULT']);
      expect(plover.find((p) => p.event === 'CONSULT').source.reports).toBe(2);
    });

    it('[store/reprocess] replacing an extraction keeps the cluster and the counts right', async () => {
      const stale = [];
      for await (const batch of store.staleArticles('9.9.9')) stale.push(...batch);
      expect(stale).toHaveLength(4);
      const nothing = [];
      for await (const batch of store.staleArticles(EXTRACTOR_VERSION)) nothing.push(...batch);
      expect(nothing).toHaveLength(0);
      // The TASS report leads the CONSULT cluster; re-extract it without events.
      const a1 = corpus()[0];
      await store.replaceExtraction('tass-1', { ...a1, events: [], extractor: '99.0.0' });
      const consult = await store.listEvents({ type: 'CONSULT' });
      expect(consult.total).toBe(1);
      expect(consult.items[0].articleId).toBe('xinhua-1');
      expect(consult.items[0].sourceCount).toBe(1);
      expect((await store.stats()).extractors).toEqual({ [EXTRACTOR_VERSION]: 3, '99.0.0': 1 });
      const profile = await store.actorProfile('person:RUS:valery gerasimov');
      expect(profile?.actor.articleCount).toBe(4);
      // Put it back: the TASS report joins the cluster again.
      await store.replaceExtraction('tass-1', a1);
      expect((await store.listEvents({ type: 'CONSULT' })).items[0].sourceCount).toBe(2);
    });

    it('[store/identity] the same text under another id is stored and linked; a corrected text keeps its id apart', async () => {
      const [, , a3] = corpus();
      const copy = await store.writeArticles([{ ...a3, id: 'other-outlet-1' }]);
      expect(copy).toMatchObject({ added: 1, duplicates: 1 });
      expect((await store.getArticle('other-outlet-1'))?.duplicateOf).toBe('reuters-1');
      expect((await store.listEvents({ type: 'ACCUSE' })).total).toBe(1);
      const corrected = build(`${T3} Updated with the ministry's reaction.`, '2024-03-05', 'reuters-1', [], []);
      const result = await store.writeArticles([corrected]);
      expect(result.ids).toEqual([`reuters-1~${corrected.hash.slice(0, 12)}`]);
      expect((await store.writeArticles([corrected])).skipped).toBe(1);
      expect(await store.knownArticles([{ id: 'reuters-1', hash: corrected.hash }, { id: 'reuters-1', hash: a3.hash }, { id: 'x', hash: a3.hash }])).toEqual(new Set(['reuters-1']));
    });

    it('[store/linking] a surname stored before its full name is folded into the full name', async () => {
      const S1 = `WASHINGTON, March 3 (UPI) -- Secretary of State Shultz said on Tuesday he would press Moscow on arms control. Shultz spoke to reporters before leaving for Geneva.`;
      const S2 = `GENEVA, March 6 (Reuters) - U.S. Secretary of State George Shultz accused the Soviet Union of stalling the arms talks on Friday, a day after meeting his counterpart.`;
      const shultz = (id: string, name: string, text: string, mentions: string[]): Entity => ({ ...person(id, name, 'USA', ['Secretary of State'], mentions, text), sector: 'GOV', rank: null, actor: 'USAGOV' });
      const ussr: Entity = { kind: 'entity', id: 'e2', type: 'country', name: 'Soviet Union', country: 'SUN', sector: null, rank: null, titles: [], actor: 'SUN', aliases: [], mentions: [] };
      const first = build(S1, '1987-03-03', 'upi-shultz', [shultz('e1', 'Shultz', S1, ['Shultz'])],
        [event('CONSULT', ['e1', 'Shultz', 'USAGOV'], null, '1987-03-03', S1, 'would press Moscow', 1)],
        [{ kind: 'indirect', text: 'he would press Moscow on arms control', start: S1.indexOf('he would'), end: S1.indexOf(' on Tuesday') + 0, speaker: 'e1', speakerName: 'Shultz', cue: 'said', cueSpan: null, speakerSpan: null }]);
      await store.writeArticles([first]);
      expect((await store.findActors('Shultz')).map((a) => a.id)).toEqual(['person:USA:shultz']);
      const second = build(S2, '1987-03-06', 'reuters-shultz', [shultz('e1', 'George Shultz', S2, ['George Shultz']), ussr],
        [event('ACCUSE', ['e1', 'George Shultz', 'USAGOV'], ['e2', 'Soviet Union', 'SUN'], '1987-03-06', S2, 'accused', -2)]);
      await store.writeArticles([second]);

      expect((await store.findActors('Shultz')).map((a) => a.id)).toEqual(['person:USA:george shultz']);
      expect(await store.actorProfile('person:USA:shultz')).toBeNull();
      const profile = await store.actorProfile('George Shultz');
      expect(profile?.actor).toMatchObject({ articleCount: 2, eventCount: 2, firstSeen: '1987-03-03', lastSeen: '1987-03-06' });
      expect(profile?.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Shultz', 'George Shultz']));
      expect(profile?.titles).toEqual([expect.objectContaining({ title: 'Secretary of State', firstSeen: '1987-03-03', lastSeen: '1987-03-06' })]);
      expect(profile?.quotes.map((q) => q.articleId ?? q.text)).toHaveLength(1);
      expect((await store.listArticles({ actor: 'person:USA:george shultz' })).items.map((a) => a.id).sort()).toEqual(['reuters-shultz', 'upi-shultz']);
      expect((await store.getArticle('upi-shultz'))?.actors).toEqual({ e1: 'person:USA:george shultz' });
      const events = await store.listEvents({ actor: 'George Shultz' });
      expect(events.items.map((e) => [e.articleId, e.actor.actorId])).toEqual([['reuters-shultz', 'person:USA:george shultz'], ['upi-shultz', 'person:USA:george shultz']]);
      const timeline = await store.timeline('George Shultz', 'SUN', { by: 'month' });
      expect(timeline.ab).toEqual([{ period: '1987-03-01', counts: { ACCUSE: 1 }, total: 1, meanScore: -2 }]);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
storeSuite('sqlite', () => openStore(join(dir, 'test.db')), async () => rmSync(dir, { recursive: true, force: true }));

const schema = `store_test_${process.pid}_${Date.now().toString(36)}`;
describe.skipIf(!PG)('postgres', () => {
  storeSuite('postgres', () => openStore(PG!, { schema }), async () => {
    const client = new pg.Client({ connectionString: PG });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
});
