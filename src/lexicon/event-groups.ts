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
  // armed groups of a country ("Afghan guerrillas", "Yemeni rebels", "Lebanese kidnappers")
  guerrillas: 'REB', guerrilla: 'REB', rebels: 'REB', rebel: 'REB', militants: 'REB', separatists: 'REB', insurgents: 'REB', gunmen: 'REB',
  kidnappers: 'REB', captors: 'REB', navies: 'MIL',
  // people of a country, the country alone ("arrested 23 Albanian members of a cocaine-smuggling network")
  youths: '', children: '', monks: '', pilots: '', members: '',
  // armed forces and their hardware
  troops: 'MIL', troop: 'MIL', forces: 'MIL', force: 'MIL', soldiers: 'MIL', soldier: 'MIL', army: 'MIL', military: 'MIL',
  navy: 'MIL', 'air force': 'MIL', warships: 'MIL', warship: 'MIL', 'naval forces': 'MIL', units: 'MIL', servicemen: 'MIL',
  paratroopers: 'MIL', commandos: 'MIL', marines: 'MIL', sailors: 'MIL', commanders: 'MIL', generals: 'MIL', 'armed forces': 'MIL', peacekeepers: 'MIL',
  jets: 'MIL', jet: 'MIL', 'fighter jets': 'MIL', warplanes: 'MIL', warplane: 'MIL', gunboats: 'MIL', gunboat: 'MIL', helicopters: 'MIL', helicopter: 'MIL', 'military jets': 'MIL', bombers: 'MIL', destroyer: 'MIL', frigate: 'MIL', submarine: 'MIL',
  'aircraft carrier': 'MIL', 'air defences': 'MIL', 'air defenses': 'MIL', 'air defence': 'MIL', 'air defense': 'MIL', battalion: 'MIL', brigade: 'MIL', fleet: 'MIL', reservists: 'MIL',
  // what an army holds stands for it as a target ("bombed Laotian positions", "shelled Armenian positions")
  positions: 'MIL', outposts: 'MIL', 'guerrilla positions': 'REB', 'rebel positions': 'REB', 'militant positions': 'REB',
  missiles: '', missile: '', drones: '', drone: '', rockets: '', rocket: '', artillery: '', aircraft: '', planes: '', bomb: '', bombs: '', 'glide bomb': '', 'glide bombs': '',
  tanks: '', ships: '', ship: '', vessels: '', vessel: '', boats: '', boat: '', shells: '', tanker: '', tankers: '', 'oil tanker': '',
  freighter: '', 'cargo ship': '', supertanker: '', supertankers: '', 'fishing boat': '', 'fishing boats': '', 'fishing vessel': '', trawler: '', trawlers: '', 'fishing vessels': '',
  // intelligence services: the state itself, no sector the fixtures agree on
  'intelligence services': '', 'intelligence service': '', 'intelligence agencies': '', 'intelligence agency': '', 'spy agency': '',
  // police, coast and border guards
  police: 'COP', policemen: 'COP', 'police officers': 'COP', 'coast guard': 'COP', 'coastguard': 'COP', 'coast guards': 'COP', coastguards: 'COP', 'border guards': 'COP',
  'border guard': 'COP', 'border forces': 'COP', 'border police': 'COP', 'security forces': 'COP', 'riot police': 'COP',
  // ("Chinese law enforcement officers boarded a Vietnamese fishing boat": the officers of a country's law enforcement)
  'law enforcement': 'COP',
  // governments
  authorities: 'GOV', government: 'GOV', officials: 'GOV', official: 'GOV', diplomats: 'GOV', diplomat: 'GOV', leaders: 'GOV',
  ministers: 'GOV', negotiators: 'GOV', mediators: 'GOV', mediator: 'GOV', delegations: 'GOV', negotiator: 'GOV', hosts: 'GOV', "charge d'affaires": 'GOV', 'embassy official': 'GOV', 'embassy officials': 'GOV', envoy: 'GOV', ambassador: 'GOV', 'high commissioner': 'GOV', delegation: 'GOV', envoys: 'GOV', 'foreign ministers': 'GOV',
  // a state's delegation by another name ("a three-man Japanese trade team", "the Soviet negotiating team"): the wire copy's teams
  // sent abroad are its government's (not missions: "its diplomatic missions in the United States" would go to the host)
  team: 'GOV', teams: 'GOV',
  // an heir who acts for a monarchy with no name told ("Kuwait's crown prince asked")
  'crown prince': 'GOV',
  // ("the presidents of Congo and Rwanda", "the prime ministers of Spain and Portugal"; a defence minister heads the armed forces)
  presidents: 'GOV', premiers: 'GOV', 'prime ministers': 'GOV', 'interior ministers': 'GOV', 'finance ministers': 'GOV', 'trade ministers': 'GOV',
  'economy ministers': 'GOV', 'energy ministers': 'GOV', 'defence ministers': 'MIL', 'defense ministers': 'MIL', 'army chiefs': 'MIL', 'military chiefs': 'MIL',
  // the armed forces' officials and ministry ("Chinese defence officials", "the defence ministry of Armenia"), beside the
  // government's ("the foreign ministry of Armenia")
  'defence officials': 'MIL', 'defense officials': 'MIL', 'military officials': 'MIL', 'defence ministry': 'MIL', 'defense ministry': 'MIL',
  'foreign ministry': 'GOV',
  // a junta governs: "Mali's military government", "Niger's military rulers"
  leadership: 'GOV', administration: 'GOV', regime: 'GOV', 'military government': 'GOV', 'military junta': 'GOV', junta: 'GOV', 'military rulers': 'GOV', 'military leaders': 'GOV',
  'transitional government': 'GOV', 'interim government': 'GOV', 'coup leaders': 'GOV',
  // out of power, whatever the head says alone ("Georgian opposition leaders" are no government)
  'opposition leaders': 'OPP', 'opposition leader': 'OPP', 'opposition figures': 'OPP', 'opposition parties': 'OPP', 'opposition politicians': 'OPP',
  'opposition lawmakers': 'OPP', 'opposition groups': 'OPP', opposition: 'OPP',
  // an armed group's leaders are of the group ("Afghan guerrilla leaders vowed to fight on")
  'guerrilla leaders': 'REB', 'guerrilla leader': 'REB', 'rebel leaders': 'REB', 'rebel leader': 'REB', 'rebel commanders': 'REB', 'rebel commander': 'REB',
  // an embassy is its government's, speaking or targeted ("the U.S. embassy criticised", "protesters stormed the Saudi embassy")
  embassy: 'GOV', embassies: 'GOV',
  // business, media
  companies: 'BUS', company: 'BUS', firms: 'BUS', firm: 'BUS', businesses: 'BUS', banks: 'BUS', exporters: 'BUS',
  makers: 'BUS', manufacturers: 'BUS', automakers: 'BUS', carmakers: 'BUS',
  // (makers of one good are firms too: "West German steelmakers criticized", "U.S. cane sugar refiners met")
  'car makers': 'BUS', steelmakers: 'BUS', shipbuilders: 'BUS', refiners: 'BUS', importers: 'BUS', processors: 'BUS',
  // ("French maize producers will ask the EC Commission", "the U.S. rice industry", "Japanese buyers": a country's producers of a good,
  // its industry and its buyers are its firms; not its traders or dealers, who in the copy are mostly the market's unnamed sources)
  producers: 'BUS', industry: 'BUS', buyers: 'BUS',
  // people of business speak for it, not for their state ("Brazilian business leaders called on the government", "Japanese bankers")
  'business leaders': 'BUS', 'business groups': 'BUS', businessmen: 'BUS', industrialists: 'BUS', bankers: 'BUS', executives: 'BUS', 'business executives': 'BUS',
  // (the employers' side in a labour dispute: "Shipowners have offered a 100 per cent raise", "Employers offered a 4.75 pct wage increase")
  employers: 'BUS', shipowners: 'BUS',
  // (and its bare name across the table from a union: "the union resumed talks with management")
  management: 'BUS',
  journalist: 'MED', journalists: 'MED', newspapers: 'MED', reporters: 'MED', reporter: 'MED', media: 'MED', broadcaster: 'MED',
  // people: the country alone
  opponents: 'OPP', dissidents: 'OPP', protesters: '', protestors: '', demonstrators: '', activists: '', supporters: '', farmers: '', students: '', doctors: '', workers: '',
  unions: '', union: '', 'labour unions': '', 'labor unions': '', 'trade unions': '', federation: '', confederation: '',
  // (a union's officials are no state's: "detained about 40 union officials")
  'union officials': '', 'union official': '',
  // (and its members, who vote on an offer: "Union members unanimously rejected the latest company offer")
  'union members': '',
  // (nor its leaders, whom the bare "leaders" would make a government: "Belgrade trade union leaders joined attacks on the wage freeze")
  'union leaders': '', 'union leader': '', 'labour leaders': '', 'labor leaders': '',
  people: '', citizens: '', nationals: '', civilians: '', migrants: '', refugees: '', residents: '', villagers: '',
  // people by their trade, who strike, march and block roads ("Nigerian teachers went on strike", "Chilean miners blocked")
  teachers: '', miners: '', nurses: '', medics: '', physicians: '', strikers: '', marchers: '', truckers: '', drivers: '', lawyers: '',
  pensioners: '', retirees: '', veterans: '', employees: '', dockworkers: '', dockers: '', steelworkers: '', metalworkers: '', railwaymen: '',
  shopkeepers: '', herders: '', mourners: '',
  // (trades of one word in -workers, and others the crowd words name: "The bankworkers are seeking an immediate pay rise of 100 pct")
  bankworkers: '', carworkers: '', autoworkers: '', mineworkers: '', farmworkers: '', oilworkers: '', stevedores: '', longshoremen: '',
  machinists: '', busmen: '', peasants: '',
  // (and trades of two words: "The country's letter carriers went on strike")
  'letter carriers': '', 'mail carriers': '', postmen: '',
  // churchmen speak for no state: the country's people ("Poland's Roman Catholic bishops appealed to the government")
  bishops: '', clergymen: '', clergy: '', priests: '', 'church leaders': '', churchmen: '',
  crew: '', 'crew members': '', sailor: '', seafarers: '', seamen: '', national: '', citizen: '', businessman: '', men: '', women: '', fishermen: '', pilgrims: '', tourists: '', voters: '',
  prisoners: '', detainees: '', hostages: '', suspects: '', crowds: '', crowd: '', mob: '', rioters: '', personnel: '',
  // places and things that stand for their country as a target
  consulate: '', refinery: '', refineries: '', 'oil refinery': '', depot: '', airfield: '', 'air base': '',
  infrastructure: '', 'energy facilities': '', 'power plant': '', 'power plants': '', 'power stations': '', 'power station': '', border: '', frontier: '', hospitals: '', hospital: '', targets: '', territory: '', state: '',
  vehicles: '', 'electric vehicles': '', goods: '', imports: '', products: '', exports: '', cars: '',
  // courts
  court: 'JUD', courts: 'JUD', judges: 'JUD', prosecutors: 'JUD', jury: 'JUD', juries: 'JUD', 'grand jury': 'JUD', 'grand juries': 'JUD', parliament: 'LEG', lawmakers: 'LEG', legislators: 'LEG', mps: 'LEG', parliamentarians: 'LEG', senators: 'LEG', congressmen: 'LEG',
  // ("Italian deputies called on the government": the plural is a legislature's members; the singular is a title's word, "deputy minister")
  deputies: 'LEG',
};

/** Legislatures whose members are named by "members of" ("Members of parliament urged the government", "members of the Diet"): LEG. */
export const LEGISLATURES: ReadonlySet<string> = new Set(['parliament', 'congress', 'senate', 'diet', 'knesset', 'bundestag', 'sejm', 'majlis', 'storting', 'riksdag', 'folketing', 'cortes']);

/** Non-state armed groups named as adjectives ("Houthi targets"): actor code. */
export const NONSTATE_ADJECTIVES: Readonly<Record<string, string>> = {
  Houthi: 'YEMREB', Houthis: 'YEMREB', Hamas: 'PSEREB', Hezbollah: 'LBNREB', Taliban: 'AFGREB', 'al-Shabaab': 'SOMREB',
  // armed movements named by their region's people ("Tigrayan forces", "Kurdish militants" are no state's)
  Tigrayan: 'ETHREB', Contra: 'NICREB', Sandinista: 'NICGOV',
};

/** Modifiers before the head that give the sector when the head has none ("Chinese coast guard ship"). */
export const GROUP_MODIFIERS: Readonly<Record<string, string>> = {
  military: 'MIL', navy: 'MIL', naval: 'MIL', army: 'MIL', 'air force': 'MIL', 'coast guard': 'COP', coastguard: 'COP',
  police: 'COP', government: 'GOV', state: 'GOV', opposition: 'OPP',
};

/** Words that stand for a crowd with no country of its own: placed by the town they act in. */
export const CROWD_WORDS: ReadonlySet<string> = new Set([
  'thousands', 'hundreds', 'dozens', 'tens', 'people', 'protesters', 'protestors', 'demonstrators', 'crowds', 'crowd',
  'residents', 'students', 'workers', 'activists', 'supporters', 'rioters', 'youths', 'mobs', 'mob', 'strikers', 'farmers', 'miners',
  'dockworkers', 'employees', 'teachers', 'doctors', 'nurses', 'truckers', 'drivers', 'pilots', 'villagers', 'mourners', 'worshippers',
  'wrestlers', 'athletes', 'lawyers', 'pensioners', 'retirees', 'shopkeepers', 'traders', 'merchants', 'fishermen', 'herders', 'veterans',
  'women', 'monks', 'clerics', 'medics', 'physicians', 'dockers', 'steelworkers', 'metalworkers', 'railwaymen',
  'growers', 'planters', 'peasants', 'seamen', 'seafarers', 'sailors', 'engineers', 'crews', 'stevedores', 'longshoremen', 'machinists', 'mechanics', 'busmen', 'bankworkers',
  // ("Railway cargo handlers yesterday called a three-day strike", "140 grain handlers stopped work")
  'handlers',
  // (trades named by one word in -workers: "an indefinite strike by 47,000 carworkers")
  'carworkers', 'autoworkers', 'mineworkers', 'paperworkers', 'farmworkers', 'tireworkers', 'copperworkers', 'oilworkers',
  // ("Spanish bank staff went on strike": the people who work there, not the bank)
  'staff',
]);

/** Bodies of working people who call strikes ("a strike by the miners union"): of the country the dispatch is from. */
export const LABOUR_BODIES: ReadonlySet<string> = new Set(['union', 'unions', 'federation', 'confederation']);

/** Nouns of bargaining that labour talks are told by ("talks", "negotiations"), not a meeting, which is as often a firm's annual one. */
export const BARGAINING_NOUNS: ReadonlySet<string> = new Set(['talks', 'negotiations']);

/**
 * Words before talks that make them labour talks ("pay talks", "contract negotiations", "strike talks", "wage bargaining"): the
 * parties, when the text names none, are the employers and the unions.
 */
export const LABOUR_TALK_MODIFIERS: ReadonlySet<string> = new Set(['pay', 'wage', 'wages', 'contract', 'labour', 'labor', 'strike', 'bargaining']);

/**
 * Words of pay a strike is waged for or over ("striking for a 110 pct pay rise", "a six-day strike over pay", "stoppages over wage
 * demands", "went on strike for more pay"): the strikers' demand of the one struck against.
 */
export const PAY_WORDS: ReadonlySet<string> = new Set(['pay', 'wage', 'wages', 'salary', 'salaries', 'pay-rise', 'pay-rises']);

/**
 * Words of a labour dispute in a sentence that tells talks naming no party ("Talks broke down Thursday when the union walked out",
 * "talks aimed at ending the prolonged strike"): the talks are the dispute's, between employers and unions.
 */
export const LABOUR_DISPUTE_WORDS: ReadonlySet<string> = new Set(['union', 'unions', 'strike', 'strikes', 'strikers', 'striking', 'walkout', 'walked', 'employers']);

/** The employers' side of a labour dispute told without a name ("talks between management and unions", "mining companies"). */
export const EMPLOYER_SIDES: ReadonlySet<string> = new Set(['management', 'employers', 'employer', 'companies', 'company', 'shipowners']);

/**
 * Targets named only by a domestic group ("called on the government", "arrested dozens of
 * protesters", "stormed parliament"): for entries marked `domestic` they are of the actor's own
 * country, with this sector.
 */
export const DOMESTIC_HEADS: Readonly<Record<string, string>> = {
  government: 'GOV', authorities: 'GOV', regime: 'GOV', cabinet: 'GOV', administration: 'GOV', parliament: 'LEG', lawmakers: 'LEG', legislators: 'LEG', senators: 'LEG', congressmen: 'LEG',
  deputies: 'LEG',
  // a government's troops are its armed forces, not the government ("rebels fought government troops")
  'government troops': 'MIL', 'government forces': 'MIL', 'government soldiers': 'MIL',
  opposition: 'OPP', 'opposition demands': 'OPP', 'opposition parties': 'OPP', 'political parties': 'OPP',
  // ("banned 17 anti-apartheid organisations": bodies a government bans at home are out of power)
  organisations: 'OPP', organizations: 'OPP', 'opposition party': 'OPP', 'opposition leader': 'OPP', 'opposition figures': 'OPP', 'opposition activists': 'OPP', 'opposition leaders': 'OPP',
  journalists: 'MED', journalist: 'MED', reporters: 'MED',
  people: '', protesters: '', protestors: '', demonstrators: '', activists: '', politicians: '', relatives: '', critics: '', dissidents: '',
  students: '', workers: '', citizens: '', residents: '', civilians: '', 'political prisoners': '', prisoners: '', detainees: '',
  farmers: '', doctors: '', teachers: '', supporters: '', lawyers: '', monks: '', 'human rights activists': '', 'rights activists': '',
  voters: '', crowds: '', crowd: '', rioters: '', strikers: '', marchers: '', bishops: '', clergymen: '', priests: '', churchmen: '', the_public: '', 'union leaders': '', 'trade unionists': '', unionists: '', 'strike leaders': '',
  'student leaders': '', 'protest leaders': '', 'union activists': '', unions: '', 'labour unions': '', 'labor unions': '', 'trade unions': '',
  // ("accused the miners union of plotting", "called on the union to end the strike": a union at home is the country's people)
  union: '', 'trade union': '', 'labour union': '', 'labor union': '',
  // ("set talks with three striking union locals": a union's branch, of its members' plant or town, is the union at the table)
  'union locals': '', 'union local': '',
  suspects: '', members: '', 'suspected members': '', movement: '', 'protest movement': '', 'student movement': '', men: '', women: '', migrants: '', refugees: '', militants: '',
  // ("police arrested four industrialists", "detained two bank executives": people of business are the country's business)
  industrialists: 'BUS', businessmen: 'BUS', executives: 'BUS', 'company executives': 'BUS', 'bank executives': 'BUS', bankers: 'BUS', stockbrokers: 'BUS', 'business leaders': 'BUS',
  // ("a special meeting with steel industry representatives", "asked sugar industry representatives to think": those who speak for an industry)
  'industry representatives': 'BUS', 'industry leaders': 'BUS', 'industry officials': 'BUS', 'industry executives': 'BUS',
  // ("the ministry asked car makers to exercise prudence", "urged companies to hold wage rises down": firms a state asks at home;
  // not producers, which in oil copy are the producing countries: "called on non-OPEC producers")
  companies: 'BUS', firms: 'BUS', businesses: 'BUS', manufacturers: 'BUS', makers: 'BUS', exporters: 'BUS', importers: 'BUS',
  automakers: 'BUS', carmakers: 'BUS', chipmakers: 'BUS', 'car makers': 'BUS', 'chip makers': 'BUS', employers: 'BUS',
  // ("appealed to the rebels to halt attacks": the country's armed opposition)
  rebels: 'REB', guerrillas: 'REB', insurgents: 'REB',
  // ("troops battled rebel forces": forces of the armed opposition, not the state's)
  'rebel forces': 'REB', 'rebel troops': 'REB', 'rebel fighters': 'REB', 'guerrilla forces': 'REB', 'insurgent forces': 'REB',
};

/** Words of an amount before an object: "more than 2,000", "dozens of", "at least 12". */
export const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'more', 'than', 'at', 'least', 'about', 'some', 'nearly', 'almost', 'over', 'around', 'dozens', 'hundreds', 'thousands',
  'tens', 'of', 'several', 'few', 'up', 'to', 'another', 'additional', 'all', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'a', 'an', 'the', 'any', 'scores', 'many', 'numerous', 'dozen', 'hundred', 'thousand',
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

/**
 * Heads of things a name or demonym often modifies: "the U.S. currency", "1.7 mln British pounds",
 * "stocks of U.S. companies", "the Japanese market". A name right before one is no recipient.
 */
export const NON_ACTOR_HEADS: ReadonlySet<string> = new Set([
  'currency', 'currencies', 'dollar', 'dollars', 'dlrs', 'yen', 'mark', 'marks', 'pound', 'pounds', 'sterling', 'franc', 'francs',
  'lira', 'lire', 'crowns', 'kroner', 'kronor', 'guilders', 'peso', 'pesos', 'rupee', 'rupees', 'yuan', 'rubles', 'roubles',
  'market', 'markets', 'stock', 'stocks', 'shares', 'bonds', 'bond', 'securities', 'economy', 'economies', 'prices', 'price',
  'rates', 'deficit', 'surplus', 'debt', 'budget', 'interest', 'inflation', 'growth', 'output', 'demand', 'supply', 'fall', 'rise',
]);

/** Nouns for people (besides the group heads, domestic heads and titles): a direct object that is one is an actor. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'agents', 'agent', 'hackers', 'spies', 'spy', 'operatives', 'officials', 'official', 'diplomats', 'soldiers', 'mercenaries', 'proxies', 'militias',
  'counterpart', 'counterparts', 'colleague', 'colleagues', 'leader', 'leaders', 'head', 'heads', 'chief', 'chiefs', 'member', 'members',
  'delegation', 'delegations', 'delegates', 'representatives', 'representative', 'man', 'woman', 'boy', 'girl', 'children', 'child',
  'person', 'persons', 'someone', 'anyone', 'them', 'him', 'her', 'us', 'me', 'you', 'it', 'one', 'others', 'each', 'militants',
  'rebels', 'guerrillas', 'insurgents', 'gunmen', 'fighters', 'militia', 'militias', 'troops', 'opponents', 'opponent', 'critics', 'critic', 'rivals', 'rival',
  'allies', 'partners', 'neighbours', 'neighbors', 'president', 'minister', 'ministers', 'premier', 'king', 'envoy', 'envoys',
  'mission', 'team', 'group', 'groups', 'union', 'unions', 'party', 'parties', 'movement', 'countries', 'nations', 'states', 'governments',
  'producers', 'makers', 'firms', 'banks', 'creditors', 'lenders', 'shareholders', 'investors', 'bidders', 'suspects', 'hostages',
  'nationals', 'national', 'citizen', 'civilians', 'migrants', 'refugees', 'pilgrims', 'tourists', 'men', 'women', 'crew', 'personnel',
  'captives', 'prisoner', 'students', 'people', 'businessmen', 'businessman', 'seamen', 'fishermen', 'sailor', 'crowds',
  // the people of a ship ("arrested the captain of a Chinese trawler")
  'captain', 'captains', 'skipper', 'skippers', 'crewmen', 'crewman',
  // people by their trade in a firm, whom the police arrest or charge ("charged a former currency clerk", "arrested a bank executive")
  'clerk', 'clerks', 'executive', 'executives', 'employee', 'trader', 'dealer', 'broker', 'banker', 'manager', 'director', 'directors',
  'accountant', 'accountants', 'cashier', 'cashiers', 'suspect',
  // one person held, freed or seized ("freed New Zealand pilot Phillip Mehrtens"; the plurals in -ers, -ists and -ees are people already)
  'pilot', 'pilots', 'hostage', 'soldier', 'officer', 'detainee', 'worker', 'journalist', 'reporter', 'photographer', 'correspondent',
  'activist', 'dissident', 'dissidents', 'missionary', 'missionaries', 'priest', 'priests', 'nun', 'nuns', 'doctor', 'doctors', 'nurse',
  'teacher', 'engineer', 'tourist', 'servicemen', 'serviceman',
]);

/** Words that stand where a direct object would but are none: "met here", "met last week", "met for talks". */
export const NOT_OBJECTS: ReadonlySet<string> = new Set([
  'here', 'there', 'again', 'together', 'separately', 'today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'later', 'earlier',
  'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'weeks', 'months', 'hours', 'back',
  'also', 'once', 'twice', 'first', 'soon', 'now', 'then', 'privately', 'informally', 'and', 'or', 'but', 'that', 'which', 'who', 'when', 'if',
  'to', 'not', "n't", 'because', 'as', 'until', 'while', 'since', 'after', 'before',
]);

/**
 * An infinitive these govern asserts no act: "wants Tokyo to ease restrictions", "forced Iran to
 * release", "Japan's failure to honor", "a decision to shelve". Verbs take an object between them
 * and `to` (without one, "wants to visit" is the subject's intent); nouns take none.
 */
export const UNASSERTING_VERBS: ReadonlySet<string> = new Set([
  'want', 'wants', 'wanted', 'wanting', 'wish', 'wishes', 'wished', 'force', 'forces', 'forced', 'forcing', 'pressure', 'pressures',
  'pressured', 'pressuring', 'persuade', 'persuades', 'persuaded', 'convince', 'convinced', 'expect', 'expects', 'expected', 'need',
  'needs', 'needed', 'require', 'requires', 'required', 'prefer', 'prefers', 'like',
  'push', 'pushes', 'pushed', 'pushing', 'press', 'presses', 'pressed', 'pressing', 'urge', 'urges', 'urged', 'ask', 'asks', 'asked',
]);
/** Verbs of telling someone to act ("told both sides to pull their forces back"): the act is asked, not done, when the parties told come right before its `to`. */
export const TELLING_VERBS: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'instruct', 'instructs', 'instructed', 'instructing']);
export const UNASSERTING_NOUNS: ReadonlySet<string> = new Set([
  'failure', 'failures', 'decision', 'refusal', 'reluctance', 'unwillingness', 'inability', 'readiness', 'willingness', 'right',
  'power', 'powers', 'authority', 'commitment', 'commitments', 'agreement', 'chance', 'opportunity', 'ability', 'intention', 'aim',
  'goal', 'law', 'legislation', 'bill', 'authorization', 'permission', 'mandate',
]);

/**
 * Nouns whose `that` clause reports without asserting: "rumors that the United States had
 * struck", "reports that", "speculation that". Nothing after them in the sentence is coded.
 */
export const HEARSAY_NOUNS: ReadonlySet<string> = new Set([
  'rumor', 'rumors', 'rumour', 'rumours', 'report', 'reports', 'speculation', 'suggestion', 'suggestions', 'suspicion',
  'suspicions', 'fears', 'fear', 'talk', 'hopes', 'hope', 'expectations', 'expectation', 'possibility', 'likelihood', 'risk',
  'claims', 'allegations', 'assertion', 'assertions', 'impression', 'idea', 'notion', 'view',
]);
/** Verbs whose `that` clause is denied: "denied that it had attacked". */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying']);
/**
 * Verbs whose `that` clause is a reading, not a report: "anything which would imply that the Bank is
 * demanding changes", "does not mean that Washington will retaliate". Nothing after them is coded.
 */
export const IMPLYING_VERBS: ReadonlySet<string> = new Set([
  'imply', 'implies', 'implied', 'implying', 'suggest', 'suggests', 'suggested', 'suggesting', 'mean', 'means', 'meant', 'meaning',
  'indicate', 'indicates', 'indicated', 'indicating',
]);

/** Words of war: a figurative trigger ("strike", "hit") is an attack only in a sentence with one of these. */
export const WAR_WORDS: ReadonlySet<string> = new Set([
  'military', 'troops', 'forces', 'army', 'navy', 'naval', 'warships', 'warplanes', 'jets', 'aircraft', 'missile', 'missiles', 'rocket',
  'rockets', 'drone', 'drones', 'bomb', 'bombs', 'bombed', 'artillery', 'shells', 'killed', 'wounded', 'dead', 'casualties', 'targets',
  'positions', 'rebels', 'militants', 'guerrillas', 'insurgents', 'fighters', 'gunboats', 'war', 'attack', 'attacks', 'air', 'ground',
  'soldiers', 'bases', 'base', 'tanker', 'tankers', 'ship', 'ships', 'platform', 'rig', 'oilfield', 'city', 'town', 'village', 'capital',
  'border', 'front', 'offensive', 'raid', 'raids', 'strikes', 'struck', 'hamas', 'hezbollah', 'houthi', 'houthis', 'taliban', 'armed',
]);
/** Words of money, trade and labour: with none of WAR_WORDS they make "strike", "hit" figurative ("unions launched week-long strikes"). */
export const MONEY_WORDS: ReadonlySet<string> = new Set([
  'trade', 'tariff', 'tariffs', 'sanctions', 'currency', 'currencies', 'dollar', 'yen', 'market', 'markets', 'prices', 'price', 'pact',
  'deal', 'agreement', 'accord', 'economic', 'economy', 'finance', 'financial', 'stocks', 'shares', 'profits', 'earnings', 'semiconductor',
  'semiconductors', 'exports', 'imports', 'deficit', 'budget', 'tax', 'taxes', 'bid', 'merger', 'takeover', 'company', 'companies',
  'products', 'goods', 'exporters', 'importers', 'duties', 'quotas', 'dumping', 'subsidies', 'textiles', 'farm', 'chips',
  'union', 'unions', 'workers', 'wage', 'wages', 'pay', 'labour', 'labor', 'industrial', 'employers', 'walkout', 'stoppage',
  'levies', 'levy', 'customs', 'steel', 'aluminium', 'aluminum', 'lumber', 'soybeans', 'investment', 'investments',
  // ("retaliate against Japan if the Japanese do not permit U.S. construction firms to participate in building the eight billion dlr
  // Kansai airport", "retaliate against Japan's attempt to prevent Cable and Wireless from taking a position in a telecommunications
  // venture", "the U.S. meat industry has prepared a petition requesting the Reagan administration to retaliate against the EC rule")
  'firm', 'firms', 'industry', 'industries', 'venture', 'ventures', 'business', 'businesses', 'dlr', 'dlrs',
]);

/** Bodies given a task: "charged with" and a gerund after one is a duty, not a charge ("a panel charged with selling state assets"). */
export const TASKED_BODIES: ReadonlySet<string> = new Set([
  'commission', 'commissions', 'committee', 'committees', 'panel', 'panels', 'board', 'boards', 'agency', 'agencies', 'body', 'bodies',
  'council', 'team', 'teams', 'force', 'office', 'enterprises', 'group', 'groups', 'unit', 'units',
]);
/** Bids and offers made in a market: refused, they are a buyer's or a seller's choice, not a rejection of a party ("rejected all bids"). */
export const MARKET_BIDS: ReadonlySet<string> = new Set(['bid', 'bids', 'offer', 'offers']);
/** Words of a tender for goods: the sentence's bids or offers are a market's ("rejected offers at its tender for 12,000 tonnes"). */
export const TENDER_WORDS: ReadonlySet<string> = new Set(['tender', 'tenders', 'retender', 'tonnes', 'tons', 'shipment', 'shipments', 'cargoes']);

/**
 * Nouns that name a vessel right before its own name ("the cruiser Varyag", "the anti-submarine ship
 * Marshal Shaposhnikov"): the name is a ship, never a person; its owner ("its cruiser", "the Chinese
 * destroyer Urumqi") is the actor.
 */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'cruiser', 'destroyer', 'frigate', 'corvette', 'ship', 'warship', 'submarine', 'carrier', 'vessel', 'tanker', 'icebreaker',
  'boat', 'patrol boat', 'flagship', 'minesweeper', 'freighter', 'cutter', 'supertanker', 'ferry',
]);

/**
 * Nouns of a site named by the word before it ("the key Ouadi Doum airstrip", "the Rostam platform", "the Ardeshir oil field"):
 * that name is the site's, never a person's (one word or two, as in MERCHANT_VESSELS).
 */
export const SITE_NOUNS: ReadonlySet<string> = new Set([
  'airstrip', 'airbase', 'air base', 'airfield', 'oilfield', 'oil field', 'gasfield', 'gas field', 'platform', 'oil platform', 'rig', 'oil rig',
  'terminal', 'oil terminal', 'refinery', 'garrison', 'outpost', 'camp', 'dam', 'pipeline', 'naval base', 'military base',
]);

/**
 * Merchant vessels (the noun, or the noun with the word before it): one named after its flag's demonym stands for that country
 * alone ("the Panamanian liquified gas carrier Nyhammer"); any other vessel so named, for the country's navy.
 */
export const MERCHANT_VESSELS: ReadonlySet<string> = new Set([
  'tanker', 'supertanker', 'freighter', 'gas carrier', 'bulk carrier', 'ore carrier', 'cargo ship', 'container ship', 'merchant ship', 'ferry',
]);

/**
 * Verbs that make their object the doer of the infinitive after it ("prompting Tokyo to lodge a
 * protest", "forced Kyiv to withdraw"): that infinitive's act is the object's, not the subject's.
 */
export const CAUSATIVE_VERBS: ReadonlySet<string> = new Set([
  'prompt', 'prompts', 'prompted', 'prompting', 'force', 'forces', 'forced', 'forcing', 'lead', 'leads', 'led', 'leading',
  'cause', 'causes', 'caused', 'causing', 'push', 'pushes', 'pushed', 'pushing', 'spur', 'spurs', 'spurred', 'spurring',
  'drive', 'drives', 'drove', 'driving', 'compel', 'compels', 'compelled', 'compelling',
]);

/**
 * Words that make a direct quote an accusation when it names another party ("What Kigali is waging
 * in our country is a war of aggression"): the speaker accuses that party (ACCUSE 112).
 */
export const ACCUSATION_WORDS: ReadonlySet<string> = new Set([
  'aggression', 'aggressor', 'aggressors', 'genocide', 'terrorism', 'terrorist', 'terrorists', 'provocation', 'provocations', 'provocative',
  'lying', 'hypocrisy', 'hypocritical', 'violation', 'violations', 'occupier', 'occupiers', 'invaders', 'plundering', 'blackmail',
  'bullying', 'interference', 'meddling', 'destabilising', 'destabilizing', 'illegal', 'illegitimate', 'irresponsible', 'reckless',
  'barbaric', 'heinous', 'criminal', 'crimes', 'massacre', 'atrocities', 'piracy', 'smear', 'slander', 'slanderous', 'propaganda',
  'hegemony', 'hegemonic', 'imperialist', 'imperialism', 'warmongering', 'warmongers',
]);

/**
 * Policies, the texts and measures that carry them, and figures a party puts out: words for or against one are aimed at its owner
 * ("attacked the proposed EC oils tax", "attacked OECD forecasts", "Indonesia's economic changes have been welcomed by the World Bank").
 */
export const POLICIES: ReadonlySet<string> = new Set(['policy', 'policies', 'tax', 'taxes', 'plan', 'plans', 'proposal', 'proposals', 'subsidies', 'ruling',
  'decision', 'decisions', 'bill', 'legislation', 'measure', 'measures', 'program', 'programme', 'practices', 'budget', 'stance', 'law', 'laws', 'tariffs',
  'quotas', 'restrictions', 'levy', 'scheme', 'protectionism', 'freeze', 'forecast', 'forecasts', 'rise', 'increase', 'remarks', 'statement', 'statements',
  'handling', 'record', 'tactics', 'reform', 'reforms', 'report', 'idea', 'approach', 'strategy', 'changes', 'performance']);

/**
 * Trade and economic measures, the acts most criticised in economic copy ("It has criticised the cuts as too selective", "the
 * Senate voted to condemn the proposed tax"): acts only when named again with a determiner, not as a kind ("concern about beef quotas").
 */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set(['cuts', 'levy', 'tax', 'duties', 'curbs', 'quotas', 'controls', 'restrictions', 'freeze']);

/**
 * Nouns that name an act already told, as the object of a condemnation or a verdict ("condemned the killing of ...",
 * "called the storming of parliament treasonous").
 */
export const ACT_NOUNS: ReadonlySet<string> = new Set(['killing', 'killings', 'assassination', 'attack', 'attacks', 'strike', 'strikes', 'bombing', 'bombings', 'shelling', 'murder',
  'arrest', 'arrests', 'detention', 'execution', 'executions', 'invasion', 'raid', 'raids', 'incursion', 'seizure', 'abduction', 'kidnapping',
  'massacre', 'shooting', 'airstrike', 'airstrikes', 'manoeuvres', 'maneuvers', 'actions', 'action', 'crackdown', 'annexation', 'occupation',
  'deployment', 'drills', 'drill', 'exercises', 'exercise', 'move', 'decision', 'sanctions', 'tariffs', 'blockade', 'expulsion', 'expulsions', 'veto', 'incursion',
  'measure', 'measures', 'step', 'steps', 'announcement', 'climbdown', 'u-turn', 'ceasefire', 'truce', 'closure', 'ban', 'release',
  'resolution', 'proposal', 'plan', 'initiative', 'agreement', 'accord', 'deal', 'treaty', 'pact', 'vote', 'embargo', 'detentions', 'seizures',
  'pullout', 'withdrawal', 'violence', 'repression', 'airdrop', 'airdrops', 'stoppage', 'walkout', 'deportation', 'deportations', 'storming',
  'downing', 'verdict', 'verdicts', 'conviction', 'convictions', 'sentence', 'sentences', 'sentencing', 'ruling', 'rulings',
  // (words said: "criticised those remarks", "a remark Beijing called extremely wrong")
  'remark', 'remarks', 'comments', 'coup', 'putsch',
  // (charges and allegations made: "called the charges ridiculous", "allegations that New Delhi dismissed as preposterous")
  'charges', 'accusations', 'allegations',
  // (a party's conduct of affairs: "criticised his handling of the Iran arms scandal", "its management of the economy")
  'handling', 'management', 'conduct', ...MEASURE_NOUNS]);
