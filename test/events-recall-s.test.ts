import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round s', () => {
  eventRows([
    // verbal conflict and demands told by a noun whose owner names who acts: accusations against, rejection of, refusal to,
    // veto of, warning or ultimatum to, request for ... from
    ['Iran\'s accusations against Israel have grown sharper.', '2024-06-07', ['ACCUSE 112 occurred IRN->ISR']],
    ['Iran\'s rejection of the U.S. proposal angered Washington.', '2024-06-07', ['REJECT 120 occurred IRN->USA']],
    ['Serbia\'s refusal to recognise Kosovo has stalled the talks.', '2024-06-07', ['REJECT 120 occurred SRB->XKX']],
    ['The Russian veto of the resolution drew protests.', '2024-06-07', ['REJECT 129 occurred RUS->-']],
    ['China\'s warning to Japan came on Monday.', '2024-06-07', ['THREATEN 130 occurred CHN->JPN']],
    ['Ukraine\'s request for more air defence from Germany came on Monday.', '2024-06-07', ['REQUEST 020 requested UKR->DEU']],
    // ... but a request, warning or refusal with no party to it is none
    ['The Navy\'s request for proposals drew five bids.', '2024-06-07', []],
    ['The company\'s warning to investors hit its shares.', '2024-06-07', []],
    ['His refusal to comment angered Egypt.', '2024-06-07', []],
    // a charge told in the speaker's words ("X said Y was behind the unrest") is the speaker's accusation of the one charged
    ['Pakistan said India was behind the unrest in Balochistan.', '2024-06-07', ['ACCUSE 112 occurred PAK->IND']],
    ['Israel was behind the unrest, Iran\'s supreme leader said.', '2024-06-07', ['ACCUSE 112 occurred IRNGOV->ISR']],
    ['The Kremlin said Washington was to blame for the crisis.', '2024-06-07', ['ACCUSE 112 occurred RUSGOV->USAGOV']],
    // ... but not a duty, a claim of one's own side, or a thing to blame
    ['Germany said the United States was responsible for its own defence.', '2024-06-07', []],
    ['Iran said its forces were responsible for the strike.', '2024-06-07', []],
    ['Officials said a gas leak was behind the blast.', '2024-06-07', []],
    // a warning to a party named not to do an act is a threat to it; the act warned against is no event
    ['China warned the United States not to interfere.', '2024-06-07', ['THREATEN 130 occurred CHN->USA']],
    ['Russia warned NATO not to send troops to Ukraine.', '2024-06-07', ['THREATEN 130 occurred RUS->IGONATO']],
    // ... but a warning to one's own people is advice
    ['The State Department warned Americans not to travel to Haiti.', '2024-06-07', []],
    // a passive refusal or condemnation of a thing owned (a possessive, a demonym or a country's name on the noun before the verb)
    // is aimed at its owner
    ['Kyiv\'s proposal was rejected by Moscow.', '2024-06-07', ['REJECT 120 occurred RUSGOV->UKRGOV']],
    ['The French resolution was vetoed by Russia.', '2024-06-07', ['REJECT 129 occurred RUS->FRA']],
    ['The Israeli strike was denounced by Egypt.', '2024-06-07', ['ACCUSE 111 occurred EGY->ISR']],
    // ... and with no owner named, at no one
    ['The offer was rejected by Moscow.', '2024-06-07', ['REJECT 120 occurred RUSGOV->-']],
    // a participle that opens the sentence is of the subject after its comma
    ['Accusing Washington of hypocrisy, Beijing said the sanctions would fail.', '2024-06-07', ['ACCUSE 112 occurred CHNGOV->USAGOV']],
    ['Rejecting the U.S. proposal, Iran said it would continue enrichment.', '2024-06-07', ['REJECT 120 occurred IRN->USA']],
    // ... not a gerund that is the subject itself
    ['Attacking Iran would be a mistake, Biden said.', '2024-06-07', []],
    // telling or wanting a party named right after the verb to act is asking it to
    ['China told the United States to stop meddling in its affairs.', '2024-06-07', ['REQUEST 020 requested CHN->USA']],
    ['The IMF wants Brazil to cut spending.', '2024-06-07', ['REQUEST 020 requested IGOIMF->BRA']],
    // ... not told to reporters or one's own people, nor a want of one's own
    ['The minister told reporters the talks were due to resume.', '2024-06-07', []],
    ['On Friday, Beijing told Chinese citizens to avoid travelling to Japan.', '2024-06-07', []],
    ['Brazil wants to resume interest payments as soon as possible.', '2024-06-07', []],
    // a name for a person that is nothing but an insult brands the one named before it, past a long name and title
    ['North Korea called South Korean President Yoon Suk Yeol a traitor.', '2024-06-07', ['ACCUSE 111 occurred PRK->KORGOV']],
    ['Venezuela\'s president called Argentina\'s leader a fascist.', '2024-06-07', ['ACCUSE 111 occurred VENGOV->ARGGOV']],
    // ... not a call for something else
    ['He called on the government to hold a referendum on a new dictator law.', '2024-06-07', []],
    // a word act said again or put out has the subject of the verb that says it again
    ['Russia renewed its accusations against Ukraine on Monday.', '2024-06-07', ['ACCUSE 112 occurred RUS->UKR']],
    ['China issued a warning to Japan.', '2024-06-07', ['THREATEN 130 occurred CHN->JPN']],
    // ... not an act a vetoed draft would have renewed
    ['Russia on Wednesday vetoed a U.N. Security Council draft resolution to renew sanctions on Mali.', '2024-06-07', ['REJECT 129 occurred RUS->IGOUN']],
    // outrage or anger voiced at an act condemns its doer
    ['Egypt voiced outrage at the Israeli raid.', '2024-06-07', ['ACCUSE 111 occurred EGY->ISR']],
    // ... not anger at no party
    ['Investors voiced anger over the company\'s losses.', '2024-06-07', []],
    // a thing sought from a party named, past a longer object that opens with an article
    ['India sought the extradition of the businessman from Britain.', '2024-06-07', ['REQUEST 020 requested IND->GBR']],
    // ... not an attempt ("seeking to stop X from")
    ['Japan is seeking to exclude foreign firms from the project.', '2024-06-07', []],
    // a charge of a party named that is denied or rejected was made: the party's accusation of the one denying it
    ['China denied Japan\'s accusations.', '2024-06-07', ['REJECT 120 occurred CHN->JPN', 'ACCUSE 112 occurred JPN->CHN']],
    ['China denied the U.S. charges.', '2024-06-07', ['REJECT 120 occurred CHN->USA', 'ACCUSE 112 occurred USA->CHN']],
    // ... with no one named, none
    ['The minister denied the charges against him.', '2024-06-07', []],
  ]);
});
