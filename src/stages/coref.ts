/**
 * Coreference stage: one entity per real-world actor inside the article.
 * "Army General Valery Gerasimov" = "Gerasimov" = "he" = "the chief of the Russian General Staff";
 * "Shanghai Cooperation Organization" = "SCO"; "Russia’s Defense Ministry" = "the ministry".
 * Every entity gets its canonical name, rank, titles, country, sector and actor code.
 */
import type { Dateline, Entity, EntityType, Mention, Message } from '../model.js';
import { membersNameSector, recastMention, type MentionsLayer, type RawMention } from './mentions.js';
import { countryName, demonymOf, DEMONYMS } from '../lexicon/countries.js';
import { titleCase } from '../gazetteer.js';

/**
 * Bodies every government has, named without their country in home copy: a ministry, a department in the American style or a state
 * agency, by what it deals with ("the Justice Department", "the Grain Products Ministry", "the Post and Telecommunications Ministry",
 * "the Ministry of International Trade and Industry", "the Environmental Protection Agency"; not a news agency), and a state
 * commission, board or tribunal ("the Arbitration Commission", "the Prices and Incomes Board"; not one of many states, "the
 * European Commission", "the Joint Economic Commission").
 */
const HOME_BODY = /^(?:(?:[A-Z][a-z]+ (?:and )?){1,3}(?:Ministry|Department)|(?!.*\b(?:News|Press)\b)(?:[A-Z][a-z]+ ){1,3}Agency|(?!.*\b(?:International|World|European|Joint)\b)(?:[A-Z][a-z]+ (?:and )?){1,3}(?:Commission|Board|Tribunal)|(?:Ministry|Department) of [A-Z][a-z]+(?:,? (?:and )?[A-Z][a-z]+)*|General Staff|Armed Forces|Cabinet|Parliament|Government)$/;
import { NOMINAL_EQUIVALENTS } from '../lexicon/nominals.js';
import { isLabourDispute, LABOUR_UNION_NAME, LEGISLATURES } from '../lexicon/organizations.js';
/** A legislature or one of its committees, named without a country or place before it ("Senate Agriculture Committee", not "Ontario Parliament"). */
const HOME_LEGISLATURE = new RegExp(`^(?:${[...LEGISLATURES].sort((a, b) => b.length - a.length).join('|')})(?=$|\\s)`);
import { leaderByName, leaderBySurname } from '../lexicon/leaders.js';
import { agencyByName } from '../lexicon/agencies.js';
import { SHARED_BODY_NAMES, SHORT_NAMES } from '../lexicon/organizations.js';
import { MEETING_PLACES } from '../lexicon/places.js';
import { closingFormCountries } from '../lexicon/legal-forms.js';
import { sortedBy } from './search.js';

export interface CorefLayer {
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly messages: readonly Message[];
}

interface Cluster {
  type: EntityType;
  mentions: RawMention[];
  /** Lower-case name tokens of the longest name, for surname matching. */
  nameTokens: readonly string[];
  name: string;
  key: string;
  code: string | null;
}

/**
 * The clusters of one article as they are built, and the tokens of its names (split once per
 * article: names recur and are read in every pass). The functions below take it instead of
 * closing over it: closures made for every article lose their optimised code at each full
 * garbage collection.
 */
interface ClusterBook {
  readonly clusters: Cluster[];
  readonly byKey: Map<string, Cluster>;
  readonly assigned: Map<RawMention, Cluster>;
  readonly tokensOfName: Map<string, readonly string[]>;
}

function nameTokens(book: ClusterBook, name: string): readonly string[] {
  let tokens = book.tokensOfName.get(name);
  if (tokens === undefined) book.tokensOfName.set(name, (tokens = splitName(name)));
  return tokens;
}

/**
 * The short forms a story may give its companies, to the key of the company's cluster: a company named with its legal form
 * ("Fujitsu Ltd", "Wells Fargo and Co") is named again by its first word or two ("Fujitsu", "Wells Fargo").
 */
function companyHeads(book: ClusterBook, names: readonly RawMention[]): Map<string, string> {
  const heads = new Map<string, string>();
  for (const m of names) {
    if (m.type !== 'organization' || m.sector !== 'BUS' || m.form !== 'name') continue;
    const t = nameTokens(book, m.name);
    for (let k = 1; k <= Math.min(2, t.length - 1); k++) {
      const head = t.slice(0, k).join(' ');
      if (!heads.has(head)) heads.set(head, keyOf(m));
    }
  }
  return heads;
}

function openCluster(book: ClusterBook, m: RawMention, key: string, name: string): Cluster {
  const cluster: Cluster = { type: m.type, mentions: [], nameTokens: nameTokens(book, name), name, key, code: m.code };
  book.clusters.push(cluster);
  book.byKey.set(key, cluster);
  return cluster;
}

function joinCluster(book: ClusterBook, m: RawMention, cluster: Cluster): void {
  cluster.mentions.push(m);
  book.assigned.set(m, cluster);
  if (m.form === 'name' && m.type === cluster.type && nameTokens(book, m.name).length > cluster.nameTokens.length) {
    cluster.name = m.name;
    cluster.nameTokens = nameTokens(book, m.name);
  }
  cluster.code ??= m.code;
}

/**
 * The country a dispatch's dateline gives people the text names with none: the dateline's, unless the dateline is a city that
 * hosts the world's diplomacy ("GENEVA - ... Glitman, who heads the American team": his country is told or is not ours to guess).
 */
export function peopleCountry(dateline: Dateline | null): string | null {
  return dateline?.place && MEETING_PLACES.has(dateline.place) ? null : dateline?.country ?? null;
}

export function resolveCoreference(text: string, layer: MentionsLayer, datelineCountry: string | null = null): CorefLayer {
  const messages: Message[] = [];
  const book: ClusterBook = { clusters: [], byKey: new Map(), assigned: new Map(), tokensOfName: new Map() };
  const { clusters, byKey, assigned } = book;

  // Pass 1: names. Full names first so that a surname seen earlier still finds its person.
  const names = layer.mentions.filter((m) => m.form === 'name' || m.form === 'acronym' || m.form === 'capital');
  // Token counts taken once, not twice per comparison.
  const ordered = names
    .map((m) => ({ m, length: nameTokens(book, m.name).length }))
    .sort((a, b) => b.length - a.length || a.m.start - b.m.start)
    .map(({ m }) => m);
  const acronyms = new Map<string, string>();
  for (const m of names) if (m.acronym) acronyms.set(m.acronym, keyOf(m));
  const surnames = new Set<string>();
  for (const m of names) {
    if (m.type !== 'person') continue;
    const t = nameTokens(book, m.name);
    if (t.length < 2) continue;
    surnames.add(t[t.length - 1]);
    surnames.add(t.join(' '));
    if (t.length <= 3 && t[0].length <= 5) surnames.add(t[0]); // family name first: "Xi", "Kim", "Chang"
  }
  const companies = companyHeads(book, names);
  for (const original of ordered) {
    // A person's surname the tagger took for an organization or a place elsewhere ("Moskalkova told").
    const m = original.type !== 'person' && original.form === 'name' && !original.code && surnames.has(normaliseName(original.name)) ? recastMention(original, { type: 'person' }) : original;
    // A company's short form the tagger took for a person ("Fujitsu Ltd ... Fujitsu said"), unless a person of the story bears it.
    const company = m.type === 'person' && m.form === 'name' && !m.code && !surnames.has(normaliseName(m.name)) ? byKey.get(companies.get(normaliseName(m.name)) ?? '') : undefined;
    if (company) {
      const asCompany = recastMention(m, { type: 'organization' });
      joinCluster(book, asCompany, company);
      assigned.set(original, company);
      continue;
    }
    const acronym = m.type === 'organization' && /^[A-Z]{2,}$/.test(m.text) ? acronyms.get(m.text) : undefined;
    const key = acronym ?? (m.form === 'acronym' && acronyms.has(m.name) ? acronyms.get(m.name)! : keyOf(m));
    // "the Commission", "the Community": a body named before in full.
    let cluster = m.type === 'organization' && m.form === 'name' && !m.code && !m.text.includes(' ') ? bodyNamedBefore(m, clusters) : undefined;
    cluster ??= byKey.get(key);
    if (!cluster && m.type === 'person') {
      const short = nameTokens(book, m.name);
      cluster = clusters.find((c) => c.type === 'person' && surnameMatch(c.nameTokens, short));
    }
    if (!cluster && m.type === 'organization' && m.form === 'acronym') cluster = byKey.get(acronyms.get(m.text) ?? '');
    joinCluster(book, m, cluster ?? openCluster(book, m, key, m.name));
    if (m !== original) assigned.set(original, assigned.get(m)!);
  }

  // Pass 2: titles, nominals and pronouns, in text order, to the nearest fitting entity before them.
  // (the mentions stage gives them in text order: no copy to sort then)
  const inOrder = sortedBy(layer.mentions, byStart) ? layer.mentions : [...layer.mentions].sort((a, b) => a.start - b.start);
  const seen: RawMention[] = [];
  for (const m of inOrder) {
    if (assigned.has(m)) {
      seen.push(m);
      continue;
    }
    // ("praised Gorbachev as a leader she could ...": an indefinite nominal says what someone is, it names no one)
    if (m.form === 'title' && m.type === 'person' && /^an?\s/i.test(m.text) && /^as\s+$/i.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    const target = m.form === 'pronoun' ? pronounTarget(text, m, seen, assigned) : appositiveTarget(text, m, names, assigned) ?? agencyTarget(text, m, names, assigned) ?? (newBody(text, m) ? null : nominalTarget(m, seen, assigned, clusters));
    if (target) {
      joinCluster(book, m, target);
      seen.push(m);
    } else if (m.form === 'title' && m.type === 'person') {
      // A title whose holder is never named: an entity of its own ("a Kremlin spokesman").
      const cluster = openCluster(book, m, `title:${m.text.toLowerCase()}`, m.text.replace(/^the\s+/i, ''));
      joinCluster(book, m, cluster);
      seen.push(m);
    } else if (m.form === 'title' && m.type === 'organization' && (m.country || (datelineCountry && HOME_BODY.test(m.name)))) {
      // "Ukraine’s air force" with no antecedent: a body of its own, named by country and head; so is "the foreign ministry said" in
      // a dispatch from Paris, the home government's ministry, placed below as "the Foreign Ministry" is
      joinCluster(book, m, byKey.get(`organization:${normaliseName(m.name)}`) ?? openCluster(book, m, `organization:${normaliseName(m.name)}`, m.name));
      seen.push(m);
    } else if (m.form === 'nominal' && m.type === 'country') {
      joinCluster(book, m, byKey.get(`country:${m.country}`) ?? openCluster(book, m, `country:${m.country}`, m.name));
      seen.push(m);
    } else {
      messages.push({ stage: 'coref', message: `"${m.text}" refers to no entity found before it`, start: m.start, end: m.end, severity: 'info' });
    }
  }

  // Entities in order of first mention, with stable ids.
  const live = clusters.filter((c) => c.mentions.length > 0);
  const firstStart = new Map(live.map((c) => [c, c.mentions.reduce((min, m) => Math.min(min, m.start), Infinity)]));
  live.sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  // (asked for each company with no country, of which a business story names many: read once, when first asked)
  let labourDispute: boolean | undefined;
  const labourStory = () => (labourDispute ??= isLabourDispute(text));
  for (let index = 0; index < live.length; index++) {
    const cluster = live[index];
    const id = `e${index + 1}`;
    const entity = placeCluster(text, layer, assigned, datelineCountry, cluster, id, entities, messages, labourStory);
    entities.push(entity);
    for (const m of cluster.mentions) mentions.push({ kind: 'mention', start: m.start, end: m.end, text: m.text, type: m.type, form: m.form, entity: id });
    if (entity.type === 'person' && entity.country === null) {
      const first = cluster.mentions[0];
      messages.push({ stage: 'coref', message: `country of "${entity.name}" unknown; actor code left empty`, start: first.start, end: first.end, severity: 'info' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions, messages };
}

/**
 * The entity of a cluster, with the country and sector its story gives it when its own mentions
 * give none (the dispatch's dateline, the agency quoting it, the one country named before).
 * A function of its own, not a callback made for every article: such closures lose their
 * optimised code at each full garbage collection.
 */
function placeCluster(text: string, layer: MentionsLayer, assigned: Map<RawMention, Cluster>, datelineCountry: string | null, cluster: Cluster, id: string, entities: readonly Entity[], messages: Message[], labourStory: () => boolean): Entity {
  const entity = toEntity(id, cluster);
  if (entity.type === 'person') return placePerson(text, layer, assigned, datelineCountry, cluster, entity, entities, messages);
  if (entity.type === 'organization') return placeBody(text, datelineCountry, cluster, entity, entities, messages, labourStory);
  return entity;
}

/** A person's country and sector, where the text leaves them out, in order of the evidence's strength. */
function placePerson(text: string, layer: MentionsLayer, assigned: Map<RawMention, Cluster>, datelineCountry: string | null, cluster: Cluster, person: Entity, entities: readonly Entity[], messages: Message[]): Entity {
  let entity = person;
  // A person with no country in the text: wire copy names the home country's officials and
  // people without it ("Finance minister Rachel Reeves" under a LONDON dateline).
  // An official of an intergovernmental body keeps the body's code ("World Bank President Barber Conable" is IGOWB, wherever the dispatch is from).
  // "IRNA, monitored in Nicosia, quoted Oil Minister Gholamreza Aqazadeh": an official a news
  // agency quotes is of the agency's country, not of the listening post's.
  // ("the Asian Development Bank (ADB) ... ADB President Masao Fujioka"): an office titled by the short form the text gave a body of
  // states is the body's
  // ("A World Bank team led by senior economist Katrine Saito arrived in Uganda"): so is the head of a team a body of states sends
  const body = unplacedPerson(entity) ? acronymBodyOf(cluster, layer.mentions) ?? teamBody(text, cluster, layer.mentions) : null;
  if (body) entity = { ...entity, sector: 'IGO', actor: body };
  const quoting = unplacedPerson(entity) ? quotingAgency(text, cluster, layer.mentions, assigned) : null;
  if (quoting) entity = placedEntity(entity, quoting, entity.name);
  const employer = unplacedPerson(entity) ? appositionBody(text, cluster, layer.mentions) : null;
  // (a ministry's official is of its government; other bodies' sectors are left to the person's own words)
  if (employer) entity = placedEntity(entity.sector || employer.sector !== 'GOV' ? entity : { ...entity, sector: 'GOV' }, employer.country!, entity.name);
  // ("Brazilian Finance Minister Dilson Funaro and central bank president Francisco Gros": an official joined by `and` to one the
  // text places is of that one's country, before the dateline's)
  // ("the Nigerian team, headed by Finance Minister Che Okongwu": the head of a team a demonym places is of its country)
  const team = unplacedPerson(entity) ? teamCountry(text, cluster) : null;
  if (team) entity = placedEntity(entity, team, entity.name);
  const partner = unplacedPerson(entity) ? partnerCountry(text, cluster, layer.mentions, assigned, entities) : null;
  if (partner) entity = placedEntity(entity, partner, entity.name);
  // ("GUANAJUATO, Mexico - Venezuela has no plans to renegotiate ..., public finance director Jorge Marcano told Reuters": the
  // official who tells of a country's act in the sentence's tail speaks for that country, not for the dispatch's)
  const spokenFor = unplacedPerson(entity) ? tailSpeakerCountry(text, cluster, layer.mentions) : null;
  if (spokenFor) entity = placedEntity(entity, spokenFor, entity.name);
  // ("KUWAIT - Sen. John Warner urged Kuwait ...": a member of the U.S. Congress by the titles only its members are given in English
  // wire copy is an American wherever the dispatch is from; the Philippines' Congress gives the same titles)
  if (entity.country === null && datelineCountry !== 'PHL' && entity.titles.some((t) => CONGRESS_TITLES.has(t))) entity = placedEntity(entity, 'USA', entity.name);
  // ("CHICAGO - South Korea's record trade surplus with the U.S. is bound to diminish ..., Trade Minister Woong-Bae Rha said"): the
  // United States has secretaries, no ministers, so a minister in a dispatch from an American city is of another country his
  // sentence names, and of none the dispatch gives when it names none
  const ministerAbroad = entity.country === null && datelineCountry === 'USA' && entity.titles.some((t) => MINISTER.test(t));
  const ministerOf = ministerAbroad ? otherCountryOfSentence(cluster, layer.mentions, 'USA') : null;
  if (ministerOf) entity = placedEntity(entity, ministerOf, entity.name);
  // ("WASHINGTON - A spokesman for the Pharmaceutical Manufacturers Association said"): an officer of a body of members, told by the
  // office alone, is of the home country as the body is (placeBody), with the body's sector the mentions stage gave the office
  if (entity.country === null && datelineCountry && (entity.sector === 'BUS' || entity.sector === 'NGO') && entity.titles.some(membersBodyOffice)) {
    entity = fromDateline(entity, cluster, datelineCountry, entity.name, messages);
  }
  // ("LONDON - Iran's navy commander warned ..., Tehran radio said. Commodore Mohammed Malekzadegan told a news conference"): people
  // a dispatch filed abroad names after it gave its source, a broadcaster of another country, are of the broadcaster's country
  const relayed = unplacedPerson(entity) && datelineCountry ? relayedFrom(text, cluster, layer.mentions, datelineCountry) : null;
  if (relayed) entity = placedEntity(entity, relayed, entity.name);
  if (entity.country === null && datelineCountry && !ministerAbroad && entity.sector !== 'IGO' && cluster.mentions.some((m) => m.form === 'name')) {
    entity = fromDateline(entity, cluster, datelineCountry, entity.name, messages);
  }
  // "Kremlin critic Vladimir Kara-Murza", "government critic X": a critic of those in power is of the opposition, of the
  // country the seat of power named is in
  if (entity.sector !== 'OPP' && entity.sector !== 'IGO') {
    const critic = criticOf(text, cluster.mentions);
    if (critic !== null) {
      const country = critic || entity.country;
      entity = { ...entity, country, sector: 'OPP', actor: country ? `${country}OPP` : null };
    }
  }
  // "Istanbul Mayor Ekrem Imamoglu, President Tayyip Erdogan's main political rival,": a rival or critic of those in power is of the opposition
  if (entity.sector !== 'OPP' && cluster.mentions.some((m) => RIVAL_APPOSITION.test(text.slice(m.end, m.end + 80)))) {
    entity = { ...entity, sector: 'OPP', actor: entity.country ? `${entity.country}OPP` : entity.actor };
  }
  // "Tanzania lifted a ban ... Opposition leader Freeman Mbowe welcomed it": an opposition figure, journalist, judge
  // or activist with no country named is of the one country the story has named before
  // ("Philippine police arrested former President Rodrigo Duterte ... Vice President Sara Duterte called": so is a ruler named with
  // an office of state, a foreign one being named with his country)
  if (entity.country === null && entity.sector !== null && (STORY_SECTORS.has(entity.sector) || (entity.sector === 'GOV' && namedOffice(cluster.mentions)))) {
    const country = soleCountry(entities);
    if (country) {
      entity = { ...entity, country, actor: `${country}${entity.sector}` };
      const first = cluster.mentions[0];
      messages.push({ stage: 'coref', message: `country of "${entity.name}" taken from the story (the one country named before)`, start: first.start, end: first.end, severity: 'info' });
    }
  }
  return entity;
}

/** A body's country and sector, where the text leaves them out. */
function placeBody(text: string, datelineCountry: string | null, cluster: Cluster, body: Entity, entities: readonly Entity[], messages: Message[], labourStory: () => boolean): Entity {
  let entity = body;
  // "the opposition National Civic Crusade" under a PANAMA CITY dateline: a body the text calls the opposition is the opposition of
  // the dispatch's country, else of the one country the story has named
  if (entity.country === null && !entity.actor && cluster.mentions.some((m) => OPPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))) {
    const country = datelineCountry ?? soleCountry(entities);
    if (country) {
      entity = { ...entity, country, sector: 'OPP', actor: `${country}OPP` };
      const first = cluster.mentions[0];
      messages.push({ stage: 'coref', message: `"${entity.name}" taken as the opposition of ${country}`, start: first.start, end: first.end, severity: 'info' });
    }
  }
  // ("Hezbollah fired rockets ... hours after the Lebanese group fired": a country's group named again by its demonym is the armed
  // group of that country named before it)
  if (entity.country && entity.sector === null && /^\p{Lu}[\p{L}-]+\s+(?:group|movement|militia)$/iu.test(entity.name)) {
    const armed = entities.find((e) => e.country === entity.country && e.sector === 'REB');
    if (armed) entity = { ...entity, sector: 'REB', actor: armed.actor };
  }
  // "Georgia's ruling party said it would withdraw the bill", "the ruling Frelimo party": a party in power acts for the government
  // (also when the mention is the name alone: "from the ruling Georgian Dream party")
  if (entity.country && (entity.sector === 'PTY' || entity.sector === null) && cluster.mentions.some((m) => rulingParty(text, m, entity.sector === 'PTY'))) {
    entity = { ...entity, sector: 'GOV', actor: `${entity.country}GOV` };
  }
  // "the United Auto Workers" or "the National Union of Mineworkers" with no country in a dispatch from Detroit or Johannesburg: a
  // labour union is of the home country, as its members are; not one whose name spans states ("the International Confederation
  // of Free Trade Unions")
  if (entity.country === null && datelineCountry && !entity.actor && LABOUR_UNION_NAME.test(entity.name) && !BEYOND_STATES.test(entity.name)) {
    entity = fromDateline(entity, cluster, datelineCountry, entity.name, messages);
  }
  // "the Semiconductor Industry Association urged the U.S. government" or "the National Association of Manufacturers" with no
  // country in a dispatch from Washington: a body named by the trade of its members is of the home country, as they are
  if (entity.country === null && datelineCountry && !entity.actor && !BEYOND_STATES.test(entity.name)) {
    const members = membersNameSector(entity.name);
    if (members) entity = fromDateline({ ...entity, sector: entity.sector ?? members }, cluster, datelineCountry, entity.name, messages);
  }
  // ("the Association of Indonesian Coffee Exporters", "the Colombian Coffee Exporters Federation"): a body named by the trade of its
  // members keeps their sector when its name gives its country too, as it does when the dateline gives it
  if (entity.country && entity.sector === null && entity.actor === entity.country && !BEYOND_STATES.test(entity.name)) {
    const members = membersNameSector(entity.name);
    if (members) entity = { ...entity, sector: members, actor: `${entity.country}${members}` };
  }
  // ("TRAIL, British Columbia - Cominco Ltd said it set talks with three striking union locals", "The Writers Guild of America said
  // the strike was called after the companies refused to negotiate"): in a dispatch of a labour dispute, a company with no country is
  // the employer the union faces, a business of the home country as its union and workers are
  if (entity.country === null && entity.sector === 'BUS' && datelineCountry && labourStory()) {
    entity = fromDateline(entity, cluster, datelineCountry, entity.name, messages);
  }
  // ("NEW YORK - UAL Inc said", "TOKYO - Fuji Bank Ltd was ordered"): a company the text does not place is of the dispatch's
  // country, as the wire's business copy is filed from the home city of the firms it reports on and names a foreign firm with
  // its country ("Japan's Toshiba Corp", "the Dutch group Akzo"); the writers of real copy code such firms so (USABUS, JPNBUS)
  // (not a firm whose legal form no company of the dispatch's country bears: "NEW YORK - Hitachi Ltd", "Siemens AG")
  if (entity.country === null && entity.sector === 'BUS' && datelineCountry && !entity.actor && !BEYOND_STATES.test(entity.name) && formAllows(entity, datelineCountry)) {
    entity = fromDateline(entity, cluster, datelineCountry, entity.name, messages);
  }
  // "the Foreign Ministry" with no country in a dispatch from Ankara: the home government's.
  // So is "the Senate" or "the Senate Agriculture Committee" in a dispatch from Washington.
  if (entity.country === null && datelineCountry && !entity.actor && (HOME_BODY.test(entity.name) || (entity.sector === 'LEG' && HOME_LEGISLATURE.test(entity.name)))) {
    const demonym = demonymOf(datelineCountry);
    entity = fromDateline(entity, cluster, datelineCountry, demonym ? `${demonym} ${entity.name}` : entity.name, messages);
  }
  return entity;
}

/** The entity placed in the dispatch's country under `name`, with a message saying so (the reader can see where a code came from). */
function fromDateline(entity: Entity, cluster: Cluster, country: string, name: string, messages: Message[]): Entity {
  const first = cluster.mentions[0];
  messages.push({ stage: 'coref', message: `country of "${name}" taken from the dateline`, start: first.start, end: first.end, severity: 'info' });
  return placedEntity(entity, country, name);
}

/** Whether every legal form closing one of a firm's names is one that companies of `country` bear (true for a name of no form). */
function formAllows(entity: Entity, country: string): boolean {
  return entity.aliases.every((name) => {
    const countries = closingFormCountries(name.split(/\s+/));
    return !countries || countries.includes(country);
  });
}

/** An office of a body of members within one state ("spokesman for the Pharmaceutical Manufacturers Association"). */
function membersBodyOffice(title: string): boolean {
  const body = /\b(?:of|for)\s+(?:the\s+)?(.+)$/.exec(title)?.[1];
  return body !== undefined && (membersNameSector(body) !== undefined || LABOUR_UNION_NAME.test(body)) && !BEYOND_STATES.test(body);
}

/** Words of a body's name that reach past one state ("International", "World", "European", "Pan-African"). */
const BEYOND_STATES = /\b(?:International|World|Inter-\w+|European|Asian|African|Pan-\w+|Arab|Latin|Nordic|Caribbean|Pacific|Atlantic|Global)\b/;

/** "the opposition", "the main opposition", "the opposition alliance" right before a body's name. */
const OPPOSITION_BEFORE = /\b(?:main|leading|largest|banned|exiled)?\s*opposition(?:\s+(?:party|alliance|coalition|movement|group|front))?\s+$/i;

/** Whether a person is told by an office of state ("Vice President Sara Duterte", "the prime minister"), not as a negotiator. */
function namedOffice(mentions: readonly RawMention[]): boolean {
  return mentions.some((m) => (m.form === 'name' ? m.titles.some((t) => STATE_OFFICE.test(t)) : RULER.test(m.text)));
}
/** A ruler told by his office alone ("the prime minister"; "the secretary general" of a union is none). */
const RULER = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|governor)\b/i;
const STATE_OFFICE = /\b(?:president|prime minister|premier|minister|chancellor|king|queen|emir|sultan|vice-president|secretary(?![ -]general)|governor|mayor|spokesman|spokeswoman|spokesperson)\b/i;

/** An apposition that makes a person a rival or critic of the government: ", President X's main political rival,". */
const RIVAL_APPOSITION = /^,\s+(?:(?:[^,;.]{0,50}?\s)?(?:main|chief|leading|top|biggest|fiercest|staunch|prominent|outspoken|key)?\s*(?:political\s+)?(?:rival|critic|opponent|challenger|foe)s?\b|(?:the\s+)?(?:leaders?|founders?|organi[sz]ers?)\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:campaign|movement|protest|protests|opposition)\b)/;

/**
 * Sectors of people who are of the country a story is about when it names no other: the opposition,
 * journalists, judges, police, activists ("pro-democracy media tycoon Jimmy Lai" after "Hong Kong
 * police"). Officials and soldiers are not: a story names foreign counterparts without their country.
 */
const STORY_SECTORS: ReadonlySet<string> = new Set(['OPP', 'MED', 'JUD', 'COP', 'NGO']);

/** The one country the entities so far belong to (bodies of nations only), or null when none or several. */
function soleCountry(entities: readonly Entity[]): string | null {
  let found: string | null = null;
  for (const e of entities) {
    if (e.country === null || e.sector === 'IGO') continue;
    if (found !== null && e.country !== found) return null;
    found = e.country;
  }
  return found;
}

/**
 * The body a one-word name stands for ("Commission"): the one nearest before it (else the first
 * after) whose name ends in the word, or whose short names hold it (organizations.ts).
 */
function bodyNamedBefore(m: RawMention, clusters: readonly Cluster[]): Cluster | undefined {
  const word = m.text;
  const lower = word.toLowerCase();
  let best: Cluster | undefined;
  let bestBefore = -1;
  let bestAfter = Infinity;
  for (const c of clusters) {
    if (c.type !== 'organization' || c.nameTokens.length < 2) continue;
    const fits = c.nameTokens[c.nameTokens.length - 1] === lower || (c.code !== null && SHORT_NAMES[c.code]?.includes(word)) || c.mentions.some((x) => x.text.endsWith(` ${word}`));
    if (!fits) continue;
    for (const x of c.mentions) {
      if (x.start < m.start ? x.start > bestBefore : bestBefore < 0 && x.start < bestAfter) {
        best = c;
        if (x.start < m.start) bestBefore = x.start;
        else bestAfter = x.start;
      }
    }
  }
  return best;
}

/**
 * The country of the broadcaster a dispatch filed abroad gives as its source before the person's first mention ("Tehran radio said",
 * "Baghdad television reported"), when it is not the dateline's (see placePerson).
 */
function relayedFrom(text: string, cluster: Cluster, mentions: readonly RawMention[], datelineCountry: string): string | null {
  const first = cluster.mentions.reduce((a, m) => Math.min(a, m.start), Infinity);
  for (const m of mentions) {
    if (m.start >= first) break;
    if (m.country && m.country !== datelineCountry && (m.type === 'location' || m.type === 'country') && BROADCAST_AFTER.test(text.slice(m.end, m.end + 40))) return m.country;
  }
  return null;
}

/** A broadcaster named by its city or country, told as a source: "radio said", "television reported", "radio, monitored in". */
const BROADCAST_AFTER = /^\s+(?:radio|television|TV)(?:\s+\w+)?\s*(?:,\s*monitored|said|says|reported|quoted)/;

/**
 * The country of a news agency that "quoted" the person's first named mention in the same sentence, before the name or right after it
 * ("Finance Minister Beshir Omer, quoted by SUNA, said").
 */
function quotingAgency(text: string, cluster: Cluster, mentions: readonly RawMention[], assigned: Map<RawMention, Cluster>): string | null {
  const first = cluster.mentions.reduce<RawMention | null>((a, m) => (m.form === 'name' && (!a || m.start < a.start) ? m : a), null);
  if (!first) return null;
  for (const m of mentions) {
    // (the agency's name given again, "quoted by SUNA", is the agency the cluster reads as the press)
    const agency = m.sentence === first.sentence && m.type === 'organization' ? assigned.get(m) : undefined;
    if (!agency || !agency.mentions.some((x) => x.sector === 'MED')) continue;
    const quotes = m.start < first.start ? first.start - m.end <= 60 && /\bquot(?:ed|ing|es)\b/.test(text.slice(m.end, first.start)) : QUOTED_BY.test(text.slice(first.end, m.start));
    if (!quotes) continue;
    const country = mostCommon(agency.mentions.map((x) => x.country)) ?? agencyByName(agency.name)?.country ?? null;
    if (country) return country;
  }
  return null;
}

/**
 * Whether a nominal brings in a body of its own, none named before: an indefinite one that is a verb's subject ("The Bundesbank said ...
 * A bank may decline to issue a bond"); one that modifies a noun may still be the body named ("a bank mission would travel to Brazil").
 */
function newBody(text: string, m: RawMention): boolean {
  return m.type === 'organization' && /^an?\s/i.test(m.text) && VERB_AFTER.test(text.slice(m.end, m.end + 12));
}

/** A modal, an auxiliary or a verb of saying right after a nominal, whose subject it is ("a bank may", "a bank said"). */
const VERB_AFTER = /^\s+(?:may|might|will|would|can|could|should|must|has|have|had|is|was|are|were|said|says)\b/;

/** The words between a name and the agency after it that quotes him: ", quoted by the". */
const QUOTED_BY = /^,\s+quoted\s+by\s+(?:the\s+)?(?:official\s+)?$/;

/**
 * "Alexander Ivanov, head of the Gulf desk at the Soviet Foreign Ministry, told": the country of the body an apposition right after a
 * person's name places him in, whatever the dispatch's dateline (KUWAIT), and its sector for a person of none; null when there is none.
 */
function appositionBody(text: string, cluster: Cluster, mentions: readonly RawMention[]): RawMention | null {
  for (const name of cluster.mentions) {
    if (name.form !== 'name' || text.charAt(name.end) !== ',') continue;
    for (const m of mentions) {
      if (m.sentence !== name.sentence || m.start <= name.end || m.start - name.end > 80 || !m.country || (m.type !== 'organization' && m.type !== 'country')) continue;
      if (APPOSITION_TO_BODY.test(text.slice(name.end, m.start))) return m;
    }
  }
  return null;
}

/** The code of a body of states whose short form, given in the text ("(ADB)"), opens a title of the person's name ("ADB President"). */
function acronymBodyOf(cluster: Cluster, mentions: readonly RawMention[]): string | null {
  for (const name of cluster.mentions) {
    if (name.form !== 'name') continue;
    for (const title of name.titles) {
      const first = /^[A-Z]{2,6}(?=\s)/.exec(title)?.[0];
      if (!first) continue;
      const body = mentions.find((m) => m.type === 'organization' && m.form === 'acronym' && m.text === first && m.code?.startsWith('IGO'));
      if (body) return body.code;
    }
  }
  return null;
}

/** A person the text gives no country and no body's code: one a later step may place. */
function unplacedPerson(entity: Entity): boolean {
  return entity.type === 'person' && entity.country === null && entity.sector !== 'IGO';
}

/** Titles English wire copy gives members of the U.S. Congress (and of the Philippines'), not of other legislatures. */
const CONGRESS_TITLES: ReadonlySet<string> = new Set(['Sen.', 'Rep.', 'Congressman', 'Congresswoman', 'congressman', 'congresswoman']);

/** "the Nigerian team, headed by", "a Soviet delegation led by": a group a demonym places, then its head's title words. */
const LED_TEAM = /\b(?:[Tt]he|[Aa]n?)\s+(\p{Lu}[\p{L}-]+)\s+(?:team|delegation|mission|negotiators|negotiating team|trade team|trade delegation)\s*,?\s+(?:headed|led)\s+by\s+(?:[\p{L}.-]+\s+){0,5}$/u;

/** The code of the body of states whose name stands right before the team, mission or delegation a person heads, else null. */
function teamBody(text: string, cluster: Cluster, mentions: readonly RawMention[]): string | null {
  const name = cluster.mentions.find((m) => m.form === 'name');
  if (!name) return null;
  const from = Math.max(0, name.start - 120);
  const led = BODY_TEAM_LED.exec(text.slice(from, name.start));
  if (!led) return null;
  const teamAt = from + led.index;
  return mentions.find((b) => b.type === 'organization' && b.code?.startsWith('IGO') && b.end === teamAt)?.code ?? null;
}
/** A team's noun right after its sender's name, then "led by" or "headed by" and its head's title words. */
const BODY_TEAM_LED = /\s+(?:team|delegation|mission)\s*,?\s+(?:headed|led)\s+by\s+(?:[\p{L}.-]+\s+){0,5}$/u;

/** The country of the team a person heads, when a demonym places the team right before ("the Nigerian team, headed by ..."). */
function teamCountry(text: string, cluster: Cluster): string | null {
  const name = cluster.mentions.find((m) => m.form === 'name');
  if (!name) return null;
  const m = LED_TEAM.exec(text.slice(Math.max(0, name.start - 120), name.start));
  return m ? DEMONYMS.get(m[1]) ?? null : null;
}

/** The country of a titled person right before `and` and a person's first naming with its title words only, else null. */
function partnerCountry(text: string, cluster: Cluster, mentions: readonly RawMention[], assigned: Map<RawMention, Cluster>, entities: readonly Entity[]): string | null {
  const name = cluster.mentions.find((m) => m.form === 'name');
  if (!name || name.titles.length === 0) return null;
  for (const p of mentions) {
    if (p.type !== 'person' || p.form !== 'name' || p.sentence !== name.sentence || p.end >= name.start || name.start - p.end > 60) continue;
    if (!JOINED_TITLED.test(text.slice(p.end, name.start))) continue;
    // (the partner as the text places him anywhere: "Funaro and central bank president Francisco Gros" after "Brazilian Finance
    // Minister Dilson Funaro")
    const placed = (assigned.get(p)?.mentions ?? [p]).find((m) => m.country && m.sector);
    // (or as an earlier step placed him: "the Nigerian team, headed by Finance Minister Che Okongwu and Central Bank Governor ...")
    return placed?.country ?? entities.find((e) => e.type === 'person' && e.mentions.some((x) => x.start === p.start))?.country ?? null;
  }
  return null;
}
/**
 * The country whose act a titled speaker tells in the tail of the sentence that country opens ("Iraq will keep attacking ..., Information
 * Minister X said"), or null: the speaker's first mention, right after a comma and followed by a verb of speech, in a sentence whose
 * first words name a country.
 */
function tailSpeakerCountry(text: string, cluster: Cluster, mentions: readonly RawMention[]): string | null {
  const name = cluster.mentions.find((m) => m.form === 'name');
  if (!name || !name.speaker || name.titles.length === 0 || !AFTER_TAIL_COMMA.test(text.slice(Math.max(0, name.start - 120), name.start))) return null;
  const opener = mentions.find((m) => m.sentence === name.sentence && m.start < name.start && m.type === 'country' && m.country
    && CLAUSE_OPENING.test(text.slice(Math.max(0, m.start - 8), m.start)));
  if (!opener || /[.;:]/.test(text.slice(opener.end, name.start))) return null;
  return opener.country;
}
/** A comma and the title's words alone before a name ("..., public finance director "). */
const AFTER_TAIL_COMMA = /,\s+(?:[\p{L}.'’-]+\s+){1,8}$/u;
/** What comes right before the first words of a sentence: its start, the dateline's dash or a stop, with an article at most. */
const CLAUSE_OPENING = /(?:^|\s-\s+|[.!?"]\s+|\n\s*)(?:[Tt]he\s+)?$/;

/** A minister's title ("Trade Minister", "minister for foreign economic relations"). */
const MINISTER = /\bminister\b/i;

/** The first country but `not` that a mention in the sentence of the person's first name names. */
function otherCountryOfSentence(cluster: Cluster, mentions: readonly RawMention[], not: string): string | null {
  const name = cluster.mentions.find((m) => m.form === 'name');
  if (!name) return null;
  return mentions.find((m) => m.sentence === name.sentence && m.country && m.country !== not)?.country ?? null;
}

/**
 * `and`, or a companion's words, and title words alone between two names ("... Dilson Funaro and central bank president Francisco
 * Gros", "Funaro, accompanied by central bank president Francisco Gros", "Funaro, together with ...").
 */
const JOINED_TITLED = /^(?:\s+and|,\s+(?:accompanied\s+by|together\s+with|joined\s+by|flanked\s+by))\s+(?:[\p{L}-]+\s+){1,5}$/u;

/**
 * Title words of an apposition up to the preposition that names the body ("head of the Gulf desk at the", "an official of"); not a
 * phrase a preposition opens ("Abdullah, in an interview with the Kuwait magazine": where he spoke).
 */
const APPOSITION_TO_BODY = /^,\s+(?!(?:in|on|at|during|after|before|with|for|to|by|from|speaking|quoted)\b)(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,6}?\s+(?:at|of|with)\s+(?:the\s+)?$/i;

function keyOf(m: RawMention): string {
  if (m.type === 'country' && m.form === 'capital') return `government:${m.country}`;
  if (m.type === 'country') return `country:${m.country}`;
  if (m.code && m.type === 'organization' && m.code.startsWith('IGO')) return `org:${m.code}`;
  return `${m.type}:${normaliseName(m.name)}`;
}

function normaliseName(name: string): string {
  const lower = name.toLowerCase();
  return plainlySpaced(lower) ? lower : lower.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** ASCII words apart by single spaces (most names): nothing for `normaliseName` to replace or trim. */
function plainlySpaced(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (c >= 9 && c <= 13)) return false;
    if (c === 32 && (k === 0 || k === s.length - 1 || s.charCodeAt(k - 1) === 32)) return false;
  }
  return true;
}

/** The lower-case words of a name, for surname matching. */
function splitName(name: string): readonly string[] {
  const lower = name.toLowerCase();
  if (plainlySpaced(lower)) return lower.length > 0 ? lower.split(' ') : [];
  return normaliseName(name).split(/[\s]+/).filter(Boolean);
}

/** Arabic articles joined to a surname ("al-", "el-", "ash-"). */
const ARTICLED = /^(?:al|el|ad|an|ar|as|ash|at|az|ath)[-’']$/;

/** "Gerasimov" is "Valery Gerasimov"; "Xi" is "Xi Jinping", "Chun" is "Chun Doo Hwan" (family name first). */
function surnameMatch(full: readonly string[], short: readonly string[]): boolean {
  if (short.length >= full.length || short.length === 0) return false;
  // word by word: name tokens hold no white space, so this is comparing the joined words
  const skip = full.length - short.length;
  let tail = true;
  for (let k = 0; k < short.length && tail; k++) tail = full[skip + k] === short[k];
  // ("Sisi" is "Abdel Fattah al-Sisi": the surname without its article)
  const last = full[full.length - 1];
  const article = short.length === 1 && last.length > short[0].length + 1 && last.endsWith(short[0]) && ARTICLED.test(last.slice(0, last.length - short[0].length));
  // (a Korean given name of two words, unhyphenated in older copy: "Rha Woong Bae", "Roh Tae Woo")
  return tail || article || (short.length === 1 && full[0] === short[0] && full.length <= 3 && short[0].length <= 5);
}

/** A verb or preposition (then titles) right before a name: the name is an object ("praised Chancellor Kohl", "talks with Nakasone"). */
// (verbs of telling in any form: "was expected to assure Chirac that he will not agree", "tells Nakasone he")
const OBJECT_BEFORE = /(?:^|\s)(?:[a-z]+ed|met|told|saw|gave|sent|hit|beat|urged|(?:assure|tell|inform|warn|remind|promise|urge|ask|meet)s?|with|to|for|by|of|from|against|on|at|and)\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*)\s+)*$/u;

/** What stands between a speaker and the pronoun that takes them up: "said", "told reporters that", ", who ..., said". */
const SAYS_BEFORE = /^\s*(?:,[^,]{0,80},\s*)?(?:also\s+)?(?:said|says|told\s+\w+|added|stated|announced|insisted|argued|warned|noted|declared|believes|thinks|hoped|hopes)(?:\s+(?:on|last)\s+\w+)?(?:\s+that)?\s*$/;

/**
 * Plain words alone between a subject and an object pronoun, past an apposition: one clause ("thanked", "later told", ", on his
 * trip, met"); not after `and`, where the name is the object of the verb before ("telephoned Mrs Aquino and invited her").
 */
const CLAUSE_MATE = /^(?:,[^;]{0,140},)?\s+(?!and\s)(?:[a-z]+\s+){0,2}[a-z]+\s+$/;
/** What follows "her" as an object: a mark or a preposition, not the noun "her" owns. */
const HER_AS_OBJECT = /^\s*(?:[,.;:?!]|(?:for|to|on|in|at|with|of|and|that|as|by|from|about|over|into)\b)/;

function pronounTarget(text: string, m: RawMention, seen: readonly RawMention[], assigned: Map<RawMention, Cluster>): Cluster | null {
  // In the same sentence: the first person for he/she, else the nearest person before the pronoun.
  // Across sentences: the nearest person who spoke or opened a sentence (a subject), within a
  // few sentences; else the nearest person at all.
  let fallback: Cluster | null = null;
  // The cluster's type, not the mention's: a surname the tagger typed otherwise is a person; a
  // pronoun of the other gender is someone else ("she ... him" are two people).
  const isPerson = (o: RawMention) => assigned.get(o)?.type === 'person' && !(o.form === 'pronoun' && (o.gender === 'm' || o.gender === 'f') && (m.gender === 'm' || m.gender === 'f') && o.gender !== m.gender);
  // "Thatcher praised Gorbachev as a leader she could do business with": a subject pronoun takes
  // up the sentence's subject, the first person in it
  // ("Camdessus said he would ask": unless the nearest person is the one who says it)
  if (m.name === 'he' || m.name === 'she') {
    let nearest: RawMention | undefined;
    for (let i = seen.length - 1; i >= 0 && !nearest; i--) if (seen[i].sentence === m.sentence && isPerson(seen[i])) nearest = seen[i];
    // (the nearest stands unless it is the object of a verb or preposition: "as Xi did when he came")
    const object = nearest !== undefined && OBJECT_BEFORE.test(text.slice(Math.max(0, nearest.start - 60), nearest.start));
    const says = nearest !== undefined && SAYS_BEFORE.test(text.slice(nearest.end, m.start));
    const first = says || !object ? nearest : seen.find((o) => o.sentence === m.sentence && isPerson(o));
    // ("After talks with President Suharto, he said", "Speaking to reporters after a meeting with Funaro, he said": when every person
    // the sentence names before the pronoun is the object of a verb or preposition, the subject is one a sentence before named)
    const onlyObjects = object && !says && first !== undefined && objectInSentence(text, nearest!) && objectInSentence(text, first);
    const earlier = onlyObjects ? subjectBefore(m, seen, assigned, isPerson) : null;
    if (earlier) return earlier;
    const cluster = first ? assigned.get(first) : undefined;
    if (cluster) return cluster;
  }
  // ("her" only as an object, not "her trip")
  const object = m.name === 'him' || (m.name === 'her' && HER_AS_OBJECT.test(text.slice(m.end, m.end + 12)));
  let mate: Cluster | undefined;
  for (let i = seen.length - 1; object && i >= 0 && seen[i].sentence === m.sentence; i--) {
    if (assigned.get(seen[i])?.type === 'person' && seen[i].form !== 'pronoun' && CLAUSE_MATE.test(text.slice(seen[i].end, m.start))) { mate = assigned.get(seen[i]); break; }
  }
  for (let i = seen.length - 1; i >= 0; i--) {
    const s = seen[i];
    if (!isPerson(s)) continue;
    if (m.sentence - s.sentence > 4) break;
    const cluster = assigned.get(s);
    if (!cluster) continue;
    // ("The Kazakh leader thanked him", "Blinken, on his fifth trip to the region, met him": the subject of the verb an object
    // pronoun follows is someone else)
    if (cluster === mate) continue;
    if (s.sentence === m.sentence) return cluster;
    fallback ??= cluster;
    const firstInSentence = !seen.some((o) => o.sentence === s.sentence && isPerson(o) && o.start < s.start);
    if (s.speaker || firstInSentence) return cluster;
  }
  return fallback;
}

/** Whether a verb or preposition of its own sentence stands right before the mention (not the last words of the sentence before). */
function objectInSentence(text: string, o: RawMention): boolean {
  const before = text.slice(Math.max(0, o.start - 60), o.start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf('\n'));
  return OBJECT_BEFORE.test(stop >= 0 ? before.slice(stop + 1) : before);
}

/** The nearest person before the sentence of `m`, within four sentences, who spoke or opened a sentence, or null. */
function subjectBefore(m: RawMention, seen: readonly RawMention[], assigned: Map<RawMention, Cluster>, isPerson: (o: RawMention) => boolean): Cluster | null {
  for (let i = seen.length - 1; i >= 0; i--) {
    const s = seen[i];
    if (s.sentence === m.sentence || !isPerson(s)) continue;
    if (m.sentence - s.sentence > 4) break;
    const cluster = assigned.get(s);
    if (cluster && (s.speaker || !seen.some((o) => o.sentence === s.sentence && isPerson(o) && o.start < s.start))) return cluster;
  }
  return null;
}

function nominalTarget(m: RawMention, seen: readonly RawMention[], assigned: Map<RawMention, Cluster>, clusters: readonly Cluster[]): Cluster | null {
  const head = m.name.toLowerCase();
  const phrase = m.text.replace(/^the\s+/i, '').toLowerCase();
  if (m.type === 'person') {
    // Exact title first: "the chief of the Russian General Staff" = a person with that title.
    for (const c of clusters) {
      if (c.type !== 'person') continue;
      if (c.mentions.some((x) => x.titles.some((t) => t.toLowerCase() === phrase))) return c;
    }
    for (let i = seen.length - 1; i >= 0; i--) {
      const s = seen[i];
      if (s.type !== 'person' || s.form === 'pronoun') continue;
      const c = assigned.get(s);
      if (!c) continue;
      const facts = c.mentions.flatMap((x) => [...x.titles, x.rank ?? '']).join(' ').toLowerCase();
      if (namesOffice(facts, head) && (!m.country || c.mentions.some((x) => x.country === m.country))) return c;
    }
    // Named only later: "Ukraine’s energy minister said ... Energy Minister Halyna Voronko".
    // The country word is checked against the person's country, the other words against the titles.
    const words = phrase.split(/\s+/).filter((w) => !/^(?:the|of|a|an)$/.test(w) && !/['’]s$/.test(w) && w !== head && !DEMONYMS.has(titleCase(w)));
    for (const c of clusters) {
      if (c.type !== 'person' || c.mentions.every((x) => x.start < m.start)) continue;
      const facts = c.mentions.flatMap((x) => [...x.titles, x.rank ?? '']).join(' ').toLowerCase();
      if (namesOffice(facts, head) && words.every((w) => facts.includes(w) || w.length < 3) && (!m.country || c.mentions.some((x) => x.country === m.country))) return c;
    }
    return null;
  }
  if (m.type === 'organization') {
    // "the defense ministry": the nearest body whose name has every word of it.
    const words = phrase.split(/\s+/).filter((w) => w.length > 2 && !/['’]s$/.test(w));
    for (let i = seen.length - 1; i >= 0; i--) {
      const s = seen[i];
      if (s.type !== 'organization') continue;
      const c = assigned.get(s);
      const name = c?.name.toLowerCase() ?? '';
      if (c && name.includes(head) && words.every((w) => name.includes(w) || (w === 'defense' && name.includes('defence')))) return c;
    }
  }
  return null;
}

/**
 * "the commander of the Iranian Air Force, Brigadier General Hamid Vahedi,": the name in apposition; past the place of the office
 * ("its ambassador to Kuwait, Ernest Zverev,").
 */
function appositiveTarget(text: string, m: RawMention, names: readonly RawMention[], assigned: Map<RawMention, Cluster>): Cluster | null {
  if (m.type !== 'person' || m.form !== 'title') return null;
  const next = names.find((n) => n.type === 'person' && n.start > m.end && n.start - m.end < 60);
  if (!next) return null;
  const between = text.slice(m.end, next.start);
  if (!/^(?:\s+(?:to|in|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s*){1,3})?,\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,4}$/u.test(between)) return null;
  // (past the place, a name the mentions gave another country is not taken: "Japan's ambassador to the U.S., Nobuo Matsunaga")
  if (!between.startsWith(',') && next.country && next.country !== m.country) return null;
  return assigned.get(next) ?? null;
}

/** "the official Soviet news agency Tass": the agency named right after the phrase. */
function agencyTarget(text: string, m: RawMention, names: readonly RawMention[], assigned: Map<RawMention, Cluster>): Cluster | null {
  if (m.type !== 'organization' || m.form !== 'title') return null;
  const next = names.find((n) => n.start >= m.end && n.start - m.end < 3);
  if (!next || next.type !== 'organization' || next.sector !== 'MED' || text.slice(m.end, next.start).trim() !== '') return null;
  return assigned.get(next) ?? null;
}

/** Whether a title opens with a body's name other states' bodies bear too ("Treasury Secretary"), which names no country. */
function opensWithSharedName(title: string): boolean {
  return SHARED_BODY_NAMES.some((name) => title.startsWith(`${name} `));
}

/** Whether a person's titles and rank name the office a nominal head stands for. */
function namesOffice(facts: string, head: string): boolean {
  return facts.includes(head) || (NOMINAL_EQUIVALENTS[head] ?? []).some((e) => facts.includes(e));
}

/**
 * The entity placed in a country, with that country's actor code and the name given, built with
 * toEntity's fields in their order: a spread's copies have a shape of their own, and the event coder
 * and the quotes stage read entities at sites V8 keeps to the shapes it has met ("wrong map").
 */
function placedEntity(e: Entity, country: string, name: string): Entity {
  return { kind: 'entity', id: e.id, type: e.type, name, country, sector: e.sector, rank: e.rank, titles: e.titles, actor: `${country}${e.sector ?? ''}`, aliases: e.aliases, mentions: e.mentions };
}

function toEntity(id: string, cluster: Cluster): Entity {
  const ms = cluster.mentions;
  const country = mostCommon(ms.map((m) => m.country)) ?? null;
  const rank = ms.find((m) => m.rank)?.rank ?? null;
  const nameTitles: string[] = [];
  for (const m of ms) if (m.form === 'name') for (const t of m.titles) nameTitles.push(t);
  const titles = unique(nameTitles);
  if (titles.length === 0) for (const m of ms) if (m.form === 'title') titles.push(...m.titles);
  let sector: string | null = null;
  for (const m of ms) if (m.sector && (sector === null || m.sector === 'MIL' || m.sector === 'COP')) sector = m.sector;
  if (cluster.type === 'country') sector = cluster.key.startsWith('government:') ? 'GOV' : null;
  const bySurname = cluster.type === 'person' && !cluster.name.includes(' ') ? leaderBySurname(cluster.name) : null;
  // An office holder named in full is who the lexicon says, whatever country the dateline, a place
  // or a nearby demonym suggests ("TOKYO - ... President Reagan" is USAGOV, "President Jacques
  // Delors" under a BRUSSELS dateline is IGOEU); a surname alone may be a namesake's.
  // ... unless the text's own title for the person names another country: "Dutch Prime Minister Mark
  // Rutte" in 2022 was not yet NATO's secretary-general
  const listed = cluster.type === 'person' ? leaderByName(cluster.name) : null;
  // (not a title that opens with a body's name other states share: "Treasury Secretary Mario Brodersohn" under a BUENOS AIRES
  // dateline is Argentina's, though the lexicon's "Treasury" is the U.S.'s)
  const retitled = listed !== null && country !== null && titles.length > 0 && ms.some((m) => m.form === 'name' && m.country === country && m.titles.some((t) => !opensWithSharedName(t))) && (listed.country ?? null) !== country;
  const byName = retitled ? null : listed;
  let known = byName ?? (retitled ? null : bySurname);
  if (known && !byName && country && known.country && known.country !== country) known = null; // a namesake
  // A news agency the text gives no country: its home country's ("Tass said" is RUSMED).
  const home = cluster.type === 'organization' && sector === 'MED' && !country ? agencyByName(cluster.name)?.country ?? null : null;
  const finalCountry = byName ? byName.country : country ?? known?.country ?? home;
  // ("OPEC President Rilwanu Lukman", Nigeria's oil minister: a state's office holder the text titles by a body's office acts for
  // the body there)
  const bodyOffice = byName !== null && !byName.actor && sector === 'IGO' && cluster.code !== null && cluster.code.startsWith('IGO');
  if (known?.actor) sector = 'IGO';
  else if (known && !bodyOffice && (!sector || (byName && sector === 'IGO'))) sector = known.sector;
  let actor: string | null;
  if (bodyOffice) actor = cluster.code;
  else if (known?.actor && (byName || !country)) actor = known.actor;
  else if (byName && finalCountry) actor = `${finalCountry}${sector ?? ''}`;
  else if (cluster.code) actor = cluster.code;
  else if (finalCountry) actor = `${finalCountry}${sector ?? ''}`;
  else actor = null;
  const aliases = unique([cluster.name, ...ms.filter((m) => m.form !== 'pronoun').map((m) => m.text)]);
  return {
    kind: 'entity',
    id,
    type: cluster.type,
    // A surname alone that names one known office holder takes the full name ("Blinken" -> "Antony Blinken").
    name: cluster.key.startsWith('government:') && country ? `Government of ${countryName(country)}` : cluster.type === 'country' && country ? countryName(country) : known && known === bySurname ? known.names[0] : cluster.name,
    country: finalCountry,
    sector,
    rank,
    titles,
    actor,
    aliases,
    mentions: entityMentions(sortedBy(ms, byStart) ? ms : [...ms].sort((a, b) => a.start - b.start)),
  };
}

/**
 * An entity's mentions as the document lists them. Built by push, not `map` (the event coder reads
 * them: V8's optimised `map` gives a holey array, its unoptimised one a packed array, and a reader
 * compiled for one kind deoptimises at the other).
 */
function entityMentions(ms: readonly RawMention[]): Entity['mentions'][number][] {
  const out: Entity['mentions'][number][] = [];
  for (const m of ms) out.push({ start: m.start, end: m.end, text: m.text, form: m.form });
  return out;
}

function mostCommon(values: readonly (string | null)[]): string | null {
  if (values.length <= 16) {
    // (a few values, most often: counted in place, ties to the first seen, as with the map below)
    let best: string | null = null;
    let n = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!v || values.indexOf(v) < i) continue;
      let c = 1;
      for (let j = i + 1; j < values.length; j++) if (values[j] === v) c++;
      if (c > n) [best, n] = [v, c];
    }
    return best;
  }
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** The values without repeats, in order of first occurrence (most lists are a few values: no Set for them). */
function unique<T>(values: readonly T[]): T[] {
  if (values.length > 16) return [...new Set(values)];
  const out: T[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out;
}

const byStart = (m: { readonly start: number }) => m.start;

/** A party mention told as in power: "the ruling party", "the ruling Frelimo party" (the name alone, `party` after it). */
function rulingParty(text: string, m: { start: number; end: number; text: string }, party: boolean): boolean {
  if (party && /\bruling\b/i.test(m.text)) return true;
  return /\bruling\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && (party || /^\s+[Pp]arty\b/.test(text.slice(m.end, m.end + 7)));
}

/** Seats of power named for their governments, by country. */
const SEATS_OF_POWER: ReadonlyMap<string, string> = new Map([['kremlin', 'RUS'], ['white house', 'USA'], ['elysee', 'FRA'], ['élysée', 'FRA'], ['downing street', 'GBR']]);

/**
 * "Kremlin critic X", "government critic X", "prominent Kremlin opponent X": the country of the seat named ('' when the title
 * names none), or null when no mention has such a title.
 */
function criticOf(text: string, mentions: readonly { start: number; form: string }[]): string | null {
  for (const m of mentions) {
    if (m.form !== 'name') continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // (most names have no such title: passed over before the expression is tried)
    if (!before.includes('ritic') && !before.includes('pponent')) continue;
    const hit = /\b(Kremlin|White House|Elysee|Élysée|Downing Street|government|regime|junta)\s+(?:critic|opponent)\s+$/i.exec(before);
    if (hit) return SEATS_OF_POWER.get(hit[1].toLowerCase()) ?? '';
  }
  return null;
}
