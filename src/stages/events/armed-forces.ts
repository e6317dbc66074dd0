/** Armed forces named without an entity (`troops`, `gunmen`, `warplanes`): whose they are, from the sentence and the story. */
import { CAPITALS, DEMONYMS } from '../../lexicon/countries.js';
import { AMOUNT_WORDS, SPEECH_VERBS } from '../../lexicon/event-groups.js';
import { bodyBefore, homeOf, onlyCountry, placedIn, withCompounds, wordAt } from './clause.js';
import { groupSlot } from './slots.js';
import type { Context, Slot, View } from './types.js';
import { ARMED_LEADERS, BARE_FORCES, BOUNDARY, CLAUSE_ADVERBS, FORCE_HARDWARE, MODALS, OFFICERS_OF, PERFECT_AUXILIARIES, REBEL_MODIFIERS } from './word-classes.js';

/** Adverbs of the day or place that may stand between a subject and its verb ("guerrillas today freed", "police yesterday arrested", "police here arrested"). */
const DAY_ADVERBS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'here', 'there']);

/**
 * "Police used water cannon to push them back", "the junta has accused Paris": police, troops or
 * a junta named with no country right before the verb are those of the country the story is
 * about (the dateline's, else the first country it names).
 */
export function bareForce(ctx: Context, view: View, start: number, relative = false): Slot[] {
  const { words, slotAt, tokens } = view;
  let h = start - 1;
  // ("Leftist guerrillas today freed": wire copy puts the day between the subject and its verb)
  while (h > 0 && (CLAUSE_ADVERBS.has(wordAt(words, h)) || MODALS.has(wordAt(words, h)) || DAY_ADVERBS.has(wordAt(words, h)) || PERFECT_AUXILIARIES.has(wordAt(words, h)) || wordAt(words, h) === 'already')) h--;
  h = forceBeforePlace(view, h);
  // ("a day after army officers placed President Ali Bongo under house arrest": officers of the force named before them)
  // ("Moslem guerrilla leaders vowed to fight on": the leaders of armed men no one names are those armed men)
  const officers = wordAt(words, h) === 'officers' ? OFFICERS_OF.get(wordAt(words, h - 1))
    : ARMED_LEADERS.has(wordAt(words, h)) && REBEL_MODIFIERS.has(wordAt(words, h - 1)) ? 'REB' : undefined;
  // ("Air force planes bombed", "army warplanes struck": aircraft named by the force they fly for; "its jets later struck": the
  // jets of the country or body named before)
  let last = h;
  // ("U.S. Air Force and Navy jets bombed": aircraft of a force named right before them are that force's)
  if (FORCE_HARDWARE.has(wordAt(words, h)) && !slotAt[h] && slotAt[h - 1]?.entity.sector === 'MIL' && slotAt[h - 1]!.entity.country) return withCompounds(view, slotAt[h - 1]!, -1);
  if (FORCE_HARDWARE.has(wordAt(words, h)) && !slotAt[h]) {
    if ((wordAt(words, h - 1) === 'its' || wordAt(words, h - 1) === 'their') && h - 1 > 0) {
      // ("the army said its aircraft had bombed RSF positions": a force no one names that speaks of its own aircraft owns them)
      if (SPEECH_VERBS.has(wordAt(words, h - 2))) {
        const speaker = bareForce(ctx, view, h - 2);
        if (speaker.length > 0) return speaker;
      }
      const owner = bodyBefore(slotAt, h - 1);
      return owner && owner.entity.country ? [groupSlot(ctx, owner.entity.country, 'MIL', tokens[h - 1].start, tokens[h].end)] : [];
    }
    let m = h - 1;
    // (a capitalised "Air force" or "Army" the tagger named is still no one's until given a country)
    while (m >= 0 && (!slotAt[m] || (!slotAt[m]!.entity.actor && !slotAt[m]!.entity.country)) && HARDWARE_OWNERS.has(wordAt(words, m))) m--;
    if (m === h - 1) return [];
    last = h;
    h = m + 1;
  }
  // ("Opposition parties have disrupted parliament", "the opposition parties called the move rash": the opposition named by its
  // members, of the story's country)
  const opposition = !officers && wordAt(words, h - 1) === 'opposition' && OPPOSITION_MEMBERS.has(wordAt(words, h)) && !slotAt[h];
  const sector = opposition ? 'OPP' : officers ?? (last > h ? 'MIL' : BARE_FORCES.get(wordAt(words, h)));
  if (officers || opposition) h--;
  // (a capitalised "Police" the tagger named is still no one's until given a country)
  if (!sector || (slotAt[h] && (slotAt[h]!.entity.actor || slotAt[h]!.entity.country))) return [];
  // ("peace talks with the ELN guerrilla group after its fighters killed 80 people": the armed group named before owns them)
  if (sector === 'REB' && (wordAt(words, h - 1) === 'its' || wordAt(words, h - 1) === 'their')) {
    const owner = bodyBefore(slotAt, h - 1);
    return owner && owner.entity.sector === 'REB' ? [owner] : [];
  }
  // ("Shining Path guerrillas ambushed": armed men of a group named right before them are the group)
  // ("the National Liberation Army (ELN) rebels": past the group's short name in brackets; "Colombia's government and the ELN
  // rebels agreed": with the parties joined to it)
  const named = wordAt(words, h - 1) === ')' && wordAt(words, h - 3) === '(' ? h - 4 : h - 1;
  if (sector === 'REB' && named >= 0 && slotAt[named] && slotAt[named]!.entity.sector === 'REB') return withCompounds(view, slotAt[named]!, -1);
  // ("Tamil separatist guerrillas killed": a word or two of description before armed men)
  let before = wordAt(words, h - 1) === 'riot' ? h - 2 : h - 1;
  // ("the communist authorities outlawed it": a word of description before the authorities too)
  // ("Pro-Iranian kidnappers freed": whom they back is no country of theirs)
  for (let d = 0; d < (sector === 'REB' ? 2 : 1) && before >= 0 && !slotAt[before] && (/^\p{L}[\p{Ll}-]+$/u.test(tokens[before].text) || (sector === 'REB' && /^[Pp]ro-\p{Lu}/u.test(tokens[before].text))) && !FORCE_OPENERS.has(wordAt(words, before)) && !DEMONYMS.has(tokens[before].text) && (sector === 'REB' || DESCRIBED_RULERS.has(wordAt(words, before))); d++) before--;
  // ("Vucic said his army had begun reducing its presence": the forces of the person `his` or `her` stands for, the nearest named
  // before with a country and a sector of state)
  if (before >= 0 && (wordAt(words, before) === 'his' || wordAt(words, before) === 'her') && sector !== 'REB') {
    for (let k = before - 1; k >= 0; k--) {
      const owner = slotAt[k];
      if (owner && owner.entity.type === 'person' && owner.entity.country && (owner.entity.sector === 'GOV' || owner.entity.sector === 'MIL')) {
        return [groupSlot(ctx, owner.entity.country, sector, tokens[before].start, tokens[last].end)];
      }
    }
    return [];
  }
  // (the men a relative clause hangs on may stand anywhere: "sent arms to guerrillas who attacked")
  // ("marched into Islamabad, where police fired tear gas": forces of the state after `where` are of the place it hangs on; not
  // rebels or the authorities)
  if (before >= 0 && wordAt(words, before) === 'where' && (sector === 'COP' || sector === 'MIL')) {
    // (past the day the place is told with: "into Islamabad on Tuesday, where")
    let at = before - 1;
    while (at > 0 && at >= before - 4 && !slotAt[at] && !BOUNDARY.has(wordAt(words, at))) at--;
    const place = slotAt[at];
    const country = place && place.entity.type !== 'person' ? place.entity.country ?? CAPITALS.get(place.entity.name) ?? null : null;
    return country ? [groupSlot(ctx, country, sector, tokens[h].start, tokens[last].end)] : [];
  }
  // ("Hundreds of marines were on alert", "About 500 troops opened fire": an amount before the forces is read past to what opens them)
  if (/^\d/.test(wordAt(words, before)) || (wordAt(words, before) === 'of' && AMOUNT_WORDS.has(wordAt(words, before - 1)))) {
    while (before >= 0 && !slotAt[before] && (AMOUNT_WORDS.has(wordAt(words, before)) || /^\d/.test(wordAt(words, before)))) before--;
  }
  if (before >= 0 && !relative && !FORCE_OPENERS.has(wordAt(words, before))) return [];
  // ("The United States has begun supplying Afghan guerrillas with Stinger missiles ... guerrillas armed with the missiles shot down":
  // armed men who name themselves by a cause, of a kind the story has already placed, under another country's dateline, are those;
  // not gunmen or kidnappers, anyone's)
  const placedBefore = sector === 'REB' && SELF_NAMED_ARMED.has(wordAt(words, h)) ? storyRebels(ctx, view.tokens[h].start) : null;
  let country = placedBefore ?? homeOf(ctx, view);
  // ("militants killed scores of soldiers in an attack on the town of Barsalogho in central Burkina Faso": armed men of no
  // dispatch country are of the one country the sentence places them in)
  // (not "the militants", who are those named before, nor gunmen or kidnappers, whom the text does not name as anyone's)
  if (!country && sector === 'REB' && wordAt(words, before) !== 'the' && SELF_NAMED_ARMED.has(wordAt(words, h))) country = placedIn(view);
  // ("President Nicolas Maduro said that police had detained": the one country the sentence names before them, not one after:
  // "Police arrested Hernandez at Washington's request")
  if (!country && sector !== 'REB') country = onlyCountry(view, h);
  // (armed men are placed only by the dispatch's country: a country named somewhere in the story is no sure home for them)
  if (!country && sector !== 'REB') for (const e of ctx.entities.values()) if (e.country && e.type !== 'location') { country = e.country; break; }
  // ("Thousands of Belgian farmers drove tractors into Brussels ... Police used water cannon": the people the story is about)
  if (!country && sector !== 'REB') for (const g of ctx.groups.values()) if (g.entity.country) { country = g.entity.country; break; }
  if (!country) return [];
  const force = groupSlot(ctx, country, sector, tokens[h].start, tokens[last].end);
  // ("police and troops patrolled the northern Copperbelt": two forces joined by `and` each act)
  // (a capitalised "Police" the tagger named is still no one's)
  const joined = wordAt(words, h - 1) === 'and' && !slotAt[h - 2]?.entity.actor && !slotAt[h - 2]?.entity.country ? BARE_FORCES.get(wordAt(words, h - 2)) : undefined;
  const opens = h - 3 < 0 || FORCE_OPENERS.has(wordAt(words, h - 3)) || DAY_ADVERBS.has(wordAt(words, h - 3));
  if (joined && joined !== sector && joined !== 'REB' && sector !== 'REB' && opens) return [groupSlot(ctx, country, joined, tokens[h - 2].start, tokens[h - 2].end), force];
  return [force];
}
/** The country of the one armed group of no name the story placed before `at` by its demonym ("Afghan guerrillas"), else null. */
function storyRebels(ctx: Context, at: number): string | null {
  const countries = new Set<string>();
  for (const g of ctx.groups.values()) if (g.entity.sector === 'REB' && g.entity.country && g.mentions.some((m) => m.end <= at)) countries.add(g.entity.country);
  return countries.size === 1 ? [...countries][0] : null;
}
/**
 * ("Rebels in Tigray province accused", "Police in the north arrested"): the index of a bare force placed by a phrase of place
 * ending at `h` (`in` and a few words with no name of a party), else `h`.
 */
function forceBeforePlace(view: View, h: number): number {
  const { words, slotAt } = view;
  if (BARE_FORCES.has(wordAt(words, h))) return h;
  for (let k = h; k >= 1 && k >= h - 4; k--) {
    const w = wordAt(words, k);
    // (a capitalised "Police" the tagger named is still no one's)
    if (w === 'in' || w === 'near') return BARE_FORCES.has(wordAt(words, k - 1)) && !slotAt[k - 1]?.entity.country && k < h ? k - 1 : h;
    if (w === ',' || BOUNDARY.has(w) || (slotAt[k] && (slotAt[k]!.entity.actor || slotAt[k]!.entity.type === 'country'))) return h;
  }
  return h;
}
/** Words before aircraft that name the force flying them. */
const HARDWARE_OWNERS: ReadonlySet<string> = new Set(['air', 'force', 'army', 'military', 'navy', 'naval', 'government', 'fighter', 'helicopter', 'transport']);
/** Members of the opposition told after the word ("opposition parties", "opposition leaders"). */
const OPPOSITION_MEMBERS: ReadonlySet<string> = new Set(['parties', 'party', 'leaders', 'members', 'politicians', 'groups', 'lawmakers']);
/** Armed men who name themselves by a cause (not "gunmen", "kidnappers": anyone's): placed by the country they act in. */
const SELF_NAMED_ARMED: ReadonlySet<string> = new Set(['guerrillas', 'rebels', 'insurgents', 'militants', 'gangs', 'jihadists', 'separatists', 'fighters']);
/** Words that describe a country's rulers or forces without naming another ("the communist authorities", "military junta"). */
const DESCRIBED_RULERS: ReadonlySet<string> = new Set(['communist', 'military', 'local', 'federal', 'provincial', 'regional', 'interim', 'transitional', 'new', 'riot', 'security', 'government']);
/** Words after which a bare force opens a clause: "the police", "and police", ", police", "after guerrillas", "in which police". */
// (a verb of speech with no object opens a reported clause as `that` does: "the minister said police had arrested 20 people")
const FORCE_OPENERS: ReadonlySet<string> = new Set(['the', 'and', ',', 'after', 'when', 'as', 'while', 'before', 'since', 'until', 'that', 'which', 'said', 'says', 'added']);
