import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round l6', () => {
  eventRows([
    // strikes launched by unions, in a sentence of labour words with no word of war but the trigger's own, are no air strikes
    ['Dutch transport unions said they have launched two-day strikes and other industrial action at the ports.', '1987-03-17', []],
    // (the trigger's own word does not make a sentence one of war; a word of war outside it still does)
    ['Iraqi warplanes launched strikes against Iranian oil installations, the military said.', '1987-03-17', ['ASSAULT 195 occurred IRQMIL->IRN']],
  ]);
});
