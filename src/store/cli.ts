/**
 * Shared shell helpers of the corpus commands (ingest, search, events, actors, timeline,
 * network, export, reprocess): the --db option, opening the store, tables or JSON on stdout.
 */
import type { Command } from 'commander';
import { writeLine } from '../cli/output.js';
import { openStore, type Store } from './index.js';

export interface DbOptions {
  readonly db?: string;
  readonly json?: boolean;
}

export function withDb(command: Command): Command {
  return command.option('--db <url>', 'SQLite file or postgres:// URL (default: $DATELINE_DB or ./dateline.db)');
}

export function withJson(command: Command): Command {
  return command.option('--json', 'print JSON for scripts');
}

export async function useStore<T>(options: DbOptions, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(options.db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export async function printJson(value: unknown): Promise<void> {
  await writeLine(JSON.stringify(value, null, 2));
}

/** A plain text table, columns cut to fit the terminal. */
export async function printTable(headers: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c).replace(/\s+/g, ' '))));
  const widths = headers.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0))));
  const total = process.stdout.columns ?? 160;
  const line = (r: readonly string[]) => {
    const s = r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
    return s.length > total ? `${s.slice(0, total - 1)}…` : s;
  };
  await writeLine(line(headers));
  await writeLine(line(widths.map((w) => '-'.repeat(w))));
  for (const r of cells) await writeLine(line(r));
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}
