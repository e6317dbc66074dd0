import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round y2', () => {
  eventRows([
    // a state that imports a named quantity of goods from another state: each side's economic cooperation with the other (061)
    ['Kenya will import 40,000 tonnes of maize from Zambia under a trade accord signed last week.', '1987-05-04', ['COOPERATE 061 intended KEN->ZMB', 'COOPERATE 061 intended ZMB->KEN']],
    // a company's purchase from another company is none: the seller must be a state
    ['The refinery will import 20,000 barrels of crude a day from Shell Trading.', '1987-05-04', []],
  ]);
});
