import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

describe('events, recall round s6', () => {
  eventRows([
    // a union's notice of a walkout (a strike deadline set, a strike authorized) threatens the employer it names by its plant
    ['DETROIT, March 10 - The United Auto Workers has set a strike deadline at the Flint axle plant of General Motors Corp, a union spokesman said.', '1987-03-10', ['THREATEN 130 occurred USANGO->USABUS']],
    // a strike threatened in a sentence of pay and no word of war is a walkout threatened (130), no threat of force
    ['MONTREAL, May 4 - Canadian dockers threatened to strike next month over wage cuts.', '1987-05-04', ['THREATEN 130 occurred CAN->-', 'PROTEST 143 hypothetical CAN->-']],
    // (a state's threat to strike at warships stays one of force)
    ['BAHRAIN, May 4 - Iran threatened to strike at U.S. warships in the Gulf.', '1987-05-04', ['THREATEN 138 occurred IRN->USAMIL', 'ASSAULT 190 hypothetical IRN->USAMIL']],
    // a strike named as what a deadline or a threat is for has not taken place
    ['TORONTO, Oct 5 - Talks went on ahead of Friday\'s deadline for a strike by 12,000 steelworkers.', '1987-10-05', ['PROTEST 143 hypothetical CAN->-', 'CONSULT 040 occurred CANBUS->CANNGO', 'CONSULT 040 occurred CANNGO->CANBUS']],
    // a walkout at a plant or mill is against its owner, a business of the strikers' country
    ['TORONTO, Oct 5 - About 2,000 workers walked off their jobs at the Stelco steel mill on Monday.', '1987-10-05', ['PROTEST 143 occurred CAN->CANBUS']],
    ['DETROIT, March 4 - The union said 3,000 workers would walk out of the Lansing plant if no contract was signed.', '1987-03-04', ['PROTEST 143 hypothetical USA->USABUS']],
    // (a strike against plant closures names no plant struck)
    ['DUESSELDORF, March 5 - Steel workers staged a strike against plant closures on Thursday.', '1987-03-05', ['PROTEST 143 occurred DEU->-']],
    // in a dispatch of a labour dispute, a company with no country is a business of the home country, as its union is
    ['DETROIT, March 4 - The United Auto Workers held talks with Chrysler Corp on Monday to avert a strike at its Windsor plant.', '1987-03-04', ['CONSULT 040 occurred USANGO->USABUS']],
    // (unarmed men who strike a company walk out)
    ['NEW YORK, March 2 - The Broadcast Writers Guild of America said its members struck Chronicle Publishing Co on Monday. The guild said the strike would continue.', '1987-03-02', ['PROTEST 143 occurred USA->USABUS']],
    // (so is a company in a dispatch of no labour dispute, a business of the dispatch's country as any unplaced firm is, session 28)
    ['DETROIT, March 4 - The United Auto Workers held talks with Chrysler Corp on Monday.', '1987-03-04', ['CONSULT 040 occurred USANGO->USABUS']],
    // an act named by a noun that its clause then calls likely is only possible
    ['ATLANTA, April 17 - A strike by pilots against Delta Air Lines Inc is very likely before the summer, union officials said.', '1987-04-17', ['PROTEST 143 hypothetical USA->USABUS']],
    // (not where "likely" tells of another act, with its infinitive: the meeting was held)
    ['MIAMI, March 23 - At the annual meeting of the Inter-American Development Bank here Baker is likely once again to defend his plan.', '1987-03-23', ['CONSULT 040 occurred IGOIADB->-']],
    // "due to" before a determiner gives a cause, an act that took place, not one scheduled
    ['SAO PAULO, March 13 - Exports fell 20 pct last month due to a strike by Brazilian dockers.', '1987-03-13', ['PROTEST 143 occurred BRA->-']],
    ['SAO PAULO, March 13 - Brazilian dockers are due to go on strike next week.', '1987-03-13', ['PROTEST 143 intended BRA->-']],
  ]);
  // a date that names a deadline is no day of the act told with it
  it('[events] the deadline\'s day is no date of the notice that sets it', () => {
    const text = 'DETROIT, March 19 - The United Auto Workers has set a March 26 strike deadline at the Flint axle plant of General Motors Corp.';
    const threat = extract(text, { date: '1987-03-19' }).events.find((e) => e.type === 'THREATEN');
    expect(threat?.date?.value, `[events] ${text}`).toBe('1987-03-19');
  });
});
