import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d7', () => {
  eventRows([
    // a country's news agency named '<Country> News Agency' is the press, no person; an official it quotes in an aside after his name
    // (', quoted by the ... agency,') is of its country, not of the dateline's, and the agency is no subject of the verb after the aside
    ['CAIRO, March 24 - Finance Minister Ahmed Salih, quoted by the official Sudan News Agency, said his government rejected a new IMF demand.', '1987-03-24',
      ['REJECT 120 occurred SDNGOV->IGOIMF', 'REQUEST 100 requested IGOIMF->SDNGOV']],
    // (the agency that tells the news is no actor)
    ['The official Kuwait News Agency said Iraqi warplanes attacked an Iranian tanker on Monday.', '1987-03-24', ['ASSAULT 190 occurred IRQMIL->IRN']],
    // an act told by an infinitive after a resolution a body named before it puts forward is that body's proposal, not an act of
    // those who vote on it
    ['France and Italy vetoed a Security Council resolution to impose an arms embargo on Libya on Friday.', '1987-04-10',
      ['REJECT 129 occurred FRA->IGOUN', 'REJECT 129 occurred ITA->IGOUN']],
    // (a resolution urged on a body is still the urging party's request)
    ['Iraq urged the Security Council to adopt a resolution to end the war.', '1987-04-10', ['REQUEST 020 requested IRQ->IGOUN']],
    // a host needs its guest named: a body of states that 'receives' loans hosts no one
    ['The government stopped paying the World Bank because repayments outweighed the loans it was due to receive.', '1987-06-02', []],
    ['The IMF received Argentine Economy Minister Juan Sourrouille on Monday.', '1987-06-02', ['CONSULT 043 occurred IGOIMF->ARGGOV']],
    // a country's name after 'New' names a place called after it (a state of the United States), not the country
    ['A tanker delivering oil to a refinery in Paulsboro, New Jersey, hit a power line on Sunday.', '1987-03-02', []],
    ['Britain said it would send a trade team to New Zealand next month.', '1987-03-02', ['CONSULT 042 intended GBR->NZL']],
    // an indefinite nominal ('a bank') brings in a body of its own, not the one named before whose name holds the word
    ['FRANKFURT, March 2 - The Bundesbank said the new calendar would apply from April. A bank may decline to issue a bond on the day it asked for.', '1987-03-02', []],
    // one who tells a body's meeting takes part in it, past an article and a word that describes the meeting before the body's long name
    ['Brazilian Finance Minister Dilson Funaro told an informal General Agreement on Tariffs and Trade (GATT) meeting that Brazil would cut tariffs.', '1987-03-23',
      ['CONSULT 040 occurred BRAGOV->IGOGATT']],
    // the `to` of goods a request is about names where they go, not whom the request is made to
    ['President Reagan called for continued duty-free treatment for Romanian exports to the United States.', '1987-06-02', ['REQUEST 020 requested USAGOV->-']],
    // (a request made to a party after `to` keeps it)
    ['Canada appealed to Japan for more beef imports.', '1987-06-02', ['REQUEST 020 requested CAN->JPN']],
  ]);
});
