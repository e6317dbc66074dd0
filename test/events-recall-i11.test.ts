import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round i11', () => {
  eventRows([
    // a word act's object told by `it` before an infinitive or a charge is the party named last before it, in its sentence or the one
    // before, not the actor nor the actor's own country
    ['WASHINGTON, May 4 - The International Monetary Fund noted progress in Kenya\'s public finances and urged it to cut farm subsidies further.', '1987-05-04', ['REQUEST 020 requested IGOIMF->KEN']],
    ['BAGHDAD, May 4 - Iran launched a new offensive east of Basra on Sunday. Iraq accused it of using chemical weapons.', '1987-05-04', ['ASSAULT 190 occurred IRN->IRQ', 'ACCUSE 112 occurred IRQ->IRN']],
    ['MANILA, May 4 - Philippine Trade Secretary Jose Concepcion will visit Canada, which buys little from the Philippines, to urge it to buy more sugar.', '1987-05-04', ['CONSULT 042 intended PHLGOV->CAN', 'REQUEST 020 requested PHLGOV->CAN']],
    // a capital named last is its government; a body named last is the one meant, and no party before it is (the ruling party,
    // coded as its country)
    ['WASHINGTON, May 4 - President Reagan said he had written to Tripoli urging it to expel the guerrillas.', '1987-05-04', ['REQUEST 020 requested USAGOV->LBYGOV']],
    ['TOKYO, May 4 - Talks with Washington resumed on Monday. The ruling Liberal Democratic Party forced a vote on the tax bill, and the opposition accused it of trying to railroad the bill.', '1987-05-04', ['ACCUSE 112 occurred JPNOPP->JPN']],
    // `them` is two parties joined by `and` in the sentence before
    ['WASHINGTON, May 4 - Greece and Turkey sent warships to the disputed waters on Friday. The United States on Saturday urged them to avoid any clash.', '1987-05-04', ['MOBILIZE 154 occurred GRC->-', 'MOBILIZE 154 occurred TUR->-', 'REQUEST 020 requested USA->GRC', 'REQUEST 020 requested USA->TUR']],
    // `it` of a thing, with no infinitive or charge after it, is no party
    ['WASHINGTON, May 4 - The United States studied the new Japanese trade proposal for a week and then rejected it as too narrow.', '1987-05-04', ['REJECT 120 occurred USA->-']],
  ]);
});
