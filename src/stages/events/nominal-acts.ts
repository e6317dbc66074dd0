/** Acts told by a noun (`the visit by`, `Iran's attack on`, `joint drills`): their owners and parties. */
import type { PloverType } from '../../model.js';
import { DEMONYMS } from '../../lexicon/countries.js';
import { CROWD_WORDS, EMPLOYER_SIDES, HEARSAY_NOUNS, LABOUR_BODIES, BARGAINING_NOUNS, LABOUR_DISPUTE_WORDS, LABOUR_TALK_MODIFIERS, PERSON_NOUNS, SPEECH_VERBS, WAR_WORDS } from '../../lexicon/event-groups.js';
import type { TriggerEntry } from '../../lexicon/event-triggers.js';
import { type Form, lexicon, type Pattern } from '../event-lexicon.js';
import { findDates } from '../dates.js';
import { TITLE_SECTORS } from '../../lexicon/titles.js';
import { isLabourDispute } from '../../lexicon/organizations.js';
import { asNoun, beBefore, bodyBefore, byAgent, debtTalks, homeOf, isInfinitive, lastCountryBefore, lastTwoNamed, OWNING_STATE_NOUNS, lowerModifier, mainSubjectAfterComma, matchRest, modifiesNoun, nextAfterSlot, onlyCountry, pairAfter, participleSubject, partyAt, personNoun, placePossessive, reportAt, sentenceSubject, skipTimeAdverbial, startsUpper, subjectBody, unnamedLenders, visitDestination, withCompounds, wordAt } from './clause.js';
import { crowdPlace } from './crowds.js';
import { armedActors, finish } from './finish.js';
import { bareForce } from './armed-forces.js';
import { findRecipients, recipientSlots } from './recipients.js';
import { groupSlot, recast, slotOf } from './slots.js';
import { subjectLeft } from './subjects.js';
import type { Candidate, Context, Slot, Unit, View } from './types.js';
import { BARE_FORCES, BETWEEN_PARTIES, BOUNDARY, CLAUSE_STOPS, DETERMINERS, FORCE_MOVES, GOVERNMENT_FORCES, HEADS, MODAL_VERBS, MONTH_OR_DAY, MONTHS, PERIODS, POSSESSIVE_MARKS, POSSESSIVES, PREPOSITIONS, RIOT_NOUNS, TIME_ADVERBS, WAR_FOLLOWERS, WEEKDAYS } from './word-classes.js';

/** Words of a side's own answer in what it warns ("would require an adequate response", "will stop Athens", "would retaliate"). */
const ANSWER_WORDS: ReadonlySet<string> = new Set(['response', 'respond', 'retaliate', 'retaliation', 'countermeasures', 'measures', 'consequences', 'stop', 'strike', 'action', 'force', 'punish', 'reply']);

/**
 * Whether `its` at `k` stands in a relative clause opened by `that` or `which` a few words before ("machine tools that fuel its
 * war against Ukraine", "firms that helped Russia sustain its invasion"): there it is the party named last, not the sentence's subject.
 */
function relativeBefore(words: readonly string[], k: number): boolean {
  for (let x = k - 1; x > 0 && x >= k - 8; x--) {
    const w = wordAt(words, x);
    if (w === ',' || w === '.' || BOUNDARY.has(w)) return false;
    // (not an aside after a comma: "Resolution 598, which calls for a ceasefire in its war with Iraq" is the subject's war)
    if (w === 'that' || w === 'which') return wordAt(words, x - 1) !== ',';
  }
  return false;
}

/**
 * The token after the place an act told by its noun is held at, named between the noun and its party ("talks here this week with",
 * "a meeting in Khartoum yesterday with", "talks in Washington last week with the IMF"): `here`, or `in` and one place or country
 * named; else k.
 */
function pastVenue(view: View, k: number): number {
  if (wordAt(view.words, k) === 'here') return k + 1;
  const place = view.slotAt[k + 1];
  const isPlace = place?.entity.type === 'location' || place?.entity.type === 'country';
  return wordAt(view.words, k) === 'in' && isPlace && view.slotStart[k + 1] === k + 1 ? nextAfterSlot(view, k + 1) : k;
}

export function nominalAct(ctx: Context, unit: Unit, view: View, pattern: Pattern, start: number, end: number): Candidate | null {
  const { words } = view;
  const { lightVerbs } = lexicon();
  const entry = pattern.entry;
  // (an act a light phrase of preparation gives its actor: "prepared for joint exercises")
  let toCome = false;
  if (!entry.nouns || entry.nouns.length === 0) return null;
  // "Houthi targets": a noun that heads a group mention names the group, not an act
  if (view.slotAt[start]?.group && view.slotAt[end - 1] === view.slotAt[start]) return null;
  // the noun's own frame: does it match as a noun pattern here?
  let nounEnd = -1;
  for (const p of lexicon().byFirst.get(wordAt(words, start)) ?? []) {
    if (p.entry !== entry || p.frame !== 'noun') continue;
    const e = matchRest(words, start + 1, p.rest, 0);
    if (e > nounEnd) nounEnd = e;
    // ("during talks last year with U.S. officials", "the meeting on Monday with Baker": a time adverbial between the noun and the
    // preposition of its party; matchRest reads past one only where the pattern fails without it, and a noun's preposition is optional)
    // ("a visit here this week by Ecuador's Deputy Energy Minister", "a meeting in Khartoum yesterday with IMF envoy": the place it
    // is held at before it)
    const timed = skipTimeAdverbial(words, pastVenue(view, start + 1));
    if (e === start + 1 && timed > e && PREPOSITIONS.has(wordAt(words, timed))) nounEnd = Math.max(nounEnd, matchRest(words, timed, p.rest, 0));
  }
  if (nounEnd < 0) return null;
  // a preposition at the end of the noun pattern belongs to the recipient
  let argStart = nounEnd;
  while (argStart > start + 1 && PREPOSITIONS.has(wordAt(words, argStart - 1))) argStart--;

  if (entry.notAfter?.includes(wordAt(words, start - 1))) return null;
  const strikeRun = entry.labourRun ? labourStrikeRun(ctx, view, start, nounEnd) : null;
  if (entry.labourRun && !strikeRun) return null;
  if (entry.notFor && wordAt(words, start + 1) === 'for' && words.slice(start + 2, start + 5).some((w) => entry.notFor!.includes(w))) return null;
  // ("Japan's offer to hold talks", not "a wheat subsidy offer to the Soviet Union": a noun that embeds an act has its verb after `to`)
  if (entry.embeds && wordAt(words, nounEnd - 1) === 'to' && !isInfinitive(view, nounEnd)) return null;
  // ("in the latest of a wave of strikes on Russian energy infrastructure": a run of strikes on a target is one of attacks; not a day,
  // "a wave of strikes on Monday")
  if (entry.type === 'PROTEST' && STREET_WAVES.has(wordAt(words, start)) && wordAt(words, nounEnd) === 'on' && !MONTH_OR_DAY.test(view.tokens[nounEnd + 1]?.text ?? '')) return null;
  // "will pay a state visit ... at the invitation of President Biden", "deported ... despite appeals from U.N. experts": the one
  // named after `of`/`from` acts, on the clause's subject
  // ("flew 150 paratroopers to Lome at the president's request", "arrested him at Washington's request": the owner of the noun)
  const owned = entry.ofActs && wordAt(words, start) === 'at' && POSSESSIVE_MARKS.has(wordAt(words, nounEnd - 2)) ? view.slotAt[nounEnd - 3] : undefined;
  if (entry.ofActs && (wordAt(words, argStart) === 'of' || wordAt(words, argStart) === 'from' || wordAt(words, argStart) === 'by' || owned)) {
    const host = owned ?? view.slotAt[partyAt(view, argStart + 1)];
    const guest = participleSubject(view, start);
    // (the owned form only with a clause subject to ask of: "recalled at Gynex's request" names no party asked)
    if (!host || !guest || host.entity.id === guest.entity.id || (owned && !guest.entity.actor && !guest.entity.country)) return null;
    if (entry.answerTold && !words.slice(nounEnd, nounEnd + 16).some((w) => ANSWER_WORDS.has(w))) return null;
    // ("rejected demands by Australia and New Zealand": each of the parties named)
    const hosts = owned ? [host] : recipientSlots(ctx, view, partyAt(view, argStart + 1), new Set([guest.entity.id]));
    return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, hosts, [guest], start, false);
  }
  if (entry.ofActs) return null;
  // ("South Africa will repay its debt over three years under an agreement reached today in London", "Under a new accord signed with
  // Japan today, Bangladesh will receive": an agreement made under which the clause's subject acts is that subject's, the main
  // clause's where the frame opens the sentence)
  if (wordAt(words, start) === 'under') {
    // ("under accords signed in Geneva in April 1988 by Afghanistan and Pakistan", "under a deal reached this month between the
    // authorities and the opposition": the parties named after it made it, each with the other)
    // (none where those parties are named by no code: "between the communist authorities and the opposition")
    const maker = makersNamed(words, nounEnd);
    const makers = maker === 'between' ? pairAfter(view, nounEnd) ?? [] : maker === 'by' ? byAgent(view, nounEnd, unit) : [];
    if (makers.length === 2) return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, makers, [], start, true);
    if (maker) return null;
    const subject = openingFrame(view, start) ? mainSubjectAfterComma(view, nounEnd) : start > 0 ? frameClauseSubject(view, start) ?? sentenceSubject(view) : null;
    if (!subject || (!subject.entity.actor && !subject.entity.country)) return null;
    const parties = withCompounds(view, subject, -1);
    const named = findRecipients(ctx, view, entry.recipient ?? [], nounEnd, parties, entry);
    const partners = named.length > 0 ? named : tradePartners(ctx, view, subject, start);
    const made = finish(ctx, unit, view, asNoun(pattern), start, nounEnd, parties, partners, start, true);
    // (made already, whatever the time of the act done under it: "will repay ... under an agreement reached today")
    return made && made.status === 'intended' ? recast(made, { status: 'occurred' }) : made;
  }
  // ("a meeting of shareholders", "a session of parliament": only a body of states' meeting is diplomacy)
  // (not where the meeting only places or times another act: "on the sidelines of a summit of the SCO", "ahead of a summit of")
  // ("the IADB meeting", "this week's ADB annual meeting": the body named before the noun as its modifier, with no `of`)
  const bodyFirst = entry.ofBody && wordAt(words, argStart) !== 'of';
  const body = entry.ofBody && !words.slice(Math.max(0, start - 4), start).some((w) => MEETING_SETTINGS.has(w))
    ? bodyFirst ? modifyingBody(view, start) : view.slotAt[partyAt(view, argStart + 1)] : undefined;
  // ("Carney told delegates at the informal meeting of trade ministers", "Moore told the opening meeting of trade ministers from 22
  // nations"): a meeting of many states' ministers, of no body named, at which a state's official speaks, is that official's
  // consultation with them, with no one party
  if (entry.ofBody && !body && wordAt(words, argStart) === 'of') {
    const speaker = speakerAtGathering(view, start, nounEnd);
    const met = speaker ? finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [speaker], [], start, false) : null;
    if (met) return recast(met, { standsAlone: true });
  }
  if (entry.ofBody && !body?.entity.actor?.startsWith('IGO')) return null;
  let actors: Slot[] = [];
  let statusFrom = start;
  let past = false;
  // (a visit whose words after the noun name no place it goes to: "the visit of X", ", here on a visit after talks in Y")
  let placeNamedAfter = true;
  // the `here` or `in` of a stay the act is the purpose of (see stayBefore)
  let stay = -1;
  let destination: Slot[] = [];
  // (the body a meeting named before its noun is of is the one met there, as the one after `of` is)
  if (bodyFirst && body) destination = [body];
  // "the visit by X"
  {
    let b = argStart;
    // ("the downing of an Iranian airliner by a U.S. warship": past the article of the one named after the preposition)
    const named = (wordAt(words, b + 1) === 'a' || wordAt(words, b + 1) === 'an' || wordAt(words, b + 1) === 'the') && view.slotAt[b + 2] ? b + 2 : b + 1;
    // ("a visit to Moscow last week by Iran's Oil Minister": past words of time after the one named)
    if (PREPOSITIONS.has(wordAt(words, b)) && wordAt(words, b) !== 'by' && view.slotAt[named]) b = skipTimeAdverbial(words, nextAfterSlot(view, named));
    // ("a Washington visit later this month by Nakasone": words of time between the noun and its `by`)
    if (wordAt(words, b) !== 'by' && wordAt(words, skipTimeAdverbial(words, b)) === 'by') b = skipTimeAdverbial(words, b);
    if (wordAt(words, b) === 'by') {
      actors = byAgent(view, b, unit);
      // ("a scheduled Moscow visit by U.S. Secretary of State George Shultz", "a Washington visit later this month by Nakasone": the
      // place named right before a visit's noun is where the one named after `by` goes)
      const place = entry.mode === 'visit' ? view.slotAt[start - 1] : undefined;
      if (place && (place.entity.type === 'location' || place.entity.type === 'country')) destination = [place];
    }
    else if (wordAt(words, argStart) === 'of' && DONE_TO_OF.has(entry.type)) actors = agentPastPatient(view, argStart, unit);
    // ("Monday's attack on two Iranian oil platforms by American forces", "the shelling of Iranian towns by Iraqi artillery": the
    // attacker named after the one attacked, however described)
    else if (entry.type === 'ASSAULT' && ATTACKED_ON.has(wordAt(words, argStart))) actors = agentPastPatient(view, argStart, unit);
    // ("to coincide with the visit of U.S. Secretary of State George Shultz": the person named after a visit's `of` is the visitor)
    else if (wordAt(words, argStart) === 'of' && entry.mode === 'visit') {
      const visitor = view.slotAt[personInTitle(view, argStart + 1)];
      if (visitor && (visitor.entity.actor || visitor.entity.country)) actors = [visitor];
      placeNamedAfter = actors.length === 0;
    }
  }
  // ("a strike by 55,000 oil industry employees", "the strike by the miners union": people by their trade, of no country named; so
  // are those who threaten one, "a threatened strike by 55,000 oil industry employees")
  if ((entry.type === 'PROTEST' || entry.crowdAgent) && wordAt(words, argStart) === 'by') {
    const crowd = crowdAfterBy(view, argStart);
    // (or a strike under way whoever its people are, "the 14-day-old strike by Canada's letter carriers": see labourStrikeRun)
    if (entry.crowdAgent && crowd < 0 && !(entry.type === 'PROTEST' && labourStrikeRun(ctx, view, start, argStart))) return null;
    // ("a strike by Brazil's 40,000 seamen": a country named as the possessor is where they are from)
    const owner = actors.length === 1 && actors[0].entity.type === 'country' ? actors[0].entity.country : null;
    if (crowd >= 0 && owner) actors = [groupSlot(ctx, owner, '', view.tokens[crowd].start, view.tokens[crowd].end)];
    // (crowdPlace reads the crowd before the token after it: none when the crowd ends the sentence)
    else if (actors.length === 0 && crowd >= 0) actors = CROWD_WORDS.has(wordAt(words, crowd)) && crowd + 1 < view.tokens.length ? crowdPlace(ctx, view, crowd + 1, crowd + 1) : homeGroup(ctx, view, crowd);
  } else if (entry.crowdAgent) {
    // ("a Brazilian seamen's strike", "the miners' strike": the people by trade who own it, named with their country or of their place;
    // "striking railway workers": the people it ends with)
    const owner = view.slotAt[start];
    const crowdEnd = CROWD_WORDS.has(wordAt(words, nounEnd - 1)) ? nounEnd : start + 1;
    actors = owner?.group && owner.entity.country ? [owner] : crowdPlace(ctx, view, crowdEnd, nounEnd);
  }
  // ("Japanese Prime Minister Fumio Kishida, on a two-day visit to Manila, pledged": a visit in an apposition is of the one it follows)
  // (", here on a two-day official visit,": where the dispatch is from, see visitDestination)
  if (actors.length === 0 && entry.mode === 'visit') {
    let k = start - 1;
    while (k > 0 && k >= start - 4 && /^[a-z0-9-]+$/.test(view.tokens[k].text) && wordAt(words, k) !== 'on') k--;
    const here = wordAt(words, k - 1) === 'here' ? 1 : 0;
    if (wordAt(words, k) === 'on' && wordAt(words, k - 1 - here) === ',') {
      const visitor = view.slotAt[k - 2 - here];
      if (visitor && (visitor.entity.actor || visitor.entity.country)) actors = [visitor];
      // (not a place named after the noun: "Duffy, here on a three-day visit after talks in the United States", BANGKOK dateline)
      if (here && actors.length > 0) {
        destination = visitDestination(ctx, view, start, actors);
        placeNamedAfter = false;
      }
    }
  }
  // "her Soviet trip": for a visit, a demonym right before the noun is where it goes, and the possessor before it is the visitor
  if (actors.length === 0 && entry.mode === 'visit' && start >= 2 && !view.slotAt[start - 1] && DEMONYMS.has(view.tokens[start - 1].text)) {
    const possessor = POSSESSIVES.has(wordAt(words, start - 2)) ? view.slotAt[start - 2] : POSSESSIVE_MARKS.has(wordAt(words, start - 2)) ? view.slotAt[start - 3] : undefined;
    if (possessor) {
      const t = view.tokens[start - 1];
      actors = [possessor];
      destination = [groupSlot(ctx, DEMONYMS.get(t.text)!, '', t.start, t.end)];
    }
  }
  // where the act's owner is looked for before: its noun, or the noun of its imposing ("announced the imposition of tariffs")
  let head = start;
  // "X's visit", "his visit", "Chinese defense minister's first foreign visit"
  if (actors.length === 0) {
    let j = start - 1;
    let skipped = 0;
    // ("Hamas's Oct. 7 attack on Israel": the day of the act between its doer and its noun)
    if (/^\d{1,2}$/.test(wordAt(words, j)) && MONTHS.has(wordAt(words, j - 1).replace(/\.$/, ''))) { j -= 2; skipped += 2; }
    // (not past a conjunction: "an end to sales to the South African police and military and withdrawal from South Africa")
    // ("Washington's 100 pct tariffs on Japanese goods": a sanction's amount among its describing words)
    while (j >= 0 && skipped < 4 && !view.slotAt[j] && (/^[\p{Ll}-]+$/u.test(view.tokens[j].text) || (entry.type === 'SANCTION' && /^\d[\d.,]*$/.test(view.tokens[j].text))) && !DETERMINERS.has(wordAt(words, j)) && !PREPOSITIONS.has(wordAt(words, j)) && !lightVerbs.has(wordAt(words, j)) && wordAt(words, j) !== 'and' && wordAt(words, j) !== 'or') { j--; skipped++; }
    while (j >= 0 && skipped < 6 && OWNED_ACT_MODIFIERS.has(wordAt(words, j))) { j--; skipped++; }
    // ("the U.S. imposition of tariffs on Japanese goods", "Washington's imposition of sanctions": a sanction the noun of its imposing
    // names is the imposer's, read before that noun)
    // ("Brazil's recent announcement of a suspension in interest payments": past the article of the sanction announced)
    const ofAt = wordAt(words, j) === 'a' || wordAt(words, j) === 'the' ? j - 1 : j;
    if (entry.type === 'SANCTION' && wordAt(words, ofAt) === 'of' && IMPOSING_NOUNS.has(wordAt(words, ofAt - 1))) {
      head = ofAt - 1;
      j = ofAt - 2;
      while (j >= 0 && OWNED_ACT_MODIFIERS.has(wordAt(words, j))) j--;
    }
    // "Iran and Iraq have agreed to a ceasefire in their eight-year war": a war of a compound subject is between its parties
    if (entry.mutual && wordAt(words, j) === 'their') {
      const subject = subjectLeft(view, j);
      const pair = subject ? withCompounds(view, subject, -1) : [];
      if (pair.length === 2 && pair[0].entity.country && pair[1].entity.country && pair[0].entity.country !== pair[1].entity.country) {
        return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair, pair, start, false);
      }
    }
    // "Shultz' Moscow talks", "Putin's Beijing visit": a place between the possessor and the noun is where, not who
    const place = j === head - 1 ? placePossessive(view, head) : -1;
    // ("Tehran's forces ... after their assault": `their` the plural body nearest; "Japan may strike back against the United States
    // for its sanctions on Japanese goods": a sanction's too)
    // ("China said its talks with Britain were useful", "their negotiations with the banks": talks whose other side is named after
    // `with` are the owner's own, not a host's)
    const pronounOwned = PRONOUN_OWNED_ACTS.has(entry.type) || (entry.type === 'CONSULT' && wordAt(words, nounEnd - 1) === 'with');
    const owner = !pronounOwned || j < 0 ? null : wordAt(words, j) === 'its' ? (relativeBefore(words, j) ? bodyBefore(view.slotAt, j) : null) ?? subjectBody(view, j) ?? bodyBefore(view.slotAt, j) : wordAt(words, j) === 'their' ? bodyBefore(view.slotAt, j) : null;
    if (place >= 1 && POSSESSIVE_MARKS.has(wordAt(words, place)) && view.slotAt[place - 1]) actors = [view.slotAt[place - 1]!];
    else if (place >= 0 && POSSESSIVES.has(wordAt(words, place)) && view.slotAt[place]) actors = [view.slotAt[place]!];
    else if (j >= 0 && POSSESSIVE_MARKS.has(wordAt(words, j)) && view.slotAt[j - 1]) actors = [view.slotAt[j - 1]!];
    // ("the government's current talks with the IMF", "his government's negotiations": a force or government no one names owns
    // the act, as it would be its verb's subject)
    else if (j >= 1 && POSSESSIVE_MARKS.has(wordAt(words, j)) && BARE_FORCES.has(wordAt(words, j - 1))) actors = bareForce(ctx, view, j);
    // ("concern over the country's suspension of interest payments": `the country` is the one the story named last, as `its` is)
    else if (j >= 2 && POSSESSIVE_MARKS.has(wordAt(words, j)) && OWNING_STATE_NOUNS.has(wordAt(words, j - 1)) && wordAt(words, j - 2) === 'the') {
      const named = lastCountryBefore(ctx, view.tokens[j - 2].start, []);
      if (named?.country) actors = [groupSlot(ctx, named.country, '', view.tokens[j - 2].start, view.tokens[j - 1].end)];
    }
    else if (j >= 0 && POSSESSIVES.has(wordAt(words, j)) && view.slotAt[j]) actors = [view.slotAt[j]!];
    // "the government ... to end its two-month-old war with the RSF": `its` is the subject body named before
    // ("Mexico and Brazil said their talks with the United States were useful": `their` talks are each listed party's)
    else if (owner && pronounOwned && entry.type === 'CONSULT' && wordAt(words, j) === 'their') actors = withCompounds(view, owner, -1);
    else if (owner) actors = [owner];
    else if (j >= 0 && !view.slotAt[j] && DEMONYMS.has(view.tokens[j].text) && j >= head - 3) {
      const country = DEMONYMS.get(view.tokens[j].text)!;
      const t = view.tokens[j];
      actors = [groupSlot(ctx, country, '', t.start, t.end)];
    }
    // ("a Taliban attack on a checkpoint", "the Houthi attacks on shipping", "an al Shabaab ambush": an armed group named right
    // before the act noun is the attacker)
    else if (entry.type === 'ASSAULT' && j === head - 1 && view.slotAt[j]?.entity.type === 'organization' && view.slotAt[j]!.entity.sector === 'REB'
      && view.slotAt[j]!.end >= view.tokens[j].end) actors = [view.slotAt[j]!];
    // "an Israeli air strike", "Ukrainian drone attacks": the demonym names the attacker
    else if (j >= 0 && view.slotAt[j]?.group && view.slotAt[j]!.end >= view.tokens[j].end && view.slotAt[j]!.start >= view.tokens[Math.max(0, j - 3)].start) actors = [view.slotAt[j]!];
    // ("the annual IMF consultations with Belgium", "a World Bank mission's talks with": a body of states named just before talks
    // with another side is one of their sides, past words of their kind or time)
    else if (entry.type === 'CONSULT' && wordAt(words, nounEnd - 1) === 'with' && j >= head - 3 && view.slotAt[j]?.entity.actor?.startsWith('IGO')
      && view.slotAt[j]!.end >= view.tokens[j].end) actors = [view.slotAt[j]!];
    // ("USSR trip": before a visit, a country is where it goes)
    else if (j >= 0 && j === head - 1 && view.slotAt[j]?.entity.type === 'country' && !view.slotAt[j]?.pending && entry.mode !== 'visit') actors = [view.slotAt[j]!];
    // ("U.S. economic sanctions against Panama": a country's name used as its demonym, past words of description, as "American" is)
    else if (j >= 0 && j >= head - 3 && view.slotAt[j]?.entity.type === 'country' && !view.slotAt[j]?.pending && entry.mode !== 'visit'
      && DEMONYMS.has(ctx.text.slice(view.slotAt[j]!.start, view.slotAt[j]!.end))) actors = [view.slotAt[j]!];
  }
  // ("the withdrawal of 50,000 Cuban troops from Angola", "the deployment of Russian troops to Belarus": forces moved, named after
  // `of` with their country, move for their own side)
  if (actors.length === 0 && FORCE_MOVES.has(entry.type) && wordAt(words, start + 1) === 'of') {
    for (let k = start + 2; k < nounEnd; k++) {
      const force = view.slotAt[k];
      if (force && force.entity.sector === 'MIL' && force.entity.country) {
        actors = [force];
        break;
      }
    }
  }
  // "X held joint drills", "Russia favors continuous joint combat training"
  if (actors.length === 0) {
    for (let j = head - 1; j >= 0 && j >= head - 9; j--) {
      if (BOUNDARY.has(wordAt(words, j)) || wordAt(words, j) === ',' || (view.slotAt[j] && !view.slotAt[j]!.group)) break;
      // ("began two days of economic talks", "opened a third round of talks": past the act's length or round)
      if (wordAt(words, j) === 'of' && ACT_LENGTHS.has(wordAt(words, j - 1))) continue;
      // ("went ahead with joint drills", "took part in joint exercises": a light verb joined by its preposition)
      let lf = lightVerbs.get(wordAt(words, j));
      if (PREPOSITIONS.has(wordAt(words, j)) && !MONTH_OR_DAY.test(view.tokens[j + 1]?.text ?? '')) {
        const phrase = lightPhraseEnding(words, j);
        if (!phrase) break;
        j = phrase.at;
        lf = phrase.form;
        toCome = phrase.toCome;
      }
      if (!lf) continue;
      if (lf === 'gerund' && PREPOSITIONS.has(wordAt(words, j - 1) ?? '')) break;
      const passive = (lf === 'participle' || lf === 'past/participle') && beBefore(words, j);
      if (passive) break;
      const subject = subjectLeft(view, j);
      if (subject) {
        actors = withCompounds(view, subject, -1);
        statusFrom = j + 1; // the light verb itself may give the status ("favors")
        past = lf === 'past' || lf === 'past/participle';
        // ("EC, U.S. PLAN HIGH-LEVEL TRADE TALKS", "said he plans a July trip to China": an act planned, proposed or sought is to come)
        toCome ||= lexicon().lightToCome.has(wordAt(words, j));
      }
      break;
    }
  }
  // "praised Gorbachev ... after three hours of talks with him": talks after or during which the
  // sentence's subject acts are its own
  // ("praised Peru during a state visit to Lima": a visit too)
  // (not "during a visit to Moscow last week by Iran's Oil Minister": the agent named after it)
  // ("Speaking here after a meeting of the 11-nation Cartagena group, Marcano said": the subject's, with the body)
  // ("M23 rebels captured the town after days of fighting with Congolese soldiers", "three soldiers were killed in fighting with
  // rebels": a war or fighting with a party, framed so, is the subject's with it, each way)
  // (not an apposition, ", at war with the RSF since", read below; nor a war that may come: "in the case of war with Turkey")
  const fightFramed = entry.type === 'ASSAULT' && entry.mutual && wordAt(words, argStart) === 'with' && wordAt(words, start - 1) !== 'at'
    && !words.slice(Math.max(0, start - 5), start).some((w) => UNREAL_WAR_FRAMES.has(w));
  // ("attend the IMF's Interim Committee meeting": the body that owns a meeting is the one met there, by whoever the frame names)
  if (bodyFirst && actors.length === 1 && actors[0].entity.id === body?.entity.id) actors = [];
  // ("said at the end of a brief visit here": a visit to the place the dispatch is from)
  if (actors.length === 0 && (entry.type === 'CONSULT' || fightFramed) && (wordAt(words, argStart) === 'with' || (entry.mode === 'visit' && (wordAt(words, argStart) === 'to' || wordAt(words, argStart) === 'here')) || body)
    && !words.slice(nounEnd, nounEnd + 8).includes('by')) {
    // (as far before the noun as a body that modifies it, however long its name, past an article and a word that describes the
    // meeting: "attend the International Monetary Fund's Interim Committee meeting", "told an informal General Agreement on Tariffs
    // and Trade (GATT) meeting")
    let reach = start - 5;
    while (bodyFirst && body && reach > 0 && view.tokens[reach + 3].start > body.start) reach--;
    for (let j = start - 1; j >= 0 && j >= reach; j--) {
      const w = wordAt(words, j);
      // ("During talks with Japanese Prime Minister Yasuhiro Nakasone, Dawkins expressed concern", "In his talks with Shultz, ...":
      // talks that open the sentence are the main clause subject's, after the comma)
      if (j === 0 && TALK_FRAMES.has(w)) {
        const subject = mainSubjectAfterComma(view, start);
        if (subject) actors = [subject];
        break;
      }
      if (j === 0) break;
      // ("De Croo, in Washington for talks with Administration officials, said", "Aqazadeh is expected here on Friday for talks with
      // his Algerian counterpart": talks a stay somewhere is for are the one staying's, the clause's subject)
      // (with no party named, the talks are with the place's country: "in Washington for talks with Administration officials"; one
      // expected is still to come)
      stay = w === 'for' ? stayBefore(view, j) : -1;
      if (stay >= 0) {
        const subject = participleSubject(view, j);
        if (subject) actors = withCompounds(view, subject, -1);
        toCome ||= wordAt(words, stay - 1) !== ',';
        break;
      }
      // ("told a press conference at the end of an official two-day visit to Mexico": the frame's own words read past)
      if (w === 'of' && VISIT_SPANS.has(wordAt(words, j - 1)) && wordAt(words, j - 2) === 'the' && wordAt(words, j - 3) === 'at') {
        const subject = participleSubject(view, j - 3);
        if (subject) actors = withCompounds(view, subject, -1);
        break;
      }
      // ("After a day of meetings with Vice President George Bush, Clark told", "Speaking to reporters after a meeting with Funaro,
      // the Canadian banker said": a frame the sentence opens with is the main clause subject's, past the parties it names)
      // ("told reporters before a meeting with the Paris Club", "in his talks with Japanese Defence Minister Yuko Kurihara": talks
      // before which, or in which, the subject speaks are its own too, as after or during them)
      if (TALK_FRAME_OPENERS.has(w) && (w !== 'in' || DETERMINERS.has(wordAt(words, j + 1)) || POSSESSIVES.has(wordAt(words, j + 1)) || j + 1 === start)) {
        const subject = openingFrame(view, j) ? mainSubjectAfterComma(view, pastNamedParties(view, argStart + 1)) : j > 0 ? frameClauseSubject(view, j) ?? participleSubject(view, j) : null;
        if (subject) actors = withCompounds(view, subject, -1);
        // (talks the subject speaks before are still to come)
        toCome ||= w === 'before';
        break;
      }
      // ("Hata told an informal meeting of the General Agreement on Tariffs and Trade", "Clark told a conference of ASEAN foreign
      // ministers", "Sumita, who is attending an annual meeting of the Asian Development Bank,": one who addresses or attends a body's
      // meeting takes part in it, with the body)
      if (body && ADDRESSING.has(w) && j > 0 && !DETERMINERS.has(wordAt(words, j - 1))) {
        // (a participle set off after the subject: "Miyazawa, attending a meeting of the Group of Seven, said")
        const subject = subjectLeft(view, j) ?? (wordAt(words, j - 1) === ',' ? participleSubject(view, j - 1) : null);
        if (subject) actors = withCompounds(view, subject, -1);
        break;
      }
      // ("at a White House meeting with Senate Republicans": a name between a determiner and the noun modifies it, read past)
      // ("attending a GATT ministerial meeting": the body that modifies the noun, past its other modifiers)
      if (view.slotAt[j] && ((nextAfterSlot(view, j) === start && DETERMINERS.has(wordAt(words, view.slotStart[j] - 1))) || (bodyFirst && body && view.tokens[j].start >= body.start))) {
        j = view.slotStart[j];
        continue;
      }
      if (view.slotAt[j] || BOUNDARY.has(w) || w === ',' || (PREPOSITIONS.has(w) && w !== 'of')) break;
    }
    // (fighting of which neither side is armed is figurative: "agreed to buy more chips after weeks of fighting with Washington";
    // a war is one whoever wages it)
    const other = view.slotAt[partyAt(view, argStart + 1)];
    if (fightFramed && wordAt(words, start) !== 'war' && !armedActors(actors) && !(other && armedActors([other]))) actors = [];
  }
  // ("Kuwait has agreed to charter tankers from the Soviet Union ... They said the agreement followed months of talks with the Soviet
  // Union and the U.S.": talks an agreement told before came out of are its maker's, the party the sentence before is about)
  if (actors.length === 0 && entry.type === 'CONSULT' && wordAt(words, argStart) === 'with' && unit.sentence - ctx.told.sentence === 1
    && AGREEMENT_AFTER_TALKS.test(ctx.text.slice(view.tokens[0].start, view.tokens[start].start))) {
    const maker = ctx.told.subject;
    if (maker && (maker.actor || maker.country)) actors = [slotOf(maker, view.tokens[start].start, view.tokens[start].end)];
  }
  // ("Machinea said negotiations with creditor banks on Argentina's 30 billion dlr debt were difficult", "Mulford said progress was
  // being made in talks with commercial banks for loans to Argentina, the Philippines and Brazil": talks with lenders no code names
  // are the debtor's, the one whose debt or loans the words after the lenders name, whoever the clause is about)
  if (entry.type === 'CONSULT' && entry.mode !== 'visit' && wordAt(words, argStart) === 'with' && unnamedLenders(view, argStart + 1)) {
    // ("Central Bank President Jose Luis Machinea said negotiations with creditor banks were difficult": with no debtor named, the
    // state whose official speaks of them; that official too for his own state's debt, as its government, and an owner of the
    // debtor's country already found: "Funaro is seeking to involve governments in negotiations with commercial banks on
    // rescheduling part of Brazil's debt")
    const debtors = debtorsAfter(ctx, view, argStart + 1);
    const official = speakingOfficial(ctx, view, start);
    const debtor = debtors.length === 1 ? debtors[0].entity.country : null;
    if (debtor && actors.length > 0 && actors.every((a) => a.entity.country === debtor)) { /* the debtor's own, as found */ }
    else if (debtor && official.length === 1 && official[0].entity.country === debtor) actors = official;
    else if (debtors.length > 0) actors = debtors;
    else if (actors.length === 0) actors = official;
  }
  // ("Ongpin said the plan is designed to avoid an impasse when debt rescheduling talks reopen in New York", "Stals said he was
  // optimistic about an accord in debt renegotiation talks scheduled to begin next month": talks named by the debt they are on, with
  // no party of their own, are the debtor's with its lenders; the state whose official speaks of them, as talks with lenders are)
  if (actors.length === 0 && entry.type === 'CONSULT' && entry.mode !== 'visit' && debtTalks(words, start) && !PARTY_AFTER_TALKS.has(wordAt(words, argStart))) {
    actors = speakingOfficial(ctx, view, start);
  }
  // ("Mulroney said significant progress was being made in trade talks with the United States", "Stoltenberg said the meeting on
  // Monday with Baker underscored ...": talks with another side that no one named owns, told in one's own report, are one's own)
  if (actors.length === 0 && entry.type === 'CONSULT' && entry.mode !== 'visit' && wordAt(words, argStart) === 'with') actors = reportingParty(ctx, view, start);
  // "Japarov and Rahmon agreed in a phone call on Tuesday", "... agreed on Tuesday at the end of two days of talks in
  // Geneva": talks that frame the act of a compound subject are between its parties
  if (actors.length === 0 && entry.type === 'CONSULT' && entry.mode !== 'visit' && entry.cameo !== '045' && wordAt(words, argStart) !== 'with'
    && !words.slice(nounEnd, nounEnd + 8).includes('by')) {
    const parties = framedPair(view, start);
    if (parties) actors = parties;
    // ("Talks are due to begin in Moscow on Wednesday", "A second round of talks is set for tomorrow": talks still to come that open a
    // later sentence, named by no article and with no party of their own, are between the two states the story named last; not
    // "The talks broke down", "Talks on similar projects have been held with other Japanese firms", of whoever the story is about)
    const after = ` ${words.slice(nounEnd, nounEnd + 10).join(' ')} `;
    const pair = actors.length === 0 && unit.sentence > 0 && opensSentence(view, start) && TO_COME_AFTER.test(after) && !/\s(?:with|between)\s/.test(after)
      ? lastTwoNamed(ctx, view.tokens[start].start, 'states') : [];
    if (pair.length === 2) {
      const made = finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair.map((e) => slotOf(e, view.tokens[start].start, view.tokens[start].end)), [], start, false);
      return made && made.status === 'occurred' ? recast(made, { status: 'intended', direction: 'future' }) : made;
    }
  }
  // ("suspended talks on joining the European Union, sparking nightly rallies": a body of states marches nowhere)
  if (entry.type === 'PROTEST' && actors.length > 0 && actors.every((a) => a.entity.actor?.startsWith('IGO'))) actors = [];
  // "weeks of nationwide student protests", "two nights of violent protests against the government": street
  // protests told without a doer are the people's of the country the sentence is about
  // ("Spain's latest wave of strikes": a strike a country owns is its people's, not the state's)
  let againstRulers: Slot | null = null;
  const strikingCountry = entry.mode === 'strike' && actors.length === 1 && actors[0].entity.type === 'country' ? actors[0].entity.country : null;
  if ((actors.length === 0 || strikingCountry) && entry.type === 'PROTEST' && (streetProtest(view, start) || entry.labourRun || (strikingCountry && labourStrikeRun(ctx, view, start, argStart)))) {
    const subject = subjectBody(view, start);
    // (a strike at a place is of the country the sentence names, else the dispatch's: "Production at Trail and Kimberley has been shut
    // down since the strike began", in a dispatch from Toronto, is no strike in South Africa's Kimberley)
    const named = entry.labourRun ? view.slotAt.find((s) => s && s.entity.type === 'country' && s.entity.country)?.entity.country ?? ctx.home : null;
    const country = strikingCountry ?? subject?.entity.country ?? named ?? view.slotAt.find((s) => s && s.entity.country)?.entity.country ?? ctx.home;
    if (country) {
      const t = view.tokens[start];
      // ("opposition protests": the opposition's)
      // ("an opposition boycott": the noun's own first word)
      const sector = words.slice(Math.max(0, start - 3), start + 1).includes('opposition') ? 'OPP' : '';
      actors = [groupSlot(ctx, country, sector, t.start, t.end)];
      // (a bare strike told with a time to come is one called: "called for five days of strikes next month")
      past = !entry.labourRun || !words.slice(start + 1, nounEnd + 4).some((w) => w === 'next' || w === 'coming' || w === 'tomorrow');
      // ("the recent anti-government protests": aimed at those who rule the country)
      if (words.slice(Math.max(0, start - 3), start).some((w) => AGAINST_RULERS.has(w))) againstRulers = groupSlot(ctx, country, 'GOV', t.start, t.end);
    }
  }
  // "Talks between the United States and Japan": the two named after `between` are the parties
  // (a war between two named is theirs whoever the clause is about: "Yugoslavia and Egypt agreed to work to end the war between
  // Iran and Iraq")
  if ((actors.length === 0 || (entry.type === 'ASSAULT' && entry.mutual && view.slotAt[partyAt(view, argStart + 1)]))
    && wordAt(words, argStart) === 'between' && (BETWEEN_PARTIES.has(entry.type) || entry.type === 'ASSAULT' || entry.type === 'RETREAT')) {
    const j = partyAt(view, argStart + 1);
    let a = view.slotAt[j];
    // ("fighting between the army and the rebels", "between Salvadoran troops and leftist guerrillas": forces no one names are the
    // story country's, or the other side's country's)
    if (entry.type === 'ASSAULT') {
      const first = a ? null : bareSide(view, argStart + 1);
      const and = first ? first.end : a ? nextAfterSlot(view, j) : -1;
      const second = and >= 0 && wordAt(words, and) === 'and' && !view.slotAt[partyAt(view, and + 1)] ? bareSide(view, and + 1) : null;
      if (first || second) {
        const other = a ?? view.slotAt[partyAt(view, and + 1)];
        const country = other?.entity.country ?? homeOf(ctx, view);
        const side = (f: { sector: string; start: number; end: number }) => groupSlot(ctx, country!, f.sector, view.tokens[f.start].start, view.tokens[f.end - 1].end);
        const pair = country ? [first ? side(first) : other, second ? side(second) : other] : [];
        if (pair.length === 2 && pair[0] && pair[1] && pair[0].entity.id !== pair[1].entity.id) {
          return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [pair[0], pair[1]], [pair[0], pair[1]], start, false);
        }
      }
    }
    // ("two days of talks between management and unions", "negotiations between mining companies and the National Union of
    // Mineworkers": the sides of a labour dispute no code names are the business and the unions of the other side's country, else
    // of the dispatch's)
    if (entry.type === 'CONSULT') {
      const pair = labourPair(ctx, view, argStart + 1);
      if (pair) return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair, [], start, false);
    }
    // "clashes between the two sides": the pair named before
    // (not "the two parties": in talks they are as often creditors and debtors as states)
    if (a && a.partner && a.entity.actor && a.partner.actor && wordAt(words, nextAfterSlot(view, j) - 1) !== 'parties') {
      const pair = [slotOf(a.partner, a.start, a.end, undefined, a.group), a];
      return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair, entry.type === 'ASSAULT' ? pair : [], start, false);
    }
    // ("efforts to obtain a ceasefire between Iran and Iraq": a truce is told as made only when it takes effect or holds)
    if (a && entry.type === 'RETREAT' && !TRUCE_IN_FORCE.test(` ${words.slice(nounEnd, nounEnd + 14).join(' ')} `)) return null;
    // ("a meeting between U.S. Trade Representative Clayton Yeutter and EC External Relations Commissioner Willy De Clercq": the person
    // a title names after the country or body that opens it, not that country)
    const titled = (k: number) => {
      const person = view.slotAt[k] && view.slotAt[k]!.entity.type !== 'person' ? personInTitle(view, nextAfterSlot(view, k)) : -1;
      return person >= 0 && view.slotAt[person]!.entity.actor ? person : k;
    };
    if (a && entry.type === 'CONSULT') a = view.slotAt[titled(j)];
    if (a) {
      let k = nextAfterSlot(view, entry.type === 'CONSULT' ? titled(j) : j);
      if (wordAt(words, k) === 'and') {
        k = partyAt(view, k + 1);
        if (entry.type === 'CONSULT') k = titled(k);
        const b = view.slotAt[k];
        // ("clashes between Armenian and Azerbaijani forces": an armed clash is each side's attack on the other)
        if (b && b.entity.id !== a.entity.id && a.entity.actor && b.entity.actor) return toldDone(view, start, finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [a, b], entry.type === 'ASSAULT' ? [a, b] : [], start, false));
        // ("debt talks between the Philippine government and its bank advisory committee", "talks between Brazil and its major
        // foreign creditors": a debtor's talks with lenders no code names are the debtor's, with no recipient)
        if (!b && entry.type === 'CONSULT' && a.entity.actor && unnamedLenders(view, k)) {
          const talks = finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [a], [], start, false);
          return talks && recast(talks, { standsAlone: true });
        }
      }
    }
  }
  // ("Hamas fighters killed hundreds of people in a surprise attack on southern Israel", "militants killed scores of soldiers on
  // Saturday in an attack on the town of Barsalogho": an attack that frames a killing is its killers')
  if (actors.length === 0 && entry.type === 'ASSAULT' && !entry.mutual && (wordAt(words, argStart) === 'on' || wordAt(words, argStart) === 'against')) {
    let k = start - 1;
    while (k > 0 && k >= start - 3 && /^[a-z-]+$/.test(view.tokens[k].text) && !PREPOSITIONS.has(wordAt(words, k))) k--;
    if (wordAt(words, k) === 'in') {
      for (let v = k - 1; v >= 0 && v >= k - 12; v--) {
        const w = wordAt(words, v);
        if (BOUNDARY.has(w) || w === ',' && v < k - 1) break;
        if (KILLING_VERBS.has(w)) {
          // (named right before the verb: "an armed man killed one person" after "Malaysian police denied" is no police act)
          const killer = subjectLeft(view, v);
          const near = killer && view.tokens.findIndex((t) => t.start >= killer.end) >= v - 2;
          if (killer && near && (killer.entity.actor || killer.entity.country)) actors = withCompounds(view, killer, -1);
          break;
        }
      }
    }
  }
  // ("the border, where clashes between their troops killed about 100 people": the forces of the pair the sentence is about)
  if (actors.length === 0 && (entry.mutual || entry.type === 'ASSAULT') && wordAt(words, argStart) === 'between' && wordAt(words, argStart + 1) === 'their') {
    const pair = sentencePair(view) ?? [];
    const sector = HEADS.get(wordAt(words, argStart + 2));
    if (pair.length === 2 && pair[0].entity.country && pair[1].entity.country && pair[0].entity.country !== pair[1].entity.country) {
      const t = view.tokens[argStart + 1];
      const forces = pair.map((p) => groupSlot(ctx, p.entity.country!, sector ?? '', t.start, view.tokens[argStart + 2]?.end ?? t.end));
      return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, forces, forces, start, true);
    }
  }
  // ("the army, at war with the paramilitary Rapid Support Forces since April 2023, closed": the one the apposition is about)
  if (actors.length === 0 && entry.mutual && wordAt(words, start - 1) === 'at' && wordAt(words, start - 2) === ',' && wordAt(words, argStart) === 'with') {
    const before = view.slotAt[start - 3];
    const side = before && (before.entity.actor || before.entity.country) ? [before] : bareForce(ctx, view, start - 2);
    const other = findRecipients(ctx, view, ['with'], argStart, side, entry);
    const made = side.length === 1 && other.length === 1 ? finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [side[0], other[0]], [side[0], other[0]], start, true) : null;
    // (dated by its start when the apposition tells it: "at war with the RSF since April 2023")
    if (made) {
      const close = words.indexOf(',', argStart);
      const upTo = close > 0 ? view.tokens[close].start : view.tokens[view.tokens.length - 1].end;
      const began = findDates(ctx.text, view.tokens[start].start, upTo, ctx.anchor, 'past').find((d) => /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, d.start - 7), d.start)));
      return recast(made, { status: 'occurred', date: began ? { value: began.value, precision: began.precision, text: began.text } : null });
    }
  }
  // ("a ceasefire between Iran and Iraq took effect after nearly eight years of war", "signed an agreement to end hostilities in a
  // two-year war": a war with no party of its own is the pair's that acts together in the sentence; made with none here, given
  // that pair once the sentence is read)
  // (the war itself, not a word it modifies or a war of words: "war relief crude", "war and peace", "the 1986 war of words"; and no
  // name of its own before it: "the 1967 Arab-Israeli war", "the Gulf war")
  // ("a ceasefire between Thailand and Laos took effect after three months of border fighting that killed hundreds": fighting
  // told alone is the pair's as a war is)
  const lonelyWar = entry.mutual && entry.type === 'ASSAULT' && nounEnd === start + 1 && WAR_FOLLOWERS.test(wordAt(words, start + 1))
    && /^[a-z0-9/-]*$/.test(view.tokens[start - 1]?.text ?? '')
    && !(actors.length === 1 && actors[0].partner) && !(actors.length === 2 && actors[0].entity.country !== actors[1].entity.country);
  if (lonelyWar) {
    const pair = sentencePair(view);
    const made = pair ? finish(ctx, unit, view, asNoun(pattern), start, nounEnd, pair, pair, start, true) : null;
    return made && recast(made, { status: 'occurred', date: null });
  }
  // "After an emergency meeting of NATO ambassadors, a statement was issued": with no one else framed by it, the body's own
  if (actors.length === 0 && body) {
    const made = finish(ctx, unit, view, asNoun(pattern), start, nounEnd, [body], [], start, false);
    // ("a meeting of the Group of Five expected in Washington tomorrow", "a meeting of the Group of Seven will be": still to come)
    const after = ` ${words.slice(nounEnd, nounEnd + 10).join(' ')} `;
    return made && made.status === 'occurred' && (TO_COME_AFTER.test(after) || toComeBeforeParty(view, start)) ? recast(made, { status: 'intended', direction: 'future' }) : made;
  }
  // ("Pay talks aimed at ending a week-old national seamen's strike collapsed today", "Talks broke down Thursday when the union walked
  // out"): labour talks that name no party are those of the country's employers and its unions
  if (actors.length === 0 && entry.type === 'CONSULT') {
    const sides = labourTalkSides(ctx, view, start, argStart);
    if (sides) return finish(ctx, unit, view, asNoun(pattern), start, nounEnd, sides, [], start, false);
  }
  // ("details of the covert arms sales to Iran first emerged", WASHINGTON): a doer no words name is the dispatch country's
  // government, as a state's sale of arms is; one done to that country itself is then no act between two, and is dropped with its
  // recipient
  if (actors.length === 0 && entry.homeDoer) {
    const home = homeOf(ctx, view);
    if (home) actors = [groupSlot(ctx, home, 'GOV', view.tokens[start].start, view.tokens[start].end)];
  }
  if (actors.length === 0) return null;
  // a war with no party after it is one only of a pair named before it ("the Iran-Iraq war"; "their war" is read above)
  if (entry.mutual && nounEnd === start + 1 && !(actors.length === 1 && actors[0].partner) && !(actors.length === 2 && actors[0].entity.country !== actors[1].entity.country)) return null;
  // ("during a visit here": to the dispatch's place, read below, not the party after it)
  const visitHere = entry.mode === 'visit' && wordAt(words, argStart) === 'here';
  let recipients = destination.length > 0 ? destination : !placeNamedAfter || visitHere ? [] : findRecipients(ctx, view, entry.recipient ?? [], argStart, actors, entry);
  if (recipients.length === 0 && entry.type === 'ASSAULT') recipients = protectedFrom(ctx, view, start, actors, entry);
  if (recipients.length === 0 && againstRulers) recipients = [againstRulers];
  // "London's expulsion of 25 Soviet officials": those a sanction or coercion is done to may be named inside its trigger
  if (recipients.length === 0 && nounEnd > start + 1 && DONE_TO_OF.has(entry.type)) recipients = findRecipients(ctx, view, entry.recipient ?? [], start + 1, actors, entry);
  if (entry.placeRecipient) recipients = recipients.filter((r) => (r.entity.type === 'country' || r.entity.type === 'location') && !modifiesNoun(view, r));
  if (recipients.length === 0 && entry.mode === 'visit') recipients = visitDestination(ctx, view, start, actors);
  if (recipients.length === 0 && stay >= 0) recipients = wordAt(words, stay) === 'here' ? visitDestination(ctx, view, start, actors) : findRecipients(ctx, view, ['in'], stay, actors, entry);
  // "its war with the RSF": a war or a clash is each side's attack on the other
  if (entry.mutual && actors.length === 1 && recipients.length === 1) {
    actors = [actors[0], recipients[0]];
    recipients = actors;
  }
  const made = finish(ctx, unit, view, asNoun(pattern), start, nounEnd, actors, recipients, statusFrom, past);
  // (a strike whose start is told took place, whatever the clause tells: "programming has not been affected by a strike which began")
  if (made && strikeRun === 'started' && made.status !== 'occurred') return recast(made, { status: 'occurred' });
  // ("prepared for joint exercises next month", "went ahead with joint drills planned for next month": an act prepared for, or
  // told as planned or scheduled right after its noun, is to come)
  // ("ahead of next week's IMF meeting", "a scheduled Moscow visit by Shultz": or by a word before the party that modifies the noun,
  // where finish's window stops)
  if (made && (made.status === 'occurred' || made.status === 'hypothetical') && (toCome || (PLANNED_AFTER.has(wordAt(words, nounEnd)) && !PREPOSITIONS.has(wordAt(words, nounEnd - 1)))
    || (made.status === 'occurred' && toComeBeforeParty(view, start)))) return recast(made, { status: 'intended', direction: 'future' });
  // "any Iranian attack on Soviet ships will bring a response": an act of any kind is one that may happen
  return made && made.status === 'occurred' && anyBefore(view, start) ? recast(made, { status: 'hypothetical' }) : made;
}

/** The token of the person named from `j` past `the` and a title ("the U.S. Secretary of State George Shultz", "West German president Richard von Weizsaecker"), or -1. */
function personInTitle(view: View, j: number): number {
  for (let k = j; k < view.tokens.length && k < j + 9; k++) {
    if (view.slotAt[k]?.entity.type === 'person') return k;
    if (!view.slotAt[k] && !startsUpper(view.tokens[k].text) && wordAt(view.words, k) !== 'of' && wordAt(view.words, k) !== 'the' && !personNoun(wordAt(view.words, k))) return -1;
  }
  return -1;
}

/** Words after the noun that opens a sentence telling its act as to come ("Talks are due to begin", "is set for tomorrow", "will resume"). */
const TO_COME_AFTER = /\s(?:will|due|set|expected|scheduled|planned|to begin|to resume|to open)\s/;

/** Words that may open a sentence before talks it names as its subject ("A second round of talks", "Further talks"). */
const ROUND_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'new', 'further', 'more', 'fresh', 'formal', 'another', 'final', 'next', 'first', 'second', 'third', 'fourth', 'round', 'of']);

/** Whether the noun at `start` opens its sentence as subject with no word of its kind or owner before it ("Talks", "A second round of talks"; not "Labour negotiations", "The talks"). */
function opensSentence(view: View, start: number): boolean {
  for (let k = 0; k < start; k++) if (!ROUND_WORDS.has(wordAt(view.words, k))) return false;
  return true;
}

/** Nouns of what a debtor owes, after its owner ("on Argentina's 30 billion dlr private sector foreign debt"). */
const DEBT_NOUNS: ReadonlySet<string> = new Set(['debt', 'debts']);
/** Nouns of money lent, before the one it is lent to ("for loans to Argentina", "new money for Brazil"). */
const LOAN_NOUNS: ReadonlySet<string> = new Set(['loan', 'loans', 'credit', 'credits', 'money', 'financing', 'lending']);

/**
 * The debtors named in the words after the lenders at `from`, up to the clause's end: the state or government whose debt is told
 * ("on rescheduling part of Argentina's foreign debt") or the states money is lent to ("for loans to Argentina, the Philippines and
 * Brazil"); none when no such party is named.
 */
function debtorsAfter(ctx: Context, view: View, from: number): Slot[] {
  const { words } = view;
  const state = (s: Slot | undefined) => s !== undefined && s.entity.actor !== null && s.entity.country !== null && (s.entity.type === 'country' || s.entity.sector === 'GOV');
  for (let k = from; k < words.length && k < from + 16; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === ',') return [];
    const slot = view.slotAt[k];
    if (slot) {
      const after = nextAfterSlot(view, k);
      if (state(slot) && POSSESSIVE_MARKS.has(wordAt(words, after)) && words.slice(after + 1, after + 8).some((x) => DEBT_NOUNS.has(x))) return [slot];
      k = after - 1;
      continue;
    }
    if (LOAN_NOUNS.has(w) && (wordAt(words, k + 1) === 'to' || wordAt(words, k + 1) === 'for')) {
      const j = partyAt(view, k + 2);
      return state(view.slotAt[j]) ? recipientSlots(ctx, view, j, new Set()).filter(state) : [];
    }
  }
  return [];
}

/** The state official who speaks the report holding token `at`, as the act's party, or none. */
function speakingOfficial(ctx: Context, view: View, at: number): Slot[] {
  const report = reportAt(ctx, view.tokens[at].start);
  const speaker = report?.speaker ? ctx.entities.get(report.speaker) : undefined;
  return speaker && speaker.sector === 'GOV' && speaker.actor && speaker.country ? [slotOf(speaker, view.tokens[at].start, view.tokens[at].end)] : [];
}

/**
 * The coded person who says the report holding token `at`, where no party is named in the report before it (a party named there
 * owns or frames what follows: "said Japan's talks with", "said Brazil made progress in talks with"); else none.
 */
function reportingParty(ctx: Context, view: View, at: number): Slot[] {
  const report = reportAt(ctx, view.tokens[at].start);
  const speaker = report?.speaker ? ctx.entities.get(report.speaker) : undefined;
  // (a report of saying, not of a call: "BUSINESS LEADERS CALL FOR TALKS WITH IMF")
  // (a person, who speaks of talks of his own side: "A Treasury official said talks with Japan" names the body, not one who held them)
  if (!report || !speaker || speaker.type !== 'person' || !speaker.actor || !speaker.country || !SPEECH_VERBS.has((report.cue ?? '').toLowerCase().split(' ')[0])) return [];
  for (let k = 0; k < at; k++) if (view.tokens[k].start >= report.start && view.slotAt[k]) return [];
  // (talks a negation tells of are none the speaker held: "said trade talks with New Delhi would not resume", "has not yet agreed on
  // a schedule for negotiations with the union")
  for (let k = 0; k < view.words.length; k++) if (view.tokens[k].start >= report.start && view.tokens[k].end <= report.end && REPORT_NEGATIONS.has(wordAt(view.words, k))) return [];
  return [slotOf(speaker, view.tokens[at].start, view.tokens[at].end)];
}

const REPORT_NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/** Prepositions after a talks noun that name its parties ("debt talks with Citibank", "debt talks between Brazil and its banks"). */
const PARTY_AFTER_TALKS: ReadonlySet<string> = new Set(['with', 'between', 'by']);

/** Participles after an act's noun that tell it done ("an agreement signed between Egypt and Canada"). */
const DONE_AFTER: ReadonlySet<string> = new Set(['signed', 'concluded']);

/** The act of a noun a participle of its doing follows, told as done whatever its clause plans ("plans to begin flights following an agreement signed between"). */
function toldDone(view: View, start: number, made: Candidate | null): Candidate | null {
  return made && made.status === 'intended' && DONE_AFTER.has(wordAt(view.words, start + 1)) ? recast(made, { status: 'occurred' }) : made;
}

/** Verbs of guarding something from harm ("to protect Kuwaiti tankers from attack"). */
const GUARD_VERBS: ReadonlySet<string> = new Set(['protect', 'protects', 'protected', 'protecting', 'shield', 'shields', 'shielded', 'shielding',
  'defend', 'defends', 'defended', 'defending', 'safeguard', 'safeguards', 'safeguarded', 'safeguarding']);

/**
 * ("to protect Kuwaiti tankers from possible Iranian attack", "to protect all neutral shipping from attacks by Iran and Iraq"): an
 * attack told with no party of its own after `from` or `against` a verb of guarding governs is on the ones guarded, its object.
 */
function protectedFrom(ctx: Context, view: View, start: number, actors: readonly Slot[], entry: TriggerEntry): Slot[] {
  const { words, slotAt } = view;
  // (the attack itself, not a word it modifies: "to protect ground forces from Soviet attack helicopters")
  const after = wordAt(words, start + 1);
  if (/^\p{Ll}/u.test(view.tokens[start + 1]?.text ?? '') && !PREPOSITIONS.has(after) && !BOUNDARY.has(after)) return [];
  // back past the attack's describing words and its doer's demonym ("possible Iranian")
  let p = start - 1;
  while (p > 0 && start - p <= 3 && wordAt(words, p) !== 'from' && wordAt(words, p) !== 'against' && !BOUNDARY.has(wordAt(words, p)) && wordAt(words, p) !== ',') p--;
  if (wordAt(words, p) !== 'from' && wordAt(words, p) !== 'against') return [];
  for (let v = p - 1; v >= 0 && p - v <= 12; v--) {
    const w = wordAt(words, v);
    if (GUARD_VERBS.has(w) && !slotAt[v]) return findRecipients(ctx, view, ['obj'], v + 1, actors, entry);
    if (BOUNDARY.has(w) || w === ',' || CLAUSE_STOPS.has(w)) return [];
  }
  return [];
}

/** Prepositions after an attack's noun that name the one attacked ("the attack on", "strikes against", "the shelling of"). */
const ATTACKED_ON: ReadonlySet<string> = new Set(['on', 'against', 'of']);

/** Types whose nominal names the one the act is done to after `of` ("the arrest of X by police", "the release of prisoners by Israel", "criticism of Bonn's policies by Baker"). */
const DONE_TO_OF: ReadonlySet<PloverType> = new Set(['COERCE', 'SANCTION', 'RETREAT', 'ACCUSE']);
/** Participles of words said, between an act of words and its agent ("criticism of Bonn voiced by Baker"). */
const VOICED: ReadonlySet<string> = new Set(['voiced', 'made', 'expressed', 'levelled', 'leveled', 'raised', 'aired', 'issued']);

/**
 * The `by` agent of an act's noun past the one it is done to, however described ("the arrest of opposition leader Ousmane Sonko by
 * Senegalese police", "the deportation of 40 Afghan migrants by Iran", "the attack on two Iranian oil platforms by American
 * forces"); not past a participle or a phrase of its own ("the arrest of a man wanted by police", "the release of prisoners from a
 * jail run by the army").
 */
function agentPastPatient(view: View, of: number, unit: Unit): Slot[] {
  for (let k = of + 1; k < view.words.length && k <= of + 8; k++) {
    const w = wordAt(view.words, k);
    if (w === 'by') return byAgent(view, k, unit);
    if (view.slotAt[k]) continue;
    // ("recent criticism of West German economic policies voiced by U.S. Treasury Secretary James Baker": words put out by the agent)
    if (VOICED.has(w) && wordAt(view.words, k + 1) === 'by') continue;
    if (BOUNDARY.has(w) || w === ',' || (PREPOSITIONS.has(w) && w !== 'of') || /(?:ed|en)$/.test(w)) return [];
  }
  return [];
}

/** Participles after an act's noun that tell it as still to come ("joint drills planned for next month"). */
const PLANNED_AFTER: ReadonlySet<string> = new Set(['planned', 'scheduled']);

/** Nouns that frame a war as one that may come ("in the case of war with", "the risk of war with"). */
const UNREAL_WAR_FRAMES: ReadonlySet<string> = new Set([...HEARSAY_NOUNS, 'case', 'event', 'threat', 'danger', 'prospect', 'brink', 'spectre', 'specter']);

/** Words that open an adverbial framing an act by talks ("in a phone call", "at the end of talks", "after a meeting"). */
const TALK_FRAMES: ReadonlySet<string> = new Set(['in', 'during', 'after', 'following', 'at']);
/** Words that open an adverbial of talks or a visit the clause's subject held ("after a meeting with", "before talks with"). */
const TALK_FRAME_OPENERS: ReadonlySet<string> = new Set([...TALK_FRAMES, 'before']);

/**
 * Verbs of speaking to an audience, whose object a meeting can be ("told the annual meeting of", "addressed a session of"), and of
 * attending one ("attended a meeting of the Group of Seven", "attend council meetings of the IMF"): one there takes part in it.
 */
const ADDRESSING: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'addressed', 'addresses', 'address', 'assured', 'assures',
  'attend', 'attends', 'attended', 'attending']);

/**
 * The subject of the clause a frame of talks at `j` stands in, named right before its verb, when one stands between the frame and
 * the last verb of saying or comma ("U.S. officials said there was evidence Thatcher approved the sale of missiles during talks
 * with", "Baldrige said he hopes Nakasone will make proposals at a meeting with President Reagan": Thatcher's, Nakasone's; the
 * speaker's otherwise, read by participleSubject).
 */
function frameClauseSubject(view: View, j: number): Slot | null {
  const { words, tokens, slotAt, slotStart } = view;
  for (let v = j - 1; v > 0 && v >= j - 14; v--) {
    const w = wordAt(words, v);
    if (BOUNDARY.has(w) || w === ',' || SPEECH_VERBS.has(w)) return null;
    if (slotAt[v] || !/^\p{Ll}+$/u.test(tokens[v].text)) continue;
    // (a modal or a verb in the past right after a name: "Nakasone will make", "Thatcher approved"; not after a preposition's object:
    // "an agreement for Mexico was struck during the annual meeting of the World Bank")
    if ((MODAL_VERBS.has(w) || PAST_IRREGULAR.has(w) || w.endsWith('ed')) && slotAt[v - 1] && !slotAt[v - 1]!.group && !PREPOSITIONS.has(wordAt(words, slotStart[v - 1] - 1))) return slotAt[v - 1]!;
  }
  return null;
}

/** The `by` or `between` that names an agreement's makers in the words of its clause from `k` on ("signed in Geneva last April by"). */
function makersNamed(words: readonly string[], k: number): 'by' | 'between' | null {
  for (let j = k; j < words.length && j < k + 10; j++) {
    const w = wordAt(words, j);
    if (w === ',' || BOUNDARY.has(w)) return null;
    if (w === 'by' || w === 'between') return w;
  }
  return null;
}

/** Words before the party a clause's act is done with ("import oil from Iran", "export maize to Taiwan", "trade with"). */
const PARTNER_WORDS: ReadonlySet<string> = new Set(['from', 'to', 'with']);

/**
 * The parties the clause of an agreement framed by `under` at `k` trades with, named right after `from`, `to` or `with` (past an
 * article) in the words of the subject's clause ("Ghana will import crude oil from Iran under an agreement reached in Tehran", "Under
 * a three-year agreement signed last year, South Africa will export maize to Taiwan"): the agreement's other side.
 */
function tradePartners(ctx: Context, view: View, subject: Slot, k: number): Slot[] {
  const { words, tokens } = view;
  const first = tokens.findIndex((t) => t.start >= subject.end);
  const from = Math.max(first, 0);
  for (let j = from; j < tokens.length - 1 && (from > k || j < k); j++) {
    if (from > k && (wordAt(words, j) === ',' || BOUNDARY.has(wordAt(words, j)))) break;
    if (!PARTNER_WORDS.has(wordAt(words, j))) continue;
    const p = DETERMINERS.has(wordAt(words, j + 1)) && !view.slotAt[j + 1] ? j + 2 : j + 1;
    const party = view.slotAt[p];
    if (party && view.slotStart[p] === p && (party.entity.actor || party.entity.country) && party.entity.country !== subject.entity.country) {
      return recipientSlots(ctx, view, p, new Set([subject.entity.id]));
    }
  }
  return [];
}

/**
 * Whether the frame at `j` opens the sentence, alone or after a participle of speech ("After talks with X, Y said", "Speaking to
 * reporters after a meeting with X, Y said"): no party or clause boundary before it.
 */
function openingFrame(view: View, j: number): boolean {
  if (j === 0) return true;
  const { words, slotAt } = view;
  // ("In a press conference after talks with South Korean leaders, Baldrige called": the setting of the speech the sentence opens
  // with, and the talks after it, are the main clause subject's, as after "Speaking")
  const setting = (wordAt(words, 0) === 'in' || wordAt(words, 0) === 'at') && words.slice(1, j).some((w) => SPEECH_SETTINGS.has(w));
  if (wordAt(words, 0) !== 'speaking' && !setting) return false;
  for (let k = 1; k < j; k++) if (slotAt[k] || BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',') return false;
  return true;
}
/** Nouns of the setting where one speaks ("In a press conference after", "At a news briefing following"). */
const SPEECH_SETTINGS: ReadonlySet<string> = new Set(['conference', 'briefing', 'interview', 'speech', 'statement']);

/**
 * The last comma of a run of parties, titles and commas that opens at `k`: the one that closes a list an opening frame names
 * ("After meetings with Vice President George Bush, Secretary of State George Shultz and Commerce Secretary Malcolm Baldrige, Clark
 * told": the comma before Clark), or `k` when there is none.
 */
function pastNamedParties(view: View, k: number): number {
  const { words, slotAt } = view;
  let comma = k;
  for (let j = k; j < words.length && j < k + 30; j++) {
    const w = wordAt(words, j);
    if (w === ',') comma = j;
    else if (!slotAt[j] && w !== 'and' && w !== 'of' && !startsUpper(view.tokens[j].text) && !TITLE_SECTORS.has(w) && !DETERMINERS.has(w)) break;
  }
  return comma;
}

/**
 * The `here` or `in` of a stay told right before the `for` at `j` that gives its purpose, or -1: an apposition (", in Washington
 * for", ", here for") or one expected (`expected here on Friday for`, `due in Moscow for`). A stay told with `be` is
 * consult.be-in's own visit.
 */
function stayBefore(view: View, j: number): number {
  const { words } = view;
  for (let k = j - 1; k >= 1 && k >= j - 7; k--) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w)) return -1;
    if (w === 'here' || w === 'in') return STAY_LEADS.has(wordAt(words, k - 1)) ? k : -1;
  }
  return -1;
}
/** Words a stay told without `be` follows ("X, in Washington for talks", "is expected here for talks"). */
const STAY_LEADS: ReadonlySet<string> = new Set([',', 'expected', 'due']);
/** An agreement told before that talks after it led to ("the agreement followed months of", "the accord was reached after"). */
const AGREEMENT_AFTER_TALKS = /\bthe (?:agreement|accord|deal|pact) (?:followed|came after|was reached (?:after|through|in|during)|was struck after|resulted from)\b/i;
/**
 * The body named right before a meeting's noun at `start` as its modifier ("the IADB meeting", "a GATT ministerial meeting", "this
 * week's ADB annual meeting", "the IMF's spring meeting"): after a determiner or a possessive of time, with up to two lower-case
 * words between; not a subject whose verb the noun is ("OPEC meeting this demand").
 */
export function modifyingBody(view: View, start: number): Slot | undefined {
  let k = start - 1;
  while (k > start - 3 && lowerModifier(view, k)) k--;
  if (POSSESSIVE_MARKS.has(wordAt(view.words, k))) k--;
  // ("the IMF's Interim Committee meeting": an organ of no code named after its body's possessive is the body's)
  const organ = view.slotAt[k];
  if (organ && !organ.entity.actor && organ.entity.type === 'organization') {
    k = view.slotStart[k] - 1;
    if (POSSESSIVE_MARKS.has(wordAt(view.words, k))) k--;
  }
  const slot = view.slotAt[k];
  if (!slot || nextAfterSlot(view, view.slotStart[k]) !== k + 1) return undefined;
  // ("the next OPEC meeting", "an emergency OPEC meeting": words of its kind or time before the name too)
  let d = view.slotStart[k] - 1;
  while (d > view.slotStart[k] - 3 && lowerModifier(view, d)) d--;
  // (not people of the body whom the participle tells: "Foreign ministers of the Group of Seven meeting on Capri urged")
  if (wordAt(view.words, d - 1) === 'of' && PERSON_NOUNS.has(wordAt(view.words, d - 2))) return undefined;
  return DETERMINERS.has(wordAt(view.words, d)) ? slot : undefined;
}
/**
 * The noun pattern of a body's meeting for the word at `start` when a body of states modifies it ("the IADB meeting", "last
 * December's OPEC meeting"): the gerund "meeting" matches the verb "meet" first, whose reading would take the body as its subject.
 */
export function bodyMeetingPattern(view: View, start: number): Pattern | undefined {
  if (!modifyingBody(view, start)?.entity.actor?.startsWith('IGO')) return undefined;
  return lexicon().byFirst.get(wordAt(view.words, start))?.find((p) => p.entry.ofBody && p.frame === 'noun' && p.rest.length === 0);
}
/** Words that make a meeting the place or time of another act ("on the sidelines of", "ahead of", "on the eve of"). */
const MEETING_SETTINGS: ReadonlySet<string> = new Set(['sidelines', 'margins', 'ahead', 'eve']);
/** Parts of a visit that frame an act told in it ("at the end of a visit to Mexico", "at the start of a tour"). */
const VISIT_SPANS: ReadonlySet<string> = new Set(['end', 'close', 'conclusion', 'start', 'beginning', 'outset', 'height']);
/** Past forms without -ed that a framed act's verb often takes. */
const PAST_IRREGULAR: ReadonlySet<string> = new Set(['set', 'made', 'held', 'struck', 'reached', 'gave', 'took', 'met', 'sent', 'found', 'put', 'won', 'kept', 'laid', 'drew', 'forged', 'sought', 'spoke']);

/**
 * The parties of a compound subject whose act a talks noun at `start` frames: "X and Y agreed in a phone call",
 * "X and Y signed the accord at the end of two days of talks". Two parties of different countries, or null.
 */
function framedPair(view: View, start: number): Slot[] | null {
  const { words, tokens, slotAt } = view;
  let j = start - 1;
  while (j > 0 && start - j <= 8 && !slotAt[j] && /^[\p{Ll}\d-]+$/u.test(tokens[j].text) && !TALK_FRAMES.has(wordAt(words, j))) j--;
  if (j <= 0 || !TALK_FRAMES.has(wordAt(words, j)) || slotAt[j]) return null;
  // the verb the adverbial follows, a time adverbial between ("agreed on Tuesday at the end of")
  // ("signed the accord at a meeting": an object between)
  let verb = j - 1;
  if (WEEKDAYS.has(wordAt(words, verb)) && wordAt(words, verb - 1) === 'on') verb -= 2;
  else if (TIME_ADVERBS.has(wordAt(words, verb))) verb--;
  const past = (k: number) => /^\p{Ll}+$/u.test(tokens[k].text) && (PAST_IRREGULAR.has(wordAt(words, k)) || /ed$/.test(wordAt(words, k)))
    && !DETERMINERS.has(wordAt(words, k - 1)) && !PREPOSITIONS.has(wordAt(words, k - 1));
  while (verb > 0 && j - verb <= 6 && !slotAt[verb] && /^\p{Ll}+$/u.test(tokens[verb].text) && !past(verb)) verb--;
  if (verb <= 0 || slotAt[verb] || !past(verb)) return null;
  const subject = subjectLeft(view, verb);
  // (the subject of this clause: "the Cairns Group, to which Australia and Thailand belong, has emerged" is not theirs)
  if (!subject || words.slice(tokens.findIndex((t) => t.start >= subject.end), verb).includes(',')) return null;
  const parties = withCompounds(view, subject, -1);
  if (parties.length !== 2 || !parties.every((p) => p.entity.actor && p.entity.country) || parties[0].entity.country === parties[1].entity.country) return null;
  return parties;
}

/** Words after a truce between two that tell it made: it took effect, holds, or broke down. */
const TRUCE_IN_FORCE = / (?:took|takes|take|taking) effect | (?:came|comes|went|goes) into (?:effect|force) | (?:held|holds|holding|collapsed|began|begins) /;

/** The light verb of a phrase ending at the preposition at `j` ("went ahead with", "took part in"): its index and form, or null. */
function lightPhraseEnding(words: readonly string[], j: number): { at: number; form: Form; toCome: boolean } | null {
  for (const phrase of lexicon().lightPhrases) {
    const at = j - phrase.rest.length;
    const form = phrase.forms.get(wordAt(words, at));
    if (form && phrase.rest.every((w, i) => wordAt(words, at + 1 + i) === w)) return { at, form, toCome: phrase.toCome };
  }
  return null;
}

/**
 * The two parties of different codes a sentence is about: its compound subject ("Ethiopia's government and the Tigray People's
 * Liberation Front signed"), else the two named after `between` ("a ceasefire between Iran and Iraq"); null otherwise.
 */
function sentencePair(view: View): Slot[] | null {
  const code = (s: Slot) => s.entity.actor ?? s.entity.country;
  // (the compound a sentence opens with, past a dateline's words: the first slots of its first words)
  // (read from each name of the first words leftwards: the second of the pair finds the first)
  for (let k = 0; k < view.words.length && k < 14; k++) {
    const subject = view.slotAt[k];
    if (!subject || view.slotStart[k] !== k) continue;
    const compound = withCompounds(view, subject, -1);
    if (compound.length === 2 && code(compound[0]) && code(compound[1]) && code(compound[0]) !== code(compound[1])) return compound;
    if (BOUNDARY.has(wordAt(view.words, k)) || wordAt(view.words, k) === ',') break;
  }
  for (let k = 0; k + 2 < view.words.length; k++) {
    if (wordAt(view.words, k) !== 'between') continue;
    const j = partyAt(view, k + 1);
    const a = view.slotAt[j];
    if (!a) continue;
    const after = nextAfterSlot(view, j);
    const b = wordAt(view.words, after) === 'and' ? view.slotAt[partyAt(view, after + 1)] : undefined;
    if (b && code(a) && code(b) && code(a) !== code(b)) return [a, b];
  }
  return null;
}

/** Verbs of killing and wounding an attack told after them can frame ("killed hundreds of people in an attack on"). */
const KILLING_VERBS: ReadonlySet<string> = new Set(['killed', 'wounded', 'injured', 'kidnapped', 'abducted', 'massacred', 'slaughtered']);

/** Words between an act's owner and its noun ("Moscow's first foreign visit", "Washington's new tariffs"). */
const OWNED_ACT_MODIFIERS: ReadonlySet<string> = new Set(['first', 'foreign', 'state', 'official', 'recent', 'planned', 'new']);

/** Acts whose noun `its` or `their` gives to the body named before (an attack, a sanction): a visit's or talks' `its` is often the host's. */
const PRONOUN_OWNED_ACTS: ReadonlySet<PloverType> = new Set(['ASSAULT', 'SANCTION']);

/** Nouns of imposing a sanction, whose owner is the sanction's ("the U.S. imposition of tariffs"). */
const IMPOSING_NOUNS: ReadonlySet<string> = new Set(['imposition', 'introduction', 'announcement']);

/**
 * The state's official or government who speaks at the gathering whose noun is at `start` ("told delegates at the meeting of",
 * "told the opening meeting of", "said at the end of a two-day meeting of"), when the gathering is of many states' people ("trade
 * ministers", "six major industrial nations") and names no one state among them; else null.
 */
function speakerAtGathering(view: View, start: number, nounEnd: number): Slot | null {
  const { words } = view;
  let many = -1;
  for (let k = nounEnd; k < words.length && k <= nounEnd + 5; k++) {
    // (one state's ministers meet at home: "a meeting of Japanese ministers" is no consultation)
    if (view.slotAt[k] && (view.slotAt[k]!.entity.type === 'country' || view.slotAt[k]!.entity.actor)) return null;
    if (MANY_STATES_PEOPLE.has(wordAt(words, k))) { many = k; break; }
    if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',') return null;
  }
  if (many < 0) return null;
  for (let v = start - 1; v >= 0 && v >= start - 10; v--) {
    const w = wordAt(words, v);
    if (BOUNDARY.has(w) || w === ',') return null;
    if (!SPEAKING_AT.has(w)) continue;
    // (present at it: "at" before the noun, or the gathering told as the one spoken to, "told the opening meeting of")
    const between = words.slice(v + 1, start);
    if (!between.includes('at') && !(w !== 'said' && between.length <= 3 && DETERMINERS.has(between[0] ?? ''))) return null;
    const speaker = subjectLeft(view, v);
    return speaker && speaker.entity.sector === 'GOV' && speaker.entity.country ? speaker : null;
  }
  return null;
}
/** Heads of a gathering's of-phrase that are many states' people ("trade ministers", "industrial nations"). */
const MANY_STATES_PEOPLE: ReadonlySet<string> = new Set(['ministers', 'nations', 'countries', 'states', 'delegates']);
/** Verbs of one who speaks at or to a gathering ("told delegates at", "said at", "addressed"). */
const SPEAKING_AT: ReadonlySet<string> = new Set(['told', 'tells', 'said', 'says', 'addressed', 'addresses']);

/** Words before a protest noun that make it the street's, not a diplomat's: "weeks of", "student", "violent", "anti-government". */
const STREET_WORDS: ReadonlySet<string> = new Set(['weeks', 'days', 'nights', 'months', 'street', 'student', 'students', 'nationwide', 'violent',
  'deadly', 'mass', 'angry', 'massive', 'youth', 'opposition', 'popular', 'public', 'nightly', 'wave', 'waves',
  // ("sparking nightly rallies against the government": protests an act set off are the street's)
  'sparking', 'sparked', 'triggering', 'triggered', 'prompting', 'prompted', 'provoking', 'provoked', 'fuelling', 'fueling', 'fuelled', 'fueled']);

function streetProtest(view: View, start: number): boolean {
  // ("after rioting and looting in the capital": a riot is always the street's)
  if (RIOT_NOUNS.has(wordAt(view.words, start))) return true;
  // ("sparked strong protests from exporters": a complaint made by someone, not the street's)
  if (wordAt(view.words, start + 1) === 'from') return false;
  // ("as protests against his government's decision entered a fifth night", "as protests over fuel prices turned violent", "a
  // two-day general strike against the military government": protests in the plural against or over something, or a general strike)
  if (STREET_PLURALS.has(wordAt(view.words, start)) && (wordAt(view.words, start + 1) === 'against' || wordAt(view.words, start + 1) === 'over')) return true;
  if (wordAt(view.words, start - 1) === 'general' && (wordAt(view.words, start) === 'strike' || wordAt(view.words, start) === 'strikes')) return true;
  // ("after a nine-day opposition boycott": a noun the opposition's own word opens; "to quell a wave of strikes": one a wave opens)
  if (wordAt(view.words, start) === 'opposition' || STREET_WAVES.has(wordAt(view.words, start))) return true;
  if (wordAt(view.words, start) === 'general' && (wordAt(view.words, start + 1) === 'strike' || wordAt(view.words, start + 1) === 'strikes')) return true;
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    const w = wordAt(view.words, k);
    if (!/^[a-z-]+$/.test(w)) return false;
    // ("student-led", not "Washington-led": a government leads no street protest)
    if (STREET_WORDS.has(w) || w.startsWith('anti-') || (w.endsWith('-led') && !startsUpper(view.tokens[k].text)) || w.endsWith('-wide')) return true;
  }
  return false;
}
/** Words before a street protest's noun that aim it at the country's rulers ("anti-government protests"). */
const AGAINST_RULERS: ReadonlySet<string> = new Set(['anti-government', 'anti-regime', 'anti-junta']);

/**
 * Whether the bare strike noun at `start` tells a labour strike under way (TriggerEntry.labourRun): its run before it ("the 14-day-old
 * strike", "a three week strike", "the prolonged strike"), its start or spread after it ("a strike which began", "since the strike
 * started"), or its time or settling ("since the strike", "to settle the strike"), or a kind of it only workers make ("an intermittent
 * strike", STRIKE_KIND_BEFORE), in a story of workers and no war; not its end alone.
 * 'started' when its start or spread is told after it (then it took place, whatever its clause tells), 'running' for the rest.
 */
function labourStrikeRun(ctx: Context, view: View, start: number, nounEnd: number): 'started' | 'running' | null {
  const { words } = view;
  if (words.some((w) => ARMS_WORDS.has(w)) || !isLabourDispute(ctx.text)) return null;
  const before = words.slice(Math.max(0, start - 4), start).join(' ');
  const after = ` ${words.slice(nounEnd, nounEnd + 3).join(' ')} `;
  // (one whose start is told took place, whatever the clause tells: "programming has not been affected by a strike which began")
  if (STRIKE_START_AFTER.test(after)) return 'started';
  // (a strike ended is told as its end, no strike of its own: "returned to their jobs after ending a week-long strike", a row of
  // recall-l6; the README lists a strike called off as a split)
  if (STRIKE_ENDED_BEFORE.test(words.slice(Math.max(0, start - 6), start).join(' '))) return null;
  // (none that may come or is denied: "a prolonged strike would have a disastrous effect", "it won't feel a six-week strike"; read
  // as written, since "the strike started May 9" names a month)
  for (let k = Math.max(0, start - 5); k < nounEnd + 2; k++) if ((k < start || k >= nounEnd) && STRIKE_DOUBTS.has(view.tokens[k]?.text ?? '')) return null;
  if (STRIKE_RUN_BEFORE.test(before)) return 'running';
  return STRIKE_KIND_BEFORE.test(before) && !words.some((w) => STRIKE_TO_COME.has(w)) ? 'running' : null;
}
/** Words of war, but those a strike's own story holds too ("strikes", "ships", "the capital"). */
const ARMS_WORDS: ReadonlySet<string> = new Set([...WAR_WORDS].filter((w) => !['strikes', 'struck', 'ship', 'ships', 'tanker', 'tankers', 'city', 'town', 'capital', 'base', 'front', 'ground', 'platform', 'rig', 'oilfield', 'border', 'village'].includes(w)));
/** Modals and negations that make a strike one that may come or is denied. */
const STRIKE_DOUBTS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may', 'will', 'should', 'not', "n't", "won't", 'wo', 'no', 'avert', 'avoid', 'prevent', 'possible', 'threatened']);
/** A strike's run or its time or settling right before its noun ("the 20-day-old", "a three month old", "since the", "to settle the"). */
const STRIKE_RUN_BEFORE = /(?:(?:^|\s)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[- ](?:days?|weeks?|months?)(?:[- ](?:old|long))?|(?:^|\s)(?:\d+-day|\d+-week|\d+-month|month|months|week|weeks)-(?:old|long)|(?:^|\s)(?:prolonged|protracted|lengthy|continuing|ongoing|current)|(?:^|\s)(?:since|during|settle|settles|settled|settling|resolve|resolved|resolving) (?:the|a|an|its|their))(?: [a-z'-]+)?$/;
/**
 * A kind of stoppage only workers make, or its length in hours, right before its noun ("an intermittent strike in Spanish ports",
 * "held brief warning strikes", "a 72-hour strike"; not "national" or "general", which a strike called or threatened takes as
 * often): a strike under way only where its sentence tells none to come (STRIKE_TO_COME).
 */
const STRIKE_KIND_BEFORE = /(?:^|\s)(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ]hours?|intermittent|lightning|warning|wildcat|rotating|rolling|selective|unofficial|token|sympathy)(?: [a-z'-]+)?$/;
/** Words of a sentence that tell its strike as set, planned, feared or possible ("was virtually certain to be confirmed", "the strike
 * calendar had been set for April 2", "face disruption from selective strikes", "might also be faced with wildcat strikes"). */
const STRIKE_TO_COME: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'next', 'plan', 'plans', 'planned', 'set', 'expected', 'certain',
  'likely', 'face', 'faces', 'faced', 'facing', 'threat', 'threats', 'threatened', 'threatening', 'possible', 'ballot', 'ballots', 'calendar', 'tomorrow']);
/** A verb of ending before a strike's noun and its describing words ("after ending a week-long", "to end the three month old"). */
const STRIKE_ENDED_BEFORE = /(?:^|\s)(?:end|ends|ended|ending) (?:the|a|an|its|their)(?: [a-z0-9'-]+){0,3}$/;
/** A strike's start or spread told right after its noun ("a strike which began", "the strike started May 9", "the strike spread"). */
const STRIKE_START_AFTER = /^ (?:, )?(?:which |that )?(?:began|begun|started|entered|spread|continued|ended|idled|halted|crippled|paralysed|paralyzed) /;

/** Words of a run of strikes that open their noun ("a wave of strikes", "a series of stoppages"): the street's. */
const STREET_WAVES: ReadonlySet<string> = new Set(['wave', 'waves', 'series', 'spate', 'rash']);

/** Protest nouns in the plural: against or over something they are the street's ("protests against the government"). */
const STREET_PLURALS: ReadonlySet<string> = new Set(['protests', 'demonstrations', 'rallies', 'strikes', 'marches']);

/**
 * Nouns of an act's length or round, before its `of` ("two days of talks", "a new round of talks"), and words that pick one of
 * its parts or tell a run of them ("held the first of a three-day meeting", "have had a series of talks").
 */
const ACT_LENGTHS: ReadonlySet<string> = new Set(['day', 'days', 'hours', 'weeks', 'months', 'round', 'rounds', 'first', 'second', 'third', 'fourth', 'final', 'last', 'latest', 'series']);

/** Words before an act's noun that tell it as to come ("next week's meeting", "a scheduled visit", "the forthcoming talks"). */
const TO_COME_MODIFIERS: ReadonlySet<string> = new Set(['next', 'planned', 'scheduled', 'upcoming', 'forthcoming', 'proposed', 'coming', 'projected']);

/**
 * Whether a party modifies the noun at `at` and the noun phrase tells the act as to come before it, by a modifier or by `ahead of`
 * ("ahead of next week's IMF meeting", "a scheduled Moscow visit", "ahead of the OPEC meeting"): finish reads the status up to the
 * party only. Not "last week's IMF meeting".
 */
function toComeBeforeParty(view: View, at: number): boolean {
  let party = false;
  let toCome = false;
  let j = at - 1;
  for (; j >= 0 && j >= at - 8; j--) {
    const w = wordAt(view.words, j);
    if (view.slotAt[j]) party = true;
    else if (TO_COME_MODIFIERS.has(w)) toCome = true;
    else if (!POSSESSIVE_MARKS.has(w) && !PERIODS.has(w) && !WEEKDAYS.has(w) && w !== 'the' && w !== 'a' && w !== 'an') break;
  }
  return party && (toCome || (wordAt(view.words, j) === 'of' && wordAt(view.words, j - 1) === 'ahead'));
}

/** Whether `any` opens the noun phrase whose head is at `at` ("any Iranian attack", "any such visit"). */
function anyBefore(view: View, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const w = wordAt(view.words, j);
    // ("to prevent any outbreaks of rioting", "to avert a war": an act to be prevented has not happened)
    if (w === 'any' || PREVENTING.has(w) || (w === 'of' && wordAt(view.words, j - 2) === 'any') || (DETERMINERS.has(w) && PREVENTING.has(wordAt(view.words, j - 1)))) return true;
    if (PREPOSITIONS.has(w) || BOUNDARY.has(w) || w === ',' || (DETERMINERS.has(w) && w !== 'such' && w !== 'new')) return false;
  }
  return false;
}

const PREVENTING: ReadonlySet<string> = new Set(['prevent', 'avert', 'forestall', 'avoid', 'deter']);

/**
 * Armed men or troops no one names at j ("the army", "leftist guerrillas", "Tamil guerrillas", "government troops"; police against a
 * crowd are no war): sector and extent.
 */
function bareSide(view: View, j: number): { sector: string; start: number; end: number } | null {
  const from = j;
  if (wordAt(view.words, j) === 'the') j++;
  // (a people's or creed's name no code knows describes armed men as a lower-case word does: "Tamil guerrillas", "Maoist rebels")
  for (let d = 0; d < 2 && !view.slotAt[j] && !BARE_FORCES.has(wordAt(view.words, j)) && /^\p{L}[\p{Ll}-]*$/u.test(view.tokens[j]?.text ?? ''); d++) j++;
  // (a government's troops are its armed forces)
  if (wordAt(view.words, j) === 'government' && GOVERNMENT_FORCES.has(wordAt(view.words, j + 1)) && !view.slotAt[j + 1]) return { sector: 'MIL', start: from, end: j + 2 };
  const sector = BARE_FORCES.get(wordAt(view.words, j));
  return (sector === 'MIL' || sector === 'REB') && !view.slotAt[j] ? { sector, start: from, end: j + 1 } : null;
}

/**
 * The two sides of labour talks named from token `j` ("management and unions", "the union and employers", "mining companies and the
 * National Union of Mineworkers"): one at least told by a bare noun of its side, the other by one of the other side or a name; null
 * when they are not such a pair or no country is known for a bare side.
 */
function labourPair(ctx: Context, view: View, j: number): [Slot, Slot] | null {
  const first = labourSide(view, j);
  const firstNamed = first ? -1 : partyAt(view, j);
  const and = first ? first.end : view.slotAt[firstNamed] ? nextAfterSlot(view, firstNamed) : -1;
  if (and < 0 || wordAt(view.words, and) !== 'and') return null;
  const second = labourSide(view, and + 1);
  const secondNamed = second ? -1 : partyAt(view, and + 1);
  const named = view.slotAt[firstNamed] ?? view.slotAt[secondNamed];
  if ((!first && !second) || (first && second && first.sector === second.sector) || (!(first && second) && !named?.entity.actor)) return null;
  // (a named side of the same sector is no counterpart: "between the union and the Teamsters")
  if (named && named.entity.sector === (first ?? second)!.sector) return null;
  const country = named?.entity.country ?? homeOf(ctx, view);
  if (!country) return null;
  const side = (s: { sector: string; start: number; end: number }) => groupSlot(ctx, country, s.sector, view.tokens[s.start].start, view.tokens[s.end - 1].end);
  return [first ? side(first) : named!, second ? side(second) : named!];
}

/** Words of a state's side in a sentence of labour talks: the talks may be with it, not between employers and unions. */
const STATE_SIDE_WORDS: ReadonlySet<string> = new Set(['government', 'ministry', 'minister', 'authorities']);

/** Words of refusing before talks, which tell them not held. */
const REFUSING_WORDS: ReadonlySet<string> = new Set(['refusal', 'refused', 'refuses', 'refuse', 'refusing']);

/**
 * The employers and the unions of talks at `start` that name no party (no `with` or `between` after the noun), when they are labour
 * talks: a word of pay or of a contract before the noun ("pay talks", "contract negotiations", "STRIKE TALKS"), or a word of a labour
 * dispute in the sentence ("talks aimed at ending the prolonged strike", "when the union walked out"). Not where the sentence names a
 * party that is neither a firm nor a union, nor tells a government (a state, its government, a body of states: "trade talks ... the
 * strike", "urged the unions to return to negotiations"), nor a visit or
 * a call, nor a meeting (told of a firm's shareholders as often); the country is that of a firm the sentence names, else the
 * dispatch's, else that of a union it names.
 */
function labourTalkSides(ctx: Context, view: View, start: number, argStart: number): [Slot, Slot] | null {
  const { words } = view;
  if (!BARGAINING_NOUNS.has(wordAt(words, start)) || wordAt(words, argStart) === 'with' || wordAt(words, argStart) === 'between') return null;
  // (a story of no workers' side tells pay rounds as economics: "wage increases following pay negotiations" in a forecast)
  if (!isLabourDispute(ctx.text)) return null;
  const modified = LABOUR_TALK_MODIFIERS.has(wordAt(words, start - 1));
  // ("a strike" as a noun, not the forces' "air strikes", and "walked" only as "walked out")
  const dispute = words.some((w, k) => LABOUR_DISPUTE_WORDS.has(w) && (w !== 'walked' || wordAt(words, k + 1) === 'out')
    && !(w.startsWith('strike') && /^(?:air|missile|rocket|military|retaliatory|pre-emptive|surgical)$/.test(wordAt(words, k - 1))));
  if (!modified && !dispute) return null;
  // (a government told in the sentence may be the other side, or the one that calls the talks: "The government had urged the unions
  // to call off the strike and return to negotiations")
  if (words.some((w) => STATE_SIDE_WORDS.has(w))) return null;
  // (talks refused are none held: "the railway company's refusal to go to formal arbitration talks")
  if (words.slice(Math.max(0, start - 6), start).some((w) => REFUSING_WORDS.has(w))) return null;
  let firm: string | null = null, union: string | null = null;
  for (const s of view.slotAt) {
    if (!s) continue;
    const { sector, type } = s.entity;
    // (a crowd of no sector, a place, or one of no code: "a union spokesman")
    if (type === 'location' || (s.group && !sector) || (!s.entity.actor && !s.entity.country)) continue;
    if (sector !== 'BUS' && sector !== 'NGO' && type !== 'country') return null;
    if (sector === 'BUS') firm ??= s.entity.country;
    if (sector === 'NGO') union ??= s.entity.country;
  }
  // (a union of another country's name is often the international one the local belongs to: "the United Steelworkers of America" at
  // a British Columbia mine)
  const country = firm ?? homeOf(ctx, view) ?? union;
  // (a state named in the sentence is another's talks, unless it is the firm's or union's own: "Brazil's 40,000 seamen")
  if (!country || view.slotAt.some((s) => s && s.entity.type === 'country' && s.entity.country !== country)) return null;
  const t = view.tokens[start];
  return [groupSlot(ctx, country, 'BUS', t.start, t.end), groupSlot(ctx, country, 'NGO', t.start, t.end)];
}

/** A side of labour talks told by a bare noun at `j` ("management", "the unions", "mining companies"), with its sector. */
function labourSide(view: View, j: number): { sector: string; start: number; end: number } | null {
  const from = j;
  if (wordAt(view.words, j) === 'the') j++;
  // (lower-case words of trade before it: "mining companies", "the gold mining companies", "the transport unions")
  for (let d = 0; d < 2 && !view.slotAt[j] && /^\p{Ll}+$/u.test(view.tokens[j]?.text ?? '') && !EMPLOYER_SIDES.has(wordAt(view.words, j)) && !LABOUR_BODIES.has(wordAt(view.words, j)); d++) j++;
  const w = wordAt(view.words, j);
  // (a crowd read at the word is no name: "unions at the Dagenham plant")
  if ((view.slotAt[j] && !view.slotAt[j]!.group) || !/^\p{Ll}/u.test(view.tokens[j]?.text ?? '')) return null;
  if (EMPLOYER_SIDES.has(w)) return { sector: 'BUS', start: from, end: j + 1 };
  return w === 'union' || w === 'unions' ? { sector: 'NGO', start: from, end: j + 1 } : null;
}

/**
 * The word heading the people or union named after `by` at `by` (past amounts, words of trade and a share of them: "by the majority
 * of Brazil's 700,000 bankworkers"), or -1 when it names none.
 */
function crowdAfterBy(view: View, by: number): number {
  const { words } = view;
  for (let k = by + 1; k < words.length && k <= by + 8; k++) {
    const w = wordAt(words, k);
    if (CROWD_WORDS.has(w) || LABOUR_BODIES.has(w)) return k;
    if (BOUNDARY.has(w) || w === ',' || w === '.' || w === 'and' || (PREPOSITIONS.has(w) && w !== 'of') || CLAUSE_STOPS.has(w)) break;
  }
  return -1;
}

/** A group of the country the dispatch is from (or the one the sentence names), at token `k`; none when neither is known. */
function homeGroup(ctx: Context, view: View, k: number): Slot[] {
  const country = homeOf(ctx, view) ?? onlyCountry(view, view.slotAt.length);
  const t = view.tokens[k];
  return country ? [groupSlot(ctx, country, '', t.start, t.end)] : [];
}
