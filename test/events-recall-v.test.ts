import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round v', () => {
  eventRows([
    // armed forces `from` a country that open their clause are that country's armed forces
    ['Troops from Kenya and Uganda began joint exercises on Monday.', '2024-06-07', ['COOPERATE 062 occurred KENMIL->UGAMIL', 'COOPERATE 062 occurred UGAMIL->KENMIL']],
    ['Soldiers from Mali attacked a rebel base near Kidal on Tuesday.', '2024-06-07', ['ASSAULT 190 occurred MLIMIL->MLIREB']],
    // ... but forces moved `from` a country are the mover's, placed there
    ['NATO withdrew troops from Afghanistan in 2021.', '2024-06-07', ['RETREAT 087 occurred IGONATO->AFG']],
  ]);
});
