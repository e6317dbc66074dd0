/**
 * A small English morphology for the event-trigger lexicon: from a verb lemma, every form wire
 * copy uses (base, 3rd person, past, past participle, gerund); from a noun, its plural. The
 * lexicon lists lemmas only; irregular forms live in the table below, so adding a verb whose forms
 * follow the rules never needs more than its lemma.
 */

export interface VerbForms {
  readonly base: string;
  readonly third: string;
  readonly past: string;
  readonly participle: string;
  readonly gerund: string;
  /** Other spellings wire copy uses ("travelled" beside "traveled"), with the form each stands for. */
  readonly alternates: readonly (readonly [string, 'base' | 'past' | 'participle' | 'gerund'])[];
}

/**
 * Irregular verbs: lemma -> [past, participle] or [past, participle, gerund]. A form may list
 * alternates with `|`, the first being the one reported: American and British spellings both run on
 * the wires ("traveled|travelled").
 */
const IRREGULAR: Record<string, readonly [string, string] | readonly [string, string, string]> = {
  travel: ['traveled|travelled', 'traveled|travelled', 'traveling|travelling'], cancel: ['canceled|cancelled', 'canceled|cancelled', 'canceling|cancelling'],
  signal: ['signaled|signalled', 'signaled|signalled', 'signaling|signalling'], label: ['labeled|labelled', 'labeled|labelled', 'labeling|labelling'],
  fuel: ['fueled|fuelled', 'fueled|fuelled', 'fueling|fuelling'], channel: ['channeled|channelled', 'channeled|channelled', 'channeling|channelling'],
  level: ['leveled|levelled', 'leveled|levelled', 'leveling|levelling'], initial: ['initialed|initialled', 'initialed|initialled', 'initialing|initialling'], model: ['modeled|modelled', 'modeled|modelled', 'modeling|modelling'],
  quarrel: ['quarreled|quarrelled', 'quarreled|quarrelled', 'quarreling|quarrelling'], counsel: ['counseled|counselled', 'counseled|counselled', 'counseling|counselling'],
  total: ['totaled|totalled', 'totaled|totalled', 'totaling|totalling'], dial: ['dialed|dialled', 'dialed|dialled', 'dialing|dialling'],
  dispatch: ['dispatched|despatched', 'dispatched|despatched', 'dispatching|despatching'],
  spell: ['spelled|spelt', 'spelled|spelt'], burn: ['burned|burnt', 'burned|burnt'], dream: ['dreamed|dreamt', 'dreamed|dreamt'],
  arise: ['arose', 'arisen'], blow: ['blew', 'blown'], be: ['was', 'been'], bear: ['bore', 'borne'], beat: ['beat', 'beaten'],
  begin: ['began', 'begun'], bind: ['bound', 'bound'], break: ['broke', 'broken'], bring: ['brought', 'brought'],
  build: ['built', 'built'], buy: ['bought', 'bought'], catch: ['caught', 'caught'], come: ['came', 'come'],
  cut: ['cut', 'cut'], deal: ['dealt', 'dealt'], do: ['did', 'done'], draw: ['drew', 'drawn'], drive: ['drove', 'driven'],
  fight: ['fought', 'fought'], find: ['found', 'found'], fly: ['flew', 'flown'], forbid: ['forbade', 'forbidden'],
  forgive: ['forgave', 'forgiven'], freeze: ['froze', 'frozen'], get: ['got', 'got'], give: ['gave', 'given'],
  go: ['went', 'gone'], have: ['had', 'had'], hit: ['hit', 'hit'], hold: ['held', 'held'], keep: ['kept', 'kept'],
  lay: ['laid', 'laid'], lead: ['led', 'led'], lend: ['lent', 'lent'], let: ['let', 'let'], make: ['made', 'made'],
  meet: ['met', 'met'], overrun: ['overran', 'overrun'], overthrow: ['overthrew', 'overthrown'], pay: ['paid', 'paid'],
  put: ['put', 'put'], quit: ['quit', 'quit'], rebuild: ['rebuilt', 'rebuilt'], ride: ['rode', 'ridden'], run: ['ran', 'run'],
  seek: ['sought', 'sought'], sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'], shake: ['shook', 'shaken'],
  shoot: ['shot', 'shot'], shut: ['shut', 'shut'], sit: ['sat', 'sat'], speak: ['spoke', 'spoken'], spend: ['spent', 'spent'],
  stand: ['stood', 'stood'], steal: ['stole', 'stolen'], strike: ['struck', 'struck'], swear: ['swore', 'sworn'],
  take: ['took', 'taken'], teach: ['taught', 'taught'], tear: ['tore', 'torn'], tell: ['told', 'told'], think: ['thought', 'thought'],
  throw: ['threw', 'thrown'], undertake: ['undertook', 'undertaken'], upset: ['upset', 'upset'], wage: ['waged', 'waged'],
  withdraw: ['withdrew', 'withdrawn'], withhold: ['withheld', 'withheld'], write: ['wrote', 'written'], win: ['won', 'won'],
  shell: ['shelled', 'shelled'], see: ['saw', 'seen'], grow: ['grew', 'grown'], overtake: ['overtook', 'overtaken'], retake: ['retook', 'retaken'],
  say: ['said', 'said'], uphold: ['upheld', 'upheld'], mislead: ['misled', 'misled'], foresee: ['foresaw', 'foreseen'], leave: ['left', 'left'],
};

/** Verbs that double their final consonant before -ed/-ing (beyond the one-syllable rule). */
const DOUBLING = new Set(['admit', 'commit', 'submit', 'permit', 'regret', 'occur', 'prefer', 'refer', 'confer', 'transfer', 'control', 'patrol', 'compel', 'expel', 'propel', 'repel', 'rebut', 'equip', 'outfit', 'embed', 'acquit', 'abet', 'allot', 'annul', 'dispel', 'extol', 'deter', 'begin', 'quit', 'kidnap', 'airdrop', 'worship']);
/** One-syllable verbs ending consonant-vowel-consonant that do not double (w, x, y never double). */
const NO_DOUBLING = new Set(['visit', 'open', 'happen', 'offer', 'threaten', 'strengthen', 'weaken', 'deepen', 'broaden', 'widen', 'listen', 'render', 'enter', 'order', 'consider', 'deliver', 'gather', 'counter', 'register', 'shelter', 'harbor', 'honor', 'favor', 'foster', 'bolster', 'condition', 'question', 'target', 'budget', 'pardon', 'summon', 'abandon', 'fasten', 'lessen', 'launder', 'hammer', 'bomb']);

const VOWEL = /[aeiou]/;

export function verbForms(lemma: string): VerbForms {
  const irregular = IRREGULAR[lemma];
  const third = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const stem = doubles(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
  let regularPast: string;
  if (lemma.endsWith('e')) regularPast = `${lemma}d`;
  else if (/[^aeiou]y$/.test(lemma)) regularPast = `${lemma.slice(0, -1)}ied`;
  else regularPast = `${stem}ed`;
  let gerund: string;
  if (/ie$/.test(lemma)) gerund = `${lemma.slice(0, -2)}ying`;
  else if (/[^e]e$/.test(lemma) && lemma !== 'be' && !/(?:ee|ye|oe)$/.test(lemma)) gerund = `${lemma.slice(0, -1)}ing`;
  else gerund = `${stem}ing`;
  // the plural's forms stand beside the singular's: "workers are on strike", "troops were put on alert", "they're ready"
  if (lemma === 'be') return { base: 'be', third: 'is', past: 'was', participle: 'been', gerund: 'being', alternates: [['are', 'base'], ["'re", 'base'], ['were', 'past']] };
  if (lemma === 'have') return { base: 'have', third: 'has', past: 'had', participle: 'had', gerund: 'having', alternates: [] };
  if (!irregular) return { base: lemma, third, past: regularPast, participle: regularPast, gerund, alternates: [] };
  const [past, ...otherPast] = irregular[0].split('|');
  const [participle, ...otherParticiple] = irregular[1].split('|');
  const [ownGerund, ...otherGerund] = (irregular[2] ?? gerund).split('|');
  const alternates = [
    ...otherPast.map((f) => [f, 'past'] as const),
    ...otherParticiple.map((f) => [f, 'participle'] as const),
    ...otherGerund.map((f) => [f, 'gerund'] as const),
  ];
  return { base: lemma, third, past, participle, gerund: ownGerund, alternates };
}

function doubles(lemma: string): boolean {
  if (DOUBLING.has(lemma)) return true;
  if (NO_DOUBLING.has(lemma)) return false;
  // one syllable, consonant-vowel-consonant: stop, ban, plan, ship
  const m = /^[^aeiou]*([aeiou])([^aeiouwxy])$/.exec(lemma);
  return m !== null && !VOWEL.test(lemma.slice(0, m.index + lemma.length - 2).replace(/^[^aeiou]*/, ''));
}

/** Plural of a noun for nominal triggers ("strike" -> "strikes", "sanctions" stays). */
export function nounForms(noun: string): string[] {
  if (noun.endsWith('s')) return [noun];
  if (/(?:sh|ch|x|z)$/.test(noun)) return [noun, `${noun}es`];
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  return [noun, `${noun}s`];
}
