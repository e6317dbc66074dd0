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
  ]);
});
