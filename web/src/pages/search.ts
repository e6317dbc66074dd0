/** Search page: full-text search with snippets, or the latest articles, with filters. */
import type { PageContext } from '../main.js';
import { api } from '../api.js';
import { h, mount, note, route, enc } from '../dom.js';
import { filterForm, pager, snippet, untitled } from '../components.js';

export async function searchPage(ctx: PageContext): Promise<void> {
  const p = ctx.params;
  const q = p.get('q') ?? '';
  const form = filterForm('/search', [
    { name: 'q', label: 'Search', type: 'search', placeholder: 'words, "a phrase", names' },
    { name: 'from', label: 'From', type: 'date' },
    { name: 'to', label: 'To', type: 'date' },
    { name: 'agency', label: 'Agency', placeholder: 'TASS, Reuters…' },
    { name: 'actor', label: 'Actor', placeholder: 'name or code (lists only)' },
  ], p, 'Search');
  const page = await api.articles({ q, from: p.get('from'), to: p.get('to'), agency: p.get('agency'), actor: p.get('actor'), offset: p.get('offset'), limit: 20 });
  if (!ctx.current()) return;
  const heading = q ? `Results for “${q}”` : 'Latest dispatches';
  mount(ctx.main,
    h('h1', {}, 'Search the dispatches'),
    form,
    h('h2', {}, heading, h('span', { class: 'muted' }, ` (${page.total})`)),
    page.items.length === 0
      ? note(q ? 'No dispatch matches.' : 'The store holds no dispatch yet.')
      : h('ol', { class: 'results', start: page.offset + 1 }, page.items.map(({ article: a, snippet: s }) =>
          h('li', { class: 'result' },
            h('a', { class: 'result-title', href: route(`/article/${enc(a.id)}`) }, a.headline ?? untitled(a)),
            h('div', { class: 'meta' },
              [a.date, a.agency, a.place].filter(Boolean).join(' · '),
              a.duplicateOf ? h('span', { class: 'badge' }, ' near-duplicate') : null,
              h('span', { class: 'muted' }, ` · ${a.eventCount} events · ${a.quoteCount} quotes · ${a.entityCount} entities`)),
            s ? snippet(s) : null))),
    pager(page, '/search', p));
  if (!q) (form.querySelector('input[name=q]') as HTMLInputElement | null)?.focus();
}

