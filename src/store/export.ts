/** Exports of the event table: JSONL (Dateline's rows), CSV, and PLOVER-style JSON lines. */
import type { Kysely } from 'kysely';
import type { EventRow, ExportOptions } from './api.js';
import type { DB } from './schema.js';
import { eventRow, eventsQuery } from './queries.js';

const CSV_COLUMNS = [
  'id', 'cluster_id', 'article_id', 'date', 'date_precision', 'type', 'cameo', 'mode', 'context', 'status',
  'actor_name', 'actor_code', 'actor_id', 'recipient_name', 'recipient_code', 'recipient_id',
  'place', 'score', 'agency', 'source_count', 'evidence',
] as const;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // Quote when needed; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(e: EventRow): string {
  const v: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: e.id, cluster_id: e.clusterId, article_id: e.articleId, date: e.date, date_precision: e.datePrecision,
    type: e.type, cameo: e.cameo, mode: e.mode, context: e.context, status: e.status,
    actor_name: e.actor.name, actor_code: e.actor.code, actor_id: e.actor.actorId,
    recipient_name: e.recipient?.name, recipient_code: e.recipient?.code, recipient_id: e.recipient?.actorId,
    place: e.place, score: e.score, agency: e.agency, source_count: e.sourceCount, evidence: e.evidence.text,
  };
  return CSV_COLUMNS.map((c) => csvCell(v[c])).join(',');
}

/** One event in the PLOVER data model's vocabulary (event, mode, context, actor, recipient). */
function ploverLine(e: EventRow): string {
  return JSON.stringify({
    id: e.clusterId,
    date: e.date,
    event: e.type,
    mode: e.mode,
    context: e.context ? e.context.split(/[,;]\s*/) : [],
    cameo: e.cameo,
    status: e.status,
    actor: e.actor.name,
    actor_code: e.actor.code,
    recipient: e.recipient?.name ?? null,
    recipient_code: e.recipient?.code ?? null,
    location: e.place,
    goldstein: e.score,
    text: e.evidence.text,
    source: { article: e.articleId, agency: e.agency, reports: e.sourceCount },
  });
}

/** Stream the export with keyset paging: constant memory however large the store. */
export async function* exportEvents(db: Kysely<DB>, options: ExportOptions): AsyncGenerator<string> {
  const { format, ...filter } = options;
  if (format === 'csv') yield CSV_COLUMNS.join(',');
  const base = await eventsQuery(db, filter);
  let after = '';
  for (;;) {
    const rows = await base.selectAll().where('id', '>', after).orderBy('id').limit(1000).execute();
    for (const r of rows) {
      const e = eventRow(r);
      yield format === 'csv' ? csvLine(e) : format === 'plover' ? ploverLine(e) : JSON.stringify(e);
    }
    if (rows.length < 1000) return;
    after = rows[rows.length - 1].id;
  }
}
