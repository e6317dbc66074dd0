import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round lead12', () => {
  eventRows([
    // a past participle after a determiner and an adverb in -ly describes its noun, as one right after a determiner does
    ['KUWAIT, June 29 - Diplomats said the Iranians, seeing these heavily protected Kuwaiti tankers, would look for softer targets.', '1987-06-29', []],
    // (a verb after a subject and such an adverb is still the act)
    ['KUWAIT, June 29 - American warships heavily protected Kuwaiti tankers in the Gulf last week.', '1987-06-29', ['AID 074 occurred USAMIL->KWT']],
    // a state's firm the copy names alone is a business of its state
    ['RIO DE JANEIRO, March 5 - Petrobras asked the government to send troops to guard its refineries, a company spokesman said.', '1987-03-05', ['REQUEST 020 requested BRABUS->BRAGOV']],
    // the Group of 10 and the Group of 24 are bodies of states, as the Group of Seven is
    ['WASHINGTON, April 8 - The Group of 24 developing countries called for debt relief in a communique today.', '1987-04-08', ['REQUEST 020 requested IGOG24->-']],
    // the head of a team a body of states sends is the body's, not a person of the dispatch's country
    ['KAMPALA, March 3 - A World Bank team led by senior economist Anna Lindqvist arrived in Uganda for talks on a recovery program.', '1987-03-03', ['CONSULT 042 occurred IGOWB->UGA']],
    // (a team a demonym places is still its country's)
    ['KAMPALA, March 3 - A Kenyan team led by Trade Minister Joseph Kamau arrived in Uganda for talks on border trade.', '1987-03-03', ['CONSULT 042 occurred KENGOV->UGA']],
    // (the Group of Seven in lower case, as some desks wrote it; a "group of five" in lower case is any five)
    ['WASHINGTON, June 2 - Finance ministers from the group of seven industrial countries agreed on a new process of coordination.', '1987-06-02', ['AGREE 030 occurred IGOG7->-']],
  ]);
});
