/**
 * Ingest end to end on a real SQLite file: every input kind, bad inputs reported by path and
 * reason while the rest is stored, idempotent re-ingest, and kill -9 + resume in a child process.
 * Dispatches here are short wire-style texts written for these tests.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../src/store/index.js';
import { ingestPaths, ingestRecords, readPaths, reprocess } from '../src/ingest/index.js';
import type { InputItem } from '../src/cli/input.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
const input = join(dir, 'in');
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

const DISPATCH = `MOSCOW, January 16. /TASS/. Russian Foreign Minister Sergei Lavrov held talks with his Turkish counterpart Hakan Fidan in Moscow on Tuesday, the Russian Foreign Ministry said. The ministers discussed grain exports across the Black Sea and the situation in the South Caucasus.`;
const SEED = `date 2024-02-08\nISLAMABAD, February 8 (Xinhua) -- Pakistan on Thursday rejected remarks by an Indian minister about the disputed region as baseless, the Foreign Office said in a statement issued in Islamabad. The spokesperson urged New Delhi to refrain from such rhetoric ahead of the talks.`;
const HTML_PAGE = `<!doctype html><html><head><title>Chile and Peru sign fisheries accord | Example Wire</title>
<meta property="article:published_time" content="2024-03-12T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sports">Sports</a></nav>
<article><h1>Chile and Peru sign fisheries accord</h1>
<p>SANTIAGO, March 12 (Reuters) - Chile and Peru signed an agreement on Tuesday to manage anchovy stocks along their shared maritime border, the Chilean foreign ministry said in a statement.</p>
<p>The accord sets joint quotas for the next three seasons and creates a commission of scientists from both countries, the ministry said. Peruvian officials welcomed the deal as a step toward closer cooperation.</p>
<p>Fishing groups in both countries had pressed for the agreement after two weak seasons hurt exports of fishmeal to Asian markets, according to industry data.</p>
</article><footer>Copyright Example Wire. All rights reserved. Subscribe to our newsletter.</footer></body></html>`;
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire World</title>
<item><title>Japan and South Korea hold defense talks</title><pubDate>Sun, 28 Jul 2024 08:00:00 GMT</pubDate>
<link>https://example.test/1</link>
<description><![CDATA[<p>TOKYO, July 28 (Kyodo) -- Japanese Defense Minister Minoru Kihara met his South Korean counterpart in Tokyo on Sunday and agreed to resume regular exchanges between their forces.</p>]]></description></item>
<item><title>Kenya deploys police to border</title><pubDate>Wed, 26 Jun 2024 10:00:00 GMT</pubDate>
<link>https://example.test/2</link>
<description>NAIROBI, June 26 (AP) — Kenya deployed additional police units to its northern border on Wednesday after clashes between herders, the interior ministry said.</description></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:x</id><updated>2024-05-16T00:00:00Z</updated>
<entry><title>CSTO chiefs meet in Astana</title><id>urn:x:1</id><published>2024-05-16T07:00:00Z</published>
<content type="html">&lt;p&gt;ASTANA, May 16. /Interfax/ - Chiefs of general staff of the CSTO member states met in Astana on Thursday to discuss joint exercises planned for the autumn.&lt;/p&gt;</content></entry>
</feed>`;

beforeAll(() => {
  mkdirSync(join(input, 'web'), { recursive: true });
  writeFileSync(join(input, 'a-dispatch.txt'), DISPATCH);
  writeFileSync(join(input, 'b-seed.txt'), SEED);
  writeFileSync(join(input, 'web', 'page.html'), HTML_PAGE);
  writeFileSync(join(input, 'web', 'broken.html'), '<html><body><div><<<</div>\u0001\u0002 <p');
  writeFileSync(join(input, 'c-binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0]));
  writeFileSync(join(input, 'd-feed.xml'), RSS);
  writeFileSync(join(input, 'e-atom.atom'), ATOM);
  writeFileSync(join(input, 'f-empty.rss'), '');
  writeFileSync(
    join(input, 'g-lines.jsonl'),
    [
      JSON.stringify({ id: 'wire-1', date: '2024-04-02', text: 'PARIS, April 2 (AFP) - France and Germany agreed on Tuesday to coordinate their positions before the summit, officials in both capitals said after talks in Paris.' }),
      '{"id": "wire-2", "text": "broken',
      JSON.stringify({ id: 'wire-3', date: '2024-04-03' }),
      JSON.stringify({ id: 'wire-4', date: '2024-04-03', text: 'WARSAW, April 3 (Reuters) - Poland summoned the Belarusian charge d\'affaires on Wednesday over repeated airspace violations near the border, the foreign ministry said.' }),
    ].join('\n') + '\n',
  );
  writeFileSync(join(input, 'z-vanishes.txt'), DISPATCH.replace('Tuesday', 'Wednesday'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(join(dir, 'mixed.db'));
  });
  afterAll(async () => store.close());

  it('[ingest/inputs] stores every readable record and reports each bad input by path and reason', async () => {
    // A file vanishes during the ingest: it is deleted once the first record has been read.
    async function* vanishing(): AsyncGenerator<InputItem> {
      let first = true;
      for await (const item of readPaths([input])) {
        yield item;
        if (first) unlinkSync(join(input, 'z-vanishes.txt'));
        first = false;
      }
    }
    const report = await ingestRecords(store, vanishing(), { workers: 2 });
    const problems = Object.fromEntries(report.problemList.map((p) => [p.origin.slice(input.length + 1), p.reason]));
    expect(problems).toEqual({
      'c-binary.bin': 'binary data (NUL bytes), not text',
      'f-empty.rss': 'empty input',
      'g-lines.jsonl:2': expect.stringMatching(/^broken JSON/),
      'g-lines.jsonl:3': expect.stringMatching(/text/),
      'web/broken.html': 'HTML page has no readable article text',
      'z-vanishes.txt': 'no such file',
    });
    // dispatch, seed record, 2 RSS items, 1 Atom entry, 2 JSONL lines, 1 HTML page
    expect(report).toMatchObject({ read: 8, added: 8, skipped: 0, problems: 6 });
    const stats = await store.stats();
    expect(stats.articles).toBe(8);
  });

  it('[ingest/formats] HTML main text, feed item dates, the seed date field', async () => {
    const page = (await store.search('anchovy')).items[0];
    const html = await store.getArticle(page.article.id);
    expect(html?.text).toMatch(/^Chile and Peru sign fisheries accord\n\nSANTIAGO, March 12 \(Reuters\)/);
    expect(html?.text).not.toMatch(/Subscribe|Sports/);
    expect(html?.date).toBe('2024-03-12');
    const kyodo = (await store.search('Kihara')).items[0];
    expect(kyodo.article.date).toBe('2024-07-28');
    expect(kyodo.article.source).toBe('https://example.test/1');
    expect((await store.search('CSTO')).items[0].article.date).toBe('2024-05-16');
    expect((await store.search('Islamabad')).items[0].article.date).toBe('2024-02-08');
    expect((await store.getArticle('wire-4'))?.agency).toBe('Reuters');
  });

  it('[ingest/idempotent] ingesting again adds nothing', async () => {
    const report = await ingestPaths(store, [input], { workers: 1 });
    expect(report).toMatchObject({ read: 8, added: 0, skipped: 8 });
    expect((await store.stats()).articles).toBe(8);
  });

  it('[ingest/reprocess] re-extracts stored articles of another version, or all', async () => {
    expect((await reprocess(store, { workers: 0 })).reprocessed).toBe(0);
    const all = await reprocess(store, { all: true, workers: 1 });
    expect(all).toMatchObject({ reprocessed: 8, failed: [] });
    expect((await store.stats()).articles).toBe(8);
  });
});

describe('ingest CLI', () => {
  it('[ingest/exit] exits non-zero only when nothing could be read', () => {
    const bad = join(dir, 'only-bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'x.bin'), Buffer.from([0, 1, 2, 0]));
    const none = spawnSync(process.execPath, [...CLI, 'ingest', '--db', join(dir, 'cli.db'), bad], { encoding: 'utf8' });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(`${join(bad, 'x.bin')}: binary data (NUL bytes), not text`);
    const some = spawnSync(process.execPath, [...CLI, 'ingest', '--db', join(dir, 'cli.db'), bad, join(input, 'a-dispatch.txt')], { encoding: 'utf8' });
    expect(some.status).toBe(0);
    expect(some.stderr).toMatch(/1 read, 1 added/);
    const stdin = spawnSync(process.execPath, [...CLI, 'ingest', '--db', join(dir, 'cli.db'), '-'], { encoding: 'utf8', input: `${JSON.stringify({ id: 's1', text: DISPATCH.replace('Moscow', 'Sochi') })}\n` });
    expect(stdin.stderr).toMatch(/1 read, 1 added/);
    const events = spawnSync(process.execPath, [...CLI, 'search', '--db', join(dir, 'cli.db'), '--json', 'Sochi'], { encoding: 'utf8' });
    expect(JSON.parse(events.stdout).items[0].article.id).toBe('s1');
  });

  it('[ingest/resume] kill -9 mid-ingest, rerun: every article exactly once, none half-written', async () => {
    const N = 2000;
    const cities = ['LONDON', 'PARIS', 'BERLIN', 'ROME', 'MADRID', 'VIENNA', 'PRAGUE', 'WARSAW'];
    const lines = [];
    for (let i = 0; i < N; i++) {
      const city = cities[i % cities.length];
      lines.push(JSON.stringify({
        id: `r${i}`,
        date: '2024-05-01',
        text: `${city}, May 1 (Reuters) - The central bank of region ${i} kept its key rate at ${(i % 97) / 10} percent on Wednesday, officials said, citing inflation of ${(i * 7) % 13} percent in April and order book ${i * 31}. Analysts polled in sample ${i * 17 + 3} had expected the decision.`,
      }));
    }
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const db = join(dir, 'resume.db');
    const count = () => {
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        try {
          return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
        } finally {
          d.close();
        }
      } catch {
        return 0;
      }
    };
    const child = spawn(process.execPath, [...CLI, 'ingest', '--db', db, '--batch', '20', '--workers', '2', file], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const started = Date.now();
    while (count() < 200 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    const atKill = count();
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(N);

    const rerun = spawnSync(process.execPath, [...CLI, 'ingest', '--db', db, '--json', file], { encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    const report = JSON.parse(rerun.stdout);
    expect(report.added + report.skipped).toBe(N);
    expect(report.skipped).toBeGreaterThanOrEqual(atKill);
    const d = new Database(db, { readonly: true });
    const row = d.prepare('SELECT count(*) AS n, count(DISTINCT id) AS ids FROM articles').get() as { n: number; ids: number };
    expect(row).toEqual({ n: N, ids: N });
    // None half-written: each article's stored layers match its counts.
    const half = d.prepare(`
      SELECT count(*) AS n FROM articles a
      WHERE a.entity_count != (SELECT count(*) FROM article_entities e WHERE e.article_id = a.id)
         OR a.event_count != (SELECT count(*) FROM events v WHERE v.article_id = a.id)
         OR a.quote_count != (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)`).get() as { n: number };
    expect(half.n).toBe(0);
    d.close();
  });
});
