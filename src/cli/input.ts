/**
 * Reading input records from files and stdin: plain text, the seed's `date YYYY-MM-DD` format,
 * a JSON object, or JSONL (streamed line by line, constant memory). Every problem becomes an
 * `InputProblem` naming the input and line; the caller reports it and goes on.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { z } from 'zod';

export interface InputRecord {
  readonly kind: 'record';
  readonly id?: string;
  readonly date?: string;
  readonly source?: string;
  readonly text: string;
  /** "path" or "path:line" */
  readonly origin: string;
}

export interface InputProblem {
  readonly kind: 'problem';
  readonly origin: string;
  readonly reason: string;
}

export type InputItem = InputRecord | InputProblem;

/** Largest text Dateline extracts from one record. */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;

export const RecordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'date must be YYYY-MM-DD').transform((d) => d.slice(0, 10)).optional().nullable(),
  source: z.string().optional().nullable(),
  text: z.string({ error: 'missing "text" string' }),
});

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode one chunk of bytes as a record's text, or say why it cannot be read. */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty input' };
  if (bytes.length > MAX_RECORD_BYTES) return { reason: `record is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_RECORD_BYTES / 1048576} MB limit` };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { reason: 'binary data (NUL bytes), not text' };
  try {
    const text = decoder.decode(bytes);
    if (text.trim().length === 0) return { reason: 'no text (only white space)' };
    return { text };
  } catch {
    return { reason: 'invalid UTF-8' };
  }
}

/** One record from a JSON value, or the reason it is not a record. */
export function recordFromJson(value: unknown, origin: string): InputItem {
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'problem', origin, reason: `not a record: ${issue.path.join('.') || 'value'}: ${issue.message}` };
  }
  const { id, date, source, text } = parsed.data;
  if (text.trim().length === 0) return { kind: 'problem', origin, reason: 'record has an empty "text"' };
  return { kind: 'record', id, date: date ?? undefined, source: source ?? undefined, text, origin };
}

/** Records of a whole (non-JSONL) input: a JSON object or array of them, or one text. */
export function recordsFromText(text: string, origin: string): InputItem[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      const list = Array.isArray(value) ? value : [value];
      return list.map((v, i) => recordFromJson(v, list.length > 1 ? `${origin}[${i}]` : origin));
    } catch {
      // Not JSON after all: a text that starts with a brace.
    }
  }
  return [{ kind: 'record', text, origin, source: origin === '-' ? undefined : origin }];
}

/**
 * Lines of a stream as byte buffers, without holding more than one line in memory.
 * A line longer than `maxLine` is skipped and reported with its length.
 */
export async function* byteLines(stream: Readable, maxLine = MAX_RECORD_BYTES * 2): AsyncGenerator<Buffer | { tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      if (skipping) {
        yield { tooLong: skipping + nl - from };
        skipping = 0;
      } else {
        parts.push(chunk.subarray(from, nl));
        yield parts.length === 1 ? parts[0] : Buffer.concat(parts);
      }
      parts = [];
      size = 0;
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.subarray(from);
      if (skipping || size + rest.length > maxLine) {
        skipping += size + rest.length;
        parts = [];
        size = 0;
      } else {
        parts.push(Buffer.from(rest));
        size += rest.length;
      }
    }
  }
  if (skipping) yield { tooLong: skipping };
  else if (size > 0) yield Buffer.concat(parts);
}

/** Records of a JSONL stream, one per line, in order. Blank lines are skipped. */
export async function* jsonlRecords(stream: Readable, name: string): AsyncGenerator<InputItem> {
  let line = 0;
  for await (const bytes of byteLines(stream)) {
    line++;
    const origin = `${name}:${line}`;
    if ('tooLong' in bytes) {
      yield { kind: 'problem', origin, reason: `line is ${(bytes.tooLong / 1048576).toFixed(1)} MB, over the ${(MAX_RECORD_BYTES * 2) / 1048576} MB line limit` };
      continue;
    }
    if (bytes.length === 0 || /^\s*$/.test(bytes.toString('latin1'))) continue;
    const decoded = decodeText(bytes);
    if ('reason' in decoded) {
      yield { kind: 'problem', origin, reason: decoded.reason };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      yield { kind: 'problem', origin, reason: `broken JSON: ${(error as Error).message}` };
      continue;
    }
    yield recordFromJson(value, origin);
  }
}

/** Open a path or "-" (stdin) as a byte stream, or say why it cannot be opened. */
export async function openInput(path: string): Promise<Readable | InputProblem> {
  if (path === '-') return process.stdin;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { kind: 'problem', origin: path, reason: 'is a directory (use `dateline ingest` for folders)' };
  } catch (error) {
    return { kind: 'problem', origin: path, reason: describeFsError(error) };
  }
  return createReadStream(path);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}

/** Read a whole stream into one buffer, stopping early past the record limit. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_RECORD_BYTES * 4) {
      stream.destroy();
      break;
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/**
 * Every record of one input: JSONL streamed line by line when `jsonl` is set and the input looks
 * like JSONL; otherwise the whole input as one text or JSON document.
 */
export async function* readInput(path: string, jsonl: boolean): AsyncGenerator<InputItem> {
  const stream = await openInput(path);
  if ('kind' in stream) {
    yield stream;
    return;
  }
  const name = path === '-' ? 'stdin' : path;
  if (jsonl) {
    // Peek at the first bytes: an input that is not JSONL at all is read as one text record.
    const iterator = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    const first = await iterator.next();
    const firstChunk: Buffer = first.done ? Buffer.alloc(0) : first.value;
    const peek = firstChunk.subarray(0, 64).toString('utf8').trimStart();
    const { Readable } = await import('node:stream');
    const rest = Readable.from((async function* () {
      if (firstChunk.length) yield firstChunk;
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value;
    })());
    if (peek.length === 0 || peek.startsWith('{')) {
      if (firstChunk.length === 0) {
        yield { kind: 'problem', origin: name, reason: 'empty input' };
        return;
      }
      yield* jsonlRecords(rest, name);
      return;
    }
    yield* wholeInput(rest, name);
    return;
  }
  yield* wholeInput(stream, name);
}

async function* wholeInput(stream: Readable, name: string): AsyncGenerator<InputItem> {
  const bytes = await readAll(stream);
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    yield { kind: 'problem', origin: name, reason: decoded.reason };
    return;
  }
  yield* recordsFromText(decoded.text, name);
}
