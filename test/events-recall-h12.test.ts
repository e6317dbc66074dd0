import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h12', () => {
  eventRows([
    // a name after `and` that a verb follows opens a clause of its own: it is no party to the act before it
    ['OSLO, May 6 - Norway rejected the fishing plan and Iceland said it would study the proposal further.', '1987-05-06', ['REJECT 120 occurred NOR->-']],
    ['CANBERRA, May 6 - Australia rejected the tariff plan and New Zealand has asked for more time, officials said.', '1987-05-06', ['REJECT 120 occurred AUS->-', 'REQUEST 020 requested NZL->-']],
    // a list of names after the trigger is still read whole where no verb follows the last one
    ['LISBON, May 6 - Portugal met the president and Prime Minister Felipe Gonzalez of Spain on Tuesday.', '1987-05-06', ['CONSULT 040 occurred PRT->ESPGOV']],
    // an agreement signed for a trade, told by its infinitive, is made with the party its `to` or `from` names
    ['ANKARA, May 6 - Turkey today signed an agreement to sell 40,000 tonnes of wheat to Egypt, the trade ministry said.', '1987-05-06', ['SUPPORT 057 occurred TUR->EGY']],
    ['DHAKA, May 6 - Bangladesh has signed a protocol to buy 200,000 tonnes of cement from Indonesia, officials said.', '1987-05-06', ['SUPPORT 057 occurred BGD->IDN']],
    // an agreement for an act of the signer's own names no other party by its `to`
    ['MANILA, May 6 - The Philippines signed an agreement to limit its debt payments to 15 pct of exports, officials said.', '1987-05-06', ['SUPPORT 057 occurred PHL->-']],
    // a short excerpt (a headline and one paragraph wrapped over three lines) is read as hard-wrapped: its sentence is not cut at a
    // wrap, and a party named on the next line is still the act's
    ['TURKEY SIGNS TRADE PACT\nANKARA, May 6 - Turkey today signed a two-year trade agreement with\nEgypt covering textiles and wheat, the foreign trade ministry\nsaid in a statement issued in the capital on Wednesday.', '1987-05-06', ['SUPPORT 057 occurred TUR->EGY']],
  ]);
});
