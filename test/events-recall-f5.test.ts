import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round f5', () => {
  eventRows([
    // a war or fighting with a party, in a frame after the clause's verb ('after days of fighting with'), is the subject's with
    // that party, each way
    ['M23 rebels seized the northern town on Tuesday after three days of fighting with Congolese soldiers.', '2024-06-07', ['ASSAULT 192 occurred CODREB->COD', 'ASSAULT 190 occurred CODREB->CODMIL', 'ASSAULT 190 occurred CODMIL->CODREB']],
    // (fighting of which neither side is armed is figurative)
    ['Tokyo cut its rice tariffs last week after months of fighting with Washington over farm trade.', '1987-03-17', []],
    // (nor a war that may come)
    ['He said that in the case of war with Turkey, Greece would close the American bases.', '1987-03-17', []],
  ]);
});
