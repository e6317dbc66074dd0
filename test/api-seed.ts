/**
 * Dispatches the API and end-to-end tests store, written by the team in wire style, with the
 * events an analyst codes from them. The text goes through the real `extract`; the hand-coded
 * events are added to its output so that the timeline, network and evidence links have data
 * whatever the event coder finds today (the UI is under test here, not the coder).
 */
import { extract } from '../src/pipeline.js';
import type { Article, Event, PloverType } from '../src/model.js';
import type { Store } from '../src/store/api.js';

interface Coded {
  readonly phrase: string;
  readonly type: PloverType;
  readonly cameo: string;
  readonly actor: readonly [name: string, code: string];
  readonly recipient: readonly [name: string, code: string];
  readonly score: number;
}

interface Dispatch {
  readonly date: string;
  readonly text: string;
  readonly events: readonly Coded[];
}

export const XSS_MARKER = 'Kalvoria';

export const DISPATCHES: readonly Dispatch[] = [
  {
    date: '2024-01-16',
    text: `MOSCOW, January 16. /TASS/. Chief of the Russian General Staff Army General Valery Gerasimov held talks with Chief of the Joint Staff Department of China's Central Military Commission General Liu Zhenli via a video link on Tuesday, the Russian Defense Ministry said.

"Military cooperation between our countries has reached an unprecedented level and is not directed against third countries," Gerasimov said.

Liu Zhenli said the Chinese People's Liberation Army was ready to deepen strategic coordination with the Russian Armed Forces.`,
    events: [{ phrase: 'held talks with', type: 'CONSULT', cameo: '040', actor: ['Valery Gerasimov', 'RUSMIL'], recipient: ['Liu Zhenli', 'CHNMIL'], score: 1 }],
  },
  {
    date: '2024-03-05',
    text: `BEIJING, March 5 (Xinhua) -- Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov agreed in Beijing on Tuesday to expand cooperation in energy and transport, the Chinese Foreign Ministry said.

"China and Russia will keep strengthening their comprehensive strategic partnership," Wang said after the talks.`,
    events: [{ phrase: 'agreed in Beijing on Tuesday to expand cooperation', type: 'AGREE', cameo: '057', actor: ['Wang Yi', 'CHNGOV'], recipient: ['Sergei Lavrov', 'RUSGOV'], score: 8 }],
  },
  {
    date: '2024-04-22',
    text: `MOSCOW (Reuters) - Russia's Foreign Ministry on Monday accused China of delaying payments for Russian gas, in a rare public rebuke, a ministry spokeswoman told reporters.

"Our partners must honour their obligations," spokeswoman Maria Zakharova said.`,
    events: [{ phrase: 'accused China of delaying payments', type: 'ACCUSE', cameo: '112', actor: ['Russian Foreign Ministry', 'RUSGOV'], recipient: ['China', 'CHN'], score: -2 }],
  },
  {
    date: '2024-05-20',
    text: `VLADIVOSTOK, May 20 (AFP) - Russian and Chinese warships began a joint naval exercise in the Sea of Japan on Monday, the Russian Pacific Fleet said.

"The drills will strengthen cooperation between our navies," the fleet said in a statement.`,
    events: [{ phrase: 'began a joint naval exercise', type: 'COOPERATE', cameo: '062', actor: ['Russian Pacific Fleet', 'RUSMIL'], recipient: ['China', 'CHNMIL'], score: 6 }],
  },
  {
    date: '2024-06-02',
    text: `${XSS_MARKER.toUpperCase()}, June 2 (AP) — A protester held a sign reading <script>window.__xss = 1; alert('xss')</script> outside the ministry, and another wrote <img src=x onerror="window.__xss = 2; alert('img')"> on a wall, police in ${XSS_MARKER} said.

"We will not tolerate <b>vandalism</b>," police spokesman Ivan Petrov said.`,
    events: [],
  },
];

/** The seed articles: real extraction plus the hand-coded events. */
export function seedArticles(): Article[] {
  return DISPATCHES.map((d) => {
    const article = extract(d.text, { date: d.date, source: 'test' });
    const events = d.events.map((e) => codedEvent(article, e, d.date));
    return { ...article, events: [...article.events, ...events] };
  });
}

export async function seed(store: Store): Promise<string[]> {
  const result = await store.writeArticles(seedArticles());
  return [...result.ids];
}

function codedEvent(article: Article, e: Coded, date: string): Event {
  const start = article.text.indexOf(e.phrase);
  if (start < 0) throw new Error(`seed: phrase not found: ${e.phrase}`);
  const end = start + e.phrase.length;
  const side = ([name, code]: readonly [string, string]) => {
    const entity = article.entities.find((x) => x.name === name || x.name.includes(name) || name.includes(x.name));
    return { entity: entity?.id ?? `coded:${name}`, name, code };
  };
  return {
    type: e.type,
    cameo: e.cameo,
    mode: null,
    context: null,
    status: 'occurred',
    actor: side(e.actor),
    recipient: side(e.recipient),
    date: { value: date, precision: 'day' },
    place: null,
    evidence: { start, end, text: e.phrase, trigger: { start, end, text: e.phrase }, why: `hand-coded in the test seed: "${e.phrase}"` },
    score: e.score,
  };
}
