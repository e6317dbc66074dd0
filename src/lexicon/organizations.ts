/**
 * Organizations: intergovernmental bodies with their acronyms and actor codes, and the head
 * nouns that make a capitalised phrase an organization ("Defense Ministry", "Armed Forces").
 */
import { table } from './table.js';
import { AGENCIES } from './agencies.js';
export interface KnownOrganization {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Actor code: "IGO" + short name for intergovernmental bodies; empty when the text decides it (news agencies). */
  readonly code: string;
  readonly sector: string;
  readonly country?: string;
  /** Known only before a word of its staff ("reporter", "journalists"): an outlet named alone is left unread. */
  readonly byStaff?: boolean;
  /** Names other states' bodies bear too ("Treasury" is also Britain's, Italy's, Argentina's): a title opening with one names no country. */
  readonly sharedNames?: readonly string[];
}

/** A state's firm, a business of its state. */
const stateFirm = (name: string, country: string, ...aliases: string[]): KnownOrganization => ({ name, aliases, code: `${country}BUS`, sector: 'BUS', country });

const igo = (name: string, short: string, ...aliases: string[]): KnownOrganization => ({
  name, aliases: [short, ...aliases], code: `IGO${short.replace(/[^A-Z]/gi, '').toUpperCase()}`, sector: 'IGO',
});

/** A U.S. regulator by its names, each also with "the" and "U.S." before it, and the short form it goes by. */
const usRegulator = ([name, ...others]: readonly string[], short?: string): KnownOrganization => ({
  name, aliases: [...[name, ...others].flatMap((n) => [`the ${n}`, `U.S. ${n}`, `the U.S. ${n}`]), ...others, ...(short ? [short] : [])],
  code: 'USAGOV', sector: 'GOV', country: 'USA',
});

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  igo('United Nations', 'UN', 'U.N.', 'the United Nations'),
  // organs of a body take the body's code, as the European Commission is IGOEU (test/fixtures/events/README.md: IGOUN)
  { name: 'UN Security Council', aliases: ['UNSC', 'Security Council', 'U.N. Security Council', 'United Nations Security Council'], code: 'IGOUN', sector: 'IGO' },
  { name: 'UN General Assembly', aliases: ['General Assembly', 'U.N. General Assembly', 'United Nations General Assembly'], code: 'IGOUN', sector: 'IGO' },
  igo('North Atlantic Treaty Organization', 'NATO'),
  igo('European Union', 'EU', 'E.U.'),
  { name: 'European Commission', aliases: ['the European Commission', 'EC Commission', 'European Community Commission'], code: 'IGOEU', sector: 'IGO' },
  // the EU's forerunner (to 1993); "EC" in archive copy is the Community, its Commission is "the Commission"
  { name: 'European Community', aliases: ['EC', 'EEC', 'European Economic Community', 'the European Community', 'European Communities'], code: 'IGOEU', sector: 'IGO' },
  { name: 'European Parliament', aliases: ['the European Parliament'], code: 'IGOEU', sector: 'IGO' },
  igo('General Agreement on Tariffs and Trade', 'GATT'),
  igo('Organisation for Economic Co-operation and Development', 'OECD', 'Organization for Economic Cooperation and Development', 'Organisation for Economic Cooperation and Development'),
  igo('Association of Southeast Asian Nations', 'ASEAN'),
  igo('Shanghai Cooperation Organization', 'SCO', 'Shanghai Cooperation Organisation'),
  igo('Collective Security Treaty Organization', 'CSTO', 'Collective Security Treaty Organisation'),
  igo('Commonwealth of Independent States', 'CIS'),
  igo('Organization of the Petroleum Exporting Countries', 'OPEC'),
  igo('African Union', 'AU'),
  igo('Arab League', 'AL', 'League of Arab States'),
  igo('Gulf Cooperation Council', 'GCC'),
  // (wire copy names U.N. agencies by what they watch or serve: "the U.N. nuclear watchdog", "the U.N. health agency")
  igo('International Atomic Energy Agency', 'IAEA', 'U.N. nuclear watchdog', 'UN nuclear watchdog', 'U.N. atomic watchdog', 'UN atomic watchdog', 'U.N. atomic agency', 'UN atomic agency', 'U.N. nuclear agency', 'UN nuclear agency'),
  igo('World Health Organization', 'WHO', 'World Health Organisation', 'U.N. health agency', 'UN health agency'),
  igo('World Trade Organization', 'WTO'),
  igo('International Monetary Fund', 'IMF'),
  igo('World Bank', 'WB'),
  igo('Organization for Security and Co-operation in Europe', 'OSCE', 'Organization for Security and Cooperation in Europe'),
  igo('Eurasian Economic Union', 'EAEU'),
  igo('BRICS', 'BRICS'),
  { name: 'Group of Seven', aliases: ['G7', 'G-7', 'group of seven'], code: 'IGOG7', sector: 'IGO' },
  { name: 'Group of 20', aliases: ['G20', 'G-20'], code: 'IGOG20', sector: 'IGO' },
  igo('ADMM-Plus', 'ADMMPLUS', 'ADMM Plus'),
  igo('International Committee of the Red Cross', 'ICRC', 'Red Cross'),
  igo('International Criminal Court', 'ICC'),
  igo('International Court of Justice', 'ICJ', 'World Court'),
  igo('World Food Programme', 'WFP', 'World Food Program', 'U.N. World Food Programme', 'UN World Food Programme', 'United Nations World Food Programme', 'U.N. food agency', 'UN food agency'),
  // U.N. agencies wire copy names by their acronyms: organs of the U.N., its code
  { name: 'UN refugee agency', aliases: ['UNHCR', 'U.N. refugee agency', 'United Nations High Commissioner for Refugees', 'U.N. High Commissioner for Refugees'], code: 'IGOUN', sector: 'IGO' },
  { name: 'UN Development Programme', aliases: ['UNDP', 'U.N. Development Program', 'U.N. Development Programme', 'United Nations Development Programme', 'United Nations Development Program'], code: 'IGOUN', sector: 'IGO' },
  { name: "UN children's agency", aliases: ['UNICEF', 'U.N. Children\'s Fund', "United Nations Children's Fund"], code: 'IGOUN', sector: 'IGO' },
  { name: 'UN Relief and Works Agency', aliases: ['UNRWA', 'U.N. Relief and Works Agency'], code: 'IGOUN', sector: 'IGO' },
  igo('Economic Community of West African States', 'ECOWAS'),
  igo('Organisation of Islamic Cooperation', 'OIC', 'Organization of Islamic Cooperation'),
  igo('Asia-Pacific Economic Cooperation', 'APEC'),
  igo('Council for Mutual Economic Assistance', 'Comecon', 'CMEA'),
  // bodies of the archive years and lenders wire copy names (facts: name, acronym)
  igo('Organization of African Unity', 'OAU', 'Organisation of African Unity'),
  igo('Organization of American States', 'OAS', 'Organisation of American States'),
  igo('Non-Aligned Movement', 'NAM', 'Non-Aligned movement', 'non-aligned movement'),
  { name: 'Warsaw Pact', aliases: ['Warsaw Treaty Organization', 'Warsaw Treaty Organisation'], code: 'IGOWP', sector: 'IGO' },
  igo('Food and Agriculture Organization', 'FAO', 'Food and Agriculture Organisation', 'Food and Agricultural Organisation', 'Food and Agricultural Organization'),
  igo('Arab Monetary Fund', 'AMF'),
  { name: 'OPEC Fund for International Development', aliases: ['OPEC Fund'], code: 'IGOOFID', sector: 'IGO' },
  // ("ADB" alone is not read: archive copy uses it for the African Development Bank too)
  { name: 'Asian Development Bank', aliases: [], code: 'IGOADB', sector: 'IGO' },
  { name: 'African Development Bank', aliases: ['AfDB'], code: 'IGOAFDB', sector: 'IGO' },
  { name: 'Inter-American Development Bank', aliases: ['IADB'], code: 'IGOIADB', sector: 'IGO' },
  // ("IDB" alone is not read: archive copy uses it for the Inter-American bank too)
  { name: 'Islamic Development Bank', aliases: [], code: 'IGOIDB', sector: 'IGO' },
  igo('European Investment Bank', 'EIB'),
  { name: 'Nordic Investment Bank', aliases: [], code: 'IGONIB', sector: 'IGO' },
  igo('International Energy Agency', 'IEA'),
  // groups of creditor and debtor states and of regions in the archive years (facts: name, short form)
  { name: 'Paris Club', aliases: ['Paris Club of creditor nations', 'Paris Club of western creditor governments', 'Paris Club of creditor governments'], code: 'IGOPARISCLUB', sector: 'IGO' },
  { name: 'Cartagena Group', aliases: ['Cartagena group'], code: 'IGOCARTAGENA', sector: 'IGO' },
  { name: 'Group of Five', aliases: ['G-5', 'G5'], code: 'IGOG5', sector: 'IGO' },
  { name: 'Group of 77', aliases: ['G-77', 'G77', 'Group of Seventy-Seven'], code: 'IGOG77', sector: 'IGO' },
  // (the ten states that lend to the IMF under its General Arrangements to Borrow, and the developing states' caucus at the Fund)
  { name: 'Group of 10', aliases: ['Group of Ten', 'G-10', 'G10'], code: 'IGOG10', sector: 'IGO' },
  { name: 'Group of 24', aliases: ['Group of Twenty-Four', 'G-24', 'G24'], code: 'IGOG24', sector: 'IGO' },
  { name: 'Contadora Group', aliases: ['Contadora group'], code: 'IGOCONTADORA', sector: 'IGO' },
  { name: 'Andean Pact', aliases: ['Andean Group'], code: 'IGOANDEAN', sector: 'IGO' },
  igo('Southern African Development Coordination Conference', 'SADCC'),
  // bodies of producing and consuming states of a commodity in the archive years, and a monetary union of the time (facts: name,
  // short form; the International Tin Council by its name alone, as "ITC" is also the U.S. International Trade Commission, and the
  // sugar body too, as "ISO" names others)
  igo('International Coffee Organization', 'ICO', 'International Coffee Organisation'),
  igo('International Cocoa Organization', 'ICCO', 'International Cocoa Organisation'),
  igo('International Natural Rubber Organization', 'INRO', 'International Natural Rubber Organisation'),
  igo('Association of Tin Producing Countries', 'ATPC'),
  { name: 'International Tin Council', aliases: [], code: 'IGOITC', sector: 'IGO' },
  { name: 'International Sugar Organization', aliases: ['International Sugar Organisation'], code: 'IGOISO', sector: 'IGO' },
  igo('West African Monetary Union', 'UMOA'),
  // the World Bank's soft-loan arm and its arm for private investment are the Bank's
  { name: 'International Development Association', aliases: ['IDA'], code: 'IGOWB', sector: 'IGO' },
  { name: 'International Finance Corporation', aliases: ['International Finance Corp'], code: 'IGOWB', sector: 'IGO' },
  { name: 'Organisation of the Islamic Conference', aliases: ['Organization of the Islamic Conference', 'Islamic Conference Organisation', 'Islamic Conference Organization'], code: 'IGOOIC', sector: 'IGO' },
  { name: 'UN Conference on Trade and Development', aliases: ['UNCTAD', 'U.N. Conference on Trade and Development', 'United Nations Conference on Trade and Development'], code: 'IGOUN', sector: 'IGO' },
  { name: 'UNESCO', aliases: ['United Nations Educational, Scientific and Cultural Organization', 'U.N. Educational, Scientific and Cultural Organisation'], code: 'IGOUN', sector: 'IGO' },
  { name: 'People’s Liberation Army', aliases: ["People's Liberation Army", 'PLA'], code: 'CHNMIL', sector: 'MIL', country: 'CHN' },
  { name: 'Central Military Commission', aliases: ['CMC'], code: 'CHNMIL', sector: 'MIL', country: 'CHN' },
  { name: 'Pentagon', aliases: ['the Pentagon'], code: 'USAMIL', sector: 'MIL', country: 'USA' },
  { name: 'Kremlin', aliases: ['the Kremlin'], code: 'RUSGOV', sector: 'GOV', country: 'RUS' },
  { name: 'White House', aliases: ['the White House'], code: 'USAGOV', sector: 'GOV', country: 'USA' },
  { name: 'State Department', aliases: ['U.S. State Department', 'the State Department'], code: 'USAGOV', sector: 'GOV', country: 'USA' },
  // seats of government and foreign ministries named for their buildings or streets speak for their governments
  { name: 'Downing Street', aliases: ['10 Downing Street'], code: 'GBRGOV', sector: 'GOV', country: 'GBR' },
  { name: 'Whitehall', aliases: [], code: 'GBRGOV', sector: 'GOV', country: 'GBR' },
  { name: 'Elysee', aliases: ['the Elysee', 'Elysee Palace', 'the Elysee Palace', 'Élysée', 'the Élysée', 'Élysée Palace', 'the Élysée Palace'], code: 'FRAGOV', sector: 'GOV', country: 'FRA' },
  { name: "Quai d'Orsay", aliases: ["the Quai d'Orsay", 'Quai d’Orsay', 'the Quai d’Orsay'], code: 'FRAGOV', sector: 'GOV', country: 'FRA' },
  { name: 'Blue House', aliases: ['the Blue House', 'Cheong Wa Dae', 'Chong Wa Dae'], code: 'KORGOV', sector: 'GOV', country: 'KOR' },
  { name: 'Zhongnanhai', aliases: [], code: 'CHNGOV', sector: 'GOV', country: 'CHN' },
  { name: 'Casa Rosada', aliases: ['the Casa Rosada'], code: 'ARGGOV', sector: 'GOV', country: 'ARG' },
  { name: 'Planalto', aliases: ['Planalto Palace', 'the Planalto Palace', 'the Planalto'], code: 'BRAGOV', sector: 'GOV', country: 'BRA' },
  { name: 'Miraflores Palace', aliases: ['the Miraflores Palace', 'Miraflores'], code: 'VENGOV', sector: 'GOV', country: 'VEN' },
  { name: 'Malacanang', aliases: ['Malacanang Palace', 'the Malacanang Palace', 'Malacañang'], code: 'PHLGOV', sector: 'GOV', country: 'PHL' },
  { name: 'Foggy Bottom', aliases: [], code: 'USAGOV', sector: 'GOV', country: 'USA' },
  { name: 'Hamas', aliases: [], code: 'PSEREB', sector: 'REB', country: 'PSE' },
  { name: 'Islamic Revolutionary Guard Corps', aliases: ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard', 'Revolutionary Guard Corps'], code: 'IRNMIL', sector: 'MIL', country: 'IRN' },
  // security and intelligence services (facts: name, country, what they are)
  { name: 'Federal Bureau of Investigation', aliases: ['FBI'], code: 'USACOP', sector: 'COP', country: 'USA' },
  { name: 'Central Intelligence Agency', aliases: ['CIA'], code: 'USAGOV', sector: 'GOV', country: 'USA' },
  { name: 'KGB', aliases: [], code: 'RUSGOV', sector: 'GOV', country: 'RUS' },
  { name: 'Federal Security Service', aliases: ['FSB'], code: 'RUSGOV', sector: 'GOV', country: 'RUS' },
  { name: 'Mossad', aliases: [], code: 'ISRGOV', sector: 'GOV', country: 'ISR' },
  // Japan's federation of business, no state body ("Eishiro Saito, Chairman of the Federation of Economic Organisations (Keidanren)")
  { name: 'Federation of Economic Organizations', aliases: ['Federation of Economic Organisations', 'Keidanren', 'Japan Federation of Economic Organizations'], code: 'JPNBUS', sector: 'BUS', country: 'JPN' },
  // state oil, mining and trading firms and state banks the archive's copy names alone ("at the request of Petrobras", "Pertamina
  // said"): businesses of their states, as the gold sets' writers code state firms (facts: name, short form, country)
  stateFirm('Petrobras', 'BRA', 'Petroleo Brasileiro'),
  stateFirm('Banco do Brasil', 'BRA', 'Bank of Brazil'),
  stateFirm('Petroleos de Venezuela', 'VEN', 'PDVSA', 'Petroleos de Venezuela SA'),
  stateFirm('Petroleos Mexicanos', 'MEX', 'Pemex'),
  stateFirm('Pertamina', 'IDN'),
  stateFirm('Statoil', 'NOR', 'Den Norske Stats Oljeselskap'),
  stateFirm('Petro-Canada', 'CAN'),
  stateFirm('Ecopetrol', 'COL'),
  stateFirm('Sonatrach', 'DZA'),
  stateFirm('Petronas', 'MYS'),
  stateFirm('Zambia Consolidated Copper Mines', 'ZMB', 'ZCCM'),
  // (the Agriculture Department's lender, which guarantees credit for farm exports to a country)
  { name: 'Commodity Credit Corporation', aliases: ['the Commodity Credit Corporation', 'Commodity Credit Corp', 'CCC'], code: 'USAGOV', sector: 'GOV', country: 'USA' },
  // ("Treasury Secretary" alone does not say whose: Argentina's Mario Brodersohn, Italy's Treasury Minister Giovanni Goria)
  { name: 'Treasury', aliases: ['the Treasury', 'U.S. Treasury', 'Treasury Department'], code: 'USAGOV', sector: 'GOV', country: 'USA', sharedNames: ['Treasury'] },
  // the U.S. government's regulators, by names and short forms no other state's bodies bear ("the Securities and Exchange Commission
  // said", "the CFTC approved"): of the U.S. in a dispatch from London or Tokyo, or one with no dateline, as in one from Washington
  // (facts: name, country; "ITC", "ICC" and "NRC" are left out, short forms of other bodies too: the International Tin Council)
  usRegulator(['Securities and Exchange Commission'], 'SEC'),
  usRegulator(['Commodity Futures Trading Commission'], 'CFTC'),
  usRegulator(['Federal Trade Commission'], 'FTC'),
  usRegulator(['Federal Deposit Insurance Corp', 'Federal Deposit Insurance Corporation'], 'FDIC'),
  usRegulator(['Federal Home Loan Bank Board']),
  usRegulator(['Federal Communications Commission'], 'FCC'),
  usRegulator(['Federal Energy Regulatory Commission'], 'FERC'),
  usRegulator(['Environmental Protection Agency'], 'EPA'),
  usRegulator(['Food and Drug Administration'], 'FDA'),
  usRegulator(['Federal Aviation Administration'], 'FAA'),
  usRegulator(['Internal Revenue Service'], 'IRS'),
  // states' export credit banks, which lend to other states and their firms ("received a 300 mln dlr loan from the Japanese
  // Export-Import Bank"): state agencies, not companies (named with their country: the bank named alone is another state's as often)
  { name: 'Export-Import Bank of Japan', aliases: ['the Export-Import Bank of Japan', 'Export-Import Bank of Japan Ltd', 'Japan Export-Import Bank', "Japan's Export-Import Bank", 'Japanese Export-Import Bank', 'Japan Ex-Im Bank', 'Japanese Ex-Im Bank', "Japan's Eximbank", 'Japanese Eximbank', 'Japan Eximbank', 'Eximbank of Japan'], code: 'JPNGOV', sector: 'GOV', country: 'JPN' },
  { name: 'U.S. Export-Import Bank', aliases: ['the U.S. Export-Import Bank', 'Export-Import Bank of the United States', 'U.S. Eximbank'], code: 'USAGOV', sector: 'GOV', country: 'USA' },
  // ministries wire copy names by a short form of their own, with no country ("USDA officials said", "MITI urged producers")
  { name: 'U.S. Department of Agriculture', aliases: ['USDA'], code: 'USAGOV', sector: 'GOV', country: 'USA' },
  { name: 'Ministry of International Trade and Industry', aliases: ['MITI'], code: 'JPNGOV', sector: 'GOV', country: 'JPN' },
  // central banks wire copy names by their own name, state bodies as 'central bank' is (facts: name, country); "Bank of Tokyo" and
  // "Bank of China" are lenders and stay companies
  { name: 'Bundesbank', aliases: ['the Bundesbank', 'Deutsche Bundesbank'], code: 'DEUGOV', sector: 'GOV', country: 'DEU' },
  { name: 'Federal Reserve', aliases: ['the Federal Reserve', 'Federal Reserve Board', 'the Federal Reserve Board', 'Federal Reserve System', 'the Fed'], code: 'USAGOV', sector: 'GOV', country: 'USA' },
  { name: 'Bank of England', aliases: ['the Bank of England'], code: 'GBRGOV', sector: 'GOV', country: 'GBR' },
  { name: 'Bank of Japan', aliases: ['the Bank of Japan', 'BOJ'], code: 'JPNGOV', sector: 'GOV', country: 'JPN' },
  { name: 'Bank of France', aliases: ['the Bank of France', 'Banque de France'], code: 'FRAGOV', sector: 'GOV', country: 'FRA' },
  { name: 'Bank of Canada', aliases: ['the Bank of Canada'], code: 'CANGOV', sector: 'GOV', country: 'CAN' },
  { name: 'Bank of Italy', aliases: ['the Bank of Italy', "Banca d'Italia"], code: 'ITAGOV', sector: 'GOV', country: 'ITA' },
  { name: 'Bank of Spain', aliases: ['the Bank of Spain'], code: 'ESPGOV', sector: 'GOV', country: 'ESP' },
  { name: 'Swiss National Bank', aliases: ['the Swiss National Bank'], code: 'CHEGOV', sector: 'GOV', country: 'CHE' },
  { name: 'Bank of Korea', aliases: ['the Bank of Korea'], code: 'KORGOV', sector: 'GOV', country: 'KOR' },
  { name: 'Bank of Thailand', aliases: ['the Bank of Thailand'], code: 'THAGOV', sector: 'GOV', country: 'THA' },
  { name: 'Bank Negara', aliases: ['Bank Negara Malaysia'], code: 'MYSGOV', sector: 'GOV', country: 'MYS' },
  { name: 'Bank Indonesia', aliases: [], code: 'IDNGOV', sector: 'GOV', country: 'IDN' },
  { name: 'Bank of Zambia', aliases: ['the Bank of Zambia'], code: 'ZMBGOV', sector: 'GOV', country: 'ZMB' },
  { name: 'Bank of Finland', aliases: ['the Bank of Finland'], code: 'FINGOV', sector: 'GOV', country: 'FIN' },
  { name: 'Bank of Greece', aliases: ['the Bank of Greece'], code: 'GRCGOV', sector: 'GOV', country: 'GRC' },
  { name: 'Bank of Israel', aliases: ['the Bank of Israel'], code: 'ISRGOV', sector: 'GOV', country: 'ISR' },
  { name: 'Reserve Bank of Australia', aliases: ['the Reserve Bank of Australia'], code: 'AUSGOV', sector: 'GOV', country: 'AUS' },
  { name: 'Reserve Bank of India', aliases: ['the Reserve Bank of India'], code: 'INDGOV', sector: 'GOV', country: 'IND' },
  { name: 'Reserve Bank of New Zealand', aliases: ['the Reserve Bank of New Zealand'], code: 'NZLGOV', sector: 'GOV', country: 'NZL' },
  { name: 'Houthis', aliases: ['Houthi', 'the Houthis', 'Ansar Allah'], code: 'YEMREB', sector: 'REB', country: 'YEM' },
  { name: 'Hezbollah', aliases: [], code: 'LBNREB', sector: 'REB', country: 'LBN' },
  { name: 'Taliban', aliases: ['the Taliban'], code: 'AFGREB', sector: 'REB', country: 'AFG' },
  // armed groups wire copy names without their country (facts: name, country)
  { name: 'Rapid Support Forces', aliases: ['RSF'], code: 'SDNREB', sector: 'REB', country: 'SDN' },
  { name: 'National Liberation Army', aliases: ['ELN'], code: 'COLREB', sector: 'REB', country: 'COL' },
  { name: 'Revolutionary Armed Forces of Colombia', aliases: ['FARC'], code: 'COLREB', sector: 'REB', country: 'COL' },
  { name: 'M23', aliases: ['March 23 Movement', 'M23 rebels'], code: 'CODREB', sector: 'REB', country: 'COD' },
  { name: 'Tehrik-i-Taliban Pakistan', aliases: ['Pakistani Taliban', 'TTP', 'Tehreek-e-Taliban Pakistan'], code: 'PAKREB', sector: 'REB', country: 'PAK' },
  { name: 'al-Shabaab', aliases: ['al Shabaab', 'Al-Shabaab', 'al-Shabab', 'Al Shabaab', 'al Shabab', 'Al Shabab', 'Al-Shabab'], code: 'SOMREB', sector: 'REB', country: 'SOM' },
  { name: 'Boko Haram', aliases: [], code: 'NGAREB', sector: 'REB', country: 'NGA' },
  { name: 'Arakan Army', aliases: [], code: 'MMRREB', sector: 'REB', country: 'MMR' },
  { name: 'Kurdistan Workers Party', aliases: ["Kurdistan Workers' Party", 'PKK'], code: 'TURREB', sector: 'REB', country: 'TUR' },
  { name: 'Hayat Tahrir al-Sham', aliases: ['HTS'], code: 'SYRREB', sector: 'REB', country: 'SYR' },
  { name: "People's Protection Units", aliases: ['YPG', 'People’s Protection Units'], code: 'SYRREB', sector: 'REB', country: 'SYR' },
  { name: 'Syrian Democratic Forces', aliases: ['SDF'], code: 'SYRREB', sector: 'REB', country: 'SYR' },
  { name: 'Islamic Jihad', aliases: ['Palestinian Islamic Jihad'], code: 'PSEREB', sector: 'REB', country: 'PSE' },
  // an armed movement until the Palestinian Authority it set up took office (era.ts makes it the government from May 1994)
  { name: 'Palestine Liberation Organization', aliases: ['Palestine Liberation Organisation', 'PLO'], code: 'PSEREB', sector: 'REB', country: 'PSE' },
  { name: 'Libyan National Army', aliases: ['LNA'], code: 'LBYREB', sector: 'REB', country: 'LBY' },
  { name: 'Shining Path', aliases: ['Sendero Luminoso'], code: 'PERREB', sector: 'REB', country: 'PER' },
  { name: 'Contras', aliases: ['contras', 'contra rebels', 'Contra rebels', '"contra" rebels', '"Contra" rebels'], code: 'NICREB', sector: 'REB', country: 'NIC' },
  { name: 'Khmer Rouge', aliases: [], code: 'KHMREB', sector: 'REB', country: 'KHM' },
  { name: 'UNITA', aliases: ['National Union for the Total Independence of Angola'], code: 'AGOREB', sector: 'REB', country: 'AGO' },
  { name: 'Renamo', aliases: ['RENAMO', 'Mozambique National Resistance'], code: 'MOZREB', sector: 'REB', country: 'MOZ' },
  { name: 'Liberation Tigers of Tamil Eelam', aliases: ['LTTE', 'Tamil Tigers', 'Tamil Tiger'], code: 'LKAREB', sector: 'REB', country: 'LKA' },
  { name: 'Farabundo Marti National Liberation Front', aliases: ['FMLN'], code: 'SLVREB', sector: 'REB', country: 'SLV' },
  { name: "New People's Army", aliases: ['New People’s Army'], code: 'PHLREB', sector: 'REB', country: 'PHL' },
  { name: 'Polisario Front', aliases: ['Polisario'], code: 'ESHREB', sector: 'REB', country: 'ESH' },
  { name: 'Irish Republican Army', aliases: ['IRA', 'Provisional IRA'], code: 'GBRREB', sector: 'REB', country: 'GBR' },
  { name: 'ETA', aliases: [], code: 'ESPREB', sector: 'REB', country: 'ESP' },
  { name: 'Tigray People’s Liberation Front', aliases: ["Tigray People's Liberation Front", 'TPLF'], code: 'ETHREB', sector: 'REB', country: 'ETH' },
  { name: 'Jama’at Nusrat al-Islam wal-Muslimin', aliases: ['JNIM'], code: 'MLIREB', sector: 'REB', country: 'MLI' },
  { name: 'Peace and Security Council', aliases: ['African Union Peace and Security Council', 'AU Peace and Security Council'], code: 'IGOAU', sector: 'IGO' },
  { name: 'Pakistan Tehreek-e-Insaf', aliases: ['PTI', 'Pakistan Tehrik-e-Insaf'], code: 'PAKOPP', sector: 'OPP', country: 'PAK' },
  // opposition parties and movements wire copy names without their country (facts: name, country)
  { name: 'Chadema', aliases: ['Chadema party'], code: 'TZAOPP', sector: 'OPP', country: 'TZA' },
  { name: 'Ennahda', aliases: ['Ennahda party', 'Ennahda movement'], code: 'TUNOPP', sector: 'OPP', country: 'TUN' },
  { name: 'Civic Forum', aliases: [], code: 'CSKOPP', sector: 'OPP', country: 'CSK' },
  { name: 'Solidarity trade union', aliases: ['Solidarity union', 'Solidarity free trade union'], code: 'POLOPP', sector: 'OPP', country: 'POL' },
  { name: 'National Unity Government', aliases: ['NUG'], code: 'MMROPP', sector: 'OPP', country: 'MMR' },
  { name: "Republican People's Party", aliases: ['Republican People’s Party', 'CHP'], code: 'TUROPP', sector: 'OPP', country: 'TUR' },
  { name: 'National Rally', aliases: ['Rassemblement National'], code: 'FRAOPP', sector: 'OPP', country: 'FRA' },
  // ruling parties of 1987 that wire copy names without their country: the country alone, as a ruling party's official is
  // (README, reuters12's calls); else "Democratic Justice Party" reads as a person titled "Justice" (facts: name, country)
  { name: 'Democratic Justice Party', aliases: ['DJP', 'ruling Democratic Justice Party'], code: 'KOR', sector: '', country: 'KOR' },
  { name: 'Liberal Democratic Party', aliases: ['LDP', 'ruling Liberal Democratic Party'], code: 'JPN', sector: '', country: 'JPN' },
  // the opposition until it won power in May 1994 (era.ts makes it the government from then)
  { name: 'African National Congress', aliases: ['ANC'], code: 'ZAFOPP', sector: 'OPP', country: 'ZAF' },
  // legislatures that wire copy names by their own name, with no country (facts: name, country)
  { name: 'Knesset', aliases: [], code: 'ISRLEG', sector: 'LEG', country: 'ISR' },
  { name: 'Bundestag', aliases: [], code: 'DEULEG', sector: 'LEG', country: 'DEU' },
  { name: 'Majlis', aliases: [], code: 'IRNLEG', sector: 'LEG', country: 'IRN' },
  { name: 'Diet', aliases: [], code: 'JPNLEG', sector: 'LEG', country: 'JPN' },
  { name: 'Lok Sabha', aliases: [], code: 'INDLEG', sector: 'LEG', country: 'IND' },
  { name: 'Rajya Sabha', aliases: [], code: 'INDLEG', sector: 'LEG', country: 'IND' },
  { name: 'State Duma', aliases: ['Duma'], code: 'RUSLEG', sector: 'LEG', country: 'RUS' },
  { name: 'Supreme Soviet', aliases: [], code: 'RUSLEG', sector: 'LEG', country: 'RUS' },
  { name: "National People's Congress", aliases: ['National People’s Congress', 'NPC'], code: 'CHNLEG', sector: 'LEG', country: 'CHN' },
  { name: 'Folketing', aliases: [], code: 'DNKLEG', sector: 'LEG', country: 'DNK' },
  { name: 'Riksdag', aliases: [], code: 'SWELEG', sector: 'LEG', country: 'SWE' },
  { name: 'Storting', aliases: [], code: 'NORLEG', sector: 'LEG', country: 'NOR' },
  { name: 'Sejm', aliases: [], code: 'POLLEG', sector: 'LEG', country: 'POL' },
  { name: 'Verkhovna Rada', aliases: [], code: 'UKRLEG', sector: 'LEG', country: 'UKR' },
  { name: 'Cortes', aliases: [], code: 'ESPLEG', sector: 'LEG', country: 'ESP' },
  // newspapers and broadcasters, read only as the outlet of its staff named after it ("Wall Street Journal reporter Evan Gershkovich",
  // "three Al Jazeera journalists"): their own acts and reports are no events
  { name: 'Wall Street Journal', aliases: ['The Wall Street Journal'], code: 'USAMED', sector: 'MED', byStaff: true, country: 'USA' },
  { name: 'New York Times', aliases: ['The New York Times'], code: 'USAMED', sector: 'MED', byStaff: true, country: 'USA' },
  { name: 'Washington Post', aliases: ['The Washington Post'], code: 'USAMED', sector: 'MED', byStaff: true, country: 'USA' },
  { name: 'CNN', aliases: ['Cable News Network'], code: 'USAMED', sector: 'MED', byStaff: true, country: 'USA' },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['Radio Free Europe', 'RFE/RL', 'Radio Liberty', 'Voice of America'], code: 'USAMED', sector: 'MED', byStaff: true, country: 'USA' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation', 'British Broadcasting Corp'], code: 'GBRMED', sector: 'MED', byStaff: true, country: 'GBR' },
  { name: 'Financial Times', aliases: ['The Financial Times'], code: 'GBRMED', sector: 'MED', byStaff: true, country: 'GBR' },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera'], code: 'QATMED', sector: 'MED', byStaff: true, country: 'QAT' },
  { name: 'Le Monde', aliases: [], code: 'FRAMED', sector: 'MED', byStaff: true, country: 'FRA' },
  { name: 'Der Spiegel', aliases: [], code: 'DEUMED', sector: 'MED', byStaff: true, country: 'DEU' },
  { name: 'Pravda', aliases: [], code: 'RUSMED', sector: 'MED', byStaff: true, country: 'RUS' },
  { name: 'Izvestia', aliases: [], code: 'RUSMED', sector: 'MED', byStaff: true, country: 'RUS' },
  { name: "People's Daily", aliases: ['People’s Daily'], code: 'CHNMED', sector: 'MED', byStaff: true, country: 'CHN' },
  { name: 'Asahi Shimbun', aliases: ['The Asahi Shimbun'], code: 'JPNMED', sector: 'MED', byStaff: true, country: 'JPN' },
  // News agencies by the names running text gives them ("the official Soviet news agency Tass"):
  // MED of a country the text puts before them, else of their home country (coref).
  ...AGENCIES.filter((a) => a.prose && a.prose.length > 0).map((a): KnownOrganization => ({ name: a.name, aliases: a.prose!, code: '', sector: 'MED' })),
];

/**
 * Legislatures, as written inside a body's name: the body and its committees are LEG
 * ("Senate Agriculture Committee", "House Ways and Means Committee", "Ontario Parliament's
 * Select Committee"), whatever other head the name ends in. Case matters ("Diet", not "diet").
 */
export const LEGISLATURES: readonly string[] = [
  'Parliament', 'Congress', 'Congressional', 'Senate', 'House', 'House of Representatives', 'Lower House', 'Upper House', 'House of Commons', 'House of Lords',
  'Duma', 'State Duma', 'National Assembly', 'Knesset', 'Bundestag', 'Bundesrat', 'Diet', 'Majlis', 'Lok Sabha', 'Rajya Sabha',
  'Supreme Soviet', 'Legislature', 'Legislative Assembly', 'Folketing', 'Riksdag', 'Storting', 'Sejm', 'Verkhovna Rada', 'Cortes',
];

/**
 * One-word names a body goes by once the article has named it: "the Community" and "the
 * Commission" after "the European Community" or "EC". Any body is also named by the last word
 * of its name ("the Tower Commission" ... "the Commission"); these are the short names its full
 * names do not end in.
 */
export const SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  IGOEU: ['Community', 'Commission', 'Parliament'],
};

/**
 * Heads of a labour union's name, of no state ("the United Food and Commercial Workers union", "the National Union of
 * Mineworkers", "the Trades Union Congress", "the United Steelworkers of America"): not a bare "union", which opens companies'
 * names ("Union Carbide").
 */
export const LABOUR_UNION_HEADS: readonly string[] = [
  'workers union', 'workers unions', "workers' union", 'trade union', 'trade unions', 'trades union', 'union of mineworkers', 'union of workers',
  'union of seamen', 'union congress', 'workers congress', 'teamsters', 'auto workers', 'steelworkers', 'mineworkers', 'labor federation', 'labour federation',
  'federation of labor',
  // (a country's union centre and the unions of one trade: "the Canadian Labour Congress", "the International Union of Electronic
  // Workers", "the International Association of Machinists")
  'labour congress', 'labor congress', 'electronic workers', 'electrical workers', 'transport workers', 'mine workers', 'machinists',
  'seafarers', 'longshoremen',
];

/**
 * Words of the workers' side of a labour dispute in a story, beside a union's name (LABOUR_UNION_HEADS): the union told in lower case
 * ("the union said", "the guild"; not "the Soviet Union"), its members and their pickets ("striking dockers": a strike's own word tells them).
 */
export const LABOUR_SIDE_WORDS: readonly string[] = ['union', 'unions', 'unionized', 'guild', 'workers', 'employees', 'strikers', 'striking',
  'seamen', 'miners', 'dockers', 'dockworkers', 'locals', 'picket', 'pickets', 'picketing'];

/**
 * Words of a labour dispute's acts: the strike and its kin, or the bargaining itself ("The union accepted a new contract offer from
 * Inco", "rejected the union's wage demands", "the union rejected its final proposal for wage concessions").
 */
export const LABOUR_DISPUTE_ACTS: readonly string[] = ['strike', 'strikes', 'striking', 'strikers', 'walkout', 'walkouts', 'lockout', 'stoppage',
  'stoppages', 'walked out', 'walk out', 'bargaining', 'bargainers', 'new contract',
  String.raw`(?:contract|wage|pay|labou?r) (?:talks|negotiations|offers?|proposals?|demands|dispute|agreement|contract|concessions)`];

/** A labour union's name ("United Auto Workers", "Teamsters Union"). */
export const LABOUR_UNION_NAME = new RegExp(String.raw`\b(?:${LABOUR_UNION_HEADS.join('|')})\b`, 'i');
const LABOUR_SIDE = new RegExp(String.raw`\b(?:${LABOUR_SIDE_WORDS.join('|')})\b`);
const LABOUR_DISPUTE = new RegExp(String.raw`\b(?:${LABOUR_DISPUTE_ACTS.join('|')})\b`, 'i');

/**
 * Whether a story is one of a labour dispute: it names the workers' side (a union by name or noun, workers, strikers) and a strike or
 * their bargaining. Read by coreference (a company of no country in such a dispatch is the home country's employer) and by the
 * events stage (a bare strike under way, labour talks naming no party).
 */
export function isLabourDispute(text: string): boolean {
  return (LABOUR_UNION_NAME.test(text) || LABOUR_SIDE.test(text)) && LABOUR_DISPUTE.test(text);
}

/**
 * Heads of a body's name that make it a body of members whatever its members ("the American Soybean Association", "the Swiss Lawyers
 * Federation"); the other heads a members' body bears ("Council", "League", "Chamber", "Bureau") are a state's too, "the Council of
 * Economic Advisers", and make one only with its members named ("the National Pork Producers Council", "the Kuwait Chamber of Commerce").
 * With no country named, a body of members is of the country it works in (coref's placeBody).
 */
export const MEMBERS_ONLY_HEADS: readonly string[] = ['Association', 'Federation', 'Confederation'];
export const MEMBERS_TOO_HEADS: readonly string[] = ['Council', 'League', 'Chamber', 'Chambers', 'Bureau', 'Union'];

/**
 * Members a body of one trade's firms is named by, beside the business words of event-groups.ts' GROUP_HEADS ("the National
 * Association of Securities Dealers", "the Hawaiian Sugar Planters Association", "the Philippine Chamber of Commerce and Industry"): a
 * body of business (BUS), as the README codes trade, industry and bank associations.
 */
export const BUSINESS_MEMBERS: readonly string[] = ['industries', 'industrial', 'commerce', 'dealers', 'growers', 'planters', 'purveyors',
  'contractors', 'insurers', 'carriers', 'cooperatives', 'shippers', 'brokers', 'traders', 'merchants', 'retailers', 'wholesalers', 'millers',
  'packers', 'distributors', 'suppliers', 'builders'];

/**
 * Head nouns of organization names, with the sector they give. "Russia's Defense Ministry",
 * "the Ministry of Foreign Affairs", "the Armed Forces of Russia".
 */
export const ORGANIZATION_HEADS: Record<string, string> = table({
  'defense ministry': 'MIL', 'defence ministry': 'MIL', 'ministry of defense': 'MIL', 'ministry of defence': 'MIL',
  'general staff': 'MIL', 'armed forces': 'MIL', 'army': 'MIL', 'navy': 'MIL', 'air force': 'MIL', 'military': 'MIL',
  'joint staff': 'MIL', 'defense forces': 'MIL', 'defence forces': 'MIL', 'national guard': 'MIL', 'coast guard': 'COP', 'coast guards': 'COP',
  'foreign ministry': 'GOV', 'ministry of foreign affairs': 'GOV', 'interior ministry': 'GOV', 'ministry': 'GOV',
  'government': 'GOV', 'cabinet': 'GOV', 'presidential administration': 'GOV', 'embassy': 'GOV', 'foreign office': 'GOV',
  'state council': 'GOV', 'security council': 'GOV', 'department': 'GOV', 'agency': 'GOV', 'commission': 'GOV', 'office': 'GOV',
  'parliament': 'LEG', 'congress': 'LEG', 'senate': 'LEG',
  // (Congress told by its adjective, capitalised as the wire writes it: "Congressional leaders", "a Congressional committee")
  'congressional': 'LEG', 'duma': 'LEG', 'state duma': 'LEG', 'national assembly': 'LEG',
  // (a chamber named by its country: "the U.S. House of Representatives", which the tagger may take for a place)
  'house of representatives': 'LEG', 'house of commons': 'LEG', 'house of lords': 'LEG',
  'supreme court': 'JUD', 'court': 'JUD', 'tribunal': 'JUD', 'police': 'COP', 'border guard': 'COP', 'border service': 'COP',
  // (a council of an industry's firms or of a town's unions is no state body: "the Pork Producers Council", "the Forest Industry
  // Council", "the Metal Trades Council")
  'producers council': 'BUS', 'growers council': 'BUS', 'industry council': 'BUS', 'labour council': 'NGO', 'labor council': 'NGO',
  'trades council': 'NGO',
  'committee': 'GOV', 'council': 'GOV', 'service': 'GOV', 'forum': 'IGO', 'institute': 'NGO', 'mission': 'GOV',
  // (a committee of a company's owners or lenders is theirs, no state's: "the Colonial American Shareholders Committee", "the Bank
  // Advisory Committee" of a debtor's creditor banks)
  'shareholders committee': 'BUS', 'stockholders committee': 'BUS', 'creditors committee': 'BUS', 'bondholders committee': 'BUS',
  'bank advisory committee': 'BUS', 'bank steering committee': 'BUS', 'bank committee': 'BUS',
  'aerospace forces': 'MIL', 'joint chiefs of staff': 'MIL', 'forces': 'MIL', 'fleet': 'MIL', 'guard': 'COP',
  'marine corps': 'MIL', 'federal security service': 'GOV',
  // a corps is a body of troops ("Russia's Africa Corps", "the Afrika Korps"); not a company's "Corp", nor the U.S. Peace Corps
  'corps': 'MIL', 'peace corps': 'GOV',
  // a military command ("China's Southern Theater Command", "U.S. Central Command")
  'theater command': 'MIL', 'theatre command': 'MIL', 'high command': 'MIL', 'central command': 'MIL',
  'authority': 'GOV', 'directorate': 'GOV', 'bureau': 'GOV', 'administration': 'GOV',
  // (a farm bureau is a body of farmers, no state's office: "the American Farm Bureau Federation", "the Iowa Farm Bureau")
  'farm bureau': 'BUS',
  // (a board is a state's regulator or marketing body: "Canada's National Energy Board", "the Australian Wheat Board"; a board of
  // trade is a commodity exchange: "the Chicago Board of Trade")
  'board': 'GOV', 'board of trade': 'BUS',
  // (a state's news agency reports; it is no side: "the Iranian National News Agency")
  'news agency': 'MED', 'press agency': 'MED',
  'party': 'PTY', 'corp': 'BUS', 'company': 'BUS', 'inc': 'BUS', 'bank': 'BUS', 'group': 'BUS', 'ltd': 'BUS',
  // heads company names often end in ("American Motors", "KLM Royal Dutch Airlines", "Wang Laboratories")
  'motors': 'BUS', 'supermarkets': 'BUS', 'stores': 'BUS', 'department stores': 'BUS', 'airlines': 'BUS', 'airways': 'BUS', 'laboratories': 'BUS', 'industries': 'BUS', 'holdings': 'BUS', 'bancorp': 'BUS',
  // (a thrift and a stock exchange are businesses: "American Savings and Loan Association", "the Pacific Stock Exchange")
  'savings and loan association': 'BUS', 'savings and loan': 'BUS', 'savings bank': 'BUS', 'stock exchange': 'BUS',
  // (any exchange is a market, whatever board it names: "the Chicago Board Options Exchange", "the New York Mercantile Exchange")
  'exchange': 'BUS',
  // (a state's monetary authority, no company: "Brazilian central bank president Francisco Gros")
  'central bank': 'GOV',
  ...Object.fromEntries(LABOUR_UNION_HEADS.map((head) => [head, 'NGO'])),
});

/** Bodies' names other states' bodies bear too ("Treasury"): a title that opens with one ("Treasury Secretary") names no country. */
export const SHARED_BODY_NAMES: readonly string[] = KNOWN_ORGANIZATIONS.flatMap((o) => o.sharedNames ?? []);
