/**
 * Every event the coder gives on the whole Reuters-21578 corpus (../shared/data, research use only:
 * never commit the output), one tab-separated line per event, for comparing the coder before and
 * after a change with diff-events.ts. Lines are in corpus order: story id, trigger offset, type,
 * CAMEO code, actor, recipient, status, date, lexicon entry, trigger, and the evidence sentence.
 *
 *   npx tsx scripts/dump-events.ts OUT.tsv [--data PATH] [--n 3000]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extract } from '../src/pipeline.js';
import { REUTERS_PATH, oneLine, option, type Story } from './sampling.js';

const out = process.argv[2];
if (!out || out.startsWith('--')) throw new Error('dump-events: name the output file first (npx tsx scripts/dump-events.ts OUT.tsv)');
const dataPath = option('data', REUTERS_PATH);
const limit = Number(option('n', 'Infinity'));

const stories = readFileSync(dataPath, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).map((l) => JSON.parse(l) as Story);
const lines: string[] = [];
const started = performance.now();
for (const story of stories) {
  const article = extract(story.text, { date: story.date });
  for (const e of article.events) {
    const t = e.evidence.trigger;
    const sentence = article.sentences.find((s) => s.start <= t.start && t.end <= s.end);
    const said = sentence ? story.text.slice(sentence.start, sentence.end) : story.text.slice(e.evidence.start, e.evidence.end);
    lines.push([story.id, t.start, e.type, e.cameo, e.actor.code, e.recipient?.code ?? '-', e.status, e.date?.value ?? '-', e.evidence.why, oneLine(t.text), oneLine(said)].join('\t'));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${stories.length} stories, ${lines.length} events in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}`);
