import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round k10', () => {
  eventRows([
    // talks whose other side is named after `with` are the owner's own when `its` or `their` stands before their noun: the clause's
    // subject body
    ['BUENOS AIRES, June 8 - Argentina said its talks with the United States on grain exports had been useful.', '1987-06-08', ['CONSULT 040 occurred ARG->USA']],
    ['LUSAKA, June 8 - The IMF mission arrived on Monday and its negotiations with Zambia have gone on longer than planned.', '1987-06-08', ['CONSULT 042 occurred IGOIMF->ZMB', 'CONSULT 046 occurred IGOIMF->ZMB']],
    // (a company's talks stay commerce: no event)
    ['NEW YORK, June 8 - The company said its talks with Siemens AG on the sale of the unit were continuing.', '1987-06-08', []],
    // a body of states named just before the noun of talks with another side is one of their sides
    ['BRUSSELS, June 8 - The yearly IMF consultations with Denmark ended today, officials said.', '1987-06-08', ['CONSULT 040 occurred IGOIMF->DNK']],
    // (a company named there is not: its talks are commerce)
    ['DETROIT, June 8 - The annual Chrysler Corp talks with Renault ended today.', '1987-06-08', []],
    // the employers across the table from a union are named by the singular of their whole side after talks `with`
    ['JOHANNESBURG, June 8 - The union held talks with management on Monday over the dismissals.', '1987-06-08', ['CONSULT 040 occurred ZAFNGO->ZAFBUS']],
    // (not as the speaker of a company's own words, nor across from shareholders, who are no coded side)
    ['NEW YORK, June 8 - Management rejected the offer from the union.', '1987-06-08', []],
    ['NEW YORK, June 8 - Shareholders held talks with management on Monday.', '1987-06-08', []],
    // `their` talks of a listed subject are each listed party's
    ['MEXICO CITY, June 8 - Mexico and Venezuela said their talks with the United States on oil had been useful.', '1987-06-08', ['CONSULT 040 occurred MEX->USA', 'CONSULT 040 occurred VEN->USA']],
  ]);
});
