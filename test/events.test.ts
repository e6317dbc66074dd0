/**
 * Event coding: table tests of the events stage over hand-built coref and quote layers (so they
 * test this stage alone), relative dates, the seed dispatch's required events, and a floor over
 * test/fixtures/events/sentences.jsonl through the whole `extract`.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, Mention, MentionForm, Quote } from '../src/model.js';
import { codeEvents } from '../src/stages/events.js';
import { resolveDate } from '../src/stages/dates.js';
import { readRecord } from '../src/stages/record.js';
import { splitStructure } from '../src/stages/structure.js';
import { extract } from '../src/pipeline.js';
import { loadFixtures, score } from '../scripts/eval-events.js';
import { REUTERS_PATH } from '../scripts/sampling.js';

interface EntitySpec {
  id: string;
  type: EntityType;
  actor: string;
  country?: string;
  /** Strings that are mentions of this entity wherever they occur in the text. */
  forms: string[];
  form?: MentionForm;
}

/** Hand-built layers: every occurrence of each form becomes a mention of its entity. */
function code(text: string, specs: EntitySpec[], date = '2024-06-07', quotes: Partial<Quote>[] = []) {
  const record = readRecord(text, { date });
  const structure = splitStructure(record.text, null, null);
  const mentions: Mention[] = [];
  const entities: Entity[] = specs.map((s) => ({
    kind: 'entity', id: s.id, type: s.type, name: s.forms[0], country: s.country ?? s.actor.slice(0, 3), sector: s.actor.slice(3) || null,
    rank: null, titles: [], actor: s.actor, aliases: s.forms, mentions: [],
  }));
  for (const s of specs) {
    for (const f of s.forms.flatMap((x) => [x, x[0].toUpperCase() + x.slice(1)])) {
      for (let i = record.text.indexOf(f); i >= 0; i = record.text.indexOf(f, i + 1)) {
        const before = record.text[i - 1];
        const after = record.text[i + f.length];
        if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
        if (mentions.some((m) => m.start < i + f.length && i < m.end)) continue;
        mentions.push({ kind: 'mention', start: i, end: i + f.length, text: f, type: s.type, form: s.form ?? 'name', entity: s.id });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const fullQuotes = quotes.map((q) => ({ kind: 'direct', text: '', start: 0, end: 0, speaker: null, speakerName: null, cue: null, cueSpan: null, speakerSpan: null, ...q }) as Quote);
  return codeEvents(record.text, record, null, structure, { entities, mentions, messages: [] }, { quotes: fullQuotes, messages: [] }).events;
}

const RUS: EntitySpec = { id: 'rus', type: 'country', actor: 'RUS', forms: ['Russia', 'Moscow'] };
const CHN: EntitySpec = { id: 'chn', type: 'country', actor: 'CHN', forms: ['China', 'Beijing'] };
const UKR: EntitySpec = { id: 'ukr', type: 'country', actor: 'UKR', forms: ['Ukraine', 'Kyiv'] };
const USA: EntitySpec = { id: 'usa', type: 'country', actor: 'USA', forms: ['the United States', 'Washington'] };
const IRN: EntitySpec = { id: 'irn', type: 'country', actor: 'IRN', forms: ['Iran', 'Tehran'] };
const EU: EntitySpec = { id: 'eu', type: 'organization', actor: 'IGOEU', country: '', forms: ['the European Union', 'the EU'] };
const LAVROV: EntitySpec = { id: 'lavrov', type: 'person', actor: 'RUSGOV', forms: ['Sergei Lavrov', 'Lavrov', 'he'] };
const WANG: EntitySpec = { id: 'wang', type: 'person', actor: 'CHNGOV', forms: ['Wang Yi', 'Wang'] };
const SHOIGU: EntitySpec = { id: 'shoigu', type: 'person', actor: 'RUSMIL', forms: ['Sergei Shoigu', 'Shoigu'] };
const country = (actor: string, ...forms: string[]): EntitySpec => ({ id: actor.toLowerCase(), type: 'country', actor, forms });
const ISR = country('ISR', 'Israel'), MDA = country('MDA', 'Moldova'), TWN = country('TWN', 'Taiwan'), LBN = country('LBN', 'Lebanon');
const PAK = country('PAK', 'Pakistan'), IND = country('IND', 'India'), FIN = country('FIN', 'Finland'), PRK = country('PRK', 'North Korea'), KOR = country('KOR', 'South Korea');
const JPN = country('JPN', 'Japan'), ZWE = country('ZWE', 'Zimbabwe'), DEU = country('DEU', 'Germany'), LKA = country('LKA', 'Sri Lanka');
const TUR = country('TUR', 'Turkey'), SYR = country('SYR', 'Syria'), GBR = country('GBR', 'Britain'), NIC = country('NIC', 'Nicaragua');
const UGA = country('UGA', 'Uganda'), NER = country('NER', 'Niger', 'Niamey'), AZE = country('AZE', 'Azerbaijan'), ARM = country('ARM', 'Armenia', 'Yerevan');
const BGD = country('BGD', 'Bangladesh', 'Dhaka'), MMR = country('MMR', 'Myanmar'), TUR_ANK = country('TUR', 'Turkey', 'Ankara');
const ASEAN: EntitySpec = { id: 'asean', type: 'organization', actor: 'IGOASEAN', country: '', forms: ['ASEAN'] };
const FIDAN: EntitySpec = { id: 'fidan', type: 'person', actor: 'TURGOV', forms: ['Hakan Fidan'] };
const ARAGHCHI: EntitySpec = { id: 'araghchi', type: 'person', actor: 'IRNGOV', forms: ['Abbas Araghchi'] };
const PESKOV: EntitySpec = { id: 'peskov', type: 'person', actor: 'RUSGOV', forms: ['Peskov'] };
const KREMLIN: EntitySpec = { id: 'kremlin', type: 'organization', actor: 'RUSGOV', forms: ['the Kremlin'] };
const NLD = country('NLD', 'The Netherlands');
const LEOPARD: EntitySpec = { id: 'leopard', type: 'organization', actor: '', forms: ['Leopard'] };
const KEN = country('KEN', 'Kenya');
const POLICE: EntitySpec = { id: 'police', type: 'organization', actor: '', forms: ['Police'] };
const KYIV: EntitySpec = { id: 'kyiv', type: 'location', actor: '', country: 'UKR', forms: ['Kyiv'] };
const TREASURY: EntitySpec = { id: 'treasury', type: 'organization', actor: 'USAGOV', forms: ['Treasury'] };
const BESSENT: EntitySpec = { id: 'bessent', type: 'person', actor: '', forms: ['Scott Bessent'] };
const LUKASHENKO: EntitySpec = { id: 'lukashenko', type: 'person', actor: 'BLRGOV', forms: ['Lukashenko'] };
const VEN = country('VEN', 'Venezuela'), GUY = country('GUY', 'Guyana'), BLR = country('BLR', 'Belarus');
const HUNT: EntitySpec = { id: 'hunt', type: 'person', actor: 'GBRGOV', forms: ['Jeremy Hunt'] };
const POMPEO: EntitySpec = { id: 'pompeo', type: 'person', actor: 'USAGOV', forms: ['Mike Pompeo'] };
const PUTIN: EntitySpec = { id: 'putin', type: 'person', actor: 'RUSGOV', forms: ['Putin'] };

type Row = [string, EntitySpec[], { type: string; actor: string; recipient: string | null; status: string; cameo?: string; date?: string | null; mode?: string | null }[]];

// Sentences written for these tests; none is in the fixture file.
const LIAONING: EntitySpec = { id: 'liaoning', type: 'location', actor: '', country: '', forms: ['Liaoning'] };
const CAMERON: EntitySpec = { id: 'cameron', type: 'person', actor: 'GBRGOV', forms: ['Cameron'] };
const DASKAL: EntitySpec = { id: 'daskal', type: 'person', actor: 'CHN', forms: ['Jen Daskal'] };
const WANG_XH: EntitySpec = { id: 'wangxh', type: 'person', actor: 'CHNGOV', forms: ['Wang Xiaohong'] };
const MOSKALKOVA: EntitySpec = { id: 'moskalkova', type: 'person', actor: 'RUSGOV', forms: ['Moskalkova'] };
const HAMAS: EntitySpec = { id: 'hamas', type: 'organization', actor: 'PSEREB', forms: ['Hamas'] };
const UNSC: EntitySpec = { id: 'unsc', type: 'organization', actor: 'IGOUN', country: '', forms: ['UN Security Council'] };
const US_SHORT: EntitySpec = { id: 'us', type: 'country', actor: 'USA', forms: ['U.S.'] };
const SINOTECH: EntitySpec = { id: 'sinotech', type: 'organization', actor: 'CHNBUS', forms: ['Sinotech'] };
const IRN_NAVY: EntitySpec = { id: 'irn-navy', type: 'organization', actor: 'IRNMIL', forms: ['Iranian naval forces'] };
const FLEET: EntitySpec = { id: 'fleet', type: 'organization', actor: 'RUSMIL', forms: ["Russia's Pacific Fleet"] };
const VARYAG: EntitySpec = { id: 'varyag', type: 'person', actor: 'CHNMIL', forms: ['Varyag'] };
const URUMQI: EntitySpec = { id: 'urumqi', type: 'person', actor: 'IRN', forms: ['Urumqi'] };
const CAN = country('CAN', 'Canada'), FRA = country('FRA', 'France'), IRQ = country('IRQ', 'Iraq');
const RAHIMI: EntitySpec = { id: 'rahimi', type: 'person', actor: 'IRNGOV', forms: ['Ali Rahimi'] };
const BAGHDAD: EntitySpec = { id: 'baghdad', type: 'location', actor: '', country: 'IRQ', forms: ['Baghdad'] };
const FIDAN_HE: EntitySpec = { id: 'fidan', type: 'person', actor: 'TURGOV', forms: ['Fidan', 'he'] };
const BORRELL: EntitySpec = { id: 'borrell', type: 'person', actor: 'IGOEU', country: '', forms: ['Borrell'] };

const TASS: EntitySpec = { id: 'tass', type: 'organization', actor: 'SUNMED', forms: ['Tass'] };
const GORBACHEV: EntitySpec = { id: 'gorbachev', type: 'person', actor: 'SUNGOV', forms: ['Gorbachev'] };

const rows: Row[] = [
  ['Lavrov held talks with Wang Yi in Beijing on Tuesday.', [LAVROV, WANG, CHN], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred', cameo: '040', date: '2024-06-04' }]],
  ['Wang Yi was received by Sergei Lavrov on Monday.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred', cameo: '043', date: '2024-06-03' }]],
  ['Lavrov spoke by phone with Wang Yi.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred', cameo: '041', mode: 'phone' }]],
  ['Sergei Shoigu will visit China next month.', [SHOIGU, CHN], [{ type: 'CONSULT', actor: 'RUSMIL', recipient: 'CHN', status: 'intended', cameo: '042', date: '2024-07' }]],
  ['Lavrov did not meet Wang Yi during the forum.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'negated' }]],
  ['The European Union imposed new sanctions on Iran over drone deliveries.', [EU, IRN], [{ type: 'SANCTION', actor: 'IGOEU', recipient: 'IRN', status: 'occurred', cameo: '163' }]],
  ['New sanctions were imposed on Iran by the European Union.', [EU, IRN], [{ type: 'SANCTION', actor: 'IGOEU', recipient: 'IRN', status: 'occurred' }]],
  ['The EU could impose sanctions on Iran if talks fail.', [EU, IRN], [{ type: 'SANCTION', actor: 'IGOEU', recipient: 'IRN', status: 'hypothetical' }]],
  ['Russia launched air strikes on Ukraine overnight.', [RUS, UKR], [{ type: 'ASSAULT', actor: 'RUS', recipient: 'UKR', status: 'occurred', mode: 'aerial' }]],
  ['Washington accused Beijing of supplying Moscow.', [USA, CHN, RUS], [{ type: 'ACCUSE', actor: 'USA', recipient: 'CHN', status: 'occurred', cameo: '112' }]],
  ['Russia and China condemned the United States.', [RUS, CHN, USA], [{ type: 'ACCUSE', actor: 'RUS', recipient: 'USA', status: 'occurred' }, { type: 'ACCUSE', actor: 'CHN', recipient: 'USA', status: 'occurred' }]],
  ['Russia and China signed a trade agreement.', [RUS, CHN], [{ type: 'SUPPORT', actor: 'RUS', recipient: 'CHN', status: 'occurred', cameo: '057' }, { type: 'SUPPORT', actor: 'CHN', recipient: 'RUS', status: 'occurred', cameo: '057' }]],
  ['Iran refused to release the detained sailors.', [IRN], [{ type: 'REJECT', actor: 'IRN', recipient: null, status: 'occurred' }]],
  ['The EU urged Iran to halt uranium enrichment.', [EU, IRN], [{ type: 'REQUEST', actor: 'IGOEU', recipient: 'IRN', status: 'requested' }]],
  ['Ukraine threatened Russia with retaliation.', [UKR, RUS], [{ type: 'THREATEN', actor: 'UKR', recipient: 'RUS', status: 'occurred' }]],
  // "the border with X" names the neighbour the withdrawal is toward (as "left Niger's base" names Niger)
  ['Russia withdrew its troops from the border with Ukraine.', [RUS, UKR], [{ type: 'RETREAT', actor: 'RUS', recipient: 'UKR', status: 'occurred' }]],
  // groups without a name of their own: demonym + group noun, lists of demonyms, nouns placed by a country
  ['Russian and Belarusian troops began joint exercises near Brest on Monday.', [], [{ type: 'COOPERATE', actor: 'RUSMIL', recipient: 'BLRMIL', status: 'occurred', date: '2024-06-03' }, { type: 'COOPERATE', actor: 'BLRMIL', recipient: 'RUSMIL', status: 'occurred' }]],
  ['Iranian drones struck an oil depot in Ukraine.', [UKR], [{ type: 'ASSAULT', actor: 'IRN', recipient: 'UKR', status: 'occurred' }]],
  ['Police in Serbia arrested dozens of protesters.', [{ id: 'srb', type: 'country', actor: 'SRB', forms: ['Serbia'] }], [{ type: 'COERCE', actor: 'SRBCOP', recipient: 'SRB', status: 'occurred' }]],
  ['The Russian bombing of Ukraine went on overnight.', [UKR], [{ type: 'ASSAULT', actor: 'RUS', recipient: 'UKR', status: 'occurred' }]],
  ['Japanese coast guard vessels rammed a Chinese fishing boat.', [], [{ type: 'ASSAULT', actor: 'JPNCOP', recipient: 'CHN', status: 'occurred', mode: 'ram' }]],
  // domestic targets and concessions
  // (the weeks of protests behind it are coded too, as the fixture README asks of background acts)
  ['The Peruvian president resigned after weeks of protests.', [{ id: 'pres', type: 'person', actor: 'PERGOV', forms: ['The Peruvian president'] }], [{ type: 'CONCEDE', actor: 'PERGOV', recipient: 'PER', status: 'occurred' }, { type: 'PROTEST', actor: 'PER', recipient: 'PERGOV', status: 'occurred' }]],
  ['Odinga called on the government to resign.', [{ id: 'odinga', type: 'person', actor: 'KENOPP', forms: ['Odinga'] }], [{ type: 'REQUEST', actor: 'KENOPP', recipient: 'KENGOV', status: 'requested' }]],
  ['China lifted the curfew in Lhasa.', [CHN], [{ type: 'CONCEDE', actor: 'CHN', recipient: null, status: 'occurred' }]],
  // speech-wrapped acts, purpose clauses, coordinated verbs
  ['Russia and China said they would hold joint naval patrols next year.', [RUS, CHN], [{ type: 'COOPERATE', actor: 'RUS', recipient: 'CHN', status: 'intended' }, { type: 'COOPERATE', actor: 'CHN', recipient: 'RUS', status: 'intended' }]],
  ['Wang Yi will travel to Moscow next week to meet Sergei Lavrov.', [WANG, LAVROV, RUS], [{ type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUS', status: 'intended', date: '2024-06' }, { type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'intended' }]],
  ['Thousands rallied in Tehran against the United States.', [USA, IRN], [{ type: 'PROTEST', actor: 'IRN', recipient: 'USA', status: 'occurred' }]],
  ['Russia alone will hold drills in the Arctic.', [RUS], [{ type: 'MOBILIZE', actor: 'RUS', recipient: null, status: 'intended', cameo: '150' }]],
  // precision: no symmetric pairs for one-sided acts, no actor from a remark's author
  ['Britain and France threatened new sanctions.', [{ id: 'gbr', type: 'country', actor: 'GBR', forms: ['Britain'] }, { id: 'fra', type: 'country', actor: 'FRA', forms: ['France'] }], [{ type: 'THREATEN', actor: 'GBR', recipient: null, status: 'occurred' }, { type: 'THREATEN', actor: 'FRA', recipient: null, status: 'occurred' },
    { type: 'SANCTION', actor: 'GBR', recipient: null, status: 'hypothetical' }, { type: 'SANCTION', actor: 'FRA', recipient: null, status: 'hypothetical' }]],
  ['Moscow summoned the Chinese envoy to protest remarks by Wang Yi.', [RUS, WANG], [{ type: 'ACCUSE', actor: 'RUS', recipient: 'CHNGOV', status: 'occurred' }]],
  ['China plans to expand military cooperation with Russia.', [CHN, RUS], [{ type: 'AGREE', actor: 'CHN', recipient: 'RUS', status: 'intended', cameo: '0312' }]],
  ['Beijing praised Moscow for its position.', [CHN, RUS], [{ type: 'SUPPORT', actor: 'CHN', recipient: 'RUS', status: 'occurred', cameo: '051' }]],
  ['The United States will send more air defense systems to Ukraine.', [USA, UKR], [{ type: 'AID', actor: 'USA', recipient: 'UKR', status: 'intended', cameo: '072' }]],
  // ---- THREATEN: vows, warnings, threats with and without an infinitive, negated and possible threats
  ['Iran warned Israel of a crushing response to any attack.', [IRN, ISR], [{ type: 'THREATEN', actor: 'IRN', recipient: 'ISR', status: 'occurred' }]],
  ['Russia threatened to cut gas supplies to Moldova.', [RUS, MDA], [{ type: 'THREATEN', actor: 'RUS', recipient: 'MDA', status: 'occurred', cameo: '131' }]],
  ['China vowed a crushing response against Taiwan.', [CHN, TWN], [{ type: 'THREATEN', actor: 'CHN', recipient: 'TWN', status: 'occurred' }]],
  ['Israel has not threatened Lebanon with military action.', [ISR, LBN], [{ type: 'THREATEN', actor: 'ISR', recipient: 'LBN', status: 'negated', cameo: '138' }]],
  ['Pakistan warned India against any military adventure.', [PAK, IND], [{ type: 'THREATEN', actor: 'PAK', recipient: 'IND', status: 'occurred' }]],
  ['Russia could threaten Finland with countermeasures.', [RUS, FIN], [{ type: 'THREATEN', actor: 'RUS', recipient: 'FIN', status: 'hypothetical' }]],
  ['The United States threatened new tariffs on Chinese electric vehicles.', [USA, CHN], [{ type: 'THREATEN', actor: 'USA', recipient: 'CHN', status: 'occurred', cameo: '131' }, { type: 'SANCTION', actor: 'USA', recipient: 'CHN', status: 'hypothetical', cameo: '163' }]],
  ['Iran threatened to close the Strait of Hormuz.', [IRN], [{ type: 'THREATEN', actor: 'IRN', recipient: null, status: 'occurred' }]],
  ['Lavrov warned that Moscow would retaliate against any seizure of Russian assets.', [LAVROV, RUS], [{ type: 'THREATEN', actor: 'RUSGOV', recipient: null, status: 'occurred' }]],
  ['North Korea warned of a nuclear strike against the United States.', [PRK, USA], [{ type: 'THREATEN', actor: 'PRK', recipient: 'USA', status: 'occurred', cameo: '138' }]],
  // ---- AID: deliveries by weight, loans, the future of aid, a negated supply; pledges are AGREE 033 (fixture README)
  ['China airlifted 40 tonnes of medical supplies to Iran.', [CHN, IRN], [{ type: 'AID', actor: 'CHN', recipient: 'IRN', status: 'occurred', cameo: '073' }]],
  ['Japan pledged $50 million in humanitarian assistance to Ukraine.', [JPN, UKR], [{ type: 'AGREE', actor: 'JPN', recipient: 'UKR', status: 'occurred', cameo: '033' }]],
  ['The European Union delivered humanitarian aid to Ukraine on Monday.', [EU, UKR], [{ type: 'AID', actor: 'IGOEU', recipient: 'UKR', status: 'occurred', cameo: '073', date: '2024-06-03' }]],
  ['Russia shipped 25,000 tonnes of wheat to Zimbabwe.', [RUS, ZWE], [{ type: 'AID', actor: 'RUS', recipient: 'ZWE', status: 'occurred', cameo: '073' }]],
  ['Germany will supply Ukraine with additional Patriot systems.', [DEU, UKR], [{ type: 'AID', actor: 'DEU', recipient: 'UKR', status: 'intended', cameo: '072' }]],
  ['China has not sent weapons to Russia.', [CHN, RUS], [{ type: 'AID', actor: 'CHN', recipient: 'RUS', status: 'negated' }]],
  ['India dispatched a ship carrying relief materials to Sri Lanka.', [IND, LKA], [{ type: 'AID', actor: 'IND', recipient: 'LKA', status: 'occurred', cameo: '073' }]],
  ['Japan extended a $1.5 billion loan to India.', [JPN, IND], [{ type: 'AID', actor: 'JPN', recipient: 'IND', status: 'occurred', cameo: '071' }]],
  ['Turkey sent 20 trucks of humanitarian aid to Syria.', [TUR, SYR], [{ type: 'AID', actor: 'TUR', recipient: 'SYR', status: 'occurred', cameo: '073' }]],
  ['Britain donated medical equipment to Ukrainian hospitals.', [GBR], [{ type: 'AID', actor: 'GBR', recipient: 'UKR', status: 'occurred', cameo: '073' }]],
  // ---- COERCE: detentions, deportations, seizures, bans, house arrest; domestic targets
  ['Iran detained two French journalists.', [IRN], [{ type: 'COERCE', actor: 'IRN', recipient: 'FRAMED', status: 'occurred', cameo: '173' }]],
  ['Pakistan deported hundreds of Afghan migrants.', [PAK], [{ type: 'COERCE', actor: 'PAK', recipient: 'AFG', status: 'occurred', cameo: '174' }]],
  ['Chinese police arrested a Japanese national on spying charges.', [], [{ type: 'COERCE', actor: 'CHNCOP', recipient: 'JPN', status: 'occurred', cameo: '173' }]],
  ['Georgian police did not detain any protesters.', [], [{ type: 'COERCE', actor: 'GEOCOP', recipient: 'GEO', status: 'negated' }]],
  ['Iranian forces seized a British oil tanker.', [], [{ type: 'COERCE', actor: 'IRNMIL', recipient: 'GBR', status: 'occurred', cameo: '1711' }]],
  ['Nicaragua banned hundreds of NGOs.', [NIC], [{ type: 'COERCE', actor: 'NIC', recipient: null, status: 'occurred', cameo: '1722' }]],
  ['Uganda placed the opposition leader under house arrest.', [UGA], [{ type: 'COERCE', actor: 'UGA', recipient: 'UGAOPP', status: 'occurred', cameo: '173' }]],
  ['Russia expelled a group of Moldovan citizens.', [RUS], [{ type: 'COERCE', actor: 'RUS', recipient: 'MDA', status: 'occurred', cameo: '174' }]],
  ['Turkish authorities rounded up dozens of opposition activists.', [], [{ type: 'COERCE', actor: 'TURGOV', recipient: 'TUROPP', status: 'occurred' }]],
  // ---- PROTEST: sit-ins, strikes, blockades, rallies with domestic and foreign targets
  // (an embassy is its government's: the later fixture sets code protests at one as against the government, FRAGOV, SAUGOV)
  ['Kenyan activists staged a sit-in outside the U.S. embassy.', [], [{ type: 'PROTEST', actor: 'KEN', recipient: 'USAGOV', status: 'occurred', cameo: '141' }]],
  ['Thousands of Israelis protested against the government.', [], [{ type: 'PROTEST', actor: 'ISR', recipient: 'ISRGOV', status: 'occurred' }]],
  ['French farmers blocked highways with tractors.', [], [{ type: 'PROTEST', actor: 'FRA', recipient: null, status: 'occurred', cameo: '144' }]],
  ['Nigerian workers went on strike over fuel prices.', [], [{ type: 'PROTEST', actor: 'NGA', recipient: null, status: 'occurred', cameo: '143' }]],
  ['Armenian protesters picketed the government building.', [], [{ type: 'PROTEST', actor: 'ARM', recipient: 'ARMGOV', status: 'occurred', cameo: '141' }]],
  ['Pakistani opposition supporters will hold a rally against the government.', [], [{ type: 'PROTEST', actor: 'PAKOPP', recipient: 'PAKGOV', status: 'intended' }]],
  ['Serbian students blockaded the main bridge in Novi Sad.', [], [{ type: 'PROTEST', actor: 'SRB', recipient: null, status: 'occurred', cameo: '144' }]],
  ['Crowds in Niamey set fire to the French embassy.', [NER], [{ type: 'PROTEST', actor: 'NER', recipient: 'FRAGOV', status: 'occurred', cameo: '145' }]],
  // ---- MOBILIZE: alerts, massing and deploying forces, reservists, buildups
  ['Russia put its nuclear forces on high alert.', [RUS], [{ type: 'MOBILIZE', actor: 'RUS', recipient: null, status: 'occurred', cameo: '152' }]],
  ['Azerbaijan massed troops near the Armenian border.', [AZE], [{ type: 'MOBILIZE', actor: 'AZE', recipient: 'ARM', status: 'occurred', cameo: '154' }]],
  ['China deployed warships near Taiwan.', [CHN, TWN], [{ type: 'MOBILIZE', actor: 'CHN', recipient: 'TWN', status: 'occurred' }]],
  ['Russia has not deployed additional troops to Belarus.', [RUS, BLR], [{ type: 'MOBILIZE', actor: 'RUS', recipient: 'BLR', status: 'negated' }]],
  ['Israel called up 300,000 reservists.', [ISR], [{ type: 'MOBILIZE', actor: 'ISR', recipient: null, status: 'occurred', cameo: '154' }]],
  ['Belarus moved tanks to its border with Ukraine.', [BLR, UKR], [{ type: 'MOBILIZE', actor: 'BLR', recipient: 'UKR', status: 'occurred' }]],
  ['The Pentagon placed 8,500 troops on heightened alert.', [{ id: 'pentagon', type: 'organization', actor: 'USAMIL', forms: ['The Pentagon'] }], [{ type: 'MOBILIZE', actor: 'USAMIL', recipient: null, status: 'occurred', cameo: '152' }]],
  ['Venezuela began a military buildup on its border with Guyana.', [VEN, GUY], [{ type: 'MOBILIZE', actor: 'VEN', recipient: 'GUY', status: 'occurred' }]],
  ['Iran raised the combat readiness of its air defenses.', [IRN], [{ type: 'MOBILIZE', actor: 'IRN', recipient: null, status: 'occurred', cameo: '152' }]],
  // ---- RETREAT: releases, swaps, withdrawals, ceasefires
  ['Iran freed five Filipino seafarers.', [IRN], [{ type: 'RETREAT', actor: 'IRN', recipient: 'PHL', status: 'occurred', cameo: '0841' }]],
  ['Israel released 30 Palestinian detainees on Thursday.', [ISR], [{ type: 'RETREAT', actor: 'ISR', recipient: 'PSE', status: 'occurred', cameo: '0841', date: '2024-06-06' }]],
  ['Russia and Ukraine swapped 95 prisoners of war each.', [RUS, UKR], [{ type: 'RETREAT', actor: 'RUS', recipient: 'UKR', status: 'occurred' }, { type: 'RETREAT', actor: 'UKR', recipient: 'RUS', status: 'occurred' }]],
  ['Armenian troops withdrew from four border villages.', [], [{ type: 'RETREAT', actor: 'ARMMIL', recipient: null, status: 'occurred', cameo: '087' }]],
  ['Russia announced a unilateral ceasefire in eastern Ukraine.', [RUS, UKR], [{ type: 'RETREAT', actor: 'RUS', recipient: 'UKR', status: 'occurred', cameo: '0871' }]],
  ['Israel will withdraw its forces from southern Lebanon.', [ISR, LBN], [{ type: 'RETREAT', actor: 'ISR', recipient: 'LBN', status: 'intended', cameo: '087' }]],
  ['Ukraine did not release the captured Russian soldiers.', [UKR], [{ type: 'RETREAT', actor: 'UKR', recipient: 'RUSMIL', status: 'negated' }]],
  ['China pulled back its troops from the disputed border area.', [CHN], [{ type: 'RETREAT', actor: 'CHN', recipient: null, status: 'occurred', cameo: '087' }]],
  ['Azerbaijan handed over 32 Armenian prisoners to Yerevan.', [AZE, ARM], [{ type: 'RETREAT', actor: 'AZE', recipient: 'ARM', status: 'occurred', cameo: '0841' }]],
  // ---- CONSULT: calls, hosting, sidelines, video, expected trips
  ['Wang Yi held a phone conversation with Sergei Lavrov.', [WANG, LAVROV], [{ type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '041', mode: 'phone' }]],
  ['Wang Yi received Sergei Lavrov at the Diaoyutai State Guesthouse.', [WANG, LAVROV], [{ type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '043' }]],
  ['Lavrov met with Wang Yi on the sidelines of the G20 summit.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred', mode: 'multilateral' }]],
  ['Lavrov and Wang Yi held talks by video link on Monday.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred', mode: 'video', date: '2024-06-03' }, { type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'occurred', mode: 'video' }]],
  ['Lavrov is expected to travel to Beijing next week.', [LAVROV, CHN], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHN', status: 'intended', cameo: '042' }]],
  ['Wang Yi telephoned Lavrov on Monday.', [WANG, LAVROV], [{ type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '041', date: '2024-06-03' }]],
  ['Wang Yi welcomed Lavrov to Beijing.', [WANG, LAVROV, CHN], [{ type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '043' }]],
  ['Lavrov had a meeting with Wang Yi in Moscow.', [LAVROV, WANG, RUS], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred' }]],
  ['Lavrov and Wang Yi exchanged views on the Ukraine crisis.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred', cameo: '040' }, { type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '040' }]],
  ['Lavrov briefed Wang Yi on the results of the summit.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred', cameo: '040' }]],
  ['North Korea threatened to launch a nuclear attack on South Korea.', [PRK, KOR], [{ type: 'THREATEN', actor: 'PRK', recipient: 'KOR', status: 'occurred', cameo: '138' }, { type: 'ASSAULT', actor: 'PRK', recipient: 'KOR', status: 'hypothetical', cameo: '190' }]],
  ['Russia threatened Moldova with a cut in gas supplies.', [RUS, MDA], [{ type: 'THREATEN', actor: 'RUS', recipient: 'MDA', status: 'occurred', cameo: '131' }]],
  ['The United States airdropped 38,000 meals into Gaza.', [USA, { id: 'pse', type: 'country', actor: 'PSE', forms: ['Gaza'] }], [{ type: 'AID', actor: 'USA', recipient: 'PSE', status: 'occurred', cameo: '073' }]],
  ['Indian police detained dozens of farmers.', [], [{ type: 'COERCE', actor: 'INDCOP', recipient: 'IND', status: 'occurred', cameo: '173' }]],
  ['China deployed 42 warplanes near Taiwan.', [CHN, TWN], [{ type: 'MOBILIZE', actor: 'CHN', recipient: 'TWN', status: 'occurred', cameo: '154' }]],
  ['Wang Yi spoke with Sergei Lavrov in Vientiane.', [WANG, LAVROV], [{ type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '040' }]],
  // ---- step rows (issue 3 follow-ups), written for these tests
  // 1. a verb after "and" with no subject of its own is the earlier verb's subject's
  ['Lavrov met Wang Yi in Vientiane and accused the United States of stoking tensions.', [LAVROV, WANG, USA], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred' }, { type: 'ACCUSE', actor: 'RUSGOV', recipient: 'USA', status: 'occurred' }]],
  ['Shoigu visited Beijing and threatened Ukraine with retaliation.', [SHOIGU, CHN, UKR], [{ type: 'CONSULT', actor: 'RUSMIL', recipient: 'CHN', status: 'occurred' }, { type: 'THREATEN', actor: 'RUSMIL', recipient: 'UKR', status: 'occurred' }]],
  ['The delegation met Wang Yi in Beijing and warned that Washington would act.', [WANG, CHN, USA], []],
  // 2. a protest's target across ", chanting slogans against X"
  ['Hundreds of students rallied in Dhaka on Monday, shouting slogans against India.', [BGD, IND], [{ type: 'PROTEST', actor: 'BGD', recipient: 'IND', status: 'occurred' }]],
  ['Protesters rallied in Ankara on Sunday, burning flags and chanting slogans against Israel.', [TUR_ANK, ISR], [{ type: 'PROTEST', actor: 'TUR', recipient: 'ISR', status: 'occurred' }]],
  ['Students rallied in Dhaka, shouting slogans against India and the United States.', [BGD, IND, country('USA', 'United States')], [{ type: 'PROTEST', actor: 'BGD', recipient: 'IND', status: 'occurred' }, { type: 'PROTEST', actor: 'BGD', recipient: 'USA', status: 'occurred' }]],
  // 3. a name before a noun-like verb form is a noun phrase ("the ASEAN meeting"), here a body's meeting (the body's own)
  ['Wang Yi praised the ASEAN meeting in Vientiane.', [WANG, ASEAN], [{ type: 'SUPPORT', actor: 'CHNGOV', recipient: 'IGOASEAN', status: 'occurred' }, { type: 'CONSULT', actor: 'IGOASEAN', recipient: null, status: 'occurred' }]],
  // 4. "around" is a recipient slot
  ['China deployed dozens of warships around Taiwan on Thursday.', [CHN, TWN], [{ type: 'MOBILIZE', actor: 'CHN', recipient: 'TWN', status: 'occurred', cameo: '154' }]],
  // 5. compound subjects with titles
  ['Turkish Foreign Minister Hakan Fidan and Iranian Foreign Minister Abbas Araghchi held talks in Ankara.', [FIDAN, ARAGHCHI], [{ type: 'CONSULT', actor: 'TURGOV', recipient: 'IRNGOV', status: 'occurred' }, { type: 'CONSULT', actor: 'IRNGOV', recipient: 'TURGOV', status: 'occurred' }]],
  // 6. the longest alternative of a step wins
  ['Japan shipped food aid to Myanmar.', [JPN, MMR], [{ type: 'AID', actor: 'JPN', recipient: 'MMR', status: 'occurred', cameo: '073' }]],
  // 7. a group word that only a passive pattern starts with still describes a group
  ['Belarusian opposition activists accused Lukashenko of rigging the vote.', [LUKASHENKO], [{ type: 'ACCUSE', actor: 'BLROPP', recipient: 'BLRGOV', status: 'occurred' }]],
  ['Chinese food companies donated grain to Myanmar.', [MMR], [{ type: 'AID', actor: 'CHNBUS', recipient: 'MMR', status: 'occurred', cameo: '073' }]],
  // 8. alternate spellings of a past form
  ['Lavrov travelled to Beijing on Monday.', [LAVROV, CHN], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHN', status: 'occurred', cameo: '042' }]],
  ['Lavrov traveled to Beijing on Monday.', [LAVROV, CHN], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHN', status: 'occurred', cameo: '042' }]],
  // 9. no recipient with the actor's own code through another entity
  ['Peskov warned that Moscow would retaliate against any seizure of Russian assets.', [PESKOV, RUS], [{ type: 'THREATEN', actor: 'RUSGOV', recipient: null, status: 'occurred' }]],
  ['Peskov warned that the Kremlin would take countermeasures.', [PESKOV, KREMLIN], [{ type: 'THREATEN', actor: 'RUSGOV', recipient: null, status: 'occurred' }]],
  ['Peskov praised the Kremlin for its handling of the floods.', [PESKOV, KREMLIN], []],
  // 10. a target cut short by "of": the head noun's group
  ['Iranian police arrested dozens of relatives of jailed opposition leaders.', [], [{ type: 'COERCE', actor: 'IRNCOP', recipient: 'IRN', status: 'occurred', cameo: '173' }]],
  // a name with no actor code inside the object is read past ("more Leopard tanks to Ukraine")
  ['The Netherlands will deliver more Leopard tanks to Ukraine.', [NLD, LEOPARD, UKR], [{ type: 'AID', actor: 'NLD', recipient: 'UKR', status: 'intended', cameo: '072' }]],
  // a demonym list joined by commas gives one group each; an uncoded "Police" mention is still a group head
  ['Japanese, Indian and Australian warships held joint exercises on Monday.', [], [
    { type: 'COOPERATE', actor: 'JPNMIL', recipient: 'INDMIL', status: 'occurred' }, { type: 'COOPERATE', actor: 'JPNMIL', recipient: 'AUSMIL', status: 'occurred' },
    { type: 'COOPERATE', actor: 'INDMIL', recipient: 'JPNMIL', status: 'occurred' }, { type: 'COOPERATE', actor: 'INDMIL', recipient: 'AUSMIL', status: 'occurred' },
    { type: 'COOPERATE', actor: 'AUSMIL', recipient: 'JPNMIL', status: 'occurred' }, { type: 'COOPERATE', actor: 'AUSMIL', recipient: 'INDMIL', status: 'occurred' },
  ]],
  ['Police in Kenya and Uganda detained 30 smugglers on Friday.', [POLICE, KEN, UGA], [{ type: 'COERCE', actor: 'KENCOP', recipient: null, status: 'occurred' }, { type: 'COERCE', actor: 'UGACOP', recipient: null, status: 'occurred' }]],
  // a capital spoken to or about is its government; a capital struck is the country
  ['Lavrov accused Kyiv of sabotaging the talks.', [LAVROV, KYIV], [{ type: 'ACCUSE', actor: 'RUSGOV', recipient: 'UKRGOV', status: 'occurred' }]],
  ['Russian missiles struck Kyiv overnight.', [country('UKR', 'Ukraine'), KYIV], [{ type: 'ASSAULT', actor: 'RUS', recipient: 'UKR', status: 'occurred' }]],
  // a group noun is no trigger ("Houthi targets"); the object of a preposition is no subject
  ['Britain struck Houthi targets near Hodeidah on Sunday.', [GBR], [{ type: 'ASSAULT', actor: 'GBR', recipient: 'YEMREB', status: 'occurred' }]],
  ['A drone strike on the Russian embassy killed two guards.', [], []],
  // an uncoded person takes the code of the coded name in the title before it
  ['Treasury Secretary Scott Bessent accused China of dumping steel.', [TREASURY, BESSENT, CHN], [{ type: 'ACCUSE', actor: 'USAGOV', recipient: 'CHN', status: 'occurred' }]],
  // a counterpart no person of the document stands for: that country, in the role of the person named before
  ['Shoigu was received by his Indian counterpart in New Delhi on Tuesday.', [{ ...SHOIGU, forms: ['Shoigu', 'his'] }], [{ type: 'CONSULT', actor: 'INDMIL', recipient: 'RUSMIL', status: 'occurred' }]],
  // "Hezbollah targets" after a strike is a noun phrase, not "Hezbollah targets Lebanon"
  ['Israel struck Hezbollah targets in Lebanon on Sunday.', [ISR, { id: 'hzb', type: 'organization', actor: 'LBNREB', forms: ['Hezbollah'] }, LBN], [{ type: 'ASSAULT', actor: 'ISR', recipient: 'LBNREB', status: 'occurred' }]],
  // a mention that runs over a trigger verb is a tagging slip, read as words
  ['Ghanaian students stormed parliament in Accra on Monday.', [{ id: 'slip', type: 'organization', actor: 'GHALEG', forms: ['Ghanaian students stormed parliament'] }], [{ type: 'PROTEST', actor: 'GHA', recipient: 'GHALEG', status: 'occurred' }]],
  // a capital acting is its government; "X's police" is X's police
  ['Kyiv accused Russia of shelling the dam.', [KYIV, RUS], [{ type: 'ACCUSE', actor: 'UKRGOV', recipient: 'RUS', status: 'occurred' }]],
  ["Kenya's police arrested 40 protesters on Tuesday.", [KEN], [{ type: 'COERCE', actor: 'KENCOP', recipient: 'KEN', status: 'occurred' }]],
  // a joint police operation framing a compound subject's act; a long modifier run before "bridge"
  ['Police in Laos and Cambodia detained 20 traffickers in a joint raid on Friday.', [POLICE, country('LAO', 'Laos'), country('KHM', 'Cambodia')], [
    { type: 'COERCE', actor: 'LAOCOP', recipient: null, status: 'occurred' }, { type: 'COERCE', actor: 'KHMCOP', recipient: null, status: 'occurred' },
    { type: 'COOPERATE', actor: 'LAOCOP', recipient: 'KHMCOP', status: 'occurred', cameo: '063' }, { type: 'COOPERATE', actor: 'KHMCOP', recipient: 'LAOCOP', status: 'occurred', cameo: '063' },
  ]],
  ['Kyrgyzstan and Uzbekistan inaugurated a new four-lane cross-border road bridge on Monday.', [country('KGZ', 'Kyrgyzstan'), country('UZB', 'Uzbekistan')], [
    { type: 'COOPERATE', actor: 'KGZ', recipient: 'UZB', status: 'occurred', cameo: '061' }, { type: 'COOPERATE', actor: 'UZB', recipient: 'KGZ', status: 'occurred', cameo: '061' },
  ]],
  // `after` opening a clause: the name right after it is that clause's subject
  ['Helsinki summoned the Russian ambassador after Russia violated its airspace.', [RUS], [{ type: 'MOBILIZE', actor: 'RUS', recipient: null, status: 'occurred' }]],
  // ---- precision: the same words with no event
  ['The threat of sanctions remains, analysts said.', [], []],
  ['Aid agencies warned of famine in Gaza.', [], []],
  ['Police said the strike would continue.', [], []],
  // precision: speech, generic nouns and actorless acts give nothing
  ['Lavrov said the situation in the region remained tense.', [LAVROV], []],
  ['Joint exercises can serve as an example of this.', [], []],
  ['The visit had been planned for months, officials said.', [], []],
  ['Sanctions were imposed last year.', [], []],
  // a country named as such, then a comma and a demonym: the comma ends the list ("..., Iranian media reported")
  ['Thousands rallied in Tehran against Israel and the United States, Iranian media reported.', [USA, IRN, country('ISR', 'Israel')], [
    { type: 'PROTEST', actor: 'IRN', recipient: 'ISR', status: 'occurred' }, { type: 'PROTEST', actor: 'IRN', recipient: 'USA', status: 'occurred' },
  ]],
  // a policy of an act is no act: "sanctions" after "policy of pressure and" is a noun
  ['Russia and China said Washington\'s policy of pressure and sanctions would fail.', [country('RUS', 'Russia'), country('CHN', 'China')], []],
  // ---- generalisation (held-out work): grammar the trigger patterns need not spell
  // a time adverbial between the verb and its complement; the date inside the trigger is the event's
  ['Russia promised on Monday to send grain to Zimbabwe.', [RUS, ZWE], [{ type: 'AGREE', actor: 'RUS', recipient: 'ZWE', status: 'occurred', cameo: '033', date: '2024-06-03' }]],
  // a pledge of a hostile act is a threat; a pledge of nothing codable is no event
  ['Iran vowed to punish Israel for the killing.', [IRN, ISR], [{ type: 'THREATEN', actor: 'IRN', recipient: 'ISR', status: 'occurred', cameo: '130' }]],
  ['Israel vowed to destroy Hamas.', [ISR, { id: 'hamas', type: 'organization', actor: 'PSEREB', forms: ['Hamas'] }], [{ type: 'THREATEN', actor: 'ISR', recipient: 'PSEREB', status: 'occurred', cameo: '138' }]],
  ['Putin pledged to rebuild the city within two years.', [PUTIN], []],
  // "the leaders of X and Y": a group head of named countries; a compound subject "discussed"
  ['The leaders of Armenia and Azerbaijan discussed the peace treaty.', [ARM, AZE], [{ type: 'CONSULT', actor: 'ARMGOV', recipient: 'AZEGOV', status: 'occurred' }, { type: 'CONSULT', actor: 'AZEGOV', recipient: 'ARMGOV', status: 'occurred' }]],
  ['Lavrov discussed the situation in the region.', [LAVROV], []],
  // a demonym is the recipient when no name is, with the sector of a title after it
  ['Turkey rebuffed a Greek proposal for talks.', [TUR], [{ type: 'REJECT', actor: 'TUR', recipient: 'GRC', status: 'occurred' }]],
  ['North Korea spurned an offer from the Japanese prime minister.', [PRK], [{ type: 'REJECT', actor: 'PRK', recipient: 'JPNGOV', status: 'occurred' }]],
  // a capital or a name of several words before a group head
  ['A Kyiv court jailed a Russian soldier for war crimes.', [KYIV], [{ type: 'COERCE', actor: 'UKRJUD', recipient: 'RUSMIL', status: 'occurred' }]],
  // a participle right after the last act's object describes it (no arrest here)
  ['Azerbaijan freed three Armenian soldiers detained in May.', [AZE], [{ type: 'RETREAT', actor: 'AZE', recipient: 'ARMMIL', status: 'occurred' }]],
  // the subject of "was killed in/by a Y strike" is the strike's target
  ['A Hamas commander was killed by an Israeli drone strike on his car.', [{ id: 'cmd', type: 'person', actor: 'PSEREB', forms: ['A Hamas commander', 'his'] }], [{ type: 'ASSAULT', actor: 'ISR', recipient: 'PSEREB', status: 'occurred' }]],
  // "stopped short of": the act, negated; a demand's infinitive is no act
  ['Japan stopped short of blaming China for the incident.', [JPN, CHN], [{ type: 'ACCUSE', actor: 'JPN', recipient: 'CHN', status: 'negated' }]],
  ['India rejected Western demands to halt oil purchases from Russia.', [IND, RUS], [{ type: 'REJECT', actor: 'IND', recipient: null, status: 'occurred' }]],
  // a protest's demand names whom it is against, and is the protesters' demand too; a curfew imposed is on the actor's own public
  ['Thousands of Georgians marched in Tbilisi to demand that the government resign.', [], [{ type: 'PROTEST', actor: 'GEO', recipient: 'GEOGOV', status: 'occurred' }, { type: 'REQUEST', actor: 'GEO', recipient: 'GEOGOV', status: 'requested' }]],
  ['Belarus declared a curfew in Minsk on Friday.', [BLR], [{ type: 'COERCE', actor: 'BLR', recipient: null, status: 'occurred', cameo: '1721' }]],
  ['Belarusian authorities imposed a curfew in Minsk.', [BLR], [{ type: 'COERCE', actor: 'BLRGOV', recipient: 'BLR', status: 'occurred' }]],
  // precision on economic wire copy: a month is no march, "conceded that" is speech, money is not hosted
  ['Output fell to 1.2 million barrels a day in early March.', [], []],
  ['Lavrov conceded that the talks had been difficult.', [LAVROV], []],
  ['Russia will give China 38 billion cubic meters of gas a year.', [RUS, CHN], []],
  // ---- precision on 1987 Reuters copy (audit of the coder's false positives), sentences written for these rows
  // declining to speak is no refusal of an act; declining to act still is
  ['Peskov declined to comment on the report.', [PESKOV], []],
  ['Lavrov refused to answer questions about the talks with China.', [LAVROV, CHN], []],
  ['Peskov declined to give details of the plan.', [PESKOV], []],
  ['Lavrov declined to be more specific.', [LAVROV], []],
  ['Turkey refused to extradite the suspects.', [TUR], [{ type: 'REJECT', actor: 'TUR', recipient: null, status: 'occurred' }]],
  // the object must be an actor: things, and a name that only modifies a thing, are none
  ['Japan intervened on Monday to support the U.S. currency.', [JPN, { id: 'usa', type: 'country', actor: 'USA', forms: ['U.S.'] }], []],
  ['The allies moved to arrest the rouble\'s fall, Russia said.', [RUS], []],
  ['Lavrov blamed a 12 percent rise in prices for the unrest.', [LAVROV], []],
  ['Russia and China met their targets for bilateral trade.', [RUS, CHN], []],
  ['Turkey received 1.7 billion British pounds in the deal.', [TUR], []],
  ['Lavrov said he stood by the Paris agreement.', [LAVROV], []],
  ['Police in Kenya arrested 30 smugglers.', [POLICE, KEN], [{ type: 'COERCE', actor: 'KENCOP', recipient: null, status: 'occurred' }]],
  ['Russia supported Turkey in the vote.', [RUS, TUR], [{ type: 'SUPPORT', actor: 'RUS', recipient: 'TUR', status: 'occurred' }]],
  // figurative "strike": money and trade words with no word of war; a gapped object ("the pact they struck")
  ['It would be foolish for Japan to strike back at the United States over chip tariffs.', [JPN, USA], []],
  ['Putin said Russia would honour the currency pact they struck in Paris.', [PUTIN, RUS, { id: 'fra', type: 'country', actor: 'FRA', forms: ['Paris'] }], []],
  ['Israeli warplanes struck Hamas positions in Gaza.', [{ id: 'hamas', type: 'organization', actor: 'PSEREB', forms: ['Hamas'] }], [{ type: 'ASSAULT', actor: 'ISRMIL', recipient: 'PSEREB', status: 'occurred' }]],
  // a raid by warships is an attack, on the object's country
  ['Iranian warships raided a Kuwaiti oil rig in retaliation for an attack on a Saudi tanker.', [], [{ type: 'ASSAULT', actor: 'IRNMIL', recipient: 'KWT', status: 'occurred' }]],
  // "rallied behind X" is support; a state's forces do not protest; "demonstrate its authority" is no demonstration
  ['Russian lawmakers rallied behind Putin on Friday.', [PUTIN], [{ type: 'SUPPORT', actor: 'RUSLEG', recipient: 'RUSGOV', status: 'occurred' }]],
  ['Kenyan police surrounded the parliament building.', [KEN], []],
  ['The Kremlin wanted to demonstrate its authority.', [KREMLIN], []],
  ['Iranian workers called off their strike on Saturday.', [], []],
  // acts that are wished, forced or failed, and a second infinitive after `and`, assert nothing (the wish of another's act is
  // a request of it)
  ['Washington wants Beijing to lift its export restrictions and ease visa rules.', [USA, CHN], [{ type: 'REQUEST', actor: 'USA', recipient: 'CHN', status: 'requested', cameo: '020' }]],
  ['Putin said Russia wanted very much to lift the restrictions on Turkey.', [PUTIN, RUS, TUR], [{ type: 'CONCEDE', actor: 'RUS', recipient: 'TUR', status: 'intended' }]],
  // (the fault a sanction answers is the sanctioner's accusation of its owner, as reuters1, reuters9 and reuters11 code it)
  ['China imposed tariffs over Japan\'s failure to honor the accord and to open its market to Chinese goods.', [CHN, JPN], [{ type: 'SANCTION', actor: 'CHN', recipient: 'JPN', status: 'occurred' }, { type: 'ACCUSE', actor: 'CHN', recipient: 'JPN', status: 'occurred' }]],
  ["China criticised Japan's failure to lift the ban.", [CHN, JPN], [{ type: 'ACCUSE', actor: 'CHN', recipient: 'JPN', status: 'occurred' }]],
  // hearsay and denials: nothing inside is coded
  ['Lavrov said he had no information on rumors that Russia had attacked Ukraine.', [LAVROV, RUS, UKR], []],
  ['Russia denied that it had shelled Ukraine.', [RUS, UKR], []],
  // a pledge of a veto is the veto, intended
  ['Lukashenko told supporters his pledge to veto the bill was firm.', [LUKASHENKO], [{ type: 'REJECT', actor: 'BLRGOV', recipient: 'BLRLEG', status: 'intended', cameo: '129' }]],
  // a visit or talks framing the sentence's act add no event of their own
  ['Lavrov met Wang Yi during his visit.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'occurred' }]],
  // a present tense in a clause of condition or time: possible, or to come
  ['Turkey proposed an inquiry while Armenia and Azerbaijan observe a ceasefire.', [TUR, ARM, AZE], [{ type: 'RETREAT', actor: 'ARM', recipient: 'AZE', status: 'hypothetical' }, { type: 'RETREAT', actor: 'AZE', recipient: 'ARM', status: 'hypothetical' }]],
  ['Lavrov will raise the issue when he visits China.', [LAVROV, CHN], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHN', status: 'intended' }]],
  ['Turkey backed Azerbaijan during the talks.', [TUR, AZE], [{ type: 'SUPPORT', actor: 'TUR', recipient: 'AZE', status: 'occurred' }]],
  // an agreement or meeting with one's own country (no sector) has no other party
  ['Moskalkova agreed to continue work on the return of civilians.', [MOSKALKOVA], [{ type: 'AGREE', actor: 'RUSGOV', recipient: null, status: 'occurred' }]],
  // a relative clause about a thing has no actor; one about a name has the name
  ['Cartels buy the chemicals that make the drug, which kills thousands of Americans every year.', [], []],
  ['Hamas, which attacked Israel in October, rejected the proposal.', [HAMAS, ISR], [{ type: 'ASSAULT', actor: 'PSEREB', recipient: 'ISR', status: 'occurred' }, { type: 'REJECT', actor: 'PSEREB', recipient: null, status: 'occurred' }]],
  // a meeting asked for has not taken place
  ['Moscow demands UN Security Council meeting', [RUS, UNSC], [{ type: 'REQUEST', actor: 'RUS', recipient: 'IGOUN', status: 'requested' }]],
  // the owner after "assets of" is the target; the country before the noun is only where the assets are
  ['The Treasury froze the U.S. assets of Sinotech on Monday.', [TREASURY, US_SHORT, SINOTECH], [{ type: 'SANCTION', actor: 'USAGOV', recipient: 'CHNBUS', status: 'occurred' }]],
  // a list of demonyms before a head that coref named only at its end is still a compound subject
  ['Chinese, Russian and Iranian naval forces will hold a joint naval exercise.', [IRN_NAVY], [
    { type: 'COOPERATE', actor: 'CHNMIL', recipient: 'RUSMIL', status: 'intended' }, { type: 'COOPERATE', actor: 'CHNMIL', recipient: 'IRNMIL', status: 'intended' },
    { type: 'COOPERATE', actor: 'RUSMIL', recipient: 'CHNMIL', status: 'intended' }, { type: 'COOPERATE', actor: 'RUSMIL', recipient: 'IRNMIL', status: 'intended' },
    { type: 'COOPERATE', actor: 'IRNMIL', recipient: 'CHNMIL', status: 'intended' }, { type: 'COOPERATE', actor: 'IRNMIL', recipient: 'RUSMIL', status: 'intended' }]],
  // a ship named after a vessel noun stands for its owner, never for a person of its own
  ["Russia's Pacific Fleet said its cruiser Varyag had arrived in Iran on Monday.", [FLEET, VARYAG, IRN], [{ type: 'CONSULT', actor: 'RUSMIL', recipient: 'IRN', status: 'occurred' }]],
  ['The Chinese destroyer Urumqi arrived in Iran on Monday.', [URUMQI, IRN], [{ type: 'CONSULT', actor: 'CHNMIL', recipient: 'IRN', status: 'occurred' }]],
  // a clause opened by "after the": its subject acts; a ship name after a vessel noun of no person
  ["Japan protested after the Chinese aircraft carrier Liaoning sailed through Japan's contiguous zone.", [JPN, LIAONING], [{ type: 'MOBILIZE', actor: 'CHNMIL', recipient: 'JPN', status: 'occurred' }]],
  // the object of a causative verb does the infinitive's act, and did it
  ['A Chinese military plane violated Japanese airspace, prompting Japan to lodge a protest with China.', [JPN, CHN], [{ type: 'MOBILIZE', actor: 'CHNMIL', recipient: 'JPN', status: 'occurred' }, { type: 'ACCUSE', actor: 'JPN', recipient: 'CHN', status: 'occurred' }]],
  // a participle after a preposition describes a noun, even in a gapped pattern
  ['The loan is backed by interest earned on frozen Russian central bank assets.', [RUS], []],
  // the purpose of an unasserted infinitive is not asserted either
  ["Cameron spoke about Ukraine's right to use British weapons to strike Russian territory.", [CAMERON, UKR], []],
  // the leader of a country's delegation acts for it, also across "who" (coref gave the person the dateline's country)
  ['The U.S. delegation was led by Jen Daskal, a deputy adviser, who met Wang Xiaohong in Beijing.', [US_SHORT, DASKAL, WANG_XH], [{ type: 'CONSULT', actor: 'USAGOV', recipient: 'CHNGOV', status: 'occurred' }]],
  // taking the opportunity to act is acting
  ['Lavrov used the opportunity to invite Wang Yi to visit Russia.', [LAVROV, WANG, RUS], [{ type: 'AGREE', actor: 'RUSGOV', recipient: 'CHNGOV', status: 'invited' }]],
  // "since 2019" dates what the relative clause tells, not the agreement (the main news takes the dispatch date)
  ['Fidan said he and Borrell had agreed to revive talks that have been frozen since 2019.', [FIDAN_HE, BORRELL], [{ type: 'AGREE', actor: 'TURGOV', recipient: 'IGOEU', status: 'occurred', date: '2024-06-07' }, { type: 'AGREE', actor: 'IGOEU', recipient: 'TURGOV', status: 'occurred', date: '2024-06-07' }]],
  // ---- recall on 1987 Reuters copy (scripts/recall-sample.ts), sentences written for these rows
  // a title with `of` and a country before it still joins the compound subject
  ['Foreign Secretary Jeremy Hunt and U.S. Secretary of State Mike Pompeo plan to discuss Iran in London.', [HUNT, US_SHORT, POMPEO], [{ type: 'CONSULT', actor: 'GBRGOV', recipient: 'USAGOV', status: 'intended' }, { type: 'CONSULT', actor: 'USAGOV', recipient: 'GBRGOV', status: 'intended' }]],
  ['Jeremy Hunt and Mike Pompeo spent several hours discussing the tanker seizure.', [HUNT, POMPEO], [{ type: 'CONSULT', actor: 'GBRGOV', recipient: 'USAGOV', status: 'occurred' }, { type: 'CONSULT', actor: 'USAGOV', recipient: 'GBRGOV', status: 'occurred' }]],
  // the parties of talks named after `between`
  ['Negotiations between Armenia and Azerbaijan resumed in Geneva.', [ARM, AZE], [{ type: 'CONSULT', actor: 'ARM', recipient: 'AZE', status: 'occurred' }, { type: 'CONSULT', actor: 'AZE', recipient: 'ARM', status: 'occurred' }]],
  ['Talks between Pakistan and India on water sharing broke down last week.', [PAK, IND], [{ type: 'CONSULT', actor: 'PAK', recipient: 'IND', status: 'occurred' }, { type: 'CONSULT', actor: 'IND', recipient: 'PAK', status: 'occurred' }]],
  // a party without an actor code makes no talks
  ['Talks between Leopard and Japan went well.', [LEOPARD, JPN], []],
  // sending an envoy is a visit by the sender; the envoy is no recipient
  ['Japan will send a senior envoy to Washington next week.', [JPN, USA], [{ type: 'CONSULT', actor: 'JPN', recipient: 'USA', status: 'intended', cameo: '042' }]],
  // handing back territory
  ['Britain agreed in 1984 to hand back the colony to China.', [GBR, CHN], [{ type: 'AGREE', actor: 'GBR', recipient: 'CHN', status: 'occurred' }]],
  ['Britain will hand back the colony to China in 1997.', [GBR, CHN], [{ type: 'RETREAT', actor: 'GBR', recipient: 'CHN', status: 'intended', cameo: '084' }]],
  // an offensive towards a country
  ['Iran launched a new offensive towards Iraq in January.', [IRN, country('IRQ', 'Iraq')], [{ type: 'ASSAULT', actor: 'IRN', recipient: 'IRQ', status: 'occurred' }]],
  // a crowd placed by "the streets of" a town, or by the town a `where` clause hangs on
  ['Thousands of students took to the streets of Dhaka on Sunday.', [BGD], [{ type: 'PROTEST', actor: 'BGD', recipient: null, status: 'occurred' }]],
  ['The worst unrest was in Niamey, where demonstrators threw stones at police.', [NER], [{ type: 'PROTEST', actor: 'NER', recipient: 'NERCOP', status: 'occurred' }]],
  // an embedded verb in another sense is no act offered ("meet any escalation", the object a thing)
  ['Washington is prepared to meet any escalation of military actions by Iran with force.', [USA, IRN], []],
  // ---- second recall sample (seed 7331), sentences written for these rows
  // concluding an accord is signing one; a compound subject signs it with each other
  ['In January Canada and France concluded an interim fishing accord.', [CAN, FRA], [{ type: 'SUPPORT', actor: 'CAN', recipient: 'FRA', status: 'occurred', cameo: '057' }, { type: 'SUPPORT', actor: 'FRA', recipient: 'CAN', status: 'occurred', cameo: '057' }]],
  // leaving for a country is a visit; a present tense dated by a day ahead is an act to come
  ['The minister, Ali Rahimi, who leaves for Moscow on Tuesday, said nothing.', [RAHIMI, RUS], [{ type: 'CONSULT', actor: 'IRNGOV', recipient: 'RUS', status: 'intended', cameo: '042' }]],
  ['Ali Rahimi visits Moscow next week.', [RAHIMI, RUS], [{ type: 'CONSULT', actor: 'IRNGOV', recipient: 'RUS', status: 'intended', cameo: '042' }]],
  ['Ali Rahimi visited Moscow on Tuesday.', [RAHIMI, RUS], [{ type: 'CONSULT', actor: 'IRNGOV', recipient: 'RUS', status: 'occurred', cameo: '042' }]],
  // a day named in the clause of the speech verb dates the saying, not the act
  ['Ali Rahimi visits Moscow often, his aide said on Tuesday.', [RAHIMI, RUS], [{ type: 'CONSULT', actor: 'IRNGOV', recipient: 'RUS', status: 'occurred', cameo: '042' }]],
  // a capital's own forces; chasing an armed party is fighting it, pursuing a policy is not
  ["Baghdad's forces were pursuing retreating Iranian troops.", [BAGHDAD], [{ type: 'ASSAULT', actor: 'IRQMIL', recipient: 'IRNMIL', status: 'occurred' }]],
  ['Iraq will pursue talks with Iran.', [IRQ, IRN], []],
  // a counterstrike: against a named party, or by armed forces on their own; a trade retaliation is none
  ['The United States retaliated against Iran on Monday.', [USA, IRN], [{ type: 'ASSAULT', actor: 'USA', recipient: 'IRN', status: 'occurred' }]],
  ['American naval forces retaliated for the attack on the tanker.', [], [{ type: 'ASSAULT', actor: 'USAMIL', recipient: null, status: 'occurred' }]],
  ['Japan may retaliate against the United States with tariffs on U.S. exports.', [JPN, USA], []],
  ['The United States retaliated.', [USA], []],
  // 'won/drew praise|criticism from X': X does the act, the subject (or its possessor) receives it
  ["Putin's sanctions decision won praise from Lukashenko on Tuesday.", [PUTIN, LUKASHENKO], [{ type: 'SUPPORT', actor: 'BLRGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '051' }]],
  ["Putin's sanctions decision won praise today from the leaders of Belarus.", [PUTIN, BLR], [{ type: 'SUPPORT', actor: 'BLRGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '051' }]],
  ["Putin's decision drew criticism today from Lukashenko.", [PUTIN, LUKASHENKO], [{ type: 'ACCUSE', actor: 'BLRGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '111' }]],
  ['The Kremlin drew sharp criticism from Lukashenko.', [KREMLIN, LUKASHENKO], [{ type: 'ACCUSE', actor: 'BLRGOV', recipient: 'RUSGOV', status: 'occurred', cameo: '111' }]],
  // an act in a clause under 'imply'/'suggest' is not asserted
  ['Lavrov will avoid anything which would imply that Russia is demanding talks with China.', [LAVROV, RUS, CHN], []],
  // an agency told by its country's demonym stays the agency, not a person of its government with a code like it
  ['The official Soviet news agency Tass denounced the United States on Monday. Soviet officials have criticized the United States before.', [TASS, GORBACHEV, USA], [{ type: 'ACCUSE', actor: 'SUNMED', recipient: 'USA', status: 'occurred' }, { type: 'ACCUSE', actor: 'SUNGOV', recipient: 'USA', status: 'occurred' }]],
  // an armed attack launched with no target named is still one (a launched air or drone strike keeps its mode)
  ['Iranian troops launched the overnight attack on Tuesday, Iraq said.', [IRQ], [{ type: 'ASSAULT', actor: 'IRNMIL', recipient: null, status: 'occurred', cameo: '190' }]],
  ['Russia launched an air strike on Ukraine.', [RUS, UKR], [{ type: 'ASSAULT', actor: 'RUS', recipient: 'UKR', status: 'occurred', mode: 'aerial' }]],
  ['Senator Byrd launched an attack on the trade deficit with Japan.', [JPN], []],
  // "warned X that <8 words> would bring a tough response": the warning is a threat to X however long its subject
  ['France warned the United States that protectionist measures as debated in Congress would bring a tough response.', [FRA, USA], [{ type: 'THREATEN', actor: 'FRA', recipient: 'USA', status: 'occurred', cameo: '130' }]],
  // a nominal accusation with a light verb or a possessor: "repeated charges that X ..." is the accuser's act on X
  ['Iraq repeated charges that Iran had used chemical weapons.', [IRQ, IRN], [{ type: 'ACCUSE', actor: 'IRQ', recipient: 'IRN', status: 'occurred', cameo: '112' }]],
  ['Iran rejected charges that it had mined the Gulf.', [IRN], [{ type: 'REJECT', actor: 'IRN', recipient: null, status: 'occurred' }]],
  // rebels standing down: de-escalation (087)
  ['Argentine troops called off an uprising against the government.', [], [{ type: 'RETREAT', actor: 'ARGMIL', recipient: null, status: 'occurred', cameo: '087' }]],
];

describe('[events] table', () => {
  for (const [text, specs, expected] of rows) {
    it(`[events] ${text}`, () => {
      const got = code(text, specs).map((e) => ({ type: e.type, actor: e.actor.code, recipient: e.recipient?.code ?? null, status: e.status, cameo: e.cameo, date: e.date?.value ?? null, mode: e.mode }));
      expect(got.length, `[events] ${text}\n got ${JSON.stringify(got)}`).toBe(expected.length);
      for (const want of expected) {
        const match = got.find((g) => g.type === want.type && g.actor === want.actor && g.recipient === want.recipient && g.status === want.status);
        expect(match, `[events] ${text}: want ${JSON.stringify(want)}\n got ${JSON.stringify(got)}`).toBeDefined();
        if (want.cameo) expect(match!.cameo, `[events] cameo in ${text}`).toBe(want.cameo);
        if (want.date !== undefined) expect(match!.date, `[events] date in ${text}`).toBe(want.date);
        if (want.mode !== undefined) expect(match!.mode, `[events] mode in ${text}`).toBe(want.mode);
      }
    });
  }

  it('[events] a group of officials is never the one person named with its code, and an agency is not merged into it', () => {
    const text = 'The official Soviet news agency Tass denounced the United States on Monday. Soviet officials have criticized the United States before. Gorbachev left early.';
    const got = code(text, [TASS, GORBACHEV, USA]).map((e) => `${e.actor.code}/${e.actor.name}`);
    expect(got, '[events] agency and officials').toEqual(['SUNMED/Tass', 'SUNGOV/Soviet Union (GOV)']);
  });

  it('[events] I and you in a direct quote resolve to the speaker and the main event recipient', () => {
    const text = 'Lavrov held talks with Wang Yi on Friday.\n\n"I invite you to visit Moscow," Lavrov said.';
    const q = text.indexOf('I invite');
    const events = code(text, [LAVROV, WANG, RUS], '2024-06-07', [{ kind: 'direct', start: q, end: text.indexOf(',"'), speaker: 'lavrov' }]);
    const invite = events.find((e) => e.evidence.why === 'agree.invite');
    expect(invite?.actor.code, '[events] invite actor').toBe('RUSGOV');
    expect(invite?.recipient?.code, '[events] invite recipient').toBe('CHNGOV');
    expect(invite?.status).toBe('invited');
  });

  it('[events] the longest alternative of a pattern step is the trigger ("humanitarian aid", not "humanitarian")', () => {
    const [e] = code('Japan delivered humanitarian aid to Myanmar on Friday.', [JPN, MMR]);
    expect(e?.evidence.trigger.text, '[events] trigger span').toBe('delivered humanitarian aid');
  });

  it('[events] evidence points at the trigger and the sentence', () => {
    const text = 'Russia launched air strikes on Ukraine.';
    const [e] = code(text, [RUS, UKR]);
    expect(text.slice(e.evidence.trigger.start, e.evidence.trigger.end)).toBe(e.evidence.trigger.text);
    expect(e.evidence.text).toBe(text);
    expect(e.evidence.why).toMatch(/^assault\./);
    expect(e.score, '[events] Goldstein score of an assault').toBeLessThan(0);
  });
});

const LIU: EntitySpec = { id: 'liu', type: 'person', actor: 'CHNMIL', forms: ['Liu Zhenli'] };
const LI: EntitySpec = { id: 'li', type: 'person', actor: 'CHNMIL', forms: ['Li Shangfu'] };
const UN: EntitySpec = { id: 'un', type: 'organization', actor: 'IGOUN', country: '', forms: ['the United Nations'] };

/** One act told several times in one story is one event ("one-a-day"); different days, parties or acts stay apart. */
const restatements: Array<[string, EntitySpec[], Array<{ type: string; actor: string; recipient: string | null; date?: string | null }>]> = [
  // a lead and a statement restating it: one meeting, the dated telling and the named actor kept
  ['Shoigu held talks with Liu Zhenli on Friday.\n\nRussia held talks with Liu Zhenli, the ministry said.', [SHOIGU, RUS, LIU], [{ type: 'CONSULT', actor: 'RUSMIL', recipient: 'CHNMIL', date: '2024-06-07' }]],
  // a bare country restating a named official's act: the official is the actor
  ['Russia praised Liu Zhenli.\n\nShoigu praised Liu Zhenli.', [RUS, SHOIGU, LIU], [{ type: 'SUPPORT', actor: 'RUSMIL', recipient: 'CHNMIL' }]],
  // two people of one country and code are two recipients
  ['Shoigu praised Liu Zhenli.\n\nShoigu praised Li Shangfu.', [SHOIGU, LIU, LI], [{ type: 'SUPPORT', actor: 'RUSMIL', recipient: 'CHNMIL' }, { type: 'SUPPORT', actor: 'RUSMIL', recipient: 'CHNMIL' }]],
  // different days are different meetings
  ['Lavrov met Wang Yi on Monday.\n\nLavrov met Wang Yi on Thursday.', [LAVROV, WANG], [{ type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', date: '2024-06-03' }, { type: 'CONSULT', actor: 'RUSGOV', recipient: 'CHNGOV', date: '2024-06-06' }]],
  // different recipients are different acts
  ['Russia condemned Ukraine.\n\nRussia condemned the United States.', [RUS, UKR, USA], [{ type: 'ACCUSE', actor: 'RUS', recipient: 'UKR' }, { type: 'ACCUSE', actor: 'RUS', recipient: 'USA' }]],
  // actors of different countries, or two IGOs, are different actors
  ['Russia condemned Ukraine.\n\nChina condemned Ukraine.', [RUS, CHN, UKR], [{ type: 'ACCUSE', actor: 'RUS', recipient: 'UKR' }, { type: 'ACCUSE', actor: 'CHN', recipient: 'UKR' }]],
  ['The EU condemned Iran.\n\nThe United Nations condemned Iran.', [EU, UN, IRN], [{ type: 'ACCUSE', actor: 'IGOEU', recipient: 'IRN' }, { type: 'ACCUSE', actor: 'IGOUN', recipient: 'IRN' }]],
];

describe('[events/dedupe] restatements', () => {
  for (const [text, specs, expected] of restatements) {
    it(`[events/dedupe] ${text.replace(/\n+/g, ' ')}`, () => {
      const got = code(text, specs).map((e) => ({ type: e.type, actor: e.actor.code, recipient: e.recipient?.code ?? null, date: e.date?.value ?? null }));
      expect(got.length, `[events/dedupe] ${text}\n got ${JSON.stringify(got)}`).toBe(expected.length);
      for (const want of expected) {
        const match = got.find((g) => g.type === want.type && g.actor === want.actor && g.recipient === want.recipient && (want.date === undefined || g.date === want.date));
        expect(match, `[events/dedupe] ${text}: want ${JSON.stringify(want)}\n got ${JSON.stringify(got)}`).toBeDefined();
      }
    });
  }
});

describe('[events/dates]', () => {
  const anchor = '2023-06-09'; // a Friday
  const rows: Array<[string, 'past' | 'future', string, string]> = [
    ['on Friday', 'past', '2023-06-09', 'day'],
    ['on Tuesday', 'past', '2023-06-06', 'day'],
    ['on Tuesday', 'future', '2023-06-13', 'day'],
    // (a passage sent in lower case, a heading in capitals)
    ['on tuesday', 'past', '2023-06-06', 'day'],
    ['ON TUESDAY', 'past', '2023-06-06', 'day'],
    ['in April', 'past', '2023-04', 'month'],
    ['in August', 'past', '2022-08', 'month'],
    ['in August', 'future', '2023-08', 'month'],
    ['in March this year', 'past', '2023-03', 'month'],
    ['in March last year', 'past', '2022-03', 'month'],
    ['last week', 'past', '2023-05', 'month'], // weeks are told by their month (fixture README)
    ['next week', 'future', '2023-06', 'month'],
    ['a day after', 'past', '2023-06-08', 'day'],
    ['nine days after', 'past', '2023-05-31', 'day'],
    ['a week after', 'past', '2023-06-02', 'day'], // as analysts read it; longer spans by their month
    ['two weeks after', 'past', '2023-05', 'month'],
    ['three months after', 'past', '2023-03', 'month'],
    ['11 years after', 'past', '2012', 'year'],
    ['this week', 'past', '2023-06', 'month'],
    ['next month', 'future', '2023-07', 'month'],
    ['yesterday', 'past', '2023-06-08', 'day'],
    ['on June 2', 'past', '2023-06-02', 'day'],
    ['on 14 December 2022', 'past', '2022-12-14', 'day'],
    ['in 2021', 'past', '2021', 'year'],
  ];
  for (const [expr, dir, value, precision] of rows) {
    it(`[events/dates] ${expr} (${dir})`, () => {
      expect(resolveDate(expr, anchor, dir), `[events/dates] ${expr}`).toMatchObject({ value, precision });
    });
  }
});

const SEED = new URL('../../shared/seeds/000_d7c5acfbb8bd3031.txt', import.meta.url).pathname;
// Titles companies share with states, and officials of intergovernmental bodies, through the whole pipeline
// (mentions and coref give the sector; sentences written for these rows).
const titled: Array<[string, string, string | null]> = [
  ['LONDON, March 6 - The company said secretary John Marlow has resigned.', 'John Marlow', 'GBR'],
  ['LONDON, March 6 - The bank said former president Alan Crewe resigned to pursue other interests.', 'Alan Crewe', 'GBR'],
  ['LONDON, March 6 - Halberd Corp chairman Peter Voss said the offer was too low.', 'Peter Voss', 'GBRBUS'],
  ['LONDON, March 6 - Finance Minister Nigel Lawson said the pound was stable.', 'Nigel Lawson', 'GBRGOV'],
  // a portfolio of several lower-case words keeps the demonym's country over the dateline's
  ['TOKYO, April 7 - British corporate affairs minister Michael Howard told Japan to resolve the row.', 'Michael Howard', 'GBRGOV'],
  ['JAKARTA, March 21 - World Bank President Barber Conable met Indonesian ministers.', 'Barber Conable', 'IGOWB'],
  ['ABIDJAN, June 29 - IMF Managing Director Michel Camdessus arrived on Saturday.', 'Michel Camdessus', 'IGOIMF'],
];

describe('[events/mentions] titles and bodies', () => {
  for (const [text, name, actor] of titled) {
    it(`[mentions] ${name} is ${actor}`, () => {
      const entity = extract(text, { date: '1987-03-06' }).entities.find((e) => e.name === name);
      expect(entity?.actor ?? null, `[mentions] ${text}`).toBe(actor);
    });
  }
  it('[events] a company secretary who resigned makes no concession by a government', () => {
    const events = extract('LONDON, March 6 - Marlow Holdings Plc said secretary John Marlow has resigned.', { date: '1987-03-06' }).events;
    expect(events.filter((e) => e.type === 'CONCEDE'), '[events] corporate resignation').toEqual([]);
  });
  it('[events] a subject under "no" did not act', () => {
    const events = extract('ISLAMABAD (Reuters) - No Indian prime minister has visited Pakistan since 2015.', { date: '2024-08-30' }).events;
    expect(events.map((e) => [e.type, e.actor.code, e.recipient?.code ?? null, e.status])).toEqual([['CONSULT', 'INDGOV', 'PAK', 'negated']]);
  });
});

/** One test per row: the events `extract` codes in the text (dispatch of 2024-06-07), as "TYPE CAMEO status ACTOR->RECIPIENT". */
function eventRows(cases: ReadonlyArray<readonly [string, readonly string[]]>): void {
  for (const [text, expected] of cases) {
    it(`[events] ${text}`, () => {
      const got = extract(text, { date: '2024-06-07' }).events.map((e) => `${e.type} ${e.cameo} ${e.status} ${e.actor.code}->${e.recipient?.code ?? '-'}`);
      expect(got.sort(), `[events] ${text}`).toEqual([...expected].sort());
    });
  }
}

describe('[events] announced attacks, participles, passives and relatives (whole extract)', () => {
  const cases: Array<[string, string[]]> = [
    // retaliation announced by the actor's own side is a threat of force, not an attack to come
    ['Iranian Prime Minister Mir-Hossein Mousavi said his country would retaliate for the U.S. Navy attacks on its oil platforms.', ['THREATEN 138 occurred IRNGOV->USAMIL']],
    // told by the other side it is a forecast
    ['Admiral William Crowe of the U.S. Navy predicted Iran would retaliate for the strike.', []],
    // another attack announced by its own side: the threat, and the attack as possible; "if attacked" has no agent
    ['North Korea said it could use nuclear weapons against South Korea if attacked.', ['ASSAULT 190 hypothetical PRK->KOR', 'THREATEN 138 occurred PRK->KOR']],
    // a time adverbial between the one warned and "against"
    ['Iran warned the United States on Monday against escalating the crisis in the Gulf.', ['THREATEN 130 occurred IRN->USA']],
    // "any attack" is one that may happen
    ['Any Iranian attack on Soviet ships would be met with force, a Soviet official said.', ['ASSAULT 190 hypothetical IRN->SUN']],
    // a bare verb after "and" shares the first verb's modal
    ['Japanese Prime Minister Yasuhiro Nakasone will visit the United States and hold talks with President Reagan.', ['CONSULT 042 intended JPNGOV->USA', 'CONSULT 040 intended JPNGOV->USAGOV']],
    ['The European Community delivered warnings to Japan and the United States over trade frictions.', ['THREATEN 130 occurred IGOEU->JPN', 'THREATEN 130 occurred IGOEU->USA']],
    // a trade retaliation is no threat of force
    ['Japan would retaliate against U.S. tariffs on Japanese products, Japanese officials said.', ['SANCTION 163 occurred USA->JPN']],
    // after a comma a participle's subject is the attribution's speaker, or the name opening the sentence
    ['Ecuador will impose a tariff on imports from Colombia, President Daniel Noboa said on Tuesday, accusing Bogota of failing to stop drug trafficking.', ['ACCUSE 112 occurred ECUGOV->COLGOV', 'SANCTION 163 intended ECU->COL']],
    ['IMF officials, discussing their outlook, said growth would pick up.', []],
    // a summoned ambassador: the ministry summoning is the actor, the ambassador's side the target
    ['The Algerian ambassador in Paris was summoned to the French foreign ministry on Tuesday.', ['ACCUSE 114 occurred FRAGOV->DZAGOV']],
    // a noun-first passive with a phrase before the verb
    ['Sanctions on Russia were imposed by the European Union on Monday.', ['SANCTION 163 occurred IGOEU->RUS']],
    // "that Beijing has condemned as": the act named before is what is condemned, its doers the accused
    ['Philippine and U.S. troops launched drills on Monday that Beijing has condemned as provocative.', ['COOPERATE 062 occurred PHLMIL->USAMIL', 'COOPERATE 062 occurred USAMIL->PHLMIL', 'ACCUSE 111 occurred CHNGOV->PHLMIL', 'ACCUSE 111 occurred CHNGOV->USAMIL']],
    // a relative clause and an adverb between the subject and its verb
    ["The Congolese leader, who has repeatedly accused Kigali of plundering his country's wealth, also urged the U.N. Security Council to act.", ['ACCUSE 112 occurred CODGOV->RWAGOV', 'REQUEST 020 requested CODGOV->IGOUN']],
    // the parties after "between" past their titles, with a place and a time before it
    ['Officials prepared a summit in Ottawa next month between President Reagan and Prime Minister Brian Mulroney.', ['CONSULT 040 intended USAGOV->CANGOV', 'CONSULT 040 intended CANGOV->USAGOV']],
    // a fall "to" an amount is no refusal; a capitalised word inside a name is no trigger
    ["Turkey's exports declined to 7.4 billion dlrs from 7.9 billion in 1985.", []],
    ['Shell Oil Co, a unit of Royal Dutch/Shell Group, said it sold reserves.', []],
    // a door opened to another country's people or at its border
    ['China will allow citizens of Brazil and Chile to enter the country without visas.', ['CONCEDE 081 intended CHN->BRA', 'CONCEDE 081 intended CHN->CHL']],
    ['Pakistan reopened the Torkham border crossing with Afghanistan on Friday.', ['CONCEDE 081 occurred PAK->AFG']],
    // a body the possessor acts through
    ["The International Monetary Fund's executive board approved a $7 billion loan programme for Pakistan on Wednesday.", ['AID 071 occurred IGOIMF->PAK']],
    // a long relative clause and an appositive are read past to the subject; a list is no appositive
    ['Turkish President Tayyip Erdogan, who brokered a deal between Russia and Ukraine that allowed grain exports through the Black Sea, offered on Wednesday to host a new round of peace talks between Moscow and Kyiv.',
      ['CONSULT 045 occurred TURGOV->RUS', 'CONSULT 045 occurred TURGOV->UKR', 'AGREE 036 occurred TURGOV->RUS', 'AGREE 036 occurred TURGOV->UKR']],
    ["Angolan President Joao Lourenco, the African Union's designated mediator in the conflict in eastern Congo, will host talks between the leaders of Congo and Rwanda in Luanda.", ['CONSULT 045 intended AGOGOV->CODGOV', 'CONSULT 045 intended AGOGOV->RWAGOV']],
    ['Britain, Japan, the United States and West Germany agreed to cooperate to hold currencies at around current levels.', [
      'AGREE 030 occurred GBR->JPN', 'AGREE 030 occurred GBR->USA', 'AGREE 030 occurred GBR->DEU', 'AGREE 030 occurred JPN->GBR', 'AGREE 030 occurred JPN->USA', 'AGREE 030 occurred JPN->DEU',
      'AGREE 030 occurred USA->GBR', 'AGREE 030 occurred USA->JPN', 'AGREE 030 occurred USA->DEU', 'AGREE 030 occurred DEU->GBR', 'AGREE 030 occurred DEU->JPN', 'AGREE 030 occurred DEU->USA']],
    // "riot" inside the group "riot police" is no riot; water cannon on a crowd is repression of the own public
    ['Georgian riot police used water cannon and tear gas to disperse protesters in Tbilisi.', ['COERCE 175 occurred GEOCOP->GEO']],
    // "riot police" with no country named are of the one country their sentence names before them, and no riot; an act demanded
    // in a `that` clause has not happened
    ['Tens of thousands rallied in Tbilisi on Sunday, and riot police again used water cannon and tear gas to disperse them.', ['PROTEST 141 occurred GEO->-', 'COERCE 175 occurred GEOCOP->GEO']],
    ['Polish farmers blocked all crossings on the border with Ukraine on Tuesday, demanding that the government ban imports of Ukrainian grain.', ['PROTEST 144 occurred POL->POLGOV', 'REQUEST 100 requested POL->POLGOV']],
    ['Tens of thousands of Georgians rallied outside parliament in Tbilisi on Sunday against the government\'s decision to freeze European Union accession talks, and riot police again used water cannon and tear gas to disperse them.', ['PROTEST 141 occurred GEO->GEOGOV', 'COERCE 175 occurred GEOCOP->GEO', 'SANCTION 164 occurred GEOGOV->IGOEU']],
    // a military government governs
    ["Mali's military government accused Algeria on Sunday of shooting down one of its drones.", ['ACCUSE 112 occurred MLIGOV->DZA']],
    // an armed attack on ships, bases or positions is one with no country named for the target; losses inflicted are an attack
    ['Iraqi Foreign Minister Tareq Aziz was quoted as saying Iran has attacked several ships with land-based missiles.', ['ASSAULT 190 occurred IRN->-']],
    ['The Iranian news agency IRNA said Iranian troops inflicted severe losses on Iraqi troops.', ['ASSAULT 190 occurred IRNMIL->IRQMIL']],
    // an armed group named by a common noun is the subject, not the place before it (but of that place's country); "hit chart targets" is figurative
    ['Mourners clashed with police in Northern Ireland and guerrillas attacked security bases.', ['PROTEST 145 occurred GBR->GBRCOP', 'ASSAULT 190 occurred GBRREB->GBRCOP']],
    ['The dollar has hit short-term chart targets, Tam said.', []],
    // a participle after a subordinator in the main clause has the main clause's subject
    ['Shultz went into a meeting with Shevardnadze and the Soviet delegation after arriving in Moscow from Helsinki.', ['CONSULT 042 occurred USAGOV->RUS']],
    // "Arab" is no town in Alabama
    ['The Iranians used them several times to attack ships belonging to Arab states in the Gulf.', ['ASSAULT 190 occurred IRN->-']],
    // a condemned act accuses its doer, not its place or victim; with no doer named it stands alone
    ['Turkey on Wednesday condemned the killing of Hamas political bureau chief Ismail Haniyeh in Tehran.', ['ACCUSE 111 occurred TUR->-']],
    ['Egypt condemned the Israeli strike on Rafah.', ['ACCUSE 111 occurred EGY->ISR', 'ASSAULT 190 occurred ISR->PSE']],
    // "X would face severe punishment, Y said": the speaker threatens X
    ["Iran's Revolutionary Guards said on Friday that Israel would face severe punishment.", ['THREATEN 130 occurred IRNMIL->ISR']],
    ['Analysts said Israel would face severe punishment.', []],
    // a verb after `and` far from its subject has the sentence's
    ["Iran's acting foreign minister, Ali Bagheri Kani, told foreign diplomats in Tehran that Iran had a legitimate right to respond under the U.N. Charter, and accused Washington of giving Israel a green light for the attack.", ['THREATEN 138 occurred IRN->-', 'ACCUSE 112 occurred IRN->USAGOV']],
    // after a noun that coded nothing, the speaker's own conjoined verb stands; an apposition is no second recipient
    ["Foreign Minister Hossein Amir-Abdollahian said the attack breached diplomatic norms and blamed the United States, Israel's main backer.", ['ACCUSE 112 occurred IRNGOV->USA']],
    // countermeasures announced against a party are a warning; measures taken at home are none
    ['China will take resolute measures to safeguard its legitimate rights and interests in response to the U.S. decision to raise tariffs, the Ministry of Commerce said.', ['THREATEN 130 occurred CHN->USA']],
    ['The government will take measures to curb inflation.', []],
    // "the Damascus strike": a place name ending in s between `the` and a verb form is a modifier, not a plural subject
    ['The Russian Foreign Ministry earlier condemned the Damascus strike as unacceptable and called on all sides to show restraint.', ['ACCUSE 111 occurred RUSGOV->-', 'REQUEST 020 requested RUSGOV->-']],
    // a clash or exchange of fire between two armed sides is each side's attack on the other; the deaths it caused are told with it
    ['Clashes between Armenian and Azerbaijani forces killed four soldiers on Tuesday.', ['ASSAULT 190 occurred ARMMIL->AZEMIL', 'ASSAULT 190 occurred AZEMIL->ARMMIL']],
    // a pullback completed by two armies; a village stormed by armed men no one places is an attack on their own country
    ['Indian and Chinese troops completed their pullback from two friction points in the western Himalayas on Wednesday.', ['RETREAT 087 occurred INDMIL->CHNMIL', 'RETREAT 087 occurred CHNMIL->INDMIL']],
    ["Fighters from Sudan's paramilitary Rapid Support Forces stormed a village in Al Jazira state on Friday.", ['ASSAULT 190 occurred SDNREB->SDN']],
    // a visit to a capital is a visit to the country, even where coreference read the capital as its government
    ['Indian Prime Minister Narendra Modi visited Moscow in July, Indian officials said.', ['CONSULT 042 occurred INDGOV->RUS']],
    // a visit with no destination in a dispatch from elsewhere is to the dateline's country; a place or demonym before the noun is where it goes
    ["WASHINGTON (Reuters) - The U.S. expects harmonious talks during French Prime Minister Jacques Chirac's first official visit.", ['CONSULT 042 occurred FRAGOV->USA']],
    ['Nakasone still has a chance to soothe U.S. tempers during his week-long Washington visit from April 29, analysts said.', ['CONSULT 042 intended JPNGOV->USA']],
    ['The newspaper said British Prime Minister Margaret Thatcher would capitalise on her Soviet trip.', ['CONSULT 042 occurred GBRGOV->SUN']],
    // diplomats withdrawn; "last May" is a month, not a modal
    ['Britain had withdrawn four of its six remaining diplomats in Tehran, the Foreign Office said.', ['SANCTION 161 occurred GBR->IRNGOV']],
    ['The site is near where South African troops last May launched a military attack against alleged guerrilla targets.', ['ASSAULT 190 occurred ZAFMIL->-']],
    // a direct quote with an accusation word that names another side is the speaker's accusation of it; the victim named is not accused
    ['"What Kigali is waging in our country is a war of aggression disguised as a rebellion," Congolese Foreign Minister Therese Kayikwamba Wagner told the U.N. Human Rights Council.', ['ACCUSE 112 occurred CODGOV->RWA']],
    ['"The United States has undertaken an act of armed aggression against Iran," Soviet Foreign Minister Eduard Shevardnadze said.', ['ACCUSE 112 occurred SUNGOV->USA']],
    ['"These subsidies are blatantly unfair and are GATT illegal," Canadian Trade Minister Pat Carney said.', []],
    // a direct quote telling another side what it should or must do is the speaker's appeal to it; the act demanded is not coded
    ['"The U.S. side should immediately correct its wrong practices and cancel the additional tariffs," the Chinese commerce ministry spokesperson said.', ['REQUEST 020 requested CHNGOV->USA']],
    ['"Russia must withdraw its troops from Ukraine," German Chancellor Olaf Scholz said.', ['REQUEST 020 requested DEUGOV->RUS']],
    ['"We can never accept that Greece should confine us to the Anatolian continent," Turkish Prime Minister Turgut Ozal said.', []],
    // people named by their master are that master's; a conditional threat is aimed at the one whose act it waits on
    ["Germany summoned Russia's top diplomat in Berlin on Friday after blaming hackers working for Russian military intelligence for a cyberattack.", ['ACCUSE 114 occurred DEU->RUSGOV', 'ACCUSE 112 occurred DEU->RUSMIL']],
    ['Russian Deputy Foreign Minister Sergei Ryabkov warned on Thursday that Moscow would respond militarily if the United States went ahead with plans to station long-range missiles in Germany.', ['THREATEN 138 occurred RUSGOV->USA', 'MOBILIZE 154 hypothetical RUSGOV->DEU']],
    ['Japan warned the United States it may take retaliatory measures if the United States imposes its planned trade sanctions.', ['THREATEN 130 occurred JPN->USA']],
    // a rejection of allegations answers the side that made them; diplomats ordered to leave are expelled
    ['Canada accused Indian government agents on Monday of involvement in homicides, and expelled six Indian diplomats. New Delhi rejected the allegations and ordered six Canadian diplomats to leave the country.', ['ACCUSE 112 occurred CAN->INDGOV', 'SANCTION 161 occurred CAN->INDGOV', 'REJECT 120 occurred INDGOV->CAN', 'SANCTION 161 occurred INDGOV->CANGOV']],
    ['Ethiopia has moved troops and heavy weapons towards its border with Eritrea in recent weeks, diplomats said.', ['MOBILIZE 154 occurred ETH->ERI']],
    // an exchange between two is between them; a hostile act its own side makes conditional on another's is a threat to that other
    ['Russia and the United States swapped prisoners at Abu Dhabi airport on Thursday.', ['RETREAT 0841 occurred RUS->USA', 'RETREAT 0841 occurred USA->RUS']],
    ['Iran could withdraw from the nuclear Non-Proliferation Treaty if Britain, France and Germany trigger the return of U.N. sanctions, Iranian Foreign Minister Abbas Araghchi said.',
      // (the threat is the official's who makes it)
      ['SANCTION 164 hypothetical IRN->-', 'THREATEN 130 occurred IRNGOV->GBR', 'THREATEN 130 occurred IRNGOV->FRA', 'THREATEN 130 occurred IRNGOV->DEU']],
    ['The United States could impose sanctions on Turkey, analysts said.', ['SANCTION 163 hypothetical USA->TUR']],
    // an appeal is dated when it was made; the Pope speaks for the Holy See; a body's board acts on a named day
    ['Pope Leo XIV on Sunday urged Russia and Ukraine to free all prisoners of war.', ['REQUEST 020 requested VATGOV->RUS', 'REQUEST 020 requested VATGOV->UKR']],
    ["The International Monetary Fund's executive board on Tuesday approved the immediate release of about $330 million to Sri Lanka.", ['AID 071 occurred IGOIMF->LKA']],
    // rejecting the demand of the actor's own people
    ['Serbian President Aleksandar Vucic on Sunday ruled out early parliamentary elections, rejecting the main demand of a student-led movement.', ['REJECT 120 occurred SRBGOV->SRB']],
    // an act condemned with no doer named is the last act told of another side
    ['The United States has sent three guided-missile destroyers to waters off Venezuela, a U.S. official said on Tuesday. Caracas denounced the deployment as a threat to regional peace.', ['MOBILIZE 154 occurred USA->VEN', 'ACCUSE 111 occurred VENGOV->USA']],
    // "the two leaders", "the two sides": the two parties named last, of two countries (people for leaders, never the speaker or a news agency)
    ['Kenyan President William Ruto received his Somali counterpart Hassan Sheikh Mohamud in Nairobi on Saturday. The two leaders agreed to step up joint operations against al Shabaab.',
      ['CONSULT 043 occurred KENGOV->SOMGOV', 'AGREE 031 occurred KENGOV->SOMGOV', 'AGREE 031 occurred SOMGOV->KENGOV']],
    ['Armenia and Azerbaijan held talks in Almaty. Armenian Foreign Minister Ararat Mirzoyan said he thought the two sides could agree on a peace treaty.',
      ['CONSULT 040 occurred ARM->AZE', 'CONSULT 040 occurred AZE->ARM', 'AGREE 030 hypothetical ARM->AZE', 'AGREE 030 hypothetical AZE->ARM']],
    // a designation as terrorists targets the body possessed; diplomats given hours to leave are expelled; imports of a good suspended
    ["Canada listed Iran's Islamic Revolutionary Guard Corps as a terrorist organisation on Wednesday.", ['SANCTION 163 occurred CAN->IRNMIL']],
    ['Rwanda severed diplomatic ties with Belgium on Monday and gave Belgian diplomats 48 hours to leave the country.', ['SANCTION 161 occurred RWA->BEL', 'SANCTION 161 occurred RWA->BELGOV']],
    ['China suspended all imports of seafood from Japan on Thursday.', ['SANCTION 163 occurred CHN->JPN']],
    // what an instrument was used for was done; a crowd gathered for protests protests
    ['French farmers used hundreds of tractors to block motorways leading into Paris on Monday.', ['PROTEST 144 occurred FRA->-']],
    ['Thousands of Mongolians gathered in Ulaanbaatar on Tuesday for a third day of protests against corruption.', ['PROTEST 141 occurred MNG->-']],
    // a body before a meeting noun is still the subject; a country before an act noun is not ("the U.S. action")
    ["Foreign ministers of the Group of Seven meeting on the Italian island of Capri urged both sides to avoid further escalation.", ['REQUEST 020 requested IGOG7->-']],
    // a comma and a name after the trigger end its reach; "the Pacific territory" is no town in the United States
    ['Japan will help Ukraine rebuild infrastructure wrecked by Russian missile strikes, Foreign Minister Yoko Kamikawa told a conference in Berlin.', ['ASSAULT 195 occurred RUS->-']],
    ['France declared a state of emergency in the Pacific territory on Wednesday.', ['COERCE 1721 occurred FRA->-']],
    // the African Union's council is not the U.N. Security Council
    ["The African Union's Peace and Security Council called on Wednesday for an immediate ceasefire in Sudan.", ['REQUEST 020 requested IGOAU->-']],
    // a possessive before a place: the possessor acts, and "talks" is a noun
    ["Secretary of State George Shultz' Moscow talks with Soviet Foreign Minister Eduard Shevardnadze ended on Tuesday.", ['CONSULT 040 occurred USAGOV->SUNGOV']],
  ];
  eventRows(cases);
  it('[events] a visit named by a noun and dated after the dispatch is to come', () => {
    const events = extract('Nakasone is drafting a trade package in time for his visit to Washington starting on April 29, officials said.', { date: '1987-03-26' }).events;
    expect(events.map((e) => `${e.type} ${e.status} ${e.date?.value}`)).toEqual(['CONSULT intended 1987-04-29']);
  });
});

describe('[events] wars, fighting and references back (whole extract)', () => {
  const cases: Array<[string, string[]]> = [
    // a war or fighting between two named sides is each side's attack on the other; a modifier may stand before a name
    ['Fierce fighting between Sudan\'s army and the paramilitary Rapid Support Forces in Khartoum on Saturday killed dozens of civilians.', ['ASSAULT 190 occurred SDNMIL->SDNREB', 'ASSAULT 190 occurred SDNREB->SDNMIL']],
    ['Russian peacekeepers had been stationed there since the end of a six-week war between Azerbaijan and Armenia.', ['ASSAULT 190 occurred AZE->ARM', 'ASSAULT 190 occurred ARM->AZE']],
    // "its war with": `its` is the body named before (not a person), and both sides fight
    ["Sudan's army-led government rejected Kenyan President William Ruto as chair of an effort to end its war with the Rapid Support Forces.", ['REJECT 120 occurred SDNGOV->KENGOV', 'ASSAULT 190 occurred SDNGOV->SDNREB', 'ASSAULT 190 occurred SDNREB->SDNGOV']],
    // an object told again after a comma ("him", "them", "the Gulf state") is the last act's target
    ['Sudan severed diplomatic relations with the United Arab Emirates on Tuesday, accusing the Gulf state of supplying drones.', ['SANCTION 161 occurred SDN->ARE', 'ACCUSE 112 occurred SDN->ARE']],
    ["Burkina Faso's military government has expelled three French diplomats, accusing them of subversive activities.", ['SANCTION 161 occurred BFAGOV->FRAGOV', 'ACCUSE 112 occurred BFAGOV->FRAGOV']],
    // a country the tagger read as a name still owns the title after it; an honorific is part of the title
    ["Mali's Foreign Minister Abdoulaye Diop on Friday met the U.N. envoy in Bamako.", ['CONSULT 040 occurred MLIGOV->IGOUN']],
    ['Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke by phone with Egyptian President Abdel Fattah al-Sisi on Tuesday.', ['CONSULT 041 occurred QATGOV->EGYGOV']],
    // an office of a body takes the body's side: a rebel movement's leader, a presidential council's head
    ["The leader of Yemen's Houthi movement warned Saudi Arabia on Sunday that his group would strike the kingdom's banks.", ['THREATEN 138 occurred YEMREB->SAU', 'ASSAULT 190 hypothetical YEMREB->SAU']],
    ["The head of Haiti's transitional presidential council, Edgard Leblanc Fils, on Thursday urged the U.N. Security Council to act.", ['REQUEST 020 requested HTIGOV->IGOUN']],
    // aid sent as rescue teams or planeloads, a pledge of relief, military financing; help asked of someone named
    ['Egypt, Algeria and Tunisia sent rescue teams and planeloads of aid to eastern Libya on Tuesday.', ['AID 073 occurred EGY->LBY', 'AID 073 occurred DZA->LBY', 'AID 073 occurred TUN->LBY']],
    ['New Zealand pledged NZ$1.5 million in emergency relief to Vanuatu on Wednesday.', ['AGREE 033 occurred NZL->VUT']],
    ['The United States will provide $500 million in foreign military financing to the Philippines.', ['AID 072 intended USA->PHL']],
    ["Papua New Guinea's government has formally asked the United Nations for help.", ['REQUEST 023 requested PNGGOV->IGOUN']],
    ['Spanish Agriculture Minister Carlos Romero called for action to help the Spanish maize market.', ['REQUEST 023 requested ESPGOV->-']],
    // "the two leaders" after a meeting are its two sides, not a participle describing the guest; a hyphenated modifier in a compound
    ['Serbian President Aleksandar Vucic hosted French President Emmanuel Macron in Belgrade on Thursday, and the two leaders signed a strategic partnership agreement.', ['CONSULT 043 occurred SRBGOV->FRAGOV', 'SUPPORT 057 occurred SRBGOV->FRAGOV', 'SUPPORT 057 occurred FRAGOV->SRBGOV']],
    ['Saudi Arabia and nuclear-armed Pakistan signed a mutual defence pact on Wednesday.', ['SUPPORT 057 occurred SAU->PAK', 'SUPPORT 057 occurred PAK->SAU']],
    // the party aid is to help is its recipient; "his Kazakh hosts" are the host government
    ['The International Monetary Fund said it approved a 48 mln dlr loan to assist Ecuador in meeting its foreign exchange needs.', ['AID 071 occurred IGOIMF->ECU']],
    ['German Chancellor Olaf Scholz held talks with his Kazakh hosts in Astana on Monday.', ['CONSULT 040 occurred DEUGOV->KAZGOV']],
    // a swap brokered by a third party: the mediator stands between the two; a compound subject of an act that needs a target is no pair
    ['Russia and Ukraine exchanged 103 prisoners of war each on Wednesday in a swap brokered by the United Arab Emirates.', ['RETREAT 0841 occurred RUS->UKR', 'RETREAT 0841 occurred UKR->RUS', 'CONSULT 045 occurred ARE->RUS', 'CONSULT 045 occurred ARE->UKR']],
    ['The growing numbers of U.S. and U.K. Brokers coming to Tokyo has helped the London market.', []],
    // a body of the same country between a demonym and its head
    ['The crossing was shut following an exchange of fire between Pakistani and Afghan Taliban border guards.', ['ASSAULT 190 occurred PAKCOP->AFGCOP', 'ASSAULT 190 occurred AFGCOP->PAKCOP']],
    // a protest with no target named is against its own government when the sentence names it (not the official telling it)
    ["Thousands of Mongolians gathered in Ulaanbaatar's Sukhbaatar Square on Tuesday for a third week of protests demanding the resignation of Prime Minister Luvsannamsrai Oyun-Erdene.", ['PROTEST 141 occurred MNG->MNGGOV']],
    // (police deployed with no one named face the country's own people, recall round l)
    ['French farmers blocked motorways on Monday, as the government deployed 15,000 police officers.', ['PROTEST 144 occurred FRA->FRAGOV', 'MOBILIZE 153 occurred FRAGOV->FRA']],
    ["Ecuadorean demonstrators threw rocks at a luxury hotel in Quito on Monday, Ecuador's Interior Minister Luis Robles said.", ['PROTEST 145 occurred ECU->-']],
    // "said it would": the body named first, not the capital nearest; "which said it would" is the relative's own
    ["Thailand recalled its ambassador from Phnom Penh on Wednesday and said it would expel Cambodia's envoy.", ['SANCTION 161 occurred THA->KHMGOV', 'SANCTION 161 intended THA->KHMGOV']],
    ['But the Dominican Republic and Costa Rica joined the splinter group, which said it would agree to objective criteria.', []],
    // gunboats and warplanes named singly, a tanker set ablaze, strikes across a country, a charge d'affaires or embassy official summoned
    ['Iranian gunboats set a Norwegian tanker ablaze in the southern Gulf on Friday.', ['ASSAULT 190 occurred IRNMIL->NOR']],
    ['Russian missiles pounded power plants across Ukraine overnight.', ['ASSAULT 194 occurred RUS->UKR']],
    ["Islamabad summoned the Afghan charge d'affaires on Friday to lodge a strong protest.", ['ACCUSE 114 occurred PAKGOV->AFGGOV']],
    ['The Philippines summoned a Chinese embassy official on Monday to protest dangerous manoeuvres.', ['ACCUSE 114 occurred PHL->CHNGOV']],
    // "she" takes up the sentence's subject and "him" is then someone else; talks after which the subject acts are the subject's
    ['Prime Minister Margaret Thatcher praised Mikhail Gorbachev as a leader she could do business with after three hours of talks with him on Monday.', ['SUPPORT 051 occurred GBRGOV->SUNGOV', 'CONSULT 040 occurred GBRGOV->SUNGOV']],
    // "who will hold talks with X ..., said he would": the subject, not the one named nearest
    ['Reagan, who will hold talks with Japanese Prime Minister Yasuhiro Nakasone this week, said he would lift tariffs imposed last week against some Japanese products.', ['CONSULT 040 intended USAGOV->JPNGOV', 'RETREAT 085 intended USAGOV->JPN', 'SANCTION 163 occurred USAGOV->JPN']],
    // a title given in the text overrides the list of office holders ("Dutch Prime Minister Mark Rutte" in 2022)
    ['Dutch Prime Minister Mark Rutte apologised to Indonesia on Thursday for extreme violence used during its war of independence.', ['SUPPORT 055 occurred NLDGOV->IDN']],
    ['The United States and the Soviet Union agreed in principle on Friday to conclude a treaty banning medium-range nuclear missiles.', ['AGREE 030 occurred USA->SUN', 'AGREE 030 occurred SUN->USA']],
    // a retaliation told by its means; sanctions enacted; firms put on a blacklist; diplomats ordered out; security services
    ['Britain broke off diplomatic relations with Syria on Friday. Damascus retaliated by ordering British diplomats out of the country.', ['SANCTION 161 occurred GBR->SYR', 'SANCTION 161 occurred SYRGOV->GBRGOV']],
    ['The U.S. Congress on Thursday enacted sweeping economic sanctions against South Africa.', ['SANCTION 163 occurred USALEG->ZAF']],
    ['Washington put 20 Chinese firms on a trade blacklist on Wednesday, accusing them of supplying drone components to Russia.', ['SANCTION 163 occurred USAGOV->CHNBUS', 'ACCUSE 112 occurred USAGOV->CHNBUS']],
    ['The FBI arrested a Russian diplomat in New York on Saturday.', ['COERCE 173 occurred USACOP->RUSGOV']],
    ['Iran warned Kuwait on Friday it would strike Kuwaiti oil installations.', ['THREATEN 138 occurred IRN->KWT', 'ASSAULT 190 hypothetical IRN->KWT']],
    // "its war" is the subject's, not the body named nearest
    ['TEHRAN, July 22 - Iran today refused to accept a U.N. Security Council resolution demanding an end to its war with Iraq.', ['REJECT 120 occurred IRN->IGOUN', 'ASSAULT 190 occurred IRN->IRQ', 'ASSAULT 190 occurred IRQ->IRN']],
    // drills around an island, forces on standby, minesweepers sent, aid dropped over a territory, a strike by staying away
    ["China's military launched two days of large-scale drills around Taiwan on Thursday.", ['MOBILIZE 150 occurred CHNMIL->TWN']],
    ['NATO put forces on standby on Monday.', ['MOBILIZE 152 occurred IGONATO->-']],
    ['U.S. military planes dropped more than 38,000 meals over Gaza on Saturday.', ['AID 073 occurred USAMIL->PSE']],
    ['Germany will send Ukraine a third Patriot air defence system, the defence ministry said on Saturday.', ['AID 072 intended DEU->UKR']],
    // a prisoner exchange named by a noun, troops pulling out of a country, a visit at someone's invitation, a government recognised, visas waived
    ['Russia and the United States carried out their biggest prisoner exchange since the Cold War in Ankara on Thursday.', ['RETREAT 0841 occurred RUS->USA', 'RETREAT 0841 occurred USA->RUS']],
    ['The first Soviet troops began pulling out of Afghanistan on Sunday.', ['RETREAT 087 occurred SUNMIL->AFG']],
    ['Indian Prime Minister Narendra Modi will pay a state visit to Washington in June at the invitation of President Joe Biden, the White House said on Wednesday.', ['CONSULT 042 intended INDGOV->USA', 'AGREE 036 invited USAGOV->INDGOV']],
    ['The United States on Tuesday recognised the government of President Corazon Aquino.', ['SUPPORT 054 occurred USA->PHLGOV']],
    ['China will let Japanese citizens visit without a visa for up to 30 days, its foreign ministry said on Friday.', ['CONCEDE 081 intended CHN->JPN']],
    // a sanction made conditional on another's act, past a long object: the threat, and the sanction as possible
    ['The United States said today it would impose 100 pct tariffs on up to 300 mln dlrs worth of Japanese electronic goods from April 17 unless Tokyo honoured its semiconductor pact.', ['SANCTION 163 hypothetical USA->JPN', 'THREATEN 130 occurred USA->JPNGOV']],
    // a clause of time after a condition is told as fact, dated a day before the dispatch
    ['Libyan leader Muammar Gaddafi warned today that Libya would strike U.S. bases if American planes attacked again, a day after U.S. Navy jets hit Libyan missile sites.', ['THREATEN 138 occurred LBYGOV->USA', 'ASSAULT 190 hypothetical LBY->USA', 'ASSAULT 190 occurred USAMIL->LBY']],
    // street protests told by a noun are the people's of the country the sentence is about; a government leads no street protest
    ["Bangladesh's Supreme Court on Sunday scrapped most of the quotas for government jobs that sparked weeks of nationwide student protests.", ['CONCEDE 0832 occurred BGDJUD->BGD', 'PROTEST 141 occurred BGD->-']],
    ['Opposition protests against the sales tax have stalled debate in the Japanese parliament for weeks.', ['PROTEST 141 occurred JPNOPP->-']],
    ['The tax unleashed Washington-led protests from exporters to the European Community.', []],
    // the purpose names whom the act is against
    ['Thousands of Serbian students marched through Belgrade on Sunday to protest against government corruption.', ['PROTEST 141 occurred SRB->SRBGOV']],
    // an act branded a crime accuses its doer; concerns raised with a government are a complaint
    ["Iran's Revolutionary Guards seized an Israel-linked container ship near the Strait of Hormuz on Saturday. Israel's foreign ministry called the seizure an act of piracy.", ['COERCE 1711 occurred IRNMIL->ISR', 'ACCUSE 111 occurred ISRGOV->IRNMIL']],
    ["New Zealand's foreign minister said Wellington had raised its concerns with Beijing.", ['ACCUSE 114 occurred NZLGOV->CHNGOV']],
    ['The President called it a great day for peace.', []],
    // police or a junta named with no country are the dateline's country's
    ['SEOUL, June 18 (Reuters) - Tens of thousands of students marched through Seoul on Friday. Police fired tear gas at them.', ['PROTEST 141 occurred KOR->-', 'COERCE 175 occurred KORCOP->KOR']],
    ["NIAMEY, Sept 2 (Reuters) - The junta has accused Paris of interfering in Niger's internal affairs.", ['ACCUSE 112 occurred NERGOV->FRAGOV']],
    // armed men named by the place they are in are its rebels
    ['Turkish President Tayyip Erdogan said on Tuesday that Turkey would launch a ground operation against Kurdish militants in northern Syria.', ['ASSAULT 190 intended TUR->SYRREB', 'THREATEN 138 occurred TURGOV->SYRREB']],
    // a visit during which the subject acts is the subject's; an interview by telephone during a visit is no call with the country visited
    ['Chinese President Xi Jinping praised Peru as a good friend and partner during a state visit to Lima last week.', ['SUPPORT 051 occurred CHNGOV->PER', 'CONSULT 042 occurred CHNGOV->PER']],
    ['British Defence Secretary George Younger said during a visit to Saudi Arabia last month that the kingdom was evaluating all proposals.', ['CONSULT 042 occurred GBRMIL->SAU']],
    // ", and agreed" after an apposition naming one of a compound subject: the whole compound, dated by the first verb
    ["Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol held a 25-minute telephone call on Wednesday, their first since Ishiba took office this week, and agreed to keep working closely on North Korea's nuclear programme.", ['CONSULT 041 occurred JPNGOV->KORGOV', 'CONSULT 041 occurred KORGOV->JPNGOV', 'AGREE 030 occurred JPNGOV->KORGOV', 'AGREE 030 occurred KORGOV->JPNGOV']],
    // what a vote decides is done by it; a strike voted for is still to come
    ["Slovenia's parliament voted on Tuesday to recognise a Palestinian state.", ['SUPPORT 054 occurred SVNLEG->PSE']],
    // an official the text gives no country speaks for the side whose act he announces
    ['Iran could withdraw from the nuclear Non-Proliferation Treaty if Britain, France and Germany trigger the return of U.N. sanctions, Deputy Foreign Minister Kazem Gharibabadi said on Monday.', ['SANCTION 164 hypothetical IRN->-', 'THREATEN 130 occurred IRNGOV->GBR', 'THREATEN 130 occurred IRNGOV->FRA', 'THREATEN 130 occurred IRNGOV->DEU']],
    // a demand refused or met was asked by the one named with it, of the one answering (undated: made before)
    ['MANAGUA, Aug 10 - Nicaragua today turned down a U.S. demand that it open direct talks with the contra rebels.', ['REJECT 120 occurred NIC->USA', 'REQUEST 100 requested USA->NIC']],
    ['Canadian Finance Minister Michael Wilson on Monday rejected opposition demands to take some form of action.', ['REJECT 120 occurred CANGOV->CANOPP', 'REQUEST 100 requested CANOPP->CANGOV']],
    // an offer refused was made (AGREE), and the refusal answers the one who made it
    ['North Korea on Friday rejected a South Korean offer of economic aid.', ['REJECT 120 occurred PRK->KOR', 'AGREE 030 occurred KOR->PRK']],
    // a joint act of several has no other party in a place of one of them; coast guards are police
    ['China, Kyrgyzstan and Uzbekistan launched construction of a long-delayed railway linking the three countries at a ceremony in the Kyrgyz town of Jalal-Abad on Friday.',
      ['COOPERATE 061 occurred CHN->KGZ', 'COOPERATE 061 occurred CHN->UZB', 'COOPERATE 061 occurred KGZ->CHN', 'COOPERATE 061 occurred KGZ->UZB', 'COOPERATE 061 occurred UZB->CHN', 'COOPERATE 061 occurred UZB->KGZ']],
    ['The Philippine and Vietnamese coast guards held their first joint exercise on Friday.', ['COOPERATE 062 occurred PHLCOP->VNMCOP', 'COOPERATE 062 occurred VNMCOP->PHLCOP']],
    // a country in a capitals heading is the country, not a town of that name (China, Mexico; Greece, New York); a heading's bare "attacks" is words
    ['U.K. TO SUPPLY WHEAT TO CHINA UNDER AID PROGRAM', ['COOPERATE 061 intended GBR->CHN']],
    ['AUSTRALIA ATTACKS JAPAN OVER FARM SUBSIDIES', []],
    // a lower-case modifier before the next name of a list of targets
    ["U.N. Secretary-General Antonio Guterres on Sunday called on the leaders of Sudan's army and the paramilitary Rapid Support Forces to end the fighting.", ['REQUEST 020 requested IGOUN->SDNMIL', 'REQUEST 020 requested IGOUN->SDNREB']],
    // appeals from someone (and a request of someone) are theirs, of the clause's subject; one's own request is none
    ['Thailand deported 40 Uyghur men to China on Thursday, despite appeals from United Nations experts.', ['COERCE 174 occurred THA->CHN', 'REQUEST 020 requested IGOUN->THA']],
    ['The governor of the state oil company has retired at his own request, sources said.', []],
    // an act demanded by someone, named right after the act: the demand was made of its doer
    ['The last French troops left Niger on Friday, completing a pullout demanded by the military government in Niamey.', ['RETREAT 087 occurred FRAMIL->NER', 'REQUEST 100 requested NERGOV->FRA']],
    // "after X on Friday expanded": a time adverbial between the subject of an after-clause and its verb
    ['China said it would protect its companies, after the Dutch government on Friday expanded export controls on chipmaking equipment sold to China.', ['SANCTION 163 occurred NLDGOV->CHN']],
    // a crowd gathered outside a base protests against its owners, the demand its aim
    ["NIAMEY, Sept 2 (Reuters) - Thousands of protesters gathered outside a French military base in Niger's capital on Saturday to demand the departure of French troops.", ['PROTEST 141 occurred NER->FRAMIL', 'REQUEST 100 requested NER->FRAMIL']],
    // history told, and wars of trade or prices, are no attacks
    ['India and Pakistan have fought three wars since independence in 1947.', []],
    ['Gold rose on fears of a trade war between the United States and Japan.', []],
  ];
  eventRows(cases);
});

describe('[events] codes of the time', () => {
  it('[events] Moscow in a 1987 dispatch is the Soviet state, in 2024 Russia', () => {
    const text = 'Secretary of State George Shultz will visit Moscow next month, officials said.';
    const then = extract(text, { date: '1987-03-02' });
    expect(then.events.map((e) => `${e.type} ${e.actor.code}->${e.recipient?.code ?? '-'}`)).toEqual(['CONSULT USAGOV->SUN']);
    expect(then.entities.find((e) => e.name === 'Moscow')?.country).toBe('SUN');
    const now = extract(text.replace('George Shultz', 'Antony Blinken'), { date: '2024-03-02' });
    expect(now.events.map((e) => `${e.type} ${e.actor.code}->${e.recipient?.code ?? '-'}`)).toEqual(['CONSULT USAGOV->RUS']);
  });
  it('[events] "Sisi" is "Abdel Fattah al-Sisi": a surname told without its article', () => {
    const article = extract('Indonesian President Prabowo Subianto has been invited by Egyptian President Abdel Fattah al-Sisi to make a state visit to Cairo this year. Sisi said on Friday he would host Prabowo.', { date: '2025-01-10' });
    const sisi = article.entities.find((e) => e.name === 'Abdel Fattah al-Sisi');
    expect(sisi?.mentions.map((m) => article.text.slice(m.start, m.end))).toContain('Sisi');
  });
  it('[events] the ANC is the opposition in 1990 and the government from May 1994; the Taliban rule from August 2021; the PLO governs from May 1994', () => {
    const coded = (text: string, date: string) => extract(text, { date }).events.map((e) => `${e.type} ${e.cameo} ${e.actor.code}->${e.recipient?.code ?? '-'}`).sort();
    const anc = "CAPE TOWN, June 7 - President F.W. de Klerk today lifted the four-year-old state of emergency in three of South Africa's four provinces, meeting one of the main demands of the African National Congress. The ANC welcomed the move.";
    // (the demands met are the lifting's: one concession, to the ANC)
    expect(coded(anc, '1990-06-07')).toEqual(['CONCEDE 081 ZAFGOV->ZAFOPP', 'REQUEST 100 ZAFOPP->ZAFGOV', 'SUPPORT 051 ZAFOPP->ZAFGOV']);
    // (rulers now, the two sides are one party: no recipient)
    expect(coded(anc, '2024-06-07')).toEqual(['CONCEDE 081 ZAFGOV->-', 'REQUEST 100 ZAFGOV->-', 'SUPPORT 051 ZAFGOV->-']);
    const taliban = 'The Taliban rejected a United Nations call on Thursday.';
    expect(coded(taliban, '2010-01-14')).toEqual(['REJECT 120 AFGREB->IGOUN', 'REQUEST 100 IGOUN->AFGREB']);
    expect(coded(taliban, '2023-01-12')).toEqual(['REJECT 120 AFGGOV->IGOUN', 'REQUEST 100 IGOUN->AFGGOV']);
    // the PLO: an armed movement until the Palestinian Authority it set up took office in May 1994
    const plo = 'The Palestine Liberation Organisation (PLO) accused Israel of aggression.';
    expect(coded(plo, '1987-10-03')).toEqual(['ACCUSE 112 PSEREB->ISR']);
    expect(coded(plo, '2004-10-03')).toEqual(['ACCUSE 112 PSEGOV->ISR']);
  });
});

describe('[events] seed dispatch', () => {
  it.skipIf(!existsSync(SEED))('[events] every required gold event', () => {
    const article = extract(readFileSync(SEED, 'utf8'));
    const gold = JSON.parse(readFileSync(SEED.replace(/\.txt$/, '.gold.json'), 'utf8')) as { events: Array<{ type: string | string[]; cameo: string; sourceActor: string; targetActor: string; date?: string; required: boolean }> };
    for (const g of gold.events.filter((e) => e.required)) {
      const types = Array.isArray(g.type) ? g.type : [g.type];
      const found = article.events.find(
        (e) => types.includes(e.type) && e.cameo === g.cameo && e.actor.code?.startsWith(g.sourceActor) && e.recipient?.code?.startsWith(g.targetActor) && (!g.date || e.date?.value === g.date),
      );
      expect(found, `[events] seed: ${JSON.stringify(g)}\n got ${article.events.map((e) => `${e.type} ${e.cameo} ${e.actor.code}->${e.recipient?.code} ${e.date?.value}`).join('; ')}`).toBeDefined();
    }
  });
  it.skipIf(!existsSync(SEED))('[events] the video call and the appreciation restated in the seed are one event each', () => {
    const article = extract(readFileSync(SEED, 'utf8'));
    const video = article.events.filter((e) => e.type === 'CONSULT' && e.cameo === '040');
    expect(video.map((e) => `${e.actor.code}->${e.recipient?.code} ${e.date?.value}`), '[events] seed video call').toEqual(['RUSMIL->CHNMIL 2023-06-09']);
    const appreciation = article.events.filter((e) => e.type === 'SUPPORT' && e.recipient?.name === 'Li Shangfu');
    expect(appreciation.map((e) => e.actor.code), '[events] seed appreciation').toEqual(['RUSMIL']);
  });
});

describe('[events] gold passages of the Reuters corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-gold-'));
  const write = (records: object[]) => {
    const path = join(dir, `gold-${records.length}.jsonl`);
    writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n'));
    return path;
  };
  it.skipIf(!existsSync(REUTERS_PATH))('[events] a record naming a story and an end is scored on that passage of the story', () => {
    const story = JSON.parse(readFileSync(REUTERS_PATH, 'utf8').split('\n', 1)[0]!) as { id: string; date: string; text: string };
    const [record] = loadFixtures(write([{ id: 'none-r0-01', story: story.id, end: 40, date: story.date, events: [] }]));
    expect(record).toEqual({ id: 'none-r0-01', date: story.date, text: story.text.slice(0, 40), events: [] });
  });
  it.skipIf(!existsSync(REUTERS_PATH))('[events] a story the corpus lacks, or an end outside the story, is an error naming the record', () => {
    expect(() => loadFixtures(write([{ id: 'none-r0-02', story: 'reuters-0', end: 10, date: '1987-01-01', events: [] }]))).toThrow(/none-r0-02 names story reuters-0/);
    expect(() => loadFixtures(write([{ id: 'a', story: 'reuters-1', end: 10, date: '1987-02-26', events: [] }, { id: 'none-r0-03', story: 'reuters-1', end: 10 ** 7, date: '1987-02-26', events: [] }]))).toThrow(/none-r0-03 ends at 10000000, outside story reuters-1/);
  });
});

const FIXTURES = new URL('./fixtures/events/sentences.jsonl', import.meta.url).pathname;
const HELDOUT = new URL('./fixtures/events/heldout.jsonl', import.meta.url).pathname;
describe('[events] fixture sentences', () => {
  it.skipIf(!existsSync(FIXTURES))('[events] type recall and precision floors over sentences.jsonl', () => {
    const s = score(loadFixtures(FIXTURES));
    // Floors the current code meets (measured 0.918 / 0.898); raise them as the coder improves (scripts/eval-events.ts).
    // (precision counts as extra the background acts this older file does not list: "after weeks of protests", "rejected
    // India's call": the later files and the README code them)
    expect(s.typeHits / s.expected, '[events] type recall').toBeGreaterThanOrEqual(FLOORS.typeRecall);
    expect(s.correct / Math.max(1, s.produced), '[events] precision').toBeGreaterThanOrEqual(FLOORS.precision);
  }, 60_000);
  // A regression guard at the project's target, not a set to tune on: see test/fixtures/events/README.md (measured 0.864 / 0.923).
  it.skipIf(!existsSync(HELDOUT))('[events] held-out sentences stay above the target (0.80 type recall, 0.85 precision)', () => {
    const s = score(loadFixtures(HELDOUT));
    expect(s.typeHits / s.expected, '[events] held-out type recall').toBeGreaterThanOrEqual(0.8);
    expect(s.correct / Math.max(1, s.produced), '[events] held-out precision').toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});

const FLOORS = { typeRecall: 0.9, precision: 0.88 };

// Regression guards over the sets written blind in session 3 and then used to find misses (measured blind:
// heldout3 0.361 / 0.616, heldout5 0.435 / 0.602; at the end of session 3 about 0.58 / 0.82 and 0.50 / 0.69).
// development sets (blind when written, then used to find misses): regression guards a little under their scores
const DEVELOPMENT_SETS: Array<[string, number, number]> = [['heldout3', 0.63, 0.82], ['heldout4', 0.68, 0.73], ['heldout5', 0.64, 0.72], ['heldout7', 0.75, 0.78],
  ['heldout9', 0.62, 0.66], ['heldout10', 0.74, 0.75], ['heldout11', 0.64, 0.7], ['heldout12', 0.6, 0.72], ['heldout14', 0.52, 0.64],
  ['heldout19', 0.6, 0.74], ['heldout22', 0.5, 0.65], ['heldout23', 0.52, 0.72], ['heldout25', 0.58, 0.75], ['heldout27', 0.5, 0.65],
  ['heldout29', 0.58, 0.66], ['reuters1', 0.42, 0.6], ['reuters4', 0.35, 0.48], ['reuters5', 0.3, 0.43], ['reuters7', 0.18, 0.33], ['reuters9', 0.18, 0.3],
  ['reuters10', 0.2, 0.38], ['reuters11', 0.2, 0.3], ['reuters12', 0.2, 0.45], ['reuters13', 0.2, 0.35], ['reuters15', 0.2, 0.35],
  ['reuters16', 0.2, 0.38], ['reuters18', 0.15, 0.33]];
describe('[events] development sets written blind in sessions 3 to 26', () => {
  for (const [name, recall, precision] of DEVELOPMENT_SETS) {
    const path = new URL(`./fixtures/events/${name}.jsonl`, import.meta.url).pathname;
    // (the reuters sets are passages of the Reuters-21578 corpus beside the repository, read at scoring time)
    it.skipIf(!existsSync(path) || (name.startsWith('reuters') && !existsSync(REUTERS_PATH)))(`[events] ${name} stays above ${recall} type recall and ${precision} precision`, () => {
      const s = score(loadFixtures(path));
      expect(s.typeHits / s.expected, `[events] ${name} type recall`).toBeGreaterThanOrEqual(recall);
      expect(s.correct / Math.max(1, s.produced), `[events] ${name} precision`).toBeGreaterThanOrEqual(precision);
    }, 60_000);
  }
});

describe('[events] pairs, reactions and answers (whole extract)', () => {
  const cases: Array<[string, string[]]> = [
    // "the two countries' border forces": the two countries named before, with the forces' sector; a clash between them is each way
    ["Pakistan reopened its border crossing with Afghanistan on Friday, a week after an exchange of fire between the two countries' border forces.", ['CONCEDE 081 occurred PAK->AFG', 'ASSAULT 190 occurred PAKCOP->AFGCOP', 'ASSAULT 190 occurred AFGCOP->PAKCOP']],
    // (blame traded is each one's accusation of the other)
    ['Pakistan and Afghanistan traded blame after fighting between the two sides near the Torkham crossing.', ['ASSAULT 190 occurred PAK->AFG', 'ASSAULT 190 occurred AFG->PAK', 'ACCUSE 112 occurred PAK->AFG', 'ACCUSE 112 occurred AFG->PAK']],
    // praise of an act is of its doer: named after it ("agreed between"), or the last act of another side told just before
    ['Britain welcomed the ceasefire agreed a day earlier between India and Pakistan.', ['SUPPORT 051 occurred GBR->IND', 'SUPPORT 051 occurred GBR->PAK']],
    ["Georgia's parliament voted on Friday to drop the bill. Opposition leader Nika Gvaramia welcomed the climbdown.", ['CONCEDE 0832 occurred GEOLEG->GEO', 'SUPPORT 051 occurred GEOOPP->GEOLEG']],
    // (an opposition leader leads no government; with no country named he is of the one the story names)
    ['ATHENS, March 28 - Conservative opposition leader Constantine Mitsotakis said he had urged Greek Prime Minister Andreas Papandreou to accept the offer.', ['REQUEST 020 requested GRCOPP->GRCGOV']],
    // an act named again after a comma (", a measure that X criticised") is what the criticism is of
    ["The Dominican Republic closed its border with Haiti on Friday, a measure that Haiti's government criticised as disproportionate.", ['SANCTION 163 occurred DOM->HTI', 'ACCUSE 111 occurred HTIGOV->DOM']],
    // (praise of the act of a body no code names is none; the CFTC, a U.S. regulator, is now known: see events-recall-a10)
    ['Britain welcomed the NASD\'s decision.', []],
    ['Britain welcomed the CFTC\'s decision.', ['SUPPORT 051 occurred GBR->USAGOV']],
    // tariffs ordered, or a response with tariffs to come
    ['The United States responded by ordering 25% tariffs on Colombian imports.', ['SANCTION 163 occurred USA->COL']],
    ['Colombia said it would respond with reciprocal tariffs on U.S. goods.', ['SANCTION 163 intended COL->USA']],
    // a strike on a thing "inside" or "near" a place is on the place's country; a participle after a new clause's subject is its verb
    ['Ukraine hit an oil refinery deep inside Russia on Wednesday, while Russian missiles pounded power plants across Ukraine overnight.', ['ASSAULT 190 occurred UKR->RUS', 'ASSAULT 194 occurred RUS->UKR']],
    ['Israeli jets bombed a weapons depot near Damascus on Sunday.', ['ASSAULT 195 occurred ISRMIL->SYR']],
    // a compound subject whose second name has a lower-case title ("Soviet leader"); "the two sides" led by people
    ['WASHINGTON, Dec 8 - President Ronald Reagan and Soviet leader Mikhail Gorbachev signed a treaty on Tuesday to scrap their medium-range missiles.', ['SUPPORT 057 occurred USAGOV->SUNGOV', 'SUPPORT 057 occurred SUNGOV->USAGOV']],
    ['Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday, and the two sides signed 15 agreements covering trade.', ['CONSULT 043 occurred CHNGOV->BRAGOV', 'SUPPORT 057 occurred CHNGOV->BRAGOV', 'SUPPORT 057 occurred BRAGOV->CHNGOV']],
    ['The management group led by chairman Martin Brody and president Max Pine had received 1.7 million shares.', []],
    // a demand of a ceasefire in a war between two is made of both, and the war goes on; "the resolution" welcomed is the demand's maker's
    ['UNITED NATIONS, July 20 - The Security Council on Monday unanimously demanded an immediate ceasefire in the war between Iran and Iraq. Iraq welcomed the resolution, while Iran said it would study the text.',
      ['REQUEST 100 requested IGOUN->IRN', 'REQUEST 100 requested IGOUN->IRQ', 'ASSAULT 190 occurred IRN->IRQ', 'ASSAULT 190 occurred IRQ->IRN', 'SUPPORT 051 occurred IRQ->IGOUN']],
    ['Britain called for a ceasefire between Israel and Hamas.', ['REQUEST 020 requested GBR->ISR', 'REQUEST 020 requested GBR->PSEREB']],
    // aid counted in tonnes, or carried by planes that land
    ['ADDIS ABABA, Jan 10 - The United States shipped another 50,000 tonnes of emergency grain to famine-stricken Ethiopia this week.', ['AID 073 occurred USA->ETH']],
    ['Planes from the United States, Britain and France landed in Armenia on Monday carrying rescue teams and medical supplies.', ['AID 073 occurred USA->ARM', 'AID 073 occurred GBR->ARM', 'AID 073 occurred FRA->ARM']],
    // an act's author named after "by the"; a name in capitals is no act ("the General Agreement"); after a fronted
    // condition "it" is the body that said it, never the person in the condition
    ['Britain criticized a proposal still under consideration by the European Union for a tax on vegetable oils.', ['ACCUSE 111 occurred GBR->IGOEU']],
    ['Japan has said that if Reagan imposed the tariffs, it would file a complaint with the General Agreement on Tariffs and Trade.', ['ACCUSE 114 hypothetical JPN->IGOGATT']],
    // arrangements reached; joint patrols "by sea and air"; troops put on alert along a border; an act named again by a titled person
    ['The Philippines and China reached a provisional arrangement on Sunday for resupply missions.', ['AGREE 030 occurred PHL->CHN', 'AGREE 030 occurred CHN->PHL']],
    ['Philippine and Australian forces began their first joint sea and air patrols in the South China Sea on Saturday.', ['COOPERATE 062 occurred PHLMIL->AUSMIL', 'COOPERATE 062 occurred AUSMIL->PHLMIL']],
    ['India put its troops along the Pakistani border on full alert on Friday.', ['MOBILIZE 152 occurred IND->PAK']],
    ['European Union leaders agreed on Thursday to open membership negotiations with Ukraine, a decision Ukrainian President Volodymyr Zelenskiy hailed as a victory.', ['AGREE 036 occurred IGOEU->UKR', 'SUPPORT 051 occurred UKRGOV->IGOEU']],
    // giving in to the street is a concession to the country's people; restoring the internet is too; "no plans to" is a negation
    ['ALMATY (Reuters) - Kazakh President Kassym-Jomart Tokayev restored a cap on fuel prices, bowing to protesters after days of unrest.', ['CONCEDE 0832 occurred KAZGOV->KAZ']],
    ['Bangladeshi authorities restored mobile internet services on Sunday.', ['CONCEDE 081 occurred BGDGOV->BGD']],
    ['Japan has reiterated it has no plans to bow to U.S. pressure to give foreign firms a role in the venture.', ['REJECT 124 occurred JPN->USA']],
    // the day of another clause is not the day of an act to come
    ['Colombia backed down on Sunday, hours after President Donald Trump said he would impose sweeping tariffs and visa sanctions on Colombia.', ['CONCEDE 0832 occurred COL->USA', 'SANCTION 163 intended USAGOV->COL']],
    // expulsions told by a noun, and of a high commissioner; allegations rejected answer the side whose hostile act they came with
    ["MOSCOW, Sept 14 - The Soviet Union ordered 25 British diplomats to leave on Saturday in retaliation for London's expulsion on Thursday of 25 Soviet officials.", ['SANCTION 161 occurred SUN->GBRGOV', 'SANCTION 161 occurred GBRGOV->SUNGOV']],
    ["Canada expelled India's high commissioner and five other diplomats on Monday, saying they were linked to a campaign of violence. New Delhi rejected the allegations as preposterous.", ['SANCTION 161 occurred CAN->INDGOV', 'REJECT 120 occurred INDGOV->CAN']],
    // a killing in a place is of the place's country; an attack called "state terrorism" accuses its doer
    ["Israeli warplanes struck Houthi targets at Yemen's Hodeidah port on Saturday, a day after a Houthi drone killed a man in Tel Aviv.", ['ASSAULT 190 occurred ISRMIL->YEMREB', 'ASSAULT 180 occurred YEMREB->ISR']],
    ["Saudi Arabia condemned Israel's air strike on Hamas leaders in Doha. Qatar's prime minister called the attack state terrorism.", ['ACCUSE 111 occurred SAU->ISR', 'ASSAULT 195 occurred ISR->PSEREB', 'ACCUSE 111 occurred QATGOV->ISR']],
    // "with X shuttling between the two delegations": the name after `with` mediates between the pair named before
    ['Iran and the United States held indirect talks in Muscat on Saturday, with Omani Foreign Minister Badr Albusaidi shuttling between the two delegations.',
      ['CONSULT 040 occurred IRN->USA', 'CONSULT 040 occurred USA->IRN', 'CONSULT 045 occurred OMNGOV->IRN', 'CONSULT 045 occurred OMNGOV->USA']],
    // no killer in a natural disaster the tagger named; a participle joined to a passive one is passive
    ['MOSCOW, March 12 - Avalanches, landslides and floods have killed almost 100 people since the start of the year in Georgia.', []],
    ['The row began when a British diplomat was beaten and abducted for 24 hours in the Iranian capital.', []],
    // those arrested counted in "scores"; placed under house arrest past a long name; a journalist or opposition figure with no
    // country named is of the one country the story names ("media tycoon" is a title)
    ['SANTIAGO, Sept 9 - Chilean police detained scores of opposition activists on Monday.', ['COERCE 173 occurred CHLCOP->CHLOPP']],
    ["RANGOON, July 21 - Burma's military government placed opposition leader Aung San Suu Kyi under house arrest on Thursday.", ['COERCE 173 occurred MMRGOV->MMROPP']],
    ['Hong Kong police arrested pro-democracy media tycoon Jimmy Lai under the new national security law on Monday.', ['COERCE 173 occurred HKGCOP->HKGMED']],
    ['Australia and New Zealand flew search-and-rescue teams and relief supplies to Vanuatu on Wednesday.', ['AID 073 occurred AUS->VUT', 'AID 073 occurred NZL->VUT']],
    // scare quotes end no phrase; a place that names a document ("the Paris pact", "the Louvre Agreement") is no party
    ['Venezuela ordered more than 5,600 troops into a "defensive" military exercise near its border with Guyana on Thursday.', ['MOBILIZE 154 occurred VEN->GUY']],
    ['The sources said Italy, which refused to join the Paris pact, was invited back by the Americans.', ['REJECT 120 occurred ITA->-', 'AGREE 036 invited USA->ITA']],
    ['Bangemann welcomed the February "Louvre Agreement" of six industrial nations to stabilise currencies.', []],
    // a rival or critic of those in power, told in an apposition, is of the opposition
    ["Turkish police detained Istanbul Mayor Ekrem Imamoglu, President Tayyip Erdogan's main political rival, on Wednesday.", ['COERCE 173 occurred TURCOP->TUROPP']],
    // crowds: rioters and youths are crowds; a crowd with no place told acts where the dispatch is from; "through central X";
    // a crowd right before a protest's verb is its subject; rioting told by a noun is the street's
    ['JOHANNESBURG, May 5 - Hundreds of thousands of black workers stayed away from their jobs today at the start of a two-day strike.', ['PROTEST 143 occurred ZAF->-']],
    ['NAIROBI, June 26 (Reuters) - Kenyan President William Ruto said he would withdraw the bill, a day after demonstrators stormed parliament.', ['CONCEDE 0832 intended KENGOV->KEN', 'PROTEST 145 occurred KEN->KENLEG']],
    ['Thousands of workers marched through central Buenos Aires on Wednesday.', ['PROTEST 141 occurred ARG->-']],
    ["Rioters torched businesses in New Caledonia's capital Noumea for a third night.", ['PROTEST 145 occurred NCL->NCLBUS']],
    // (the posture faces the country's own people whose riots the sentence tells, recall round l)
    ["Papua New Guinea's government put 1,000 soldiers on standby after rioting and looting in the capital Port Moresby left 15 people dead.", ['MOBILIZE 152 occurred PNGGOV->PNG', 'PROTEST 145 occurred PNG->PNGGOV']],
    // police answering with tear gas; "police said they had detained": the force that said it, of the dispatch's country
    ['SEOUL, June 18 - Tens of thousands of students marched through Seoul today, and police answered with volleys of tear gas.', ['PROTEST 141 occurred KOR->-', 'COERCE 175 occurred KORCOP->KOR']],
    ['JOHANNESBURG, May 5 - Police said they had detained 20 people in Soweto.', ['COERCE 173 occurred ZAFCOP->ZAF']],
    // a verb inside a tagged name ends it; a pledge joined to a visit is to the guest
    ['Chinese Premier Li Qiang hosted Solomon Islands Prime Minister Jeremiah Manele in Beijing on Friday and pledged to deepen cooperation on policing.', ['CONSULT 043 occurred CHNGOV->SLBGOV', 'AGREE 030 occurred CHNGOV->SLBGOV']],
    // investment banned; measures called hypocritical accuse their doer, a body of no country too
    ['BRUSSELS, Sept 16 - European Community foreign ministers on Tuesday banned new investment in South Africa. South African Foreign Minister Pik Botha called the measures hypocritical.', ['SANCTION 163 occurred IGOEU->ZAF', 'ACCUSE 111 occurred ZAFGOV->IGOEU']],
    // unnamed guerrillas are the dispatch country's rebels
    ["SANTIAGO, Sept 8 - The government imposed a state of siege on Sunday night, hours after guerrillas ambushed President Augusto Pinochet's motorcade.", ['COERCE 1721 occurred CHLGOV->CHL', 'ASSAULT 190 occurred CHLREB->CHLGOV']],
    // "the government" or "the administration" with no country named is the dispatch country's; a state of siege imposed
    ['SANTIAGO, Sept 8 - The government imposed a state of siege on Sunday night.', ['COERCE 1721 occurred CHLGOV->CHL']],
    // the infinitive of a decision "by" someone is that someone's act, not the welcomer's
    ['SUVA, June 3 - The government welcomed a decision by Australia to lift its ban on shipments to Fiji.', ['SUPPORT 051 occurred FJIGOV->AUS', 'CONCEDE 081 intended AUS->FJI']],
    // relations established between two are recognition each way; not accepting a resolution is rejecting it, dated when said
    ['China and Honduras established diplomatic relations on Sunday.', ['SUPPORT 054 occurred CHN->HND', 'SUPPORT 054 occurred HND->CHN']],
    ['Iranian President Ali Khamenei said on Thursday that Tehran would not accept a U.N. Security Council resolution adopted on Monday.', ['REJECT 120 occurred IRNGOV->IGOUN']],
    ['Iran accepted the U.N. Security Council resolution on Monday.', ['AGREE 030 occurred IRN->IGOUN']],
    // the verb after `and` is its clause subject's, not the object of the first verb's preposition
    ["SEOUL, July 10 - South Korea's government on Friday restored the civil rights of opposition leader Kim Dae-jung and freed 357 political prisoners.", ['RETREAT 0841 occurred KORGOV->KOR', 'CONCEDE 0833 occurred KORGOV->KOROPP']],
    // troops with no country are the dispatch country's; firing on crowds is violent repression of the country's people (175); troops ordered past a long count
    ['RANGOON, Aug 9 - Troops opened fire on crowds in Rangoon on Monday night.', ['COERCE 175 occurred MMRMIL->MMR']],
    // (the demonstrators protesting against the government protest: PROTEST beside the repression)
    ['Riot police in Tbilisi fired water cannon and tear gas overnight to break up thousands of demonstrators protesting against the government.', ['COERCE 175 occurred GEOCOP->GEO', 'PROTEST 141 occurred GEO->GEOGOV']],
    // (with no protest told, troops firing on people is an armed assault)
    ['RANGOON, Aug 9 - Troops opened fire on people in Rangoon on Monday night.', ['ASSAULT 190 occurred MMRMIL->MMR']],
    ['WASHINGTON, May 11 - President George Bush ordered nearly 2,000 more U.S. combat troops to Panama on Thursday.', ['MOBILIZE 154 occurred USAGOV->PAN']],
    // "prompting President Donald Trump to announce": the caused act is the named one's, done, and on the day of its cause
    ['Colombian President Gustavo Petro on Sunday refused to accept deportation flights from the United States, prompting President Donald Trump to announce 25% tariffs on all Colombian goods.', ['REJECT 120 occurred COLGOV->USA', 'SANCTION 163 occurred USAGOV->COL']],
    ["Santana said if the Saudis do not accept Brazil's terms by Monday then Petrobras will negotiate elsewhere.", ['AGREE 030 hypothetical SAU->BRA']],
    // modifiers joined by `and` before a person noun; a named body of no known country after `of` leaves the head the target
    ['BISHKEK (Reuters) - Kyrgyz police detained 11 current and former journalists of the investigative outlet Temirov Live on Tuesday.', ['COERCE 173 occurred KGZCOP->KGZMED']],
    // "Ferdinand Marcos Jr" without the period; supplying after "has begun"; commandos are the military
    ['Japan pledged on Friday to provide the Philippines with coastal radar systems, as Prime Minister Fumio Kishida met President Ferdinand Marcos Jr in Manila.', ['AGREE 033 occurred JPN->PHL', 'CONSULT 040 occurred JPNGOV->PHLGOV']],
    ['ISLAMABAD, Oct 20 - The United States has begun supplying Afghan guerrillas with Stinger anti-aircraft missiles, Western diplomats said on Monday.', ['AID 072 occurred USA->AFGREB']],
    ['South African commandos raided the capitals of Botswana, Zambia and Zimbabwe exactly a year ago.', ['ASSAULT 190 occurred ZAFMIL->BWA', 'ASSAULT 190 occurred ZAFMIL->ZMB', 'ASSAULT 190 occurred ZAFMIL->ZWE']],
    // after a time clause closed by a comma, the verb after ", and" is the main clause's
    ['TEHRAN, July 4 - Iran accused the United States on Monday of a barbaric massacre after a U.S. Navy cruiser shot down an Iranian airliner over the Gulf on Sunday, killing all 290 people on board, and vowed to avenge the victims.',
      ['ACCUSE 112 occurred IRN->USA', 'ASSAULT 190 occurred USAMIL->IRN', 'THREATEN 138 occurred IRN->USA']],
    // "and his Tuvalu counterpart Kausea Natano" joins the subject
    ['Australian Prime Minister Anthony Albanese and his Tuvalu counterpart Kausea Natano signed a treaty on Friday.', ['SUPPORT 057 occurred AUSGOV->TUVGOV', 'SUPPORT 057 occurred TUVGOV->AUSGOV']],
    // fire exchanged is an attack each way; accords signed by three; ruling out taking a dispute to court; escorting another's tankers
    ['Thai and Cambodian troops exchanged fire in a contested area last week.', ['ASSAULT 190 occurred THAMIL->KHMMIL', 'ASSAULT 190 occurred KHMMIL->THAMIL']],
    ['Thailand ruled out on Monday taking its border dispute with Cambodia to the International Court of Justice.', ['REJECT 120 occurred THA->KHM']],
    ['MANAMA, July 22 - U.S. warships began escorting Kuwaiti oil tankers flying the American flag through the Gulf on Wednesday.', ['AID 074 occurred USAMIL->KWT']],
    // police with no country right before the verb are its subject; followers of a named person are of the person's country
    ['NAIROBI (Reuters) - Kenyan President William Ruto withdrew a finance bill on Wednesday, a day after police shot dead more than 20 people and demonstrators stormed parliament.',
      ['CONCEDE 0832 occurred KENGOV->KEN', 'COERCE 175 occurred KENCOP->KEN', 'PROTEST 145 occurred KEN->KENLEG']],
    ['Supporters of former Bolivian President Evo Morales kept up road blockades across the country for a third week on Monday.', ['PROTEST 144 occurred BOL->-']],
    // "X freed A and B released C": the name after `and` opens a clause of its own, neither the first verb's object nor a compound subject
    ['Azerbaijan freed 32 Armenian servicemen and Armenia released two Azerbaijani soldiers at their border on Wednesday.', ['RETREAT 0841 occurred AZE->ARMMIL', 'RETREAT 0841 occurred ARM->AZEMIL']],
    // people named after a domestic head are the target; "leaders of a campaign for multi-party democracy" are the opposition
    ['NAIROBI, July 5 - Kenyan police on Wednesday detained former cabinet ministers Kenneth Matiba and Charles Rubia, leaders of a campaign for multi-party democracy.', ['COERCE 173 occurred KENCOP->KEN', 'COERCE 173 occurred KENCOP->KENOPP']],
    // calls from two answered; armed men described ("Tamil separatist guerrillas") are the dispatch country's rebels; joint construction
    ['LONDON, Aug 4 - Prime Minister Margaret Thatcher on Monday rejected calls from Zambian President Kenneth Kaunda and Zimbabwean Prime Minister Robert Mugabe for sweeping economic sanctions against South Africa.',
      ['REJECT 120 occurred GBRGOV->ZMBGOV', 'REJECT 120 occurred GBRGOV->ZWEGOV', 'REQUEST 100 requested ZMBGOV->GBRGOV', 'REQUEST 100 requested ZWEGOV->GBRGOV']],
    ['COLOMBO, May 15 - Tamil separatist guerrillas killed at least 146 people in the Buddhist holy city of Anuradhapura on Tuesday.', ['ASSAULT 180 occurred LKAREB->LKA']],
    ['China, Kyrgyzstan and Uzbekistan launched construction on Friday of a railway linking the three countries.',
      ['COOPERATE 061 occurred CHN->KGZ', 'COOPERATE 061 occurred CHN->UZB', 'COOPERATE 061 occurred KGZ->CHN', 'COOPERATE 061 occurred KGZ->UZB', 'COOPERATE 061 occurred UZB->CHN', 'COOPERATE 061 occurred UZB->KGZ']],
    ['Yamakawa Manufacturing Corp of America said it began construction of a manufacturing plant in Portland.', []],
    // a warning that warplanes would keep bombing is a threat of force, beside the attack; what an act to come waits on ("until Tehran accepted") has not happened
    ['BAGHDAD, Aug 20 - Iraq warned Iran on Wednesday that its warplanes would keep bombing the Kharg Island oil terminal until Tehran accepted a ceasefire.',
      ['THREATEN 138 occurred IRQ->IRN', 'ASSAULT 190 hypothetical IRQMIL->IRN', 'AGREE 0871 hypothetical IRNGOV->-']],
    // a gang leader is a rebel; a warning of civil war joined to a demand is a threat made, not requested; kidnapping is abduction (181)
    ['Haitian gang leader Jimmy Cherizier demanded on Tuesday that Prime Minister Ariel Henry resign and warned of civil war if he did not.', ['REQUEST 100 requested HTIREB->HTIGOV', 'THREATEN 138 occurred HTIREB->HTIGOV']],
    ['BEIRUT, June 2 - The pro-Iranian group Islamic Jihad said on Sunday it had kidnapped an American hospital administrator in west Beirut.', ['ASSAULT 181 occurred PSEREB->USA']],
    // an act to be prevented or deterred has not happened; warships sent are deployed, not given (the patrol is a show of force at home)
    ['LUSAKA, June 1 - Police and troops patrolled the northern Copperbelt to prevent any outbreaks of rioting.', ['PROTEST 145 hypothetical ZMB->-', 'MOBILIZE 150 occurred ZMBCOP->ZMB', 'MOBILIZE 150 occurred ZMBMIL->ZMB']],
    ['The United States sent warships to the Gulf to deter an Iranian attack on Kuwait.', ['MOBILIZE 154 occurred USA->IRN', 'ASSAULT 190 hypothetical IRN->KWT']],
    ['Japan will provide the Philippines with patrol vessels.', ['AID 072 intended JPN->PHL']],
    // the owner of forces sent to act is the actor ("offered its warships to escort"), not a name in the clause before
    ['The U.S. has said it will not allow Iran to use the missiles to choke off oil shipments and has offered its warships to escort Kuwaiti tankers.', ['AID 074 intended USA->KWT']],
    // video calls held; a country's possessive before a name joins it to a compound; concern raised about another; manoeuvres called a threat
    ["Ecuadorean President Daniel Noboa and Colombia's Gustavo Petro held a video call on Monday to try to defuse a trade row.", ['CONSULT 040 occurred ECUGOV->COLGOV', 'CONSULT 040 occurred COLGOV->ECUGOV']],
    ["U.S. President Joe Biden raised concerns about Beijing's human rights record in Xinjiang on Monday.", ['ACCUSE 111 occurred USAGOV->CHNGOV']],
    ["Venezuela ordered 5,600 troops into a military exercise near its border with Guyana on Thursday. Guyana's President Irfaan Ali called the manoeuvres a threat to regional peace on Friday.", ['MOBILIZE 154 occurred VEN->GUY', 'ACCUSE 111 occurred GUYGOV->VEN']],
    // an official's criticism of the bare own country ("concern about the continuing U.S. trade deficits") is none
    ['Commerce Secretary Malcolm Baldrige expressed concern about the continuing U.S. trade deficits.', []],
    // a roundup's inner dateline places its sentence ("BELFAST - Mourners clashed with police"); police in the trigger are the target;
    // dockworkers are a crowd placed "from Maine to Texas"
    ['BEIRUT, April 7 - Lebanese leaders met on Monday. BELFAST - Mourners clashed with police at an Irish Republican Army funeral in Northern Ireland.', ['PROTEST 145 occurred GBR->GBRCOP']],
    ['About 45,000 dockworkers walked off the job at ports from Maine to Texas on Tuesday.', ['PROTEST 143 occurred USA->-']],
    // nationals or militants handed over to their country are judicial cooperation
    ['Turkey handed over 14 Iraqi nationals to Iraq on Tuesday.', ['COOPERATE 063 occurred TUR->IRQ']],
    // "the three countries", "those three countries": the three countries named last
    ['Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday. Israel recalled its ambassadors from the three countries in protest.',
      ['SUPPORT 054 occurred ESP->PSE', 'SUPPORT 054 occurred IRL->PSE', 'SUPPORT 054 occurred NOR->PSE', 'SANCTION 161 occurred ISR->ESP', 'SANCTION 161 occurred ISR->IRL', 'SANCTION 161 occurred ISR->NOR']],
    // "took the same step", "followed suit": the act told just before, done again by these actors; with none, no event
    ["Slovenia's parliament voted on Tuesday to recognise a Palestinian state, a week after Spain, Ireland and Norway took the same step.",
      ['SUPPORT 054 occurred SVNLEG->PSE', 'SUPPORT 054 occurred ESP->PSE', 'SUPPORT 054 occurred IRL->PSE', 'SUPPORT 054 occurred NOR->PSE']],
    ['France expelled two Russian diplomats on Monday. Germany followed suit on Tuesday.', ['SANCTION 161 occurred FRA->RUSGOV', 'SANCTION 161 occurred DEU->RUSGOV']],
    ['The company took the same step last year.', []],
    // a threat of retaliation with no one named answers the other side of the hostile act told with it
    ['European Union governments adopted a new package of sanctions against Russia on Monday. Moscow said it would retaliate.', ['SANCTION 163 occurred IGOEU->RUS', 'THREATEN 138 occurred RUSGOV->IGOEU']],
    ['North Korea on Saturday accused the United States and South Korea of rehearsing for war with their drills, which began on Monday, and warned of overwhelming countermeasures.', ['ACCUSE 112 occurred PRK->USA', 'ACCUSE 112 occurred PRK->KOR', 'THREATEN 130 occurred PRK->USA', 'THREATEN 130 occurred PRK->KOR']],
    // "and his Australian counterpart Scott Morrison": a demonym counterpart named after joins the subject
    ['Indian Prime Minister Narendra Modi and his Australian counterpart Scott Morrison held talks on Thursday.', ['CONSULT 040 occurred INDGOV->AUSGOV', 'CONSULT 040 occurred AUSGOV->INDGOV']],
    ['Nigerian President Bola Tinubu has invited his Ghanaian counterpart John Mahama to Abuja for talks.', ['AGREE 036 invited NGAGOV->GHAGOV']],
    // talks that frame the act of a compound subject are between its parties
    ['British Prime Minister Margaret Thatcher said she and Soviet Premier Nikolai Ryzhkov had set targets for trade during talks earlier today.', ['CONSULT 040 occurred GBRGOV->SUNGOV', 'CONSULT 040 occurred SUNGOV->GBRGOV']],
    ['The minister said he had agreed on the plan during talks.', []],
    // a restriction lifted whose imposition is told was imposed, an act of its own with its own date (none when not told)
    ['Bangladeshi authorities restored mobile internet services on Sunday and further eased a curfew imposed on July 19.', ['CONCEDE 081 occurred BGDGOV->BGD', 'COERCE 1721 occurred BGDGOV->BGD']],
    ['Tanzanian President Samia Suluhu Hassan on Tuesday lifted a ban on opposition political rallies imposed by her predecessor John Magufuli in 2016.', ['CONCEDE 081 occurred TZAGOV->TZAOPP', 'COERCE 1721 occurred TZAGOV->TZAOPP']],
    ['Senegal restored mobile internet access on Wednesday, days after the government suspended it.', ['CONCEDE 081 occurred SEN->-', 'COERCE 1721 occurred SENGOV->SEN']],
    ['Senegal restored mobile internet access on Wednesday.', ['CONCEDE 081 occurred SEN->-']],
    // a war of a compound subject ("their war") is each side's attack on the other; a war ended or in truce was fought; bare "war" is none
    ['Iran and Iraq have agreed to a ceasefire in their eight-year war.', ['AGREE 030 occurred IRN->IRQ', 'AGREE 030 occurred IRQ->IRN', 'ASSAULT 190 occurred IRN->IRQ', 'ASSAULT 190 occurred IRQ->IRN']],
    ['The talks aim to end the war between Russia and Ukraine.', ['ASSAULT 190 occurred RUS->UKR', 'ASSAULT 190 occurred UKR->RUS']],
    ['Washington should join Moscow in a diplomatic initiative to end the war, the analyst said.', []],
    // "pressed their offensive" is an attack, not a demand; readiness to carry on a war is a threat
    ['Russian forces pressed their offensive in the eastern Donetsk region on Monday.', ['ASSAULT 190 occurred RUSMIL->UKR']],
    ['Iran was ready to continue and perhaps step up the Gulf shipping war against Iraq.', ['THREATEN 138 occurred IRN->IRQ']],
    // two leaders of two countries who agree together met to do it; countries alone, or a meeting already told, add none
    ['Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday to resume regular visits.',
      ['AGREE 036 occurred JPNGOV->KORGOV', 'AGREE 036 occurred KORGOV->JPNGOV', 'CONSULT 040 occurred JPNGOV->KORGOV', 'CONSULT 040 occurred KORGOV->JPNGOV']],
    ['Armenia and Azerbaijan agreed on Thursday to free prisoners.', ['AGREE 035 occurred ARM->AZE', 'AGREE 035 occurred AZE->ARM']],
    // "the two neighbours" are two states (not the U.N. that brokered their truce); a ceasefire of two is each way
    ['BAGHDAD, Aug 20 - Iran and Iraq stopped firing along their front today as a ceasefire arranged by U.N. Secretary-General Javier Perez de Cuellar took effect, ending nearly eight years of war between the two neighbours.',
      ['RETREAT 0871 occurred IRN->IRQ', 'RETREAT 0871 occurred IRQ->IRN', 'ASSAULT 190 occurred IRN->IRQ', 'ASSAULT 190 occurred IRQ->IRN']],
    // a release in exchange for someone is answered by a release the other way
    ['Russia freed U.S.-Russian dual national Ksenia Karelina on Thursday in exchange for Arthur Petrov, a Russian-German citizen held in the United States.', ['RETREAT 0841 occurred RUS->USA', 'RETREAT 0841 occurred USA->RUS']],
    // border crossings closed; an exercise named between its verb and its noun; people of a country expelled
    ['KATHMANDU, March 24 - India closed all but two of its 21 border crossings with Nepal today.', ['SANCTION 163 occurred IND->NPL']],
    ['SEOUL, March 10 (Yonhap) -- South Korea and the United States began their annual Freedom Shield military exercise on Monday.', ['COOPERATE 062 occurred KOR->USA', 'COOPERATE 062 occurred USA->KOR']],
    ['Moscow expelled 25 Britons on Friday.', ['COERCE 174 occurred RUSGOV->GBR']],
    // an act condemned with no doer named is aimed at every doer of the last such act; a demonym on the act names its doer
    ['SEOUL, March 10 (Yonhap) -- South Korea and the United States began their annual military exercise on Monday. North Korea on Sunday condemned the drills as a rehearsal for invasion.',
      ['COOPERATE 062 occurred KOR->USA', 'COOPERATE 062 occurred USA->KOR', 'ACCUSE 111 occurred PRK->KOR', 'ACCUSE 111 occurred PRK->USA']],
    ['Spain, Ireland and Norway recognised a Palestinian state. Israel called the Slovenian decision a reward for terrorism.',
      ['SUPPORT 054 occurred ESP->PSE', 'SUPPORT 054 occurred IRL->PSE', 'SUPPORT 054 occurred NOR->PSE', 'ACCUSE 111 occurred ISR->SVN']],
    // ties upgraded are closer relations (050), each way for two; a body a title is of stays inside the compound
    ['HANOI (Reuters) - U.S. President Joe Biden and Vietnamese Communist Party chief Nguyen Phu Trong upgraded ties between the former enemies to a comprehensive strategic partnership on Sunday.',
      ['SUPPORT 050 occurred USAGOV->VNMGOV', 'SUPPORT 050 occurred VNMGOV->USAGOV']],
    ['Vietnam elevated the United States to its highest diplomatic tier on Sunday.', ['SUPPORT 050 occurred VNM->USA']],
    // two people of one code are one party: no talks between them
    ['Yeutter and Agriculture Secretary Richard Lyng will discuss agriculture during their stay.', []],
    // an attack announced on a condition threatens the parties of the condition, and would be on them
    ['North Korean leader Kim Jong Un said his country would use nuclear weapons without hesitation if South Korea and the United States attempted to use armed force against it.',
      ['ASSAULT 204 hypothetical PRKGOV->KOR', 'ASSAULT 204 hypothetical PRKGOV->USA', 'THREATEN 138 occurred PRKGOV->KOR', 'THREATEN 138 occurred PRKGOV->USA']],
    // (the drills the threat waits on are a possible joint act of the pair, "went ahead with" giving them their actors)
    ['Kim Yo Jong warned on Sunday that Pyongyang would take overwhelming military action if the United States and South Korea went ahead with joint drills.',
      ['THREATEN 138 occurred PRKGOV->USA', 'THREATEN 138 occurred PRKGOV->KOR', 'ASSAULT 190 hypothetical PRKGOV->USA', 'ASSAULT 190 hypothetical PRKGOV->KOR',
        'COOPERATE 062 hypothetical USA->KOR', 'COOPERATE 062 hypothetical KOR->USA']],
    // an act alleged in a charge is the charge's, not asserted
    ['Iraq charged that Iran had attacked its ships.', ['ACCUSE 112 occurred IRQ->IRN']],
    // U.N. bodies by their names; people helped where they are; money contributed; political freedoms restricted
    ["The U.N. World Food Programme said on Friday it had delivered hot meals to more than 10,000 people in Port-au-Prince.", ['AID 073 occurred IGOWFP->HTI']],
    ['Britain will also contribute 1.3 mln sterling to the U.N. refugee agency, UNHCR, for refugees in neighbouring countries.', ['AID 071 intended GBR->IGOUN']],
    ['DHAKA (Reuters) - The government shut down the internet on Friday.', ['COERCE 1721 occurred BGDGOV->BGD']],
    ['ISTANBUL (Reuters) - Authorities restricted access to social media platforms on Wednesday.', ['COERCE 1721 occurred TURGOV->TUR']],
    // street action: followers of a leader of no country named are of the story's country; pits occupied; strikes observed; tractors driven in
    ['LIMA, Dec 12 (AP) - Supporters of ousted President Pedro Castillo blocked highways across southern Peru on Sunday.', ['PROTEST 144 occurred PER->PERGOV']],
    ['WARSAW, Aug 22 - Striking coal miners occupied at least ten pits in Silesia on Monday.', ['PROTEST 143 occurred POL->-', 'PROTEST 144 occurred POL->-']],
    ['JERUSALEM, Dec 21 - Palestinians observed a general strike today.', ['PROTEST 143 occurred PSE->-']],
    ['Russian troops occupied the airport on Monday.', []],
    // mediators and delegations named by demonyms are their governments; a meeting mediated by a third party is mediation between its parties
    ['Egyptian and Qatari mediators held separate talks with Hamas and Israeli delegations in Cairo on Monday.',
      ['CONSULT 040 occurred EGYGOV->PSEREB', 'CONSULT 040 occurred EGYGOV->ISRGOV', 'CONSULT 040 occurred QATGOV->PSEREB', 'CONSULT 040 occurred QATGOV->ISRGOV']],
    ['Ethiopian Prime Minister Abiy Ahmed held talks with Somali President Hassan Sheikh Mohamud in Ankara on Wednesday, in a meeting mediated by Turkey.',
      ['CONSULT 040 occurred ETHGOV->SOMGOV', 'CONSULT 045 occurred TUR->ETHGOV', 'CONSULT 045 occurred TUR->SOMGOV']],
    // armed groups named by a demonym are that country's rebels
    ['Israeli helicopter gunships attacked Palestinian guerrilla positions near Sidon in southern Lebanon today.', ['ASSAULT 190 occurred ISRMIL->PSEREB']],
    // a village abroad that the story names nothing else of is a town of the dispatch's country; armed groups by name; names of the time
    ["N'DJAMENA, March 23 - Libyan warplanes had bombed the northern town of Arada in retaliation.", ['ASSAULT 195 occurred LBYMIL->TCD']],
    ['LIMA, May 19 - Shining Path guerrillas attacked an army patrol in the central Andes on Wednesday.', ['ASSAULT 190 occurred PERREB->PERMIL']],
    ['MANILA, March 4 - Communist rebels killed 18 soldiers on Mindanao island in the southern Philippines, the army said.', ['ASSAULT 180 occurred PHLREB->PHLMIL']],
    ['The World Bank said it has extended loans totalling 241 mln dlrs to Niger and Zaire.', ['AID 071 occurred IGOWB->NER', 'AID 071 occurred IGOWB->COD']],
    // heads joined by `and` are one group; an -s form after a counted name is a noun
    ['U.S. and British warplanes and warships struck more than 60 Houthi targets in Yemen early on Friday.', ['ASSAULT 190 occurred USAMIL->YEMREB', 'ASSAULT 190 occurred GBRMIL->YEMREB']],
    ['The U.S. charges that the Europeans are violating the rules.', ['ACCUSE 112 occurred USA->-']],
    // an accusation of the government of the country just acted on is of its government
    ['WASHINGTON, May 1 - President Reagan imposed a trade embargo on Nicaragua on Wednesday, accusing its Sandinista government of aggression against its neighbours.', ['SANCTION 163 occurred USAGOV->NIC', 'ACCUSE 112 occurred USAGOV->NICGOV']],
    // police or peacekeepers sent abroad are protection (AID 074); obligations to an ally suspended reduce relations (160)
    ['Kenya will send 600 police officers to Haiti.', ['AID 074 intended KEN->HTI']],
    ['The United States formally suspended its security obligations to New Zealand under the ANZUS alliance on Monday.', ['SANCTION 160 occurred USA->NZL']],
    // conscription activated is a mobilisation; authorities described by a word are still the country's rulers
    ["Myanmar's junta activated a conscription law on Saturday requiring young men and women to serve in the armed forces.", ['MOBILIZE 154 occurred MMRGOV->-']],
    ['WARSAW, April 17 - The communist authorities outlawed Solidarity under martial law in 1982.', ['COERCE 1722 occurred POLGOV->-']],
    // a truce between two told as in force is each side's; one sought is none
    ['BAGHDAD, Aug 20 - A ceasefire between Iran and Iraq took effect at dawn on Saturday.', ['RETREAT 0871 occurred IRN->IRQ', 'RETREAT 0871 occurred IRQ->IRN']],
    ['The Secretary General pursued efforts to obtain a ceasefire between Iran and Iraq.', []],
    // a warning that one's side would strike is a threat of force, and beside it the attack, possible, by the side named
    ['TEHRAN, July 18 - Prime Minister Mir Hossein Mousavi warned on Friday that Iran would strike at American warships if the United States went ahead with its plan.',
      ['THREATEN 138 occurred IRNGOV->USAMIL', 'ASSAULT 190 hypothetical IRN->USAMIL']],
    ['Israeli Prime Minister Benjamin Netanyahu warned that Israel would strike hard if Hezbollah violated the truce.', ['THREATEN 138 occurred ISRGOV->LBNREB', 'ASSAULT 190 hypothetical ISR->LBNREB']],
    // forces strengthened on a condition: a possible mobilisation and a threat to the parties of the condition
    ["Russia will have to strengthen its forces in the Baltic region, including with nuclear weapons, if Sweden and Finland join NATO, Dmitry Medvedev, deputy chairman of Russia's Security Council, said on Thursday.",
      ['MOBILIZE 154 hypothetical RUS->-', 'THREATEN 130 occurred RUSGOV->SWE', 'THREATEN 130 occurred RUSGOV->FIN']],
    // an ultimatum is a threat; money deposited with another's central bank is aid; forces on the highest readiness, jets scrambled
    ["The Economic Community of West African States on Sunday gave Niger's coup leaders one week to reinstate President Mohamed Bazoum.", ['THREATEN 130 occurred IGOECOWAS->NERGOV', 'REQUEST 100 requested IGOECOWAS->NERGOV']],
    ["Saudi Arabia has deposited $2 billion with Pakistan's central bank, Finance Minister Ishaq Dar said on Tuesday.", ['AID 071 occurred SAU->PAKBUS']],
    ['Poland put its air defences on the highest state of readiness and scrambled fighter jets early on Wednesday.', ['MOBILIZE 152 occurred POL->-']],
    ['The coach gave the players two days to rest.', []],
    // a visit for talks with a named host is to that host
    ['ADDIS ABABA (Reuters) - Somali President Hassan Sheikh Mohamud arrived in Addis Ababa on Saturday for talks with Ethiopian Prime Minister Abiy Ahmed.', ['CONSULT 042 occurred SOMGOV->ETHGOV']],
    ['Thatcher will visit Washington next month for talks with President Reagan.', ['CONSULT 042 intended GBRGOV->USAGOV']],
    // attacks kept up or stepped up are attacks; a vow to keep them up is a threat
    ['The Houthis vowed on Friday to keep up their attacks.', ['THREATEN 138 occurred YEMREB->-']],
    ['The company will step up its attacks on the market.', []],
    // "what X said were": the one who says so is no target
    ["Pakistani warplanes struck what Islamabad said were Pakistani Taliban hideouts in Afghanistan's Khost province early on Monday.", ['ASSAULT 190 occurred PAKMIL->PAKREB']],
    // two leaders agreeing "at talks in Tokyo" met: a place of theirs is no third party
    ['Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday to resume regular visits at talks in Tokyo.', ['AGREE 036 occurred JPNGOV->KORGOV', 'AGREE 036 occurred KORGOV->JPNGOV', 'CONSULT 040 occurred JPNGOV->KORGOV', 'CONSULT 040 occurred KORGOV->JPNGOV']],
    // export curbs lifted are sanctions eased; the sanctions "it imposed" were imposed
    ['Kishida said Tokyo would lift export curbs on South Korea, which it imposed in 2019.', ['RETREAT 085 intended JPNGOV->KOR', 'SANCTION 163 occurred JPNGOV->KOR']],
    // a person of no known country held by a state is of that state; a country holding one of its own has no other party
    ['Honduran police arrested former President Juan Orlando Hernandez on Monday.', ['COERCE 173 occurred HNDCOP->HND']],
    ['Belarus arrested Roman Protasevich on Sunday.', ['COERCE 173 occurred BLR->-']],
    // a lower-case defence ministry is the military's; an embargo called illegal accuses the one who imposed it
    ["Taiwan's defence ministry condemned the drills.", ['ACCUSE 111 occurred TWNMIL->-']],
    ['President Reagan imposed a trade embargo on Nicaragua on Wednesday. Managua called the embargo illegal.', ['SANCTION 163 occurred USAGOV->NIC', 'ACCUSE 111 occurred NICGOV->USAGOV']],
    // protests an act set off are the street's, against the government named; a body of states marches nowhere; a protest "from" someone is a complaint
    ['Georgian riot police detained dozens of protesters in Tbilisi overnight, after Prime Minister Irakli Kobakhidze suspended talks on joining the European Union on Nov. 28, sparking nightly rallies against the government.', ['COERCE 173 occurred GEOCOP->GEO', 'SANCTION 164 occurred GEOGOV->IGOEU', 'PROTEST 141 occurred GEO->GEOGOV']],
    ['The tax has provoked strong protests from exporters led by the United States.', []],
    // an attack announced to the one warned is a threat of force and, beside it, the attack; its object is the one threatened
    ['Iran warned on Tuesday that it would attack U.S. warships, Tehran radio said.', ['THREATEN 138 occurred IRN->USAMIL', 'ASSAULT 190 hypothetical IRN->USAMIL']],
    // force announced ("said they could use force") is an attack announced; "said that Moscow would respond militarily" a threat of force
    ['ECOWAS warned it could use force.', ['THREATEN 138 occurred IGOECOWAS->-', 'ASSAULT 190 hypothetical IGOECOWAS->-']],
    ['Putin said that Moscow would respond militarily.', ['THREATEN 138 occurred RUSGOV->-']],
    // a nickname in quotes inside a name
    ['Haitian gang leader Jimmy "Barbecue" Cherizier warned of civil war on Tuesday.', ['THREATEN 138 occurred HTIREB->-']],
    // one word of office inside a tagged name is its title; "South American" is no demonym of the United States
    ['Brazilian President Luiz Inacio Lula da Silva hosted Venezuelan President Nicolas Maduro in Brasilia on Monday and defended his government.', ['CONSULT 043 occurred BRAGOV->VENGOV']],
    ['Virtually all Latin American leaders backed the Brazilian suspension of interest payments.', ['SANCTION 160 occurred BRA->-']],
    // agreed "in a phone call on Tuesday to": the agreement, and the call it was made in (041), for countries too
    ['Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon agreed in a phone call on Tuesday to finish demarcating their disputed border.', ['AGREE 030 occurred KGZGOV->TJKGOV', 'AGREE 030 occurred TJKGOV->KGZGOV', 'CONSULT 041 occurred KGZGOV->TJKGOV', 'CONSULT 041 occurred TJKGOV->KGZGOV']],
    ['Armenia and Azerbaijan agreed in talks in Brussels on Thursday to free prisoners.', ['AGREE 035 occurred ARM->AZE', 'AGREE 035 occurred AZE->ARM', 'CONSULT 040 occurred ARM->AZE', 'CONSULT 040 occurred AZE->ARM']],
    // an apposition of the one extradited is read past; suspects sent to another state are handed over (063); "alleged" describes them
    ["Mexico extradited Ovidio Guzman, a son of drug lord Joaquin 'El Chapo' Guzman, to the United States on Friday.", ['COOPERATE 063 occurred MEX->USA']],
    ['Mexico sent 29 alleged drug cartel figures to the United States on Thursday.', ['COOPERATE 063 occurred MEX->USA']],
    // a word of a longer title is no rank: an attorney general is no general
    ['U.S. Attorney General Merrick Garland thanked Mexico on Friday.', ['SUPPORT 051 occurred USAJUD->MEX']],
    // a crowd placed by a phrase before its verb is of the place's country; a crowd in a sentence about one country is of it
    ['GDANSK, Poland, Aug 23 - Workers at the Lenin shipyard in Gdansk went on strike on Monday.', ['PROTEST 143 occurred POL->-']],
    ["Georgian police detained more than 100 people overnight as thousands rallied for a third night against the government's decision.", ['COERCE 173 occurred GEOCOP->GEO', 'PROTEST 141 occurred GEO->GEOGOV']],
    ['Thousands of Serbians rallied for a second week in Belgrade.', ['PROTEST 141 occurred SRB->-']],
    ['The dollar rallied for a third day against the yen.', []],
    // stoning police vehicles is a riot, against the police
    ['JOHANNESBURG, July 22 - Black youths stoned police vehicles in townships outside Port Elizabeth on Sunday.', ['PROTEST 145 occurred ZAF->ZAFCOP']],
    // a people placed by a phrase ("Palestinians in the occupied West Bank and Gaza Strip"); "West Bank" is a place, "a general strike" no officer
    ['Palestinians in the occupied West Bank and Gaza Strip observed a general strike today.', ['PROTEST 143 occurred PSE->-']],
    // a treaty suspended reduces relations; airspace closed to another state is a sanction
    ['New Delhi suspended a 1960 water-sharing treaty on Wednesday.', ['SANCTION 160 occurred INDGOV->-']],
    ['Pakistan said it had closed its airspace to Indian airlines.', ['SANCTION 163 occurred PAK->IND']],
    // the first to do an act did it
    ['Algeria and Malaysia on Tuesday became the first countries to recognise the independent Palestinian state.', ['SUPPORT 054 occurred DZA->PSE', 'SUPPORT 054 occurred MYS->PSE']],
    // a comma inside a list of things does not end the reach of a recipient
    ['Soviet President Mikhail Gorbachev threatened on Friday to cut off supplies of oil, gas and other goods to Lithuania.', ['THREATEN 131 occurred SUNGOV->LTU']],
    // gangs are no name further back but of the one country the sentence names; a transitional presidential council governs; Kosovo is XKX
    ["Haiti's transitional presidential council asked the U.N. Security Council on Wednesday to help, a day after gangs attacked a police station.", ['REQUEST 020 requested HTIGOV->IGOUN', 'ASSAULT 190 occurred HTIREB->HTICOP']],
    ['PORT-AU-PRINCE, Aug 27 (Reuters) - Gangs attacked a police station on Tuesday.', ['ASSAULT 190 occurred HTIREB->HTICOP']],
    ['The European Union urged Serbia and Kosovo on Monday to take immediate steps to ease tensions.', ['REQUEST 020 requested IGOEU->SRB', 'REQUEST 020 requested IGOEU->XKX']],
    // an apposition opened by "this year's" is read past to the name; its date is none of the act's
    ["Malaysian Prime Minister Anwar Ibrahim, this year's ASEAN chair, met Myanmar military leader Min Aung Hlaing in Bangkok on Thursday.", ['CONSULT 040 occurred MYSGOV->MMRMIL']],
    // the Taliban rule Afghanistan from 15 August 2021
    ["KABUL (Reuters) - Afghanistan's Taliban administration on Thursday rejected a United Nations call to lift its ban on women working for aid groups.", ['REJECT 120 occurred AFGGOV->IGOUN', 'REQUEST 100 requested IGOUN->AFGGOV']],
    // an act dismissed as a sham accuses its doer
    ['PHNOM PENH, Sept 26 - Vietnam today completed the withdrawal of its troops from Cambodia, but China dismissed the pullout as a sham.', ['RETREAT 087 occurred VNM->KHM', 'ACCUSE 111 occurred CHN->VNM']],
    // a sanction a warning announces is a threat and, beside it, the sanction as possible; a joint body set up is cooperation
    ["The African Union's Peace and Security Council warned it could suspend Niger from all its activities if the junta failed to comply.", ['THREATEN 131 occurred IGOAU->NER', 'SANCTION 160 hypothetical IGOAU->NER']],
    ['West Germany and France today set up a joint security council.', ['COOPERATE 060 occurred DEU->FRA', 'COOPERATE 060 occurred FRA->DEU']],
    ['The company set up a joint venture with Toyota.', []],
    // a government's appeal to "the rebels" is to its own country's
    ['SAN SALVADOR, Oct 13 - President Jose Napoleon Duarte appealed to the rebels to halt attacks.', ['REQUEST 020 requested SLVGOV->SLVREB']],
    // "the two forces", "the two sides" of one country in its civil war; an invasion told by its doer alone is on the one other country named
    ["Sudan's army and the Rapid Support Forces agreed to a truce. Clashes between the two sides resumed on Saturday.", ['AGREE 030 occurred SDNMIL->SDNREB', 'AGREE 030 occurred SDNREB->SDNMIL', 'ASSAULT 190 occurred SDNMIL->SDNREB', 'ASSAULT 190 occurred SDNREB->SDNMIL']],
    ["Ukraine has received aid since Russia's full-scale invasion in February 2022.", ['ASSAULT 192 occurred RUS->UKR']],
    ['The invasion was condemned.', []],
    // "his country would use nuclear weapons": the warner's country attacks; the threat is to every party of the condition
    ['North Korean leader Kim Jong Un warned that his country would use nuclear weapons without hesitation if South Korea and the United States attacked it.', ['THREATEN 138 occurred PRKGOV->KOR', 'THREATEN 138 occurred PRKGOV->USA', 'ASSAULT 190 hypothetical PRK->KOR', 'ASSAULT 190 hypothetical PRK->USA']],
    // a force readied with no one named faces the side whose hostile act it answers
    ['KUWAIT, July 24 - Iraq has moved about 30,000 troops to its border with Kuwait, Western diplomats said today, while Kuwait put its forces on alert.', ['MOBILIZE 154 occurred IRQ->KWT', 'MOBILIZE 152 occurred KWT->IRQ']],
    ['Russia held drills on Monday.', ['MOBILIZE 150 occurred RUS->-']],
    // a participle right after its noun with a `by` agent is a passive ("an agreement signed by Gandhi and Reagan"); without `by` the
    // noun is a subject ("Sudan's Rapid Support Forces threatened"); two countries after `by` both act
    ['This transaction was seen as a test of a technology-sharing agreement signed by Prime Minister Rajiv Gandhi and President Reagan in 1985.', ['SUPPORT 057 occurred INDGOV->USAGOV', 'SUPPORT 057 occurred USAGOV->INDGOV']],
    ["Sudan's Rapid Support Forces threatened on Saturday to shoot down any army aircraft flying over Darfur.", ['THREATEN 138 occurred SDNREB->-', 'ASSAULT 190 hypothetical SDNREB->-']],
    ['The accord was signed on Monday by Armenia and Azerbaijan.', ['SUPPORT 057 occurred ARM->AZE', 'SUPPORT 057 occurred AZE->ARM']],
    ['It was the second production sharing contract signed by the company this year.', []],
    // "saying the raids would continue": a threat of force by the sentence's subject; "military strongman General" is a title
    ['BAGHDAD, March 1 - Iraq fired missiles at Tehran on Tuesday and warned residents of Iranian cities to leave, saying the raids would continue until Iran stopped shelling Iraqi border towns.', ['ASSAULT 195 occurred IRQ->IRN', 'THREATEN 138 occurred IRQ->IRN', 'ASSAULT 190 hypothetical IRQ->IRN']],
    ["PANAMA CITY, May 25 - Panama's military strongman General Manuel Antonio Noriega on Wednesday rejected a U.S. offer to drop drug charges against him.", ['REJECT 120 occurred PANMIL->USA', 'AGREE 030 occurred USA->PANMIL']],
    // a second infinitive of the one caused was done as the first; manoeuvres denounced as a rehearsal for invasion accuse their doers
    ['SEOUL, March 10 - Some 200,000 U.S. and South Korean troops began the annual Team Spirit military exercise on Tuesday, prompting North Korea to put its armed forces on a war footing and to denounce the manoeuvres as a rehearsal for invasion.', ['COOPERATE 062 occurred USAMIL->KORMIL', 'COOPERATE 062 occurred KORMIL->USAMIL', 'MOBILIZE 152 occurred PRK->-', 'ACCUSE 111 occurred PRK->USAMIL', 'ACCUSE 111 occurred PRK->KORMIL']],
    // a force readied "in response to" an act told after it faces that act's doer; a build-up of troops near a border
    ["NATO said on Monday it was putting forces on standby in response to Russia's build-up of more than 100,000 troops near Ukraine's border.", ['MOBILIZE 152 occurred IGONATO->RUS', 'MOBILIZE 154 occurred RUS->UKR']],
    // "both sides", "both countries" name the pair as "the two" does; a visit is no act each way
    ['India and Pakistan exchanged fire on Monday. The U.N. urged both countries to show restraint.', ['ASSAULT 190 occurred IND->PAK', 'ASSAULT 190 occurred PAK->IND', 'REQUEST 020 requested IGOUN->IND', 'REQUEST 020 requested IGOUN->PAK']],
    ['He said teams had already been to South Korea and Taiwan, while a delegation would also visit Europe.', []],
    // a plan brushed aside is rejected
    ["Russian Foreign Minister Sergei Lavrov on Thursday brushed aside Ukraine's ten-point peace plan.", ['REJECT 120 occurred RUSGOV->UKR']],
    // kidnappers no one names are the dispatch country's armed men, whoever they are said to back
    ['BEIRUT, April 22 - Pro-Iranian kidnappers freed American hostage Robert Polhill in west Beirut on Sunday.', ['RETREAT 0841 occurred LBNREB->USA']],
    // an act "ahead of" which something happens is still to come
    ['BEIJING, May 13 - Students raised pressure on the government ahead of a visit by Soviet leader Mikhail Gorbachev, who is due on May 15.', ['CONSULT 042 intended SUNGOV->CHN']],
    // "Tigrayan forces" are an armed movement (ETHREB); a mediation with no parties named is between the pair that acted just before
    ["South Africa's foreign ministry on Sunday welcomed the peace deal signed in Pretoria on Wednesday by Ethiopia's government and Tigrayan forces after ten days of talks mediated by the African Union.", ['SUPPORT 051 occurred ZAFGOV->ETHGOV', 'SUPPORT 051 occurred ZAFGOV->ETHREB', 'SUPPORT 057 occurred ETHGOV->ETHREB', 'SUPPORT 057 occurred ETHREB->ETHGOV', 'CONSULT 045 occurred IGOAU->ETHGOV', 'CONSULT 045 occurred IGOAU->ETHREB', 'CONSULT 040 occurred ETHGOV->ETHREB', 'CONSULT 040 occurred ETHREB->ETHGOV']],
    ['Contra rebels attacked a Sandinista army post on Monday.', ['ASSAULT 190 occurred NICREB->NICMIL']],
    // a subject after "after" read past its relative clause ("whom ... accuse Rwanda of backing"); a deadline is no date of an act done
    ['Talks were brokered by the United States, three months after M23 rebels, whom Congo and U.N. experts accuse Rwanda of backing, seized the eastern city of Goma.', ['ASSAULT 192 occurred CODREB->COD']],
    // "three months after" counts back by months, as "three months ago" does
    ['The talks began on Friday, three months after Russia attacked Kyiv.', ['ASSAULT 190 occurred RUS->UKR']],
    // a verb after `and` inside an "after" clause has that clause's subject; a measure announced and called unacceptable accuses its doer;
    // "a 30% security tariff on all imports from Colombia": the goods' country
    ['Mexico broke off diplomatic relations with Ecuador after Ecuadorean police forced their way into the Mexican embassy in Quito late on Friday and arrested former Vice President Jorge Glas.', ['SANCTION 161 occurred MEX->ECU', 'COERCE 173 occurred ECUCOP->ECU']],
    ["Ecuador will impose a 30% security tariff on all imports from Colombia from Feb. 1, President Daniel Noboa said on Tuesday. Colombia's trade minister, Diana Morales, called the measure unacceptable.", ['SANCTION 163 intended ECU->COL', 'ACCUSE 111 occurred COLGOV->ECU']],
    // joint operations against a group are each partner's attack on it; a verb after `and` ends the reach of a recipient
    ['Nigerian and Cameroonian troops launched joint operations against Boko Haram fighters around Lake Chad on Tuesday.', ['COOPERATE 062 occurred NGAMIL->CMRMIL', 'COOPERATE 062 occurred CMRMIL->NGAMIL', 'ASSAULT 190 occurred NGAMIL->NGAREB', 'ASSAULT 190 occurred CMRMIL->NGAREB']],
    ['Nicaragua freed 222 political prisoners on Thursday and flew them to the United States.', ['RETREAT 0841 occurred NIC->-']],
    // police flown into a territory are a police deployment (153)
    ['NOUMEA (Reuters) - France began flying 1,000 extra police officers into New Caledonia on Thursday.', ['MOBILIZE 153 occurred FRA->NCL']],
    // legal status restored (0812) and civil rights restored (0833) are concessions; army officers are the army's
    ['WARSAW, April 17 - A Warsaw court on Monday restored legal status to the Solidarity trade union.', ['CONCEDE 0812 occurred POLJUD->POLOPP']],
    ["SEOUL, July 10 - South Korea's government on Friday restored the civil rights of opposition leader Kim Dae-jung.", ['CONCEDE 0833 occurred KORGOV->KOROPP']],
    ['BRAZIL TEMPORARILY LEGALISES DLR PARALLEL MARKET', []],
    ["LIBREVILLE (Reuters) - Gabon's new military rulers restored internet access on Thursday, a day after army officers placed President Ali Bongo under house arrest.", ['CONCEDE 081 occurred GABGOV->GAB', 'COERCE 173 occurred GABMIL->GABGOV']],
    // "and" joining two modifiers inside a pattern's gap; a day told as "earlier" is no date of an act to come
    ['UNITED NATIONS, Aug 6 - The U.N. Security Council on Monday imposed a sweeping trade and financial embargo on Iraq.', ['SANCTION 163 occurred IGOUN->IRQ']],
    ['Beijing will take resolute and forceful countermeasures against Washington.', ['THREATEN 130 occurred CHNGOV->USAGOV']],
    // a vow to avenge an act is a threat to the country that did it (the act avenged is the warship's, named after the airliner)
    ['NICOSIA, July 4 - Iranian President Ali Khamenei vowed on Monday to avenge the downing of an Iran Air airliner by a U.S. warship in the Gulf on Sunday.', ['THREATEN 138 occurred IRNGOV->USA', 'ASSAULT 190 occurred USAMIL->IRN']],
    // "jailed" describes the noun inside a gap; food dropped over a place is aid
    ['Mexico sent 29 jailed drug cartel figures to the United States on Thursday.', ['COOPERATE 063 occurred MEX->USA']],
    ['Indian air force planes dropped food and medicine over the Jaffna peninsula on Thursday.', ['AID 073 occurred INDMIL->LKA']],
    // peacekeepers are a country's forces; an act begun is under way
    ["Russian peacekeepers have begun withdrawing from Azerbaijan's Karabakh region, Kremlin spokesman Dmitry Peskov confirmed on Wednesday.", ['RETREAT 087 occurred RUSMIL->AZE']],
    ['Russian peacekeepers began to withdraw from Syria on Wednesday.', ['RETREAT 087 occurred RUSMIL->SYR']],
    // a claimant recognised as the winner is supported (054)
    ["Peru recognises Venezuelan opposition candidate Edmundo Gonzalez as the winner of the presidential election.", ['SUPPORT 054 occurred PER->VENOPP']],
    // violence condemned accuses its doer; sanctions the bloc "would consider" are a threat and, beside it, possible sanctions
    ['Georgian riot police detained dozens of protesters in Tbilisi overnight. EU foreign policy chief Kaja Kallas condemned the violence against peaceful demonstrators and said the bloc would consider sanctions against Georgian officials responsible.', ['COERCE 173 occurred GEOCOP->GEO', 'ACCUSE 111 occurred IGOEU->GEOCOP', 'THREATEN 131 occurred IGOEU->GEOGOV', 'SANCTION 163 hypothetical IGOEU->GEOGOV']],
    // the ANC was the opposition until May 1994; "meeting one of the main demands" concedes them, "meet demand" (for goods) does not
    ['Ecuador had enough oil to meet domestic demand for about 35 days.', []],
    // intelligence services are their state's
    ['Iraqi and Turkish intelligence services killed a senior commander of the outlawed Kurdistan Workers Party (PKK) on Thursday.', ['ASSAULT 180 occurred IRQ->TURREB', 'ASSAULT 180 occurred TUR->TURREB']],
    // "said that police had detained": police after "that" with no country are of the one country the sentence names
    ['President Nicolas Maduro of Venezuela said on Friday that police had detained more than 1,200 people.', ['COERCE 173 occurred VENCOP->VEN']],
    // fighting between two named sides is each side's attack on the other; a pledge to fight a policy is none
    ['COLOMBO, June 4 - Sri Lankan troops fought Tamil separatist guerrillas on Monday.', ['ASSAULT 190 occurred LKAMIL->LKAREB', 'ASSAULT 190 occurred LKAREB->LKAMIL']],
    ['Ethiopian troops fought Eritrean troops near the border on Tuesday.', ['ASSAULT 190 occurred ETHMIL->ERIMIL', 'ASSAULT 190 occurred ERIMIL->ETHMIL']],
    ['Britain will fight protectionism, the minister said.', []],
    ["Iraq said its forces were battling to dislodge Iranian troops from territory they gained.", ['ASSAULT 190 occurred IRQMIL->IRNMIL']],
    // the day of an act between its doer and its noun; an attack on a post or a station needs no country named
    ["Blinken, on his fifth trip to the region since Hamas's Oct. 7 attack on Israel, met Netanyahu in Jerusalem.", ['CONSULT 040 occurred USAGOV->ISRGOV', 'ASSAULT 190 occurred PSEREB->ISR']],
    ['MANAGUA, April 9 - Contra rebels attacked a border post on Sunday.', ['ASSAULT 190 occurred NICREB->NICMIL']],
    ["Opposition leaders attacked the embassy's statement on Sunday.", []],
    // an act branded with its noun after a determiner ("the strikes", "the airdrop") accuses the one who did it
    ['India struck nine sites in Pakistan early on Wednesday. Prime Minister Shehbaz Sharif called the strikes an act of war.', ['ASSAULT 190 occurred IND->PAK', 'ACCUSE 111 occurred PAKGOV->IND']],
    ['Indian planes dropped food over Jaffna on Thursday. The Sri Lankan government called the airdrop a violation of its sovereignty.', ['AID 073 occurred IND->LKA', 'ACCUSE 111 occurred LKAGOV->IND']],
    // the accused named before a relative clause with no object ("diplomats it accused of spying"); its pronoun is the main subject's
    ['LONDON, Sept 12 - Britain today ordered the expulsion of 25 Soviet diplomats and journalists it accused of spying.', ['SANCTION 161 occurred GBR->SUNGOV', 'COERCE 174 occurred GBR->SUNMED', 'ACCUSE 112 occurred GBR->SUNGOV']],
    ['The ministry accused of corruption was closed.', []],
    // "the alliance", "the bloc": the body of states named last before; "the ruling alliance" is none
    ['NATO sent more ships to eastern Europe. The Kremlin accused the alliance of stoking tensions.', ['ACCUSE 112 occurred RUSGOV->IGONATO']],
    ['The European Union imposed new sanctions on Moscow. The Kremlin criticised the 27-nation bloc on Tuesday.', ['SANCTION 163 occurred IGOEU->RUSGOV', 'ACCUSE 111 occurred RUSGOV->IGOEU']],
    ['The European Union imposed new sanctions on Moscow. Prime Minister Viktor Orban of Hungary criticised the ruling alliance on Tuesday.', ['SANCTION 163 occurred IGOEU->RUSGOV']],
    // an agreement "after two days of talks" comes out of a meeting of the two; a mediation between them is none of theirs
    ['Guinea-Bissau and Senegal agreed on Wednesday to set up a joint commission to police fishing rights, the two governments said after two days of talks between their fisheries ministers.', ['AGREE 0312 occurred GNB->SEN', 'AGREE 0312 occurred SEN->GNB', 'CONSULT 040 occurred GNB->SEN', 'CONSULT 040 occurred SEN->GNB']],
    // talks a third party mediates between two leaders named with their titles are a meeting of the two; a mediated deal alone is none
    ['Turkish President Tayyip Erdogan brokered talks in Ankara late on Wednesday between Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed.', ['CONSULT 045 occurred TURGOV->SOMGOV', 'CONSULT 045 occurred TURGOV->ETHGOV', 'CONSULT 040 occurred SOMGOV->ETHGOV', 'CONSULT 040 occurred ETHGOV->SOMGOV']],
    ['Qatar brokered a ceasefire deal between Congo and the M23 rebels on Saturday.', ['CONSULT 045 occurred QAT->COD', 'CONSULT 045 occurred QAT->CODREB']],
    // a person captured by a state's forces is arrested; a place or a number captured is none; protests crushed are repression;
    // police with no country in a story about one people's crowd are that people's
    ['Mexico extradited Ovidio Guzman to the United States on Friday, eight months after Mexican troops captured him in Culiacan.', ['COOPERATE 063 occurred MEX->USA', 'COERCE 173 occurred MEXMIL->MEX']],
    ['Chadian troops killed 384 Libyans and captured 48 in fighting near the air base of Ouadi Doum.', ['ASSAULT 180 occurred TCDMIL->LBY']],
    ['MANAGUA, July 22 - Police crushed the protests on Friday.', ['COERCE 175 occurred NICCOP->NIC']],
    ['Thousands of Belgian farmers drove tractors into central Brussels on Thursday, blocking streets. Police used water cannon to push them back.', ['PROTEST 144 occurred BEL->-', 'COERCE 175 occurred BELCOP->BEL']],
    // a demand told with a protest is the protesters'; an appeal to donors or the international community has no coded recipient
    ["SEOUL, June 18 - Tens of thousands of students marched through central Seoul on Thursday demanding an end to President Chun Doo-hwan's rule.", ['PROTEST 141 occurred KOR->KORGOV', 'REQUEST 100 requested KOR->KORGOV']],
    ['GDANSK, Poland, Aug 23 - Workers at the Lenin shipyard in Gdansk went on strike on Monday, demanding that the communist authorities legalise the banned Solidarity trade union.', ['PROTEST 143 occurred POL->POLGOV', 'REQUEST 100 requested POL->POLGOV']],
    ["Ethiopia's military government has asked Western donors for more trucks.", ['REQUEST 020 requested ETHGOV->-']],
    ['The U.N. World Food Programme said it had delivered meals. The agency urged donors to fund its Haiti operations.', ['REQUEST 020 requested IGOWFP->-']],
    // the act in "X's decision to ..." is X's, taken; what a rally is against beats where it is held
    ["TBILISI (Reuters) - Thousands of Georgians rallied outside parliament on Monday against the government's decision to suspend talks on joining the European Union.", ['PROTEST 141 occurred GEO->GEOGOV', 'SANCTION 164 occurred GEOGOV->IGOEU']],
    ["Investors pondered President Reagan's decision to impose tariffs on Japanese electronic goods.", ['SANCTION 163 occurred USAGOV->JPN']],
    ['The board said a decision to impose tariffs on Japan was not expected soon.', []],
    // a word of speech or commitment after "and" in a sentence whose first verb reports is the speaker's, not a passive;
    // a right to respond claimed is a threat to the side that struck
    ['U.S. jets bombed military targets in Tripoli on Tuesday. Libya said dozens of civilians had been killed and vowed to retaliate.', ['ASSAULT 195 occurred USAMIL->LBY', 'THREATEN 138 occurred LBY->USA']],
    ['India struck nine sites in Pakistan early on Wednesday. Pakistan said it reserved the right to respond.', ['ASSAULT 190 occurred IND->PAK', 'THREATEN 138 occurred PAK->IND']],
    ["That perception has wrecked Reagan's popularity and threatened to condemn him to lame duck status.", []],
    // an agreement signed in a relative clause on it: its subject (a pronoun, "his government", a pair) signed it, with the party named
    ['MANAGUA, April 14 - Ortega said Managua had freed 100 prisoners on Wednesday under the truce it signed with the Contra rebels at Sapoa last month.', ['RETREAT 0841 occurred NICGOV->NIC', 'SUPPORT 057 occurred NICGOV->NICREB']],
    ['KABUL, May 15 - The first Soviet troops began pulling out of Afghanistan today under the Geneva accords that Afghanistan and Pakistan signed last month.', ['RETREAT 087 occurred SUNMIL->AFG', 'SUPPORT 057 occurred AFG->PAK', 'SUPPORT 057 occurred PAK->AFG']],
    ['Colombian President Gustavo Petro asked the United Nations to send observers to verify the ceasefire his government signed with the ELN guerrilla group.', ['REQUEST 020 requested COLGOV->IGOUN', 'SUPPORT 057 occurred COLGOV->COLREB']],
    // planes that land with supplies bring aid, not a visit; aid with no one named goes where the aid told before went;
    // a loan named by its owner's demonym inherits no recipient
    ['Australian and New Zealand military planes landed in Tonga on Thursday with drinking water and emergency supplies. China said it would also send food and water.', ['AID 073 occurred AUSMIL->TON', 'AID 073 occurred NZLMIL->TON', 'AID 073 intended CHN->TON']],
    ['Australia flew relief supplies to Vanuatu on Wednesday. Baker said the Argentine loan was really the only one to criticize.', ['AID 073 occurred AUS->VUT']],
    // readiness for ties or talks with a party named is an intent to cooperate (030) or meet (036); "not prepared to comment" is none;
    // "the two governments" are the governments of the two countries named before
    ['Maduro said Caracas was ready for a new relationship with Washington.', ['AGREE 030 occurred VENGOV->USAGOV']],
    ['President Donald Trump said he was open to talks with Tehran on a new nuclear deal.', ['AGREE 036 occurred USAGOV->IRNGOV']],
    ['He said the utility was not prepared to comment on the plan.', []],
    ['Ethiopia and Djibouti met on Monday. The two governments signed an accord on Tuesday.', ['CONSULT 040 occurred ETH->DJI', 'CONSULT 040 occurred DJI->ETH', 'SUPPORT 057 occurred ETHGOV->DJIGOV', 'SUPPORT 057 occurred DJIGOV->ETHGOV']],
    // protests in the plural against or over something are the street's, with no doer named
    ["Georgian Prime Minister Irakli Kobakhidze on Monday rejected opposition demands for a rerun of the election, as protests against his government's decision entered a fifth night.", ['REJECT 120 occurred GEOGOV->GEOOPP', 'REQUEST 100 requested GEOOPP->GEOGOV', 'PROTEST 141 occurred GEO->GEOGOV']],
    // (a protest a state lodges is a diplomatic one, no street protest; against an act with no doer named it has no recipient)
    ['Japan lodged a protest against the tariffs.', ['ACCUSE 114 occurred JPN->-']],
    // a crowd a relative clause hangs on does its act
    ["Kazakh President Kassym-Jomart Tokayev accepted his government's resignation on Wednesday, bowing to protesters who stormed the mayor's office in Almaty overnight.", ['CONCEDE 0832 occurred KAZGOV->KAZ', 'PROTEST 145 occurred KAZ->KAZGOV']],
    // territory seized (192): a place captured, large parts of a province (rebels take their own country's); a person captured is
    // arrested; fighting alongside is no fight against
    ['KINSHASA, Jan 27 - The rebels said they had captured Goma, the largest city in eastern Congo, after a lightning advance.', ['ASSAULT 192 occurred CODREB->COD']],
    ["Congo's foreign ministry accused Rwanda on Sunday of sending troops to fight alongside M23 rebels who have seized large parts of North Kivu province.", ['ACCUSE 112 occurred CODGOV->RWA', 'ASSAULT 192 occurred CODREB->COD']],
    ['EC DRIVING TO CAPTURE BRAZIL WHEAT MARKET', []],
    // a war with no party of its own is the pair's the sentence is about; clashes between "their" troops are that pair's forces';
    // "at war with" in an apposition is the war of the one it is about; a war of words, a named war or a war modifier is none of theirs
    ['BAGHDAD, Aug 20 - A ceasefire between Iran and Iraq took effect at dawn on Saturday after nearly eight years of war.', ['RETREAT 0871 occurred IRN->IRQ', 'RETREAT 0871 occurred IRQ->IRN', 'ASSAULT 190 occurred IRN->IRQ', 'ASSAULT 190 occurred IRQ->IRN']],
    ['Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a treaty on Thursday settling the border, where clashes between their troops killed about 100 people.', ['SUPPORT 057 occurred KGZGOV->TJKGOV', 'SUPPORT 057 occurred TJKGOV->KGZGOV', 'ASSAULT 190 occurred KGZMIL->TJKMIL', 'ASSAULT 190 occurred TJKMIL->KGZMIL']],
    ["A convoy crossed into Sudan's Darfur region through the Adre crossing, which the army, at war with the paramilitary Rapid Support Forces since April 2023, closed in February.", ['ASSAULT 190 occurred SDNMIL->SDNREB', 'ASSAULT 190 occurred SDNREB->SDNMIL']],
    ['Bankers said this could revive the 1986 war of words between the U.S. and West Germany.', []],
    ['Yugoslavia and the United Arab Emirates have agreed to initiate efforts to end the Iraq-Iran war.', ['AGREE 030 occurred YUG->IRQ', 'AGREE 030 occurred ARE->IRQ']],
    // a name that opens a clause after "and" is its verb's subject, not the last act's object described; not to yield is a refusal
    ["China's military began large-scale drills around Taiwan on Tuesday, and Taiwan put its forces on alert.", ['MOBILIZE 150 occurred CHNMIL->TWN', 'MOBILIZE 152 occurred TWN->CHNMIL']],
    ['Lithuanian leader Vytautas Landsbergis said the republic would not bow to pressure from Moscow.', ['REJECT 124 occurred LTUGOV->RUSGOV']],
    // an attack told by a noun with its doer and no target is on the one the aid or plea of its sentence is for; a riot at the
    // police's things is against the police; an earthquake that struck is no attack
    ['Japan pledged on Tuesday to provide power transformers and loans to help Ukraine rebuild infrastructure wrecked by Russian missile strikes.', ['AGREE 033 occurred JPN->UKR', 'ASSAULT 195 occurred RUS->UKR']],
    ['JOHANNESBURG, July 22 - Black youths stoned police vehicles on Sunday.', ['PROTEST 145 occurred ZAF->ZAFCOP']],
    ["WELLINGTON, Dec 18 - New Zealand pledged NZ$1.5 million in emergency relief to Vanuatu on Wednesday, a day after a magnitude 7.3 earthquake struck the Pacific island nation's capital.", ['AGREE 033 occurred NZL->VUT']],
    // a capital written without its letters' marks is still its government ("Chisinau", "Bogota", "Brasilia")
    ['Moldova expelled two Russian diplomats on Friday after Chisinau accused Moscow of running a vote-buying scheme.', ['SANCTION 161 occurred MDA->RUSGOV', 'ACCUSE 112 occurred MDAGOV->RUSGOV']],
    // an act condemned in a relative clause on a noun of its kind, far from it, accuses all its doers
    ['Philippine and U.S. troops launched their annual Balikatan exercises on Monday, with some 17,000 personnel taking part in drills that Beijing has condemned as provocative.', ['COOPERATE 062 occurred PHLMIL->USAMIL', 'COOPERATE 062 occurred USAMIL->PHLMIL', 'ACCUSE 111 occurred CHNGOV->PHLMIL', 'ACCUSE 111 occurred CHNGOV->USAMIL']],
    // an invasion told by its doer alone, in a sentence naming several others, is on the one the sentence's aid is for or its
    // doer deals with; with none, no event; a war against drugs is no war on a country
    ['Germany will deliver four more IRIS-T air defence systems to Ukraine this year, Defence Minister Boris Pistorius said on Tuesday during a visit to Kyiv, his fourth since Russia\'s full-scale invasion in February 2022.', ['AID 072 intended DEU->UKR', 'CONSULT 042 occurred DEUMIL->UKR', 'ASSAULT 192 occurred RUS->UKR']],
    ["Exports have fallen since Russia's full-scale invasion, officials in Germany and France said.", []],
    ['The Senate refused to cut U.S. aid to Mexico as a protest it is failing to cooperate fully with the American war against drugs.', []],
    // the party a sentence opens with does every verb "and" joins to it; an attack on a place that frames a killing is the killers';
    // armed men of a group named right before them are the group; a clause's own subject does its participle after "since"
    ['Al Shabaab militants set off a suicide bomb and opened fire on a crowded beach in the Somali capital Mogadishu on Friday evening.', ['ASSAULT 190 occurred SOMREB->SOM']],
    ['Austin ordered the carrier group to the eastern Mediterranean on Sunday, a day after Hamas fighters killed hundreds of people in a surprise attack on southern Israel.', ['ASSAULT 190 occurred PSEREB->ISR']],
    ['Malaysian police said on Monday that an armed man killed one person in an attack on two petrol stations.', []],
    // the one thanked for an act did it; a border's closure named by a noun is a sanction by its owner
    ["Maduro thanked Qatar's emir for brokering the exchange.", ['SUPPORT 051 occurred VENGOV->QATGOV', 'CONSULT 045 occurred QATGOV->VENGOV']],
    ["Polish President Andrzej Duda on Tuesday praised Finland's closure of its entire land border with Russia.", ['SUPPORT 051 occurred POLGOV->FIN', 'SANCTION 163 occurred FIN->RUS']],
    // suspects handed over to a party named before them are judicial cooperation
    ['Afghan authorities have handed over to Islamabad 12 suspected members of the Pakistani Taliban wanted for a bombing in Peshawar.', ['COOPERATE 063 occurred AFGGOV->PAKGOV']],
    // two leaders who start a joint act by video link met by video; leaders who sign together are coded signing alone
    ['Russian President Vladimir Putin and Chinese President Xi Jinping launched the Power of Siberia gas pipeline by video link on Monday.', ['COOPERATE 061 occurred RUSGOV->CHNGOV', 'COOPERATE 061 occurred CHNGOV->RUSGOV', 'CONSULT 040 occurred RUSGOV->CHNGOV', 'CONSULT 040 occurred CHNGOV->RUSGOV']],
    ['Australian Prime Minister Anthony Albanese and his Tuvalu counterpart Kausea Natano signed a treaty on Friday.', ['SUPPORT 057 occurred AUSGOV->TUVGOV', 'SUPPORT 057 occurred TUVGOV->AUSGOV']],
    // a ship tied to a country by a hyphened demonym is that country's; the beating of demonstrators is repression; people locked up
    // are arrested; "armed forces" stay a group (no verb "force" in the lexicon: it broke every "X's armed forces" mention)
    ["DUBAI (Reuters) - Iran's Revolutionary Guards seized an Israeli-linked container ship near the Strait of Hormuz on Saturday.", ['COERCE 1711 occurred IRNMIL->ISR']],
    ['JERUSALEM, Jan 20 - Egypt lodged a formal protest with Israel on Tuesday over the beating of Palestinian demonstrators by Israeli soldiers.', ['ACCUSE 114 occurred EGY->ISR', 'COERCE 175 occurred ISRMIL->PSE']],
    ["Iran's armed forces were placed on maximum alert after the killing of the Hamas leader in Tehran.", ['MOBILIZE 152 occurred IRNMIL->-']],
    // what reported speech tells another side it should or must do is the speaker's request (020), as a direct quote's is; not a
    // name after a preposition
    ['Chinese Foreign Minister Wang Yi said on Sunday that the United States should cancel its reciprocal tariffs.', ['REQUEST 020 requested CHNGOV->USA']],
    ['Trade Representative Clayton Yeutter said on Monday that the U.S. free trade agreements with Canada and Israel should help to pave the way.', []],
    // a resolution's demand is its body's, of the parties named after "between", even inside a refusal to accept it
    ['TEHRAN, July 23 - Iranian President Ali Khamenei said that Tehran would not accept a U.N. Security Council resolution adopted on Monday that demands an immediate ceasefire between Iran and Iraq.', ['REJECT 120 occurred IRNGOV->IGOUN', 'REQUEST 100 requested IGOUN->IRN', 'REQUEST 100 requested IGOUN->IRQ']],
    // a model's designation between a demonym and its head describes the head ("Thai F-16 jets": THAMIL)
    ['Thai F-16 jets bombed Cambodian military targets on Thursday.', ['ASSAULT 195 occurred THAMIL->KHMMIL']],
    // a visit in an apposition ("X, on a two-day visit to Manila,") is the visit of the one it follows
    ['Japanese Prime Minister Fumio Kishida, on a two-day visit to Manila, pledged on Friday to supply the Philippines with coastal surveillance radars.', ['CONSULT 042 occurred JPNGOV->PHL', 'AGREE 030 occurred JPNGOV->PHL']],
    // "the Caribbean country" is the country named last before that is not the actor's; "the country" alone is not read
    ['Kenyan President William Ruto pledged on Saturday to send 600 more police officers to Haiti in January. The Kenyan leader, on his first visit to the Caribbean country, also met officials in Port-au-Prince.', ['AGREE 033 occurred KENGOV->HTI', 'CONSULT 042 occurred KENGOV->HTI', 'CONSULT 040 occurred KENGOV->HTIGOV']],
    // funds frozen, an embassy shut "in the capital", a pact ended are sanctions; an earthquake strikes no one
    ['PANAMA CITY, May 25 - Washington has frozen Panamanian government funds in U.S. banks since March.', ['SANCTION 163 occurred USAGOV->PANGOV']],
    ['The last French troops left Niger on Friday, and France shut its embassy in the capital the same day.', ['RETREAT 087 occurred FRAMIL->NER', 'SANCTION 161 occurred FRA->NER']],
    ["N'Djamena abruptly ended a defence cooperation pact with Paris in November.", ['SANCTION 160 occurred TCDGOV->FRAGOV']],
    ['Australia flew relief supplies to Vanuatu on Wednesday, a day after a magnitude 7.3 earthquake struck near the capital Port Vila.', ['AID 073 occurred AUS->VUT']],
    // an adverb between "met" and "with" keeps the one met
    ['Qatari mediators met separately with Israeli negotiators in Doha on Monday.', ['CONSULT 040 occurred QATGOV->ISRGOV']],
    // a demonym joined to a coded body whose head follows shares that head's sector ("Israeli and Hamas negotiators")
    ['Qatari and Egyptian mediators met separately with Israeli and Hamas negotiators in Doha on Monday.', ['CONSULT 040 occurred QATGOV->ISRGOV', 'CONSULT 040 occurred QATGOV->PSEREB', 'CONSULT 040 occurred EGYGOV->ISRGOV', 'CONSULT 040 occurred EGYGOV->PSEREB']],
    // an act in the perfect "since" a time began then; a date that modifies a noun after the trigger is none of the act's
    ['PANAMA CITY, May 25 - Washington has frozen Panamanian government funds in U.S. banks since March.', ['SANCTION 163 occurred USAGOV->PANGOV']],
    // criticism "from" a party is that party's accusation of the clause's subject, even when the subject rejects it
    ['Solomon Islands Prime Minister Manasseh Sogavare on Wednesday rejected criticism from Canberra of a security pact his government signed with China last week.', ['REJECT 120 occurred SLBGOV->AUSGOV', 'ACCUSE 111 occurred AUSGOV->SLBGOV', 'SUPPORT 057 occurred SLBGOV->CHN']],
    // "its neighbour" is the other country named before; "stepped up accusations" makes its subject the accuser
    ['KUWAIT, July 24 - Iraq has moved about 30,000 troops to its border with Kuwait, as Baghdad stepped up accusations that its neighbour was stealing oil from a disputed field.', ['MOBILIZE 154 occurred IRQ->KWT', 'ACCUSE 112 occurred IRQGOV->KWT']],
    // the leader of a ruling party named in an apposition speaks for the government
    ["SEOUL, June 29 - Roh Tae-woo, chairman of South Korea's ruling party, today accepted opposition demands for direct presidential elections.", ['CONCEDE 0832 occurred KORGOV->KOROPP', 'REQUEST 100 requested KOROPP->KORGOV']],
    // opposition parties and movements known by name: Chadema, Ennahda, Civic Forum, the Solidarity trade union, the NUG, the CHP
    ["The Ennahda party accused President Kais Saied's government of political score-settling on Monday.", ['ACCUSE 112 occurred TUNOPP->TUNGOV']],
    ['Turkish jets bombed YPG positions in northern Syria on Tuesday.', ['ASSAULT 195 occurred TURMIL->SYRREB']],
    // "a move the main opposition X called an attempted coup": words of description before the clause's subject are read past
    ["Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday, a move the main opposition Republican People's Party called an attempted coup.", ['COERCE 173 occurred TURCOP->TURGOV', 'ACCUSE 111 occurred TUROPP->TURCOP']],
    // quotas scrapped or scaled back are a concession to the policy's public
    ["DHAKA - Bangladesh's Supreme Court on Sunday scrapped most of the quotas for government jobs that had set off weeks of student protests.", ['CONCEDE 0832 occurred BGDJUD->BGD', 'PROTEST 141 occurred BGD->-']],
    // armed men no one names, attacked by a state's forces at home, are that country's rebels; aircraft named by their force are its military
    ['COLOMBO, June 2 - Air force planes bombed suspected rebel bases in the Jaffna peninsula on Sunday, the military said.', ['ASSAULT 195 occurred LKAMIL->LKAREB']],
    ['Pakistani troops killed 12 militants in a raid in North Waziristan on Monday, the army said.', ['ASSAULT 180 occurred PAKMIL->PAKREB']],
    ["Iraq said its warplanes hit two ships off the Iranian coast today.", ['ASSAULT 190 occurred IRQMIL->IRN']],
    // an act named again and called unjustified in a relative clause is blamed on its doer
    ['China imposed tariffs on Australian wine on Friday, a move Canberra called unjustified.', ['SANCTION 163 occurred CHN->AUS', 'ACCUSE 111 occurred AUSGOV->CHN']],
    // a backer's hyphenated word ("Iranian-backed", "Russian-led", "Soviet-led") is no part of the name after it; a short name in brackets
    ['Saudi Arabia and Iranian-backed Houthis held talks in Muscat.', ['CONSULT 040 occurred SAU->YEMREB', 'CONSULT 040 occurred YEMREB->SAU']],
    ['Kazakh President Kassym-Jomart Tokayev asked the Russian-led CSTO to send troops.', ['REQUEST 020 requested KAZGOV->IGOCSTO']],
    ['The European Community (EC) and Soviet-led Comecon ended talks in Geneva.', ['CONSULT 040 occurred IGOEU->IGOCOMECON', 'CONSULT 040 occurred IGOCOMECON->IGOEU']],
    // stripping people of their citizenship is an administrative sanction (172); a ruler's critics are his country's opposition
    ['A Nicaraguan court on Wednesday stripped 94 critics of President Daniel Ortega of their citizenship.', ['COERCE 172 occurred NICJUD->NICOPP']],
    // a verb after `and` in a sentence opened by a bare force is that force's
    ['LA PAZ, Jan 10 - Police cleared a key highway near Cochabamba on Friday and arrested more than 50 people.', ['COERCE 173 occurred BOLCOP->BOL']],
    // "the two neighbours" after two leaders are named: their countries
    ['Kyrgyz President Sadyr Japarov hosted Tajik President Emomali Rahmon in Bishkek on Thursday. The two neighbours signed a border treaty.', ['CONSULT 043 occurred KGZGOV->TJKGOV', 'SUPPORT 057 occurred KGZ->TJK', 'SUPPORT 057 occurred TJK->KGZ']],
    // a ruler named with an office of state and no country, in a story of one country, is of that country; "a move X called blackmail"
    ['Philippine police arrested former President Rodrigo Duterte at Manila airport on Tuesday. Vice President Sara Duterte called the arrest illegal.', ['COERCE 173 occurred PHLCOP->PHL', 'ACCUSE 111 occurred PHLGOV->PHLCOP']],
    // a demand for a ruler's resignation is a demand for a change of leadership (1041); a name after a compass word is a place
    ["Thousands of protesters from Peru's southern Andes marched through central Lima on Thursday demanding the resignation of President Dina Boluarte.", ['PROTEST 141 occurred PER->PERGOV', 'REQUEST 1041 requested PER->PERGOV']],
    // an object pronoun is not the subject of its own verb ("The Kazakh leader thanked him": Xi)
    ['Chinese President Xi Jinping pledged 1.5 billion yuan in grants to Kazakhstan on Tuesday. The Kazakh leader thanked him for the aid.', ['AGREE 033 occurred CHNGOV->KAZ', 'SUPPORT 051 occurred KAZGOV->CHNGOV']],
    // a bare force opening a relative clause ("in which police fired") is the dispatch country's
    ['TBILISI - Protesters rallied for a third night, in which police fired tear gas and water cannon at crowds.', ['PROTEST 141 occurred GEO->-', 'COERCE 175 occurred GEOCOP->GEO']],
    // a body the text calls the opposition is the opposition of the dispatch's country; crowds filling the streets protest
    ['PANAMA CITY, July 11 - The opposition National Civic Crusade called a general strike for next week.', ['PROTEST 143 intended PANOPP->-']],
    ["BELGRADE - Tens of thousands of people filled the streets of Belgrade on Saturday in the largest protest yet against President Aleksandar Vucic's government.", ['PROTEST 141 occurred SRB->SRBGOV']],
    // aid and cooperation suspended with a country, skies closed to flights from it; an answer "by" an act after `and` is the subject's
    ['The European Union suspended all budget support and security cooperation with Niger on Saturday.', ['SANCTION 162 occurred IGOEU->NER']],
    ['Algeria accused Bamako of violating its airspace and responded by closing its skies to all flights to and from Mali.', ['ACCUSE 112 occurred DZA->MLIGOV', 'SANCTION 163 occurred DZA->MLI']],
    // the leaders of armed men no one names are those armed men; a vow to fight one's own government is a threat at home
    ['KABUL, Feb 15 - Guerrilla leaders vowed to fight the government.', ['THREATEN 138 occurred AFGREB->AFGGOV', 'ASSAULT 190 intended AFGREB->AFGGOV']],
    // a warning that any attempt by another side would be an act of war is a threat to that side; a right to respond reserved is a threat
    ['Pakistan warned that any attempt by India to stop the flow of the Indus would be treated as an act of aggression.', ['THREATEN 138 occurred PAK->IND']],
    ['Qatar said it reserved the right to respond.', ['THREATEN 138 occurred QAT->-']],
    // an invitation accepted with no one named is the one told before to the acceptor
    ["Uzbek President Shavkat Mirziyoyev has been invited by U.S. President Donald Trump to attend next year's Group of 20 summit in Miami. The Uzbek leader accepted the invitation, the office said.", ['AGREE 036 invited USAGOV->UZBGOV', 'AGREE 036 occurred UZBGOV->USAGOV']],
    // a pledge to another country named is one whatever the act; a pledge with no one named and no coded act is none
    ['Russian President Vladimir Putin pledged on Monday to expand gas supplies to Uzbekistan.', ['AGREE 030 occurred RUSGOV->UZB']],
    ['China pledged to rebuild the port.', []],
    // "the two neighbours" after two peoples named in the sentence are their countries
    ['OUAGADOUGOU, Dec 26 - Malian warplanes bombed the northern Burkinabe town of Ouahigouya on Thursday, as fighting between the two West African neighbours went into a second day.', ['ASSAULT 195 occurred MLIMIL->BFA', 'ASSAULT 190 occurred MLI->BFA', 'ASSAULT 190 occurred BFA->MLI']],
    // armed men killing people no one names: their own country's people, unless the sentence names another country
    ['KABUL - Guerrillas killed 12 civilians on Monday.', ['ASSAULT 180 occurred AFGREB->AFG']],
    // a visit in a relative clause after a pair is the last one's; a verb after "and later" is the sentence subject's, not the object's
    ['Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon, who arrived in Bishkek on a state visit, signed a treaty on Thursday.', ['CONSULT 042 occurred TJKGOV->KGZ', 'SUPPORT 057 occurred KGZGOV->TJKGOV', 'SUPPORT 057 occurred TJKGOV->KGZGOV']],
    ["Malaysian Prime Minister Anwar Ibrahim met Myanmar military leader Min Aung Hlaing in Bangkok on Thursday and later spoke by video with leaders of the opposition National Unity Government.", ['CONSULT 040 occurred MYSGOV->MMRMIL', 'CONSULT 040 occurred MYSGOV->MMROPP']],
    // a party in power acts for the government; a draft law withdrawn is a concession
    ["Georgia's ruling party withdrew a draft foreign agents law on Thursday.", ['CONCEDE 0832 occurred GEOGOV->GEO']],
    // an aide named by the one served does what "prompting" caused, and it happened whatever the "if" before
    ["President Donald Trump threatened on Saturday to send U.S. troops into Nigeria if Abuja kept allowing the killing of Christians, prompting an adviser to Nigerian President Bola Tinubu to accuse Washington of relying on distorted reports.", ['THREATEN 130 occurred USAGOV->NGAGOV', 'ACCUSE 112 occurred NGAGOV->USAGOV']],
    // what is blamed "on" a party accuses that party; blamed on causes no party stands for is no accusation
    ['LAGOS, June 1 - Nigeria blamed the unrest on Libya.', ['ACCUSE 112 occurred NGA->LBY']],
    ['Habbel blamed the profit decline on disruptions to output.', []],
    // heads in a row before "from" a list of countries: each country's group of the first head's sector
    ['Coast guard ships from the Philippines, Japan and the United States held their first joint exercise on Thursday.', ['COOPERATE 062 occurred PHLCOP->JPNCOP', 'COOPERATE 062 occurred PHLCOP->USACOP', 'COOPERATE 062 occurred JPNCOP->PHLCOP', 'COOPERATE 062 occurred JPNCOP->USACOP', 'COOPERATE 062 occurred USACOP->PHLCOP', 'COOPERATE 062 occurred USACOP->JPNCOP']],
    // fighting between forces no one names: the story country's army and rebels, each way; police and workers are no war
    ['SAN SALVADOR, Nov 14 - Fighting between the army and leftist guerrillas raged for a fourth day in the capital.', ['ASSAULT 190 occurred SLVMIL->SLVREB', 'ASSAULT 190 occurred SLVREB->SLVMIL']],
    ['MADRID - More than 60 people were injured in pitched battles between police and steel foundry workers in Reinosa.', []],
    // a gathering hosted by one is a hosting of those the sentence tells acting at it
    ['Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev pledged on Friday to end the war, initialling a peace agreement at a White House ceremony hosted by U.S. President Donald Trump.', ['AGREE 030 occurred ARMGOV->AZEGOV', 'AGREE 030 occurred AZEGOV->ARMGOV', 'CONSULT 040 occurred ARMGOV->AZEGOV', 'CONSULT 040 occurred AZEGOV->ARMGOV', 'CONSULT 043 occurred USAGOV->ARMGOV', 'CONSULT 043 occurred USAGOV->AZEGOV', 'SUPPORT 057 occurred ARMGOV->AZEGOV', 'SUPPORT 057 occurred AZEGOV->ARMGOV']],
    // a government named before its troops or aircraft is the country's military, and so is a demonym joined to it
    ['Chadian government troops killed more than 1,200 Libyan soldiers on Sunday.', ['ASSAULT 180 occurred TCDMIL->LBYMIL']],
    ['KABUL, Feb 10 - Soviet and Afghan government aircraft bombed guerrilla positions in the hills east of the capital on Tuesday.', ['ASSAULT 195 occurred SUNMIL->AFGREB', 'ASSAULT 195 occurred AFGMIL->AFGREB']],
    // "the governor" in a story of one country is of that country's government
    ["Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday, and the governor's office banned all street protests in the city for four days.", ['COERCE 173 occurred TURCOP->TURGOV', 'COERCE 1721 occurred TURGOV->TUR']],
    // an object pronoun after an apposition is still not its verb's subject
    ['Netanyahu rejected the terms, hours after U.S. Secretary of State Antony Blinken, on his fifth trip to the region, met him in Jerusalem.', ['REJECT 120 occurred ISRGOV->-', 'CONSULT 040 occurred USAGOV->ISRGOV']],
    // more crowds that protest under a demonym
    ['Indian wrestlers began a hunger strike in New Delhi.', ['PROTEST 143 occurred IND->-']],
    // convoys and aid trucks blocked by a crowd are an obstruction (144)
    ['Israeli protesters blocked aid trucks at the Kerem Shalom crossing into Gaza for a third day.', ['PROTEST 144 occurred ISR->-']],
    // "what Manila called dangerous manoeuvres": an adjective before its noun brands nothing
    ['The Philippines summoned a Chinese embassy official on Monday to protest what Manila called dangerous manoeuvres by a Chinese coast guard ship.', ['ACCUSE 114 occurred PHL->CHNGOV']],
    // an announcement welcomed is no protest told just before it: the concession's doer is praised
    ["SEOUL, June 29 - Roh Tae-woo, chairman of South Korea's ruling party, today bowed to opposition demands for direct presidential elections after weeks of violent street protests. Opposition leader Kim Young-sam welcomed the announcement as a victory for the people.", ['CONCEDE 0832 occurred KORGOV->KOROPP', 'REQUEST 100 requested KOROPP->KORGOV', 'PROTEST 141 occurred KOR->KORGOV', 'SUPPORT 051 occurred KOROPP->KORGOV']],
    // a governor's office is the government of the place's country, not a person named earlier in the sentence
    ["Police detained Istanbul Mayor Ekrem Imamoglu on Wednesday, and the Istanbul governor's office banned street demonstrations.", ['COERCE 173 occurred TURCOP->TURGOV', 'COERCE 1721 occurred TURGOV->TUR']],
    // campaigners against those in power ("anti-apartheid activists", "pro-democracy activists") are the opposition
    ['JOHANNESBURG, June 12 - South African police detained hundreds of anti-apartheid activists today.', ['COERCE 173 occurred ZAFCOP->ZAFOPP']],
    // union and student leaders arrested at home are the country's people
    ['LA PAZ, Sept 20 - Bolivian police arrested more than 140 trade union leaders overnight.', ['COERCE 173 occurred BOLCOP->BOL']],
    // "accused" describing the person named after it accuses no one
    ['BOGOTA, Feb 5 - Colombia extradited accused cocaine trafficker Carlos Lehder to the United States on Wednesday.', ['COOPERATE 063 occurred COL->USA']],
    // wanting better or closer ties with a country is an intent to cooperate (030)
    ['India wants closer ties with Japan.', ['AGREE 030 occurred IND->JPN']],
    // "the incoming administration" is the one other country's
    ['Xi told Biden that Beijing was ready to work with the incoming administration.', ['AGREE 030 occurred CHNGOV->USAGOV']],
    // armed men who name themselves by a cause, placed by the one country the sentence names; a backer's word is no name
    ['Kremlin-linked militants attacked an army post in eastern Chad on Monday.', ['ASSAULT 190 occurred TCDREB->TCDMIL']],
    ['Separatist fighters ambushed a police patrol in southern Cameroon on Friday.', ['ASSAULT 190 occurred CMRREB->CMRCOP']],
    // the country must place them ("near Jalalabad"), not be their target ("attacked Soviet positions")
    ['Guerrillas shot down three Soviet helicopter gunships near Jalalabad.', ['ASSAULT 190 occurred AFGREB->SUNMIL']],
    ['Militants attacked Soviet positions.', []],
    // "its fighters" are the armed group's named before
    ['Petro suspended talks with the ELN guerrilla group after its fighters killed 80 people in the Catatumbo region of Colombia.', ['SANCTION 164 occurred COLGOV->COLREB', 'ASSAULT 180 occurred COLREB->COL']],
    // but not gunmen, whom the text does not name as anyone's, nor "the militants", named before
    ['Gunmen attacked an army post in eastern Chad on Monday.', []],
    // downing aircraft and overrunning posts are attacks; bombing by armed groups is 183 (not an army blowing up its own stocks)
    ['Algerian air defences downed a Malian drone on Tuesday.', ['ASSAULT 190 occurred DZAMIL->MLI']],
    ['LIMA, May 18 - Shining Path guerrillas blew up electricity pylons overnight.', ['ASSAULT 183 occurred PERREB->PER']],
    ['Libyan forces blew up stocks of fuel before they fled.', []],
    // "the party", "the rebel group", "the militants" name again the party out of power or armed group told before
    ['Police in Dakar detained two leaders of the opposition Pastef party on Monday. The party accused the government of silencing its critics.', ['COERCE 173 occurred SENCOP->SENOPP', 'ACCUSE 112 occurred SENOPP->SENGOV']],
    ['Peru suspended talks with the Shining Path on Friday, hours after the rebel group ambushed an army patrol.', ['SANCTION 164 occurred PER->PERREB', 'ASSAULT 190 occurred PERREB->PERMIL']],
    // the killing told after an attack by its doers is its outcome, one event
    ['Boko Haram fighters raided a village near Maiduguri. The militants had attacked a Cameroonian army post last week, killing five soldiers.', ['ASSAULT 190 occurred NGAREB->NGA', 'ASSAULT 190 occurred NGAREB->CMRMIL']],
    // an act branded "in what X called", ", which X called", or in a relative clause past an aside ("a move Britain, which ..., denounced as")
    ['China held drills near Taiwan on Monday in what Taiwan called an act of aggression.', ['MOBILIZE 150 occurred CHN->-', 'ACCUSE 111 occurred TWN->CHN']],
    ['Russia vetoed the resolution on Monday, a move Britain, which drafted the text, denounced as "a disgrace".', ['REJECT 129 occurred RUS->-', 'ACCUSE 111 occurred GBR->RUS']],
    // drills carried out, and held "off" a coast
    ['Chinese warships carried out live-fire drills in the Tasman Sea on Saturday.', ['MOBILIZE 150 occurred CHNMIL->-']],
    ['China held exercises off Taiwan on Monday.', ['MOBILIZE 150 occurred CHN->TWN']],
    // an appeal to a state's own allies or partners stands with no recipient; a company asking its creditors is none
    ['Washington asked its European allies to impose similar sanctions on Chinese companies.', ['REQUEST 020 requested USAGOV->-']],
    ['The company will ask its creditors to switch old debt to new loans.', []],
    // an act done "at X's request" is X's request of the doer, as "at the request of X" is
    ["France flew 150 paratroopers to Lome at Togo's request.", ['REQUEST 020 requested TGO->FRA']],
    ["Monsanto has recalled at Gynex's request two generic oral contraceptives.", []],
    // "demands by X", "a demand by X" are X's requests of the clause's subject, each party named; economic "demand from" is none
    ["Fiji's military government on Wednesday rejected demands by Australia and New Zealand to restore the ousted government.", ['REJECT 120 occurred FJIGOV->AUS', 'REJECT 120 occurred FJIGOV->NZL', 'REQUEST 100 requested AUS->FJIGOV', 'REQUEST 100 requested NZL->FJIGOV']],
    ['Breakers expect falling demand from the U.S. and Japan for Taiwanese steel.', []],
    // "his government's decision to" is the act of the government of the one `his` names; accession talks frozen with the body named before them
    ["Serbian Prime Minister Ana Brnabic said protests against her government's decision to suspend talks on joining the European Union were planned abroad.", ['PROTEST 141 occurred SRB->SRBGOV', 'SANCTION 164 occurred SRBGOV->IGOEU']],
    ['Turkey froze European Union accession talks on Monday.', ['SANCTION 164 occurred TUR->IGOEU']],
    // a demand told of the act before ("as Moscow had demanded", "a withdrawal that N'Djamena demanded") is of that act's doers; a refusal of it answers the one who asked
    ['MOSCOW, Oct 12 - Reagan refused to confine the research to the laboratory, as Moscow had demanded.', ['REJECT 120 occurred USAGOV->RUSGOV', 'REQUEST 100 requested RUSGOV->USAGOV']],
    ["French troops left their last base in Chad on Thursday, completing a withdrawal that N'Djamena demanded.", ['RETREAT 087 occurred FRAMIL->-', 'REQUEST 100 requested TCDGOV->FRAMIL']],
    // an offer refused was made to each of those refusing it
    ['Burkina Faso, Mali and Niger on Sunday rejected an ECOWAS offer to keep the door open for their return.', ['REJECT 120 occurred BFA->IGOECOWAS', 'REJECT 120 occurred MLI->IGOECOWAS', 'REJECT 120 occurred NER->IGOECOWAS', 'AGREE 030 occurred IGOECOWAS->BFA', 'AGREE 030 occurred IGOECOWAS->MLI', 'AGREE 030 occurred IGOECOWAS->NER']],
    // an act considered or weighed ("could consider supplying", "is weighing imposing") is the subject's, hypothetical
    ['South Korea could consider supplying weapons directly to Ukraine.', ['AID 072 hypothetical KOR->UKR']],
    ['Washington is weighing imposing sanctions on Beijing.', ['SANCTION 163 hypothetical USAGOV->CHNGOV']],
    // food ferried to a country is aid; transport planes named by their force are its military
    ['Soviet planes have been ferrying food to Ethiopia since last month.', ['AID 073 occurred SUN->ETH']],
    // armed men seizing a person take a hostage (181); seizing a town is occupation, seizing goods a seizure
    ['Kidnappers in Lebanon seized American Robert Polhill in Beirut in January 1987.', ['ASSAULT 181 occurred LBNREB->USA']],
    ['Rebels seized an American hostage in Beirut.', ['ASSAULT 181 occurred LBNREB->USA']],
    // armed men described by their tie to a group ("linked to al Qaeda") are still the subject, placed by the sentence's country
    ['Rebels linked to al Qaeda attacked an army post in northern Mali on Sunday.', ['ASSAULT 190 occurred MLIREB->MLIMIL']],
    // aircraft of a force named right before them ("Air Force and Navy jets") are that force's
    ['U.S. Air Force and Navy jets bombed military targets in Tripoli early on Tuesday.', ['ASSAULT 195 occurred USAMIL->LBY']],
    // opposition leaders, lawmakers or parties of a country are its opposition, not its government
    ['Kenyan opposition leaders called on the government to open talks.', ['REQUEST 020 requested KENOPP->KENGOV']],
    // an attack escaped or survived "by X" is X's attack on the subject
    ['LIMA, Sept 9 - President Alan Garcia escaped an ambush by the Shining Path on Sunday.', ['ASSAULT 190 occurred PERREB->PERGOV']],
    ['The company survived a takeover attempt by its rival.', []],
    // air defence systems, missile batteries and artillery deployed are a deployment of forces
    ['Russia deployed additional air defence systems to the Kaliningrad region.', ['MOBILIZE 154 occurred RUS->-']],
    // a munition named by its country that slams into a place is that country's attack; a truck is none
    ['A Russian missile slammed into an apartment block in Dnipro on Saturday.', ['ASSAULT 190 occurred RUS->UKR']],
    ['A truck slammed into a crowd in Nice.', []],
    // a threat with no party named is aimed at the one whose provocation or attack it answers
    ['North Korea warned that it would respond with overwhelming force to any provocation by South Korea.', ['THREATEN 130 occurred PRK->KOR']],
    // a speaker saying another side "would be punished" threatens it, as "would face consequences" does
    ["Iran's foreign minister said Israel would be punished for the strike.", ['THREATEN 130 occurred IRNGOV->ISR']],
    // any act noun may be called what a side condemns, with its object after it; protesters' act is the people's, at home too
    ['Hundreds of students stormed the parliament building in Lima on Monday. President Dina Boluarte called the storming of parliament criminal.',
      ['PROTEST 145 occurred PER->PERLEG', 'ACCUSE 111 occurred PERGOV->PER']],
    ['Ukraine shelled the Belgorod region on Sunday. Russia called the shelling of civilians barbaric.', ['ASSAULT 194 occurred UKR->RUS', 'ACCUSE 111 occurred RUS->UKR']],
    ['A Pakistani court sentenced opposition leader Imran Khan to 14 years on Friday. Khan called the verdict a political lynching.',
      ['COERCE 173 occurred PAKJUD->PAKOPP', 'ACCUSE 111 occurred PAKOPP->PAKJUD']],
    ['The finance minister called the deficit figures alarming.', []],
    // a sentence opened by "It" or "The Gulf state" is about the country or body the sentence before was about
    ['Qatar condemned the Israeli strike on Monday. It also called on Israel to halt the offensive.', ['ACCUSE 111 occurred QAT->ISR', 'REQUEST 020 requested QAT->ISR']],
    ['Qatar condemned the Israeli strike on Monday. The Gulf state recalled its ambassador from Tel Aviv.', ['ACCUSE 111 occurred QAT->ISR', 'SANCTION 161 occurred QAT->ISRGOV']],
    ['Nepal protested to India over a new map on Monday. The Himalayan nation said it had recalled its ambassador from New Delhi.', ['ACCUSE 114 occurred NPL->IND', 'SANCTION 161 occurred NPL->INDGOV']],
    // (not after a person, whom coreference reads; not an "it" inside the sentence)
    ['Macron condemned the strike on Monday. It recalled its ambassador from Tel Aviv.', ['ACCUSE 111 occurred FRAGOV->-']],
    // forces sent with no one named face those a purpose infinitive names ("to repel", "to neutralise"), past an aside and scare quotes
    ['Moscow moved reserves, including paratroopers, to the Bryansk region to repel Ukrainian troops.', ['MOBILIZE 154 occurred RUSGOV->UKRMIL']],
    ['Honduran President Xiomara Castro ordered the armed forces onto the streets to "crush" the criminal gangs.', ['MOBILIZE 154 occurred HNDGOV->HNDREB']],
    ['Peru deployed troops to the border to help flood victims.', ['MOBILIZE 154 occurred PER->-']],
    // "They" opening a sentence are the several the sentence before acted as; a participle after a list is each member's
    ['Russia and China held joint naval drills on Monday. They also agreed to expand military cooperation.',
      ['COOPERATE 062 occurred RUS->CHN', 'COOPERATE 062 occurred CHN->RUS', 'AGREE 030 occurred RUS->CHN', 'AGREE 030 occurred CHN->RUS']],
    ['Mali, Burkina Faso and Niger recalled their ambassadors from Algeria on Sunday, accusing Algiers of shooting down a Malian drone.',
      ['SANCTION 161 occurred MLI->DZA', 'SANCTION 161 occurred BFA->DZA', 'SANCTION 161 occurred NER->DZA',
        'ACCUSE 112 occurred MLI->DZAGOV', 'ACCUSE 112 occurred BFA->DZAGOV', 'ACCUSE 112 occurred NER->DZAGOV']],
    ['Police in Minsk detained 20 protesters on Monday. They were released later.', ['COERCE 173 occurred BLRCOP->BLR']],
    // a member suspended or expelled from a bloc is sanctioned by it; a player from matches is no party
    ['ECOWAS suspended Niger from the bloc on Sunday.', ['SANCTION 160 occurred IGOECOWAS->NER']],
    ['The African Union suspended Mali from all its activities on Friday.', ['SANCTION 160 occurred IGOAU->MLI']],
    ['The club suspended the player from two matches.', []],
    // "the junta", "the military regime" are the rulers of the other country told, in the sentence or before it
    ['Soldiers seized power in Niger on Wednesday. The United States called on the junta to release President Mohamed Bazoum.', ['REQUEST 020 requested USA->NERGOV']],
    ['Britain imposed sanctions on the military regime in Myanmar on Monday.', ['SANCTION 163 occurred GBR->MMRGOV']],
    // (an apposition is no list: the participle stays the first name's)
    // a name of no code in apposition after a party is read past to it; a protest aimed at no one is aimed where its demand is
    ["Kenya's largest labour union, COTU, launched a national strike on Monday, blocking roads to demand that President William Ruto raise pay.",
      ['PROTEST 143 occurred KEN->KENGOV', 'PROTEST 144 occurred KEN->KENGOV', 'REQUEST 100 requested KEN->KENGOV']],
    // the act a condemned noun is made from beats a later act of its kind
    ["Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday, and the governor's office banned street protests. The main opposition CHP called the detention a coup.",
      ['COERCE 173 occurred TURCOP->TURGOV', 'COERCE 1721 occurred TURGOV->TUR', 'ACCUSE 111 occurred TUROPP->TURCOP']],
    // a court's finding of guilt (116) is the act a verdict on "the ruling" or "the verdict" is aimed at
    ['A Brazilian court convicted former President Jair Bolsonaro on Thursday. U.S. Secretary of State Marco Rubio called the ruling a witch hunt.',
      ['ACCUSE 116 occurred BRAJUD->BRA', 'ACCUSE 111 occurred USAGOV->BRAJUD']],
    ['A Russian court found U.S. journalist Evan Gershkovich guilty of espionage on Friday.', ['ACCUSE 116 occurred RUSJUD->USAMED']],
    // an act named again after a comma with no article, or "in a move", then what a side called it
    ['European Union foreign ministers adopted new sanctions against Russia on Tuesday, measures the Kremlin called illegal.',
      ['SANCTION 163 occurred IGOEU->RUS', 'ACCUSE 111 occurred RUSGOV->IGOEU']],
    ["China imposed tariffs on Canadian canola oil on Saturday, in a move Canada's agriculture minister called unjustified.",
      ['SANCTION 163 occurred CHN->CAN', 'ACCUSE 111 occurred CANGOV->CHN']],
    ["The United States vetoed a draft resolution on Gaza on Thursday, and Algeria's envoy called the veto a green light for more killing.",
      ['REJECT 129 occurred USA->-', 'ACCUSE 111 occurred DZAGOV->USA']],
    // hostility named as the speaker names it ("what he called renewed threats from the United States") accuses its source
    ['Venezuelan President Nicolas Maduro spoke on Monday of what he called renewed threats from the United States.', ['ACCUSE 111 occurred VENGOV->USA']],
    ['China held drills around Taiwan on Monday in response to what Beijing called U.S. provocations.', ['MOBILIZE 150 occurred CHN->TWN', 'ACCUSE 111 occurred CHNGOV->USA']],
    ["Iran's foreign ministry summoned the British ambassador on Sunday to protest against what it called London's interference.",
      ['ACCUSE 114 occurred IRNGOV->GBRGOV', 'ACCUSE 111 occurred IRNGOV->GBRGOV']],
    ['The minister called the threats empty.', []],
    // diplomats named first make an expulsion diplomatic; "ordering out" diplomats, military attaches; trade cut off with a party
    ['Britain expelled 11 Russian diplomats and journalists on Friday, and Moscow retaliated by ordering out 11 British diplomats.',
      ['SANCTION 161 occurred GBR->RUSGOV', 'COERCE 174 occurred GBR->RUSMED', 'SANCTION 161 occurred RUSGOV->GBRGOV']],
    ['India expelled Pakistani military attaches on Wednesday.', ['SANCTION 161 occurred IND->PAKMIL']],
    ['WASHINGTON, Jan 7 - President Reagan cut off all U.S. trade with Libya on Tuesday.', ['SANCTION 163 occurred USAGOV->LBY']],
    ['The company halted trade with its suppliers.', []],
    ['Trump threatened on Sunday to slap tariffs on Colombian goods.', ['THREATEN 131 occurred USAGOV->COL', 'SANCTION 163 hypothetical USAGOV->COL']],
    // aid rushed, dollars pledged to a party, a crowd placed by its workplace, each `that` clause of a demand
    ['China, India and Russia rushed rescue teams and relief supplies to Myanmar on Saturday after the earthquake.',
      ['AID 073 occurred CHN->MMR', 'AID 073 occurred IND->MMR', 'AID 073 occurred RUS->MMR']],
    ['The World Bank pledged 12 billion dollars to Argentina on Friday.', ['AGREE 033 occurred IGOWB->ARG']],
    ['GDANSK, Poland, Aug 22 - Workers at the Lenin Shipyard went on strike on Monday to demand that the government legalise Solidarity.',
      ['PROTEST 143 occurred POL->POLGOV', 'REQUEST 100 requested POL->POLGOV']],
    // (and of the second `that` clause, recall round l)
    ['The U.N. Security Council demanded on Friday that Rwandan troops leave Congo and that M23 rebels halt their offensive.', ['REQUEST 100 requested IGOUN->RWAMIL', 'REQUEST 100 requested IGOUN->CODREB']],
    // an act called a good start or a breakthrough praises its doer; a thing so called is no act
    ['Venezuela freed six Americans on Friday. U.S. President Donald Trump called the release a good start.',
      ['RETREAT 0841 occurred VEN->USA', 'SUPPORT 051 occurred USAGOV->VEN']],
    ['Venezuela freed six Americans on Friday. Trump called the weather a good start.', ['RETREAT 0841 occurred VEN->USA']],
    // "each other", "one another" after a pair's act make each the other's target; not under "to", nor "each other's"
    ['India and Pakistan accused each other on Sunday of violating the truce.', ['ACCUSE 112 occurred IND->PAK', 'ACCUSE 112 occurred PAK->IND']],
    ['Armenia and Azerbaijan blamed one another for the clashes.', ['ACCUSE 112 occurred ARM->AZE', 'ACCUSE 112 occurred AZE->ARM']],
    ["India and Pakistan signed an agreement not to attack each other's nuclear plants.", ['SUPPORT 057 occurred IND->PAK', 'SUPPORT 057 occurred PAK->IND']],
    // sanctions named before a relative clause's subject were imposed by it; the bare verb embedded or with no subject is none
    ['China imposed tariffs on Canadian canola oil on Saturday, retaliating against levies Ottawa imposed on Chinese electric vehicles.',
      ['SANCTION 163 occurred CHN->CAN', 'SANCTION 163 occurred CANGOV->CHN']],
    ['Restrictions imposed on travel were lifted on Monday.', []],
    ["Canada's government agreed to impose a duty on its lumber exports.", []],
    // retaliation in a sentence of levies and trade is no attack
    ['Beijing retaliated on Saturday against levies Ottawa imposed on Chinese electric vehicles.', ['SANCTION 163 occurred CANGOV->CHN']],
    // "each side ... the other" after a pair: each accuses the other, also in a "with" clause
    ['India and Pakistan signed a truce on Saturday. Each side accused the other of violations.',
      ['SUPPORT 057 occurred IND->PAK', 'SUPPORT 057 occurred PAK->IND', 'ACCUSE 112 occurred IND->PAK', 'ACCUSE 112 occurred PAK->IND']],
    ['The talks were marked by acrimony between France and Germany, with each side blaming the other for the failure.', ['ACCUSE 112 occurred FRA->DEU', 'ACCUSE 112 occurred DEU->FRA']],
    // a coup condemned is the armed forces' of the country it is in; with no country named, no one's
    ['Britain condemned the coup in Niger on Thursday.', ['ACCUSE 111 occurred GBR->NERMIL']],
    ['The African Union condemned the military coup in Gabon.', ['ACCUSE 111 occurred IGOAU->GABMIL']],
    // retaliation announced over trade is a threat of no force (130); retaliation done over trade is no attack
    ['China said on Sunday it would retaliate against U.S. tariffs on Chinese steel.', ['THREATEN 130 occurred CHN->USA', 'SANCTION 163 occurred USA->CHN']],
    // a protest that names no target is against the government the dispatch names elsewhere; a strike at a company is not
    // (a strike over pay is the strikers' demand of the same target too, as the README's conventions code it: round e13)
    ['LA PAZ, Aug 3 - Bolivian tin miners began an indefinite strike today over unpaid wages. Government spokesman Herman Antelo said the stoppage was illegal.',
      ['PROTEST 143 occurred BOL->BOLGOV', 'REQUEST 100 requested BOL->BOLGOV']],
    ['LUSAKA, Aug 3 - Zambian teachers went on strike today over pay. The government had urged the unions on Sunday to call off the strike.',
      ['PROTEST 143 occurred ZMB->ZMBGOV', 'REQUEST 100 requested ZMB->ZMBGOV', 'REQUEST 020 requested ZMBGOV->ZMB']],
    // (it is against the company's side, the country's business)
    ['LUSAKA, Aug 3 - Zambian workers went on strike today at the copper company over pay. The government had urged the unions on Sunday to call off the strike.',
      ['PROTEST 143 occurred ZMB->ZMBBUS', 'REQUEST 020 requested ZMBGOV->ZMB']],
    // a force readied "in response to" another side's act faces that side; a demonym's ship or troops are its country's
    ['Venezuela ordered 5,600 troops to take part in exercises on Thursday in response to the arrival of a British warship.', ['MOBILIZE 154 occurred VEN->GBR']],
    ['Nicolas Maduro said he would deploy 4.5 million militia members across the country in response to what he called renewed threats from the United States.',
      ['MOBILIZE 154 intended VENGOV->USA', 'ACCUSE 111 occurred VENGOV->USA']],
    // a party named as ruling acts for its government, also when the mention is its name alone
    ["Georgia's main opposition parties rejected an offer of talks from the ruling Georgian Dream party on Tuesday.", ['REJECT 120 occurred GEOOPP->GEOGOV']],
    // an attack on a place described before its name is on the place's country
    ['The Rapid Support Forces launched drone attacks on the Red Sea city of Port Sudan on Tuesday.', ['ASSAULT 195 occurred SDNREB->SDN']],
    // a warning of one's own attack or countermeasures with `that` left out
    ['North Korea warned on Thursday it would take overwhelming military action against the United States.', ['THREATEN 138 occurred PRK->USA', 'ASSAULT 190 hypothetical PRK->USA']],
    ['China warned it would take resolute countermeasures against Japan.', ['THREATEN 130 occurred CHN->JPN']],
    // a passive with an adverb after its "be" is still passive: its subject is the target, not the actor
    ['Ugandan police arrested opposition leader Bobi Wine on Wednesday, and he was later charged by a Ugandan court with treason.',
      ['COERCE 173 occurred UGACOP->UGAOPP']],
    // a critic of those in power ("Kremlin critic", "government critic") is of the opposition; the seat of power is no target
    ['Russian police detained Kremlin critic Alexei Navalny on Sunday.', ['COERCE 173 occurred RUSCOP->RUSOPP']],
    ['A Moscow court sentenced Kremlin critic Vladimir Kara-Murza to 25 years in prison on Monday.', ['COERCE 173 occurred RUSJUD->RUSOPP']],
    // a description with a region word names the last country of that region told, also one told by its demonym only
    ['India closed its border with Nepal on Friday. The Himalayan kingdom accused New Delhi of strangling its economy.',
      ['SANCTION 163 occurred IND->NPL', 'ACCUSE 112 occurred NPL->INDGOV']],
    ['Moscow expelled two Estonian diplomats on Thursday. The Baltic state had expelled a Russian diplomat earlier this month.',
      ['SANCTION 161 occurred RUSGOV->ESTGOV', 'SANCTION 161 occurred EST->RUSGOV']],
    // ambassadors recalled "from the three capitals" are recalled from the countries named before; a charge d'affaires too
    ['Spain, Ireland and Norway recognised a Palestinian state on Tuesday, a week after Israel recalled its ambassadors from the three capitals.',
      ['SUPPORT 054 occurred ESP->PSE', 'SUPPORT 054 occurred IRL->PSE', 'SUPPORT 054 occurred NOR->PSE', 'SANCTION 161 occurred ISR->ESP', 'SANCTION 161 occurred ISR->IRL', 'SANCTION 161 occurred ISR->NOR']],
    ["Britain withdrew its charge d'affaires from Tehran on Tuesday.", ['SANCTION 161 occurred GBR->IRNGOV']],
    // a passive's agent is not read past a phrase of time that tells another act
    ['Juan Orlando Hernandez was flown to New York after his arrest by Honduran police in February.', []],
    // a demand or deadline named again after a comma and rejected is rejected to its maker, as the relative clause tells it
    ["SANTIAGO, Oct 6 - Chile's opposition called on President Augusto Pinochet on Thursday to step down after he lost the plebiscite, a demand Pinochet rejected through an aide.",
      ['REQUEST 020 requested CHLOPP->CHLGOV', 'REJECT 120 occurred CHLGOV->CHLOPP']],
    // "The junta's spokesman", "The regime" opening a sentence: the rulers of the dateline's country, else of the country last named
    ["U.N. Secretary-General Antonio Guterres accused Myanmar's military on Friday of burning villages. The junta's spokesman dismissed the accusations as one-sided.",
      ['ACCUSE 112 occurred IGOUN->MMRMIL', 'REJECT 120 occurred MMRGOV->IGOUN']],
    // talks behind an agreement "mediated by", "brokered by" a third party: its mediation with each, and the pair's meeting
    ["Ethiopia's government and Tigrayan forces agreed on Wednesday to a cessation of hostilities after a week of talks in Pretoria brokered by the African Union.",
      ['AGREE 036 occurred ETHGOV->ETHREB', 'AGREE 036 occurred ETHREB->ETHGOV', 'CONSULT 040 occurred ETHGOV->ETHREB', 'CONSULT 040 occurred ETHREB->ETHGOV',
        'CONSULT 045 occurred IGOAU->ETHGOV', 'CONSULT 045 occurred IGOAU->ETHREB']],
    // "Both sides", "The two sides" opening a sentence are the pair the sentence before acted as, not the last two named
    ["Ethiopia's government and Tigrayan forces signed a truce on Wednesday in Pretoria. Both sides will halt fighting immediately, the African Union said.",
      ['SUPPORT 057 occurred ETHGOV->ETHREB', 'SUPPORT 057 occurred ETHREB->ETHGOV', 'RETREAT 0871 intended ETHGOV->ETHREB', 'RETREAT 0871 intended ETHREB->ETHGOV']],
    // a warning drawn from a side that tells its own answer is its threat to the clause's subject; a warning of a risk is none
    ['Britain has supplied Ukraine with Storm Shadow missiles, drawing a warning from Moscow that the deliveries would require an adequate response.',
      ['AID 072 occurred GBR->UKR', 'THREATEN 130 occurred RUSGOV->GBR']],
    ['Thailand deported 40 Uyghur men to China on Thursday despite warnings from United Nations experts that they risked torture.', ['COERCE 174 occurred THA->CHN']],
    // tariffs named with their owner are that owner's sanction on the goods' country; with no owner, no one's
    ["Washington's tariffs on Japanese electronic goods took effect on Friday.", ['SANCTION 163 occurred USAGOV->JPN']],
    ['The tariffs on Japanese goods took effect on Friday.', []],
    // police of a place of several words read past words of description; a country's group named again by its demonym is its armed group
    ['Hong Kong national security police arrested five pro-democracy activists on Thursday.', ['COERCE 173 occurred HKGCOP->HKGOPP']],
    ['Israeli warplanes struck Hezbollah targets in southern Lebanon on Wednesday, hours after the Lebanese group fired more than 100 rockets at northern Israel.',
      ['ASSAULT 190 occurred ISRMIL->LBNREB', 'ASSAULT 195 occurred LBNREB->ISR']],
    // office holders and opposition leaders wire copy names bare are known by name (facts in src/lexicon/leaders.ts)
    ['Raila Odinga called on the government to open talks with young protest organizers.', ['REQUEST 020 requested KENOPP->KENGOV']],
    ['LIMA, Feb 3 - Alan Garcia spoke by telephone with Miguel de la Madrid on Tuesday.', ['CONSULT 041 occurred PERGOV->MEXGOV']],
    // a body told again by a head of its kind opening a sentence ("The bloc", "The group") is the body the sentence before acted as
    ['The European Union imposed sanctions on Iran on Monday. The bloc also imposed sanctions on Russia.', ['SANCTION 163 occurred IGOEU->IRN', 'SANCTION 163 occurred IGOEU->RUS']],
    ['Hamas freed two Israeli hostages on Friday. The group also fired rockets at Israel.', ['RETREAT 0841 occurred PSEREB->ISR', 'ASSAULT 195 occurred PSEREB->ISR']],
    ['Iran freed two French nationals on Friday. The group also fired rockets at Israel.', ['RETREAT 0841 occurred IRN->FRA']],
    // a warning told by a participle after an act of the same side is aimed at that act's target
    // (the deadline itself is a demand, recall round l)
    ["ECOWAS gave Niger's junta one week to reinstate Bazoum, warning that it could use force.",
      ['THREATEN 130 occurred IGOECOWAS->NERGOV', 'REQUEST 100 requested IGOECOWAS->NERGOV', 'THREATEN 138 occurred IGOECOWAS->NERGOV', 'ASSAULT 190 hypothetical IGOECOWAS->NERGOV']],
    // a region's leaders or ministers acting as one are its bloc
    ['Southeast Asian foreign ministers urged Myanmar\'s junta on Friday to end the violence.', ['REQUEST 020 requested IGOASEAN->MMRGOV']],
    ["West African leaders on Sunday gave Niger's junta one week to reinstate ousted President Mohamed Bazoum.", ['THREATEN 130 occurred IGOECOWAS->NERGOV', 'REQUEST 100 requested IGOECOWAS->NERGOV']],
    // "his forces" are the forces of the party named last before; "the soldiers who seized power in X" are X's
    ["The United States imposed sanctions on Sudan's army chief, General Abdel Fattah al-Burhan, on Thursday, accusing his forces of bombing schools.",
      ['SANCTION 163 occurred USA->SDNMIL', 'ACCUSE 112 occurred USA->SDNMIL']],
    ['West African leaders threatened on Sunday to use force against the soldiers who seized power in Niger.',
      ['THREATEN 138 occurred IGOECOWAS->NERMIL', 'ASSAULT 190 hypothetical IGOECOWAS->NERMIL']],
    // backing down is to the other side the sentence names, else to the actor's own public; refusing to is a refusal to yield
    ['Colombia backed down late on Sunday in a dispute over deportation flights from the United States.', ['CONCEDE 0832 occurred COL->USA']],
    ['Canada would not back down in its dispute with the United States over lumber, the minister said.', ['REJECT 124 occurred CAN->USA']],
    // a force readied at a border or off a coast faces the country beyond it; drills held alone facing one are a show of force
    ['Thailand put its troops along the border with Cambodia on high alert on Saturday.', ['MOBILIZE 152 occurred THA->KHM']],
    ["Two Chinese destroyers held live-fire drills in open waters off Vietnam's central coast on Sunday.", ['MOBILIZE 150 occurred CHNMIL->VNM']],
    ['Russia will hold naval drills in the Baltic Sea next month.', ['MOBILIZE 150 intended RUS->-']],
    // goods that arrive are aid delivered; forces that land are a mission's help where the sentence tells of one, else no visit
    ['About 200 tonnes of flour sent by Qatar arrived at the port of Aden on Monday.', ['AID 073 occurred QAT->YEM']],
    ['The first 300 Rwandan soldiers of an African peacekeeping mission landed in Mozambique on Friday.', ['AID 074 occurred RWAMIL->MOZ']],
    ['The first Turkish marines landed in Cyprus on Saturday.', []],
    // office holders "of" a list of states are each state's (presidents, prime ministers: GOV; defence ministers: MIL); a bloc
    // in the list keeps its own name
    ['The presidents of Burundi and Tanzania signed a border accord on Monday.', ['SUPPORT 057 occurred BDIGOV->TZAGOV', 'SUPPORT 057 occurred TZAGOV->BDIGOV']],
    ['The defence ministers of Estonia and Latvia met in Riga on Tuesday.', ['CONSULT 040 occurred ESTMIL->LVAMIL', 'CONSULT 040 occurred LVAMIL->ESTMIL']],
    ['Japanese Trade Minister Hajime Tamura held talks with the trade ministers of the United States, the European Community and Canada.',
      ['CONSULT 040 occurred JPNGOV->USAGOV', 'CONSULT 040 occurred JPNGOV->IGOEU', 'CONSULT 040 occurred JPNGOV->CANGOV']],
    // countries joined by "and" after "of the" are two countries, not one body the tagger named
    ['The navies of the Philippines and Australia began joint exercises on Saturday.', ['COOPERATE 062 occurred PHLMIL->AUSMIL', 'COOPERATE 062 occurred AUSMIL->PHLMIL']],
    // a long list of what was fired still ends at its target; diplomats ordered out with others are expelled
    ['Russia launched 40 missiles and about 300 drones at Ukrainian cities overnight.', ['ASSAULT 195 occurred RUS->UKR']],
    ['Poland ordered four Belarusian diplomats and their families to leave the country.', ['SANCTION 161 occurred POL->BLRGOV']],
    // a party after "between" may carry a demonym and a two-word title; a phone call may name its day before the other party
    ['The accord followed talks between Kenyan President William Ruto and Ugandan Prime Minister Robinah Nabbanja.', ['CONSULT 040 occurred KENGOV->UGAGOV', 'CONSULT 040 occurred UGAGOV->KENGOV']],
    ['The Turkish foreign minister spoke by phone on Sunday with his Greek counterpart.', ['CONSULT 041 occurred TURGOV->GRCGOV']],
    // the head of an intergovernmental body acts for the body; the head of a state's body for the state
    ['The head of NATO met the Finnish president in Helsinki on Thursday.', ['CONSULT 040 occurred IGONATO->FINGOV']],
    ["The head of Iran's Atomic Energy Organisation met the IAEA chief on Tuesday.", ['CONSULT 040 occurred IRN->IGOIAEA']],
    // a state of siege lifted is a concession (and its imposition is told); agreeing somewhere named before "to" is an agreement;
    // bodies a government bans at home are its opposition
    ["Bolivia's government today lifted the state of siege imposed in August.", ['CONCEDE 081 occurred BOLGOV->BOL', 'COERCE 1721 occurred BOLGOV->BOL']],
    ['Ghana and Togo agreed in Accra on Monday to reopen their border.', ['AGREE 030 occurred GHA->TGO', 'AGREE 030 occurred TGO->GHA']],
    ['The Kenyan government on Friday banned four student organisations.', ['COERCE 1722 occurred KENGOV->KENOPP']],
    // a relative clause opened by a preposition ("of which", "with whom") is read past to the subject
    ['The rebel Polisario Front, of which Brahim Ghali is the leader, rejected the offer.', ['REJECT 120 occurred ESHREB->-']],
    // the one a causative verb prompts may carry a lower-case office and its state before the name; a double-barrelled surname
    // stays with the given name
    ['China blocked the statement, prompting U.S. envoy Linda Thomas-Greenfield to accuse Beijing of shielding Pyongyang.', ['REJECT 129 occurred CHN->-', 'ACCUSE 112 occurred USAGOV->CHNGOV']],
    // a condition closing one clause does not reach a clause of speech joined after it; a condition opening the sentence does
    ['Belarus warned that Minsk would respond if Poland hosted U.S. troops, and a spokesman said Belarus had already moved troops closer to the Polish border.',
      ['THREATEN 130 occurred BLR->POL', 'MOBILIZE 154 occurred BLR->POL']],
    // police or troops after "where" are of the place it hangs on; rebels there are no one's
    ['Thousands of farmers marched into Nairobi on Tuesday, where police fired tear gas to disperse them.', ['PROTEST 141 occurred KEN->-', 'COERCE 175 occurred KENCOP->KEN']],
    // a state's forces storming another state's embassy coerce that state (170); protesters storming one riot; arms delivered
    // reach their receiver past a longer description
    ['Bolivian police stormed the Peruvian embassy in La Paz on Saturday.', ['COERCE 170 occurred BOLCOP->PERGOV']],
    ['Angry protesters stormed the Danish embassy in Tehran on Saturday.', ['PROTEST 145 occurred IRN->DNKGOV']],
    ['Sweden has delivered the first of two advanced air-defence systems to Ukraine.', ['AID 072 occurred SWE->UKR']],
    // a visitor who arrives "here" (or is visiting here) visits the dateline's country; so does the head of a body of no country
    ['LIMA, May 4 - Bolivian Foreign Minister Guillermo Bedregal arrived here today for talks on the border.', ['CONSULT 042 occurred BOLGOV->PER']],
    ['JAKARTA, March 23 - World Bank President Barber Conable arrived here on Saturday.', ['CONSULT 042 occurred IGOWB->IDN']],
    // a plural present after its pronoun, dated by a day ahead, is an act to come
    ['Iraqi negotiators said they meet the Kuwaiti delegation in Jeddah tomorrow.', ['CONSULT 040 intended IRQGOV->KWTGOV']],
    // a demand a protest is made for is to the protest's target, from the same crowd
    ['Thousands of farmers marched against the government in Paris to demand higher prices.', ['PROTEST 141 occurred FRA->FRAGOV', 'REQUEST 100 requested FRA->FRAGOV']],
    // a condition does not reach a clause joined by ", and" with a subject of its own
    ['Iraq warned that it would use force if Kuwait kept flooding the oil market, and Kuwait put its army on alert.',
      ['THREATEN 138 occurred IRQ->KWT', 'ASSAULT 190 hypothetical IRQ->KWT', 'MOBILIZE 152 occurred KWT->IRQ']],
    // a title only companies give makes the shared title beside it a company's ("chairman and chief executive of ... Ltd")
    ['SYDNEY, March 3 - Peter Walsh, chairman and chief executive of Pacific Minerals Ltd, urged the government to cut mining royalties.', ['REQUEST 020 requested AUSBUS->AUSGOV']],
    // a company, or a body of no known kind, that flies somewhere trades there: no visit
    ['British Airways will fly to Tokyo non-stop from next month.', []],
    // police raiding coerce (170), on the group whose premises they enter; troops raiding attack
    ['Police in Phnom Penh raided the homes of opposition activists on Tuesday.', ['COERCE 170 occurred KHMCOP->KHMOPP']],
    ['Nicaraguan police raided the residence of a Roman Catholic bishop.', ['COERCE 170 occurred NICCOP->-']],
    // wire spellings of West Bank and Gaza places are found under GeoNames' transliterations ("Jenin" alone is a Polish village)
    ['Israeli troops raided the Jenin camp on Monday.', ['ASSAULT 190 occurred ISRMIL->PSE']],
    // a lower-case word describing a name after "and the" keeps the name in the compound subject
    ["The Philippine government and the communist New People's Army have agreed to reopen talks.", ['AGREE 036 occurred PHLGOV->PHLREB', 'AGREE 036 occurred PHLREB->PHLGOV']],
    // an infinitive asked for after long names, split by an adverb, is still the request's and no act of its own
    ["Guterres called on the leaders of Sudan's army and the paramilitary Rapid Support Forces to immediately cease hostilities.", ['REQUEST 020 requested IGOUN->SDNMIL', 'REQUEST 020 requested IGOUN->SDNREB']],
    // a craft that lands visits no one
    ['New Zealand said a military transport plane carrying rescue specialists would land in Port Vila later in the day.', []],
    // an invitation accepted to visit a country with no inviter named was that country's government's
    ['Iraqi Prime Minister Mohammed Shia al-Sudani has accepted an invitation to visit Washington in April.', ['AGREE 036 occurred IRQGOV->USAGOV', 'CONSULT 042 intended IRQGOV->USA', 'AGREE 036 invited USAGOV->IRQGOV']],
    // an opposition's alliance is the opposition's; a presidency governs; Bosnia alone is Bosnia and Herzegovina
    ["Georgia's opposition alliance demanded on Friday that the government annul the election.", ['REQUEST 100 requested GEOOPP->GEOGOV']],
    ["Bosnia's three-member presidency rejected the plan.", ['REJECT 120 occurred BIHGOV->-']],
    // the subject of a verb is the one backed, not the backer named after "backed by"
    ['M23 rebels backed by Rwandan troops captured the town of Sake on Monday.', ['ASSAULT 192 occurred CODREB->COD']],
    // Sandinista stood for Nicaragua's state and army
    ['Honduran warplanes bombed Sandinista positions near the frontier.', ['ASSAULT 195 occurred HNDMIL->NICMIL']],
    // the release answering one in exchange: by the capital's government that held them, of the group named
    ['Azerbaijan freed 32 Armenian soldiers on Thursday in exchange for two Azerbaijani servicemen held by Yerevan.', ['RETREAT 0841 occurred AZE->ARMMIL', 'RETREAT 0841 occurred ARMGOV->AZEMIL']],
    // a name with a participle and its agent between commas is the subject, not the agent
    ["Nelson Mandela, freed by South Africa's government this month, flew to Lusaka on Tuesday.", []],
    // a transitional or interim council governs
    ["Haiti's transitional council thanked Nairobi and Washington.", ['SUPPORT 051 occurred HTIGOV->KENGOV', 'SUPPORT 051 occurred HTIGOV->USAGOV']],
    // missiles fired into the sea are a show of force; recognition of a country's independence or statehood, refused for the time to come
    ['North Korea fired two ballistic missiles into the sea off its east coast on Monday.', ['MOBILIZE 150 occurred PRK->-']],
    ['Spain recognised Palestinian statehood on Tuesday.', ['SUPPORT 054 occurred ESP->PSE']],
    ["Vucic told reporters that Serbia would never recognise Kosovo's independence.", ['REJECT 120 occurred SRB->XKX']],
    // a capital's possessive before a ministry names its country's ministry
    ["Moscow's foreign ministry summoned the British ambassador.", ['ACCUSE 114 occurred RUSGOV->GBRGOV']],
    // a region no city bears the name of is of its country (first-level subdivisions): rebels attacking in it attack that country;
    // a truce declared in a region of one's own country is toward no party the place names
    ['Rebels attacked an army base in North Kivu on Friday.', ['ASSAULT 190 occurred CODREB->CODMIL']],
    ['China has moved thousands of troops close to the disputed border in Ladakh.', ['MOBILIZE 154 occurred CHN->IND']],
    ["Ethiopia's government declared a unilateral ceasefire in the Tigray region on Monday.", ['RETREAT 0871 occurred ETHGOV->-']],
    // "meet opposition from" is an objection met, no meeting; "pushing X towards famine" asks nothing of X
    ['Such a move could meet opposition from the Quebec government, analysts said.', []],
    ['The U.N. aid chief said a blockade was pushing Ethiopia towards famine.', []],
    ['The United States decided to push Germany and Japan harder to meet their commitments.', ['REQUEST 020 requested USA->DEU', 'REQUEST 020 requested USA->JPN']],
    // every act of a charge is the charge's ("of burning villages and killing civilians"); a finite verb after it is the accuser's
    ["Guterres accused Myanmar's military on Friday of burning villages and killing civilians in Rakhine state.", ['ACCUSE 112 occurred IGOUN->MMRMIL']],
    ['Iran accused Iraq of attacking its tankers and vowed to retaliate.', ['ACCUSE 112 occurred IRN->IRQ', 'THREATEN 138 occurred IRN->IRQ']],
    // a name's short form in brackets does not end its phrase ("the United Arab Emirates (UAE) have agreed")
    ['Yugoslavia and the United Arab Emirates (UAE) agreed on Monday to restore trade.', ['AGREE 0311 occurred YUG->ARE', 'AGREE 0311 occurred ARE->YUG']],
    ['BRUSSELS, March 16 - The European Community (EC) delivered warnings to both Japan and the United States over trade frictions.', ['THREATEN 130 occurred IGOEU->JPN', 'THREATEN 130 occurred IGOEU->USA']],
    // breaking relations, with or without "off"; "battle market forces" in money copy is no fighting
    ['TUNIS, March 26 - Tunisia broke diplomatic relations with Iran, the foreign ministry said.', ['SANCTION 161 occurred TUN->IRN']],
    // (the ministry's pressure on the firms is its request of them, recall-c8: under a Tokyo dateline, Japan's)
    ['TOKYO, March 9 - Doubts remain over whether the ministry, which is pressuring the firms, can battle market forces and whether the U.S. industry is ready, analysts said of the chip pact.', ['REQUEST 020 requested JPNGOV->JPNBUS']],
    // bodies of the archive years and lenders (facts): the OAU, the OAS, the Arab Monetary Fund
    ['ADDIS ABABA, May 25 - The Organization of African Unity (OAU) condemned South Africa.', ['ACCUSE 111 occurred IGOOAU->ZAF']],
    ['The OAS urged Nicaragua to hold talks.', ['REQUEST 020 requested IGOOAS->NIC']],
    ['The Arab Monetary Fund is to lend Iraq 71.7 mln dlrs to help finance its trade.', ['AID 071 intended IGOAMF->IRQ']],
    // a demonym in a capitals heading is its country ("CYPRIOT TANKER")
    ['IRAN ATTACKS CYPRIOT TANKER\nTOKYO, March 17 - Shipping sources said the ship was set ablaze.', ['ASSAULT 190 occurred IRN->CYP']],
    // a war between two named is theirs, whoever the clause is about
    ['Yugoslavia and Egypt agreed to work to end the war between Iran and Iraq.', ['AGREE 030 occurred YUG->EGY', 'AGREE 030 occurred EGY->YUG', 'ASSAULT 190 occurred IRN->IRQ', 'ASSAULT 190 occurred IRQ->IRN']],
    // a war to be ended is no hostile act pledged, and the sides it is named by are no party of the agreement
    ['Yugoslavia and Egypt have agreed to initiate efforts to end the Iraq- Iran war.', ['AGREE 030 occurred YUG->EGY', 'AGREE 030 occurred EGY->YUG']],
    // agreeing with a party to do something ("agreed with Iran to share intelligence"); agreeing with someone's view is none
    ['Egypt agreed with Iran to share intelligence.', ['AGREE 0312 occurred EGY->IRN']],
    ['I agree with the minister to some extent, the senator said.', []],
    // a visit or talks framing what the subject said: "at the end of" as "during"
    ['Peruvian President Alan Garcia told reporters at the end of a visit to Mexico that Peru would not export its model.', ['CONSULT 042 occurred PERGOV->MEX']],
    // "official" before a noun of an act is an adjective, not a person ("during an official visit to Mexico")
    ['Peruvian President Alan Garcia said during an official visit to Mexico that Peru would not export its model.', ['CONSULT 042 occurred PERGOV->MEX']],
    ['A senior official said the talks would resume on Monday.', []],
    // rebel forces are the armed opposition's, not the state's ("battled rebel forces")
    ['Sudanese troops battled rebel forces near Khartoum on Monday.', ['ASSAULT 190 occurred SDNMIL->SDNREB', 'ASSAULT 190 occurred SDNREB->SDNMIL']],
    // an act reported as told by others was done ("IRAN SAID TO ATTACK CYPRIOT TANKER")
    ['IRAN SAID TO ATTACK CYPRIOT TANKER\nTOKYO, March 17 - Shipping sources said the Cypriot ship was set ablaze.', ['ASSAULT 190 occurred IRN->CYP']],
    // a foreign guest welcomed somewhere is hosted (043); welcoming a decision is praise
    ['Kazakh President Kassym-Jomart Tokayev welcomed Chinese President Xi Jinping to Astana on Tuesday.', ['CONSULT 043 occurred KAZGOV->CHNGOV']],
    ['Kazakh President Kassym-Jomart Tokayev welcomed Chinese President Xi Jinping on Tuesday as a great friend.', ['SUPPORT 051 occurred KAZGOV->CHNGOV']],
  ];
  eventRows(cases);
});

describe('[events] armed men no one names (whole extract)', () => {
  it('[events] the attackers of a sentence that names another side are not the attacking country\'s rebels', () => {
    const recipients = (text: string) => extract(text, { date: '1987-04-09' }).events.map((e) => e.recipient?.code ?? null);
    expect(recipients('Iraq said its troops killed 40 attackers near Basra last night.'), '[events] no other side').toEqual(['IRQREB']);
    expect(recipients('Iraq said its troops killed 40 attackers near Basra last night after an Iranian assault.'), '[events] an Iranian assault').not.toContain('IRQREB');
    expect(recipients('GABORONE, April 9 - South African troops last May launched a military attack against alleged guerrilla targets.'), '[events] a story from another capital').not.toContain('ZAFREB');
  });
});

describe('[events] dates in relative clauses (whole extract)', () => {
  it('[events] a date in a relative clause closed before the trigger is not the trigger\'s', () => {
    const text = 'North Korea on Saturday accused the United States and South Korea of rehearsing for war with their drills, which began on Monday, and warned of overwhelming countermeasures.';
    const threats = extract(text, { date: '2024-06-08' }).events.filter((e) => e.type === 'THREATEN');
    expect(threats.map((e) => e.date?.value), '[events] threat dates').toEqual(['2024-06-08', '2024-06-08']);
  });
  it('[events] "exactly a year ago" is the same day a year before; "two weeks ago" the month; an act to come has no day already past', () => {
    const dates = (text: string) => extract(text, { date: '1987-05-19' }).events.map((e) => e.date?.value ?? null);
    expect(dates('South African commandos raided the capital of Botswana exactly a year ago.'), '[events] a year ago').toEqual(['1986-05-19']);
    expect(dates('Israel struck Gaza two weeks ago.'), '[events] two weeks ago').toEqual(['1987-05']);
    // a date after "before" or "ahead of" is another act's ("criticised the meeting before the start of the crop year on April 1")
    expect(dates('PARIS, May 19 - French Farm Minister Francois Guillaume criticised the European Community before the start of the crop year on April 1.'), '[events] before').toEqual(['1987-05-19']);
    // a sentence may open with its day ("Yesterday ...", "Last week ...")
    expect(dates('Yesterday tens of thousands of students marched in Seoul against the government.'), '[events] Yesterday').toEqual(['1987-05-18']);
    // "overnight" is the dispatch's day
    expect(dates('Air strikes on Rafah by Israeli aircraft killed at least 25 people overnight, health officials said.'), '[events] overnight').toEqual(['1987-05-19']);
    // "last night" in a dispatch is the night before its day
    expect(dates('Iran attacked a Saudi supertanker off the United Arab Emirates last night, shipping sources said.'), '[events] last night').toEqual(['1987-05-18']);
    expect(dates('Britain will send troops to Kenya, which it left six weeks ago.'), '[events] to come').toEqual([null]);
  });
  it('[events] a day written without its year in the coming weeks is of this year, even read for an act told in the past', () => {
    const got = extract('New U.S. tariffs on Japanese semiconductor goods take effect on April 17, officials said.', { date: '1987-04-13' }).events;
    expect(got.map((e) => `${e.type} ${e.status} ${e.date?.value ?? null}`), '[events] tariffs to come').toEqual(['SANCTION intended 1987-04-17']);
  });
  it('[events] relative days count from the dateline\'s day when the record is stamped a day before or after it', () => {
    const dates = (text: string, date: string) => extract(text, { date }).events.map((e) => e.date?.value ?? null);
    const text = 'EGYPT SIGNS DEBT ACCORD\nCAIRO, March 17 - Egypt and the Soviet Union signed an agreement yesterday rescheduling Cairo\'s military debt.';
    expect(dates(text, '1987-03-16'), '[events] dateline a day after the stamp').toEqual(['1987-03-16', '1987-03-16']);
    // a dateline far from the stamp is no guide (a misread or a story filed late): the record's date stays
    expect(dates(text, '1987-03-30'), '[events] dateline far from the stamp').toEqual(['1987-03-29', '1987-03-29']);
  });
  it('[events] a request or an invitation told in the past in the main news was made on the dispatch day; one to come is undated', () => {
    const dates = (text: string) => extract(text, { date: '1987-03-11' }).events.map((e) => `${e.type} ${e.status} ${e.date?.value ?? null}`);
    expect(dates('CLARK URGES ACTION ON ACID RAIN\nWASHINGTON, March 11 - Canadian Foreign Secretary Joe Clark urged the United States to take firm action on acid rain.'), '[events] urged').toEqual(['REQUEST requested 1987-03-11']);
    expect(dates('ECUADOR TO SEEK HIGHER QUOTA\nCARACAS, March 11 - Ecuador will ask OPEC to raise its oil export quota.'), '[events] will ask').toEqual(['REQUEST requested null']);
    // (the past progressive and a word act reported in the past are told as done: dated in the main news)
    expect(dates('CARACAS, March 11 - Venezuela said it was suspending talks with Guyana on the border dispute.'), '[events] progressive').toContain('SANCTION occurred 1987-03-11');
    // (a participle's act set off by a comma is done when the clause before it is)
    expect(dates('Guyanese President Irfaan Ali on Sunday asked the U.N. Security Council to act, accusing Caracas of flouting a court order.'), '[events] participle').toContain('ACCUSE occurred 1987-03-08');
    // (an undated act told after the news's own dated act, in the same paragraph, was done that day)
    expect(dates('NAIROBI, March 11 - Kenyan President Daniel arap Moi received Ugandan President Yoweri Museveni in Nairobi on Sunday for talks. The two leaders agreed to reopen their border.'), '[events] day of the news').toContain('AGREE occurred 1987-03-08');
    // (an act only the headline tells, in the present, is the news of the day)
    expect(dates('STOLTENBERG URGES BRITAIN TO JOIN EMS\nBONN, March 11 - The European Monetary System will meet in April, officials said.'), '[events] headline').toContain('REQUEST requested 1987-03-11');
    // (a warning, an accusation or a request told in the past in a later paragraph was made that day too)
    expect(dates('IRAN WARNS OF REPRISALS\nNICOSIA, March 11 - Iran said several people were hurt in a raid on its oil fields.\n    Iranian Prime Minister Mir-Hossein Mousavi later accused Iraq of attacking civilians.'), '[events] later paragraph').toContain('ACCUSE occurred 1987-03-11');
  });
  it('[events] a threat carried by an announced act is dated when said', () => {
    const threats = (text: string, date: string) => extract(text, { date }).events.filter((e) => e.type === 'THREATEN').map((e) => e.date?.value ?? null);
    expect(threats('Turkish President Tayyip Erdogan said on Tuesday that Turkey would launch a ground operation against Kurdish militants in Syria.', '2022-11-24'), '[events] said on Tuesday').toEqual(['2022-11-22']);
    // (the act to come is not dated by the day of the saying)
    const act = extract('Turkish President Tayyip Erdogan said on Tuesday that Turkey would launch a ground operation against Kurdish militants in Syria.', { date: '2022-11-24' }).events.find((e) => e.type === 'ASSAULT');
    expect(act?.date ?? null, '[events] act to come').toBeNull();
    expect(threats('DAMASCUS, Oct 20 - Iranian Prime Minister Mir-Hossein Mousavi said his country would retaliate against the United States.', '1987-10-20'), '[events] said in the main news').toEqual(['1987-10-20']);
  });
  it('[events] a restriction imposed has its own date, and the lifting is not of that day', () => {
    const got = extract('Bangladeshi authorities restored mobile internet services on Sunday and further eased a curfew imposed on July 19.', { date: '2024-07-28' }).events;
    expect(got.map((e) => `${e.type} ${e.date?.value ?? null}`).sort(), '[events] dates').toEqual(['COERCE 2024-07-19', 'CONCEDE 2024-07-28']);
    const shutdown = extract("Bangladesh's government restored mobile internet services on Sunday after an 11-day shutdown it had imposed.", { date: '2024-07-28' }).events.find((e) => e.type === 'COERCE');
    expect(shutdown?.date, '[events] shutdown date').toBeNull();
  });
  it('[events] the day of another clause or of the saying is not the day of an act to come', () => {
    const text = 'Colombia backed down on Sunday, hours after President Donald Trump said he would impose sweeping tariffs on Colombia.';
    const sanction = extract(text, { date: '2025-01-27' }).events.find((e) => e.type === 'SANCTION');
    expect(sanction?.status, '[events] sanction status').toBe('intended');
    expect(sanction?.date, '[events] sanction date').toBeNull();
  });
});

describe('[events] codes of the time (whole extract)', () => {
  it('[events] a 1987 dispatch from Belgrade is of Yugoslavia, a 2024 one of Serbia; one from Bratislava in 1990 of Czechoslovakia', () => {
    const codes = (text: string, date: string) => extract(text, { date }).events.map((e) => `${e.type} ${e.actor.code}`);
    expect(codes('BELGRADE, March 14 - Thousands of workers went on strike on Friday over pay cuts.', '1987-03-14'), '[events] 1987').toEqual(['PROTEST YUG']);
    expect(codes('BELGRADE, March 14 - Thousands of workers went on strike on Friday over pay cuts.', '2024-03-15'), '[events] 2024').toEqual(['PROTEST SRB']);
    expect(codes('BRATISLAVA, March 14 - Thousands of workers went on strike on Friday over pay cuts.', '1990-03-16'), '[events] 1990').toEqual(['PROTEST CSK']);
  });
  it('[events] the union republics were the Soviet state before 26 December 1991; the Baltic states kept their own', () => {
    const pairs = (text: string, date: string) => extract(text, { date }).events.map((e) => `${e.type} ${e.actor.code}->${e.recipient?.code ?? '-'}`).sort();
    expect(pairs('YEREVAN, Dec 12 - Planes from the United States and France landed in Soviet Armenia on Monday carrying rescue teams and medical supplies.', '1988-12-12'), '[events] 1988')
      .toEqual(['AID USA->SUN', 'AID FRA->SUN'].sort());
    expect(pairs('The United States and France flew medical supplies to Armenia on Monday.', '2024-03-12'), '[events] 2024').toEqual(['AID FRA->ARM', 'AID USA->ARM']);
    expect(pairs('Soviet President Mikhail Gorbachev threatened on Friday to cut off supplies to Lithuania.', '1990-04-13'), '[events] Lithuania').toEqual(['THREATEN SUNGOV->LTU']);
  });
});
