/** Events stage (placeholder until event coding lands). */
import type { Dateline, Event, Message } from '../model.js';
import type { CorefLayer } from './coref.js';
import type { QuotesLayer } from './quotes.js';
import type { RecordLayer } from './record.js';
import type { StructureLayer } from './structure.js';

export interface EventsLayer {
  readonly events: readonly Event[];
  readonly messages: readonly Message[];
}

export function codeEvents(
  _text: string,
  _record: RecordLayer,
  _dateline: Dateline | null,
  _structure: StructureLayer,
  _coref: CorefLayer,
  _quotes: QuotesLayer,
): EventsLayer {
  return { events: [], messages: [] };
}
