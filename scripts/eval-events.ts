/**
 * Event-coder evaluation over the event fixtures: every record goes through the whole `extract`
 * with its date; events are matched as a set on (type, actor, recipient, status), as the fixture
 * README says. Prints type recall, actor accuracy, precision, per-type figures and (with --misses)
 * every miss and false event.
 *
 * Each argument is a path or a fixture name in test/fixtures/events (`sentences`, the set the
 * coder was tuned on; `heldout` and `heldout2`, written apart from the tuning). Without one, it
 * scores `sentences`. With several, or with --summary, it prints one line per file.
 *
 *   npx tsx scripts/eval-events.ts [--misses] [--summary] [NAME|FILE ...]
 *   npx tsx scripts/eval-events.ts --summary sentences heldout heldout2
 *
 * With --combined, the records of all the named files are scored as one set (one report, per-type
 * figures over them all).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/pipeline.js';
import type { Event } from '../src/model.js';
import { REUTERS_PATH, type Story } from './sampling.js';

export interface ExpectedEvent {
  readonly type: string;
  readonly cameo: string | null;
  readonly actor: string;
  readonly recipient: string | null;
  readonly status: string;
  readonly date: string | null;
  readonly mode: string | null;
}

export interface FixtureRecord {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly events: readonly ExpectedEvent[];
}

export interface Scores {
  readonly expected: number;
  readonly produced: number;
  /** Expected events whose type was produced with the same actor. */
  readonly typeHits: number;
  /** Exact (type, actor, recipient, status) matches. */
  readonly exact: number;
  /** Produced events matching an expected one on (type, actor, recipient, status). */
  readonly correct: number;
  /** Produced events whose type and actor code an expected event has (recipient or status may be wrong). */
  readonly typeCorrect: number;
  readonly dateChecked: number;
  readonly dateRight: number;
  readonly perType: Map<string, { expected: number; found: number; produced: number; correct: number }>;
  readonly misses: string[];
}

/**
 * A record that points into the Reuters-21578 corpus (`story` and `end`, the passage being the story's
 * text up to `end`) instead of holding its text: gold annotations of real wire copy that the
 * repository may hold while the copy itself stays outside it (../shared/data, research use).
 */
interface CorpusRecord extends Omit<FixtureRecord, 'text'> {
  readonly story: string;
  readonly end: number;
}

export function loadFixtures(path: string): FixtureRecord[] {
  const records = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FixtureRecord | CorpusRecord);
  return records.some((r) => 'story' in r) ? records.map((r) => ('story' in r ? fromCorpus(r, path) : r)) : (records as FixtureRecord[]);
}

let corpus: Map<string, Story> | null = null;

function fromCorpus(r: CorpusRecord, path: string): FixtureRecord {
  if (!existsSync(REUTERS_PATH)) throw new Error(`${path}: record ${r.id} is a passage of the Reuters-21578 corpus, which is not at ${REUTERS_PATH}`);
  corpus ??= new Map(readFileSync(REUTERS_PATH, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Story).map((s) => [s.id, s]));
  const story = corpus.get(r.story);
  if (!story) throw new Error(`${path}: record ${r.id} names story ${r.story}, which the corpus at ${REUTERS_PATH} does not hold`);
  if (!(r.end > 0 && r.end <= story.text.length)) throw new Error(`${path}: record ${r.id} ends at ${r.end}, outside story ${r.story} (${story.text.length} characters)`);
  return { id: r.id, date: r.date, text: story.text.slice(0, r.end), events: r.events };
}

const key = (type: string, actor: string | null, recipient: string | null, status: string) => `${type}|${actor}|${recipient}|${status}`;

export function score(records: readonly FixtureRecord[]): Scores {
  let expected = 0, produced = 0, typeHits = 0, exact = 0, correct = 0, typeCorrect = 0, dateChecked = 0, dateRight = 0;
  const perType = new Map<string, { expected: number; found: number; produced: number; correct: number }>();
  const bump = (t: string) => perType.get(t) ?? (perType.set(t, { expected: 0, found: 0, produced: 0, correct: 0 }), perType.get(t)!);
  const misses: string[] = [];
  for (const r of records) {
    const got: readonly Event[] = extract(r.text, { date: r.date }).events;
    const gotKeys = new Map(got.map((e) => [key(e.type, e.actor.code, e.recipient?.code ?? null, e.status), e]));
    const wantKeys = new Set(r.events.map((e) => key(e.type, e.actor, e.recipient, e.status)));
    for (const w of r.events) {
      expected++;
      bump(w.type).expected++;
      const typeActor = got.some((g) => g.type === w.type && g.actor.code === w.actor);
      if (typeActor) { typeHits++; bump(w.type).found++; }
      const match = gotKeys.get(key(w.type, w.actor, w.recipient, w.status));
      if (match) {
        exact++;
        if (w.date) { dateChecked++; if (match.date?.value === w.date) dateRight++; else misses.push(`${r.id} DATE want ${w.date} got ${match.date?.value ?? 'none'}`); }
      } else misses.push(`${r.id} MISS ${key(w.type, w.actor, w.recipient, w.status)}  «${r.text.slice(0, 90)}»`);
    }
    for (const g of got) {
      produced++;
      bump(g.type).produced++;
      if (r.events.some((w) => w.type === g.type && w.actor === g.actor.code)) typeCorrect++;
      if (wantKeys.has(key(g.type, g.actor.code, g.recipient?.code ?? null, g.status))) { correct++; bump(g.type).correct++; }
      else misses.push(`${r.id} FALSE ${key(g.type, g.actor.code, g.recipient?.code ?? null, g.status)} ${g.cameo} «${g.evidence.trigger.text}» ${g.evidence.why}`);
    }
  }
  return { expected, produced, typeHits, exact, correct, typeCorrect, dateChecked, dateRight, perType, misses };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''));

/** A fixture name (`heldout`) names test/fixtures/events/heldout.jsonl; anything else is a path. */
export function fixturePath(arg: string): string {
  return /^[\w-]+$/.test(arg) ? new URL(`../test/fixtures/events/${arg}.jsonl`, import.meta.url).pathname : arg;
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));

function report(records: readonly FixtureRecord[], s: Scores, misses: boolean): void {
  console.log(`records ${records.length}, expected events ${s.expected}, produced ${s.produced}`);
  console.log(`type recall (type + actor code found)      ${pct(s.typeHits, s.expected)}`);
  console.log(`exact recall (type, actor, recipient, status) ${pct(s.exact, s.expected)}`);
  console.log(`precision (produced events that match)    ${pct(s.correct, s.produced)}`);
  console.log(`type precision (type + actor code right)   ${pct(s.typeCorrect, s.produced)}`);
  console.log(`date accuracy on matched events           ${pct(s.dateRight, s.dateChecked)} (${s.dateChecked} dated)`);
  console.log('type        expected found produced correct');
  for (const [t, v] of [...s.perType].sort()) console.log(`${t.padEnd(11)} ${String(v.expected).padStart(8)} ${String(v.found).padStart(5)} ${String(v.produced).padStart(8)} ${String(v.correct).padStart(7)}`);
  if (misses) for (const m of s.misses) console.log(m);
}

if (isMain) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const files = names.length ? names : ['sentences'];
  if (args.includes('--combined')) {
    const records = files.flatMap((f) => loadFixtures(fixturePath(f)));
    report(records, score(records), args.includes('--misses'));
    process.exit(0);
  }
  const summary = args.includes('--summary') || files.length > 1;
  if (summary) console.log('file         records expected produced  type-recall exact-recall precision type-precision dates');
  for (const f of files) {
    const records = loadFixtures(fixturePath(f));
    const s = score(records);
    if (!summary) { report(records, s, args.includes('--misses')); continue; }
    console.log(`${f.replace(/^.*\//, '').padEnd(12)} ${String(records.length).padStart(7)} ${String(s.expected).padStart(8)} ${String(s.produced).padStart(8)}  ${pct(s.typeHits, s.expected).padStart(11)} ${pct(s.exact, s.expected).padStart(12)} ${pct(s.correct, s.produced).padStart(9)} ${pct(s.typeCorrect, s.produced).padStart(14)} ${pct(s.dateRight, s.dateChecked).padStart(5)}`);
    if (args.includes('--misses')) for (const m of s.misses) console.log(`  ${m}`);
  }
}
