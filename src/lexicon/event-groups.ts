/**
 * Groups that act in events without a name of their own: a demonym (or a short country name) and
 * a group noun, "Russian missiles", "Chinese, Russian and Iranian warships", "U.S. and Philippine
 * troops", "Kenyan protesters"; or a group noun placed by a country, "Police in Thailand and
 * Myanmar", "men from Tajikistan". The events stage (src/stages/events.ts) codes them as
 * country + sector from this table. Data only.
 *
 * Sector codes follow test/fixtures/events/README.md: MIL armed forces and their hardware, COP
 * police, coast and border guards, GOV governments and their officials, BUS companies, MED media.
 * An empty sector is the country alone: civilians, crowds, and weapons whose force the text does
 * not name ("Russian missiles struck" is RUS, "the Russian military" is RUSMIL).
 */

/** Head noun (lower case, singular and plural listed) -> sector ('' = the country alone). */
export const GROUP_HEADS: Readonly<Record<string, string>> = {
  // armed forces and their hardware
  troops: 'MIL', troop: 'MIL', forces: 'MIL', force: 'MIL', soldiers: 'MIL', soldier: 'MIL', army: 'MIL', military: 'MIL',
  navy: 'MIL', 'air force': 'MIL', warships: 'MIL', warship: 'MIL', 'naval forces': 'MIL', units: 'MIL', servicemen: 'MIL',
  paratroopers: 'MIL', marines: 'MIL', sailors: 'MIL', commanders: 'MIL', generals: 'MIL', 'armed forces': 'MIL',
  jets: 'MIL', 'fighter jets': 'MIL', warplanes: 'MIL', bombers: 'MIL', destroyer: 'MIL', frigate: 'MIL', submarine: 'MIL',
  'aircraft carrier': 'MIL', battalion: 'MIL', brigade: 'MIL', fleet: 'MIL', reservists: 'MIL',
  missiles: '', missile: '', drones: '', drone: '', rockets: '', rocket: '', artillery: '', aircraft: '', planes: '',
  tanks: '', ships: '', ship: '', vessels: '', vessel: '', boats: '', boat: '', shells: '', tanker: '', tankers: '', 'oil tanker': '',
  freighter: '', 'cargo ship': '', 'fishing boat': '', 'fishing boats': '', 'fishing vessel': '',
  // police, coast and border guards
  police: 'COP', policemen: 'COP', 'police officers': 'COP', 'coast guard': 'COP', 'coastguard': 'COP', 'border guards': 'COP',
  'border guard': 'COP', 'security forces': 'COP', 'riot police': 'COP',
  // governments
  authorities: 'GOV', government: 'GOV', officials: 'GOV', official: 'GOV', diplomats: 'GOV', diplomat: 'GOV', leaders: 'GOV',
  ministers: 'GOV', negotiators: 'GOV', envoy: 'GOV', ambassador: 'GOV', delegation: 'GOV', envoys: 'GOV', 'foreign ministers': 'GOV',
  // business, media
  companies: 'BUS', company: 'BUS', firms: 'BUS', firm: 'BUS', businesses: 'BUS', banks: 'BUS', exporters: 'BUS',
  journalist: 'MED', journalists: 'MED', reporters: 'MED', reporter: 'MED', media: 'MED', broadcaster: 'MED',
  // people: the country alone
  protesters: '', protestors: '', demonstrators: '', activists: '', supporters: '', farmers: '', students: '', doctors: '', workers: '',
  people: '', citizens: '', nationals: '', civilians: '', migrants: '', refugees: '', residents: '', villagers: '',
  crew: '', 'crew members': '', sailor: '', seafarers: '', seamen: '', national: '', citizen: '', businessman: '', businessmen: '', men: '', women: '', fishermen: '', pilgrims: '', tourists: '', voters: '',
  prisoners: '', detainees: '', hostages: '', suspects: '', crowds: '', crowd: '', mob: '', rioters: '', personnel: '',
  // places and things that stand for their country as a target
  consulate: '', embassy: '', refinery: '', refineries: '', 'oil refinery': '', depot: '', airfield: '', 'air base': '',
  infrastructure: '', 'energy facilities': '', 'power plant': '', border: '', frontier: '', hospitals: '', hospital: '', positions: '', targets: '', territory: '', state: '',
  vehicles: '', 'electric vehicles': '', goods: '', imports: '', products: '', exports: '', cars: '',
  // courts
  court: 'JUD', courts: 'JUD', judges: 'JUD', prosecutors: 'JUD', parliament: 'LEG', lawmakers: 'LEG', legislators: 'LEG',
};

/** Non-state armed groups named as adjectives ("Houthi targets"): actor code. */
export const NONSTATE_ADJECTIVES: Readonly<Record<string, string>> = {
  Houthi: 'YEMREB', Houthis: 'YEMREB', Hamas: 'PSEREB', Hezbollah: 'LBNREB', Taliban: 'AFGREB', 'al-Shabaab': 'SOMREB',
};

/** Modifiers before the head that give the sector when the head has none ("Chinese coast guard ship"). */
export const GROUP_MODIFIERS: Readonly<Record<string, string>> = {
  military: 'MIL', navy: 'MIL', naval: 'MIL', army: 'MIL', 'air force': 'MIL', 'coast guard': 'COP', coastguard: 'COP',
  police: 'COP', government: 'GOV', state: 'GOV', opposition: 'OPP',
};

/** Words that stand for a crowd with no country of its own: placed by the town they act in. */
export const CROWD_WORDS: ReadonlySet<string> = new Set([
  'thousands', 'hundreds', 'dozens', 'tens', 'people', 'protesters', 'protestors', 'demonstrators', 'crowds', 'crowd',
  'residents', 'students', 'workers', 'activists', 'supporters',
]);

/**
 * Targets named only by a domestic group ("called on the government", "arrested dozens of
 * protesters", "stormed parliament"): for entries marked `domestic` they are of the actor's own
 * country, with this sector.
 */
export const DOMESTIC_HEADS: Readonly<Record<string, string>> = {
  government: 'GOV', authorities: 'GOV', regime: 'GOV', cabinet: 'GOV', parliament: 'LEG', lawmakers: 'LEG', legislators: 'LEG',
  opposition: 'OPP', 'opposition parties': 'OPP', 'opposition party': 'OPP', 'opposition leader': 'OPP', 'opposition figures': 'OPP', 'opposition activists': 'OPP', 'opposition leaders': 'OPP',
  journalists: 'MED', journalist: 'MED', reporters: 'MED',
  people: '', protesters: '', protestors: '', demonstrators: '', activists: '', relatives: '', critics: '', dissidents: '',
  students: '', workers: '', citizens: '', residents: '', civilians: '', 'political prisoners': '', prisoners: '', detainees: '',
  farmers: '', doctors: '', teachers: '', supporters: '', lawyers: '', monks: '', 'human rights activists': '', 'rights activists': '',
  voters: '', crowds: '', crowd: '', rioters: '', the_public: '',
};

/** Words of an amount before an object: "more than 2,000", "dozens of", "at least 12". */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'more', 'than', 'at', 'least', 'about', 'some', 'nearly', 'almost', 'over', 'around', 'dozens', 'hundreds', 'thousands',
  'tens', 'of', 'several', 'few', 'up', 'to', 'another', 'additional', 'all', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'a', 'an', 'the', 'any',
]);

/** Verbs that report speech: "X said they would ..." makes X the subject of "they". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'announced', 'announces', 'stated', 'added', 'declared', 'confirmed', 'insisted', 'warned', 'noted', 'signalled', 'signaled',
]);

/**
 * Participles that tell how a crowd protested, after a comma: "marched in Tehran, chanting slogans
 * against Israel". A protest's target is read on across the comma when one of these follows it.
 */
export const PROTEST_MANNER: ReadonlySet<string> = new Set([
  'chanting', 'shouting', 'demanding', 'waving', 'carrying', 'holding', 'burning', 'brandishing', 'calling', 'denouncing', 'condemning',
]);
