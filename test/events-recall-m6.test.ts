import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round m6', () => {
  eventRows([
    // attacks repelled told in the plural ('counter-attacks', 'incursions', 'thrusts') are fought each way, as one attack repelled is
    ['Iraq said its troops repulsed fierce Iranian counter-attacks near the border town on Sunday.', '1987-03-17', ['ASSAULT 190 occurred IRQMIL->IRN', 'ASSAULT 190 occurred IRN->IRQMIL']],
    ['Syria said its forces beat back two Israeli incursions overnight.', '1987-03-17', ['ASSAULT 190 occurred SYRMIL->ISR', 'ASSAULT 190 occurred ISR->SYRMIL']],
    // (a company's takeover attempts repelled are no war)
    ['The bank repulsed two hostile takeover attempts last year.', '1987-03-17', []],
    // a place the talks or meeting are held at ('in Nairobi'), between the noun and the 'with' of its party, still names the party
    ['Kenyan Finance Minister George Saitoti spoke to reporters after a meeting in Nairobi yesterday with a World Bank mission.', '1987-03-17', ['CONSULT 040 occurred KENGOV->IGOWB']],
    ["Kenya's Finance Minister George Saitoti, in talks in Nairobi last week with the International Monetary Fund, said the talks went well.", '1987-03-17', ['CONSULT 040 occurred KENGOV->IGOIMF']],
    // (a place after a noun of unrest names no party)
    ['Riots in Lagos left three people dead, police said.', '1987-03-17', []],
    // an attack that took place with no one named is on the one other country the story has the attacker's country fight
    ['BAGHDAD, March 11 - Iraq said its troops repelled an Iranian attack east of Basra on Tuesday. An Iranian brigade launched the overnight attack and fighting raged for six hours, a communique said.', '1987-03-11', ['ASSAULT 190 occurred IRQMIL->IRN', 'ASSAULT 190 occurred IRN->IRQMIL', 'ASSAULT 190 occurred IRNMIL->IRQ']],
    // (none where the story has it fight two others)
    ['Iraq said its forces repulsed an Iranian attack near Basra, and Turkish planes bombed Iranian positions in the north. An Iranian brigade launched a new offensive on Tuesday.', '1987-03-11', ['ASSAULT 190 occurred IRQMIL->IRN', 'ASSAULT 190 occurred IRN->IRQMIL', 'ASSAULT 195 occurred TUR->IRNMIL', 'ASSAULT 190 occurred IRNMIL->-']],
    // a country named before an article opens no 'the assets of X' phrase: its owner is no one named after the article's 'of'
    ['Italian machine tool makers will halt exports to Libya following the publication of Italian government rules.', '1987-06-16', ['SANCTION 163 intended ITABUS->LBY']],
    // a ministry, department or state agency named with no country, by what it deals with, is the dateline's government's
    ['WASHINGTON, June 29 - The Environmental Protection Agency criticised Mexico over pollution from border factories.', '1987-06-29', ['ACCUSE 111 occurred USAGOV->MEX']],
    ['BONN, June 29 - The Transport Ministry said it had reached agreement with Austria on lorry transit quotas.', '1987-06-29', ['AGREE 030 occurred DEUGOV->AUT']],
    // (not a news agency)
    ['LAGOS, June 29 - The Ogun News Agency criticised Ghana over the border closure.', '1987-06-29', []],
    // a country's name and words ending in a body's head name that country's body, though the tagger reads a person
    ['The U.S. Federal Aviation Administration criticised Mexico over air safety.', '1987-03-02', ['ACCUSE 111 occurred USAGOV->MEX']],
    ['The U.S. International Trade Commission rejected a request from Japan for a delay.', '1987-03-02', ['REJECT 120 occurred USAGOV->JPN', 'REQUEST 020 requested JPN->USAGOV']],
    // (a news agency stays no side)
    ['CAIRO, March 2 - The official Middle East News Agency said Egypt would ask Israel to withdraw.', '1987-03-02', ['REQUEST 020 requested EGY->ISR']],
  ]);
});
