import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round k', () => {
  eventRows([
    // an offer of an amount in aid to one named as its object is a pledge of aid, as `pledged` is
    ['Japan offered Sri Lanka $20 million in emergency flood relief on Tuesday.', '2024-06-07', ['AGREE 033 occurred JPN->LKA']],
    // asset freezes and travel bans imposed on a party are sanctions, as an embargo or tariffs are
    ['Washington imposed asset freezes and travel bans on Friday on three Nicaraguan judges.', '2024-06-07', ['SANCTION 163 occurred USAGOV->NICJUD']],
    // a coded body named after its country's possessive is the recipient, not the country
    ["Britain imposed sanctions on Sudan's paramilitary Rapid Support Forces on Tuesday.", '2024-06-07', ['SANCTION 163 occurred GBR->SDNREB']],
    // two names joined by `and` past an aside of place or time after the first are a compound subject
    ['Pakistani Prime Minister Shehbaz Sharif, on a two-day visit to Beijing, and Chinese Premier Li Qiang signed a trade agreement on Friday.', '2024-06-07', ['SUPPORT 057 occurred PAKGOV->CHNGOV', 'SUPPORT 057 occurred CHNGOV->PAKGOV', 'CONSULT 042 occurred PAKGOV->CHN']],
    // an honorific without its period ("Mrs Aquino") is no part of the name: the surname is the person named before in full
    ['Philippine President Corazon Aquino flew home on Friday. Japanese Prime Minister Yasuhiro Nakasone telephoned Mrs Aquino on Saturday.', '1986-10-12', ['CONSULT 041 occurred JPNGOV->PHLGOV']],
    // "her" before a preposition is the object itself, not a possessive before a noun
    ['Danish Prime Minister Mette Frederiksen arrived in Stockholm on Monday. Swedish Prime Minister Ulf Kristersson urged her to join the talks.', '2024-06-07', ['CONSULT 042 occurred DNKGOV->SWE', 'REQUEST 020 requested SWEGOV->DNKGOV']],
    // an object pronoun after `and` and a verb takes up the object of the verb before, not someone else
    ['Japanese Prime Minister Yasuhiro Nakasone telephoned Margaret Thatcher and invited her to visit Tokyo.', '1986-06-07', ['CONSULT 041 occurred JPNGOV->GBRGOV', 'AGREE 036 invited JPNGOV->GBRGOV']],
    // armed men no one names are the subject of a verb past the day told between them ("guerrillas today freed")
    ['BOGOTA, March 3 - Leftist guerrillas today freed 12 hostages seized in an attack on a village last month.', '1986-03-03', ['RETREAT 0841 occurred COLREB->-']],
    // hostages freed by armed men at home in exchange for jailed men are answered by a release by their own government
    ['BOGOTA, May 2 - Leftist guerrillas today freed 12 hostages in exchange for five jailed comrades.', '1986-05-02', ['RETREAT 0841 occurred COLREB->-', 'RETREAT 0841 occurred COLGOV->COLREB']],
    // aircraft a force no one names speaks of as its own ("the army said its aircraft had bombed") are that force's, past the auxiliary
    ['KHARTOUM, Aug 12 - Rapid Support Forces fighters shelled a market on Sunday, and the army said its aircraft had bombed RSF positions in Darfur.', '2025-08-12', ['ASSAULT 194 occurred SDNREB->SDN', 'ASSAULT 195 occurred SDNMIL->SDNREB']],
    // a crowd that packs or fills a city's centre against someone protests, as one that fills its streets does
    ['TBILISI, Dec 1 - Thousands of Georgians packed the centre of Tbilisi on Sunday in a protest against the government.', '2024-12-01', ['PROTEST 141 occurred GEO->GEOGOV']],
    // a deadline given to a party for an act demands it, beside the threat; one that names its penalty ("or face") is the threat alone
    ["The African Union on Friday gave Gabon's junta two weeks to set a date for elections.", '2023-09-01', ['THREATEN 130 occurred IGOAU->GABGOV', 'REQUEST 100 requested IGOAU->GABGOV']],
    ["The African Union on Friday gave Gabon's junta two weeks to set a date for elections or face suspension.", '2023-09-01', ['THREATEN 130 occurred IGOAU->GABGOV']],
    // the leader of a gang or ring handed over to another country is a judicial handover, as suspects or fugitives are
    ['Colombia handed over the leader of a cocaine trafficking ring to the United States on Friday.', '2024-06-07', ['COOPERATE 063 occurred COL->USA']],
    // armed men who rout troops or fighters attack them; a party that routs the opposition at the polls does not
    ['MOGADISHU, Feb 3 - Al Shabaab fighters routed government troops near Baidoa on Sunday.', '2025-02-03', ['ASSAULT 190 occurred SOMREB->SOMMIL']],
    ["MOGADISHU, Feb 3 - The ruling party routed the opposition in Sunday's election.", '2025-02-03', []],
    // a list said to be among the parties that did an act ("were among more than 20 countries that recognised") did it, each of them
    ['Spain and Ireland were among more than a dozen countries that recognised a Palestinian state on Tuesday.', '2024-06-07', ['SUPPORT 054 occurred ESP->PSE', 'SUPPORT 054 occurred IRL->PSE']],
    // armed men named by their group and its short name in brackets are the group, with the parties joined to it by `and`
    ["HAVANA, March 4 - Colombia's government and the Revolutionary Armed Forces of Colombia (FARC) rebels agreed on Monday to extend their ceasefire.", '2016-03-04', ['AGREE 030 occurred COLGOV->COLREB', 'AGREE 030 occurred COLREB->COLGOV']],
    // two parties who speak directly or privately together consult, as two who discuss do (only a compound subject makes it one)
    ['GENEVA, June 3 - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Antony Blinken spoke privately for 20 minutes on Thursday.', '2024-06-07', ['CONSULT 040 occurred RUSGOV->USAGOV', 'CONSULT 040 occurred USAGOV->RUSGOV']],
    // praise of a deal whose signers follow it is of each signer, also where no party was read as the praise's object
    ['The European Union on Friday welcomed the peace agreement signed by Armenia and Azerbaijan.', '2025-08-08', ['SUPPORT 051 occurred IGOEU->ARM', 'SUPPORT 051 occurred IGOEU->AZE', 'SUPPORT 057 occurred ARM->AZE', 'SUPPORT 057 occurred AZE->ARM']],
  ]);
});
