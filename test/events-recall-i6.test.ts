import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round i6', () => {
  eventRows([
    // a welcome whose `to` opens an infinitive praises the act welcomed (of its owner); it hosts no one
    ['Japan welcomed Canada\'s decision to cut its tariffs on beef.', '1987-03-17', ['SUPPORT 051 occurred JPN->CAN', 'CONCEDE 081 occurred CAN->-']],
    ['Mexico welcomed Peru\'s proposal to hold talks on the debt.', '1987-03-17', ['SUPPORT 051 occurred MEX->PER']],
    // (a welcome to a place is still a hosting)
    ['Zambian President Kenneth Kaunda welcomed Zimbabwean Prime Minister Robert Mugabe to Lusaka on Monday.', '1987-03-17', ['CONSULT 043 occurred ZMBGOV->ZWEGOV']],
    // a yielding act refused for the time to come ('would not', 'will never', 'has no plans to') is a refusal to yield (REJECT 124x);
    // one that did not happen stays the negated act
    ['Treasury Secretary James Baker said the United States would not lift its sanctions on Japanese chips until Tokyo opened its market.', '1987-04-20', ['REJECT 1244 occurred USA->JPN']],
    ['Iraq has no plans to withdraw its troops from the border area, a military spokesman said.', '1987-04-20', ['REJECT 1246 occurred IRQ->-']],
    ['Japan did not lift its ban on rice imports last year.', '1987-04-20', ['CONCEDE 081 negated JPN->-']],
    // a request that names the penalty for refusing it ('or face') is also a threat to the one asked
    ['Washington urged Seoul to open its beef market or face retaliation, trade officials said.', '1987-04-07', ['REQUEST 020 requested USAGOV->KORGOV', 'THREATEN 130 occurred USAGOV->KORGOV']],
    // (a penalty the request does not name is none: 'which face')
    ['The United States urged Japan to open its markets, which face stiff competition.', '1987-04-07', ['REQUEST 020 requested USA->JPN']],
    // backing a party gives another, told by its noun with its owner, is support (050), of the one named after 'for' (past a
    // possessor's noun set before a name: "Iran's old enemy Iraq"); backing sought, or for a thing, is none
    ['Tehran has long resented Kuwait\'s backing for Iran\'s old enemy Iraq.', '1987-04-13', ['SUPPORT 050 occurred KWT->IRQ']],
    ['Moscow\'s support for Vietnamese troops in Kampuchea remains an obstacle, Chinese officials said.', '1987-04-13', ['SUPPORT 050 occurred SUNGOV->VNMMIL']],
    ['The minister said a telex to creditors seeks support for the government\'s borrowing plans.', '1987-04-13', []],
    ['Japan\'s support for the dollar has weakened, dealers said.', '1987-04-13', []],
    // talks ruled out are a refusal to meet or negotiate (125), with the one they would be held with
    ['Indian Prime Minister Rajiv Gandhi ruled out talks with the Pakistani government on Friday.', '1987-04-13', ['REJECT 125 occurred INDGOV->PAKGOV']],
    // (other acts ruled out stay a plain refusal)
    ['Syria ruled out restoring diplomatic relations with Jordan.', '1987-04-13', ['REJECT 120 occurred SYR->JOR']],
  ]);
});
