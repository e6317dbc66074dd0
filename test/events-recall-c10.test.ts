import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c10', () => {
  eventRows([
    // pressure named by its owner (a name, a possessive, a demonym) and put on another party is the owner's demand of it
    ['OTTAWA, May 4 - Despite growing U.S. pressure on Canada to curb lumber exports, the province raised its output, officials said.', '1987-05-04', ['REQUEST 100 requested USA->CAN']],
    ['SEOUL, May 4 - Bankers said Washington\'s pressure on South Korea to let the won rise had eased since January.', '1987-05-04', ['REQUEST 100 requested USAGOV->KOR']],
    // a market's pressure on a currency or on prices names no party that asks anything
    ['LONDON, May 4 - Dealers said selling pressure on the pound eased after the Bank of England intervened.', '1987-05-04', []],
    // an act praised names its doer after `by`, past the title words before a person's name
    ['LONDON, May 4 - British Chancellor Nigel Lawson welcomed measures outlined by Japanese Finance Minister Kiichi Miyazawa on Monday.', '1987-05-04', ['SUPPORT 051 occurred GBRGOV->JPNGOV']],
    // (a lower-case word after `by` names no one)
    ['LONDON, May 4 - British Chancellor Nigel Lawson welcomed measures outlined by private economists last week.', '1987-05-04', []],
    // a legislature's text with no adopter named, which asks something of a government, asks it for that country's legislature
    ['WASHINGTON, May 4 - The amendment calls on Treasury Secretary James Baker to report on Japanese trade barriers within 90 days.', '1987-05-04', ['REQUEST 020 requested USALEG->USAGOV']],
    ['LONDON, May 4 - A parliamentary motion, signed by 120 MPs, today urged the British government to restrict imports of Japanese cars.', '1987-05-04', ['REQUEST 020 requested GBRLEG->GBRGOV']],
    // (a text that asks nothing of a government, or a body's resolution, is none of a legislature's asking)
    ['WASHINGTON, May 4 - The bill calls for highway projects worth 12 billion dlrs over five years.', '1987-05-04', []],
  ]);
});
