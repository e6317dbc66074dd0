import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round w6', () => {
  eventRows([
    // talks a state holds with the lenders it is joined to as subject are its own, with no recipient
    ['Peru and its bank advisory committee ended a third day of talks on the rescheduling of its debt, bankers said.', '1987-03-17', ['CONSULT 040 occurred PER->-']],
    ['Chile and its creditor banks will resume talks next week on a new financing package.', '1987-03-17', ['CONSULT 040 intended CHL->-']],
    // (a state joined to others than lenders still needs a party for its talks)
    ['Peru and its neighbours held talks on Tuesday.', '1987-03-17', []],
    // talks with lenders named after 'those' or 'these', or with one who represents them, are the state's own
    ['Zambia plans to hold talks with a new representative for those creditors next month, the finance ministry said.', '1987-03-17', ['CONSULT 040 intended ZMB->-']],
    ['Bolivia held talks on Monday with representatives of its creditor banks.', '1987-03-17', ['CONSULT 040 occurred BOL->-']],
    // (one who represents others than lenders is no party for the talks)
    ['Bolivia held talks on Monday with representatives of the miners.', '1987-03-17', []],
  ]);
});
