/**
 * Event coding rules of recall round h, one table row (or a few) per rule, with the rows that show what a rule must not code.
 */
import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h', () => {
  eventRows([
    // a post or unit of no named country that a country's own rebels strike is its forces
    ['MANILA, March 4 - Communist guerrillas ambushed an army patrol in the central province of Samar on Monday, the military said.', '1987-03-04',
      ['ASSAULT 190 occurred PHLREB->PHLMIL']],
    // (not from a dispatch of another country: whose convoy it was is not told)
    ['ISLAMABAD, March 4 - Afghan guerrillas attacked a convoy near Jalalabad on Monday.', '1987-03-04',
      ['ASSAULT 190 occurred AFGREB->-']],
    // a state's forces storming or raiding another state's mission coerce that state
    ['Salvadoran troops stormed the Nicaraguan embassy in San Salvador on Tuesday night.', '1989-11-28',
      ['COERCE 170 occurred SLVMIL->NICGOV']],
    ['Guatemalan police raided Mexico\'s consulate in Quetzaltenango on Monday.', '1989-11-28',
      ['COERCE 170 occurred GTMCOP->MEX']],
    // (a crowd storming one riots)
    ['Students stormed the Danish embassy in Tehran on Sunday, smashing windows.', '1989-11-28',
      ['PROTEST 145 occurred IRN->DNKGOV']],
  ]);
});
