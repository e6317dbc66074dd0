import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round k11', () => {
  eventRows([
    // a union's branch ("union locals", "the union local") met at the table is the union, a body of the dispatch's country
    ['HAMILTON, Ontario, July 8 - Dofasco Inc held talks with two striking union locals at its Hamilton plant.', '1987-07-08', ['CONSULT 040 occurred CANBUS->CANNGO']],
    ['TORONTO, July 8 - Falconbridge Ltd said it met the striking union local on Tuesday.', '1987-07-08', ['CONSULT 040 occurred CANBUS->CANNGO']],
    // (so in a story of no labour dispute: a company the text does not place is of the dispatch's country, session 28)
    ['TORONTO, July 8 - Northgate Ltd held talks with the union locals about a new pension plan.', '1987-07-08', ['CONSULT 040 occurred CANBUS->CANNGO']],
  ]);
});
