import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round i6', () => {
  eventRows([
    // a welcome whose `to` opens an infinitive praises the act welcomed (of its owner); it hosts no one
    ['Japan welcomed Canada\'s decision to cut its tariffs on beef.', '1987-03-17', ['SUPPORT 051 occurred JPN->CAN']],
    ['Mexico welcomed Peru\'s proposal to hold talks on the debt.', '1987-03-17', ['SUPPORT 051 occurred MEX->PER']],
    // (a welcome to a place is still a hosting)
    ['Zambian President Kenneth Kaunda welcomed Zimbabwean Prime Minister Robert Mugabe to Lusaka on Monday.', '1987-03-17', ['CONSULT 043 occurred ZMBGOV->ZWEGOV']],
  ]);
});
