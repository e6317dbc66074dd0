import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g5', () => {
  eventRows([
    // the verb "threaten" with a thing for subject tells a risk, not a party's threat
    ['Canada and the United States are at odds over lumber, and the quarrel threatens to disrupt trade between them, officials said.', '1987-03-17', []],
    ['Higher oil prices could threaten the recovery in France, the minister said.', '1987-03-17', []],
    ['In exporting countries such as Brazil and Argentina, it threatened to worsen the debt burden.', '1987-03-17', []],
    // (a party or a body right before it still threatens, past auxiliaries, adverbs and a time adverbial)
    ['Greece has repeatedly threatened to block the aid package for Turkey.', '1987-03-17', ['THREATEN 131 occurred GRC->-', 'SANCTION 163 hypothetical GRC->-']],
    ['The Polish government last month threatened to suspend talks with the creditor banks.', '1987-03-17', ['THREATEN 131 occurred POLGOV->-', 'SANCTION 163 hypothetical POLGOV->-']],
    // the country a company is "of" is its seat: the company acts, not the country
    ['Siemens AG of Munich, West Germany, said it signed an agreement to buy the computer unit of a Dutch group.', '1987-03-17', []],
    ['Alcan Aluminium Ltd of Canada signed a supply contract with the Soviet Union.', '1987-03-17', []],
    // (a person "of" a country is the country's still: the titled person acts, a minister of its government)
    ['Foreign Minister Hans van den Broek of the Netherlands met Indonesian officials in Jakarta.', '1987-03-17', ['CONSULT 040 occurred NLDGOV->IDNGOV']],
    // a document's terms ("the accord calls for") are no party's request; a party's call still is
    ['The Plaza accord, signed in New York in 1985, called for a lower dollar.', '1987-03-17', []],
    ['The trade bill would call for cuts in the Japanese surplus, Senator Bentsen said.', '1987-03-17', []],
    ['France called for stability among the major currencies on Tuesday.', '1987-03-17', ['REQUEST 020 requested FRA->-']],
    // a body whose name ends in a head of company names (Motors, Airlines, Airways, Laboratories) is a company, not its country
    ['Canadian Motors broke off talks with the United Auto Workers union on Friday.', '1987-03-17', []],
    ['Royal Jordanian Airlines held talks on a joint route with the Soviet Union on Monday.', '1987-03-17', ['CONSULT 040 occurred JORBUS->SUN']],
  ]);
});
