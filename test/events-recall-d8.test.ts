import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d8', () => {
  eventRows([
    // two tellings of one act whose parties are places of one state at the dispatch's time (Moscow and the Soviet Union in 1988)
    // are one event, read with the codes of that time
    ['MOSCOW, Oct 24 - Italian Prime Minister Ciriaco De Mita arrived in Moscow today on his first official visit to the Soviet Union, bringing with him four ministers.', '1988-10-24', ['CONSULT 042 occurred ITAGOV->SUN']],
  ]);
});
