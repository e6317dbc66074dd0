/**
 * Quote attribution measured on PolNeAR (../shared/data/polnear/{dev,train}.jsonl): recall and
 * precision of quote content spans, and speaker accuracy on the matched ones.
 *   npx tsx scripts/eval-quotes.ts [dev|train] [--limit N] [--show N]
 * `--show N` prints N samples each of missed gold attributions, Dateline quotes matching no gold
 * attribution and wrong speakers, with their sentences, for studying what to fix next.
 * A gold attribution is found when a Dateline quote covers at least half of its content and
 * at least half of the Dateline quote lies inside it. The speaker is right when the span
 * Dateline gives for the speaker, or any mention of the speaker entity, overlaps the gold source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/index.js';

type Spans = Array<[number, number]>;
interface Attribution { content?: Spans; cue?: Spans; source?: Spans }
interface Doc { id: string; text: string; attributions: Attribution[] }

const split = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dev';
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;
const showAt = process.argv.indexOf('--show');
const show = showAt > 0 ? Number(process.argv[showAt + 1] ?? 20) : 0;
const samples = { miss: [] as string[], falsePositive: [] as string[], speaker: [] as string[] };
const flat = (s: string) => s.replace(/\s+/g, ' ').slice(0, 240);
const spansText = (text: string, spans: Spans | undefined) => (spans ?? []).map(([s, e]) => text.slice(s, e)).join(' … ');
const path = new URL(`../../shared/data/polnear/${split}.jsonl`, import.meta.url).pathname;
if (!existsSync(path)) {
  console.log(`skipped: ${path} not found`);
  process.exit(0);
}

const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const length = (spans: Spans) => spans.reduce((n, [s, e]) => n + e - s, 0);
const overlapAll = (spans: Spans, s: [number, number]) => spans.reduce((n, x) => n + overlap(x, s), 0);

let gold = 0, predicted = 0, matchedGold = 0, matchedPredicted = 0, speakerRight = 0, speakerJudged = 0;
const docs = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as Doc);
const started = performance.now();
for (const doc of docs) {
  const article = extract(doc.text, { id: doc.id });
  const golds = doc.attributions.filter((a) => a.content && a.content.length);
  gold += golds.length;
  predicted += article.quotes.length;
  const used = new Set<number>();
  for (const g of golds) {
    const content = g.content!;
    const idx = article.quotes.findIndex((q, i) => {
      const o = overlapAll(content, [q.start, q.end]);
      return !used.has(i) && o >= 0.5 * length(content) && o >= 0.5 * (q.end - q.start);
    });
    if (idx === -1) {
      if (samples.miss.length < show) {
        const s = article.sentences.find((x) => x.start <= content[0][0] && content[0][0] < x.end);
        samples.miss.push(`[${doc.id}] cue «${spansText(doc.text, g.cue)}» source «${spansText(doc.text, g.source)}»\n    content «${flat(spansText(doc.text, content))}»\n    sentence «${s ? flat(doc.text.slice(s.start, s.end)) : ''}»`);
      }
      continue;
    }
    used.add(idx);
    matchedGold++;
    const q = article.quotes[idx];
    if (g.source && g.source.length) {
      speakerJudged++;
      const entity = article.entities.find((e) => e.id === q.speaker);
      const spans: Array<[number, number]> = [];
      if (q.speakerSpan) spans.push([q.speakerSpan.start, q.speakerSpan.end]);
      for (const m of entity?.mentions ?? []) spans.push([m.start, m.end]);
      if (spans.some((s) => overlapAll(g.source!, s) > 0)) speakerRight++;
      else if (samples.speaker.length < show) {
        samples.speaker.push(`[${doc.id}] gold «${spansText(doc.text, g.source)}» got «${q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : ''}» (${q.speakerName}) cue ${q.cue}\n    quote «${flat(q.text)}»`);
      }
    }
  }
  matchedPredicted += used.size;
  article.quotes.forEach((q, i) => {
    if (used.has(i) || samples.falsePositive.length >= show) return;
    samples.falsePositive.push(`[${doc.id}] ${q.kind} cue ${q.cue} speaker ${q.speakerName}\n    quote «${flat(q.text)}»`);
  });
}
const seconds = (performance.now() - started) / 1000;
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
console.log(`PolNeAR ${split}: ${docs.length} articles, ${gold} gold attributions, ${predicted} Dateline quotes`);
console.log(`  recall    ${pct(matchedGold, gold)}%`);
console.log(`  precision ${pct(matchedPredicted, predicted)}%`);
console.log(`  speaker accuracy on matched quotes ${pct(speakerRight, speakerJudged)}% (${speakerRight}/${speakerJudged})`);
console.log(`  ${(docs.length / seconds).toFixed(1)} articles/s`);
if (show) {
  for (const [name, list] of Object.entries(samples)) {
    console.log(`\n${name} (${list.length} samples)`);
    for (const line of list) console.log(`  ${line}`);
  }
}
