import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g14', () => {
  eventRows([
    // a body of members is read by one reading, in the text and by coreference: a body of a trade's firms is business (BUS), of
    // its people NGO; a union of a trade's people is a labour union, NGO, though the trade ("carriers") is one firms ply too
    ['WASHINGTON, May 4 - The National Association of Grain Dealers urged the Reagan administration to expand export subsidies.', '1987-05-04', ['REQUEST 020 requested USABUS->USAGOV']],
    ['OTTAWA, May 4 - Canada Post held talks today with the Letter Carriers Union of Canada.', '1987-05-04', ['CONSULT 040 occurred CANBUS->CANNGO']],
    // a body of members whose name does not tell its members is of its country alone
    ['WASHINGTON, May 4 - The American Soybean Association urged the Reagan administration to expand export subsidies.', '1987-05-04', ['REQUEST 020 requested USA->USAGOV']],
  ]);
});
