/**
 * The HTTP API and web application server: a thin shell over the store's query functions and
 * `extract`. `createApp(store, options)` returns a Hono app, so tests call `app.request()` in
 * process and `dateline serve` hands `app.fetch` to Node's HTTP server.
 *
 * Errors are JSON `{ error }` with their status; input is parsed by the zod schemas of
 * ./schemas.ts; CORS is off unless an origin is given; every response carries security headers
 * and the HTML a strict Content-Security-Policy.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { extract } from '../pipeline.js';
import { EXTRACTOR_VERSION } from '../version.js';
import type { Store, EventFilter } from '../store/api.js';
import {
  ActorRefParam, ActorsQuery, ArticleId, ArticlesQuery, EventId, EventsQuery, ExportQuery, ExtractBody,
  NetworkQuery, StoreBody, TimelineQuery, dispatches,
} from './schemas.js';
import { openApiDocument } from './openapi.js';
import { serveWeb } from './web.js';

export interface AppOptions {
  /** Bearer token for write endpoints; when unset, writes are refused (403). */
  readonly token?: string | null;
  /** Origin allowed by CORS on /api; none (no CORS headers) when unset. */
  readonly cors?: string | null;
  /** Folder of the built web application (web/dist); the app serves only the API when null. */
  readonly webRoot?: string | null;
  /** Largest request body in bytes (default 2 MB). */
  readonly bodyLimit?: number;
  /** Log unexpected errors (default: to stderr). */
  readonly logError?: (error: unknown) => void;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  const maxSize = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const logError = options.logError ?? ((error: unknown) => process.stderr.write(`dateline serve: ${(error as Error)?.stack ?? String(error)}\n`));

  app.use(
    '*',
    secureHeaders({
      // The API never renders; the HTML gets its own policy in ./web.ts.
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: 'same-origin',
      crossOriginOpenerPolicy: 'same-origin',
      xFrameOptions: 'DENY',
      strictTransportSecurity: false,
      referrerPolicy: 'no-referrer',
      // Keep the stricter-or-different headers a route set itself (the HTML's CSP).
      overwrite: false,
    }),
  );
  if (options.cors) app.use('/api/*', cors({ origin: options.cors, allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST', 'OPTIONS'] }));

  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
    logError(error);
    return c.json({ error: 'internal error' }, 500);
  });

  const api = new Hono();
  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  api.use('*', bodyLimit({ maxSize, onError: (c) => c.json({ error: `request body larger than ${maxSize} bytes` }, 413) }));

  api.get('/health', async (c) => {
    const stats = await store.stats();
    return c.json({ status: 'ok', extractor: EXTRACTOR_VERSION, store: { dialect: store.dialect, ...stats } });
  });

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  api.get('/articles', async (c) => {
    const q = query(c, ArticlesQuery);
    if (q.q) {
      const page = await store.search(q.q, { from: q.from, to: q.to, agency: q.agency, limit: q.limit, offset: q.offset });
      return c.json({ ...page, items: page.items.map((hit) => ({ article: hit.article, snippet: hit.snippet, rank: hit.rank })) });
    }
    const page = await store.listArticles({ from: q.from, to: q.to, agency: q.agency, actor: q.actor, duplicates: q.duplicates, limit: q.limit, offset: q.offset });
    return c.json({ ...page, items: page.items.map((article) => ({ article, snippet: null, rank: null })) });
  });

  api.get('/articles/:id', async (c) => {
    const { id } = parse(ArticleId, c.req.param());
    const article = await store.getArticle(id);
    if (!article) throw new HTTPException(404, { message: `no article ${JSON.stringify(id)}` });
    return c.json(article);
  });

  api.post('/articles', requireToken(options.token), async (c) => {
    const body = parse(StoreBody, await jsonBody(c));
    const articles = dispatches(body).map((d) => extract(d.text, { id: d.id, date: d.date, source: d.source }));
    const result = await store.writeArticles(articles, { origins: articles.map(() => 'http') });
    return c.json(result, result.added > 0 ? 201 : 200);
  });

  api.post('/extract', async (c) => {
    const body = parse(ExtractBody, await jsonBody(c));
    return c.json(extract(body.text, { id: body.id, date: body.date, source: body.source }));
  });

  api.get('/actors', async (c) => {
    const q = query(c, ActorsQuery);
    return c.json(await store.listActors({ query: q.q, type: q.type, country: q.country, limit: q.limit, offset: q.offset }));
  });

  api.get('/actors/:ref', async (c) => {
    const { ref } = parse(ActorRefParam, c.req.param());
    const profile = await store.actorProfile(ref);
    if (!profile) throw new HTTPException(404, { message: `no actor ${JSON.stringify(ref)}` });
    return c.json(profile);
  });

  api.get('/events', async (c) => c.json(await store.listEvents(eventFilter(query(c, EventsQuery)))));

  api.get('/events/:id', async (c) => {
    const { id } = parse(EventId, c.req.param());
    const cluster = await store.getEventCluster(id);
    if (!cluster) throw new HTTPException(404, { message: `no event ${JSON.stringify(id)}` });
    return c.json(cluster);
  });

  api.get('/timeline', async (c) => {
    const q = query(c, TimelineQuery);
    return c.json(await store.timeline(q.a, q.b, { by: q.by, from: q.from, to: q.to }));
  });

  api.get('/network', async (c) => {
    const q = query(c, NetworkQuery);
    return c.json(await store.network({ from: q.from, to: q.to, minWeight: q.minWeight, type: q.type, nodes: q.nodes, limit: q.limit }));
  });

  api.get('/export', (c) => {
    const q = query(c, ExportQuery);
    const { limit: _l, offset: _o, ...filter } = eventFilter({ ...q, limit: 1, offset: 0 });
    const lines = store.export({ ...filter, format: q.format })[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await lines.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(`${next.value}\n`));
        } catch (error) {
          logError(error);
          controller.error(error);
        }
      },
      async cancel() {
        await lines.return?.();
      },
    });
    const type = q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8';
    const ext = q.format === 'csv' ? 'csv' : 'jsonl';
    return new Response(body, {
      headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="dateline-events-${q.format}.${ext}"`, 'Cache-Control': 'no-store' },
    });
  });

  api.all('*', (c) => c.json({ error: `no API route ${c.req.method} ${c.req.path}` }, 404));
  app.route('/api', api);

  if (options.webRoot) serveWeb(app, options.webRoot);
  app.notFound((c) => c.json({ error: `not found: ${c.req.path}` }, 404));
  return app;
}

/** Parses `data` with `schema`, or answers 400 naming each bad field. */
function parse<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const message = result.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new HTTPException(400, { message: `invalid request: ${message}` });
}

function query<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parse(schema, c.req.query());
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) throw new HTTPException(400, { message: 'request body is empty: send JSON' });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HTTPException(400, { message: 'request body is not valid JSON' });
  }
}

function eventFilter(q: z.output<typeof EventsQuery>): EventFilter {
  return {
    actor: q.actor, recipient: q.recipient, involving: q.involving, type: q.type, from: q.from, to: q.to,
    status: q.status, agency: q.agency, article: q.article, clusters: q.clusters, limit: q.limit, offset: q.offset,
  };
}

/** Write endpoints: refused outright without a configured token, 401 without the right bearer. */
function requireToken(token: string | null | undefined): MiddlewareHandler {
  // Compared as hashes: equal lengths for timingSafeEqual, and no early exit on the first byte.
  const expected = token ? createHash('sha256').update(token).digest() : null;
  return async (c, next) => {
    if (!expected) {
      return c.json({ error: 'writes are disabled on this server: start it with DATELINE_TOKEN set to accept POST /api/articles' }, 403);
    }
    const match = /^Bearer\s+(\S+)$/i.exec((c.req.header('authorization') ?? '').trim());
    const given = match ? createHash('sha256').update(match[1]!).digest() : null;
    if (!given || !timingSafeEqual(given, expected)) {
      const error = match ? 'invalid bearer token' : 'missing bearer token: send Authorization: Bearer $DATELINE_TOKEN';
      return c.json({ error }, 401, { 'WWW-Authenticate': 'Bearer realm="dateline"' });
    }
    await next();
  };
}
