/** Events page: the corpus's events with the filters of the query layer. */
import type { PageContext } from '../main.js';
import { api, PLOVER_TYPES } from '../api.js';
import { h, mount } from '../dom.js';
import { eventTable, filterForm, pager } from '../components.js';

export async function eventsPage(ctx: PageContext): Promise<void> {
  const p = ctx.params;
  const form = filterForm('/events', [
    { name: 'actor', label: 'Actor', placeholder: 'RUS, RUSMIL, Gerasimov' },
    { name: 'recipient', label: 'Recipient' },
    { name: 'type', label: 'Type', options: PLOVER_TYPES },
    { name: 'status', label: 'Status', options: ['occurred', 'intended', 'invited', 'requested', 'negated', 'hypothetical'] },
    { name: 'agency', label: 'Agency' },
    { name: 'from', label: 'From', type: 'date' },
    { name: 'to', label: 'To', type: 'date' },
  ], p);
  const params = Object.fromEntries(p);
  const page = await api.events({ ...params, limit: 50 });
  if (!ctx.current()) return;
  mount(ctx.main, h('h1', {}, 'Events'), form, eventTable(page.items, `${page.total} events`), pager(page, '/events', p));
}
