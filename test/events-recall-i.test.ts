import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

describe('events, recall round i', () => {
  eventRows([
    // a time adverbial after the object's name ends the object ("host X next month")
    ['Italy will host French President Emmanuel Macron next month for talks on migration.', '2024-06-07', ['CONSULT 043 intended ITA->FRAGOV']],
    ['Spain will meet Morocco next week to discuss fishing rights, the foreign ministry said.', '2024-06-07', ['CONSULT 040 intended ESP->MAR']],
    // a time adverbial right after an intransitive verb is no object ("will meet next month")
    ['Egypt and Ethiopia will meet next month to resume talks on the Nile dam, the Egyptian foreign ministry said.', '2024-06-07', ['CONSULT 040 intended EGY->ETH', 'CONSULT 040 intended ETH->EGY']],
    // a list of recipients that repeats its preposition after `and` ("with X and with Y")
    ['The Japanese prime minister spoke by phone with Chinese President Xi Jinping and with South Korea\'s president on Monday.', '2024-06-07', ['CONSULT 041 occurred JPNGOV->CHNGOV', 'CONSULT 041 occurred JPNGOV->KORGOV']],
    ['Britain sent aid to Ukraine and to Moldova.', '2024-06-07', ['AID 070 occurred GBR->UKR', 'AID 070 occurred GBR->MDA']],
    // "their leaders", "their foreign ministers" after a pair joined by `and`: the rulers of the pair
    ['Iran and Iraq agreed on Monday to a ceasefire, and said their foreign ministers would meet in Geneva next month.', '2024-06-07', ['AGREE 030 occurred IRN->IRQ', 'AGREE 030 occurred IRQ->IRN', 'CONSULT 040 intended IRNGOV->IRQGOV', 'CONSULT 040 intended IRQGOV->IRNGOV']],
    ['Chilean President Gabriel Boric and Argentina\'s Javier Milei agreed on Friday to expand mining investment, and said their foreign ministers would meet in Santiago next month.', '2024-06-07', ['AGREE 030 occurred CHLGOV->ARGGOV', 'AGREE 030 occurred ARGGOV->CHLGOV', 'CONSULT 040 intended CHLGOV->ARGGOV', 'CONSULT 040 intended ARGGOV->CHLGOV', 'CONSULT 040 occurred CHLGOV->ARGGOV', 'CONSULT 040 occurred ARGGOV->CHLGOV']],
    // "said on Monday that X would": reported intent past a day and `that`, not a condition
    ['Officials said on Monday that Egypt and Sudan would hold direct talks in Cairo later this month.', '2024-06-07', ['CONSULT 040 intended EGY->SDN', 'CONSULT 040 intended SDN->EGY']],
    ['A World Bank spokesman said on Thursday that a bank mission would travel to Brazil next week.', '2024-06-07', ['CONSULT 042 intended IGOWB->BRA']],
    // "the country's (interim) president", "the country's military": the rulers of the country named last
    ['Floods hit Mali on Sunday, and the country\'s interim president appealed for international aid.', '2024-06-07', ['REQUEST 023 requested MLIGOV->-']],
    ['Britain eased its sanctions on Syria on Monday, a week after British Foreign Secretary David Lammy met the country\'s new president in Damascus.', '2024-06-07', ['RETREAT 085 occurred GBR->SYR', 'CONSULT 040 occurred GBRGOV->SYRGOV']],
    ['Fighting flared in Sudan on Monday, and the country\'s army shelled rebel positions near Khartoum.', '2024-06-07', ['ASSAULT 194 occurred SDNMIL->SDNREB']],
    // two leaders who agree together met, even when a later meeting of theirs is announced
    ['Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed in Nairobi on Monday to expand cross-border trade, and said their trade ministers would meet in Dodoma next month.', '2024-06-07', ['AGREE 030 occurred KENGOV->TZAGOV', 'AGREE 030 occurred TZAGOV->KENGOV', 'CONSULT 040 occurred KENGOV->TZAGOV', 'CONSULT 040 occurred TZAGOV->KENGOV', 'CONSULT 040 intended KENGOV->TZAGOV', 'CONSULT 040 intended TZAGOV->KENGOV']],
    // "the two leaders" with no person named: the rulers of the pair of states joined by `and`, past the state that hosts them
    ['The presidents of Armenia and Azerbaijan pledged on Monday to open their border. France will host the two leaders next month, the Elysee said.', '2024-06-07', ['AGREE 030 occurred ARMGOV->AZEGOV', 'AGREE 030 occurred AZEGOV->ARMGOV', 'CONSULT 043 intended FRA->ARMGOV', 'CONSULT 043 intended FRA->AZEGOV']],
    // "said X had ... and that Y would": the second clause of the same saying is reported intent
    ['The U.N. envoy said on Tuesday that Ethiopia and Eritrea had signed a truce and that their foreign ministers would hold direct talks in Nairobi next month.', '2024-06-07', ['SUPPORT 057 occurred ETH->ERI', 'SUPPORT 057 occurred ERI->ETH', 'CONSULT 040 intended ETHGOV->ERIGOV', 'CONSULT 040 intended ERIGOV->ETHGOV']],
  ]);
});

describe('events, recall round i: dates', () => {
  // a date before `and that` is the first clause's, not the act to come's in the second
  it('[events] an act to come after "and that" takes its own date', () => {
    const text = 'The U.N. envoy said Ethiopia had freed 20 Eritrean prisoners in March and that Ethiopia would hold talks with Eritrean officials in the Kenyan capital Nairobi next month.';
    const talks = extract(text, { date: '2024-06-07' }).events.find((e) => e.type === 'CONSULT');
    expect(talks?.date?.value, `[events] ${text}`).toBe('2024-07');
  });
});
