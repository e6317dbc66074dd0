import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round q6', () => {
  eventRows([
    // a participle in a heading in capitals is a passive with its 'be' left out: the one it names is acted on, not the actor
    ['BOLIVIA URGED TO SPEED UP PRIVATISATION\nLA PAZ, May 4 - Bolivia should sell more state firms, bankers said.', '1987-05-04', []],
    ['GRAIN EXPORTS FALL, DROUGHT BLAMED\nCANBERRA, May 4 - Wheat exports fell in April, traders said.', '1987-05-04', []],
    ['DUTCH OIL PLANS THREATENED BY HIGHER COSTS\nTHE HAGUE, May 4 - The new fields may be shelved, the ministry said.', '1987-05-04', []],
    // (its agent, when a party, still acts; an active participle with its object right after it stays active)
    ['MOROCCO URGED TO JOIN TALKS BY ALGERIA\nALGIERS, May 4 - The statement came late on Sunday.', '1987-05-04', ['REQUEST 020 requested DZA->MAR']],
    ['CHINA URGED JAPAN TO CUT TARIFFS\nPEKING, May 4 - The statement came late on Sunday.', '1987-05-04', ['REQUEST 020 requested CHN->JPN']],
    // bids or offers of a market refused (in the plural, or in a sentence of a tender for goods) are no rejection of a party
    ['The Commission rejected all bids to export barley at its weekly tender, traders said.', '1987-05-04', []],
    ['Morocco rejected offers at its import tender for 40,000 tonnes of soft wheat, traders said.', '1987-05-04', []],
    // (a party's offer or bid refused still is)
    ['Morocco rejected the U.S. offer of wheat for 40,000 tonnes, officials said.', '1987-05-04', ['REJECT 120 occurred MAR->USA', 'AGREE 030 occurred USA->MAR']],
    ['Iran rejected the offer of talks, the radio said.', '1987-05-04', ['REJECT 120 occurred IRN->-']],
    // a contract signed is an agreement between parties only with a state; with a company or no one named it is commerce
    ['The Italian government signed a contract with Fiat SpA for 40 army trucks.', '1987-05-04', []],
    ['The Defence Ministry signed a 30 mln dlr contract on Friday.', '1987-05-04', []],
    ['Finland signed contracts with the Soviet Union for two power stations, officials said.', '1987-05-04', ['SUPPORT 057 occurred FIN->SUN']],
    // a name before a plural noun that a verb's form spells too modifies it: the object met is a thing, no party
    ['Kenya has built new abattoirs to meet strict EC rules on beef.', '1987-05-04', []],
    // (a time adverbial after the name ends the object: the party is met)
    ['Brazilian Finance Minister Dilson Funaro left Bonn after meeting West German Finance Minister Gerhard Stoltenberg this morning.', '1987-05-04', ['CONSULT 040 occurred BRAGOV->DEUGOV']],
    // a practice outlawed is a law, no party banned; a party or group outlawed still is
    ['The government will outlaw the practice of selling shares on inside information, the finance minister said.', '1987-05-04', []],
    ['Kenya outlawed the opposition party on Monday.', '1987-05-04', ['COERCE 1722 occurred KEN->KENOPP']],
    // the last item of a list of infinitives an appeal governs, after commas and 'and', is asked for too, not done by the one asking
    ['India called on Japan to cut its tariffs, to buy more Indian tea and ease restrictions on imports of cotton.', '1987-05-04', ['REQUEST 020 requested IND->JPN']],
    // (past a clause of its own, the act after 'and' is told as done)
    ['India urged Japan to cut its tariffs, officials said, and Japan eased restrictions on imports of cotton.', '1987-05-04', ['REQUEST 020 requested IND->JPN', 'CONCEDE 081 occurred JPN->-']],
    // a clause after 'but' with a subject of its own that names no party has no actor from the clause before
    // (the request itself is Peru's, recall-p6's "asked for")
    ['Peru asked for a new loan, but the banks refused, bankers said.', '1987-05-04', ['REQUEST 020 requested PER->-']],
    ['Peru asked for a new loan last week, but its creditor banks rejected the request.', '1987-05-04', ['REQUEST 020 requested PER->-']],
    // (one with no subject of its own shares the first clause's)
    ['Peru asked for a new loan but later refused to sign the accord.', '1987-05-04', ['REQUEST 020 requested PER->-', 'REJECT 120 occurred PER->-']],
    // a verb of protest in another sense: in the passive, with a market as its subject, or with an object its possessive opens
    ['The government\'s weakness has been demonstrated by the Senate\'s vote on the budget, Canadian officials said.', '1987-05-04', []],
    ['Canadian bank shares rallied in response to the offer.', '1987-05-04', []],
    ['The new Canadian finance minister will have to demonstrate both his skill and his independence.', '1987-05-04', []],
    // (a crowd that marches still protests)
    ['Thousands of farmers rallied in Paris against EC farm policy.', '1987-05-04', ['PROTEST 141 occurred FRA->IGOEU']],
    // a body charged with a task (a gerund after 'with') is given a duty, not accused; a state charged with a wrong still is
    ['The Japanese parliament charged the commission with examining rice subsidies.', '1987-05-04', []],
    ['The head of a Thai panel charged with selling state assets said 40 firms would be sold.', '1987-05-04', []],
    ['The European Community charged Japan with violating GATT rules.', '1987-05-04', ['ACCUSE 112 occurred IGOEU->JPN']],
    // adverbs of degree and time between a form of 'be' and a participle keep it passive: a thing blamed is no party's accusation
    ['EC farm spending takes two thirds of the budget and is almost entirely blamed for the shortfall.', '1987-05-04', []],
  ]);
});
