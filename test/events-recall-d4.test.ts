import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d4', () => {
  eventRows([
    // a titled person governed by a preposition is no subject: the title's words stand between the name and its preposition
    ['Brazilian business leaders who attended a lunch with President Jose Sarney called on the government to cut interest rates.', '1987-03-23', ['REQUEST 020 requested BRABUS->BRAGOV']],
    // (so the minister the farm leaders met does not make their appeal)
    ['Farm leaders meeting with Agriculture Minister Richard Lyng urged the administration to raise support prices.', '1987-03-23', []],
    // (a date between the preposition and the title is no title: "on Tuesday President Reagan")
    ['On Tuesday President Reagan urged Japan to open its markets to American rice.', '1987-03-23', ['REQUEST 020 requested USAGOV->JPN']],
    // (a `with` before a person and a participle opens an absolute clause whose subject the person is)
    ['The United States imposed tariffs on Japanese chips, with Commerce Secretary Malcolm Baldrige accusing Japan of dumping.', '1987-03-23', ['SANCTION 163 occurred USA->JPN', 'ACCUSE 112 occurred USAGOV->JPN']],
    // the party right before `who` is the subject of the relative clause's verb, whatever governs it
    ['President Reagan held talks on Thursday with Kenyan President Daniel Arap Moi, who later appealed for more American investment.', '1987-03-12', ['CONSULT 040 occurred USAGOV->KENGOV', 'REQUEST 020 requested KENGOV->-']],
    // officials, a ministry, a department or the cabinet no one names are the dispatch country's government, as the government is
    ['TOKYO, March 3 - The ministry asked car makers to curb their exports to Europe.', '1987-03-03', ['REQUEST 020 requested JPNGOV->JPNBUS']],
    ['OTTAWA, March 3 - Officials urged the United States to drop the lumber duty.', '1987-03-03', ['REQUEST 020 requested CANGOV->USA']],
    ['WASHINGTON, March 3 - The department said it would impose duties on Brazilian orange juice.', '1987-03-03', ['SANCTION 163 intended USAGOV->BRA']],
    // (the officials of a company or a union are no state's)
    ['LONDON, March 3 - Union officials urged members to reject the pay offer.', '1987-03-03', []],
    ['NEW YORK, March 3 - Texaco officials rejected the offer.', '1987-03-03', []],
    // a surname named again right after a given name the tagger took alone (a heading's surname in capitals misleads it) is one name
    ['BAKER CALLS FOR LOWER RATES\nWASHINGTON, March 23 - Treasury Secretary James Baker urged West Germany to cut its interest rates. Baker said the dollar had fallen far enough.', '1987-03-23', ['REQUEST 020 requested USAGOV->DEU']],
    // a state's central bank is its government's (an office of it too, in lower case), and a vice-minister is a minister
    ['LONDON, March 3 - Brazilian central bank president Francisco Gros urged Britain to be patient.', '1987-03-03', ['REQUEST 020 requested BRAGOV->GBR']],
    ['LONDON, March 3 - Japanese vice-minister Toyoo Gyohten urged Britain to be patient.', '1987-03-03', ['REQUEST 020 requested JPNGOV->GBR']],
    // (a bank with no 'central' stays a company)
    ['LONDON, March 3 - Brazilian bank president Francisco Gros urged Britain to be patient.', '1987-03-03', ['REQUEST 020 requested BRABUS->GBR']],
    // a capital's possessive gives an office its state; the country an envoy is sent to, inside his title, is the host's, not his
    ['BAHRAIN, March 24 - Moscow\'s ambassador to Kuwait, Ernest Zverev, arrived in Kuwait today.', '1987-03-24', ['CONSULT 042 occurred SUNGOV->KWT']],
    ['TOKYO, March 24 - Ambassador to the U.S. Nobuo Matsunaga urged Washington to wait.', '1987-03-24', ['REQUEST 020 requested JPNGOV->USAGOV']],
    // (a 'to' before the title is no part of it)
    ['ATHENS, March 2 - The Greek position was made clear to Turkey\'s ambassador Nazmi Akiman when he met Greek Foreign Undersecretary Yannis Kapsis.', '1987-03-02', ['CONSULT 040 occurred TURGOV->GRCGOV']],
    // an official a state's `its` opens is that state's, and a name in apposition past the office's place is that official
    ['BAHRAIN, March 24 - The Soviet Union backs free navigation in the Gulf, its ambassador to Kuwait, Ernest Zverev, said on Tuesday. Zverev later discussed the missiles with Kuwait\'s foreign minister.', '1987-03-24', ['CONSULT 040 occurred SUNGOV->KWTGOV']],
    // (a debtor's bank committee is no body of its own; talks postponed did not take place)
    ['NEW YORK, March 11 - Talks between the Philippines and its bank advisory committee were postponed.', '1987-03-11', ['CONSULT 040 negated PHL->-']],
    // a demonym and office words the tagger runs into a titled name are the title's, no body of their own
    ['BAHRAIN, March 24 - Soviet envoy Ernest Zverev discussed the missiles with Kuwaiti Foreign Undersecretary Suliman Majed al-Shaheen.', '1987-03-24', ['CONSULT 040 occurred SUNGOV->KWTGOV']],
    // an official joined by 'and' to one the text places, with title words only between, is of that one's country, not the dateline's
    ['LONDON, March 3 - Brazilian Finance Minister Dilson Funaro said the debt plan was sound. Funaro and central bank president Francisco Gros later visited Washington.', '1987-03-03', ['CONSULT 042 occurred BRAGOV->USA']],
  ]);
});
