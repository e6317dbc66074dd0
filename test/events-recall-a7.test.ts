import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a7', () => {
  eventRows([
    // displeasure a party tells of another's act (upset, unhappy, dissatisfied with; surprised and disappointed by) criticises its doer
    ['Brazil was upset with Argentina\'s new import rules, officials said.', '1987-03-17', ['ACCUSE 111 occurred BRA->ARG']],
    ['Japan is surprised and disappointed by the Canadian government\'s decision on corn imports, the ministry said.', '1987-03-17', ['ACCUSE 111 occurred JPN->CANGOV']],
    // (a market's confidence upset by events is no party's displeasure)
    ['Consumer confidence in Brazil could be upset by political events, the report said.', '1987-03-17', []],
    // retaliation a party weighs or drafts against another is its threat, with the trade sanctions beside it as possible
    ['Canada is considering how to retaliate against the United States over the lumber duty, officials said.', '1987-03-17', ['THREATEN 130 occurred CAN->USA', 'SANCTION 163 hypothetical CAN->USA']],
    ['Japan is drafting options including possible trade retaliation against the European Community, officials said.', '1987-03-17', ['THREATEN 130 occurred JPN->IGOEU', 'SANCTION 163 hypothetical JPN->IGOEU']],
    // (against practices, no party: none)
    ['WASHINGTON, March 3 - The administration is weighing retaliation against unfair trade practices, officials said.', '1987-03-03', []],
    // a policy a passive's subject names with its owner is the owner's, praised or criticised by the agent
    ['Kenya\'s economic reforms have been welcomed by the International Monetary Fund, bankers said.', '1987-03-17', ['SUPPORT 051 occurred IGOIMF->KEN']],
    ['Brazil\'s wage policy was sharply criticised by the World Bank on Tuesday.', '1987-03-17', ['ACCUSE 111 occurred IGOWB->BRA']],
    // (a policy of no owner named: no recipient, so no praise)
    ['The new tax was welcomed by the World Bank, bankers said.', '1987-03-17', []],
    // a hostile act a state's side makes conditional on lenders no code names is a threat all the same, to no one coded
    ['Peru said it would halt debt payments unless its creditor banks eased repayment terms.', '1987-03-17', ['THREATEN 130 occurred PER->-', 'SANCTION 160 hypothetical PER->-']],
    // (told by others, the act alone; on a condition that names no lenders, the act alone)
    ['Analysts said Peru could halt debt payments if creditor banks refuse new loans.', '1987-03-17', ['SANCTION 160 hypothetical PER->-']],
    ['Peru said it would halt debt payments if the harvest failed.', '1987-03-17', ['SANCTION 160 hypothetical PER->-']],
    // a step others press a state to take (a rescheduling, a revaluation, help or aid), ruled out, is its refusal, aimed at the one the aid is for
    ['Taiwan has ruled out a sharp revaluation of its dollar, the central bank governor said.', '1987-03-17', ['REJECT 120 occurred TWN->-']],
    ['The United States ruled out further aid to Nicaragua, officials said.', '1987-03-17', ['REJECT 120 occurred USA->NIC']],
    ['Mexico has ruled out adopting a new program of austerity measures.', '1987-03-17', ['REJECT 120 occurred MEX->-']],
    // (a step no party rules out, or one that cannot be ruled out: none)
    ['Analysts said a further devaluation cannot be ruled out.', '1987-03-17', []],
    // a blast aimed at a party is criticism, by the verb or its noun; armed men who blast a thing fire on it, no words
    ['Treasury Secretary James Baker\'s weekend blast at the Bundesbank unsettled the markets.', '1987-10-19', ['ACCUSE 111 occurred USAGOV->DEUGOV']],
    ['Colombia blasted the United States for the failure of the coffee talks.', '1987-03-17', ['ACCUSE 111 occurred COL->USA']],
    ['The oil platforms were still burning after being blasted by U.S. Navy warships.', '1987-10-19', []],
    // criticism of a change in what a party sets is aimed at the party named after 'in'
    ['Japan sharply criticised the recent rise in U.S. tariffs on its electronics.', '1987-03-17', ['ACCUSE 111 occurred JPN->USA', 'SANCTION 163 occurred USA->JPN']],
    // (a change in a thing no party owns: none)
    ['The union criticised the rise in prices in Poland.', '1987-03-17', []],
  ]);
});
