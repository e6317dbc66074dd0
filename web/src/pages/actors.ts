/** Actors: the list of stored actors, and one actor's profile. */
import type { PageContext } from '../main.js';
import { api } from '../api.js';
import { h, mount, note, route, enc } from '../dom.js';
import { eventTable, filterForm, pager, clip } from '../components.js';

export async function actorsPage(ctx: PageContext): Promise<void> {
  const p = ctx.params;
  const form = filterForm('/actors', [
    { name: 'q', label: 'Name or code', type: 'search' },
    { name: 'type', label: 'Type', options: ['person', 'organization', 'country', 'location'] },
    { name: 'country', label: 'Country', placeholder: 'RUS' },
  ], p, 'Find');
  const page = await api.actors({ q: p.get('q'), type: p.get('type'), country: p.get('country'), offset: p.get('offset'), limit: 50 });
  if (!ctx.current()) return;
  mount(ctx.main, h('h1', {}, 'Actors'), form,
    page.items.length === 0 ? note('No actor found.') :
      h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', {}, `${page.total} actors`),
        h('thead', {}, h('tr', {}, ['Name', 'Type', 'Code', 'Articles', 'Events', 'Seen'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, page.items.map((a) => h('tr', {},
          h('td', {}, h('a', { href: route(`/actor/${enc(a.id)}`) }, a.name)),
          h('td', {}, a.type), h('td', {}, a.code ?? '—'), h('td', {}, a.articleCount), h('td', {}, a.eventCount),
          h('td', { class: 'nowrap' }, `${a.firstSeen ?? '?'} – ${a.lastSeen ?? '?'}`)))))),
    pager(page, '/actors', p));
}

export async function actorPage(ctx: PageContext): Promise<void> {
  const ref = ctx.parts[0] ?? '';
  const profile = await api.actor(ref);
  if (!ctx.current()) return;
  const a = profile.actor;
  const maxType = Math.max(1, ...profile.eventsByType.map((t) => t.asActor + t.asRecipient));
  mount(ctx.main,
    h('h1', {}, a.name),
    h('p', { class: 'meta' }, [a.type, a.code, a.country, a.sector].filter(Boolean).join(' · '),
      h('span', { class: 'muted' }, ` · ${a.articleCount} articles · ${a.eventCount} events · seen ${a.firstSeen ?? '?'} – ${a.lastSeen ?? '?'}`)),
    h('div', { class: 'grid' },
      h('section', {},
        h('h2', {}, 'Names and titles over time'),
        profile.titles.length === 0 && profile.aliases.length === 0 ? note('No titles recorded.') : null,
        profile.titles.length ? h('ol', { class: 'titles' }, profile.titles.map((t) =>
          h('li', {}, h('strong', {}, t.title), h('span', { class: 'muted' }, ` ${t.firstSeen ?? '?'} – ${t.lastSeen ?? '?'} · ${t.articleCount} articles`)))) : null,
        profile.ranks.length ? h('p', {}, 'Ranks: ', profile.ranks.join(', ')) : null,
        profile.aliases.length ? h('p', {}, 'Also written: ', profile.aliases.map((x) => `${x.alias} (${x.count})`).join(', ')) : null),
      h('section', {},
        h('h2', {}, 'Events by type'),
        profile.eventsByType.length === 0 ? note('No events.') :
          h('table', { class: 'bars' },
            h('thead', {}, h('tr', {}, ['Type', 'As actor', 'As recipient', ''].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', {}, profile.eventsByType.map((t) => h('tr', {},
              h('td', {}, h('a', { href: route('/events', { involving: a.id, type: t.type }) }, t.type)),
              h('td', {}, t.asActor), h('td', {}, t.asRecipient),
              h('td', { class: 'bar-cell' }, h('span', { class: `bar type-${t.type}`, 'aria-hidden': 'true', 'data-w': Math.round(((t.asActor + t.asRecipient) / maxType) * 100) }))))))),
      h('section', {},
        h('h2', {}, 'Main counterparts'),
        profile.counterparts.length === 0 ? note('No counterparts.') :
          h('ul', { class: 'counterparts' }, profile.counterparts.map((c) => h('li', {},
            c.actorId ? h('a', { href: route(`/actor/${enc(c.actorId)}`) }, c.name) : c.name,
            c.code ? ` (${c.code})` : '',
            h('span', { class: 'muted' }, ` ${c.events} events, mean score ${c.meanScore.toFixed(1)} `),
            h('a', { href: route('/dyad', { a: a.code ?? a.id, b: c.code ?? c.actorId ?? c.name }) }, 'timeline'))))),
      h('section', {},
        h('h2', {}, 'Quotes'),
        profile.quotes.length === 0 ? note('No quotes.') :
          h('ul', { class: 'quotes' }, profile.quotes.slice(0, 30).map((q) => h('li', {},
            h('blockquote', {}, clip(q.text, 400)),
            h('a', { href: route(`/article/${enc(q.articleId)}`, { start: q.start, end: q.end }) }, [q.date, q.agency, q.cue].filter(Boolean).join(' · ') || 'source')))))),
    h('h2', {}, 'Recent events'),
    eventTable(profile.recentEvents, `Latest events of ${a.name}`));
  // Bar widths from data attributes: set through CSSOM, which the page's CSP allows.
  for (const bar of ctx.main.querySelectorAll<HTMLElement>('.bar[data-w]')) bar.style.width = `${bar.dataset.w}%`;
}
