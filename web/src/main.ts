/**
 * The web application: a hash router over the pages. Each page renders into <main> from the
 * route's path and query; a newer navigation makes an older, still-loading page drop its result.
 */
import './style.css';
import { h, mount, note } from './dom.js';
import { ApiError } from './api.js';
import { searchPage } from './pages/search.js';
import { articlePage } from './pages/article.js';
import { eventsPage } from './pages/events.js';
import { actorsPage, actorPage } from './pages/actors.js';
import { dyadPage } from './pages/dyad.js';
import { networkPage } from './pages/network.js';
import { tryPage } from './pages/try.js';

/** What a page gets: where to render, the route, and a way to register cleanup (charts). */
export interface PageContext {
  readonly main: HTMLElement;
  readonly params: URLSearchParams;
  readonly parts: readonly string[];
  /** False once the user navigated elsewhere. */
  readonly current: () => boolean;
  readonly onLeave: (cleanup: () => void) => void;
}

type Page = (ctx: PageContext) => Promise<void> | void;

const pages: Record<string, { page: Page; nav: string; title: string }> = {
  '': { page: searchPage, nav: 'search', title: 'Search' },
  search: { page: searchPage, nav: 'search', title: 'Search' },
  article: { page: articlePage, nav: 'search', title: 'Article' },
  events: { page: eventsPage, nav: 'events', title: 'Events' },
  actors: { page: actorsPage, nav: 'actors', title: 'Actors' },
  actor: { page: actorPage, nav: 'actors', title: 'Actor' },
  dyad: { page: dyadPage, nav: 'dyad', title: 'Dyad' },
  network: { page: networkPage, nav: 'network', title: 'Network' },
  try: { page: tryPage, nav: 'try', title: 'Try it' },
};

const main = document.getElementById('main') as HTMLElement;
let generation = 0;
let cleanups: (() => void)[] = [];

async function render(): Promise<void> {
  const gen = ++generation;
  for (const c of cleanups) c();
  cleanups = [];
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?', 2) as [string?, string?];
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const entry = pages[parts[0] ?? ''] ?? null;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-nav]')) {
    if (entry && a.dataset.nav === entry.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!entry) {
    mount(main, h('h1', {}, 'Not found'), note('There is no such page.'));
    return;
  }
  document.title = `${entry.title} · Dateline`;
  mount(main, note('Loading…', 'loading'));
  const ctx: PageContext = {
    main,
    params: new URLSearchParams(query),
    parts: parts.slice(1),
    current: () => gen === generation,
    onLeave: (c) => cleanups.push(c),
  };
  try {
    await entry.page(ctx);
  } catch (error) {
    if (!ctx.current()) return;
    const message = error instanceof ApiError ? `${error.message} (HTTP ${error.status})` : (error as Error).message;
    mount(main, h('h1', {}, entry.title), note(message, 'error'));
  }
}

window.addEventListener('hashchange', () => {
  // "#main" and other plain anchors (the skip link) are in-page jumps, not routes.
  if (location.hash && !location.hash.startsWith('#/')) {
    document.getElementById(location.hash.slice(1))?.focus();
    return;
  }
  void render().then(() => {
    // Move focus to the new content for keyboard and screen-reader users.
    if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
  });
});
void render();
