/**
 * The HTTP API, called in process (`app.request`) on a real SQLite store in a temp folder,
 * seeded with the dispatches of ./api-seed.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openStore } from '../src/store/index.js';
import type { Store, StoredArticle, Page, EventRow, Timeline, Network, ActorRow, ActorProfile, WriteResult } from '../src/store/api.js';
import type { Article } from '../src/model.js';
import { createApp } from '../src/server/app.js';
import { seed, DISPATCHES } from './api-seed.js';

const TOKEN = 'test-token-5d8e';
let dir: string;
let store: Store;
let ids: string[];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-api-'));
  store = await openStore(join(dir, 'api.db'));
  ids = await seed(store);
  app = createApp(store, { token: TOKEN, bodyLimit: 64 * 1024 });
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  const body = (await res.json()) as T;
  expect(res.status, `${path}: ${JSON.stringify(body)}`).toBe(status);
  return body;
}

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }));
}

describe('[api] read endpoints', () => {
  it('health reports the store', async () => {
    const body = await get<{ status: string; store: { articles: number } }>('/api/health');
    expect(body.status).toBe('ok');
    expect(body.store.articles).toBe(DISPATCHES.length);
  });

  it('lists articles with filters', async () => {
    const all = await get<Page<{ article: { id: string; date: string } }>>('/api/articles');
    expect(all.total).toBe(DISPATCHES.length);
    const spring = await get<Page<{ article: { date: string } }>>('/api/articles?from=2024-03-01&to=2024-05-31');
    expect(spring.items.map((i) => i.article.date).sort()).toEqual(['2024-03-05', '2024-04-22', '2024-05-20']);
    const paged = await get<Page<unknown>>('/api/articles?limit=2&offset=1');
    expect(paged.items).toHaveLength(2);
    expect(paged.offset).toBe(1);
  });

  it('searches with snippets', async () => {
    const hits = await get<Page<{ article: { id: string }; snippet: string; rank: number }>>('/api/articles?q=naval%20exercise');
    expect(hits.total).toBeGreaterThanOrEqual(1);
    expect(hits.items[0]!.snippet).toMatch(/\[(naval|exercise)\]/i);
  });

  it('returns one article with its full extraction', async () => {
    const article = await get<StoredArticle>(`/api/articles/${encodeURIComponent(ids[0]!)}`);
    expect(article.text).toContain('Gerasimov');
    expect(article.extraction.text).toBe(article.text);
    expect(article.extraction.dateline?.agency).toBeTruthy();
    expect(article.extraction.events.some((e) => e.type === 'CONSULT')).toBe(true);
    const missing = await get<{ error: string }>('/api/articles/no-such-article', 404);
    expect(missing.error).toMatch(/no article/);
  });

  it('lists actors and gives a profile', async () => {
    const actors = await get<Page<ActorRow>>('/api/actors?limit=100');
    expect(actors.total).toBeGreaterThan(0);
    const gerasimov = await get<Page<ActorRow>>('/api/actors?q=gerasimov');
    expect(gerasimov.items.length).toBeGreaterThan(0);
    const profile = await get<ActorProfile>(`/api/actors/${encodeURIComponent(gerasimov.items[0]!.id)}`);
    expect(profile.actor.name).toMatch(/Gerasimov/);
    await get('/api/actors/nobody-at-all-xyz', 404);
  });

  it('filters events', async () => {
    const all = await get<Page<EventRow>>('/api/events?limit=100');
    expect(all.total).toBeGreaterThanOrEqual(4);
    const accuse = await get<Page<EventRow>>('/api/events?type=ACCUSE');
    expect(accuse.items.length).toBeGreaterThan(0);
    expect(accuse.items.every((e) => e.type === 'ACCUSE')).toBe(true);
    const two = await get<Page<EventRow>>('/api/events?type=AGREE,COOPERATE&from=2024-01-01&to=2024-12-31');
    expect(new Set(two.items.map((e) => e.type))).toEqual(new Set(['AGREE', 'COOPERATE']));
  });

  it('gives a dyad timeline by month', async () => {
    const t = await get<Timeline>('/api/timeline?a=RUS&b=CHN&by=month');
    expect(t.by).toBe('month');
    const periods = t.both.map((b) => b.period);
    expect(periods).toEqual(expect.arrayContaining(['2024-01-01', '2024-03-01', '2024-04-01', '2024-05-01']));
    const april = t.both.find((b) => b.period === '2024-04-01')!;
    expect(april.meanScore).toBeLessThan(0);
  });

  it('gives a network for a period with a minimum weight', async () => {
    const net = await get<Network>('/api/network?from=2024-01-01&to=2024-12-31&minWeight=1');
    expect(net.nodes.length).toBeGreaterThanOrEqual(2);
    expect(net.edges.length).toBeGreaterThan(0);
    const heavy = await get<Network>('/api/network?minWeight=1000');
    expect(heavy.edges).toHaveLength(0);
  });

  it('exports events as JSONL and CSV', async () => {
    const jsonl = await app.request('/api/export?format=jsonl');
    expect(jsonl.status).toBe(200);
    expect(jsonl.headers.get('content-type')).toMatch(/ndjson/);
    const lines = (await jsonl.text()).trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) JSON.parse(line);
    const csv = await app.request('/api/export?format=csv&type=AGREE');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).split('\n')[0]).toMatch(/type/);
  });
});

describe('[api] extract and store', () => {
  const text = `ANKARA, July 3 (Anadolu) -- Turkish Foreign Minister Hakan Fidan met his Hungarian counterpart Peter Szijjarto in Ankara on Wednesday, the ministry said.`;

  it('extracts a pasted dispatch without storing it', async () => {
    const res = await post('/api/extract', { text, date: '2024-07-03' });
    expect(res.status).toBe(200);
    const article = (await res.json()) as Article;
    expect(article.text).toBe(text);
    expect(article.dateline?.place).toBe('Ankara');
    const stats = await get<{ store: { articles: number } }>('/api/health');
    expect(stats.store.articles).toBe(DISPATCHES.length);
  });

  it('refuses writes without a token configured (403)', async () => {
    const open = createApp(store, {});
    const res = await open.request('/api/articles', { method: 'POST', body: JSON.stringify({ text }), headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toMatch(/DATELINE_TOKEN/);
  });

  it('needs the bearer token (401)', async () => {
    const none = await post('/api/articles', { text });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/Bearer/);
    const wrong = await post('/api/articles', { text }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/invalid bearer token/);
  });

  it('stores one or many dispatches, idempotently', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const one = await post('/api/articles', { text, date: '2024-07-03' }, auth);
    expect(one.status).toBe(201);
    expect(((await one.json()) as WriteResult).added).toBe(1);
    const again = await post('/api/articles', { text, date: '2024-07-03' }, auth);
    expect(again.status).toBe(200);
    expect(((await again.json()) as WriteResult).skipped).toBe(1);
    const many = await post('/api/articles', { articles: [
      { text: `${text} Both sides agreed to meet again.`, date: '2024-07-03' },
      { text: 'TOKYO, July 4 (Kyodo) -- Japan and South Korea held talks on Thursday.', date: '2024-07-04' },
    ] }, auth);
    expect(((await many.json()) as WriteResult).added).toBe(2);
  });
});

describe('[api] errors', () => {
  it('rejects bad input with 400 and names the field', async () => {
    const bad = await get<{ error: string }>('/api/events?type=HUG', 400);
    expect(bad.error).toMatch(/type/);
    const date = await get<{ error: string }>('/api/articles?from=2024-13-45', 400);
    expect(date.error).toMatch(/from/);
    const limit = await get<{ error: string }>('/api/actors?limit=0', 400);
    expect(limit.error).toMatch(/limit/);
    const dyad = await get<{ error: string }>('/api/timeline?a=RUS', 400);
    expect(dyad.error).toMatch(/b/);
    const by = await get<{ error: string }>('/api/timeline?a=RUS&b=CHN&by=century', 400);
    expect(by.error).toMatch(/by/);
  });

  it('rejects bodies that are not JSON or miss the text', async () => {
    const notJson = await post('/api/extract', '{"text": ');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/not valid JSON/);
    const empty = await post('/api/extract', { text: '' });
    expect(empty.status).toBe(400);
    const missing = await post('/api/extract', { date: '2024-01-01' });
    expect(((await missing.json()) as { error: string }).error).toMatch(/text/);
  });

  it('limits the body size (413)', async () => {
    const res = await post('/api/extract', { text: 'x'.repeat(100 * 1024) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toMatch(/larger than/);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });

  it('hides internal errors behind a JSON 500', async () => {
    const broken = { ...store, stats: () => Promise.reject(new Error('disk on fire')) } as Store;
    const quiet = createApp(broken, { logError: () => {} });
    const res = await quiet.request('/api/health');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error' });
  });
});

describe('[api] headers and document', () => {
  it('sends security headers and no CORS by default', async () => {
    const res = await app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/api/articles', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the one CORS origin it is given', async () => {
    const withCors = createApp(store, { cors: 'https://analyst.example' });
    const res = await withCors.request('/api/health', { headers: { origin: 'https://analyst.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
  });

  it('publishes an OpenAPI document that validates against the OpenAPI schema', async () => {
    const doc = await get<Record<string, unknown>>('/api/openapi.json');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const paths = Object.keys(doc.paths as object);
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/actors', '/api/actors/{ref}', '/api/events', '/api/timeline', '/api/network', '/api/export', '/api/extract', '/api/health']) {
      expect(paths).toContain(p);
    }
  });
});
