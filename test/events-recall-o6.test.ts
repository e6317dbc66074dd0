import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round o6', () => {
  eventRows([
    // one who attends a meeting of a body of states takes part in it, with the body, as one who addresses it does; a participle set
    // off after the subject is the subject's
    ['Japanese Finance Minister Kiichi Miyazawa attended a meeting of the Group of Seven in Washington.', '1987-04-10', ['CONSULT 040 occurred JPNGOV->IGOG7']],
    ['Japan will not attend the next meeting of the Group of Seven, officials said.', '1987-04-10', ['CONSULT 040 negated JPN->IGOG7']],
    ['Bank of Japan Governor Satoshi Sumita, attending an annual meeting of the Asian Development Bank, said the yen would stay stable.', '1987-04-27', ['CONSULT 040 occurred JPNGOV->IGOADB']],
    // (a meeting of no body of states is none, attended or not)
    ['About 300 shareholders attended a meeting of the company in Dallas.', '1987-04-10', []],
    // a body of states named before a noun of meeting as its modifier ('the IADB meeting', 'the IMF's Interim Committee meeting',
    // 'last December's OPEC meeting') makes it the body's meeting, as 'a meeting of' the body does: the body's own, or, framed by one
    // who addresses or attends it, that one's with the body
    ['Treasury Secretary James Baker told the IADB meeting that banks must lend more.', '1987-03-23', ['CONSULT 040 occurred USAGOV->IGOIADB']],
    ['South Korean Finance Minister Chung In-yong will attend the International Monetary Fund\'s Interim Committee meeting.', '1987-03-31', ['CONSULT 040 intended KORGOV->IGOIMF']],
    ['West German Economics Minister Martin Bangemann is attending a GATT ministerial meeting in New Zealand.', '1987-03-23', ['CONSULT 040 occurred DEUGOV->IGOGATT']],
    ['Oil prices recovered after last December\'s OPEC meeting, traders said.', '1987-03-02', ['CONSULT 040 occurred IGOOPEC->-']],
    // (a body that is the subject of the verb 'meet' holds no meeting; a company's meeting is none)
    ['OPEC is meeting this demand through current production, he said.', '1987-03-02', []],
    ['The shareholders attended the company\'s annual meeting in Dallas.', '1987-03-02', []],
    // people named by their noun after the body they are of ('an IMF delegation', 'the World Bank team') are the antecedent of a
    // relative clause, as the body would be
    ['An IMF delegation, which visited Israel this week, issued an interim report on wages.', '1987-03-11', ['CONSULT 042 occurred IGOIMF->ISR']],
    // (a thing the body is named with is no antecedent that acts)
    ['The OPEC accord, which called for output cuts, was signed in December.', '1987-03-11', []],
    // protecting another state's ships is escorting them (AID 074); a pledge or readiness to do it is an intent to give military aid;
    // one's own ships are no aid
    ['President Reagan has pledged to protect Kuwaiti tankers from possible Iranian attack.', '1987-06-01', ['AGREE 033 occurred USAGOV->KWT']],
    ['U.S. warships protected a Kuwaiti ship on its way to Bahrain, the Pentagon said.', '1987-06-02', ['AID 074 occurred USAMIL->KWT']],
    ['U.S. forces in the Gulf are under orders to protect only American flag vessels.', '1987-06-02', []],
    // the place named right before a visit's noun ('a Moscow visit') is where the one named after its 'by' goes, past words of time
    // and the noun's own modifiers before the place ('scheduled' tells it to come: recall-t6)
    ['Petrovsky spoke only a week before a scheduled Moscow visit by U.S. Secretary of State George Shultz.', '1987-04-08', ['CONSULT 042 intended USAGOV->SUN']],
    ['A Paris visit last month by Japanese Foreign Minister Tadashi Kuranari was a success.', '1987-04-08', ['CONSULT 042 occurred JPNGOV->FRA']],
    // (a person named before a noun is no place: 'a certain Reagan veto' stays Reagan's)
    ['Democrats can not override a certain Reagan veto.', '1987-04-08', ['REJECT 129 occurred USAGOV->-']],
  ]);
});
