import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g9', () => {
  eventRows([
    // an agreement its signer is named for in a relative clause is signed, with no other party where none is named
    ['QUITO, May 4 - The debt accord Ecuador signed a month ago will cut its payments to banks by half, officials said.', '1987-05-04', ['SUPPORT 057 occurred ECU->-']],
    ['QUITO, May 4 - President Febres Cordero defended the debt accord his government recently signed.', '1987-05-04', ['SUPPORT 057 occurred ECUGOV->-']],
    // one signed with a party no code names is none coded
    ['MANILA, May 4 - Talks resumed after the collapse of the truce that President Aquino signed with the rebels political wing.', '1987-05-04', []],
    // nor is a thing signed that is no agreement (the letter's request alone)
    ['QUITO, May 4 - The letter Ecuador signed a week ago asked its creditor banks for more time.', '1987-05-04', ['REQUEST 020 requested ECU->-']],
    // (a standing pact named only by its pair is no event: see the fixture README's splits)
    ['MOSCOW, May 4 - A Soviet trade official said Moscow was ready to fulfil the U.S.-Soviet grain agreement if prices were competitive.', '1987-05-04', []],
  ]);
});
