/** The last step of a candidate: the entry's own rules on its parties, its status, mode, context and place. */
import type { Entity, EventStatus, PloverType, Quote, Span, TextSpan } from '../../model.js';
import { firstFrom } from '../search.js';
import { lookupPlace } from '../../gazetteer.js';
import { CAPITALS, COUNTRY_NAMES, countryName } from '../../lexicon/countries.js';
import { MEETING_PLACES } from '../../lexicon/places.js';
import { SPEECH_VERBS } from '../../lexicon/event-groups.js';
import { CONTEXT_CUES, EVENT_TRIGGERS, INTENT_CAMEO, INTENT_FROM_TYPE, MODE_CUES, type RecipientSlot, type TriggerEntry } from '../../lexicon/event-triggers.js';
import { lexicon, type Pattern, shapedEntry } from '../event-lexicon.js';
import type { Direction } from '../dates.js';
import { sameStateOfSomeTime } from '../era.js';
import { actNounWord, agentAfterPlace, beBefore, condemnedAct, conditionOnLenders, conditionParty, debtTalks, doerOf, domesticTarget, homeOf, isInfinitive, joiningBefore, modifiesNoun, nextAfterSlot, onlyCountry, opensRoundupItem, partyAt, personNoun, reportAt, saidByOwnSide, scareQuote, sideOf, skipTimeAdverbial, startsUpper, subjectBody, uncodedAddressee, unnamedLenders, visitDestination, wordAt } from './clause.js';
import { nearestDate, yearlessDateReadBack } from './event-dates.js';
import { findRecipients } from './recipients.js';
import { countryEntity, countrySlot, groupEntity, groupSlot, mapSlots, slotOf } from './slots.js';
import type { Candidate, Context, Slot, Unit, View } from './types.js';
import { ANNOUNCED, ANSWER_NOUNS, ATTACK_ENTRY, BARE_FORCES, BE_FORMS, BOUNDARY, CLAUSE_STOPS, COMPLAINT_FORUMS, HEADS, MODAL_VERBS, MONTH_OR_DAY, MONTHS, NONSTATE, PERFECT_AUXILIARIES, PERIODS, POSSESSIVE_MARKS, POSSESSIVES, PREPOSITIONS, PRONOUN_SUBJECTS, QUOTE_MARKS, RELATIVE_PRONOUNS, SAID_ACTS, SPOKEN_ACTS, STATE_SECTORS, TIME_ADVERBS, WEEKDAYS } from './word-classes.js';

/** Words after a forum that open what a complaint charges: its clause, its target, or the act it challenges. */
const COMPLAINT_CONTENT: ReadonlyMap<string, readonly RecipientSlot[]> = new Map<string, readonly RecipientSlot[]>([
  ['that', ['that']], ['against', ['against']], ['over', ['over']], ['about', ['about']], ['challenging', ['obj']], ['accusing', ['obj']],
]);

/**
 * The party a complaint lodged with `forum` charges, named in what follows the forum (its short form in brackets read past):
 * "that Israeli occupation authorities were blocking", "against Japan", "challenging Canada's decision"; none when it names none.
 */
function complainedOf(ctx: Context, view: View, forum: Slot, actors: readonly Slot[]): Slot[] {
  const { tokens, words } = view;
  let k = tokens.findIndex((t) => t.start >= forum.end);
  if (k < 0) return [];
  if (words[k] === '(' && words[k + 2] === ')') k += 3;
  k = skipTimeAdverbial(words, k);
  const slots = COMPLAINT_CONTENT.get(wordAt(words, k));
  if (!slots) return [];
  const from = slots.includes('obj') ? k + 1 : k;
  return findRecipients(ctx, view, slots, from, actors, COMPLAIN_ENTRY).filter((r) => !COMPLAINT_FORUMS.has(r.entity.actor ?? '') && !actors.some((a) => sideOf(a.entity) === sideOf(r.entity)));
}

/** Words after which "may" is the month ("last May", "in May", "early May"). */
const MONTH_MAY_BEFORE = new Set(['last', 'next', 'this', 'in', 'early', 'late', 'mid', 'since', 'until', 'of', 'from', 'by', 'on', 'during']);
/** "became the first countries to", "was the first state to", "became the latest nation to": the act was done. */
const FIRST_TO = /(?:^|\s)(?:became|was|were|is|are|becomes)\s(?:\S+\s){0,3}(?:first|second|third|latest|last|only)\s(?:\S+\s){0,2}(?:country|countries|nation|nations|state|states|government|governments|leader|member|members)\s(?:\S+\s){0,4}to\s$/;
/** "He was the first senior UAE official to visit Yugoslavia": of a person, only in the past (one who "is the first to visit" is often still to come); read over the clause, past the names in it. */
const FIRST_PERSON_TO = /(?:^|\s)(?:became|was|were)\s(?:\S+\s){0,3}(?:first|second|third|latest|last|only)\s(?:\S+\s){0,3}(?:official|officials|minister|ministers|president|premier|head|envoy|diplomat|statesman)\s(?:\S+\s){0,4}to\s$/;
/** Verbs before `to` that tell the act as taken or carried out ("has decided to", "tried to"), and as begun or still going on ("began to", "continued to"). */
const DECIDED_OR_TRIED = /(?:^|\s)(?:decided|tried|attempted|trying|attempting)\s+to\s$/;
/** Steps taken toward an act: "had already taken steps to meet U.S. demands", "is taking measures to open its market". */
const STEPS_TAKEN = /(?:^|\s)(?:took|taken|taking)\s+(?:\S+\s+){0,2}(?:steps|measures|action)\s+to\s$/;
// ("Argentina is continuing to negotiate with its creditors": the progressive too tells the act going on now)
const BEGUN = /(?:^|\s)(?:began|begun|started|has started|have started|continued|continues|continuing)\s+to\s$/;
/** A modal, with or without a condition, among the words before an act. */
const MODAL_OR_CONDITION = /(?:^|\s)(?:will|would|could|may|might|if|unless)\s/;
const MODAL = /(?:^|\s)(?:will|would|could|may|might)\s/;
/** The words before an act that a reply answers: `in response to`, `replied to`, `a reaction to`. */
const REPLY_TO = /(?:^|\s)(?:response|responses|reaction|reactions|reply|replies|answer|replied|responded|reacted|replying|responding|reacting)\sto\s$/;
/** "used ... to": the infinitive after it tells what was done with the instrument. */
const USED_FOR = /(?:^|\s)(?!(?:was|were|been|be|being|is|are)\s)\S+\s(?:used|using)\s(?:\S+\s){0,5}to\s$/;
/** A journey made or under way, with its purpose `to` right before a request ("is going to the U.S. Capitol to personally urge"). */
const JOURNEY_TO_ASK = /\b(?:went|came|flew|travell?ed|headed|(?:is|are|was|were)\s+(?:going|flying|travell?ing|heading|coming))\s+(?:back\s+)?to\s+[^,;]{1,60}?\s+to\s+(?:\p{Ll}+ly\s+)?$/u;
/** An act done in the past with its object or place told before a purpose `to` ("dumped lemons on the streets to"); not a wish,
 * plan or call, whose `to` is what is wanted ("planned a march to", "asked members to", "voted Sunday to": a vote decides what is still to come). */
const DONE_FOR = /(?:^|\s)(?!(?:voted|planned|intended|wanted|hoped|needed|decided|expected|asked|urged|called|invited|threatened|vowed|pledged|promised|agreed|refused|failed|used|appeared|seemed|allowed|forced|encouraged|persuaded|told|ordered|prepared|organised|organized|scheduled)\s)[a-z]+ed\s(?:\S+\s){1,8}to\s$/;

/** Acts whose recipient, named by its capital, is the government there (not the town: "struck Kyiv"). */
const GOVERNMENT_BY_CAPITAL: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'THREATEN', 'SUPPORT', 'AGREE', 'CONCEDE', 'CONSULT', 'SANCTION', 'COOPERATE', 'RETREAT']);

const INTENT_VERBS = /(?:^|\s)(?:favou?rs?|plans?|planned|planning|propos\w*|wants?|seeks?|aims?|intends?|ready|willing|prepared|hopes?|would like)(?:\s|$)/;
// (`not only`, `not just` open the first of two acts both done: "not only ignored Manila's request but proposed a levy")
// (`not hesitate to` promises the act: "would not hesitate to retaliate", "won't hesitate to take action against")
const NEGATION = /(?:^|\s)(?:not(?!\s(?:only|just|hesitate)(?:\s|$))|n't(?!\shesitate(?:\s|$))|never|no longer|no (?:plans? to|intentions? (?:to|of))|neither|nor|fail(?:s|ed)? to|without|stop(?:s|ped)? short of|refrain(?:s|ed)? from)(?:\s|$)/;
/** A negation that governs a bare verb: of a modal or of `do` ("would not be", "did not comment"). */
const BARE_NEGATION = /\s(?:would|will|did|does|do|could|can|should|might|must)\s(?:not|n't|never)\s/;
/** A negated copula ("was not satisfied with the cuts"): it governs its own complement, not an active verb `and` joins after it. */
const COPULA_NEGATION = /\s(?:is|are|was|were)\s(?:not|n't)\s/;
/** The verbs that call an act off, in the forms the two readings below need. */
const CALLING_OFF = 'cancel+(?:ed|s|ing)?|call(?:ed|s|ing)? off|scrap(?:ped|s)|postpon(?:ed|es|ing)|put(?:s|ting)? off|shelv(?:ed|es)';
/** `during` or `amid` and the article of the noun the trigger's words end: "during a one-day general ", "amid the ". */
const DURING_BEFORE = /\s(?:during|amid|throughout)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}$/;
/**
 * An act called off before it took place: "cancelled a trip to Australia", "postponed his planned visit", "called off plans to
 * meet" (not an act the calling off only happened during: "was shelved during Thatcher's visit"; nor the act of whoever
 * wanted a thing called off: "protesters demanding that it be scrapped stormed parliament").
 */
const CALLED_OFF = new RegExp(`(?:^|\\s)(?<!\\b(?:be|been|being|is|are|was|were)\\s+)(?:${CALLING_OFF})\\s+(?:(?!(?:during|while|after|before|since|until|amid|despite|because|for|in|at|on|and)\\s)\\S+\\s+){0,3}$`, 'i');

/** Whether the words right before a trigger (its possessive and adjectives included) call the act off. */
function calledOff(text: string, from: number, start: number): boolean {
  return CALLED_OFF.test(text.slice(Math.max(from, start - 50), start));
}

/** A clause told in the future, for a meeting its noun names ("will be put forward at a meeting of"), not one told as past. */
const FUTURE_CLAUSE = /(?:^|\s)(?:will|shall|'ll)\s(?![^]*\s(?:after|since|following)\s)/;

/** Whether the words of the trigger's clause before it (from its last comma) are told in the future. */
function futureClause(text: string, from: number, start: number): boolean {
  const before = text.slice(Math.max(from, start - 160), start);
  const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  const clause = ` ${before.slice(comma + 1)}`;
  if (FUTURE_CLAUSE.test(clause)) return true;
  // ("They said Chung would leave Monday to attend the IMF's meeting"; not an act told done after it, "would not undo the warming
  // that followed Gorbachev's visit", nor one its owner is known by, "would capitalise on her Soviet trip")
  const reported = REPORTED_FUTURE.exec(clause);
  return reported !== null && !/\s\p{Ll}+ed\s/u.test(clause.slice(reported.index + reported[0].length - 1)) && !/\s(?:his|her|its|their)\s(?:\S+\s){0,2}$/.test(clause);
}
/** `would` in the clause a verb of saying reports. */
const REPORTED_FUTURE = /\s(?:said|says|say|told\s+\S+|added|announced)\s(?:[^]*\s)?would\s(?![^]*\s(?:after|since|following|if|unless)\s)/;

/** A verb of arranging talks right before their noun, past two modifiers at most ("set tentative talks", "to arrange meetings"); not the noun "a set of". */
const SET_UP_BEFORE = /(?:^|\s)(?:arrange|arranging|schedule|scheduling|(?<!(?:a|the)\s)sets?|setting)(?:\s+up)?\s+(?:[\w-]+\s+){0,2}$/;

/** "... had been postponed" right after an act's noun, in its clause. */
const CALLED_OFF_AFTER = new RegExp(`^[^,.;:]{0,60}?\\s(?:was|were|is|are|has been|had been|have been|been|being)\\s(?:${CALLING_OFF})\\b`);

/**
 * `no` before an act's noun, past at most two of its modifiers ("there will be no further meeting of EC farm ministers", "no
 * extraordinary OPEC conference was planned"): the text says the act will not take place.
 */
const NO_BEFORE_NOUN = /\b[Nn]o\s+(?:[\w-]+\s+){0,2}$/;

/** Whether the words right after an act's noun, in its sentence, call it off ("a meeting of the committee had been postponed"). */
function calledOffAfter(text: string, end: number, unitEnd: number): boolean {
  return CALLED_OFF_AFTER.test(text.slice(end, Math.min(unitEnd, end + 90)));
}

/**
 * "... was unlikely" (or "is very likely": "A strike by machinists against Eastern Airlines is very likely before the end of the
 * year") right after an act's noun, in its clause, with no other clause between (not "the visit - but its fate is uncertain"): the
 * act is only possible; "unlikely to" only of the act itself taking place ("is unlikely to be held", not
 * "sanctions were unlikely to start a trade war"), "likely" only with no infinitive after it ("At an opening address to the annual
 * meeting of the Inter-American Development Bank here Baker is likely once again to bluntly reject"); a heading drops the copula
 * ("G-7 MEETING UNLIKELY").
 */
const DOUBTED_AFTER = /^(?:(?![,.;:]|\s-\s|\sbut\s|\sand\s)[\s\S]){0,60}?(?:\s(?:was|were|is|are|seems|seemed|looks|looked|appears|appeared)\s(?:now\s|still\s|increasingly\s|highly\s|very\s)?(?:unlikely|possible|doubtful|uncertain|likely(?!(?:\s+\S+){0,3}\s+to\b))|\s(?:UNLIKELY|DOUBTFUL))\b(?!\s+to\b(?!\s+(?:be\s+held|take\s+place|go\s+ahead|happen|occur|proceed)\b))/;

/** Whether the words right after an act's noun tell it as only possible ("an early meeting of G-7 finance ministers was unlikely"). */
function doubtedAfter(text: string, end: number, unitEnd: number): boolean {
  return DOUBTED_AFTER.test(text.slice(end, Math.min(unitEnd, end + 90)));
}

/** A verb of belief and, a few words on, "should" right before the act: "believe he should ", "think that Iran should ". */
const OPINION_SHOULD = /\s(?:believe|believes|believed|think|thinks|thought|feel|feels|felt)\s(?:that\s)?(?:\S+\s){1,4}should\s$/;
/**
 * Words before an act that tell it as possible, not done nor planned: modals, conditions, "is likely to visit", "will likely impose",
 * "hopes the U.S. will soon be able to lift sanctions" (an act one will be able to do).
 */
const HYPOTHETICAL = /(?:^|\s)(?:could|may|might|would|can|should|must|if|unless|whether|possible|possibly|likely|unlikely|probably|considering|consider|mulling|be able to)(?:\s|$)/;
/** Words right before an act's noun that name it as threatened or as what a threat or a deadline is for ("a threatened strike"). */
const THREATENED_BEFORE = /\s(?:threatened|(?:threat|threats|possibility|prospect|risk|deadline)\s(?:of|for))\s(?:(?:a|an|the)\s)?(?:\S+\s){0,2}$/;
const INTENDED = /(?:^|\s)(?:ahead of|to be followed by|(?:timetable|timetables|schedule|preparations|plans)\s(?:for|of))(?:\s\S+){0,3}\s$|(?:^|\s)(?:will|'ll|shall|going to|plans? to|planned to|planning to|intends? to|intended to|intending to|aims? to|seeks? to|expected to|set to|(?:is|are|was|were) to|ready to|prepared to|willing to|wants? to|hopes? to|would like to|favou?rs?|proposes?|proposed|to keep|keep|upcoming|planned|next|scheduled|seek|seeks|seeking|due to(?!\s(?:the|a|an|its|their|his|her|this|that|these|those|last|recent)\s))(?:\s|$)|(?:^|\s)to(?:\s\w+ly)?\s$/;

/** Words after which `to` names the one written to ("wrote to", "a letter to"). */
const WRITTEN: ReadonlySet<string> = new Set(['wrote', 'written', 'writing', 'letter', 'letters', 'message', 'messages']);

/** The party named right before token k (a comma between allowed) after "wrote to" or "a letter to", else null. */
function writtenTo(view: View, k: number): Slot | null {
  let j = wordAt(view.words, k - 1) === ',' ? k - 2 : k - 1;
  const slot = view.slotAt[j];
  if (!slot || (!slot.entity.actor && !slot.entity.country)) return null;
  j = view.slotStart[j] - 1;
  if (wordAt(view.words, j) === 'the' || POSSESSIVES.has(wordAt(view.words, j))) j--;
  return wordAt(view.words, j) === 'to' && WRITTEN.has(wordAt(view.words, j - 1)) ? slot : null;
}

/** "No Indian prime minister has visited Pakistan": the subject is under "no", so nobody acted. */
function noSubject(view: View, actors: readonly Slot[]): boolean {
  if (actors.length === 0) return false;
  const { tokens } = view;
  const lo = firstFrom(tokens, actors[0].start);
  if (lo >= tokens.length || tokens[lo].start !== actors[0].start) return false;
  // ("Neither the United States nor Israel has recognised the new state": each of the parties denied)
  const before = wordAt(view.words, lo - 1) === 'the' ? wordAt(view.words, lo - 2) : wordAt(view.words, lo - 1);
  return wordAt(view.words, lo - 1) === 'no' || ((before === 'neither' || before === 'nor') && actors.length > 0);
}

/** The word that opens the clause of the verb at `start`, read left over its subject ("while Iran and Iraq observe" -> while). */
function subjectOpener(view: View, start: number): string {
  const { words, slotAt, slotStart } = view;
  let j = start - 1;
  for (let n = 0; j >= 0 && n < 10; n++) {
    if (slotAt[j]) {
      j = (slotStart[j] >= 0 ? slotStart[j] : j) - 1;
      continue;
    }
    const w = wordAt(words, j);
    if (w === 'and' || w === 'the' || w === 'both' || w === ',' || (w.length > 4 && w.endsWith('ly'))) { j--; continue; }
    return w;
  }
  return '';
}
const OCCUPY_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'assault.occupy')!);
/** The pattern read as a seizure of territory (192): "captured Goma", "The islands were seized by Soviet troops". */
function asOccupation(pattern: Pattern): Pattern {
  return { entry: OCCUPY_ENTRY, frame: pattern.frame, rest: pattern.rest, first: pattern.first, passive: pattern.passive, anchor: pattern.anchor, id: pattern.id };
}
const COMPLAIN_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'accuse.complain')!);
/** The pattern read as a protest a state lodges (ACCUSE 114): "France protested over Canada's decision". */
function asStateProtest(pattern: Pattern): Pattern {
  return { ...asOccupation(pattern), entry: COMPLAIN_ENTRY };
}
const ABDUCT_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'assault.abduct')!);
const ARRIVE_AID_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'aid.arrive')!);
const PEACEKEEPING_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'aid.peacekeeping')!);
/** Verbs of arrival a visit is told by, which goods and forces do too. */
const ARRIVAL_VERBS = /^(?:arriv|land|reach)/;
/** Heads of a subject that is goods sent: "a first shipment of tents", "300 tonnes of food". */
const CARGO_NOUNS: ReadonlySet<string> = new Set(['shipment', 'shipments', 'consignment', 'consignments', 'cargo', 'cargoes', 'aid', 'supplies', 'food', 'tonnes', 'tons', 'convoy', 'convoys', 'delivery', 'deliveries', 'batch', 'batches', 'doses', 'vaccines', 'assistance', 'relief']);
/** Heads of a subject that is a force: "the first Russian paratroopers", "400 Kenyan police officers of a mission". */
const FORCE_NOUNS: ReadonlySet<string> = new Set(['troops', 'soldiers', 'paratroopers', 'peacekeepers', 'officers', 'police', 'policemen', 'marines', 'forces', 'contingent', 'reinforcements', 'units', 'battalion', 'battalions']);
/** Heads of a subject that is a craft: "a military transport plane", "the first flight". */
const CRAFT_NOUNS: ReadonlySet<string> = new Set(['plane', 'planes', 'aircraft', 'jet', 'jets', 'flight', 'flights', 'ship', 'ships', 'vessel', 'vessels', 'helicopter', 'helicopters', 'airliner', 'boat', 'boats']);
/** Words that tell a force sent as help. */
const HELP_WORDS: readonly string[] = ['mission', 'peacekeeping', 'peacekeepers', 'help', 'assistance', 'multinational'];
const DRILLS_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'mobilize.drills')!);
const POLICE_RAID_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'coerce.police-raid')!);
const ARREST_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'coerce.arrest')!);
const RAID_MISSION_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'coerce.raid-mission')!);
/** A country's missions abroad, whose storming by another state's forces is a raid on that country. */
const MISSION_WORDS: ReadonlySet<string> = new Set(['embassy', 'consulate']);

/** Whether the object after `end` is a person (a name, a pronoun, or a hostage, pilot or aid worker with a word or two before). */
function seizedPerson(view: View, end: number): boolean {
  const { words, slotAt } = view;
  if (wordAt(words, end) === 'him' || wordAt(words, end) === 'her' || wordAt(words, end) === 'them') return true;
  for (let k = end; k < end + 4 && k < words.length; k++) {
    if (SEIZED_PEOPLE.has(wordAt(words, k)) || slotAt[k]?.entity.type === 'person') return true;
    if (BOUNDARY.has(wordAt(words, k)) || PREPOSITIONS.has(wordAt(words, k)) || wordAt(words, k) === ',') return false;
  }
  return false;
}
/** People armed men take ("seized an American hostage", "seized two aid workers"). */
const SEIZED_PEOPLE: ReadonlySet<string> = new Set(['hostage', 'hostages', 'pilot', 'pilots', 'journalist', 'journalists', 'worker', 'workers', 'tourist', 'tourists', 'officer', 'officers', 'diplomat', 'diplomats', 'missionary', 'missionaries', 'priest', 'priests', 'nun', 'nuns', 'engineer', 'engineers', 'businessman', 'businessmen', 'administrator', 'teacher', 'teachers', 'students', 'schoolgirls', 'schoolchildren', 'passengers', 'civilians', 'villagers']);

/** A time ahead in the words after a noun, not a weekday ("later this week", "next month", "tomorrow"). */
function timeAheadAfter(words: readonly string[], end: number): boolean {
  for (let k = end; k < words.length && k < end + 8; k++) {
    const w = wordAt(words, k);
    if (w === ',' || BOUNDARY.has(w)) return false;
    if (w === 'tomorrow' || ((w === 'next' || (w === 'later' && wordAt(words, k + 1) === 'this')) && PERIODS.has(wordAt(words, k + (w === 'next' ? 1 : 2))))) return true;
  }
  return false;
}

/** Whether the words from `from` to `end` (a trigger's own) hold a time ahead: "tomorrow", "next week", "later this month". */
function timeAheadWithin(words: readonly string[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const w = wordAt(words, k);
    if (w === 'tomorrow' || (w === 'next' && PERIODS.has(wordAt(words, k + 1))) || (w === 'later' && wordAt(words, k + 1) === 'this' && PERIODS.has(wordAt(words, k + 2)))) return true;
  }
  return false;
}

/** Present verbs that open or make an act named by their object ("starts a week-long visit to Washington on Sunday", "begins talks"). */
const OPENING_PRESENT: ReadonlySet<string> = new Set(['starts', 'begins', 'opens', 'holds', 'pays', 'makes', 'resumes']);

/**
 * A present verb of the third person whose object, after `on` or `for` and its determiners, a noun at `start` is ("leaves on his
 * visit"), or one that opens the act the noun names ("starts a week long visit").
 */
function presentGoverning(words: readonly string[], start: number): boolean {
  let k = start - 1;
  while (k > 0 && start - k <= 5 && (POSSESSIVES.has(wordAt(words, k)) || /^(?:a|an|the|week|long|\p{Ll}+(?:th|st|nd|rd|al|ial|day|-day|-week|-long))$/u.test(wordAt(words, k)))) k--;
  return ((wordAt(words, k) === 'on' || wordAt(words, k) === 'for') && presentThird(words, k - 1)) || OPENING_PRESENT.has(wordAt(words, k));
}

/** Words after a noun that put its act ahead: "his visit starting on April 29", "talks due next week". */
const SCHEDULED = new Set(['starting', 'beginning', 'due', 'scheduled', 'expected', 'planned', 'set']);

/** Whether a scheduling word follows the noun trigger ending at `end` within a few words of its clause. */
function scheduledAfter(words: readonly string[], end: number): boolean {
  for (let k = end; k < words.length && k < end + 6; k++) {
    const w = wordAt(words, k);
    // ("his visit from April 29": a start date)
    if (SCHEDULED.has(w) || (w === 'from' && MONTHS.has(wordAt(words, k + 1)))) return true;
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}
/** An auxiliary of the perfect among the words before a trigger ("has agreed", "had already met"). */
const PERFECT_WORD = /(?:^|\s)(?:has|have|had)\s/;
/** An auxiliary of the present perfect among the words before a trigger ("have renewed their assault", "has also approved"; not
 * the perfect infinitive, "was said to have assisted"). */
const PRESENT_PERFECT = /(?:^|\s)(?<!\sto\s)(?:has|have)\s/;
/** "speaking at an informal meeting of", "speaking to reporters after a visit to", "was speaking during": the occasion of a saying. */
const SPEAKING_AT = /\bspeaking\s+(?:(?:to|with)\s+(?:[\w-]+\s+){1,3}?)?(?:at|during|after|on\s+the\s+sidelines\s+of)\s+(?:[\w'.-]+\s+){0,6}$/i;

/** Hostile acts that, made conditional on another side's act, are threats. */
const CONDITIONAL_THREATS: ReadonlySet<PloverType> = new Set(['SANCTION', 'COERCE', 'MOBILIZE']);
/** A veto, which made conditional ("would veto the bill if it reached his desk") is a threat too, a veto threat. */
const VETO_CAMEO = '129';

/** Verbs after which `if` asks a question ("to see if", "asked if"): it means `whether`, no condition. */
const WHETHER_VERBS = new Set(['see', 'ask', 'asked', 'asking', 'know', 'decide', 'determine', 'check', 'wonder', 'wondered', 'doubt', 'question']);

/**
 * Whether a condition (`if`, `unless`) follows the act's words in its own clause: no comma, conjunction or mark before it
 * ("would lift tariffs imposed last week if Tokyo complied"; not "will visit Tokyo, and officials said talks could fail if").
 */
function conditionFollows(words: readonly string[], end: number, conditional = false): boolean {
  for (let k = end; k < words.length && k < end + 16; k++) {
    const w = wordAt(words, k);
    // (not a question asked: "to see if there was a way")
    if (w === 'if' || w === 'unless') return !WHETHER_VERBS.has(wordAt(words, k - 1));
    // ("would lift tariffs ... as soon as Tokyo complied", "provided Bonn was allowed to keep": what `would` waits on; "will begin talks
    // as soon as they return" tells a time)
    if (conditional && ((w === 'as' && wordAt(words, k + 1) === 'soon' && wordAt(words, k + 2) === 'as') || (w === 'provided' && k > end))) return true;
    // (scare quotes end no clause: 'a bill requiring retaliation for "unfair trade" if it reached his desk')
    if (scareQuote(words, k)) continue;
    if (BOUNDARY.has(w) || w === '.' || w === ',' || w === 'and' || w === 'but' || SPEECH_VERBS.has(w)) return false;
  }
  return false;
}

/**
 * The actors' own government as the sentence names it, for a protest's target: a person or body
 * of their country in it, else "the government" or a head of government whose country is not told
 * ("demanding the resignation of Prime Minister X").
 */
function ownGovernment(ctx: Context, view: View, actors: readonly Slot[], at: number): Slot[] {
  const country = actors[0].entity.country;
  if (!country) return [];
  const { tokens, words, slotAt } = view;
  // (the official telling of the protest is not its target)
  const speaker = reportAt(ctx, tokens[at].start)?.speaker;
  for (const slot of slotAt) {
    if (slot && slot.entity.country === country && slot.entity.sector === 'GOV' && slot.entity.id !== speaker && !actors.some((a) => a.entity.id === slot.entity.id)) return [slot];
  }
  for (let k = 1; k < words.length; k++) {
    const w = wordAt(words, k);
    const named = slotAt[k + 1];
    const head = (w === 'government' && !slotAt[k] && (wordAt(words, k - 1) === 'the' || POSSESSIVES.has(wordAt(words, k - 1))))
      || (GOVERNMENT_HEADS.has(w) && startsUpper(tokens[k].text) && named !== undefined && named.entity.type === 'person' && !named.entity.country);
    if (!head) continue;
    const from = w === 'minister' && wordAt(words, k - 1) === 'prime' ? k - 1 : k;
    return [groupSlot(ctx, country, 'GOV', tokens[from].start, tokens[k].end)];
  }
  // ("Striking miners occupied ten pits. Government spokesman Jerzy Urban accused the union of ...", "Unions began a strike. The
  // government had urged them to call it off"): the government the dispatch names elsewhere, nearest the protest; a strike at a
  // company is the company's ("The company said employees have been on strike since May 8")
  for (let k = 0; k < words.length; k++) if (EMPLOYER_WORDS.has(wordAt(words, k)) || slotAt[k]?.entity.sector === 'BUS') return [];
  return documentGovernment(ctx, country, tokens[at].start, speaker, actors);
}
const EMPLOYER_WORDS: ReadonlySet<string> = new Set(['company', 'companies', 'employees', 'management', 'firm', 'employer', 'employers', 'plant', 'plants', 'factory', 'factories', 'mill', 'mills']);

function documentGovernment(ctx: Context, country: string, at: number, speaker: string | null | undefined, actors: readonly Slot[]): Slot[] {
  let best: { entity: Entity; start: number; end: number } | null = null;
  for (const e of ctx.entities.values()) {
    if (e.country !== country || e.sector !== 'GOV' || e.id === speaker || actors.some((a) => a.entity.id === e.id)) continue;
    for (const m of e.mentions) if (m.form !== 'pronoun' && (best === null || Math.abs(m.start - at) < Math.abs(best.start - at))) best = { entity: e, start: m.start, end: m.end };
  }
  if (best) return [slotOf(best.entity, best.start, best.end)];
  const named = /\b[Tt]he government\b/g;
  named.lastIndex = ctx.firstBody;
  const hit = named.exec(ctx.text);
  return hit ? [groupSlot(ctx, country, 'GOV', hit.index + 4, hit.index + hit[0].length)] : [];
}
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['minister', 'president', 'premier', 'chancellor']);

const HELP_VERBS: ReadonlySet<string> = new Set(['help', 'assist', 'support', 'aid', 'enable']);

/** "... to help Ukraine rebuild": the party a purpose clause after `end` is to help (in the same clause). */
function helped(view: View, end: number, actors: readonly Slot[]): Slot[] {
  const { words, slotAt } = view;
  for (let k = end; k + 2 < words.length && k < end + 20; k++) {
    if (BOUNDARY.has(wordAt(words, k))) break;
    if (wordAt(words, k) !== 'to' || !HELP_VERBS.has(wordAt(words, k + 1))) continue;
    const j = wordAt(words, k + 2) === 'the' ? k + 3 : k + 2;
    const slot = slotAt[j];
    if (slot && (slot.entity.actor || slot.entity.country) && slot.entity.type !== 'person' && !actors.some((a) => a.entity.id === slot.entity.id)) return [slot];
    break;
  }
  return [];
}

/**
 * "raided opposition party offices", "raided the homes of opposition activists": the group whose premises a raid told from token
 * `from` names, before the premises or after their "of", of the raiders' own country; none when no such group is told.
 */
function premisesOwner(ctx: Context, view: View, from: number, actors: readonly Slot[]): Slot[] {
  const { words } = view;
  const ids = new Set(actors.map((a) => a.entity.id));
  for (let k = from; k < words.length && k <= from + 4; k++) {
    if (!PREMISES.has(words[k])) continue;
    const owners = wordAt(words, k + 1) === 'of' ? [k + 2, k + 3, k + 4] : [k - 2, k - 1];
    for (const j of owners) {
      const owner = j >= from ? domesticTarget(ctx, view, j, actors, ids, POLICE_RAID_ENTRY) : null;
      if (owner) return owner;
    }
    return [];
  }
  return [];
}
/** Premises a raid enters. */
const PREMISES: ReadonlySet<string> = new Set(['offices', 'office', 'homes', 'home', 'headquarters', 'premises', 'house', 'houses', 'residence', 'residences']);

/**
 * The act noun a sentence opens with as the subject of the verb at `start` ("The move, welcomed by the Palestinian Authority, drew
 * swift condemnation from", "This decision drew criticism from"), or -1.
 */
function actSubject(view: View, start: number): number {
  const { words, slotAt } = view;
  if (start > 16 || (wordAt(words, 0) !== 'the' && wordAt(words, 0) !== 'this' && wordAt(words, 0) !== 'that')) return -1;
  const k = actNounWord(wordAt(words, 1), wordAt(words, 2)) ? 1 : actNounWord(wordAt(words, 2), wordAt(words, 3)) && /^[a-z-]+$/.test(view.tokens[1].text) ? 2 : -1;
  if (k < 0 || slotAt[k]) return -1;
  // (the verb is the subject's: right after it, or after an aside set off by commas)
  if (k + 1 === start || (wordAt(words, k + 1) === ',' && wordAt(words, start - 1) === ',')) return k;
  return -1;
}

/** The one country the sentence names besides the actors' (as a slot of the country), or null when it names none or several. */
function otherCountry(ctx: Context, view: View, actors: readonly Slot[]): Slot | null {
  let found: Slot | null = null;
  for (const slot of view.slotAt) {
    const country = slot?.entity.country;
    if (!slot || !country || slot.entity.actor?.startsWith('IGO') || actors.some((a) => a.entity.country === country)) continue;
    if (found && found.entity.country !== country) return null;
    found ??= slot;
  }
  if (!found) return null;
  const entity = countryEntity(ctx, found.entity.country!) ?? groupEntity(ctx, found.entity.country!, '', { start: found.start, end: found.end, text: ctx.text.slice(found.start, found.end) });
  return slotOf(entity, found.start, found.end);
}

/** Pronouns a plural present follows ("they arrive", "we meet"). */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);

/** A verb in the third person present ("leaves", "visits"), not a form of be or have. */
function presentThird(words: readonly string[], k: number): boolean {
  const w = wordAt(words, k);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !BE_FORMS.has(w) && w !== 'has' && w !== 'does';
}

/** A gerund after a present form of "be", its progressive ("is sending", "are meeting"). */
function presentProgressive(words: readonly string[], k: number): boolean {
  return /ing$/.test(wordAt(words, k)) && (wordAt(words, k - 1) === 'is' || wordAt(words, k - 1) === 'are');
}

/**
 * A plain verb right after a plural noun, its subject ("U.S. and Japanese officials meet tomorrow"): a present tense, whose
 * day ahead makes it an act to come.
 */
function pluralNounBefore(words: readonly string[], k: number): boolean {
  const w = wordAt(words, k), noun = wordAt(words, k - 1);
  return !/(?:s|ed|ing)$/.test(w) && presentThird(words, k - 1) && /^[a-z]/.test(noun) && !noun.endsWith('ous');
}

/**
 * A day ahead named in the verb's own clause: "leaves for Moscow on Tuesday", "arrives tomorrow",
 * "visits Japan next week" (not "is willing to host talks, the minister said on Tuesday").
 */
function futureDayAfter(words: readonly string[], end: number): boolean {
  for (let k = end; k < words.length && k < end + 8; k++) {
    const w = wordAt(words, k);
    if (w === ',' || BOUNDARY.has(w) || SPEECH_VERBS.has(w) || w === 'and' || w === 'after' || w === 'since') return false;
    // (not a day that names a thing: "recognises Gonzalez as the winner of Sunday's election")
    if ((WEEKDAYS.has(w) || w === 'tomorrow') && !POSSESSIVE_MARKS.has(wordAt(words, k + 1))) return true;
    if (w === 'next' && PERIODS.has(wordAt(words, k + 1))) return true;
    // ("travels to Moscow later this month", "flies to Beijing later this week")
    if (w === 'later' && wordAt(words, k + 1) === 'this' && PERIODS.has(wordAt(words, k + 2))) return true;
  }
  return false;
}

/**
 * Whether the clause's date is a day after the dispatch's ("starts negotiations with the country's 12-bank advisory committee in New
 * York tomorrow": past the few words futureDayAfter reads, the date the clause gives is still ahead). Read for meetings and visits
 * only, which are set for a day; the date of a clause may belong to another of its acts ("kick off talks tomorrow amid signs
 * officials are growing irritated").
 */
function dayAhead(date: { readonly value: string; readonly precision: string } | null, anchor: string | null | undefined): boolean {
  return date !== null && date.precision === 'day' && !!anchor && date.value > anchor;
}

/** Words after the place of talks that name their parties or host ("between", "with", "hosted by"). */
const TALKS_PARTIES_AFTER: ReadonlySet<string> = new Set(['between', 'with', 'by']);

/**
 * The government of the state whose capital talks are held in, named right after their noun, when those who hold them are all of
 * another state ("Japanese officials held trade talks in Washington", "his talks in Washington last week were aimed at": with the
 * U.S. government); not a city where bodies of states meet ("talks in Geneva"), nor a state's own officials at home.
 */
function hostOfTalks(ctx: Context, view: View, argStart: number, actors: readonly Slot[]): Slot[] {
  if (wordAt(view.words, argStart) !== 'in') return [];
  const place = view.slotAt[argStart + 1];
  const name = place ? ctx.text.slice(place.start, place.end) : '';
  const host = CAPITALS.get(name);
  if (!place || !host || MEETING_PLACES.has(name) || !actors.every((a) => a.entity.country && a.entity.country !== host)) return [];
  // (the parties named later in the clause: "brokered talks in Ankara on Wednesday between Ethiopia's prime minister and", "a summit in
  // Astana hosted by Kazakhstan's president")
  for (let k = argStart + 2; k < view.words.length && !BOUNDARY.has(wordAt(view.words, k)) && wordAt(view.words, k) !== ','; k++) {
    if (TALKS_PARTIES_AFTER.has(wordAt(view.words, k))) return [];
  }
  return [groupSlot(ctx, host, 'GOV', place.start, place.end)];
}


export function finish(
  ctx: Context,
  unit: Unit,
  view: View,
  pattern: Pattern,
  start: number,
  end: number,
  actors: Slot[],
  recipients: Slot[],
  statusFrom: number,
  pastForm: boolean,
): Candidate | null {
  const entry = pattern.entry;
  const { tokens, words } = view;
  // "in early March", "the year to March 31": a month, not a march, on whichever path the act was read
  if (start > 0 && MONTH_OR_DAY.test(tokens[start].text)) return null;
  // ("VOLKSWAGEN OF AMERICA EARLY MARCH SALES RISE": in capitals the case no longer tells; a time word before it or a day after it does)
  if (capitalMonth(view, start)) return null;
  // ("Syria has complained to the United Nations that Israeli occupation authorities were blocking", "file a formal complaint with
  // the GATT challenging Canada's decision"): a complaint lodged with a forum of states is made against the party it names, not the forum
  if (entry.id === 'accuse.complain' && recipients.length > 0 && recipients.every((r) => COMPLAINT_FORUMS.has(r.entity.actor ?? ''))) {
    const accused = complainedOf(ctx, view, recipients[recipients.length - 1], actors);
    if (accused.length > 0) recipients = accused;
  }
  // ("one-third believe he should resign", "Analysts think Iran should accept a ceasefire"): what someone believes another should do
  // is an opinion, no act of the other's (the words joined only when the one before the act is the "should" the expression ends with)
  if (wordAt(words, statusFrom - 1) === 'should' && OPINION_SHOULD.test(` ${words.slice(Math.max(0, statusFrom - 8), statusFrom).join(' ')} `)) return null;
  // ("Fighters of the West Papua National Liberation Army seized Mehrtens", "kidnappers who seized him in Beirut": armed men
  // seizing a person take a hostage, 181, not property)
  if (entry.id === 'coerce.seize' && actors.length > 0 && actors.every((a) => a.entity.sector === 'REB') && seizedPerson(view, end)) {
    return finish(ctx, unit, view, { ...pattern, entry: ABDUCT_ENTRY }, start, end, actors, recipients, statusFrom, pastForm);
  }
  // ("300 tonnes of food sent by the Emirates arrived at Port Sudan", "the first Russian paratroopers landed in Kazakhstan"): goods
  // that arrive are aid delivered; forces that land are a mission's help where the sentence tells of one, else no visit
  // ("British Airways to fly to Tokyo non-stop": a company, or a body of no known kind, that flies or sails somewhere trades there,
  // no visit; a state's bodies have a sector)
  if (entry.id === 'consult.visit' && actors.length > 0 && actors.every((a) => a.entity.type === 'organization' && (a.entity.sector === 'BUS' || !a.entity.sector))
    && !/^visit/.test(words[start])) return null;
  // ("insisted that the country was living up to its microchip pact", "insists that the state is doing as much as it can"): one who
  // insists on a fact asks nothing; only a clause in the subjunctive or with "must" or "should" is a demand ("insist that Japan boost
  // imports", "insisted that any penalties must take effect")
  if (entry.id === 'request.demand' && words[end - 1] === 'that' && words[start].startsWith('insist') && assertedAfter(words, end)) return null;
  // ("Defence Secretary Caspar Weinberger headed for the Gulf": ships and forces sail at a place to show force there; a minister who
  // heads somewhere travels)
  if (entry.id === 'mobilize.sail-toward' && actors.some((a) => a.entity.type === 'person')) return null;
  if (entry.id === 'consult.visit' && ARRIVAL_VERBS.test(words[start])) {
    const at = subjectHead(view, start);
    const head = at >= 0 ? wordAt(words, at) : '';
    // (the force named by the head is the actor, not a body it serves: "400 Kenyan police officers of a U.N.-backed mission")
    const own = at >= 0 ? view.slotAt[at] ?? view.slotAt[at - 1] : undefined;
    if (own && own.entity.country && (own.entity.sector === 'MIL' || own.entity.sector === 'COP')) actors = [own];
    if (CARGO_NOUNS.has(head)) return finish(ctx, unit, view, { ...pattern, entry: ARRIVE_AID_ENTRY }, start, end, actors, recipients, statusFrom, pastForm);
    // ("a military transport plane carrying search-and-rescue specialists would land in Port Vila": a craft that lands visits no one)
    if (CRAFT_NOUNS.has(head)) return null;
    if (FORCE_NOUNS.has(head)) {
      if (!HELP_WORDS.some((w) => words.includes(w))) return null;
      return finish(ctx, unit, view, { ...pattern, entry: PEACEKEEPING_ENTRY }, start, end, actors, recipients, statusFrom, pastForm);
    }
  }
  // ("Australian police said they charged a former clerk with misappropriating funds": police that charge people take legal action on
  // them, as when they arrest them; a prosecutor's charge stays an accusation of a crime, as the written sets code it)
  // (the ones charged stand between the verb and `with`, as the arrested stand after the verb: "charged three men with")
  if (entry.id === 'accuse.accuse' && actors.length > 0 && actors.every((a) => a.entity.sector === 'COP') && /^charg/.test(words[start]) && words[end - 1] === 'with') {
    const charged = recipients.length > 0 ? recipients : findRecipients(ctx, view, ['obj'], start + 1, actors, ARREST_ENTRY);
    return finish(ctx, unit, view, { ...pattern, entry: ARREST_ENTRY }, start, end, actors, charged, statusFrom, pastForm);
  }
  // (talks held by one side, not a meeting: "presidents meeting in Montevideo", "Shultz and Shevardnadze will meet in Moscow",
  // "Russia and the United States held two rounds of talks in Riyadh" name who meets)
  if (entry.type === 'CONSULT' && entry.mode !== 'visit' && entry.id !== 'consult.meet' && recipients.length === 0 && actors.length === 1 && !actors[0].partner) recipients = hostOfTalks(ctx, view, end, actors);
  // ("Kyrgyz police raided the offices of the outlet", "after police raided dozens of homes": police raiding coerce, they attack no one)
  if (entry.id === 'assault.attack' && actors.length > 0 && actors.every((a) => a.entity.sector === 'COP') && /^raid/.test(words[start])) {
    const raided = recipients.length > 0 ? recipients : premisesOwner(ctx, view, end, actors);
    return finish(ctx, unit, view, { ...pattern, entry: POLICE_RAID_ENTRY }, start, end, actors, raided, statusFrom, pastForm);
  }
  // ("Ecuadorean police stormed Mexico's embassy": a state's forces storming a mission raid it, no riot)
  if (entry.id === 'protest.riot' && actors.length > 0 && actors.every((a) => STATE_SECTORS.has(a.entity.sector ?? '')) && MISSION_WORDS.has(wordAt(words, end - 1))) {
    return finish(ctx, unit, view, { ...pattern, entry: RAID_MISSION_ENTRY }, start, end, actors, recipients, statusFrom, pastForm);
  }
  // ("The village that RSF fighters stormed", "The village was stormed by RSF fighters": armed forces or groups storming anything else
  // attack it, they do not riot)
  if (entry.id === 'protest.riot' && armedActors(actors) && /^storm/.test(words[start])) {
    // (the attack's own slots: "stormed a hotel in Mogadishu")
    const attacked = recipients.length > 0 ? recipients : findRecipients(ctx, view, ATTACK_ENTRY.recipient ?? [], end, actors, ATTACK_ENTRY);
    return finish(ctx, unit, view, { ...pattern, entry: ATTACK_ENTRY }, start, end, actors, attacked, statusFrom, pastForm);
  }
  // ("ordered the armed forces onto the streets to neutralise 22 criminal gangs", "moved reserves to Kursk to repel the Ukrainian
  // incursion": forces sent with no one named face those they are sent against)
  // ("India and Pakistan accused each other of violating the truce": each is the other's target)
  // (not an infinitive a treaty commits them to, "to assist each other", nor what is each other's: "not to attack each other's plants")
  if (recipients.length === 0 && actors.length > 1 && wordAt(words, start - 1) !== 'to' && !POSSESSIVE_MARKS.has(wordAt(words, end + 2))
    && ((wordAt(words, end) === 'each' && wordAt(words, end + 1) === 'other') || (wordAt(words, end) === 'one' && wordAt(words, end + 1) === 'another')
      // ("each side accused the other of": the other of the pair, no noun after it)
      || (wordAt(words, end) === 'the' && wordAt(words, end + 1) === 'other' && !/^\p{L}/u.test(view.tokens[end + 2]?.text ?? '.')) || (wordAt(words, end) === 'the' && wordAt(words, end + 1) === 'other' && PREPOSITIONS.has(wordAt(words, end + 2))))) recipients = [...actors];
  if (entry.type === 'MOBILIZE' && actors.length > 0 && recipients.every((r) => r.entity.country === actors[0].entity.country && !r.entity.sector)) {
    const faced = facedParty(ctx, view, end, actors, entry);
    if (faced.length > 0) recipients = faced;
  }
  // ("approved a 40 mln dlr loan to assist an economic reform program under way in Haiti", "two loans for agricultural projects in
  // Bangladesh and Nepal": money lent or given with no borrower named goes to the country its purpose is placed in)
  if (entry.type === 'AID' && entry.context === 'economic' && !entry.fromActs && actors.length > 0 && recipients.length === 0) recipients = purposePlace(ctx, view, end, actors, entry);
  // ("guerrillas ambushed an army patrol", "Contra rebels attacked a border post": a post or unit of no named country that a
  // country's own rebels strike is its forces, when the sentence names no other country and the dispatch is from no other)
  if (entry.type === 'ASSAULT' && recipients.length === 0 && actors.length === 1 && actors[0].entity.actor?.endsWith('REB') && actors[0].entity.country && pattern.frame === 'verb' && !pattern.passive) {
    const country = actors[0].entity.country;
    const k = armedPostAfter(view, end, actors[0]);
    const home = k >= 0 ? homeOf(ctx, view) : null;
    if (k >= 0 && (home === null || home === country) && onlyCountry(view, view.slotAt.length) === country) recipients = [groupSlot(ctx, country, 'MIL', tokens[k].start, tokens[k].end)];
  }
  // ("Russian forces captured the village of Ocheretyne", "The islands were seized by Soviet troops": a place of no coded name that
  // armed forces take is a seizure of territory, with no owner named)
  if (entry.placeAct && entry.id !== OCCUPY_ENTRY.id && recipients.length === 0 && armedActors(actors) && territoryTold(words, start, end)) {
    return finish(ctx, unit, view, asOccupation(pattern), start, end, actors, recipients, statusFrom, pastForm);
  }
  // ("M23 rebels have seized large parts of North Kivu province", "Leftist rebels attacked the capital": territory an armed group
  // takes or attacks, no country named, is its own country's)
  const home = entry.type === 'ASSAULT' && recipients.length === 0 ? rebelsHome(actors) : null;
  if (home && territoryTold(words, start, end)) recipients = [groupSlot(ctx, home, '', tokens[start].start, tokens[end - 1].end)];
  if (entry.personObject) {
    const held = heldObject(view, entry, recipients);
    if (held === 'place') return finish(ctx, unit, view, asOccupation(pattern), start, end, actors, recipients, statusFrom, pastForm);
    if (held === 'none') return null;
  }
  // status from the words between the clause start (or subject) and the trigger
  let k = statusFrom - 1;
  while (k >= 0 && statusFrom - k <= 6 && !BOUNDARY.has(wordAt(words, k)) && wordAt(words, k) !== ',' && !view.slotAt[k]) k--;
  const from = k + 1;
  // ("South African troops last May launched": the month is no modal)
  let before = ` ${words.slice(from, statusFrom).join(' ')} `;
  // (a `would` of reported speech, "and said it would expel Cambodia's envoy": the saying read back from the trigger, not only from
  // the start of the six words before it)
  const reported = (): boolean => reportedSpeech(words, from) || reportedSpeech(words, statusFrom - 1);
  if (before.includes(' may ')) before = ` ${withMonthMay(words, from, statusFrom)} `;
  // ("said his country would not be intimidated and thanked London": a past verb after `and` is out of the reach of the negation
  // of a modal or of `did`, which governs a bare verb; "Washington was not satisfied with the cuts and pressed for more": and of a
  // copula, whose complement it is not, unless the verb is a passive participle the copula still governs)
  const joined = joiningBefore(words, statusFrom);
  // (from one word before the status window, which may open on the `not` of its auxiliary)
  const negatedBefore = ` ${words.slice(Math.max(0, from - 1), joined).join(' ')} `;
  if (pastForm && pattern.frame === 'verb' && joined > from && (BARE_NEGATION.test(negatedBefore) || (!pattern.passive && COPULA_NEGATION.test(negatedBefore)))) before = ` ${words.slice(joined + 1, statusFrom).join(' ')} `;
  // "China will take resolute measures": only an announcement is a warning
  if (entry.toCome && (!ANNOUNCED.test(before) || NEGATION.test(before))) return null;
  // "his country would retaliate", "we will strike back": announced, the act is a threat, by whoever makes it
  actors = mapSlots(actors, (a) => capitalAsGovernment(ctx, leaderOfGroup(view, titledActor(view, a))));
  // "Erdogan said Ankara could launch a ground operation", "we will retaliate": an attack announced by the
  // attacker's own side is a threat of force made when said (138); told by others it is a forecast ("Crowe predicted Iran will retaliate")
  // ("Yeutter suggested the U.S. could file a formal complaint with GATT", "Surinam may take the Netherlands to court, the prime
  // minister said"): so is going to law told as possible by one's own side a threat (130), beside the complaint or suit as possible;
  // told as planned it is the complaint to come alone ("Managua said it would lodge a complaint against Washington")
  const lawThreat = entry.type === 'ACCUSE' && (entry.cameo === '114' || entry.cameo === '115') && POSSIBLE.test(before);
  const threat = (entry.type === 'ASSAULT' || lawThreat) && ANNOUNCED.test(before) && !NEGATION.test(before) && saidByOwnSide(ctx, view, start, actors);
  // ("France protested over Canada's decision to close its ports", "Indonesia has protested against the EC plan"): a state that
  // protests lodges a protest with the doer of the act, a diplomatic complaint (114), not a street protest (a purpose, "summoned the
  // envoy to protest against", "put up barricades in protest at", is the act it is the purpose of)
  if (entry.type === 'PROTEST' && pattern.frame === 'verb' && wordAt(words, start).startsWith('protest') && wordAt(words, start - 1) !== 'to' && wordAt(words, start - 1) !== 'in' && actors.length > 0
    && actors.every((a) => STATE_SECTORS.has(a.entity.sector ?? '') || (!a.group && a.entity.type === 'country' && !modifiesNoun(view, a)))) {
    const act = condemnedAct(view, end);
    const doers = act >= 0 ? doerOf(ctx, view, act, end).filter((d) => d.entity.actor !== null || d.entity.country !== null) : recipients;
    return doers.length > 0 ? finish(ctx, unit, view, asStateProtest(pattern), start, end, actors, doers, statusFrom, pastForm) : null;
  }
  if (entry.sectors && !threat && !entry.mutual) actors = actors.filter((a) => entry.sectors!.includes(a.entity.sector ?? ''));
  // ("few operators are prepared to go out on a limb ahead of the meeting": one side's readiness told of people no party names
  // is no party's, not the last party named before them)
  if (entry.oneSided && pattern.frame === 'verb' && unnamedSubject(view, start)) return null;
  if (entry.notSectors) actors = actors.filter((a) => !entry.notSectors!.includes(a.entity.sector ?? ''));
  if (entry.stateRecipient) {
    recipients = recipients.filter((r) => r.entity.type === 'country' || r.entity.type === 'location' || r.entity.sector === 'GOV' || r.entity.sector === 'IGO');
    if (recipients.length === 0) return null;
  }
  if (entry.armedRecipient) {
    recipients = recipients.filter((r) => r.entity.sector === 'REB');
    if (recipients.length === 0) return null;
  }
  // ("Avalanches, landslides and floods have killed": a capitalised word the tagger took for a person, with no office, kills no one)
  // ("U.S. Warships bombarded": a group's head the tagger took for a name still acts)
  if (entry.type === 'ASSAULT') actors = actors.filter((a) => !(a.entity.type === 'person' && a.entity.sector === null && a.entity.titles.length === 0 && !a.entity.name.includes(' ') && !HEADS.has(a.entity.name.toLowerCase())));
  // a country named as such does not go on strike or march ("the United States had launched an offshore strike"); its people do
  // ("Students at several U.S. universities" keep the country of the noun it modifies)
  if (entry.type === 'PROTEST') actors = actors.filter((a) => a.group || a.entity.type !== 'country' || modifiesNoun(view, a));
  if (actors.length === 0) return null;
  // ("carried out live-fire drills in international waters off Australia's east coast", "began exercises ... in response to
  // Britain's deployment of a warship"): drills held alone that face a country beyond a border or an act answered are a show of force
  if (recipients.length === 0 && entry.alone?.type === 'MOBILIZE' && actors.length === 1) {
    const faced = borderParty(view, start, end, sideOf(actors[0].entity)) ?? answeredParty(view, end, sideOf(actors[0].entity));
    if (faced) return finish(ctx, unit, view, { ...pattern, entry: DRILLS_ENTRY }, start, end, actors, [faced.group && faced.entity.country ? countrySlot(ctx, faced) : faced], statusFrom, pastForm);
  }
  recipients = recipientsUnnamed(ctx, view, entry, start, end, actors, recipients);
  // ("said he was opposed to the U.S. selling a yen bond", "urged speedy action on tariffs on imported U.S. Cars"): a word act of a
  // country's own people names their country only as a word before a noun; the country is no one asked, refused or blamed ("Police
  // called on Malaysians to stay calm" names the people addressed). Named as the possessor of what is criticised or refused
  // ("Opposition politicians criticised India's new budget"), it is its government's, aimed at the government by bodies of its
  // country and at no one by the government itself or by people the coder knows only by their country
  if (SAID_ACTS.has(entry.type)) {
    const kept: Slot[] = [];
    for (const r of recipients) {
      const named = ownCountryNamed(view, r, actors);
      if (named === null) kept.push(r);
      else if (named === 'possessor' && actors.every((a) => a.entity.sector && a.entity.sector !== 'GOV')) kept.push(groupSlot(ctx, r.entity.country!, 'GOV', r.start, r.end));
    }
    recipients = kept;
  }
  const trigger = { start: tokens[start].start, end: tokens[end - 1].end, text: ctx.text.slice(tokens[start].start, tokens[end - 1].end) };

  if (jointActAtHome(entry, actors, recipients)) recipients = [];
  recipients = subjectOwnsObject(view, start, end, actors) ?? recipients;
  // "against Kurdish militants in northern Syria": armed men of a place are that country's rebels, not the country
  recipients = mapSlots(recipients, (r) => {
    if (r.entity.type !== 'country' && r.entity.type !== 'location') return r;
    const country = r.entity.country;
    const before = ctx.text.slice(Math.max(0, r.start - 40), r.start);
    // ("struck more than 60 targets in Houthi-controlled areas of Yemen": the armed group holding the part of the country struck)
    const holder = HELD_BY.exec(before);
    const held = holder ? NONSTATE.get(holder[1]) : undefined;
    if (held) return groupSlot(ctx, held.slice(0, 3), held.slice(3), r.start, r.end);
    if (!country || !ARMED_OF_PLACE.test(before)) return r;
    return groupSlot(ctx, country, 'REB', r.start, r.end);
  });
  // "had written to Khamenei urging negotiations", "in a letter to the U.N. Secretary-General, asking": a request told by a
  // participle after a letter is to the one written to
  if (entry.type === 'REQUEST' && recipients.length === 0 && pattern.frame === 'verb' && /ing$/.test(wordAt(words, start))) {
    const addressee = writtenTo(view, start);
    if (addressee && !actors.some((a) => a.entity.id === addressee.entity.id)) recipients = [addressee];
  }
  // places given as recipients stand for their country; the place itself is kept
  let place: string | null = null;
  // "Russia and the United States swapped prisoners at Abu Dhabi airport": an exchange between two is between them (a place, or the
  // people exchanged placed there, are no third party)
  if (actors.length > 1 && /^(?:exchang|swap)/.test(wordAt(view.words, start))) recipients = [];
  recipients = mapSlots(recipients, (r) => {
    // "his trip to Moscow": a visit is to the country, even where coreference read the capital as its government
    if (r.entity.type !== 'location' && entry.type === 'CONSULT' && entry.mode === 'visit') {
      const written = ctx.text.slice(r.start, r.end);
      const capitalOf = CAPITALS.get(written);
      const country = capitalOf && r.entity.actor === `${capitalOf}GOV`
        ? groupEntity(ctx, capitalOf, '', { start: r.start, end: r.end, text: written }) : null;
      if (country) {
        place ??= written;
        return { ...r, entity: country };
      }
    }
    if (r.entity.type !== 'location') return r;
    // "accused Manila of", "talks with Kyiv": a capital spoken to or about is its government
    const capitalOf = CAPITALS.get(r.entity.name);
    if (capitalOf && GOVERNMENT_BY_CAPITAL.has(entry.type) && !(entry.type === 'CONSULT' && entry.mode === 'visit')) {
      return { ...r, entity: groupEntity(ctx, capitalOf, 'GOV', { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end) }), group: true };
    }
    place ??= r.entity.name;
    const home = homeTown(ctx, r.entity);
    if (home) return { ...r, entity: countryEntity(ctx, home) ?? groupEntity(ctx, home, '', { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end) }) };
    const country = countryEntity(ctx, r.entity.country) ?? countryEntity(ctx, CAPITALS.get(r.entity.name) ?? null);
    return country ? { ...r, entity: country } : r;
  });
  // "arrived in Addis Ababa on Saturday for talks with Ethiopian Prime Minister Abiy Ahmed": a visit is to the host it names
  if (entry.type === 'CONSULT' && entry.mode === 'visit' && recipients.length === 1 && recipients[0].entity.country) {
    const host = hostNamed(ctx, view, end, recipients[0].entity.country);
    if (host) recipients = [host];
  }
  place ??= findPlace(ctx, view, end);

  const clauseBefore = ` ${words.slice(clauseStart(words, statusFrom), statusFrom).join(' ')} `;
  let status: EventStatus = 'occurred';
  const spokenAfter = SPOKEN_ACTS.has(entry.type) && wordAt(words, statusFrom - 1) === ',' && statusFrom === start && /ing$/.test(wordAt(words, start));
  // ("if the Saudis do not accept Brazil's terms": a negation inside a condition is a possibility, not a fact)
  if (NEGATION.test(before) && /(?:^|\s)(?:if|unless)\s/.test(clauseBefore)) status = 'hypothetical';
  else if (NEGATION.test(before) || noSubject(view, actors) || calledOff(ctx.text, unit.start, trigger.start)) status = 'negated';
  // ("14 people were injured in clashes during a one-day general strike called by Ecuadorean workers": an act called or planned
  // that the sentence tells as going on is under way)
  else if (entry.status === 'intended' && DURING_BEFORE.test(before)) status = 'occurred';
  else if (entry.status) status = entry.status;
  // ("called off a threatened strike", "ahead of Thursday's deadline for a strike by 40,000 workers", "minimizes the possibility of
  // a strike"): an act named as threatened, or as what a threat or a deadline is of, has not taken place
  else if (pattern.frame === 'noun' && THREATENED_BEFORE.test(before)) status = 'hypothetical';
  else if (HYPOTHETICAL.test(before) && !/would like to/.test(before) && !(/(?:^|\s)would\s/.test(before) && !/(?:^|\s)(?:could|may|might|if|unless|can)\s/.test(before) && reported())) status = 'hypothetical';
  // ("... if American planes attacked again, a day after U.S. Navy jets hit": a clause of time after the condition is told as fact)
  // ("warned Venezuela it would have a bad day if it attacked Guyana, speaking during a visit to Georgetown": a participle or a clause
  // of time after a comma closes the condition)
  // ("warning that they could use force if it did not, and imposed financial sanctions": `, and` and a verb after the condition open
  // an act of its own)
  // (", and spokesman Dmitry Peskov said Russia had already moved troops": a clause of speech joined after a condition that closes a
  // clause tells a fact; a condition that opens the sentence governs what is said after it: "If that level is broken, ..., Keefe said")
  // ("warned Kuwait that Iraq would use force if the emirate kept flooding the market, accusing it of": a word act told by a
  // participle after the condition or the wait is the speaker's, made when spoken)
  else if (spokenAfter) { /* occurred */ }
  else if (/(?:^|\s)(?:if|unless)\s(?!.*\s(?:after|before|since)\s)(?!.*\s,\s(?:as|while|when|[a-z]+ing)\s)(?!.*\s,\sand\s(?:[a-z]+\s){0,2}$)/.test(clauseBefore)
    && (/^\s*(?:if|unless)\s/.test(clauseBefore) || !/\s,\s(?:and|but)\s.*\s(?:said|says|told)\s/.test(clauseBefore))) status = 'hypothetical';
  // ("its warplanes would keep bombing the terminal until Tehran accepted a ceasefire": what an act to come waits on has not happened)
  else if (/(?:^|\s)(?:would|will)\s.*\suntil\s(?!.*\s(?:after|before|since)\s)/.test(` ${words.slice(Math.max(0, statusFrom - 20), statusFrom).join(' ')} `)) status = 'hypothetical';
  else if (INTENDED.test(before) || (/(?:^|\s)would\s/.test(before) && reported())) status = 'intended';
  // ("said he would lift the tariffs if Tokyo complied", "would accept talks only if": an act announced on a condition told after
  // it is possible, not planned; a word act is made when spoken)
  if (status === 'intended' && !SPOKEN_ACTS.has(entry.type) && ANNOUNCED.test(before) && conditionFollows(words, end, /(?:^|\s)would\s/.test(before))) status = 'hypothetical';
  // ("said that Pyongyang would reject any contact or talks with Japan": a refusal announced in reported speech is made when said;
  // not a veto, an act of its own still to come: "Reagan said he would veto the bill")
  if (status === 'intended' && entry.type === 'REJECT' && entry.cameo === '120' && /(?:^|\s)(?:will|would)\s/.test(before) && reported()) status = 'occurred';
  // "farmers used hundreds of tractors to block motorways": what an instrument was used for was done
  if (status === 'intended' && wordAt(words, statusFrom - 1) === 'to' && USED_FOR.test(clauseBefore)) status = 'occurred';
  // ("defended its sales in reaction to criticism from Malaysian miners", "replied to charges by Washington"): an act a reply answers
  // was made before it; the `to` is a preposition, not an infinitive's
  if (status === 'intended' && REPLY_TO.test(before)) status = 'occurred';
  // "growers dumped lemons on the streets to protest against EC duties": a protest that is the purpose of an act done was made by it
  const protestDoneFor = entry.type === 'PROTEST' && wordAt(words, statusFrom - 1) === 'to' && DONE_FOR.test(clauseBefore) && !MODAL_OR_CONDITION.test(clauseBefore);
  if (status === 'intended' && protestDoneFor) status = 'occurred';
  // "Slovenia's parliament voted on Tuesday to recognise a Palestinian state": what a vote decides is done by it
  // (not a strike voted for: that is still to come)
  if (status === 'intended' && VOTED_ACTS.has(entry.type) && /(?:^|\s)voted\s(?:\S+\s){0,3}to\s$/.test(before)) status = 'occurred';
  // "Algeria and Malaysia on Tuesday became the first countries to recognise": the first to do it did it
  if (status === 'intended' && (FIRST_TO.test(before) || FIRST_PERSON_TO.test(clauseBefore))) status = 'occurred';
  // ("IRAN SAID TO ATTACK CYPRIOT TANKER", "Iraq is reported to bomb": an act reported as told by others was done)
  if (status === 'intended' && /(?:^|\s)(?:said|reported|believed|alleged)\s+to\s$/.test(before)) status = 'occurred';
  // ("Tunisia has decided to break diplomatic relations with Iran": an act decided is taken, as "the government's decision to" is;
  // "Contra rebels tried to blow up a pylon", "boats attempting to attack the terminal": an act attempted was carried out, whatever
  // came of it; "Russian peacekeepers began to withdraw from Karabakh": an act begun is under way) unless a modal or condition rules
  if (status === 'intended' && ((DECIDED_OR_TRIED.test(before) && !MODAL_OR_CONDITION.test(before)) || (BEGUN.test(before) && !MODAL.test(before)))) status = 'occurred';
  // ("West Germany had already taken steps to meet U.S. demands"): an act steps were taken toward is under way, as one begun is
  if (status === 'intended' && STEPS_TAKEN.test(before) && !MODAL_OR_CONDITION.test(before)) status = 'occurred';
  // "when he visits the U.S.", "unless both companies agree", "while Iran and Iraq observe a ceasefire": a present tense in a
  // clause of time or condition tells of an act to come or a possible one
  if (status === 'occurred' && !pastForm && pattern.frame === 'verb' && !pattern.passive && !PERFECT_WORD.test(before)) {
    const opener = subjectOpener(view, start);
    if (opener === 'if' || opener === 'unless' || opener === 'while') status = 'hypothetical';
    else if (opener === 'when' || opener === 'once' || opener === 'until' || opener === 'whenever') status = 'intended';
  }
  // ("warned of military action if Iran refused": a refusal that is only a condition is no act)
  // (also with a pronoun subject: "if it refused")
  if (entry.type === 'REJECT' && status === 'hypothetical' && pattern.frame === 'verb'
    && /^(?:if|unless)$/.test(PRONOUN_SUBJECTS.has(wordAt(words, start - 1)) ? wordAt(words, start - 2) : subjectOpener(view, start))) return null;
  // (an appeal is dated when it was made: "urged ... on Sunday" is the Sunday past; an invitation by the meeting it invites to)
  let direction: Direction = status === 'intended' || status === 'invited' ? 'future' : 'past';

  // mode and context from cue words in the sentence
  const sentenceText = ctx.text.slice(unit.start, unit.end);
  let mode = entry.mode ?? null;
  let cameo = entry.cameo;
  if (entry.type === 'CONSULT' && (cameo === '040' || cameo === '046')) {
    for (const cue of MODE_CUES) {
      if (cue.pattern.test(sentenceText)) {
        mode = cue.mode;
        if (cue.cameo) cameo = cue.cameo;
        break;
      }
    }
  }
  let context = entry.context ?? null;
  if (!context) {
    const window = ctx.text.slice(tokens[Math.max(0, start - 4)].start, tokens[Math.min(tokens.length - 1, end + 4)].end);
    context = CONTEXT_CUES.find((c) => c.pattern.test(window))?.context ?? null;
  }
  let type: PloverType = entry.type;
  // "Tehran would not accept a U.N. resolution", "refuses to accept the demands": not accepting is a rejection, told as done
  const refusal = status === 'negated' && (type === 'AGREE' || type === 'CONCEDE') && wordAt(words, start).startsWith('accept') && !/(?:^|\s)(?:if|unless)\s/.test(clauseBefore);
  if (refusal) {
    type = 'REJECT';
    cameo = '120';
    status = 'occurred';
    direction = 'past';
  }
  // retaliation announced is only a threat; another attack announced is the threat and the act to come (`threat` below)
  const retaliation = threat && entry.futureThreat === true;
  if (retaliation) {
    type = 'THREATEN';
    cameo = '138';
    status = 'occurred';
    direction = 'past';
  }
  // "Iran could withdraw from the NPT if Britain, France and Germany ...", the minister said: a hostile act its own side makes
  // conditional on another's is a threat to that other (130), beside the act as possible
  // ("his country would use nuclear weapons if South Korea and the United States attempted ...": an attack announced on a
  // condition, with no target named, threatens the parties of the condition)
  const condition = (!threat && (CONDITIONAL_THREATS.has(entry.type) || entry.cameo === VETO_CAMEO) && (status === 'hypothetical' || status === 'intended')
    && saidByOwnSide(ctx, view, start, actors)) || (threat && recipients.length === 0) ? conditionParty(view, end, ctx) : null;
  // (the actor's own side the condition names is none of its parties: "would veto the bill if it reached his desk")
  const others = condition === null ? null : condition.filter((c) => !actors.some((a) => a.entity.id === c.entity.id));
  const conditional: Slot[] = others === null ? [] : others.length > 0 ? others : recipients;
  // (the attack itself would be on them)
  if (threat && recipients.length === 0 && conditional.length > 0) recipients = conditional;
  // ("Argentina said it would suspend debt payments if creditor banks did not loosen repayment terms": made conditional on lenders no
  // code names, the act is a threat all the same, to no one coded)
  const toLenders = condition === null && conditional.length === 0 && !threat && CONDITIONAL_THREATS.has(entry.type) && (status === 'hypothetical' || status === 'intended')
    && conditionOnLenders(view, end) && saidByOwnSide(ctx, view, start, actors);
  // (the act itself waits on the condition: possible, not planned)
  if (conditional.length > 0 || toLenders) status = 'hypothetical';
  // "Russia favors joint training" expresses an intent (AGREE 031x); "will hold drills" is the act, intended
  if (status === 'intended' && expressesIntent(type, before)) {
    cameo = intentCameo(type, context);
    type = 'AGREE';
  } else if (entry.id === 'agree.intent-cooperate' && context && INTENT_CAMEO[context]) {
    cameo = INTENT_CAMEO[context];
  }

  if (cameo === '175') recipients = repressedCrowd(ctx, actors, recipients);
  if (type === 'ASSAULT' && (cameo === '190' || cameo === '193') && repression(ctx, unit, actors, recipients)) {
    type = 'COERCE';
    cameo = '175';
    mode = null;
  }
  // date: nearest date words in the clause, else the dispatch date for the main news
  const clause = clauseSpan(view, start, end);
  // (a refusal is dated by the words before it, the day it was said: not "a resolution adopted on Monday" after it)
  let date = nearestDate(ctx, refusal ? { ...clause, start: Math.min(clause.start, unit.start), end: trigger.start } : clause, trigger, direction,
    status === 'occurred' && pastForm && pattern.frame === 'verb');
  // "Mustapha, who leaves for Moscow on Tuesday": a present tense dated by a weekday, `tomorrow` or `next ...` is an act to come
  // ("when they arrive here tomorrow": a plural present after its pronoun too)
  // ("he is sending Shultz to Moscow for talks next month": so does the present progressive)
  // (the day may stand inside the pattern's gap, "is going to Washington next week for talks"; and any participle with a time ahead
  // after it, not a weekday, is told so too, "a Japanese team going to Washington next week for emergency talks")
  // (so does a day of the coming months read a year back, "OPEC meets on December 9"; a day only: a month in a present clause is as
  // often a thing's, "we ratify the agreement reached in December")
  if (status === 'occurred' && !pastForm && unit.paragraph >= 0 && pattern.frame === 'verb' && !pattern.passive
    && !PERFECT_WORD.test(before) && (((presentThird(words, start) || PLURAL_PRONOUNS.has(wordAt(words, start - 1)) || pluralNounBefore(words, start) || presentProgressive(words, start))
      && (futureDayAfter(words, end) || futureDayAfter(words, start + 1) || (type === 'CONSULT' && dayAhead(date, ctx.anchor)) || (date?.precision === 'day' && yearlessDateReadBack(date, ctx.anchor)))) || (/ing$/.test(wordAt(words, start)) && timeAheadAfter(words, start + 1) && futureDayAfter(words, start + 1)))) {
    status = 'intended';
    direction = 'future';
    date = nearestDate(ctx, clause, trigger, direction);
  }
  // "his visit to Washington starting on April 29", "the talks due next week": an act named by a noun and
  // dated after the dispatch is to come
  if (status === 'occurred' && pattern.frame === 'noun' && !pastForm) {
    // ("the proposals will be put forward at a meeting of the IMF next week", "he will speak on Tuesday at the annual meeting of
    // the ADB": an act named by a noun in a clause told in the future is to come)
    // ("Talks between Iran and the Soviet Union will resume next week": or talks heading the subject of a verb of opening to come)
    // ("A visit to Tokyo by Baker will likely do nothing to ease the dispute": a visit heading a subject told with `will` is to come)
    // ("when debt rescheduling talks reopen in New York on Tuesday", "The talks begin tomorrow": talks whose verb of opening follows
    // in the present are set for a time to come)
    const toCome = type === 'CONSULT' && (futureClause(ctx.text, unit.start, trigger.start) || (entry.mode !== 'visit' && (talksHeadSubjectToCome(view, start, end) || opensInPresent(view, end, unit.sentence < 0)))
      || (entry.mode === 'visit' && visitHeadsSubjectToCome(view, start, end)));
    // ("his visit to Washington later this week", "leaves on his sixth official visit to the United States on Wednesday": a time
    // ahead after the noun, a weekday only after a present verb the noun is the object of)
    // ("a visit here next week by Japanese trade officials": or a time ahead the trigger's own words hold)
    const ahead = (futureDayAfter(words, end) && (timeAheadAfter(words, end) || presentGoverning(words, start))) || timeAheadWithin(words, start + 1, end);
    if (scheduledAfter(words, end) || toCome || ahead) {
      direction = 'future';
      date = nearestDate(ctx, clause, trigger, direction) ?? date;
    }
    if ((toCome || ahead) && (!date || !ctx.anchor || date.value >= ctx.anchor.slice(0, date.value.length))) status = 'intended';
    // ("Cominco said it set tentative talks with the union", "they had tried to arrange meetings with Japanese officials"): talks
    // that are the object of a verb of setting them up are arranged, not yet held
    if (type === 'CONSULT' && SET_UP_BEFORE.test(ctx.text.slice(Math.max(0, trigger.start - 40), trigger.start))) status = 'intended';
    // ("a meeting of the OPEC committee had been postponed": called off after its noun)
    if (calledOffAfter(ctx.text, trigger.end, unit.end)) status = 'negated';
    else if (doubtedAfter(ctx.text, trigger.end, unit.end)) status = 'hypothetical';
    if (date && ctx.anchor && date.value > ctx.anchor.slice(0, date.value.length)) {
      status = 'intended';
      direction = 'future';
    }
  }
  // (done or to come, an act whose noun follows `no` is told as not taking place; so is one whose verb takes its noun with `no`, "has
  // held no talks with", "imposed no sanctions on")
  if ((status === 'occurred' || status === 'intended') && (pattern.frame === 'noun' ? NO_BEFORE_NOUN.test(ctx.text.slice(Math.max(0, trigger.start - 40), trigger.start))
    : /\s[Nn]o\s/.test(trigger.text))) status = 'negated';
  // ("Soares, who returns from a visit to Brazil on Sunday": a return to come ends a visit made, of no day told; so does a day ahead
  // of another act after it, "soon after returning from a U.S. visit designed to pave the way for the prime minister's visit starting
  // next Wednesday")
  if (entry.doneBefore && (status === 'intended' || (date && ctx.anchor && date.value > ctx.anchor.slice(0, date.value.length)))) {
    status = 'occurred';
    date = null;
  }
  // ("Ali on Wednesday asked the Security Council to act, accusing Caracas of flouting an order": a participle's act set off by a
  // comma is done when the clause before it is)
  if (!date && status === 'occurred' && pattern.frame === 'verb' && wordAt(words, start - 1) === ',' && /ing$/.test(wordAt(words, start))) {
    date = nearestDate(ctx, { start: unit.start, end: view.tokens[start - 1].start }, trigger, 'past');
  }
  // (an attempt told in the past was made then: "Contra rebels tried to blow up an electricity pylon"; so was an act begun, "Mexico and
  // its creditor banks started to sign agreements", "began signing")
  // (and a protest done by an act told in the past, dated by it: "dumped lemons on the streets to protest")
  const past = pastForm || PERFECT_WORD.test(before) || / (?:tried|attempted|started|began) to $/.test(before) || (/ (?:started|began) $/.test(before) && /ing$/.test(wordAt(words, start))) || protestDoneFor;
  // (told as done for its date: the past progressive too, "Beijing said it was suspending consultations"; the present progressive,
  // under way on the day of the news, "The Administration is discussing a deal with Cairo"; and a word act reported in the past,
  // made when said, "Iran's supreme leader said Israel would be punished")
  // ("his country was unilaterally suspending payments": an adverb between)
  // (and a request that is the purpose of a journey made or under way that day: "Reagan is going to the Capitol to personally urge
  // senators", "flew to Tokyo to urge Japan")
  const toldDone = past || (type === 'REQUEST' && JOURNEY_TO_ASK.test(ctx.text.slice(Math.max(unit.start, trigger.start - 120), trigger.start))) || (/ing$/.test(wordAt(words, start)) && /\s(?:was|were|is|are)\s(?:\p{Ll}+ly\s)?$/u.test(before)) || (SPOKEN_ACTS.has(type) && status === 'occurred' && reported());
  // (a request or an invitation told in the past was made then, whatever becomes of what it asks: "urged the United States to act")
  // (a retaliation announced is a threat made when said: "Mousavi said his country would retaliate")
  // (news of the day told after the first paragraph: a roundup item's opening under its own dateline, "BAHRAIN - Iranian forces
  // have renewed their assault on Basra"; and an act someone says in the present perfect has been done, "FAO said it has also
  // approved 1.4 mln dlrs of food aid": not a background act of the past; and the occasion a speaker of the news spoke at, "Lukman, who
  // was speaking during talks with Swedish trade officials", "Petriccioli, speaking to reporters after a visit to the World Bank")
  const atTheSaying = (): boolean => SPEAKING_AT.test(ctx.text.slice(Math.max(unit.start, trigger.start - 100), trigger.start));
  const newsOfTheDay = (): boolean => !view.quoteAt[start] && (opensRoundupItem(view) || (PRESENT_PERFECT.test(before) && reported()) || atTheSaying());
  // (the first paragraph told in the present is the news of the day too: "U.S. and Soviet negotiators meet in Geneva", "Japan imposes
  // duties on U.S. chips", "Antonov begins two days of economic talks in Bonn")
  const presentLead = (): boolean => unit.paragraph === ctx.firstBody && !pastForm && !PERFECT_WORD.test(before)
    && (pattern.frame === 'verb' ? !pattern.passive && (presentThird(words, start) || PLURAL_PRONOUNS.has(wordAt(words, start - 1)) || pluralNounBefore(words, start))
      : before.split(' ').some((w) => lexicon().lightVerbs.get(w) === 'third'));
  // (talks that head the main news's subject are under way or just ended that day: "Debt talks between the Philippine government and
  // its bank advisory committee were delicately poised", "Talks between China and Portugal on Macao have ended")
  const talksInTheNews = (): boolean => pattern.frame === 'noun' && type === 'CONSULT' && entry.mode !== 'visit' && talksHeadSubject(view, start, end);
  if (!date && (status === 'occurred' || status === 'requested' || status === 'invited') && (toldDone || retaliation || presentLead() || talksInTheNews() || atTheSaying())
    && (unit.paragraph === ctx.firstBody || (unit.paragraph > ctx.firstBody && (SPOKEN_ACTS.has(type) || type === 'REQUEST' || newsOfTheDay()))) && ctx.anchor && (!view.quoteAt[start] || spokenInQuote(view.quoteAt[start]!, actors, type))) {
    date = { value: ctx.anchor, precision: 'day' };
  }

  return {
    entry,
    type,
    unit,
    trigger,
    actors,
    recipients,
    status,
    direction,
    past,
    tokenStart: start,
    tokenEnd: end,
    mode,
    cameo,
    context,
    date,
    place,
    quote: view.quoteAt[start],
    frame: pattern.frame === 'noun' || pattern.passive ? 'noun' : 'verb',
    // set here, not only where an act is read in, so that every candidate has one shape
    embedded: false,
    openInfinitive: wordAt(words, end - 1) === 'to' && isInfinitive(view, end),
    threat: (threat && !retaliation) || conditional.length > 0 || toLenders,
    threatTo: conditional,
    // ("warned that Russia could strike military facilities of any country": a threat of an attack on things struck needs no country named)
    standsAlone: recipients.length === 0 && ((type === 'REQUEST' && uncodedAddressee(words, start + 1)) || (type === 'ASSAULT' && STRIKING_CAMEOS.has(cameo) && (physicalTarget(words, start) || physicalTarget(words, end) || physicalSubject(words, start))) || (type === 'ASSAULT' && cameo === '192' && armedActors(actors) && territoryTold(words, start, end)) || (entry.announces?.type === 'ASSAULT' && physicalTarget(words, end)) || (type === 'ACCUSE' && (condemnedAct(view, entry.objectIsAct ? start + 1 : end) >= 0 || (entry.fromActs === true && actSubject(view, start) >= 0))) || talksWithLenders(view, entry, actors, end)),
  };
}

/**
 * The actors' own country named as such before a noun it describes ("the U.S. selling", "imported U.S. Cars"): `modifier`; named as
 * a possessor ("India's budget"): `possessor`; else null.
 */
function ownCountryNamed(view: View, r: Slot, actors: readonly Slot[]): 'modifier' | 'possessor' | null {
  // (not a country that is itself a party: "Japan and the U.S. ... irritated with each other")
  // (named by the country's own name, not by people of it the coder gave the country's code: "a student-led movement")
  if (r.entity.type === 'person' || r.entity.sector || r.entity.actor !== r.entity.country || actors.some((a) => a.entity.id === r.entity.id || a.entity.actor === r.entity.actor)
    || !actors.some((a) => a.entity.country === r.entity.country) || !r.entity.mentions.some((m) => m.start === r.start)) return null;
  const { tokens, words } = view;
  const first = tokens.findIndex((t) => t.start >= r.start);
  const after = tokens.findIndex((t) => t.start >= r.end);
  const last = (after < 0 ? tokens.length : after) - 1;
  // (a slot read with the noun after the name: "imported U.S. Cars"; people named so are addressed, "U.S. farmers")
  if (first >= 0 && last > first) return personNoun(wordAt(words, last)) ? null : 'modifier';
  const t = tokens[last + 1];
  if (first < 0 || !t || view.slotAt[last + 1]) return null;
  const w = wordAt(words, last + 1);
  if (POSSESSIVE_MARKS.has(w)) return 'possessor';
  return /^\p{L}[\p{L}-]*$/u.test(t.text) && !PREPOSITIONS.has(w) && !BE_FORMS.has(w) && !MODAL_VERBS.has(w) && !CLAUSE_STOPS.has(w) && w !== 'to' && w !== 'and' && w !== 'or' ? 'modifier' : null;
}

/**
 * "Argentina's negotiations with creditor banks", "Ongpin started talks with the banks", "Brazil will meet its bank advisory
 * committee": a state's talks with lenders no code names are its own, with no recipient, as talks between it and them are; so
 * are its requests to them ("Ecuador asked its creditor banks for a grace period", "will seek new money from its creditors"), and
 * talks it holds with them joined as the subject ("Brazil and its creditor banks resumed talks").
 */
function talksWithLenders(view: View, entry: TriggerEntry, actors: readonly Slot[], end: number): boolean {
  const talks = entry.type === 'CONSULT' && entry.mode !== 'visit' && entry.cameo !== '045';
  if (!talks && entry.type !== 'REQUEST') return false;
  // (a company's talks with its banks are its business, and a person of no office is no state: states and their governments only)
  if (!actors.every((a) => a.entity.actor && a.entity.country && (a.entity.type === 'country' || a.entity.sector === 'GOV'))) return false;
  const { words } = view;
  // (talks the state holds with the lenders it is joined to as subject: "The Philippines and its bank advisory committee completed a
  // second day of talks")
  if (talks && actors.some((a) => jointWithLenders(view, view.slotAt.indexOf(a)))) return true;
  // (talks named by the debt they are on, with no party after them: "when debt rescheduling talks reopen", "Philippine debt talks")
  if (talks && debtTalks(words, end - 1) && !LENDERS_AFTER.has(wordAt(words, end)) && wordAt(words, end) !== 'between') return true;
  // (the lenders after the trigger's own preposition, after one past a time adverbial, or as the object: "will meet the bank
  // advisory committee")
  if (LENDERS_AFTER.has(wordAt(words, end - 1))) return unnamedLenders(view, end);
  const k = skipTimeAdverbial(words, end);
  return unnamedLenders(view, LENDERS_AFTER.has(wordAt(words, k)) ? k + 1 : k);
}
/** Whether the party at token `j` is joined by `and` to lenders no code names ("Brazil and its creditor banks"). */
function jointWithLenders(view: View, j: number): boolean {
  if (j < 0) return false;
  const after = nextAfterSlot(view, j);
  return wordAt(view.words, after) === 'and' && unnamedLenders(view, after + 1);
}
/** Prepositions the party of talks follows ("talks with", "talking to"). */
const LENDERS_AFTER: ReadonlySet<string> = new Set(['with', 'to']);

/**
 * A word act its speaker makes in the quote itself ("we will retaliate properly for this aggression," Mousavi told a news
 * conference): made when said, unlike an act the quote only tells of.
 */
function spokenInQuote(quote: Quote, actors: readonly Slot[], type: PloverType): boolean {
  return (SPOKEN_ACTS.has(type) || type === 'REQUEST') && quote.speaker !== null && actors.some((a) => a.entity.id === quote.speaker);
}

/**
 * "China, Kyrgyzstan and Uzbekistan launched construction of a railway ... in the Kyrgyz town of Jalal-Abad": a joint
 * act of several has no other party in a place of one of them
 */
function jointActAtHome(entry: TriggerEntry, actors: readonly Slot[], recipients: readonly Slot[]): boolean {
  return actors.length > 1 && (entry.type === 'COOPERATE' || entry.type === 'AGREE' || (entry.type === 'CONSULT' && entry.cameo !== '045' && entry.mode !== 'visit') || entry.cameo === '057')
    && recipients.length > 0 && recipients.every((r) => r.entity.country !== null && actors.some((a) => a.entity.country === r.entity.country) && (r.entity.type === 'location' || r.group));
}

/**
 * "an Israeli strike on its embassy compound in Damascus" (Iran's): what `its` owns is the subject's, not the place it stands in;
 * that subject as the recipient, or null
 */
function subjectOwnsObject(view: View, start: number, end: number, actors: readonly Slot[]): Slot[] | null {
  if ((wordAt(view.words, end) !== 'its' && wordAt(view.words, end) !== 'their') || view.slotAt[end]) return null;
  const owner = subjectBody(view, start);
  if (owner && !actors.some((a) => a.entity.id === owner.entity.id || (a.entity.country !== null && a.entity.country === owner.entity.country))) return [owner];
  return null;
}

/**
 * "police shot dead 20 people a day after demonstrators stormed parliament", "troops opened fire on crowds": force used
 * by a country's police or troops on its own people in a story of protest is violent repression (175), not war
 * ("fired water cannon to break up demonstrators protesting against the government": the crowd, not the government)
 */
function repressedCrowd(ctx: Context, actors: readonly Slot[], recipients: Slot[]): Slot[] {
  if (recipients.length === 1 && recipients[0].entity.sector === 'GOV' && actors.every((a) => a.entity.country === recipients[0].entity.country && (a.entity.sector === 'COP' || a.entity.sector === 'MIL'))) {
    const r = recipients[0];
    return [slotOf(groupEntity(ctx, r.entity.country!, '', { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end) }), r.start, r.end, undefined, true)];
  }
  return recipients;
}

/** "Russia favors joint training": an act of a kind that has an intent code, told after a verb of intent, expresses an intent (AGREE 031x). */
function expressesIntent(type: PloverType, before: string): boolean {
  return Boolean(INTENT_FROM_TYPE[type]) && INTENT_VERBS.test(before);
}

/** The code of an intent: by the context, or with none known by the act's kind (an intent to give aid is 033). */
function intentCameo(type: PloverType, context: string | null): string {
  const cameo = (context && INTENT_CAMEO[context]) ?? INTENT_FROM_TYPE[type]!;
  return type === 'AID' ? '033' : cameo;
}

/**
 * What a trigger that takes a held person ("captured", "detained") has for its object: a person ('person'), a place taken
 * whole, a seizure of territory ('place'), or else no event ('none').
 */
function heldObject(view: View, entry: TriggerEntry, recipients: readonly Slot[]): 'person' | 'place' | 'none' {
  const { tokens, words } = view;
  // ("troops captured him"; "captured 48 in fighting", "to capture Tripoli's air base" are none): a person of no country held by
  // a state is named by the state's code, so the person is read at the slot's place
  // (nor a head of government a pronoun was read as: "thanked Islamabad for helping to capture him")
  const held = recipients.map((r) => view.slotAt[tokens.findIndex((t) => t.start >= r.start)]?.entity);
  if (held.length === 0) return 'none';
  // ("the rebels said they had captured Goma": a place taken is a seizure of territory, 192)
  // (the place is the whole object: "to capture Brazil's wheat market" is none)
  const whole = recipients.every((r) => {
    const after = tokens.findIndex((t) => t.start >= r.end);
    return after < 0 || !/^\p{L}/u.test(tokens[after].text) || PREPOSITIONS.has(words[after]) || CLAUSE_STOPS.has(words[after]) || TIME_ADVERBS.has(words[after]);
  });
  if (entry.placeAct && whole && held.every((e) => e && (e.type === 'location' || e.type === 'country'))) return 'place';
  if (held.some((e) => e?.type !== 'person' || e.sector === 'GOV')) return 'none';
  return 'person';
}

/** The recipients of an act that names none, read from the sentence by the trigger's kind; those named kept as they are. */
function recipientsUnnamed(ctx: Context, view: View, entry: TriggerEntry, start: number, end: number, actors: readonly Slot[], recipients: Slot[]): Slot[] {
  // "pledged loans ... to help Ukraine rebuild": the one a pledge or aid is to help is its recipient
  if (recipients.length === 0 && (entry.type === 'AGREE' || entry.type === 'AID')) recipients = helped(view, end, actors);
  // "protests demanding the resignation of Prime Minister X", "as the government deployed police": a protest
  // with no target named is against its country's government when the sentence names it
  if (recipients.length === 0 && entry.type === 'PROTEST') recipients = ownGovernment(ctx, view, actors, start);
  // "Ruto withdrew the finance bill", "Hasina resigned": a concession to the actor's own public
  // ("since Russia's full-scale invasion in February 2022", Ukraine named beside it)
  // (with several others, the one the aid or plea of the sentence is for, read once the story is coded; none, no event)
  if (recipients.length === 0 && entry.againstOther) {
    const other = otherCountry(ctx, view, actors);
    if (other) recipients = [other];
  }
  // ("warned that it would respond with overwhelming force to any provocation by South Korea": the one whose act is answered)
  if (recipients.length === 0 && entry.type === 'THREATEN') {
    const { words, slotAt } = view;
    for (let k = end; k < words.length - 2 && k < end + 14; k++) {
      if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === '.' || wordAt(words, k) === ';') break;
      if (!ANSWERED_ACTS.has(wordAt(words, k)) || (wordAt(words, k + 1) !== 'by' && wordAt(words, k + 1) !== 'from')) continue;
      const party = slotAt[partyAt(view, k + 2)];
      if (party && (party.entity.actor || party.entity.country) && !actors.some((a) => a.entity.id === party.entity.id)) recipients = [party];
      break;
    }
  }
  // ("ordered 5,600 troops to the border in response to the arrival of a British warship", "would deploy militia members in
  // response to what he called threats from the United States"): a force readied faces the one whose act it answers
  if (recipients.length === 0 && entry.type === 'MOBILIZE' && actors.length > 0) {
    const answered = answeredParty(view, end, sideOf(actors[0].entity)) ?? forceShownAgainst(view, end, sideOf(actors[0].entity));
    // (the country whose ship or forces are told by a demonym: "a British warship" is Britain's act)
    if (answered) recipients = [answered.group && STATE_SECTORS.has(answered.entity.sector ?? '') ? countrySlot(ctx, answered) : answered];
  }
  // ("put troops along its border with Cambodia on heightened alert", "drills off Australia's east coast"): a force readied at a
  // border or a coast faces the country beyond it
  if (recipients.length === 0 && entry.type === 'MOBILIZE' && actors.length > 0) {
    const beyond = borderParty(view, start, end, sideOf(actors[0].entity));
    if (beyond) recipients = [beyond.group && beyond.entity.country ? countrySlot(ctx, beyond) : beyond];
  }
  // ("Reagan vetoed an 88 billion dlr highway bill", "said he would veto any tax increase"): a bill or a tax a government vetoes with
  // no one named is one its own legislature passed
  if (recipients.length === 0 && entry.cameo === VETO_CAMEO && actors.length > 0 && actors[0].entity.sector === 'GOV' && actors[0].entity.country) {
    const bill = legislationAfter(view, end);
    if (bill >= 0) recipients = [groupSlot(ctx, actors[0].entity.country, 'LEG', view.tokens[bill].start, view.tokens[bill].end)];
  }
  // ("arrived here today", "who is visiting here": a visit to "here" is to the dateline's country)
  if (recipients.length === 0 && entry.mode === 'visit' && entry.type === 'CONSULT' && (wordAt(view.words, end - 1) === 'here' || wordAt(view.words, end) === 'here')) {
    recipients = visitDestination(ctx, view, start, actors);
  }
  // ("Colombia backed down in a dispute over deportation flights from the United States": to the other side the sentence names)
  if (recipients.length === 0 && entry.id === 'concede.back-down' && actors.length > 0) {
    const other = otherCountry(ctx, view, actors);
    if (other) recipients = [other];
  }
  // ("bowing to weeks of street protests", "would not bow to 'the street'": giving in to protest is to the country's own people)
  // (not a company's own plan dropped, "Vulcan Corp said it was dropping the proposal": a firm answers to no public by it)
  if (recipients.length === 0 && (entry.ownPublic || (entry.domestic && entry.type === 'CONCEDE' && actors[0].entity.sector !== 'BUS' && (!entry.recipient?.length || (entry.id === 'concede.yield' && yieldsToStreet(view, end)))))) {
    const own = countryEntity(ctx, actors[0].entity.country) ?? (actors[0].entity.country ? groupEntity(ctx, actors[0].entity.country, '', { ...trigger0(ctx, view, start, end) }) : null);
    if (own && own.id !== actors[0].entity.id) recipients = [slotOf(own, 0, 0)];
  }
  return recipients;
}

/** The index of a word of legislation ("bill", "law", "tax") in the object after a veto ending at `end`, before the clause ends; -1 for none. */
function legislationAfter(view: View, end: number): number {
  for (let k = end; k < view.words.length && k < end + 8; k++) {
    const w = wordAt(view.words, k);
    if (w === '.' || w === ';' || w === ',' || BOUNDARY.has(w) || view.slotAt[k]) return -1;
    if (LEGISLATION_WORDS.has(w)) return k;
  }
  return -1;
}
const LEGISLATION_WORDS: ReadonlySet<string> = new Set(['bill', 'bills', 'legislation', 'law', 'laws', 'measure', 'budget', 'amendment', 'tax', 'taxes']);

/** Whether the first auxiliary of the clause from `from` tells a fact ("was", "is", "will", "can"), not what is asked ("must", "should"). */
function assertedAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 10; k++) {
    const w = wordAt(words, k);
    if (w === '.' || w === ';') return false;
    // (a bare "be" is the subjunctive: "insisting that the quotas be abandoned")
    if (ASKING_MODALS.has(w) || w === 'be') return false;
    if (MODAL_VERBS.has(w) || BE_FORMS.has(w) || w === 'cannot') return true;
  }
  return false;
}
const ASKING_MODALS: ReadonlySet<string> = new Set(['must', 'should', 'shall']);

/** Whether the words after a verb of giving in name street protest before the clause ends ("bowed to weeks of violent street protests"). */
function yieldsToStreet(view: View, end: number): boolean {
  for (let k = end; k < view.words.length && k < end + 8; k++) {
    const w = wordAt(view.words, k);
    if (w === '.' || w === ';' || w === ',' || BOUNDARY.has(w) || view.slotAt[k]) return false;
    if (PROTEST_NOUNS.has(w)) return true;
  }
  return false;
}
const PROTEST_NOUNS: ReadonlySet<string> = new Set(['protests', 'protest', 'demonstrations', 'street', 'unrest', 'strikes', 'riots', 'rallies']);

/** The party of another side than `own` a force is readied against ("sent a battle group into the Gulf in a show of force against Iran"). */
function forceShownAgainst(view: View, end: number, own: string | null): Slot | null {
  const { words, slotAt } = view;
  for (let k = end; k < words.length - 4 && k < end + 14; k++) {
    const w = wordAt(words, k);
    if (w === '.' || w === ';' || BOUNDARY.has(w)) return null;
    if (w !== 'show' || wordAt(words, k + 1) !== 'of' || wordAt(words, k + 2) !== 'force' || wordAt(words, k + 3) !== 'against') continue;
    const party = slotAt[partyAt(view, k + 4)];
    return party && (party.entity.actor || party.entity.country) && sideOf(party.entity) !== own ? party : null;
  }
  return null;
}

/** The first party of another side than `own` named after "in response to" (or reply, retaliation) later in the sentence. */
function answeredParty(view: View, end: number, own: string | null): Slot | null {
  const { words, slotAt } = view;
  for (let k = end; k < words.length - 2 && k < end + 20; k++) {
    const w = wordAt(words, k);
    if (w === '.' || w === ';') return null;
    if (w !== 'in' || !ANSWER_NOUNS.has(wordAt(words, k + 1)) || (wordAt(words, k + 2) !== 'to' && wordAt(words, k + 2) !== 'for')) continue;
    for (let j = k + 3; j < words.length && j < k + 16; j++) {
      const x = wordAt(words, j);
      if (x === '.' || x === ';' || BOUNDARY.has(x)) return null;
      const slot = slotAt[j];
      if (slot && (slot.entity.country || slot.entity.actor) && sideOf(slot.entity) !== own) return slot;
    }
    return null;
  }
  return null;
}

/** Words of a state's edge a force is readied at. */
const EDGE_WORDS: ReadonlySet<string> = new Set(['border', 'borders', 'boundary', 'frontier', 'coast', 'coastline', 'shores']);

/**
 * The country of another side than `own` whose border or coast the clause of a trigger between `start` and `end` places a force
 * at: "along its border with X", "near X's border", "off the coast of X", "off X's east coast". Null when none is named.
 */
function borderParty(view: View, start: number, end: number, own: string | null): Slot | null {
  const { words, slotAt } = view;
  let from = start;
  while (from > 0 && start - from < 10 && !BOUNDARY.has(wordAt(words, from - 1)) && wordAt(words, from - 1) !== ';' && wordAt(words, from - 1) !== '.') from--;
  const party = (j: number): Slot | null => {
    const slot = slotAt[j];
    return slot && slot.entity.country && (slot.entity.type === 'country' || slot.group) && sideOf(slot.entity) !== own ? slot : null;
  };
  for (let k = from; k < words.length && k < end + 14; k++) {
    const w = wordAt(words, k);
    if (k >= end && (BOUNDARY.has(w) || w === '.' || w === ';' || CLAUSE_STOPS.has(w))) return null;
    if (!EDGE_WORDS.has(w)) continue;
    // "border with Cambodia", "the coast of Libya"
    if (wordAt(words, k + 1) === 'with' || (wordAt(words, k + 1) === 'of' && w !== 'border' && w !== 'borders')) {
      const found = party(k + 2) ?? (wordAt(words, k + 2) === 'the' ? party(k + 3) : null);
      if (found) return found;
    }
    // "Ukraine's border", "off Australia's east coast"
    // (past up to two words of description: "off Vietnam's central coast", "Ukraine's long eastern border")
    let b = k - 1;
    while (b > 0 && k - b <= 2 && !slotAt[b] && /^[a-z][a-z-]+$/.test(view.tokens[b].text) && !PREPOSITIONS.has(wordAt(words, b))) b--;
    if (b > 0 && POSSESSIVE_MARKS.has(wordAt(words, b))) { const found = party(b - 1); if (found) return found; }
  }
  return null;
}

/**
 * The head word of the subject of the verb at `start`: the last word before the verb, or before the first word that opens a
 * post-modifier ("a shipment of tents", "food sent by", "convoy carrying"), back to the clause's start; its index, -1 when none.
 */
function subjectHead(view: View, start: number): number {
  const { words } = view;
  let from = start;
  while (from > 0 && start - from < 12 && !BOUNDARY.has(wordAt(words, from - 1)) && wordAt(words, from - 1) !== ',' && wordAt(words, from - 1) !== '.' && wordAt(words, from - 1) !== ';') from--;
  let head = start - 1;
  while (head > from && (PERFECT_AUXILIARIES.has(wordAt(words, head)) || wordAt(words, head).endsWith('ly'))) head--;
  for (let k = from + 1; k < head; k++) {
    const w = wordAt(words, k);
    if (w === 'of' || w === 'sent' || w === 'carrying' || w === 'from' || w === 'with' || w === 'bound' || w === 'loaded' || w === 'that' || w === 'which' || w === 'who') { head = k - 1; break; }
  }
  return head >= from ? head : -1;
}

/**
 * The subject right before the form of "be" at `start` is a plural common noun that names no party ("few dealers are ready",
 * "consuming countries were willing"); a pronoun, a modal or a name before it stands for a party or says nothing of one.
 */
function unnamedSubject(view: View, start: number): boolean {
  if (!BE_FORMS.has(wordAt(view.words, start)) || view.slotAt[start - 1]) return false;
  return /^\p{Ll}{2,}[^s]s$/u.test(view.tokens[start - 1]?.text ?? '');
}

/** Hostile acts a threat answers, named before their doer ("any provocation by South Korea", "an attack from Iran"). */
const ANSWERED_ACTS: ReadonlySet<string> = new Set(['provocation', 'provocations', 'attack', 'attacks', 'aggression', 'incursion', 'incursions', 'violation', 'violations', 'intervention']);

/**
 * The person of `country` a visit's purpose names right after it ("for talks with X"), as a slot, else its government when the
 * purpose names officials of no other country ("for meetings with high-level officials"), else null.
 */
function hostNamed(ctx: Context, view: View, end: number, country: string): Slot | null {
  const { words, slotAt, tokens } = view;
  for (let k = end; k < words.length && k < end + 10; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';') return null;
    // (only talks told as the visit's purpose: "to meet X", "and hold talks with X" are acts of their own, and the visit stays the country's)
    if (w === 'with' && (wordAt(words, k - 1) === 'talks' || wordAt(words, k - 1) === 'meeting' || wordAt(words, k - 1) === 'meetings') && (wordAt(words, k - 2) === 'for' || wordAt(words, k - 3) === 'for')) {
      for (let j = k + 1; j < words.length && j <= k + 6; j++) {
        const slot = slotAt[j];
        // (a host named by the state of the time: "travels to Moscow ... for talks with Soviet leader Mikhail Gorbachev")
        if (slot && slot.entity.type === 'person' && slot.entity.country && sameStateOfSomeTime(slot.entity.country, country) && slot.entity.actor) return slot;
        // ("will visit Tokyo next week for meetings with high-level officials", "for talks with Japanese officials": the host's own;
        // not past a party of its own, "for talks with European Community officials", "with the IMF and G-7 ministers")
        const hosts = (e: Entity) => e.sector === 'GOV' && e.country !== null && sameStateOfSomeTime(e.country, country);
        if (HOST_OFFICIALS.has(wordAt(words, j)) && (!slot || hosts(slot.entity)) && !slotAt.slice(k + 1, j).some((o) => o && !hosts(o.entity))) {
          return slot ?? groupSlot(ctx, country, 'GOV', tokens[j].start, tokens[j].end);
        }
        if (wordAt(words, j) === ',' || BOUNDARY.has(wordAt(words, j))) return null;
      }
      return null;
    }
  }
  return null;
}

/** Officials a visitor's talks are with, of the host when no other country is named ("meetings with high-level officials"). */
const HOST_OFFICIALS: ReadonlySet<string> = new Set(['officials', 'leaders', 'ministers', 'government', 'authorities', 'leadership']);

/** Words of street protest: a story with one is a story of protest. */
const PROTEST_WORDS = /\b(?:protest(?:s|ers?|ing)?|demonstrat(?:ors?|ions?|ing)|crowds?|rall(?:y|ies)|marche[sd]|marching|rioters?|riots?|strikers|unrest)\b/i;

/** A country's police or troops acting on its own people (or its opposition) in a unit that tells of protest. */
function repression(ctx: Context, unit: Unit, actors: readonly Slot[], recipients: readonly Slot[]): boolean {
  if (actors.length === 0 || recipients.length === 0) return false;
  const country = actors[0].entity.country;
  if (!country || !actors.every((a) => (a.entity.sector === 'COP' || a.entity.sector === 'MIL') && a.entity.country === country)) return false;
  if (!recipients.every((r) => r.entity.country === country && (r.entity.sector === null || r.entity.sector === '' || r.entity.sector === 'OPP'))) return false;
  return PROTEST_WORDS.test(ctx.text.slice(unit.start, unit.end));
}

/**
 * The words `[from, to)` joined by spaces, with a `may` after a word of time read as the month
 * ("last May"). Joined by hand: the array `map` made here changed its kind with finish's tier
 * (see mapSlots), and `join` deoptimised finish on it.
 */
function withMonthMay(words: readonly string[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (i > from) out += ' ';
    out += w === 'may' && MONTH_MAY_BEFORE.has(wordAt(words, i - 1)) ? 'may-month' : w;
  }
  return out;
}

/**
 * Armed men named by the place they are in, right before it: "militants in northern Syria", "insurgents of the Sahel", or past a
 * part of it named first ("Islamic State fighters in the Golis Mountains of Somalia's Puntland region").
 */
const ARMED_OF_PLACE = /\b(?:militants?|rebels?|insurgents?|guerrillas?|fighters|jihadists|separatists|militias?|kidnappers|captors|hostage-takers|gunmen)\s+(?:in|of)\s+(?:the\s+)?(?:(?:[\w'-]+\s+){1,3}(?:mountains|hills|regions?|provinces?|districts?|areas?|forests?|valleys?|desert)\s+of\s+(?:the\s+)?)?(?:(?:north|south|east|west)(?:ern)?|central|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)?\s*$/i;

/** Parts of a country an armed group holds, named right before it: "in Houthi-controlled areas of", "Hamas-run parts of". */
const HELD_BY = /\b(\p{Lu}[\p{L}-]*?)-(?:controlled|held|run)\s+(?:areas?|territory|territories|parts|regions?|zones?|districts?|cities|towns)\s+(?:of|in)\s+(?:the\s+)?$/u;

/** Acts a vote accomplishes: recognition, sanctions, rejection, condemnation, concessions, bans ("The Senate voted to condemn"). */
const VOTED_ACTS: ReadonlySet<PloverType> = new Set(['SUPPORT', 'SANCTION', 'REJECT', 'ACCUSE', 'CONCEDE', 'COERCE']);

/**
 * The places named with `in` in the purpose told after `from` ("to help modernise the machine tool industry in Shanghai", "for
 * agricultural projects in Bangladesh and Nepal"), of other countries than the actors'; none past the clause.
 */
function purposePlace(ctx: Context, view: View, from: number, actors: readonly Slot[], entry: TriggerEntry): Slot[] {
  const { words } = view;
  let purpose = false;
  for (let k = from; k < words.length - 1 && k < from + 16; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || CLAUSE_STOPS.has(w) || w === '.' || (w === ',' && (RELATIVE_PRONOUNS.has(wordAt(words, k + 1)) || wordAt(words, k + 1) === 'and' || SPEECH_VERBS.has(wordAt(words, k + 2))))) return [];
    if (w === 'for' || (w === 'to' && !view.slotAt[k + 1] && !PREPOSITIONS.has(wordAt(words, k + 1)))) purpose = true;
    if (!purpose || w !== 'in') continue;
    const placed = findRecipients(ctx, view, ['in'], k, actors, entry).filter((r) => r.entity.country && !actors.some((a) => a.entity.country === r.entity.country));
    if (placed.length > 0) return placed;
  }
  return [];
}

/** Verbs of a purpose forces are sent for, with the party they face as object ("to repel", "to neutralise"). */
const FACING_VERBS: ReadonlySet<string> = new Set(['neutralise', 'neutralize', 'repel', 'repulse', 'counter', 'fight', 'confront', 'deter', 'crush',
  'combat', 'quell', 'hunt', 'pursue', 'contain', 'disperse', 'rout', 'expel', 'drive', 'push', 'attack', 'stop', 'halt', 'block']);

/** The party named as the object of a purpose infinitive in the clause after `from` ("to repel the Ukrainian incursion"), or none. */
function facedParty(ctx: Context, view: View, from: number, actors: readonly Slot[], entry: TriggerEntry): Slot[] {
  const { words } = view;
  for (let k = from; k < words.length - 2 && k < from + 14; k++) {
    const w = wordAt(words, k);
    // (past an aside: "moved reserves, including airborne units, to the Kursk region to repel")
    if (BOUNDARY.has(w) || CLAUSE_STOPS.has(w) || (w === ',' && (RELATIVE_PRONOUNS.has(wordAt(words, k + 1)) || wordAt(words, k + 1) === 'and' || SPEECH_VERBS.has(wordAt(words, k + 2))))) return [];
    if (w !== 'to') continue;
    // (a verb in scare quotes: 'to "neutralise" some 20 criminal gangs')
    let v = k + 1;
    if (QUOTE_MARKS.has(wordAt(words, v)) || wordAt(words, v) === "'") v++;
    if (!FACING_VERBS.has(wordAt(words, v))) continue;
    if (QUOTE_MARKS.has(wordAt(words, v + 1)) || wordAt(words, v + 1) === "'") v++;
    k = v - 1;
    const found = findRecipients(ctx, view, ['obj'], k + 2, actors, entry).filter((r) => r.entity.country !== actors[0].entity.country || r.entity.sector !== actors[0].entity.sector);
    if (found.length > 0) return found;
    // ("to neutralise 22 criminal gangs": armed men no country is named for are of the country that sends forces at them)
    const country = actors[0].entity.country;
    for (let j = k + 2; j < words.length && j < k + 7 && country; j++) {
      const sector = BARE_FORCES.get(wordAt(words, j));
      if (sector === 'REB') return [groupSlot(ctx, country, sector, view.tokens[j].start, view.tokens[j].end)];
      if (PREPOSITIONS.has(wordAt(words, j)) || wordAt(words, j) === ',') break;
    }
    return [];
  }
  return [];
}

/** Attacks by force of arms (not occupation or killing, which need a named party): 190 and 193-195. */
const STRIKING_CAMEOS = new Set(['190', '193', '194', '195']);

/** Things and people an armed attack is made on; an attack on them needs no named country. */
const PHYSICAL_TARGETS = new Set(['ships', 'ship', 'tanker', 'tankers', 'vessel', 'vessels', 'boats', 'boat', 'convoy', 'convoys', 'shipping', 'positions',
  'bases', 'base', 'villages', 'village', 'town', 'towns', 'checkpoint', 'checkpoints', 'posts', 'outposts', 'airfield', 'airport', 'refinery',
  'pipeline', 'platform', 'platforms', 'rig', 'rigs', 'soldiers', 'troops', 'civilians', 'homes', 'hospital', 'hospitals', 'camp', 'camps', 'patrol', 'barracks',
  'post', 'outpost', 'station', 'stations', 'prison', 'prisons', 'garrison', 'airbase', 'compound', 'city', 'cities', 'district', 'districts', 'neighbourhoods',
  'neighborhoods', 'vehicles', 'trucks', 'buses', 'mosque', 'mosques', 'church', 'churches', 'school', 'schools', 'embassy', 'consulate', 'terminal', 'bridge',
  'facilities', 'stronghold', 'strongholds', 'hideout', 'hideouts', 'island', 'islands', 'plant', 'depot', 'depots', 'warship', 'warships',
  'destroyer', 'frigate', 'truck', 'train', 'hotel', 'hotels', 'supertanker', 'supertankers']);

/** Whether the object after `end` (past a few determiners, numbers and modifiers) is a physical target. */
function physicalTarget(words: readonly string[], end: number, targets: ReadonlySet<string> = PHYSICAL_TARGETS): boolean {
  for (let k = end; k < words.length && k < end + 5; k++) {
    const w = wordAt(words, k);
    // ("attacked the embassy's statement": a target's possession is no target)
    if (targets.has(w)) return !POSSESSIVE_MARKS.has(wordAt(words, k + 1));
    if (w === ',' || BOUNDARY.has(w) || (PREPOSITIONS.has(w) && w !== 'of')) return false;
  }
  return false;
}

/**
 * Whether the subject of a passive at `start`, before its form of "be", is a physical target ("The village was shelled by", "A
 * Greek-owned tanker was attacked by"), or the noun a reduced passive hangs on ("Two supertankers attacked in the Gulf by").
 */
function physicalSubject(words: readonly string[], start: number, targets: ReadonlySet<string> = PHYSICAL_TARGETS): boolean {
  if (!beBefore(words, start)) return targets.has(wordAt(words, start - 1)) && agentAfterPlace(words, start + 1);
  let k = start - 1;
  while (k > 0 && !BE_FORMS.has(wordAt(words, k))) k--;
  // (past the perfect: "the town has been shelled")
  for (k--; k > 0 && PERFECT_AUXILIARIES.has(wordAt(words, k)); k--);
  for (let j = k; j >= 0 && j >= k - 4; j--) {
    const w = wordAt(words, j);
    if (targets.has(w)) return !POSSESSIVE_MARKS.has(wordAt(words, j + 1));
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}

/** Heads of territory a force takes ("the village of Ocheretyne", "large parts of North Kivu", "the islands"). */
const TERRITORY_HEADS: ReadonlySet<string> = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'region', 'regions', 'province', 'provinces',
  'district', 'districts', 'territory', 'territories', 'island', 'islands', 'parts', 'areas', 'swathes', 'capital', 'port', 'airport', 'enclave', 'plant',
  'base', 'bases', 'stronghold', 'strongholds']);

/**
 * Whether the trigger at [start, end) names territory taken: in its own words (a passive pattern opens with its subject, "village
 * was stormed"), right after it, or as the subject of its passive.
 */
function territoryTold(words: readonly string[], start: number, end: number): boolean {
  return physicalTarget(words, start, TERRITORY_HEADS) || physicalTarget(words, end, TERRITORY_HEADS) || physicalSubject(words, start, TERRITORY_HEADS);
}

/** The one country of actors that are all armed groups ("M23 rebels"), else null. */
function rebelsHome(actors: readonly Slot[]): string | null {
  const home = actors[0]?.entity.country ?? null;
  return home && actors.every((a) => a.entity.sector === 'REB' && a.entity.country === home) ? home : null;
}

/** Whether all the actors are armed forces or armed groups, whose taking of a place is a seizure of territory whoever owns it. */
export function armedActors(actors: readonly Slot[]): boolean {
  return actors.length > 0 && actors.every((a) => a.entity.sector === 'MIL' || a.entity.sector === 'REB');
}

/** Posts and units of a country's forces that an object names with no owner ("an army patrol", "a border post", "government garrisons"). */
const ARMED_POSTS: ReadonlySet<string> = new Set(['patrol', 'patrols', 'post', 'posts', 'outpost', 'outposts', 'garrison', 'garrisons', 'barracks', 'convoy', 'convoys']);
/** Words an armed post's object may hold before its head ("an army patrol", "two remote border posts"). */
const POST_MODIFIERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'army', 'military', 'border', 'government', 'remote', 'frontier', 'isolated']);

/** The token of an armed post heading the object after `end` ("ambushed an army patrol"), or -1 (a named owner or a police post is no such post). */
function armedPostAfter(view: View, end: number, attacker: Slot): number {
  const { words, slotAt } = view;
  for (let k = end; k < words.length && k < end + 5; k++) {
    const w = wordAt(words, k);
    // (a word the tagger took for a name of no country, or coref for the attacker itself, is still a word: "an army patrol")
    if (slotAt[k]?.entity.country && slotAt[k]!.entity.id !== attacker.entity.id) return -1;
    if (ARMED_POSTS.has(w)) return k;
    if (!POST_MODIFIERS.has(w)) return -1;
  }
  return -1;
}

/**
 * "The U.S. delegation was led by Jen Daskal, ..., who met": a person with no sector of their own
 * who leads a group coded by country acts for that group's country and sector (coref may have
 * given the person the dateline's country).
 */
function leaderOfGroup(view: View, slot: Slot): Slot {
  if (slot.entity.type !== 'person' || slot.entity.sector) return slot;
  const { words, slotAt, slotStart } = view;
  const at = view.tokens.findIndex((t) => t.start >= slot.start);
  if (at < 3 || wordAt(words, at - 1) !== 'by' || (wordAt(words, at - 2) !== 'led' && wordAt(words, at - 2) !== 'headed')) return slot;
  const group = slotAt[at - 4] ?? slotAt[at - 3];
  if (!group || !group.group || !group.entity.country || !(BE_FORMS.has(wordAt(words, at - 3)) || (slotStart[at - 3] >= 0 && slotAt[at - 3] === group))) return slot;
  const { country, sector, actor } = group.entity;
  if (country === slot.entity.country && sector === slot.entity.sector) return slot;
  return slotOf({ ...slot.entity, country, sector, actor }, slot.start, slot.end, slot.pending, slot.group);
}

/**
 * "U.S. Treasury Secretary Janet Yellen": a person coref could not code takes the code of the
 * coded name in the title right before it (capitalised words, no punctuation between).
 */
function titledActor(view: View, slot: Slot): Slot {
  if (slot.entity.type !== 'person' || slot.entity.actor || slot.entity.country) return slot;
  let j = view.tokens.findIndex((t) => t.start >= slot.start) - 1;
  for (let hops = 0; j >= 0 && hops < 4; hops++, j--) {
    const other = view.slotAt[j];
    if (other) return other !== slot && (other.entity.actor || other.entity.country) && other.entity.type !== 'location' ? other : slot;
    if (!startsUpper(view.tokens[j].text)) return slot;
  }
  return slot;
}

/** "Beijing said it was suspending ...": a capital acting is its government. */
function capitalAsGovernment(ctx: Context, slot: Slot): Slot {
  if (slot.entity.type !== 'location' || slot.pending) return slot;
  const country = CAPITALS.get(slot.entity.name);
  if (!country) return slot;
  return slotOf(groupEntity(ctx, country, 'GOV', { start: slot.start, end: slot.end, text: ctx.text.slice(slot.start, slot.end) }), slot.start, slot.end, slot.pending, true);
}

function trigger0(ctx: Context, view: View, start: number, end: number): TextSpan {
  return { start: view.tokens[start].start, end: view.tokens[end - 1].end, text: ctx.text.slice(view.tokens[start].start, view.tokens[end - 1].end) };
}

/**
 * "bombed the northern town of Arada" in a story from N'Djamena, "an army base in Borno state" from Maiduguri: a town the
 * gazetteer knows in the dispatch's country as well as elsewhere is the dispatch country's (the gazetteer alone takes the
 * most populous of the name, Arada in Honduras). Null when the place is a capital or not known there.
 */
function homeTown(ctx: Context, place: Entity): string | null {
  const home = ctx.home;
  if (!home || place.country === home || CAPITALS.has(place.name)) return null;
  // (only for a village abroad: "Venice" from Washington is Italy's, "Bogota" Colombia's)
  const known = lookupPlace(place.name);
  if (!known || known.population >= SMALL_TOWN || !place.country) return null;
  const name = countryName(home);
  if (name && lookupPlace(place.name, name)?.country === home) return home;
  // (a village abroad the gazetteer holds for a town it lacks at home: "Arada", "Borno", when the story names nothing else of that country)
  for (const e of ctx.entities.values()) if (e.id !== place.id && e.country === place.country) return null;
  return home;
}

/** Below this population a place abroad that a story names nothing else of is rather a town of the story's own country. */
const SMALL_TOWN = 15_000;

/** A speech verb just before `at` ("said they would", "announced it would"): reported intent, not a condition. */
function reportedSpeech(words: readonly string[], at: number): boolean {
  for (let j = at; j >= 0 && j >= at - 4; j--) if (SPEECH_VERBS.has(wordAt(words, j))) return true;
  // ("said on Monday that Iran and Iraq would hold talks": further back over a day and `that`, in the same clause)
  for (let j = at - 5; j >= 0 && j >= at - 9; j--) {
    const w = wordAt(words, j);
    if (w === ',' || w === '.' || BOUNDARY.has(w)) return false;
    if (SPEECH_VERBS.has(w)) return wordAt(words, j + 1) === 'that' || skipTimeAdverbial(words, j + 1) > j + 1;
  }
  // ("said Iran and Iraq had agreed to a ceasefire and that their foreign ministers would hold talks": a second clause of the
  // same saying, joined by `and that`)
  for (let j = at - 1; j >= 1 && j >= at - 6; j--) {
    if (wordAt(words, j) !== 'that' || wordAt(words, j - 1) !== 'and') continue;
    for (let k = j - 2; k >= 0 && k >= j - 40; k--) {
      const w = wordAt(words, k);
      if (w === '.' || BOUNDARY.has(w)) return false;
      if (SPEECH_VERBS.has(w)) return true;
    }
    return false;
  }
  return false;
}

function clauseStart(words: readonly string[], at: number): number {
  let j = at - 1;
  while (j >= 0 && !BOUNDARY.has(wordAt(words, j)) && wordAt(words, j) !== ';') j--;
  return j + 1;
}

/** Nouns of the progress talks make, which head a subject in the talks' stead ("slow progress in talks between"). */
const PROGRESS_NOUNS: ReadonlySet<string> = new Set(['progress', 'headway', 'breakthrough', 'deadlock', 'impasse', 'stalemate']);

/** Words after a form of "be" that tell an act to come ("are due to resume", "were expected to open", "is set for"). */
const TO_COME_AFTER_BE = new Set(['due', 'expected', 'scheduled', 'set', 'likely', 'going', 'to', 'planned', 'unlikely']);

/**
 * Whether the act's noun at `start` heads its sentence's subject, or that of a clause a verb of saying opens ("Talks between France
 * and Iran ... have made progress", "The latest round of talks between ... are still proceeding", "Vorontsov said Soviet-American
 * talks ... had made a breakthrough"), with its verb told as done or under way: no verb before it, a few modifiers at most, and no
 * modal or act to come ("are due to resume") as the first auxiliary after it.
 */
function talksHeadSubject(view: View, start: number, end: number): boolean {
  const { words } = view;
  if (!headsSubject(view, start)) return false;
  for (let k = end; k < words.length; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === ',' || w === '.') return true;
    if (!MODAL_VERBS.has(w)) continue;
    return BE_FORMS.has(w) || PERFECT_AUXILIARIES.has(w) ? !TO_COME_AFTER_BE.has(wordAt(words, k + 1)) : false;
  }
  return true;
}

/** Verbs of opening in the present, which tell talks they follow as set for a time to come ("talks reopen on Tuesday", "the meeting opens tomorrow"). */
const OPENING_IN_PRESENT: ReadonlySet<string> = new Set(['reopen', 'reopens', 'resume', 'resumes', 'begin', 'begins', 'open', 'opens', 'start', 'starts', 'reconvene', 'reconvenes', 'convene', 'convenes', 'commence', 'commences']);
/**
 * Whether a verb of opening in the present follows the talks trigger ending at `end`, past the parties it names ("talks between Japan
 * and the United States begin on Tuesday"). A headline tells the day's news in the present ("NEGOTIATIONS RESUME IN CANADIAN POSTAL
 * STRIKE"): there only with a day to come after the verb ("WAGE TALKS BEGIN WEDNESDAY").
 */
function opensInPresent(view: View, end: number, headline: boolean): boolean {
  const { words } = view;
  let k = end;
  while (k < words.length && k < end + 12 && (view.slotAt[k] || wordAt(words, k) === 'and' || wordAt(words, k) === 'the')) k++;
  if (!OPENING_IN_PRESENT.has(wordAt(words, k))) return false;
  const day = wordAt(words, k + 1) === 'on' ? k + 2 : k + 1;
  return !headline || WEEKDAYS.has(wordAt(words, day)) || wordAt(words, day) === 'tomorrow' || wordAt(words, day) === 'next';
}
/** Verbs of talks that open or take place ("will resume", "are due to begin", "will be held", "is to take place"). */
const TALKS_OPEN = new Set(['resume', 'begin', 'start', 'open', 'reopen', 'reconvene', 'convene', 'continue', 'commence', 'held', 'place']);
/** Words after `scheduled`, `set` or `due` that give the time of talks to come ("are scheduled for Thursday", "is set for tomorrow"). */
const TIME_AHEAD_OPENERS = new Set(['for', 'on', 'next', 'tomorrow', 'later', 'early', 'this', 'in']);

/**
 * Whether the act's noun at `start` heads its sentence's subject (as talksHeadSubject reads it) and its verb, the first
 * auxiliary after it, tells the talks as opening or taking place to come ("Talks between Iran and the Soviet Union will resume
 * next week", "The talks between Reagan and Nakasone are scheduled for Thursday", "Fresh talks are expected to be held early next
 * week"); not talks whose verb tells what they will do ("the talks would do little to avert the duties").
 */
function talksHeadSubjectToCome(view: View, start: number, end: number): boolean {
  const { words } = view;
  if (!headsSubject(view, start)) return false;
  const opensWithin = (from: number) => words.slice(from, from + 4).some((x) => TALKS_OPEN.has(x));
  const timedAt = (k: number) => SCHEDULING.has(wordAt(words, k)) && (TIME_AHEAD_OPENERS.has(wordAt(words, k + 1)) || (wordAt(words, k + 1) === 'to' && opensWithin(k + 2)));
  for (let k = end; k < words.length; k++) {
    const w = wordAt(words, k);
    // ("The talks between Reagan and Nakasone, scheduled for Thursday and Friday, come on the heels of": set in an apposition)
    if (w === ',') return timedAt(k + 1);
    if (BOUNDARY.has(w) || w === '.') return false;
    if (!MODAL_VERBS.has(w)) continue;
    const next = wordAt(words, k + 1);
    if (w === 'will' || w === 'shall' || w === 'would') return opensWithin(k + 1);
    if (!BE_FORMS.has(w) || !TO_COME_AFTER_BE.has(next) || next === 'likely' || next === 'unlikely') return false;
    return opensWithin(k + 2) || timedAt(k + 1);
  }
  return false;
}
/**
 * Whether the visit noun at `start` heads its sentence's subject and the first auxiliary after it is `will` or `shall`, whatever verb
 * follows ("A visit to Tokyo by Baker will likely do nothing to ease the dispute", "Shultz's trip to Moscow will focus on arms"): a
 * visit said to do something to come is itself to come; not `would` ("the visit would do little"), which is only supposed.
 */
function visitHeadsSubjectToCome(view: View, start: number, end: number): boolean {
  const { words } = view;
  if (!headsSubject(view, start)) return false;
  for (let k = end; k < words.length; k++) {
    const w = wordAt(words, k);
    if (w === ',' || BOUNDARY.has(w) || w === '.') return false;
    if (!MODAL_VERBS.has(w)) continue;
    return w === 'will' || w === 'shall';
  }
  return false;
}
/** Words after talks that set them for a time ahead ("scheduled for Thursday", "due to resume"). */
const SCHEDULING: ReadonlySet<string> = new Set(['scheduled', 'set', 'due', 'planned', 'expected']);

/** Whether the noun at `start` heads its sentence's subject, or that of a clause a verb of saying opens: a few modifiers at most before it and no verb. */
function headsSubject(view: View, start: number): boolean {
  const { words } = view;
  // ("Slow progress in talks between Brazil and its creditors has increased", "rapid progress was being made in talks with"): the
  // progress made in the talks heads the subject in their stead
  let head = start;
  if (wordAt(words, start - 1) === 'in') for (let k = start - 2; k >= Math.max(0, start - 5); k--) if (PROGRESS_NOUNS.has(wordAt(words, k))) { head = k; break; }
  let from = 0;
  for (let k = head - 1; k >= 0; k--) if (SPEECH_VERBS.has(wordAt(words, k))) { from = wordAt(words, k + 1) === 'that' ? k + 2 : k + 1; break; }
  if (head - from > 5) return false;
  for (let k = from; k < head; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === ',' || MODAL_VERBS.has(w) || (PREPOSITIONS.has(w) && w !== 'of') || (k > from && /\p{Ll}(?:ed|ing)$/u.test(view.tokens[k].text))) return false;
  }
  return true;
}

/** The clause around the trigger: up to `;`, `:`, quote marks or brackets on either side. */
function clauseSpan(view: View, start: number, end: number): Span {
  const { tokens, words } = view;
  let a = start;
  while (a > 0 && !BOUNDARY.has(wordAt(words, a - 1))) a--;
  let b = end;
  while (b < tokens.length && !BOUNDARY.has(wordAt(words, b))) b++;
  return { start: tokens[a].start, end: tokens[Math.max(b - 1, end - 1)].end };
}

/** `to Moscow`, `in Beijing`, `at the Kremlin`: a gazetteer place after the trigger. */
function findPlace(ctx: Context, view: View, from: number): string | null {
  const { words, tokens, slotAt } = view;
  for (let j = from; j < words.length - 1 && j < from + 12; j++) {
    if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === '.') break;
    if (wordAt(words, j) !== 'in' && wordAt(words, j) !== 'to' && wordAt(words, j) !== 'at') continue;
    let k = j + 1;
    if (wordAt(words, k) === 'the') k++;
    const slot = slotAt[k];
    if (slot && slot.entity.type === 'location') return slot.entity.name;
    const written = tokens[k]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}+/u.test(written) || slot) continue;
    if (COUNTRY_NAMES.has(written)) continue;
    const place = lookupPlace(written);
    if (place && place.population >= 50_000 && !MONTH_OR_DAY.test(written)) return place.name;
  }
  return null;
}

/** Modals that tell an act as possible, not planned ("could file a complaint", "may take them to court"). */
const POSSIBLE = /(?:^|\s)(?:could|may|might)(?:\s|$)/;

/** Words before a month in a capital heading that tell it is the month ("EARLY MARCH", "IN MAY", "SINCE MARCH"). */
const MONTH_LEADS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'mid-', 'in', 'since', 'until', 'till', 'through', 'during', 'for', 'of', 'by', 'to', 'from', 'last', 'next', 'this', 'end', 'feb', 'february', 'april']);

/** A month written in capitals (a heading's "MARCH"), told so by a time word before it or a day or year after it. */
function capitalMonth(view: View, at: number): boolean {
  const text = view.tokens[at].text;
  if (text !== text.toUpperCase() || !MONTH_OR_DAY.test(text.charAt(0) + text.slice(1).toLowerCase())) return false;
  return MONTH_LEADS.has(wordAt(view.words, at - 1)) || /^\d/.test(wordAt(view.words, at + 1) ?? '');
}
