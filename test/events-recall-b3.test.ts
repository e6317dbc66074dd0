import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b3', () => {
  eventRows([
    // a statement, communique or letter a party issues, releases or sends says, by a participle after it, what its words do:
    // the party's own act
    ['BRUSSELS, March 9 - European Community farm ministers issued a statement deploring Canada\'s new duties on pasta imports.', '1987-03-09', ['ACCUSE 111 occurred IGOEU->CAN']],
    ['WASHINGTON, March 9 - U.S. senators sent a letter urging President Reagan to retaliate against Japan.', '1987-03-09', ['REQUEST 020 requested USALEG->USAGOV']],
    ['WASHINGTON, March 9 - The Soviet Union issued a statement condemning the U.S. naval buildup in the Gulf.', '1987-03-09', ['ACCUSE 111 occurred SUN->USA']],
    // (a statement or resolution vetoed or blocked says nothing; a statement told with 'said' leaves the act to the clause's subject)
    ['Australia vetoed a Commonwealth statement condemning the French nuclear tests in the Pacific.', '1987-03-09', ['REJECT 129 occurred AUS->FRA']],
    ['The statement said Iran had rejected the United Nations peace plan.', '1987-03-09', ['REJECT 120 occurred IRN->IGOUN']],
    // firms a state asks or urges at home (companies, firms, makers, manufacturers, exporters, employers) are its business sector
    ['SEOUL, March 9 - The government asked car makers to hold down exports to Canada.', '1987-03-09', ['REQUEST 020 requested KORGOV->KORBUS']],
    ['TOKYO, March 9 - The Finance Ministry urged securities companies to calm the selling of shares.', '1987-03-09', ['REQUEST 020 requested JPNGOV->JPNBUS']],
    // (firms told as foreign are none of the home country's, nor are oil producers, which are the producing countries)
    ['WASHINGTON, March 12 - Weinberger has opposed the sale of computers to foreign governments or companies.', '1987-03-12', []],
    ['RIYADH, March 12 - King Fahd called on non-OPEC producers to avoid a price war.', '1987-03-12', ['REQUEST 020 requested SAUGOV->-']],
    // a condemnation a legislature votes is made by the vote, as a rejection or a sanction voted is
    ['WASHINGTON, March 26 - The Senate voted to condemn Japan\'s trade practices.', '1987-03-26', ['ACCUSE 111 occurred USALEG->JPN']],
    // (a vote still to come leaves the condemnation to come)
    ['WASHINGTON, March 26 - The Senate will vote next week on a resolution to condemn Japan\'s trade practices.', '1987-03-26', ['ACCUSE 111 intended USALEG->JPN']],
    // 'the administration' a party of the country urges, asks or accuses is its government, as 'the government' is
    ['WASHINGTON, March 26 - Senator Bob Dole urged the administration to retaliate against Japan.', '1987-03-26', ['REQUEST 020 requested USALEG->USAGOV']],
    ['WASHINGTON, March 26 - Senator Lloyd Bentsen accused the administration of neglecting the trade deficit.', '1987-03-26', ['ACCUSE 112 occurred USALEG->USAGOV']],
    // an attack on a policy, a tax, a plan, a ruling or a bill is made in words: criticism of its owner (ACCUSE 111), no armed attack
    ['LONDON, March 11 - Britain attacked the proposed EC levy on vegetable oils as harmful to poor countries.', '1987-03-11', ['ACCUSE 111 occurred GBR->IGOEU']],
    ['WASHINGTON, March 11 - Yeutter attacked the European Community\'s farm subsidies in a speech.', '1987-03-11', ['ACCUSE 111 occurred USAGOV->IGOEU']],
    // (an attack on a place or forces stays an armed attack)
    ['BAGHDAD, March 11 - Iraqi warplanes attacked Iran\'s Kharg Island oil terminal.', '1987-03-11', ['ASSAULT 190 occurred IRQMIL->IRN']],
    // retaliatory action, measures or steps said to be taken (with 'will', 'would', 'may') is a threat, made when said
    ['WASHINGTON, March 17 - Lyng said the United States would take strong retaliatory action if the levy was approved.', '1987-03-17', ['THREATEN 130 occurred USA->-']],
    ['WASHINGTON, March 17 - The United States may take retaliatory measures against Brazil.', '1987-03-17', ['THREATEN 130 occurred USA->BRA']],
    // (a rule forbidding it, or a plan denied, threatens no one)
    ['WASHINGTON, March 17 - GATT rules prohibit member nations from taking unilateral retaliatory action in trade disputes.', '1987-03-17', []],
    // displeasure, dismay, disquiet, disappointment or frustration voiced at a party's act is criticism of it, as concern is
    ['BONN, March 17 - Treasury Secretary James Baker voiced his displeasure with West German interest rate policy.', '1987-03-17', ['ACCUSE 111 occurred USAGOV->DEU']],
    ['TOKYO, March 17 - Japan expressed dismay at the U.S. decision on semiconductors.', '1987-03-17', ['ACCUSE 111 occurred JPN->USA']],
    // (a market's disappointment names no party)
    ['PARIS, March 17 - Dealers expressed disappointment at the communique.', '1987-03-17', []],
    // a party named between 'call for', 'appeal for' or 'press for' and an infinitive is the one asked
    ['WASHINGTON, March 17 - Treasury Secretary James Baker called for Japan to stimulate its economy.', '1987-03-17', ['REQUEST 020 requested USAGOV->JPN']],
    ['WASHINGTON, March 17 - Treasury Secretary James Baker also called for the IADB to improve its lending to debtor countries.', '1987-03-17', ['REQUEST 020 requested USAGOV->IGOIADB']],
    // (a call for a thing stays a call with no one asked, also before an infinitive of purpose)
    ['BRUSSELS, March 17 - The EC ministers appealed for greater efforts to open up markets.', '1987-03-17', ['REQUEST 020 requested IGOEU->-']],
    ['WASHINGTON, March 17 - Treasury Secretary James Baker called for talks with Japan to resolve the dispute.', '1987-03-17', ['REQUEST 020 requested USAGOV->-']],
    // one who is disappointed, dismayed or angered by a party's act criticises it, as one who voices displeasure does
    ['OTTAWA, March 6 - Agriculture Secretary Richard Lyng said he was disappointed by Canada\'s ruling on corn imports.', '1987-03-06', ['ACCUSE 111 occurred USAGOV->CAN']],
    // (a disappointment with no party named is none)
    ['NEW YORK, March 6 - Analysts were disappointed by the company\'s earnings.', '1987-03-06', []],
    // a party's complaint told by its noun ('a U.S. complaint against Japan', 'a U.S. complaint that a Canadian law ...') is made
    // against the one it names (ACCUSE 114)
    ['GENEVA, April 8 - The panel will examine a U.S. complaint against Japan over its curbs on beef imports.', '1987-04-08', ['ACCUSE 114 occurred USA->JPN']],
    // (producers' complaints name no one)
    ['BRUSSELS, April 8 - The rebate is a concession to producers\' complaints that they are losing money on exports.', '1987-04-08', []],
    // the noun 'demand' of a market ('supply and demand', 'domestic demand', 'U.S. demand for imported oil', 'demand boosting measures')
    // is no party's demand
    ['VIENNA, March 3 - Prices changed on unbalanced supply and demand, the OPEC president said.', '1987-03-03', []],
    ['WASHINGTON, March 3 - The study underestimated U.S. demand for imported oil in the next decade.', '1987-03-03', []],
    // (a party's demand, or the verb, stays a demand)
    ['CAIRO, March 3 - Sudan rejected an IMF demand to lift state subsidies on basic consumer goods.', '1987-03-03', ['REJECT 120 occurred SDN->IGOIMF', 'REQUEST 100 requested IGOIMF->SDN']],
    ['WASHINGTON, March 3 - Trade Representative Clayton Yeutter will demand the total elimination of the beef import quota.', '1987-03-03', ['REQUEST 100 requested USAGOV->-']],
    // the parties a plural addressee is told to include ('asked several countries, including A, B and C, for') are the ones asked
    ['WASHINGTON, April 7 - Kuwait has asked several countries, including the United States, Britain and France, for naval escorts.', '1987-04-07', ['REQUEST 020 requested KWT->USA', 'REQUEST 020 requested KWT->GBR', 'REQUEST 020 requested KWT->FRA']],
    // (with no list, the addressees stay unnamed)
    ['WASHINGTON, April 7 - Kuwait has asked several countries for naval escorts.', '1987-04-07', []],
  ]);
});
