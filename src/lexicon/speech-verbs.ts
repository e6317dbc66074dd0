/**
 * Speech and attribution cues: verbs (every form used in wire copy) and phrases that introduce
 * reported speech. `kind` "say" verbs take a quote; "nominal" cues are phrases like "according to".
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'stressed', 'stresses', 'pointed out', 'points out', 'noted', 'notes', 'added', 'adds',
  'told', 'tells', 'stated', 'states', 'declared', 'declares', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'underlined', 'underlines', 'underscored', 'underscores', 'reported', 'reports', 'announced', 'announces', 'warned',
  'warns', 'insisted', 'insists', 'claimed', 'claims', 'argued', 'argues', 'explained', 'explains', 'remarked',
  'observed', 'affirmed', 'affirms', 'confirmed', 'confirms', 'maintained', 'maintains', 'asserted', 'asserts',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'suggested', 'suggests', 'wrote', 'writes', 'commented',
  'recalled', 'recalls', 'believes', 'believed', 'contended', 'contends', 'reiterated', 'reiterates', 'replied',
  'replies', 'responded', 'responds', 'answered', 'continued', 'concluded', 'estimated', 'predicted', 'promised',
  'pledged', 'vowed', 'threatened', 'urged', 'cautioned', 'complained', 'charged', 'alleged', 'denied', 'disclosed',
  'revealed', 'indicated', 'mentioned', 'specified', 'clarified', 'assured', 'conceded', 'hinted', 'tweeted', 'posted',
  'quoted', 'informed', 'briefed', 'highlighted', 'agreed', 'expressed confidence', 'voiced hope', 'expressed hope',
  'went on', 'told reporters', 'told journalists', 'told a news conference', 'told a press conference', 'was quoted as saying',
  'was cited as saying', 'said in a statement', 'said on Telegram', 'announced on',
];

/** Cue phrases that precede the speaker: "according to X", "in the words of X". */
export const SOURCE_PREPOSITIONS: readonly string[] = ['according to', 'as quoted by', 'in the words of', 'cited by', 'quoting'];

/** Third-person pronouns that may stand for a speaker, with their gender. */
export const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = {
  he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f', it: 'n', its: 'n', they: 'p', them: 'p', their: 'p',
};
