/** Codes one unit (a sentence, a headline or a sub-heading): its trigger matches, the special frames read before them, and the candidates they give. */
import type { Entity, PloverType, Token } from '../../model.js';
import { tokenize } from '../../ner/tokenize.js';
import { CAPITALS, DEMONYMS } from '../../lexicon/countries.js';
import { ACT_NOUNS, AMOUNT_WORDS, CAUSATIVE_VERBS, CROWD_WORDS, DENIAL_VERBS, HEARSAY_NOUNS, IMPLYING_VERBS, MARKET_BIDS, MONEY_WORDS, NON_ACTOR_HEADS, NOT_OBJECTS, PAY_WORDS, PERSON_NOUNS, SPEECH_VERBS, TASKED_BODIES, TELLING_VERBS, TENDER_WORDS, UNASSERTING_NOUNS, UNASSERTING_VERBS, WAR_WORDS } from '../../lexicon/event-groups.js';
import { CONTEXT_CUES, EVENT_TRIGGERS, INTENT_BY_EMBEDDED, INTENT_CAMEO, PLEDGED_AS_ACT, type RecipientSlot, THREAT_BY_EMBEDDED, type TriggerEntry } from '../../lexicon/event-triggers.js';
import { type IdlePattern, lexicon, shapedEntry } from '../event-lexicon.js';
import { PARTY_AND_STATE, TITLE_SECTORS } from '../../lexicon/titles.js';
import { agentAfterPlace, ARTICLES, OWNER_PRONOUNS, asNoun, pressAt, backHead, beBefore, byAgent, condemnedAct, contentWord, decisionOwnerEnd, hasBoundary, isInfinitive, legislativeText, matchRest, nextAfterSlot, openingSubject, partyAt, personNoun, resolutionBody, saidByOwnSide, sentenceSubject, skipTimeAdverbial, startsUpper, subordinatorAt, triggersAt, visitDestination, withCompounds, wordAt } from './clause.js';
import { nearestDate } from './event-dates.js';
import { armedActors, finish } from './finish.js';
import { codeMatch, marketDemand } from './code-match.js';
import { findRecipients, recipientSlots } from './recipients.js';
import { countryEntity, countrySlot, groupEntity, groupSlot, mapSlots, mentionsIn, recast, sameSlots, slotOf } from './slots.js';
import { POSSESSED_AGENTS, subjectLeft } from './subjects.js';
import { anchorTable, triggerMatches } from './trigger-matches.js';
import type { Candidate, Context, Slot, TriggerMatch, Unit, View } from './types.js';
import { buildView } from './sentence-view.js';
import { wordNumbers, type WordNumbers } from '../vocabulary.js';
import { ASPECT, ATTACK_ENTRY, BACKING_PARTICIPLES, BE_FORMS, BOUNDARY, CLAUSE_ADVERBS, CLAUSE_STOPS, CONDEMNED_KINDS, DETERMINERS, HEAD_PAIRS, MODAL_VERBS, MODALS, MONTHS, PERFECT_AUXILIARIES, POSSESSIVE_MARKS, POSSESSIVES, PREPOSITIONS, PRONOUN_SUBJECTS, RELATIVE_PRONOUNS, RULER_HEADS, SAID_ACTS, SAID_WHEN, SPOKEN_ACTS, SUBORDINATORS, WAR_FOLLOWERS, WEEKDAYS, WELCOMED_ACTS } from './word-classes.js';

/** Nouns whose infinitive is what they ask or try for, not an act: "demands to halt", "an attempt to stop". */
const CONTENT_NOUNS = new Set(['demand', 'demands', 'call', 'calls', 'appeal', 'appeals', 'request', 'requests', 'plea', 'pleas', 'pressure', 'ultimatum', 'attempt', 'attempts', 'bid', 'effort', 'efforts', 'push', 'proposal', 'proposals']);

/**
 * The lower-cased words of the tokens, built by push: `map` gives a holey array where V8 has
 * optimised it and a packed one where it has not, and every reader of `words` deoptimises when the
 * kind changes ("wrong map").
 */
function lowerWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) words.push(tokens[i].text.toLowerCase());
  return words;
}

/** The unit's tokens: the mentions stage's where the caller hands them on, else tokenised here. */
function unitTokens(ctx: Context, unit: Unit): readonly Token[] {
  const read = ctx.read;
  const known = read === null ? undefined : unit.sentence >= 0 ? read.tokens[unit.sentence] : read.headingTokens[unit.heading];
  return known ?? tokenize(ctx.text, unit.start, unit.end);
}

/** The unit's lower-cased words and their numbers in the shared vocabulary: the mentions stage's with its tokens, else made here. */
function unitWords(ctx: Context, unit: Unit, tokens: readonly Token[]): [readonly string[], WordNumbers] {
  const read = ctx.read;
  const known = read === null ? undefined : unit.sentence >= 0 ? read.words[unit.sentence] : read.headingWords[unit.heading];
  if (known !== undefined && known.length === tokens.length) return [known, unit.sentence >= 0 ? read!.numbers[unit.sentence] : read!.headingNumbers[unit.heading]];
  const words = lowerWords(tokens);
  return [words, wordNumbers(words)];
}

/**
 * The unit's tokens and words without the short form in brackets a name is followed by ("the United Arab Emirates (UAE)",
 * "the Palestine Liberation Organisation (PLO)"): the brackets would end the name's phrase, so that "Yugoslavia and the
 * United Arab Emirates (UAE) have agreed" had no subject; and without a legislator's party and state ("Sen. John Danforth
 * (R-Mo.) urged Japan"), which hid the senator from his verb. Offsets stay those of the text, so evidence spans are unchanged.
 */
function withoutShortForms(ctx: Context, unit: Unit, tokens: readonly Token[]): [readonly Token[], readonly string[], WordNumbers] {
  const [words, numbers] = unitWords(ctx, unit, tokens);
  // the first bracket that may open a short form, by a loop: `words.includes('(')` compared every word of every unit through
  // the builtin's generic string equality (3% of the coder's time), and most units have none
  let open = 1;
  while (open < words.length - 2 && words[open] !== '(') open++;
  if (open >= words.length - 2) return [tokens, words, numbers];
  const mentions = mentionsIn(ctx.mentions, unit.start, unit.end);
  const entityEndingAt = (end: number) => mentions.find((m) => m.end === end)?.entity;
  const drop = new Set<number>();
  for (let j = open; j < words.length - 2; j++) {
    if (words[j] !== '(') continue;
    const named = entityEndingAt(tokens[j - 1].end);
    // ("Sen. John Danforth (R-Mo.) urged Japan", "Jim Wright (D-Texas) has asked": a legislator's party and state after his name)
    const party = PARTY_AND_STATE.test(tokens[j + 1].text) && named !== undefined && ctx.entities.get(named)?.type === 'person' ? (words[j + 2] === '.' ? j + 3 : j + 2) : -1;
    if (words[party] === ')') {
      for (let x = j; x <= party; x++) drop.add(x);
      continue;
    }
    const short = mentions.find((m) => m.start === tokens[j + 1].start);
    if (!named || !short || short.entity !== named) continue;
    let k = j + 1;
    while (k < tokens.length && tokens[k].end <= short.end) k++;
    if (words[k] !== ')') continue;
    for (let x = j; x <= k; x++) drop.add(x);
  }
  if (drop.size === 0) return [tokens, words, numbers];
  return [tokens.filter((_, i) => !drop.has(i)), words.filter((_, i) => !drop.has(i)), numbers.filter((_, i) => !drop.has(i))];
}

export function codeUnit(ctx: Context, unit: Unit): Candidate[] {
  const [tokens, words, numbers] = withoutShortForms(ctx, unit, unitTokens(ctx, unit));
  const table = anchorTable();
  // quick reject: no token can start a trigger; else matching starts at the first that can
  let first = 0;
  while (first < words.length && triggersAt(table, numbers, first) === null) first++;
  if (first === words.length) return [];

  // 1. trigger matches, longest at each position, no overlaps
  const kept = triggerMatches(table, words, numbers, first, ++table.generation);
  if (kept.length === 0) {
    ctx.unread.push({ unit, tokens, words });
    return [];
  }
  const view = buildView(ctx, unit, tokens, words);
  for (let i = 0; i < kept.length; i++) kept[i] = welcomedAct(view, kept[i]) ?? kept[i];

  const out: Candidate[] = [];
  // acts told inside another's object ("a curfew imposed on July 19"), added after the unit's own so that they relate to no other
  const imposed: Candidate[] = [];
  // (`infinitive`: the embedder's own pattern ends in one, "agreed on Saturday to hold")
  // (`tight`: only the verb right after the `to` a few words on is embedded: a request not coded, whose words are not read further;
  // or a noun's infinitive, after which its sentence's own verb comes, "Moscow's refusal to withdraw was condemned by Pakistan")
  let embedder: { end: number; index: number; infinitive?: boolean; tight?: boolean } | null = null;
  let lastMatch: { end: number; candidate: Candidate | null; victim: Slot | null; verb: boolean } | null = null;
  // "rumors that the United States had struck", "no information to suggest", "denied that": what the words tell is not asserted
  const hearsay = unassertedWords(view);
  // the end of the last infinitive that asserted nothing ("wants Tokyo to ease ... and simplify ...")
  let unasserted = -1;
  let figurative: boolean | null = null;
  // the end of the last demand followed by `that` ("demanding that the government ban imports"): the act it asks for is not asserted
  let demanded = -1;
  // the end of the last charge followed by `that` ("charged that Iran had attacked"): the act it alleges is not asserted
  let alleged = -1;
  let charged = -1;
  for (const m of kept) {
    if (m.start > hearsay.from && m.start < hearsay.to) continue;
    // "told France to pull out", not "told Reuters the company plans to", "wants to sell": the one asked right between the verb and `to`
    if (m.pattern.entry.boundObject && !objectBound(view, m.start, m.end)) continue;
    // ("to cooperate in fighting inflation": "fighting" told alone is a gerund with its object where a word other than one of a
    // war's course follows)
    if (m.pattern.entry.mutual && m.pattern.frame === 'noun' && m.end === m.start + 1 && wordAt(words, m.start) === 'fighting' && !WAR_FOLLOWERS.test(wordAt(words, m.end))) continue;
    // "riot police", "strike force": a one-word trigger that opens a group's name is part of it
    if (m.end === m.start + 1 && HEAD_PAIRS.get(wordAt(words, m.start))?.has(wordAt(words, m.end))) continue;
    // ("the U.S.-backed Contra rebels": a participle the tokenizer split from an abbreviation's hyphen describes the name after it,
    // as "Iran-backed" written as one word does)
    if (BACKING_PARTICIPLES.has(wordAt(words, m.start)) && hyphenJoined(view, m.start)) continue;
    // "struck more than 60 Houthi targets": an -s form after a name counted or determined is a plural noun
    // ("called the U.S. raids an escalation": so is a plural act noun after an article and a name, where no object or clause
    // follows it as it would a verb's, "the U.S. wants Tokyo to", "the U.S. imposes tariffs on")
    // ("Britain and Japan clashed today over U.K. Demands for greater access", "bristled at U.S. calls for": a name that is a
    // preposition's object is no subject, and the -s form after it is a plural noun the name describes; charges are read on, as what
    // they allege is no act asserted: "over U.S. charges that Japan is refusing")
    if (m.form === 'third' && m.pattern.frame === 'verb' && view.slotAt[m.start - 1] && (countedBefore(view, m.start - 1) || pluralActAfterArticle(view, m.start)
      || (m.pattern.entry.type !== 'ACCUSE' && nameAfterPreposition(view, m.start - 1)))) continue;
    // ("demanded that Rwandan troops leave Congo and that M23 rebels halt their offensive": each `that` clause is demanded)
    if (demanded >= 0) for (let k = demanded; k < m.start - 1; k++) if (wordAt(words, k) === 'and' && wordAt(words, k + 1) === 'that') demanded = k + 2;
    if (demanded >= 0 && m.start > demanded && m.start - demanded <= 8 && m.form === 'base' && m.pattern.frame === 'verb' && !hasBoundary(words, demanded, m.start)) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: true };
      continue;
    }
    if (m.pattern.entry.type === 'REQUEST') {
      // ("demanded on Friday that": past words of time)
      let k = m.end;
      while (k < words.length && k < m.end + 4 && SAID_WHEN.has(wordAt(words, k))) k++;
      if (wordAt(words, m.end - 1) === 'that' || wordAt(words, k) === 'that') demanded = k;
    }
    // "Iraq repeated charges that Iran had used chemical weapons": an act alleged in a charge is the charge's, not asserted
    if ((alleged >= 0 && m.start > alleged && m.start - alleged <= 10 && m.pattern.frame === 'verb' && !hasBoundary(words, alleged, m.start))
      || (charged >= 0 && m.start > charged && m.start - charged <= 10 && m.form === 'gerund' && (wordAt(words, m.start - 1) === 'and' || wordAt(words, m.start - 1) === 'or')
        && !hasBoundary(words, charged, m.start))) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: true };
      continue;
    }
    if (m.pattern.entry.type === 'ACCUSE' && m.pattern.entry.id === 'accuse.accuse' && (wordAt(words, m.end - 1) === 'that' || wordAt(words, m.end) === 'that')) alleged = m.end;
    // ("accused Myanmar's military on Friday of burning villages and killing civilians": every act of the charge, not only the first;
    // a finite verb after it is the accuser's again: "accused Iraq of attacking its tankers and vowed to retaliate", "accused Bamako
    // of violating its airspace and responded by closing its skies")
    if (m.pattern.entry.id === 'accuse.accuse' && m.pattern.frame === 'verb') charged = chargeGerund(words, m.end);
    // an embedded trigger ("urged Iran to halt", "refused to meet") gives no event of its own
    // (a warning of measures is no act to pledge: "is prepared to take military action")
    // (a war is a state the embedded act is about, not one embedded: "agreed to a ceasefire in their eight-year war")
    // (a demand a resolution makes has its own subject: "refused to accept a U.N. Security Council resolution demanding an end to")
    // ("agreed on Saturday to hold direct ceasefire talks with the Contra rebels": also past an infinitive the embedder's own
    // pattern ends in)
    // (fighting told after a frame of time is no attack pledged: "agreed to a truce on Saturday after three days of fighting"; talks
    // so told still give the agreement its kind, "agreed to reopen two crossings after three days of talks")
    if (embedder && !m.pattern.entry.toCome && !(m.pattern.entry.mutual && m.pattern.frame === 'noun' && warFramed(words, m.start))
      && !(SAID_ACTS.has(m.pattern.entry.type) && resolutionBody(view, m.start)) && m.start >= embedder.end
      && (!embedder.tight || (m.start - embedder.end <= 4 && wordAt(words, m.start - 1) === 'to'))
      && (((m.start - embedder.end <= 10 || (wordsApart(view, embedder.end, m.start) <= 10 && infinitiveAt(words, m.start)))
        && (words.slice(embedder.end - 1, m.start).includes('to') || embedder.infinitive) && !hasBoundary(words, embedder.end, m.start))
        || listedAfter(view, m, embedder))
      && !(m.pattern.entry.type === 'ASSAULT' && words.slice(embedder.end, m.start).some((w) => TIME_FRAMES.has(w)))) {
      readEmbedded(ctx, view, out, embedder.index, m);
      continue;
    }
    // "rejected U.S. demands to halt exports", "calls to impose sanctions": the act a demand or attempt asks for did not happen;
    // "wants Tokyo to ease restrictions", "Japan's failure to honor": neither did one wished, forced or failed
    if (m.pattern.frame === 'verb' && ((wordAt(words, m.start - 1) === 'to' && unassertedInfinitive(view, m.start - 1))
      || (wordAt(words, m.start - 1) === 'and' && unasserted >= 0 && m.start - unasserted <= 8 && !hasBoundary(words, unasserted, m.start) && (m.form === 'base' || m.form === 'third')))) {
      unasserted = m.end;
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "France backed the Ivory Coast during the talks", "met Reagan during his visit": a talk or visit that frames the act is told with it
    // (one with a party of its own is another act: "commended Kazakhstan during his visit to Astana")
    // ("at the invitation of Biden", "despite appeals from X" are acts of their own)
    // (a participle after the noun is no frame: "signed a peace deal at a ceremony hosted by Trump")
    if (out.length > 0 && !m.pattern.entry.ofActs && m.form !== 'past/participle' && framingNoun(view, m.start) && !hasClauseBoundary(words, out[out.length - 1].tokenEnd, m.start)
      && !OWN_PARTY.has(wordAt(words, m.end - 1)) && !OWN_PARTY.has(wordAt(words, m.end))) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "Washington's policy of pressure and sanctions": a policy names a kind of act, not one that happened
    // (a word there is a noun whatever the lexicon reads it as: "sanctions")
    if (policyOf(words, m.start)) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "declined to comment", "refused to answer a question": declining to speak is no refusal of an act
    const idle = lexicon().idle.get(m.pattern.entry);
    if (idle && idleComplement(words, m.end, idle)) {
      embedder = { end: m.end, index: -1 };
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "exports declined to 7.4 billion dlrs", "prices declined to the lowest levels in 50 years", "imports had declined to around 31
    // pct": a refusal or pledge `to` an amount or a level is a fall or a figure, no act (a refusal takes a verb)
    if (m.pattern.entry.embeds && m.pattern.frame === 'verb' && wordAt(words, m.end - 1) === 'to' && figureAfter(words, m.end, m.pattern.entry.type === 'REJECT')) {
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "met visiting Japanese Foreign Minister Taro Nakayama", "told visiting former U.S. President Richard Nixon": the one the verb's
    // subject receives is visiting him, the subject's hosting (043)
    const guest = m.form === 'gerund' && m.pattern.entry.mode === 'visit' && m.end === m.start + 1 ? visitingGuest(view, m.end) : null;
    if (guest) {
      const before = out[out.length - 1];
      if (before && before.type === 'CONSULT' && before.tokenEnd === m.start && before.recipients.some((r) => r.entity.id === guest.entity.id)) {
        out[out.length - 1] = recast(before, { cameo: '043', mode: 'visit' });
        lastMatch = { end: m.end, candidate: null, victim: null, verb: false };
        continue;
      }
      const host = RECEIVING_VERBS.has(wordAt(words, m.start - 1)) || (POSSESSIVES.has(wordAt(words, m.start - 1)) && RECEIVING_VERBS.has(wordAt(words, m.start - 2))) ? subjectLeft(view, m.start) : null;
      const hosted = host && host.entity.id !== guest.entity.id && (host.entity.actor || host.entity.country)
        ? finish(ctx, unit, view, m.pattern, m.start, m.end, withCompounds(view, host, -1), [guest], m.start, true) : null;
      if (hosted) out.push(recast(hosted, { cameo: '043', mode: 'visit' }));
      // ("visiting U.S. Trade Representative Clayton Yeutter told reporters", "talks with the visiting Polish leader": with no host
      // who receives him, the visitor is visiting where the dispatch is from)
      // ("received the visiting Laotian prime minister": the hosting told has him already; talks with him do not)
      const received = before && before.type === 'CONSULT' && before.cameo === '043' && before.recipients.some((r) => r.entity.id === guest.entity.id);
      const destination = hosted || received ? [] : visitDestination(ctx, view, m.start, [guest]);
      const visit = destination.length > 0 ? finish(ctx, unit, view, m.pattern, m.start, m.end, [guest], destination, m.start, false) : null;
      if (visit) out.push(visit);
      lastMatch = { end: m.end, candidate: null, victim: null, verb: false };
      continue;
    }
    let candidate = codeMatch(ctx, unit, view, m.pattern, m.start, m.end, m.form);
    // ("Greek and Turkish warships headed for a possible clash": words one entry reads as no act of its own, with no party it needs,
    // may be an act of another kind, whose pattern matched them as far; not one more reading of the same kind, which the first
    // entry's reading stands for)
    for (const p of m.tied ?? []) {
      if (candidate && !(candidate.entry.needsRecipient && candidate.recipients.length === 0)) break;
      if (p.entry.type === m.pattern.entry.type) continue;
      candidate = codeMatch(ctx, unit, view, p, m.start, m.end, p.first.get(wordAt(words, m.start))!) ?? candidate;
    }
    // ("Iran rejected an Iraqi offer to release prisoners": the offer a refusal answers was made already, to the one refusing; told
    // again by its own noun, it is that offer, and what its infinitive tells is what it offers)
    const answered = out[out.length - 1];
    if (candidate && candidate.frame === 'noun' && candidate.entry.embeds && answered && answered.entry === candidate.entry && answered.tokenStart === m.start
      && answered.actors.some((a) => candidate!.actors.some((c) => c.entity.id === a.entity.id))) {
      embedder = { end: m.end, index: out.length - 1, infinitive: wordAt(words, m.end - 1) === 'to', tight: true };
      lastMatch = { end: m.end, candidate: answered, victim: null, verb: false };
      continue;
    }
    // ("The House rejected President Reagan's request for $100 million in aid": a request its own noun tells, right after the refusal
    // or concession that answers it, was made to the one answering, of the same country as it may be, before the answer)
    if (candidate && candidate.frame === 'noun' && candidate.type === 'REQUEST' && candidate.recipients.length === 0 && answered && (answered.type === 'REJECT' || answered.type === 'CONCEDE')
      && answered.tokenEnd <= m.start && m.start - answered.tokenEnd <= 5 && !hasClauseBoundary(words, answered.tokenEnd, m.start)
      && !answered.actors.some((a) => candidate!.actors.some((c) => c.entity.id === a.entity.id || (a.entity.actor !== null && a.entity.actor === c.entity.actor)))) {
      candidate = recast(candidate, { recipients: answered.actors, date: null });
      if (answered.recipients.length === 0) out[out.length - 1] = recast(answered, { recipients: candidate.actors });
    }
    // "X met Xi in Beijing and warned ...": a verb after `and` has the earlier verb's subject; when
    // that verb coded no event (its subject unknown), the nearest name (its object) is not this one's
    const conjoined = wordAt(words, m.start - 1) === 'and' && m.pattern.frame === 'verb' && !m.pattern.passive && (m.form === 'past' || m.form === 'past/participle' || m.form === 'third');
    // ("X said the attack breached norms and blamed the United States": after a noun that coded nothing, the speaker's own verb stands)
    // (not after a time clause closed by `, and`: there the verb is the main clause's, whose subject was read)
    const mainAgain = wordAt(words, m.start - 2) === ',' && subordinatorAt(view, m.start - 2) >= 0 && candidate !== null
      && candidate.actors.some((a) => a.entity.id === sentenceSubject(view)?.entity.id);
    // ("Libya said dozens of civilians had been killed and vowed to retaliate": the speaker's own word of speech or commitment)
    // ("Al Shabaab militants set off a suicide bomb and opened fire on a crowded beach": the party the sentence opens with, before any
    // word of speech, is the subject of every verb `and` joins to its own)
    const opening = openingSubject(view);
    const speakerAgain = candidate !== null && opening !== null && candidate.actors.some((a) => a.entity.id === opening.entity.id)
      && (SAID_ACTS.has(candidate.type) ? words.slice(0, m.start).some((w) => SPEECH_VERBS.has(w)) : !words.slice(0, m.start).some((w) => SPEECH_VERBS.has(w) || w === 'that' || BE_FORMS.has(w)));
    if (conjoined && lastMatch && lastMatch.candidate === null && !hasClauseBoundary(words, lastMatch.end, m.start) && !mainAgain && !speakerAgain
      && (lastMatch.verb || !candidate || !saidByOwnSide(ctx, view, m.start, candidate.actors))) candidate = null;
    const previous = out[out.length - 1];
    // "The European Community rejected the U.S. demand and threatened retaliation": a verb after `and` continues the last act told
    // by a verb, not one a noun in that verb's object names
    const continued = conjoined ? verbActBefore(out, words, m.start) ?? previous : previous;
    // ("India called Trump's decision to impose the tariff unfair, and urged Washington to reconsider": with only an act of a noun
    // or an infinitive before it, the verb after `and` is the sentence's opening party's, not that act's)
    const opener = conjoined && candidate && continued && (continued.frame === 'noun' || wordAt(words, continued.tokenStart - 1) === 'to') ? openingSubject(view) : null;
    if (opener && candidate && !opener.group && opener.entity.country) {
      if (!candidate.actors.some((a) => a.entity.id === opener.entity.id)) candidate = recast(candidate, { actors: [opener] });
      out.push(candidate);
      lastMatch = { end: m.end, candidate, victim: null, verb: true };
      continue;
    }
    // "Reagan's sanctions decision won praise from leaders of Congress": the praisers are no party to the act in the subject
    if (candidate && candidate.entry.fromActs && previous && previous.tokenStart < m.start && previous.recipients.some((r) => r.start >= view.tokens[m.start].start)) {
      out[out.length - 1] = recast(previous, { recipients: previous.recipients.filter((r) => r.start < view.tokens[m.start].start) });
    }
    if (previous && !hasClauseBoundary(words, previous.tokenEnd, m.start)) {
      const related = relateToPrevious(ctx, unit, view, m, candidate, continued);
      // ("marched through Belgrade to protest against government corruption": the purpose names whom the act is against)
      if (related === false && candidate && candidate.type === previous.type && previous.recipients.length === 0 && candidate.recipients.length > 0) out[out.length - 1] = recast(previous, { recipients: candidate.recipients });
      if (related === false) continue;
      candidate = related;
    }
    // "struck Houthi targets": a plural noun read as a verb whose subject is the previous act's object
    // (an object the text names: not the own people a concession is told to, "bowing to weeks of street protests against")
    if (candidate && previous && (m.form === 'third' || m.form === 'base') && m.pattern.frame === 'verb' && m.start - previous.tokenEnd <= 3 && !hasBoundary(words, previous.tokenEnd, m.start)
      && candidate.actors.some((a) => previous.recipients.some((r) => r.entity.id === a.entity.id && r.end > r.start))) candidate = null;
    // "freed two Armenian citizens detained last year": a participle right after the last act's object describes it
    // ("..., while Russian missiles pounded": not across a clause's start)
    if (candidate && previous && (m.form === 'past/participle' || m.form === 'participle') && m.pattern.frame === 'verb' && !beBefore(words, m.start)
      && !hasClauseBoundary(words, previous.tokenEnd, m.start) && view.slotAt[m.start - 1] && !view.slotAt[m.start - 1]!.partner && previous.recipients.some((r) => r.entity.id === view.slotAt[m.start - 1]!.entity.id)
      // (a name that opens a clause of its own is its verb's subject: "drills around Taiwan on Tuesday, and Taiwan put its forces on alert";
      // so is one a `that` clause opens: "complained to the United Nations that planes from Afghanistan attacked Pakistani villages")
      && wordAt(words, (view.slotStart[m.start - 1] >= 0 ? view.slotStart[m.start - 1] : m.start - 1) - 1) !== 'and' && !words.slice(previous.tokenEnd, m.start).includes('that')) candidate = null;
    // ("marched through central Seoul on Thursday demanding an end to Chun's rule", "went on strike on Monday, demanding that the
    // communist authorities ...": the demand that goes with a protest is the protesters')
    if (previous && previous.type === 'PROTEST' && previous.actors.length > 0 && (m.pattern.entry.type === 'REQUEST' || m.pattern.entry.type === 'ACCUSE') && m.pattern.frame === 'verb' && m.form === 'gerund'
      && m.start > previous.tokenEnd && m.start - previous.tokenEnd <= 16 && !hasClauseBoundary(words, previous.tokenEnd, m.start)
      && (!candidate || candidate.actors.every((a) => !a.entity.actor && !a.entity.country) || candidate.actors.some((a) => a.entity.type === 'location'))) {
      const entry = m.pattern.entry;
      const actors = [...previous.actors];
      let recipients = findRecipients(ctx, view, entry.recipient ?? [], m.start + 1, actors, entry);
      if (recipients.length === 0 && m.end > m.start + 1) recipients = findRecipients(ctx, view, entry.recipient ?? [], m.end, actors, entry);
      // (of the one the protest is against when the demand names no one: "demanding an end to one-party rule")
      if (recipients.length === 0) recipients = [...previous.recipients];
      candidate = finish(ctx, unit, view, m.pattern, m.start, m.end, actors, recipients, m.start, false);
    }
    // "rallied in Tel Aviv to demand ...", "blocked the highway, demanding ...": a protest's demand names whom it is against,
    // and is the protesters' demand too (PROTEST and REQUEST, as analysts code them)
    if (candidate && previous && candidate.type === 'REQUEST' && previous.type === 'PROTEST' && (wordAt(words, m.start - 1) === 'to' || m.form === 'gerund') && !hasClauseBoundary(words, previous.tokenEnd, m.start)) {
      if (previous.recipients.length === 0 && candidate.recipients.length > 0) out[out.length - 1] = recast(previous, { recipients: candidate.recipients });
    }
    // "was killed by an Israeli drone strike": the attack in the agent phrase is the means of the passive act, told once
    if (candidate && previous && candidate.type === 'ASSAULT' && candidate.frame === 'noun' && previous.type === 'ASSAULT' && previous.past
      && words.slice(previous.tokenEnd, m.start).includes('by') && !hasClauseBoundary(words, previous.tokenEnd, m.start) && m.start - previous.tokenEnd <= 6
      && sameSlots(candidate.actors, previous.actors)) {
      if (previous.cameo === '180' || previous.cameo === '190') out[out.length - 1] = recast(previous, { cameo: candidate.cameo, mode: candidate.mode ?? previous.mode });
      lastMatch = { end: m.end, candidate: null, victim: null, verb: usedAsVerb(words, m) };
      continue;
    }
    // "Haniyeh was killed by an Israeli strike", "were wounded in a Russian missile attack": the one
    // the passive is about is the target of the attack named after it
    if (candidate && candidate.type === 'ASSAULT' && candidate.frame === 'noun' && lastMatch?.victim && !hasClauseBoundary(words, lastMatch.end, m.start)
      && m.start - lastMatch.end <= 6 && (wordAt(words, lastMatch.end) === 'in' || wordAt(words, lastMatch.end) === 'by') && !candidate.actors.some((a) => a.entity.id === lastMatch!.victim!.entity.id)) {
      // told in the past by its passive verb: the main news takes the dispatch date as a past verb's act does
      const date = candidate.date ?? (candidate.status === 'occurred' && unit.paragraph === ctx.firstBody && ctx.anchor && !view.quoteAt[m.start] ? { value: ctx.anchor, precision: 'day' as const } : null);
      candidate = recast(candidate, { recipients: [lastMatch.victim], past: true, date });
    }
    // "drills that Beijing has condemned as provocative", "a move Israel denounced as a reward for terrorism": the act
    // named before is what is condemned, and its doers are the ones accused
    // ("..., a move welcomed by Freeman Mbowe", "..., a measure that Haiti's government criticised": an act named again after a comma)
    if (candidate && candidate.recipients.length === 0 && previous && previous.tokenEnd <= m.start
      && ((candidate.type === 'ACCUSE' && wordAt(words, m.end) === 'as' && (m.start - previous.tokenEnd <= 8 || actNounBefore(view, m.start, previous))) || ((candidate.type === 'ACCUSE' || candidate.entry.id === 'support.praise') && actNamedAgain(view, m.start, previous.tokenEnd))
        // ("called on Pinochet to step down, a demand Pinochet rejected", "an accusation that China's mission rejected as groundless")
        || (candidate.type === 'REJECT' && actNamedAgain(view, m.start, previous.tokenEnd, CLAIM_NOUNS)))
      && !candidate.actors.some((a) => previous.actors.some((p) => p.entity.id === a.entity.id))) {
      // ("legalised opposition parties after months of street protests, a move opposition leader X welcomed": a move welcomed is
      // no protest or attack told just before it, but the last act of a kind welcomed)
      // ("killed 20 children ..., weeks after the junta declared a ceasefire, in an attack that Guterres condemned": an attack named
      // again is the last attack told, not the act just before it)
      const named = candidate.entry.id === 'support.praise' && !WELCOMED_ACTS.includes(previous.type) ? lastOfTypes(out, WELCOMED_ACTS) ?? previous
        : previous.type !== 'ASSAULT' && ATTACK_NOUNS.has(nounNamedAgain(view, m.start, previous.tokenEnd)) ? lastOfTypes(out, ['ASSAULT']) ?? previous : previous;
      // (a joint act's doers are all its parties: "drills that Beijing has condemned" after Philippine and U.S. exercises)
      const doers = named.actors.flatMap((a) => (a.partner ? [slotOf(a.partner, a.start, a.end, undefined, a.group), a] : [a]));
      // (the relative clause tells its own act: "could retaliate ... by next April, a deadline Sato rejected" was rejected)
      candidate = recast(candidate, candidate.type === 'REJECT' && (m.form === 'past' || m.form === 'past/participle') ? { recipients: doers, status: 'occurred' } : { recipients: doers });
    }
    // "Reagan refused to confine research to the laboratory, as Moscow had demanded", "completing a withdrawal that N'Djamena
    // demanded": what is demanded is the act told before, of its doers
    if (candidate && candidate.type === 'REQUEST' && candidate.recipients.length === 0 && m.pattern.frame === 'verb' && previous && previous.tokenEnd <= m.start
      && demandedBefore(view, m.start, previous.tokenStart) && !candidate.actors.some((a) => previous.actors.some((p) => p.entity.id === a.entity.id))) {
      candidate = recast(candidate, { recipients: [...previous.actors] });
    }
    // "an exchange of gunfire between Thai and Cambodian troops killed a soldier": the killing is the clash's outcome, told once
    if (candidate && candidate.type === 'ASSAULT' && m.pattern.frame === 'verb' && previous && previous.type === 'ASSAULT' && previous.frame === 'noun'
      && previous.tokenEnd <= m.start && m.start - previous.tokenEnd <= 8 && !hasClauseBoundary(words, previous.tokenEnd, m.start)
      && candidate.actors.every((a) => previous.actors.some((p) => p.entity.id === a.entity.id))) candidate = null;
    // "attacked a Cameroonian army post, killing five soldiers": the killing an attack's doers did in it is its outcome, told once
    // (kept when it names the attacked more closely: "opened fire on Armenian positions, killing four Armenian soldiers")
    if (candidate && candidate.type === 'ASSAULT' && candidate.cameo === '180' && m.form === 'gerund' && wordAt(words, m.start - 1) === ',' && previous && previous.type === 'ASSAULT'
      && previous.tokenEnd <= m.start && !hasClauseBoundary(words, previous.tokenEnd, m.start)
      && candidate.actors.every((a) => previous.actors.some((p) => p.entity.id === a.entity.id))
      && !candidate.recipients.some((r) => r.entity.sector && previous.recipients.some((p) => p.entity.country === r.entity.country && !p.entity.sector))) candidate = null;
    // "legalised opposition parties, giving in to two months of protests": yielding told by a participle after a concession by
    // the same doers is that concession, told once; the one it names yielded to is the concession's target where that names
    // only the doers' own country or no one ("dropped a planned tax rise, bowing to pressure from the National Rally")
    if (candidate && candidate.entry.id === 'concede.yield' && m.form === 'gerund' && wordAt(words, m.start - 1) === ',' && previous && previous.type === 'CONCEDE'
      && previous.tokenEnd <= m.start && !hasClauseBoundary(words, previous.tokenEnd, m.start)
      && candidate.actors.every((a) => previous.actors.some((p) => p.entity.id === a.entity.id))) {
      const codeOf = (e: Entity) => e.actor ?? e.country;
      const other = candidate.recipients.filter((r) => !candidate!.actors.some((a) => codeOf(a.entity) === codeOf(r.entity)));
      if (other.length > 0 && previous.recipients.every((r) => !r.entity.sector)) out[out.length - 1] = recast(previous, { recipients: other });
      // (the demand it meets is still told: "meeting one of the main demands of the African National Congress")
      const asked = answeredDemand(ctx, unit, view, m.end, candidate);
      if (asked) out.push(asked);
      candidate = null;
    }
    // "arrest the dollar's fall", "support the U.S. currency", "demonstrate its authority": another sense of the word
    if (candidate && m.pattern.frame === 'verb' && m.form !== 'noun' && (m.pattern.entry.objectActor || m.pattern.entry.intransitive)
      && (m.end === m.start + 1 || (PREPOSITIONS.has(wordAt(words, m.end - 1)) && !infinitiveAfter(m)) || wordAt(words, m.end - 1) === 'behind' || wordAt(words, m.end - 1) === 'around')
      && (m.pattern.entry.intransitive ? hasDirectObject(view, m.end) : objectIsThing(view, m.end))
      // (an act backed names its doer: "backed the decision by the Paris Club", "supported the U.S. move")
      && !(m.pattern.entry.id === 'support.endorse' && candidate.recipients.length > 0 && condemnedAct(view, m.end) >= 0)
      // (a party named inside the trigger is its object, and the thing after it what it is charged with: "charged Iraq with fraud";
      // so are the people the police charge, read as arrested: "police charged three men with fraud")
      && !(m.end > m.start + 2 && (objectBound(view, m.start, m.end) || (candidate.type === 'COERCE' && !objectIsThing(view, m.start + 1))))
      // (a passive has no object after it: "was greeted at the airport by Tokayev")
      && !((m.form === 'participle' || m.form === 'past/participle') && beBefore(words, m.start) && agentAfterPlace(words, m.end))
      // (a passive has its object before it: "was greeted at the airport by Castro")
      && !(m.pattern.entry.objectActor && (m.form === 'participle' || m.form === 'past/participle') && beBefore(words, m.start))
      // (the accused named before the clause: "diplomats it accused of spying")
      && !(candidate.type === 'ACCUSE' && wordAt(words, m.end) === 'of' && candidate.recipients.length > 0)) candidate = null;
    // "Reagan's reduced strength in Congress has been demonstrated by the Senate's decision", "U.S. oil stocks rallied in response to
    // the offer": a verb that takes no object in its sense of protest has no passive, and a market's rally is no march
    if (candidate && m.pattern.entry.intransitive && m.pattern.frame === 'verb' && (((m.form === 'participle' || m.form === 'past/participle') && beBefore(words, m.start))
      || NON_ACTOR_HEADS.has(wordAt(words, m.start - 1)))) candidate = null;
    // "Congress charged the commission with examining the federal price support program", "a Philippine panel charged with selling
    // the assets": a body charged with a task is given a duty, not accused
    if (candidate && candidate.entry.id === 'accuse.accuse' && m.pattern.frame === 'verb' && wordAt(words, m.end - 1) === 'with' && /^\p{Ll}+ing$/u.test(view.tokens[m.end]?.text ?? '')
      && TASKED_BODIES.has(wordAt(words, m.end > m.start + 2 ? m.end - 2 : m.start - 1))) candidate = null;
    // "rejected all bids to export free market soft wheat at today's weekly tender": a market's bids refused, no party's
    if (candidate && candidate.type === 'REJECT' && m.pattern.frame === 'verb' && m.end === m.start + 1 && marketBidsAfter(view, m.end)) candidate = null;
    // ("Baker, asked whether he was concerned about the decline, said", "reporters asked him if the dollar has bottomed out"): a question
    // put is no request
    if (candidate && candidate.type === 'REQUEST' && m.pattern.frame === 'verb' && QUESTION_OPENERS.has(wordAt(words, view.slotAt[m.end] ? nextAfterSlot(view, m.end) : m.end))) candidate = null;
    // "AUSTRALIA ATTACKS GATT", "EC ATTACKS JAPAN": a heading's attack with no word of war is words
    if (candidate && candidate.type === 'ASSAULT' && candidate.cameo === '190' && m.pattern.frame === 'verb' && m.end === m.start + 1 && wordAt(words, m.start).startsWith('attack') && !/\p{Ll}/u.test(view.tokens[m.start].text)
      && !words.some((w) => WAR_WORDS.has(w) && w !== 'attack' && w !== 'attacks')) candidate = null;
    // "for Japan to strike back" at chip sanctions: money and trade words and no war words
    // (not a bare strike the verb's word was read as, whose words of labour are its own: "since the strike started May 9")
    if (candidate && m.pattern.entry.figurative && !candidate.entry.labourRun) {
      figurative ??= figurativeUnit(words);
      // ("unions said they have launched week-long strikes and other industrial action": the trigger's own "strikes" is no word of war,
      // unless armed men do it: "the ELN carried out 72 attacks on petroleum pipelines, according to the state oil firm")
      const figurativeHere = figurative || (!armedActors(candidate.actors) && figurativeUnit(words, m.start, m.end));
      // ("800 members of the United Food and Commercial Workers Union struck the company's pork plant": a union's members who strike
      // walk out, whatever the sentence's other words; so do unarmed men who strike a company: "its members have struck the news
      // staffs of CBS Inc")
      if (walkout(candidate)) candidate = recast(candidate, { type: 'PROTEST', cameo: '143', mode: 'strike', context: null });
      // ("China said it would retaliate against U.S. tariffs": retaliation announced over trade is a threat, of no force)
      else if (figurativeHere && candidate.type === 'THREATEN' && m.pattern.entry.futureThreat && candidate.recipients.length > 0) candidate = recast(candidate, { cameo: '130' });
      else if (figurativeHere || gappedRelative(view, m.start)) candidate = null;
    }
    // ("studying its next moves in its strike against the National Broadcasting Co": a union's strike told by the noun, of a pattern of
    // no figurative reading, walks out too)
    else if (candidate && walkout(candidate) && words.slice(m.start, m.end).some((w) => w === 'strike' || w === 'strikes')) candidate = recast(candidate, { type: 'PROTEST', cameo: '143', mode: 'strike', context: null });
    // ("Canadian seafarers threatened to strike this spring over wage rollbacks", "the union threatened a strike at the plant"): a
    // strike threatened in a sentence of pay, work or trade and no word of war is a walkout threatened, no threat of force; so is
    // retaliation a threat of trade measures there ("warned of possible protectionist retaliation")
    if (candidate && candidate.type === 'THREATEN' && candidate.cameo === '138' && (words.slice(m.start, m.end).some((w) => w === 'strike' || w === 'strikes') || /retaliat/i.test(candidate.trigger.text))
      && figurativeUnit(words, m.start, m.end)) candidate = recast(candidate, { cameo: '130', context: null });
    // "the dispute threatened to spark a trade war", "pay rises may threaten stability": a thing that threatens is a risk told
    if (candidate && candidate.type === 'THREATEN' && m.pattern.frame === 'verb' && thingThreatens(view, m.start)) candidate = null;
    // ("Japan is sending a team to try to halt threatened trade sanctions", "to head off the threatened tariffs"): a measure told as
    // threatened, after a verb of warding it off, is the threat of the side that would impose it, named elsewhere; the clause's
    // subject is the one it is aimed at
    if (candidate && candidate.type === 'THREATEN' && wordAt(words, m.start) === 'threatened' && wardedOff(words, m.start)) candidate = null;
    // ("would like to invest in U.S. bonds", "companies that have invested heavily in Tokyo's stocks"): money put into securities or
    // a market is a trade of the market, no economic cooperation with the country they are of
    if (candidate && (candidate.type === 'COOPERATE' || candidate.type === 'AGREE') && /^invest/i.test(candidate.trigger.text) && words.slice(m.end, m.end + 6).some((w) => SECURITIES.has(w))) candidate = null;
    // "Poindexter resigned as head of the NSC last November", "Nakasone might step down after the summit": leaving office is a
    // concession (0831, acceding to demands for a change of leader) only where the sentence tells the pressure; a refusal to leave
    // ("said he would not resign") answers some, told or not
    // (or the sentences just before tell the street's: "Students have marched for a month. The prime minister resigned today.")
    if (candidate && m.pattern.entry.yieldsTo && candidate.status !== 'negated' && !words.some((w) => PRESSURE_WORDS.has(w))
      && !(ctx.text.slice(Math.max(0, unit.start - 300), unit.start).toLowerCase().match(/[a-z]+/g) ?? []).some((w) => STREET_PRESSURE.has(w))) candidate = null;
    // "the accord calls for stable currencies": a document's terms are no party's request
    // (but a resolution a party passed asks what it calls for: "The Senate passed a resolution calling for action against Japan")
    if (candidate && candidate.type === 'REQUEST' && m.pattern.frame === 'verb' && documentCalls(view, m.start) && !resolutionBody(view, m.start)?.adopted && legislativeText(view, m.start) < 0) candidate = null;
    const victim: Slot | null = !candidate && m.pattern.entry.type === 'ASSAULT' && m.pattern.frame === 'verb' && (m.form === 'participle' || m.form === 'past/participle') && beBefore(words, m.start) ? subjectLeft(view, m.start) : null;
    lastMatch = { end: m.end, candidate, victim, verb: usedAsVerb(words, m) };
    // ("a non-binding resolution asking the president to resign", its adopter not found): the act a verb of asking embeds is asked
    // of its subject, not done or meant by it, whether or not the request was coded
    if (!candidate && m.pattern.entry.embeds && m.pattern.entry.type === 'REQUEST' && m.pattern.frame === 'verb') embedder = { end: m.end, index: -1, tight: true };
    if (candidate) {
      out.push(candidate);
      embedder = m.pattern.entry.embeds ? { end: m.end, index: out.length - 1, infinitive: m.end - 2 > m.start && wordAt(words, m.end - 2) === 'to', tight: candidate.frame === 'noun' } : null;
      // "Nicaragua turned down a U.S. demand that ...", "bowed to opposition demands": what was answered was asked by another
      // "warned that Iran would strike at American warships if ...": beside the threat, the attack it announces, possible
      if (candidate.entry.announces && candidate.type === 'THREATEN' && candidate.status === 'occurred') {
        // ("warned that it would attack U.S. warships": the object of the announced attack is the one threatened)
        if (candidate.recipients.length === 0) {
          const target = findRecipients(ctx, view, OBJECT_SLOT, m.end, candidate.actors, candidate.entry);
          // (not the party of a condition: "would use nuclear weapons without hesitation if South Korea and the United States attacked")
          const conditioned = target.length > 0 && /\b(?:if|unless)\b/.test(ctx.text.slice(view.tokens[m.end - 1].end, target[0].start));
          if (target.length > 0 && !conditioned) out[out.length - 1] = candidate = recast(candidate, { recipients: target });
          // ("gave the junta one week to reinstate Bazoum, warning that it could use force": the warning is to the one the act before
          // it was aimed at, by the same side)
          else if (target.length === 0 && m.form === 'gerund' && wordAt(words, m.start - 1) === ',' && previous && previous.recipients.length > 0
            && sameSlots(previous.actors, candidate.actors) && !hasClauseBoundary(words, previous.tokenEnd, m.start)) out[out.length - 1] = candidate = recast(candidate, { recipients: [...previous.recipients], date: candidate.date ?? previous.date });
        }
        const act = announcedAct(ctx, view, candidate);
        // ("Iran warned Washington that Israel would attack its nuclear sites": force told of another country is no threat of the
        // warner's own; the possible attack alone)
        const told = act?.actors[0]?.entity.country;
        // (the one warned is no target of that attack: only one named after its doer)
        if (act && told && candidate.actors[0]?.entity.country && told !== candidate.actors[0].entity.country) out[out.length - 1] = candidate = recast(act, { recipients: act.recipients.filter((r) => r.start > act.actors[0].start) });
        else if (act) imposed.push(act);
      }
      // ("vowed to avenge the downing of an Iran Air airliner by a U.S. warship": the one who did what is avenged)
      if (candidate.type === 'THREATEN' && /\bavenge$/i.test(candidate.trigger.text)) {
        const doer = byAgent(view, m.end, unit).filter((a) => a.entity.country !== null && a.entity.country !== candidate!.actors[0]?.entity.country);
        if (doer.length > 0) out[out.length - 1] = candidate = recast(candidate, { recipients: mapSlots(doer, (d) => countrySlot(ctx, d)) });
      }
      // "launched joint operations against Boko Haram fighters": each partner's attack on the target
      if (candidate.type === 'COOPERATE' && candidate.cameo === '062' && wordAt(words, m.end) === 'against') {
        const target = findRecipients(ctx, view, AGAINST_SLOT, m.end + 1, candidate.actors, ATTACK_ENTRY);
        if (target.length > 0) imposed.push(recast(candidate, { entry: ATTACK_ENTRY, type: 'ASSAULT', cameo: '190', mode: null, recipients: target, embedded: false }));
      }
      // "accepted an invitation from his Kyrgyz counterpart to visit Bishkek": the invitation was made, and the visit is planned
      if (candidate.entry.id === 'agree.intent-meet' && candidate.type === 'AGREE' && candidate.status === 'occurred' && /^accept/i.test(candidate.trigger.text)) imposed.push(...acceptedInvitation(ctx, view, m.end, candidate));
      // "gave Niger's junta one week to reinstate President Bazoum": a deadline set for an act demands it, beside the threat
      // (not one that names its penalty, "one week to reinstate him or face military intervention": that is the threat alone)
      // (a deadline given to a party, not one set for one's own act: "Sweden sets October deadline for South Africa boycott")
      if (candidate.entry.id === 'threaten.ultimatum' && candidate.entry.embeds && candidate.status === 'occurred' && /^g[ai]v/i.test(candidate.trigger.text)
        && candidate.recipients.length > 0 && !penaltyNamed(words, m.end)) {
        imposed.push(recast(candidate, { entry: DEMAND_ENTRY, type: 'REQUEST', cameo: '100', mode: null, context: null, status: 'requested', embedded: false, threat: false, threatTo: [] }));
      }
      // "went on strike for a 100 pct pay rise", "held warning strikes to press demands for a 35-hour week": a strike waged for pay
      // or for demands is also the strikers' demand (100) of the one struck against, as the fixtures' writers code it; asked when
      // struck, so an announced strike's is undated
      if (candidate.type === 'PROTEST' && candidate.mode === 'strike' && strikeDemanded(words, m.end)) {
        imposed.push(recast(candidate, { entry: DEMAND_ENTRY, type: 'REQUEST', cameo: '100', mode: null, context: null, status: 'requested', embedded: false, threat: false, threatTo: [],
          date: candidate.status === 'occurred' ? candidate.date : null }));
      }
      // "told Japan to resolve the row ... or face an abrupt deterioration in trade relations": a request that names the penalty for
      // refusing it is also a threat to the one asked, made when asked
      if (candidate.type === 'REQUEST' && candidate.status === 'requested' && candidate.recipients.length > 0 && m.pattern.frame === 'verb' && penaltyNamed(words, m.end, 30)) {
        imposed.push(recast(candidate, { entry: THREAT_ENTRY, type: 'THREATEN', cameo: '130', mode: null, context: null, status: 'occurred', embedded: false, threat: false, threatTo: [] }));
      }
      // "freed Ksenia Karelina in exchange for Arthur Petrov": the other side freed someone too
      if (candidate.type === 'RETREAT' && candidate.cameo === '0841') {
        const swap = releasedInExchange(ctx, view, m.end, candidate);
        if (swap) imposed.push(swap);
      }
      // "eased a curfew imposed on July 19", "restored internet access, days after the government suspended it": the
      // restriction lifted was imposed, an act of its own
      if ((candidate.type === 'CONCEDE' && candidate.cameo === '081') || (candidate.type === 'RETREAT' && candidate.cameo === '085')) {
        const imposition = impositionOf(ctx, unit, view, m.end, candidate);
        if (imposition) {
          // (the lifting is not of the day the restriction was imposed: "restored internet on Sunday and eased a curfew imposed on July 19")
          if (imposition.date && candidate.date?.value === imposition.date.value) {
            const before = out.length > 1 ? out[out.length - 2] : null;
            out[out.length - 1] = recast(candidate, { date: before && sameSlots(before.actors, candidate.actors) ? before.date : null });
          }
          imposed.push(imposition);
        }
      }
      if (candidate.type === 'REJECT' || candidate.type === 'CONCEDE') {
        const asked = answeredDemand(ctx, unit, view, m.end, candidate);
        if (asked) {
          // (the refusal answers the one who asked: "rejected a South Korean offer" is against South Korea)
          if (candidate.recipients.length === 0) out[out.length - 1] = recast(candidate, { recipients: asked.actors });
          out.push(asked);
        }
        // ("Yugoslavia's request for a 100 mln ECU grant was refused by the EC": a request or offer its owner made, answered in the
        // passive by the one named after `by`, was made to that one, and the answer is to its owner)
        const made = out.length > 1 && (m.pattern.passive || (m.form === 'past/participle' && beBefore(words, m.start))) && !asked ? out[out.length - 2] : undefined;
        if (made && made.frame === 'noun' && (made.type === 'REQUEST' || made.type === 'AGREE') && made.recipients.length === 0 && DEMAND_NOUNS.has(wordAt(words, made.tokenStart))
          && made.tokenEnd <= m.start && !hasClauseBoundary(words, made.tokenEnd, m.start) && candidate.actors.length > 0
          && !candidate.actors.some((a) => made.actors.some((o) => o.entity.country === a.entity.country))) {
          out[out.length - 2] = recast(made, { recipients: candidate.actors });
          if (candidate.recipients.length === 0) out[out.length - 1] = recast(candidate, { recipients: made.actors });
        }
      }
    }
  }
  for (let i = 0; i < imposed.length; i++) out.push(imposed[i]);
  return out;
}

const OBJECT_SLOT: readonly RecipientSlot[] = ['obj'];
const AGAINST_SLOT: readonly RecipientSlot[] = ['obj', 'against'];

/**
 * The last act told by a finite verb when the acts after it are all told by nouns or participles in its own clause (its object:
 * "rejected the U.S. demand"), or undefined.
 */
function verbActBefore(out: readonly Candidate[], words: readonly string[], at: number): Candidate | undefined {
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    // (nor a participle's: "held talks, with Oman's minister carrying messages between them, and agreed to meet again"; nor one of
    // a relative clause: "accused Ghana of harbouring the gunmen who attacked his residence and warned that Togo would strike back")
    if (c.frame !== 'verb' || wordAt(words, c.tokenStart).endsWith('ing') || RELATIVE_PRONOUNS.has(wordAt(words, c.tokenStart - 1))) continue;
    if (i === out.length - 1 || hasClauseBoundary(words, c.tokenEnd, at)) return undefined;
    // (not past a clause of its own still open: "rejected a U.S. offer to drop the charges if he gave up power and left"; one a
    // comma closes is read past: "held talks, their first meeting since the invasion, and agreed")
    let open = false;
    for (let k = c.tokenEnd; k < at; k++) open = SUBORDINATORS.has(wordAt(words, k)) || (open && wordAt(words, k) !== ',');
    return open ? undefined : c;
  }
  return undefined;
}

/** "his country", "its forces" after a warning's `that`: the warner's own side, with the sector the noun gives. */
const OWN_SIDE: ReadonlyMap<string, string> = new Map([['country', ''], ['nation', ''], ['forces', 'MIL'], ['military', 'MIL'], ['army', 'MIL'], ['troops', 'MIL'], ['warplanes', 'MIL'], ['navy', 'MIL']]);

/** The act a warning announces, by the side it names after `that` ("that Iran would strike"), else the warner's; on whom it threatens. */
function announcedAct(ctx: Context, view: View, threat: Candidate): Candidate | null {
  const announced = threat.entry.announces;
  if (!announced || threat.actors.length === 0) return null;
  // (each of the warners, unless the warning names the side that would act: "Britain and France threatened new sanctions")
  let sides: readonly Slot[] = threat.actors;
  for (let k = threat.tokenStart; k < threat.tokenEnd - 1; k++) {
    if (wordAt(view.words, k) !== 'that') continue;
    const named = view.slotAt[k + 1] ?? (wordAt(view.words, k + 1) === 'the' ? view.slotAt[k + 2] : undefined);
    const warner = threat.actors[0];
    if (named && (named.entity.actor || named.entity.country) && named.entity.type !== 'person') sides = [named];
    // ("warned that his country would use nuclear weapons", "that its forces would strike": the warner's country, or its forces)
    else if (POSSESSIVES.has(wordAt(view.words, k + 1)) && OWN_SIDE.has(wordAt(view.words, k + 2)) && warner.entity.country) {
      const t = view.tokens[k + 2];
      sides = [slotOf(groupEntity(ctx, warner.entity.country, OWN_SIDE.get(wordAt(view.words, k + 2))!, { start: t.start, end: t.end, text: t.text }), t.start, t.end, undefined, true)];
    }
    break;
  }
  // (a vow in a headline is often of a fight of another kind: "CANADA VOWS TO FIGHT U.S. POTASH ACTION")
  if (announced.status && threat.unit.sentence < 0) return null;
  // (an act vowed is to come, unless a condition follows it: "vowed to fight on if the talks failed")
  const conditioned = /\b(?:if|unless)\b/i.test(ctx.text.slice(threat.trigger.end, threat.unit.end));
  const status = announced.status && !conditioned ? announced.status : 'hypothetical';
  // ("Wellington and Auckland workers had threatened to strike in support of a higher claim": a walkout threatened, read as no threat
  // of force, announces the strike, as a strike notice does)
  if (announced.type === 'ASSAULT' && threat.cameo === '130') return recast(threat, { type: 'PROTEST', cameo: '143', mode: 'strike', status: 'hypothetical', direction: 'future', date: null, threat: false, threatTo: [] });
  return recast(threat, { type: announced.type, cameo: announced.cameo, mode: null, status, direction: 'future', actors: [...sides], date: null, threat: false, threatTo: [] });
}

const VISIT_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'consult.visit')!);

/**
 * What an invitation accepted implies: the inviter's invitation when the text names them ("accepted an invitation from
 * X"), and the guest's visit, planned, where it says where to ("... to visit Bishkek next month").
 */
function acceptedInvitation(ctx: Context, view: View, end: number, accepted: Candidate): Candidate[] {
  const { words } = view;
  if (!/invitation$/i.test(accepted.trigger.text) && wordAt(words, end - 1) !== 'invitation' && !words.slice(accepted.tokenStart, end).includes('invitation')) return [];
  const out: Candidate[] = [];
  const guests = accepted.actors;
  // (states' people only: a company that accepts an invitation to visit is in trade)
  const party = (x: Slot) => x.entity.actor !== null && x.entity.actor !== undefined && x.entity.sector !== 'BUS';
  if (guests.length === 0 || !guests.every(party)) return out;
  // (the inviter, named after `from`, is the one the acceptance is to)
  const invitation = words.indexOf('invitation', accepted.tokenStart);
  const fromInviter = wordAt(words, invitation + 1) === 'from' && accepted.recipients.length > 0 && accepted.recipients.every((r) => r.start > view.tokens[invitation].end && party(r));
  if (fromInviter) out.push(recast(accepted, { actors: accepted.recipients, recipients: guests, status: 'invited', date: null }));
  for (let k = invitation + 1; k < words.length && k < invitation + 14; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';' || w === ',') break;
    if (w !== 'to' || wordAt(words, k + 1) !== 'visit') continue;
    const place = view.slotAt[partyAt(view, k + 2)];
    const country = place?.entity.country ?? null;
    if (!place || !country || guests.some((g) => g.entity.country === country)) break;
    const span = { start: place.start, end: place.end, text: ctx.text.slice(place.start, place.end) };
    const host = place.entity.type === 'location' || place.entity.type === 'country' ? countryEntity(ctx, country) ?? groupEntity(ctx, country, '', span) : place.entity;
    // (its date is its own, told after it: "next month", not the day the acceptance is told)
    const visit = view.tokens[k + 1];
    const date = nearestDate(ctx, { start: visit.start, end: view.tokens[view.tokens.length - 1].end }, { start: visit.start, end: visit.end, text: visit.text }, 'future');
    out.push(recast(accepted, { entry: VISIT_ENTRY, type: 'CONSULT', cameo: '042', mode: 'visit', context: null, status: 'intended', direction: 'future', date, recipients: [slotOf(host, place.start, place.end)] }));
    // ("Honecker accepted an invitation to visit Bonn": with no inviter named, the government of the country to be visited invited him)
    if (!fromInviter) out.push(recast(accepted, { actors: [slotOf(groupEntity(ctx, country, 'GOV', span), place.start, place.end)], recipients: guests, status: 'invited', date: null }));
    break;
  }
  return out;
}

/**
 * "Russia freed Ksenia Karelina on Thursday in exchange for Arthur Petrov", "released 10 Americans in exchange for Alex
 * Saab": a release in exchange for someone is answered by a release the other way, between the two countries.
 */
function releasedInExchange(ctx: Context, view: View, end: number, release: Candidate): Candidate | null {
  const { words } = view;
  let k = end;
  // (past a second one freed and a day: "freed reporter Evan Gershkovich and former U.S. Marine Paul Whelan on Thursday in exchange for";
  // past an apposition and a relative clause on the one freed: "freed X, the daughter of President Y, whom they kidnapped in September, in
  // exchange for")
  for (; k < words.length && k < end + 24; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';') return null;
    if ((w === 'exchange' || w === 'return' || w === 'swap') && wordAt(words, k - 1) === 'in' && wordAt(words, k + 1) === 'for') break;
  }
  if (k >= words.length || k >= end + 24) return null;
  const to = release.actors.length === 1 ? release.actors[0].entity.country : null;
  // ("in exchange for Vadim Krasikov, a Russian hitman who was serving a life sentence in Germany": the one holding him frees him)
  const holder = heldIn(view, k + 2, to);
  const from = holder?.country ?? (release.recipients.length === 1 ? release.recipients[0].entity.country : null);
  const t = view.tokens[k];
  const span = { start: t.start, end: t.end, text: t.text };
  // ("Leftist guerrillas today freed X ... in exchange for 22 jailed rebels": armed men who free a hostage of their own country, or
  // hostages of no country told, are answered by their own government, which frees their men)
  if (to && (from === to || from === null) && release.actors[0].entity.sector === 'REB') {
    return recast(release, { actors: [groupSlot(ctx, to, 'GOV', t.start, t.end)], recipients: [release.actors[0]] });
  }
  if (!from || !to || from === to) return null;
  const side = (country: string) => slotOf(countryEntity(ctx, country) ?? groupEntity(ctx, country, '', span), t.start, t.end);
  // ("held by Yerevan": a capital holding them is its government; "freed 32 Armenian soldiers in exchange for two Azerbaijani
  // servicemen": those named are freed, as the first release was of a group)
  const freer = holder?.capital ? slotOf(groupEntity(ctx, from, 'GOV', span), t.start, t.end) : side(from);
  const named = view.slotAt[k + 2] ?? view.slotAt[k + 3] ?? view.slotAt[k + 4];
  const freed = named && named.entity.country === to && named.group && release.recipients.some((r) => r.group) ? named : side(to);
  return recast(release, { actors: [freer], recipients: [freed] });
}

/**
 * The country a person exchanged is held in or freed by, told a few words after his name ("a Russian hitman serving a life
 * sentence in Germany", "a convicted Russian assassin freed by Germany").
 */
function heldIn(view: View, from: number, own: string | null): { country: string; capital: boolean } | null {
  const { words, slotAt } = view;
  let held = false;
  for (let k = from; k < words.length && k < from + 16; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';') return null;
    if (HELD_WORDS.has(w)) held = true;
    const slot = slotAt[k + 1];
    if (!held || (w !== 'in' && w !== 'by') || !slot || !slot.entity.country || slot.entity.country === own) continue;
    if (slot.entity.type === 'country') return { country: slot.entity.country, capital: false };
    // ("held by Yerevan": a capital that holds them)
    if (w === 'by' && slot.entity.type === 'location' && CAPITALS.get(slot.entity.name) === slot.entity.country) return { country: slot.entity.country, capital: true };
  }
  return null;
}
const HELD_WORDS: ReadonlySet<string> = new Set(['held', 'jailed', 'imprisoned', 'serving', 'detained', 'convicted', 'sentenced', 'freed', 'released']);

/** Verbs that impose a restriction, told of one lifted: "a curfew imposed on July 19", "after authorities suspended it". */
const IMPOSING: ReadonlySet<string> = new Set(['imposed', 'reimposed', 'declared', 'ordered', 'suspended']);

/**
 * The imposition of a restriction a concession lifts, where the text tells it: "eased a curfew imposed on July 19",
 * "lifted a ban ... imposed by her predecessor John Magufuli in 2016", "restored internet services after an 11-day
 * shutdown it had imposed", "restored internet access, days after the government suspended it". Its doer is the one
 * named after `by` or before the verb, else the one who lifts it; it is aimed at the same people.
 */
function impositionOf(ctx: Context, unit: Unit, view: View, end: number, lifted: Candidate): Candidate | null {
  const { words, slotAt } = view;
  let at = -1;
  let afterClause = false;
  for (let k = end; k < words.length && k < end + 14; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.' || w === ';' || w === 'and') break;
    if (w === 'after') afterClause = true;
    if (w === ',' && !afterClause && wordAt(words, k + 1) !== 'which' && wordAt(words, k + 1) !== 'days' && wordAt(words, k + 1) !== 'weeks' && wordAt(words, k + 1) !== 'a' && wordAt(words, k + 1) !== 'two') break;
    if (IMPOSING.has(w) && !slotAt[k]) { at = k; break; }
  }
  if (at < 0) return null;
  const object = wordAt(words, at + 1);
  // ("after the government suspended it": the restriction told again; a reduced participle right after the noun)
  const refers = object === 'it' || object === 'them';
  const reduced = !refers && (wordAt(words, at - 1) !== '' && !slotAt[at - 1] && /^\p{Ll}/u.test(view.tokens[at - 1].text) && !ASPECT.has(wordAt(words, at - 1)) && wordAt(words, at - 1) !== 'it');
  const ownSubject = wordAt(words, at - 1) === 'it' || (wordAt(words, at - 1) === 'had' && wordAt(words, at - 2) === 'it');
  if (!refers && !reduced && !ownSubject) return null;
  let actors: Slot[] = [...lifted.actors];
  if (wordAt(words, at + 1) === 'by' || (reduced && wordAt(words, at + 1) !== 'it')) {
    // (a predecessor with no code of his own held the same office: "imposed by her predecessor John Magufuli")
    const agent = byAgent(view, at + 1, unit).filter((a) => a.entity.actor || a.entity.country);
    if (agent.length > 0) actors = agent;
  } else if (refers) {
    const subject = slotAt[at - 1] ? subjectLeft(view, at) : null;
    const country = lifted.actors[0]?.entity.country;
    if (subject && subject.entity.country === country) actors = [subject];
    // ("days after the government suspended it", "after authorities imposed it": the state's government)
    else if (country && (wordAt(words, at - 1) === 'government' || wordAt(words, at - 1) === 'authorities')) {
      const t = view.tokens[at - 1];
      actors = [groupSlot(ctx, country, 'GOV', t.start, t.end)];
    }
  }
  // (sanctions eased were sanctions imposed; a curfew, ban or shutdown lifted was a restriction imposed)
  const imposing = lifted.type === 'RETREAT' ? 'sanction.impose' : 'coerce.curfew';
  const pattern = (lexicon().byFirst.get('imposed') ?? []).find((p) => p.entry.id === imposing && p.frame === 'verb' && !p.passive);
  if (!pattern) return null;
  const made = finish(ctx, unit, view, pattern, at, at + 1, actors, [...lifted.recipients], at, true);
  // ("he would lift tariffs imposed last week": a reduced participle tells the imposition as done, whatever is said of the lifting)
  if (!made || (made.status !== 'occurred' && !(reduced && (made.status === 'intended' || made.status === 'hypothetical')))) return null;
  // (dated only by its own words: "a shutdown it had imposed" is not of the day it was lifted)
  const last = view.tokens[Math.min(view.tokens.length - 1, at + 8)];
  return recast(made, { status: 'occurred', direction: 'past', date: nearestDate(ctx, { start: view.tokens[at].start, end: last.end }, made.trigger, 'past') });
}

/**
 * Whether the clause after a deadline or a request names the penalty for missing it ("one week to reinstate him or face military
 * intervention"), within `reach` words (a request's object may be long: "to resolve the row over the U.K. firm's shareholding in ...").
 */
function penaltyNamed(words: readonly string[], end: number, reach = 20): boolean {
  for (let k = end; k < words.length && k < end + reach; k++) {
    const w = wordAt(words, k);
    if (w === ',' || w === ';' || BOUNDARY.has(w)) return false;
    if (w === 'or' && /^fac/.test(wordAt(words, k + 1))) return true;
  }
  return false;
}

/**
 * Whether a strike told up to `end` is waged for a demand: `for` or `over` (the trigger's last word or the next one), then a word
 * of pay within four words ("for a 110 pct pay rise", "for more pay"); or `for`, `over`, `in support of` or `to` press, back,
 * support or pursue, then demands or claims within four words ("over wage demands", "to press demands for a 35-hour week",
 * "in support of the union's demands", "a strike in support of pay claims"); none across a comma or a boundary.
 */
function strikeDemanded(words: readonly string[], trigger: number): boolean {
  const at = (k: number) => wordAt(words, k);
  const last = at(trigger - 1);
  // (past a time adverbial: "went on strike today to press demands", "held warning strikes on Monday in support of")
  const end = skipTimeAdverbial(words, trigger);
  let from = -1;
  if (last === 'for' || last === 'over') from = trigger;
  else if (at(end) === 'for' || at(end) === 'over') from = end + 1;
  else if (at(end) === 'in' && at(end + 1) === 'support' && at(end + 2) === 'of') from = end + 3;
  else if (at(end) === 'to' && STRIKE_PURPOSES.has(at(end + 1))) from = end + 2;
  if (from < 0) return false;
  const pressed = at(from - 1) !== 'for' && at(from - 1) !== 'over';
  for (let k = from; k < words.length && k < from + 5; k++) {
    const w = at(k);
    // (not a strike against a policy on pay: "a wave of strikes over the wage freeze")
    if (PAY_WORDS.has(w) && !pressed && !PAY_POLICIES.has(at(k + 1))) return true;
    if (CLAIM_WORDS.has(w)) return true;
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}

/** Verbs of a strike's purpose that name the demands it is for ("to press demands", "to back wage demands"). */
const STRIKE_PURPOSES: ReadonlySet<string> = new Set(['press', 'back', 'support', 'pursue', 'push', 'enforce']);
/** Nouns of a policy on pay that a strike protests against rather than claims ("the wage freeze", "pay curbs"). */
const PAY_POLICIES: ReadonlySet<string> = new Set(['freeze', 'freezes', 'ceiling', 'ceilings', 'limit', 'limits', 'curbs', 'restraint', 'guidelines', 'policy', 'policies', 'controls', 'cut', 'cuts', 'reform', 'reforms', 'law', 'laws']);
/** Nouns of what strikers claim ("wage demands", "pay claims"). */
const CLAIM_WORDS: ReadonlySet<string> = new Set(['demands', 'claims', 'demand', 'claim']);

/** Nouns of a charge one side makes against another ("denied Japan's accusations"). */
const CHARGE_NOUNS: ReadonlySet<string> = new Set(['accusations', 'accusation', 'allegations', 'allegation', 'charges']);

/** Nouns of a demand (or an offer, or a charge) answered by a refusal or a concession. */
const DEMAND_NOUNS: ReadonlySet<string> = new Set(['demand', 'demands', 'request', 'requests', 'call', 'calls', 'ultimatum', 'offer', 'offers', ...CHARGE_NOUNS]);

/**
 * The demand a refusal or concession answers, as the demander's REQUEST of the one answering: "a U.S.
 * demand that it open talks" (USA), "the main demand of a student-led movement" (the movement),
 * "opposition demands" (the answering side's opposition). Null when no demander is named.
 */
function answeredDemand(ctx: Context, unit: Unit, view: View, end: number, answer: Candidate): Candidate | null {
  const { words, slotAt, tokens } = view;
  const answerer = answer.actors[0];
  if (!answerer || !(answerer.entity.actor || answerer.entity.country)) return null;
  let noun = -1;
  for (let k = answer.tokenStart + 1; k < words.length && k < end + 6; k++) {
    if (DEMAND_NOUNS.has(wordAt(words, k)) && !slotAt[k]) { noun = k; break; }
    if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',' || wordAt(words, k) === 'that') return null;
  }
  if (noun < 0) return null;
  const offered = wordAt(words, noun).startsWith('offer');
  let maker: Slot | null = null;
  for (let k = noun - 1; k > answer.tokenStart && !maker; k--) {
    const slot = slotAt[k];
    if (slot && slot.entity.id !== answerer.entity.id) maker = slot;
    else if (wordAt(words, k) === 'opposition' && answerer.entity.country) {
      const t = tokens[k];
      maker = groupSlot(ctx, answerer.entity.country, 'OPP', t.start, t.end);
    } else {
      // ("a South Korean offer": a demonym of two words)
      const pair = k > 0 ? DEMONYMS.get(`${tokens[k - 1].text} ${tokens[k].text}`) : undefined;
      const from = pair ? k - 1 : k;
      const demonym = pair ?? DEMONYMS.get(tokens[k].text);
      if (demonym) maker = groupSlot(ctx, demonym, '', tokens[from].start, tokens[k].end);
    }
  }
  // ("the main demand of a student-led movement", "a demand from Washington", "calls from Zambia's Kaunda and Zimbabwe's Mugabe",
  // "agreed to demands by the rebels")
  let makers: Slot[] = [];
  if (!maker && (wordAt(words, noun + 1) === 'of' || wordAt(words, noun + 1) === 'from' || wordAt(words, noun + 1) === 'by')) {
    const at = partyAt(view, noun + 2);
    maker = slotAt[at] ?? null;
    if (maker) makers = recipientSlots(ctx, view, at, new Set([answerer.entity.id]));
    // ("declined an offer of Soviet naval escorts", "an offer of South Korean aid": the thing offered named by its giver's demonym)
    else if (wordAt(words, noun + 1) === 'of' && at + 1 < tokens.length) {
      const pair = DEMONYMS.get(`${tokens[at].text} ${tokens[at + 1].text}`);
      const demonym = pair ?? DEMONYMS.get(tokens[at].text);
      const last = pair ? at + 1 : at;
      if (demonym && !slotAt[last + 1]) maker = groupSlot(ctx, demonym, '', tokens[at].start, tokens[last].end);
    }
  }
  // (of the answerer's own country only from another side of it: "rejected the opposition's demands" is the opposition's, and
  // "letter carriers rejected a new contract offer from Canada Post" the employer's offer to its workers; not a firm's offer its
  // own government turns down, "the U.S. Department of Agriculture rejected a U.S. firm's offer", a tender's business)
  if (!maker || (maker.entity.country !== null && maker.entity.country === answerer.entity.country && maker.entity.sector !== 'OPP'
    && !(offered && maker.entity.sector === 'BUS' && answerer.entity.sector !== 'BUS' && answerer.entity.sector !== 'GOV'))) return null;
  if (makers.length === 0) makers = [maker];
  // ("rejected a South Korean offer of economic aid": an offer refused was made, AGREE; a proposal refused is told as no act
  // by the fixtures' writers)
  // ("China denied Japan's accusations": a charge denied was made, ACCUSE)
  const charged = CHARGE_NOUNS.has(wordAt(words, noun));
  // ("ignored Manila's request": a request is an appeal, 020, a demand an insistence, 100)
  const requested = wordAt(words, noun).startsWith('request');
  // (an employer's offer to its own country's workers is a bargaining offer, coded inside the country as the pay offer it is)
  const domestic = maker.entity.country !== null && maker.entity.country === answerer.entity.country;
  const pattern = offered ? lexicon().byFirst.get('offer')?.find((p) => p.entry.id === (domestic ? 'agree.offer-pay' : 'agree.offer'))
    : charged ? lexicon().byFirst.get('accuse')?.find((p) => p.entry.id === 'accuse.accuse')
    : requested ? lexicon().byFirst.get('request')?.find((p) => p.entry.id === 'request.noun')
    : lexicon().byFirst.get('demand')?.find((p) => p.entry.id === 'request.demand');
  // ("Burkina Faso, Mali and Niger rejected an ECOWAS offer": made to each of those answering)
  const answerers = answer.actors.filter((a) => a.entity.actor || a.entity.country);
  const made = pattern ? finish(ctx, unit, view, asNoun(pattern), noun, noun + 1, makers, answerers, noun, true) : null;
  // (made before the answer, on a day the text does not give)
  return made && recast(made, { date: null });
}

/**
 * "welcomed Australia's decision to lift its ban": a welcome whose `to` opens an infinitive is praise of the act welcomed, not
 * a hosting (`welcome * to`, "welcomed Xi to Astana"); the match as the one word of praise, else null.
 */
function welcomedAct(view: View, m: TriggerMatch): TriggerMatch | null {
  if (m.pattern.entry.id !== 'consult.host' || wordAt(view.words, m.end - 1) !== 'to' || !isInfinitive(view, m.end)) return null;
  const praise = lexicon().byFirst.get(wordAt(view.words, m.start))?.find((p) => p.entry.id === 'support.praise' && p.frame === 'verb' && !p.passive);
  return praise ? { pattern: praise, start: m.start, end: m.start + 1, form: m.form } : null;
}

/** Whether a match reads as a verb here: a verb pattern in a verb form, not after a determiner ("the attack"). */
function usedAsVerb(words: readonly string[], m: TriggerMatch): boolean {
  return m.pattern.frame === 'verb' && m.form !== 'noun' && !DETERMINERS.has(wordAt(words, m.start - 1));
}

/** The index of a verb of ending within the six words before the noun at `start` ("to end the Iraq-Iran war"), else -1. */
function endingBefore(words: readonly string[], start: number): number {
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (ENDING_WORDS.has(wordAt(words, k))) return k;
    if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',') return -1;
  }
  return -1;
}

const ENDING_WORDS: ReadonlySet<string> = new Set(['end', 'ends', 'ending', 'ended', 'halt', 'stop', 'settle', 'resolve', 'resolving', 'settling', 'stopping', 'halting']);

/**
 * "agreed to hold talks with Damascus", "vowed to punish", "his pledge to veto": the act embedded
 * after the trigger of `out[index]` is read into that event (its recipient, intent code, or what a
 * pledge of a hostile act is).
 */
function readEmbedded(ctx: Context, view: View, out: Candidate[], index: number, m: TriggerMatch): void {
  const { words, tokens } = view;
  const host = out[index];
  if (host) {
    // "agreed to hold talks with Damascus": the host takes the act's recipient and intent code
    const embedded = m.pattern.entry;
    // (a verb read only in a relative clause on a noun, "levies Ottawa imposed on", is no act embedded: "agreed to impose a duty")
    if (embedded.sanctionBefore || embedded.agreementBefore) return;
    // "prepared to meet any escalation with countermeasures": the embedded verb in another sense is no act to offer
    if (embedded.objectActor && m.pattern.frame === 'verb' && (m.end === m.start + 1 || PREPOSITIONS.has(wordAt(words, m.end - 1))) && objectIsThing(view, m.end)) return;
    // ("agreed to initiate efforts to end the Iraq-Iran war": a war to be ended is no act offered or threatened, and its sides are
    // no party of the agreement)
    const ending = embedded.type === 'ASSAULT' && m.pattern.frame === 'noun' ? endingBefore(words, m.start) : -1;
    if (ending >= 0) {
      // (nor are the sides the war is named by: "to end the Iraq-Iran war" names no one the agreement is with)
      const from = tokens[ending].start, to = tokens[m.end - 1].end;
      const outside = host.recipients.filter((r) => r.end <= from || r.start >= to);
      if (outside.length !== host.recipients.length) out[index] = recast(host, { recipients: outside });
      return;
    }
    let recipients = host.recipients;
    if (recipients.length === 0 && host.type !== 'REQUEST') {
      recipients = findRecipients(ctx, view, embedded.recipient ?? [], m.start + 1, host.actors, embedded);
      if (recipients.length === 0 && m.end > m.start + 1) recipients = findRecipients(ctx, view, embedded.recipient ?? [], m.end, host.actors, embedded);
    }
    let cameo = host.cameo;
    // "his pledge to veto a tax hike": a pledge of a refusal is the refusal, intended
    if (host.type === 'AGREE' && host.cameo === '030' && wordAt(words, m.start - 1) === 'to' && PLEDGED_AS_ACT.has(embedded.type)) {
      out[index] = recast(host, { type: embedded.type, cameo: embedded.cameo, status: host.status === 'occurred' ? 'intended' : host.status, recipients, embedded: true });
      return;
    }
    // "vowed to punish", "promised to impose sanctions": a pledge of a hostile act is a threat
    // ("was ready to continue and perhaps step up the Gulf shipping war against Iraq": a war carried on, named by a noun)
    const threat = host.type === 'AGREE' && host.cameo === '030' && (wordAt(words, m.start - 1) === 'to' || (embedded.type === 'ASSAULT' && m.pattern.frame === 'noun'))
      ? THREAT_BY_EMBEDDED[embedded.type] : undefined;
    // ("Canada's government agreed to impose a duty on its lumber exports": a sanction on a state's own goods is no threat)
    if (threat && recipients.length === 0 && wordAt(words, m.end - 1) === 'on' && OWNER_PRONOUNS.has(wordAt(words, m.end))) return;
    if (threat) {
      // ("the U.S. is prepared to retaliate if the tax is introduced", "vowed to do everything possible to fight the U.S. action
      // against Canadian potash exports"): force pledged in a sentence of money or trade and no word of war is a threat of no force
      const cameo = threat === '138' && figurativeUnit(words) ? '130' : threat;
      out[index] = recast(host, { type: 'THREATEN', cameo, context: cameo === '130' ? null : host.context, recipients, embedded: true });
      return;
    }
    if (host.type === 'AGREE' && host.cameo === '030') {
      cameo = INTENT_BY_EMBEDDED[embedded.type] ?? cameo;
      if (cameo === '031' && host.context && INTENT_CAMEO[host.context]) cameo = INTENT_CAMEO[host.context];
      if (cameo === '031') {
        const window = ctx.text.slice(tokens[m.start].start, tokens[Math.min(tokens.length, m.end + 4) - 1].end);
        const context = CONTEXT_CUES.find((c) => c.pattern.test(window))?.context;
        if (context && INTENT_CAMEO[context]) cameo = INTENT_CAMEO[context];
      }
    }
    out[index] = recast(host, { recipients, cameo, embedded: true });
  }
}

/**
 * How an act relates to the one coded before it in the same clause run: a purpose that restates it
 * (false: no event), the infinitive or framing noun that takes its actors, a causative's object,
 * an act asked for that has not happened, a noun that repeats it. Returns the candidate as it
 * stands after that.
 */
function relateToPrevious(ctx: Context, unit: Unit, view: View, m: TriggerMatch, found: Candidate | null, previous: Candidate): Candidate | null | false {
  const { words } = view;
  let candidate = found;
  // ("in addition to demand boosting measures", "and demand for consumer goods rose"): the market's demand is no act carried on
  if (m.pattern.entry.type === 'REQUEST' && marketDemand(words, m.start)) return candidate;
  const inf = (wordAt(words, m.start - 1) === 'to' || wordAt(words, m.start - 1) === 'and') && m.pattern.frame === 'verb' && !m.pattern.passive && m.form !== 'noun';
  // "blocked roads ... to protest", "staged a strike in protest at": the purpose restates the act
  // ("held a video conference to discuss"; a consultation's purpose with a party of its own is one more: "visit Kyiv to meet Zelenskiy")
  const purpose = (wordAt(words, m.start - 1) === 'to' && inf) || (wordAt(words, m.start - 1) === 'in' && m.pattern.frame === 'verb');
  if (purpose && m.pattern.entry.type === previous.type && (previous.type !== 'CONSULT' || !candidate || candidate.recipients.length === 0)) return false;
  const during = m.pattern.frame === 'noun' || m.form === 'noun' || (m.form !== 'past' && m.form !== 'past/participle' && m.form !== 'participle' && m.form !== 'gerund' && !candidate);
  // "arrested 12 suspects in a joint operation": a joint act framing a compound subject's act
  // (a telephone interview during a visit is no call with the country visited)
  const framed = during && previous.mode !== 'visit' && (m.pattern.entry.type === 'CONSULT' || (m.pattern.entry.type === 'COOPERATE' && previous.actors.length > 1)) && /^(?:in|during|at|by|via|over)$/.test(wordAt(words, m.start - 1) === 'a' || wordAt(words, m.start - 1) === 'the' || wordAt(words, m.start - 1) === 'an' ? wordAt(words, m.start - 2) ?? '' : wordAt(words, m.start - 1) ?? '');
  // "prompting Tokyo to lodge a protest": a causative verb's object does the infinitive's act
  // (past the title before the name: "prompting President Donald Trump to announce")
  let causer = view.slotAt[m.start - 2] !== undefined ? view.slotStart[m.start - 2] - 1 : -1;
  while (causer > 0 && !view.slotAt[causer] && startsUpper(view.tokens[causer].text)) causer--;
  // (past an office written in lower case and the state before it: "prompting U.S. envoy Linda Thomas-Greenfield to accuse")
  if (causer > 0 && PERSON_NOUNS.has(wordAt(words, causer)) && /^\p{Ll}/u.test(view.tokens[causer].text)) {
    causer--;
    if (view.slotAt[causer] && !POSSESSIVE_MARKS.has(wordAt(words, causer))) causer = view.slotStart[causer] - 1;
  }
  // (past the name's possessor and article: "prompting Imamoglu's Republican People's Party to call", "prompting the party to")
  if (causer > 0 && POSSESSIVE_MARKS.has(wordAt(words, causer)) && view.slotAt[causer - 1]) causer = view.slotStart[causer - 1] - 1;
  if (causer > 0 && (wordAt(words, causer) === 'the' || POSSESSIVES.has(wordAt(words, causer)))) causer--;
  // ("prompting an adviser to Nigerian President Bola Tinubu to accuse": an aide named by the one served)
  if ((wordAt(words, causer) === 'to' || wordAt(words, causer) === 'of') && AIDES.has(wordAt(words, causer - 1))) {
    causer -= 2;
    if (DETERMINERS.has(wordAt(words, causer))) causer--;
  }
  const caused = inf && wordAt(words, m.start - 1) === 'to' && candidate !== null && causer >= 0 && CAUSATIVE_VERBS.has(wordAt(words, causer));
  // ("prompted Tokyo to lodge a protest" tells that it did)
  // (and when: the caused act's date was read as one to come)
  // (an "if" clause before the causative verb is the first act's condition, not this one's)
  if (caused && (candidate!.status === 'intended' || candidate!.status === 'hypothetical') && /(?:ed|ing)$/.test(wordAt(words, causer)) && !view.quoteAt[m.start]) candidate = recast(candidate!, { status: 'occurred', direction: 'past', date: previous.date ?? null });
  // ("prompting North Korea to put its armed forces on a war footing and to denounce the manoeuvres": the second infinitive
  // of the one caused was done as the first was)
  if (candidate && inf && wordAt(words, m.start - 1) === 'to' && wordAt(words, m.start - 2) === 'and' && candidate.status === 'intended' && previous.status === 'occurred'
    && wordAt(words, previous.tokenStart - 1) === 'to' && sameSlots(candidate.actors, previous.actors) && !view.quoteAt[m.start]) candidate = recast(candidate, { status: 'occurred', direction: 'past', date: previous.date ?? null });
  // ("Ishiba and Yoon held a call ..., their first since Ishiba took office, and agreed": the whole compound, not the name in the apposition)
  const narrowed = candidate !== null && wordAt(words, m.start - 1) === 'and' && wordAt(words, m.start - 2) === ',' && candidate.actors.length < previous.actors.length && candidate.actors.every((a) => previous.actors.some((p) => p.entity.id === a.entity.id));
  // ("welcomed a decision by the Waterside Workers' Federation to lift its ban": the infinitive's own subject named after the first verb)
  let ownSubject = false;
  for (let k = previous.tokenEnd; candidate !== null && k < m.start - 1; k++) {
    const agent = wordAt(words, k) === 'by' ? view.slotAt[k + 1] ?? (wordAt(words, k + 1) === 'the' ? view.slotAt[k + 2] : undefined) : undefined;
    if (agent && candidate.actors.some((a) => a.entity.id === agent.entity.id)) ownSubject = true;
  }
  // ("rallied against the government's decision to suspend talks": the one whose decision it was)
  if (decisionOwnerEnd(view, m.start - 2) >= 0) ownSubject = true;
  // ("Iran accused the U.S. after a U.S. cruiser shot down an airliner, ..., and vowed to avenge": the act in the time clause
  // is not the one `, and` continues)
  const afterClause = wordAt(words, m.start - 1) === 'and' && wordAt(words, m.start - 2) === ',' && subordinatorAt(view, m.start - 2) >= 0 && subordinatorAt(view, m.start - 2) < previous.tokenStart;
  if ((inf && !caused && !ownSubject && !afterClause && (!candidate || narrowed || candidate.actors.every((a) => !previous.actors.some((p) => p.entity.id === a.entity.id)))) || (framed && !candidate)) {
    // "will visit Kyiv to meet Zelenskiy": the subject of the purpose clause is the visitor;
    // "congratulated Modi in a phone call": the call is between the same two
    // read from right after the verb as codeMatch does: "and threatened Ukraine with retaliation"
    let own = m.end > m.start + 1 && inf ? findRecipients(ctx, view, m.pattern.entry.recipient ?? [], m.start + 1, previous.actors, m.pattern.entry) : [];
    if (own.length === 0) own = findRecipients(ctx, view, m.pattern.entry.recipient ?? [], m.end, previous.actors, m.pattern.entry);
    const made = finish(ctx, unit, view, m.pattern, m.start, m.end, [...previous.actors], own.length ? own : framed ? [...previous.recipients] : [], m.start, previous.past);
    // (the date the apposition holds is not the act's: the first verb's is)
    // (a demand's "requested" is no status of another act joined to it: "demanded that Henry resign and warned of civil war"; nor is
    // a protest's "intended" a demand's it carries: "Unions called the strike for tomorrow to press for shorter hours" is asked now)
    if (made) candidate = recast(made, { status: inf && previous.status !== 'occurred' && !(previous.status === 'requested' && made.type !== 'REQUEST') && !(previous.status === 'intended' && made.status === 'requested') ? previous.status : made.status, date: (narrowed ? previous.date : null) ?? made.date ?? previous.date });
  }
  // "will make a visit to the United States and hold talks with Reagan": a bare verb after `and` shares the modal of the first
  if (candidate && m.form === 'base' && wordAt(words, m.start - 1) === 'and' && candidate.status === 'occurred' && (previous.status === 'intended' || previous.status === 'hypothetical')
    && sameSlots(candidate.actors, previous.actors)) candidate = recast(candidate, { status: previous.status, direction: previous.direction });
  // "demanding that the government ban imports": the act in a demand's `that` clause has not happened
  if (candidate && previous.type === 'REQUEST' && m.form === 'base' && m.pattern.frame === 'verb' && m.start - previous.tokenEnd <= 8
    && words.slice(previous.tokenEnd - 1, m.start).includes('that')) candidate = null;
  // "Moscow demands UN Security Council meeting", "called for talks with Kyiv": the act asked for has not happened
  // (a war is a state that goes on, not an act asked for: "demanded a ceasefire in the war between Iran and Iraq")
  // (a word act joined by `and` to a request told by a participle is the speaker's own: "urging negotiations and warning of
  // military action")
  const joinedParticiple = m.form === 'gerund' && wordAt(words, m.start - 1) === 'and' && SPOKEN_ACTS.has(m.pattern.entry.type) && /ing$/.test(wordAt(words, previous.tokenStart));
  if (candidate && (m.pattern.frame === 'noun' || m.form === 'noun' || m.form === 'gerund') && previous.type === 'REQUEST' && m.start - previous.tokenEnd <= 6 && !candidate.entry.mutual && !joinedParticiple) candidate = null;
  if (candidate && candidate.frame === 'noun' && candidate.type === previous.type && sameSlots(candidate.actors, previous.actors)) {
    candidate = recast(candidate, { status: previous.status, date: previous.date ?? candidate.date });
  }
  // "completing a pullout demanded by the military government in Niamey": an act named right before a participle with `by`
  // is what the agent asked of the last act's doer
  const doer = previous.actors[0];
  if (candidate && candidate.type === 'REQUEST' && candidate.recipients.length === 0 && (m.form === 'participle' || m.form === 'past/participle') && wordAt(words, m.end) === 'by'
    && m.start - previous.tokenEnd <= 8 && !hasClauseBoundary(words, previous.tokenEnd, m.start) && !candidate.actors.some((a) => previous.actors.some((p) => p.entity.id === a.entity.id))
    && doer?.entity.country) {
    candidate = recast(candidate, { recipients: [groupSlot(ctx, doer.entity.country, '', doer.start, doer.end)], date: null });
  }
  // ("hundreds of people rallied in Bamako to demand a return to civilian rule": a demand a protest is made for is to the protest's
  // target, from the same crowd)
  if (candidate && candidate.type === 'REQUEST' && candidate.recipients.length === 0 && previous.type === 'PROTEST' && previous.recipients.length > 0
    && wordAt(words, m.start - 1) === 'to' && m.start - previous.tokenEnd <= 10 && sameSlots(candidate.actors, previous.actors)) {
    candidate = recast(candidate, { recipients: [...previous.recipients] });
  }
  // "exchanged prisoners in a swap brokered by the UAE": a mediator with no parties named stands between those of the act it brokered
  if (candidate && candidate.type === 'CONSULT' && candidate.cameo === '045' && candidate.recipients.length === 0) {
    const parties = [...previous.actors, ...previous.recipients].filter((p, i, all) => all.findIndex((q) => q.entity.id === p.entity.id) === i && !candidate!.actors.some((a) => a.entity.id === p.entity.id));
    if (parties.length > 0) candidate = recast(candidate, { recipients: parties });
  }
  // "Li Qiang hosted Manele ... and pledged to deepen cooperation": a pledge or act of help joined to an act with a party is to that party
  // (after a friendly act, and as a verb of its own in the past: not "a plan to spur spending and open its markets")
  if (candidate && candidate.recipients.length === 0 && wordAt(words, m.start - 1) === 'and' && previous.recipients.length > 0 && JOINED_TO_PARTY.has(candidate.type)
    && JOINED_TO_PARTY.has(previous.type === 'CONSULT' ? 'AGREE' : previous.type) && (m.form === 'past' || m.form === 'past/participle')
    && sameSlots(candidate.actors, previous.actors) && !hasClauseBoundary(words, previous.tokenEnd, m.start)) {
    candidate = recast(candidate, { recipients: [...previous.recipients] });
  }
  // "severed relations with the UAE, accusing the Gulf state of ...", "expelled three French
  // diplomats, accusing them of": an object told again is the last act's target
  if (candidate && wordAt(words, m.start - 1) === ',' && previous.recipients.length > 0 && sameSlots(candidate.actors, previous.actors) && refersBack(view, m.end)) {
    // ("imposed a trade embargo on Nicaragua, accusing its Sandinista government of": the government of the country told)
    const head = backHead(view, m.end);
    const rulers = head !== null && RULER_HEADS.has(head);
    candidate = recast(candidate, { recipients: rulers ? previous.recipients.map((r) => r.entity.country && r.entity.sector !== 'GOV'
      ? groupSlot(ctx, r.entity.country, 'GOV', r.start, r.end) : r) : [...previous.recipients] });
  }
  return candidate;
}

/** Acts that, joined by `and` to an act with a party, are to that party ("hosted X and pledged to deepen cooperation"). */
const JOINED_TO_PARTY: ReadonlySet<PloverType> = new Set(['AGREE', 'SUPPORT', 'COOPERATE', 'AID']);

/** Whether the object at token k names a party told before: "him", "them", "the Gulf state" (no country named in it). */
function refersBack(view: View, k: number): boolean {
  const w = wordAt(view.words, k);
  if (w === 'him' || w === 'her' || w === 'them' || w === 'it') return true;
  return backHead(view, k) !== null;
}

/** Whether a pattern's closing `to` opens the infinitive its trigger governs ("gave Lithuania two days to revoke"): no object follows it. */
function infinitiveAfter(m: TriggerMatch): boolean {
  const last = m.pattern.rest[m.pattern.rest.length - 1];
  return m.pattern.entry.embeds === true && last !== undefined && !('gap' in last) && last.words.size === 1 && last.words.has('to');
}

/** Whether the noun at `at` is what a policy or strategy is "of" ("policy of pressure and sanctions"). */
function policyOf(words: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - 5; k--) {
    const w = wordAt(words, k);
    if (w === 'of') return POLICY_NOUNS.has(wordAt(words, k - 1));
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}
const POLICY_NOUNS: ReadonlySet<string> = new Set(['policy', 'policies', 'strategy', 'doctrine', 'tactic', 'tactics']);
/** Whether an attack's doers are a union's people, or unarmed men striking firms: a walkout, not force. */
function walkout(candidate: Candidate): boolean {
  return candidate.type === 'ASSAULT' && candidate.actors.length > 0 && (candidate.actors.every((a) => a.entity.sector === 'NGO')
    || (!armedActors(candidate.actors) && candidate.recipients.length > 0 && candidate.recipients.every((r) => r.entity.sector === 'BUS')));
}

/** Nouns of a motion a body puts to a vote ("a Security Council resolution"). */
const RESOLUTIONS: ReadonlySet<string> = new Set(['resolution', 'resolutions']);

/**
 * The words of a sentence that assert nothing, from `from` (exclusive) to `to`: after "rumors that", "reports that", "no
 * information", "denied that", "would imply that" to the sentence's end, or to the `and` after a report its speaker calls
 * false ("said reports that it intended to threaten shipping were baseless, and warned the U.S. not to": the warning is
 * asserted). `from` is the length when the sentence asserts all it tells.
 */
function unassertedWords(view: View): { from: number; to: number } {
  const { words, slotAt } = view;
  for (let i = 0; i < words.length; i++) {
    const w = wordAt(words, i);
    // "Xinhua reports that" is speech: a noun only when no name is its subject
    if (w === 'that' && HEARSAY_NOUNS.has(wordAt(words, i - 1)) && !slotAt[i - 2]) return { from: i, to: hearsayDismissed(words, i) };
    if (w === 'that' && (DENIAL_VERBS.has(wordAt(words, i - 1)) || IMPLYING_VERBS.has(wordAt(words, i - 1)))) return { from: i, to: words.length };
    // ("Speculation the United States will offer subsidized wheat to the Soviet Union", "expectations the Bundesbank would provide"):
    // a noun of hearsay that no verb shares, its `that` left out, with a party right after it
    if (BARE_HEARSAY.has(w) && !slotAt[i - 1] && (slotAt[i + 1] || (wordAt(words, i + 1) === 'the' && slotAt[i + 2]))) return { from: i + 1, to: hearsayDismissed(words, i + 1) };
    // "some of the rumors in the London markets were that ..."
    if (w === 'that' && BE_FORMS.has(wordAt(words, i - 1))) for (let j = i - 2; j >= 0 && j >= i - 8; j--) if (HEARSAY_NOUNS.has(wordAt(words, j)) && !slotAt[j - 1]) return { from: i, to: words.length };
    if (w === 'information' && wordAt(words, i - 1) === 'no') return { from: i, to: words.length };
  }
  return { from: words.length, to: words.length };
}

/** Nouns of hearsay no verb shares, which may open their clause with no `that` ("speculation the Fed would raise rates"). */
const BARE_HEARSAY: ReadonlySet<string> = new Set(['rumor', 'rumors', 'rumour', 'rumours', 'speculation', 'suspicion', 'suspicions', 'expectation', 'expectations', 'possibility', 'likelihood']);

/** Words that call a report false ("reports that ... were baseless"). */
const FALSE_WORDS: ReadonlySet<string> = new Set(['baseless', 'untrue', 'unfounded', 'groundless', 'false', 'incorrect', 'wrong', 'nonsense']);

/**
 * Where the clause of a report opened by the `that` at `that` ends when a form of `be` and a word that calls it false close
 * it and `and` goes on with the speaker's own clause ("reports that ... were baseless, and warned"): the index of that
 * `and`, or the sentence's length when the report is not so dismissed.
 */
function hearsayDismissed(words: readonly string[], that: number): number {
  for (let j = that + 2; j < words.length - 2 && j <= that + 24; j++) {
    if (!BE_FORMS.has(wordAt(words, j)) || !FALSE_WORDS.has(wordAt(words, j + 1))) continue;
    const k = wordAt(words, j + 2) === ',' ? j + 3 : j + 2;
    return wordAt(words, k) === 'and' ? k : words.length;
  }
  return words.length;
}

/**
 * The `to` at index `to` opens an infinitive that asserts nothing: after a content noun ("demands
 * to halt", "failure to honor", "decision to shelve") or a verb of wishing or forcing with an object
 * between ("wants Tokyo to", "push Germany and Japan harder to", "wants other Group of Seven countries to").
 */
const TAKE_CHANCE = new Set(['use', 'uses', 'used', 'using', 'take', 'takes', 'took', 'taking']);

function unassertedInfinitive(view: View, to: number): boolean {
  const { words, slotAt, slotStart } = view;
  const before = wordAt(words, to - 1);
  // "I would like to use this opportunity to invite you": taking the chance is doing the act
  if (before === 'opportunity' && (wordAt(words, to - 2) === 'this' || wordAt(words, to - 2) === 'the') && TAKE_CHANCE.has(wordAt(words, to - 3) ?? '')) return false;
  // ("the government's decision to suspend talks": a decision someone is told to have taken is the act taken)
  if (decisionOwnerEnd(view, to - 1) >= 0) return false;
  if (before !== '' && (CONTENT_NOUNS.has(before) || UNASSERTING_NOUNS.has(before))) return true;
  // ("vetoed a Security Council resolution to impose mandatory sanctions": a resolution a body named before it puts forward proposes
  // the body's act, not one of those who vote on it; "will vote on a resolution to condemn" is the voters' own)
  if (RESOLUTIONS.has(before) && slotAt[to - 2]) return true;
  // "failure to honor an agreement to stop dumping ... and to open its market": a second infinitive shares the first one's head
  if (before === 'and') {
    for (let j = to - 2; j > 0 && j >= to - 16; j--) {
      if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === '.') return false;
      if (wordAt(words, j) === 'to' && !slotAt[j + 1]) return unassertedInfinitive(view, j);
    }
    return false;
  }
  // "Ukraine's right to use British weapons to strike Russian territory": the purpose of an unasserted infinitive is not asserted either
  for (let j = to - 1; j > 0 && j >= to - 8; j--) {
    const w = wordAt(words, j);
    if (w === 'to' && isInfinitive(view, j + 1)) {
      if (unassertedInfinitive(view, j)) return true;
      break;
    }
    if (BOUNDARY.has(w) || w === ',' || w === '.' || w === 'that' || PREPOSITIONS.has(w)) break;
  }
  let object = 0;
  for (let j = to - 1, n = 0; j >= 0 && n < 8; j--, n++) {
    if (slotAt[j]) {
      j = slotStart[j] >= 0 ? slotStart[j] : j;
      object++;
      continue;
    }
    const w = wordAt(words, j);
    if (UNASSERTING_VERBS.has(w)) return object > 0;
    // (not "told reporters he hopes to sign": the speaker's own words after the ones he told)
    if (TELLING_VERBS.has(w)) return object > 0 && partiesBetween(view, j + 1, to);
    // "want very much to lift": degree words are no object
    if (w === 'very' || w === 'much' || w === 'so' || w === 'really' || w.endsWith('ly')) continue;
    if (BOUNDARY.has(w) || w === ',' || w === '.' || w === 'that' || PREPOSITIONS.has(w) || BE_FORMS.has(w) || !/^\p{Ll}/u.test(view.tokens[j].text)) return false;
    object++;
  }
  return false;
}

/** Whether tokens [from, to) name only parties: names, their determiners and collective heads ("Iran and Iraq", "both sides"). */
function partiesBetween(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = wordAt(view.words, k);
    if (!view.slotAt[k] && !DETERMINERS.has(w) && !COLLECTIVE_NOUNS.has(w) && w !== 'both' && w !== 'all' && w !== 'and') return false;
  }
  return to > from;
}

/** Prepositions after a framing noun that give it a party of its own. */
const OWN_PARTY = new Set(['to', 'with', 'between', 'in']);
const FRAME_PREPOSITIONS = new Set(['during', 'at', 'after', 'before', 'throughout', 'ahead']);

/** A nominal trigger in "during his visit", "at the talks", "after the meeting": it frames another act. */
function framingNoun(view: View, start: number): boolean {
  const { words, tokens } = view;
  let j = start - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 4 && (DETERMINERS.has(wordAt(words, j)) || POSSESSIVES.has(wordAt(words, j)) || (/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j].text) && !PREPOSITIONS.has(wordAt(words, j)) && !FRAME_PREPOSITIONS.has(wordAt(words, j)) && !MODALS.has(wordAt(words, j))))) { j--; skipped++; }
  return skipped > 0 && j >= 0 && FRAME_PREPOSITIONS.has(wordAt(words, j)) && (DETERMINERS.has(wordAt(words, start - 1)) || POSSESSIVES.has(wordAt(words, start - 1)) || skipped > 1);
}

/** Words that open an amount, never a verb: "to about 875,000 cars", "to around 31 pct". */
const AMOUNT_OPENERS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'approximately', 'just', 'below', 'under']);

/**
 * An amount or a level at `k`, where a refusal would have its verb; a refusal (`declined to`, which takes no object) followed by a
 * determiner is a fall to a level too ("prices declined to the lowest levels in 50 years"), unlike "agreed to the proposal".
 */
function figureAfter(words: readonly string[], k: number, refusal: boolean): boolean {
  const w = wordAt(words, k);
  return /^[\d$€£¥]/.test(w) || AMOUNT_OPENERS.has(w) || (refusal && (DETERMINERS.has(w) || POSSESSIVES.has(w)));
}

/** An idle infinitive at `end` (after the trigger's own `to`, or a `to` there): "declined to comment", "refused to answer". */
function idleComplement(words: readonly string[], end: number, idle: readonly IdlePattern[]): boolean {
  let k = end;
  if (wordAt(words, k - 1) !== 'to') {
    if (wordAt(words, k) !== 'to') return false;
    k++;
  }
  if (wordAt(words, k) !== '' && wordAt(words, k).endsWith('ly')) k++; // "declined to immediately comment"
  const w = wordAt(words, k);
  if (w === '') return false;
  for (const p of idle) if (p.first.has(w) && matchRest(words, k + 1, p.rest, 0) >= 0) return true;
  return false;
}

/** Nouns that head a group of people before `of` ("met groups of employees", "heads of state"). */
const COLLECTIVE_NOUNS = new Set(['groups', 'group', 'heads', 'head', 'representatives', 'families', 'relatives', 'parties', 'sides', 'members', 'delegations', 'delegation', 'chiefs', 'leaders', 'bodies', 'crowds']);

/**
 * The direct object at `k` is a thing, not an actor: "the dollar's fall", "their commitments", "an
 * order", "a 12 pct rise", "money supply", "the U.S. currency" (a name modifying a noun), "1.7 mln
 * British pounds". No object at all (a preposition, an adverb, a time word) is not a thing.
 */
function objectIsThing(view: View, k: number): boolean {
  const { words, tokens, slotAt } = view;
  // ("each side accused the other", "accused each other": the other party)
  if ((wordAt(words, k) === 'the' || wordAt(words, k) === 'each') && wordAt(words, k + 1) === 'other') return false;
  // ("the two sides will meet next month": a time adverbial right after the verb is no object)
  if (skipTimeAdverbial(words, k) > k) return false;
  let content = false;
  for (let j = k, n = 0; j < words.length && n < 8; j++, n++) {
    if (slotAt[j]) {
      // a name followed by nouns modifies them ("the U.S. currency", "the Paris agreement") unless one is a person
      let after = nextAfterSlot(view, j);
      // ("could meet opposition from the provincial government": the objection met, not a party met)
      if (j === k && after === j + 1 && wordAt(words, j) === 'opposition' && wordAt(words, after) === 'from') return true;
      if (wordAt(words, after) === "'s" || wordAt(words, after) === '’s') return false;
      if (NON_ACTOR_HEADS.has(wordAt(words, after) ?? '')) return true; // "the U.S. Currency", "PARIS CURRENCY AGREEMENT" in capitals
      // ("will host Macron next month", "will host the two leaders next week": a time adverbial after the name ends the object)
      if (skipTimeAdverbial(words, after) > after) return false;
      // ("to meet stringent EC rules", "meet U.S. standards": a word in -s right after the name is its noun, though a verb's form too)
      let thing = pluralAfterName(view, after);
      for (let x = 0; x < 4 && contentWord(view, after); x++, after++) {
        if (personNoun(wordAt(words, after))) return false;
        thing = true;
      }
      // ("released U.S. contractor Keith Stansell": a person named after the words that describe him)
      if (thing && slotAt[after]?.entity.type === 'person') return false;
      return thing;
    }
    const w = wordAt(words, j);
    // "meet any escalation of military actions": the noun before `of` heads the object ("groups of employees" are people)
    if (w === 'of' && content && !COLLECTIVE_NOUNS.has(wordAt(words, j - 1))) return true;
    if (n === 0 && w.endsWith('ly')) continue; // "met briefly with"
    if (DETERMINERS.has(w) || POSSESSIVES.has(w) || (AMOUNT_WORDS.has(w) && !NOT_OBJECTS.has(w)) || /^[\d$€£%]/.test(w) || w === 'pct' || w === 'mln' || w === 'bln' || w === 'million' || w === 'billion' || w === "'s" || w === '’s') {
      if (NOT_OBJECTS.has(w) && n === 0) return false;
      continue;
    }
    if (startsUpper(tokens[j].text)) {
      // "British pounds": a demonym before a money or market noun; any other capitalised word may be a name
      if (!DEMONYMS.has(tokens[j].text)) return false;
      let after = j + 1;
      for (let x = 0; x < 3 && contentWord(view, after); x++, after++) if (NON_ACTOR_HEADS.has(wordAt(words, after))) return true;
      return false;
    }
    // ("detained 11 current and former journalists": modifiers joined by `and` before the head)
    if ((w === 'and' || w === 'or') && content && contentWord(view, j + 1)) continue;
    if (!contentWord(view, j)) return content;
    if (personNoun(w) || pressAt(words, j) !== undefined) return false;
    content = true;
  }
  return content;
}

/**
 * Whether the direct object at `k` is bids or offers of a market, owned by no party named: bids in the plural ("rejected all bids
 * for free market bread-making wheat", "EC REJECTS WHEAT EXPORT BIDS"), or any in a sentence of a tender for goods ("rejected offers
 * at its tender for 12,000 tonnes of palm oil", "rejected the bid on wheat for later shipments"); not a party's ("rejected the U.S.
 * offer", "rebuffed Funaro's bid").
 */
function marketBidsAfter(view: View, k: number): boolean {
  const { words, slotAt } = view;
  for (let j = k; j < words.length && j < k + 6; j++) {
    const w = wordAt(words, j);
    if (slotAt[j] || BOUNDARY.has(w) || w === ',' || PREPOSITIONS.has(w) || POSSESSIVE_MARKS.has(w)) return false;
    if (MARKET_BIDS.has(w)) return w === 'bids' || words.some((x) => TENDER_WORDS.has(x));
  }
  return false;
}

/**
 * Whether the word at `k`, right after a name, is a plural noun in lower case that names no people ("EC rules", "U.S. demands"); not
 * a word of grammar that ends in -s ("this evening", "his", "was", "has").
 */
function pluralAfterName(view: View, k: number): boolean {
  const t = view.tokens[k];
  const w = wordAt(view.words, k);
  if (!t || view.slotAt[k] || !/^\p{Ll}{3,}s$/u.test(t.text) || w === 'has') return false;
  return !personNoun(w) && !NOT_OBJECTS.has(w) && !DETERMINERS.has(w) && !POSSESSIVES.has(w) && !PREPOSITIONS.has(w) && !BE_FORMS.has(w) && !MODALS.has(w) && !AMOUNT_WORDS.has(w);
}

/** A noun phrase right after an intransitive verb ("demonstrate its authority", "rallied support"): another sense. */
function hasDirectObject(view: View, k: number): boolean {
  const w = wordAt(view.words, k);
  // ("rallied every Saturday night", "marched last week": a time adverbial is no object)
  if (w === '' || skipTimeAdverbial(view.words, k) > k) return false;
  // ("will have to demonstrate both his competence and policy independence": a possessive opens an object, though read as its owner)
  if (w === 'both' || w === 'all') return hasDirectObject(view, k + 1);
  if (view.slotAt[k] && !POSSESSIVES.has(w)) return false;
  return POSSESSIVES.has(w) || ((w === 'the' || w === 'a' || w === 'an') && !view.slotAt[k + 1]) || (contentWord(view, k) && !personNoun(w) && !CROWD_WORDS.has(w));
}


/** Whether the verb before `at` (past `the`) is one of warding a thing off: "to halt threatened sanctions", "head off the threatened". */
function wardedOff(words: readonly string[], at: number): boolean {
  let k = at - 1;
  if (wordAt(words, k) === 'the') k--;
  const w = wordAt(words, k);
  if (w === 'off') return OFF_WARDING.has(wordAt(words, k - 1));
  return WARDING.has(w);
}
const WARDING: ReadonlySet<string> = new Set(['halt', 'halting', 'avert', 'averting', 'averted', 'avoid', 'avoiding', 'avoided', 'prevent', 'preventing', 'forestall',
  'forestalling', 'escape', 'escaping', 'defuse', 'defusing', 'fight', 'fighting', 'resist', 'resisting']);
const OFF_WARDING: ReadonlySet<string> = new Set(['head', 'heading', 'headed', 'stave', 'staving', 'staved', 'ward', 'warding', 'fend', 'fending', 'fended']);
/** Securities and markets money is put into ("invest in U.S. bonds", "in the Tokyo bourse", "in property and securities markets"). */
const SECURITIES: ReadonlySet<string> = new Set(['bond', 'bonds', 'stock', 'stocks', 'shares', 'equities', 'equity', 'securities', 'bourse', 'bourses', 'treasuries',
  'notes', 'bills', 'property', 'real', 'portfolio', 'market', 'markets', 'futures', 'gilts', 'debentures']);

/**
 * The street's pressure ("after weeks of protests", "as rioters burned"): the only words of pressure that count in the sentences
 * before a resignation, where words of demands and pressure are too common in money news.
 */
const STREET_PRESSURE: ReadonlySet<string> = new Set(['protest', 'protests', 'protesters', 'protestors', 'demonstrations', 'demonstrators', 'demonstrated',
  'marched', 'marches', 'marchers', 'riot', 'riots', 'rioting', 'rioters', 'unrest', 'uprising']);

/** Words of the pressure a leader yields to by leaving office, told in the resignation's own sentence ("bowing to demands"). */
const PRESSURE_WORDS: ReadonlySet<string> = new Set([...STREET_PRESSURE, 'strikes', 'strikers', 'demand', 'demands', 'demanded', 'demanding', 'calls', 'pressure',
  'pressures', 'outcry', 'bowing', 'bowed', 'ultimatum']);

/** A sentence about money or trade with no word of war (none counted in [skipFrom, skipTo), a trigger's own): "strike", "hit" are figurative there. */
function figurativeUnit(words: readonly string[], skipFrom = 0, skipTo = 0): boolean {
  let money = false;
  for (let i = 0; i < words.length; i++) {
    if (i === skipFrom && skipTo > skipFrom) i = skipTo;
    const w = wordAt(words, i);
    // ("can battle market forces": the forces of a market are none of war)
    if (WAR_WORDS.has(w) && !(w === 'forces' && words[i - 1] === 'market')) return false;
    if (MONEY_WORDS.has(w)) money = true;
  }
  return money;
}

/** Endings of words that describe an armed group before its name ("paramilitary", "Islamist", "Shiite", "militant", "Lebanese"), none a noun of a deal. */
const ARMED_DESCRIPTION = /(?:ary|ist|ic|ite|ant|ese|ian)$/;

/** The last word of the subject of the verb at `start`: past modals, auxiliaries, negation and adverbs ("could be", "had initially", "has repeatedly"). */
function lastSubjectWord(view: View, start: number): number {
  const { words, slotAt } = view;
  let k = start - 1;
  while (k > 0 && !slotAt[k] && (MODAL_VERBS.has(wordAt(words, k)) || PERFECT_AUXILIARIES.has(wordAt(words, k)) || BE_FORMS.has(wordAt(words, k)) || CLAUSE_ADVERBS.has(wordAt(words, k))
    || wordAt(words, k) === 'not' || wordAt(words, k) === 'never' || /^\p{Ll}{4,}ly$/u.test(view.tokens[k].text))) k--;
  return k;
}

/**
 * Whether the call at `start` ("calls for", "called on") is a document's terms, not a party's request: its subject is a noun of
 * an accord, a plan or a bill ("The Louvre accord called for stability", "his plan would call for a freeze", "the 1976 Berne
 * agreement, which called for a moratorium"; past an aside set off by commas: "The Louvre accords, agreed in Paris last
 * February, called for").
 */
function documentCalls(view: View, start: number): boolean {
  const { words } = view;
  if (!wordAt(words, start).startsWith('call')) return false;
  let k = lastSubjectWord(view, start);
  if (wordAt(words, k) === ',') {
    const opening = words.lastIndexOf(',', k - 1);
    if (opening < 0 || k - opening > 12) return false;
    k = opening - 1;
  }
  const relative = wordAt(words, k) === 'which' || wordAt(words, k) === 'that';
  if (relative) k -= wordAt(words, k - 1) === ',' ? 2 : 1;
  if (TERMS_DOCUMENTS.has(wordAt(words, k))) return true;
  // ("the 1976 Berne agreement between the two countries, which called for a moratorium": the document before its phrase)
  for (let j = k - 1; relative && j >= 0 && j >= k - 7 && wordAt(words, j) !== ',' && wordAt(words, j) !== '.'; j--) {
    if (DOCUMENT_PHRASE_WORDS.has(wordAt(words, j + 1)) && TERMS_DOCUMENTS.has(wordAt(words, j))) return true;
  }
  return false;
}

/** Prepositions that open the phrase after a document's noun ("the agreement between the two countries", "the accord with Iran"). */
const DOCUMENT_PHRASE_WORDS: ReadonlySet<string> = new Set(['between', 'with', 'among', 'on', 'of', 'for']);

/** Verbs of what happens of itself, which no party threatens to do ("threatens to trigger", "threatened to become"). */
const OUTCOME_VERBS: ReadonlySet<string> = new Set(['become', 'top', 'exceed', 'surpass', 'outstrip', 'trigger', 'spark', 'unravel', 'overshadow', 'engulf',
  'overwhelm', 'swamp', 'spill', 'spread', 'erupt', 'worsen', 'deepen', 'dampen', 'sour', 'stall', 'erode']);

/** Nouns of documents whose terms "call for" something. */
const TERMS_DOCUMENTS: ReadonlySet<string> = new Set(['accord', 'accords', 'agreement', 'agreements', 'pact', 'treaty', 'plan', 'plans', 'proposal', 'proposals',
  'bill', 'bills', 'legislation', 'law', 'resolution', 'amendment', 'package', 'budget', 'program', 'programme', 'contract', 'deal', 'scheme', 'draft',
  'declaration', 'protocol', 'communique', 'guidelines', 'rules', 'regulations', 'compromise', 'formula', 'arrangement']);

/**
 * Whether the verb "threaten" at `start` has a thing for its subject, not a party: a common noun right before it (past modals,
 * auxiliaries and adverbs) that names no person or body ("a dispute over chip sales threatened to spark", "drought threatens to
 * reduce the crop", "growth could be threatened"), `it` that coreference gives no party, after a fronted phrase ("First, in
 * countries such as Japan, it threatened to hamper growth"), or `which` after a thing ("problems which threaten it").
 */
function thingThreatens(view: View, start: number): boolean {
  const { words, slotAt } = view;
  if (!wordAt(words, start).startsWith('threaten')) return false;
  // ("The legal action now before Swiss courts threatens to trigger cross-defaults", "if oil imports threaten to top 50 pct", "a dispute
  // ... threatened to become a trade war"): what threatens to happen of itself is a risk, whatever stands before it
  if (wordAt(words, start + 1) === 'to' && OUTCOME_VERBS.has(wordAt(words, start + 2))) return true;
  const k = lastSubjectWord(view, start);
  const w = wordAt(words, k);
  if (k < 0 || slotAt[k]) return false;
  // ("to drop threatened trade sanctions": a participle before its noun may be a verb's object, no clause of its own)
  if (k === start - 1 && wordAt(words, start) === 'threatened' && /^\p{L}/u.test(wordAt(words, start + 1)) && wordAt(words, start + 1) !== 'to') return false;
  // (`it` opening a clause after a fronted phrase; "as it has threatened" is the party's, one coreference missed)
  if (w === 'it') return wordAt(words, k - 1) === ',';
  if (w === 'which') return !slotAt[wordAt(words, k - 1) === ',' ? k - 2 : k - 1];
  // (not a body, "the Taiwan committee threatened", nor a time, "last month threatened")
  return /^\p{L}{3,}$/u.test(w) && !personNoun(w) && !POSSESSED_AGENTS.has(w) && !NOT_OBJECTS.has(w) && !PRONOUN_SUBJECTS.has(w) && !WEEKDAYS.has(w) && !MONTHS.has(w) && !DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !SUBORDINATORS.has(w) && !RELATIVE_PRONOUNS.has(w);
}

/** "the currency pact they struck", "taxes Reagan has vowed to veto": the verb's object is the noun before its subject. */
function gappedRelative(view: View, start: number): boolean {
  const { words, tokens, slotAt, slotStart } = view;
  let j = start - 1;
  while (j >= 0 && (PERFECT_AUXILIARIES.has(wordAt(words, j)) || wordAt(words, j) === 'would' || wordAt(words, j) === 'will')) j--;
  if (j < 0) return false;
  const pronoun = wordAt(words, j) === 'they' || wordAt(words, j) === 'he' || wordAt(words, j) === 'she' || wordAt(words, j) === 'we' || wordAt(words, j) === 'it' || wordAt(words, j) === 'i';
  if (!pronoun && !slotAt[j]) return false;
  const subjectStart = slotAt[j] && slotStart[j] >= 0 ? slotStart[j] : j;
  const noun = subjectStart - 1;
  if (noun < 1 || !contentWord(view, noun) || SPEECH_VERBS.has(wordAt(words, noun)) || wordAt(words, noun).endsWith('ed')) return false;
  // ("the paramilitary Rapid Support Forces struck", "the Islamist Hamas struck": a word describing an armed group is no object before it)
  const sector = slotAt[j]?.entity.sector;
  // (not after a noun the clause hangs on: "the truce pact the militant Hamas struck")
  const head = wordAt(words, noun - 2);
  if ((sector === 'REB' || sector === 'MIL') && ARMED_DESCRIPTION.test(wordAt(words, noun)) && wordAt(words, noun - 1) === 'the'
    && (head === '' || !/^\p{L}/u.test(head) || PREPOSITIONS.has(head) || BOUNDARY.has(head))) return false;
  // a noun phrase opened by a determiner right before
  for (let d = noun - 1; d >= 0 && d >= noun - 3; d--) {
    if (wordAt(words, d) === 'the' || wordAt(words, d) === 'a' || wordAt(words, d) === 'an' || POSSESSIVES.has(wordAt(words, d))) return true;
    if (!/^\p{L}/u.test(tokens[d].text)) return false;
  }
  return false;
}

function hasClauseBoundary(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BOUNDARY.has(wordAt(words, i)) || wordAt(words, i) === '.' || wordAt(words, i) === 'but' || wordAt(words, i) === 'while' || wordAt(words, i) === 'after' || wordAt(words, i) === 'before') return true;
  return false;
}

/** The `of` of "accused X of V-ing" within a few words after the verb, else -1: what follows is the charge. */
function chargeGerund(words: readonly string[], from: number): number {
  for (let j = from; j < words.length - 1 && j <= from + 8; j++) {
    if (wordAt(words, j) === 'of') return wordAt(words, j + 1).endsWith('ing') ? j : -1;
    if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === ',' || wordAt(words, j) === '.') return -1;
  }
  return -1;
}

/** People named by the one they serve ("an adviser to President X", "a spokesman for"). */
const AIDES: ReadonlySet<string> = new Set(['adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ally']);
const DEMAND_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'request.demand')!);
const THREAT_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'threaten.threaten')!);

/** Words that open a frame of time, whose attack is told beside the embedder's act, not offered by it ("agreed to a truce after the fighting"). */
const TIME_FRAMES: ReadonlySet<string> = new Set(['after', 'following', 'since', 'amid']);

/** Prepositions before the determiner of a war that the act is about ("a ceasefire in their war", "the end of the war"). */
const WAR_FRAME: ReadonlySet<string> = new Set(['in', 'of', 'to']);

/** A war noun at `start` after `in`, `of` or `to` and its modifiers ("in their eight-year war", "an end to the war"). */
function warFramed(words: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    const w = wordAt(words, k);
    if (WAR_FRAME.has(w)) return k < start - 1;
    if (w === ',' || BOUNDARY.has(w)) return false;
  }
  return false;
}

/** Words that open a question a verb of asking puts ("asked whether", "asked him if", "asked about"; not `when` or `what`, which may open a clause of time or a thing asked for: "demanded when it ended the pact", "called for what he called a fair deal"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'about', 'how', 'why']);

/**
 * Whether the verb at `start` ends a relative clause on an act noun of the kind `previous` is, further back in its sentence:
 * "launched their annual exercises on Monday, with some 17,000 personnel taking part in drills that Beijing has condemned as".
 */
function actNounBefore(view: View, start: number, previous: Candidate): boolean {
  const { words, slotAt, slotStart } = view;
  let j = start - 1;
  while (j >= 0 && (PERFECT_AUXILIARIES.has(wordAt(words, j)) || wordAt(words, j) === 'repeatedly')) j--;
  if (!slotAt[j]) return false;
  j = (slotStart[j] >= 0 ? slotStart[j] : j) - 1;
  if (wordAt(words, j) === 'that' || wordAt(words, j) === 'which') j--;
  const kinds = CONDEMNED_KINDS[wordAt(words, j)];
  return kinds !== undefined && kinds.includes(previous.type);
}

/** Nouns of what is asked or charged, named again as what a side rejects ("a demand Pinochet rejected", "a deadline Tokyo rejected"). */
const CLAIM_NOUNS: ReadonlySet<string> = new Set([...ACT_NOUNS, 'demand', 'demands', 'deadline', 'ultimatum', 'accusation', 'accusations', 'charge', 'charges',
  'allegation', 'allegations', 'claim', 'claims', 'call', 'calls', 'request', 'offer', 'appeal']);

/**
 * Whether the clause of the verb at `start` is about an act named again after a comma, after `from`:
 * ", a move welcomed by", ", a measure that Haiti's government criticised", ", a step Israel condemned".
 */
function actNamedAgain(view: View, start: number, from: number, nouns: ReadonlySet<string> = ACT_NOUNS): boolean {
  const { words, slotAt, slotStart } = view;
  let k = beforeRelativeAside(words, start - 1, from);
  while (k > from && (PERFECT_AUXILIARIES.has(wordAt(words, k)))) k--;
  // the relative clause's subject with its title ("Ukrainian President Volodymyr Zelenskiy"), and its `that`/`which`
  if (slotAt[k] && k > from) {
    k = slotStart[k] - 1;
    // ("a move opposition leader Laurent Gbagbo welcomed": title words in lower case too)
    // ("an attack that U.N. Secretary-General Antonio Guterres condemned": past the body a title names, before a title word)
    // ("U.S. Secretary of State Antony Blinken": an `of` inside the title)
    const titleWord = (j: number): boolean => startsUpper(view.tokens[j].text) || TITLE_SECTORS.has(wordAt(words, j)) || (wordAt(words, j) === 'of' && startsUpper(view.tokens[j - 1]?.text ?? ''));
    for (let t = 0; t < 6 && k > from && titleWord(k); t++) {
      if (slotAt[k] && (slotStart[k] <= from || !startsUpper(view.tokens[k + 1]?.text ?? '') || slotAt[k + 1])) break;
      k = slotAt[k] ? slotStart[k] - 1 : k - 1;
    }
    // ("a move that Guyana's President Irfaan Ali called": the title's country, in the possessive)
    if (POSSESSIVE_MARKS.has(wordAt(words, k)) && slotAt[k - 1] && k - 1 > from && startsUpper(view.tokens[k + 1].text)) k = slotStart[k - 1] - 1;
    // ("a move the main opposition Republican People's Party called": words of description and their article)
    for (let t = 0; t < 3 && k > from && !slotAt[k] && DESCRIBING_SUBJECT.has(wordAt(words, k)); t++) k--;
    if (wordAt(words, k) === 'the' && k > from) k--;
  }
  // ("drills ... in what Taiwan called an act of aggression", "drills on Monday, which Taiwan called": the act before, named by `what`, `which`)
  if ((wordAt(words, k) === 'what' && wordAt(words, k - 1) === 'in') || (wordAt(words, k) === 'which' && wordAt(words, k - 1) === ',')) return k - 1 > from;
  if (wordAt(words, k) === 'that' || wordAt(words, k) === 'which') k--;
  if (!nouns.has(wordAt(words, k))) return false;
  // (", measures the Kremlin called illegal": a plural with no article right after the comma)
  if (wordAt(words, k - 1) === ',' && wordAt(words, k).endsWith('s')) return k - 1 > from;
  k--;
  // ("an 11-day drill that North Korea called": a measure with its number is a word of description too)
  for (let d = 0; d < 2 && /^[a-z0-9-]+$/.test(wordAt(words, k)) && !DETERMINERS.has(wordAt(words, k)); d++) k--;
  // (", in a move Canada's agriculture minister called unjustified")
  return k > from && DETERMINERS.has(wordAt(words, k)) && (wordAt(words, k - 1) === ',' || (wordAt(words, k - 1) === 'in' && wordAt(words, k - 2) === ','));
}

/**
 * ("a move Britain, which drafted the text with Sierra Leone, denounced as a disgrace"): at a comma closing an aside
 * opened by ", which" or ", who" after `from`, the word before the aside; else `k`.
 */
function beforeRelativeAside(words: readonly string[], k: number, from: number): number {
  if (wordAt(words, k) !== ',') return k;
  for (let j = k - 1; j > from + 1 && j >= k - 16; j--) {
    const w = wordAt(words, j);
    if (w === ',' || w === ';' || w === '"') return (wordAt(words, j + 1) === 'which' || wordAt(words, j + 1) === 'who') ? j - 1 : k;
  }
  return k;
}

/**
 * Whether the verb at `start` (a demand) is told of the act before `from`'s end: "as Moscow had demanded", "a withdrawal (that)
 * N'Djamena demanded", "a pullout that the country's military rulers demanded".
 */
function demandedBefore(view: View, start: number, from: number): boolean {
  const { words, slotAt, slotStart } = view;
  let k = start - 1;
  while (k > from && (PERFECT_AUXILIARIES.has(wordAt(words, k)) || wordAt(words, k) === 'long')) k--;
  if (!slotAt[k] || k <= from) return false;
  k = slotStart[k] - 1;
  if (wordAt(words, k) === 'the' && k > from) k--;
  if (wordAt(words, k) === 'as') return wordAt(words, k - 1) === ',';
  if (wordAt(words, k) === 'that' || wordAt(words, k) === 'which') k--;
  return k >= from && ACT_NOUNS.has(wordAt(words, k));
}

/** Words that describe the subject of a relative clause on an act ("a move the main opposition party called"). */
const DESCRIBING_SUBJECT: ReadonlySet<string> = new Set(['main', 'opposition', 'ruling', 'largest', 'leading', 'official', 'state', 'foreign']);

/** Nouns an attack is named again by (", in an attack that Guterres condemned"). */
const ATTACK_NOUNS: ReadonlySet<string> = new Set(['attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'bombing', 'bombings', 'assault', 'offensive', 'invasion', 'shelling']);

/** The noun after the last comma (and `in`) and its determiner before the verb at `start`, after `from` (", in an attack that"); '' if none. */
function nounNamedAgain(view: View, start: number, from: number): string {
  for (let k = start - 1; k > from; k--) {
    if (wordAt(view.words, k) !== ',') continue;
    const at = wordAt(view.words, k + 1) === 'in' ? k + 2 : k + 1;
    return DETERMINERS.has(wordAt(view.words, at)) ? wordAt(view.words, at + 1) : '';
  }
  return '';
}

/** The last candidate in `out` of one of the types (the last act of a kind a move welcomed can be, the last attack), or null. */
function lastOfTypes(out: readonly Candidate[], types: readonly PloverType[]): Candidate | null {
  for (let k = out.length - 1; k >= 0; k--) if (types.includes(out[k].type)) return out[k];
  return null;
}

/** Verbs of speaking with or receiving a visitor, before "visiting" and the visitor's name ("told visiting", "met his visiting"). */
const RECEIVING_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'met', 'meets', 'received', 'receives', 'welcomed', 'welcomes', 'greeted', 'greets', 'hosted', 'hosts', 'assured', 'assures', 'urged', 'urges', 'thanked', 'thanks']);

/** The person named (past title words) right after "visiting" ending at `end`, when "visiting" describes them; else null. */
function visitingGuest(view: View, end: number): Slot | null {
  if (wordAt(view.words, end - 1) !== 'visiting') return null;
  let k = end;
  // (a country in the title: "visiting former U.S. President Richard Nixon")
  const inTitle = (j: number): boolean => !view.slotAt[j] || (view.slotAt[j]!.entity.type === 'country' && view.slotAt[j + 1] !== view.slotAt[j] && startsUpper(view.tokens[j + 1]?.text ?? ''));
  // ("visiting U.S. Under-Secretary of State for Economic Affairs Allen Wallis", "the visiting Polish leader Wojciech Jaruzelski")
  while (k < view.words.length && k < end + 9 && inTitle(k) && (startsUpper(view.tokens[k].text) || wordAt(view.words, k) === 'former' || wordAt(view.words, k) === 'of'
    || wordAt(view.words, k) === 'for' || personNoun(wordAt(view.words, k)))) k++;
  const slot = view.slotAt[k];
  return slot && slot.entity.type === 'person' && (slot.entity.actor || slot.entity.country) ? slot : null;
}

/**
 * Whether the verb trigger of `m` closes a list of infinitives the embedder governs: right after `and` or `or`, bare or with `to`,
 * past only commas and the items' words from the embedder's `to` ("called on the United States to remove curbs on its exports, to
 * give it favourable trading status and ease restrictions", "urged Japan to open its markets, cut tariffs and ease restrictions");
 * not past a clause of its own (a relative pronoun or a verb of saying: "urged Japan to open its markets, officials said, and Japan
 * eased restrictions").
 */
function listedAfter(view: View, m: TriggerMatch, embedder: { end: number; infinitive?: boolean }): boolean {
  const { words } = view;
  if (m.pattern.frame !== 'verb' || m.form !== 'base' || wordsApart(view, embedder.end, m.start) > 20) return false;
  const joiner = wordAt(words, m.start - 1) === 'to' ? m.start - 2 : m.start - 1;
  if (wordAt(words, joiner) !== 'and' && wordAt(words, joiner) !== 'or') return false;
  if (!words.slice(embedder.end - 1, joiner).includes('to') && !embedder.infinitive) return false;
  for (let k = embedder.end; k < joiner; k++) {
    const w = wordAt(words, k);
    if ((BOUNDARY.has(w) && w !== ',') || RELATIVE_PRONOUNS.has(w) || SPEECH_VERBS.has(w)) return false;
  }
  return true;
}

/** Whether the verb at `k` is an infinitive's, split by an adverb or not ("to immediately cease"). */
function infinitiveAt(words: readonly string[], k: number): boolean {
  return wordAt(words, k - 1) === 'to' || (/ly$/.test(wordAt(words, k - 1)) && wordAt(words, k - 2) === 'to');
}

/** Words from token `from` to `to`, a name counted as one ("urged the leaders of Sudan's army and the paramilitary Rapid Support Forces to"). */
function wordsApart(view: View, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!view.slotAt[k] || view.slotAt[k] !== view.slotAt[k - 1]) n++;
  return n;
}

/** Words that count what follows ("than 60", "dozens of", "several"): no articles or prepositions. */
const COUNT_WORDS: ReadonlySet<string> = new Set(['than', 'dozens', 'hundreds', 'thousands', 'scores', 'several', 'many', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Whether the name ending at token `last` is counted ("60 Houthi targets", "dozens of Israeli"): the word after it is a noun. */
function countedBefore(view: View, last: number): boolean {
  const first = view.slotStart[last] >= 0 ? view.slotStart[last] : last;
  const w = wordAt(view.words, first - 1);
  return (/^\d/.test(w) || COUNT_WORDS.has(w)) && /^\p{Lu}/u.test(view.tokens[first].text);
}

/**
 * Whether the name ending at token `last` opens with a capital right after a preposition in lower case ("over U.K.", "at U.S."), as
 * its object; not after `by`, whose object does the act ("angered by U.S. demands that Japan open"), nor `of` ("brunt of U.S. calls"),
 * nor a word that also opens a clause ("before Nakasone leaves", "after Volcker steps down"), nor in a heading ("BANK OF JAPAN CALLS").
 */
function nameAfterPreposition(view: View, last: number): boolean {
  const first = view.slotStart[last] >= 0 ? view.slotStart[last] : last;
  const w = wordAt(view.words, first - 1);
  return first > 0 && PREPOSITIONS.has(w) && !NOT_OWNING_PREPOSITIONS.has(w) && /^\p{Ll}+$/u.test(view.tokens[first - 1].text) && /^\p{Lu}/u.test(view.tokens[first].text);
}
/** Prepositions whose object may own or do the act after it, or that open clauses too. */
const NOT_OWNING_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'of', 'after', 'before', 'as', 'since', 'until', 'till', 'than']);

/**
 * Whether the -s form at `k` is a plural act noun right after a name that opens with a capital after an article ("the U.S. raids",
 * "the Iraqi attacks"), with no name, `that` or `to` after it that a verb would take ("the U.S. attacks Libya", "the U.S. attacks Iranian shipping").
 */
function pluralActAfterArticle(view: View, k: number): boolean {
  const first = view.slotStart[k - 1] >= 0 ? view.slotStart[k - 1] : k - 1;
  const next = wordAt(view.words, k + 1);
  return ACT_NOUNS.has(wordAt(view.words, k)) && ARTICLES.has(wordAt(view.words, first - 1)) && /^\p{Lu}/u.test(view.tokens[first].text)
    && !view.slotAt[k + 1] && !startsUpper(view.tokens[k + 1]?.text ?? '') && next !== 'that' && next !== 'to';
}

/**
 * Whether a party is named right after the verb at `start` (past an article and a name's own describing words: "the Cuban-backed
 * Angolan government") and the pattern ending at `end` goes on right after it.
 */
function objectBound(view: View, start: number, end: number): boolean {
  const { words, tokens, slotAt } = view;
  let at = wordAt(words, start + 1) === 'the' && !slotAt[start + 1] ? start + 2 : start + 1;
  while (at < end - 1 && at <= start + 5 && !slotAt[at] && (words[at] === '-' || /^\p{Lu}[\p{L}]*(?:-\p{L}+)*$/u.test(tokens[at].text) || /^\p{Ll}+$/u.test(tokens[at].text) && words[at - 1] === '-')) at++;
  return slotAt[at] !== undefined && nextAfterSlot(view, at) === end - 1;
}

/** Whether the word at `k` is joined by a hyphen, with no space on either side, to the word before it ("U.S." "-" "backed"). */
function hyphenJoined(view: View, k: number): boolean {
  const { tokens } = view;
  return k >= 2 && wordAt(view.words, k - 1) === '-' && tokens[k - 1].start === tokens[k - 2].end && tokens[k].start === tokens[k - 1].end;
}
