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
  ]);
});
