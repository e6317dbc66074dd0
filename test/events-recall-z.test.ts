import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round z', () => {
  eventRows([
    // an attack repelled is fought each way: the repelling side against the attacker, the attacker's attack on it
    ['Ukraine said its forces repelled a Russian offensive near Kharkiv on Tuesday.', '2024-06-07', ['ASSAULT 190 occurred UKRMIL->RUS', 'ASSAULT 190 occurred RUS->UKRMIL']],
    ['Afghan troops fought off an attack by Pakistani militants near the border town of Torkham overnight, officials said.', '2024-06-07', ['ASSAULT 190 occurred AFGMIL->PAKREB', 'ASSAULT 190 occurred PAKREB->AFGMIL']],
    // ... and the attack took place even where the repelling is only intended
    ['Russia moved reserves to the Kursk region to repel the Ukrainian incursion.', '2024-06-07', ['MOBILIZE 154 occurred RUS->UKR', 'ASSAULT 190 intended RUS->UKR', 'ASSAULT 190 occurred UKR->RUS']],
    // a market's advance or a takeover attempt repelled is no fighting
    ['The central bank halted the advance of the dollar with heavy selling.', '2024-06-07', []],
    ['The company said it would repel any hostile takeover attempt.', '2024-06-07', []],
  ]);
});
