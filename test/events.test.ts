/**
 * Event coding: table tests of the events stage over hand-built coref and quote layers (so they
 * test this stage alone), relative dates, the seed dispatch's required events, and a floor over
 * test/fixtures/events/sentences.jsonl through the whole `extract`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, Mention, MentionForm, Quote } from '../src/model.js';
import { codeEvents } from '../src/stages/events.js';
import { resolveDate } from '../src/stages/dates.js';
import { readRecord } from '../src/stages/record.js';
import { splitStructure } from '../src/stages/structure.js';
import { extract } from '../src/pipeline.js';
import { loadFixtures, score } from '../scripts/eval-events.js';

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

type Row = [string, EntitySpec[], { type: string; actor: string; recipient: string | null; status: string; cameo?: string; date?: string | null; mode?: string | null }[]];

// Sentences written for these tests; none is in the fixture file.
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
  ['The Peruvian president resigned after weeks of protests.', [{ id: 'pres', type: 'person', actor: 'PERGOV', forms: ['The Peruvian president'] }], [{ type: 'CONCEDE', actor: 'PERGOV', recipient: 'PER', status: 'occurred' }]],
  ['Odinga called on the government to resign.', [{ id: 'odinga', type: 'person', actor: 'KENOPP', forms: ['Odinga'] }], [{ type: 'REQUEST', actor: 'KENOPP', recipient: 'KENGOV', status: 'requested' }]],
  ['China lifted the curfew in Lhasa.', [CHN], [{ type: 'CONCEDE', actor: 'CHN', recipient: null, status: 'occurred' }]],
  // speech-wrapped acts, purpose clauses, coordinated verbs
  ['Russia and China said they would hold joint naval patrols next year.', [RUS, CHN], [{ type: 'COOPERATE', actor: 'RUS', recipient: 'CHN', status: 'intended' }, { type: 'COOPERATE', actor: 'CHN', recipient: 'RUS', status: 'intended' }]],
  ['Wang Yi will travel to Moscow next week to meet Sergei Lavrov.', [WANG, LAVROV, RUS], [{ type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUS', status: 'intended', date: '2024-06' }, { type: 'CONSULT', actor: 'CHNGOV', recipient: 'RUSGOV', status: 'intended' }]],
  ['Thousands rallied in Tehran against the United States.', [USA, IRN], [{ type: 'PROTEST', actor: 'IRN', recipient: 'USA', status: 'occurred' }]],
  ['Russia alone will hold drills in the Arctic.', [RUS], [{ type: 'MOBILIZE', actor: 'RUS', recipient: null, status: 'intended', cameo: '150' }]],
  // precision: no symmetric pairs for one-sided acts, no actor from a remark's author
  ['Britain and France threatened new sanctions.', [{ id: 'gbr', type: 'country', actor: 'GBR', forms: ['Britain'] }, { id: 'fra', type: 'country', actor: 'FRA', forms: ['France'] }], [{ type: 'THREATEN', actor: 'GBR', recipient: null, status: 'occurred' }, { type: 'THREATEN', actor: 'FRA', recipient: null, status: 'occurred' }]],
  ['Moscow summoned the Chinese envoy to protest remarks by Wang Yi.', [RUS, WANG], [{ type: 'ACCUSE', actor: 'RUS', recipient: 'CHNGOV', status: 'occurred' }]],
  ['China plans to expand military cooperation with Russia.', [CHN, RUS], [{ type: 'AGREE', actor: 'CHN', recipient: 'RUS', status: 'intended', cameo: '0312' }]],
  ['Beijing praised Moscow for its position.', [CHN, RUS], [{ type: 'SUPPORT', actor: 'CHN', recipient: 'RUS', status: 'occurred', cameo: '051' }]],
  ['The United States will send more air defense systems to Ukraine.', [USA, UKR], [{ type: 'AID', actor: 'USA', recipient: 'UKR', status: 'intended', cameo: '072' }]],
  // precision: speech, generic nouns and actorless acts give nothing
  ['Lavrov said the situation in the region remained tense.', [LAVROV], []],
  ['Joint exercises can serve as an example of this.', [], []],
  ['The visit had been planned for months, officials said.', [], []],
  ['Sanctions were imposed last year.', [], []],
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

  it('[events] I and you in a direct quote resolve to the speaker and the main event recipient', () => {
    const text = 'Lavrov held talks with Wang Yi on Friday.\n\n"I invite you to visit Moscow," Lavrov said.';
    const q = text.indexOf('I invite');
    const events = code(text, [LAVROV, WANG, RUS], '2024-06-07', [{ kind: 'direct', start: q, end: text.indexOf(',"'), speaker: 'lavrov' }]);
    const invite = events.find((e) => e.evidence.why === 'agree.invite');
    expect(invite?.actor.code, '[events] invite actor').toBe('RUSGOV');
    expect(invite?.recipient?.code, '[events] invite recipient').toBe('CHNGOV');
    expect(invite?.status).toBe('invited');
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

describe('[events/dates]', () => {
  const anchor = '2023-06-09'; // a Friday
  const rows: Array<[string, 'past' | 'future', string, string]> = [
    ['on Friday', 'past', '2023-06-09', 'day'],
    ['on Tuesday', 'past', '2023-06-06', 'day'],
    ['on Tuesday', 'future', '2023-06-13', 'day'],
    ['in April', 'past', '2023-04', 'month'],
    ['in August', 'past', '2022-08', 'month'],
    ['in August', 'future', '2023-08', 'month'],
    ['in March this year', 'past', '2023-03', 'month'],
    ['in March last year', 'past', '2022-03', 'month'],
    ['last week', 'past', '2023-05', 'month'], // weeks are told by their month (fixture README)
    ['next week', 'future', '2023-06', 'month'],
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
});

const FIXTURES = new URL('./fixtures/events/sentences.jsonl', import.meta.url).pathname;
describe('[events] fixture sentences', () => {
  it.skipIf(!existsSync(FIXTURES))('[events] type recall and precision floors over sentences.jsonl', () => {
    const s = score(loadFixtures(FIXTURES));
    // Floors the current code meets; raise them as the coder improves (scripts/eval-events.ts).
    expect(s.typeHits / s.expected, '[events] type recall').toBeGreaterThanOrEqual(FLOORS.typeRecall);
    expect(s.correct / Math.max(1, s.produced), '[events] precision').toBeGreaterThanOrEqual(FLOORS.precision);
  }, 60_000);
});

const FLOORS = { typeRecall: 0.7, precision: 0.7 };
