import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d11', () => {
  eventRows([
    // "the government" addressed by a body of states that names no country in its sentence is the government of the dispatch's
    // country, when the story has named it, else of the country the story named last
    ['LUSAKA, May 4 - The International Monetary Fund is pressing the government to cut maize subsidies, officials said.', '1987-05-04', ['REQUEST 020 requested IGOIMF->ZMBGOV']],
    ['WASHINGTON, May 4 - Talks with Zaire on a new loan resumed today. The World Bank urged the government to sell some state firms.', '1987-05-04', ['REQUEST 020 requested IGOWB->CODGOV']],
    // a government its sentence names stays that one
    ['NAIROBI, May 4 - The World Bank asked the government of Uganda to cut spending.', '1987-05-04', ['REQUEST 020 requested IGOWB->UGAGOV']],
    // a body's view of what a government must do is no request
    ['LONDON, May 4 - The IMF said the government must cut spending.', '1987-05-04', []],
    // Japan's export credit bank under its short name is a state agency, as under its full one: a credit from it is the state's aid
    ['LIMA, May 4 - Peru received a 100 mln dlr credit from Japan\'s Eximbank for a power project, the central bank said.', '1987-05-04', ['AID 071 occurred JPNGOV->PER']],
  ]);
});
