/** The subject left of a trigger in its clause, with the frames that carry it (appositions, relatives, participles). */
import { CAPITALS } from '../../lexicon/countries.js';
import { ACT_NOUNS, PERSON_NOUNS, SPEECH_VERBS } from '../../lexicon/event-groups.js';
import { amongThoseWho, companySeat, nextAfterSlot, skipTimeAdverbial, titleStart, wordAt } from './clause.js';
import type { Slot, View } from './types.js';
import { ASPECT, BE_FORMS, BOUNDARY, CLAUSE_ADVERBS, DETERMINERS, DOMESTIC, HEAD_PAIRS, HEADS, MODAL_VERBS, MODALS, MONTHS, PERFECT_AUXILIARIES, POSSESSIVE_MARKS, POSSESSIVES, PREPOSITIONS, RULER_KINDS, SUBORDINATORS, TIME_ADVERBS, WEEKDAYS } from './word-classes.js';

const SUBJECT_BLOCKING_PREPOSITIONS = new Set(['to', 'in', 'at', 'on', 'with', 'for', 'into', 'against', 'toward', 'towards', 'over', 'under', 'between', 'during', 'after', 'before', 'than', 'via', 'through', 'across', 'near', 'amid', 'about', 'around']);
/** Words that leave the parties after them out of the act ("all members except Zaire"). */
const EXCLUDING: ReadonlySet<string> = new Set(['except', 'excluding', 'besides']);

/** The first word of the list of parties, joined by commas and `and`, whose member starts at `at` ("Zaire and Australia"). */
function listStart(view: View, at: number): number {
  let k = at;
  while (k >= 2 && (wordAt(view.words, k - 1) === 'and' || wordAt(view.words, k - 1) === ',') && view.slotAt[k - 2]) {
    const s = view.slotStart[k - 2];
    k = s >= 0 ? s : k - 2;
  }
  return k;
}

/** Words that open an appositive noun phrase after a name ("Lourenco, the African Union's mediator,"). */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'last', 'next', 'now', 'then', 'also', 'himself', 'herself', 'itself']);

/** Whether tokens [from, at) are a short possessed noun phrase right before a verb ("executive board", "top diplomat"). */
function possessedSubject(view: View, from: number, at: number): boolean {
  let k = at;
  // ("the IMF's executive board on Tuesday approved": a time adverbial before the verb; "President Sarney's government has
  // repeatedly refused": the perfect's auxiliary and an adverb)
  for (;;) {
    const w = wordAt(view.words, k - 1);
    if (k > from && (MODALS.has(w) || ASPECT.has(w) || TIME_ADVERBS.has(w) || PERFECT_AUXILIARIES.has(w) || CLAUSE_ADVERBS.has(w))) k--;
    else if (k > from + 1 && WEEKDAYS.has(w) && wordAt(view.words, k - 2) === 'on') k -= 2;
    else break;
  }
  if (k <= from || k - from > 3) return false;
  for (let x = from; x < k; x++) {
    const w = wordAt(view.words, x);
    // ("the EU's foreign minister": a word of an office's kind is no determiner here)
    if (view.slotAt[x] || !/^\p{Ll}+$/u.test(view.tokens[x].text) || PREPOSITIONS.has(w) || (DETERMINERS.has(w) && !RULER_KINDS.has(w)) || w === 'and') return false;
  }
  // the owned thing must be able to act: "board", "foreign ministry", "armed forces" ("Turkey's exports declined" is no act of Turkey)
  return POSSESSED_AGENTS.has(wordAt(view.words, k - 1)) || HEADS.has(wordAt(view.words, k - 1)) || DOMESTIC.has(wordAt(view.words, k - 1));
}

/** Bodies and office holders a possessor acts through ("the IMF's executive board", "Iran's top diplomat"). */
export const POSSESSED_AGENTS: ReadonlySet<string> = new Set(['board', 'ministry', 'spokesman', 'spokeswoman', 'spokesperson', 'council', 'committee', 'office', 'diplomat',
  'president', 'chief', 'commander', 'leader', 'minister', 'secretary', 'chairman', 'director', 'prosecutor', 'court', 'administration', 'presidency', 'junta', 'guards', 'coastguard']);

/** Nouns of meetings and decisions a place name can modify ("the Moscow talks", "the Brussels decision"). */
const EVENT_NOUNS = new Set(['talks', 'visit', 'meeting', 'summit', 'decision', 'move', 'plan', 'conference', 'agreement', 'accord', 'deal', 'treaty', 'statement', 'government', 'regime']);

/** Participles whose `by` agent heads the one they follow ("the team, headed by the finance minister,"). */
const HEADED: ReadonlySet<string> = new Set(['led', 'headed', 'chaired']);

/** Present participles of presence that open a phrase about where the subject is ("leaders attending a meeting with X"). */
const PRESENCE_PARTICIPLES: ReadonlySet<string> = new Set(['attending', 'visiting', 'touring']);

/** Participles whose `by` agent goes with the one acting, not in its place ("planes escorted by fighters", "troops supported by tanks"). */
const ESCORTED: ReadonlySet<string> = new Set(['escorted', 'accompanied', 'flanked', 'backed', 'supported', 'protected', 'covered', 'joined', 'followed', 'shadowed', 'trailed']);

/** Prepositions that open a relative clause before "which" or "whom" ("of which", "in which", "with whom"). */
const RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'with', 'for', 'to', 'by', 'under']);

/** The nearest entity mention left of `at` in the same clause that can be a subject. */
export function subjectLeft(view: View, at: number): Slot | null {
  const { words, slotAt, slotStart } = view;
  // "Algeria, Iraq and Malaysia were among more than 20 countries that recognised": the parties said to be among them
  const among = amongThoseWho(words, at);
  if (among > 0) return subjectLeft(view, among);
  // ("Ayala ... said ministers agreed in Punta del Este": a reported clause opened by a plain plural is that noun's, whom no code names)
  if (at >= 2 && !slotAt[at - 1] && /^\p{Ll}+s$/u.test(view.tokens[at - 1].text) && SPEECH_VERBS.has(wordAt(words, at - 2))) return null;
  // "Hamas, which attacked Israel in October, rejected": a closed relative clause is read past to its antecedent
  let from = at - 1;
  // (where the subject's own words end: before a relative clause read past, else the verb)
  let own = at;
  // "The Congolese leader, who has accused Kigali, also urged", "..., will host": adverbs and modals between the clause and the verb
  while (from > 0 && (CLAUSE_ADVERBS.has(wordAt(words, from)) || (MODAL_VERBS.has(wordAt(words, from)) && wordAt(words, from - 1) === ','))) from--;
  if (wordAt(words, from) === ',') {
    for (let r = from - 1; r >= 1 && r >= from - 30; r--) {
      if (BOUNDARY.has(wordAt(words, r))) break;
      if ((wordAt(words, r) === 'which' || wordAt(words, r) === 'who' || wordAt(words, r) === 'whom' || wordAt(words, r) === 'whose') && wordAt(words, r - 1) === ',') { from = r - 2; own = r - 1; break; }
      // ("The banned African National Congress, of which Mandela is a leader, dismissed": a preposition before the relative)
      if ((wordAt(words, r) === 'which' || wordAt(words, r) === 'whom') && RELATIVE_PREPOSITIONS.has(wordAt(words, r - 1)) && wordAt(words, r - 2) === ',' && r >= 3) { from = r - 3; own = r - 2; break; }
      // "Angolan President Joao Lourenco, the African Union's designated mediator in the conflict in eastern Congo, will host":
      // an appositive (a noun phrase between commas after a name) is read past to the name
      // (not a list: "Japan, the United States and West Germany, agreed"; not a name the text gives no code: "Roy Denman, the EC representative,")
      // ("Nelson Mandela, freed by South Africa's government this month, flew to Lusaka": a participle with its agent, the same;
      // so after a state or body, "Kuwait, hit by Iranian missiles last week, asked", the participle being any lower-case word
      // before `by`, regular or not; not one that names who heads the subject, "the Nigerian team, headed by Finance Minister Che
      // Okongwu, will hold talks", whose head acts for it and is the more specific actor)
      if (wordAt(words, r) === ',' && r < from - 2 && /^\p{Ll}+$/u.test(view.tokens[r + 1].text) && !HEADED.has(view.tokens[r + 1].text) && wordAt(words, r + 2) === 'by'
        && (slotAt[r - 1]?.entity.type === 'person' || slotAt[r - 1]?.entity.actor || slotAt[r - 1]?.entity.country)) { from = r - 1; break; }
      if (wordAt(words, r) === ',' && r < from - 1 && APPOSITIVE_OPENERS.has(wordAt(words, r + 1)) && slotAt[r - 1] && (slotAt[r - 1]!.entity.actor || slotAt[r - 1]!.entity.country)) {
        const item = r + 2;
        const listed = slotAt[item] !== undefined && slotStart[item] === item && !POSSESSIVE_MARKS.has(wordAt(words, nextAfterSlot(view, item)));
        if (!listed) { from = r - 1; break; }
      }
      // "Ecuador's largest indigenous organisation, CONAIE, launched": a name of no code in apposition after a party is read past
      const named = slotAt[r + 1];
      if (wordAt(words, r) === ',' && named && slotStart[r + 1] === r + 1 && nextAfterSlot(view, r + 1) === from && !named.entity.actor && !named.entity.country
        && slotAt[r - 1] && (slotAt[r - 1]!.entity.actor || slotAt[r - 1]!.entity.country)) { from = r - 1; break; }
      // ("The soldiers, acting on orders from the attorney general, used tear gas": a present participle's phrase set off by commas
      // is an aside on the subject before it, whose own parties do not act)
      if (wordAt(words, r) === ',' && r >= 1 && r < from - 1 && /^\p{Ll}+ing$/u.test(view.tokens[r + 1].text)) { from = r - 1; own = r; break; }
      if (wordAt(words, r) === ',') break;
    }
  }
  // "Indian air force planes escorted by fighters dropped food": a participle phrase with its agent between the subject and
  // the verb is read past (not "backed by", whose agent is the master a proxy acts for)
  for (let p = from; p > 0 && p >= from - 6; p--) {
    const w = wordAt(words, p);
    if (w === ',' || BOUNDARY.has(w)) break;
    if (w === 'by' && ESCORTED.has(wordAt(words, p - 1)) && p - 2 >= 0) { from = p - 2; own = p - 1; break; }
  }
  // ("Brazilian business leaders attending a weekend meeting with President Jose Sarney called on the government"): a phrase of
  // presence right after the subject, with no commas, tells where it is; the parties in it do not act
  for (let p = from; p > 1 && p >= from - 10; p--) {
    const w = wordAt(words, p);
    if (w === ',' || BOUNDARY.has(w)) break;
    if (PRESENCE_PARTICIPLES.has(w) && (slotAt[p - 1] || /^\p{Ll}+s$/u.test(view.tokens[p - 1].text))) { from = p - 1; own = p; break; }
  }
  // "and riot police again used water cannon": a group head with no country right before the verb is the subject, and uncoded
  {
    let h = from;
    while (h > 0 && (CLAUSE_ADVERBS.has(wordAt(words, h)) || MODALS.has(wordAt(words, h)))) h--;
    const sector = HEADS.get(wordAt(words, h));
    const opener = HEADS.has(wordAt(words, h - 1)) || HEAD_PAIRS.get(wordAt(words, h - 1))?.has(wordAt(words, h)) ? wordAt(words, h - 2) : wordAt(words, h - 1);
    if (!slotAt[h] && h < at && (sector === 'COP' || sector === 'MIL') && opener === 'and') return null;
    // "guerrillas attacked security bases": an armed group no country is named for acts, not the last country named
    // (armed men of a group named right before them are the group: "Hamas fighters killed")
    if (!slotAt[h] && h < at && UNNAMED_ARMED.has(wordAt(words, h)) && slotAt[h - 1]?.entity.sector !== 'REB') return null;
  }
  // ("after Iran started to attack Kuwaiti vessels": a verb of aspect and its `to` are the verb of the clause the subject opens)
  const clauseVerb = own === at && wordAt(words, at - 1) === 'to' && ASPECT.has(wordAt(words, at - 2)) ? at - 2 : own;
  for (let j = from; j >= 0 && j >= at - 40; j--) {
    const w = wordAt(words, j);
    // ("a Japanese team that left for Washington today", "a team that will leave": a relative `that` right before its verb, past
    // auxiliaries only, has the party it follows as subject; not the `that` of a reported clause, whose subject stands after it)
    // (not an agent's: "a resolution drafted by Algeria that would have demanded" is the resolution's)
    if (w === 'that' && slotAt[j - 1] && wordAt(words, (slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1) - 1) !== 'by' && words.slice(j + 1, at).every((v) => MODALS.has(v) || BE_FORMS.has(v) || v === 'has' || v === 'have' || v === 'had' || CLAUSE_ADVERBS.has(v))) return slotAt[j - 1]!;
    // ("in Quito, where demonstrators threw rocks": the place a `where` clause hangs on is not its subject)
    if (BOUNDARY.has(w) || w === 'that' || w === 'where') return null;
    // ("Argentina is pressing for a margin of 13/16 pct, but the banks are refusing": a clause after `but` with a subject of its own
    // that names no party has none; "asked for a loan but refused" shares the first clause's)
    if (w === 'but' && ownSubjectAfter(view, j + 1, clauseVerb)) return null;
    // "fentanyl, which kills tens of thousands": a relative's subject is its antecedent, and a thing is no actor
    // ("talks with Kenyan President Daniel Arap Moi, who afterwards appealed": so is a party's before `who`, whatever governs it)
    if (w === 'which' || w === 'who') {
      const antecedent = wordAt(words, j - 1) === ',' ? j - 2 : j - 1;
      // ("An IMF delegation, which visited Israel this week, issued": people named by their noun after the body they are of)
      const party = antecedent >= 0 ? slotAt[antecedent] ?? (PERSON_NOUNS.has(wordAt(words, antecedent)) ? slotAt[antecedent - 1] : undefined) ?? null : null;
      if (w === 'which' || party?.entity.actor) return party;
    }
    const slot = slotAt[j];
    if (!slot) continue;
    const first = slotStart[j] >= 0 ? slotStart[j] : j;
    // "smashed four Iraqi brigades, killed ...": a name closed by a comma right before the verb is no subject,
    // unless a comma opens it too, before its title ("the chairman, Jacques Schoufour, accused", "His daughter, Vice President Sara
    // Duterte, called")
    if (j + 2 === at && wordAt(words, j + 1) === ',' && wordAt(words, titleStart(view, 0, first) - 1) !== ',') { j = first; continue; }
    // a possessive ("his" in "his counterpart") is not the subject
    if (POSSESSIVES.has(wordAt(words, first)) && first === j && j + 1 < at && !slotAt[j + 1]) { j = first; continue; }
    if (POSSESSIVES.has(wordAt(words, first)) && slot.entity.type === 'person' && first === j) { j = first; continue; }
    // ("leaders attending a meeting with President Jose Sarney called on": a person's title words stand between the name and the
    // preposition whose object the person is; not a date, "on Tuesday President Reagan said", nor a place read as a person, "the
    // U.S. East Coast", nor a clause's subordinator, "hours after U.S. Secretary of State Antony Blinken ... met him")
    const titled = slot.entity.type === 'person' && !slotAt[first - 1] ? titleStart(view, 0, first) : first;
    const lead = words.slice(titled, first).some((x) => WEEKDAYS.has(x) || MONTHS.has(x)) || SUBORDINATORS.has(wordAt(words, titled - 1)) ? first : titled;
    const before = wordAt(words, lead - 1);
    // ("Finance Minister Beshir Omer, quoted by the Sudan News Agency, said his government also rejected": the agent of an aside set
    // off by a comma, a participle and its `by`, is the source or the medium, no subject: read on past the aside)
    const aside = asideOpening(view, lead);
    if (aside >= 0) { j = aside; continue; }
    // ("King Fahd of Saudi Arabia begins a state visit", "President Kenneth Kaunda of Zambia said": the country a titled person is
    // named of is where he holds his office, and he is the subject)
    if (before === 'of' && slot.entity.type === 'country') {
      const holder = slotAt[lead - 2];
      // ("Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal": a plural title leaves each name untitled, and a
      // leader the lexicon knows by office is titled by it)
      if (holder?.entity.type === 'person' && (holder.entity.titles.length > 0 || holder.entity.sector) && holder.entity.country === slot.entity.country) return holder;
    }
    // "after a Chinese military aircraft violated": `after` opens a clause whose subject this is
    // ("after the Dutch government on Friday expanded": a time adverbial may stand between)
    const clauseSubject = (before === 'after' || before === 'before') && clauseVerb - j <= 4 && noPhraseBetween(words, j + 1, clauseVerb);
    // ("with Secretary of State Marco Rubio accusing the court": the one a `with` opens right before a participle is its subject)
    const absolute = before === 'with' && /ing$/.test(wordAt(words, at)) && words.slice(j + 1, at).every((x) => CLAUSE_ADVERBS.has(x));
    if (before !== '' && SUBJECT_BLOCKING_PREPOSITIONS.has(before) && !clauseSubject && !absolute) { j = first; continue; }
    // ("All ATPC members except Zaire and Australia agreed": the parties a list after `except` leaves out do not act)
    const listed = listStart(view, lead);
    if (EXCLUDING.has(wordAt(words, listed - 1))) { j = listed; continue; }
    // "strike on the Iranian consulate ... killed": the object of a preposition is no subject
    // ("after the Chinese aircraft carrier Liaoning sailed": `after` opens a clause here too)
    const opened = (wordAt(words, first - 2) === 'after' || wordAt(words, first - 2) === 'before') && clauseVerb - j <= 4 && noPhraseBetween(words, j + 1, clauseVerb);
    if ((before === 'the' || before === 'a' || before === 'an') && SUBJECT_BLOCKING_PREPOSITIONS.has(wordAt(words, lead - 2) ?? '') && !opened) { j = first; continue; }
    if (slot.entity.type === 'location' && !CAPITALS.has(slot.entity.name)) { j = first; continue; }
    // "Continental AG of Hanover, West Germany, announced": the country a company is of is its seat, not the subject
    if (companySeat(view, lead)) { j = first; continue; }
    // "condemned the Damascus strike as unacceptable and called on": a name between a determiner and a noun modifies it
    const nextWord = wordAt(words, j + 1);
    if (j + 1 < at && (before === 'the' || before === 'a' || before === 'an') && (((slot.entity.type === 'location' || CAPITALS.has(view.tokens.slice(first, j + 1).map((t) => t.text).join(' '))) && (ACT_NOUNS.has(nextWord) || EVENT_NOUNS.has(nextWord)))
      || (slot.entity.type === 'country' && ACT_NOUNS.has(nextWord)))) { j = first; continue; }
    if (j + 1 < words.length && (wordAt(words, j + 1) === "'s" || wordAt(words, j + 1) === '’s')) {
      // "the IMF's executive board approved", "Russia's defence ministry said": the possessor acts through what it owns
      if (possessedSubject(view, j + 2, at)) return slot;
      j = first;
      continue;
    }
    return slot;
  }
  return null;
}

/**
 * Whether words [from, to) before a clause's verb are a subject of its own that names no party: a noun phrase opened by a determiner
 * or a possessive ("the banks are", "its creditors"), or a plural in lower case with at most its modifiers ("creditor banks"), before
 * auxiliaries and adverbs; not a verb of the clause and its phrase ("but preferred to negotiate", "but continue with our moves to
 * press"), nor a domestic head the story's country places ("but legislators called on Japan").
 */
function ownSubjectAfter(view: View, from: number, to: number): boolean {
  const { words, tokens } = view;
  let k = from;
  while (k < to && (wordAt(words, k) === ',' || skipTimeAdverbial(words, k) > k)) k = wordAt(words, k) === ',' ? k + 1 : skipTimeAdverbial(words, k);
  let end = to;
  while (end > k && (MODALS.has(wordAt(words, end - 1)) || BE_FORMS.has(wordAt(words, end - 1)) || PERFECT_AUXILIARIES.has(wordAt(words, end - 1))
    || CLAUSE_ADVERBS.has(wordAt(words, end - 1)) || wordAt(words, end - 1).endsWith('ly') || wordAt(words, end - 1) === 'not' || wordAt(words, end - 1) === "n't")) end--;
  if (end <= k || end - k > 4) return false;
  const run = words.slice(k, end);
  if (run.some((w, i) => PREPOSITIONS.has(w) || w === 'to' || w === ',' || view.slotAt[k + i] || !/^\p{Ll}/u.test(tokens[k + i].text))) return false;
  const head = run[run.length - 1];
  if (DOMESTIC.has(head)) return false;
  return DETERMINERS.has(run[0]) || POSSESSIVES.has(run[0]) || head.endsWith('s');
}

/**
 * The comma that opens an aside ", quoted by the official ...", ", monitored by ...", ", carried by ..." whose agent's name starts at
 * `lead` (past an article and lower-case words before the name), else -1.
 */
function asideOpening(view: View, lead: number): number {
  const { words, tokens } = view;
  let k = lead - 1;
  for (let t = 0; t < 3 && k > 0 && wordAt(words, k) !== 'by' && /^\p{Ll}+$/u.test(tokens[k].text); t++) k--;
  if (wordAt(words, k) !== 'by' || !ASIDE_PARTICIPLES.has(wordAt(words, k - 1)) || wordAt(words, k - 2) !== ',') return -1;
  return k - 2;
}

/** Participles of a source or medium whose `by` names who carried the words ("quoted by", "monitored by"). */
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(['quoted', 'monitored', 'carried', 'reported', 'broadcast', 'cited', 'interviewed']);

/** No preposition or comma in words [from, to) but those of a time adverbial ("on Friday"). */
function noPhraseBetween(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to;) {
    const after = skipTimeAdverbial(words, k);
    if (after > k) { k = after; continue; }
    if (PREPOSITIONS.has(wordAt(words, k)) || wordAt(words, k) === ',') return false;
    k++;
  }
  return true;
}

/** Armed groups named by a common noun alone: the subject, uncoded, when right before the verb. */
const UNNAMED_ARMED = new Set(['guerrillas', 'rebels', 'insurgents', 'militants', 'gunmen', 'fighters', 'militia', 'militias', 'jihadists', 'attackers', 'assailants']);
