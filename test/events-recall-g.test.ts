/**
 * Table tests for the rules of recall round g: each row a sentence written for this file in wire style, with the events
 * the coder must (or must not) give.
 */
import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round g', () => {
  eventRows([
    // an envoy owned by the actor is recalled from the other country, not the other country's envoy
    ['Thailand recalled its ambassador from Cambodia on Wednesday after a border clash.', '2024-06-07', ['SANCTION 161 occurred THA->KHM']],
    ['Police in Thailand arrested 20 people on Wednesday.', '2024-06-07', ['COERCE 173 occurred THACOP->THA']],
    // what an army holds stands for it as a target; positions of armed men named by a word are theirs
    ['Thai jets bombed Laotian positions along the border on Wednesday.', '1988-02-10', ['ASSAULT 195 occurred THAMIL->LAOMIL']],
    ['Israeli helicopter gunships attacked Palestinian guerrilla positions near Sidon on Thursday.', '1987-04-09', ['ASSAULT 190 occurred ISRMIL->PSEREB']],
    // "Tamil Tiger" as a modifier is the LTTE
    ['Sri Lankan troops overran Tamil Tiger bases in the north on Friday.', '2008-06-06', ['ASSAULT 190 occurred LKAMIL->LKAREB']],
    // giving in to street protest is giving in to the country's own people; refusing to, a refusal to them
    ['The Peruvian president scrapped the fuel tax on Tuesday, bowing to two weeks of street protests.', '2024-06-07',
      ['CONCEDE 0832 occurred PERGOV->PER', 'PROTEST 141 occurred PER->PERGOV']],
    ['The Georgian prime minister said on Monday he would not bow to the street.', '2024-06-07', ['REJECT 124 occurred GEOGOV->GEO']],
    // (pressure from a party named is from that party)
    ['The Georgian prime minister said on Monday he would not bow to pressure from the European Union.', '2024-06-07',
      ['REJECT 124 occurred GEOGOV->IGOEU']],
    // two countries' forces readied at their border in one sentence face each other; allies readied elsewhere face no one
    ['Armenia put its army on alert on Sunday after Azerbaijan moved tanks and artillery close to the border.', '2024-06-07',
      ['MOBILIZE 152 occurred ARM->AZE', 'MOBILIZE 154 occurred AZE->ARM']],
    ['The United States sent two warships to the Gulf on Monday and Britain deployed three minesweepers.', '1987-08-10',
      ['MOBILIZE 154 occurred USA->-', 'MOBILIZE 154 occurred GBR->-']],
    // strikers and marchers are the country's own people
    ['Chilean police detained dozens of strikers outside the copper mine on Tuesday.', '2024-06-07', ['COERCE 173 occurred CHLCOP->CHL']],
    // a force sent in a show of force against a party faces it; a battle group or task force is a force sent
    ['The United States sent a carrier battle group into the Arabian Sea on Friday in a show of force against Iran.', '2019-05-10',
      ['MOBILIZE 154 occurred USA->IRN']],
    ['The Soviet Union sent a naval task force to the Mediterranean on Monday.', '1986-04-14', ['MOBILIZE 154 occurred SUN->-']],
    // aid cut told by its sum ("froze 200 million dollars in loans to") is cut all the same
    ['The World Bank froze 200 million dollars in loans to Mali on Friday after the coup.', '2021-05-28', ['SANCTION 162 occurred IGOWB->MLI']],
    // an act named again with its length ("a 10-day drill that X called") is the act before
    ['Japanese and U.S. forces began joint exercises on Monday, a 10-day drill that China called a provocation.', '2024-06-07',
      ['COOPERATE 062 occurred JPNMIL->USAMIL', 'COOPERATE 062 occurred USAMIL->JPNMIL', 'ACCUSE 111 occurred CHN->JPNMIL', 'ACCUSE 111 occurred CHN->USAMIL']],
    // a leader branded with an insult is accused; (a thing called "a criminal waste" is no one's act)
    ['Moscow called Zelenskiy a puppet on Friday.', '2024-06-07', ['ACCUSE 111 occurred RUSGOV->UKRGOV']],
    ['The senator called the plan a criminal waste of money.', '2024-06-07', []],
    // `its` in a restrictive relative clause is the party named last; in an aside after a comma, the subject
    ['The EU sanctioned Chinese firms on Friday over machine tools that helped Russia sustain its invasion of Ukraine.', '2024-06-07',
      ['SANCTION 163 occurred IGOEU->CHNBUS', 'ASSAULT 192 occurred RUS->UKR']],
    ['Iran accepted a U.N. resolution on Monday, which calls for a ceasefire in its war with Iraq.', '1988-07-18',
      ['AGREE 030 occurred IRN->IGOUN', 'ASSAULT 190 occurred IRN->IRQ', 'ASSAULT 190 occurred IRQ->IRN']],
    // churchmen are their country's people, acting or acted on
    ['Polish bishops appealed to the government on Monday to free political prisoners.', '1988-08-26', ['REQUEST 020 requested POL->POLGOV']],
    ['South African police detained about 100 clergymen on Monday as they tried to march on parliament.', '1988-02-29',
      ['COERCE 173 occurred ZAFCOP->ZAF']],
    // a release in exchange for one held in a third country is answered by that country's release
    ['Iran freed two French nationals on Friday in exchange for an Iranian engineer who was serving a sentence in Belgium.', '2024-06-07',
      ['RETREAT 0841 occurred IRN->FRA', 'RETREAT 0841 occurred BEL->IRN']],
    ['Venezuela released 10 Americans on Wednesday in exchange for Alex Saab, a businessman held in the United States.', '2023-12-20',
      ['RETREAT 0841 occurred VEN->USA', 'RETREAT 0841 occurred USA->VEN']],
    // a restriction told before the verb that imposed it ("the curfew that President X imposed") was imposed by X on the country
    ['Kazakh authorities on Wednesday lifted the state of emergency that President Kassym-Jomart Tokayev imposed on Jan. 5.', '2022-01-19',
      ['CONCEDE 081 occurred KAZGOV->KAZ', 'COERCE 1721 occurred KAZGOV->KAZ']],
    // (soldiers who declared that they had seized power imposed no restriction)
    ['Soldiers detained the president on Wednesday and declared that they had seized power.', '2023-07-29', []],
    // praise of a deal whose signers follow is praise of each signer
    ['The United Nations welcomed the agreement signed by Armenia and Azerbaijan on Friday.', '2024-06-07',
      ['SUPPORT 051 occurred IGOUN->ARM', 'SUPPORT 051 occurred IGOUN->AZE', 'SUPPORT 057 occurred ARM->AZE', 'SUPPORT 057 occurred AZE->ARM']],
    // journalists expelled beside diplomats are deported, the diplomats' expulsion stays a sanction
    ['Moscow expelled six British diplomats and journalists on Tuesday.', '2024-06-07',
      ['SANCTION 161 occurred RUSGOV->GBRGOV', 'COERCE 174 occurred RUSGOV->GBRMED']],
    ['Moscow expelled six British diplomats on Tuesday.', '2024-06-07', ['SANCTION 161 occurred RUSGOV->GBRGOV']],
  ]);
});
