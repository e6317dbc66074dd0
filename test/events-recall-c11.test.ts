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
  ]);
});
