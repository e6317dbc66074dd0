/** The view of a unit the coder reads: its words, its tokens, and the slot (entity or group) at each token; groups named by description (`Kenyan police`, blocs, vessels, sites). */
import type { Entity, Mention, Quote, TextSpan, Token } from '../../model.js';
import { tokenize } from '../../ner/tokenize.js';
import { lookupPlace } from '../../gazetteer.js';
import { CAPITALS, COUNTRY_NAMES, DEMONYMS } from '../../lexicon/countries.js';
import { CROWD_WORDS, GROUP_MODIFIERS, LABOUR_BODIES, SITE_NOUNS, SPEECH_VERBS, VESSEL_NOUNS } from '../../lexicon/event-groups.js';
import { lexicon } from '../event-lexicon.js';
import { TITLE_SECTORS } from '../../lexicon/titles.js';
import { mayBeWord, pairTable, regionalDemonym, tableMap, wordFilter, type WordFilter } from '../lexicon-matcher.js';
import { bodyBefore, groupHead, nextAfterSlot, pluralDemonym, startsUpper, vesselSector, wordAt } from './clause.js';
import { twoParties } from './two-parties.js';
import { codedGroup, countryEntity, groupEntity, mentionsIn, slotOf } from './slots.js';
import type { Context, Slot, Unit, View } from './types.js';
import { BE_FORMS, BOUNDARY, DEMONYM_PAIRS, DETERMINERS, GOVERNMENT_FORCES, HEADS, MODALS, NONSTATE, POSSESSIVE_MARKS, POSSESSIVES, PREPOSITIONS, REBEL_MODIFIERS, RULER_HEADS, STATE_SECTORS, SUBORDINATORS } from './word-classes.js';

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our']);
const SECOND_PERSON = new Set(['you', 'your']);
const MODIFIERS = tableMap(GROUP_MODIFIERS);
const MODIFIER_PAIRS = pairTable(GROUP_MODIFIERS);

/** A backer's word before the name it describes ("Iran-backed", "Russian-sponsored"); not a leader's ("Saudi-led coalition"). */
const BACKER_WORD = /^\p{Lu}[\p{L}.]*-(?:backed|aligned|allied|sponsored|funded|supported|armed|friendly|inspired)$/u;

export function buildView(ctx: Context, unit: Unit, tokens: readonly Token[], words: readonly string[]): View {
  const slotAt: (Slot | undefined)[] = new Array(tokens.length);
  const slotStart: number[] = new Array(tokens.length).fill(-1);
  const quoteAt: (Quote | null)[] = new Array(tokens.length).fill(null);
  const mentions = mentionsIn(ctx.mentions, unit.start, unit.end);
  let t = 0;
  const { inflected } = lexicon();
  for (const m of mentions) {
    const entity = ctx.entities.get(m.entity);
    if (!entity) continue;
    // a "name" that runs over a trigger verb ("Kenyan protesters stormed parliament") is a tagging
    // slip: left to the group reading, which sees the verb
    while (t < tokens.length && tokens[t].end <= m.start) t++;
    if (mentionHasVerb(tokens, words, m, t, inflected)) continue;
    // "Iran-backed Hezbollah", "the Iran-aligned group": the backer named in a word that describes another is no party of its acts
    if (t < tokens.length && tokens[t].end > m.end && BACKER_WORD.test(tokens[t].text)) continue;
    let first = -1;
    // one slot object per mention: nextAfterSlot and the group code tell a mention's extent by identity
    const slot = slotOf(entity, m.start, m.end);
    for (let j = t; j < tokens.length && tokens[j].start < m.end; j++) {
      if (slotAt[j]) continue;
      if (first < 0) first = j;
      slotAt[j] = slot;
      slotStart[j] = first;
    }
  }
  vesselNames(ctx, tokens, words, slotAt, slotStart);
  siteNames(words, slotAt, slotStart);
  governmentForces(ctx, tokens, words, slotAt, slotStart);
  officeOfGovernor(ctx, tokens, words, slotAt, slotStart);
  workersOfFirms(ctx, tokens, words, slotAt, slotStart);
  // mentions coref may not give: "his Chinese counterpart", and entity names in headings
  for (let j = 1; j < tokens.length; j++) {
    if (slotAt[j] || slotAt[j - 1] || (wordAt(words, j) !== 'counterpart' && wordAt(words, j) !== 'counterparts')) continue;
    const demonym = DEMONYMS.get(tokens[j - 1].text) ?? null;
    // ("his Australian counterpart Scott Morrison": the name that follows is the counterpart)
    let person = slotAt[j + 1]?.entity.type === 'person' ? slotAt[j + 1]!.entity : latestPerson(ctx, demonym, tokens[j].start);
    // "Gerasimov was invited by his Chinese counterpart": of that country, in the role of the
    // person named before (a general's counterpart is of the military)
    if (!person && demonym) {
      const other = latestPerson(ctx, '*', tokens[j].start);
      if (other?.sector && other.country !== demonym) person = groupEntity(ctx, demonym, other.sector, { start: tokens[j - 1].start, end: tokens[j].end, text: ctx.text.slice(tokens[j - 1].start, tokens[j].end) });
    }
    if (!person) continue;
    slotAt[j - 1] = slotAt[j] = slotOf(person, tokens[j - 1].start, tokens[j].end);
    slotStart[j - 1] = slotStart[j] = j - 1;
  }
  blocNames(ctx, tokens, words, slotAt, slotStart);
  rulingPartyLeaders(ctx, tokens, words, slotAt);
  if (unit.paragraph < 0 && mentions.length === 0) headingMentions(ctx, tokens, slotAt, slotStart);
  groupSlots(ctx, tokens, words, slotAt, slotStart);
  namedCounterparts(ctx, tokens, words, slotAt, slotStart);
  homeVoices(ctx, tokens, words, slotAt, slotStart);
  armedWings(ctx, tokens, words, slotAt, slotStart);
  rulersGovernments(ctx, tokens, words, slotAt, slotStart);
  twoParties(ctx, unit, tokens, words, slotAt, slotStart);
  for (const q of ctx.quotes) {
    if (q.end <= unit.start || q.start >= unit.end) continue;
    const marked = q.kind === 'mixed' ? markedWords(ctx.text, q, tokens) : null;
    for (let j = 0; j < tokens.length; j++) {
      if (tokens[j].start < q.start || tokens[j].end > q.end) continue;
      // (a mixed quote's words outside the marks are the reporter's, told as an indirect report is: "said he would veto a bill
      // requiring retaliation for "unfair trade" if it reached his desk")
      if (marked && !marked[j]) continue;
      quoteAt[j] = q;
      const w = wordAt(words, j);
      const speaker = q.speaker ? ctx.entities.get(q.speaker) : undefined;
      if (FIRST_PERSON.has(w) && speaker && (!slotAt[j] || slotAt[j]!.entity.type !== speaker.type || true)) {
        // "our country" is the speaker's country
        if ((w === 'our' || w === 'my') && wordAt(words, j + 1) === 'country') {
          const country = countryEntity(ctx, speaker.country);
          if (country) {
            slotAt[j] = slotAt[j + 1] = slotOf(country, tokens[j].start, tokens[j + 1].end);
            slotStart[j] = slotStart[j + 1] = j;
            j++;
            continue;
          }
        }
        slotAt[j] = slotOf(speaker, tokens[j].start, tokens[j].end);
        slotStart[j] = j;
      } else if (SECOND_PERSON.has(w) && !slotAt[j] && speaker) {
        slotAt[j] = slotOf(speaker, tokens[j].start, tokens[j].end, 'you');
        slotStart[j] = j;
      }
    }
  }
  return { tokens, words, slotAt, slotStart, quoteAt };
}

/** Which tokens of a quote lie inside its quote marks ("...", “...”, «...»), counted from the quote's start. */
function markedWords(text: string, q: Quote, tokens: readonly Token[]): boolean[] {
  const inside: boolean[] = new Array(tokens.length).fill(false);
  // (a quote's span starts after the mark that opens it: `said "the attack was cowardly" and that ...`)
  let before = q.start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let open = text[before] === '"' || text[before] === '“' || text[before] === '«';
  let at = q.start;
  for (let j = 0; j < tokens.length; j++) {
    const start = tokens[j].start;
    if (start < q.start) continue;
    for (; at < start && at < text.length; at++) {
      const ch = text[at];
      if (ch === '"') open = !open;
      else if (ch === '“' || ch === '«') open = true;
      else if (ch === '”' || ch === '»') open = false;
    }
    inside[j] = open;
  }
  return inside;
}

/** Titles of a party's leader in an apposition ("Roh Tae-woo, chairman of South Korea's ruling party,"). */
const PARTY_LEADER_TITLES: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'leader', 'head', 'chief', 'president', 'secretary-general']);

/**
 * "Roh Tae-woo, chairman of South Korea's ruling party, accepted opposition demands": the leader of a ruling party named in an
 * apposition speaks for the government (GOV), as the fixtures' writers code him.
 */
function rulingPartyLeaders(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[]): void {
  for (let j = 1; j + 3 < tokens.length; j++) {
    const person = slotAt[j - 1];
    if (wordAt(words, j) !== ',' || !person || person.entity.type !== 'person' || person.entity.sector || slotAt[j] === person) continue;
    let k = j + 1;
    if (wordAt(words, k) === 'the') k++;
    if (!PARTY_LEADER_TITLES.has(wordAt(words, k)) || wordAt(words, k + 1) !== 'of') continue;
    // (the party's words, a country's name before them: "South Korea's ruling party")
    let ruling = -1;
    for (let t = k + 2; t < tokens.length && t <= k + 7; t++) {
      if (wordAt(words, t) === ',' || BOUNDARY.has(wordAt(words, t))) break;
      if (wordAt(words, t) === 'ruling') { ruling = t; break; }
    }
    // (read from the mentions: the party's name holds "ruling", a verb's form, so it has no slot of its own)
    const at = ruling > 0 ? tokens[ruling].start : -1;
    const mention = at < 0 ? undefined : ctx.mentions.find((m) => m.start <= at && at < m.end);
    const code = mention ? ctx.entities.get(mention.entity)?.actor ?? null : null;
    if (!code || !code.endsWith('PTY')) continue;
    const country = code.slice(0, 3);
    const leader = slotOf({ ...person.entity, country, sector: 'GOV', actor: `${country}GOV` }, person.start, person.end, person.pending, person.group);
    for (let t = j - 1; t >= 0 && slotAt[t] === person; t--) slotAt[t] = leader;
  }
}

/** Nouns by which a story names again the body of states it named before ("NATO ... The Kremlin accused the alliance"). */
const BLOC_NOUNS: ReadonlySet<string> = new Set(['alliance', 'bloc', 'agency']);
/** U.N. bodies a story names again as "the agency". */
const UN_AGENCIES: ReadonlySet<string> = new Set(['IGOWFP', 'IGOIAEA', 'IGOWHO']);
/** Words that describe such a body, not a coalition of parties ("the ruling alliance" is none). */
const BLOC_WORDS = /^(?:\d+-(?:nation|member|country)|western|military|atlantic|transatlantic|defen[cs]e|regional|trade|economic|european)$/;

/**
 * "NATO said ... The Kremlin accused the alliance of stoking tensions": "the alliance" or "the bloc" (a word of description may
 * stand between: "the 27-nation bloc", "the Western alliance") is the intergovernmental body the story named last before it.
 */
function blocNames(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 0; j + 2 < tokens.length; j++) {
    // ("West African leaders threatened to use force", "Southeast Asian foreign ministers urged"): the region's bloc, met as one
    // (most words open no region's name: passed over before a string is built for the lookup)
    const bloc = !slotAt[j] && !slotAt[j + 1] && mayBeWord(BLOC_SCAN, wordAt(words, j)) && BLOC_REGION_FIRSTS.has(wordAt(words, j)) ? REGION_BLOCS.get(`${wordAt(words, j)} ${wordAt(words, j + 1)}`) : undefined;
    if (!bloc) continue;
    const head = wordAt(words, j + 2) === 'foreign' || wordAt(words, j + 2) === 'defence' || wordAt(words, j + 2) === 'defense' ? j + 3 : j + 2;
    if (!BLOC_MEMBERS.has(wordAt(words, head)) || slotAt[head]) continue;
    const span = { start: tokens[j].start, end: tokens[head].end, text: ctx.text.slice(tokens[j].start, tokens[head].end) };
    const slot = slotOf(blocEntity(ctx, bloc[0], bloc[1], span), span.start, span.end, undefined, true);
    for (let k = j; k <= head; k++) [slotAt[k], slotStart[k]] = [slot, j];
  }
  for (let j = 1; j < tokens.length; j++) {
    if (slotAt[j] || !mayBeWord(BLOC_SCAN, wordAt(words, j))) continue;
    if (BODY_AGAIN.has(wordAt(words, j))) {
      bodyNamedAgain(ctx, tokens, words, slotAt, slotStart, j);
      continue;
    }
    if (!BLOC_NOUNS.has(wordAt(words, j))) continue;
    const det = wordAt(words, j - 1) === 'the' ? j - 1 : wordAt(words, j - 2) === 'the' && BLOC_WORDS.test(wordAt(words, j - 1)) && !slotAt[j - 1] ? j - 2 : -1;
    if (det < 0) continue;
    let body: Entity | null = null;
    for (const m of ctx.mentions) {
      if (m.start >= tokens[det].start) break;
      const e = ctx.entities.get(m.entity);
      // (an agency is one of the bodies the U.N. runs: "The U.N. World Food Programme said ... The agency urged donors")
      if (e?.actor?.startsWith('IGO') && (wordAt(words, j) === 'agency' ? UN_AGENCIES.has(e.actor) || (e.actor === 'IGOUN' && /\b(?:agency|fund|programme)\b/i.test(e.name)) : e.actor !== 'IGOUN')) body = e;
    }
    if (!body) continue;
    const slot = slotOf(body, tokens[det + 1].start, tokens[j].end);
    for (let k = det + 1; k <= j; k++) {
      slotAt[k] = slot;
      slotStart[k] = det + 1;
    }
  }
}

/** Region words whose leaders or ministers meeting as one are a bloc: its code and name. */
const REGION_BLOCS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['west african', ['IGOECOWAS', 'Economic Community of West African States']], ['southeast asian', ['IGOASEAN', 'Association of Southeast Asian Nations']],
  ['gulf arab', ['IGOGCC', 'Gulf Cooperation Council']],
]);
const BLOC_REGION_FIRSTS: ReadonlySet<string> = new Set([...REGION_BLOCS.keys()].map((k) => k.split(' ')[0]));
/** Heads of a region's members acting as one ("leaders", "heads of state", "ministers"). */
const BLOC_MEMBERS: ReadonlySet<string> = new Set(['leaders', 'heads', 'ministers', 'presidents']);

/** The document's entity with an intergovernmental code, else one made for the group of that code. */
function blocEntity(ctx: Context, code: string, name: string, span: TextSpan): Entity {
  return codedGroup(ctx, code, span, () => true, () => ({ kind: 'entity', id: `group-${code}`, type: 'organization', name, country: null, sector: 'IGO', rank: null, titles: [], actor: code, aliases: [], mentions: [] }));
}

/**
 * "Tunisian police arrested Rached Ghannouchi, head of the main opposition Ennahda party ... The party accused Saied's
 * government", "the ELN ... hours after the rebel group rammed a truck into a base": a definite noun for an armed group or a
 * party out of power (one word of description may stand between) is the last such body the story named before it.
 */
function bodyNamedAgain(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[], j: number): void {
  const det = wordAt(words, j - 1) === 'the' ? j - 1 : wordAt(words, j - 2) === 'the' && !slotAt[j - 1] && /^[a-z-]+$/.test(tokens[j - 1].text) ? j - 2 : -1;
  if (det < 0) return;
  const head = wordAt(words, j);
  const sectors = BODY_AGAIN.get(head)!;
  let body: Entity | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= tokens[det].start) break;
    const e = ctx.entities.get(m.entity);
    if (e && e.type === 'organization' && e.sector !== null && sectors.includes(e.sector) && e.actor) body = e;
  }
  if (!body) return;
  const slot = slotOf(body, tokens[det + 1].start, tokens[j].end);
  for (let k = det + 1; k <= j; k++) {
    slotAt[k] = slot;
    slotStart[k] = det + 1;
  }
}
/** Nouns by which a story names again an armed group or a party out of power, with the sectors they can name. */
const BODY_AGAIN: ReadonlyMap<string, readonly string[]> = new Map([
  ['rebels', ['REB']], ['militants', ['REB']], ['guerrillas', ['REB']], ['insurgents', ['REB']], ['jihadists', ['REB']], ['militia', ['REB']],
  ['group', ['REB', 'OPP']], ['movement', ['REB', 'OPP']], ['party', ['OPP']],
]);

/**
 * Every word `blocNames` looks up (a region's first word, a body named again, a bloc's noun): most words of a sentence are
 * none, and are passed over before a set is asked.
 */
const BLOC_SCAN: WordFilter = wordFilter([...BLOC_REGION_FIRSTS, ...BODY_AGAIN.keys(), ...BLOC_NOUNS]);

/**
 * "Russia's Pacific Fleet said its cruiser Varyag ... had arrived": a name right after a vessel noun
 * (one capitalised word, a rank, may stand between) is a ship; it stands for its owner, `its`/`their`
 * the name before it, a demonym that country's military, and for no one when none is told.
 */
function vesselNames(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const ship = slotAt[j];
    if (!ship || slotStart[j] !== j || ship.entity.type === 'country') continue;
    const v = VESSEL_NOUNS.has(wordAt(words, j - 1)) ? j - 1 : j > 1 && VESSEL_NOUNS.has(wordAt(words, j - 2)) && startsUpper(tokens[j - 1].text) && !slotAt[j - 1] ? j - 2 : -1;
    if (v < 0) continue;
    let owner: Entity | null = null;
    for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
      const w = wordAt(words, k);
      if (w === 'its' || w === 'their') {
        owner = bodyBefore(slotAt, k)?.entity ?? null;
        break;
      }
      // ("the Saudi Arabian supertanker Arabian Sea": a demonym of two words)
      const pair = k > 0 ? DEMONYM_PAIRS.get(tokens[k - 1].text)?.get(tokens[k].text) : undefined;
      const country = pair ?? DEMONYMS.get(tokens[k].text);
      const first = pair ? tokens[k - 1] : tokens[k];
      if (country) { owner = groupEntity(ctx, country, vesselSector(words, v), { start: first.start, end: tokens[k].end, text: ctx.text.slice(first.start, tokens[k].end) }); break; }
      if (slotAt[k] || BOUNDARY.has(w) || w === ',' || !/^[\p{Ll}-]+$/u.test(tokens[k].text)) break;
    }
    const slot = owner ? slotOf(owner, ship.start, ship.end) : undefined;
    for (let x = j; x < tokens.length && slotAt[x] === ship; x++) slotAt[x] = slot;
    if (!slot) for (let x = j; x < tokens.length && slotStart[x] === j; x++) slotStart[x] = -1;
  }
}

/**
 * "Libyan forces are still bombing the key Ouadi Doum airstrip", "U.S. Navy warships blasted the Rostam platform": a name the tagger
 * took for a person, right before the noun of a site, is the site's name and stands for no one (nor for the dateline's country the
 * person would be given).
 */
function siteNames(words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 0; j < words.length; j++) {
    const name = slotAt[j];
    if (!name || slotStart[j] !== j || name.entity.type !== 'person') continue;
    let end = j;
    while (end < words.length && slotAt[end] === name) end++;
    if (!SITE_NOUNS.has(wordAt(words, end)) && !SITE_NOUNS.has(`${wordAt(words, end)} ${wordAt(words, end + 1)}`)) continue;
    for (let x = j; x < end; x++) { slotAt[x] = undefined; slotStart[x] = -1; }
  }
}

function mentionHasVerb(tokens: readonly Token[], words: readonly string[], m: Mention, from: number, inflected: ReadonlySet<string>): boolean {
  if (m.end - m.start < 12 || m.text.indexOf(' ') < 0) return false;
  for (let j = from; j < tokens.length && tokens[j].start < m.end; j++) {
    const c = tokens[j].text.charCodeAt(0);
    // ("Georgia's ruling party", "the ruling Liberal Democratic Party": a verb's form that names the party in power, before its
    // common noun or a name that ends in one)
    if (c >= 97 && c <= 122 && inflected.has(wordAt(words, j)) && !(wordAt(words, j) === 'ruling' && (RULED_BY.has(wordAt(words, j + 1)) || ruledName(m.text)))) return true;
  }
  return false;
}

/** Bodies "ruling" names as those in power ("the ruling party", "the ruling coalition"). */
const RULED_BY: ReadonlySet<string> = new Set(['party', 'coalition', 'alliance', 'junta', 'council']);
/** A name that ends in a body "ruling" names ("Liberal Democratic Party", "National Front Coalition"). */
function ruledName(text: string): boolean {
  const last = text.split(/\s/).pop() ?? '';
  return /^\p{Lu}/u.test(last) && RULED_BY.has(last.toLowerCase());
}

/**
 * "Chadian government troops captured", "Soviet and Afghan government aircraft bombed": a government named before its forces or
 * aircraft is the country's military (and so is each country joined to it by "and").
 */
function governmentForces(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const gov = slotAt[j - 1];
    if (!gov || slotAt[j] || gov.entity.sector !== 'GOV' || gov.entity.type !== 'organization' || !gov.entity.country || !GOVERNMENT_FORCES.has(wordAt(words, j))) continue;
    const from = slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1;
    if (wordAt(words, from) !== 'government' && wordAt(words, j - 1) !== 'government') continue;
    setGroup(ctx, tokens, slotAt, slotStart, from, j + 1, gov.entity.country, 'MIL');
    // ("Soviet and Afghan government aircraft": the demonym joined before)
    if (wordAt(words, from - 1) === 'and' && from >= 2 && !slotAt[from - 2] && DEMONYMS.has(tokens[from - 2].text)) {
      setGroup(ctx, tokens, slotAt, slotStart, from - 2, from - 1, DEMONYMS.get(tokens[from - 2].text)!, 'MIL');
    }
  }
}
/**
 * "the Istanbul governor's office banned street demonstrations": a governor's or mayor's office is the government of the country
 * of the place named before it (else of the dispatch's country), not a person named earlier in the sentence.
 */
function officeOfGovernor(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 0; j + 2 < tokens.length; j++) {
    if (!LOCAL_RULERS.has(wordAt(words, j)) || !POSSESSIVE_MARKS.has(wordAt(words, j + 1)) || wordAt(words, j + 2) !== 'office' || slotAt[j + 2]) continue;
    const place = slotAt[j - 1]?.entity.type === 'location' || slotAt[j - 1]?.entity.type === 'country' ? slotAt[j - 1] : undefined;
    const country = place?.entity.country ?? ctx.home;
    if (!country) continue;
    const from = place ? (slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1) : j;
    setGroup(ctx, tokens, slotAt, slotStart, from, j + 3, country, 'GOV');
  }
}
/**
 * "Brazilian bank workers voted to launch a nationwide strike", "Spanish bank employees": a firm a demonym and a common noun name
 * ("Brazilian bank"), right before the people who work there, is no party of its own: the workers are the country's, a crowd of no
 * sector (a named company keeps its name: "Petrobras workers").
 */
function workersOfFirms(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const firm = slotAt[j - 1];
    if (!firm || slotAt[j] || !FIRM_WORKERS.has(wordAt(words, j)) || firm.entity.sector !== 'BUS' || !firm.entity.country || !/^\p{Ll}/u.test(tokens[j - 1].text)) continue;
    const from = slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1;
    setGroup(ctx, tokens, slotAt, slotStart, from, j + 1, firm.entity.country, '');
  }
}
/** The people who work at a firm, named right after it. */
const FIRM_WORKERS: ReadonlySet<string> = new Set(['workers', 'employees', 'staff', 'staffers', 'clerks', 'tellers']);

/**
 * "Lawmakers from Ontario asked their U.S. counterparts", "Kuranari met his U.S. counterpart": a counterpart after a country's name
 * is of that country, in the role of the party named before it in the sentence (lawmakers' counterparts are lawmakers, a foreign
 * minister's is of the government), as one after a demonym is (sentenceView, with persons named before).
 */
function namedCounterparts(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const named = slotAt[j - 1];
    if (slotAt[j] || (wordAt(words, j) !== 'counterpart' && wordAt(words, j) !== 'counterparts')) continue;
    if (!named || named.group || named.entity.type !== 'country' || !named.entity.country) continue;
    // ("his Papua New Guinea counterpart James Marape": the name that follows is the counterpart)
    if (slotAt[j + 1]?.entity.type === 'person') continue;
    const from = slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1;
    const role = sectorBefore(slotAt, from, named.entity.country);
    if (role) setGroup(ctx, tokens, slotAt, slotStart, from, j + 1, named.entity.country, role);
  }
}

/** The sector of the nearest party before token `at` that has one and is not of `country`. */
function sectorBefore(slotAt: readonly (Slot | undefined)[], at: number, country: string): string | null {
  for (let k = at - 1; k >= 0; k--) {
    const entity = slotAt[k]?.entity;
    if (entity?.sector && entity.country !== country) return entity.sector;
  }
  return null;
}

/**
 * "NEW DELHI, March 1 - Opposition politicians, businessmen and newspapers criticised the budget", "Business groups criticised the
 * decision", "Farmers criticised the new tax": voices of a country's public named by bare plural nouns (of business, the opposition, the
 * press, the legislature, or its people) that open the sentence, or a clause of speech in it ("The company said workers rejected its
 * latest contract proposal"), are of the country the dispatch is from, each with its head's sector.
 */
function homeVoices(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  if (!ctx.home) return;
  voicesFrom(ctx, tokens, words, slotAt, slotStart, 0);
  for (let j = 1; j < tokens.length; j++) {
    if (SAID_FORMS.has(wordAt(words, j - 1))) voicesFrom(ctx, tokens, words, slotAt, slotStart, wordAt(words, j) === 'that' ? j + 1 : j);
    // (", senators said today after a meeting with Baldrige": the voice of an attribution after the words it reports)
    else if (wordAt(words, j - 1) === ',' && attributionAt(words, j)) voicesFrom(ctx, tokens, words, slotAt, slotStart, j);
    // ("opened talks today with union leaders", "met with businessmen": the other side of talks at home, told by its trade)
    // (not the press met at a news conference: "will meet with reporters")
    else if (wordAt(words, j - 1) === 'with' && talksBefore(words, j - 1) && groupHead(words, wordAt(words, j) === 'the' ? j + 1 : j)?.sector !== 'MED') voicesFrom(ctx, tokens, words, slotAt, slotStart, j, true);
    // ("a call by about 20 members of the parliament who asked the government": the voice a relative clause tells the act of)
    else if (wordAt(words, groupHead(words, j)?.end ?? j) === 'who') voicesFrom(ctx, tokens, words, slotAt, slotStart, j);
  }
}
/** Whether a public's plural at `at` is the speaker of a verb of speech right after it (", senators said", ", the farmers say"). */
function attributionAt(words: readonly string[], at: number): boolean {
  const head = groupHead(words, wordAt(words, at) === 'the' ? at + 1 : at);
  return head !== null && SAID_FORMS.has(wordAt(words, head.end));
}
/** The voices of homeVoices that open a clause at token `start`. */
function voicesFrom(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[], start: number, acrossTable = false): void {
  // ("The strikers have rejected offers", "The unions rejected a company proposal": the article points back to the same public)
  const from = wordAt(words, start) === 'the' ? start + 1 : start;
  // ("About 20 legislators asked the government", "Some 30 senators urged": a count before the public is no word of its own)
  const counted = from === start ? countEnd(words, start) : start;
  // ("The main Socialist and Communist unions rejected an offer", "The two biggest unions said": words that only rank or name a union
  // before its plural, read as the article's own public)
  const ranked = from > start ? pastUnionModifiers(tokens, words, from) : from;
  for (let j = ranked > from ? ranked : counted > start ? counted : from; j < tokens.length; j++) {
    const head = groupHead(words, j);
    // (a plural in -s or in -men: "Businessmen and opposition politicians criticised the budget")
    // (or a union: "The union accepted the offer", in lower case, not a state's name)
    const union = head !== null && words[head.end - 1] === 'union' && tokens[head.end - 1].text === 'union';
    // (and the employers across the table from one, named by the singular of their whole side: "resumed talks with management";
    // not a voice elsewhere, where "management said" is a company's own)
    const management = acrossTable && head !== null && words[head.end - 1] === 'management';
    // ("Members of parliament urged": a legislature's members, whose head ends in the body's name)
    const members = head !== null && words[j] === 'members';
    if (!head || !VOICE_SECTORS.has(head.sector) || slotAt[j] || !(/(?:s|men)$/.test(words[head.end - 1]) || union || management || members) || LENDING_VOICES.has(words[head.end - 1])) return;
    // (a crowd a phrase places, "Miners in Silesia", "Workers at the Lenin shipyard in Gdansk", is of that place: crowdAtPlace)
    if (!head.sector && CROWD_PLACING.has(wordAt(words, head.end))) return;
    // (after an article or a verb of speech, people only: "They said the planes attacked" points back to another country's jets; not a
    // count, "The thousands", a number told before)
    // ("talks with union leaders": a union's officers too; and after a count: "Two supertankers attacked in the Gulf by Iranian gunboats"
    // are no public)
    if ((from > 0 || counted > start) && !head.sector && !CROWD_WORDS.has(words[head.end - 1]) && !LABOUR_BODIES.has(words[head.end - 1]) && !LABOUR_BODIES.has(wordAt(words, head.end - 2))) return;
    if (from > start && COUNTS.has(words[j])) return;
    const country = j === from && from > start ? namedBefore(ctx, tokens[start].start, words.slice(j, head.end).join(' ')) ?? ctx.home! : ctx.home!;
    setGroup(ctx, tokens, slotAt, slotStart, j === from || j === counted ? start : j, head.end, country, head.sector);
    // ("politicians, businessmen and newspapers": each of a list)
    j = head.end;
    if (wordAt(words, j) === ',' && wordAt(words, j + 1) === 'and') j++;
    if (wordAt(words, j) !== ',' && wordAt(words, j) !== 'and') return;
  }
}
/** The token of a plural union head after up to four words that rank or name it ("main", "biggest", "Socialist and Communist"), else `at`. */
function pastUnionModifiers(tokens: readonly Token[], words: readonly string[], at: number): number {
  for (let k = at; k <= at + 4 && k < tokens.length; k++) {
    if (k > at && (words[k] === 'unions' || words[k] === 'federations')) return k;
    if (!UNION_RANKS.has(words[k]) && !(words[k] === 'and' && k > at) && !/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text)) return at;
  }
  return at;
}
/** Words that rank unions among others of their country ("the main unions", "the two largest unions"). */
const UNION_RANKS: ReadonlySet<string> = new Set(['main', 'major', 'biggest', 'largest', 'leading', 'big', 'two', 'three', 'four', 'national', 'striking']);
/** Whether a word of talks comes a few words before the "with" at `w` ("held talks today with", "met on Friday with"). */
function talksBefore(words: readonly string[], w: number): boolean {
  for (let k = w - 1; k >= 0 && k >= w - 4; k--) {
    if (TALKS_BEFORE.has(words[k])) return true;
    if (BOUNDARY.has(words[k]) || words[k] === ',') return false;
  }
  return false;
}
/** Words of talks and meetings that "with" and the other side follow ("talks with union leaders", "met with businessmen", "negotiations with the unions"). */
const TALKS_BEFORE: ReadonlySet<string> = new Set(['talks', 'met', 'meet', 'meets', 'meeting', 'meetings', 'negotiations', 'negotiate', 'negotiating', 'consultations', 'discussions']);
/** Verbs of speech after which a clause opens with its subject ("the company said workers rejected"). */
const SAID_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'say']);
/**
 * "BRUSSELS - ... thousands of Spanish farmers battled with police ... The farmers traded stones for tear gas": the country of the
 * demonym the same public was last named with before `before` in the story, else null.
 */
function namedBefore(ctx: Context, before: number, head: string): string | null {
  let country: string | null = null;
  for (const m of ctx.text.slice(0, before).matchAll(new RegExp(`\\b(\\p{Lu}\\p{Ll}+ )?(\\p{Lu}\\p{Ll}+) ${head}\\b`, 'gu'))) {
    country = (m[1] ? DEMONYMS.get(m[1] + m[2]) : undefined) ?? DEMONYMS.get(m[2]) ?? country;
  }
  return country;
}
/** Sectors of the voices of a country's public: business, the opposition, the press, the legislature, and its people ('': farmers, unions). */
const VOICE_SECTORS: ReadonlySet<string> = new Set(['BUS', 'OPP', 'MED', 'LEG', '']);
/** Crowd words that count people rather than name them ("thousands"), which an article opens as a reference to a number told before. */
const COUNTS: ReadonlySet<string> = new Set(['thousands', 'hundreds', 'dozens', 'tens']);
/** Words that open a count before a public ("about 20", "some 30", "more than 40"). */
const COUNT_OPENERS: ReadonlySet<string> = new Set(['about', 'some', 'nearly', 'almost', 'around', 'roughly', 'over', 'at', 'least', 'more', 'than']);
const NUMBER_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'several']);
/** The token after a count that opens a clause at `start` ("about 20", "more than 40", "twenty"); `start` when none opens it. */
function countEnd(words: readonly string[], start: number): number {
  let k = start;
  while (k < start + 3 && COUNT_OPENERS.has(wordAt(words, k))) k++;
  return /^\d[\d,]*$/.test(wordAt(words, k)) || NUMBER_WORDS.has(wordAt(words, k)) ? k + 1 : start;
}
/** Prepositions that place a crowd ("Miners in Silesia"), as crowdAtPlace reads them. */
const CROWD_PLACING: ReadonlySet<string> = new Set(['in', 'at', 'from']);
/** Lenders, who in debt copy are as often a debtor's foreign creditors as the dispatch country's ("Bankers accused him of arrogance"). */
const LENDING_VOICES: ReadonlySet<string> = new Set(['bankers', 'banks']);

/** Officials whose "office" acts for the government ("the governor's office", "the mayor's office"). */
const LOCAL_RULERS: ReadonlySet<string> = new Set(['governor', 'mayor', 'prefect', 'president', 'minister']);

/** Heads of no sector that a country's possessive makes the country acting: its spies and its people. */
const OWNED_ACTING_HEADS: ReadonlySet<string> = new Set([...CROWD_WORDS, 'services', 'service', 'agencies', 'agency']);

/** A country named as an adjective at token j: "Chinese", "New Zealand", "U.S.", "Georgians", "Wuhan-based". */
function countryAdjective(tokens: readonly Token[], words: readonly string[], slotAt: readonly (Slot | undefined)[], j: number): { country: string; end: number; people: boolean } | null {
  const t = tokens[j];
  if (!t) return null;
  const slot = slotAt[j];
  // ("Moscow expelled 25 Britons.": a plural demonym the tagger took for a body or a place with no code is still the people of its
  // country, of one word or two: "the Kuwaitis", "the West Germans")
  if (slot && !slot.group && !slot.entity.actor && !slot.entity.country && (slot.entity.type === 'organization' || slot.entity.type === 'location') && slot.start === t.start) {
    let end = j + 1;
    while (end < tokens.length && slotAt[end] === slot) end++;
    const people = slot.end === tokens[end - 1].end ? pluralDemonym(tokens.slice(j, end).map((w) => w.text).join(' ')) : null;
    if (people) return { country: people, end, people: true };
  }
  if (slot) {
    if (slot.group) return null;
    let end = j;
    while (end < tokens.length && slotAt[end] === slot) end++;
    // "a Moscow court", "Beijing police": a capital before a group head is its country's group
    // ("Baghdad's forces": a capital's own armed forces or government, read like "Iraq's forces")
    if (slot.entity.type === 'location') {
      const capitalOf = CAPITALS.get(slot.entity.name);
      if (!capitalOf || slotAt[end]) return null;
      const owned = (wordAt(words, end) === "'s" || wordAt(words, end) === '’s') && !slotAt[end + 1] && groupHead(words, end + 1)?.sector;
      return groupHead(words, end) || owned ? { country: capitalOf, end, people: false } : null;
    }
    // a country's own mention used as a modifier: "U.S. troops", "Belarusian authorities"
    if (slot.entity.type !== 'country' || !slot.entity.country) return null;
    return { country: slot.entity.country, end, people: false };
  }
  if (!startsUpper(t.text)) return null;
  const pair = tokens[j + 1] && !slotAt[j + 1] ? DEMONYM_PAIRS.get(t.text)?.get(tokens[j + 1].text) : undefined;
  if (pair) return { country: pair, end: j + 2, people: false };
  const demonym = regionalDemonym(tokens[j - 1]?.text, t.text) ? undefined : DEMONYMS.get(t.text);
  if (demonym) return { country: demonym, end: j + 1, people: false };
  const armed = NONSTATE.get(t.text);
  if (armed) return { country: armed, end: j + 1, people: false };
  // "Georgians", "Israelis": a plural demonym is the people
  if (t.text.endsWith('s') && !COUNTRY_NAMES.has(t.text)) {
    const plural = DEMONYMS.get(t.text.slice(0, -1));
    if (plural) return { country: plural, end: j + 1, people: true };
  }
  const based = t.text.endsWith('-based') ? /^(\p{Lu}[\p{L}.]+)-based$/u.exec(t.text) : null;
  if (based) {
    const code = COUNTRY_NAMES.get(based[1]) ?? lookupPlace(based[1])?.country ?? null;
    if (code) return { country: code, end: j + 1, people: false };
  }
  return null;
}

/** Whether a group head follows one or two lower-case words of description at j ("national security police"). */
function describedHead(tokens: readonly Token[], words: readonly string[], slotAt: readonly (Slot | undefined)[], j: number): boolean {
  for (let k = j; k < j + 2 && k < tokens.length && !slotAt[k] && isModifier(words[k], tokens[k].text) && !/s$/.test(words[k]); k++) {
    if (groupHead(words, k + 1)?.sector) return true;
  }
  return false;
}

/** People who speak for a body, of its sector when they follow a head of business ("industry officials"). */
const SPOKESPEOPLE: ReadonlySet<string> = new Set(['officials', 'official', 'leaders', 'representatives', 'spokesman', 'spokesmen', 'sources']);
/**
 * Groups with no name of their own become slots: "Chinese, Russian and Iranian warships" (a list
 * of demonyms, lower-case modifiers, a group head), "Georgians", "Police in Thailand and Myanmar",
 * "105 people in Nairobi" (a head placed by a country or town). Sector from the head, else from a
 * modifier ("coast guard ship"), else none.
 */
function groupSlots(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const first = countryAdjective(tokens, words, slotAt, i);
    if (first) {
      if (first.people) {
        setGroup(ctx, tokens, slotAt, slotStart, i, first.end, first.country, '');
        continue;
      }
      const list: Array<{ country: string; start: number; end: number }> = [{ country: first.country, start: i, end: first.end }];
      let j = first.end;
      // a country named as such continues past a comma only with another name: "Russia, China and Iran navies";
      // before a demonym the comma ends its clause ("against the United States, Iranian media reported")
      const named = slotAt[i] !== undefined;
      while (j < n && (wordAt(words, j) === ',' || wordAt(words, j) === 'and')) {
        const k = wordAt(words, j) === ',' && wordAt(words, j + 1) === 'and' ? j + 2 : j + 1;
        if (named && wordAt(words, j) === ',' && slotAt[k] === undefined) break;
        const next = countryAdjective(tokens, words, slotAt, k);
        // ("in a deal brokered by Qatar, U.S. officials said": a name after the comma whose group speaks opens an attribution)
        if (next && wordAt(words, j) === ',' && wordAt(words, j + 1) !== 'and' && SPEECH_VERBS.has(wordAt(words, groupHead(words, next.end)?.end ?? next.end))) break;
        if (!next || next.people) {
          // ("Israeli and Hamas negotiators": a demonym joined to a coded body whose head follows shares that head's sector)
          const body = slotAt[k];
          if (body && !body.group && body.entity.actor && wordAt(words, j) === 'and') {
            const after = nextAfterSlot({ tokens, words, slotAt, slotStart, quoteAt: [] }, k);
            const head = groupHead(words, after);
            if (head && head.sector && list.every((part) => DEMONYMS.has(tokens[part.start].text))) {
              for (const part of list) setGroup(ctx, tokens, slotAt, slotStart, part.start, part.end, part.country, head.sector);
              list.length = 0;
              j = after;
              break;
            }
          }
          // "Chinese, Russian and Iranian naval forces" where coref named the last one's group: the others share its sector
          const named = slotAt[k];
          // (a list of demonyms only: in "against the United States, Iranian media reported" the comma ends a clause)
          if (named && !named.group && named.entity.type === 'organization' && named.entity.country && named.entity.sector && DEMONYMS.has(tokens[k].text)
            && list.every((part) => DEMONYMS.has(tokens[part.start].text))) {
            for (const part of list) setGroup(ctx, tokens, slotAt, slotStart, part.start, part.end, part.country, named.entity.sector);
            list.length = 0;
            j = nextAfterSlot({ tokens, words, slotAt, slotStart, quoteAt: [] }, k);
          }
          break;
        }
        list.push({ country: next.country, start: k, end: next.end });
        j = next.end;
      }
      if (list.length === 0) { i = j - 1; continue; }
      // "Senegal's government", "Russia's military": the possessor's group
      if (list.length === 1 && (wordAt(words, j) === "'s" || wordAt(words, j) === '’s')) {
        // ("Nigeria's main labour unions": a word or two of description before the head)
        let h = j + 1;
        // ("Nicaragua's Contra rebels": a capitalised word of description too)
        while (h < j + 3 && !groupHead(words, h) && !slotAt[h] && /^\p{L}\p{Ll}+$/u.test(tokens[h]?.text ?? '') && !PREPOSITIONS.has(wordAt(words, h)) && !DETERMINERS.has(wordAt(words, h))) h++;
        // ("Afghanistan's Taliban administration", "Nicaragua's Sandinista government": a body of the possessor's named before a
        // head of state is the possessor's government)
        const body = h === j + 1 ? slotAt[h] : undefined;
        if (body && body.entity.type === 'organization' && (body.entity.country === null || body.entity.country === list[0].country)) {
          const after = nextAfterSlot({ tokens, words, slotAt, slotStart, quoteAt: [] }, h);
          const ruled = groupHead(words, after);
          if (ruled && ruled.sector === 'GOV' && !slotAt[after]) {
            setGroup(ctx, tokens, slotAt, slotStart, list[0].start, ruled.end, list[0].country, 'GOV');
            i = ruled.end - 1;
            continue;
          }
        }
        const head = groupHead(words, h);
        // (a head that is the country alone only where it acts: "Morocco's intelligence services passed", "Peru's farmers"; not
        // "Ukraine's borders")
        if (head && (head.sector || h > j + 1 || OWNED_ACTING_HEADS.has(wordAt(words, head.end - 1)))) {
          setGroup(ctx, tokens, slotAt, slotStart, list[0].start, head.end, list[0].country, head.sector);
          i = head.end - 1;
          continue;
        }
      }
      // a country mention that already ends in its head: "Belarusian authorities"
      const last = list[list.length - 1];
      const own = slotAt[last.start];
      if (own && list.length === 1) {
        const head = groupHead(words, last.end - 1);
        if (head && head.sector && last.end - last.start > 1 && head.end === last.end) {
          setGroup(ctx, tokens, slotAt, slotStart, last.start, last.end, last.country, head.sector);
          i = last.end - 1;
          continue;
        }
        // a name of several words ("Hong Kong police", "the United States military") reads on to a head after it
        // ("Hong Kong national security police": past a word or two of description)
        if (last.end - last.start > 1 && !groupHead(words, last.end) && !describedHead(tokens, words, slotAt, last.end)) { i = last.end - 1; continue; }
      }
      let sector: string | null = null;
      let modifier = '';
      let k = j;
      for (let m = 0; m < 4 && k < n; m++) {
        if (slotAt[k]) {
          // "Afghan Taliban border guards": a body of the same country named between the demonym and the head
          const body = slotAt[k]!;
          let after = k;
          while (after < n && slotAt[after] === body) after++;
          if (m === 0 && body.entity.type === 'organization' && body.entity.country === last.country && groupHead(words, after)) { k = after; continue; }
          break;
        }
        const head = groupHead(words, k);
        if (head) {
          sector = head.sector || modifier;
          k = head.end;
          for (let next = groupHead(words, k); next && k < n && !slotAt[k]; next = groupHead(words, k)) {
            // ("U.S. rice industry officials", "Japanese industry leaders": the officials of an industry are its people, no state's)
            sector = sector === 'BUS' && next.sector === 'GOV' && SPOKESPEOPLE.has(wordAt(words, k)) ? sector : next.sector || sector;
            k = next.end;
          }
          // ("Hong Kong national security police": a head of no sector read as a word of description before one with a sector)
          if (!sector && describedHead(tokens, words, slotAt, k)) {
            while (!groupHead(words, k)?.sector) k++;
            const described = groupHead(words, k)!;
            sector = described.sector;
            k = described.end;
          }
          // ("U.S. and British warplanes and warships": heads joined by `and` are one group; the first's sector)
          for (let more = wordAt(words, k) === 'and' && !slotAt[k + 1] ? groupHead(words, k + 1) : null; more && (more.sector === sector || !more.sector); more = wordAt(words, k) === 'and' && !slotAt[k + 1] ? groupHead(words, k + 1) : null) k = more.end;
          break;
        }
        const mod = (wordAt(words, k + 1) !== '' ? MODIFIER_PAIRS.get(wordAt(words, k))?.get(wordAt(words, k + 1)) : undefined) ?? MODIFIERS.get(wordAt(words, k));
        if (mod) modifier = mod;
        // ("Thai F-16 jets", "a Russian Su-27 fighter jet": a model's designation describes the head after it)
        // ("Brazilian and U.S. Trade officials": the 1987 wire's capital on the word right after "U.S." is no name's)
        const written = tokens[k - 1]?.text === 'U.S.' ? tokens[k].text.toLowerCase() : tokens[k].text;
        if (!isModifier(wordAt(words, k), written) && !MODEL_NAME.test(tokens[k].text)) break;
        k++;
      }
      if (sector === null) { i = j - 1; continue; }
      // the last country takes the head ("Iranian warships"); the others their own word
      for (let x = 0; x < list.length; x++) {
        const part = list[x];
        setGroup(ctx, tokens, slotAt, slotStart, part.start, x === list.length - 1 ? k : part.end, part.country, sector);
      }
      i = k - 1;
      continue;
    }
    // "Police in Thailand and Myanmar", "four men from Tajikistan", "companies in China and Hong Kong"
    // a head coref made an uncoded mention of ("Police" in "Police in Thailand") is still a head
    const opening = !slotAt[i] || !(slotAt[i]!.entity.actor || slotAt[i]!.entity.country) ? groupHead(words, i) : null;
    if (!opening) continue;
    // ("Coast guard ships from the Philippines, Japan and the United States": heads in a row, the first's sector)
    const head = { ...opening };
    for (let next = groupHead(words, head.end); next && !slotAt[head.end]; next = groupHead(words, head.end)) [head.sector, head.end] = [head.sector || next.sector, next.end];
    // "the leaders of India and Bangladesh", "the navies of Japan and India": a head of named countries
    const of = wordAt(words, head.end) === 'of' && wordAt(words, i - 1) === 'the';
    // (armed forces placed `in` a country may be anyone's, and forces sent `from` one are moved, not owned: "withdrew troops from
    // Mali"; but forces `from` a country that open a clause come from their own: "Troops from Kenya and Uganda began exercises")
    const ownForces = head.sector === 'MIL' && wordAt(words, head.end) === 'from' && opensClause(words, i);
    // ("Forces loyal to the Syrian government", "guerrillas loyal to Palestinian leader Yasser Arafat": armed men loyal to a party
    // are its armed forces, or an armed group where it is out of power)
    if (wordAt(words, head.end) === 'loyal' && wordAt(words, head.end + 1) === 'to' && (head.sector === 'MIL' || head.sector === 'REB')) {
      const master = loyalTo(tokens, words, slotAt, head.end + 2);
      if (master) {
        const sector = master.sector === 'REB' || master.sector === 'OPP' ? 'REB' : head.sector;
        // (the whole phrase is the group: its master is no subject of the verb after it)
        setGroup(ctx, tokens, slotAt, slotStart, i, master.end, master.country, sector);
        i = master.end - 1;
        continue;
      }
    }
    if (!of && !ownForces && (head.sector === 'MIL' || !['in', 'from', 'at'].includes(wordAt(words, head.end)))) continue;
    // ("recalled its ambassador from Mali": an official owned by a party named before is that party's, placed where it serves)
    if (!of && head.sector === 'GOV' && POSSESSIVES.has(wordAt(words, i - 1))) continue;
    const places: Array<{ country: string; start: number; end: number }> = [];
    let j = head.end + 1 + (wordAt(words, head.end + 1) === 'the' && slotAt[head.end + 2] ? 1 : 0);
    while (j < n) {
      const slot = slotAt[j];
      const placed = slot && !slot.group && (slot.entity.type === 'country' || (!of && slot.entity.type === 'location'));
      const country = placed ? slot.entity.country ?? CAPITALS.get(slot.entity.name) ?? lookupPlace(slot.entity.name)?.country ?? null : null;
      // ("the trade ministers of the United States, the European Community and Canada": a bloc in the list keeps its own name)
      const bloc = of && slot && !slot.group && slot.entity.actor?.startsWith('IGO');
      if (!slot || (!country && !bloc)) break;
      let end = j;
      while (end < n && slotAt[end] === slot) end++;
      if (country) places.push({ country, start: j, end });
      if (wordAt(words, end) !== 'and' && wordAt(words, end) !== ',') break;
      j = end + 1;
      // (", Japan and the United States")
      if (wordAt(words, j) === 'and') j++;
      if (wordAt(words, j) === 'the' && slotAt[j + 1]) j++;
    }
    if (places.length === 0) continue;
    setGroup(ctx, tokens, slotAt, slotStart, i, head.end, places[0].country, head.sector);
    for (const p of places) setGroup(ctx, tokens, slotAt, slotStart, p.start, p.end, p.country, head.sector);
    i = places[places.length - 1].end - 1;
  }
}

/** The country and sector of the party named at token j (past `the` and a demonym's own slot), whom forces are loyal to, else null. */
function loyalTo(tokens: readonly Token[], words: readonly string[], slotAt: readonly (Slot | undefined)[], j: number): { country: string; sector: string | null; end: number } | null {
  const k = wordAt(words, j) === 'the' ? j + 1 : j;
  // (a title before the name: "loyal to President Aquino", "loyal to Palestinian leader Yasser Arafat")
  let m = k;
  while (m < k + 4 && m < tokens.length && !slotAt[m] && (startsUpper(tokens[m].text) || TITLE_SECTORS.has(wordAt(words, m)))) m++;
  const slot = slotAt[m];
  if (slot && !slot.group && slot.entity.country) {
    let end = m;
    while (end < tokens.length && slotAt[end] === slot) end++;
    return { country: slot.entity.country, sector: slot.entity.sector, end };
  }
  const named = countryAdjective(tokens, words, slotAt, k);
  const owned = named && !named.people ? groupHead(words, named.end) : null;
  return named && !named.people ? { country: named.country, sector: owned?.sector ?? null, end: owned?.end ?? named.end } : null;
}

/** Token j opens its clause as subject: first in the unit, or after a comma, a dash, `that` or a subordinator (past a number). */
function opensClause(words: readonly string[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && /^(?:\d[\d,.]*|the|some|about|several|hundreds|thousands|more|than)$/.test(wordAt(words, k))) k--;
  return k < 0 || [',', '-', '--', '—', '–', 'that'].includes(wordAt(words, k)) || SUBORDINATORS.has(wordAt(words, k));
}

/** A lower-case word that can stand between a demonym and its head: not a verb, trigger or function word. */
function isModifier(word: string, written: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(written)) return false;
  // a word only a passive pattern starts with ("opposition"), or only a nominal one ("food" of "food deliveries"), is still a noun
  // that can modify ("Chinese food companies")
  const { byFirst, lightVerbs } = lexicon();
  // (a verb's base form is a noun there more often than not: "a Taiwanese trade delegation", "Soviet arms control negotiators")
  if ((byFirst.get(word) ?? []).some((p) => !p.passive && p.frame === 'verb' && p.first.get(word) !== 'base') || lightVerbs.has(word) || PREPOSITIONS.has(word) || DETERMINERS.has(word) || MODALS.has(word) || BE_FORMS.has(word)) return false;
  return !/ed$/.test(word) || word === 'armed' || word === 'guided' || word === 'led';
}

/**
 * ("African National Congress guerrillas attacked", "strike at ANC guerrilla bases"): the armed men of a movement or party named
 * right before them are its armed wing, its country's rebels, not the movement out of power
 */
function armedWings(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const body = slotAt[i - 1];
    // (a state's own bodies keep their code: "Taliban fighters" after the Taliban took power)
    if (!body || slotAt[i] || body.group || body.entity.type !== 'organization' || !body.entity.country || body.entity.sector === 'REB' || STATE_SECTORS.has(body.entity.sector ?? '')) continue;
    if (HEADS.get(wordAt(words, i)) !== 'REB' && !REBEL_MODIFIERS.has(wordAt(words, i))) continue;
    const from = slotStart[i - 1] >= 0 ? slotStart[i - 1] : i - 1;
    setGroup(ctx, tokens, slotAt, slotStart, from, i + 1, body.entity.country, 'REB');
  }
}

/**
 * "General Augusto Pinochet's government", "Ortega's regime": a ruler's government is the government of the ruler's country, also
 * where the ruler is read as a soldier by rank.
 */
function rulersGovernments(ctx: Context, tokens: readonly Token[], words: readonly string[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  for (let j = 1; j + 1 < tokens.length; j++) {
    const ruler = slotAt[j - 1];
    if (!ruler || ruler.group || ruler.entity.type !== 'person' || !ruler.entity.country || ruler.entity.sector === 'GOV') continue;
    if (!POSSESSIVE_MARKS.has(wordAt(words, j)) || !RULER_HEADS.has(wordAt(words, j + 1)) || slotAt[j + 1]) continue;
    setGroup(ctx, tokens, slotAt, slotStart, slotStart[j - 1] >= 0 ? slotStart[j - 1] : j - 1, j + 2, ruler.entity.country, 'GOV');
  }
}

function setGroup(ctx: Context, tokens: readonly Token[], slotAt: (Slot | undefined)[], slotStart: number[], from: number, to: number, country: string, sector: string): void {
  // (an armed movement's adjective carries its own code, whatever the head: "Tigrayan forces" are ETHREB)
  if (country.length > 3) [country, sector] = [country.slice(0, 3), country.slice(3)];
  const entity = groupEntity(ctx, country, sector, { start: tokens[from].start, end: tokens[to - 1].end, text: ctx.text.slice(tokens[from].start, tokens[to - 1].end) });
  const slot = slotOf(entity, tokens[from].start, tokens[to - 1].end, undefined, true);
  for (let j = from; j < to; j++) [slotAt[j], slotStart[j]] = [slot, from];
}

/** The person of that country (`*`: of any) mentioned last before `at` (the "counterpart" of a dispatch). */
function latestPerson(ctx: Context, country: string | null, at: number): Entity | null {
  if (!country) return null;
  let best: Entity | null = null;
  let bestStart = -1;
  for (const m of ctx.mentions) {
    if (m.start >= at) break;
    const e = ctx.entities.get(m.entity);
    if (e && e.type === 'person' && (e.country === country || country === '*') && m.start > bestStart) [best, bestStart] = [e, m.start];
  }
  return best;
}

/** Headings have no mentions from coref: find the document's entity names and capitals in them. */
function headingMentions(ctx: Context, tokens: readonly Token[], slotAt: (Slot | undefined)[], slotStart: number[]): void {
  const names: Array<[string[], Entity]> = [];
  for (const e of ctx.entities.values()) {
    if (e.type === 'location') continue;
    const forms = new Set([e.name, ...e.aliases]);
    if (e.type === 'country') for (const [capital, code] of CAPITALS) if (code === e.country) forms.add(capital);
    for (const f of forms) if (/^\p{Lu}/u.test(f) && f.length >= 3) names.push([tokenize(f).map((t) => t.text), e]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  for (let j = 0; j < tokens.length; j++) {
    if (slotAt[j]) continue;
    for (const [seq, entity] of names) {
      if (j + seq.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < seq.length; k++) if (tokens[j + k].text !== seq[k]) { ok = false; break; }
      if (!ok) continue;
      const slot = slotOf(entity, tokens[j].start, tokens[j + seq.length - 1].end);
      for (let k = 0; k < seq.length; k++) [slotAt[j + k], slotStart[j + k]] = [slot, j];
      j += seq.length - 1;
      break;
    }
  }
}

/** An aircraft's or weapon's model designation ("F-16", "Su-27", "MiG-29", "B-52"). */
const MODEL_NAME = /^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?$/;
