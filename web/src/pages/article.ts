/** Article page: the stored dispatch with its full extraction highlighted on the text. */
import type { PageContext } from '../main.js';
import { api } from '../api.js';
import { h, mount, route, enc } from '../dom.js';
import { articleView } from '../article-view.js';
import { untitled } from '../components.js';

export async function articlePage(ctx: PageContext): Promise<void> {
  const id = ctx.parts[0] ?? '';
  const stored = await api.article(id);
  if (!ctx.current()) return;
  const start = Number(ctx.params.get('start'));
  const end = Number(ctx.params.get('end'));
  const focus = ctx.params.has('start') && Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : null;
  const x = stored.extraction;
  mount(ctx.main,
    h('article', { class: 'article-page' },
      h('h1', {}, x.headline ?? stored.headline ?? untitled(stored)),
      h('p', { class: 'meta' },
        [stored.date, stored.agency, stored.source].filter(Boolean).join(' · '),
        h('span', { class: 'muted' }, ` · extractor ${stored.extractor} · id ${stored.id}`)),
      stored.duplicateOf
        ? h('p', { class: 'note' }, 'Near-duplicate of ', h('a', { href: route(`/article/${enc(stored.duplicateOf)}`) }, stored.duplicateOf))
        : null,
      stored.duplicates.length
        ? h('p', { class: 'note' }, 'Republished as: ', stored.duplicates.flatMap((d, i) => [i ? ', ' : '', h('a', { href: route(`/article/${enc(d)}`) }, d)]))
        : null,
      articleView(x, { actors: stored.actors, focus })));
}
