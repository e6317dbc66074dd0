import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round i', () => {
  eventRows([
    // a time adverbial after the object's name ends the object ("host X next month")
    ['Italy will host French President Emmanuel Macron next month for talks on migration.', '2024-06-07', ['CONSULT 043 intended ITA->FRAGOV']],
    ['Spain will meet Morocco next week to discuss fishing rights, the foreign ministry said.', '2024-06-07', ['CONSULT 040 intended ESP->MAR']],
  ]);
});
