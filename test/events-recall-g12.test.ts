import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g12', () => {
  eventRows([
    // a chamber's committee is the legislature's, with the country before the chamber too; a lower or upper house is a chamber
    ['WASHINGTON, May 4 - The U.S. House Foreign Affairs Committee voted to ease controls on exports to China.', '1987-05-04', ['CONCEDE 081 occurred USALEG->CHN']],
    ['WASHINGTON, May 4 - The U.S. House Armed Services Committee urged the administration to cut arms sales to Jordan.', '1987-05-04', ['REQUEST 020 requested USALEG->USAGOV']],
    ['TOKYO, May 4 - Japan\'s Lower House rejected opposition demands for a vote on the sales tax.', '1987-05-04', ['REJECT 120 occurred JPNLEG->JPNOPP', 'REQUEST 100 requested JPNOPP->JPNLEG']],
    // ("White House" stays the government's)
    ['TOKYO, May 4 - The White House rejected Japan\'s proposal on semiconductors.', '1987-05-04', ['REJECT 120 occurred USAGOV->JPN']],
    // a name between angle brackets is a company's, of no country the dateline gives; a stock symbol alone is no name
    ['ZURICH, May 4 - <Handelsgesellschaft Alpina> said it rejected a bid from a U.S. company.', '1987-05-04', []],
    // development lenders and agencies of the time: the European Investment Bank, a U.N. programme (IGOUN)
    ['LUXEMBOURG, May 4 - The European Investment Bank said it lent 80 mln dlrs to Portugal for road building.', '1987-05-04', ['AID 071 occurred IGOEIB->PRT']],
    ['KARACHI, May 4 - The rice imports will be paid by the Islamic Development Bank (IDB), which signed an agreement with Pakistan today.', '1987-05-04', ['SUPPORT 057 occurred IGOIDB->PAK']],
    ['NEW DELHI, May 4 - The U.N. Development Programme (UNDP) will give India a 12 mln dlr grant for water projects.', '1987-05-04', ['AID 071 intended IGOUN->IND']],
    // the World Bank's investment arm is the Bank's; a legal form alone is no company, nor the body named before with that last word
    ['MANILA, May 4 - The International Finance Corp lent 20 mln dlrs to Malaysia. Craig Nalen, head of a U.S.-government backed Overseas\nPrivate Investment Corp mission which visited Manila in April, said the fund was large.', '1987-05-04', ['AID 071 occurred IGOWB->MYS']],
  ]);
});
