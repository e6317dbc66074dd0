import { existsSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { tokenize } from '../src/ner/tokenize.js';
import { findNames, findNamesInDocument, tagTokens, type NameSpan } from '../src/ner/tagger.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('ner/tokenize', () => {
  const rows: [string, string[]][] = [
    ["Russia’s Defense Ministry said.", ['Russia', '’s', 'Defense', 'Ministry', 'said', '.']],
    ["the U.S. Lt. Gen. John W. Smith", ['the', 'U.S.', 'Lt.', 'Gen.', 'John', 'W.', 'Smith']],
    ['rose 3.5 percent to 1,000 on 1996-08-22', ['rose', '3.5', 'percent', 'to', '1,000', 'on', '1996-08-22']],
    ['Russia-China drills, Colonel-General Li', ['Russia-China', 'drills', ',', 'Colonel-General', 'Li']],
    ["it wasn't O'Neill's", ['it', 'was', "n't", "O'Neill", "'s"]],
    ['“We agree,” he said', ['“', 'We', 'agree', ',', '”', 'he', 'said']],
    ['"Yes," she said -- twice...', ['"', 'Yes', ',', '"', 'she', 'said', '--', 'twice', '...']],
    ['MOSCOW, June 9. /TASS/.', ['MOSCOW', ',', 'June', '9', '.', '/', 'TASS', '/', '.']],
    ['the Shanghai Cooperation Organization (SCO)', ['the', 'Shanghai', 'Cooperation', 'Organization', '(', 'SCO', ')']],
    ["PAKISTAN'S Cote d'Ivoire AT&T", ['PAKISTAN', "'S", 'Cote', "d'Ivoire", 'AT&T']],
    ['$5 or 50%', ['$', '5', 'or', '50', '%']],
  ];
  for (const [input, expected] of rows) {
    it(input, () => {
      expect(words(input), `[ner/tokenize] ${input}`).toEqual(expected);
    });
  }

  it('offsets are half-open slices of the input, within [start, end)', () => {
    const text = '  Lt. Gen. Ivan Petrov’s “visit” to Kyiv.\n';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end), '[ner/tokenize] offsets').toBe(t.text);
    expect(tokenize(text, 6, 15).map((t) => t.text), '[ner/tokenize] range').toEqual(['Gen.', 'Ivan']);
  });
});

const names = (text: string): string[] =>
  findNames(text, tokenize(text)).map((n: NameSpan) => `${n.type}:${text.slice(n.start, n.end)}`);

describe('ner/tagger', () => {
  // [sentence, names that must be found, strings that must not be tagged as a name of that type]
  const rows: [string, string[], string[]][] = [
    [
      'Chief of the General Staff Army General Valery Gerasimov held talks with his Chinese counterpart Liu Zhenli.',
      ['PER:Valery Gerasimov', 'PER:Liu Zhenli'],
      ['PER:Army', 'PER:General'],
    ],
    [
      'Defence Minister Tomas Varkonyi met Brigadier General Oduya Mbeki-Santos in Lusaka on Tuesday.',
      ['PER:Tomas Varkonyi', 'PER:Oduya Mbeki-Santos', 'LOC:Lusaka'],
      ['PER:Tuesday'],
    ],
    [
      'The Northern Grain Alliance said on Monday it had signed a supply deal with Kestrel Holdings Ltd.',
      ['ORG:Northern Grain Alliance'],
      [],
    ],
    [
      'Foreign Minister Ilse Brandvold told reporters in Oslo that Norway would not change its position.',
      ['PER:Ilse Brandvold', 'LOC:Oslo', 'LOC:Norway'],
      [],
    ],
    [
      'Rebels of the Popular Front for the Liberation of Azania attacked a convoy near Tembisa, a police spokesman said.',
      ['LOC:Tembisa'],
      [],
    ],
    [
      'Russian President Vladimir Putin and Chinese leader Xi Jinping signed a joint statement in April.',
      ['PER:Vladimir Putin', 'PER:Xi Jinping'],
      ['PER:April', 'PER:President', 'LOC:April'],
    ],
    ['PRIME MINISTER KAROL VESELY RESIGNS IN PRAGUE', ['LOC:PRAGUE'], []],
    // copy wrapped at a fixed width: a line break inside a sentence is a space, also inside a name
    [
      'WASHINGTON, March 19 - President Reagan said arms talks with the Soviet\nUnion would resume in Geneva next month after a pause of a year.',
      ['LOC:Soviet\nUnion', 'LOC:Geneva'],
      ['ORG:Union', 'LOC:Union'],
    ],
    // a heading's line break still ends it
    ['GREECE ACCUSES TURKEY\nATHENS, April 8 - Greece accused Turkish warplanes of infringing its air space.', ['LOC:ATHENS', 'LOC:Greece'], ['LOC:TURKEY\nATHENS']],
    // a name in a line of capitals holds no preposition, auxiliary or headline verb
    ['TUNISIA TO BREAK TIES WITH IRAN', ['LOC:TUNISIA', 'LOC:IRAN'], ['LOC:TUNISIA TO BREAK TIES WITH IRAN']],
    ['GREECE ACCUSES TURKEY', ['LOC:GREECE', 'LOC:TURKEY'], ['LOC:GREECE ACCUSES TURKEY']],
    ['BANK OF ENGLAND TO CUT RATES', ['ORG:BANK OF ENGLAND'], []],
    ['Several people were injured when U.S. Warships bombarded the platforms this afternoon.', ['LOC:U.S.'], ['PER:Warships', 'ORG:U.S. Warships']],
    // the 1987 archive capitalises every word after "U.S."
    [
      'Finance ministers of Britain, Canada, France, Japan, the U.S. And West Germany agreed to cooperate.',
      ['LOC:U.S.', 'LOC:West Germany'],
      ['LOC:U.S. And West Germany', 'ORG:U.S. And West Germany'],
    ],
  ];
  for (const [input, must, mustNot] of rows) {
    it(input, () => {
      const found = names(input);
      for (const m of must) expect(found, `[ner/tagger] ${input}: missing ${m}`).toContain(m);
      for (const m of mustNot) expect(found, `[ner/tagger] ${input}: spurious ${m}`).not.toContain(m);
    });
  }

  it('tagTokens returns BIO2 tags, one per token', () => {
    const tokens = words('Army General Valery Gerasimov visited Beijing .');
    const tags = tagTokens(tokens);
    expect(tags.length, '[ner/tagger] tagTokens length').toBe(tokens.length);
    expect(tags.slice(2, 4), '[ner/tagger] tagTokens').toEqual(['B-PER', 'I-PER']);
    expect(tags[5], '[ner/tagger] tagTokens').toBe('B-LOC');
  });

  it('spans cover whole tokens and carry a score in [0, 1]', () => {
    const text = 'Gerasimov said Liu Zhenli would visit Moscow.';
    const tokens = tokenize(text);
    const starts = new Set(tokens.map((t) => t.start));
    const ends = new Set(tokens.map((t) => t.end));
    for (const n of findNames(text, tokens)) {
      expect(starts.has(n.start) && ends.has(n.end), '[ner/tagger] token boundaries').toBe(true);
      expect(n.score, '[ner/tagger] score').toBeGreaterThanOrEqual(0);
      expect(n.score, '[ner/tagger] score').toBeLessThanOrEqual(1);
    }
  });

  it('findNamesInDocument returns the spans of each sentence, inside that sentence', () => {
    const text = 'RUSSIA, CHINA HOLD TALKS\nGerasimov met Liu Zhenli in Moscow. Later Gerasimov said the talks went well.';
    const nl = text.indexOf('\n');
    const dot = text.indexOf('.') + 1;
    const sentences = [tokenize(text, 0, nl), tokenize(text, nl + 1, dot), tokenize(text, dot)];
    const out = findNamesInDocument(text, sentences);
    expect(out.length, '[ner/tagger] one span list per sentence').toBe(3);
    out.forEach((spans, s) => {
      const first = sentences[s][0].start;
      const last = sentences[s][sentences[s].length - 1].end;
      for (const n of spans) expect(n.start >= first && n.end <= last, '[ner/tagger] span inside its sentence').toBe(true);
    });
    const found = out.flat().map((n) => `${n.type}:${text.slice(n.start, n.end)}`);
    for (const m of ['PER:Liu Zhenli', 'LOC:Moscow']) expect(found, `[ner/tagger] findNamesInDocument: missing ${m}`).toContain(m);
    expect(findNamesInDocument(text, []), '[ner/tagger] empty document').toEqual([]);
    expect(findNamesInDocument(text, [[]]), '[ner/tagger] empty sentence').toEqual([[]]);
  });

  it('findNamesInDocument on one sentence equals findNames', () => {
    const text = 'Defence Minister Tomas Varkonyi met Brigadier General Oduya Mbeki-Santos in Lusaka on Tuesday.';
    const tokens = tokenize(text);
    expect(findNamesInDocument(text, [tokens])[0], '[ner/tagger] same spans').toEqual(findNames(text, tokens));
  });

  const seed = new URL('../../shared/seeds/000_d7c5acfbb8bd3031.txt', import.meta.url);
  it.skipIf(!existsSync(seed))('finds the persons of the seed dispatch', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(seed, 'utf8');
    const found = new Set(names(text));
    for (const p of ['Valery Gerasimov', 'Liu Zhenli', 'Li Shangfu', 'Xi Jinping', 'Vladimir Putin']) {
      expect(found, `[ner/tagger] seed: missing ${p}`).toContain(`PER:${p}`);
    }
    for (const p of ['April', 'President', 'Russia-China', 'MOSCOW']) {
      expect(found, `[ner/tagger] seed: ${p} is not a person`).not.toContain(`PER:${p}`);
    }
  });

  const dev = new URL('../../shared/data/conll2003/dev.txt', import.meta.url).pathname;
  it.skipIf(!existsSync(dev))('CoNLL-2003 dev F1 stays above the floor', async () => {
    const { readConll, score } = await import('../scripts/eval-ner.js');
    const { tagSentences } = await import('../src/ner/tagger.js');
    const gold: string[][] = [];
    const guess: string[][] = [];
    for (const doc of readConll(dev)) {
      const out = tagSentences(doc.map((s) => s.words));
      doc.forEach((s, i) => {
        gold.push(s.tags);
        guess.push(out[i]);
      });
    }
    const s = score(gold, guess);
    expect(s.overall.f, '[ner/tagger] dev F1').toBeGreaterThan(0.87);
    expect(s.byType.PER.f, '[ner/tagger] dev PER F1').toBeGreaterThan(0.9);
  });
});
