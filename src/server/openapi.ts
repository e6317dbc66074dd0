/**
 * The OpenAPI 3.1 document of the HTTP API, served at /api/openapi.json. Parameters and request
 * bodies are generated from the very zod schemas that validate them (./schemas.ts); response
 * shapes mirror the store's row types (src/store/api.ts) and the document model (src/model.ts).
 */
import { z } from 'zod';
import { EXTRACTOR_VERSION } from '../version.js';
import {
  ActorsQuery, ArticlesQuery, EventsQuery, ExportQuery, ExtractBody, NetworkQuery, StoreBody, TimelineQuery,
  PloverType, EventStatus, ENTITY_TYPES,
} from './schemas.js';

type JsonSchema = Record<string, unknown>;

function schema(s: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Query parameters of an object schema, one per field. */
function parameters(s: z.ZodObject): JsonSchema[] {
  return Object.entries(s.shape).map(([name, field]) => {
    const json = schema(field as z.ZodType, 'input');
    const { description, ...rest } = json;
    return {
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function pathParam(name: string, description: string): JsonSchema {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (s: JsonSchema, description = 'OK') => ({ description, content: { 'application/json': { schema: s } } });
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/E${code}` }]));
const page = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: {
    items: { type: 'array', items: item },
    total: { type: 'integer' },
    totalIsLowerBound: { type: 'boolean', description: 'Search: more than `total` articles match (matches are counted up to 10,000).' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
});

// Response shapes (documentation; the store's TypeScript types are the source of truth).
const nullable = (s: z.ZodType) => s.nullable();
const Span = z.object({ start: z.number().int(), end: z.number().int() });
const TextSpan = Span.extend({ text: z.string() });
const ArticleRow = z.object({
  id: z.string(), hash: z.string(), date: nullable(z.string()), agency: nullable(z.string()), place: nullable(z.string()),
  headline: nullable(z.string()), source: nullable(z.string()), language: z.string(), extractor: z.string(),
  duplicateOf: nullable(z.string()), entityCount: z.number().int(), quoteCount: z.number().int(), eventCount: z.number().int(),
  ingestedAt: z.string(),
});
const EventActor = z.object({ entity: z.string(), name: z.string(), code: nullable(z.string()) });
const ArticleDoc = z.looseObject({
  id: z.string(), text: z.string(), language: z.string(), date: nullable(z.string()), source: nullable(z.string()),
  hash: z.string(), extractor: z.string(),
  dateline: nullable(Span.extend({ place: nullable(z.string()), country: nullable(z.string()), date: nullable(z.string()), agency: nullable(z.string()) })),
  headline: nullable(z.string()), headings: z.array(z.string()),
  sentences: z.array(Span),
  entities: z.array(z.looseObject({
    id: z.string(), type: z.enum(ENTITY_TYPES), name: z.string(), country: nullable(z.string()), sector: nullable(z.string()),
    rank: nullable(z.string()), titles: z.array(z.string()), actor: nullable(z.string()), mentions: z.array(TextSpan),
  })),
  quotes: z.array(Span.extend({
    kind: z.enum(['direct', 'indirect', 'mixed']), text: z.string(), speaker: nullable(z.string()), speakerName: nullable(z.string()), cue: nullable(z.string()),
  }).loose()),
  events: z.array(z.looseObject({
    type: PloverType, cameo: z.string(), mode: nullable(z.string()), context: nullable(z.string()), status: EventStatus,
    actor: EventActor, recipient: nullable(EventActor),
    date: nullable(z.object({ value: z.string(), precision: z.enum(['day', 'week', 'month', 'year']) }).loose()),
    place: nullable(z.string()), evidence: TextSpan.extend({ why: z.string() }).loose(), score: z.number(),
  })),
  messages: z.array(z.looseObject({ stage: z.string(), message: z.string() })),
});
const StoredArticle = ArticleRow.extend({
  text: z.string(), extraction: ArticleDoc, actors: z.record(z.string(), z.string()), duplicates: z.array(z.string()),
});
const EventSide = z.object({ actorId: nullable(z.string()), name: z.string(), code: nullable(z.string()) });
const EventRow = z.object({
  id: z.string(), clusterId: z.string(), articleId: z.string(), type: PloverType, cameo: z.string(), mode: nullable(z.string()),
  context: nullable(z.string()), status: EventStatus, actor: EventSide, recipient: nullable(EventSide), date: nullable(z.string()),
  datePrecision: nullable(z.enum(['day', 'week', 'month', 'year'])), place: nullable(z.string()), score: z.number(),
  agency: nullable(z.string()), evidence: TextSpan, sourceCount: z.number().int(), duplicate: z.boolean(),
});
const ActorRow = z.object({
  id: z.string(), type: z.enum(ENTITY_TYPES), name: z.string(), country: nullable(z.string()), sector: nullable(z.string()),
  code: nullable(z.string()), articleCount: z.number().int(), eventCount: z.number().int(), firstSeen: nullable(z.string()), lastSeen: nullable(z.string()),
});
const ActorProfile = z.object({
  actor: ActorRow,
  aliases: z.array(z.object({ alias: z.string(), count: z.number().int() })),
  titles: z.array(z.object({ title: z.string(), firstSeen: nullable(z.string()), lastSeen: nullable(z.string()), articleCount: z.number().int() })),
  ranks: z.array(z.string()),
  quotes: z.array(Span.extend({ articleId: z.string(), date: nullable(z.string()), agency: nullable(z.string()), kind: z.enum(['direct', 'indirect', 'mixed']), text: z.string(), cue: nullable(z.string()) })),
  eventsByType: z.array(z.object({ type: PloverType, asActor: z.number().int(), asRecipient: z.number().int() })),
  counterparts: z.array(z.object({ actorId: nullable(z.string()), name: z.string(), code: nullable(z.string()), events: z.number().int(), meanScore: z.number() })),
  recentEvents: z.array(EventRow),
});
const Bucket = z.object({ period: z.string(), counts: z.record(z.string(), z.number().int()), total: z.number().int(), meanScore: nullable(z.number()) });
const Timeline = z.object({ a: z.string(), b: z.string(), by: z.enum(['day', 'week', 'month']), ab: z.array(Bucket), ba: z.array(Bucket), both: z.array(Bucket) });
const Network = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string(), events: z.number().int() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number().int(), meanScore: z.number(), types: z.record(z.string(), z.number().int()) })),
});
const WriteResult = z.object({ added: z.number().int(), skipped: z.number().int(), duplicates: z.number().int(), ids: z.array(z.string()) });
const ErrorBody = z.object({ error: z.string() });

let cached: JsonSchema | null = null;

export function openApiDocument(): JsonSchema {
  cached ??= build();
  return cached;
}

function build(): JsonSchema {
  const components = {
    schemas: {
      Error: schema(ErrorBody),
      ArticleRow: schema(ArticleRow),
      Article: schema(ArticleDoc),
      StoredArticle: schema(StoredArticle),
      ArticleHit: {
        type: 'object',
        required: ['article', 'snippet', 'rank'],
        properties: {
          article: ref('ArticleRow'),
          snippet: { type: ['string', 'null'], description: 'text around the matches, matched words wrapped in [ ] (plain text, not HTML)' },
          rank: { type: ['number', 'null'] },
        },
      },
      EventRow: schema(EventRow),
      ActorRow: schema(ActorRow),
      ActorProfile: schema(ActorProfile),
      Timeline: schema(Timeline),
      Network: schema(Network),
      WriteResult: schema(WriteResult),
      DispatchInput: schema(ExtractBody, 'input'),
    },
    responses: {
      E400: json(ref('Error'), 'Invalid input: the message names each bad field'),
      E401: json(ref('Error'), 'Missing or invalid bearer token'),
      E403: json(ref('Error'), 'Writes are disabled (no DATELINE_TOKEN on the server)'),
      E404: json(ref('Error'), 'Not found'),
      E413: json(ref('Error'), 'Request body too large'),
      E500: json(ref('Error'), 'Internal error'),
    },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the value of DATELINE_TOKEN on the server' } },
  };
  const dispatchBody = (s: z.ZodType, description: string) => ({
    required: true,
    description,
    content: { 'application/json': { schema: schema(s, 'input') } },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dateline API',
      version: EXTRACTOR_VERSION,
      description: 'Wire-service dispatches read into structured political event data. Every fact points at the exact characters of its article (offsets are JavaScript string indices, half-open).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': { get: { operationId: 'health', summary: 'Liveness and corpus counts', responses: { 200: json({ type: 'object' }), ...errors(500) } } },
      '/api/openapi.json': { get: { operationId: 'openapi', summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
      '/api/articles': {
        get: {
          operationId: 'listArticles',
          summary: 'Search articles (with q: ranked, with snippets) or list them with filters',
          parameters: parameters(ArticlesQuery),
          responses: { 200: json(page(ref('ArticleHit'))), ...errors(400, 500) },
        },
        post: {
          operationId: 'storeArticles',
          summary: 'Extract and store one or many dispatches (idempotent by content hash)',
          security: [{ bearer: [] }],
          requestBody: dispatchBody(StoreBody, 'one dispatch, an array of them, or {articles: [...]}; at most 1000 and 2 MB'),
          responses: { 200: json(ref('WriteResult'), 'Nothing new stored'), 201: json(ref('WriteResult'), 'Stored'), ...errors(400, 401, 403, 413, 500) },
        },
      },
      '/api/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'One article with its text and full extraction',
          parameters: [pathParam('id', 'article id')],
          responses: { 200: json(ref('StoredArticle')), ...errors(400, 404, 500) },
        },
      },
      '/api/extract': {
        post: {
          operationId: 'extract',
          summary: 'Extract a pasted dispatch without storing it',
          requestBody: dispatchBody(ExtractBody, 'the dispatch text, and the date that anchors its relative dates'),
          responses: { 200: json(ref('Article')), ...errors(400, 413, 500) },
        },
      },
      '/api/actors': {
        get: { operationId: 'listActors', summary: 'Actors, most active first', parameters: parameters(ActorsQuery), responses: { 200: json(page(ref('ActorRow'))), ...errors(400, 500) } },
      },
      '/api/actors/{ref}': {
        get: {
          operationId: 'actorProfile',
          summary: 'One actor: titles over time, quotes, events by type, counterparts',
          parameters: [pathParam('ref', 'actor id, actor code (RUSMIL), country code (RUS) or name')],
          responses: { 200: json(ref('ActorProfile')), ...errors(400, 404, 500) },
        },
      },
      '/api/events': {
        get: { operationId: 'listEvents', summary: 'Events with filters', parameters: parameters(EventsQuery), responses: { 200: json(page(ref('EventRow'))), ...errors(400, 500) } },
      },
      '/api/events/{id}': {
        get: {
          operationId: 'getEventCluster',
          summary: 'One event with every report of it',
          parameters: [pathParam('id', 'event or cluster id')],
          responses: { 200: json({ type: 'object' }), ...errors(400, 404, 500) },
        },
      },
      '/api/timeline': {
        get: {
          operationId: 'timeline',
          summary: 'Events of a dyad per period, both directions, with the mean cooperation-conflict score',
          parameters: parameters(TimelineQuery),
          responses: { 200: json(ref('Timeline')), ...errors(400, 500) },
        },
      },
      '/api/network': {
        get: { operationId: 'network', summary: 'Actors and weighted interaction edges for a period', parameters: parameters(NetworkQuery), responses: { 200: json(ref('Network')), ...errors(400, 500) } },
      },
      '/api/export': {
        get: {
          operationId: 'export',
          summary: 'Export events as JSONL, CSV or PLOVER JSON lines',
          parameters: parameters(ExportQuery),
          responses: {
            200: {
              description: 'One record per line',
              content: { 'application/x-ndjson': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } },
            },
            ...errors(400, 500),
          },
        },
      },
    },
    components,
  };
}
