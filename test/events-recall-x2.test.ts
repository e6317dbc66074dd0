import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round x2', () => {
  eventRows([
    // a state's agreement to buy from, sell to or supply another state is intent to cooperate economically
    ['Poland has agreed to buy 200,000 tonnes of maize from Argentina, the grain board said.', '1987-03-17', ['AGREE 0311 occurred POL->ARG']],
    ['The Soviet Union agreed to supply Nicaragua with crude oil this year, the official news agency said.', '1987-03-17', ['AGREE 0311 occurred SUN->NIC']],
    // a company's agreement to buy from another company is no state's act
    ['Allied Corp agreed to buy the chemicals unit from Hercules Inc for 200 mln dlrs.', '1987-03-17', []],
    // a state's stand against a thing owned or done by another is a rejection of that party; a stand against no one named is none
    ['Australia strongly opposes the European Community\'s proposed levy on imported beef, Trade Minister John Dawkins said.', '1987-03-17', ['REJECT 120 occurred AUS->IGOEU']],
    ['Canada is opposed to the U.S. plan to cut grain subsidies, officials said.', '1987-03-17', ['REJECT 120 occurred CAN->USA']],
    ['The Prime Minister opposes any increase in income taxes.', '1987-03-17', []],
    ['The two opposing parties met in Athens on Friday.', '1987-03-17', []],
    // the archive's capital after 'U.S.' on a noun of an act or stand is no name of its own: the country's act
    ['Moscow blamed the collapse of the talks on U.S. Refusal to join a test ban, Tass said.', '1987-03-17', ['ACCUSE 112 occurred SUNGOV->USA', 'REJECT 120 occurred USA->-']],
    // (a capital after the noun still opens a name: "U.S. Action Committee")
    ['The U.S. Action Committee for Fair Trade met in Chicago on Monday.', '1987-03-17', []],
    // a commitment to an accord stated again is a pledge to the accord's body
    ['Kuwait\'s oil minister reaffirmed the emirate\'s commitment to the OPEC production accord on Sunday.', '1987-03-02', ['AGREE 030 occurred KWTGOV->IGOOPEC']],
    // (a company's commitment to its dividend is no one's)
    ['The company reiterated its commitment to the quarterly dividend.', '1987-03-02', []],
    // an appeal to banks or creditor nations no code names, past the trigger's own preposition, has no recipient further on
    ['Peruvian President Alan Garcia called on creditor banks to ease pressure on Bolivia\'s debt repayments.', '1987-03-19', ['REQUEST 020 requested PERGOV->-']],
    ['The IMF called on Mexico to cut its budget deficit.', '1987-03-19', ['REQUEST 020 requested IGOIMF->MEX']],
  ]);
});
