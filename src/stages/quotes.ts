/** Quotes stage (placeholder until quote attribution lands). */
import type { Message, Quote } from '../model.js';
import type { CorefLayer } from './coref.js';
import type { StructureLayer } from './structure.js';

export interface QuotesLayer {
  readonly quotes: readonly Quote[];
  readonly messages: readonly Message[];
}

export function attributeQuotes(_text: string, _structure: StructureLayer, _coref: CorefLayer): QuotesLayer {
  return { quotes: [], messages: [] };
}
