/** The recipient of a candidate event: the slots its lexicon entry names, in text order, with the frames that move or refuse them. */
import type { Entity, Mention, Token } from '../../model.js';
import { firstFrom } from '../search.js';
import { lookupPlace } from '../../gazetteer.js';
import { CAPITALS, COUNTRY_NAMES, DEMONYMS } from '../../lexicon/countries.js';
import { regionOf } from '../../lexicon/regions.js';
import { AMOUNT_WORDS, PROTEST_MANNER, SITE_NOUNS, SPEECH_VERBS, VESSEL_NOUNS } from '../../lexicon/event-groups.js';
import type { RecipientSlot, TriggerEntry } from '../../lexicon/event-triggers.js';
import { lexicon } from '../event-lexicon.js';
import { TITLE_SECTORS } from '../../lexicon/titles.js';
import { pairTable, regionalDemonym } from '../lexicon-matcher.js';
import { ARTICLES, backHead, domesticTarget, heldPerson, homeOf, isBarePossessive, isInfinitive, lastCountryBefore, lowerModifier, nextAfterSlot, partyAt, possessedBody, scareQuote, startsUpper, titleStart, uncodedAddressee, vesselSector, wordAt } from './clause.js';
import { groupEntity, groupSlot, slotOf } from './slots.js';
import type { Context, Slot, View } from './types.js';
import { ANSWER_NOUNS, BACK_HEADS, BACKING_PARTICIPLES, BE_FORMS, BOUNDARY, CLAUSE_STOPS, DEMONYM_PAIRS, DETERMINERS, GATHERINGS, MODAL_VERBS, POSSESSIVE_MARKS, PREPOSITIONS, QUOTE_CHARS, QUOTE_MARKS, REBEL_MODIFIERS, SECURITY_SECTORS, STATE_BACK_HEADS, TWO_PARTIES, WEEKDAYS } from './word-classes.js';

const TITLE_PAIRS = pairTable(TITLE_SECTORS);
const NAMED_DOCUMENTS: ReadonlySet<string> = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'pact', 'plan', 'declaration', 'protocol', 'process', 'format', 'talks']);

/**
 * Whether the slot at `j` is a place (not a country) that names a document or a gathering, right before its noun or one word before
 * it ("the Louvre Agreement", "the Geneva talks", "the Geneva superpower talks", "the Venice economic summit"): where the thing was
 * made or is held, no party to it; the place of a gathering is still where a trip goes ("before leaving for the Venice summit").
 */
function placeNamingThing(view: View, j: number, entry: TriggerEntry | undefined): boolean {
  if (view.slotAt[j]?.entity.type !== 'location') return false;
  const after = nextAfterSlot(view, j);
  const modifier = wordAt(view.words, after);
  const nouns = /^[a-z-]+$/.test(modifier) && !PREPOSITIONS.has(modifier) && !BOUNDARY.has(modifier) && modifier !== 'and' && modifier !== 'or' ? [after, after + 1] : [after];
  const gathering = entry?.mode !== 'visit' && !entry?.placeRecipient;
  return NAMED_DOCUMENTS.has(wordAt(view.words, after - 1)) || nouns.some((k) => NAMED_DOCUMENTS.has(wordAt(view.words, k)) || (gathering && GATHERINGS.has(wordAt(view.words, k))));
}

/** Past forms of common verbs no trigger starts ("and flew them to", "and put them on"). */
const PLAIN_PASTS: ReadonlySet<string> = new Set(['flew', 'put', 'took', 'sent', 'gave', 'brought', 'left', 'went', 'came', 'made', 'kept', 'drove']);

/** Whether a word after `and` opens a clause's verb: a trigger's inflected form, a past in -ed, or a common irregular past. */
function opensVerb(w: string): boolean {
  return PLAIN_PASTS.has(w) || (w.length > 4 && w.endsWith('ed')) || lexicon().inflected.has(w);
}

/** Whether the name at `k` (after `the` or not) is followed by a finite verb: "China said", "West Germany has opposed". */
function subjectOfNextClause(view: View, k: number): boolean {
  const at = wordAt(view.words, k) === 'the' && view.slotAt[k + 1] ? k + 1 : k;
  if (!view.slotAt[at]) return false;
  const w = wordAt(view.words, nextAfterSlot(view, at));
  return MODAL_VERBS.has(w) || BE_FORMS.has(w) || SPEECH_VERBS.has(w) || opensVerb(w);
}

/** An agreement signed, concluded or initialled (SUPPORT 057), whose other party its trade can name. */
function signing(entry: TriggerEntry | undefined): boolean {
  return entry !== undefined && entry.type === 'SUPPORT' && entry.cameo === '057';
}

/** Verbs of the trade an agreement is made for, whose `to` or `from` names the other party ("to sell cars to Hungary"). */
const AGREED_TRADE: ReadonlySet<string> = new Set(['sell', 'supply', 'export', 'ship', 'deliver', 'buy', 'import', 'purchase', 'borrow', 'lend', 'grant', 'provide']);

/** A sanction or its easing, whose `on` phrase names goods and then their country ("duties on orange juice from Brazil"). */
function tradeMeasure(entry: TriggerEntry | undefined): boolean {
  return entry !== undefined && (entry.type === 'SANCTION' || entry.type === 'RETREAT') && entry.context === 'economic';
}

/** Nouns of traded goods whose `from` names their country ("imports from Colombia"). */
const GOODS_WORDS: ReadonlySet<string> = new Set(['imports', 'goods', 'products', 'exports', 'shipments', 'steel', 'wine', 'cars']);

/** Nouns of trade whose `of` names goods ("sales of U.S. wheat"). */
const SALES_WORDS: ReadonlySet<string> = new Set(['sales', 'sale', 'purchases', 'purchase', 'exports', 'shipments']);

/** Heads of another country named by its tie to the actor ("its neighbour", "their rival"). */
const RIVAL_HEADS: ReadonlySet<string> = new Set(['neighbour', 'neighbor', 'rival', 'enemy', 'foe', 'adversary']);
/** Heads of a place named again by its region ("the Pacific territory", "the Caribbean island"), never alone ("the territory"). */
const PLACE_BACK_HEADS: ReadonlySet<string> = new Set(['territory', 'island']);

/** Whether token `k` ends the noun phrase before it: no word, punctuation, a preposition or a conjunction ("on the country.", "on the country on Sunday"). */
function endsPhrase(view: View, k: number): boolean {
  const w = wordAt(view.words, k);
  return w === '' || !/^\p{Ll}/u.test(view.tokens[k].text) || PREPOSITIONS.has(w) || w === 'and' || w === 'but' || w === 'after' || w === 'over';
}

/** Whether the description at `k` ends in a place head with no name after it ("the Pacific territory", not "the Pacific island nation of Tuvalu"). */
function placeNamedBack(view: View, k: number): boolean {
  const head = backHead(view, k);
  if (!head || !PLACE_BACK_HEADS.has(head)) return false;
  let j = k + 1;
  while (wordAt(view.words, j) !== head) j++;
  const after = wordAt(view.words, j + 1);
  return after !== 'of' && !BACK_HEADS.has(after) && !view.slotAt[j + 1];
}

/** The countries the region word of a description at token k names ("the Gulf state": the Gulf's), else null. */
function regionAt(view: View, k: number): ReadonlySet<string> | null {
  const words: string[] = [];
  for (let j = k + 1; j <= k + 3 && j < view.words.length && !STATE_BACK_HEADS.has(wordAt(view.words, j)); j++) words.push(wordAt(view.words, j));
  return regionOf(words);
}

/**
 * ("A Cypriot tanker was set ablaze ... after an Iranian gunboat fired missiles at it"): `it` attacked, with no party of its own, is
 * the vessel its sentence told last before the trigger (at `from`) with its country's demonym, of that country; else null.
 */
function shipTold(ctx: Context, view: View, k: number, from: number, entry: TriggerEntry | undefined): Slot | null {
  const { words, tokens, slotAt } = view;
  if (entry?.type !== 'ASSAULT' || wordAt(words, k) !== 'it' || slotAt[k]) return null;
  for (let v = from - 1; v > 0; v--) {
    if (!VESSEL_NOUNS.has(wordAt(words, v))) continue;
    for (let d = v - 1; d >= 0 && d >= v - 3; d--) {
      const country = (d > 0 ? DEMONYM_PAIRS.get(tokens[d - 1].text)?.get(tokens[d].text) : undefined) ?? DEMONYMS.get(tokens[d].text);
      if (country) return groupSlot(ctx, country, vesselSector(words, v), tokens[d].start, tokens[v].end);
    }
    return null;
  }
  return null;
}

/** Nouns that tell the same site or vessel again ("an Iranian oil platform ... the Rostam oil rig", "a Kuwaiti tanker ... the ship"). */
const SITE_KINDS: readonly (readonly string[])[] = [['platform', 'rig'], ['ship', 'vessel', 'tanker', 'supertanker', 'freighter']];

/** Words that open a site or vessel told again ("the platform", "a second platform", "another tanker"). */
const TOLD_AGAIN: ReadonlySet<string> = new Set(['the', 'second', 'third', 'another']);

/**
 * ("backed the U.S. attack on an Iranian oil platform ... its forces destroyed the platform on Monday", "stormed a second platform"):
 * a site or vessel attacked, told again by its noun with no country of its own, is the one the story told last before it by that
 * noun, or one of its kind, with its country's demonym or name ("an Iranian oil platform", "Iran's oil platforms"), of that
 * country; else null.
 */
function siteTold(ctx: Context, view: View, k: number, actors: readonly Slot[], entry: TriggerEntry | undefined): Slot | null {
  const { words, tokens, slotAt } = view;
  if (entry?.type !== 'ASSAULT' || !TOLD_AGAIN.has(wordAt(words, k)) || slotAt[k]) return null;
  // the noun within three words, past describing words and a site's own name ("the Rostam oil rig"), no country between
  let v = k + 1;
  while (v < words.length && v <= k + 3 && !SITE_NOUNS.has(wordAt(words, v)) && !VESSEL_NOUNS.has(wordAt(words, v))) {
    const siteName = slotAt[v]?.entity.type === 'location' && [1, 2].some((d) => SITE_NOUNS.has(wordAt(words, v + d)) || VESSEL_NOUNS.has(wordAt(words, v + d)));
    if ((slotAt[v] && !siteName) || DEMONYMS.has(tokens[v].text) || !/^[\p{L}-]+$/u.test(tokens[v].text)) return null;
    v++;
  }
  const noun = wordAt(words, v);
  if (!SITE_NOUNS.has(noun) && !VESSEL_NOUNS.has(noun)) return null;
  // (the last telling with a country wins: "Gulf oil platforms" names none; nor is it the attacker's own: "an Iranian ship fired on
  // the tanker")
  const nouns = SITE_KINDS.find((kind) => kind.includes(noun)) ?? [noun];
  const telling = new RegExp(`\\b([A-Z][\\p{L}-]*)(?:'s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${nouns.join('|')})s?\\b`, 'gu');
  let country: string | undefined;
  for (const m of ctx.text.slice(0, tokens[k].start).matchAll(telling)) {
    const named = DEMONYMS.get(m[1]) ?? COUNTRY_NAMES.get(m[1]);
    if (named && !actors.some((a) => a.entity.country === named)) country = named;
  }
  return country ? groupSlot(ctx, country, VESSEL_NOUNS.has(noun) ? vesselSector(words, v) : '', tokens[k].start, tokens[v].end) : null;
}

/** Participles that give an operation its name ("an offensive, codenamed Karbala-5,"). */
const OPERATION_NAMING: ReadonlySet<string> = new Set(['codenamed', 'code-named', 'dubbed']);

/** A demonym joined to the word that ties a thing to its country ("Israeli-linked", "Portuguese-flagged", "Kuwaiti-connected"). */
const TIED_TO = /^(\p{Lu}[\p{L}]+)-(?:linked|flagged|owned|registered|operated|bound|connected|chartered)$/u;

/** The country a thing at token k is tied to: "Portuguese-flagged", "Liberia-registered", "Marshall Islands-flagged" (a name of two words). */
function tiedCountry(tokens: readonly Token[], k: number): string | undefined {
  const tied = TIED_TO.exec(tokens[k].text)?.[1];
  if (!tied) return undefined;
  const before = tokens[k - 1]?.text ?? '';
  return DEMONYMS.get(tied) ?? COUNTRY_NAMES.get(tied) ?? (/^\p{Lu}/u.test(before) ? COUNTRY_NAMES.get(`${before} ${tied}`) : undefined);
}

/** Words that tie people to whom they serve ("hackers working for", "militias backed by", "agents of"). */
const PROXY_LINKS: readonly (readonly string[])[] = [['working', 'for'], ['acting', 'for'], ['linked', 'to'], ['tied', 'to'], ['backed', 'by'], ['loyal', 'to'], ['allied', 'with'], ['affiliated', 'with']];
const PROXY_NOUNS = new Set(['hackers', 'agents', 'spies', 'operatives', 'militias', 'militia', 'proxies', 'mercenaries', 'groups', 'fighters', 'gunmen', 'militants', 'units']);

/** The token index of the master named after a proxy noun at `j` ("hackers working for X"), or -1. */
function proxyMaster(view: View, j: number): number {
  const { words, slotAt } = view;
  if (!PROXY_NOUNS.has(wordAt(words, j))) return -1;
  for (const [a, b] of PROXY_LINKS) {
    if (wordAt(words, j + 1) !== a || wordAt(words, j + 2) !== b) continue;
    for (let k = j + 3; k < words.length && k < j + 7; k++) {
      if (slotAt[k]) return k;
      if (wordAt(words, k) === ',' || BOUNDARY.has(wordAt(words, k))) break;
    }
  }
  return -1;
}

/**
 * "the three countries", "those three nations" at `k`: the countries of that number named last
 * before it (not the actor's), as recipients; none when the text has not named so many.
 */
function countriesNamedBefore(ctx: Context, view: View, k: number, actorIds: ReadonlySet<string>): Slot[] {
  const { words, tokens } = view;
  if (wordAt(words, k) !== 'the' && wordAt(words, k) !== 'those') return [];
  const n = MANY.get(wordAt(words, k + 1));
  if (n === undefined || !TWO_PARTIES.has(wordAt(words, k + 2))) return [];
  const found: Slot[] = [];
  for (let i = firstFrom(ctx.mentions, tokens[k].start) - 1; i >= 0 && found.length < n; i--) {
    const e = ctx.entities.get(ctx.mentions[i].entity);
    if (!e || e.type !== 'country' || actorIds.has(e.id) || found.some((f) => f.entity.id === e.id)) continue;
    found.push(slotOf(e, tokens[k].start, tokens[k + 2].end));
  }
  return found.length === n ? found.reverse() : [];
}
const MANY: ReadonlyMap<string, number> = new Map([['three', 3], ['four', 4], ['five', 5]]);

/** The token after a verdict `as` + a word or two (quoted or not) at `from` ("as 'baseless'", "as lies"); `from` itself when none. */
function pastVerdict(view: View, from: number): number {
  const { words, slotAt, tokens } = view;
  if (wordAt(words, from) !== 'as') return from;
  let j = from + 1;
  let said = 0;
  for (; j < words.length && j < from + 6 && !slotAt[j]; j++) {
    // (quoted by single marks as well: "as 'baseless'")
    if (scareQuote(words, j) || /^['‘’]$/.test(tokens[j].text)) continue;
    if (!/^\p{Ll}+$/u.test(tokens[j].text) || DETERMINERS.has(wordAt(words, j)) || PREPOSITIONS.has(wordAt(words, j))) break;
    said++;
  }
  return said > 0 && said <= 2 && slotAt[j] ? j : from;
}

/** The recipient: the first of the entry's slots found right of the trigger, in text order. */
export function findRecipients(ctx: Context, view: View, slots: readonly RecipientSlot[], from: number, actors: readonly Slot[], entry?: TriggerEntry): Slot[] {
  const { words, slotAt, tokens } = view;
  // a pattern that ends in its recipient's preposition ("mediate between", "talks with")
  if (from > 0 && slots.includes(wordAt(words, from - 1) as RecipientSlot) && wordAt(words, from - 1) !== 'obj') from--;
  const actorIds = new Set(actors.map((a) => a.entity.id));
  // a name with no actor code ("Patriot systems") is read past, not taken as the recipient
  const usable = (s: Slot | undefined): s is Slot => s !== undefined && (s.pending !== undefined || (!actorIds.has(s.entity.id) && Boolean(s.entity.actor || s.entity.country)));
  let fallback: Slot[] | null = null;
  // "struck what Islamabad said were Pakistani Taliban hideouts": the one who says so is no target; the object follows
  if (wordAt(words, from) === 'what' && slotAt[from + 1]) {
    const said = nextAfterSlot(view, from + 1);
    if (SPEECH_VERBS.has(wordAt(words, said)) && BE_FORMS.has(wordAt(words, said + 1))) from = said + 2;
  }
  // ("rejected as 'baseless' New Delhi's charge", "dismissed as lies U.S. accusations": a verdict put before the object is read past)
  if (slots.includes('obj') && (entry?.type === 'REJECT' || entry?.type === 'ACCUSE')) from = pastVerdict(view, from);
  // ("urged donors to fund its Haiti operations": an appeal to no coded party has no recipient further on)
  // ("called on creditor banks to ease pressure on Argentina's terms": past the trigger's own preposition, read from the word after it)
  if (slots.includes('obj') && entry?.type === 'REQUEST' && (uncodedAddressee(words, from) || (APPEAL_PREPOSITIONS.has(wordAt(words, from)) && uncodedAddressee(words, from + 1)))) return [];
  // ("noted an improvement in Morocco's economic performance and urged it to continue", "the opposition accused it of trying to
  // railroad the bill": a word act's object told by a pronoun is the party named last before it)
  const told = slots.includes('obj') && entry && PARTY_PRONOUN_ACTS.has(entry.type) ? pronounObject(ctx, view, from, actors, actorIds) : null;
  if (told) return told;
  let reach = from + 14;
  let traded = false;
  for (let j = from; j < words.length && j < reach; j++) {
    const w = wordAt(words, j);
    // "marched in Tehran, chanting slogans against Israel": the protest's target is past the comma
    if (w === ',' && j > from && entry?.type === 'PROTEST' && PROTEST_MANNER.has(wordAt(words, j + 1))) continue;
    // ("wrecked by Russian missile strikes, Foreign Minister Kamikawa told a conference in Berlin": a comma right after the trigger
    // ends it too when a name follows, not in a list: "flew 100 tonnes of food, medicine and supplies to Myanmar")
    // ("into a "defensive" military exercise near its border with Guyana": scare quotes end no phrase)
    if (scareQuote(words, j)) continue;
    // ("extradited Ovidio Guzman, a son of drug lord Joaquin Guzman, to the United States": an apposition of the person
    // taken is read past)
    if (w === ',' && j > from && slotAt[j - 1]?.entity.type === 'person') {
      const close = appositionEnd(view, j);
      if (close > 0) { reach += close - j; j = close; continue; }
    }
    // ("to cut off supplies of oil, gas and other goods to Lithuania": a comma inside a list of things)
    if (w === ',' && j > from && listComma(view, j)) continue;
    // ("launched a major offensive, codenamed Karbala-5, towards the major southern Iraqi port of Basra": the name an operation is
    // given, set off by commas, is read past)
    if (w === ',' && j > from && OPERATION_NAMING.has(wordAt(words, j + 1))) {
      const close = words.indexOf(',', j + 1);
      if (close > 0 && close - j <= 6) { reach += close - j; j = close; continue; }
    }
    if (BOUNDARY.has(w) || w === '.' || (w === ',' && (j > from || startsUpper(tokens[j + 1]?.text ?? '')))) break;
    if (w === 'by' && j > from && !slots.includes('by')) break;
    // ("suspension of interest payments, according to a telex from committee chairman Citibank": an attribution names the source)
    if (w === 'according' && wordAt(words, j + 1) === 'to') break;
    // ("his fifth trip to the region since Hamas's attack on Israel": a clause opened after the trigger holds another act's parties)
    if (j > from && CLAUSE_STOPS.has(w)) break;
    // ("denied reports that British banks are resisting", "denied local press reports Washington is pressing": what a report says
    // names no one it is rejected from; only its owner is the target)
    if (entry?.type === 'REJECT' && CLAIM_NOUNS.has(wordAt(words, j - 1)) && claimContentOpens(view, j)) break;
    // ("on standby in response to Russia's build-up ... near Ukraine's border": what is answered is another act, not the target)
    // ("freed 222 political prisoners on Thursday and flew them to the United States": a verb after `and` opens an act of its own)
    if (w === 'and' && j > from && !slotAt[j + 1] && opensVerb(wordAt(words, j + 1))) break;
    // ("Japan rejected the plan and China said it would study it", "remains opposed to the plan and West Germany has opposed it"):
    // a name after `and` that a verb follows is the subject of a clause of its own, no party to this act
    if (w === 'and' && j > from && subjectOfNextClause(view, j + 1)) break;
    // ("its forces struck at a second on Monday in retaliation for an Iranian missile attack on a U.S.-flagged Kuwaiti ship": the act
    // answered is another's, with parties of its own; a threat's is the one it answers: "take resolute measures ... in response to
    // the U.S. decision")
    if (w === 'in' && entry?.type !== 'THREATEN' && ANSWER_NOUNS.has(wordAt(words, j + 1))) break;
    // ("stripped 94 critics of President Daniel Ortega of their citizenship": a ruler's critics are the opposition of his country)
    if (slots.includes('obj') && j - from <= 3 && CRITICS.has(w) && wordAt(words, j + 1) === 'of') {
      const ruler = slotAt[partyAt(view, j + 2)];
      if (ruler && ruler.entity.sector === 'GOV' && ruler.entity.country) return [groupSlot(ctx, ruler.entity.country, 'OPP', tokens[j].start, tokens[j].end)];
    }
    // direct object: a mention right after the trigger (determiners, adjectives and amounts allowed)
    if (slots.includes('obj') && j - from <= 8) {
      // ("met visiting Japanese Vice Foreign Minister Taro Nakayama": the title before a person's name is the name's, with no other
      // name before it)
      let lead = slotAt[j]?.entity.type === 'person' ? titleStart(view, from, j) : j;
      for (let x = from; x < lead && lead < j; x++) if (slotAt[x] && slotAt[x] !== slotAt[j]) lead = j;
      const between = words.slice(from, lead).filter((x, i) => !AMOUNT_WORDS.has(x) && !/^[\d$€£]/.test(x) && !(x === 'of' && AMOUNT_WORDS.has(wordAt(words, from + i - 1) ?? '')));
      if (between.length <= 3 && !between.some((x) => PREPOSITIONS.has(x) || x === ',')) {
        // "detained Istanbul Mayor Ekrem Imamoglu": a place before a titled person names the office, the person is the target
        if (slotAt[j] && slotAt[j]!.entity.type === 'location') {
          const after = nextAfterSlot(view, j);
          const person = after < tokens.length ? slotAt[after] ?? (startsUpper(tokens[after].text) && after + 1 < tokens.length ? slotAt[after + 1] : undefined) : undefined;
          if (person && person.entity.type === 'person' && usable(person)) return recipientSlots(ctx, view, slotAt[after] ? after : after + 1, actorIds);
        }
        // ("freed Wall Street Journal reporter Evan Gershkovich and former U.S. Marine Paul Whelan": a body in the title of the person
        // named right after it, of the body's own code, is the person's; the person is the target, and a list goes on after the name)
        if (slotAt[j] && slotAt[j]!.entity.type === 'organization') {
          const after = nextAfterSlot(view, j);
          const person = after + 1 < tokens.length && /^\p{Ll}+$/u.test(tokens[after].text) ? slotAt[after + 1] : undefined;
          if (person && person.entity.type === 'person' && usable(person) && person.entity.actor === slotAt[j]!.entity.actor
            && person.entity.titles.some((t) => t.includes(tokens[after].text))) return recipientSlots(ctx, view, after + 1, actorIds);
        }
        // "listed Iran's Revolutionary Guards as": the possessed body is the object
        if (slotAt[j] && POSSESSIVE_MARKS.has(wordAt(words, nextAfterSlot(view, j))) && slotAt[nextAfterSlot(view, j) + 1] && usable(slotAt[nextAfterSlot(view, j) + 1])
          && !slotAt[nextAfterSlot(view, j) + 1]!.group) return recipientSlots(ctx, view, nextAfterSlot(view, j) + 1, actorIds);
        // ("welcomed the Louvre Agreement", "the Minsk accords": a place naming a document is no party)
        if (placeNamingThing(view, j, entry)) { j = nextAfterSlot(view, j); continue; }
        if (slotAt[j] && usable(slotAt[j]) && !isBarePossessive(view, j) && !hyphenedModifier(view, j)) {
          // "froze the U.S. assets of Wuhan Xiaoruizhi": the owner named after `of` is the target, the name before the noun only where the assets are
          const owner = ownerAfter(view, j);
          if (owner < 0) return recipientSlots(ctx, view, j, actorIds);
          return usable(slotAt[owner]) ? recipientSlots(ctx, view, owner, actorIds) : [];
        }
        // ("imposed sanctions on Sudan's army chief, General al-Burhan, accusing his forces of bombing schools": the forces of the
        // party named last before)
        const forces = ownersForces(ctx, view, j, actorIds);
        if (forces) return [forces];
        const held = heldPerson(ctx, slotAt[j], actors, entry);
        if (held) return [held];
        const own = domesticTarget(ctx, view, j, actors, actorIds, entry) ?? rebelTarget(ctx, view, j, actors, actorIds, entry) ?? otherGovernment(ctx, view, j, actors);
        if (own) return own;
        // "blaming hackers working for Russian military intelligence": people named by their master are that master's
        const master = proxyMaster(view, j);
        if (master >= 0 && usable(slotAt[master])) return recipientSlots(ctx, view, master, actorIds);
        const ship = shipTold(ctx, view, j, from, entry) ?? siteTold(ctx, view, j, actors, entry);
        if (ship) return [ship];
        // "raided a second Iranian oil rig in retaliation for an attack on a Kuwaiti ship": the object's country, not a later name
        fallback ??= demonymRecipient(ctx, view, j, actors, actorIds, entry);
        if (fallback) return fallback;
      }
    }
    // ("held drills off Taiwan": `off` is a recipient's preposition only where the trigger says so; else a particle, "called off")
    if (PREPOSITIONS.has(w) || w === 'that' || (w === 'off' && slots.includes('off'))) {
      const slot = w as RecipientSlot;
      // "threatened to close ...": an infinitive, not a recipient; read on into its clause
      // (a trigger that embeds nothing ends its reach there: "rejected demands to halt purchases from Russia")
      // ("signed an agreement to sell 500 cars to Hungary", "signed a protocol to buy asbestos from Zimbabwe": an agreement's
      // trade, told by its infinitive, names the other party to it after `to` or `from`)
      if (w === 'to' && isInfinitive(view, j + 1) && signing(entry) && AGREED_TRADE.has(wordAt(words, j + 1))) { traded = true; continue; }
      if (w === 'to' && isInfinitive(view, j + 1)) { if (entry && !entry.embeds) break; continue; }
      if (!slots.includes(slot) && !(traded && (slot === 'to' || slot === 'from'))) continue; // another prepositional phrase ("via video link"): read on
      // ("called for continued nondiscriminatory treatment for Romanian exports to the United States": the `to` of goods a request is
      // about names where they go, not the one it is made to)
      if (w === 'to' && entry?.type === 'REQUEST' && GOODS_WORDS.has(wordAt(words, j - 1))) continue;
      let limit = j + 6;
      for (let k = j + 1; k < words.length && k <= limit; k++) {
        // "to its border with Belarus": the neighbour
        if (wordAt(words, k) === 'border' && wordAt(words, k + 1) === 'with') { k++; continue; }
        // ("drone attacks on the Red Sea city of Port Sudan": the place a described town is named by, read past the description)
        if (wordAt(words, k) === 'of' && TOWN_HEADS.has(wordAt(words, k - 1))) limit = Math.max(limit, k + 3);
        // "recalled its ambassadors from the three countries": the three named before
        const named = countriesNamedBefore(ctx, view, k, actorIds);
        if (named.length > 0) return named;
        // "attacks on shipping in the Gulf and U.S. officials said": a name past `and` with none before it is another clause's
        // ("delivered food to more than 200,000 people in Sudan's Darfur region": people of a place are of its country)
        if ((wordAt(words, k) === 'in' && PEOPLE_IN.has(wordAt(words, k - 1))) || (wordAt(words, k) === 'than' && AMOUNT_WORDS.has(wordAt(words, k - 1)))) continue;
        // ("will meet with representatives from major grain exporting companies": those who stand for a party are of the party
        // named after `from`)
        if (wordAt(words, k) === 'from' && SPOKESMEN_FROM.has(wordAt(words, k - 1))) continue;
        // ("a tariff on all imports from Colombia": whose goods they are; so for any goods a trade measure is on: "dumping duties on frozen
        // orange juice from Brazil", "tariffs on computer microchips imported from Japan")
        if (wordAt(words, k) === 'from' && (GOODS_WORDS.has(wordAt(words, k - 1)) || tradeMeasure(entry))) continue;
        // ("credit guarantees for sales of U.S. corn to Iraq": the country of goods aid pays for is the giver's, not the one aided)
        if (entry?.type === 'AID' && slotAt[k] && wordAt(words, k - 1) === 'of' && SALES_WORDS.has(wordAt(words, k - 2))) continue;
        if (BOUNDARY.has(wordAt(words, k)) || wordAt(words, k) === ',' || wordAt(words, k) === 'and' || wordAt(words, k) === 'but' || CLAUSE_STOPS.has(wordAt(words, k)) || (PREPOSITIONS.has(wordAt(words, k)) && wordAt(words, k) !== 'of' && !AMOUNT_WORDS.has(wordAt(words, k)))) break;
        // ("would not agree to a deal at the Geneva superpower talks": the place of talks or a document is no party)
        if (placeNamingThing(view, k, entry)) { k = nextAfterSlot(view, k) - 1; continue; }
        // ("backing for Iran's war enemy Iraq": a name right after a possessor's noun is the one meant)
        const meant = slotAt[k] ? appositionAfterPossessor(view, k) : -1;
        if (meant >= 0 && usable(slotAt[meant])) return recipientSlots(ctx, view, meant, actorIds);
        if (slotAt[k] && usable(slotAt[k]) && !isBarePossessive(view, k) && !hyphenedModifier(view, k)) {
          const found = recipientSlots(ctx, view, k, actorIds);
          return slot === 'that' ? [...found, ...secondThatParty(ctx, view, nextAfterSlot(view, k), actorIds, found)] : found;
        }
        // ("on his first visit to the Caribbean country": the country named last before, not the actor's)
        // (described: "the country" alone is as often the speaker's own: "loans to the country", "go to the country")
        // ("shut its embassy in the capital": the capital of the country named last before)
        // ("accusations that its neighbour was stealing oil": the other country named before)
        // ("declared a state of emergency in the Pacific territory": a territory or island of a region named, the last one named before)
        const placeBack = !slotAt[k] && wordAt(words, k) === 'the' && placeNamedBack(view, k) ? regionAt(view, k) : null;
        // ("gave Niger's junta one week ... and imposed financial sanctions on the country": sanctions on "the country" alone are on the
        // other country named last; one sanctions no country of one's own)
        if (entry?.type === 'SANCTION' && !slotAt[k] && wordAt(words, k) === 'the' && wordAt(words, k + 1) === 'country' && !slotAt[k + 1] && endsPhrase(view, k + 2)) {
          const named = lastCountryBefore(ctx, tokens[k].start, actors);
          if (named) return [slotOf(named, tokens[k].start, tokens[k + 1].end)];
        }
        if (!slotAt[k] && ((wordAt(words, k) === 'the' && (wordAt(words, k + 1) === 'capital' || (!STATE_BACK_HEADS.has(wordAt(words, k + 1)) && STATE_BACK_HEADS.has(backHead(view, k) ?? ''))))
          || ((wordAt(words, k) === 'its' || wordAt(words, k) === 'their') && RIVAL_HEADS.has(wordAt(words, k + 1)) && !entry?.mutual) || placeBack)) {
          const named = lastCountryBefore(ctx, tokens[k].start, actors, wordAt(words, k) === 'the' ? placeBack ?? regionAt(view, k) : null);
          if (named) return [slotOf(named, tokens[k].start, tokens[k].end)];
        }
        const ship = shipTold(ctx, view, k, from, entry) ?? siteTold(ctx, view, k, actors, entry);
        if (ship) return [ship];
        // ("use force against the soldiers who seized power in Niger": the forces of the country they took)
        const putschists = juntaOf(ctx, view, k);
        if (putschists) return [putschists];
        const own = domesticTarget(ctx, view, k, actors, actorIds, entry) ?? rebelTarget(ctx, view, k, actors, actorIds, entry) ?? otherGovernment(ctx, view, k, actors);
        if (own) return own;
        // ("concern about the continuing U.S. trade deficits": a demonym modifying what a concern is about is no party)
        if (slot !== 'about' && slot !== 'over') fallback ??= demonymRecipient(ctx, view, k, actors, actorIds, entry);
        if (slotAt[k]) k = nextAfterSlot(view, k) - 1;
      }
      continue;
    }
    if (slotAt[j]) j = nextAfterSlot(view, j) - 1;
  }
  return fallback ?? [];
}

/**
 * "Iran's war enemy Iraq", "Japan's trade minister Hajime Tamura": the name set after the noun (one or two plain words) a
 * possessor at `k` owns, in apposition to it; else -1.
 */
function appositionAfterPossessor(view: View, k: number): number {
  const { words, slotAt, tokens } = view;
  const mark = nextAfterSlot(view, k);
  if (!POSSESSIVE_MARKS.has(wordAt(words, mark))) return -1;
  let j = mark + 1;
  while (j < mark + 3 && !slotAt[j] && tokens[j] && /^\p{Ll}+$/u.test(tokens[j].text) && !DETERMINERS.has(wordAt(words, j)) && !PREPOSITIONS.has(wordAt(words, j)) && wordAt(words, j) !== 'and') j++;
  return j > mark + 1 && slotAt[j] ? j : -1;
}

/**
 * "demanded that Rwandan troops leave Congo and that M23 rebels halt their offensive": the party of a second `that` clause joined
 * by `and` to the one read from `from` is told the same; none when there is no such clause.
 */
function secondThatParty(ctx: Context, view: View, from: number, actorIds: ReadonlySet<string>, first: readonly Slot[]): Slot[] {
  const { words, slotAt } = view;
  for (let k = from; k + 2 < words.length && k < from + 25; k++) {
    const w = wordAt(words, k);
    if (BOUNDARY.has(w) || w === '.') return [];
    if (w !== 'and' || wordAt(words, k + 1) !== 'that') continue;
    const j = partyAt(view, k + 2);
    const slot = slotAt[j];
    if (!slot || !slot.entity.actor || actorIds.has(slot.entity.id) || first.some((f) => f.entity.id === slot.entity.id)) return [];
    return recipientSlots(ctx, view, j, actorIds);
  }
  return [];
}

/** Heads of a place described before its name: "the Red Sea city of Port Sudan", "the northern town of Kidal". */
const TOWN_HEADS: ReadonlySet<string> = new Set(['city', 'town', 'port', 'village', 'region', 'province', 'district', 'state', 'island', 'capital', 'enclave']);

/**
 * "Air force planes bombed suspected rebel bases in the Jaffna peninsula", "its jets later struck the attackers", "Pakistani troops
 * killed 12 militants": an armed attack by a state's side on armed men no one names is on the rebels of the place named after them,
 * else of the country the story is about, else of the attacker's own country (findRecipients' word at k).
 */
function rebelTarget(ctx: Context, view: View, k: number, actors: readonly Slot[], actorIds: ReadonlySet<string>, entry: TriggerEntry | undefined): Slot[] | null {
  const { words, slotAt, tokens } = view;
  // (a war or fight is told each way by its own rule)
  if (entry?.type !== 'ASSAULT' || entry.mutual || slotAt[k] || actors.length === 0) return null;
  const armed = REBEL_WORDS.has(wordAt(words, k)) ? k : REBEL_MODIFIERS.has(wordAt(words, k)) && REBEL_HOLDINGS.has(wordAt(words, k + 1)) && !slotAt[k + 1] ? k + 1 : -1;
  if (armed < 0 || !actors.every((a) => a.entity.country && a.entity.sector !== 'REB' && a.entity.sector !== 'OPP')) return null;
  // ("Pakistani jets bombed suspected militant hideouts in Afghanistan": a strike across a border is on the country, told as before;
  // "Turkish warplanes bombed Kurdish militant positions there", northern Syria named before: no one's rebels the text places)
  const home = homeOf(ctx, view);
  const place = placeAfter(ctx, view, armed + 1);
  const own = (c: string | null): boolean => actors.some((a) => a.entity.country === c);
  // (a story from another country's capital, or a sentence naming another country or people, "repelled an Iranian assault ...
  // inflicting casualties on the attackers", does not say whose armed men they were; nor do "guerrilla targets" placed nowhere,
  // struck across a border as often as at home)
  const otherNamed = () => view.slotAt.some((s) => s && s.entity.country && !own(s.entity.country))
    || view.tokens.some((t) => { const c = DEMONYMS.get(t.text); return c !== undefined && !own(c); });
  const foreign = () => (home && !own(home)) || otherNamed();
  // ("its troops killed 40 attackers near Basra after an Iranian assault": not even at home)
  const country = place ? ((own(place) || place === home) && !otherNamed() ? place : null)
    : home && own(home) ? home
    : armed !== k || foreign() ? null : actors[0].entity.country;
  if (!country) return null;
  const entity = groupEntity(ctx, country, 'REB', { start: tokens[k].start, end: tokens[armed].end, text: ctx.text.slice(tokens[k].start, tokens[armed].end) });
  return actorIds.has(entity.id) ? null : [slotOf(entity, tokens[k].start, tokens[armed].end, undefined, true)];
}
/**
 * "Xi told Biden that Beijing was ready to work with the incoming administration": an administration or government no one names is
 * that of the one other country the sentence names (findRecipients' word at k).
 */
function otherGovernment(ctx: Context, view: View, k: number, actors: readonly Slot[]): Slot[] | null {
  const { words, slotAt, tokens } = view;
  if (actors.length === 0 || slotAt[k]) return null;
  // ("called on the junta to release Bazoum", "the military regime": rulers no one would call the speaker's own, of the one other
  // country the sentence names, else of the last one named before it)
  const ruler = RULERS_NAMED_ONLY.has(wordAt(words, k)) ? k : RULERS_NAMED_ONLY.has(wordAt(words, k + 1)) && RULER_MODIFIERS.has(wordAt(words, k)) ? k + 1 : -1;
  if (ruler >= 0 && (wordAt(words, k - 1) === 'the' || wordAt(words, k - 1) === 'its')) {
    const others = new Set<string>();
    for (const s of slotAt) if (s && s.entity.country && !actors.some((a) => a.entity.country === s.entity.country)) others.add(s.entity.country);
    const country = others.size === 1 ? [...others][0] : others.size === 0 ? lastCountryBefore(ctx, tokens[k].start, actors)?.country : null;
    return country ? [groupSlot(ctx, country, 'GOV', tokens[k].start, tokens[ruler].end)] : null;
  }
  if ((wordAt(words, k) !== 'administration' && wordAt(words, k) !== 'government')) return null;
  // (a head after "the", "the incoming": not "government bonds", "government ministers", nor the subject of "the administration intended")
  // ("the government" after a country's own act is that country's: only a body of states, with no country, or "the incoming
  // administration" turns to another: "the IMF and World Bank had refused to continue financing ... pressing the government")
  const opener = wordAt(words, k - 1);
  if (!(GOVERNMENT_OPENERS.has(opener) || (opener === 'the' && actors.every((a) => !a.entity.country)))) return null;
  if (/^[a-z]+$/.test(tokens[k + 1]?.text ?? '') && !PREPOSITIONS.has(wordAt(words, k + 1)) && wordAt(words, k + 1) !== 'and') return null;
  const others = new Set<string>();
  for (const s of slotAt) if (s && s.entity.country && !actors.some((a) => a.entity.country === s.entity.country)) others.add(s.entity.country);
  // ("LUSAKA - ... The IMF was pressing the government to explain how it would pay": a body of states that names no country in its
  // sentence speaks to the government of the dispatch's country when the story has named it, else of the country it last named)
  if (others.size === 0 && opener === 'the' && actors.every((a) => !a.entity.country)) {
    const homeNamed = ctx.home !== null && (ctx.mentions.some((m) => m.start < tokens[k].start && ctx.entities.get(m.entity)?.country === ctx.home)
      || [...ctx.text.slice(0, tokens[k].start).matchAll(/\b\p{Lu}[\p{L}-]+/gu)].some((hit) => (DEMONYMS.get(hit[0]) ?? COUNTRY_NAMES.get(hit[0])) === ctx.home));
    const country = homeNamed ? ctx.home : lastCountryBefore(ctx, tokens[k].start, actors)?.country ?? ctx.home;
    return country ? [groupSlot(ctx, country, 'GOV', tokens[k].start, tokens[k].end)] : null;
  }
  if (others.size !== 1) return null;
  return [groupSlot(ctx, [...others][0], 'GOV', tokens[k].start, tokens[k].end)];
}

/** Rulers a text names only for another country ("the junta", "the military regime"). */
const RULERS_NAMED_ONLY: ReadonlySet<string> = new Set(['junta', 'regime']);
const RULER_MODIFIERS: ReadonlySet<string> = new Set(['military', 'ruling', 'new']);

/** Words right before another country's administration or government named as a whole ("the incoming administration"). */
const GOVERNMENT_OPENERS: ReadonlySet<string> = new Set(['incoming', 'new', 'next', 'outgoing']);

/** People set against a ruler ("critics of President Daniel Ortega"). */
const CRITICS: ReadonlySet<string> = new Set(['critics', 'opponents', 'critic', 'opponent']);
/** Armed men with no name of their own as a target ("killed 12 militants", "struck the attackers"). */
const REBEL_WORDS: ReadonlySet<string> = new Set(['militants', 'rebels', 'guerrillas', 'insurgents', 'jihadists', 'separatists', 'attackers', 'gunmen', 'extremists']);
const REBEL_HOLDINGS: ReadonlySet<string> = new Set(['bases', 'base', 'positions', 'hideouts', 'hideout', 'camps', 'camp', 'strongholds', 'stronghold', 'targets', 'fighters', 'units', 'posts', 'training']);

/** The country of a place named right after `from` ("in the Jaffna peninsula", "east of Kabul"), within its phrase. */
function placeAfter(ctx: Context, view: View, from: number): string | null {
  const { words, slotAt } = view;
  for (let k = from; k < words.length && k < from + 7; k++) {
    const w = wordAt(words, k);
    if (w === ',' || BOUNDARY.has(w) || CLAUSE_STOPS.has(w) || w === 'and' || w === 'as') return null;
    const slot = slotAt[k];
    if (!slot) continue;
    if (slot.entity.type !== 'location' && slot.entity.type !== 'country') return null;
    return slot.entity.country ?? CAPITALS.get(slot.entity.name) ?? lookupPlace(slot.entity.name)?.country ?? null;
  }
  return null;
}

/**
 * "rebuffed a Brazilian proposal", "spurned an offer from the Japanese prime minister": a demonym
 * (with the sector of a title after it) is the recipient when no name is found (findRecipients' fallback).
 */
function demonymRecipient(ctx: Context, view: View, k: number, actors: readonly Slot[], actorIds: ReadonlySet<string>, entry: TriggerEntry | undefined): Slot[] | null {
  const { words, slotAt, tokens } = view;
  // ("the U.S. attack on an abandoned iranian oil rig on monday": the archive's lower-case copy writes demonyms in lower case too)
  // (the demonym looked up first: `lowerCopy` reads the whole sentence)
  const capital = tokens[k] && !startsUpper(tokens[k].text) ? DEMONYMS.get(tokens[k].text.charAt(0).toUpperCase() + tokens[k].text.slice(1)) : undefined;
  const lowered = capital && lowerCopy(view) ? capital : undefined;
  if (slotAt[k] || !tokens[k] || (!startsUpper(tokens[k].text) && !lowered) || regionalDemonym(tokens[k - 1]?.text, tokens[k].text)) return null;
  // ("imports of South African uranium ore": a demonym of two words)
  const pair = tokens[k + 1] && !slotAt[k + 1] ? DEMONYM_PAIRS.get(tokens[k].text)?.get(tokens[k + 1].text) : undefined;
  const last = pair ? k + 1 : k;
  // ("an Israeli-linked container ship", "a Portuguese-flagged vessel": the country a thing is tied to)
  const country = pair ?? lowered ?? DEMONYMS.get(tokens[k].text) ?? tiedCountry(tokens, k);
  const next = tokens[last + 1];
  if (!country || !next || slotAt[last + 1] || !/^\p{Ll}/u.test(next.text) || actors.some((a) => a.entity.country === country)) return null;
  const sector = (wordAt(words, last + 2) !== '' ? TITLE_PAIRS.get(wordAt(words, last + 1))?.get(wordAt(words, last + 2)) : undefined) ?? TITLE_SECTORS.get(wordAt(words, last + 1)) ?? '';
  // one meets or hosts people ("the Chinese ambassador"), not things ("received British pounds"); one visits places ("arrived in
  // the Kazakh capital")
  if (!sector && entry?.type === 'CONSULT' && !(entry.mode === 'visit' && VISITED_PLACES.has(wordAt(words, last + 1)))) return null;
  const span = { start: tokens[k].start, end: tokens[last].end, text: ctx.text.slice(tokens[k].start, tokens[last].end) };
  const entity = groupEntity(ctx, country, sector, span);
  return actorIds.has(entity.id) ? null : [slotOf(entity, span.start, span.end, undefined, true)];
}

/** A sentence of the archive's lower-case copy: a day of the week written in lower case ("on monday"). */
function lowerCopy(view: View): boolean {
  return view.tokens.some((t) => WEEKDAYS.has(t.text));
}

/** Places a demonym before them puts in its country, for a visit ("the Kazakh capital", "the Chinese city of Xian"). */
const VISITED_PLACES: ReadonlySet<string> = new Set(['capital', 'city', 'port', 'town', 'province', 'region', 'island', 'resort']);

/** Whether the comma at `at` joins lower-case nouns of one list ("oil, gas and other goods"): a noun on each side, `and` soon after. */
function listComma(view: View, at: number): boolean {
  const { words, tokens, slotAt } = view;
  if (slotAt[at - 1] || slotAt[at + 1] || !/^\p{Ll}+$/u.test(tokens[at - 1]?.text ?? '') || !/^\p{Ll}+$/u.test(tokens[at + 1]?.text ?? '')) return false;
  if (DETERMINERS.has(wordAt(words, at + 1)) || PREPOSITIONS.has(wordAt(words, at + 1)) || lexicon().inflected.has(wordAt(words, at + 1)) || wordAt(words, at + 1).endsWith('ing')) return false;
  for (let k = at + 2; k < words.length && k <= at + 4; k++) {
    if (wordAt(words, k) === 'and' || wordAt(words, k) === 'or') return true;
    if (wordAt(words, k) === ',' || PREPOSITIONS.has(wordAt(words, k)) || slotAt[k]) return false;
  }
  return false;
}

/**
 * The comma closing an apposition that opens at the comma `at` ("Ovidio Guzman, a son of drug lord Joaquin Guzman, to"):
 * an article and at most ten words with no verb of a trigger, then a comma and a preposition. -1 when there is none.
 */
function appositionEnd(view: View, at: number): number {
  const { words } = view;
  const first = wordAt(words, at + 1);
  if (first !== 'a' && first !== 'an' && first !== 'the') return -1;
  for (let k = at + 2; k < words.length && k <= at + 12; k++) {
    const w = wordAt(words, k);
    if (w === ',') return PREPOSITIONS.has(wordAt(words, k + 1)) ? k : -1;
    // (a nickname in quotes: "Joaquin 'El Chapo' Guzman")
    if (w.length === 1 && QUOTE_CHARS.has(w)) continue;
    if (BOUNDARY.has(w) || w === '.' || w === 'who' || w === 'which' || w === 'that' || BE_FORMS.has(w)) return -1;
  }
  return -1;
}

/** "his forces", "their troops" at token k: the armed forces of the party with a country named last before k, not an actor. */
function ownersForces(ctx: Context, view: View, k: number, actorIds: ReadonlySet<string>): Slot | null {
  const { words, slotAt, tokens } = view;
  const owner = wordAt(words, k);
  if ((owner !== 'his' && owner !== 'her' && owner !== 'its' && owner !== 'their') || slotAt[k + 1] || SECURITY_SECTORS.get(wordAt(words, k + 1)) !== 'MIL' && wordAt(words, k + 1) !== 'forces') return null;
  for (let j = k - 1; j >= 0; j--) {
    const slot = slotAt[j];
    if (!slot || actorIds.has(slot.entity.id) || !slot.entity.country) continue;
    return groupSlot(ctx, slot.entity.country, 'MIL', tokens[k].start, tokens[k + 1].end);
  }
  return null;
}

/** "the soldiers who seized power in Niger" at token k: that country's armed forces. */
function juntaOf(ctx: Context, view: View, k: number): Slot | null {
  const { words, slotAt, tokens } = view;
  if (SECURITY_SECTORS.get(wordAt(words, k)) !== 'MIL' && wordAt(words, k) !== 'officers') return null;
  if ((wordAt(words, k + 1) !== 'who' && wordAt(words, k + 1) !== 'that') || !/^(?:seized|took|grabbed|seize|take)$/.test(wordAt(words, k + 2)) || wordAt(words, k + 3) !== 'power' || wordAt(words, k + 4) !== 'in') return null;
  const place = slotAt[k + 5];
  return place?.entity.country ? groupSlot(ctx, place.entity.country, 'MIL', tokens[k].start, tokens[k + 5].end) : null;
}

/** People a help reaches, named by where they are ("people in Darfur", "refugees in Chad"). */
const PEOPLE_IN: ReadonlySet<string> = new Set(['people', 'refugees', 'civilians', 'residents', 'families', 'victims', 'survivors', 'children', 'villagers', 'households']);
/** People who stand for a party told after `from` ("representatives from major grain exporting companies"). */
const SPOKESMEN_FROM: ReadonlySet<string> = new Set(['representatives', 'delegates', 'delegations', 'officials', 'executives', 'envoys']);

/**
 * "the U.S. assets of Wuhan Xiaoruizhi", "Russian accounts of the bank": a place or country name that
 * modifies a noun followed by `of` and another name; the index of that name, else -1.
 */
function ownerAfter(view: View, j: number): number {
  const slot = view.slotAt[j]!;
  if (slot.entity.type !== 'country' && slot.entity.type !== 'location') return -1;
  let k = nextAfterSlot(view, j);
  const noun = k;
  // (an article opens a phrase of its own: "stop exports to North Korea following the issue of Japanese government guidance")
  while (k < view.words.length && k < noun + 3 && /^\p{Ll}+$/u.test(view.tokens[k].text) && !PREPOSITIONS.has(wordAt(view.words, k)) && !ARTICLES.has(wordAt(view.words, k))) k++;
  if (k === noun || wordAt(view.words, k) !== 'of') return -1;
  k++;
  if (wordAt(view.words, k) === 'the' && !view.slotAt[k]) k++;
  const owner = view.slotAt[k];
  return owner && owner !== slot ? k : -1;
}

/**
 * Whether the name at token j only tells who backs the party after it: "the U.S.-backed Contra rebels", "the Iran-aligned Houthis"
 * (not whose flag or property it is: "a U.S.-flagged tanker", "a U.S.-owned mine" are that country's)
 */
function hyphenedModifier(view: View, j: number): boolean {
  const after = nextAfterSlot(view, j);
  // ("detained Kremlin critic Alexei Navalny": the seat of power names whom the person criticises)
  if (CRITIC_NOUNS.has(wordAt(view.words, after)) && view.slotAt[after + 1]?.entity.type === 'person') return true;
  // (written as one token, "Iran-aligned", or split after an abbreviation, "U.S. - backed")
  const joined = /-([a-z]+)$/.exec(view.tokens[after - 1].text);
  const participle = joined !== null ? joined[1] : wordAt(view.words, after) === '-' ? wordAt(view.words, after + 1) : '';
  // ("an Iranian missile attack on a U.S.-flagged Kuwaiti ship": a ship's flag told beside its own country is not whose it is)
  const next = joined !== null ? after : after + 2;
  return BACKING_PARTICIPLES.has(participle) || (FLAG_PARTICIPLES.has(participle) && DEMONYMS.has(view.tokens[next]?.text ?? ''));
}
const FLAG_PARTICIPLES: ReadonlySet<string> = new Set(['flagged', 'flag', 'registered']);
const CRITIC_NOUNS: ReadonlySet<string> = new Set(['critic', 'critics', 'opponent', 'opponents']);

/** The recipient at token j plus any coordinated with it ("with Russia and China"). */
export function recipientSlots(ctx: Context, view: View, j: number, actorIds: ReadonlySet<string>): Slot[] {
  // "between the two delegations": both of the pair named before
  const pair = view.slotAt[j]!;
  if (pair.partner) return [slotOf(pair.partner, pair.start, pair.end, undefined, pair.group), pair];
  const first0 = j;
  if (view.slotAt[j]!.entity.type === 'country') {
    const body = possessedBody(view, j);
    if (body >= 0) j = body;
    for (let k = nextAfterSlot(view, j); body < 0 && k < view.words.length && k < j + 8; k++) {
      const s = view.slotAt[k];
      if (s && s.entity.type === 'person' && !actorIds.has(s.entity.id)) { j = k; break; }
      // "Jordan's King Abdullah II": the person after the country's possessive
      if (s || !/^(?:\p{Lu}|of$|for$|and$|'s$|’s$)/u.test(view.tokens[k].text)) break;
    }
  }
  const out: Slot[] = [view.slotAt[j]!];
  let k = nextAfterSlot(view, j);
  // "the leaders of Congo and Rwanda": the head and its first country are one group; the list goes on after the country
  // ("the trade ministers of the United States, ...": past the article before the country)
  if (wordAt(view.words, k) === 'of') {
    const first = wordAt(view.words, k + 1) === 'the' && !view.slotAt[k + 1] ? k + 2 : k + 1;
    if (view.slotAt[first]?.entity.id === out[0].entity.id) k = nextAfterSlot(view, first);
  }
  // "with France, the official Vietnam News Agency reported": a list joined by commas is one only when `and` closes it
  let sure = 1;
  for (;;) {
    if (k + 1 >= view.words.length || (wordAt(view.words, k) !== 'and' && wordAt(view.words, k) !== ',')) break;
    // ("spoke by phone with Rubio and with Egypt's foreign minister": the preposition of the first recipient told again)
    const at = wordAt(view.words, k) === 'and' && REPEATED_PREPOSITIONS.has(wordAt(view.words, k + 1)) && prepositionBefore(view, first0, wordAt(view.words, k + 1)) ? k + 2 : k + 1;
    // "against Israel and the United States": a determiner before the next name
    let next = wordAt(view.words, at) === 'the' && !view.slotAt[at] ? at + 1 : at;
    // ("Sudan's army and the paramilitary Rapid Support Forces": a lower-case modifier before the next name)
    // (not a verb: "visited Beijing and threatened Ukraine")
    if (!view.slotAt[next] && view.slotAt[next + 1] && lowerModifier(view, next)
      && !/(?:ed|ing|s)$/.test(wordAt(view.words, next)) && !lexicon().inflected.has(wordAt(view.words, next)) && !lexicon().byFirst.has(wordAt(view.words, next))) next++;
    // "between Somali President X and Ethiopian Prime Minister Abiy Ahmed": title words before the next person
    if (out[0].entity.type === 'person') {
      let t = next;
      while (t < next + 6 && t < view.words.length && (!view.slotAt[t] || view.slotAt[t]!.entity.type === 'country' || view.slotAt[t]!.group) && (startsUpper(view.tokens[t].text) || wordAt(view.words, t) === 'of')) t++;
      if (t > next && view.slotAt[t]?.entity.type === 'person') next = t;
    }
    const slot = view.slotAt[next];
    if (!slot || actorIds.has(slot.entity.id) || out.some((s) => s.entity.id === slot.entity.id)) break;
    // "blamed the United States, Israel's main backer": a possessive after the comma opens an apposition
    if (wordAt(view.words, k) === ',' && POSSESSIVE_MARKS.has(wordAt(view.words, nextAfterSlot(view, next)))) break;
    // ("freed 32 Armenian servicemen and Armenia released two soldiers": a name followed by a verb opens a clause of its own)
    if (lexicon().inflected.has(wordAt(view.words, nextAfterSlot(view, next))) && /ed$/.test(wordAt(view.words, nextAfterSlot(view, next)))) break;
    out.push(slot);
    if (wordAt(view.words, k) === 'and' || (slot.entity.type === out[0].entity.type && (slot.entity.type === 'country' || slot.entity.type === 'location'))) sure = out.length;
    k = nextAfterSlot(view, next);
  }
  void ctx;
  return out.slice(0, sure);
}

/** Prepositions a list of recipients may repeat after `and` ("with X and with Y", "to X and to Y"). */
const REPEATED_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'against', 'from']);

/** Whether `prep` opens the phrase of the recipient at j: among the three words before it, over title words. */
function prepositionBefore(view: View, j: number, prep: string): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    if (wordAt(view.words, k) === prep) return true;
    if (!startsUpper(view.tokens[k].text) && wordAt(view.words, k) !== 'the') return false;
  }
  return false;
}

/** Word acts whose object, told by a pronoun, is a party ("urged it to", "accused it of", "warned them not to"). */
const PARTY_PRONOUN_ACTS: ReadonlySet<string> = new Set(['REQUEST', 'THREATEN', 'ACCUSE', 'REJECT', 'SUPPORT', 'AGREE']);
/** Words after an object pronoun that make it the one acted on, who is to act or is charged ("urged it to", "accused it of"). */
const AGENT_AFTER_PRONOUN: ReadonlySet<string> = new Set(['to', 'of', 'not', 'against']);

/**
 * The party an object pronoun at `from` (or past an appeal's preposition: "called on it to") stands for, when an infinitive or a
 * charge follows it, so that it is one who is to act ("urged it to continue", "accused it of", not "rejected it as unrealistic",
 * where `it` is a plan): the party named last before it, in its sentence or the one before, that is not the actor nor of the
 * actor's code nor the actor's country, nor a person (`him` and `her` are coreference's), a place (a capital is its government:
 * "written to Tehran urging it to negotiate") or a news agency. `it` takes one party; `them` a plural
 * group ("Iranian rebels") or two parties joined by `and`. Null when none fits or the pronoun is of no such clause.
 */
function pronounObject(ctx: Context, view: View, from: number, actors: readonly Slot[], actorIds: ReadonlySet<string>): Slot[] | null {
  const { words, tokens, slotAt } = view;
  const at = APPEAL_PREPOSITIONS.has(wordAt(words, from)) ? from + 1 : from;
  const w = wordAt(words, at);
  if ((w !== 'it' && w !== 'them') || slotAt[at] || !AGENT_AFTER_PRONOUN.has(wordAt(words, at + 1))) return null;
  const codes = new Set(actors.map((a) => a.entity.actor).filter((c): c is string => c !== null));
  // (nor the actor's own country: "talks with New Zealand, which had a surplus in trade with the Philippines, to encourage it" said
  // by a Philippine minister; a body of that country may be: "the opposition accused it", the ruling party)
  const homes = new Set(actors.map((a) => a.entity.country).filter((c): c is string => c !== null));
  const fits = (e: Entity): boolean => !actorIds.has(e.id) && !(e.actor !== null && codes.has(e.actor)) && !(e.type === 'country' && e.country !== null && homes.has(e.country)) && Boolean(e.actor || e.country)
    && e.type !== 'person' && (e.type !== 'location' || CAPITALS.has(e.name)) && e.sector !== 'MED';
  const span = (e: Entity): Slot => slotOf(e, tokens[at].start, tokens[at].end);
  // in its sentence: the slots before it, nearest first
  for (let k = at - 1; k >= 0; k--) {
    const s = slotAt[k];
    // ("the ruling Liberal Democratic Party (LDP) ..., after the opposition accused it": a body no code names is the one meant, and
    // no party named before it)
    if (s && s.entity.type === 'organization' && !s.entity.actor && !s.entity.country && !actorIds.has(s.entity.id)) return null;
    if (!s || !fits(s.entity)) continue;
    const first = view.slotStart[k] >= 0 ? view.slotStart[k] : k;
    const plural = /s$/.test(wordAt(words, k)) && s.group === true;
    const before = wordAt(words, first - 1) === 'the' ? first - 2 : first - 1;
    const pair = wordAt(words, before) === 'and' && slotAt[before - 1] && fits(slotAt[before - 1]!.entity) && slotAt[before - 1]!.entity.id !== s.entity.id ? slotAt[before - 1]! : null;
    if (w === 'them') return pair ? [span(pair.entity), span(s.entity)] : plural ? [span(s.entity)] : null;
    return pair || plural ? null : [span(s.entity)];
  }
  // (a body of the actor's own country named before it in its sentence is the one meant, no other party, and none named before it:
  // "the ruling Liberal Democratic Party forced a vote ..., and the opposition accused it")
  for (let i = firstFrom(ctx.mentions, tokens[at].start) - 1; i >= 0 && ctx.mentions[i].start >= (tokens[0]?.start ?? 0); i--) {
    const e = ctx.entities.get(ctx.mentions[i].entity);
    if (e && !actorIds.has(e.id) && e.type === 'organization' && e.country !== null && homes.has(e.country)) return [];
  }
  // in the sentence before: the mentions of that sentence, nearest first (for `them`, the nearest two joined by `and`)
  const sentences = ctx.read?.tokens ?? [];
  const here = sentences.findIndex((t) => t.length > 0 && t[0].start === tokens[0]?.start);
  if (here < 1 || sentences[here - 1].length === 0) return null;
  const start = sentences[here - 1][0].start;
  let later: Mention | null = null;
  for (let i = firstFrom(ctx.mentions, tokens[0].start) - 1; i >= 0 && ctx.mentions[i].start >= start; i--) {
    const m = ctx.mentions[i];
    const e = ctx.entities.get(m.entity);
    if (!e || !fits(e)) continue;
    if (w === 'it') return [span(e)];
    if (later === null) { later = m; continue; }
    if (m.entity === later.entity || !/^,?\s+and\s+(?:the\s+)?$/.test(ctx.text.slice(m.end, later.start))) return null;
    return [span(e), span(ctx.entities.get(later.entity)!)];
  }
  return null;
}

/** The prepositions that close a verb of appeal, before the one appealed to ("call on", "appeal to"). */
const APPEAL_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'upon', 'to']);

/**
 * Nouns of hearsay whose content a clause or an `of` + gerund may tell after them ("reports that", "rumours of"). Charges and
 * claims are left out: the party their content names is often the one who makes them ("rejected charges that fishing vessels seized
 * by Iran were spy boats", "denied charges of bombing Pakistani territory").
 */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(['reports', 'report', 'rumours', 'rumors', 'rumour', 'rumor', 'speculation']);
/** Finite verbs right after a bare clause's subject ("reports Washington is pressing"). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'had', 'have', 'would', 'will', 'could', 'might', 'planned', 'plans', 'sought', 'seeks', 'intended', 'intends']);

/** Whether the claim's content opens at `j`: `that`, `of` + a gerund, or a name followed by a finite verb. */
function claimContentOpens(view: View, j: number): boolean {
  const { words, slotAt } = view;
  const w = wordAt(words, j);
  if (w === 'that') return true;
  if (w === 'of') return /ing$/.test(wordAt(words, j + 1));
  if (!slotAt[j]) return false;
  return CLAUSE_VERBS.has(wordAt(words, nextAfterSlot(view, j)));
}
