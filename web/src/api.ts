/**
 * The web application's client of the JSON API. Row types come from the store's query contract
 * and the document model, so the UI and the server share one definition of every shape.
 */
import type { Article } from '../../src/model.js';
import type {
  ActorProfile,
  ActorRow,
  ArticleRow,
  EventRow,
  Network,
  Page,
  StoredArticle,
  Timeline,
} from '../../src/store/api.js';

export type { Article, ActorProfile, ActorRow, ArticleRow, EventRow, Network, Page, StoredArticle, Timeline };

/** One row of `GET /api/articles`: a search hit (with snippet) or a listed article. */
export interface ArticleHit {
  readonly article: ArticleRow;
  readonly snippet: string | null;
  readonly rank: number | null;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | boolean | undefined | null>;

function url(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const q = query.toString();
  return `/api${path}${q ? `?${q}` : ''}`;
}

async function call<T>(path: string, params?: Params, init?: RequestInit): Promise<T> {
  const response = await fetch(url(path, params), { headers: { accept: 'application/json' }, ...init });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : response.statusText;
    throw new ApiError(message, response.status);
  }
  return body as T;
}

export const api = {
  articles: (params: Params) => call<Page<ArticleHit>>('/articles', params),
  article: (id: string) => call<StoredArticle>(`/articles/${encodeURIComponent(id)}`),
  events: (params: Params) => call<Page<EventRow>>('/events', params),
  actors: (params: Params) => call<Page<ActorRow>>('/actors', params),
  actor: (ref: string) => call<ActorProfile>(`/actors/${encodeURIComponent(ref)}`),
  timeline: (params: Params) => call<Timeline>('/timeline', params),
  network: (params: Params) => call<Network>('/network', params),
  extract: (text: string, date?: string) =>
    call<Article>('/extract', {}, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(date ? { text, date } : { text }),
    }),
};

/** The PLOVER event types, in the order the UI lists them (cooperation first). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
