/**
 * The `dateline extract` command on good and bad input, run as a real child process: every
 * problem is reported with the input's name (and line), the rest of a batch goes on, and the
 * exit code is non-zero only when nothing could be read. Never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
let dir = '';

function dateline(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, input: typeof input === 'string' ? Buffer.from(input) : input, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}

const DISPATCH = 'date 2024-03-14\nMOSCOW, March 14. /TASS/. Russian Defense Minister Sergei Shoigu held talks with his Belarusian counterpart Viktor Khrenin in Moscow on Thursday, the ministry said.';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  writeFileSync(join(dir, 'good.txt'), DISPATCH);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4d, 0x6f, 0x73, 0x63, 0x6f, 0x77, 0x20, 0xe9, 0xff, 0xfe, 0x20, 0x73, 0x61, 0x69, 0x64]));
  writeFileSync(join(dir, 'huge.txt'), 'word '.repeat(4 * 1024 * 1024));
  writeFileSync(join(dir, 'russian.txt'), 'МОСКВА, 9 июня. /ТАСС/. Начальник Генерального штаба Вооруженных сил России провел переговоры с китайским коллегой.');
  writeFileSync(join(dir, 'batch.jsonl'), [
    JSON.stringify({ id: 'a', date: '2024-03-14', text: DISPATCH.split('\n')[1] }),
    '{"id": "b", "text": "broken',
    JSON.stringify({ id: 'c', text: 'BEIJING, May 2 (Xinhua) -- Chinese Foreign Minister Wang Yi met his Brazilian counterpart Mauro Vieira on Thursday, the ministry said.' }),
    JSON.stringify({ id: 'd' }),
  ].join('\n'));
});

describe('[cli] dateline extract', () => {
  it('[cli] prints a readable summary with the dateline and people', () => {
    const r = dateline(['extract', join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dateline: Moscow (RUS), 2024-03-14, TASS');
    expect(r.stdout).toMatch(/Sergei Shoigu/);
  });

  it('[cli] --json prints the document of the output contract', () => {
    const r = dateline(['extract', '--json', join(dir, 'good.txt')]);
    const doc = JSON.parse(r.stdout);
    for (const key of ['id', 'text', 'language', 'dateline', 'headline', 'headings', 'sentences', 'entities', 'quotes', 'events', 'messages']) expect(doc, key).toHaveProperty(key);
  });

  it('[cli] --jsonl keeps order and ids, reports the broken line and the record without text, goes on', () => {
    const r = dateline(['extract', '--jsonl', join(dir, 'batch.jsonl')]);
    expect(r.code).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['a', 'c']);
    expect(r.stderr).toContain('batch.jsonl:2: broken JSON');
    expect(r.stderr).toMatch(/batch\.jsonl:4: not a record: text/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('[cli] --jsonl with a 20 MB line: that line reported, the next one read', () => {
    const file = join(dir, 'long-line.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'long', text: 'x '.repeat(10 * 1024 * 1024) })}\n${JSON.stringify({ id: 'short', text: DISPATCH })}\n`);
    const r = dateline(['extract', '--jsonl', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/long-line\.jsonl:1: line is 20\.0 MB/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['short']);
  });

  it('[cli] reads the seed record format from stdin', () => {
    const r = dateline(['extract', '--json', '-'], DISPATCH);
    expect(JSON.parse(r.stdout).dateline.date).toBe('2024-03-14');
  });

  const bad: Array<[string, RegExp]> = [
    ['empty.txt', /empty input/],
    ['binary.bin', /binary data/],
    ['latin1.txt', /invalid UTF-8/],
    ['huge.txt', /over the 5 MB limit/],
    ['missing.txt', /no such file/],
  ];
  for (const [file, reason] of bad) {
    it(`[cli] ${file}: a clear error naming the input, exit 1`, () => {
      const r = dateline(['extract', join(dir, file)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('[cli] one bad file in a batch: the others are read, exit 0', () => {
    const r = dateline(['extract', join(dir, 'empty.txt'), join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('empty.txt: empty input');
    expect(r.stdout).toContain('Sergei Shoigu');
  });

  it('[cli] non-English text: read, with a message saying it is not extracted', () => {
    const r = dateline(['extract', '--json', join(dir, 'russian.txt')]);
    const doc = JSON.parse(r.stdout);
    expect(doc.language).toBe('ru');
    expect(doc.messages.map((m: { message: string }) => m.message).join(' ')).toMatch(/not English/);
  });
});
