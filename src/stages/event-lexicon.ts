/**
 * Compiles the event-trigger lexicon (src/lexicon/event-triggers.ts) once into token matchers
 * indexed by their first word, so that the events stage looks up each token of a sentence in one
 * map and tries only the few patterns that can start there.
 */
import { EVENT_TRIGGERS, LIGHT_PHRASES, LIGHT_PHRASES_TO_COME, LIGHT_VERBS, LIGHT_VERBS_TO_COME, type TriggerEntry } from '../lexicon/event-triggers.js';
import { nounForms, verbForms } from '../lexicon/event-morphology.js';
import { mayBeWord, wordFilter, type WordFilter } from './lexicon-matcher.js';

/** How the first word of a verb pattern was inflected: tells tense and voice. */
export type Form = 'base' | 'third' | 'past' | 'participle' | 'past/participle' | 'gerund' | 'noun';

/**
 * A pattern's step: words, or a gap of up to `gap` words. A gap `describes` when only words describing the noun after it may
 * fill it; it holds `parties` when it is the object right after the verb and the entry's recipient stands there ("warn *
 * not to"), so that two parties joined by `and` may fill it ("warned Kuwait and Saudi Arabia not to").
 */
export type Step =
  | {
    readonly words: ReadonlySet<string>;
    readonly multi: readonly (readonly string[])[];
    readonly optional: boolean;
    /** The step's index among the lexicon's word steps, from 0 (for per-step tables, as Pattern.id for patterns). */
    readonly index: number;
  }
  | { readonly gap: number; readonly describes: boolean; readonly parties?: boolean };

export interface Pattern {
  readonly entry: TriggerEntry;
  readonly frame: 'verb' | 'noun';
  /** Steps after the first word. */
  readonly rest: readonly Step[];
  /** Forms of the first word (lower case) and what each is. */
  readonly first: ReadonlyMap<string, Form>;
  /** A passive pattern: "sanctions were imposed on X" reads the object before the verb. */
  readonly passive?: boolean;
  /**
   * The words of each step a match cannot skip (first words of multi-word alternatives), or null:
   * a sentence holding no word of one of them is not tried, which spares the gap search after
   * common first words ("have", "be"). Every such step counts, not only the last: that is most
   * often a common word ("to", "with") while the first is seldom in the sentence, and nine in ten
   * tries of a gapped pattern that had its last step's word failed so.
   */
  readonly anchor: readonly (readonly string[])[] | null;
  /** Index of the pattern in the compiled lexicon (for per-sentence tables). */
  readonly id: number;
}

export interface CompiledLexicon {
  readonly byFirst: ReadonlyMap<string, readonly Pattern[]>;
  /** Every form of a light verb, lower case. */
  readonly lightVerbs: ReadonlyMap<string, Form>;
  /** Every form of a light verb whose act is still to come ("plan", "propose"). */
  readonly lightToCome: ReadonlySet<string>;
  /** Light verbs joined to their nominal by a preposition ("went ahead with"): the forms of the verb and the words after it. */
  readonly lightPhrases: readonly { readonly forms: ReadonlyMap<string, Form>; readonly rest: readonly string[]; readonly toCome: boolean }[];
  /** Words that start a pattern other than a passive one ("sanctions were imposed"): verbs and nominal triggers. */
  readonly activeFirst: ReadonlySet<string>;
  /** Past, participle, third-person and gerund forms of trigger verbs: a gap never skips one. */
  readonly inflected: ReadonlySet<string>;
  /** How many patterns there are (their ids run from 0). */
  readonly patternCount: number;
  /** How many word steps there are (their indices run from 0; see Step.index). */
  readonly stepCount: number;
  /** A quick test of the words in `byFirst` (see WordFilter): most words of a sentence start no pattern. */
  readonly firstFilter: WordFilter;
  /** Per entry with `idle` infinitives: their patterns, first word in its base form (it follows `to`). */
  readonly idle: ReadonlyMap<TriggerEntry, readonly IdlePattern[]>;
}

/** An infinitive that makes its trigger no event ("declined to comment"). */
export interface IdlePattern {
  readonly first: ReadonlySet<string>;
  readonly rest: readonly Step[];
}

let compiled: CompiledLexicon | null = null;
/** The index the next word step made gets (see Step.index). */
let nextStep = 0;

const BY: ReadonlySet<string> = new Set(['by']);

/**
 * Every field a trigger entry may have, in one order. The entries of the lexicon are object
 * literals with different optional fields (58 shapes for 133 entries), so every read of an entry's
 * field in the coder met more shapes than V8 tells apart (megamorphic loads, and "wrong map"
 * deoptimisations when a site met one more). The coder reads copies of one shape (`shapedEntry`),
 * made by this one literal (a spread of a template of all the fields gave the first nine copies,
 * made before V8 kept feedback for the spread, a map of their own: "agree.agree-to" and eight
 * others then deoptimised `finish` when first met long into a run).
 * The type makes a field added to TriggerEntry a compile error here until it is listed.
 */
function allFields(e: TriggerEntry): TriggerEntry & Record<keyof TriggerEntry, unknown> {
  return {
    id: e.id, type: e.type, cameo: e.cameo, mode: e.mode, context: e.context,
    verbs: e.verbs, nouns: e.nouns, recipient: e.recipient, needsRecipient: e.needsRecipient,
    status: e.status, embeds: e.embeds, sectors: e.sectors, alone: e.alone, domestic: e.domestic,
    fromActs: e.fromActs, subjectActs: e.subjectActs, ownPublic: e.ownPublic, needsAct: e.needsAct,
    idle: e.idle, objectActor: e.objectActor, personObject: e.personObject, placeRecipient: e.placeRecipient, agreementBefore: e.agreementBefore, sanctionBefore: e.sanctionBefore, placeAct: e.placeAct, figurative: e.figurative, notSectors: e.notSectors,
    intransitive: e.intransitive, speakerActs: e.speakerActs, toCome: e.toCome, doneBefore: e.doneBefore, passiveAgent: e.passiveAgent,
    futureThreat: e.futureThreat, ofActs: e.ofActs, mutual: e.mutual, oneSided: e.oneSided, repels: e.repels, objectIsAct: e.objectIsAct,
    notAfter: e.notAfter, notFor: e.notFor, echoes: e.echoes, announces: e.announces, againstOther: e.againstOther, answerTold: e.answerTold, boundObject: e.boundObject, othersOnly: e.othersOnly,
    pairBefore: e.pairBefore, crowdAgent: e.crowdAgent, stateRecipient: e.stateRecipient, armedRecipient: e.armedRecipient, ofBody: e.ofBody, yieldsTo: e.yieldsTo, labourRun: e.labourRun,
    homeDoer: e.homeDoer,
  };
}

const shaped = new Map<TriggerEntry, TriggerEntry>();

/** The entry with all the fields of `allFields` in their order (undefined where it has none): one copy per entry. */
export function shapedEntry(entry: TriggerEntry): TriggerEntry {
  let copy = shaped.get(entry);
  if (!copy) {
    copy = allFields(entry);
    shaped.set(entry, copy);
  }
  return copy;
}

export function lexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const byFirst = new Map<string, Pattern[]>();
  let nextId = 0;
  const add = (word: string, pattern: Pattern) => {
    const list = byFirst.get(word);
    if (list) list.push(pattern);
    else byFirst.set(word, [pattern]);
  };
  for (const entry of EVENT_TRIGGERS.map(shapedEntry)) {
    for (const phrase of entry.verbs ?? []) {
      const [head, ...tail] = phrase.split(' ');
      const first = new Map<string, Form>();
      for (const lemma of head.split('|')) for (const [form, kind] of inflect(lemma)) first.set(form, first.has(form) && first.get(form) !== kind ? mergeForms(first.get(form)!, kind) : kind);
      // (the gap closed by a preposition or `not`, "urge * to", "accuse * of", not by a noun, "send * jets")
      const holdsRecipient = entry.recipient?.includes('obj') === true && tail.length > 1 && (tail[1] === 'not' || isPreposition(tail[1]));
      const rest = tail.map((w, i) => (i === 0 && holdsRecipient && w === '*' ? { ...step(w), parties: true } : step(w)));
      const pattern: Pattern = { entry, frame: 'verb', rest, first, passive: false, anchor: anchorOf(rest), id: nextId++ };
      for (const word of first.keys()) add(word, pattern);
      // "sanctions were imposed on X": the noun of a "verb * noun" pattern before a passive verb (so of "verb ** noun", which skips
      // an amount: "3,000 troops were deployed to the border")
      const nounIndex = tail.findIndex((w) => w !== '*' && w !== '**');
      if ((tail[0] === '*' || tail[0] === '**') && nounIndex === 1 && tail.length === 2) {
        const participles = new Map<string, Form>();
        for (const lemma of head.split('|')) {
          const f = verbForms(lemma);
          participles.set(f.participle, 'participle');
          for (const [form, kind] of f.alternates) if (kind === 'participle') participles.set(form, 'participle');
        }
        const nouns = tail[1].split('|').filter((w) => !w.includes('_') && !isPreposition(w));
        const passive: Pattern = {
          entry,
          frame: 'verb',
          // "the Algerian ambassador in Paris was summoned": a short phrase may follow the noun
          rest: [{ gap: 3, describes: false }, { words: BE, multi: [], optional: false, index: nextStep++ }, { gap: 1, describes: false }, { words: new Set(participles.keys()), multi: [], optional: false, index: nextStep++ }],
          first: new Map(nouns.flatMap((n) => nounForms(n)).map((n) => [n, 'noun' as Form])),
          passive: true,
          // (the participle only: a form of `be` is in most sentences)
          anchor: [[...participles.keys()]],
          id: nextId++,
        };
        for (const word of passive.first.keys()) add(word, passive);
        // "the peace deal signed in Pretoria by Ethiopia's government and Tigrayan forces": a participle right after the noun,
        // read only up to its `by` (without one, "Rapid Support Forces threatened" is a subject and its verb)
        // (a noun that is a trigger of the entry itself too: "duties levied by the EC against Spanish exports", "the talks held by
        // G-7 ministers"; without the agent's `by`, "U.S. sanctions announced last week against Japan" stays the noun's)
        const reduced: Pattern = {
          entry,
          frame: 'verb',
          rest: [{ words: new Set(participles.keys()), multi: [], optional: false, index: nextStep++ }, { gap: 6, describes: false }, { words: BY, multi: [], optional: false, index: nextStep++ }],
          first: new Map([...passive.first]),
          passive: true,
          anchor: null,
          id: nextId++,
        };
        for (const word of reduced.first.keys()) add(word, reduced);
      }
    }
    for (const phrase of entry.nouns ?? []) {
      const [head, ...tail] = phrase.split(' ');
      const first = new Map<string, Form>();
      for (const noun of head.split('|')) for (const form of nounForms(noun)) first.set(form, 'noun');
      const rest = tail.map((w, i) => step(w, i === tail.length - 1 && isPreposition(w)));
      const pattern: Pattern = { entry, frame: 'noun', rest, first, passive: false, anchor: anchorOf(rest), id: nextId++ };
      for (const word of first.keys()) add(word, pattern);
    }
  }
  const lightVerbs = new Map<string, Form>();
  for (const phrase of LIGHT_VERBS) for (const [form, kind] of inflect(phrase.split(' ')[0])) lightVerbs.set(form, kind);
  const lightToCome = new Set<string>();
  for (const verb of LIGHT_VERBS_TO_COME) for (const [form] of inflect(verb)) lightToCome.add(form);
  const lightPhrases = LIGHT_PHRASES.map((phrase) => {
    const [verb, ...rest] = phrase.split(' ');
    return { forms: new Map<string, Form>(inflect(verb)), rest, toCome: LIGHT_PHRASES_TO_COME.includes(phrase) };
  });
  const inflected = new Set<string>();
  for (const patterns of byFirst.values()) for (const p of patterns) if (p.frame === 'verb' && !p.passive) for (const [form, kind] of p.first) if (kind !== 'base' && kind !== 'noun') inflected.add(form);
  const activeFirst = new Set<string>();
  for (const [word, patterns] of byFirst) if (patterns.some((p) => !p.passive)) activeFirst.add(word);
  const idle = new Map<TriggerEntry, IdlePattern[]>();
  for (const entry of EVENT_TRIGGERS.map(shapedEntry)) {
    if (!entry.idle) continue;
    idle.set(entry, entry.idle.map((phrase) => {
      const [head, ...tail] = phrase.split(' ');
      return { first: new Set(head.split('|').map((lemma) => verbForms(lemma).base)), rest: tail.map((w) => step(w)) };
    }));
  }
  compiled = { byFirst, lightVerbs, lightToCome, lightPhrases, activeFirst, inflected, idle, firstFilter: wordFilter(byFirst.keys()), patternCount: nextId, stepCount: nextStep };
  return compiled;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Whether a lower-cased word may start a trigger pattern ("no" is certain; "maybe" is looked up in `byFirst`). */
export function mayStartTrigger(word: string): boolean {
  return mayBeWord(lexicon().firstFilter, word);
}

/**
 * The anchor steps of a pattern the trigger matcher checks, fewest words first: those an everyday word may fill are left out.
 * (Fewest words first: fewer stamps are read before a step the sentence lacks ends the check, 1.58M -> 1.26M per 3,000 stories.)
 */
export function checkedAnchorSteps(pattern: Pattern): (readonly string[])[] {
  return (pattern.anchor ?? []).filter((step) => !step.some((word) => EVERYDAY_ANCHORS.has(word))).sort((a, b) => a.length - b.length);
}

/**
 * Words in nearly every sentence. An anchor step one of them may fill is not checked: it spared 1,800 match tries per 3,000
 * stories (of 64,000, none of them a match) but cost a lookup of each such word of every sentence (now its numbering in the
 * shared vocabulary, stages/vocabulary.ts, which holds only the words of checked steps). A match still needs the step's word.
 */
const EVERYDAY_ANCHORS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'that', 'as', 'it', 'its', "'s", 'will', 'would']);

/** The words of each step a match cannot skip (see Pattern.anchor); null where there is none. */
function anchorOf(rest: readonly Step[]): readonly (readonly string[])[] | null {
  const steps: string[][] = [];
  for (const s of rest) if (!('gap' in s) && !s.optional) steps.push([...s.words, ...s.multi.map((m) => m[0])]);
  return steps.length > 0 ? steps : null;
}

/** A trailing preposition of a nominal pattern ("visit to") is where the recipient stands: optional. */
function isPreposition(w: string): boolean {
  return w.split('|').every((p) => /^(?:to|with|on|against|of|in|at|into|by|for)$/.test(p));
}

/** How many words a `*` gap skips: a party's name with its article or title ("warn the Soviet Union not to"). */
export const SHORT_GAP = 3;

/** How many words a `**` gap skips: an amount and its unit ("provide $4.5 billion in additional aid"). */
export const AMOUNT_GAP = 6;

/** How many words a `***` gap skips: a long object with its modifiers ("discussed the deployment of Iranian missiles near the Strait of Hormuz with"). */
export const OBJECT_GAP = 10;

function step(word: string, optional = false): Step {
  if (word === '*') return { gap: SHORT_GAP, describes: false };
  if (word === '**') return { gap: AMOUNT_GAP, describes: false };
  if (word === '***') return { gap: OBJECT_GAP, describes: false };
  // words that describe the noun after them ("fought leftist guerrillas"): no preposition or infinitive among them
  if (word === '~') return { gap: 3, describes: true };
  const opt = (optional || word.endsWith('?')) && !word.endsWith('!');
  const alternatives = word.replace(/[?!]$/, '').split('|');
  const single = alternatives.filter((w) => !w.includes('_'));
  // longest first: matching takes the first alternative that completes ("humanitarian_aid" before "humanitarian")
  const multi = alternatives.filter((w) => w.includes('_')).map((w) => w.split('_')).sort((a, b) => b.length - a.length);
  return { words: new Set(single), multi, optional: opt, index: nextStep++ };
}

function inflect(lemma: string): Array<[string, Form]> {
  const f = verbForms(lemma);
  const out: Array<[string, Form]> = [[f.base, 'base'], [f.third, 'third'], [f.gerund, 'gerund']];
  if (f.past === f.participle) out.push([f.past, 'past/participle']);
  else out.push([f.past, 'past'], [f.participle, 'participle']);
  // "travelled" beside "traveled": an alternate that is both past and participle counts as both
  for (const [form, kind] of f.alternates) {
    const both = kind !== 'gerund' && f.alternates.some(([other, k]) => other === form && k !== kind && k !== 'gerund');
    out.push([form, both ? 'past/participle' : kind]);
  }
  return out;
}

function mergeForms(a: Form, b: Form): Form {
  if ((a === 'past' && b === 'participle') || (a === 'participle' && b === 'past')) return 'past/participle';
  if (a === 'base' || b === 'base') return a === 'base' ? b : a; // "hit", "put", "cut": base = past
  return a;
}
