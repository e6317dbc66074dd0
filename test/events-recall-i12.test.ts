import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round i12 (actors of farm bodies, threats told as participles)', () => {
  eventRows([
    // a farm bureau is a body of farmers (BUS), not a state's bureau; so is the one who heads it; a state's department stays GOV
    ['WASHINGTON, May 4 - The American Farm Bureau Federation urged Japan to open its rice market.', '1987-05-04', ['REQUEST 020 requested USABUS->JPN']],
    ['CHICAGO, May 4 - John Hardin, president of the American Farm Bureau Federation, urged Japan to buy more American beef.', '1987-05-04', ['REQUEST 020 requested USABUS->JPN']],
    ['WASHINGTON, May 4 - The Commerce Department urged Japan to open its rice market.', '1987-05-04', ['REQUEST 020 requested USAGOV->JPN']],
    // a measure told as threatened after a verb of warding it off is the threat of the side that would impose it, never of the
    // clause's subject who tries to stop it
    ['TOKYO, May 4 - Japan sent two officials to Washington to try to halt threatened duties on its machine tools.', '1987-05-04', ['CONSULT 042 occurred JPN->USA']],
    ['SEOUL, May 4 - South Korea moved to avert threatened U.S. sanctions on its textile exports.', '1987-05-04', []],
    ['TOKYO, May 4 - Japan will send a delegation to Washington next week to try to head off threatened tariffs on its electronics exports.', '1987-05-04', ['CONSULT 042 intended JPN->USA']],
    // the one who threatened a measure still threatens
    ['BRUSSELS, May 4 - The European Community has threatened trade sanctions against Japan over its chip exports.', '1987-05-04', ['THREATEN 131 occurred IGOEU->JPN', 'SANCTION 163 hypothetical IGOEU->JPN']],
    // an industry's officials or leaders named with their country are its business, not the state's (the 1987 wire's capital after
    // "U.S." included); a country's officials of trade stay its government
    ['WASHINGTON, May 4 - U.S. Rice industry officials urged Japan to open its rice market.', '1987-05-04', ['REQUEST 020 requested USABUS->JPN']],
    ['WASHINGTON, May 4 - U.S. steel industry leaders urged South Korea to curb its exports.', '1987-05-04', ['REQUEST 020 requested USABUS->KOR']],
    ['WASHINGTON, May 4 - U.S. Trade officials urged Japan to open its rice market.', '1987-05-04', ['REQUEST 020 requested USAGOV->JPN']],
  ]);
});
