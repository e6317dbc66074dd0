import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round j', () => {
  eventRows([
    // an expulsion told by a noun with its owner, of a high commissioner
    ['Delhi recalled its envoy on Monday after Ottawa\'s expulsion of Indian High Commissioner Arun Mehta.', '2024-06-07', ['SANCTION 161 occurred CANGOV->INDGOV']],
    // a word act told by a participle after a wait or a condition is made when spoken
    ['Brazilian President Lula said on Monday he would cut off all funding to the agency until a full inquiry into the raid, accusing Israel of lying.', '2024-06-07', ['ACCUSE 112 occurred BRAGOV->ISR']],
    // a warning to one named before `that` of the warner's own force is a threat to the one warned, beside the possible attack
    ['Ethiopian Prime Minister Abiy Ahmed warned Eritrea on Sunday that Ethiopia would use force if its troops crossed the border.', '2024-06-07', ['THREATEN 138 occurred ETHGOV->ERI', 'ASSAULT 190 hypothetical ETH->ERI']],
    // force told of another country is no threat of the warner's own: the possible attack alone
    ['Turkey warned on Monday that Greece would use force.', '2024-06-07', ['ASSAULT 190 hypothetical GRC->-']],
    // a drone strike told by a noun is on the one it killed, as an air strike is, before the place it hit
    ['A U.S. drone strike killed an al Shabaab leader in southern Somalia on Wednesday.', '2024-06-07', ['ASSAULT 195 occurred USA->SOMREB']],
    // a request told by a participle after a letter is to the one written to
    ['Japan\'s foreign ministry said it had written to Beijing urging the release of the detained employee.', '2024-06-07', ['REQUEST 020 requested JPNGOV->CHNGOV']],
    // a word act joined by `and` to a request told by a participle is the speaker's own, not an act asked for
    ['Erdogan said he had written to Damascus urging a ceasefire and threatening military action against Syria.', '2024-06-07', ['REQUEST 020 requested TURGOV->SYRGOV', 'THREATEN 138 occurred TURGOV->SYR']],
    // "the government of" followed by a gerund tells the charge, not whose government it is
    ['Former Peruvian President Pedro Castillo has accused the government of trying to silence him.', '2024-06-07', ['ACCUSE 112 occurred PER->PERGOV']],
    // a refusal that is only the condition of a threat is no act
    ['Erdogan warned of military action if Syria refused.', '2024-06-07', ['THREATEN 138 occurred TURGOV->SYR']],
    // ... also with a pronoun subject
    ['Erdogan threatened to attack Syria if it refused.', '2024-06-07', ['THREATEN 138 occurred TURGOV->SYR', 'ASSAULT 190 hypothetical TURGOV->SYR']],
  ]);
});
