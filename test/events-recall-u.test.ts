import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round u', () => {
  eventRows([
    // people named by their trade are their country's crowd, as protesters are
    ['Nigerian teachers did not go on strike on Monday.', '2024-06-07', ['PROTEST 143 negated NGA->-']],
    ['Chilean miners have not blocked the roads since Friday.', '2024-06-07', ['PROTEST 144 negated CHL->-']],
    // an arrest, seizure or deportation told by its noun: the doer is its owner or the agent after the one it is done to
    ['Iran\'s seizure of a Greek tanker angered Athens.', '2024-06-07', ['COERCE 1711 occurred IRN->GRC']],
    ['The arrest of opposition leader Ousmane Sonko by Senegalese police sparked protests.', '2024-06-07', ['COERCE 173 occurred SENCOP->SENOPP', 'PROTEST 141 occurred SEN->-']],
    ['The deportation of 40 Afghan migrants by Iran drew criticism.', '2024-06-07', ['COERCE 174 occurred IRN->AFG']],
    // (the one arrested is no doer; a seizure of power names no one it is done to)
    ['Navalny\'s arrest sparked protests across Russia.', '2024-06-07', ['PROTEST 141 occurred RUSOPP->-']],
    ['The army\'s seizure of power in Niger was condemned.', '2024-06-07', []],
    // a release of prisoners or a pullout from a country told by its noun is its owner's (not a pullout from a body or a deal)
    ['Iran\'s release of two French citizens angered hardliners.', '2024-06-07', ['RETREAT 0841 occurred IRN->FRA']],
    ['The Soviet withdrawal from Afghanistan ended on Wednesday.', '1989-02-15', ['RETREAT 087 occurred SUN->AFG']],
    ['Britain\'s withdrawal from the European Union hit trade.', '2024-06-07', []],
    ['The U.S. withdrawal from the Paris climate accord angered Europe.', '2024-06-07', []],
    // a passive with no agent: forces moved are their own side's, a noun told as done is its owner's (not one still to come)
    ['Soviet troops were withdrawn from Hungary in 1991.', '1991-07-01', ['RETREAT 087 occurred SUNMIL->HUN']],
    ['U.S. sanctions were imposed on Iran in 2018.', '2024-06-07', ['SANCTION 163 occurred USA->IRN']],
    ['Analysts say there are few signs Japan\'s restrictions will be lifted.', '1987-04-08', []],
    // people of no country named, the subject of a passive, are of the agent's own country
    ['Dozens of opposition activists were detained by Belarusian police.', '2024-06-07', ['COERCE 173 occurred BLRCOP->BLROPP']],
    // forces sent or deployed one at a time (a warship, a frigate) and deployments told by a noun are a show of force
    ['Britain sent a warship to Guyana on Sunday.', '2024-06-07', ['MOBILIZE 154 occurred GBR->GUY']],
    ['Russia\'s deployment of nuclear weapons to Belarus worried Poland.', '2024-06-07', ['MOBILIZE 154 occurred RUS->BLR']],
    ['The bank sent a division of its staff to London.', '2024-06-07', []],
    // a pattern that skips an amount before its noun has a passive too: the noun before the participle
    ['Extra troops were sent to the border with Belarus by Poland on Thursday.', '2024-06-07', ['MOBILIZE 154 occurred POL->BLR']],
    ['Thousands of Indian troops were deployed to the border with China in June.', '2024-06-07', ['MOBILIZE 154 occurred INDMIL->CHN']],
    ['More weapons were sent to Ukraine by Germany on Monday.', '2024-06-07', ['AID 072 occurred DEU->UKR']],
    // diplomats or journalists expelled from a country were expelled by it (not a member expelled from a party)
    ['Two Russian diplomats were expelled from Moldova on Tuesday.', '2024-06-07', ['SANCTION 161 occurred MDA->RUSGOV']],
    ['Two American journalists were expelled from Russia on Monday.', '2024-06-07', ['COERCE 174 occurred RUS->USAMED']],
    ['He was expelled from the Communist Party in 1987.', '1989-06-07', []],
    // a strike told by a noun that only a stoppage of work takes (nationwide, general, 24-hour ...; a walkout) is by its `by` agent
    ['A nationwide strike by Nigerian workers shut schools and hospitals on Monday.', '2024-06-07', ['PROTEST 143 occurred NGA->-']],
    ['A walkout by South Korean doctors entered its third week.', '2024-06-07', ['PROTEST 143 occurred KOR->-']],
    ['A strike by Israel on Gaza killed 20 people.', '2024-06-07', []],
    // a ban on a country's goods or flights, told by a noun or by a verb with the flights or shipments to it, is a sanction
    ['The Chinese ban on Japanese seafood remains in place.', '2024-06-07', ['SANCTION 163 occurred CHN->JPN']],
    ['Ukraine banned all flights to and from Russia on Monday.', '2024-06-07', ['SANCTION 163 occurred UKR->RUS']],
    ['CANBERRA, March 4 - Australia suspended wheat shipments to Iraq today.', '1987-03-04', ['SANCTION 163 occurred AUS->IRQ']],
    ['The airline suspended flights to Moscow on Monday.', '2024-06-07', []],
    // an arrest or a pullout ordered of the forces is the orderer's act; drones deployed are a show of force
    ['The Kenyan government ordered police to arrest the opposition leaders on Monday.', '2024-06-07', ['COERCE 173 occurred KENGOV->KENOPP']],
    ['The court ordered police to arrest the suspects.', '2024-06-07', []],
    ['Iran\'s deployment of drones to Russia alarmed Kyiv.', '2024-06-07', ['MOBILIZE 154 occurred IRN->RUS']],
    // one hit with sanctions is their target; the agent of the sanctions imposes them
    ['Iran was hit with new sanctions by the European Union on Monday.', '2024-06-07', ['SANCTION 163 occurred IGOEU->IRN']],
    ['The United States hit China with new tariffs on Tuesday.', '2024-06-07', ['SANCTION 163 occurred USA->CHN']],
    ['Exports were hit by U.S. tariffs.', '2024-06-07', []],
    // forces moved, named after `of` with their country, move for their own side
    ['The withdrawal of Soviet troops from Afghanistan began in May.', '1988-06-07', ['RETREAT 087 occurred SUNMIL->AFG']],
    ['Moscow demanded the withdrawal of U.S. troops from Europe.', '1988-06-07', ['REQUEST 100 requested SUNGOV->USAMIL']],
    // a state's forces patrolling the streets or surrounding a plant at home are a show of force to its own people
    ['Bangladeshi soldiers patrolled the streets of the capital on Sunday.', '2024-06-07', ['MOBILIZE 150 occurred BGDMIL->BGD']],
    ['Polish riot police surrounded the shipyard on Monday.', '1988-05-05', ['MOBILIZE 150 occurred POLCOP->POL']],
    ['The company surrounded the plant with a fence.', '2024-06-07', []],
    // a time adverbial with `every` or `each` is no object of a march and may stand between a verb and its preposition
    ['Israeli protesters have rallied every Saturday night against the government.', '2024-06-07', ['PROTEST 141 occurred ISR->ISRGOV']],
    ['Thousands of Serbians marched each week in Belgrade.', '2024-06-07', ['PROTEST 141 occurred SRB->-']],
    ['Russia rallied support for the plan.', '2024-06-07', []],
  ]);
});
