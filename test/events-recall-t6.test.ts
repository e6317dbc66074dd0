import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round t6', () => {
  eventRows([
    // a meeting or visit a party modifies is to come when a word before that party tells it so ('next week's', 'scheduled',
    // 'ahead of'), as it is with no party between
    ['The minister will brief parliament ahead of next week\'s IMF meeting in Washington, aides said.', '1987-04-02', ['CONSULT 040 intended IGOIMF->-']],
    ['Diplomats prepared the agenda of a scheduled Moscow visit by Secretary of State George Shultz.', '1987-04-02', ['CONSULT 042 intended USAGOV->SUN']],
    // (a word of the past before the party leaves it done)
    ['Crude prices fell after last week\'s OPEC meeting in Vienna, traders said.', '1987-04-02', ['CONSULT 040 occurred IGOOPEC->-']],
  ]);
});
