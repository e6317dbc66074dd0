/** Network page: actors as nodes, interactions as weighted edges coloured by mean score (Cytoscape.js). */
import type { PageContext } from '../main.js';
import { api, PLOVER_TYPES } from '../api.js';
import { h, mount, note, route } from '../dom.js';
import { filterForm } from '../components.js';

export async function networkPage(ctx: PageContext): Promise<void> {
  const p = ctx.params;
  const form = filterForm('/network', [
    { name: 'from', label: 'From', type: 'date' },
    { name: 'to', label: 'To', type: 'date' },
    { name: 'min', label: 'Min. events', type: 'number' },
    { name: 'type', label: 'Type', options: PLOVER_TYPES },
  ], p, 'Draw');
  const network = await api.network({ from: p.get('from'), to: p.get('to'), minWeight: p.get('min') ?? 1, type: p.get('type'), limit: 300 });
  if (!ctx.current()) return;
  const graph = h('div', { class: 'graph', role: 'img', 'aria-label': `Network of ${network.nodes.length} actors and ${network.edges.length} interactions` });
  const labels = new Map(network.nodes.map((n) => [n.id, n.label]));
  mount(ctx.main,
    h('h1', {}, 'Actor network'),
    form,
    network.nodes.length === 0 ? note('No interactions in this period.') : [
      h('p', { class: 'legend' }, h('span', { class: 'swatch coop' }), ' cooperation ', h('span', { class: 'swatch conf' }), ' conflict · edge width = events'),
      graph,
      h('details', { class: 'chart-data' }, h('summary', {}, `Edges (${network.edges.length})`),
        h('ul', {}, network.edges.map((e) => h('li', {},
          h('a', { href: route('/dyad', { a: e.source, b: e.target, from: p.get('from'), to: p.get('to') }) }, `${labels.get(e.source) ?? e.source} → ${labels.get(e.target) ?? e.target}`),
          h('span', { class: 'muted' }, ` ${e.weight} events, mean score ${e.meanScore.toFixed(1)}`))))),
    ]);
  if (network.nodes.length === 0) return;
  const { default: cytoscape } = await import('cytoscape');
  if (!ctx.current()) return;
  const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
  const maxEvents = Math.max(1, ...network.nodes.map((n) => n.events));
  const cy = cytoscape({
    container: graph,
    elements: [
      ...network.nodes.map((n) => ({ data: { id: `n:${n.id}`, key: n.id, label: n.label, size: 16 + 34 * Math.sqrt(n.events / maxEvents) } })),
      ...network.edges.map((e, i) => ({
        data: {
          id: `e${i}`, source: `n:${e.source}`, target: `n:${e.target}`, a: e.source, b: e.target,
          width: 1 + 9 * (e.weight / maxWeight), color: scoreColour(e.meanScore),
        },
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#555', 'font-size': 11, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
    ],
    layout: { name: 'cose', animate: false },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (evt) => { location.hash = route('/actors', { q: String(evt.target.data('key')) }); });
  cy.on('tap', 'edge', (evt) => { location.hash = route('/dyad', { a: String(evt.target.data('a')), b: String(evt.target.data('b')) }); });
  ctx.onLeave(() => cy.destroy());
}

/** Red for conflict (-10), grey at 0, green for cooperation (+10). */
function scoreColour(score: number): string {
  const t = Math.max(-1, Math.min(1, score / 10));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * Math.abs(t));
  return t >= 0 ? `rgb(${mix(150, 39)},${mix(150, 174)},${mix(150, 96)})` : `rgb(${mix(150, 192)},${mix(150, 57)},${mix(150, 43)})`;
}
