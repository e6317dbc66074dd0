import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a9', () => {
  eventRows([
    // talks heading the subject of a verb of opening or taking place to come (will resume, are scheduled for, due to begin) are to come
    ['ANKARA, May 4 - Talks between Turkey and Greece will resume in Geneva next week, officials said.', '1987-05-04', ['CONSULT 040 intended TUR->GRC', 'CONSULT 040 intended GRC->TUR']],
    ['BONN, May 4 - The talks between Chancellor Helmut Kohl and French Prime Minister Jacques Chirac, scheduled for Friday, come amid a row over farm prices.', '1987-05-04', ['CONSULT 040 intended DEUGOV->FRAGOV', 'CONSULT 040 intended FRAGOV->DEUGOV']],
    // talks told as done, or whose verb tells what they will bring rather than their opening, stay as told
    ['ANKARA, May 4 - Talks between Turkey and Greece broke down on Friday, officials said.', '1987-05-04', ['CONSULT 040 occurred TUR->GRC', 'CONSULT 040 occurred GRC->TUR']],
  ]);
});
