import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b4', () => {
  eventRows([
    // a bill a government vetoes with no one named is one its own legislature passed, and a veto made conditional is a veto threat
    // (scare quotes in the bill's words end no clause before the condition)
    ['President Reagan vetoed a 20 billion dlr water projects bill on Friday, the White House said.', '1987-03-20', ['REJECT 129 occurred USAGOV->USALEG']],
    ['Reagan said he would veto the farm bill if it reached his desk in its present form.', '1987-03-20', ['REJECT 129 hypothetical USAGOV->USALEG', 'THREATEN 130 occurred USAGOV->USALEG']],
    ['Reagan said he would veto a bill requiring retaliation for "unfair trade" if it reached his desk.', '1987-03-20', ['REJECT 129 hypothetical USAGOV->USALEG', 'THREATEN 130 occurred USAGOV->USALEG']],
    // (a proposal or a resolution vetoed is no bill: no legislature)
    ['France vetoed the proposal at the meeting in Brussels.', '1987-03-20', ['REJECT 129 occurred FRA->-']],
    // a demand a protest to come is called to press is asked when the protest is called, not intended
    ['Dockworkers in Rotterdam called a strike for next week to press for higher wages.', '1987-03-20', ['PROTEST 143 intended NLD->-', 'REQUEST 020 requested NLD->-']],
    // (a protest called is itself still to come)
    ['Dockworkers in Rotterdam called a strike for next week.', '1987-03-20', ['PROTEST 143 intended NLD->-']],
    // a possessor acts through the body or office it owns past the perfect's auxiliary and an adverb before the verb
    ['President Jose Sarney\'s government has repeatedly refused to approach the International Monetary Fund.', '1987-03-22', ['REJECT 120 occurred BRAGOV->IGOIMF']],
    ['The IMF\'s executive board has approved a loan to Mexico.', '1987-03-22', ['AID 071 occurred IGOIMF->MEX']],
    // (a thing owned still does not act: "Japan's exports have fallen")
    ['Japan\'s exports have fallen sharply.', '1987-03-22', []],
    // insisting on a fact asks nothing; a that-clause in the subjunctive or with "must" or "should" is a demand
    ['A top Japanese official insisted that the country was living up to its trade pact with the United States.', '1987-04-03', []],
    ['Washington is insisting that the EC comply with the GATT ruling on pasta.', '1987-04-03', ['REQUEST 100 requested USAGOV->IGOEU']],
    ['The EC ministers insisted that Japan open its markets further.', '1987-04-03', ['REQUEST 100 requested IGOEU->JPN']],
    // the words after the noun make a demand the market's whatever stands before it: after `and`, or a preposition's `to`
    ['Zhao said total social demand exceeds total supply, and demand for consumer goods rose sharply.', '1987-03-23', []],
    ['Tokyo said that, in addition to demand boosting measures adopted last September, a new economic program will be prepared.', '1987-03-23', []],
    // (a demand made after `and` or `to` is still one)
    ['Thousands of Spanish miners marched through Madrid and demanded higher pay.', '1987-03-23', ['PROTEST 141 occurred ESP->-', 'REQUEST 100 requested ESP->-']],
    // a warning to a party named that the warner may retaliate is a threat to it, as one that it will retaliate is
    ['The EC warned Japan that it could retaliate if Tokyo did not open its markets.', '1987-04-01', ['THREATEN 130 occurred IGOEU->JPN']],
    // (a warning by others of a retaliation is no one's threat)
    ['Economists warned that Japan might retaliate.', '1987-04-01', []],
    // understanding or comprehension voiced for a party's act is backing of it, as support voiced is
    ['Britain expressed understanding for the American action in the Gulf.', '1987-10-19', ['SUPPORT 051 occurred GBR->USA']],
    // (for people of no party it is none)
    ['The minister expressed understanding for the farmers.', '1987-10-19', []],
    // help, assistance or aid sought is asked for, of the one named after 'of' or 'from', else of no one
    ['President Reagan said he would seek the help of the allies in keeping the Gulf open.', '1987-06-01', ['REQUEST 023 requested USAGOV->-']],
    ['Brazil has sought the help of the International Monetary Fund.', '1987-06-01', ['REQUEST 023 requested BRA->IGOIMF']],
    // (help given is none asked)
    ['Britain has offered help to the flood victims.', '1987-06-01', []],
    // a phrase of presence (attending, visiting, touring) right after the subject tells where it is: the parties in it do not act
    ['Brazilian business leaders attending a meeting with President Jose Sarney called on the government to seek help from the IMF.', '1987-03-22', ['REQUEST 020 requested BRABUS->BRAGOV']],
    // (set before the name it is an adjective: the subject is the one named after it)
    ['The visiting Japanese trade minister met Commerce Secretary Malcolm Baldrige on Monday.', '1987-03-22', ['CONSULT 040 occurred JPNGOV->USAGOV']],
  ]);
});
