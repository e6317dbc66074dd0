import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e10', () => {
  eventRows([
    // an act a reply answers (`in reaction to`, `replied to`) was made before the reply: the `to` is a preposition, not an infinitive's
    ['WASHINGTON, May 4 - The United States defended its grain sales in reaction to criticism from Australian farmers, officials said.', '1987-05-04', ['ACCUSE 111 occurred AUS->USA']],
    ['CANBERRA, May 4 - Trade Minister John Dawkins replied to criticism from Japan over beef quotas.', '1987-05-04', ['ACCUSE 111 occurred JPN->AUSGOV']],
  ]);
});
