/** Mentions stage (placeholder until the mention finder lands). */
import type { Dateline, EntityType, Message, MentionForm, Span } from '../model.js';
import type { StructureLayer } from './structure.js';

export interface RawMention extends Span {
  readonly text: string;
  readonly type: EntityType;
  readonly form: MentionForm;
  readonly country: string | null;
  readonly sector: string | null;
  readonly rank: string | null;
  readonly titles: readonly string[];
  /** The name part of a person mention without rank and titles ("Valery Gerasimov"). */
  readonly name: string;
  /** Sentence index holding the mention. */
  readonly sentence: number;
}

export interface MentionsLayer {
  readonly mentions: readonly RawMention[];
  readonly messages: readonly Message[];
}

export function findMentions(_text: string, _structure: StructureLayer, _dateline: Dateline | null): MentionsLayer {
  return { mentions: [], messages: [] };
}
