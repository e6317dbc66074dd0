/**
 * Table tests for quote attribution: `[sentence, expected]` rows in wire style, written by the
 * team. Each expected quote names a fragment of its content, its kind, speaker and cue; `null`
 * means the sentence holds no reported speech.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

interface Expected {
  fragment: string;
  kind: 'direct' | 'indirect' | 'mixed';
  /** `null`: an unnamed speaker ("when asked whether ...": the asker is not said). */
  speaker: string | null;
  cue: string;
}

const rows: Array<[string, Expected | null]> = [
  // leading: subject, cue, optional object and adjuncts, that-clause
  ['Foreign Minister Ana Duarte said on Monday that talks with the rebels would resume next week.', { fragment: 'talks with the rebels would resume', kind: 'indirect', speaker: 'Ana Duarte', cue: 'said' }],
  ['Defense Minister Piotr Nowak told reporters in Warsaw that 2,000 more troops would reach the border.', { fragment: '2,000 more troops would reach', kind: 'indirect', speaker: 'Piotr Nowak', cue: 'told' }],
  ['General Omar Haddad told the committee the army had not been consulted.', { fragment: 'the army had not been consulted', kind: 'indirect', speaker: 'Omar Haddad', cue: 'told' }],
  ['Defense Minister Piotr Nowak told delegates at the NATO summit in Vilnius that the brigade would be ready by June.', { fragment: 'the brigade would be ready by June', kind: 'indirect', speaker: 'Piotr Nowak', cue: 'told' }],
  ['Senator Laura Finch has long argued that the tariffs hurt farmers more than importers.', { fragment: 'the tariffs hurt farmers', kind: 'indirect', speaker: 'Laura Finch', cue: 'argued' }],
  ['Prime Minister Jonas Berg said during a visit to Oslo on Tuesday that the fishing deal was fair.', { fragment: 'the fishing deal was fair', kind: 'indirect', speaker: 'Jonas Berg', cue: 'said' }],
  // trailing and inverted
  ['The ceasefire will hold through the weekend, Interior Minister Karim Mansour said on Friday.', { fragment: 'The ceasefire will hold', kind: 'indirect', speaker: 'Karim Mansour', cue: 'said' }],
  ['“We will not accept any preconditions,” Deputy Foreign Minister Elena Sorokina told reporters.', { fragment: 'We will not accept any preconditions', kind: 'direct', speaker: 'Elena Sorokina', cue: 'told' }],
  ['“The border is calm,” said Colonel Ivan Petrenko, a spokesman for the border guard.', { fragment: 'The border is calm', kind: 'direct', speaker: 'Ivan Petrenko', cue: 'said' }],
  ['Exports fell for a third month, said Martin Keller, chief economist at the central bank.', { fragment: 'Exports fell for a third month', kind: 'indirect', speaker: 'Martin Keller', cue: 'said' }],
  ['The new rules, Finance Minister Sofia Reyes said, will take effect in January.', { fragment: 'will take effect in January', kind: 'indirect', speaker: 'Sofia Reyes', cue: 'said' }],
  ['The seized files covered arms deliveries, the prosecutor said, including shipments through Odesa.', { fragment: 'including shipments through Odesa', kind: 'indirect', speaker: 'prosecutor', cue: 'said' }],
  // asides between the speaker and the cue
  ['Minister Tomas Varga, who leads the delegation, said the two sides had agreed on a timetable.', { fragment: 'the two sides had agreed on a timetable', kind: 'indirect', speaker: 'Tomas Varga', cue: 'said' }],
  // medial and running quotes
  ['“This is a first step,” President Amara Diallo said, “and more will follow.”', { fragment: 'This is a first step,” President Amara Diallo said, “and more will follow', kind: 'direct', speaker: 'Amara Diallo', cue: 'said' }],
  // mixed and framed fragments
  ['Foreign Minister Kenji Sato said the missile launch was “a grave threat to regional peace.”', { fragment: 'the missile launch was “a grave threat', kind: 'mixed', speaker: 'Kenji Sato', cue: 'said' }],
  ['Chancellor Petra Lindqvist called the proposal “a dead end” for European farmers.', { fragment: 'a dead end', kind: 'mixed', speaker: 'Petra Lindqvist', cue: 'called' }],
  // according to
  ['Turnout reached 61 percent, according to the Central Election Commission.', { fragment: 'Turnout reached 61 percent', kind: 'indirect', speaker: 'Central Election Commission', cue: 'according to' }],
  ['According to the Health Ministry, at least 14 people were injured in the blast.', { fragment: 'at least 14 people were injured', kind: 'indirect', speaker: 'Health Ministry', cue: 'According to' }],
  ['Prices kept rising: bread cost 40 percent more than a year earlier, according to official data.', { fragment: 'bread cost 40 percent more than a year earlier', kind: 'indirect', speaker: 'official data', cue: 'according to' }],
  ['Most voters said that the economy came first, according to preliminary exit polling.', { fragment: 'Most voters said that the economy came first', kind: 'indirect', speaker: 'preliminary exit polling', cue: 'according to' }],
  // participles continue the clause subject
  ['President Luis Ortega condemned the attack, calling it “an act of cowardice.”', { fragment: 'an act of cowardice', kind: 'mixed', speaker: 'Luis Ortega', cue: 'calling' }],
  // a person named in an aside; a colon introducing the quote; the source of a source
  ['A ministry spokesman, Colonel Arman Seitov, said the drills would end on Sunday.', { fragment: 'the drills would end on Sunday', kind: 'indirect', speaker: 'Arman Seitov', cue: 'said' }],
  ['The plan does not impress opposition leader Mirela Kovac: “It is a list of slogans, not a budget.”', { fragment: 'It is a list of slogans', kind: 'direct', speaker: 'Mirela Kovac', cue: ':' }],
  ['“The talks were useful,” the Georgian envoy said, according to the ministry’s press service.', { fragment: 'The talks were useful', kind: 'direct', speaker: 'Georgian envoy', cue: 'said' }],
  // one-word answers
  ['Asked whether the truce would hold, 62 percent of respondents said yes, up from 48 percent in May.', { fragment: 'yes', kind: 'indirect', speaker: '62 percent of respondents', cue: 'said' }],
  ['Asked if he would run again, the mayor said no.', { fragment: 'no', kind: 'indirect', speaker: 'mayor', cue: 'said' }],
  // stance verbs whose object is the content, cut at the end of its clause
  ['Former Governor Ellen Marsh endorsed Senator Tom Rigby last week, saying he was ready to lead.', { fragment: 'Tom Rigby', kind: 'indirect', speaker: 'Ellen Marsh', cue: 'endorsed' }],
  ['Opposition leader Nadia Rahman called for an independent inquiry into the election results.', { fragment: 'an independent inquiry into the election results', kind: 'indirect', speaker: 'Nadia Rahman', cue: 'called for' }],
  ['Senator Alan Pryce criticized the defense budget and said the army needed more helicopters.', { fragment: 'the defense budget', kind: 'indirect', speaker: 'Alan Pryce', cue: 'criticized' }],
  ['A new poll showed the ruling party trailing by eight points.', { fragment: 'the ruling party trailing by eight points', kind: 'indirect', speaker: 'A new poll', cue: 'showed' }],
  ['Investigators found traces of explosives in the wreckage of the airliner.', { fragment: 'traces of explosives in the wreckage of the airliner', kind: 'indirect', speaker: 'Investigators', cue: 'found' }],
  ['“The talks were frank,” Foreign Minister Leila Haddad said, referring to the meeting in Geneva.', { fragment: 'the meeting in Geneva', kind: 'indirect', speaker: 'Leila Haddad', cue: 'referring to' }],
  // a conditional opening the content; "however" closing it
  ['Prime Minister Ines Carvalho said if re-elected she would raise the minimum wage.', { fragment: 'if re-elected she would raise the minimum wage', kind: 'indirect', speaker: 'Ines Carvalho', cue: 'said' }],
  ['In March, 52 percent said they trusted the army, however that share has since fallen to 41 percent.', { fragment: 'they trusted the army', kind: 'indirect', speaker: '52 percent', cue: 'said' }],
  // questions put: an object before the question word; a subjectless "when asked"
  ['Deputy Minister Olga Brandt asked the delegates whether they would back a second round of talks.', { fragment: 'whether they would back a second round of talks', kind: 'indirect', speaker: 'Olga Brandt', cue: 'asked' }],
  ['When asked whether the border would reopen, the governor declined to comment.', { fragment: 'whether the border would reopen', kind: 'indirect', speaker: null, cue: 'asked' }],
  // not speech
  ['President Luis Ortega met the delegation in the capital on Tuesday.', null],
  ['The two states held joint drills near the border last month.', null],
  ['Those who said the economy mattered most voted for the opposition.', null],
  ['The film “Northern Lights” opened in Riga on Friday.', null],
  ['Opposition leader Marta Kral claimed victory on Sunday night, and her party won 2,000 pledged delegates.', null],
  ['Senator Dana Holt found herself isolated after the vote.', null],
  ['Governor Helen Ward carried her home state by 20 points, while Senator Paul Dunne won three states in the south.', null],
  ['The audit by the Federal Accounts Office states that 40 percent of the funds were never spent.', { fragment: '40 percent of the funds were never spent', kind: 'indirect', speaker: 'The audit by the Federal Accounts Office', cue: 'states' }],
];

describe('[quotes] attribution table', () => {
  for (const [sentence, expected] of rows) {
    it(`[quotes] ${sentence}`, () => {
      const article = extract(sentence);
      if (expected === null) {
        expect(article.quotes.map((q) => q.text), `[quotes] expected no quote in: ${sentence}`).toEqual([]);
        return;
      }
      const quote = article.quotes.find((q) => q.text.includes(expected.fragment));
      expect(quote, `[quotes] no quote holding "${expected.fragment}" in: ${sentence}; got ${JSON.stringify(article.quotes.map((q) => q.text))}`).toBeDefined();
      expect(quote!.kind, `[quotes] kind of "${expected.fragment}"`).toBe(expected.kind);
      expect(quote!.speakerName, `[quotes] speaker of "${expected.fragment}"`).toBe(expected.speaker);
      expect(quote!.cue, `[quotes] cue of "${expected.fragment}"`).toBe(expected.cue);
      expect(quote!.cueSpan && sentence.slice(quote!.cueSpan.start, quote!.cueSpan.end), `[quotes] cue span of "${expected.fragment}"`).toBe(expected.cue);
      if (expected.speaker !== null) expect(quote!.speakerSpan, `[quotes] speaker span of "${expected.fragment}"`).not.toBeNull();
    });
  }
});

describe('[quotes] spans stay inside the text', () => {
  it('a quote left open in the last paragraph ends at the text end, not one past it', () => {
    const text = [
      'OSLO, May 3 (Reuters) - The Nordic shipping group named a new finance director on Friday.',
      '',
      'Chief executive Ingrid Dahl said "this is a strong appointment for the whole group',
      'and for our staff, our partners and our owners.',
      '(fixes the spelling of the director\'s name in paragraph one)',
    ].join('\n');
    const article = extract(text);
    expect(article.quotes.length).toBeGreaterThan(0);
    for (const q of article.quotes) {
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
