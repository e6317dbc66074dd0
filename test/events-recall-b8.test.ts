import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

describe('events, recall round b8', () => {
  eventRows([
    // a public named with an article at the head of a sentence ('The dockers', 'The unions') is the dispatch's country's, as a bare
    // plural is; and workers' refusal of an offer from their employers is aimed at the country's business
    ['LISBON, March 4 - The dockers have rejected a pay offer from the port companies, union leaders said.', '1987-03-04', ['REJECT 120 occurred PRT->PRTBUS']],
    // (unions acting as bodies are NGO by the README's table: "The unions rejected a company proposal" is ESPNGO; edited in session 24)
    ['LISBON, March 4 - The unions rejected the proposal as unacceptable.', '1987-03-04', ['REJECT 120 occurred PRTNGO->-']],
    // (an offer the state makes stays the state's)
    ['MADRID, March 20 - Spanish unions rejected the government\'s offer.', '1987-03-20', ['REJECT 120 occurred ESPNGO->ESPGOV']],
    // (the same public named before with its country, in a dispatch from elsewhere, is of that country)
    ['ROME, March 4 - Thousands of French farmers marched through Paris on Tuesday. The farmers later criticised Prime Minister Jacques Chirac.', '1987-03-04', ['PROTEST 141 occurred FRA->FRAGOV', 'ACCUSE 111 occurred FRA->FRAGOV']],
    // a walkout named as threatened by those who would strike is their threat to the employer (THREATEN 130), not a strike
    ['LISBON, May 4 - Troops guarded the docks because of a threatened strike by 3,000 port workers.', '1987-05-04', ['THREATEN 130 occurred PRT->-']],
    ['LISBON, May 4 - The port company said the threat of a walkout by dockers had receded.', '1987-05-04', ['THREATEN 130 occurred PRT->PRTBUS']],
    // (a threat by a state is none of this kind)
    ['LISBON, May 4 - The threat of a strike by Iran worries shippers.', '1987-05-04', []],
    // praise of a change in what a party sets is aimed at that party, named after 'in'; a change in what no party owns is none
    ['OSLO, May 4 - Norway\'s finance minister welcomed the recent cut in West German interest rates.', '1987-05-04', ['SUPPORT 051 occurred NORGOV->DEU']],
    ['OSLO, May 4 - Norway\'s finance minister welcomed the rise in oil prices.', '1987-05-04', []],
    // the public that opens a clause of speech is the dispatch's country's too, as one that opens the sentence is
    ['TORONTO, May 4 - The company said workers rejected its latest contract offer.', '1987-05-04', ['REJECT 120 occurred CAN->CANBUS']],
    ['TOKYO, May 4 - Organisers said farmers demanded that the government protect rice growers.', '1987-05-04', ['REQUEST 100 requested JPN->JPNGOV']],
    // (only people: aircraft or ships so named point back to those named before)
    ['SIDON, May 4 - Israeli jets bombed targets near Sidon. Witnesses said the planes attacked a refugee camp.', '1987-05-04', ['ASSAULT 195 occurred ISRMIL->LBN']],
    // an act described, denounced or dismissed as unjust, unfair or illegal criticises its doer, as one called so does
    ['OTTAWA, May 4 - The foreign ministry described Washington\'s lumber decision as unjustified.', '1987-05-04', ['ACCUSE 111 occurred CANGOV->USAGOV']],
    ['OTTAWA, May 4 - The foreign ministry described the talks with Washington as useful.', '1987-05-04', []],
    // calls, demands or criticism shrugged off are rejected, as ones brushed off are; a market that shrugs off news rejects no one
    ['TOKYO, May 4 - Prime Minister Yasuhiro Nakasone shrugged off opposition calls for his resignation.', '1987-05-04', ['REJECT 120 occurred JPNGOV->JPNOPP', 'REQUEST 100 requested JPNOPP->JPNGOV']],
    ['LONDON, May 4 - Sterling shrugged off two cuts in British interest rates.', '1987-05-04', []],
  ]);
});

describe('events, recall round b8: dates', () => {
  const dated = (text: string, date: string) => extract(text, { date }).events.map((e) => `${e.type} ${e.actor.code}->${e.recipient?.code ?? '-'} ${e.date?.value ?? '-'}`);
  // a date that owns a noun in the act's own words ("yesterday's decision", "this week's increase") names that thing, not the act
  it('[events] a possessive date in the object names the thing, not the time of the act', () => {
    expect(dated('OSLO, May 4 - Norway\'s finance minister welcomed yesterday\'s cut in West German interest rates.', '1987-05-04')).toContain('SUPPORT NORGOV->DEU 1987-05-04');
    // (the act its own noun tells keeps the date)
    expect(dated('PARIS, March 18 - Yesterday\'s talks between France and Italy were useful, officials said.', '1987-03-18')).toContain('CONSULT FRA->ITA 1987-03-17');
  });
});
