import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c8', () => {
  eventRows([
    // people by trade that an article opens a sentence with are the dispatch country's crowd, as the bare plural is
    ['HARARE, May 4 - The nurses are demanding a 30 pct rise in basic pay, a union official said.', '1987-05-04', ['REQUEST 100 requested ZWE->-']],
    ['ATHENS, May 4 - The dockers and seamen have rejected the latest offer, union sources said.', '1987-05-04', ['REJECT 120 occurred GRC->-']],
    // (not a count that points back to a number told before, nor a body's members)
    ['VIENNA, May 4 - The members agreed to extend the accord, delegates said.', '1987-05-04', []],
    // pay sought is a request, as money sought is; a rise of no pay is none
    ['ATHENS, May 4 - Striking bank employees are seeking a 25 pct wage increase, union officials said.', '1987-05-04', ['PROTEST 143 occurred GRC->-', 'REQUEST 020 requested GRC->-']],
    ['LIMA, May 4 - The miners are seeking higher wages and shorter hours.', '1987-05-04', ['REQUEST 020 requested PER->-']],
    ['The company is seeking to raise funds for a new plant in Ohio.', '1987-05-04', []],
    // to pressure a party, or to put or bring pressure on it, is to press it; pressure that weighs on a party from no one named is none
    ['WASHINGTON, May 4 - The United States has been pressuring Brazil to open its computer market, officials said.', '1987-05-04', ['REQUEST 020 requested USA->BRA']],
    ['TOKYO, May 4 - Washington is putting heavy pressure on Tokyo to buy more American beef.', '1987-05-04', ['REQUEST 100 requested USAGOV->JPNGOV']],
    ['LONDON, May 4 - The low figure adds to pressure on the Chancellor to cut interest rates.', '1987-05-04', []],
    // pay or a contract an employer offers is an offer to cooperate (AGREE 030), to the country's workers where no one is named after 'to'
    ['LISBON, May 4 - Employers have offered a 6 pct wage increase, which the unions rejected.', '1987-05-04', ['AGREE 030 occurred PRTBUS->PRT']],
    ['ATHENS, May 4 - Shipowners offered a 40 pct raise last week.', '1987-05-04', ['AGREE 030 occurred GRCBUS->GRC']],
    // (a takeover's offer is business news: none)
    ['NEW YORK, May 4 - Acme Corp offered 42 dlrs a share for Baxter Inc, raising its earlier offer.', '1987-05-04', []],
    // to persuade or convince a party to act is to ask it; to convince one of a claim ('that') is none
    ['PARIS, May 4 - France will try to persuade West Germany to cut its interest rates, officials said.', '1987-05-04', ['REQUEST 020 requested FRA->DEU']],
    ['LONDON, May 4 - The minister convinced Britain that the plan would work.', '1987-05-04', []],
    // steps or terms sought, asked or urged by a party are its request of the clause's subject; ones it proposes are none
    ['NAIROBI, May 4 - Kenya has adopted reforms sought by the World Bank, officials said.', '1987-05-04', ['REQUEST 020 requested IGOWB->KEN']],
    ['SEOUL, May 4 - South Korea will cut tariffs on 40 products requested by Washington.', '1987-05-04', ['REQUEST 020 requested USAGOV->KOR', 'CONCEDE 081 intended KOR->-']],
    ['BRUSSELS, May 4 - The measures proposed by the Commission were discussed at length.', '1987-05-04', []],
    // trades named by one word in -workers (and stevedores, machinists, peasants ...) are the country's people, as workers are
    ['LISBON, May 4 - The bankworkers are demanding a 20 pct pay rise, union officials said.', '1987-05-04', ['REQUEST 100 requested PRT->-']],
  ]);
});
