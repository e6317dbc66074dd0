/**
 * The HTTP API's input schemas (zod): every query string and body is parsed here once, at the
 * edge, and trusted inside. The OpenAPI document is generated from these same schemas.
 */
import { z } from 'zod';

const PLOVER = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
const STATUSES = ['occurred', 'intended', 'invited', 'requested', 'negated', 'hypothetical'] as const;
export const ENTITY_TYPES = ['person', 'organization', 'country', 'location'] as const;

export const PloverType = z.enum(PLOVER);
export const EventStatus = z.enum(STATUSES);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');
const ref = z.string().trim().min(1).max(200);
const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** "AGREE,CONSULT" or "AGREE": one or several values of an enum, comma-separated. */
function list<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1))
    .meta({ description: `one or more of ${values.join(', ')}, comma-separated` });
}

const range = {
  from: isoDate.optional().meta({ description: 'first day, inclusive (YYYY-MM-DD)' }),
  to: isoDate.optional().meta({ description: 'last day, inclusive (YYYY-MM-DD)' }),
};

export const ArticlesQuery = z.object({
  q: z.string().trim().max(500).optional().meta({ description: 'full-text query; without it the latest articles are listed' }),
  ...range,
  agency: z.string().trim().max(100).optional(),
  actor: ref.optional().meta({ description: 'articles mentioning this actor (id, code, country or name); listing only' }),
  duplicates: flag.optional().meta({ description: 'include near-duplicates (listing only; default true)' }),
  limit: limit(200, 20),
  offset,
});

export const ArticleId = z.object({ id: z.string().min(1).max(300) });

export const ActorsQuery = z.object({
  q: z.string().trim().max(200).optional().meta({ description: 'name, alias or code fragment' }),
  type: z.enum(ENTITY_TYPES).optional(),
  country: z.string().trim().regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166 alpha-3 code').transform((s) => s.toUpperCase()).optional(),
  limit: limit(1000, 50),
  offset,
});

export const ActorRefParam = z.object({ ref: ref });

const eventFilter = {
  actor: ref.optional().meta({ description: 'source side: actor id, code (RUSMIL), country (RUS) or name' }),
  recipient: ref.optional().meta({ description: 'target side' }),
  involving: ref.optional().meta({ description: 'either side' }),
  type: list(PLOVER).optional(),
  ...range,
  status: list(STATUSES).optional(),
  agency: z.string().trim().max(100).optional(),
  article: z.string().max(300).optional(),
  clusters: flag.optional().meta({ description: 'one row per event cluster (default true)' }),
};

export const EventsQuery = z.object({ ...eventFilter, limit: limit(1000, 50), offset });

export const EventId = z.object({ id: z.string().min(1).max(400) });

export const TimelineQuery = z.object({
  a: ref.meta({ description: 'first actor of the dyad' }),
  b: ref.meta({ description: 'second actor of the dyad' }),
  by: z.enum(['day', 'week', 'month']).default('month'),
  ...range,
});

export const NetworkQuery = z.object({
  ...range,
  minWeight: z.coerce.number().int().min(1).max(1_000_000).default(1),
  type: list(PLOVER).optional(),
  nodes: z.enum(['code', 'actor']).default('code'),
  limit: limit(5000, 500),
});

export const ExportQuery = z.object({ format: z.enum(['jsonl', 'csv', 'plover']).default('jsonl'), ...eventFilter });

/** One dispatch to read: the text, with the date that anchors its relative dates. */
export const DispatchBody = z.object({
  text: z.string().min(1, 'text is empty').max(1_000_000),
  date: isoDate.optional(),
  id: z.string().min(1).max(300).optional(),
  source: z.string().max(500).optional(),
});

export const ExtractBody = DispatchBody;

export const StoreBody = z.union([
  DispatchBody,
  z.array(DispatchBody).min(1).max(1000),
  z.object({ articles: z.array(DispatchBody).min(1).max(1000) }),
]);

export type DispatchInput = z.infer<typeof DispatchBody>;

/** The dispatches of a `POST /api/articles` body, whichever of its three shapes it has. */
export function dispatches(body: z.infer<typeof StoreBody>): DispatchInput[] {
  if (Array.isArray(body)) return body;
  if ('articles' in body) return body.articles;
  return [body];
}
