/**
 * Precision audit of the event coder on real wire text: a fixed, seeded sample of the Reuters-21578
 * stories (../shared/data/reuters21578.jsonl, research use only: never commit output from it) goes
 * through the whole `extract` with each story's date, and every event is printed compactly, with its
 * evidence sentence and the trigger marked [[like this]], for a person to judge by hand. Counts of
 * events per story, per type and per lexicon entry (`why`) follow.
 *
 *   npx tsx scripts/audit-events.ts [--n 400] [--seed 1987] [--data PATH] [--json OUT.jsonl]
 *
 * The same seed and n always give the same stories (a seeded Fisher-Yates shuffle of the file's
 * order, first n taken, then printed in file order).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extract } from '../src/pipeline.js';
import type { Article, Event } from '../src/model.js';
import { REUTERS_PATH, oneLine, option, rng, shuffle, type Story } from './sampling.js';

const dataPath = option('data', REUTERS_PATH);
const sampleSize = Number(option('n', '400'));
const seed = Number(option('seed', '1987'));
const jsonOut = option('json', '');

function sample(stories: readonly Story[], n: number, s: number): Story[] {
  const order = shuffle(stories.map((_, i) => i), rng(s));
  return order
    .slice(0, Math.min(n, order.length))
    .sort((a, b) => a - b)
    .map((i) => stories[i]!);
}

/** The sentence holding the trigger (or the evidence span when no sentence does), trigger marked. */
function evidenceText(article: Article, e: Event): string {
  const { text } = article;
  const t = e.evidence.trigger;
  const sentence = article.sentences.find((s) => s.start <= t.start && t.end <= s.end);
  const start = Math.min(sentence?.start ?? e.evidence.start, e.evidence.start, t.start);
  const end = Math.max(sentence?.end ?? e.evidence.end, e.evidence.end, t.end);
  return oneLine(text.slice(start, t.start) + '[[' + text.slice(t.start, t.end) + ']]' + text.slice(t.end, end));
}

function who(a: Event['actor'] | null): string {
  if (!a) return '-';
  return `${a.code ?? '?'}/${oneLine(a.name)}`;
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function table(title: string, m: Map<string, number>, limit = Infinity): void {
  console.log(`\n## ${title}`);
  const rows = [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  for (const [k, v] of rows) console.log(`${String(v).padStart(5)}  ${k}`);
}

const stories: Story[] = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Story);
const chosen = sample(stories, sampleSize, seed);

const perStory = new Map<string, number>();
const perType = new Map<string, number>();
const perWhy = new Map<string, number>();
const perStatus = new Map<string, number>();
const jsonRows: string[] = [];
let total = 0;
let withEvents = 0;
let n = 0;
const started = Date.now();

console.log(`# event audit: ${chosen.length} of ${stories.length} stories (seed ${seed})\n`);
console.log('# N  story  date | TYPE cameo mode status evdate | actor -> recipient | why\n#      evidence');
for (const story of chosen) {
  const article = extract(story.text, { id: story.id, date: story.date });
  const events = article.events;
  bump(perStory, String(events.length));
  if (events.length) withEvents++;
  for (const e of events) {
    n++;
    total++;
    bump(perType, e.type);
    bump(perWhy, `${e.type} ${e.evidence.why}`);
    bump(perStatus, e.status);
    const date = e.date ? `${e.date.value}${e.date.text ? `("${oneLine(e.date.text)}")` : ''}` : '-';
    const line =
      `E${n} ${story.id} ${story.date} | ${e.type} ${e.cameo} ${e.mode ?? '-'} ${e.status} ${date} | ` +
      `${who(e.actor)} -> ${who(e.recipient)} | ${e.evidence.why}`;
    console.log(`\n${line}\n    ${evidenceText(article, e)}`);
    if (jsonOut) {
      jsonRows.push(
        JSON.stringify({
          n: `E${n}`,
          story: story.id,
          storyDate: story.date,
          type: e.type,
          cameo: e.cameo,
          mode: e.mode,
          status: e.status,
          date: e.date,
          actor: e.actor,
          recipient: e.recipient,
          why: e.evidence.why,
          evidence: evidenceText(article, e),
        }),
      );
    }
  }
}

console.log(`\n# ${total} events in ${chosen.length} stories; ${withEvents} stories with at least one event;`);
console.log(`# ${(total / chosen.length).toFixed(3)} events per story; ${((Date.now() - started) / 1000).toFixed(1)} s`);
table('stories by number of events', perStory);
table('events per type', perType);
table('events per status', perStatus);
table('events per type + why (lexicon entry)', perWhy);
if (jsonOut) writeFileSync(jsonOut, jsonRows.join('\n') + '\n');
