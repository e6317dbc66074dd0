import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round n6', () => {
  eventRows([
    // a ministry told by its portfolio in lower case, with no country and none named before, is the dispatch's country's government
    ['ROME, March 4 - The foreign ministry called on Libya to release the two fishermen.', '1987-03-04', ['REQUEST 020 requested ITAGOV->LBY']],
    ['NAIROBI, March 4 - The finance ministry said it had rejected the World Bank\'s terms for the loan.', '1987-03-04', ['REJECT 120 occurred KENGOV->IGOWB']],
    // (a ministry the sentence gives a country stays that country's)
    ['ROME, March 4 - The Libyan foreign ministry called on Italy to release the two fishermen.', '1987-03-04', ['REQUEST 020 requested LBYGOV->ITA']],
    // (with no dateline there is no home country to give it)
    ['The foreign ministry called on Libya to release the two fishermen.', '1987-03-04', []],
  ]);
});
