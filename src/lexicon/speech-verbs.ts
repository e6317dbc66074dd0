/**
 * Speech and attribution cues, as data: verbs (every form used in wire copy), the words that may
 * sit between a speaker and its verb ("has long argued"), objects of telling ("told reporters"),
 * adjuncts after a cue ("said in a statement on Friday"), phrases that put the source first
 * ("according to X") and verbs that frame a quoted fragment (`called it "naked bullying"`).
 * The quotes stage compiles each list once into a regular expression.
 */
import { table } from './table.js';

/** Forms of a verb, `|`-separated: base, third person, past (and participle), -ing. */
const forms = (entries: readonly string[]): string[] => entries.flatMap((e) => e.split('|'));

/**
 * Verbs of saying: they take a content clause, a quote, or stand in a trailing attribution
 * ("..., the ministry said"). Multi-word cues are matched as phrases.
 */
export const SAY_VERBS: readonly string[] = forms([
  'say|says|said|saying', 'tell|tells|told|telling', 'state|states|stated|stating', 'add|adds|added|adding',
  'stress|stresses|stressed|stressing', 'note|notes|noted|noting', 'point out|points out|pointed out|pointing out',
  'declare|declares|declared|declaring', 'emphasize|emphasizes|emphasized|emphasizing', 'emphasise|emphasises|emphasised|emphasising',
  'underline|underlines|underlined|underlining', 'underscore|underscores|underscored|underscoring',
  'report|reports|reported|reporting', 'announce|announces|announced|announcing', 'warn|warns|warned|warning',
  'insist|insists|insisted|insisting', 'claim|claims|claimed|claiming', 'argue|argues|argued|arguing',
  'explain|explains|explained|explaining', 'remark|remarks|remarked|remarking', 'observe|observes|observed|observing',
  'affirm|affirms|affirmed|affirming', 'confirm|confirms|confirmed|confirming', 'maintain|maintains|maintained|maintaining',
  'assert|asserts|asserted|asserting', 'acknowledge|acknowledges|acknowledged|acknowledging', 'admit|admits|admitted|admitting',
  'suggest|suggests|suggested|suggesting', 'write|writes|wrote|writing|written', 'comment|comments|commented|commenting',
  'recall|recalls|recalled|recalling', 'contend|contends|contended|contending', 'reiterate|reiterates|reiterated|reiterating',
  'reply|replies|replied|replying', 'respond|responds|responded|responding', 'answer|answers|answered|answering',
  'conclude|concludes|concluded|concluding', 'predict|predicts|predicted|predicting', 'promise|promises|promised|promising',
  'pledge|pledges|pledged|pledging', 'vow|vows|vowed|vowing', 'caution|cautions|cautioned|cautioning',
  'complain|complains|complained|complaining', 'charge|charges|charged|charging', 'allege|alleges|alleged|alleging',
  'deny|denies|denied|denying', 'disclose|discloses|disclosed|disclosing', 'reveal|reveals|revealed|revealing',
  'indicate|indicates|indicated|indicating', 'mention|mentions|mentioned|mentioning', 'specify|specifies|specified|specifying',
  'clarify|clarifies|clarified|clarifying', 'assure|assures|assured|assuring', 'concede|concedes|conceded|conceding',
  'hint|hints|hinted|hinting', 'tweet|tweets|tweeted|tweeting', 'post|posts|posted', 'inform|informs|informed|informing',
  'brief|briefs|briefed|briefing', 'testify|testifies|testified|testifying', 'counter|counters|countered|countering',
  'retort|retorts|retorted|retorting', 'boast|boasts|boasted|boasting', 'lament|laments|lamented|lamenting',
  'acknowledge|acknowledges|acknowledged', 'estimate|estimates|estimated|estimating', 'propose|proposes|proposed|proposing',
  'agree|agrees|agreed', 'announce|announces|announced', 'repeat|repeats|repeated|repeating', 'signal|signals|signaled|signalled',
  'speculate|speculates|speculated|speculating', 'forecast|forecasts|forecasted', 'demand|demands|demanded|demanding',
  'urge|urges|urged|urging', 'remind|reminds|reminded|reminding', 'predict|predicts|predicted', 'concur|concurs|concurred',
  'assess|assesses|assessed', 'ask|asks|asked|asking', 'wonder|wonders|wondered|wondering',
  'go on|goes on|went on', 'continue|continues|continued', 'put it|puts it',
  'was quoted as saying', 'were quoted as saying', 'is quoted as saying', 'was cited as saying', 'was reported as saying',
  'expressed confidence', 'expressed hope', 'voiced hope', 'voiced confidence', 'expressed concern', 'voiced concern',
  'made clear|makes clear|making clear', 'made it clear|makes it clear', 'spelled out', 'laid out',
]);

/**
 * Verbs of belief and judgement: attributions in PolNeAR's sense, but only with an explicit
 * content clause after them ("polls show that ...", "he believes that ..."), never trailing.
 */
export const THINK_VERBS: readonly string[] = forms([
  'believe|believes|believed|believing', 'think|thinks|thought|thinking', 'hope|hopes|hoped|hoping',
  'fear|fears|feared|fearing', 'expect|expects|expected|expecting', 'feel|feels|felt|feeling', 'know|knows|knew|known',
  'worry|worries|worried|worrying', 'doubt|doubts|doubted|doubting', 'suspect|suspects|suspected|suspecting',
  'show|shows|showed|shown|showing', 'find|finds|found|finding', 'conclude|concludes|concluded', 'recognize|recognizes|recognized',
  'understand|understands|understood', 'consider|considers|considered', 'learn|learns|learned|learnt', 'see|sees|saw',
]);

/** Verbs only ever used after a quote ("...?" he asked; "...!" she exclaimed). */
export const TRAILING_ONLY_VERBS: readonly string[] = forms([
  'exclaim|exclaims|exclaimed', 'joke|jokes|joked', 'quip|quips|quipped', 'shout|shouts|shouted', 'laugh|laughs|laughed',
  'sigh|sighs|sighed', 'snap|snaps|snapped', 'scoff|scoffs|scoffed', 'muse|muses|mused', 'chime in|chimed in',
]);

/** Verbs that frame a quoted fragment: `called it "naked bullying"`, `wished him "every success"`. */
export const FRAMING_VERBS: readonly string[] = forms([
  'call|calls|called|calling', 'describe|describes|described|describing', 'term|terms|termed|terming',
  'dub|dubs|dubbed|dubbing', 'brand|brands|branded|branding', 'label|labels|labeled|labelled|labeling|labelling',
  'wish|wishes|wished|wishing', 'accuse|accuses|accused|accusing', 'refer|refers|referred|referring',
  'characterize|characterizes|characterized|characterizing', 'condemn|condemns|condemned|condemning',
  'denounce|denounces|denounced|denouncing', 'praise|praises|praised|praising', 'criticize|criticizes|criticized|criticizing',
  'criticise|criticises|criticised|criticising', 'hail|hails|hailed|hailing', 'promise|promises|promised',
  'vow|vows|vowed', 'pledge|pledges|pledged', 'welcome|welcomes|welcomed|welcoming', 'express|expresses|expressed|expressing',
  'voice|voices|voiced', 'demand|demands|demanded', 'urge|urges|urged', 'threaten|threatens|threatened|threatening',
]);

/**
 * Verbs of stance whose object is the attributed content (PolNeAR annotates them): "endorsed
 * Cruz", "called for a special prosecutor", "criticized the president's foreign policy". The
 * content is the object up to the end of its clause. Framing verbs listed here fall back to
 * this reading when no quoted fragment follows.
 */
export const OBJECT_VERBS: readonly string[] = forms([
  'call for|calls for|called for|calling for', 'endorse|endorses|endorsed|endorsing',
  'criticize|criticizes|criticized|criticizing', 'criticise|criticises|criticised|criticising',
  'praise|praises|praised|praising', 'condemn|condemns|condemned|condemning', 'denounce|denounces|denounced|denouncing',
  'defend|defends|defended|defending', 'questioned|questioning', 'opposed|opposing',
  'point to|points to|pointed to|pointing to',
  'talk about|talks about|talked about|talking about', 'speak about|speaks about|spoke about|speaking about',
  'discuss|discusses|discussed|discussing', 'hail|hails|hailed|hailing',
  'refer to|refers to|referred to|referring to', 'shows|showed', 'found|finds',
]);

/**
 * The verb forms the mentions stage treats as marking a speaker ("Gerasimov said"). Kept to
 * unambiguous forms: "state", "report" or "post" after a name are as often nouns.
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

/**
 * Words that may stand between a speaker and its verb: auxiliaries and adverbs
 * ("has long argued", "also told", "did not say").
 */
export const PRE_CUE_WORDS: readonly string[] = [
  'has', 'have', 'had', 'also', 'long', 'later', 'then', 'again', 'further', 'earlier', 'previously', 'recently',
  'repeatedly', 'separately', 'once', 'reportedly', 'publicly', 'privately', 'openly', 'explicitly', 'frequently',
  'often', 'already', 'first', 'initially', 'subsequently', 'consistently', 'would', 'will', 'may', 'might', 'could',
  'can', 'should', 'did', 'does', 'do', 'not', 'never', 'always', 'even', 'still', 'just', 'only', 'flatly', 'firmly',
  'strongly', 'bluntly', 'angrily', 'sharply', 'quickly', 'immediately', 'simply', 'clearly', 'herself', 'himself',
  'itself', 'themselves', 'personally', 'in turn', 'once again', 'once more', 'for his part', 'for her part', 'for its part',
];

/** What a telling verb's object may be before its content: "told reporters", "assured him". */
export const SPEECH_OBJECTS: readonly string[] = [
  'reporters', 'journalists', 'the press', 'the media', 'media', 'lawmakers', 'legislators', 'parliament', 'the parliament',
  'senators', 'supporters', 'the audience', 'an audience', 'the crowd', 'a crowd', 'the conference', 'the meeting', 'delegates',
  'participants', 'students', 'voters', 'viewers', 'listeners', 'readers', 'me', 'him', 'her', 'them', 'us', 'you',
  'the committee', 'the court', 'the council', 'the assembly', 'congress', 'the senate', 'the house', 'the summit',
  'a news conference', 'a press conference', 'a briefing', 'a news briefing', 'a press briefing', 'an interviewer',
];

/**
 * Adjunct phrases that follow a cue before its content or close a trailing attribution:
 * "said on Friday", "said in a statement", "told a news conference in Moscow".
 * Heads of noun cues ("in a statement", "in an interview with") live here.
 */
export const CUE_ADJUNCT_HEADS: readonly string[] = [
  'statement', 'interview', 'news conference', 'press conference', 'briefing', 'news briefing', 'press briefing', 'speech',
  'address', 'letter', 'post', 'tweet', 'message', 'remarks', 'comments', 'report', 'communique', 'communiqué', 'op-ed',
  'column', 'essay', 'podcast', 'broadcast', 'telephone call', 'phone call', 'call', 'email', 'e-mail', 'emailed statement',
  'written statement', 'televised address', 'video', 'video address', 'radio address', 'rally', 'debate', 'hearing',
  'testimony', 'appearance', 'meeting', 'talks', 'session', 'conference', 'forum', 'event', 'visit', 'trip', 'book',
  'memoir', 'article', 'editorial', 'release', 'press release', 'news release', 'blog post', 'telegram', 'channel',
  'Telegram', 'Twitter', 'X', 'Facebook', 'Instagram', 'Truth Social', 'television', 'TV', 'radio', 'website', 'site',
];

/** Cue phrases that precede the source: "according to X", "in the words of X". */
export const SOURCE_PREPOSITIONS: readonly string[] = [
  'according to', 'as quoted by', 'in the words of', 'cited by', 'quoting', 'as reported by', 'as told to', 'citing',
  'as cited by', 'as stated by', 'reported by', 'per',
];

/** Third-person pronouns that may stand for a speaker, with their gender. */
export const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = table({
  he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f', it: 'n', its: 'n', they: 'p', them: 'p', their: 'p',
});
