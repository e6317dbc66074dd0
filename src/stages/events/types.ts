/** Types shared by the event coder's parts: units, slots, candidates, the story context and a unit's view. */
import type { Entity, Event, EventStatus, Mention, Message, PloverType, Quote, Span, TextSpan, Token } from '../../model.js';
import type { TokenLayer } from '../mentions.js';
import type { TriggerEntry } from '../../lexicon/event-triggers.js';
import type { Form, Pattern } from '../event-lexicon.js';
import type { Direction } from '../dates.js';
import type { WordFilter } from '../lexicon-matcher.js';

export interface Unit extends Span {
  /** Index of the body paragraph, or -1 for a headline or heading. */
  readonly paragraph: number;
  /** Index of the sentence in the structure layer, or -1 for a headline or heading. */
  readonly sentence: number;
  /** Index of the headline or heading among the paragraphs outside the body, or -1 for a sentence. */
  readonly heading: number;
}

export interface Slot {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
  /** "you" in a quote, resolved once the main event is known. */
  readonly pending?: 'you';
  /** A group coded from a demonym or a place ("Russian troops", "Police in Thailand"): may follow a preposition as subject. */
  readonly group?: boolean;
  /** "the two leaders": the other of the two, named before. */
  readonly partner?: Entity;
}

export interface Candidate {
  readonly entry: TriggerEntry;
  readonly type: PloverType;
  readonly unit: Unit;
  readonly trigger: TextSpan;
  readonly actors: readonly Slot[];
  readonly recipients: readonly Slot[];
  readonly status: EventStatus;
  readonly direction: Direction;
  readonly past: boolean;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly mode: string | null;
  readonly cameo: string;
  readonly context: string | null;
  readonly date: Event['date'];
  readonly place: string | null;
  readonly quote: Quote | null;
  readonly frame: 'verb' | 'noun';
  /** An embedded act was read into this event ("agreed to hold talks"). */
  readonly embedded?: boolean;
  /** The trigger ends in `to` before a verb ("vowed to punish"): what it pledges is that verb's act. */
  readonly openInfinitive?: boolean;
  /** An attack announced by its own side, or a hostile act made conditional on another's: a threat is coded beside it. */
  readonly threat?: boolean;
  /** Whom that threat is aimed at when not the act's recipients ("could withdraw from the treaty if Britain ..."). */
  readonly threatTo?: readonly Slot[];
  /**
   * An event that stands without a recipient: an attack on things or people no country is named for
   * ("attacked several ships"), a condemnation of an act whose doer is not named ("condemned the killing of").
   */
  readonly standsAlone?: boolean;
}

export interface Context {
  readonly text: string;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  /** Every attributed speech, indirect too ("Mousavi said his country would retaliate"). */
  readonly reports: readonly Quote[];
  readonly anchor: string | null;
  readonly firstBody: number;
  readonly messages: Message[];
  /** Group entities by actor code: a document entity with that code, or one made here. */
  readonly groups: Map<string, { entity: Entity; created: boolean; mentions: TextSpan[] }>;
  /** Tokens and lower-cased words of each sentence and heading from the mentions layer, when the caller passes them. */
  readonly read: TokenLayer | null;
  /** The dateline's country: where a visit with no destination named takes place. */
  readonly home: string | null;
  /** The dateline's span, if any: the place it names is where the copy was filed, often no party. */
  readonly dateline: Span | null;
  /** Units whose words start a trigger pattern but complete none: read for group mentions only if a group is used. */
  readonly unread: { unit: Unit; tokens: readonly Token[]; words: readonly string[] }[];
  /**
   * The country or body the last sentence with an event is about ("It", "The kingdom" after it), the several its first act was
   * done by ("They"), and that sentence's index; `people`: the first act of that sentence was done to people of no side
   * ("arrested 20 protesters"), who may be the next "they".
   */
  readonly told: { subject: Entity | null; several: Entity[]; sentence: number; people: boolean };
}

/** Per-unit view: tokens, lower-cased words, and the entity slot each token belongs to. */
export interface View {
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  /** Slot per token index (mention or quote pronoun), or undefined. */
  readonly slotAt: readonly (Slot | undefined)[];
  /** Forms per token index of mention-internal tokens: first token of each slot. */
  readonly slotStart: readonly number[];
  readonly quoteAt: readonly (Quote | null)[];
}

/**
 * The trigger lexicon by the numbers of the shared vocabulary (stages/vocabulary.ts): per word's number, the patterns it starts,
 * and the anchor steps of the gapped patterns (see Pattern.anchor) as numbers, with per number the sentence (generation) that
 * last held the word: a reused table, no allocation per sentence. A sentence's words come numbered from the mentions stage, so
 * nothing is hashed here; before, each word that passed a filter was looked up by string in a map of its own (`eventWordAt`).
 */
export interface AnchorTable {
  generation: number;
  /** Per word's number, the generation of the last sentence that held it (every numbered word is stamped; anchors' are read). */
  readonly stamp: Int32Array;
  /**
   * Per pattern id, where its anchor steps start in `anchorWords` (the next id's entry is where they end; none for a pattern
   * without anchor).
   */
  readonly anchorAt: Int32Array;
  /** The anchor steps of every pattern in id order, each its count of words and then their numbers. */
  readonly anchorWords: Int32Array;
  /** Per word's number, the trigger patterns it starts (`lexicon().byFirst`), null if none. */
  readonly patternsOf: readonly (readonly Pattern[] | null)[];
  /** Per word step's index (Step.index), its words as numbers when all are numbered and they are few, else null (read by string). */
  readonly stepNumbers: readonly (Int32Array | null)[];
}

/** A trigger pattern matched at tokens `[start, end)`. */
export interface TriggerMatch {
  readonly pattern: Pattern;
  readonly start: number;
  readonly end: number;
  readonly form: Form;
  /** Patterns of other entries that match the same words as far ("head for" of a visit and of warships sailing), tried in order when `pattern` gives no act. */
  readonly tied?: readonly Pattern[];
}
