import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round f5', () => {
  eventRows([
    // a war or fighting with a party, in a frame after the clause's verb ('after days of fighting with'), is the subject's with
    // that party, each way
    ['M23 rebels seized the northern town on Tuesday after three days of fighting with Congolese soldiers.', '2024-06-07', ['ASSAULT 192 occurred CODREB->COD', 'ASSAULT 190 occurred CODREB->CODMIL', 'ASSAULT 190 occurred CODMIL->CODREB']],
    // (fighting of which neither side is armed is figurative)
    ['Tokyo cut its rice tariffs last week after months of fighting with Washington over farm trade.', '1987-03-17', []],
    // (nor a war that may come)
    ['He said that in the case of war with Turkey, Greece would close the American bases.', '1987-03-17', []],
    // an act told after a frame of time ('after', 'following', 'since', 'amid') is no act the pledge or agreement before it offers:
    // the fighting stays the pair's, and the agreement is no threat
    ['Ethiopia and Eritrea agreed to a truce on Sunday after two weeks of fighting that killed hundreds of soldiers.', '2024-06-07', ['AGREE 030 occurred ETH->ERI', 'AGREE 030 occurred ERI->ETH', 'ASSAULT 190 occurred ETH->ERI', 'ASSAULT 190 occurred ERI->ETH']],
    // (an act right after the infinitive is still the one pledged)
    ['Ethiopia vowed on Sunday to continue its attacks on Eritrean positions.', '2024-06-07', ['THREATEN 138 occurred ETH->ERIMIL']],
    // a name of two words opening with a place's name, right after a title, is the title holder, a person of the title's country
    ['U.S. Deputy Secretary of State Victoria Lang met the junta leaders in Bamako on Tuesday.', '2024-06-07', ['CONSULT 040 occurred USAGOV->MLIGOV']],
    // (a place the lexicon knows whole stays a place)
    ['Foreign Minister Hans-Dietrich Genscher flew to New York on Monday.', '1987-03-17', ['CONSULT 042 occurred DEUGOV->USA']],
    // police or guards a state owns, named by 'its' or 'their' in a clause a subordinator opens, are that state's, of their own sector
    ['Bulgaria protested to Athens, a week after its border police detained three Greek hunters.', '1987-03-17', ['ACCUSE 114 occurred BGR->GRCGOV', 'COERCE 173 occurred BGRCOP->GRC']],
    // (a leader's, named by 'his' or 'her' in a clause a subordinator opens, are his state's)
    ['Bulgarian President Todor Zhivkov flew to Moscow, a week after his border guards detained three Greek hunters.', '1987-03-17', ['CONSULT 042 occurred BGRGOV->SUN', 'COERCE 173 occurred BGRCOP->GRC']],
  ]);
});
