import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j6', () => {
  eventRows([
    // a sanction named by its noun after `its` is the sanction of the body named before, as an attack so named is
    ['The United States said its tariffs on Japanese television sets would stay until Tokyo honoured the pact.', '1987-04-20', ['SANCTION 163 occurred USA->JPN']],
    ['Canada said on Tuesday its embargo on Libyan oil would remain in force.', '1987-04-20', ['SANCTION 163 occurred CAN->LBY']],
    // (a thing that is no sanction stays none: "its imports from")
    ['Japan said its imports from the United States rose four pct in March.', '1987-04-20', []],
    // a strike aimed at no one, in a sentence that names the strikers' employers or their pay talks, is against the country's business
    // (and a strike for pay is the strikers' demand of them too, as the README's conventions code it: round e13)
    ['Italian dockers went on strike for higher pay on Monday, employers and union officials said.', '1987-04-20', ['PROTEST 143 occurred ITA->ITABUS', 'REQUEST 100 requested ITA->ITABUS']],
    ['Pay talks aimed at ending a ten-day strike by Greek seamen collapsed today, a union official said.', '1987-04-20', ['PROTEST 143 occurred GRC->GRCBUS']],
    // (a strike over pay alone, with no employer told, stays aimed at no one)
    ['Nurses in Ghana went on strike on Monday over unpaid allowances.', '1987-04-20', ['PROTEST 143 occurred GHA->-']],
    // a debtor state that suspends payments to its creditors reduces relations with them (160), with no one coded for banks
    ['Peru suspended interest payments on its foreign debt to commercial banks last year, the central bank said.', '1987-03-20', ['SANCTION 160 occurred PER->-']],
    ['Bankers said the Philippine suspension of interest payments had alarmed creditors.', '1987-03-20', ['SANCTION 160 occurred PHL->-']],
    // (a company that suspends payments acts in its own business)
    ['Spanish power company Fecsa suspended payments to its creditors on Tuesday.', '1987-03-20', []],
    // an -ly adverb between a form of "be" and its gerund leaves the clause's subject the gerund's
    ['Peru said it was unilaterally suspending payments to private foreign banks.', '1987-03-20', ['SANCTION 160 occurred PER->-']],
    ['Canada is quietly imposing duties on Italian pasta, the trade group said.', '1987-03-20', ['SANCTION 163 occurred CAN->ITA']],
    // a decision's act is its owner's, taken, with a time adverbial between the noun and its `to`
    ['Bankers said Peru\'s decision last year to suspend payments on its foreign debt had shocked them.', '1987-03-20', ['SANCTION 160 occurred PER->-']],
    ['Canada\'s decision last week to impose duties on U.S. corn angered American farmers.', '1987-03-20', ['SANCTION 163 occurred CAN->USA']],
    // people by trade described as striking are on strike
    ['LISBON, May 4 - Striking dockers blocked the entrance to the port of Lisbon today, police said.', '1987-05-04', ['PROTEST 143 occurred PRT->-', 'PROTEST 144 occurred PRT->-']],
    // (a striking force is no strike: only people by trade)
    ['LISBON, May 4 - The striking force of the navy was put on alert today.', '1987-05-04', []],
    // a sanction told by the noun of its imposing, with its amount, is the imposer's, or the one who announces or orders it
    ['Reagan is expected to announce today the imposition of 100 pct tariffs on Japanese television sets.', '1987-04-17', ['SANCTION 163 intended USAGOV->JPN']],
    ['The Canadian imposition of 67 pct duties on U.S. corn angered American farmers.', '1987-04-17', ['SANCTION 163 occurred CAN->USA']],
    // money given or granted counted in the archive's units (dlrs, stg, marks) is aid, as in dollars
    ['West Germany will give Turkey 300 mln marks for its railways, officials said.', '1987-03-20', ['AID 071 intended DEU->TUR']],
    // (a sum that is no money given to a party: "gave Japan a trade surplus" names no giver)
    ['The rise gave Japan a 16 billion dlr trade surplus.', '1987-03-20', []],
    // a trigger's own word of war ("strikes", "attack") does not keep a money or labour sentence from being figurative
    ['SYDNEY, April 8 - Australian trade unions said they have launched week-long strikes and other industrial action over pay.', '1987-04-08', []],
    ['NEW YORK, March 2 - "We are launching a major attack on these new markets," the company\'s chairman said.', '1987-03-02', []],
    // (an air strike in a sentence that also tells of markets stays an attack)
    ['Israeli jets launched air strikes on Syrian positions as markets fell.', '1987-03-02', ['ASSAULT 195 occurred ISRMIL->SYRMIL']],
    // firms, industries, ventures, businesses and sums in dlrs are words of money that make "retaliate", "hit" figurative
    ['The U.S. meat industry asked the Reagan administration to retaliate against the EC rule.', '1987-04-08', ['REQUEST 020 requested USABUS->USAGOV']],
    // (armed men's attacks stay attacks, whatever the sentence's words of money)
    ['BOGOTA, April 8 - According to the state oil firm, leftist guerrillas carried out 72 attacks on petroleum pipelines last year.', '1987-04-08', ['ASSAULT 190 occurred COLREB->-']],
  ]);
});
