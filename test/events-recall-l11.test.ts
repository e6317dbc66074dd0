import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round l11', () => {
  eventRows([
    // a visit heading its sentence's subject, told with `will`, is to come whatever the verb says it will do; with `would`, or told done, it is not
    ['TOKYO, March 2 - A visit to Washington by Prime Minister Yasuhiro Nakasone will help ease trade friction, officials said.', '1987-03-02', ['CONSULT 042 intended JPNGOV->USA']],
    ['TOKYO, March 2 - A visit to Washington by Prime Minister Yasuhiro Nakasone helped ease trade friction, officials said.', '1987-03-02', ['CONSULT 042 occurred JPNGOV->USA']],
    // an act after `is continuing to` is going on now (occurred); with a modal before it, still to come
    ['BUENOS AIRES, March 2 - Argentina is continuing to negotiate with its creditor banks, the finance minister said.', '1987-03-02', ['CONSULT 046 occurred ARG->-']],
    ['BUENOS AIRES, March 2 - Argentina will be continuing to negotiate with its creditor banks, the finance minister said.', '1987-03-02', ['CONSULT 046 intended ARG->-']],
    // talks or meetings that are the object of a verb of arranging them are not yet held (intended); held ones are
    ['LONDON, April 3 - Aides to Trade Minister Alan Clark said they had tried to arrange meetings with Japanese officials.', '1987-04-03', ['CONSULT 040 intended GBRGOV->JPNGOV']],
    ['TOKYO, June 2 - Japan said it held talks with the United States on semiconductors.', '1987-06-02', ['CONSULT 040 occurred JPN->USA']],
  ]);
});
