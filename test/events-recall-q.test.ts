import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round q', () => {
  eventRows([
    // a threat of force warned of against facilities, bases or other things struck stands without a named country
    ['TEHRAN, June 7 (Reuters) - Iran\'s defence minister warned on Friday that Iran would strike military facilities used by any country that joined an attack on it.', '2024-06-07', ['THREATEN 138 occurred IRNMIL->-', 'ASSAULT 190 hypothetical IRN->-']],
    // aid "cut off", the phrasal verb with an object after the particle, is aid cut as "cut aid" is
    ['BRUSSELS, June 7 (Reuters) - The European Union said on Friday it would cut off all budget support to Mali.', '2024-06-07', ['SANCTION 162 intended IGOEU->MLI']],
    // gas or oil pumped to another country is supplied to it, as piped gas is
    ['BAKU, June 7 (Reuters) - Azerbaijan will begin pumping natural gas to Hungary through Bulgaria next month, the energy ministry said.', '2024-06-07', ['COOPERATE 061 intended AZE->HUN']],
    // a body in the title of the person named after it is the person's: the person is the target, and the list goes on past the name
    ['MINSK, June 7 (Reuters) - Belarus freed Radio Free Europe journalist Ihar Losik and former U.S. Marine Trevor Reed on Friday.', '2024-06-07', ['RETREAT 0841 occurred BLR->USAMED', 'RETREAT 0841 occurred BLR->USA']],
    // the forces a speaker names by `its` right after saying are its armed forces, the act's actor
    ['KYIV, June 7 (Reuters) - Ukraine said its air defences had shot down 40 Russian drones on Friday.', '2024-06-07', ['ASSAULT 190 occurred UKRMIL->RUS']],
    // words of time between the verb of saying and `its` leave the speaker's forces its own
    ['BAGHDAD, June 7 - Iraq said today its troops had shelled Iranian positions east of Basra.', '2024-06-07', ['ASSAULT 194 occurred IRQMIL->IRNMIL']],
  ]);
});
