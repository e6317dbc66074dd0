import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g13', () => {
  eventRows([
    // a month in a capital heading, with a time word before it or a day after it, is no march; a march in capitals still is
    ['FORD MOTOR CO LATE MARCH SALES FALL\nDETROIT, April 3 - Ford Motor Co said its car sales fell 6 pct.', '1987-04-03', []],
    ['CHRYSLER SEES SALES RISE FROM MARCH 20\nDETROIT, April 3 - Chrysler Corp said its car sales rose 4 pct.', '1987-04-03', []],
    ['STUDENTS MARCH ON PARLIAMENT IN MADRID\nMADRID, April 3 - Thousands of students marched on parliament today.', '1987-04-03', ['PROTEST 141 occurred ESP->-']],
    // warships that head for a place sail at it (the words of a visit that needs a host read as another kind of act); a minister who
    // heads somewhere shows no force, and one who heads for a capital visits it
    ['ATHENS, March 27 - Greek and Turkish warships headed for the disputed waters of the Aegean today.', '1987-03-27', ['MOBILIZE 150 occurred GRCMIL->-', 'MOBILIZE 150 occurred TURMIL->-']],
    ['MANAMA, March 27 - Three Soviet warships headed into the Gulf on Thursday, shipping sources said.', '1987-03-27', ['MOBILIZE 150 occurred SUNMIL->-']],
    ['WASHINGTON, March 27 - Defence Secretary Caspar Weinberger headed for the Gulf today.', '1987-03-27', []],
    ['TOKYO, March 27 - Japanese Foreign Minister Tadashi Kuranari headed for Washington today for trade talks.', '1987-03-27', ['CONSULT 042 occurred JPNGOV->USA']],
  ]);
});
