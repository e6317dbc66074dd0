/** "Try it": paste a dispatch, see its extraction at once (POST /api/extract, nothing stored). */
import type { PageContext } from '../main.js';
import { api, ApiError } from '../api.js';
import { h, mount, note } from '../dom.js';
import { articleView } from '../article-view.js';

const EXAMPLE = `BEIJING, March 4 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with his Brazilian counterpart Mauro Vieira in Beijing on Monday, the Chinese Foreign Ministry said.

"China is ready to work with Brazil to deepen practical cooperation," Wang said.`;

export function tryPage(ctx: PageContext): void {
  const text = h('textarea', { id: 'try-text', name: 'text', rows: 12, spellcheck: false, placeholder: EXAMPLE });
  const date = h('input', { id: 'try-date', name: 'date', type: 'date' });
  const out = h('div', { class: 'try-result', 'aria-live': 'polite' });
  const run = async (): Promise<void> => {
    const value = text.value.trim() ? text.value : '';
    if (!value) {
      mount(out, note('Paste a dispatch first.'));
      return;
    }
    mount(out, note('Extracting…', 'loading'));
    try {
      const started = performance.now();
      const article = await api.extract(value, date.value || undefined);
      if (!ctx.current()) return;
      mount(out,
        h('p', { class: 'meta' }, `${article.entities.length} entities · ${article.quotes.length} quotes · ${article.events.length} events · ${Math.round(performance.now() - started)} ms`),
        article.headline ? h('h2', {}, article.headline) : null,
        articleView(article));
    } catch (error) {
      mount(out, note(error instanceof ApiError ? error.message : (error as Error).message, 'error'));
    }
  };
  const form = h('form', { class: 'try-form' },
    h('label', { for: 'try-text' }, 'Dispatch text'), text,
    h('div', { class: 'field-row' }, h('label', { for: 'try-date' }, 'Dispatch date (optional)'), date),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, 'Extract'),
      h('button', { type: 'button', class: 'secondary', click: () => { text.value = EXAMPLE; text.focus(); } }, 'Use an example')),
    h('p', { class: 'hint' }, 'Ctrl+Enter extracts. Nothing you paste is stored.'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  });
  mount(ctx.main, h('h1', {}, 'Try it'), form, out);
}
