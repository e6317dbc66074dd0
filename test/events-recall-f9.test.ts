import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round f9', () => {
  eventRows([
    // a country's producers of a good are its firms (BUS), as its steelmakers and refiners are, acting or acted on
    ['OTTAWA, May 6 - Canadian wheat producers urged the government to raise support prices, their association said.', '1987-05-06', ['REQUEST 020 requested CANBUS->CANGOV']],
    ['ROME, May 6 - Italian olive oil producers will ask the EC Commission for higher aid, a spokesman said.', '1987-05-06', ['REQUEST 023 requested ITABUS->IGOEU']],
    // so are its industry and its buyers
    ['WASHINGTON, May 6 - The U.S. footwear industry urged the administration to curb imports from Taiwan, an industry group said.', '1987-05-06', ['REQUEST 020 requested USABUS->USAGOV']],
    ['KUWAIT, May 6 - Kuwait refused price discounts to Japanese buyers, oil traders said.', '1987-05-06', ['REJECT 120 occurred KWT->JPNBUS']],
    // producers who only expect or report something do nothing to anyone
    ['OTTAWA, May 6 - Canadian wheat producers expect a larger crop this year, the association said.', '1987-05-06', []],
  ]);
});
