/** Coreference stage (placeholder until coreference lands). */
import type { Entity, Mention, Message } from '../model.js';
import type { MentionsLayer } from './mentions.js';
import type { StructureLayer } from './structure.js';

export interface CorefLayer {
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly messages: readonly Message[];
}

export function resolveCoreference(_text: string, _structure: StructureLayer, _mentions: MentionsLayer): CorefLayer {
  return { entities: [], mentions: [], messages: [] };
}
