/**
 * HTTP API under load: requests/s and p95 latency of the dyad timeline and the text search
 * under 50 concurrent clients on loopback (autocannon), on a store of 100,000 articles.
 *
 * The store is generated once (cached in $DATELINE_BENCH_DIR, default the OS temp folder):
 * each bundled sample is extracted once, then written many times as variants with another
 * date and three added paragraphs of corpus words (so no variant near-duplicates another, and
 * every span of the extraction stays valid). Articles whose extraction has no event get one
 * coded between two of their actors, so the timeline has real volume.
 * The server runs in a child process (this file with --serve) so the load generator does not
 * share its event loop.
 *
 *   npm run bench -- http                 BENCH_HTTP_ARTICLES=20000 for a quicker run
 *
 * Generation is resumable (rerun to grow a store that was interrupted); DATELINE_BENCH_DB names
 * the store file.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { extract } from '../src/pipeline.js';
import type { Article, Event, PloverType } from '../src/model.js';
import { openStore } from '../src/store/index.js';
import { recordsFromText } from '../src/cli/input.js';

const ARTICLES = Number(process.env.BENCH_HTTP_ARTICLES ?? 100_000);
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const DIR = process.env.DATELINE_BENCH_DIR ?? join(tmpdir(), 'dateline-bench');
const SAMPLES = fileURLToPath(new URL('../samples', import.meta.url));

/** The part of autocannon's API used here (it ships no types). */
interface AutocannonResult {
  readonly requests: { readonly average: number };
  readonly errors: number;
  readonly timeouts: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: string; setupRequest: (req: Record<string, unknown>) => Record<string, unknown> }[];
}) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const db = process.env.DATELINE_BENCH_DB ?? join(DIR, `http-${ARTICLES}.db`);
  await ensureStore(db);
  const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      const m = /listening (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
    server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    const dyads = [['RUS', 'CHN'], ['USA', 'CHN'], ['RUS', 'UKR'], ['IND', 'PAK'], ['USA', 'RUS'], ['CHN', 'PAK']];
    const queries = ['military cooperation', 'talks', 'sanctions', 'minister said', '"joint exercise"', 'ceasefire', 'drone attack', 'foreign ministry'];
    const rows = [
      await load('timeline (by month)', base, dyads.map(([a, b]) => `/api/timeline?a=${a}&b=${b}&by=month`)),
      await load('timeline (by week)', base, dyads.map(([a, b]) => `/api/timeline?a=${a}&b=${b}&by=week`)),
      await load('search (20 hits, snippets)', base, queries.map((q) => `/api/articles?q=${encodeURIComponent(q)}&limit=20`)),
    ];
    console.log(`\nHTTP API, ${ARTICLES} articles (SQLite), ${CONNECTIONS} connections, ${DURATION} s each, loopback`);
    console.table(rows);
  } finally {
    server.kill('SIGTERM');
  }
}

async function serve(db: string): Promise<void> {
  const { listen } = await import('../src/server/listen.js');
  const store = await openStore(db);
  const running = await listen(store, { port: 0, host: '127.0.0.1', token: null, webRoot: null });
  process.stdout.write(`listening ${running.port}\n`);
  process.once('SIGTERM', () => void running.close().then(() => store.close()).then(() => process.exit(0)));
}

interface Row {
  readonly endpoint: string;
  readonly 'requests/s': number;
  readonly 'p50 ms': number;
  readonly 'p95 ms': number;
  readonly 'p99 ms': number;
  readonly errors: number;
}

async function load(name: string, base: string, paths: readonly string[]): Promise<Row> {
  const latencies: number[] = [];
  let non2xx = 0;
  let i = 0;
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    if (status < 200 || status >= 300) non2xx++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN) * 10) / 10;
  return {
    endpoint: name,
    'requests/s': Math.round(result.requests.average),
    'p50 ms': pct(50),
    'p95 ms': pct(95),
    'p99 ms': pct(99),
    errors: result.errors + result.timeouts + non2xx,
  };
}

// ---------------------------------------------------------------------------------------------
// the store

async function ensureStore(db: string): Promise<void> {
  const store = await openStore(db);
  try {
    const have = (await store.stats()).articles;
    if (have >= ARTICLES) {
      console.log(`using ${db} (${have} articles)`);
      return;
    }
    const bases = samples();
    const vocabulary = [...new Set(bases.flatMap((a) => a.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []))];
    let rng = 0x2545f491 ^ have;
    const random = () => {
      rng ^= rng << 13;
      rng ^= rng >>> 17;
      rng ^= rng << 5;
      return (rng >>> 0) / 2 ** 32;
    };
    const started = Date.now();
    const BATCH = 2000;
    for (let n = have; n < ARTICLES; n += BATCH) {
      const batch: Article[] = [];
      for (let k = n; k < Math.min(ARTICLES, n + BATCH); k++) batch.push(variant(bases[k % bases.length]!, k, vocabulary, random));
      await store.writeArticles(batch);
      const done = Math.min(ARTICLES, n + BATCH);
      if (done % 2_000 === 0 || done === ARTICLES) {
        const rate = (done - have) / ((Date.now() - started) / 1000);
        console.log(`generated ${done}/${ARTICLES} articles (${Math.round(rate)}/s)`);
      }
    }
  } finally {
    await store.close();
  }
}

function samples(): Article[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => recordsFromText(readFileSync(join(SAMPLES, f), 'utf8'), f))
    .flatMap((r) => (r.kind === 'record' ? [extract(r.text, { date: r.date, source: r.origin })] : []));
}

const TYPES: readonly [PloverType, string, number][] = [
  ['CONSULT', '040', 1], ['AGREE', '057', 8], ['COOPERATE', '062', 6], ['SUPPORT', '051', 3.4],
  ['ACCUSE', '112', -2], ['REJECT', '120', -4], ['THREATEN', '138', -7], ['SANCTION', '163', -8],
];

/** Sample `base` as the k-th generated article: another date, three added paragraphs, a unique id. */
function variant(base: Article, k: number, vocabulary: readonly string[], random: () => number): Article {
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
  // 3 x 40 words: with 40 the variants of one sample (~200 words) were near-duplicates of each
  // other (estimated Jaccard around 0.75), so most of the store was uncounted duplicates.
  const paragraph = () => Array.from({ length: 40 }, () => vocabulary[Math.floor(random() * vocabulary.length)]!).join(' ');
  const text = `${base.text}\n\n${paragraph()}.\n\n${paragraph()}.\n\n${paragraph()} (ref ${k}).`;
  const hash = createHash('sha256').update(text).digest('hex');
  let events: Event[] = base.events.map((e) => ({ ...e, date: { value: day, precision: 'day' as const } }));
  if (events.length === 0) events = coded(base, day, random);
  return {
    ...base,
    id: `bench-${k}`,
    text,
    hash,
    date: day,
    dateline: base.dateline ? { ...base.dateline, date: day } : null,
    events,
  };
}

/** One event between the first two actors of different countries, on the first sentence. */
function coded(base: Article, day: string, random: () => number): Event[] {
  const actors = base.entities.filter((e) => e.country && e.actor);
  const a = actors[0];
  const b = actors.find((e) => e.country !== a?.country);
  const sentence = base.sentences[1] ?? base.sentences[0];
  if (!a || !b || !sentence) return [];
  const [type, cameo, score] = TYPES[Math.floor(random() * TYPES.length)]!;
  const evidence = { start: sentence.start, end: sentence.end, text: base.text.slice(sentence.start, sentence.end) };
  return [{
    type, cameo, mode: null, context: null, status: 'occurred',
    actor: { entity: a.id, name: a.name, code: a.actor },
    recipient: { entity: b.id, name: b.name, code: b.actor },
    date: { value: day, precision: 'day' }, place: null,
    evidence: { ...evidence, trigger: evidence, why: 'bench: generated' },
    score,
  }];
}


if (process.argv.includes('--serve')) {
  await serve(process.argv[process.argv.indexOf('--serve') + 1]!);
} else if (process.argv.includes('--generate')) {
  await ensureStore(process.env.DATELINE_BENCH_DB ?? join(DIR, `http-${ARTICLES}.db`));
} else {
  await main();
}
