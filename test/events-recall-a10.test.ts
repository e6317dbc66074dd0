import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a10', () => {
  eventRows([
    // a U.S. regulator named by its own name or short form is the U.S. government's, in a dispatch from abroad as from Washington
    ['LONDON, May 4 - The Securities and Exchange Commission signed an accord with Britain on sharing information about insider trading.', '1987-05-04', ['SUPPORT 057 occurred USAGOV->GBR']],
    ['TOKYO, May 4 - The CFTC urged Japan to open its futures markets to foreign brokers, officials said.', '1987-05-04', ['REQUEST 020 requested USAGOV->JPN']],
    ['WASHINGTON, May 4 - The FTC said it urged Congress to reject a bill on gasoline prices.', '1987-05-04', ['REQUEST 020 requested USAGOV->USALEG']],
    ['PHILADELPHIA, May 4 - The U.S. Environmental Protection Agency said it rejected a request by the state of Delaware to delay the rules.', '1987-05-04', ['REJECT 120 occurred USAGOV->USA']],
    // a short form of another body ("ITC", the International Tin Council) is left to the text
    ['LONDON, May 4 - The ITC said it rejected the proposal of the creditor banks.', '1987-05-04', []],
    // a market named after its city is of the city's country, in a dispatch from anywhere; an exchange is a business, whatever board
    // its name holds; a market whose name opens with no city is left to the text
    ['LONDON, May 4 - The Chicago Board of Trade asked the Commodity Futures Trading Commission to approve a new soybean contract.', '1987-05-04', ['REQUEST 020 requested USABUS->USAGOV']],
    ['SINGAPORE, May 4 - Singapore welcomed the London Metal Exchange\'s decision to list Singapore as a delivery point.', '1987-05-04', ['SUPPORT 051 occurred SGP->GBRBUS']],
    ['NEW YORK, May 4 - The Securities and Exchange Commission asked the Chicago Board Options Exchange to tighten its rules.', '1987-05-04', ['REQUEST 020 requested USAGOV->USABUS']],
    ['LONDON, May 4 - The Pacific Stock Exchange asked the Bank of England to change the rules.', '1987-05-04', []],
    // a union's congress is no legislature: the union is NGO of its country; a legislature's committee stays LEG
    ['LONDON, May 4 - The Trades Union Congress called on the government to raise public sector pay.', '1987-05-04', ['REQUEST 020 requested GBRNGO->GBRGOV']],
    ['JOHANNESBURG, May 4 - The Congress of South African Trade Unions urged the government to free detained strikers.', '1987-05-04', ['REQUEST 020 requested ZAFNGO->ZAFGOV']],
    ['WASHINGTON, May 4 - The House Agriculture Committee urged the administration to raise export subsidies.', '1987-05-04', ['REQUEST 020 requested USALEG->USAGOV']],
  ]);
});
