import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round l6', () => {
  eventRows([
    // strikes launched by unions, in a sentence of labour words with no word of war but the trigger's own, are no air strikes
    ['Dutch transport unions said they have launched two-day strikes and other industrial action at the ports.', '1987-03-17', []],
    // (the trigger's own word does not make a sentence one of war; a word of war outside it still does)
    ['Iraqi warplanes launched strikes against Iranian oil installations, the military said.', '1987-03-17', ['ASSAULT 195 occurred IRQMIL->IRN']],
    // a labour union named with no country is of the dispatch's country, a body of no state (NGO)
    ['PITTSBURGH, March 10 - The United Steelworkers of America went on strike against USX Corp on Monday, the union said.', '1987-03-10', ['PROTEST 143 occurred USANGO->USABUS']],
    ['LONDON, March 10 - The National Union of Seamen called a strike at the ferry ports.', '1987-03-10', ['PROTEST 143 intended GBRNGO->-']],
    // (a union whose name spans states is of none: no event of the dateline's country)
    ['BRUSSELS, March 10 - The International Confederation of Free Trade Unions called a strike at the ports.', '1987-03-10', []],
    // (a bare "Union" opening a company's name is no union)
    ['NEW YORK, March 10 - Union Carbide Corp agreed to resume talks with the chemical workers.', '1987-03-10', []],
    // a union's members who strike a plant walk out: a strike, not an attack
    ['DETROIT, March 10 - About 900 members of the United Auto Workers struck American Motors Corp\'s Kenosha assembly plant on Monday.', '1987-03-10', ['PROTEST 143 occurred USANGO->USABUS']],
    // a crowd's strike told by a gerund after a subordinator is the crowd's the sentence opens with, past a count in figures and the
    // main clause's infinitive ("returned to work")
    ['DURBAN, March 19 - About 3,000 dock workers returned to work after staging a two-day strike at the port.', '1987-03-19', ['PROTEST 143 occurred ZAF->-']],
    ['MADRID, March 19 - Miners went back to work after holding a 48-hour strike.', '1987-03-19', ['PROTEST 143 occurred ESP->-']],
    // (a strike ended is no strike staged)
    ['LIMA, March 19 - Thousands of miners returned to their jobs after ending a week-long strike.', '1987-03-19', []],
    // a state's talks with lenders no code names after the verb's `with` are kept with no recipient, as the talks' noun with them is
    ['BELGRADE, April 7 - Romania has begun talks with commercial banks on rescheduling its foreign debt.', '1987-04-07', ['CONSULT 046 occurred ROU->-']],
    ['LIMA, April 7 - Peru held talks with its creditor banks on Monday.', '1987-04-07', ['CONSULT 040 occurred PER->-']],
    // (a company's talks with its banks are no state's)
    ['NEW YORK, April 7 - Texaco Inc held talks with its creditor banks on Monday.', '1987-04-07', []],
    // emergency, food, humanitarian or relief aid a body approves or allocates is given (AID 073) to the one it is for
    ['GENEVA, April 1 - The World Food Programme said it approved emergency food aid worth 9 mln dlrs for flood victims in Bangladesh.', '1987-04-01', ['AID 073 occurred IGOWFP->BGD']],
    // (a bill on food aid approved is no aid given)
    ['WASHINGTON, April 1 - The Senate approved a bill on food aid.', '1987-04-01', []],
    // a state that provides another with aid or assistance gives it aid, as with a loan or credit
    ['TOKYO, June 1 - Japan will provide Bangladesh with economic assistance worth 50 mln dlrs, officials said.', '1987-06-01', ['AID 071 intended JPN->BGD']],
  ]);
});
