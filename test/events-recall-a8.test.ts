import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a8', () => {
  eventRows([
    // a group met or talked with, named by its trade or office only, is of the actor's own country; those who stand for it are
    // read past `from`
    ['Agriculture Secretary Richard Lyng will meet with representatives from large grain trading firms on Friday, his office said.', '1987-03-17', ['CONSULT 040 intended USAGOV->USABUS']],
    ['President Reagan met with Republican senators at the White House on Tuesday to discuss the budget.', '1987-03-17', ['CONSULT 040 occurred USAGOV->USALEG']],
    // (those who speak for an industry are its business)
    ['Chancellor Helmut Kohl held a special meeting with steel industry representatives on Friday.', '1987-03-17', ['CONSULT 040 occurred DEUGOV->DEUBUS']],
    // (in a dispatch from another country, the group a visitor meets is of that country)
    ['NEW YORK, March 4 - Mexico\'s finance minister Gustavo Petricioli will meet senior commercial bankers here on Thursday.', '1987-03-04', ['CONSULT 040 intended MEXGOV->USABUS']],
    // (a body of states meets the people of the dispatch's country)
    ['LUSAKA, March 3 - A World Bank mission met with government officials on Monday to discuss the copper sector.', '1987-03-03', ['CONSULT 040 occurred IGOWB->ZMBGOV']],
    // a talk with the press, and opposition met as resistance, are no meeting
    ['The French industry minister will meet with reporters on Monday.', '1987-03-17', []],
    ['Plans to deregulate the Japanese banking industry have met strong opposition from small savings banks.', '1987-03-17', []],
    // (the opposition met with its article is the party out of power)
    ['Greek Prime Minister Andreas Papandreou met with the opposition on Monday to discuss the crisis.', '1987-03-17', ['CONSULT 040 occurred GRCGOV->GRCOPP']],
    // (nor is a need met: a group's head that modifies a thing)
    ['Treasury Secretary James Baker said the funds would meet administration shortfalls next year.', '1987-03-17', []],
    // talks one enters, or enters into, are the subject's, as talks begun are
    ['As Argentina enters debt talks with its creditor banks this week, its economy minister faces growing criticism at home.', '1987-03-17', ['CONSULT 040 occurred ARG->-']],
    ['Peru\'s foreign minister is expected to enter into talks with Ecuador on the border dispute.', '1987-03-17', ['CONSULT 040 intended PERGOV->ECU']],
    // (a town entered is no talks)
    ['Iraqi troops entered the town after talks with the local leaders broke down.', '1987-03-17', []],
    // agencies or institutions that lend are lenders no code names, whom a state's talks are with (as its creditor banks are); other
    // agencies are no party
    ['Peru will open talks next month with international lending agencies on the rescheduling of its official debt, the newspaper said.', '1987-03-11', ['CONSULT 040 intended PER->-']],
    ['Peru held talks with several government agencies on the budget.', '1987-03-11', []],
  ]);
});
