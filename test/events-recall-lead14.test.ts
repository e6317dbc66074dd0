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
});
