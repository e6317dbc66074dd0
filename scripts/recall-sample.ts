/**
 * Recall sample of the event coder on real wire text: political sentences drawn (seeded) from the
 * Reuters-21578 stories (../shared/data/reuters21578.jsonl, research use only: never commit output
 * from it), each printed with the events the whole-story `extract` codes inside it, for a person to
 * judge which events are missing. The audit script (audit-events.ts) measures precision from the
 * events side; this one looks from the sentence side.
 *
 *   npx tsx scripts/recall-sample.ts [--n 100] [--seed 2026] [--per-story 2] [--data PATH] [--json OUT.jsonl] [--keys KEYS.txt]
 *
 * A story is political when its text names troops, talks, embassies, sanctions, protests, attacks
 * and the like (STORY_CUES, at least four different cues); a sentence of it is taken when it names an
 * entity with an actor code (a country, a government, a leader) and holds a political act word
 * (ACT_CUES). Sentence keys (`story:start`) stay the same between runs, so judgements kept beside
 * the output can be re-scored after a change to the coder. Which sentences are drawn depends on the
 * mentions layer (a sentence needs a coded actor), so a change there redraws the sample: `--keys`
 * reads the keys of a judged sample (one `story:start` per line, the first word of each line; `#`
 * lines skipped) and prints exactly those sentences, in that order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extract } from '../src/pipeline.js';
import type { Article, Event } from '../src/model.js';
import { REUTERS_PATH, oneLine, option, rng, shuffle, type Story } from './sampling.js';

const dataPath = option('data', REUTERS_PATH);
const sampleSize = Number(option('n', '100'));
const seed = Number(option('seed', '2026'));
const perStory = Number(option('per-story', '2'));
const jsonOut = option('json', '');
const keysPath = option('keys', '');

/** Words of political (not market) stories; a story needs four different ones. */
const STORY_CUES =
  /\b(troops|soldiers|army|military|guerrillas?|rebels?|embassy|ambassador|diplomat\w*|sanctions|protest\w*|demonstrat\w+|treaty|summit|parliament|opposition|police|war|attack\w*|killed|arrest\w*|foreign minister|defen[cs]e|navy|naval|warships?|retaliat\w+|condemn\w*|accus\w+|ceasefire|cease-fire|invasion|occupied|hostages?|negotiat\w+|talks|embargo|president|prime minister)\b/gi;
const STORY_CUE_COUNT = 4;
/** Act words a political sentence holds (any form). */
const ACT_CUES =
  /\b(met|meet\w*|talks|visit\w*|agree\w*|sign\w*|accus\w+|criticis\w+|criticiz\w+|condemn\w*|protest\w*|demonstrat\w+|strike|striking|troops|attack\w*|kill\w*|arrest\w*|sanction\w*|retaliat\w+|threat\w*|warn\w*|urg\w+|ask\w*|call\w* (?:on|for)|reject\w*|refus\w+|support\w*|back\w*|welcom\w+|prais\w+|aid|loan\w*|credit\w*|negotiat\w+|accord|pact|treaty|deal|withdr\w+|releas\w+|seiz\w+|expel\w*|ban\w*|impos\w+|deni\w+|deny|offer\w*|pledg\w+|promis\w+|invit\w+|host\w*|receiv\w+|discuss\w*|send|sent|dispatch\w*|despatch\w*|occup\w+|rall\w+|march\w*|boycott\w*|veto\w*|embargo\w*|tariff\w*|demand\w*|appeal\w*|resign\w*|elect\w*)\b/i;

function isPoliticalStory(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(STORY_CUES)) seen.add(m[0].toLowerCase());
  return seen.size >= STORY_CUE_COUNT;
}

function who(a: Event['actor'] | null): string {
  return a ? `${a.code ?? '?'}/${oneLine(a.name)}` : '-';
}

/** Sentences of the article that name a coded actor and hold an act word. */
function politicalSentences(article: Article): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const s of article.sentences) {
    const text = article.text.slice(s.start, s.end);
    if (!ACT_CUES.test(text)) continue;
    const named = article.entities.some(
      (e) => e.actor !== null && e.mentions.some((m) => m.start >= s.start && m.end <= s.end && m.start < m.end),
    );
    if (named) spans.push({ start: s.start, end: s.end });
  }
  return spans;
}

const stories: Story[] = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Story);
const next = rng(seed);
const candidates = shuffle(stories.filter((s) => isPoliticalStory(s.text)), next);

/** Judged keys (`story:start`) grouped by story, in file order; null when sentences are drawn. */
function readKeys(path: string): Map<string, number[]> | null {
  if (!path) return null;
  const byStory = new Map<string, number[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\s*(?:S\d+\s+)?([^\s#:]+):(\d+)/.exec(line);
    if (!m) continue;
    const starts = byStory.get(m[1]!) ?? [];
    starts.push(Number(m[2]));
    byStory.set(m[1]!, starts);
  }
  return byStory;
}
const fixedKeys = readKeys(keysPath);

const jsonRows: string[] = [];
let taken = 0;
let withEvents = 0;
let eventCount = 0;
console.log(fixedKeys ? `# recall sample: judged keys from ${keysPath}` : `# recall sample: ${sampleSize} sentences from ${candidates.length} political stories of ${stories.length} (seed ${seed})`);
const storyById = new Map(stories.map((s) => [s.id, s]));
const order = fixedKeys ? [...fixedKeys.keys()].flatMap((id) => storyById.get(id) ?? []) : candidates;
for (const story of order) {
  if (!fixedKeys && taken >= sampleSize) break;
  const article = extract(story.text, { id: story.id, date: story.date });
  const wanted = fixedKeys?.get(story.id);
  const spans = wanted
    ? article.sentences.filter((s) => wanted.includes(s.start)).map((s) => ({ start: s.start, end: s.end }))
    : shuffle(politicalSentences(article), next).slice(0, perStory);
  spans.sort((a, b) => a.start - b.start);
  for (const s of spans) {
    if (!fixedKeys && taken >= sampleSize) break;
    taken++;
    const key = `${story.id}:${s.start}`;
    const events = article.events.filter((e) => e.evidence.trigger.start >= s.start && e.evidence.trigger.end <= s.end);
    if (events.length) withEvents++;
    eventCount += events.length;
    console.log(`\nS${taken} ${key} ${story.date}\n    ${oneLine(article.text.slice(s.start, s.end))}`);
    for (const e of events) {
      const t = e.evidence.trigger;
      console.log(
        `  -> ${e.type} ${e.cameo} ${e.status} | ${who(e.actor)} -> ${who(e.recipient)} | ` +
          `[[${oneLine(article.text.slice(t.start, t.end))}]] ${e.evidence.why}`,
      );
    }
    if (jsonOut) {
      jsonRows.push(
        JSON.stringify({
          key,
          n: `S${taken}`,
          events: events.map((e) => ({
            type: e.type,
            cameo: e.cameo,
            status: e.status,
            actor: e.actor.code,
            recipient: e.recipient?.code ?? null,
            why: e.evidence.why,
          })),
        }),
      );
    }
  }
}
console.log(`\n# ${taken} sentences; ${withEvents} with at least one event; ${eventCount} events`);
if (jsonOut) writeFileSync(jsonOut, jsonRows.join('\n') + '\n');
