/**
 * The article view, shared by the article page and the "try it" page: the dateline apart, the
 * text with entities, quotes and events highlighted on their spans, and a side panel listing each
 * with its details (speaker, cue, actors, date, why). Selecting an item in the panel or a mark in
 * the text shows its details and marks its span.
 */
import type { Article } from './api.js';
import { h, mount, route, enc } from './dom.js';
import { highlight, type Annotation } from './highlight.js';

export interface ArticleViewOptions {
  /** Store actor id for each entity id, to link entities and speakers to actor pages. */
  readonly actors?: Readonly<Record<string, string>>;
  /** A span to mark and scroll to (an event's evidence). */
  readonly focus?: { readonly start: number; readonly end: number } | null;
}

type Layer = 'entity' | 'quote' | 'event';

export function articleView(article: Article, options: ArticleViewOptions = {}): HTMLElement {
  const actors = options.actors ?? {};
  const entityName = new Map(article.entities.map((e) => [e.id, e.name]));
  const annotations: Annotation[] = [];
  const details = new Map<string, () => HTMLElement>();

  if (article.dateline) {
    annotations.push({ id: 'dateline', kind: 'dateline', start: article.dateline.start, end: article.dateline.end, label: 'Dateline' });
  }
  article.entities.forEach((entity, i) => {
    const id = `e${i}`;
    const label = `${entity.name} (${entity.type}${entity.actor ? `, ${entity.actor}` : ''})`;
    for (const m of entity.mentions) annotations.push({ id, kind: 'entity', start: m.start, end: m.end, label });
    details.set(id, () => entityDetail(entity, actors[entity.id]));
  });
  article.quotes.forEach((quote, i) => {
    const id = `q${i}`;
    const speaker = quote.speakerName ?? (quote.speaker ? entityName.get(quote.speaker) : null) ?? 'unattributed';
    annotations.push({ id, kind: 'quote', start: quote.start, end: quote.end, label: `Quote (${quote.kind}) — speaker: ${speaker}${quote.cue ? `, “${quote.cue}”` : ''}` });
    details.set(id, () => quoteDetail(quote, speaker, quote.speaker ? actors[quote.speaker] : undefined));
  });
  article.events.forEach((event, i) => {
    const id = `v${i}`;
    const label = `Event ${event.type} (${event.cameo}): ${event.actor.name} → ${event.recipient?.name ?? '—'}${event.date ? `, ${event.date.value}` : ''}`;
    annotations.push({ id, kind: 'event', start: event.evidence.start, end: event.evidence.end, label });
    details.set(id, () => eventDetail(event, actors));
  });
  if (options.focus) annotations.push({ id: 'focus', kind: 'focus', start: options.focus.start, end: options.focus.end, label: 'Evidence' });

  const detail = h('section', { class: 'detail', 'aria-live': 'polite', 'aria-label': 'Selected annotation' },
    h('p', { class: 'hint' }, 'Select a highlighted passage, or an item below, to see its details.'));
  let selected: string[] = [];
  const select = (ids: string[], scroll = false): void => {
    for (const id of selected) for (const m of text.marks.get(id) ?? []) m.classList.remove('active');
    selected = ids.filter((id) => details.has(id));
    for (const id of selected) for (const m of text.marks.get(id) ?? []) m.classList.add('active');
    mount(detail, ...selected.map((id) => details.get(id)!()));
    if (selected.length === 0) mount(detail, h('p', { class: 'hint' }, 'Nothing to show for this passage.'));
    if (scroll) text.marks.get(selected[0] ?? '')?.[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const text = highlight(article.text, annotations, (ids) => select(ids));

  // Layer toggles: hide a kind of highlight without losing the others.
  const body = h('div', { class: 'article-body' }, text.root);
  const toggle = (layer: Layer, label: string, count: number) =>
    h('label', { class: `toggle toggle-${layer}` },
      h('input', { type: 'checkbox', checked: true, change: (e: Event) => body.classList.toggle(`hide-${layer}`, !(e.target as HTMLInputElement).checked) }),
      ` ${label} (${count})`);

  const list = (title: string, layer: Layer, items: { id: string; text: string; sub?: string }[]) =>
    h('section', { class: `panel-list panel-${layer}` },
      h('h3', {}, `${title} (${items.length})`),
      items.length === 0
        ? h('p', { class: 'note note-empty' }, `No ${title.toLowerCase()} found.`)
        : h('ul', {}, items.map((item) =>
            h('li', {}, h('button', { type: 'button', class: `item item-${layer}`, 'data-ann': item.id, click: () => select([item.id], true) },
              h('span', { class: 'item-title' }, item.text), item.sub ? h('span', { class: 'item-sub' }, item.sub) : null)))));

  const panel = h('aside', { class: 'side', 'aria-label': 'Extraction' },
    detail,
    list('Quotes', 'quote', article.quotes.map((q, i) => ({
      id: `q${i}`,
      text: q.speakerName ?? (q.speaker ? entityName.get(q.speaker) : null) ?? 'Unattributed',
      sub: `${q.kind}${q.cue ? ` · ${q.cue}` : ''} · “${clip(q.text, 90)}”`,
    }))),
    list('Events', 'event', article.events.map((e, i) => ({
      id: `v${i}`,
      text: `${e.type} · ${e.actor.name} → ${e.recipient?.name ?? '—'}`,
      sub: `${e.date?.value ?? 'undated'} · ${e.status}${e.mode ? ` · ${e.mode}` : ''}`,
    }))),
    list('Entities', 'entity', article.entities.map((e, i) => ({
      id: `e${i}`,
      text: e.name,
      sub: [e.type, e.actor, e.titles[0]].filter(Boolean).join(' · '),
    }))),
    article.messages.length
      ? h('details', { class: 'messages' }, h('summary', {}, `Messages (${article.messages.length})`),
          h('ul', {}, article.messages.map((m) => h('li', {}, `[${m.stage}] ${m.message}`))))
      : null,
  );

  const dl = article.dateline;
  const datelineCard = h('div', { class: 'dateline-card', 'aria-label': 'Dateline' },
    h('span', { class: 'label' }, 'Dateline'),
    dl
      ? [field('Place', dl.place), field('Country', dl.country), field('Date', dl.date), field('Agency', dl.agency),
         h('q', { class: 'dateline-text' }, article.text.slice(dl.start, dl.end))]
      : h('span', { class: 'muted' }, 'none found'));

  const view = h('div', { class: 'article-view' },
    h('div', { class: 'article-main' },
      datelineCard,
      h('div', { class: 'toggles', role: 'group', 'aria-label': 'Highlights' },
        toggle('entity', 'Entities', article.entities.length),
        toggle('quote', 'Quotes', article.quotes.length),
        toggle('event', 'Events', article.events.length)),
      body),
    panel);

  if (options.focus) requestAnimationFrame(() => text.marks.get('focus')?.[0]?.scrollIntoView({ block: 'center' }));
  return view;
}

function field(name: string, value: string | null | undefined): HTMLElement {
  return h('span', { class: 'field' }, h('span', { class: 'field-name' }, `${name} `), h('strong', {}, value ?? '—'));
}

function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

function actorLink(name: string, actorId: string | undefined): HTMLElement {
  return actorId ? h('a', { href: route(`/actor/${enc(actorId)}`) }, name) : h('span', {}, name);
}

function entityDetail(entity: Article['entities'][number], actorId: string | undefined): HTMLElement {
  return h('div', { class: 'card card-entity' },
    h('h4', {}, 'Entity: ', actorLink(entity.name, actorId)),
    h('dl', {},
      dt('Type', entity.type), dt('Country', entity.country), dt('Sector', entity.sector), dt('Actor code', entity.actor),
      dt('Rank', entity.rank), dt('Titles', entity.titles.join('; ') || null), dt('Mentions', String(entity.mentions.length))));
}

function quoteDetail(quote: Article['quotes'][number], speaker: string, actorId: string | undefined): HTMLElement {
  return h('div', { class: 'card card-quote' },
    h('h4', {}, 'Quote by ', h('span', { class: 'speaker' }, actorLink(speaker, actorId))),
    h('blockquote', {}, quote.text),
    h('dl', {}, dt('Kind', quote.kind), dt('Cue', quote.cue)));
}

function eventDetail(event: Article['events'][number], actors: Readonly<Record<string, string>>): HTMLElement {
  return h('div', { class: 'card card-event' },
    h('h4', {}, `Event: ${event.type}`, h('span', { class: 'muted' }, ` CAMEO ${event.cameo}`)),
    h('dl', {},
      h('dt', {}, 'Actor'), h('dd', {}, actorLink(event.actor.name, actors[event.actor.entity]), event.actor.code ? ` (${event.actor.code})` : ''),
      h('dt', {}, 'Recipient'), h('dd', {}, event.recipient ? [actorLink(event.recipient.name, actors[event.recipient.entity]), event.recipient.code ? ` (${event.recipient.code})` : ''] : '—'),
      dt('Date', event.date ? `${event.date.value} (${event.date.precision})${event.date.text ? ` from “${event.date.text}”` : ''}` : null),
      dt('Status', event.status), dt('Mode', event.mode), dt('Context', event.context), dt('Place', event.place),
      dt('Score', String(event.score)), dt('Trigger', event.evidence.trigger?.text ?? null), dt('Why', event.evidence.why ?? null)));
}

function dt(name: string, value: string | null | undefined): HTMLElement[] {
  return [h('dt', {}, name), h('dd', {}, value ?? '—')];
}
