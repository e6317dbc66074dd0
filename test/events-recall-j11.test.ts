import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j11', () => {
  eventRows([
    // a legislature's members, named as its deputies or as "members of" it, are the legislature of the dispatch's country
    ['ROME, May 4 - Members of parliament urged the government to cut spending on roads.', '1987-05-04', ['REQUEST 020 requested ITALEG->ITAGOV']],
    ['TOKYO, May 4 - Several members of the Diet asked the government to delay the sales tax.', '1987-05-04', ['REQUEST 020 requested JPNLEG->JPNGOV']],
    ['PARIS, May 4 - Deputies called on the government to withdraw the bill.', '1987-05-04', ['REQUEST 020 requested FRALEG->FRAGOV']],
    // and so are they when a relative clause tells their act after a preposition
    ['TAIPEI, May 4 - The minister was replying to some 30 members of the parliament who asked the government to sell dollars.', '1987-05-04', ['REQUEST 020 requested TWNLEG->TWNGOV']],
    // members of anything else are no legislature
    ['ROME, May 4 - Members of a smuggling ring attacked the police.', '1987-05-04', []],
    // a ruling party of 1987 named without its country is a party of that country, never a person titled "Justice"
    ['SEOUL, May 4 - The Democratic Justice Party will ask the president to free political prisoners.', '1987-05-04', ['REQUEST 020 requested KOR->KORGOV']],
    ['TOKYO, May 4 - The Liberal Democratic Party called for a cut in interest rates.', '1987-05-04', ['REQUEST 020 requested JPN->-']],
  ]);
});
