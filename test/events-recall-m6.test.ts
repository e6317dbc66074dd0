import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round m6', () => {
  eventRows([
    // attacks repelled told in the plural ('counter-attacks', 'incursions', 'thrusts') are fought each way, as one attack repelled is
    ['Iraq said its troops repulsed fierce Iranian counter-attacks near the border town on Sunday.', '1987-03-17', ['ASSAULT 190 occurred IRQMIL->IRN', 'ASSAULT 190 occurred IRN->IRQMIL']],
    ['Syria said its forces beat back two Israeli incursions overnight.', '1987-03-17', ['ASSAULT 190 occurred SYRMIL->ISR', 'ASSAULT 190 occurred ISR->SYRMIL']],
    // (a company's takeover attempts repelled are no war)
    ['The bank repulsed two hostile takeover attempts last year.', '1987-03-17', []],
  ]);
});
