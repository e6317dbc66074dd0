import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round p6', () => {
  eventRows([
    // pressure from a party is its demand on the clause's subject; not pressure given in to or resisted (told below), none denied, nor a market's
    ['Peru came under pressure from the International Monetary Fund for a sharper devaluation of the sol.', '1987-03-17', ['REQUEST 100 requested IGOIMF->PER']],
    ['Taiwan has been under pressure from Washington to let its currency rise, bankers said.', '1987-03-17', ['REQUEST 100 requested USAGOV->TWN']],
    ['Fiji bowed to pressure from Australia over the constitution.', '1987-03-17', ['CONCEDE 0832 occurred FJI->AUS']],
    ['The minister said there had been no pressure from Britain over the sale.', '1987-03-17', []],
    ['The yen came under heavy selling pressure from Japanese investors.', '1987-03-17', []],
    // a complaint told as a clause criticises the party the clause names; with no party named it is none
    ['Canada complained that the United States was subsidising its wheat exports, officials said.', '1987-03-17', ['ACCUSE 111 occurred CAN->USA']],
    ['British Trade Minister Alan Clark complained repeatedly that Japan had failed to open its construction market.', '1987-03-17', ['ACCUSE 111 occurred GBRGOV->JPN']],
    ['Dealers complained that prices were too volatile.', '1987-03-17', []],
    // a party that asks for a thing with no one named asks no coded party (recipient null); from whom, when named
    ['Ecuador asked for an emergency loan of crude oil to guarantee domestic supplies, officials said.', '1987-03-17', ['REQUEST 020 requested ECU->-']],
    ['The Philippines will ask for a 500 mln dlr loan from the World Bank, the finance secretary said.', '1987-03-17', ['REQUEST 020 requested PHL->IGOWB']],
    // (a spokesman asked for comment asks nothing)
    ['A Treasury spokesman, when asked for comment, said he had no information.', '1987-03-17', []],
    // criticism of a party, however its policies are described, made by the one named after `by` (past 'voiced', 'made', 'expressed')
    ['Tokyo rejected criticism of Japanese trade practices voiced by U.S. Commerce Secretary Malcolm Baldrige.', '1987-03-17', ['ACCUSE 111 occurred USAGOV->JPN', 'REJECT 120 occurred JPNGOV->USAGOV']],
    ['Criticism of the budget by opposition parties grew.', '1987-03-17', []],
    // pressure or demands a party resists or withstands are a refusal to yield (124); a market's pressure is none
    ['Taiwan will resist the pressure for a faster rise of its currency, the central bank governor said.', '1987-03-17', ['REJECT 124 intended TWN->-']],
    ['The central bank is not resisting upward rate pressure in the money market.', '1987-03-17', []],
    ['Argentina resisted pressure from the International Monetary Fund for a sharper devaluation of the austral.', '1987-03-17', ['REJECT 124 occurred ARG->IGOIMF']],
    // a condition, demand, objection or veto given up is a concession, to the one the condition bears on; a company's is none
    ['Kuwait has dropped its condition that Iraq pay cash for the crude, oil industry sources said.', '1987-03-17', ['CONCEDE 080 occurred KWT->IRQ']],
    ['Denmark withdrew its objections to the new farm price package on Tuesday.', '1987-03-17', ['CONCEDE 080 occurred DNK->-']],
    ['Allied Corp said it would waive the condition that 90 pct of the shares be tendered.', '1987-03-17', []],
    // a report's words are its issuer's, as a statement's are, past a word of its kind ('interim', 'annual'); what it says another did stays that one's
    ['A World Bank mission issued an annual report praising Ghana\'s economic recovery programme.', '1987-03-17', ['SUPPORT 051 occurred IGOWB->GHA']],
    ['The report said Ghana had rejected the advice.', '1987-03-17', ['REJECT 120 occurred GHA->-']],
    // money, relief or terms a party seeks are asked of those named after `from`, else of no coded party; not past an infinitive's
    // long object ("seeking the power to block loans")
    ['Peru is seeking 800 mln dlrs in new loans to meet its growth targets, the central bank said.', '1987-03-17', ['REQUEST 020 requested PER->-']],
    ['Kenya will seek debt relief from its creditor governments, the finance minister said.', '1987-03-17', ['REQUEST 020 requested KEN->-']],
    ['Canada is seeking the power to block loans to Nicaragua at the bank.', '1987-03-17', []],
  ]);
});
