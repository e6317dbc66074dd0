import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h6', () => {
  eventRows([
    // a loan or a rescheduling signed is an agreement signed, with the lender named after 'with' or 'from'
    ['Peru signed a 150 mln dlr loan with the World Bank on Tuesday to finance irrigation projects, officials said.', '1987-03-03', ['SUPPORT 057 occurred PER->IGOWB']],
    ['Chile will sign a 1.2 billion dlr loan package with its creditor banks next week, the finance minister said.', '1987-03-03', ['SUPPORT 057 intended CHL->-']],
    ['Ecuador signed three loans from the Inter-American Development Bank worth 200 mln dlrs.', '1987-03-03', ['SUPPORT 057 occurred ECU->IGOIADB']],
    // (a loan signed for is the loan received: aid, no signing of its own)
    ['Kenya signed for a 60 mln dlr loan from the African Development Bank, the treasury said.', '1987-03-03', ['AID 071 occurred IGOAFDB->KEN']],
    // a time adverbial between a noun of talks or a visit and the preposition of its party ('talks last week with', 'the visit this
    // week by') still names the party
    ['Brazilian Finance Minister Dilson Funaro raised the debt issue during talks last week with Japanese officials.', '1987-03-03', ['CONSULT 040 occurred BRAGOV->JPNGOV']],
    ['WASHINGTON, March 3 - Trade relations were strained before the visit this week by a Japanese trade envoy, U.S. officials said.', '1987-03-03', ['CONSULT 042 occurred JPNGOV->USA']],
    // (a time adverbial with no preposition after it leaves the noun alone)
    ['Funaro said the talks last week were useful.', '1987-03-03', []],
    // a state's talks with lenders no code names (creditor banks, its bank advisory committee) are its own, with no recipient
    ['Argentina has been negotiating with its bank advisory committee since February.', '1987-03-15', ['CONSULT 046 occurred ARG->-']],
    ['Ecuadorean officials held a meeting with the advisory committee in New York in January.', '1987-03-15', ['CONSULT 040 occurred ECUGOV->-']],
    // (not a company's talks with its banks, nor banks named after other words: 'an interview that the banks')
    ['Chrysler Corp is negotiating with its bank lenders for a new credit line.', '1987-03-15', []],
    ['Argentine Economy Minister Juan Sourrouille told a radio station in a telephone interview that the banks were divided.', '1987-03-15', []],
    // a visit 'here' is to the dispatch's place, also with a time adverbial before its agent ('a visit here this week by')
    ['SEOUL, April 24 - The announcement follows a visit here this week by U.S. Commerce Secretary Malcolm Baldrige.', '1987-04-24', ['CONSULT 042 occurred USAGOV->KOR']],
    ['TOKYO, April 1 - U.S. Trade Representative Clayton Yeutter predicted during a visit here that the trade bill would pass.', '1987-04-01', ['CONSULT 042 occurred USAGOV->JPN']],
    // talks that frame an act deep in a reported clause are the subject's of that clause, named right before its verb, not the speaker's
    ['Baldrige said he hopes Japanese Prime Minister Yasuhiro Nakasone will make new proposals at a meeting with President Reagan this week.', '1987-04-27', ['CONSULT 040 intended JPNGOV->USAGOV']],
    ['A senior member of Britain\'s opposition Labour Party said there was evidence Prime Minister Margaret Thatcher approved the sale of missiles during talks with U.S. officials.', '1987-03-25', ['CONSULT 040 occurred GBRGOV->USAGOV']],
    // 'agree' with a deal, an accord or a package as its object (British usage) is an agreement, as 'agree on' is
    ['The European Community agreed a trade deal with Argentina on Monday, EC officials said.', '1987-10-20', ['AGREE 030 occurred IGOEU->ARG']],
    // (not 'agreed that' the deal is so: a view)
    ['Dealers agreed that the deal looked likely.', '1987-10-20', []],
    // one who tells or addresses a meeting of a body of states takes part in it, with the body
    ['Canadian Foreign Minister Joe Clark told a conference of ASEAN foreign ministers that farm subsidies must be cut.', '1987-06-18', ['CONSULT 040 occurred CANGOV->IGOASEAN']],
    // (not a meeting of people no body of states holds)
    ['The central bank governor told a meeting of bankers in Lagos that the auction was working.', '1987-06-18', []],
    // a name between an article and a noun of meeting modifies the noun, which is framed as any meeting is
    ['WASHINGTON, June 19 - At a White House meeting with Senate Republicans, Reagan said he would veto the bill.', '1987-06-19', ['CONSULT 040 occurred USAGOV->USALEG', 'REJECT 129 intended USAGOV->USALEG']],
  ]);
});
