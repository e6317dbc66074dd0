/**
 * Event coding rules of recall round h, one table row (or a few) per rule, with the rows that show what a rule must not code.
 */
import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round h', () => {
  eventRows([
    // a post or unit of no named country that a country's own rebels strike is its forces
    ['MANILA, March 4 - Communist guerrillas ambushed an army patrol in the central province of Samar on Monday, the military said.', '1987-03-04',
      ['ASSAULT 190 occurred PHLREB->PHLMIL']],
    // (not from a dispatch of another country: whose convoy it was is not told)
    ['ISLAMABAD, March 4 - Afghan guerrillas attacked a convoy near Jalalabad on Monday.', '1987-03-04',
      ['ASSAULT 190 occurred AFGREB->-']],
    // a state's forces storming or raiding another state's mission coerce that state
    ['Salvadoran troops stormed the Nicaraguan embassy in San Salvador on Tuesday night.', '1989-11-28',
      ['COERCE 170 occurred SLVMIL->NICGOV']],
    ['Guatemalan police raided Mexico\'s consulate in Quetzaltenango on Monday.', '1989-11-28',
      ['COERCE 170 occurred GTMCOP->MEX']],
    // (a crowd storming one riots)
    ['Students stormed the Danish embassy in Tehran on Sunday, smashing windows.', '1989-11-28',
      ['PROTEST 145 occurred IRN->DNKGOV']],
    // a territory or island named again by its region is the last one of the region named before
    ['Rioters burned shops in Noumea for a second night as unrest spread across New Caledonia, and France declared a state of emergency in the Pacific territory on Wednesday.', '2024-05-15',
      ['COERCE 1721 occurred FRA->NCL']],
    // (not one named right after its description, nor "the territory" alone)
    ['Australia signed a security pact with the Pacific island nation of Tuvalu on Friday.', '2024-05-15',
      ['SUPPORT 057 occurred AUS->TUV']],
    ['France declared a state of emergency in the territory on Wednesday.', '2024-05-15',
      ['COERCE 1721 occurred FRA->-']],
    // "the two countries' leaders", "foreign ministers", "defence ministers": the rulers of the pair named before
    ['India and China completed their pullback on Wednesday. The two countries\' defence ministers met in Moscow on Friday.', '2024-10-30',
      ['RETREAT 087 occurred IND->CHN', 'RETREAT 087 occurred CHN->IND', 'CONSULT 040 occurred INDMIL->CHNMIL', 'CONSULT 040 occurred CHNMIL->INDMIL']],
    ['A ceasefire between Iran and Iraq took effect on Saturday. The two countries\' foreign ministers will hold talks in Geneva next week.', '1988-08-20',
      ['RETREAT 0871 occurred IRN->IRQ', 'RETREAT 0871 occurred IRQ->IRN', 'CONSULT 040 intended IRNGOV->IRQGOV', 'CONSULT 040 intended IRQGOV->IRNGOV']],
    // `open` gives a nominal act its actor, as `begin` and `start` do
    ['Iran and Iraq opened direct peace talks in Geneva on Thursday.', '1988-08-26',
      ['CONSULT 040 occurred IRN->IRQ', 'CONSULT 040 occurred IRQ->IRN']],
    ['India and Pakistan will open talks on trade next month.', '1988-08-26',
      ['CONSULT 040 intended IND->PAK', 'CONSULT 040 intended PAK->IND']],
    ['The minister opened a new bridge over the river on Monday.', '1988-08-26', []],
    // a verb after `, and` that closes a condition is the main clause's: its subject and its status
    ['Britain said it would act if Iran did not free the tanker, and summoned the Iranian ambassador on Monday.', '2023-07-30',
      ['ACCUSE 114 occurred GBR->IRNGOV']],
    ['Canada warned that it could act if Washington did not drop the duties, and imposed tariffs on U.S. steel on Friday.', '2023-07-30',
      ['SANCTION 163 occurred CAN->USA']],
    // (the condition's own act stays possible)
    ['Canada would impose tariffs on U.S. steel if Washington did not drop the duties.', '2023-07-30',
      ['SANCTION 163 hypothetical CAN->USA']],
    // sanctions on "the country" alone are on the other country named last
    ['The United States imposed sanctions on Iran on Monday. Britain also imposed sanctions on the country.', '2023-07-30',
      ['SANCTION 163 occurred USA->IRN', 'SANCTION 163 occurred GBR->IRN']],
    // (not a thing of the country's)
    ["The United States imposed sanctions on the country's oil sector on Monday.", '2023-07-30', []],
    // a retaliation vowed answers the other side of the hostile act it follows, whatever code of the time each side bears
    ['LONDON, Sept 12 - Britain expelled 25 Soviet diplomats on Thursday. Moscow said it would retaliate.', '1985-09-12',
      ['SANCTION 161 occurred GBR->SUNGOV', 'THREATEN 138 occurred SUNGOV->GBR']],
    // a proposal rejected in the passive is aimed at the people whose proposal opens the sentence, as in the active
    ['An Iraqi proposal to reopen the border crossing, closed since the war, was rejected by Tehran on Tuesday.', '1990-06-07',
      ['REJECT 120 occurred IRNGOV->IRQ']],
    // (not a proposal of no one named)
    ['The plan was rejected by Washington on Monday.', '1990-06-07', ['REJECT 120 occurred USAGOV->-']],
    // a thing tied to a country of a two-word name ("Marshall Islands-flagged") or named as a country ("Liberia-registered") is that country's
    ['Iranian commandos seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Thursday.', '2023-04-27',
      ['COERCE 1711 occurred IRNMIL->MHL']],
    ['Iranian commandos seized a Liberia-registered oil tanker in the Gulf of Oman on Thursday.', '2023-04-27',
      ['COERCE 1711 occurred IRNMIL->LBR']],
    // a person of no code whom another act of the sentence codes is the same party to every act told of the person there
    ['Bolivian police arrested former minister Carlos Romero, who had been granted asylum by Argentina a year earlier.', '2024-04-06',
      ['COERCE 173 occurred BOLCOP->BOL', 'AID 075 occurred ARG->BOL']],
    // (with no other act to code the person, none)
    ['Argentina granted asylum to Carlos Romero on Monday.', '2024-04-06', []],
  ]);
});
