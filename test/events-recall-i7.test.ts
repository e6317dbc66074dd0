import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round i7', () => {
  eventRows([
    // a gerund after a party that ends in a common noun ("a Japanese team") describes that party: its visit, not a noun's modifier
    ['A South Korean team visiting Tokyo held talks with Japanese officials on Tuesday.', '1987-03-17', ['CONSULT 042 occurred KORGOV->JPN', 'CONSULT 040 occurred KORGOV->JPNGOV']],
    ['The Australian trade team visiting Washington met U.S. farm officials on Monday.', '1987-03-17', ['CONSULT 042 occurred AUSGOV->USA', 'CONSULT 040 occurred AUSGOV->USAGOV']],
    // (a name right before the gerund still modifies it as a noun: "a NATO meeting")
    ['Ministers attended a NATO meeting in Brussels on Friday.', '1987-03-17', ['CONSULT 040 occurred IGONATO->-']],
    // a plural act noun after an article and a name ("the U.S. raids") is a noun: no act of the name's, and the verb after `and` is
    // the sentence subject's
    ['Rafsanjani called the U.S. raids an escalation and promised retaliation.', '1987-10-20', ['THREATEN 130 occurred IRNGOV->-']],
    // (a name after the -s form is its object: a verb in the present)
    ['Tehran radio said the U.S. attacks Iranian shipping in the Gulf to help Iraq.', '1987-10-20', ['ASSAULT 190 occurred USA->IRN']],
  ]);
});
