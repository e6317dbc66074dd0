/**
 * Offices and titles: the head words that make a phrase before a name a title
 * ("Defense Minister", "Chief of the General Staff", "President") and the sector each implies.
 * A title's sector is a default; a military rank on the same person overrides GOV with MIL.
 */
export interface TitleHead {
  /** Head word or phrase, matched case-insensitively at the end or start of a title phrase. */
  readonly head: string;
  readonly sector: string;
}

const t = (sector: string, ...heads: string[]): TitleHead[] => heads.map((head) => ({ head, sector }));

export const TITLE_HEADS: readonly TitleHead[] = [
  ...t('GOV', 'President', 'Vice President', 'Vice-President', 'Prime Minister', 'Premier', 'Vice Premier', 'Vice-Premier', 'Chancellor',
    'Minister', 'Foreign Minister', 'Deputy Foreign Minister', 'Interior Minister', 'Finance Minister', 'Trade Minister',
    'Economy Minister', 'Energy Minister', 'Secretary', 'Secretary of State', 'Deputy Secretary of State', 'Secretary-General',
    'Secretary General', 'Ambassador', 'Envoy', 'Special Envoy', 'Spokesman', 'Spokeswoman', 'Spokesperson',
    'spokesman', 'spokeswoman', 'spokesperson', 'King', 'Queen', 'Crown Prince', 'Prince', 'Emir', 'Sheikh',
    'leader', 'Leader', 'Supreme Leader', 'Governor', 'Mayor', 'Head', 'Chief', 'Director', 'Director-General',
    'Director General', 'Chairman', 'Chairwoman', 'Chair', 'Commissioner', 'High Representative', 'Adviser', 'Advisor',
    'National Security Adviser', 'Press Secretary', 'Deputy Prime Minister', 'First Deputy Prime Minister',
    'State Councilor', 'Consul', 'Consul General', 'Chief of Staff', 'Cabinet Secretary', 'Chief Cabinet Secretary',
    'diplomat', 'official', 'Official', 'negotiator', 'Negotiator',
    // a cabinet office, not a member of a legislature ("U.S. Trade Representative Clayton Yeutter")
    'Trade Representative', 'Deputy Trade Representative', 'Assistant Trade Representative', 'Permanent Representative',
    // one word in American copy ("Undersecretary of State Michael Armacost")
    'Undersecretary', 'Under-Secretary',
    // the 1987 archive's lower-case vice-ministers ("Japanese vice-minister of finance Toyoo Gyohten")
    'Vice-Minister', 'Vice Minister'),
  ...t('MIL', 'Defense Minister', 'Defence Minister', 'Deputy Defense Minister', 'First Deputy Defense Minister',
    'Chief of the General Staff', 'Chief of General Staff', 'Chief of Staff of the Army', 'Chairman of the Joint Chiefs of Staff',
    'Commander', 'Commander-in-Chief', 'commander', 'Chief of the Joint Staff', 'Chief of Defence Staff', 'Chief of Defense Staff',
    'Chief of the Air Staff', 'Chief of Naval Staff', 'Army Chief', 'Navy Chief', 'Defense Secretary', 'Defence Secretary',
    'Secretary of Defense', 'Minister of Defense', 'Minister of Defence', 'military spokesman', 'Chief of the Joint Staff Department'),
  ...t('LEG', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'congressman', 'congresswoman', 'Speaker', 'lawmaker', 'Lawmaker', 'legislator', 'Member of Parliament', 'MP', 'Deputy Speaker',
    // a chamber's party leaders ("House Majority leader Thomas Foley", "Senate Minority Leader Robert Dole") lead no government
    'Majority Leader', 'Minority Leader', 'majority leader', 'minority leader'),
  ...t('JUD', 'Judge', 'Justice', 'Chief Justice', 'Prosecutor', 'Prosecutor General', 'Attorney General', 'prosecutor'),
  ...t('BUS', 'Chief Executive', 'Chief Executive Officer', 'CEO', 'chief executive', 'President and Chief Executive', 'executive', 'analyst', 'economist'),
  ...t('MED', 'journalist', 'Journalist', 'Editor', 'editor', 'correspondent', 'reporter', 'media tycoon', 'publisher', 'media mogul', 'blogger'),
  ...t('COP', 'Police Chief', 'police chief', 'Interior Ministry spokesman'),
  ...t('REB', 'rebel leader', 'militant leader', 'insurgent commander', 'gang leader', 'militia leader', 'guerrilla leader', 'rebel commander', 'militia commander', 'warlord'),
  // (a union's officers: "miners union chief Simon Reyes", "Bolivia's top union leader Juan Lechin")
  ...t('NGO', 'activist', 'Activist', 'union leader', 'union chief', 'union president', 'union official', 'union boss', 'labour leader', 'labor leader'),
  // ("Opposition leader Freeman Mbowe" leads no government)
  ...t('OPP', 'opposition leader', 'opposition candidate', 'opposition figure', 'opposition chief', 'opposition politician', 'dissident'),
];

/** An American legislator's party and state as wire copy writes them after his name: "(D-Texas)", ", R-N.C.,", "(D-W.Va.)". */
export const PARTY_AND_STATE = /^[DRI]-[A-Z][A-Za-z.]*$/;
/** A member of an American party ("a Texas Democrat", "the Kansas Republican"), which no person's name ends with. */
export const PARTY_MEMBER = /^(?:Democrat|Republican)s?$/;

/** Lower-cased head -> sector; longest heads are matched first by the mention finder. */
export const TITLE_SECTORS: ReadonlyMap<string, string> = new Map(TITLE_HEADS.map((h) => [h.head.toLowerCase(), h.sector]));

/** Words that join a title's parts: "Chief of the Joint Staff Department of the ... Commission". */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', "'s", '’s']);
