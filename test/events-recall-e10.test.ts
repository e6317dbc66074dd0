import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e10', () => {
  eventRows([
    // an act a reply answers (`in reaction to`, `replied to`) was made before the reply: the `to` is a preposition, not an infinitive's
    ['WASHINGTON, May 4 - The United States defended its grain sales in reaction to criticism from Australian farmers, officials said.', '1987-05-04', ['ACCUSE 111 occurred AUS->USA']],
    ['CANBERRA, May 4 - Trade Minister John Dawkins replied to criticism from Japan over beef quotas.', '1987-05-04', ['ACCUSE 111 occurred JPN->AUSGOV']],
    // payments on a debt stopped or its servicing ceased, told by a gerund, are a suspension as `suspended payments` is; no debt named, none
    ['RIO DE JANEIRO, May 4 - Brazil stopped paying interest on its commercial bank debt in February, bankers said.', '1987-05-04', ['SANCTION 160 occurred BRA->-']],
    ['QUITO, May 4 - Ecuador has ceased servicing its foreign debt after the earthquake, the central bank said.', '1987-05-04', ['SANCTION 160 occurred ECU->-']],
    ['LIMA, May 4 - Peru said it would stop paying the World Bank.', '1987-05-04', []],
    // an act steps were taken toward is under way, as one begun is; steps still to be taken leave it to come
    ['BONN, May 4 - Stoltenberg said West Germany had already taken steps to meet U.S. demands for faster growth.', '1987-05-04', ['CONCEDE 0832 occurred DEU->USA', 'REQUEST 100 requested USA->DEU']],
    ['TOKYO, May 4 - Nakasone said Japan was taking measures to meet U.S. demands for wider market access.', '1987-05-04', ['CONCEDE 0832 occurred JPN->USA', 'REQUEST 100 requested USA->JPN']],
    ['BONN, May 4 - Stoltenberg said West Germany planned to meet U.S. demands for faster growth.', '1987-05-04', ['CONCEDE 0832 intended DEU->USA', 'REQUEST 100 requested USA->DEU']],
    // a public told with a count before it ("About 20 legislators", "Two congressmen") speaks for the dispatch's country as it does
    // without one; a count of things that are no public (ships, men) makes none
    ['TAIPEI, May 4 - About 20 legislators asked the government to cut tariffs on farm goods.', '1987-05-04', ['REQUEST 020 requested TWNLEG->TWNGOV']],
    ['WASHINGTON, May 4 - Two congressmen urged President Reagan to call a budget summit.', '1987-05-04', ['REQUEST 020 requested USALEG->USAGOV']],
    ['MANAMA, May 4 - Two tankers attacked in the Gulf by Iranian gunboats on Saturday anchored off Bahrain, shipping sources said.', '1987-05-04', ['ASSAULT 190 occurred IRNMIL->-']],
  ]);
});
