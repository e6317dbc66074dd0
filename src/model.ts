/**
 * The document model: every node kind Dateline produces, typed once.
 *
 * Offsets are JavaScript string indices into `Article.text`, half-open `[start, end)`.
 * They are the single way any node points at text. The field names of `Article` and its
 * children are the output contract of `dateline extract --json` (see DESIGN.md).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

/** A positioned problem: something a stage could not resolve. Never a silent drop. */
export interface Message extends Partial<Span> {
  readonly stage: StageName;
  readonly message: string;
  readonly severity?: 'info' | 'warning' | 'error';
}

export type StageName =
  | 'record'
  | 'dateline'
  | 'structure'
  | 'mentions'
  | 'coref'
  | 'quotes'
  | 'events';

/** What the caller hands to `extract` besides the text. */
export interface ExtractOptions {
  /** Article id; derived from the content hash when absent. */
  readonly id?: string;
  /** ISO date (YYYY-MM-DD) of the dispatch; anchors every relative date. */
  readonly date?: string;
  /** Where the text came from (a file path, a feed URL, an agency name). */
  readonly source?: string;
}

// ---------------------------------------------------------------------------------------------
// record + dateline + structure

export interface Dateline extends Span {
  readonly kind: 'dateline';
  /** Place as written in the text, normalised to title case ("Moscow"). */
  readonly place: string | null;
  /** ISO 3166 alpha-3 of the place, from the gazetteer. */
  readonly country: string | null;
  /** Full ISO date when it could be resolved, else null. */
  readonly date: string | null;
  readonly agency: string | null;
  /** GeoNames id of the resolved place. */
  readonly geonameId?: number | null;
}

export interface Paragraph extends Span {
  readonly kind: 'paragraph';
  readonly role: 'headline' | 'heading' | 'body';
}

export interface Sentence extends Span {
  readonly kind: 'sentence';
  /** Index of the paragraph holding it. */
  readonly paragraph: number;
}

export interface Token extends Span {
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------
// mentions + coref

export type EntityType = 'person' | 'organization' | 'country' | 'location';

export type MentionForm =
  | 'name' // "Valery Gerasimov", "Russia", "Shanghai Cooperation Organization"
  | 'acronym' // "SCO"
  | 'demonym' // "Chinese counterpart"
  | 'capital' // "Moscow appreciates" used for a government
  | 'title' // "the chief of the Russian General Staff"
  | 'pronoun' // "he"
  | 'nominal'; // "the ministry", "the Russian side"

export interface Mention extends Span {
  readonly kind: 'mention';
  readonly text: string;
  readonly type: EntityType;
  readonly form: MentionForm;
  /** Entity id after coreference. */
  readonly entity: string;
}

export interface Entity {
  readonly kind: 'entity';
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the longest proper name seen. */
  readonly name: string;
  /** ISO 3166 alpha-3, or null when unknown (intergovernmental bodies carry none). */
  readonly country: string | null;
  /** GOV, MIL, LEG, JUD, BUS, MED, NGO, IGO, REB, ... or null. */
  readonly sector: string | null;
  readonly rank: string | null;
  readonly titles: readonly string[];
  /** Actor code: country + sector ("RUSMIL"), "IGO" + short name, or the country alone. */
  readonly actor: string | null;
  readonly aliases: readonly string[];
  /** Every mention, with how it names the entity (name, acronym, pronoun, title ...). */
  readonly mentions: readonly (TextSpan & { readonly form?: MentionForm })[];
}

// ---------------------------------------------------------------------------------------------
// quotes

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends Span {
  readonly kind: QuoteKind;
  /** The reported content (inside the quote marks for direct speech). */
  readonly text: string;
  /** Entity id of the speaker, or null when unattributed. */
  readonly speaker: string | null;
  readonly speakerName: string | null;
  /** The cue verb as written ("said", "pointed out"). */
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  /** The span of the speaker mention that attributes the quote. */
  readonly speakerSpan: Span | null;
}

// ---------------------------------------------------------------------------------------------
// events

export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

export type EventStatus =
  | 'occurred'
  | 'intended'
  | 'invited'
  | 'requested'
  | 'negated'
  | 'hypothetical';

export interface EventActor {
  /** Entity id in this document. */
  readonly entity: string;
  readonly name: string;
  readonly code: string | null;
}

export interface EventDate {
  /** "2023-06-09", "2023-04", "2023" */
  readonly value: string;
  readonly precision: 'day' | 'week' | 'month' | 'year';
  /** The words that gave the date, when the text gave one. */
  readonly text?: string;
}

export interface Event {
  readonly kind?: 'event';
  readonly type: PloverType;
  readonly cameo: string;
  readonly mode: string | null;
  readonly context: string | null;
  readonly status: EventStatus;
  readonly actor: EventActor;
  readonly recipient: EventActor | null;
  readonly date: EventDate | null;
  readonly place: string | null;
  readonly evidence: TextSpan & { readonly trigger: TextSpan; readonly why: string };
  /** Goldstein-style cooperation-conflict score, -10 (conflict) .. +10 (cooperation). */
  readonly score: number;
}

// ---------------------------------------------------------------------------------------------
// the article: what `extract` returns

export interface Article {
  readonly id: string;
  readonly text: string;
  readonly language: string;
  readonly date: string | null;
  readonly source: string | null;
  /** sha256 of the normalised text. */
  readonly hash: string;
  readonly extractor: string;
  readonly dateline: Dateline | null;
  readonly headline: string | null;
  readonly headings: readonly string[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly events: readonly Event[];
  readonly messages: readonly Message[];
}
