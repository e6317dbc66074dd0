import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h11', () => {
  eventRows([
    // an office holder the lexicon lists keeps his country under a title that opens with a body's name other states bear too
    // ("Treasury Secretary" is Argentina's, Italy's or Turkey's as much as the U.S.'s); a title that names its country still wins
    ['BUENOS AIRES, May 4 - Treasury Secretary Mario Brodersohn held talks with International Monetary Fund officials today, the economy ministry said.', '1987-05-04', ['CONSULT 040 occurred ARGGOV->IGOIMF']],
    ['TOKYO, May 4 - Treasury Secretary Baker met Japanese Finance Minister Kiichi Miyazawa today to discuss the dollar.', '1987-05-04', ['CONSULT 040 occurred USAGOV->JPNGOV']],
    ['BUENOS AIRES, May 4 - U.S. Treasury Secretary James Baker met Argentine Economy Minister Juan Sourrouille today.', '1987-05-04', ['CONSULT 040 occurred USAGOV->ARGGOV']],
    // a visit named by a noun whose own words hold a time ahead ("a visit here next week") is to come; a time past keeps it done
    ['WASHINGTON, May 4 - A visit here next week by Japanese trade officials is not expected to change the administration\'s mind, aides said.', '1987-05-04', ['CONSULT 042 intended JPNGOV->USA']],
    ['WASHINGTON, May 4 - A visit here last week by Japanese trade officials did not change the administration\'s mind, aides said.', '1987-05-04', ['CONSULT 042 occurred JPNGOV->USA']],
    // an office of a body of states told after the name is the body's, as one before it is, with or without the body's short form in
    // brackets; a state's envoy to the body stays the state's, and a congress of unions is no legislature
    ['TOKYO, May 4 - Pierre Dubois, Deputy Managing Director of the International Monetary Fund, met Finance Minister Kiichi Miyazawa today.', '1987-05-04', ['CONSULT 040 occurred IGOIMF->JPNGOV']],
    ['NAIROBI, May 4 - Carlos Ruiz, director general of the Food and Agriculture Organisation (FAO), urged Kenya to raise maize prices.', '1987-05-04', ['REQUEST 020 requested IGOFAO->KEN']],
    ['GENEVA, May 4 - Robert Hale, U.S. ambassador to the GATT, urged Japan to open its rice market.', '1987-05-04', ['REQUEST 020 requested USAGOV->JPN']],
    ['HARARE, May 4 - Peter Moyo, general secretary of the Congress of Zimbabwe Trade Unions (CZTU), urged employers to raise wages.', '1987-05-04', ['REQUEST 020 requested ZWENGO->ZWEBUS']],
    // a body named by the trade of its members keeps their sector when its own name gives its country, as under a dateline alone
    ['JAKARTA, May 4 - The Association of Indonesian Tea Exporters urged the government to cut export taxes.', '1987-05-04', ['REQUEST 020 requested IDNBUS->IDNGOV']],
    ['JAKARTA, May 4 - The Tea Exporters Association urged the government to cut export taxes.', '1987-05-04', ['REQUEST 020 requested IDNBUS->IDNGOV']],
  ]);
});
