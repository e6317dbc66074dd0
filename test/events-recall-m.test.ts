import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round m', () => {
  eventRows([
    // a verb after `and` and a clause adverb ("and later released him") has the first verb's subject, past an object described
    // by a lower-case office ("opposition leader Nelson Chamisa")
    ['Zimbabwean police arrested opposition leader Nelson Chamisa on Friday and later released him without charge.', '2024-06-07', ['COERCE 173 occurred ZWECOP->ZWEOPP', 'RETREAT 0841 occurred ZWECOP->ZWEOPP']],
    ['Kenyan police detained opposition leader Raila Odinga on Monday and later accused him of treason.', '2024-06-07', ['COERCE 173 occurred KENCOP->KENOPP', 'ACCUSE 112 occurred KENCOP->KENOPP']],
    // a refusal is aimed at the party the refused act is with or to, as at its object ("refused to renew a transit agreement with")
    ['Pakistan refused on Tuesday to renew a transit agreement with Afghanistan.', '2024-06-07', ['REJECT 120 occurred PAK->AFG']],
    ['Venezuela refused to hand the disputed Essequibo region to Guyana.', '2024-06-07', ['REJECT 120 occurred VEN->GUY']],
    // a verb after `, but` has the first verb's subject, past the object of an infinitive ("ready to meet X, but later accused him")
    ['Kenyan President William Ruto said he was ready to meet opposition leader Raila Odinga, but later accused him of inciting violence.', '2024-06-07', ['AGREE 036 occurred KENGOV->KENOPP', 'ACCUSE 112 occurred KENGOV->KENOPP']],
    ['Nigerian President Bola Tinubu said he was willing to meet Niger\'s junta leader General Abdourahamane Tiani, but ruled out any talks on a long transition.', '2024-06-07', ['AGREE 036 occurred NGAGOV->NERGOV', 'REJECT 125 occurred NGAGOV->-']],
    // ruling out a concession told by a gerund is a refusal ("ruled out recognising", "ruled out withdrawing", "restoring")
    ['Israel ruled out withdrawing its troops from southern Lebanon.', '2024-06-07', ['REJECT 120 occurred ISR->LBN']],
    ['Armenia ruled out restoring diplomatic relations with Turkey.', '2024-06-07', ['REJECT 120 occurred ARM->TUR']],
    // "U.S.-backed", split by the tokenizer after the abbreviation, describes the name after it as "Iran-backed" does: no SUPPORT
    ['Angola\'s U.S.-backed UNITA rebels offered on Tuesday to reopen the Benguela railway.', '1987-03-26', []],
    ['The U.N.-backed government in Tripoli accused Haftar\'s forces of shelling the airport.', '2024-06-07', ['ACCUSE 112 occurred LBYGOV->LBYREB']],
    // talks agreed to are the agreement's (AGREE 036 with their party), not talks held, also when the agreeing pattern itself ends
    // in the infinitive ("agreed on Monday to hold ... talks with")
    ['Sudan\'s army agreed on Monday to hold indirect talks with the Rapid Support Forces in Jeddah.', '2024-06-07', ['AGREE 036 occurred SDNMIL->SDNREB']],
    // a request's second addressee in a gapped clause "and NAME to VERB" is asked too ("urged Israel to ... and Hamas to ...")
    ['U.S. President Joe Biden urged Israel to allow more aid into Gaza and Hamas to release the hostages.', '2024-06-07', ['REQUEST 020 requested USAGOV->ISR', 'REQUEST 020 requested USAGOV->PSEREB']],
    // ... not a second object of the infinitive ("to press Japan and South Korea to open their markets")
    ['U.S. senators urged the Reagan administration to press Japan and South Korea to open their markets to American beef.', '1987-03-04', ['REQUEST 020 requested USALEG->USAGOV']],
    // an act the parties are told to do ("told Armenia and Azerbaijan to pull their forces back") is asked, not done
    ['The U.N. Security Council on Monday told Armenia and Azerbaijan to pull their forces back from the border.', '2024-06-07', []],
    // ... not the teller's own words after the ones he told ("told reporters he hopes to sign")
    ['Venezuelan Finance Minister Manuel Azpurua told reporters he hopes to sign the accord with Brazil next month.', '2024-06-07', ['SUPPORT 057 intended VENGOV->BRA']],
    // a `would` of reported speech is an act to come also when the saying is joined by `and` to an earlier clause, more than six
    // words from the start of the sentence ("recalled its ambassador ... and said it would expel")
    ['Bangladesh\'s government restored mobile internet services on Sunday and said it would further ease a nationwide curfew.', '2024-07-28', ['CONCEDE 081 occurred BGDGOV->BGD', 'CONCEDE 081 intended BGDGOV->BGD']],
    // a refusal announced in reported speech ("said that Tehran would reject any talks") is made when said
    ['Iran\'s foreign minister said on Monday that Tehran would reject any talks with Washington.', '2024-06-07', ['REJECT 120 occurred IRNGOV->USAGOV']],
    // ... not a veto, an act of its own still to come
    ['U.S. President Ronald Reagan said he would veto the textile bill.', '1987-04-08', ['REJECT 129 intended USAGOV->USALEG']],
    // forces to be readied "in response" face the side whose hostile act they answer, as forces readied already did
    ['China sent warships to waters off Taiwan on Monday. Taipei denounced the deployment, and the government said it would deploy more troops to its outlying islands in response.', '2024-06-07', ['MOBILIZE 154 occurred CHN->TWN', 'ACCUSE 111 occurred TWNGOV->CHN', 'MOBILIZE 154 intended TWNGOV->CHN']],
    // an act named again after a comma ("in an attack that U.N. Secretary-General Antonio Guterres condemned") is found past a
    // title that names a body, and an attack named again is the last attack told, not the act just before it
    ['A Myanmar military air strike on a school killed 20 children on Monday, weeks after the junta declared a ceasefire to help earthquake relief, in an attack that U.N. Secretary-General Antonio Guterres condemned.', '2025-05-13', ['ASSAULT 195 occurred MMRMIL->-', 'RETREAT 0871 occurred MMRGOV->-', 'ACCUSE 111 occurred IGOUN->MMRMIL']],
    ['Russian missiles struck Kyiv on Tuesday, an attack that U.S. Secretary of State Antony Blinken condemned as barbaric.', '2024-06-07', ['ASSAULT 190 occurred RUS->UKR', 'ACCUSE 111 occurred USAGOV->RUS']],
  ]);
});
