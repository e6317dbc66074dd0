import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round u', () => {
  eventRows([
    // people named by their trade are their country's crowd, as protesters are
    ['Nigerian teachers did not go on strike on Monday.', '2024-06-07', ['PROTEST 143 negated NGA->-']],
    ['Chilean miners have not blocked the roads since Friday.', '2024-06-07', ['PROTEST 144 negated CHL->-']],
    // an arrest, seizure or deportation told by its noun: the doer is its owner or the agent after the one it is done to
    ['Iran\'s seizure of a Greek tanker angered Athens.', '2024-06-07', ['COERCE 1711 occurred IRN->GRC']],
    ['The arrest of opposition leader Ousmane Sonko by Senegalese police sparked protests.', '2024-06-07', ['COERCE 173 occurred SENCOP->SENOPP', 'PROTEST 141 occurred SEN->-']],
    ['The deportation of 40 Afghan migrants by Iran drew criticism.', '2024-06-07', ['COERCE 174 occurred IRN->AFG']],
    // (the one arrested is no doer; a seizure of power names no one it is done to)
    ['Navalny\'s arrest sparked protests across Russia.', '2024-06-07', ['PROTEST 141 occurred RUSOPP->-']],
    ['The army\'s seizure of power in Niger was condemned.', '2024-06-07', []],
  ]);
});
