/**
 * What `dateline ingest` reads: files, folders (recursively), stdin, JSONL, JSON, the seed's
 * record format, HTML pages (main text through Readability over linkedom) and RSS/Atom feeds
 * (fast-xml-parser; each item's text and date). Every unreadable input becomes an InputProblem.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { XMLParser } from 'fast-xml-parser';
import { decodeText, describeFsError, MAX_RECORD_BYTES, readInput, recordsFromText, type InputItem } from '../cli/input.js';

const JSONL = new Set(['.jsonl', '.ndjson']);
const HTML = new Set(['.html', '.htm', '.xhtml']);
const FEED = new Set(['.rss', '.atom', '.xml']);

/** Every record of every path, folders walked recursively in name order. */
export async function* readPaths(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readInput('-', true);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'problem', origin: path, reason: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) yield* readFolder(path);
    else yield* readFile_(path);
  }
}

async function* readFolder(dir: string): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'problem', origin: dir, reason: describeFsError(error) };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* readFolder(path);
    else if (entry.isFile() || entry.isSymbolicLink()) yield* readFile_(path);
  }
}

async function* readFile_(path: string): AsyncGenerator<InputItem> {
  const ext = extname(path).toLowerCase();
  if (JSONL.has(ext)) {
    yield* readInput(path, true);
    return;
  }
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > MAX_RECORD_BYTES * 4) {
      yield { kind: 'problem', origin: path, reason: `file is ${(info.size / 1048576).toFixed(1)} MB; only JSONL inputs may be that large` };
      return;
    }
    bytes = await readFile(path);
  } catch (error) {
    yield { kind: 'problem', origin: path, reason: describeFsError(error) };
    return;
  }
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    yield { kind: 'problem', origin: path, reason: decoded.reason };
    return;
  }
  const text = decoded.text;
  const head = text.trimStart().slice(0, 2000).toLowerCase();
  if (FEED.has(ext) || /^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(head) || /^<(rss|feed)\b/.test(head)) {
    yield* feedRecords(text, path);
  } else if (HTML.has(ext) || head.startsWith('<!doctype html') || head.startsWith('<html')) {
    yield htmlRecord(text, path);
  } else if (ext === '.json') {
    yield* recordsFromText(text, path);
  } else if (head.startsWith('{') && text.includes('\n{')) {
    // JSONL without the extension.
    yield* readInput(path, true);
  } else {
    yield* recordsFromText(text, path);
  }
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Smallest number of words an HTML page's main text must have to be an article. */
const MIN_HTML_WORDS = 12;

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre';

/** Text of a DOM node as paragraphs separated by blank lines. */
function blockText(node: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; querySelector(s: string): unknown }> ; textContent: string | null }): string {
  const parts: string[] = [];
  const blocks = Array.from(node.querySelectorAll(BLOCKS));
  for (const block of blocks) {
    // Skip a block holding other blocks: its children are visited on their own.
    if (block.querySelector(BLOCKS)) continue;
    const t = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  if (parts.length === 0) return (node.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
  return parts.join('\n\n');
}

function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const d = new Date(String(value).trim());
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().slice(0, 10);
}

export function htmlRecord(html: string, origin: string): InputItem {
  let document;
  try {
    ({ document } = parseHTML(html));
  } catch (error) {
    return { kind: 'problem', origin, reason: `invalid HTML: ${(error as Error).message}` };
  }
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? undefined;
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  let parsed;
  try {
    parsed = new Readability(document as unknown as Document, { serializer: (node: Node) => node, charThreshold: 100 }).parse();
  } catch (error) {
    return { kind: 'problem', origin, reason: `invalid HTML: ${(error as Error).message}` };
  }
  const content = parsed?.content as unknown as Parameters<typeof blockText>[0] | null | undefined;
  const body = content ? blockText(content) : '';
  // Fewer words than a one-sentence dispatch: markup debris, not an article.
  if (!parsed || (body.match(/\p{L}{2,}/gu)?.length ?? 0) < MIN_HTML_WORDS) return { kind: 'problem', origin, reason: 'HTML page has no readable article text' };
  const title = parsed.title?.replace(/\s+/g, ' ').trim();
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { kind: 'record', text, date: isoDay(parsed.publishedTime ?? published), source: origin, origin };
}

// ---------------------------------------------------------------------------------------------
// RSS and Atom

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: true });

const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (typeof v === 'object' && '#text' in (v as Record<string, unknown>)) return String((v as Record<string, unknown>)['#text']);
  return '';
}

/** Feed item content may be HTML: its text through linkedom, never a regex. */
function plain(markup: string): string {
  if (!/[<&]/.test(markup)) return markup.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return blockText(document.body as unknown as Parameters<typeof blockText>[0]);
}

export function* feedRecords(text: string, origin: string): Generator<InputItem> {
  let doc: Record<string, any>;
  try {
    doc = xml.parse(text, true) as Record<string, any>;
  } catch (error) {
    yield { kind: 'problem', origin, reason: `broken XML feed: ${(error as Error).message}` };
    return;
  }
  const rss = doc.rss?.channel ?? doc['rdf:RDF'];
  const items = rss ? asList(rss.item ?? doc['rdf:RDF']?.item) : asList(doc.feed?.entry);
  if (!rss && !doc.feed) {
    yield { kind: 'problem', origin, reason: 'XML is not an RSS or Atom feed' };
    return;
  }
  if (items.length === 0) {
    yield { kind: 'problem', origin, reason: 'feed has no items' };
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Record<string, unknown>;
    const where = `${origin}[${i}]`;
    const title = plain(textOf(item.title));
    const body = plain(textOf(item['content:encoded'] ?? item.content ?? item.description ?? item.summary));
    const date = isoDay(textOf(item.pubDate ?? item.published ?? item.updated ?? item['dc:date']));
    const link = textOf(item.link) || (asList(item.link).map((l) => (l as Record<string, string>)['@href']).find(Boolean) ?? '');
    const guid = textOf(item.guid ?? item.id) || undefined;
    const full = title && body && !body.startsWith(title) ? `${title}\n\n${body}` : body || title;
    if (!full.trim()) {
      yield { kind: 'problem', origin: where, reason: 'feed item has no text' };
      continue;
    }
    yield { kind: 'record', text: full, date, id: undefined, source: link || guid || origin, origin: where };
  }
}
