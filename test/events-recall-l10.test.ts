import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round l10', () => {
  eventRows([
    // a demand a refusal answers names its maker after `by` as after `of` or `from`
    ['TEHRAN, May 4 - Iran rejected calls by the United Nations for an immediate ceasefire in the Gulf war.', '1987-05-04', ['REJECT 120 occurred IRN->IGOUN', 'REQUEST 100 requested IGOUN->IRN']],
    ['TOKYO, May 4 - Japan has rejected demands by Washington that it cut its trade surplus, officials said.', '1987-05-04', ['REJECT 120 occurred JPN->USAGOV', 'REQUEST 100 requested USAGOV->JPN']],
    // a demand with no named maker after `by` is no demand
    ['TOKYO, May 4 - Japan rejected calls by some economists for a cut in interest rates.', '1987-05-04', ['REJECT 120 occurred JPN->-']],
    // an offer refused names its maker by the demonym that opens the thing offered after `of`
    ['MANAGUA, May 4 - Nicaragua rejected an offer of Venezuelan oil credits, the foreign ministry said.', '1987-05-04', ['REJECT 120 occurred NIC->VEN', 'AGREE 030 occurred VEN->NIC']],
    // a demonym after `of` that names what is refused, not who offered it, is no maker: a thing offered still needs its giver
    ['MANAGUA, May 4 - Nicaragua rejected an offer of aid, the foreign ministry said.', '1987-05-04', ['REJECT 120 occurred NIC->-']],
  ]);
});
