import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g4', () => {
  eventRows([
    // a city that names talks, a summit or a document ("the Geneva talks", "the Venice economic summit") is where they are held,
    // no party to what is agreed there
    ['Reagan said he would not agree to a deal at the Venice economic summit.', '1987-06-01', ['AGREE 036 negated USAGOV->-']],
    ['Reagan said he would not agree to a deal at the Geneva superpower talks.', '1987-06-01', ['AGREE 036 negated USAGOV->-']],
    // (the city a party goes to is still a party: "sent a delegation to Vienna for talks")
    ['Iran sent a delegation to Vienna for talks.', '1987-06-01', ['CONSULT 042 occurred IRN->AUT']],
    // a person whose apposition places him in a body ("X, head of the Gulf desk at the Soviet Foreign Ministry") is of the body's
    // country, not the dateline's; a ministry's official is of its government
    ['KUWAIT, June 1 - Alexander Petrov, head of the Gulf desk at the Soviet Foreign Ministry, accused the United States of fuelling the crisis.', '1987-06-01', ['ACCUSE 112 occurred SUNGOV->USA']],
    // (a phrase opened by a preposition tells where he spoke, not whom he serves: no country from the magazine)
    ['BONN, June 1 - Klaus Weber, in an interview with the Egyptian magazine Al-Musawar, accused Iran of attacking shipping.', '1987-06-01', ['ACCUSE 112 occurred DEU->IRN']],
    // a dateline city written in capitals with no region is the well-known city of the name (its English name, "Geneva", "Basle",
    // the archive's transcribed umlaut, "St." for "Saint"), not a small namesake town; a region written after it still chooses
    ['GENEVA, March 12 - Bank staff staged a one-day strike over pay, a union official said.', '1987-03-12', ['PROTEST 143 occurred CHE->-', 'REQUEST 100 requested CHE->-']],
    ['GENEVA, Ill., March 12 - Bank staff staged a one-day strike over pay, a union official said.', '1987-03-12', ['PROTEST 143 occurred USA->-', 'REQUEST 100 requested USA->-']],
    ['BASLE, March 3 - The government urged Iran to free the hostages.', '1987-03-03', ['REQUEST 020 requested CHEGOV->IRN']],
    ['DUESSELDORF, March 5 - Steel workers staged a strike against plant closures on Thursday.', '1987-03-05', ['PROTEST 143 occurred DEU->-']],
    ['ST. PAUL, March 3 - Hundreds of farmers staged a protest against farm credit cuts.', '1987-03-03', ['PROTEST 141 occurred USA->-']],
    // a country's name alone as the dateline place is the country
    ['KUWAIT, June 3 - The government called on Iran to stop its attacks on shipping in the Gulf.', '1987-06-03', ['REQUEST 020 requested KWTGOV->IRN']],
  ]);
});
