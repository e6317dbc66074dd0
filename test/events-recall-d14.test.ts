import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d14', () => {
  eventRows([
    // a name the tagger ran on into a function word ("Baker of") is cut before it, so that the short name is the person named before
    ['FRANKFURT, Oct 19 - U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard Stoltenberg today, officials said.\nThe talks followed a fall in the dollar on criticism by Baker of West German monetary policy.', '1987-10-19', ['CONSULT 040 occurred USAGOV->DEUGOV', 'ACCUSE 111 occurred USAGOV->DEU']],
    // (a name whose own last word is a function word stays whole: no event is made of a bank's name cut short)
    ['TORONTO, Oct 19 - The Royal Bank of Canada said its profit rose.', '1987-10-19', []],
  ]);
});
