/** Word classes the event coder's parts read (closed classes and small tables, not lexicon knowledge). */
import type { PloverType } from '../../model.js';
import { DEMONYMS } from '../../lexicon/countries.js';
import { DOMESTIC_HEADS, GROUP_HEADS, NONSTATE_ADJECTIVES } from '../../lexicon/event-groups.js';
import { EVENT_TRIGGERS, type TriggerEntry } from '../../lexicon/event-triggers.js';
import { shapedEntry } from '../event-lexicon.js';
import { pairTable, tableMap } from '../lexicon-matcher.js';
import { MONTHS as MONTH_NUMBERS, WEEKDAYS } from '../../lexicon/agencies.js';

export const BOUNDARY = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–', '--', '[', ']']);
export const PREPOSITIONS = new Set(['to', 'upon', 'along', 'outside', 'inside', 'in', 'at', 'on', 'with', 'for', 'of', 'from', 'by', 'about', 'into', 'against', 'toward', 'towards', 'over', 'under', 'between', 'during', 'after', 'before', 'than', 'via', 'through', 'across', 'near', 'outside', 'amid', 'as', 'around', 'without', 'within']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'first', 'second', 'last', 'recent', 'new', 'foreign', 'official', 'state', 'working', 'planned', 'upcoming', 'any', 'no', 'another', 'such', "'s", '’s']);
/** Modal and auxiliary verbs between a subject's closing comma and the verb ("..., will host"). */
export const MODAL_VERBS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does']);
/** Adverbs that may stand between a subject's closing comma and its verb. */
export const CLAUSE_ADVERBS = new Set(['also', 'then', 'later', 'again', 'now', 'further', 'meanwhile', 'however', 'separately', 'subsequently', 'previously', 'repeatedly']);
/** A possessive ending as a token: "Putin's", "Shultz'" (a name ending in s takes the apostrophe alone). */
export const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', "'ll", 'to', 'not', "n't", 'never', 'also', 'jointly', 'and', 'who', 'which', 'did', 'do', 'does', 'again', 'reportedly', 'allegedly', 'repeatedly', 'then', 'later', 'both', 'often', 'they', 'we', 'i', 'you', 'he', 'she', 'it', 'first', 'once', 'recently', 'since', 'formally', 'officially', 'publicly', 'strongly', 'sharply', 'highly', 'warmly', 'further', 'only', 'just', 'still', 'even', 'already', 'now']);
export const ASPECT = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'keep', 'keeps', 'kept', 'keeping', 'continue', 'continues', 'continued', 'start', 'started', 'starts', 'began', 'begin', 'begins', 'begun', 'stop', 'stopped', 'resume', 'resumed', 'resumes']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
// The group tables as Maps, two-word keys by their first word: looked up at every token.
export const HEADS = withPlurals(GROUP_HEADS);
export const HEAD_PAIRS = pairTable(HEADS);
export const DOMESTIC = tableMap(DOMESTIC_HEADS);
export const DOMESTIC_PAIRS = pairTable(DOMESTIC_HEADS);
export const NONSTATE = tableMap(NONSTATE_ADJECTIVES);
export const DEMONYM_PAIRS = pairTable(DEMONYMS);

/** A group table with the plurals of its singular heads ("navy" -> "navies", "court" -> "courts"), built once. */
function withPlurals(table: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const map = new Map(tableMap(table));
  for (const [head, sector] of Object.entries(table)) {
    if (head.endsWith('s')) continue;
    const plural = /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
    if (!map.has(plural)) map.set(plural, sector);
  }
  return map;
}
// acts done by saying them: made when spoken, whatever the clause they follow awaits
export const SPOKEN_ACTS: ReadonlySet<PloverType> = new Set<PloverType>(['ACCUSE', 'REJECT', 'THREATEN']);
/** Words that announce an act to come or a possible one: "would retaliate", "could launch". */
export const ANNOUNCED = /(?:^|\s)(?:will|would|'ll|shall|could|may|might)(?:\s|$)/;

/** Sectors of a state's own organs, which stand for the state where a side is meant. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP']);
/** Word acts that address a party a demand joined to them is made on too. */
export const ADDRESSING_TYPES: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);

/** Acts between parties: a meeting, a pledge, praise or joint work with one's own country (no sector) has no other party. */
export const BETWEEN_PARTIES: ReadonlySet<PloverType> = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE']);

export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);
export const ATTACK_ENTRY: TriggerEntry = shapedEntry(EVENT_TRIGGERS.find((e) => e.id === 'assault.attack')!);

/** "in response to", "in reply to", "in retaliation for": what follows is the act answered. */
export const ANSWER_NOUNS: ReadonlySet<string> = new Set(['response', 'reply', 'retaliation', 'reprisal']);

/** Heads of a definite noun phrase that names again a party told before ("the Gulf state", "the kingdom"). */
export const BACK_HEADS: ReadonlySet<string> = new Set(['state', 'country', 'kingdom', 'nation', 'neighbour', 'neighbor', 'emirate', 'republic', 'island', 'territory', 'government', 'junta', 'regime', 'group', 'movement', 'diplomats', 'envoy', 'envoys', 'officials', 'billionaire', 'tycoon']);

/** Heads that name a country again ("the Caribbean country", "the Gulf state", "the island nation"). */
export const STATE_BACK_HEADS: ReadonlySet<string> = new Set(['country', 'nation', 'kingdom', 'state', 'emirate', 'republic', 'city-state']);

/** Heads that name a country's rulers ("its government", "the junta"). */
export const RULER_HEADS: ReadonlySet<string> = new Set(['government', 'regime', 'junta']);

/**
 * The noun a relative clause with no object hangs on, for the verb at `start`: "25 Soviet diplomats and journalists it
 * accused of", "officials whom London accused of". The subject right before the verb, then (past `whom` or `that`) a party
 * named right before it, or one joined to a plain noun there by `and`; null otherwise.
 */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);

export { WEEKDAYS };
/** Month names and their abbreviations, in lower case (the dateline's table). */
export const MONTHS: ReadonlySet<string> = new Set(Object.keys(MONTH_NUMBERS));
export const PERIODS = new Set(['week', 'month', 'year', 'weekend']);
/** One-word time adverbials: "agreed earlier to", "vowed again to". */
export const TIME_ADVERBS = new Set(['earlier', 'later', 'yesterday', 'today', 'overnight', 'again', 'also', 'formally', 'publicly', 'officially', 'now']);

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'that']);

/** Acts whose passive moves armed forces, done by their own side ("troops were withdrawn", "warships were deployed"). */
export const FORCE_MOVES: ReadonlySet<PloverType> = new Set(['RETREAT', 'MOBILIZE']);

/** Words of time that may stand between a verb of speech and a subordinator after it ("said on Thursday after meeting"). */
export const SAID_WHEN: ReadonlySet<string> = new Set([...WEEKDAYS, 'on', 'today', 'yesterday', 'tonight', 'late', 'early', 'earlier', 'later', 'last', 'night', 'afterwards']);
/** Words that open a phrase of place or time between a participle and its agent ("attacked in the Gulf by", "seized last week by"). */
export const PLACE_OR_TIME_OPENERS: ReadonlySet<string> = new Set([...SAID_WHEN, 'in', 'at', 'off', 'near', 'outside', 'inside', 'along', 'during']);
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'if', 'unless']);

/** Auxiliaries of the perfect, which stand between a joined verb and its `and` ("and have threatened"). */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** What a move or an announcement welcomed can be: no protest, attack or threat. */
export const WELCOMED_ACTS: readonly PloverType[] = ['CONCEDE', 'AGREE', 'RETREAT', 'COOPERATE', 'AID', 'REJECT', 'SANCTION', 'COERCE', 'REQUEST', 'CONSULT', 'MOBILIZE'];
export const GATHERINGS: ReadonlySet<string> = new Set(['summit', 'ceremony', 'banquet', 'dinner', 'lunch', 'luncheon', 'reception', 'conference', 'forum', 'meeting', 'gathering', 'talks']);

/** Acts done by saying something. */
export const SPEECH_KINDS: readonly PloverType[] = ['ACCUSE', 'THREATEN', 'REQUEST', 'REJECT', 'SUPPORT', 'AGREE'];

/** What kind of act a condemned noun names (none: any act). */
export const CONDEMNED_KINDS: Readonly<Record<string, readonly PloverType[]>> = {
  killing: ['ASSAULT'], assassination: ['ASSAULT'], attack: ['ASSAULT'], attacks: ['ASSAULT'], strike: ['ASSAULT'], strikes: ['ASSAULT'],
  bombing: ['ASSAULT'], shelling: ['ASSAULT'], airstrike: ['ASSAULT'], airstrikes: ['ASSAULT'], raid: ['ASSAULT', 'COERCE'], raids: ['ASSAULT', 'COERCE'],
  incursion: ['ASSAULT'], invasion: ['ASSAULT'], deployment: ['MOBILIZE'], drills: ['MOBILIZE', 'COOPERATE'], exercises: ['MOBILIZE', 'COOPERATE'], drill: ['MOBILIZE', 'COOPERATE'], exercise: ['MOBILIZE', 'COOPERATE'],
  sanctions: ['SANCTION'], tariffs: ['SANCTION'], expulsion: ['SANCTION', 'COERCE'], expulsions: ['SANCTION', 'COERCE'], arrest: ['COERCE'],
  arrests: ['COERCE'], detention: ['COERCE'], detentions: ['COERCE'], blockade: ['ASSAULT', 'SANCTION'], veto: ['REJECT'], embargo: ['SANCTION'],
  killings: ['ASSAULT'], bombings: ['ASSAULT'], occupation: ['ASSAULT'], annexation: ['ASSAULT'], seizure: ['COERCE'], seizures: ['COERCE'],
  pullout: ['RETREAT'], withdrawal: ['RETREAT'], violence: ['COERCE', 'ASSAULT'], repression: ['COERCE'], airdrop: ['AID'], airdrops: ['AID'],
  stoppage: ['PROTEST'], walkout: ['PROTEST'], deportation: ['COERCE'], deportations: ['COERCE'], storming: ['PROTEST', 'ASSAULT'], downing: ['ASSAULT'],
  crackdown: ['COERCE'],
  // (a trade measure is a sanction imposed, or a cut a concession made: "Taiwan will cut import tariffs ... Washington criticised the cuts")
  cuts: ['CONCEDE', 'SANCTION'], levy: ['SANCTION'], tax: ['SANCTION'], duties: ['SANCTION'], curbs: ['SANCTION'], quotas: ['SANCTION'],
  controls: ['SANCTION'], restrictions: ['SANCTION'], freeze: ['SANCTION'],
  // (charges laid with an arrest or made in words: "the White House called the charges ridiculous")
  charges: ['ACCUSE', 'COERCE'], accusations: ['ACCUSE'], allegations: ['ACCUSE'],
  // a court's judgment on a person ("condemned the verdict", "called the sentence a sham") is the court's coercion
  // (or its finding of guilt: "a court convicted Bolsonaro ... Rubio called the verdict a witch hunt")
  verdict: ['COERCE', 'ACCUSE'], verdicts: ['COERCE', 'ACCUSE'], conviction: ['COERCE', 'ACCUSE'], convictions: ['COERCE', 'ACCUSE'], sentence: ['COERCE'], sentences: ['COERCE'], sentencing: ['COERCE'],
  // (a court's ruling orders or forbids: "the court ordered Caracas not to hold elections. Guyana welcomed the ruling")
  ruling: ['COERCE', 'REQUEST', 'ACCUSE'], rulings: ['COERCE', 'REQUEST', 'ACCUSE'],
  // words said ("criticised those remarks", "a remark Beijing called extremely wrong") are the speaker's acts of speech
  remark: SPEECH_KINDS, remarks: SPEECH_KINDS, comments: SPEECH_KINDS,
};

/** Acts of speech or commitment: never a passive joined to another ("had been killed and vowed to retaliate"). */
export const SAID_ACTS: ReadonlySet<PloverType> = new Set(['THREATEN', 'AGREE', 'REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT']);

/** What may follow a war told alone: the end of a clause, a function word or a verb of its course. */
export const WAR_FOLLOWERS = /^(?:|[.,;:)"'’”]|that|which|in|on|since|when|after|before|over|is|was|has|had|ended|broke|erupted|began|killed|left|raged|between)$/;
export const TWO_PARTIES = new Set(['sides', 'delegations', 'countries', 'nations', 'neighbours', 'neighbors', 'governments', 'states', 'parties', 'rivals', 'allies', 'giants', 'forces', 'armies', 'militaries',
  // ("recalled its ambassadors from the three capitals": the countries named before, by their seats)
  'capitals']);
/** Words that make ministers of a kind ("foreign ministers", "defence ministers"). */
export const RULER_KINDS: ReadonlySet<string> = new Set(['foreign', 'prime', 'defence', 'defense', 'trade', 'finance', 'interior', 'economy']);

export const RIOT_NOUNS: ReadonlySet<string> = new Set(['rioting', 'riots', 'riot', 'looting']);
/** Adverbs between a form of "be" and its participle ("was later charged", "had already been freed", "was not invited"). */
export const BE_ADVERBS: ReadonlySet<string> = new Set(['not', "n't", 'also', 'reportedly', 'later', 'then', 'already', 'never', 'still', 'subsequently', 'since', 'again', 'just', 'first', 'once', 'allegedly', 'almost', 'often', 'now', 'even', 'always', 'sometimes']);

/** Words that open a clause of another act: a recipient is not looked for past them. */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set(['since', 'until', 'while', 'when', 'because', 'where', 'although', 'though', 'unless', 'whereas']);
/** What armed men hold, after a word that names them ("rebel bases", "guerrilla positions", "militant hideouts"). */
export const REBEL_MODIFIERS: ReadonlySet<string> = new Set(['rebel', 'militant', 'guerrilla', 'insurgent', 'jihadist', 'separatist', 'extremist']);

export const QUOTE_CHARS: ReadonlySet<string> = new Set(['"', "'", '‘', '’', '“', '”']);

/** A country's forces named without a country: an armed attack on them is on the attacker's own country's. */
export const SECURITY_SECTORS: ReadonlyMap<string, string> = new Map([['army', 'MIL'], ['military', 'MIL'], ['troops', 'MIL'], ['soldiers', 'MIL'], ['soldier', 'MIL'], ['police', 'COP'], ['policemen', 'COP'], ['policeman', 'COP'], ['security', 'COP']]);
export const BACKING_PARTICIPLES: ReadonlySet<string> = new Set(['backed', 'aligned', 'allied', 'sponsored', 'funded', 'supported', 'trained', 'armed', 'installed', 'inspired', 'affiliated']);

/** Aircraft that are a force's only when it is named before them ("air force planes", "army warplanes", "its jets"). */
export const FORCE_HARDWARE: ReadonlySet<string> = new Set(['planes', 'jets', 'warplanes', 'aircraft', 'helicopters', 'gunships', 'bombers', 'fighter-bombers']);
/** Forces a government is named before ("government troops", "government aircraft"). */
export const GOVERNMENT_FORCES: ReadonlySet<string> = new Set(['troops', 'forces', 'soldiers', 'artillery', 'tanks', ...FORCE_HARDWARE]);
/** Heads that name the leaders of armed men ("guerrilla leaders", "rebel commanders"). */
export const ARMED_LEADERS: ReadonlySet<string> = new Set(['leaders', 'leader', 'commanders', 'commander', 'chiefs']);
/** The force "officers" belong to by the word before them ("army officers", "police officers"). */
export const OFFICERS_OF: ReadonlyMap<string, string> = new Map([['army', 'MIL'], ['military', 'MIL'], ['police', 'COP'], ['security', 'COP']]);
// ("hours after guerrillas ambushed Pinochet's motorcade": armed men with no name are the dispatch country's rebels)
// ("TOKYO - ... the ministry asked car makers to exercise prudence", "Officials urged": a government's offices and officials no one
// names are the dispatch country's, as its government is)
export const BARE_FORCES: ReadonlyMap<string, string> = new Map([['police', 'COP'], ['junta', 'GOV'], ['authorities', 'GOV'], ['government', 'GOV'], ['administration', 'GOV'], ['officials', 'GOV'], ['ministry', 'GOV'], ['department', 'GOV'], ['cabinet', 'GOV'],
  ['prosecutors', 'JUD'], ['troops', 'MIL'], ['soldiers', 'MIL'], ['army', 'MIL'], ['marines', 'MIL'], ['paratroopers', 'MIL'], ['commandos', 'MIL'], ['policemen', 'COP'], ['opposition', 'OPP'], ['guerrillas', 'REB'], ['rebels', 'REB'], ['insurgents', 'REB'], ['militants', 'REB'], ['gangs', 'REB'], ['gunmen', 'REB'], ['jihadists', 'REB'], ['separatists', 'REB'],
  ['kidnappers', 'REB'], ['captors', 'REB'], ['hostage-takers', 'REB'], ['fighters', 'REB']]);

export const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Bodies of states a complaint is lodged with, to be heard against another party: the U.N. and the GATT. */
export const COMPLAINT_FORUMS: ReadonlySet<string> = new Set(['IGOUN', 'IGOGATT']);
