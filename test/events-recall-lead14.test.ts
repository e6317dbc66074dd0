import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

describe('events, recall round lead14', () => {
  eventRows([
    // force pledged in a sentence of money or trade and no word of war is a threat of no force (130), not of force (138)
    ['OTTAWA, March 24 - Trade Minister Pat Carney vowed to do all she could to fight the U.S. action against Canadian lumber exports.', '1987-03-24', ['THREATEN 130 occurred CANGOV->USA']],
    ['BONN, March 19 - American farm groups said the United States was prepared to retaliate if the European tax on vegetable oils is introduced.', '1987-03-19', ['THREATEN 130 occurred USA->-']],
    // (with a word of war, force)
    ['BAGHDAD, March 19 - Iraq vowed to do all it could to fight the Iranian forces.', '1987-03-19', ['THREATEN 138 occurred IRQ->IRNMIL']],
  ]);
  // a heading's act whose code the body reads more closely is the body's act, once, under the body's code
  it('a heading act told again in the body with another code is one event', () => {
    const events = extract('CANADA VOWS TO FIGHT U.S. LUMBER ACTION\nOTTAWA, March 24 - Trade Minister Pat Carney vowed to do all she could to fight the U.S. action against Canadian lumber exports.', { date: '1987-03-24' }).events;
    expect(events.map((e) => `${e.type} ${e.cameo} ${e.actor.code}->${e.recipient?.code ?? '-'}`)).toEqual(['THREATEN 130 CANGOV->USA']);
  });
  eventRows([
    // a threat aimed at no one the sentence names is aimed at the other side the story is clearly about
    ['TOKYO, April 8 - Japan has little chance of persuading the United States to drop threatened trade sanctions, a senior U.S. official said. Japan sent a trade team to Washington to explain its steps. Japanese officials said Japan had kept the pact.', '1987-04-08', ['THREATEN 131 occurred USA->JPN', 'SANCTION 163 hypothetical USA->JPN', 'CONSULT 042 occurred JPN->USA']],
    // (with no other side named, none)
    ['LONDON, May 2 - Britain threatened to retaliate, a minister said.', '1987-05-02', ['THREATEN 138 occurred GBR->-']],
  ]);
  // people a dispatch filed abroad names after its source, another country's radio, are of the radio's country, not the dateline's
  it('a person named after a foreign radio given as the source is of the radio\'s country', () => {
    const text = 'NICOSIA, April 29 - Iraq\'s air force chief warned that Iraq would strike Iranian oil terminals if the shelling of Basra went on, Baghdad radio said. General Hamid Shaaban told a news conference the air force was ready.';
    const person = extract(text, { date: '1987-04-29' }).entities.find((e) => e.name === 'Hamid Shaaban');
    expect(person?.country).toBe('IRQ');
    // (with no source given, the dateline's, as before)
    const alone = extract(text.replace(', Baghdad radio said', ''), { date: '1987-04-29' }).entities.find((e) => e.name === 'Hamid Shaaban');
    expect(alone?.country).toBe('CYP');
  });
  // a titled person told as the companion of one the text places ("X, accompanied by central bank president Y") is of X's country
  it('a companion of a placed official is of his country, not the dateline\'s', () => {
    const text = 'LONDON, March 3 - Brazilian Finance Minister Dilson Funaro met bankers today. Funaro, accompanied by central bank president Francisco Gros, is on a tour of European capitals.';
    expect(extract(text, { date: '1987-03-03' }).entities.find((e) => e.name === 'Francisco Gros')?.country).toBe('BRA');
  });
  // a heading that names the body's parties by their countries tells the body's act: one event, the body's
  it('a heading naming the parties by country is the body\'s act told short', () => {
    const text = 'CHINA AND PORTUGAL SIGN MACAO DEAL\nPEKING, April 13 - Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed an agreement today on the return of Macao.';
    const events = extract(text, { date: '1987-04-13' }).events.map((e) => `${e.type} ${e.actor.code}->${e.recipient?.code ?? '-'}`);
    expect(events.sort()).toEqual(['SUPPORT CHNGOV->PRTGOV', 'SUPPORT PRTGOV->CHNGOV']);
  });
  eventRows([
    // a firm's own plan dropped is no concession to its country's public (a14's finding); a government's still is
    ['NEW YORK, March 5 - Halvern Industries Inc said it was dropping its proposal to acquire Dorcey Corp.', '1987-03-05', []],
    ['BRASILIA, March 5 - The government withdrew its plans for a new tax on fuel.', '1987-03-05', ['CONCEDE 0832 occurred BRAGOV->BRA']],
  ]);
});
