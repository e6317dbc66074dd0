/**
 * Dyad page: events between two actors per period (both directions) with the mean
 * cooperation-conflict score, drawn with ECharts, and the events below, each linked to its
 * evidence in the article.
 */
import type { PageContext } from '../main.js';
import { api, type EventRow, type Timeline } from '../api.js';
import { h, mount, note, route } from '../dom.js';
import { eventTable, filterForm } from '../components.js';

export async function dyadPage(ctx: PageContext): Promise<void> {
  const p = ctx.params;
  const a = p.get('a') ?? '';
  const b = p.get('b') ?? '';
  const by = p.get('by') ?? 'month';
  const form = filterForm('/dyad', [
    { name: 'a', label: 'Actor A', placeholder: 'RUS' },
    { name: 'b', label: 'Actor B', placeholder: 'CHN' },
    { name: 'by', label: 'Period', options: ['day', 'week', 'month'] },
    { name: 'from', label: 'From', type: 'date' },
    { name: 'to', label: 'To', type: 'date' },
  ], p, 'Show');
  if (!a || !b) {
    const network = await api.network({ limit: 12, minWeight: 1 });
    if (!ctx.current()) return;
    mount(ctx.main, h('h1', {}, 'Dyad timeline'), form,
      h('h2', {}, 'Most active dyads'),
      network.edges.length === 0 ? note('No events stored yet.') :
        h('ul', { class: 'dyads' }, network.edges.map((e) =>
          h('li', {}, h('a', { href: route('/dyad', { a: e.source, b: e.target, by: 'month' }) }, `${e.source} — ${e.target}`),
            h('span', { class: 'muted' }, ` ${e.weight} events, mean score ${e.meanScore.toFixed(1)}`)))));
    return;
  }
  const range = { from: p.get('from'), to: p.get('to') };
  const [timeline, ab, ba] = await Promise.all([
    api.timeline({ a, b, by, ...range }),
    api.events({ actor: a, recipient: b, ...range, limit: 200 }),
    api.events({ actor: b, recipient: a, ...range, limit: 200 }),
  ]);
  if (!ctx.current()) return;
  const events: EventRow[] = [...ab.items, ...ba.items].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  const chart = h('div', { class: 'chart', role: 'img', 'aria-label': `Events between ${a} and ${b} per ${by}, with the mean cooperation-conflict score` });
  mount(ctx.main,
    h('h1', {}, `${a} — ${b}`),
    form,
    timeline.both.length === 0 ? note('No events between these two actors in this period.') : chart,
    summaryTable(timeline),
    h('h2', {}, 'Events'),
    eventTable(events, `${ab.total} events ${a} → ${b}, ${ba.total} events ${b} → ${a}`));
  if (timeline.both.length) await drawChart(ctx, chart, timeline);
}

/** The same numbers as the chart, as a table (for keyboard and screen-reader users). */
function summaryTable(t: Timeline): HTMLElement | null {
  if (t.both.length === 0) return null;
  const ab = new Map(t.ab.map((x) => [x.period, x]));
  const ba = new Map(t.ba.map((x) => [x.period, x]));
  return h('details', { class: 'chart-data' }, h('summary', {}, 'Chart data'),
    h('table', {},
      h('thead', {}, h('tr', {}, ['Period', `${t.a} → ${t.b}`, `${t.b} → ${t.a}`, 'Mean score'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, t.both.map((x) => h('tr', {},
        h('td', {}, x.period), h('td', {}, ab.get(x.period)?.total ?? 0), h('td', {}, ba.get(x.period)?.total ?? 0),
        h('td', {}, x.meanScore === null ? '—' : x.meanScore.toFixed(2)))))));
}

async function drawChart(ctx: PageContext, el: HTMLElement, t: Timeline): Promise<void> {
  const echarts = await import('../charts.js');
  if (!ctx.current()) return;
  const periods = t.both.map((x) => x.period);
  const ab = new Map(t.ab.map((x) => [x.period, x.total]));
  const ba = new Map(t.ba.map((x) => [x.period, x.total]));
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: periods },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1 },
      { type: 'value', name: 'score', min: -10, max: 10 },
    ],
    series: [
      { name: `${t.a} → ${t.b}`, type: 'bar', stack: 'events', data: periods.map((p) => ab.get(p) ?? 0), itemStyle: { color: '#4a7bd0' } },
      { name: `${t.b} → ${t.a}`, type: 'bar', stack: 'events', data: periods.map((p) => ba.get(p) ?? 0), itemStyle: { color: '#9bb7e8' } },
      { name: 'cooperation–conflict', type: 'line', yAxisIndex: 1, connectNulls: true, data: t.both.map((x) => x.meanScore), itemStyle: { color: '#c0392b' } },
    ],
  });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  ctx.onLeave(() => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  });
}
