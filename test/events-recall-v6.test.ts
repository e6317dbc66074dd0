import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round v6', () => {
  eventRows([
    // an office a company reports, with no state's body or country beside it, is the company's: its holder's resignation is no
    // state's concession
    ['HOUSTON, March 13 - The company also said Chairman Roy Pike has resigned to pursue other interests.', '1987-03-13', []],
    ['HOUSTON, March 13 - Delmar Instruments Inc said its board accepted the resignation of President Carl Boyd.', '1987-03-13', []],
    // (a state body that reports it keeps the office the state's)
    ['WASHINGTON, March 13 - The Treasury said Chairman Roy Pike has resigned.', '1987-03-13', ['CONCEDE 0831 occurred USAGOV->USA']],
  ]);
});
