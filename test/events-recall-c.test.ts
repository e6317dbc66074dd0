import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c', () => {
  eventRows([
    // an act forecast as likely is possible, not planned
    ['Italian Foreign Minister Giulio Andreotti is likely to visit Algeria next month, officials said.', '1987-03-02', ['CONSULT 042 hypothetical ITAGOV->DZA']],
    ['Canada will probably impose sanctions on South Africa, a government source said.', '1987-03-02', ['SANCTION 163 hypothetical CAN->ZAF']],
    // ... a plan with no forecast word stays planned
    ['Italian Foreign Minister Giulio Andreotti plans to visit Algeria next month, officials said.', '1987-03-02', ['CONSULT 042 intended ITAGOV->DZA']],
  ]);
});
