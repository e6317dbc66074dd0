import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b11', () => {
  eventRows([
    // concern a party tells at another party's act or policy criticises that party, as concern voiced does
    ['OTTAWA, May 6 - Canada is deeply concerned about the U.S. decision to raise duties on lumber, a trade ministry official said.', '1987-05-06', ['ACCUSE 111 occurred CAN->USA']],
    ['TOKYO, May 6 - The finance ministry was worried by Washington\'s attempts to talk down the dollar, a senior official said.', '1987-05-06', ['ACCUSE 111 occurred JPNGOV->USAGOV']],
    // concern about a thing of no party, or concern denied, is none
    ['LONDON, May 6 - The Bank of England said it was concerned about the rapid growth of credit.', '1987-05-06', []],
    ['PARIS, May 6 - The minister said he was not worried by West Germany\'s interest rate moves.', '1987-05-06', []],
    // a fault told as the cause of a sanction, with no party named as its owner, is charged to the sanction's own target
    ['WASHINGTON, May 6 - The United States imposed tariffs on Brazil for failing to protect U.S. computer software.', '1987-05-06', ['SANCTION 163 occurred USA->BRA', 'ACCUSE 112 occurred USA->BRA']],
    ['OTTAWA, May 6 - Canada imposed duties on U.S. corn for alleged breach of the trade pact.', '1987-05-06', ['SANCTION 163 occurred CAN->USA', 'ACCUSE 112 occurred CAN->USA']],
    // a fault the cause names by its owner stays that owner's; a sanction with no target names no one
    ['BRUSSELS, May 6 - The European Community imposed duties on U.S. corn gluten for Canada\'s alleged violation of the accord.', '1987-05-06', ['SANCTION 163 occurred IGOEU->USA', 'ACCUSE 112 occurred IGOEU->CAN']],
    // an objection to a thing is a rejection aimed at the thing's owner; with no owner named it is none
    ['BONN, May 6 - West Germany objected strongly to the European Community\'s plan to cut grain prices.', '1987-05-06', ['REJECT 120 occurred DEU->IGOEU']],
    ['WASHINGTON, May 6 - The Reagan administration has objected to Brazil\'s curbs on computer imports.', '1987-05-06', ['REJECT 120 occurred USAGOV->BRA']],
    ['LONDON, May 6 - The shareholders objected to the proposal because it would dilute their stake.', '1987-05-06', []],
    // `not hesitate to` promises the act it governs: no negation
    ['PRETORIA, May 6 - Botha said South Africa would not hesitate to take action against Zambia.', '1987-05-06', ['THREATEN 130 occurred ZAF->ZMB']],
    ['WASHINGTON, May 6 - Yeutter said the United States would not hesitate to retaliate against the European Community.', '1987-05-06', ['THREATEN 138 occurred USA->IGOEU']],
    ['WASHINGTON, May 6 - The United States said it would not hesitate to impose sanctions on Japan.', '1987-05-06', ['SANCTION 163 intended USA->JPN']],
    ['WASHINGTON, May 6 - The United States said it would not impose sanctions on Japan.', '1987-05-06', ['SANCTION 163 negated USA->JPN']],
  ]);
});
