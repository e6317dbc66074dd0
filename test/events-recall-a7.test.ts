import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a7', () => {
  eventRows([
    // displeasure a party tells of another's act (upset, unhappy, dissatisfied with; surprised and disappointed by) criticises its doer
    ['Brazil was upset with Argentina\'s new import rules, officials said.', '1987-03-17', ['ACCUSE 111 occurred BRA->ARG']],
    ['Japan is surprised and disappointed by the Canadian government\'s decision on corn imports, the ministry said.', '1987-03-17', ['ACCUSE 111 occurred JPN->CANGOV']],
    // (a market's confidence upset by events is no party's displeasure)
    ['Consumer confidence in Brazil could be upset by political events, the report said.', '1987-03-17', []],
  ]);
});
