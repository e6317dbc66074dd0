import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, precision round d9', () => {
  eventRows([
    // a word act of a country's own people names their country only as a word before a noun: the country is no one asked or refused
    ['WASHINGTON, May 6 - Commerce Secretary Malcolm Baldrige said he was opposed to the U.S. selling a yen-denominated bond.', '1987-05-06', []],
    ['SEOUL, May 6 - Baldrige said he urged faster action on cutting the taxes on imported U.S. Cars.', '1987-05-06', ['REQUEST 020 requested USAGOV->-']],
    // people of the country named by a demonym are the ones addressed
    ['KUALA LUMPUR, May 6 - Police called on Malaysians to stay calm after the clashes.', '1987-05-06', ['REQUEST 020 requested MYSCOP->MYS']],
    // named as the possessor of what is criticised, the country is its government, blamed by bodies of its own country
    ['NEW DELHI, May 6 - Opposition politicians and newspapers criticised India\'s new budget.', '1987-05-06', ['ACCUSE 111 occurred INDOPP->INDGOV', 'ACCUSE 111 occurred INDMED->INDGOV']],
    // a court or judge that refuses or grants a plea of a company or of a party no code names rules in a suit: no event
    ['BOSTON, May 6 - Harlow Corp said a federal district court had denied its application for an injunction against the takeover.', '1987-05-06', []],
    ['NEW YORK, May 6 - Bankruptcy Judge Arthur Penn rejected a request by the shareholders committee to delay the hearing.', '1987-05-06', []],
    ['SAN JOSE, May 6 - Delmar Inc said the U.S. Court of Appeals has agreed to hear its petition against the ruling.', '1987-05-06', []],
    // a court's refusal of a state's plea stays
    ['OTTAWA, May 6 - The Canadian Import Tribunal rejected the U.S. complaint on dumped potatoes.', '1987-05-06', ['REJECT 120 occurred CANJUD->USA']],
    // what threatens to happen of itself ("threatens to trigger", "threatened to become") is a risk told, whatever stands before it;
    // a party that threatens to do an act still threatens
    ['GENEVA, May 6 - The lawsuit now before Swiss courts threatens to trigger defaults on all of the company\'s loans.', '1987-05-06', []],
    ['WASHINGTON, May 6 - Lawmakers want action if oil imports threaten to top 50 pct of U.S. consumption.', '1987-05-06', []],
    ['LONDON, May 6 - Britain threatened to revoke the licences of Japanese banks.', '1987-05-06', ['THREATEN 130 occurred GBR->JPNBUS']],
  ]);
});
