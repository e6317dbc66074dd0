/** Version of the extractor; stored with every article so `dateline reprocess` knows what is stale. */
// 0.2.0: event coding reworked on held-out and real wire text (precision, one event per act per
// story, actor codes), quote spans clamped to the text; stores of 0.1.0 are stale for `reprocess`.
// 0.3.0: announced and conditional threats, quote accusations and appeals, participles, appositives,
// condemned acts and visit destinations, office holders of the mid-2020s; stores of 0.2.0 are stale.
// 0.4.0: wars and street protests told by nouns, actors of the time (SUN before 1992), threats by the
// official who makes them, pronoun and title fixes in mentions and coreference; stores of 0.3.0 are stale.
// 0.5.0: reactions to acts (praise and criticism of the act named before), threats aimed by context,
// crowds, riots and forces of the dispatch's country, codes of the time for Yugoslavia and
// Czechoslovakia, mention repairs (verbs and offices inside tagged names); stores of 0.4.0 are stale.
// 0.6.0: implied acts (talks framing a pair's act, impositions of lifted restrictions, releases in exchange, truces in force,
// attacks announced by warnings), violent repression (175), mediators and armed groups by demonym and name, U.N. bodies,
// union republics as SUN before 1992, towns of the dispatch's country; stores of 0.5.0 are stale.
// 0.7.0: threats that announce attacks or sanctions (138 beside the act), protesters' demands, reduced passives with `by`,
// crowds and peoples placed by a phrase, civil-war pairs, rulers of the time (the Taliban from August 2021), Kosovo as XKX,
// titles and nicknames inside names, deadlines and "N months after" dates; stores of 0.6.0 are stale.
export const EXTRACTOR_VERSION = '0.7.0';
