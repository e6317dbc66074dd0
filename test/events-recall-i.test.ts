import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round i', () => {
  eventRows([
    // a time adverbial after the object's name ends the object ("host X next month")
    ['Italy will host French President Emmanuel Macron next month for talks on migration.', '2024-06-07', ['CONSULT 043 intended ITA->FRAGOV']],
    ['Spain will meet Morocco next week to discuss fishing rights, the foreign ministry said.', '2024-06-07', ['CONSULT 040 intended ESP->MAR']],
    // a list of recipients that repeats its preposition after `and` ("with X and with Y")
    ['The Japanese prime minister spoke by phone with Chinese President Xi Jinping and with South Korea\'s president on Monday.', '2024-06-07', ['CONSULT 041 occurred JPNGOV->CHNGOV', 'CONSULT 041 occurred JPNGOV->KORGOV']],
    ['Britain sent aid to Ukraine and to Moldova.', '2024-06-07', ['AID 070 occurred GBR->UKR', 'AID 070 occurred GBR->MDA']],
  ]);
});
