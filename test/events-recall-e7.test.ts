import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

/** The events of a text as "TYPE status date", for rows about the day an act is given. */
function dated(text: string, date: string): string[] {
  return extract(text, { date }).events.map((e) => `${e.type} ${e.status} ${e.date?.value ?? '-'}`);
}

describe('events, recall round e7', () => {
  // a day told in a condition after the act is the condition's, not the act's: a warning is dated by the dispatch
  it('[events] a condition\'s day does not date the warning', () => {
    expect(dated('TOKYO, April 11 - Canada warned France on Saturday it may take retaliatory measures if France imposes its planned duties on April 20.', '1987-04-11'))
      .toEqual(['THREATEN occurred 1987-04-11']);
    // (a day told before the condition is still the act's)
    expect(dated('OTTAWA, April 11 - Canada will impose duties on French wine on April 20 unless the talks succeed, officials said.', '1987-04-11'))
      .toEqual(['SANCTION hypothetical 1987-04-20']);
  });
  // a day told after a verb of saying and the reported clause's own verb is the reported act's, not that of the act before the saying
  it('[events] a reported clause\'s day does not date the act before the saying', () => {
    // (the meeting the speaker spoke at is the day of the saying, no September's)
    expect(dated('GENEVA, March 23 - Ayala, speaking at an informal meeting of the World Bank here, said ministers agreed in Punta del Este last September to cut tariffs.', '1987-03-23'))
      .toEqual(['CONSULT occurred 1987-03-23']);
    // (a day right after the saying is still the saying's: "officials said on Monday")
    expect(dated('TOKYO, March 23 - Japan warned China it would retaliate, officials said on Monday.', '1987-03-23')).toEqual(['THREATEN occurred 1987-03-23']);
  });
  eventRows([
    // a strike in a sentence where the company tells of it, or whose plants it closed, is against the country's business
    ['DETROIT, June 2 - The company said its employees have been on strike since May 8, but its stores remain open.', '1987-06-02', ['PROTEST 143 occurred USA->USABUS']],
    ['SAO PAULO, Oct 20 - A strike by 30,000 carworkers on Tuesday closed most plants of Autolatina, the company said.', '1987-10-20', ['PROTEST 143 occurred BRA->BRABUS']],
    // (so is one told with the companies that settled with the strikers, or by the company's own staff)
    ['SAO PAULO, March 24 - Most seamen were still on strike, although 21 companies have reached pay accords with their crews, a union spokesman said.', '1987-03-24', ['PROTEST 143 occurred BRA->BRABUS']],
    // (a strike waged over demands is the strikers' demand of the employer too, as the README's conventions code it: round e13)
    ['DHAKA, June 29 - The employees walked out on June 11 over their demands, forcing the state-run corporation to hire temporary labour.', '1987-06-29', ['PROTEST 143 occurred BGD->BGDBUS', 'REQUEST 100 requested BGD->BGDBUS']],
    // (a general strike against the government, with no company told, is left as it was)
    ['LA PAZ, March 19 - Thousands of workers went on strike on Monday to protest against the government\'s austerity plan.', '1987-03-19', ['PROTEST 143 occurred BOL->BOLGOV']],
    // the sides of labour talks told by bare nouns (management, employers, mining companies; the unions) are the business and the
    // unions of the other side's country, else of the dispatch's
    ['LONDON, March 12 - Talks between management and unions at the Dagenham plant ended on Wednesday without result, a company spokesman said.', '1987-03-12', ['CONSULT 040 occurred GBRBUS->GBRNGO', 'CONSULT 040 occurred GBRNGO->GBRBUS']],
    ['JOHANNESBURG, April 8 - Negotiations between gold mining companies and the National Union of Mineworkers broke down on Tuesday, the union said.', '1987-04-08', ['CONSULT 046 occurred ZAFBUS->ZAFNGO', 'CONSULT 046 occurred ZAFNGO->ZAFBUS']],
    // (two unions are no sides of labour talks; a company and its banks are none)
    ['DETROIT, March 12 - Talks between the union and the Teamsters broke down on Monday.', '1987-03-12', []],
    ['NEW YORK, March 12 - Talks between the company and its creditor banks resumed on Monday.', '1987-03-12', []],
    // cargo or grain handlers are people by their trade, who strike
    ['LISBON, April 13 - Airport baggage handlers yesterday called a two-day strike starting April 20, union sources said.', '1987-04-13', ['PROTEST 143 intended PRT->-']],
  ]);
});
