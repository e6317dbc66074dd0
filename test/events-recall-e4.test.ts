import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e4', () => {
  eventRows([
    // 'are', 'were' and ''re' are forms of 'be': a plural subject's strike, alert or readiness reads as a singular one's does
    ['Dockworkers are still on strike in Rotterdam, the union said.', '1987-03-02', ['PROTEST 143 occurred NLD->-']],
    ['Greek officials were ready to reopen talks with Turkey on Monday.', '1987-03-02', ['AGREE 036 occurred GRCGOV->TUR']],
    ['Talks are underway between Iran and Iraq, the envoy said.', '1987-03-02', ['CONSULT 040 occurred IRN->IRQ', 'CONSULT 040 occurred IRQ->IRN']],
    ['Two U.S. trade officials are in Tokyo for talks on semiconductors.', '1987-03-02', ['CONSULT 042 occurred USAGOV->JPN']],
    ['Chinese leaders were on a week-long visit to Pakistan.', '1987-03-02', ['CONSULT 042 occurred CHNGOV->PAK']],
    ['Japanese officials were disappointed at the U.S. decision.', '1987-03-02', ['ACCUSE 111 occurred JPNGOV->USA']],
    ['Greek troops were put on alert along the border.', '1987-03-02', ['MOBILIZE 152 occurred GRCMIL->-']],
    // a readiness is one side's own: parties named together are each ready, with no act between them
    ['Venezuela, Colombia, Peru and Bolivia were still willing to talk to their creditor banks.', '1987-03-02',
      ['AGREE 036 occurred VEN->-', 'AGREE 036 occurred COL->-', 'AGREE 036 occurred PER->-', 'AGREE 036 occurred BOL->-']],
    ['Spain and Portugal were willing to negotiate with creditor banks, officials said.', '1987-03-02', []],
    // (but two parties ready for talks with no one else named are ready for talks with each other)
    ['Iran and Iraq are ready to resume talks, the envoy said.', '1987-03-02', ['AGREE 036 occurred IRN->IRQ', 'AGREE 036 occurred IRQ->IRN']],
    ['Argentina and Chile are ready to resume border talks with each other.', '1987-03-02', ['AGREE 036 occurred ARG->CHL', 'AGREE 036 occurred CHL->ARG']],
    // a readiness to act is a state's, its government's or a body of states'; a company's or a trader's is none
    ['Tokyo is prepared to cut its tariffs on beef, the minister said.', '1987-03-02', ['AGREE 035 occurred JPNGOV->-']],
    ['General Dynamics Corp said it was willing to negotiate terms with the board.', '1987-03-02', []],
    // a form of 'be' is the copula, which a pattern's gap passes like any word: talks that 'were underway between' two parties
    ['Talks were underway between Iran and Iraq on a prisoner exchange, diplomats said.', '1987-03-02', ['CONSULT 040 occurred IRN->IRQ', 'CONSULT 040 occurred IRQ->IRN']],
    ['The meeting was between Kuwait and Saudi Arabia, officials said.', '1987-03-02', ['CONSULT 040 occurred KWT->SAU', 'CONSULT 040 occurred SAU->KWT']],
    // (people no party names before the verb are not the last party named: "few dealers are prepared to")
    ['The Japanese yen held steady because few dealers were prepared to buy dollars before the Paris meeting.', '1987-03-02', []],
  ]);
});
