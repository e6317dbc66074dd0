import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c', () => {
  eventRows([
    // an act forecast as likely is possible, not planned
    ['Italian Foreign Minister Giulio Andreotti is likely to visit Algeria next month, officials said.', '1987-03-02', ['CONSULT 042 hypothetical ITAGOV->DZA']],
    ['Canada will probably impose sanctions on South Africa, a government source said.', '1987-03-02', ['SANCTION 163 hypothetical CAN->ZAF']],
    // ... a plan with no forecast word stays planned
    ['Italian Foreign Minister Giulio Andreotti plans to visit Algeria next month, officials said.', '1987-03-02', ['CONSULT 042 intended ITAGOV->DZA']],
    // an act announced on a condition told after it is possible, not planned
    ['Reagan said he would lift tariffs imposed last week if Tokyo complied with the pact.', '1987-03-26', ['RETREAT 085 hypothetical USAGOV->-']],
    // ... not `if` that asks a question, nor a condition in a clause of its own after a comma and `and`
    ['Treasury Secretary James Baker said he would meet Brazilian officials next week to see if a way could be found round the problem.', '1987-03-26', ['CONSULT 040 intended USAGOV->BRAGOV']],
    ['Nakasone will visit Washington next week, and officials said the talks could fail if no deal is reached.', '1987-03-26', ['CONSULT 042 intended JPNGOV->USA']],
    // the first official to do an act did it (told in the past)
    ['He was the first senior Egyptian official to visit Israel since the two countries signed a peace treaty.', '1987-03-26', ['CONSULT 042 occurred EGYGOV->ISR', 'SUPPORT 057 occurred EGY->ISR', 'SUPPORT 057 occurred ISR->EGY']],
    // ... in the present, of a visit to come, it is not told as done
    ['Egyptian Foreign Minister Esmat Abdel-Meguid will visit Israel next week. He is the first senior Egyptian official to visit Israel in five years.', '1987-03-26', ['CONSULT 042 intended EGYGOV->ISR']],
    // `general` before a lower-case noun is an adjective, no officer a later pronoun could take up
    ['ABU DHABI, March 11 - Iranian Oil Minister Gholamreza Aqazadeh is in the Emirates to discuss prices and the general market situation, officials accompanying him said. He will meet UAE President Sheikh Zaid bin Sultan al-Nahayan.', '1987-03-11', ['CONSULT 042 occurred IRNGOV->ARE', 'CONSULT 040 intended IRNGOV->AREGOV']],
    // ... the officer stays one before a verb
    ['Israeli General Dan Shomron inspected the troops on the border. The general accused Syria of massing troops.', '1987-03-11', ['ACCUSE 112 occurred ISRMIL->SYR']],
    // a sentence with no event that opens with a body and its verb is about it: a later `It` is that body
    ['The Asian Development Bank said Indonesia had made progress on reforms. It called on Jakarta to cut import tariffs.', '1987-06-18', ['REQUEST 020 requested IGOADB->IDNGOV']],
    // ... not a country that only modifies the noun the sentence opens with
    ['The U.S. trade deficit with Japan widened in January, officials said. It urged Japan to open its markets.', '1987-06-18', []],
    // "the envoy" takes up an ambassador or negotiator named before
    ['TOKYO, March 4 - U.S. Ambassador Mike Mansfield met Prime Minister Yasuhiro Nakasone. The envoy also accused Japan of unfair trade practices.', '1987-03-04', ['CONSULT 040 occurred USAGOV->JPNGOV', 'ACCUSE 112 occurred USAGOV->JPN']],
    // an act decided is taken, as "the government's decision to" is
    ['Tunisia has decided to break diplomatic relations with Iran, the foreign ministry said.', '1987-03-26', ['SANCTION 161 occurred TUN->IRN']],
    // ... not an act still to be decided, nor one decided against
    ['Tunisia will decide next week whether to break diplomatic relations with Iran.', '1987-03-26', ['SANCTION 161 hypothetical TUN->IRN']],
    ['Tunisia has decided not to break diplomatic relations with Iran.', '1987-03-26', ['SANCTION 161 negated TUN->IRN']],
    // a heading's "TO" form tells the body's act, whose own words give its status: one event
    ['TUNISIA TO BREAK TIES WITH IRAN\nTUNIS, March 26 - Tunisia has decided to break diplomatic relations with Iran, the foreign ministry said.', '1987-03-26', ['SANCTION 161 occurred TUN->IRN']],
    // ... a heading in the present tells a fact of its own beside an act to come in the body
    ['BRITAIN GIVES FAMINE AID TO MOZAMBIQUE\nHARARE, March 31 - Britain will give Mozambique one mln sterling in emergency aid, the High Commission said.', '1987-03-31', ['AID 070 occurred GBR->MOZ', 'AID 070 intended GBR->MOZ']],
    // an act attempted was carried out, whatever came of it
    ['MANAGUA, March 17 - Contra rebels tried to blow up an electricity pylon near the Nicaraguan capital, officials said.', '1987-03-17', ['ASSAULT 183 occurred NICREB->NIC']],
    // ... not one that may be attempted
    ['MANAGUA, March 17 - Contra rebels may try to blow up electricity pylons near the Nicaraguan capital, officials said.', '1987-03-17', ['ASSAULT 183 hypothetical NICREB->NIC']],
    // a sentence that opens with a country and its verb of saying is about it, not about the other side whose act it reports
    ['BAGHDAD, March 1 - Iraq said Iranian troops attacked positions near Basra. It accused Tehran of targeting civilians.', '1987-03-01', ['ASSAULT 190 occurred IRNMIL->-', 'ACCUSE 112 occurred IRQ->IRNGOV']],
    // ... its own forces' acts leave them told, for a later "They"
    ['BAGHDAD, March 4 - Iraq said its warplanes hit two ships off the Iranian coast. They also bombed an oil terminal in Iran.', '1987-03-04', ['ASSAULT 190 occurred IRQMIL->IRN', 'ASSAULT 195 occurred IRQMIL->IRN']],
    // "he" after a verb of telling and its object is the teller, in any form of the verb
    ['WASHINGTON, March 31 - Reagan was expected to assure Chirac that he would not agree to a deal at the Geneva talks, diplomats said.', '1987-03-31', ['AGREE 030 intended USAGOV->FRAGOV', 'AGREE 036 negated USAGOV->-']],
    // a plural title before a list of names ("Sens.", "Reps.") ends no sentence: the list is no sentence of its own whose first
    // name a later "he" would take up
    ['WASHINGTON, March 11 - Canadian Foreign Secretary Joe Clark today had lunch with Democratic Sens. Patrick Moynihan of New York and George Mitchell of Maine. Yesterday, he held talks with Secretary of State George Shultz.', '1987-03-11', ['CONSULT 040 occurred CANGOV->USAGOV']],
  ]);
});
