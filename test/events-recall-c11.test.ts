import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c11', () => {
  eventRows([
    // an agreement to be signed between a pair, told with its modal, is theirs, to come
    ['LUSAKA, May 4 - A trade protocol will be signed next week between Zambia and Tanzania, a ministry spokesman said.', '1987-05-04', ['SUPPORT 057 intended ZMB->TZA', 'SUPPORT 057 intended TZA->ZMB']],
    ['OSLO, May 4 - Officials said a fisheries accord was to be signed between Norway and Iceland in June.', '1987-05-04', ['SUPPORT 057 intended NOR->ISL', 'SUPPORT 057 intended ISL->NOR']],
    // one to be signed by no pair named is none
    ['OSLO, May 4 - Officials said the fisheries accord would be signed in June.', '1987-05-04', []],
    // an agreement a subject concluded with a party, told in a relative clause, is that subject's with the party
    ['LIMA, May 4 - The rescheduling accord Peru concluded with Brazil last year covers 800 mln dlrs, the finance minister said.', '1987-05-04', ['SUPPORT 057 occurred PER->BRA']],
    ['BONN, May 4 - The credit agreement West Germany concluded with Hungary in March covers 500 mln marks.', '1987-05-04', ['SUPPORT 057 occurred DEU->HUN']],
    // talks concluded are no agreement made
    ['LIMA, May 4 - Peru concluded its talks with Brazil on Monday, the finance minister said.', '1987-05-04', ['CONSULT 040 occurred PER->BRA']],
    // subsidized farm goods offered with the country as the verb's first object are the offering state's economic cooperation with it
    ['WASHINGTON, May 4 - The Agriculture Department offered Tunisia 200,000 tonnes of wheat under the export enhancement program.', '1987-05-04', ['COOPERATE 061 occurred USAGOV->TUN']],
    ['WASHINGTON, May 4 - Trade sources said the United States could offer Poland subsidized butter this year.', '1987-05-04', ['COOPERATE 061 hypothetical USA->POL']],
    // a firm's offer is commerce, and an offer to farmers is to no state
    ['WASHINGTON, May 4 - Cargill offered Tunisia 200,000 tonnes of wheat under the export enhancement program.', '1987-05-04', []],
    ['WASHINGTON, May 4 - The United States offered its farmers a wheat subsidy.', '1987-05-04', []],
  ]);
});
