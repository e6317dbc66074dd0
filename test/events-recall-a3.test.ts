import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a3', () => {
  eventRows([
    // 'official' that ends a person's mention is its head, and a past verb after it is the verb, not a noun after an adjective
    ['A senior Japanese trade official met U.S. negotiators in Washington on Thursday.', '1987-04-09', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    ['The Brazilian official visited Washington last week, aides said.', '1987-04-09', ['CONSULT 042 occurred BRAGOV->USA']],
    // ('official' as an adjective before a noun of an act is still no person)
    ['Reagan made an official visit to Canada last week.', '1987-04-09', ['CONSULT 042 occurred USAGOV->CAN']],
    // a meeting or talks that frame the clause (after, during, before, at, in a meeting with X) are its subject's with X; a frame the
    // sentence opens with is the main clause subject's, past the parties it names; talks spoken before are still to come
    ['After a day of meetings with U.S. Vice President George Bush, Canadian Foreign Minister Joe Clark told reporters he was encouraged.', '1987-04-09', ['CONSULT 040 occurred CANGOV->USAGOV']],
    ['Speaking to reporters after a meeting with Brazilian Finance Minister Dilson Funaro, French Finance Minister Edouard Balladur said he was hopeful.', '1987-04-09', ['CONSULT 040 occurred FRAGOV->BRAGOV']],
    ['Yugoslav Deputy Prime Minister Janez Zemljaric, speaking before a meeting with the Paris Club, said Belgrade would seek new credits.', '1987-04-09', ['CONSULT 040 intended YUGGOV->IGOPARISCLUB', 'REQUEST 020 requested YUGGOV->-']],
    // ('meeting' of the verb 'meet' read as a noun keeps its party after 'with')
    ['Japanese Finance Minister Kiichi Miyazawa outlined the package in his meeting with U.S. Treasury Secretary James Baker today.', '1987-04-09', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    // (a meeting with no party of a state is none)
    ['The company\'s board will discuss the offer at a meeting with shareholders next month.', '1987-04-09', []],
    // an official or legislator back from a place visited it
    ['British Prime Minister Margaret Thatcher returned from Moscow on Friday.', '1987-04-09', ['CONSULT 042 occurred GBRGOV->SUN']],
    ['British Corporate Affairs Minister Michael Howard said on his return from a visit to Japan that Tokyo understood the warning.', '1987-04-09', ['CONSULT 042 occurred GBRGOV->JPN']],
    // (not traders, troops or a body back from a recess)
    ['French troops returned from Chad on Monday.', '1987-04-09', []],
    ['Congress returned from its Easter recess on Monday.', '1987-04-09', []],
    // one who is on a visit, trip or tour to a place (or a tour of places) visits it
    ['Australian Trade Minister John Dawkins is on a two-day visit to Malaysia and leaves for Indonesia on Wednesday.', '1987-04-09', ['CONSULT 042 occurred AUSGOV->MYS', 'CONSULT 042 intended AUSGOV->IDN']],
    ['West German Economics Minister Martin Bangemann was on a tour of Japan and China last week.', '1987-04-09', ['CONSULT 042 occurred DEUGOV->JPN', 'CONSULT 042 occurred DEUGOV->CHN']],
    // (a trip to nowhere named is none)
    ['Brazilian Finance Minister Dilson Funaro is currently on a European trip.', '1987-04-09', []],
    // an agreement reached between two parties is made by them, each with the other, as one signed between them; the second may be
    // told with an indefinite article
    ['The talks follow an agreement reached between Nigeria and the Paris Club in December.', '1987-04-08', ['SUPPORT 057 occurred NGA->IGOPARISCLUB', 'SUPPORT 057 occurred IGOPARISCLUB->NGA']],
    ['The agency said the accord was reached between Iranian Oil Minister Gholamreza Aqazadeh and a visiting Ghanaian delegation.', '1987-04-08', ['SUPPORT 057 occurred IRNGOV->GHAGOV', 'SUPPORT 057 occurred GHAGOV->IRNGOV']],
    // (between two companies, none)
    ['The three directors were replaced under an agreement reached between the two companies.', '1987-04-08', []],
    // a relative 'that' right before its verb has the party before it as subject, not an agent's ('drafted by Algeria that ...'); a
    // state's team (by its demonym) is its government's, and a negotiating or trade team sent abroad is a visit
    ['Tokyo has little hope, despite the efforts of a Japanese team that left for Washington today.', '1987-04-08', ['CONSULT 042 occurred JPNGOV->USA']],
    ['Japan sent a three-man trade team to Washington on Monday.', '1987-04-08', ['CONSULT 042 occurred JPN->USA']],
    ['Washington said that attacked ships would be protected.', '1987-04-08', []],
    // (a medical team sent is aid)
    ['Britain sent a medical team to Armenia on Monday.', '1987-04-08', ['AID 073 occurred GBR->SUN']],
    // backing for an act is backing for its doer, as praise of it is; backing a thing that is no act stays none
    ['U.S. Treasury Secretary James Baker backed the decision by the Paris Club to reschedule loans to Brazil.', '1987-03-20', ['SUPPORT 051 occurred USAGOV->IGOPARISCLUB']],
    ['Japan supported the U.S. move to stabilise the dollar, officials said.', '1987-03-20', ['SUPPORT 051 occurred JPN->USA']],
    ['The central bank supported the dollar in active trading.', '1987-03-20', []],
    // a visitor who arrives at no place named comes to the dispatch's country; not goods, and not a visit the story already tells
    ['ABU DHABI, March 11 - Iranian Oil Minister Gholamreza Aqazadeh arrived last night after a brief stopover in Riyadh.', '1987-03-11', ['CONSULT 042 occurred IRNGOV->ARE']],
    ['DAR ES SALAAM, March 11 - Five more cranes from Finland are due to arrive soon, port officials said.', '1987-03-11', []],
    ['MOSCOW, Feb 9 - Soviet leader Mikhail Gorbachev received U.S. Secretary of State James Baker in the Kremlin today. Baker, who arrived on Wednesday, told reporters the talks were useful.', '1990-02-09', ['CONSULT 043 occurred SUNGOV->USAGOV']],
    // an official in a place, or here, for a purpose told right after it visits it; 'in the market for' and a stay told bare are none
    ['BRUSSELS, March 20 - Belgian Foreign Trade Minister Herman De Croo was also in Washington for trade talks.', '1987-03-20', ['CONSULT 042 occurred BELGOV->USA']],
    ['TOKYO, March 20 - World Bank President Barber Conable, who is here to meet business leaders, expressed confidence in Japan.', '1987-03-20', ['CONSULT 042 occurred IGOWB->JPN', 'CONSULT 040 intended IGOWB->JPNBUS']],
    ['LONDON, June 1 - Saudi Arabia is in the market for 4,000 tonnes of palm olein, traders said.', '1987-06-01', []],
    ['LONDON, June 1 - The British minister is in Washington, officials said.', '1987-06-01', []],
    // a heading in capitals that opens with two parties joined by a comma names them as 'and' does
    ['SHULTZ, SHEVARDNADZE MEET IN MOSCOW', '1987-04-14', ['CONSULT 040 occurred USAGOV->SUNGOV', 'CONSULT 040 occurred SUNGOV->USAGOV']],
    ['CHIRAC, REAGAN DISCUSS ARMS CONTROL, TRADE', '1987-03-31', ['CONSULT 040 occurred FRAGOV->USAGOV', 'CONSULT 040 occurred USAGOV->FRAGOV']],
    // (in body copy a comma after a title is an apposition)
    ['The chairman, Jacques Delors, met Reagan on Monday.', '1987-03-31', ['CONSULT 040 occurred IGOEU->USAGOV']],
    // an act planned, proposed or sought by a light verb is still to come; one held took place
    ['U.S. Trade Representative Clayton Yeutter said he plans a July trip to China.', '1987-03-04', ['CONSULT 042 intended USAGOV->CHN']],
    ['EC, U.S. PLAN HIGH-LEVEL TRADE TALKS', '1987-10-19', ['CONSULT 040 intended IGOEU->USA', 'CONSULT 040 intended USA->IGOEU']],
    ['Reagan held talks with Japanese Prime Minister Yasuhiro Nakasone on Monday.', '1987-03-04', ['CONSULT 040 occurred USAGOV->JPNGOV']],
    // talks or a meeting between two people whose titles open with their country or body are between those people's sides
    ['He said the offer would be made at a meeting later this month between U.S. Trade Representative Clayton Yeutter and EC External Relations Commissioner Willy De Clercq.', '1987-10-19', ['CONSULT 040 intended USAGOV->IGOEU', 'CONSULT 040 intended IGOEU->USAGOV']],
    ['Talks between the United States and Japan resumed on Monday.', '1987-10-19', ['CONSULT 040 occurred USA->JPN', 'CONSULT 040 occurred JPN->USA']],
  ]);
});
