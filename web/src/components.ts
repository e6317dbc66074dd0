/** Pieces several pages share: the event table, filter forms, pagers and snippets. */
import type { ArticleRow, EventRow, Page } from './api.js';
import { h, route, enc } from './dom.js';

/** An event list, each row linking to its evidence in the article. */
export function eventTable(rows: readonly EventRow[], caption: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'note note-empty' }, 'No events.');
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'events' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ['Date', 'Type', 'Actor', 'Recipient', 'Status', 'Score', 'Evidence'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map((e) =>
        h('tr', {},
          h('td', { class: 'nowrap' }, e.date ?? '—'),
          h('td', {}, h('span', { class: `type type-${e.type}` }, e.type), h('span', { class: 'muted' }, ` ${e.cameo}`)),
          h('td', {}, side(e.actor)),
          h('td', {}, e.recipient ? side(e.recipient) : '—'),
          h('td', {}, e.status),
          h('td', { class: `score ${e.score >= 0 ? 'pos' : 'neg'}` }, e.score.toFixed(1)),
          h('td', { class: 'evidence' },
            h('a', { href: route(`/article/${enc(e.articleId)}`, { start: e.evidence.start, end: e.evidence.end }) }, `“${clip(e.evidence.text, 140)}”`),
            e.agency ? h('span', { class: 'muted' }, ` ${e.agency}`) : null,
            e.sourceCount > 1 ? h('span', { class: 'badge' }, ` ${e.sourceCount} sources`) : null))))));
}

function side(s: EventRow['actor']): HTMLElement {
  const label = `${s.name}${s.code ? ` (${s.code})` : ''}`;
  return s.actorId ? h('a', { href: route(`/actor/${enc(s.actorId)}`) }, label) : h('span', {}, label);
}

export function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** A snippet whose matched words come wrapped in [ ]: shown with <mark>, as text. */
export function snippet(text: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  const re = /\[([^\[\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) p.append(text.slice(last, m.index));
    p.append(h('mark', {}, m[1] ?? ''));
    last = m.index + m[0].length;
  }
  if (last < text.length) p.append(text.slice(last));
  return p;
}

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'date' | 'number' | 'search';
  readonly options?: readonly string[];
  readonly placeholder?: string;
}

/** A GET-style filter form that navigates to `path` with its values as the query. */
export function filterForm(path: string, fields: readonly FieldSpec[], params: URLSearchParams, submit = 'Apply'): HTMLFormElement {
  const inputs = fields.map((f) => {
    const id = `f-${f.name}`;
    const control = f.options
      ? h('select', { id, name: f.name }, h('option', { value: '' }, 'any'), f.options.map((o) => h('option', { value: o, selected: params.get(f.name) === o }, o)))
      : h('input', { id, name: f.name, type: f.type ?? 'text', value: params.get(f.name) ?? '', placeholder: f.placeholder ?? '' });
    return h('div', { class: `field-row field-${f.name}` }, h('label', { for: id }, f.label), control);
  });
  const form = h('form', { class: 'filters', role: 'search' }, inputs, h('button', { type: 'submit' }, submit));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values: Record<string, string> = {};
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) values[k] = v.trim();
    location.hash = route(path, values);
  });
  return form;
}

/** Previous/next links for a page of results. */
export function pager(page: Page<unknown>, path: string, params: URLSearchParams): HTMLElement | null {
  if (page.total <= page.limit) return null;
  const at = (offset: number) => {
    const p = Object.fromEntries(params);
    return route(path, { ...p, offset: offset || undefined });
  };
  const end = Math.min(page.offset + page.items.length, page.total);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page.offset > 0 ? h('a', { href: at(Math.max(0, page.offset - page.limit)) }, '← Previous') : null,
    h('span', {}, ` ${page.offset + 1}–${end} of ${page.total} `),
    end < page.total ? h('a', { href: at(page.offset + page.limit) }, 'Next →') : null);
}

/** A title for a dispatch without a headline: its dateline. */
export function untitled(a: ArticleRow): string {
  const where = [a.place, a.agency ? `(${a.agency})` : null].filter(Boolean).join(' ');
  return where ? `${where}${a.date ? `, ${a.date}` : ''}` : `Dispatch ${a.id}`;
}
