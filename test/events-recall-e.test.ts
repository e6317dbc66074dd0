/**
 * Event coding, recall rules found on the development sets heldout22, heldout23 and heldout3: table rows of
 * whole-extract sentences (written for this file) and the events they must give.
 */
import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('[events] the accused of a relative clause set off by a comma (whole extract)', () => {
  eventRows([
    // ", whom X accused of", ", which X blames for": the noun before the clause is the one accused
    ['MINSK, June 3 - Belarusian police detained six journalists, whom the Interior Ministry accused of spreading false news.', '2024-06-03',
      ['COERCE 173 occurred BLRCOP->BLRMED', 'ACCUSE 112 occurred BLRGOV->BLRMED']],
    ['CHISINAU, June 7 - Moldova expelled a Russian diplomat, whom it accused of interfering in its election.', '2024-06-07',
      ['SANCTION 161 occurred MDA->RUSGOV', 'ACCUSE 112 occurred MDA->RUSGOV']],
    ['BOGOTA, Oct 20 - Colombian President Gustavo Petro, whom Washington blames for a surge in cocaine exports, said he would not resign.', '2025-10-20',
      ['ACCUSE 112 occurred USAGOV->COLGOV', 'CONCEDE 0831 negated COLGOV->COL']],
    // an appeal with its object before the clause
    ['ALMATY, Jan 13 - Tokayev thanked the Collective Security Treaty Organisation, which he had asked for help.', '2022-01-13',
      ['SUPPORT 051 occurred KAZGOV->IGOCSTO', 'REQUEST 023 requested KAZGOV->IGOCSTO']],
    // a relative clause of the subject's own: the one accused is named after the verb
    ['KINSHASA, June 7 - Congo\'s opposition, which boycotted the vote, accused the government of fraud.', '2024-06-07',
      ['ACCUSE 112 occurred CODOPP->CODGOV']],
  ]);
});

describe('[events] a visitor received, and a long title before an object (whole extract)', () => {
  eventRows([
    // "met visiting X": the host's hosting (043); the title before the name does not hide the object
    ['HANOI, June 3 - Vietnamese Prime Minister Pham Minh Chinh met visiting South Korean Foreign Minister Cho Tae-yul in Hanoi on Monday.', '2024-06-03',
      ['CONSULT 043 occurred VNMGOV->KORGOV']],
    ['Indonesian President Joko Widodo on Tuesday told visiting Australian Prime Minister Anthony Albanese that Jakarta wanted more trade.', '2024-06-04',
      ['CONSULT 043 occurred IDNGOV->AUSGOV']],
    ['Chinese Premier Li Qiang criticised Japanese Vice Foreign Minister Masataka Okano on Friday.', '2024-06-07',
      ['ACCUSE 111 occurred CHNGOV->JPNGOV']],
    // a visiting official who speaks is no host's guest
    ['Visiting U.S. Treasury Secretary Janet Yellen told reporters in Beijing that she had raised concerns.', '2024-04-08', []],
  ]);
});

describe('[events] a known office holder whose given name is a country (whole extract)', () => {
  eventRows([
    // "Israel Katz" is the minister, not Israel and a man of no office
    ['DUBAI, April 14 (Reuters) - Israeli Foreign Minister Israel Katz urged the European Union to list the Revolutionary Guards as a terrorist group.', '2024-04-14',
      ['REQUEST 020 requested ISRGOV->IGOEU']],
    ['Israel Katz accused Spain on Tuesday of rewarding terrorism.', '2024-05-28', ['ACCUSE 112 occurred ISRGOV->ESP']],
  ]);
});

describe('[events] verdicts in scare quotes, with words of degree, on charges (whole extract)', () => {
  eventRows([
    // quote marks inside the verdict do not count against the gap
    ['MANAGUA, March 11 - Washington froze Nicaraguan government assets on Friday, and Managua called the measures "economic terrorism".', '1988-03-11',
      ['SANCTION 163 occurred USAGOV->NICGOV', 'ACCUSE 111 occurred NICGOV->USAGOV']],
    // a word of degree before the verdict
    ['BEIJING, Aug 24 - Japan imposed sanctions on three Chinese firms on Thursday, and Beijing called the measures extremely unfair.', '2023-08-24',
      ['SANCTION 163 occurred JPN->CHNBUS', 'ACCUSE 111 occurred CHNGOV->JPN']],
    // charges laid with an arrest are the arresting side's
    ['MOSCOW, Jan 12 - Russian police detained a U.S. journalist on spying charges on Friday. The State Department called the charges ridiculous.', '2024-01-12',
      ['COERCE 173 occurred RUSCOP->USAMED', 'ACCUSE 111 occurred USAGOV->RUSCOP']],
  ]);
});

describe('[events] a group named after the word of the country it leans to (whole extract)', () => {
  eventRows([
    // "Pro-Iranian Hezbollah": the known group, not a body of no code
    ['BEIRUT, May 3 - Pro-Iranian Hezbollah guerrillas fired Katyusha rockets into northern Israel on Tuesday.', '1988-05-03', ['ASSAULT 195 occurred LBNREB->ISR']],
    ['SANAA, May 3 - Pro-Iranian Houthi rebels fired missiles at Saudi Arabia on Tuesday.', '2022-05-03', ['ASSAULT 195 occurred YEMREB->SAU']],
    // a company whose name opens with "Pro-" keeps it
    ['Pro-Med Capital Inc said it would buy shares.', '1987-05-03', []],
  ]);
});

describe('[events] a titled name in apposition after the subject is the subject (whole extract)', () => {
  eventRows([
    // ", Vice President Sara Duterte," opens with its title after the comma
    ['Philippine police arrested former President Rodrigo Duterte on Tuesday. His daughter, Vice President Sara Duterte, condemned the arrest.', '2025-03-12',
      ['COERCE 173 occurred PHLCOP->PHL', 'ACCUSE 111 occurred PHLGOV->PHLCOP']],
    ['Russian police detained two Estonian citizens on Monday. Their foreign minister, Estonian Foreign Minister Margus Tsahkna, condemned the detentions.', '2024-06-03',
      ['COERCE 173 occurred RUSCOP->EST', 'ACCUSE 111 occurred ESTGOV->RUSCOP']],
  ]);
});

describe('[events] a visit announced for talks with a host of the time (whole extract)', () => {
  eventRows([
    // Moscow is Russia's in the gazetteer, its host the Soviet leader: one state in 1988; a present tense with "later this month" is to come
    ['BONN, Oct 3 - Chancellor Helmut Kohl travels to Moscow later this month for talks with Soviet leader Mikhail Gorbachev.', '1988-10-03',
      ['CONSULT 042 intended DEUGOV->SUNGOV']],
    ['LONDON, March 23 - Prime Minister Margaret Thatcher flies to Moscow later this week for talks with Soviet leader Mikhail Gorbachev.', '1987-03-23',
      ['CONSULT 042 intended GBRGOV->SUNGOV']],
  ]);
});

describe('[events] a visit to a place named by its country\'s demonym (whole extract)', () => {
  eventRows([
    // "the Kazakh capital", "the Vietnamese capital": the country visited
    ['HANOI, June 20 (Reuters) - Russian President Vladimir Putin arrived in the Vietnamese capital on Thursday for a state visit.', '2024-06-20',
      ['CONSULT 042 occurred RUSGOV->VNM']],
    // a thing named by a demonym is no place visited, and no one met
    ['Japan received British pounds worth 2 billion yen on Thursday.', '1987-06-20', []],
  ]);
});

describe('[events] a foreign side\'s words to "the government" or "the rebels" of the story\'s country (whole extract)', () => {
  eventRows([
    // the dispatch's country, named in the sentence, not the speaker's own
    ['MAPUTO, Nov 9 - Mozambique appealed for food aid on Monday, and the British embassy urged the rebels to let relief convoys pass.', '1987-11-09',
      ['REQUEST 023 requested MOZ->-', 'REQUEST 020 requested GBRGOV->MOZREB']],
    // a sentence that names no one of the dispatch's country leaves the speaker's own (no other party)
    ['MOSCOW, Nov 9 - Kazakh President Kassym-Jomart Tokayev urged the government to speed up reforms.', '2023-11-09',
      ['REQUEST 020 requested KAZGOV->-']],
  ]);
});

describe('[events] an act a sentence opens with drew criticism or praise from others (whole extract)', () => {
  eventRows([
    // "The decision drew sharp criticism from X": X criticises the act's doer
    ['OTTAWA, June 3 - Canada imposed tariffs on Chinese electric vehicles on Monday. The decision drew sharp criticism from Beijing.', '2024-06-03',
      ['SANCTION 163 occurred CAN->CHN', 'ACCUSE 111 occurred CHNGOV->CAN']],
    ['OTTAWA, June 3 - Canada imposed tariffs on Chinese electric vehicles on Monday. The move, announced by the prime minister, drew condemnation from China.', '2024-06-03',
      ['SANCTION 163 occurred CAN->CHN', 'ACCUSE 111 occurred CHN->CAN']],
    // a sentence that opens with no act names no one criticised
    ['OTTAWA, June 3 - The budget drew sharp criticism from the opposition.', '2024-06-03', []],
  ]);
});

describe('[events] reporters named by their outlet are its country\'s media (whole extract)', () => {
  eventRows([
    // "Wall Street Journal reporter X": USAMED, not the dispatch country's
    ['ANKARA, Aug 1 (Reuters) - Russia freed Wall Street Journal reporter Evan Gershkovich on Thursday, Turkish officials said.', '2024-08-01',
      ['RETREAT 0841 occurred RUS->USAMED']],
    ['CAIRO, Dec 29 - An Egyptian court jailed three Al Jazeera journalists on Monday.', '2014-06-23', ['COERCE 173 occurred EGYJUD->QATMED']],
    // an outlet named as a source is no party
    ['Israel struck an Iranian air defence site on Saturday, the New York Times reported.', '2024-04-20', ['ASSAULT 190 occurred ISR->IRNMIL']],
  ]);
});

describe('[events] a country named by its epithet (whole extract)', () => {
  eventRows([
    // "the Islamic Republic" is Iran, "the Jewish state" Israel, once the text has named them or not
    ['DUBAI, June 3 - The Islamic Republic accused Israel of sabotage at its Natanz plant on Monday.', '2024-06-03', ['ACCUSE 112 occurred IRN->ISR']],
    ['BEIRUT, June 3 - Hezbollah fired rockets at the Jewish state on Monday.', '2024-06-03', ['ASSAULT 195 occurred LBNREB->ISR']],
    // a longer official name stays its own country's
    ['ISLAMABAD, June 3 - The Islamic Republic of Pakistan accused India of meddling on Monday.', '2024-06-03', ['ACCUSE 112 occurred PAK->IND']],
  ]);
});
