import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h13', () => {
  eventRows([
    // an officer of a body of members, named after the title's "of" or "for", is the body's: business for a body of firms or banks,
    // NGO for one of working people, the country alone when the name does not tell its members; a state's own council stays its
    // government's
    ['BONN, May 4 - Klaus Brandt, president of the Association of Savings Banks, criticised the Bundesbank for its rate policy.', '1987-05-04', ['ACCUSE 111 occurred DEUBUS->DEUGOV']],
    ['WASHINGTON, May 4 - A spokesman for the National Association of Grain Dealers criticised Japan for its rice quotas.', '1987-05-04', ['ACCUSE 111 occurred USABUS->JPN']],
    ['WASHINGTON, May 4 - Mary Dolan, president of the National Federation of Postal Employees, criticised the Postal Service plan.', '1987-05-04', ['ACCUSE 111 occurred USANGO->-']],
    ['WASHINGTON, May 4 - The president of the American Cotton Association urged Japan to lift its import quotas.', '1987-05-04', ['REQUEST 020 requested USA->JPN']],
    ['WASHINGTON, May 4 - John Hale, chairman of the Council of Economic Advisers, criticised Japan for its trade surplus.', '1987-05-04', ['ACCUSE 111 occurred USAGOV->JPN']],
    // Japan's federation of business (Keidanren) is a body of business, no state body
    ['TOKYO, May 4 - The Federation of Economic Organizations (Keidanren) urged the government to cut income taxes.', '1987-05-04', ['REQUEST 020 requested JPNBUS->JPNGOV']],
    // an office named after a body's possessive ("chairman of the GATT's negotiating group on textiles") is the body's, not the
    // dateline country's
    ["NEW DELHI, May 4 - Hans Berg, chairman of the General Agreement on Tariffs and Trade's negotiating group on textiles, met Indian trade officials on Monday.", '1987-05-04', ['CONSULT 040 occurred IGOGATT->INDGOV']],
    // a name after its country's adjective and a lower-case noun for a firm is that country's firm, not the country; a person's
    // office in lower case is still the person's
    ['ROME, May 4 - Italian bank Banca Lombarda said it signed a credit agreement with Algeria.', '1987-05-04', ['SUPPORT 057 occurred ITABUS->DZA']],
    ['ROME, May 4 - Italian minister Giorgio Santini signed a credit agreement with Algeria.', '1987-05-04', ['SUPPORT 057 occurred ITAGOV->DZA']],
  ]);
});
