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
  ]);
});
