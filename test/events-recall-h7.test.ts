import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h7', () => {
  eventRows([
    // a council of trade unions is a union body (NGO), and a council of an industry's producers a business one, not a state's
    ['The Australian Council of Trade Unions criticized the government on Tuesday.', '1987-03-02', ['ACCUSE 111 occurred AUSNGO->AUSGOV']],
    ['The Canadian Pork Producers Council urged Washington to drop its duty on Canadian hogs.', '1987-03-02', ['REQUEST 020 requested CANBUS->USAGOV']],
    // a plural demonym the tagger read as a place or a body with no code is the people of its country, of one word or two
    ['Secretary of State George Shultz urged the West Germans to cut interest rates.', '1987-03-02', ['REQUEST 020 requested USAGOV->DEU']],
    ['The South Koreans agreed to buy 500,000 tonnes of U.S. wheat, the Agriculture Department said.', '1987-03-02', ['AGREE 0311 occurred KOR->USA']],
    // (a word of a region in the plural is no people: no country)
    ['The Westerners agreed to buy 500,000 tonnes of wheat, traders said.', '1987-03-02', []],
    // a board is a state's regulator or marketing body; a board of trade is a commodity exchange, no state's
    ['The Australian Wheat Board agreed to sell 500,000 tonnes of wheat to Egypt.', '1987-03-02', ['AGREE 0311 occurred AUSGOV->EGY']],
    ['The Kansas City Board of Trade said it would open talks with Japanese grain firms.', '1987-03-02', []],
    // words the tagger took for a person that end in a company's head are the company, whatever title opens them (no state body)
    ['DENVER, March 2 - The union has been on strike against Kroger Co\'s King Soopers Supermarkets unit since May 8.', '1987-03-02', ['PROTEST 143 occurred USA->USABUS']],
    // makers of one good named by their country are its firms, not the country
    ['West German steelmakers criticized the EC Commission on Tuesday.', '1987-03-02', ['ACCUSE 111 occurred DEUBUS->IGOEU']],
    ['U.S. sugar refiners met with U.S. Agriculture Department officials on Monday to ask for a larger import quota.', '1987-03-02', ['CONSULT 040 occurred USABUS->USAGOV']],
    // a tribunal is a court of its country, its name read whole even when the tagger took only its head
    ['The Canadian Import Tribunal rejected the U.S. complaint on Friday.', '1987-03-02', ['REJECT 120 occurred CANJUD->USA']],
  ]);
});
