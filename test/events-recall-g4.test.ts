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
  ]);
});
