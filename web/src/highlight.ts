/**
 * Highlighting annotations on the exact characters of an article. Annotations may overlap and
 * nest (an entity mention inside a quote inside an event's evidence), so the text is cut at
 * every annotation boundary and each piece is marked with every annotation covering it.
 * Text goes in through text nodes only.
 */

export type AnnotationKind = 'dateline' | 'entity' | 'quote' | 'event' | 'focus';

export interface Annotation {
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly start: number;
  readonly end: number;
  /** Shown on hover (title) and read by screen readers. */
  readonly label: string;
}

export interface Highlighted {
  readonly root: HTMLElement;
  /** The marks carrying an annotation, by annotation id. */
  readonly marks: Map<string, HTMLElement[]>;
}

export function highlight(text: string, annotations: readonly Annotation[], onSelect: (ids: string[]) => void): Highlighted {
  const valid = annotations.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end <= text.length && a.start < a.end);
  const cuts = new Set<number>([0, text.length]);
  for (const a of valid) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const bounds = [...cuts].sort((x, y) => x - y);
  const root = document.createElement('div');
  root.className = 'article-text';
  const marks = new Map<string, HTMLElement[]>();

  // Sweep: annotations sorted by start enter the active set; those ended leave it.
  const byStart = [...valid].sort((x, y) => x.start - y.start);
  let next = 0;
  let active: Annotation[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    active = active.filter((a) => a.end > from);
    while (next < byStart.length && byStart[next]!.start <= from) {
      if (byStart[next]!.end > from) active.push(byStart[next]!);
      next++;
    }
    const piece = text.slice(from, to);
    if (active.length === 0) {
      root.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement('mark');
    const kinds = new Set(active.map((a) => a.kind));
    mark.className = ['hl', ...[...kinds].map((k) => `hl-${k}`)].join(' ');
    mark.dataset.ann = active.map((a) => a.id).join(' ');
    mark.title = active.map((a) => a.label).join('\n');
    mark.textContent = piece;
    const ids = active.map((a) => a.id);
    mark.addEventListener('click', () => onSelect(ids));
    for (const a of active) {
      const list = marks.get(a.id);
      if (list) list.push(mark);
      else marks.set(a.id, [mark]);
    }
    root.appendChild(mark);
  }
  return { root, marks };
}
