import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a4', () => {
  eventRows([
    // a meeting named by the body of states whose members hold it is the body's own consultation, with no other party
    ['After a special meeting of NATO foreign ministers on Thursday, the alliance issued a statement on arms control.', '1987-04-10', ['CONSULT 040 occurred IGONATO->-']],
    ['Diplomats said the plan would come up at the next meeting of EC farm ministers in Luxembourg.', '1987-04-10', ['CONSULT 040 intended IGOEU->-']],
    // (a meeting of no body of states is none; nor one that only places another act)
    ['Shareholders will vote on the merger at a meeting of the company\'s board next month.', '1987-04-10', []],
    ['Chinese President Li Xiannian met Pakistani President Zia ul-Haq on the sidelines of a summit of the Non-Aligned Movement.', '1987-04-10', ['CONSULT 040 occurred CHNGOV->PAKGOV']],
    // a state's agreement or offer to act on another state, the infinitive's object, is an agreement with that state (to help it build
    // or modernise something of its own, an intent of material cooperation, 031)
    ['Spain has agreed to help Morocco modernise its fishing fleet, officials said.', '1987-04-10', ['AGREE 031 occurred ESP->MAR']],
    // (not a firm's, nor one to act on a thing another state is named in)
    ['Fiat has agreed to supply Alfa Romeo with engines, the company said.', '1987-04-10', []],
    ['Peru agreed to back efforts to end the Iran-Iraq war, its foreign minister said.', '1987-04-10', []],
    // a gerund after a subordinator right after a verb of telling and the ones told is the speaker's act
    ['EC trade chief Willy De Clercq told reporters after meeting U.S. Trade Representative Clayton Yeutter that the talks were useful.', '1987-04-10', ['CONSULT 040 occurred IGOEU->USAGOV']],
    // (not one in the clause reported)
    ['De Clercq told reporters the Japanese had gained ground after meeting U.S. officials.', '1987-04-10', []],
    // talks a stay somewhere is for (an apposition, or one expected) are the one staying's, with the place's country when the talks
    // name no party
    ['Dutch trade minister Piet Bukman, in Tokyo for talks with trade officials, said the yen was too low.', '1987-04-10', ['CONSULT 040 occurred NLDGOV->JPNGOV']],
    ['Kenyan Foreign Minister Elijah Mwangale is expected in Cairo next week for talks with his Egyptian counterpart Esmat Abdel-Meguid.', '1987-04-10', ['CONSULT 040 intended KENGOV->EGYGOV']],
    // (a stay told with `be` is the visit's own)
    ['Dutch trade minister Piet Bukman is in Tokyo for talks with trade officials.', '1987-04-10', ['CONSULT 042 occurred NLDGOV->JPNGOV']],
    // talks an agreement told in the sentence before came out of are its maker's, the party that sentence is about
    ['Egypt has agreed to buy 500,000 tonnes of wheat from Australia, officials said. They said the agreement followed weeks of talks with Canberra.', '1987-04-10', ['AGREE 0311 occurred EGY->AUS', 'CONSULT 040 occurred EGY->AUSGOV']],
    // (talks no agreement came out of are no one's: "the talks followed")
    ['Egypt has bought 500,000 tonnes of wheat from Australia, officials said. They said the sale followed weeks of talks with Canberra.', '1987-04-10', []],
    // a count of members joined to its noun is read past to the body it describes
    ['Finance ministers said after the annual meeting of the 44-nation Inter-American Development Bank that lending would grow.', '1987-04-10', ['CONSULT 040 occurred IGOIADB->-']],
    // a body of states that agrees acts as its members agreeing together, with no other party; not one that only offers
    ['OPEC agreed in December to cut its output ceiling by 7.25 pct, delegates said.', '1987-04-10', ['AGREE 030 occurred IGOOPEC->-']],
    ['OPEC has offered to cut its output ceiling, delegates said.', '1987-04-10', []],
    ['The Paris Club of creditor governments reached agreement in principle on easing African debt, Lawson said.', '1987-04-10', ['AGREE 030 occurred IGOPARISCLUB->-']],
    // a state's consultation at a summit with the others there, no one of them named, is one with no recipient
    ['Prime Minister Nakasone will discuss trade with allied leaders at next month\'s Venice summit, officials said.', '1987-05-10', ['CONSULT 040 intended JPNGOV->-']],
    // (not a summit that is only the topic)
    ['Prime Minister Nakasone will discuss the Venice summit with party leaders, officials said.', '1987-05-10', []],
  ]);
});
