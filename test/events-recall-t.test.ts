import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round t', () => {
  eventRows([
    // a pledge of a sum in dollars signs, and a pledge told by its noun with its owner, to the one named after `to`
    ['Japan, which pledged $4.5 billion to Ukraine in February, will host a conference next month.', '2024-06-07', ['AGREE 033 occurred JPN->UKR']],
    ["Germany's pledge of 5,000 helmets to Ukraine drew ridicule.", '2024-06-07', ['AGREE 033 occurred DEU->UKR']],
    ['A Japanese offer of $200 million in aid to Sri Lanka was announced on Monday.', '2024-06-07', ['AGREE 033 occurred JPN->LKA']],
    // ... none to no party
    ['The pledge of allegiance to the flag was read out at the ceremony.', '2024-06-07', []],
    // a recognition or an apology told by its noun, with its owner named by a possessive or an adjective
    ['The Spanish recognition of Palestine took effect on Tuesday.', '2024-06-07', ['SUPPORT 054 occurred ESP->PSE']],
    ["Egypt's recognition of the new Syrian government was announced on Sunday.", '2024-06-07', ['SUPPORT 054 occurred EGY->SYRGOV']],
    ["Japan's apology to China was read out in Beijing.", '2024-06-07', ['SUPPORT 055 occurred JPN->CHN']],
    // ... "in recognition of" is thanks for a deed
    ["The award was given in recognition of Egypt's role.", '2024-06-07', []],
    // an extradition or a supply of weapons told by its noun, by its owner to the one named after `to`
    ["Colombia's extradition of the rebel commander to the United States angered the group.", '2024-06-07', ['COOPERATE 063 occurred COL->USA']],
    ["Iran's supply of drones to Russia has continued despite sanctions.", '2024-06-07', ['AID 072 occurred IRN->RUS']],
    // ... none when the flow is stopped
    ['Dassault has suspended deliveries of its Mirage fighter jets to Egypt because of payment delays.', '2024-06-07', []],
    // armed men "from" countries, opening their clause, are those countries' forces
    ['Troops from Kenya and Uganda began joint exercises on Monday.', '2024-06-07', ['COOPERATE 062 occurred KENMIL->UGAMIL', 'COOPERATE 062 occurred UGAMIL->KENMIL']],
    ['Troops from Chad withdrew from Mali on Friday.', '2024-06-07', ['RETREAT 087 occurred TCDMIL->MLI']],
    // talks or drills named by a hyphenated pair of countries are each side's act to the other
    ['U.S.-Soviet arms control talks resumed in Geneva on Tuesday.', '1987-03-03', ['CONSULT 040 occurred USA->SUN', 'CONSULT 040 occurred SUN->USA']],
    ['Sino-Soviet border talks will resume next month.', '1987-03-03', ['CONSULT 040 intended CHN->SUN', 'CONSULT 040 intended SUN->CHN']],
    ['Joint U.S.-South Korean military drills began on Monday.', '2024-06-07', ['COOPERATE 062 occurred USA->KOR', 'COOPERATE 062 occurred KOR->USA']],
    // ... talks in apposition to a meeting told by a verb are that meeting
    ['Soviet leader Mikhail Gorbachev met Chinese leader Deng Xiaoping in Beijing on Tuesday, the first Sino-Soviet summit in 30 years.', '1989-05-16', ['CONSULT 040 occurred SUNGOV->CHNGOV']],
    // ... "exercise" as a verb is none
    ['Growth will depend on the ability to exercise self-discipline.', '1987-03-03', []],
    // aid told by its noun with its owner, to the one named after `to`; aid stopped is none of it
    ["Qatar's aid to Lebanon reached $100 million.", '2024-06-07', ['AID 070 occurred QAT->LBN']],
    ['West German aid to Bolivia will rise to 91 mln marks in 1987.', '1987-03-24', ['AID 070 occurred DEU->BOL']],
    // an offer of a sum in credits is a pledge of aid
    ['BONN, March 4 - West Germany offered Turkey 200 mln marks in credits on Wednesday.', '1987-03-04', ['AGREE 033 occurred DEU->TUR']],
    // trade or cooperation taken up again: with the one named after `with`, or between a compound subject
    ['China and Australia resumed trade in coal.', '2024-06-07', ['COOPERATE 061 occurred CHN->AUS', 'COOPERATE 061 occurred AUS->CHN']],
    ['PEKING, Sept 3 - China and the United States resumed military cooperation on Tuesday, the New China News Agency said.', '1985-09-03', ['COOPERATE 062 occurred CHN->USA', 'COOPERATE 062 occurred USA->CHN']],
    // ... none by one party with no other named
    ['The airline resumed flights to Cairo on Monday.', '2024-06-07', []],
    // an office written in lower case takes the sector its title gives before a name ("Defence Minister X" is MIL)
    ['The Indian defence minister held talks with his Australian counterpart in Canberra.', '2024-06-07', ['CONSULT 040 occurred INDMIL->AUSMIL']],
    ['The Chinese foreign minister met his Indian counterpart on Monday.', '2024-06-07', ['CONSULT 040 occurred CHNGOV->INDGOV']],
    // an office holder named with no country before takes the country named after `of`
    ['Egyptian President Abdel Fattah al-Sisi hosted King Abdullah of Jordan in Cairo on Sunday.', '2024-06-07', ['CONSULT 043 occurred EGYGOV->JORGOV']],
    ['BRUSSELS, May 5 - Belgian Foreign Minister Leo Tindemans held talks with King Hussein of Jordan on Tuesday.', '1987-05-05', ['CONSULT 040 occurred BELGOV->JORGOV']],
    // a visit told by a gerund after a subordinator is the main clause subject's ("visiting X" after a comma describes a visitor)
    ['After visiting North Korea, Russian President Vladimir Putin flew to Vietnam.', '2024-06-07', ['CONSULT 042 occurred RUSGOV->PRK', 'CONSULT 042 occurred RUSGOV->VNM']],
    ['The talks ended on Tuesday, visiting Chinese Premier Li Qiang said.', '2024-06-07', []],
    // an adverb of how often or how long between "spoke" and its phone or party ("has spoken twice by phone with", "spoke again with")
    ['Russian President Vladimir Putin has spoken twice by phone with Kim Jong Un.', '2024-06-07', ['CONSULT 041 occurred RUSGOV->PRKGOV']],
    ['French President Emmanuel Macron spoke again with Ukrainian President Volodymyr Zelenskiy on Friday.', '2024-06-07', ['CONSULT 040 occurred FRAGOV->UKRGOV']],
    ['French President Emmanuel Macron spoke briefly to reporters.', '2024-06-07', []],
    // praise of an act in the passive, with its agent, is of the act's doer, as in the active
    ["Brazil's proposal was welcomed by China and India.", '2024-06-07', ['SUPPORT 051 occurred CHN->BRA', 'SUPPORT 051 occurred IND->BRA']],
    ['The Indian move was praised by Washington.', '2024-06-07', ['SUPPORT 051 occurred USAGOV->IND']],
    // ... none with no doer named
    ['The decision was welcomed by Washington.', '2024-06-07', []],
    // a foreign guest welcomed somewhere by a host named in the passive is hosted, as in the active
    ['Kenyan President William Ruto was welcomed by U.S. President Joe Biden at the White House.', '2024-06-07', ['CONSULT 043 occurred USAGOV->KENGOV']],
    // ... a proposal welcomed at a meeting is praise of its doer
    ['The Indian proposal was welcomed by Japan at the meeting.', '2024-06-07', ['SUPPORT 051 occurred JPN->IND']],
    // a loan or credits provided "with", past a sum of any length
    ['China provided Sri Lanka with a $500 million loan.', '2024-06-07', ['AID 071 occurred CHN->LKA']],
    ['The World Bank provided Ghana with $300 million in credits.', '2024-06-07', ['AID 071 occurred IGOWB->GHA']],
    ['The bank provided the company with a 50 mln dlr credit line.', '1987-03-04', []],
  ]);
});
