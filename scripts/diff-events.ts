/**
 * What changed between two dumps of dump-events.ts: events only in the first (-) and only in the
 * second (+), each with its evidence sentence, grouped by story, then counts per type and lexicon
 * entry. An event is the same in both when its story, trigger offset, type, CAMEO code, actor,
 * recipient, status and date are.
 *
 *   npx tsx scripts/diff-events.ts BEFORE.tsv AFTER.tsv [--counts]
 */
import { readFileSync } from 'node:fs';

const [before, after] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!before || !after) throw new Error('diff-events: name two dumps (npx tsx scripts/diff-events.ts BEFORE.tsv AFTER.tsv)');
const countsOnly = process.argv.includes('--counts');

const read = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l);
const identity = (line: string) => line.split('\t').slice(0, 8).join('\t');
const a = read(before), b = read(after);
const inA = new Set(a.map(identity)), inB = new Set(b.map(identity));
const gone = a.filter((l) => !inB.has(identity(l))), came = b.filter((l) => !inA.has(identity(l)));

const tally = new Map<string, [number, number]>();
for (const [lines, side] of [[gone, 0], [came, 1]] as const) {
  for (const l of lines) {
    const f = l.split('\t');
    const k = `${f[2]} ${f[8]}`;
    const v = tally.get(k) ?? [0, 0];
    v[side]++;
    tally.set(k, v);
  }
}
if (!countsOnly) {
  const byStory = new Map<string, string[]>();
  for (const [lines, sign] of [[gone, '-'], [came, '+']] as const) {
    for (const l of lines) {
      const f = l.split('\t');
      const rows = byStory.get(f[0]!) ?? [];
      rows.push(`${sign} ${f[2]} ${f[3]} ${f[4]} -> ${f[5]} ${f[6]} ${f[7]} ${f[8]} «${f[9]}»\n    ${f[10]}`);
      byStory.set(f[0]!, rows);
    }
  }
  for (const [story, rows] of byStory) console.log(`# ${story}\n${rows.join('\n')}`);
}
for (const [k, [g, c]] of [...tally].sort((x, y) => y[1][0] + y[1][1] - x[1][0] - x[1][1])) console.log(`${String(-g).padStart(5)} ${('+' + c).padStart(5)}  ${k}`);
console.log(`${a.length} -> ${b.length} events: -${gone.length} +${came.length}`);
