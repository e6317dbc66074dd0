import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g7', () => {
  eventRows([
    // voices of a country's public named by bare plural nouns that open the sentence (the opposition, business, the press, the
    // legislature) are of the country the dispatch is from
    ['LAGOS, May 4 - Opposition parties criticised the government\'s new tax on imported rice.', '1987-05-04', ['ACCUSE 111 occurred NGAOPP->NGAGOV']],
    ['ROME, May 4 - Industrialists criticised the government\'s new budget.', '1987-05-04', ['ACCUSE 111 occurred ITABUS->ITAGOV']],
    // (and the country's people: farmers, unions, members)
    ['LIMA, May 4 - Farmers criticised the government\'s new tax on fertiliser.', '1987-05-04', ['ACCUSE 111 occurred PER->PERGOV']],
    // (a crowd a phrase places is of that place, not of the dateline's country)
    ['LONDON, May 4 - Workers at the Lenin shipyard in Gdansk went on strike on Monday.', '1987-05-04', ['PROTEST 143 occurred POL->-']],
    // businessmen speak for business, as business leaders do
    ['Leading Greek businessmen urged the government to cut interest rates.', '1987-05-04', ['REQUEST 020 requested GRCBUS->GRCGOV']],
    // (bankers, often a debtor's foreign creditors, are not placed by the dateline)
    ['BRASILIA, May 4 - Bankers criticised the government\'s debt plan.', '1987-05-04', []],
    // an office holder's surname of four letters, told alone, names that office holder as a longer one does
    ['Kohl met Thatcher in London on Friday.', '1987-05-04', ['CONSULT 040 occurred DEUGOV->GBRGOV']],
    // (not one that is also a word: "Wine")
    ['Wine exports to Japan fell 10 pct last year, the council said.', '1987-05-04', []],
    // a crowd at a workplace the phrase places nowhere is of the dispatch's country
    ['LISBON, May 4 - Miners at the state coal company have called a 72-hour strike starting on Monday.', '1987-05-04', ['PROTEST 143 intended PRT->PRTBUS']],
  ]);
});
