import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round f7', () => {
  eventRows([
    // a request accepted or heeded is a concession to the one who asked, whose request (020) is told beside it
    ['Greece accepted a Turkish request to postpone the talks, officials said.', '1987-03-17', ['CONCEDE 0832 occurred GRC->TUR', 'REQUEST 020 requested TUR->GRC']],
    // a request ignored is a refusal of the one who asked
    ['The European Community has ignored Canberra\'s request for a cut in the beef levy, the minister said.', '1987-03-17', ['REJECT 128 occurred IGOEU->AUSGOV', 'REQUEST 020 requested AUSGOV->IGOEU']],
    // (a request refused is an appeal, 020; a demand refused an insistence, 100)
    ['Egypt rejected an Israeli request to reopen the border crossing.', '1987-03-17', ['REJECT 120 occurred EGY->ISR', 'REQUEST 020 requested ISR->EGY']],
    ['Egypt rejected Israeli demands to reopen the border crossing.', '1987-03-17', ['REJECT 120 occurred EGY->ISR', 'REQUEST 100 requested ISR->EGY']],
    // (a request granted by lenders no code names is no one's concession)
    ['Chile warned it may suspend payments if the banks do not grant its request.', '1987-03-17', []],
    // `not only` opens the first of two acts both done, no negation
    ['Seoul not only rejected the Japanese proposal but also criticised Tokyo, officials said.', '1987-03-17', ['REJECT 120 occurred KORGOV->JPN', 'ACCUSE 111 occurred KORGOV->JPNGOV']],
    ['Seoul did not reject the Japanese proposal, officials said.', '1987-03-17', ['REJECT 120 negated KORGOV->JPN']],
    // going, coming or returning to a place for talks is a visit to it; a bare `go to` is none
    ['A Swedish trade delegation will go to Ottawa next month for talks on timber, officials said.', '1987-03-17', ['CONSULT 042 intended SWEGOV->CAN']],
    ['The Canadian negotiators will return to Jakarta for further negotiations, the embassy said.', '1987-03-17', ['CONSULT 042 intended CANGOV->IDN']],
    ['Sweden will go to the GATT council over the dispute, officials said.', '1987-03-17', []],
  ]);
});
