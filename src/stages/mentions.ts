/**
 * Mentions stage: people (with rank, titles, country and sector), organizations, countries
 * and places, in every sentence. Names come from the trained tagger (so unseen names are found);
 * ranks, titles, countries, demonyms, capitals and known bodies come from the lexicons.
 * Also finds the mentions coreference needs: pronouns, "the ministry", "the chief of the
 * Russian General Staff", "the Russian side".
 */
import type { EntityType, Message, MentionForm, Span, Token } from '../model.js';
import { findNamesInDocument, type NameSpan } from '../ner/tagger.js';
import { tokenize } from '../ner/tokenize.js';
import { CAPITALS, COUNTRY_NAMES, DEMONYMS, demonymOf } from '../lexicon/countries.js';
import { LEADERS, SURNAME_LEAST, leaderByName, leaderBySurname } from '../lexicon/leaders.js';
import { BUSINESS_MEMBERS, LABOUR_UNION_HEADS, LEGISLATURES, MEMBERS_ONLY_HEADS, MEMBERS_TOO_HEADS, ORGANIZATION_HEADS } from '../lexicon/organizations.js';
import { CROWD_WORDS, GROUP_HEADS } from '../lexicon/event-groups.js';
import { PARTY_AND_STATE, PARTY_MEMBER, TITLE_JOINERS, TITLE_SECTORS } from '../lexicon/titles.js';
import { MONTHS, WEEKDAYS } from '../lexicon/agencies.js';
import { PRONOUNS, SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { NOMINAL_HEADS, ROLE_NOUNS, SIDE_NOUNS } from '../lexicon/nominals.js';
import { lookupPlace, lookupSubdivision, titleCase } from '../gazetteer.js';
import { REGION_HINTS } from '../lexicon/places.js';
import { closingFormCountries } from '../lexicon/legal-forms.js';
import { entryOf, matchLexicon, tableMap, type LexiconMatches } from './lexicon-matcher.js';
import type { StructureLayer } from './structure.js';
import { firstFrom, sortedBy } from './search.js';
import type { WordNumbers } from './vocabulary.js';

export interface RawMention extends Span {
  readonly text: string;
  readonly type: EntityType;
  readonly form: MentionForm;
  readonly country: string | null;
  readonly sector: string | null;
  readonly rank: string | null;
  readonly titles: readonly string[];
  /** The name without rank and titles ("Valery Gerasimov"); the head for nominals ("ministry"). */
  readonly name: string;
  /** Actor code fixed by the lexicon (known bodies: "IGOSCO", "CHNMIL"). */
  readonly code: string | null;
  /** Sentence index holding the mention. */
  readonly sentence: number;
  /** Pronoun gender, for pronoun mentions. */
  readonly gender?: 'm' | 'f' | 'n' | 'p';
  /** Full-name -> acronym links declared in the text: "Shanghai Cooperation Organization (SCO)". */
  readonly acronym?: string;
  /** Followed or preceded by a speech verb: "Gerasimov said", "said Gerasimov". */
  readonly speaker?: boolean;
}

type MentionFields = Omit<RawMention, 'start' | 'end' | 'text' | 'sentence'>;

/**
 * A copy of a mention with some fields changed, built by `rawMention`: a spread (`{ ...m, speaker: true }`)
 * gives the copies of each site a shape of their own, and a shape first met long into a run
 * deoptimised coreference ("wrong map").
 */
export function recastMention(m: RawMention, change: Partial<Pick<MentionFields, 'type' | 'speaker'>>): RawMention {
  return rawMention(m.start, m.end, m.text, m.sentence, {
    type: change.type ?? m.type, form: m.form, country: m.country, sector: m.sector, rank: m.rank, titles: m.titles,
    name: m.name, code: m.code, gender: m.gender, acronym: m.acronym, speaker: change.speaker ?? m.speaker,
  });
}

/**
 * Every mention object is built here with all its fields in one order, optional ones included,
 * so that all mentions share one shape: the later stages read them at sites V8 can keep
 * monomorphic (mentions of a dozen shapes deoptimised and recompiled the stages' largest
 * functions again and again on a long corpus run).
 */
function rawMention(start: number, end: number, text: string, sentence: number, f: MentionFields): RawMention {
  return {
    start, end, text, sentence, type: f.type, form: f.form, country: f.country, sector: f.sector, rank: f.rank, titles: f.titles,
    name: f.name, code: f.code, gender: f.gender, acronym: f.acronym, speaker: f.speaker ?? false,
  };
}

/**
 * "his Iranian counterpart X": the sector of the last person named before with one, when
 * "counterpart" stands in `text[from, to)`; else null. Its own function, called for every person
 * with no sector: inside sentenceMentions, the search (met in few stories) was code that had never
 * run, and its first run long into a corpus run deoptimised all of sentenceMentions.
 */
function counterpartSector(text: string, from: number, to: number, out: readonly RawMention[]): string | null {
  if (!/counterpart/i.test(text.slice(from, to))) return null;
  for (let i = out.length - 1; i >= 0; i--) if (out[i].type === 'person' && out[i].sector) return out[i].sector;
  return null;
}

export interface MentionsLayer extends TokenLayer {
  readonly mentions: readonly RawMention[];
  readonly messages: readonly Message[];
}

/** The tokens this stage read, for the stages after it (which would otherwise tokenise and lower-case them again). */
export interface TokenLayer {
  /** Tokens of each sentence. */
  readonly tokens: readonly (readonly Token[])[];
  /** Each sentence's tokens lower-cased (`text.toLowerCase()`). */
  readonly words: readonly (readonly string[])[];
  /** Each sentence's words numbered in the shared vocabulary (`wordNumbers`; -1 for a word no lexicon there knows). */
  readonly numbers: readonly WordNumbers[];
  /** Tokens of each headline and sub-heading (the paragraphs outside the body, in text order). */
  readonly headingTokens: readonly (readonly Token[])[];
  /** Each heading's tokens lower-cased. */
  readonly headingWords: readonly (readonly string[])[];
  /** Each heading's words numbered in the shared vocabulary. */
  readonly headingNumbers: readonly WordNumbers[];
}

const CAPITALISED_LETTER = /^[\p{Lu}]/u;
/** Whether a word starts with a capital letter (ASCII answered without the regex). */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED_LETTER.test(word);
}
const SPEAKS_AFTER = new RegExp(`^\\s+(?:also\\s+|further\\s+|then\\s+)?(?:${SPEECH_VERBS.filter((v) => !v.includes(' ')).join('|')})\\b`);
const WHITE_SPACE = /^\s$/;
/** "the", "a", "an" in any case (what `/^(?:the|a|an)$/i` matches), by char codes. */
function isArticle(word: string): boolean {
  switch (word.length) {
    case 1:
      return (word.charCodeAt(0) | 32) === 97;
    case 2:
      return (word.charCodeAt(0) | 32) === 97 && (word.charCodeAt(1) | 32) === 110;
    case 3:
      return (word.charCodeAt(0) | 32) === 116 && (word.charCodeAt(1) | 32) === 104 && (word.charCodeAt(2) | 32) === 101;
    default:
      return false;
  }
}

/** "The", "A", "An" as written (what `/^(?:The|A|An)$/` matches: "THE" is not one). */
function capitalisedArticle(word: string): boolean {
  return word === 'The' || word === 'A' || word === 'An';
}

/** A word of five capital letters or more. */
function shoutedSurname(word: string): boolean {
  return /^[A-Z]{5,}$/.test(word);
}

/** Whether no word of the tokens has a small letter (a heading in capitals). */
function capitalsLine(tokens: readonly Token[]): boolean {
  return !tokens.some((t) => /[a-z]/.test(t.text));
}

const SURNAME_SHAPE = /^\p{Lu}\p{Ll}{3,}$/u;
/** `SURNAME_SHAPE.test(word)`, ASCII words answered by char codes (most tokens are ASCII). */
function surnameShaped(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 128) return SURNAME_SHAPE.test(word);
  if (word.length < SURNAME_LEAST) return false;
  const c = word.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  for (let k = 1; k < word.length; k++) {
    const d = word.charCodeAt(k);
    if (d < 97 || d > 122) return false;
  }
  return true;
}
const VERBISH = /^(?:[a-z]+(?:s|ed)|will|would|has|have|had|is|was|can|could|may|might|should|must|did|does|said|told|sent|met|struck|hit|gave|took|made|spoke|held|began|led|left|won|lost|saw|sought|brought|bought|fought|withdrew|drew|threw|shot|broke|chose|rose|fell|kept|put|set|cut|let|swore|vowed|urged)$/;
// Lexicon tables as Maps and Sets: they are looked up at every token (see tableMap).
const PRONOUN_GENDER = tableMap(PRONOUNS);
const NOMINALS = tableMap(NOMINAL_HEADS);
/** Heads after "military" that make it the governing junta, not the armed forces. */
const JUNTA_HEADS: ReadonlySet<string> = new Set(['government', 'junta', 'leadership', 'rulers', 'regime', 'authorities', 'administration']);
const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);
const ORGANIZATION_HEAD_ENTRIES = Object.entries(ORGANIZATION_HEADS);
const ORGANIZATION_HEAD_MAP: ReadonlyMap<string, string> = new Map(ORGANIZATION_HEAD_ENTRIES);

export function findMentions(text: string, structure: StructureLayer): MentionsLayer {
  const mentions: RawMention[] = [];
  const messages: Message[] = [];
  // Arrays handed to later stages are built by push, not `map`: V8's optimised `map` gives a holey
  // array and its unoptimised one a packed array, and a reader compiled for one kind deoptimises at
  // the other whenever this stage changes tier.
  const tokensBySentence: Token[][] = [];
  for (const s of structure.sentences) tokensBySentence.push(tokenize(text, s.start, s.end));
  // Headlines and sub-headings name actors too; their mentions belong to no sentence (-1).
  const headingTokens = structure.paragraphs.filter((p) => p.role !== 'body').map((p) => tokenize(text, p.start, p.end));
  // The tagger reads the whole article at once (headings first), so that a name's casing and
  // tags elsewhere in the article inform each sentence.
  const names = findNamesInDocument(text, [...headingTokens, ...tokensBySentence]);
  const headingWords: (readonly string[])[] = [];
  const headingNumbers: WordNumbers[] = [];
  headingTokens.forEach((tokens, h) => {
    const lex = matchLexicon(tokens);
    headingWords.push(lex.words);
    headingNumbers.push(lex.numbers);
    for (const m of sentenceMentions(text, tokens, lex, names[h], -1, messages)) mentions.push(m);
  });
  const words: (readonly string[])[] = [];
  const numbers: WordNumbers[] = [];
  tokensBySentence.forEach((tokens, index) => {
    const lex = matchLexicon(tokens);
    words.push(lex.words);
    numbers.push(lex.numbers);
    for (const m of sentenceMentions(text, tokens, lex, names[headingTokens.length + index], index, messages)) mentions.push(m);
  });
  for (const m of repeatNames([...tokensBySentence, ...headingTokens], mentions, tokensBySentence.length)) addRepeatedName(text, mentions, m);
  for (const m of bodyShortNames(tokensBySentence, mentions)) mentions.push(m);
  companyShortNames(text, mentions);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // SPEAKS_AFTER starts with white space: other mentions skip the slice and the long regex.
  const speaks = (m: RawMention) => WHITE_SPACE.test(text.charAt(m.end)) && SPEAKS_AFTER.test(text.slice(m.end, m.end + 24));
  const marked: RawMention[] = [];
  for (const m of mentions) marked.push(speaks(m) ? recastMention(m, { speaker: true }) : m);
  return { mentions: marked, tokens: tokensBySentence, words, numbers, headingTokens, headingWords, headingNumbers, messages };
}

/**
 * One sentence as the passes of `sentenceMentions` read it. The helpers below take it as an argument
 * instead of closing over the sentence: closures made anew for every sentence lose their optimised
 * code at each full garbage collection, and V8 then compiles them again.
 */
interface SentenceScan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lex: LexiconMatches;
  readonly sentence: number;
  readonly out: RawMention[];
  /** Token ranges already given to a mention (or a person's rank and titles). */
  readonly taken: Uint8Array;
  /** Tokens inside a person's name (filled once the names are repaired). */
  readonly inName: Uint8Array;
}

/** Whether no token of `[from, to)` is given to a mention yet. */
function isFree(scan: SentenceScan, from: number, to: number): boolean {
  const { taken } = scan;
  for (let k = from; k < to; k++) if (taken[k]) return false;
  return true;
}

function take(scan: SentenceScan, from: number, to: number): void {
  scan.taken.fill(1, from, to);
}

/**
 * The words of tokens [from, to) as a name: one space where copy wrapped at a fixed width broke the line ("the Finance\nMinistry"
 * is the Finance Ministry, and is looked up so).
 */
function spanText(scan: SentenceScan, from: number, to: number): string {
  const written = scan.text.slice(scan.tokens[from].start, scan.tokens[to - 1].end);
  return written.includes('\n') ? written.replace(/\s+/g, ' ') : written;
}

function tokenMention(scan: SentenceScan, from: number, to: number, fields: MentionFields): RawMention {
  const { start } = scan.tokens[from], { end } = scan.tokens[to - 1];
  return rawMention(start, end, scan.text.slice(start, end), scan.sentence, fields);
}

function extendsLeft(scan: SentenceScan, k: number): boolean {
  const { tokens, lex } = scan;
  return k > 0 && isFree(scan, k - 1, k) && capitalised(tokens[k - 1].text) && !capitalisedArticle(tokens[k - 1].text) && !entryOf(lex.folded[k - 1], 'title');
}

/** Whether tokens `[from, to)` are country names joined by commas and "and" ("Philippines and Japan"), two or more. */
function countryList(scan: SentenceScan, from: number, to: number): boolean {
  const { tokens, lex } = scan;
  let k = from;
  let names = 0;
  while (k < to) {
    const c = lex.exact[k];
    if (!c || !entryOf(c, 'country') || c.to > to) return false;
    names++;
    k = c.to;
    if (k === to) break;
    if (tokens[k].text !== 'and' && tokens[k].text !== ',') return false;
    k++;
    if (tokens[k]?.text === 'and') k++;
    if (tokens[k]?.text === 'the') k++;
  }
  return names >= 2;
}

function pushOrg(scan: SentenceScan, from: number, to: number, sector: string | null): void {
  const { tokens, lex, inName, taken, out } = scan;
  // A lone head the tagger cut from its name: "Emergency Management Authority".
  if (to - from === 1 && ORG_HEAD_WORD.test(tokens[from].text)) while (extendsLeft(scan, from)) from--;
  // "Disaster and Emergency Management Authority": "and" between capitalised words of one name.
  while (from > 1 && tokens[from - 1].text === 'and' && extendsLeft(scan, from - 1) && !entryOf(lex.exact[from - 2], 'country') && !entryOf(lex.exact[from - 2], 'demonym') && !inName[from - 2]) {
    from -= 2;
    while (extendsLeft(scan, from)) from--;
  }
  // "Korea Institute for National Unification", "Commission on Human Rights": the complement
  // of a head that takes one belongs to the name.
  if (/^(?:Institute|Commission|Committee|Council|Agency|Ministry|Department|Office|Organi[sz]ation|Forum|Union|Fund|Cent(?:er|re)|Bank|Mission|Embassy|Court|Association|League|Federation)$/.test(tokens[to - 1].text)) {
    let k = to;
    if (/^(?:for|of|on)$/.test(tokens[k]?.text ?? '')) {
      k++;
      if (tokens[k]?.text === 'the') k++;
      const first = k;
      // (a day or a month is no complement: "the Agriculture Department on Friday urged Japan", "the Committee on April 2 approved")
      while (k < tokens.length && /^\p{Lu}/u.test(tokens[k].text) && !inName[k] && !entryOf(lex.folded[k], 'rank') && !timeWord(tokens[k].text.toLowerCase())) k++;
      if (k > first) {
        to = k;
        taken.fill(0, from, to);
        // ("the Australian Council of Trade Unions": a body of unions or of companies is of their sector, not the state's)
        const members = orgHead(tokens, lex, first, to);
        if (members === 'NGO' || members === 'BUS') sector = members;
      }
    }
  }
  // "Russia’s Defense Ministry", "Russian Defense Ministry": the country before the name.
  let country: string | null = null;
  let start = from;
  const before = possessiveCountryBefore(tokens, lex, from);
  if (before) {
    country = before.code;
    // "Russian Defense Ministry" is one name; in "Russia’s Defense Ministry" the country is its own mention.
    if (!/^['’]s$/.test(tokens[from - 1]?.text ?? '')) start = before.from;
  }
  country ??= countryInName(tokens, lex, from, to) ?? marketCityCountry(tokens, from, to) ?? legalFormCountry(tokens, from, to);
  let acronym: string | undefined;
  if (bracketedAcronym(tokens, to)) {
    acronym = tokens[to + 1].text;
  } else if (stockSymbolAt(tokens, to + 1)) {
    // ("Deutsche Babcock AG <DBCG.F>": the stock symbol a wire gives after a company's name is the company)
    acronym = tokens[to + 1].text;
  }
  const written = spanText(scan, from, to);
  const name = before?.demonym && !written.includes(before.demonym) ? `${before.demonym} ${written}` : written;
  // A legislature's committee is the legislature's (LEG), not a government committee.
  // (a company named after its country or its people is one too: "Japan Line", "the Korea Fund", "British Steel")
  const company = angleBracketed(tokens, from, to) || to - from >= 2 && (COMPANY_FORMS.has(tokens[to - 1].text) || (COUNTRY_COMPANY_HEADS.has(tokens[to - 1].text) && countryOpens(lex, from))
    || (DEMONYM_COMPANY_HEADS.has(tokens[to - 1].text) && entryOf(lex.exact[from], 'demonym') !== null));
  const own = company ? 'BUS' : sectorOfOrg(written) ?? (nationalArm(lex, from, to, written) ? 'BUS' : null);
  // ("Trust America Service Corp said": a head of a state's body followed by the legal form the span left out is a company's name)
  const bodySector = own === 'LEG' ? own : COMPANY_FORMS.has(tokens[to]?.text ?? '') ? 'BUS' : sector ?? own;
  out.push(tokenMention(scan, start, to, { type: 'organization', form: 'name', country, sector: bodySector, rank: null, titles: [], name, code: null, acronym }));
  take(scan, start, to);
  if (acronym) {
    out.push(tokenMention(scan, to + 1, to + 2, { type: 'organization', form: 'acronym', country, sector: bodySector, rank: null, titles: [], name, code: null }));
    take(scan, to, to + 3);
  }
}

/** Whether an acronym in brackets follows at `to`: "(ADB)", "(MITI)". */
function bracketedAcronym(tokens: readonly Token[], to: number): boolean {
  return tokens[to]?.text === '(' && /^[A-Z][A-Z0-9&+-]{1,9}$/.test(tokens[to + 1]?.text ?? '') && tokens[to + 2]?.text === ')';
}

function sentenceMentions(text: string, tokens: readonly Token[], lex: LexiconMatches, names: readonly NameSpan[], sentence: number, messages: Message[]): RawMention[] {
  const out: RawMention[] = [];
  const scan: SentenceScan = { text, tokens, lex, sentence, out, taken: new Uint8Array(tokens.length), inName: new Uint8Array(tokens.length) };

  // 1. Known bodies first: "Shanghai Cooperation Organization", "SCO", "People’s Liberation Army".
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.exact[i];
    const org = entryOf(m, 'org');
    if (!m || !org || !isFree(scan, m.from, m.to)) continue;
    // "Iran's Supreme National Security Council": a known name ("Security Council") closing a longer
    // capitalised name is not that body ("UN Security Council" keeps it: "UN" is a known name)
    // ("the Russian-led CSTO": a backer's word is no part of a name)
    if (m.from > 0 && capitalised(tokens[m.from - 1].text) && !NAME_OPENERS.has(lex.lower[m.from - 1]) && !endsKnownName(lex, m.from) && !BACKED_BY.test(tokens[m.from - 1].text) && !sideWord(tokens[m.from - 1].text)) continue;
    // "Russian Security Council": an international body's name after a country is that country's body
    // ("Turkey's NATO allies", "Britain's EC partners": the body's other members, the body itself)
    if (org.org.sector === 'IGO' && countryEndsAt(lex, m.from) && !(shortForm(tokens, m.from, m.to) && FELLOW_MEMBERS.has(lex.lower[m.to] ?? ''))) continue;
    // ("Wall Street Journal reporter Evan Gershkovich": an outlet known by its staff only)
    if (org.org.byStaff && !MEDIA_STAFF.has(lex.lower[m.to] ?? '')) continue;
    let to = m.to;
    // "People’s Liberation Army of China": the country belongs to the name.
    if (tokens[to]?.text === 'of' && entryOf(lex.exact[to + 1], 'country')) to = lex.exact[to + 1]!.to;
    // "the official Soviet news agency Tass": a news agency is MED of the country written before it
    // (coref falls back on its home country, and joins "the official Soviet news agency" to it).
    // An agency's name inside a longer name the tagger found ("Reuters Ottawa Bureau") is no agency.
    if (org.org.code === '' && insideLongerName(names, tokens[m.from].start, tokens[m.to - 1].end)) continue;
    const context = org.org.code === '' ? agencyContext(tokens, lex, m.from) : null;
    // ("the Asian Development Bank (ADB)": an acronym the text gives in brackets after a known body is that body's, here and where
    // the text names it so again, though the lexicon leaves it unread alone)
    const acronym = org.org.code && bracketedAcronym(tokens, to) && isFree(scan, to, to + 3) ? tokens[to + 1].text : undefined;
    const country = context?.code ?? org.org.country ?? null;
    out.push(tokenMention(scan, m.from, to, { type: 'organization', form: shortForm(tokens, m.from, m.to) ? 'acronym' : 'name',
      country, sector: org.org.sector, rank: null, titles: [], name: org.org.name, code: org.org.code || null, acronym }));
    take(scan, m.from, to);
    if (acronym) {
      out.push(tokenMention(scan, to + 1, to + 2, { type: 'organization', form: 'acronym', country, sector: org.org.sector, rank: null, titles: [], name: org.org.name, code: org.org.code }));
      take(scan, to, to + 3);
    }
    i = (acronym ? to + 3 : to) - 1;
  }

  // "In Beijing, Foreign Ministry spokesperson Mao Ning said": the sentence's place gives the
  // country of officials it names without one.
  let placeContext: string | null = null;
  const opening = tokens.length > 0 ? tokens[0].text : '';
  if (opening === 'In' || opening === 'From') {
    const m = lex.exact[1];
    const code = entryOf(m, 'capital')?.code ?? entryOf(m, 'country')?.code;
    if (m && code && tokens[m.to]?.text === ',') placeContext = code;
  }

  // 2. People: tagger PER spans, with rank and titles read leftwards and rightwards.
  const spans = repairSpans(text, tokens, lex, names.map((n) => toTokens(n, tokens)).filter((s): s is TokenSpan => s !== null));
  const { inName } = scan;
  // ("the U.S. Environmental Protection Agency", "the U.S. International Trade Commission": a country's name and words ending in a
  // body's head name the country's body, which the tagger took for a person)
  // (so did words ending in a company's head: "Kroger Co's King Soopers Supermarkets unit" is a chain of stores, whatever "King" is)
  for (const s of spans) if (s.type === 'PER' && (countryBody(lex, s) || orgHead(tokens, lex, s.from, s.to) === 'BUS')) s.type = 'ORG';
  // ("General Motors Corp", "Southwest Forest Industries Inc": the tagger leaves out a first word that is also a military rank, or the
  // first words of a long name; a company's name closed by its legal form keeps the capitalised words right before it that no other
  // name holds, up to a word of no name ("The", a month, a country's name or demonym, a title))
  for (const s of spans) {
    if (s.type !== 'ORG' || !companySuffix(tokens[s.to - 1].text)) continue;
    let from = s.from;
    while (from > 0 && from > s.from - 3 && nameWordBefore(tokens, lex, from - 1) && !spans.some((o) => o !== s && o.to > from - 1 && o.from <= from - 1)) from--;
    s.from = from;
  }
  for (const s of spans) if (s.type === 'PER') inName.fill(1, s.from, s.to);
  for (const span of spans) {
    if (span.type !== 'PER' || !isFree(scan, span.from, span.to)) continue;
    const whole = lex.exact[span.from];
    if (whole && whole.to === span.to && (entryOf(whole, 'capital') || entryOf(whole, 'country'))) {
      span.type = 'LOC';
      continue;
    }
    // ("IRAN SAID TO ATTACK CYPRIOT TANKER": a demonym in a capitals heading is its country, read with the places)
    if (shoutedCountry(spanText(scan, span.from, span.to))) {
      span.type = 'LOC';
      continue;
    }
    // A lone word that is a city of some size is a place the tagger took for a person; so is a name after a compass word
    // ("Peru's southern Andes", "in northern Darfur").
    if ((span.to - span.from <= 2 && !nameLike(tokens, span.to - 1) && (lookupPlace(spanText(scan, span.from, span.to))?.population ?? 0) >= 100_000)
      || (span.from > 0 && COMPASS_WORDS.has(tokens[span.from - 1].text))) {
      span.type = 'LOC';
      continue;
    }
    let { from } = span;
    const { to } = span;
    // The tagger may fold a rank or a title into the name: "Colonel-General Liu Zhenli".
    while (from < to - 1) {
      const r = lex.folded[from];
      if (r && r.to < to && (entryOf(r, 'rank') || entryOf(r, 'title')) && capitalised(tokens[from].text)) from = r.to;
      else break;
    }
    // (not a known office holder's given name: "Israel Katz")
    if ((entryOf(lex.exact[from], 'country') || entryOf(lex.exact[from], 'demonym')) && !leaderByName(text.slice(tokens[from].start, tokens[to - 1].end))) {
      if (lex.exact[from]!.to >= to) continue; // "Russian" tagged as a person
      from = lex.exact[from]!.to;
    }
    if (isTitleOnly(lex, from, to)) continue; // "President" alone is not a person
    // ("French bank Credit Lyonnais said", "Japanese carmaker Toyota Motor"): a name told after its country's adjective and a
    // lower-case noun for a firm is that country's firm, which the tagger took for a person
    const firmCountry = firmBefore(tokens, lex, from);
    if (firmCountry) {
      out.push(tokenMention(scan, from, to, { type: 'organization', form: 'name', country: firmCountry, sector: 'BUS', rank: null, titles: [], name: spanText(scan, from, to), code: null }));
      take(scan, from, to);
      continue;
    }
    const person = readPerson(text, tokens, lex, from, to, inName);
    // ("King Abdullah of Jordan", "Emir Sheikh Tamim of Qatar": an office holder named with no country before takes the one after `of`)
    if (!person.country && person.titles.length > 0 && tokens[to]?.text === 'of') person.country = entryOf(lex.exact[to + 1], 'country')?.code ?? null;
    person.country ??= placeContext;
    // "his Iranian counterpart X": the counterpart holds the same kind of office as the person
    // named before in the sentence.
    if (!person.sector) person.sector = counterpartSector(text, tokens[Math.max(0, person.from - 3)].start, tokens[from].start, out) ?? person.sector;
    out.push(tokenMention(scan, from, to, { type: 'person', form: 'name', country: person.country, sector: person.sector, rank: person.rank,
      titles: person.titles, name: spanText(scan, from, to), code: person.code ?? null }));
    // Only the name is taken: bodies named inside a title ("Russian Foreign Ministry
    // Spokeswoman") are organizations of their own.
    take(scan, from, to);
  }

  // 3. Organizations: tagger ORG spans, MISC spans that end in an organization head, and
  //    capitalised organization heads the tagger missed ("Defense Ministry").
  for (const span of spans) {
    if (span.type === 'PER' || !isFree(scan, span.from, span.to)) continue;
    // (a legal form alone, cut from a name the tagger missed, names no company: "Overseas\nPrivate Investment Corp mission")
    if (span.to - span.from === 1 && COMPANY_FORMS.has(tokens[span.from].text)) continue;
    const head = orgHead(tokens, lex, span.from, span.to);
    // ("The Russian strike on Dnipro", "fighting in Mariupol": a lone word after a preposition of place that is a city of some
    // size is the place the tagger took for a body)
    if (span.type === 'ORG' && !head && span.to - span.from === 1 && span.from > 0 && PLACE_PREPOSITIONS.has(tokens[span.from - 1].text)
      && (lookupPlace(tokens[span.from].text)?.population ?? 0) >= 100_000) {
      span.type = 'LOC';
      continue;
    }
    if (span.type === 'ORG' || head) {
      if (isTitleOnly(lex, span.from, span.to)) continue; // "National Security Adviser" is an office, not a body
      const whole = lex.exact[span.from];
      if (whole && whole.to === span.to && (entryOf(whole, 'country') || entryOf(whole, 'demonym') || entryOf(whole, 'capital'))) continue;
      const written = spanText(scan, span.from, span.to);
      if (written.includes('-') && written.split('-').every((p) => COUNTRY_NAMES.has(p))) continue; // "Russia-China"
      if (countryList(scan, span.from, span.to)) continue; // "the navies of the Philippines and Japan": countries, not a body
      // "Senate Agriculture" + "Committee" (a line break between): the head word belongs to the name.
      let to = span.to;
      while (to < tokens.length && isFree(scan, to, to + 1) && ORG_HEAD_WORD.test(tokens[to].text)) to++;
      pushOrg(scan, span.from, to, to > span.to ? orgHead(tokens, lex, span.from, to) : head);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.folded[i];
    const head = entryOf(m, 'orghead');
    if (!m || !head || !isFree(scan, m.from, m.to) || !capitalised(tokens[m.from].text) || m.to - m.from < 2 && !/^(?:Ministry|Staff|Forces|Parliament|Congress|Congressional|Senate|Duma|Government|Cabinet|Committee|Council|Commission|Service|Agency|Guard|Navy|Army|Police|Court|Embassy|Mission|Institute|Forum|Fleet|Party|Bank)$/.test(tokens[m.from].text)) continue;
    // ("Mulford, in his Congressional testimony, urged": Congress's adjective after an owner's pronoun tells that owner's act, no body)
    if (tokens[m.from].text === 'Congressional' && /^(?:his|her|its|their)$/i.test(tokens[m.from - 1]?.text ?? '')) continue;
    // Extend left over capitalised words and demonyms: "Russian General Staff".
    let from = m.from;
    while (extendsLeft(scan, from)) from--;
    // And right over capitalised words: "Joint Staff Department".
    let to = m.to;
    while (to < tokens.length && isFree(scan, to, to + 1) && /^\p{Lu}\p{Ll}+$/u.test(tokens[to].text) && !inName[to] && !entryOf(lex.folded[to], 'rank') && !entryOf(lex.folded[to], 'title')) to++;
    // ("the occupied West Bank": a country's name that ends in a head word is the place)
    const whole = lex.exact[from];
    if (whole && whole.to === to && entryOf(whole, 'country')) { i = to - 1; continue; }
    pushOrg(scan, from, to, head.sector);
    i = to - 1;
  }

  // 4. Countries and capitals standing for governments; hyphenated pairs ("Russia-China").
  for (let i = 0; i < tokens.length; i++) {
    if (!isFree(scan, i, i + 1)) continue;
    const m = lex.exact[i];
    const country = entryOf(m, 'country');
    const capital = entryOf(m, 'capital');
    // ("a refinery in Paulsboro, New Jersey", "the governor of New Mexico": a country's name after "New" names a place called after
    // it, no country; a country whose own name opens so is matched whole, "New Zealand")
    if (m && country && tokens[m.from - 1]?.text === 'New') continue;
    if (m && country && isFree(scan, m.from, m.to)) {
      out.push(tokenMention(scan, m.from, m.to, { type: 'country', form: 'name', country: country.code, sector: null, rank: null, titles: [], name: spanText(scan, m.from, m.to), code: country.code }));
      take(scan, m.from, m.to);
      i = m.to - 1;
      continue;
    }
    if (m && capital && isFree(scan, m.from, m.to)) {
      const next = tokens[m.to]?.text ?? '';
      // (not after a preposition of place: in "The Russian strike on Kyiv killed 46 people" the capital is the place struck)
      const governs = VERBISH.test(next) && !/^(?:is|was)$/.test(next) && !(m.from > 0 && CAPITAL_PLACE_BEFORE.has(tokens[m.from - 1].text));
      if (governs) {
        out.push(tokenMention(scan, m.from, m.to, { type: 'country', form: 'capital', country: capital.code, sector: 'GOV', rank: null, titles: [], name: spanText(scan, m.from, m.to), code: `${capital.code}GOV` }));
        take(scan, m.from, m.to);
        i = m.to - 1;
        continue;
      }
    }
    const token = tokens[i];
    if (capitalised(token.text) && token.text.includes('-')) {
      let offset = token.start;
      for (const part of token.text.split('-')) {
        const code = COUNTRY_NAMES.get(part);
        if (code) out.push(rawMention(offset, offset + part.length, part, sentence, { type: 'country', form: 'name', country: code, sector: null, rank: null, titles: [], name: part, code }));
        offset += part.length + 1;
      }
    }
  }

  // 5. Places: the tagger's LOC spans that are not countries.
  for (const span of spans) {
    if (span.type !== 'LOC' || !isFree(scan, span.from, span.to)) continue;
    const written = spanText(scan, span.from, span.to);
    if (/-/.test(written) && written.split('-').every((p) => COUNTRY_NAMES.has(p))) continue;
    // "WHEAT TO CHINA" in a capitals heading is the country, not a town of that name in Mexico
    const shouted = shoutedCountry(written);
    if (shouted) {
      out.push(tokenMention(scan, span.from, span.to, { type: 'country', form: 'name', country: shouted, sector: null, rank: null, titles: [], name: titleCase(written), code: shouted }));
      take(scan, span.from, span.to);
      continue;
    }
    const place = lookupPlace(written, regionAfter(tokens, span.to));
    const name = place && place.name.toLowerCase() === written.toLowerCase() ? place.name : written;
    // (a capital the country tables know wins over a namesake GeoNames ranks higher: "East Berlin" is no town in Pennsylvania)
    out.push(tokenMention(scan, span.from, span.to, { type: 'location', form: 'name', country: CAPITALS.get(written) ?? place?.country ?? null, sector: null, rank: null, titles: [], name, code: null }));
    take(scan, span.from, span.to);
  }
  for (let i = 0; i < tokens.length; i++) {
    // (the match read once: the third read, reached only where a free capital is found, was a site
    // with no feedback, and one run saw the same optimised code deoptimise on it twelve times)
    const m = lex.exact[i];
    const capital = entryOf(m, 'capital');
    if (!capital || !m || !isFree(scan, i, m.to)) continue;
    out.push(tokenMention(scan, m.from, m.to, { type: 'location', form: 'name', country: capital.code, sector: null, rank: null, titles: [], name: spanText(scan, m.from, m.to), code: null }));
    take(scan, m.from, m.to);
  }

  // 6. Nominal mentions: "the chief of the Russian General Staff", "the ministry", "the Russian side",
  //    "Ukraine’s energy minister", "Kenyan police", "a Kremlin spokesman".
  for (let i = 0; i < tokens.length - 1; i++) {
    let head = -1;
    let country: string | null = null;
    // ("Moscow's foreign ministry", "Beijing's commerce ministry": a capital's possessive names its country as a country's does)
    const c = entryOf(lex.exact[i], 'country') ?? entryOf(lex.exact[i], 'capital');
    if (isArticle(tokens[i].text)) head = i + 1;
    else if (c && /^['’]s$/.test(tokens[lex.exact[i]!.to]?.text ?? '')) {
      head = lex.exact[i]!.to + 1;
      country = c.code;
    } else if (entryOf(lex.exact[i], 'demonym') && isFree(scan, i, i + 1) && !isArticle(tokens[i - 1]?.text ?? '')) head = i;
    else if (lex.lower[i] === 'its') {
      // ("The Soviet Union supports freedom of navigation, its ambassador to Kuwait, Ernest Zverev, said": an office of the state
      // named last before `its`, when no other party stands between)
      country = stateBefore(out, tokens[i].start);
      if (country) head = i + 1;
    }
    if (head < 0 || head >= tokens.length || !isFree(scan, head, head + 1)) continue;
    const side = sideMention(tokens, lex, head);
    if (side) {
      out.push(tokenMention(scan, i, side.to, { type: 'country', form: 'nominal', country: side.code, sector: 'GOV', rank: null, titles: [], name: spanText(scan, head, side.to), code: side.code }));
      take(scan, i, side.to);
      continue;
    }
    const nominal = readNominal(tokens, lex, head, inName);
    if (!nominal || !isFree(scan, head, head + 1)) continue;
    // (only its officials: "its bank advisory committee", a debtor's creditors, are no body of its own; "its embassy" is a place
    // as often as a party, "its largest military aid" a thing)
    if (lex.lower[i] === 'its' && nominal.type !== 'person') continue;
    // A nominal followed by a name is a title of that name, already read in step 2.
    if (personStartsAt(spans, nominal.to)) continue;
    const ctry = country ?? nominal.country;
    const name = nominal.type === 'organization' && ctry && nominal.words.length ? `${demonymOf(ctry) ?? tokens[i].text} ${titleCase(nominal.words.join(' '))}`
      // ("the foreign ministry said", "a finance ministry statement": a ministry told by its portfolio in lower case is named as the
      // capitalised one is, so that the dispatch's country places it as it places "the Foreign Ministry")
      : nominal.type === 'organization' && nominal.words.length > 1 && MINISTRY_HEADS.has(nominal.head) ? titleCase(nominal.words.join(' ')) : nominal.head;
    out.push(tokenMention(scan, i, nominal.to, { type: nominal.type, form: 'title', country: ctry, sector: nominal.sector, rank: null,
      titles: nominal.type === 'person' ? [spanText(scan, country ? head : i + 1, nominal.to)] : [], name, code: nominal.code ?? null }));
    take(scan, i, nominal.to);
  }

  // 7. Pronouns that may refer to people.
  for (let i = 0; i < tokens.length; i++) {
    const word = lex.lower[i];
    // he, him, his, she, her, hers: most words are longer or start otherwise
    if (word.length > 4 || (word.charCodeAt(0) !== 104 && word.charCodeAt(0) !== 115)) continue;
    const gender = PRONOUN_GENDER.get(word);
    if (!gender || gender === 'n' || gender === 'p' || !isFree(scan, i, i + 1)) continue;
    out.push(tokenMention(scan, i, i + 1, { type: 'person', form: 'pronoun', country: null, sector: null, rank: null, titles: [], name: word, code: null, gender }));
  }
  return out;
}

/**
 * A person named once is the same person wherever the name or surname recurs, even where the
 * tagger missed it ("Fidan rejected the linkage."): find those repeats in the whole article.
 */
function repeatNames(tokensBySentence: readonly (readonly Token[])[], found: readonly RawMention[], sentences = tokensBySentence.length): RawMention[] {
  const names = new Map<string, string>();
  for (const m of found) {
    if (m.type !== 'person' || m.form !== 'name') continue;
    const parts = m.name.split(/\s+/).filter((p) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(p));
    if (parts.length === 0) continue;
    names.set(m.name, m.name);
    names.set(parts[parts.length - 1], m.name);
  }
  if (names.size === 0) return [];
  const covered = (start: number, end: number) => found.some((m) => m.start < end && start < m.end);
  const out: RawMention[] = [];
  tokensBySentence.forEach((tokens, index) => {
    const sentence = index < sentences ? index : -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // (every name that can equal a word is capitalised and three letters or more: others are not looked up)
      if (t.text.length < 3 || !capitalised(t.text) || !names.has(t.text) || covered(t.start, t.end)) continue;
      // Not a possessive-free fragment of a longer capitalised name we do not know.
      if (tokens[i + 1] && /^\p{Lu}/u.test(tokens[i + 1].text) && !names.has(tokens[i + 1].text)) continue;
      out.push(rawMention(t.start, t.end, t.text, sentence, { type: 'person', form: 'name', country: null, sector: null, rank: null, titles: [], name: t.text, code: null }));
    }
  });
  return out;
}

/**
 * A name named again, pushed to `mentions`; right after a person's one-word name with only white space between, the rest of that name
 * ("Treasury Secretary James" + "Baker", where a heading's "BAKER" made the tagger take the given name alone): one name.
 */
function addRepeatedName(text: string, mentions: RawMention[], m: RawMention): void {
  const i = mentions.findIndex((p) => p.type === 'person' && p.form === 'name' && p.sentence === m.sentence && !p.name.includes(' ') && p.end < m.start
    && /^\s+$/.test(text.slice(p.end, m.start)));
  if (i < 0) {
    mentions.push(m);
    return;
  }
  const p = mentions[i];
  mentions[i] = rawMention(p.start, m.end, text.slice(p.start, m.end), p.sentence, { ...p, name: `${p.name} ${m.name}` });
}

/** Last words of bodies' names that name a body in lower case too ("the fund", "the bank"; not "the trade" of the GATT). */
const BODY_NOUNS: ReadonlySet<string> = new Set(['Fund', 'Bank', 'Community', 'Organisation', 'Organization', 'Agency', 'Commission', 'Council', 'Club']);

/**
 * A body named again by the last word of its name after "the" ("The International Monetary Fund ... The Fund also urged Brazil",
 * "the European Community ... the Community"; an intergovernmental body's in lower case too), which the tagger leaves unnamed or
 * takes for a thing of its own: an organization mention of that word, which coreference takes to the body named before it.
 */
function bodyShortNames(tokensBySentence: readonly (readonly Token[])[], found: readonly RawMention[]): RawMention[] {
  const named = new Map<string, number>();
  for (const m of found) {
    if (m.type !== 'organization' || !m.name.includes(' ')) continue;
    const last = m.name.slice(m.name.lastIndexOf(' ') + 1);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last)) continue;
    if (!named.has(last)) named.set(last, m.start);
    // (an intergovernmental body is named again in lower case too: "total loans by the fund to Iraq" after the Arab Monetary Fund)
    if (m.code?.startsWith('IGO') && BODY_NOUNS.has(last) && !named.has(last.toLowerCase())) named.set(last.toLowerCase(), m.start);
  }
  if (named.size === 0) return [];
  const covered = (start: number, end: number) => found.some((m) => m.start < end && start < m.end);
  const out: RawMention[] = [];
  tokensBySentence.forEach((tokens, sentence) => {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const first = named.get(t.text);
      // (after the body's first naming, and not the first word of a longer name: "the Bank of England", "the Fund Committee")
      if (first === undefined || first >= t.start || !/^the$/i.test(tokens[i - 1].text) || covered(t.start, t.end)) continue;
      const next = tokens[i + 1]?.text ?? '';
      if (/^\p{Lu}/u.test(next) || next === 'of') continue;
      out.push(rawMention(t.start, t.end, t.text, sentence, { type: 'organization', form: 'name', country: null, sector: null, rank: null, titles: [], name: t.text, code: null }));
    }
  });
  return out;
}

/**
 * A company named again by the first word of its name, which the gazetteer knows as a town ("Bethlehem Steel Corp ... Bethlehem, which
 * has been losing money", "Dome Petroleum Ltd ... rejected by Dome"): the place mention becomes the company's, unless a preposition
 * of place opens it ("a plant in Bethlehem").
 */
function companyShortNames(text: string, mentions: RawMention[]): void {
  const companies = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.type !== 'organization' || m.sector !== 'BUS' || m.form !== 'name' || !m.name.includes(' ')) continue;
    const first = m.name.slice(0, m.name.indexOf(' '));
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(first) && !companies.has(first)) companies.set(first, m);
  }
  if (companies.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const company = m.type === 'location' && m.form === 'name' ? companies.get(m.text) : undefined;
    if (!company || company.start >= m.start || CAPITALS.has(m.text) || PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    mentions[i] = rawMention(m.start, m.end, m.text, m.sentence, { type: 'organization', form: 'name', country: company.country, sector: 'BUS', rank: null, titles: [],
      name: company.name, code: company.code });
  }
}

/** A preposition of place right before a word: "in ", "near the ". */
const PLACE_BEFORE = /\b(?:in|at|near|from|to|into|outside|around|of)\s+(?:the\s+)?$/i;

/** Particles inside Arabic names, before a capitalised name ("bin Salman", "Al Thani"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['Al', 'al', 'bin', 'Bin', 'ibn', 'Ibn', 'bint', 'El', 'el', 'Abu', 'Abdel', 'Ould']);

/**
 * Mend the tagger's usual slips: adjacent person pieces ("George" + "P. Shultz") become one
 * name, and an organization span that runs into a title and a name ("CSTO Secretary General
 * Imangali Tasmagambetov") is split into the organization and the person. Each pass is a function
 * of its own: V8 recompiles only the pass whose rare path a story first takes, not all of them.
 */
function repairSpans(text: string, tokens: readonly Token[], lex: Lex, spans: TokenSpan[]): TokenSpan[] {
  const out = mendTaggerSpans(text, tokens, lex, spans);
  addRankedAndHyphenatedNames(tokens, lex, out);
  addOfficeHolders(tokens, lex, out);
  for (let i = out.length - 1; i >= 0; i--) if (out[i].from >= out[i].to) out.splice(i, 1);
  // (a stable sort: spans already in order, the common case, are left as they are)
  if (!sortedBy(out, (span) => span.from)) out.sort((a, b) => a.from - b.from);
  // A given name the tagger found before a surname found above ("Yasuhiro" + "Nakasone" across a line break): one name.
  for (let i = out.length - 1; i > 0; i--) {
    const a = out[i - 1];
    const b = out[i];
    if (a.type === 'PER' && b.type === 'PER' && a.to === b.from && b.to - b.from === 1 && leaderBySurname(tokens[b.from].text)) {
      a.to = b.to;
      out.splice(i, 1);
    }
  }
  cutStockSymbols(tokens, out);
  cutDanglingWords(tokens, out);
  cutWeekdays(tokens, out);
  cutLeadersAdministration(tokens, out);
  markCompanies(tokens, out);
  markCountryCompanies(tokens, lex, out);
  addNameSuffixes(tokens, out);
  return out;
}

/**
 * Stock symbols in angle brackets after a name ("Deutsche Babcock AG <DBCG.F>") are the company's, no name of their own:
 * a span of the symbol alone is dropped, one that runs on into it is cut before the bracket.
 */
function cutStockSymbols(tokens: readonly Token[], spans: TokenSpan[]): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i];
    for (let k = span.from + 1; k < span.to; k++) if (tokens[k].text === '<') span.to = k;
    const { from, to } = span;
    if (to - from === 1 && from >= 2 && stockSymbolAt(tokens, from) && capitalised(tokens[from - 2].text)) spans.splice(i, 1);
  }
}

/** Function words the tagger leaves at a name's end ("criticism by Baker of West German policy" gave the name "Baker of"). */
const DANGLING_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'in', 'to', 'on', 'at']);

/** A name never ends in a lower-case function word: the span is cut before it ("Baker of" is "Baker", "Frank Lorenzo of" "Frank Lorenzo"). */
function cutDanglingWords(tokens: readonly Token[], spans: TokenSpan[]): void {
  for (const span of spans) while (span.to - span.from > 1 && DANGLING_WORDS.has(tokens[span.to - 1].text)) span.to--;
}

/** A day of the week or a month's name of more than three letters ("May" is a name too). */
function timeWord(lower: string): boolean {
  return WEEKDAYS.has(lower) || (MONTHS[lower] !== undefined && lower.length > 3);
}

/** Words of time before a day of the week ("on Monday", "last Friday"). */
const BEFORE_WEEKDAY: ReadonlySet<string> = new Set(['on', 'last', 'next', 'this', 'late', 'early']);

/**
 * A day of the week is no part of a name: a span that runs on into one ("Clayton Yeutter Monday", "the Commerce Department on
 * Monday", "U.S. District Court\non Friday") is cut before it and the words of time before it.
 */
function cutWeekdays(tokens: readonly Token[], spans: TokenSpan[]): void {
  for (const span of spans) {
    for (let k = span.from + 1; k < span.to; k++) {
      if (!WEEKDAYS.has(tokens[k].text.toLowerCase())) continue;
      span.to = BEFORE_WEEKDAY.has(tokens[k - 1].text.toLowerCase()) && k - 1 > span.from ? k - 1 : k;
      break;
    }
  }
}

/**
 * "The Reagan Administration imposed", "officials of the Reagan Administration": a leader's name before the word administration
 * written with a capital is the leader's government, read as "the Reagan administration" is, not one person's name nor a body no
 * code names: the span is cut before the word.
 */
function cutLeadersAdministration(tokens: readonly Token[], spans: TokenSpan[]): void {
  for (const span of spans) {
    if (span.to - span.from < 2 || !/^Administrations?$/.test(tokens[span.to - 1].text)) continue;
    const name = tokens.slice(span.from, span.to - 1).map((t) => t.text).join(' ');
    if (!leaderByName(name) && !(span.to - span.from === 2 && leaderBySurname(name))) continue;
    // (the tagger's body "Reagan Administration" too: the name left is the leader's)
    span.to--;
    span.type = 'PER';
  }
}

/** Lower-case words that belong inside names ("Ruud van Nistelrooy", "Luiz Inacio Lula da Silva"). */
const LOWER_NAME_WORDS: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'dos', 'das', 'des', 'ibn', 'bint', 'abu', 'ben', 'ter', 'ten', 'zu', 'y']);

const DOCUMENT_HEADS = /^(?:Agreement|Accords?|Treaty|Pact|Plan|Declaration|Protocol|Charter|Convention)$/;

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'", '“', '”', '‘', '’']);

/**
 * The end of a name whose first part ends at `to` and goes on past a nickname in quotes: one to three
 * capitalised words between quote marks, then one or two capitalised words of no country ("Jimmy "Barbecue"
 * Cherizier"). `to` itself when no nickname follows.
 */
function pastNickname(tokens: readonly Token[], lex: Lex, to: number): number {
  if (!QUOTE_MARKS.has(tokens[to]?.text ?? '')) return to;
  let k = to + 1;
  while (k < tokens.length && k <= to + 3 && /^\p{Lu}/u.test(tokens[k].text)) k++;
  if (k === to + 1 || !QUOTE_MARKS.has(tokens[k]?.text ?? '') || tokens[k].start !== tokens[k - 1].end) return to;
  let end = k + 1;
  while (end < tokens.length && end <= k + 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[end].text) && !lex.exact[end]) end++;
  return end > k + 1 ? end : to;
}

/** The tagger's spans with edges trimmed, person pieces joined, and run-on names split. */
function mendTaggerSpans(text: string, tokens: readonly Token[], lex: Lex, spans: TokenSpan[]): TokenSpan[] {
  // (each pass over a span is a function of its own: a rule first met long into a corpus run
  // deoptimises the function it is compiled in, and V8 then recompiles that one, not all of them)
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (wholeDemonym(tokens, lex, spans, i)) continue;
    if (!keepTaggerSpan(text, tokens, lex, span)) continue;
    const last = out[out.length - 1];
    // a name already carried over this span ("... bin Abdulrahman Al Thani" below)
    if (last && last.type === 'PER' && span.from < last.to && span.to <= last.to) continue;
    if (span.type === 'PER') mendPersonSpan(tokens, lex, spans, span);
    // "George" + "P. Shultz", "Charles" + "Q." + "Brown": one name, initials included.
    if (last && last.type === 'PER' && span.type === 'PER' && (last.to === span.from || (last.to === span.from - 1 && /^\p{Lu}\.$/u.test(tokens[last.to].text)))) {
      last.to = span.to;
      continue;
    }
    if (splitRunOnName(tokens, lex, span, out)) continue;
    out.push({ ...span });
  }
  return out;
}

/**
 * A demonym of several words the lexicon knows (`West German`, `South Korean`) is one name whatever the tagger's spans: "LOC:West"
 * + "MISC:German" is one demonym, and "ORG:West German Farm Minister Ignaz Kiechle" is the demonym and then the rest. Rewrites
 * `spans[i]` (and the spans after it that the demonym covers) and returns true when the span is gone.
 */
function wholeDemonym(tokens: readonly Token[], lex: Lex, spans: TokenSpan[], i: number): boolean {
  const span = spans[i];
  const previous = spans[i - 1];
  // (a span the demonym before it was widened over: dropped, or cut after the demonym)
  if (previous && span.from < previous.to && previous.type === 'MISC' && lex.exact[previous.from]?.to === previous.to) {
    if (span.to <= previous.to) return true;
    span.from = previous.to;
  }
  const match = lex.exact[span.from];
  if (!match || match.to - span.from < 2 || !entryOf(match, 'demonym') || entryOf(match, 'country')) return false;
  if (span.to < match.to) {
    span.to = match.to;
    span.type = 'MISC';
  } else if (span.to > match.to && tokens[match.to - 1].end !== tokens[match.to].start) {
    // (not a demonym joined to what follows: "West German-made")
    const rest = restAfterDemonym(lex, { ...span, from: match.to });
    if (rest) spans.splice(i + 1, 0, rest);
    span.to = match.to;
    span.type = 'MISC';
  }
  return false;
}

/**
 * What is left of a span after the demonym cut off its start, read as the tagger reads it after a demonym of one word: words of a
 * title are no name ("Economics" before "Minister"), and the words after a title are a person ("Farm Minister Ignaz Kiechle").
 */
function restAfterDemonym(lex: Lex, rest: TokenSpan): TokenSpan | null {
  if (isTitleWord(lex, rest.to)) return null;
  for (let k = rest.from; k < rest.to; k++) {
    if (!isTitleWord(lex, k)) continue;
    const end = lex.folded[k]!.to;
    return end >= rest.to ? null : { from: end, to: rest.to, type: 'PER' };
  }
  return rest;
}

function isTitleWord(lex: Lex, k: number): boolean {
  return entryOf(lex.folded[k], 'title') !== null || entryOf(lex.folded[k], 'rank') !== null;
}

/** The country of the last mention ending before `at` when it names a state (a country or its capital), else null. */
function stateBefore(mentions: readonly RawMention[], at: number): string | null {
  let last: RawMention | null = null;
  for (const m of mentions) if (m.end <= at && (!last || m.end > last.end)) last = m;
  return last && (last.type === 'country' || (last.type === 'location' && last.form === 'name' && CAPITALS.has(last.name))) ? last.country : null;
}

/** Whether a word opens with an ASCII letter or digit (most do): then it is no run of marks, and the edge expressions below need not run. */
function opensWithAsciiWordChar(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** Trims a tagger span's edges and corrects its type from the lexicons; false when it is no name at all. */
function keepTaggerSpan(text: string, tokens: readonly Token[], lex: Lex, span: TokenSpan): boolean {
  // Brackets and marks at the edges are not part of a name ("<Wilson and George Meyer and Co>").
  while (span.from < span.to && !opensWithAsciiWordChar(tokens[span.from].text) && /^[^\p{L}\p{N}]+$/u.test(tokens[span.from].text)) span.from++;
  while (span.to > span.from && !opensWithAsciiWordChar(tokens[span.to - 1].text) && /^[^\p{L}\p{N}.]+$/u.test(tokens[span.to - 1].text)) span.to--;
  // A conjunction opening the sentence is no part of a name ("But Commission proposals"). (One word
  // at most, the sentence's first; added for every span, so that the skip, met in few stories, is
  // no code first run long into a corpus run: that deoptimised this function.)
  span.from += span.to - span.from > 1 && span.from === 0 && SENTENCE_OPENERS.has(tokens[0].text) ? 1 : 0;
  if (span.from >= span.to) return false;
  // "The Iranian-backed Houthis", "the Saudi-led coalition": a backer's word and its article describe the name after them
  // ("Pro-Iranian Hezbollah gunmen": a word of the side a group leans to describes it too)
  if (BACKED_BY.test(tokens[span.from].text) || (span.to - span.from > 1 && sideWord(tokens[span.from].text)) || (span.to - span.from > 1 && tokens[span.from].text === 'The' && BACKED_BY.test(tokens[span.from + 1].text))) {
    span.from += tokens[span.from].text === 'The' ? 2 : 1;
    if (span.from >= span.to) return false;
  }
  // ("Al Qaeda-linked militants": a name joined to a backer's word describes the noun after it and is no name of its own)
  if (BACKED_BY.test(tokens[span.to - 1].text)) return false;
  // ("Rep. Richard Gephardt, a Missouri Democrat, said": a member's party and home state describe the person named before: no one
  // of their own, who took the acts of the sentence from him)
  if (span.type === 'PER' && PARTY_MEMBER.test(tokens[span.to - 1].text)) return false;
  // ("House Banking committee chairman Fernand St Germain, D-R.I., called for caution": his party and state, no name)
  if (span.to - span.from === 1 && PARTY_AND_STATE.test(tokens[span.from].text)) return false;
  // Two letters alone ("Co", "St") are no place unless the lexicon knows them.
  if (span.type === 'LOC' && span.to - span.from === 1 && tokens[span.from].text.length <= 2 && !lex.exact[span.from]) return false;
  // "Kursk Region", "Sindh Province": regions are places, whatever the tagger says.
  if (span.type !== 'PER' && span.to - span.from >= 2 && /^(?:Region|Province|Oblast|District|Governorate|County|Prefecture|Territory)$/.test(tokens[span.to - 1].text)) span.type = 'LOC';
  // A demonym ("Filipino crew members") is no place.
  const whole = lex.exact[span.from];
  if (span.type === 'LOC' && whole && whole.to === span.to && entryOf(whole, 'demonym') && !entryOf(whole, 'country')) return false;
  // A known name whose short first word the tagger left out as a common word ("during To Lam's first visit"): the whole name.
  if (span.from > 0 && /^\p{Lu}\p{Ll}{0,2}$/u.test(tokens[span.from - 1].text) && leaderByName(text.slice(tokens[span.from - 1].start, tokens[span.to - 1].end))) {
    span.from--;
    span.type = 'PER';
  }
  // A known office holder is a person whatever the tagger says ("Xi Jinping met Vladimir Putin").
  if (span.type !== 'PER' && (span.to - span.from > 1 || ONE_WORD_LEADER) && leaderByName(text.slice(tokens[span.from].start, tokens[span.to - 1].end))) span.type = 'PER';
  // ("Deputy Secretary of State Victoria Nuland": a name of two or more words that opens with a place's, right after a title and
  // no place the lexicon knows whole, is the title holder)
  if (span.type === 'LOC' && span.to - span.from > 1 && !(whole && whole.to === span.to) && titleEndsAt(lex, span.from)) span.type = 'PER';
  return true;
}

/** Whether a title of the lexicon ends right before token `at` ("Secretary of State" before a name). */
function titleEndsAt(lex: Lex, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) if (isTitleWord(lex, k) && lex.folded[k]!.to === at) return true;
  return false;
}

/** Prepositions of place: a city named right after one is the place ("a strike on Dnipro", "in Mariupol"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'into', 'near', 'outside', 'around', 'toward', 'towards']);
/**
 * Prepositions after which a capital is the town, never the government acting in the next verb ("a strike on Kyiv killed"); not
 * `in`, whose capital names the country of a body before it ("Police in Minsk detained").
 */
const CAPITAL_PLACE_BEFORE: ReadonlySet<string> = new Set(['on', 'into', 'near', 'outside', 'around', 'toward', 'towards', 'over', 'across']);

/** Lower-case words of direction that open the name of a place, never of a person. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['southern', 'northern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-eastern', 'north-western', 'south-eastern', 'south-western', 'far-western', 'far-eastern']);

/** Words of an outlet's staff after its name ("reporter", "journalists", "correspondent"). */
const MEDIA_STAFF: ReadonlySet<string> = new Set(['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'correspondents', 'editor', 'editors',
  'photographer', 'photographers', 'cameraman', 'cameramen', 'crew', 'staff', 'staffer', 'staffers', 'employee', 'employees', 'contributor', 'columnist', 'producer']);

/** A word of the country a group leans to or against, before its name ("Pro-Iranian Hezbollah"): no part of the name. */
function sideWord(word: string): boolean {
  // (most words are none: passed over before the expression is tried)
  if (!word.startsWith('Pro-') && !word.startsWith('Anti-')) return false;
  const side = /^(?:Pro|Anti)-(\p{Lu}[\p{L}.]+)$/u.exec(word);
  return side !== null && (DEMONYMS.has(side[1]) || COUNTRY_NAMES.has(side[1]));
}

/** A capitalised word joined to what another does for the name after it ("Iranian-backed", "Saudi-led", "Kremlin-friendly"). */
export const BACKED_BY = /^\p{Lu}[\p{L}.]*-(?:backed|led|brokered|mediated|sponsored|allied|aligned|funded|supported|controlled|dominated|installed|friendly|leaning|run|held|organised|organized|linked|affiliated|inspired|based)$/u;

/** Forms of address before a surname, with or without their period. */
const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Mr.', 'Mrs.', 'Ms.', 'Mme', 'Mme.']);

/** A person's span mended: an honorific, a document's name, a verb or a title inside it, particles and a nickname after it. */
function mendPersonSpan(tokens: readonly Token[], lex: Lex, spans: TokenSpan[], span: TokenSpan): void {
  // "the Louvre Agreement": a name that ends in a document's noun is no person
  if (span.to - span.from > 1 && DOCUMENT_HEADS.test(tokens[span.to - 1].text)) {
    span.type = 'MISC';
    return;
  }
  // "Mrs Aquino", "Mr Gorbachev" (British copy drops the period): the honorific is no part of the name, so the surname is
  // read as the person named before in full
  if (span.to - span.from > 1 && HONORIFICS.has(tokens[span.from].text)) span.from++;
  // "Badr Albusaidi shuttling": a name does not end in a lower-case word
  while (span.to - span.from > 1 && /^\p{Ll}/u.test(tokens[span.to - 1].text)) span.to--;
  // "Li Qiang hosted Solomon Islands Prime Minister Jeremiah Manele": a verb inside a tagged name ends it, and what
  // follows is read as a name of its own
  for (let k = span.from + 1; k < span.to - 1; k++) {
    if (!/^\p{Ll}{3,}$/u.test(tokens[k].text) || NAME_PARTICLES.has(tokens[k].text) || LOWER_NAME_WORDS.has(tokens[k].text)) continue;
    spans.splice(spans.indexOf(span) + 1, 0, { from: k + 1, to: span.to, type: 'PER' });
    span.to = k;
    break;
  }
  // "Omani Foreign Minister Badr Albusaidi" tagged as one name: a demonym and an office of two words or more before
  // it are its title, read as titles are
  const demonym = lex.exact[span.from];
  const from = demonym && (entryOf(demonym, 'demonym') || entryOf(demonym, 'country')) && demonym.to < span.to ? demonym.to : span.from;
  const office = lex.folded[from];
  // (one word of office when two words of name follow: "Venezuelan President Nicolas Maduro" tagged "President Nicolas Maduro")
  if (office && entryOf(office, 'title') && office.to < span.to && (office.to - from >= 2 || span.to - office.to >= 2) && capitalised(tokens[from].text)) span.from = office.to;
  // "Mohammed bin Abdulrahman Al Thani": a family particle and the capitalised name after it
  while (span.to + 1 < tokens.length && NAME_PARTICLES.has(tokens[span.to].text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[span.to + 1].text) && !lex.exact[span.to + 1]) span.to += 2;
  // "Jimmy "Barbecue" Cherizier", "Joaquin 'El Chapo' Guzman": a nickname in quotes inside the name, and the surname after it
  span.to = pastNickname(tokens, lex, span.to);
}

/** Whether tokens [from, to) are a demonym and capitalised office words only ("Kuwaiti Foreign", "Saudi Oil"). */
function officeOnly(tokens: readonly Token[], lex: Lex, from: number, to: number): boolean {
  if (!entryOf(lex.exact[from], 'demonym')) return false;
  for (let k = lex.exact[from]!.to; k < to; k++) if (!capitalised(tokens[k].text) || !OFFICE_WORDS.has(lex.lower[k])) return false;
  return true;
}

/**
 * A span that runs a country or a title into a person's name, split in two and pushed to `out`;
 * false (nothing pushed) when there is none.
 */
function splitRunOnName(tokens: readonly Token[], lex: Lex, span: TokenSpan, out: TokenSpan[]): boolean {
  // "Republic of Kazakhstan Murat Nurtleu": a country name run into a person's name.
  if (span.type !== 'PER') {
    let split = false;
    for (let k = span.from; k < span.to - 2 && !split; k++) {
      const c = lex.exact[k];
      // (not a body's name that opens with its country: "the official Kuwait News Agency", "the Sudan Cotton Board")
      if (c && entryOf(c, 'country') && c.to <= span.to - 2 && c.to >= span.to - 3 && tokensAreName(tokens, c.to, span.to) && !endsInBodyHead(tokens, lex, c.to, span.to)) {
        out.push({ from: span.from, to: c.to, type: k === span.from ? 'LOC' : span.type }, { from: c.to, to: span.to, type: 'PER' });
        split = true;
      }
    }
    if (split) return true;
  }
  if (span.type === 'ORG' || span.type === 'MISC') {
    let split = false;
    // ("House Speaker Jim Wright of Texas": the state a legislator is of, after the name, is no part of it)
    const to = span.to - 4 > span.from && tokens[span.to - 2].text === 'of' && capitalised(tokens[span.to - 1].text) ? span.to - 2 : span.to;
    for (let k = span.from + 1; k < to - 1 && !split; k++) {
      const m = lex.folded[k];
      if (m && (entryOf(m, 'title') || entryOf(m, 'rank')) && m.to < to && m.to >= to - 3 && capitalised(tokens[k].text)) {
        // ("Kuwaiti Foreign Undersecretary Suliman Majed al-Shaheen": a demonym and office words before the title are the title's,
        // no body of their own)
        if (!officeOnly(tokens, lex, span.from, k)) out.push({ from: span.from, to: k, type: span.type });
        out.push({ from: m.to, to, type: 'PER' });
        split = true;
      }
    }
    if (split) return true;
  }
  return false;
}

/**
 * Names the tagger missed where the form leaves no doubt: capitalised words right after a rank
 * ("Colonel-General Viktor Afzalov"), and East Asian names with a hyphenated given name
 * ("She Rui-ling", "Lee Sung-jun").
 */
function addRankedAndHyphenatedNames(tokens: readonly Token[], lex: Lex, out: TokenSpan[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const m = lex.folded[k];
    let from = -1;
    let to = -1;
    if (m && entryOf(m, 'rank') && capitalised(tokens[k].text)) {
      from = m.to;
      to = from;
      while (to < tokens.length && to < from + 3 && /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?$|^\p{Lu}\.$/u.test(tokens[to].text) && !lex.folded[to] && !lex.exact[to]) to++;
      if (to - from < 2) from = -1;
    } else if (capitalised(tokens[k].text) && tokens[k + 1]?.text.includes('-') && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[k].text) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[k + 1].text) && !lex.exact[k]
      && !BACKED_BY.test(tokens[k + 1].text)) {
      [from, to] = [k, k + 2];
    }
    if (from < 0 || personCovers(out, from, to)) continue;
    for (const s of out) {
      if (s.to <= from || s.from >= to) continue;
      if (s.from < from) s.to = from; // keep the part before ("Russian Aerospace Forces")
      else s.from = s.to; // emptied
    }
    out.push({ from, to, type: 'PER' });
  }
}

/** Office holders named by surname alone ("Blinken said", "Zakharova noted") whatever the tagger says. */
function addOfficeHolders(tokens: readonly Token[], lex: Lex, out: TokenSpan[]): void {
  for (let k = 0; k < tokens.length; k++) {
    // (a surname-shaped word is letters only: its lexicon key lower-cased is the word lower-cased)
    // ("SHULTZ LIKELY TO VISIT MOSCOW SOON": in a heading in capitals, the surname in capitals)
    if (tokens[k].text.length < SURNAME_LEAST || !capitalised(tokens[k].text) || !(surnameShaped(tokens[k].text) || (shoutedSurname(tokens[k].text) && capitalsLine(tokens))) || !leaderBySurname(lex.lower[k])) continue;
    if (personCovers(out, k, k + 1)) continue;
    // "Reagan Communications": the surname opens a longer name
    if (runsOnFrom(out, k) && capitalised(tokens[k + 1].text)) continue;
    // "Yitzak Shamir" taken for a place: given names and the surname are one person
    const whole = nameEndingAt(out, tokens, k);
    if (whole) {
      whole.type = 'PER';
      continue;
    }
    for (const s of out) {
      if (s.from !== k) continue;
      // a place or body of that one word; or a body run on from the surname ("Shultz and Defense"): what follows the joiner
      s.from = k + 1;
      while (s.from < s.to && !capitalised(tokens[s.from].text)) s.from++;
    }
    out.push({ from: k, to: k + 1, type: 'PER' });
  }
}

/** Company names the tagger took for people or places: "Jones Medical Industries Inc", "an official of Kelso Management". */
function markCompanies(tokens: readonly Token[], out: TokenSpan[]): void {
  for (const span of out) {
    // (a stock symbol alone is no name: "Dupont Co's <DD> Conoco Inc")
    if (angleBracketed(tokens, span.from, span.to) && !(span.to - span.from === 1 && stockSymbolAt(tokens, span.from))) {
      span.type = 'ORG';
      continue;
    }
    if (span.type === 'LOC' && span.to - span.from >= 2 && companySuffix(tokens[span.to - 1].text)) span.type = 'ORG';
    if (span.type !== 'PER') continue;
    let k = span.to;
    // ("Lomas and Nettleton Financial Corp", "Procter and Gamble Co": names joined by "and" inside one company's name)
    while (k < tokens.length && k < span.to + 4 && (/^\p{Lu}/u.test(tokens[k].text) || ((tokens[k].text === 'and' || tokens[k].text === '&') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')))
      && !companySuffix(tokens[k].text)) k++;
    if (companySuffix(tokens[k]?.text ?? '') || companySuffix(tokens[span.to - 1].text)) {
      span.type = 'ORG';
      if (companySuffix(tokens[k]?.text ?? '')) span.to = k + 1;
    }
  }
}

/**
 * Whether a name stands alone between angle brackets: Reuters writes the name of a company with no stock symbol so ("<Banque de
 * l'Union Europeenne> said it signed", "the Soviet Foreign Trade Bank <Vneshtorgbank>").
 */
function angleBracketed(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens[from - 1]?.text === '<' && tokens[to]?.text === '>';
}

/** Last words of companies named after their country ("Japan Line", "Japan Air Lines", "the Korea Fund", "Nippon Steel"). */
const COUNTRY_COMPANY_HEADS: ReadonlySet<string> = new Set(['Line', 'Lines', 'Airlines', 'Airways', 'Shipping', 'Steamship', 'Steel',
  'Motors', 'Telecom', 'Fund', 'Petroleum', 'Oil', 'Chemical', 'Chemicals', 'Electric', 'Leasing', 'Mining', 'Post', 'Gas', 'Railways',
  'Shipbuilding', 'Aerospace']);
/**
 * Of those, the heads that make a company of a name opened by a demonym too ("British Steel", "Korean Air Lines"): not those that
 * end a body's name after a people's as well ("the Arab Monetary Fund"), nor the rarer heads no demonym-named firm of the copy had.
 */
const DEMONYM_COMPANY_HEADS: ReadonlySet<string> = new Set([...COUNTRY_COMPANY_HEADS].filter((head) =>
  !['Fund', 'Oil', 'Chemical', 'Chemicals', 'Electric', 'Leasing', 'Mining', 'Post', 'Steamship'].includes(head)));

/**
 * A country's name that opens a company's name is no country: "Japan Line asked its creditor banks" (the tagger's place "Japan
 * Line"), "Japan Air Lines said" (its place "Japan" alone), "Brazil Fund officials". The name runs from the country over at most
 * two more capitalised words to a company's last word.
 */
function markCountryCompanies(tokens: readonly Token[], lex: Lex, out: TokenSpan[]): void {
  for (const span of out) {
    if (span.type === 'PER' || !countryOpens(lex, span.from)) continue;
    let k = lex.exact[span.from]!.to;
    const after = k;
    while (k < tokens.length && k < after + 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) && !COUNTRY_COMPANY_HEADS.has(tokens[k].text)) k++;
    if (k >= tokens.length || !COUNTRY_COMPANY_HEADS.has(tokens[k].text)) continue;
    // (a name running on is no company's: "Gulf Oil Ministers", "U.S. Petroleum and Energy Committee")
    const next = tokens[k + 1]?.text ?? '';
    if ((/^\p{Lu}\p{Ll}/u.test(next) && !COMPANY_FORMS.has(next)) || TITLE_JOINERS.has(next) || next === '&') continue;
    span.type = 'ORG';
    span.to = Math.max(span.to, k + 1);
    // (the words the name now covers are no names of their own)
    for (const other of out) if (other !== span && other.from >= span.from && other.from < span.to) other.to = other.from;
  }
}

/**
 * Whether a name with no head of its own ends in a country's name after a name of another kind: a company's arm in that country
 * ("Shell Canada", "IBM Nederland", "Mobil Oil Australia" are firms, not the states); not "Bank of Canada", whose "of" makes the
 * country the body's owner, nor a town named after its country ("Port Sudan", which the gazetteer knows), nor a state's
 * broadcaster ("Radio Malaysia"), nor a known body the tagger ran into the country ("told Reuters Taiwan and the U.S. have").
 */
function nationalArm(lex: Lex, from: number, to: number, written: string): boolean {
  for (let j = to - 1; j > from && j >= to - 4; j--) {
    if (lex.exact[j]?.to !== to || !entryOf(lex.exact[j], 'country')) continue;
    const opener = lex.exact[from];
    if (countryOpens(lex, from) || entryOf(opener, 'demonym') || entryOf(opener, 'org') || BROADCASTERS.has(lex.lower[from])) return false;
    return lex.lower[j - 1] !== 'of' && !lookupPlace(written);
  }
  return false;
}

/** Words a state's radio or television opens its name with ("Radio Pakistan", "Television Espanola"). */
const BROADCASTERS: ReadonlySet<string> = new Set(['radio', 'television', 'tv', 'voice']);

/** A state or province written after a place and a comma ("Ontario, Calif.", "London, Ontario"), which tells the namesake meant. */
function regionAfter(tokens: readonly Token[], to: number): string | null {
  const region = tokens[to]?.text === ',' ? tokens[to + 1]?.text ?? '' : '';
  return REGION_HINTS[region.toLowerCase()] ? region : null;
}

/**
 * The country a body's name holds: the one after "of", which owns the body ("Anglo American Corp of South Africa", "Ford Motor Co of
 * Canada"), else the first country or demonym, not one a combining form joins to another people ("Anglo American" is no American
 * firm, nor "Sino-British" a Chinese body).
 */
function countryInName(tokens: readonly Token[], lex: Lex, from: number, to: number): string | null {
  let first: string | null = null;
  for (let k = from; k < to; k++) {
    const c = entryOf(lex.exact[k], 'country') ?? entryOf(lex.exact[k], 'demonym');
    if (!c || COMBINING_FORMS.test(tokens[k - 1]?.text ?? '')) continue;
    if (lex.lower[k - 1] === 'of' && k > from) return c.code;
    first ??= c.code;
  }
  return first;
}

/**
 * The country of a market named after its city ("the Chicago Board of Trade", "the Tokyo Stock Exchange", "the Paris Bourse"): the
 * city is where it trades, in a dispatch from anywhere. Only a city of some size opening the name counts ("the Pacific Stock
 * Exchange" and "the International Petroleum Exchange" open with none).
 */
function marketCityCountry(tokens: readonly Token[], from: number, to: number): string | null {
  const last = tokens[to - 1]?.text;
  const market = last === 'Exchange' || last === 'Bourse' || (last === 'Trade' && tokens[to - 2]?.text === 'of' && tokens[to - 3]?.text === 'Board');
  if (!market) return null;
  for (let n = Math.min(3, to - from - 1); n >= 1; n--) {
    const words = tokens.slice(from, from + n).map((t) => t.text);
    if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const place = lookupPlace(words.join(' '));
    if (place?.country && place.population >= MARKET_CITY_POPULATION) return place.country;
  }
  return null;
}
const MARKET_CITY_POPULATION = 100_000;

/** Forms that join one people to another in a name ("Anglo American", "Franco-German", "Sino-Soviet"). */
const COMBINING_FORMS = /^(?:Anglo|Franco|Sino|Indo|Afro|Russo|Greco|Italo|Austro|Hispano|Luso)-?$/;

/**
 * The one country whose company law gives the legal form closing a company's name ("Hoogovens BV", "Montedison SpA", "Svenska
 * Handelsbanken AB"; the form may follow the span, or close it after another: "Nobel Industrier AB", "Ranks Hovis McDougall PLC"),
 * else null: a form of several countries ("AG", "SA", "Ltd") places no firm.
 */
function legalFormCountry(tokens: readonly Token[], from: number, to: number): string | null {
  const countries = closingFormCountries(tokens.slice(Math.max(from + 1, to - 1), to + 1).map((t) => t.text));
  return countries?.length === 1 ? countries[0] : null;
}

/** Whether a country's name opens the words at `from`. */
function countryOpens(lex: Lex, from: number): boolean {
  return entryOf(lex.exact[from], 'country') !== null;
}

/** Name suffixes and particles: "Charles Q. Brown Jr.", "Mohammed Shia al-Sudani", "Mohammed bin Salman". */
function addNameSuffixes(tokens: readonly Token[], out: TokenSpan[]): void {
  for (const span of out) {
    if (span.type !== 'PER') continue;
    // ("Linda Thomas-Greenfield": a double-barrelled surname the tagger left out)
    if (span.to - span.from === 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(tokens[span.to]?.text ?? '') && !out.some((o) => o.from === span.to)) span.to++;
    if (/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(tokens[span.to]?.text ?? '')) span.to++;
    if (/^(?:al|el|ad|as|ash|an|ar)-\p{Lu}/u.test(tokens[span.to]?.text ?? '')) span.to++;
    else if (/^(?:bin|ibn|bint|van|von|de|da|der|den|del|la|le)$/.test(tokens[span.to]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(tokens[span.to + 1]?.text ?? '')) span.to += 2;
  }
}

// Span tests as plain loops: an arrow function reading a loop's variable made V8 allocate that
// variable's scope at every pass of the loop (every token), whether the test ran or not.

/** Whether a name the tagger found (not a person's) holds `[start, end)` and is longer. */
function insideLongerName(names: readonly NameSpan[], start: number, end: number): boolean {
  for (const n of names) if (n.type !== 'PER' && n.start <= start && n.end >= end && n.end - n.start > end - start) return true;
  return false;
}

/** Whether a person span starts at token `from`. */
function personStartsAt(spans: readonly TokenSpan[], from: number): boolean {
  for (const s of spans) if (s.type === 'PER' && s.from === from) return true;
  return false;
}

/** Whether a person span covers tokens `[from, to)`. */
function personCovers(spans: readonly TokenSpan[], from: number, to: number): boolean {
  for (const s of spans) if (s.type === 'PER' && s.from <= from && to <= s.to) return true;
  return false;
}

/** Whether a span of two tokens or more starts at token `k`. */
function runsOnFrom(spans: readonly TokenSpan[], k: number): boolean {
  for (const s of spans) if (s.from === k && s.to > k + 1) return true;
  return false;
}

/** The first span ending right after token `k`, starting before it, whose words before `k` are all name-shaped. */
function nameEndingAt(spans: readonly TokenSpan[], tokens: readonly Token[], k: number): TokenSpan | undefined {
  for (const s of spans) if (s.to === k + 1 && s.from < k && tokensAreName(tokens, s.from, k)) return s;
  return undefined;
}

/** Whether some office holder is named by one word: if none is, a span of one token is looked up by no name. */
const ONE_WORD_LEADER = LEADERS.some((leader) => leader.names.some((name) => !/\s/.test(name.trim())));

/** Capitalised words that open sentences and no names. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['But', 'And', 'Or', 'Yet', 'So', 'Nor', 'Although', 'Though', 'While', 'When', 'If', 'Because']);

/** Single words that head a body's name. */
const ORG_HEAD_WORD = /^(?:Authority|Agency|Ministry|Commission|Committee|Council|Service|Office|Institute|Department|Directorate|Bureau|Administration|Board|Tribunal|Corporation|Company)$/;

/** Whether `w` is the last word of a company's name: a legal form, or a head such names often end in ("Jones Medical Industries"). */
export function companySuffix(w: string): boolean {
  return COMPANY_FORMS.has(w) || /^(?:Industries|Holdings|Group|Bancorp|Airlines|Motors|Management|Partners|Associates|Securities|Investments)$/.test(w);
}

/** Whether tokens [from, to) end in the head of a body's name ("News Agency", "Board", "Ministry"). */
function endsInBodyHead(tokens: readonly Token[], lex: Lex, from: number, to: number): boolean {
  if (ORG_HEAD_WORD.test(tokens[to - 1].text)) return true;
  for (let k = from; k < to; k++) if (lex.folded[k]?.to === to && entryOf(lex.folded[k], 'orghead')) return true;
  return false;
}

function tokensAreName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(tokens[k].text)) return false;
  return true;
}

/** A lone word used as a person's name: followed by a speech or action verb, or by "'s". */
function nameLike(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.text ?? '';
  return /^(?:said|says|told|added|noted|stressed|warned|met|held|visited|called|urged|announced|['’]s)$/.test(next);
}

interface TokenSpan {
  from: number;
  to: number;
  type: NameSpan['type'];
}

function toTokens(span: NameSpan, tokens: readonly Token[]): TokenSpan | null {
  // Tokens are in text order: binary searches, not a Map of offsets built per sentence.
  const from = firstFrom(tokens, span.start);
  const last = firstFrom(tokens, span.end) - 1;
  if (tokens[from]?.start !== span.start || tokens[last]?.end !== span.end) return null;
  return { from, to: last + 1, type: span.type };
}


type Lex = ReturnType<typeof matchLexicon>;

function isTitleOnly(lex: Lex, from: number, to: number): boolean {
  return isTitleWord(lex, from) && lex.folded[from]!.to >= to;
}

interface PersonFacts {
  /** Actor code when the office belongs to an intergovernmental body. */
  code?: string | null;
  rank: string | null;
  titles: string[];
  country: string | null;
  sector: string | null;
  /** Token range covered by the name with its rank and titles. */
  from: number;
  to: number;
}

/**
 * Rank and titles around a name at tokens [from, to):
 * "Chief of the Russian General Staff Army General Valery Gerasimov",
 * "his Chinese counterpart Liu Zhenli", "Valery Gerasimov, chief of the General Staff,".
 */
function readPerson(text: string, tokens: readonly Token[], lex: Lex, from: number, to: number, inName: Uint8Array): PersonFacts {
  // every field set from the start, so that all facts share one shape
  const facts: PersonFacts = { code: null, rank: null, titles: [], country: null, sector: null, from, to };
  let left = from;
  // Rank: the longest rank match that ends right before the name.
  for (let k = Math.max(0, from - 6); k < from; k++) {
    const m = lex.folded[k];
    const rank = entryOf(m, 'rank');
    if (m && rank && m.to === from && capitalised(tokens[k].text)) {
      facts.rank = text.slice(tokens[k].start, tokens[from - 1].end);
      facts.sector = rank.rank.sector;
      left = k;
      break;
    }
  }
  // Titles: capitalised phrases with a title head, leftwards, across one comma at most.
  const countries: string[] = [];
  // ("The U.S. deputy ambassador, Robert Wood, told": an office in apposition before a name set off by commas, opening the sentence
  // or after an article)
  if (left === from && left > 1 && tokens[left - 1].text === ',' && tokens[to]?.text === ',') {
    const phrase = titleBefore(tokens, lex, left - 1, inName);
    const opener = phrase ? phrase.from - 1 : -1;
    if (phrase?.title && (phrase.from === 0 || isArticle(tokens[phrase.from].text) || (opener >= 0 && isArticle(tokens[opener].text)))) {
      facts.titles.push(text.slice(tokens[phrase.from].start, tokens[phrase.to - 1].end));
      countries.push(...phrase.countries);
      facts.sector ??= phrase.sector;
    }
  }
  let guard = 0;
  while (left > 0 && guard++ < 3) {
    const phrase = titleBefore(tokens, lex, left, inName);
    if (!phrase) break;
    if (phrase.title) {
      // "Russian President": the demonym gives the country; the title is "President".
      let first = phrase.from;
      while (first < phrase.to - 1 && (entryOf(lex.exact[first], 'demonym') || entryOf(lex.exact[first], 'country') || /^['’]s$/.test(tokens[first].text))) first = Math.max(first + 1, lex.exact[first]?.to ?? first + 1);
      facts.titles.unshift(text.slice(tokens[first].start, tokens[phrase.to - 1].end));
    }
    countries.push(...phrase.countries);
    if (phrase.sector && (!facts.sector || militaryOverGovernment(facts.sector, phrase.sector))) facts.sector = facts.sector === 'MIL' || facts.sector === 'COP' ? facts.sector : phrase.sector;
    if (phrase.sector === 'REB' || phrase.sector === 'IGO') facts.sector = phrase.sector;
    // ("The company also said Chairman Sam Eletr has resigned", "Trans World Airlines Inc and Chairman Carl Icahn": an office a
    // company reports or is joined to, with no state's body or country beside it, is the company's)
    if (phrase.bare && facts.sector === 'GOV' && companyBefore(tokens, lex, phrase.from)) facts.sector = 'BUS';
    facts.code ??= phrase.code ?? null;
    left = phrase.from;
    // "Chief of the General Staff of the Russian Armed Forces, First Deputy Defense Minister X"
    // (the comma's offset taken on the common path: the rare one then only moves it)
    const comma = left - 1;
    if (left > 1 && tokens[comma].text === ',' && (comma === 0 || phrase.title)) {
      const before = titleBefore(tokens, lex, comma, inName);
      if (before?.title && (before.from === 0 || /^["“‘(]$/.test(tokens[before.from - 1].text))) {
        left = comma;
        continue;
      }
    }
    break;
  }
  facts.from = left;
  // "former Vice President Jorge Glas", "ex-President X": an office left is no office of the state (so with "Former" in capitals
  // opening a sentence, where the title took it in: "Former Foreign Minister Shintaro Abe made the recommendation")
  const leftOffice = (at: number): boolean => at >= 0 && (lex.lower[at] === 'former' || lex.lower[at] === 'ex');
  if ((leftOffice(left - 1) || leftOffice(left)) && (facts.sector === 'GOV' || facts.sector === 'REB')) facts.sector = null;
  // "the commander of the Air Force of the Islamic Republic of Iran Army, Brigadier General X":
  // an appositive office before the comma gives the country.
  if (countries.length === 0 && tokens[left - 1]?.text === ',') appositiveCountries(tokens, lex, left, countries);
  // Appositive title after the name: "Valery Gerasimov, chief of the General Staff, said".
  if (tokens[to]?.text === ',') {
    const phrase = titleAfter(tokens, lex, to + 1);
    if (phrase) {
      facts.titles.push(text.slice(tokens[phrase.from].start, tokens[phrase.to - 1].end));
      countries.push(...phrase.countries);
      if (!facts.sector || militaryOverGovernment(facts.sector, phrase.sector)) facts.sector = phrase.sector;
      // ("Jean-Claude Paye, Director General of the OECD, told": an office of a body of states after the name is the body's, as one
      // before it is, "OECD Secretary-General Jean-Claude Paye"; its code was left behind, and the person had no actor)
      facts.code ??= phrase.code ?? null;
      facts.to = phrase.to;
    }
  }
  // ("Committee Chairman Patrick Leahy (D-Vt.)", "John Dingell, D-Mich, said": a party and state after the name are those of a member
  // of the U.S. Congress, whatever office the title words name)
  if ((tokens[to]?.text === '(' || tokens[to]?.text === ',') && PARTY_AND_STATE.test(tokens[to + 1]?.text ?? '')) {
    facts.sector = 'LEG';
    countries.unshift('USA');
  }
  facts.country = countries[0] ?? null;
  return facts;
}

/**
 * "the commander of the Air Force of the Islamic Republic of Iran Army, Brigadier General X": the
 * countries an appositive office before the comma at `left - 1` names (a function of its own, so
 * that its rare paths recompile it alone, not the whole of readPerson).
 */
function appositiveCountries(tokens: readonly Token[], lex: Lex, left: number, countries: string[]): void {
  let k = left - 2;
  while (k >= 0 && left - k < 16) {
    const w = tokens[k].text;
    const lower = lex.lower[k];
    if (isArticle(w)) break;
    // "Iran's armed forces chief of staff, Major General X": a possessive country opens it too.
    if (/^['’]s$/.test(w) && k > 0 && entryOf(lex.exact[k - 1], 'country')) {
      k--;
      break;
    }
    if (!(capitalised(w) || TITLE_JOINERS.has(lower) || OFFICE_WORDS.has(lower) || NOMINALS.get(lower))) {
      k = -1;
      break;
    }
    k--;
  }
  if (k >= 0 && (isArticle(tokens[k].text) || entryOf(lex.exact[k], 'country'))) {
    const opener = entryOf(lex.exact[k], 'country');
    if (opener) countries.push(opener.code);
    for (let j = k + 1; j < left - 1; j++) {
      const c = entryOf(lex.exact[j], 'country') ?? entryOf(lex.exact[j], 'demonym');
      if (c) countries.push(c.code);
    }
  }
}

/** Whether a military office (MIL) found for a person read so far as government (GOV) makes the person military. */
function militaryOverGovernment(current: string, found: string | null): boolean {
  return current === 'GOV' && found === 'MIL';
}

interface Phrase {
  from: number;
  to: number;
  title: boolean;
  sector: string | null;
  countries: string[];
  /** Actor code of the intergovernmental body the office belongs to. */
  code?: string | null;
  /** A title companies give as well as states, read as the state's for want of any body or country beside it ("Chairman"). */
  bare?: boolean;
}

/** Lower-case words of offices: "Chinese air force commander", "Finance minister". */
const OFFICE_WORDS = new Set(['air', 'force', 'navy', 'naval', 'army', 'foreign', 'defense', 'defence', 'ministry', 'police',
  'military', 'finance', 'interior', 'trade', 'energy', 'economy', 'justice', 'health', 'security', 'intelligence',
  'border', 'coast', 'guard', 'deputy', 'vice', 'chief', 'top', 'senior', 'national', 'state', 'prime', 'presidential',
  'political', 'policy', 'press', 'media', 'executive', 'opposition', 'party', 'foreign-policy',
  'war', 'cabinet', 'armed', 'forces', 'staff', 'joint', 'ground', 'special', 'human', 'rights', 'affairs',
  'public', 'economic', 'climate', 'education', 'transport', 'agriculture', 'emergency', 'nuclear', 'commerce', 'labor', 'labour',
  'treasury', 'housing', 'industry', 'planning', 'information', 'culture', 'tourism', 'communications', 'transportation',
  'environment', 'science', 'technology', 'development', 'fisheries', 'mines', 'petroleum', 'oil', 'budget', 'customs', 'revenue',
  'social', 'welfare', 'home', 'external', 'monetary', 'fiscal', 'international', 'investment', 'navy', 'general', 'assistant',
  'under', 'federal', 'central', 'majority', 'minority',
  // ("Brazilian central bank president Francisco Gros")
  'bank',
  // a party in power ("South Korean ruling party chairman Roh Tae Woo")
  'ruling', 'governing',
  // armed and street leaders ("Haitian gang leader Jimmy Cherizier", "rebel commander")
  'gang', 'rebel', 'militia', 'guerrilla', 'militant', 'separatist', 'insurgent',
  // more portfolios ("British corporate affairs minister Michael Howard")
  'corporate', 'telecommunications', 'post', 'posts', 'consumer', 'legal', 'domestic', 'overseas', 'water', 'power', 'electricity', 'aviation',
  'shipping', 'sports', 'youth', 'family', 'religious', 'local', 'regional', 'rural', 'urban', 'land', 'forestry', 'mining', 'steel',
  'food', 'veterans', 'immigration', 'citizenship', 'digital', 'cooperation', 'relations', 'reconstruction', 'privatisation', 'privatization',
  'attorney', 'solicitor', 'europe', 'european', 'colonial', 'commonwealth', 'heritage', 'infrastructure', 'works', 'communication',
  // the wire's own portfolio and rank words before a demonym's office ("Spanish farm minister", "Guinean natural resources minister",
  // "Soviet first deputy prime minister", "Spanish junior finance minister"): without them the demonym is cut off and the
  // dateline's country takes the office
  'farm', 'natural', 'resources', 'first', 'junior']);

/** A title phrase ending at token `end` (exclusive): capitalised words, joiners, demonyms, role nouns. */

function titleBefore(tokens: readonly Token[], lex: Lex, end: number, inName: Uint8Array): Phrase | null {
  // ("deficits with Taiwan and Reagan said", "with Canada and South Korea - and Reagan officials": a name `and` adds to a country or
  // a clause is no office holder of that country; "U.S. Air Force and Navy jets" keeps its office)
  if (end > 1 && lex.lower[end - 1] === 'and' && (tokens[end - 2].text === '-' || tokens[end - 2].text === ',' || countryEndingAt(lex, end - 1))) return null;
  let k = end;
  while (k > 0) {
    const w = tokens[k - 1].text;
    const lower = lex.lower[k - 1];
    const titleWord = lex.folded[k - 1]?.to === k && entryOf(lex.folded[k - 1], 'title');
    // ("Prime Minister Sheikh Mohammed": a title the tagger put inside the name is still one)
    if (inName[k - 1] && !titleWord) break;
    // ("On Monday President Yang Shangkun", "In March Prime Minister X": a day or month is no body the office belongs to)
    if (WEEKDAYS.has(lower) || (MONTHS[lower] !== undefined && lower.length > 3)) break;
    // ("President Kenneth Kaunda of Zambia and President Robert Mugabe": an `and` after a country ends the office of the name before
    // it; the country is the first holder's, not the second's)
    if (k < end && lower === 'and' && countryEndingAt(lex, k - 1)) break;
    // ("media tycoon Jimmy Lai": a title of two lower-case words ending here)
    if (!titleWord && !capitalised(w) && k >= 2 && !inName[k - 2] && lex.folded[k - 2]?.to === k && entryOf(lex.folded[k - 2], 'title')) { k -= 2; continue; }
    // ("Polish government spokesman Jerzy Urban": the word government right before the title is the office's; not after a joiner,
    // "the military government of President Augusto Pinochet" is no military office of the president)
    const governments = lower === 'government' && k < end && entryOf(lex.folded[k], 'title') !== null;
    if (capitalised(w) || TITLE_JOINERS.has(lower) || ROLE_NOUNS.has(lower) || OFFICE_WORDS.has(lower) || titleWord || governments || lower === '-') k--;
    else break;
  }
  // "Mali's Foreign Minister": a country the tagger read as a name of its own still owns the title
  if (k > 0 && inName[k - 1] && /^['’]s$/.test(tokens[k]?.text ?? '')) {
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (lex.exact[j]?.to === k && entryOf(lex.exact[j], 'country')) { k = j; break; }
    }
  }
  // Drop leading joiners and a sentence-initial article.
  while (k < end && TITLE_JOINERS.has(lex.lower[k])) k++;
  if (k >= end) return null;
  return describePhrase(tokens, lex, k, end);
}

/** Words that name a company without its name: "The company also said". */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation']);

/**
 * Whether the office at token `at` is told beside a company: one joined to it by 'and' ("Trans World Airlines Inc <TWA> and
 * Chairman Carl Icahn"), or one that speaks the sentence ("Hytek Microsystems Inc said its board accepted the resignation of",
 * "The company also said", "Purolator Courier Corp <PCC> said"): a speech verb whose subject ends in a company's legal form, a
 * stock symbol or a noun for a company, with no country, state body or title named after the verb.
 */
function companyBefore(tokens: readonly Token[], lex: Lex, at: number): boolean {
  if (at > 1 && lex.lower[at - 1] === 'and' && (tokens[at - 2].text === '>' || companySuffix(tokens[at - 2].text))) return true;
  for (let j = at - 1; j > 0; j--) {
    const w = tokens[j].text;
    if (w === '.' || w === ';' || w === '"' || w === '“') return false;
    if (entryOf(lex.exact[j], 'country') || entryOf(lex.exact[j], 'demonym') || entryOf(lex.exact[j], 'org') || entryOf(lex.folded[j], 'title')) return false;
    if (!SPEECH_VERB_SET.has(lex.lower[j])) continue;
    const subject = lex.lower[j - 1] === 'also' ? j - 2 : j - 1;
    const last = tokens[subject]?.text ?? '';
    return last === '>' || companySuffix(last) || COMPANY_NOUNS.has(lex.lower[subject]);
  }
  return false;
}

/** Whether a country's name ends right before token `end` ("Taiwan", "South Korea"). */
function countryEndingAt(lex: Lex, end: number): boolean {
  for (let j = end - 1; j >= 0 && j >= end - 4; j--) if (lex.exact[j]?.to === end && entryOf(lex.exact[j], 'country')) return true;
  return false;
}

/** A title phrase starting at `start`: "chief of the General Staff" up to a comma or a verb. */
function titleAfter(tokens: readonly Token[], lex: Lex, start: number): Phrase | null {
  let k = start;
  if (isArticle(tokens[k]?.text ?? '')) k++;
  const first = k;
  while (k < tokens.length) {
    const w = tokens[k].text;
    const lower = lex.lower[k];
    if (capitalised(w) || TITLE_JOINERS.has(lower) || ROLE_NOUNS.has(lower) || entryOf(lex.folded[k], 'title')) k++;
    else break;
  }
  while (k > first && TITLE_JOINERS.has(lex.lower[k - 1])) k--;
  if (k <= first) return null;
  // ("Michael Howard, the British minister for consumer and corporate affairs, said", "Aart de Zeeuw, chairman of the GATT's
  // negotiating group on agriculture, met": an office's own lower-case words after a joiner, up to the apposition's closing comma)
  // (so are an office's words after a body's possessive: "chairman of the General Agreement on Tariffs and Trade's negotiating group on
  // agriculture", "head of the IMF's Asian department")
  if ((TITLE_JOINERS.has(lex.lower[k]) && entryOf(lex.folded[k - 1], 'title')) || (/^['’]s$/.test(tokens[k]?.text ?? '') && k - first > 2)) k = officeWordsEnd(tokens, lex, k);
  // ("Jean-Claude Paye, Director General of the Organization for Economic Cooperation and Development (OECD), told": the body's
  // short form in brackets closes the office as a comma does)
  const bracketed = tokens[k]?.text === '(' && /^[A-Z][A-Za-z.&-]*$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')';
  const after = tokens[bracketed ? k + 3 : k]?.text;
  if (after !== undefined && after !== ',' && after !== '.' && !/^[a-z]+(?:s|ed)$/.test(after)) return null;
  const phrase = describePhrase(tokens, lex, first, k);
  return phrase?.title ? phrase : null;
}

/** The closing comma of an office's words that run on from the joiner at `k` (a few words, no verb's mark or clause stop), else `k`. */
function officeWordsEnd(tokens: readonly Token[], lex: Lex, k: number): number {
  for (let j = k; j < tokens.length && j < k + 9; j++) {
    if (tokens[j].text === ',') return j;
    if (!/^(?:[\p{L}-]+|['’]s)$/u.test(tokens[j].text) || SPEECH_VERB_SET.has(lex.lower[j])) return k;
  }
  return k;
}

/**
 * Titles companies and unions give as well as states ("president", "secretary", "chairman"): GOV
 * only when the phrase names a state body or nothing at all in capitals. "former president David
 * Rattee", "secretary Scott Saltpeter" (lower case, no body) and "UAW vice-president" (a body the
 * lexicon does not know) get no sector; "USX Corp chairman" is BUS.
 */
const SHARED_TITLES = new Set(['president', 'vice president', 'vice-president', 'secretary', 'chairman', 'chairwoman', 'chair',
  'director', 'chief', 'head', 'treasurer', 'director general', 'director-general', 'managing director', 'executive director']);

function describePhrase(tokens: readonly Token[], lex: Lex, from: number, to: number): Phrase | null {
  let title = false;
  let sector: string | null = null;
  const countries: string[] = [];
  let roleOnly = true;
  let code: string | null = null;
  // the last title head, whether it was written in lower case, the end of title words, and bodies named
  let shared = false;
  let lowerTitle = false;
  let titleEnd = from;
  let stateBody = false;
  // a body of a state or of states the lexicon knows by name ("the Association of Southeast Asian Nations")
  let knownStateBody = false;
  let unknownBody = false;
  let unknownAt = -1;
  let businessBody = false;
  // a union's or an institute's office ("president of the National Union of Mineworkers", "trade union leaders")
  let memberBody = false;
  // a title only companies give ("chairman and chief executive of GenCorp Inc"): the shared title beside it is the company's too
  let businessTitle = false;
  let legislature = false;
  let covered = from; // tokens inside a country, demonym, body or title match ("South Korea's President")
  let firstTitle = -1;
  // the end of the last body's head read: "Bureau" inside "Farm Bureau" is no head of its own
  let bodyEnd = from;
  for (let i = from; i < to; i++) {
    const folded = lex.folded[i];
    const exact = lex.exact[i];
    if (exact && (entryOf(exact, 'country') || entryOf(exact, 'demonym') || entryOf(exact, 'org') || entryOf(exact, 'capital'))) covered = Math.max(covered, exact.to);
    const titled = entryOf(folded, 'title');
    if (titled && folded && folded.to <= to) {
      const head = tokens.slice(i, folded.to).map((t) => t.text.toLowerCase()).join(' ');
      shared = SHARED_TITLES.has(head) || SHARED_TITLES.has(lex.lower[folded.to - 1]);
      lowerTitle = !capitalised(tokens[i].text);
      titleEnd = Math.max(titleEnd, folded.to);
      if (titled.sector === 'BUS') businessTitle = true;
      if (firstTitle < 0) firstTitle = i;
    }
    const known = entryOf(lex.exact[i], 'org')?.org;
    if (known) stateBody ||= known.sector !== 'BUS';
    if (known && known.sector !== 'BUS') knownStateBody = true;
    // ("General Mining Co chairman Julian Thompson", "British Petroleum Co chairman": a company's name closed by its legal form)
    if (i > from && capitalised(tokens[i - 1].text) && companySuffix(tokens[i].text)) businessBody = true;
    // ("Doresy Gardner, an official of the company, said")
    if (i > from && lex.lower[i - 1] === 'the' && FIRM_NOUNS.has(lex.lower[i])) businessBody = true;
    const body = entryOf(folded, 'orghead');
    if (body && folded && folded.to <= to && i >= bodyEnd) {
      bodyEnd = folded.to;
      if (body.sector === 'BUS') businessBody = true;
      // ("general secretary of the Congress of South African Trade Unions": members named after a state-like head word make the body
      // theirs, no state's nor a legislature)
      else if (body.sector === 'NGO') [memberBody, stateBody, legislature] = [true, false, false];
      else stateBody = true;
      if (body.sector === 'LEG' && capitalised(tokens[i].text)) legislature = true;
    }
    const w = tokens[i].text;
    if (TITLE_JOINERS.has(lex.lower[i])) unknownAt = -1; // "Aides to South Korea's President": the capitalised word is not the title's body
    else if (i >= titleEnd && i >= covered && !titled && !known && capitalised(w) && !OFFICE_WORDS.has(lex.lower[i])
      && !ROLE_NOUNS.has(lex.lower[i]) && !entryOf(lex.exact[i], 'country') && !entryOf(lex.exact[i], 'demonym') && !body) unknownAt = i;
    if (titled && folded && folded.to <= to && unknownAt >= 0 && unknownAt < i) unknownBody = true;
    // ("Thomas O'Malley, Chairman of Phibro Energy": a body after the title's 'of' that the lexicon does not know, as before it)
    if (unknownAt === i && i > titleEnd && lex.lower[titleEnd] === 'of') unknownBody = true;
    // A body the office belongs to: "EU foreign policy chief" (IGOEU), "Hamas political chief" (PSEREB), "ANC president" (ZAFOPP).
    const named = entryOf(lex.exact[i], 'org')?.org;
    // "Russian Security Council Secretary": an international body's name after a country is that country's body
    // ("Michael Samuels, U.S. ambassador to the GATT": a state's envoy to a body is the state's, not the body's)
    const org = named && named.sector === 'IGO' && (countryEndsAt(lex, i) || lex.lower[i - 1] === 'to' || (lex.lower[i - 1] === 'the' && lex.lower[i - 2] === 'to')) ? undefined : named;
    if (org && (org.sector === 'IGO' || org.sector === 'REB' || org.sector === 'OPP')) {
      code = org.sector === 'IGO' ? org.code : null;
      sector = org.sector;
      if (org.country) countries.push(org.country);
    } else if (org?.country) {
      // "U.S. Treasury Secretary", "Pentagon spokesman": a state's known body gives the office its country
      countries.push(org.country);
    }
    const t = entryOf(lex.folded[i], 'title');
    const m = lex.folded[i];
    if (t && m && m.to <= to) {
      title = true;
      if (!sector || t.sector === 'MIL') sector = t.sector === 'MIL' || !sector ? t.sector : sector;
    }
    const head = entryOf(m, 'orghead');
    if (head && m && m.to <= to && head.sector === 'MIL') sector = 'MIL';
    // ("Moscow's ambassador to Kuwait": a capital's possessive is its state's office, not one ending a body's name, "the Bank of
    // Tokyo's adviser"; the country an envoy is sent to, inside the title, is the host's)
    const capital = lex.lower[i - 1] !== 'of' && /^['’]s$/.test(tokens[lex.exact[i]?.to ?? i]?.text ?? '') ? entryOf(lex.exact[i], 'capital') : null;
    const c = entryOf(lex.exact[i], 'country') ?? entryOf(lex.exact[i], 'demonym') ?? capital;
    const host = (i - 1 > from && lex.lower[i - 1] === 'to') || (i - 2 > from && lex.lower[i - 1] === 'the' && lex.lower[i - 2] === 'to');
    if (c && !host && !COMBINING_FORMS.test(tokens[i - 1]?.text ?? '')) countries.push(c.code);
    if (!ROLE_NOUNS.has(tokens[i].text.toLowerCase()) && !entryOf(lex.exact[i], 'demonym')) roleOnly = false;
  }
  if (!title && countries.length === 0 && !code) return null;
  // ("California Governor George Deukmejian", "Quebec Premier Robert Bourassa", "New York Mayor Ed Koch": a state, province or city
  // named before an office of a state is where it is held, and its country the office's; not before a title firms give too, "Phoenix
  // chairman")
  if (countries.length === 0 && !code && firstTitle > from && !shared && !businessTitle) {
    const written = capitalisedWords(tokens, from, firstTitle) ? tokens.slice(from, firstTitle).map((t) => t.text).join(' ') : null;
    const city = written ? lookupPlace(written) : null;
    const country = written ? lookupSubdivision(written)?.country ?? (city && city.population >= 100_000 ? city.country : null) : null;
    if (country) countries.push(country);
  }
  // Any office of a union or an institute and of no state body or firm is the body's, no state's ("Arthur Scargill, president of the
  // National Union of Mineworkers", "Belgrade trade union leaders"): a union is no arm of its state
  if (memberBody && !stateBody && !businessBody && !code && sector === 'GOV') sector = 'NGO';
  if ((shared || businessTitle) && sector === 'GOV' && !code && !stateBody) {
    if (businessBody || businessTitle) sector = 'BUS';
    else if (unknownBody || (lowerTitle && countries.length === 0)) sector = null;
  }
  // ("an official of Kelso Management Inc", "an official of the company"): any office of a firm and of no state body is business
  if (businessBody && !stateBody && !code && sector === 'GOV') sector = 'BUS';
  // "Senate Democratic leader", "House Foreign Affairs Committee chairman": an office in a legislature.
  if (legislature && sector === 'GOV' && !code) sector = 'LEG';
  // ("president of the Federal Association of German Banks", "spokesman for the Pharmaceutical Manufacturers Association"): an office of
  // a body of members, named after the title's "of" or "for", is the body's, whatever the title alone would make it
  if (title && !code && !knownStateBody && titleEnd < to && (lex.lower[titleEnd] === 'of' || lex.lower[titleEnd] === 'for')) {
    const members = membersBodySector(tokens, lex, lex.lower[titleEnd + 1] === 'the' ? titleEnd + 2 : titleEnd + 1, to);
    if (members !== undefined) sector = members;
  }
  const bare = shared && sector === 'GOV' && !code && !stateBody && countries.length === 0;
  // "his Chinese counterpart": gives the country but is not a title.
  return { from, to, title: title && !roleOnly, sector, countries, code, bare };
}

/** Whether tokens `from` to `to` are one to three capitalised words, as a place's name is ("New Mexico", "Quebec"). */
function capitalisedWords(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text)) return false;
  return true;
}

/** Capitalised words before a name that are not part of it: "The UN Security Council", "In Beijing". */
const NAME_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'for', 'by', 'with', 'from', 'and', 'but', 'as', 'to', 'of', 'after', 'before', 'while', 'when', 'if', 'both', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);

/** Words after "Turkey's NATO" that make it the body's other members. */
const FELLOW_MEMBERS: ReadonlySet<string> = new Set(['allies', 'partners', 'members', 'colleagues', 'counterparts', 'neighbours', 'neighbors']);

/** One all-capital token: a body's short form (`NATO`, `OPEC`). */
function shortForm(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && /^[A-Z]{2,}$/.test(tokens[from].text);
}

/** Whether a country or demonym ends right before token `at`, or before its possessive ("Russia's Security Council"). */
function countryEndsAt(lex: Lex, at: number): boolean {
  return endsKnownName(lex, at > 0 && lex.lower[at - 1] === "'s" ? at - 1 : at, true);
}

/** Whether a lexicon name (country, demonym, body, capital; only a country or demonym with `country`) ends right before token `at`. */
function endsKnownName(lex: Lex, at: number, country = false): boolean {
  for (let k = Math.max(0, at - 4); k < at; k++) {
    const m = lex.exact[k];
    if (m?.to === at && (!country || entryOf(m, 'country') || entryOf(m, 'demonym'))) return true;
  }
  return false;
}

/** "Soviet news agency Tass", "China's official Xinhua news agency": the country named with an agency. */
function agencyContext(tokens: readonly Token[], lex: Lex, from: number): { code: string } | null {
  // Lower-case words between the country and the name: "news agency", "official", "state-run".
  let k = from;
  while (k > 0 && from - k < 4 && AGENCY_WORDS.has(lex.lower[k - 1])) k--;
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const m = lex.exact[j];
    const c = entryOf(m, 'demonym') ?? entryOf(m, 'country');
    if (c && m && (m.to === k || (m.to === k - 1 && /^['’]s$/.test(tokens[k - 1].text)))) return { code: c.code };
  }
  return null;
}
const AGENCY_WORDS = new Set(['news', 'agency', 'official', 'state', 'state-run', 'state-owned', 'government', 'press', 'semi-official']);

/** The country written before an organization: "Russia’s", "Russian", "the Chinese". */
function possessiveCountryBefore(tokens: readonly Token[], lex: Lex, from: number): { from: number; code: string; demonym?: string } | null {
  if (from >= 2 && /^['’]s$/.test(tokens[from - 1].text)) {
    for (let k = Math.max(0, from - 5); k <= from - 2; k++) {
      const m = lex.exact[k];
      const c = entryOf(m, 'country');
      if (c && m && m.to === from - 1) return { from: k, code: c.code, demonym: demonymOf(c.code) };
    }
  }
  for (let k = Math.max(0, from - 4); k < from; k++) {
    const m = lex.exact[k];
    const d = entryOf(m, 'demonym') ?? entryOf(m, 'country');
    // "Russian Defense Ministry", and "China Coast Guard": the country word is part of the name.
    if (d && m && m.to === from) return { from: k, code: d.code, demonym: tokens.slice(k, from).map((t) => t.text).join(' ') };
  }
  return null;
}

/**
 * Whether a span ends in an organization's head, with two words or more after the country's name or demonym it opens with or follows
 * ("U.S. Environmental Protection Agency").
 */
function countryBody(lex: Lex, span: TokenSpan): boolean {
  const named = (k: number): boolean => k >= 0 && (entryOf(lex.exact[k], 'country') !== null || entryOf(lex.exact[k], 'demonym') !== null);
  const from = named(span.from) ? lex.exact[span.from]!.to : [1, 2, 3].some((d) => named(span.from - d) && lex.exact[span.from - d]!.to === span.from) ? span.from : -1;
  if (from < 0 || from >= span.to - 1) return false;
  // (not a news agency, which reports and is no side: "the official Sudan News Agency" stays as the tagger read it)
  for (let k = from; k < span.to; k++) if (lex.folded[k]?.to === span.to && entryOf(lex.folded[k], 'orghead')) return entryOf(lex.folded[k], 'orghead')!.sector !== 'MED';
  return false;
}

function orgHead(tokens: readonly Token[], lex: Lex, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const m = lex.folded[k];
    const head = entryOf(m, 'orghead');
    if (head && m && m.to === to) return head.sector;
  }
  // "Armed Forces of Russia": the head before "of".
  for (let k = from; k < to; k++) {
    const m = lex.folded[k];
    const head = entryOf(m, 'orghead');
    if (head && m && tokens[m.to]?.text === 'of') return head.sector;
  }
  return null;
}

/** A stock symbol as wires write it in angle brackets: "GY", "DBCG.F", "RD.AMS". */
const TICKER = /^[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,3})?$/;

/** Whether token `k` is a stock symbol between angle brackets ("<DBCG.F>"). */
function stockSymbolAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.text === '<' && tokens[k + 1]?.text === '>' && TICKER.test(tokens[k]?.text ?? '');
}

/** Legal forms that close a company's name ("Deutsche Babcock AG", "W.R. Grace and Co", "Shell Australia Ltd"). */
const COMPANY_FORMS: ReadonlySet<string> = new Set(['AG', 'PLC', 'Plc', 'plc', 'Co', 'Co.', 'Cos', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'GmbH', 'SpA', 'S.p.A.',
  'Bhd', 'Berhad', 'Pty', 'Ltd', 'Ltd.', 'Limited', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Incorporated', 'KK', 'AB', 'Oy', 'Oyj', 'A/S', 'LLC', 'Cie']);

/**
 * The sector of a body by the longest organization head written anywhere in its name (the first
 * listed among heads of one length), LEG when a legislature is named in it.
 */
function sectorOfOrg(name: string): string | null {
  // (a union's congress is no legislature: "the Trades Union Congress", "the Canadian Labour Congress")
  if (LEGISLATURE.test(name) && !LABOUR_UNION_NAME.test(name)) return 'LEG';
  const lower = name.toLowerCase();
  let best: string | null = null;
  let bestLength = 0;
  let bestOrder = 0;
  for (let i = 0; i + 1 < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const d = lower.charCodeAt(i + 1);
    const heads = c < 128 && d < 128 ? HEADS_BY_FIRST_TWO[(c << 7) | d] : undefined;
    if (heads === undefined) continue;
    for (const h of heads) {
      if ((h.head.length > bestLength || (h.head.length === bestLength && h.order < bestOrder)) && lower.startsWith(h.head, i)) {
        best = h.sector;
        bestLength = h.head.length;
        bestOrder = h.order;
      }
    }
  }
  return best;
}
/** A labour union's name (organizations.ts). */
const LABOUR_UNION_NAME = new RegExp(`\\b(?:${LABOUR_UNION_HEADS.join('|')})\\b`, 'i');
/** A legislature named inside a body's name. */
// "House" only opens a name, or follows the country that opens it ("House Ways and Means Committee", "the U.S. House Foreign
// Affairs Committee"; not "White House", "Clearing House").
const LEGISLATURE = new RegExp(`^(?:U\\.S\\.\\s+)?House(?=$|\\s|['’])|(?:^|\\s)(?:${LEGISLATURES.filter((w) => w !== 'House').sort((a, b) => b.length - a.length).join('|')})(?=$|\\s|['’])`);
/**
 * Organization heads by their first two (ASCII) characters, with their place in the table: a name
 * is read at every char, and only the heads that open with that char and the next are compared
 * (by first char alone, up to ten were, most failing at their second char).
 */
const HEADS_BY_FIRST_TWO: ({ head: string; sector: string; order: number }[] | undefined)[] = new Array(128 * 128).fill(undefined);
ORGANIZATION_HEAD_ENTRIES.forEach(([head, sector], order) => {
  const c = head.charCodeAt(0);
  const d = head.charCodeAt(1);
  if (!(c < 128 && d < 128)) throw new Error(`organization head "${head}" must open with two ASCII characters`);
  (HEADS_BY_FIRST_TWO[(c << 7) | d] ??= []).push({ head, sector, order });
});

/** "the Russian side", "the Chinese party": a country named by its delegation. */
function sideMention(tokens: readonly Token[], lex: Lex, at: number): { to: number; code: string } | null {
  const m = lex.exact[at];
  const d = entryOf(m, 'demonym') ?? entryOf(m, 'country');
  if (!d || !m) return null;
  const noun = tokens[m.to]?.text.toLowerCase();
  return noun && SIDE_NOUNS.has(noun) ? { to: m.to + 1, code: d.code } : null;
}

/** Whether `w` is what /^[a-z][a-z-]+$/ matches (an ASCII lower-case word, hyphens after its first letter), tested by char codes. */
function plainLowerWord(w: string): boolean {
  if (w.length < 2) return false;
  const c = w.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  for (let i = 1; i < w.length; i++) {
    const d = w.charCodeAt(i);
    if ((d < 97 || d > 122) && d !== 45) return false;
  }
  return true;
}

/** "the chief of the Russian General Staff", "the ministry", "the minister", "the general". */
function readNominal(tokens: readonly Token[], lex: Lex, at: number, inName: Uint8Array): { to: number; type: EntityType; head: string; country: string | null; sector: string | null; words: string[]; code?: string } | null {
  let k = at;
  let country: string | null = null;
  const d = entryOf(lex.exact[k], 'demonym');
  if (d) {
    country = d.code;
    k = lex.exact[k]!.to;
  }
  const modifiers: string[] = [];
  // Words are looked up by their lexicon keys lower-cased (no nominal head holds an apostrophe or a
  // dash, so folding them changes no answer).
  while (modifiers.length < 2 && tokens[k] && !NOMINALS.get(lex.lower[k]) && plainLowerWord(tokens[k].text) && NOMINALS.get(lex.lower[k + 1] ?? '') !== undefined || (modifiers.length === 0 && tokens[k] && plainLowerWord(tokens[k].text) && NOMINALS.get(lex.lower[k + 2] ?? '') !== undefined && plainLowerWord(tokens[k + 1]?.text ?? ''))) {
    if (MODIFIER_STOP.has(tokens[k].text)) return null;
    modifiers.push(tokens[k].text);
    k++;
  }
  const word = tokens[k]?.text;
  if (!word) return null;
  const lower = lex.lower[k];
  const nominal = NOMINALS.get(lower);
  if (!nominal) return null;
  if (capitalised(word) && tokens[k + 1] && capitalised(tokens[k + 1].text)) return null; // "the Defense Ministry" is a name
  // "the official Soviet news agency", "the official Xinhua news agency": an adjective here, no person
  if (lower === 'official' && tokens[k + 1] && capitalised(tokens[k + 1].text)) return null;
  // ("during an official visit to Mexico", "an official two-day visit", "an official statement": an adjective before a noun of an act)
  if (lower === 'official' && (OFFICIAL_NOUNS.has(lex.lower[k + 1] ?? '') || (/-(?:day|week|month|nation|long)$/.test(lex.lower[k + 1] ?? '') && OFFICIAL_NOUNS.has(lex.lower[k + 2] ?? '')))) return null;
  // ("a general strike", "the general public": an adjective here, no officer)
  // ("the general market situation", "the general cargo trade": any lower-case word after it that is no verb is the noun it modifies)
  if (lower === 'general' && generalAsAdjective(tokens[k + 1]?.text ?? '')) return null;
  let to = k + 1;
  // ("the Vietnamese coast guards", "border guards": police, not the army)
  let sector = (lower === 'guards' || lower === 'guard') && (modifiers.includes('coast') || modifiers.includes('border')) ? 'COP' : nominal.sector;
  // ("Israel's defence minister", "Venezuela's opposition leader", "the Indian defence minister": an office told without a name, or
  // in lower case, has the sector it has before one, "Defence Minister Yoav Gallant")
  if (nominal.type === 'person' && modifiers.length > 0) sector = TITLE_SECTORS.get([...modifiers, lower].join(' ').toLowerCase()) ?? sector;
  // ("Taiwan's defence ministry": the armed forces' ministry, as "Defence Ministry" is)
  if (modifiers.length === 1 && lower === 'ministry') sector = ORGANIZATION_HEAD_MAP.get(`${modifiers[0]} ministry`) ?? sector;
  // ("Iran's national news agency": an agency that tells the news is the press, no side)
  if (lower === 'agency' && (modifiers.includes('news') || modifiers.includes('press'))) sector = 'MED';
  // ("Haiti's transitional presidential council": a body of no sector of its own that governs)
  // ("the ruling alliance": a body of no sector of its own, or an alliance of parties, that governs)
  if ((sector === null || sector === 'IGO') && nominal.type === 'organization' && modifiers.some((m) => GOVERNING_WORDS.has(m))) sector = 'GOV';
  // ("Georgia's opposition alliance", "the rebel alliance": a body of those out of power or under arms is theirs, no bloc of states)
  if (nominal.type === 'organization') for (const m of modifiers) sector = SIDE_MODIFIERS.get(m) ?? sector;
  // "Mali's military government", "the army leadership": a junta governs (GOV)
  if ((lower === 'military' || lower === 'army') && JUNTA_HEADS.has(tokens[to]?.text ?? '')) {
    return { to: to + 1, type: 'organization', head: tokens[to].text, country, sector: 'GOV', words: [...modifiers, lower, tokens[to].text] };
  }
  // "the commander of the operation said": a short lower-case complement before a speech verb.
  if (nominal.type === 'person' && tokens[to]?.text === 'of') {
    let j = to + 1;
    while (j < tokens.length && j <= to + 4 && /^[a-z]+$/.test(tokens[j].text) && !SPEECH_VERB_SET.has(tokens[j].text)) j++;
    // ("an official of the company said": the office of a firm is business)
    if (j > to + 1 && (SPEECH_VERB_SET.has(tokens[j]?.text ?? '') || tokens[j]?.text === ',') && !/^(?:the|a|an|of)$/.test(tokens[j - 1].text)) {
      return { to: j, type: nominal.type, head: lower, country, sector: FIRM_NOUNS.has(tokens[j - 1].text) ? 'BUS' : nominal.sector, words: [...modifiers, lower] };
    }
  }
  // "the chief of the Russian General Staff": extend over "of the" + capitalised words.
  // ("a spokesman for the Afghan government": a spokesman speaks for the body named after `for`)
  if (nominal.type === 'person' && (tokens[to]?.text === 'of' || (tokens[to]?.text === 'for' && SPOKES.has(lower)))) {
    const body = officeOfBody(tokens, lex, inName, to, country, sector);
    // (for a body of the state or an armed or opposition group only: "a spokesman for the Ecuadorian State Oil Company" is a firm's)
    if (tokens[to].text === 'of' || body.sector !== null || body.members) {
      to = body.to;
      country = body.country;
      sector = body.sector;
      // ("the head of NATO": the office of an intergovernmental body is the body's)
      if (body.code) return { to, type: nominal.type, head: lower, country, sector, words: [...modifiers, lower], code: body.code };
    }
  }
  return { to, type: nominal.type, head: lower, country, sector, words: [...modifiers, lower] };
}

/** A person's office read on over "of the" and the body's name: where it ends, and the country and sector the body gives it. */
interface OfficeBody {
  readonly to: number;
  readonly country: string | null;
  readonly sector: string | null;
  /** The actor code of an intergovernmental body the office is of ("the head of NATO": IGONATO), else null. */
  readonly code: string | null;
  /** Whether the body is one of members (membersBodySector), whose sector it gives even when null. */
  readonly members: boolean;
}

/**
 * "the chief of the Russian General Staff", "the leader of Yemen's Houthi movement": the office
 * before "of" at `to` read on over the body. (Its own function: its rarer rules, first met long
 * into a corpus run, deoptimise this function instead of all of `readNominal`.)
 */
function officeOfBody(tokens: readonly Token[], lex: Lex, inName: Uint8Array, to: number, country: string | null, sector: string | null): OfficeBody {
  let j = to + 1;
  if (tokens[j]?.text === 'the') j++;
  let end = j;
  while (end < tokens.length && !inName[end] && !entryOf(lex.folded[end], 'rank') && (capitalised(tokens[end].text) || /^(?:of|the|['’]s)$/.test(tokens[end].text))) end++;
  // "the head of Haiti's transitional presidential council": lower-case words up to the body's head word
  if (end > j + 1 && /^['’]s$/.test(tokens[end - 1].text)) {
    let e = end;
    while (e < end + 3 && /^[a-z][a-z-]+$/.test(tokens[e]?.text ?? '') && !BODY_WORDS.has(tokens[e].text)) e++;
    if (BODY_WORDS.has(tokens[e]?.text ?? '')) end = e;
  }
  while (end > j && /^(?:of|the|['’]s)$/.test(tokens[end - 1].text)) end--;
  // "the leader of Yemen's Houthi movement": the body's own head word closes the phrase
  if (end > j && BODY_WORDS.has(tokens[end]?.text ?? '')) end++;
  let code: string | null = null;
  if (end > j) {
    for (let i = j; i < end; i++) {
      const c = entryOf(lex.exact[i], 'demonym') ?? entryOf(lex.exact[i], 'country');
      if (c && !country) country = c.code;
      // the office is of the body: a rebel movement's leader is a rebel, an IGO's head of the IGO
      const body = entryOf(lex.exact[i], 'org')?.org;
      if (body?.sector === 'REB' || body?.sector === 'OPP') {
        sector = body.sector;
        if (body.country && !country) country = body.country;
      }
      if (body?.sector === 'IGO' && body.code && i === j) code = body.code;
      // ("head of Haiti's transitional presidential council", "founder of the ruling party": the state's)
      if (!sector && GOVERNING_WORDS.has(tokens[i].text)) sector = 'GOV';
    }
    to = end;
    // ("an official of Kelso Management Inc"): the office of a firm is business, whatever the title
    if (companySuffix(tokens[end - 1].text)) sector = 'BUS';
    // ("the president of the American Soybean Association", "a spokesman for the National Pork Producers Council"): the office of a
    // body of members is the body's
    const members = code || knownBodyIn(lex, j, end) ? undefined : membersBodySector(tokens, lex, j, end);
    if (members !== undefined) return { to, country, sector: members, code: null, members: true };
  }
  if (code && !country) return { to, country, sector: 'IGO', code, members: false };
  return { to, country, sector, code: null, members: false };
}

/** Capitalised words that open sentences, not names ("The", "Shares", "Yesterday"), beside SENTENCE_OPENERS' conjunctions. */
const OPENING_WORDS = /^(?:The|A|An|And|But|Of|For|In|On|At|By|To|With|From|Its|Their|His|Her|Our|This|That|These|Those|Said|Says|Unit|Units|Shares|Yesterday|Today|Analysts|Officials|Both|Rival|Parent|Subsidiary|Chairman|President|Meanwhile|Also|Under|After|Before|When|While|Earlier|Later)$/;

/**
 * Whether token `k` may open a company's name the tagger cut ("General", "Southwest", "Forest"): capitalised, no word that opens
 * sentences, and no word the lexicon reads otherwise (a country, demonym, title, month, weekday).
 */
function nameWordBefore(tokens: readonly Token[], lex: Lex, k: number): boolean {
  const t = tokens[k].text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t)) return false;
  if (t === 'General') return true;
  const lower = t.toLowerCase();
  if (lex.exact[k] || lex.folded[k] || MONTHS[lower] !== undefined || WEEKDAYS.has(lower)) return false;
  return !SENTENCE_OPENERS.has(t) && !OPENING_WORDS.test(t);
}

/** Whether a body of a state or of states the lexicon knows is named between tokens `from` and `to` ("the Arab League"). */
function knownBodyIn(lex: Lex, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const org = entryOf(lex.exact[i], 'org')?.org;
    if (org && org.sector !== 'BUS') return true;
  }
  return false;
}

/** Lower-case nouns a wire puts before a firm's name, after its country's adjective ("French bank Credit Lyonnais"). */
const FIRM_BEFORE_NAME: ReadonlySet<string> = new Set(['bank', 'company', 'firm', 'group', 'carmaker', 'automaker', 'airline', 'insurer',
  'conglomerate', 'brokerage', 'shipbuilder', 'steelmaker', 'refiner', 'retailer', 'chipmaker', 'publisher', 'broker']);

/** The country of a firm told before a name at `from` by a demonym and a lower-case noun for a firm ("French bank"), else null. */
function firmBefore(tokens: readonly Token[], lex: Lex, from: number): string | null {
  if (from < 2 || !FIRM_BEFORE_NAME.has(tokens[from - 1].text)) return null;
  for (let j = from - 2; j >= 0 && j >= from - 4; j--) {
    const d = lex.exact[j];
    if (d && d.to === from - 1) return entryOf(d, 'demonym')?.code ?? null;
  }
  return null;
}

/** Lower-case nouns of a firm an office is of ("an official of the company"). */
const FIRM_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation', 'group']);

const MEMBERS_ONLY: ReadonlySet<string> = new Set(MEMBERS_ONLY_HEADS);
const MEMBERS_TOO: ReadonlySet<string> = new Set(MEMBERS_TOO_HEADS);
const BUSINESS_MEMBER_WORDS: ReadonlySet<string> = new Set(BUSINESS_MEMBERS);

/**
 * The sector of a body of members named by tokens `from` to `to`, for the office of one of its officers ("Wolfgang Roeller, president
 * of the Federal Association of German Banks", "a spokesman for the Pharmaceutical Manufacturers Association"): BUS when its members
 * are firms or their trade (banks, manufacturers, growers, commerce), NGO when they are people of a trade (employees, pilots, lawyers),
 * null for an association or federation whose members the name does not tell ("the American Soybean Association"), its country
 * alone; undefined when the name is no members' body ("the Council of Economic Advisers", "the Soviet Union", "the State
 * Statistical Bureau"). An officer of such a body speaks for it, no state.
 */
function membersBodySector(tokens: readonly Token[], lex: Lex, from: number, to: number): string | null | undefined {
  let only = false;
  let too = false;
  let union = false;
  let members: string | null = null;
  // (whether the members are firms by name, "companies", "banks", not a trade both firms and people ply, "carriers", "dealers")
  let firms = false;
  for (let i = from; i < to; i++) {
    const w = tokens[i].text;
    // the head closes the name or opens its "of" ("the Federation of Hong Kong Industries"; not "Union Bank of Switzerland")
    const closes = i === to - 1 || lex.lower[i + 1] === 'of';
    if (closes && MEMBERS_ONLY.has(w)) only = true;
    else if (closes && MEMBERS_TOO.has(w)) too = true;
    if (closes && w === 'Union') union = true;
    if (members !== null) continue;
    const lower = lex.lower[i];
    // (a body's own head of business or of people inside the name: "the American Farm Bureau Federation")
    const inner = entryOf(lex.folded[i], 'orghead')?.sector;
    firms = GROUP_HEADS[lower] === 'BUS' || inner === 'BUS';
    if (firms || BUSINESS_MEMBER_WORDS.has(lower)) members = 'BUS';
    else if (CROWD_WORDS.has(lower) || inner === 'NGO') members = 'NGO';
  }
  // ("the Letter Carriers Union of Canada"): a union of a trade's people is a labour union, NGO, as the README codes unions
  if (union && members === 'BUS' && !firms) members = 'NGO';
  if (only) return members;
  return too && members !== null ? members : undefined;
}

/**
 * The members' sector of a body named `name` ("the Semiconductor Industry Association": BUS), read as membersBodySector reads a name
 * in the text: for the coreference stage, which places a body of members by its members' country and has only the name.
 */
export function membersNameSector(name: string): string | null | undefined {
  const tokens = tokenize(name);
  return membersBodySector(tokens, matchLexicon(tokens), 0, tokens.length);
}

/** Heads of people who speak for a body ("a spokesman for the ministry"). */
const SPOKES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Nouns "official" describes as an adjective, not a person: "an official visit", "official talks", "an official statement". */
const OFFICIAL_NOUNS: ReadonlySet<string> = new Set(['visit', 'visits', 'trip', 'tour', 'talks', 'statement', 'statements', 'figures', 'data', 'estimate',
  'estimates', 'sources', 'source', 'reasons', 'position', 'stance', 'policy', 'ceremony', 'welcome', 'reception', 'delegation', 'invitation', 'protest',
  'complaint', 'request', 'letter', 'figure', 'results', 'rate', 'rates', 'channels', 'meeting', 'meetings', 'residence', 'media', 'newspaper']);

/** Words after "the general" that make it the officer: verbs of what he did or said, and words that open a clause about him. */
const AFTER_GENERAL_OFFICER: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'also', 'then', 'later', 'now', 'still', 'who', 'whose', 'and', 'but', 'or', 'himself', 'did', 'does', 'made', 'met', 'told', 'took', 'gave', 'went', 'came', 'left']);

/** Whether `general` before this word is an adjective: a plain lower-case word that is no verb nor clause word ("market", "strike", "public"). */
function generalAsAdjective(next: string): boolean {
  return /^[a-z]+$/.test(next) && !AFTER_GENERAL_OFFICER.has(next) && !SPEECH_VERB_SET.has(next) && !/(?:ed|ing)$/.test(next);
}

/** Lower-case head words of a body after its name ("Houthi movement", "Wagner group"). */
const BODY_WORDS: ReadonlySet<string> = new Set(['movement', 'militia', 'group', 'rebels', 'party', 'council', 'government', 'coalition']);

/** Lower-case words that make a body of a nominal head an opposition's or armed group's. */
const SIDE_MODIFIERS: ReadonlyMap<string, string> = new Map([['opposition', 'OPP'], ['rebel', 'REB'], ['guerrilla', 'REB'], ['insurgent', 'REB'], ['separatist', 'REB']]);

/** Lower-case words that make a body the state's own. */
const GOVERNING_WORDS: ReadonlySet<string> = new Set(['presidential', 'government', 'ruling', 'cabinet', 'transitional', 'interim']);

/** The heads of a government department's name ("the finance ministry", "the commerce department"). */
const MINISTRY_HEADS = new Set(['ministry', 'department']);

/**
 * Words before a nominal head that make it no party: clause words, and nouns of an office held ("will assume the role of president",
 * "named to the post of chairman": the office, not one who holds it).
 */
const MODIFIER_STOP = new Set(['said', 'says', 'told', 'and', 'or', 'but', 'which', 'who', 'that', 'was', 'is', 'role', 'post', 'job', 'position']);

/** A country named or told by its demonym in capitals ("WHEAT TO CHINA", "CYPRIOT TANKER"), else undefined. */
function shoutedCountry(written: string): string | undefined {
  if (written !== written.toUpperCase() || !/\p{Lu}/u.test(written)) return undefined;
  const name = titleCase(written);
  return COUNTRY_NAMES.get(name) ?? DEMONYMS.get(name);
}
