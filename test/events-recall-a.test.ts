/**
 * Event coding, recall rules found on the development sets heldout14 and heldout19: table rows of
 * whole-extract sentences (written for this file) and the events they must give.
 */
import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('[events] nominal acts framed by verbs of ending (whole extract)', () => {
  eventRows([
    // a visit cut short or concluded took place
    ['West German Chancellor Helmut Kohl cut short a visit to Japan on Tuesday after the crash.', '1987-05-06', ['CONSULT 042 occurred DEUGOV->JPN']],
    ['Indian Prime Minister Narendra Modi concluded a two-day visit to Austria on Wednesday.', '2024-07-10', ['CONSULT 042 occurred INDGOV->AUT']],
    ['Australia and New Zealand kicked off talks on a defence pact on Monday.', '2024-06-03', ['CONSULT 040 occurred AUS->NZL', 'CONSULT 040 occurred NZL->AUS']],
  ]);
});

describe('[events] judgments condemned or welcomed are the court\'s acts (whole extract)', () => {
  eventRows([
    // "the verdict", "the sentence": the court that passed it is the one condemned or praised
    ['A Moscow court sentenced U.S. journalist Evan Gershkovich to 16 years in prison on Friday. The White House condemned the verdict.', '2024-07-19',
      ['COERCE 173 occurred RUSJUD->USAMED', 'ACCUSE 111 occurred USAGOV->RUSJUD']],
    ['A Tehran court sentenced a French teacher to eight years in prison on Monday. Paris called the sentence a sham.', '2024-06-03',
      ['COERCE 173 occurred IRNJUD->FRA', 'ACCUSE 111 occurred FRAGOV->IRNJUD']],
  ]);
});

describe('[events] an embassy is its government (whole extract)', () => {
  eventRows([
    // speaking for its government, as a foreign ministry does
    ['Police in Minsk detained two opposition activists on Tuesday. The U.S. embassy in Minsk condemned the arrests.', '2024-06-07',
      ['COERCE 173 occurred BLRCOP->BLROPP', 'ACCUSE 111 occurred USAGOV->BLRCOP']],
  ]);
});

describe('[events] forces deployed that are not called troops (whole extract)', () => {
  eventRows([
    // militiamen, marines, paratroopers, commandos are sent as troops are
    ['Nicaraguan President Daniel Ortega ordered the deployment of militiamen along the border with Honduras on Sunday.', '1988-03-20', ['MOBILIZE 154 occurred NICGOV->HND']],
    ['Britain sent marines to the Falklands on Monday.', '1988-03-20', ['MOBILIZE 154 occurred GBR->-']],
  ]);
});

describe('[events] an act told by a gerund after "after" is the speaker\'s or the main subject\'s (whole extract)', () => {
  eventRows([
    // right after the verb of speech and its time: no reported clause opens there
    ['French President Emmanuel Macron said on Friday after meeting Chinese President Xi Jinping that trade had been discussed.', '2024-04-12', ['CONSULT 040 occurred FRAGOV->CHNGOV']],
    // a sentence opening with the subordinator: the subject after the comma
    ['After meeting Chinese President Xi Jinping in Beijing, French President Emmanuel Macron told reporters that trade was discussed.', '2024-04-12', ['CONSULT 040 occurred FRAGOV->CHNGOV']],
  ]);
});

describe('[events] an answer told by `by` and a gerund, with words of time before `by` (whole extract)', () => {
  eventRows([
    ['Kuwait responded on Tuesday by expelling two Iraqi diplomats.', '1990-07-24', ['SANCTION 161 occurred KWT->IRQGOV']],
    ['China retaliated within hours by imposing tariffs on U.S. goods.', '2019-05-13', ['SANCTION 163 occurred CHN->USA']],
  ]);
});

describe('[events] an envoy called in is summoned; a high commissioner is a diplomat (whole extract)', () => {
  eventRows([
    ['Islamabad called in the Afghan envoy on Tuesday to protest against cross-border firing.', '2024-03-19', ['ACCUSE 114 occurred PAKGOV->AFGGOV']],
    ['India summoned the Canadian high commissioner on Monday.', '2024-10-14', ['ACCUSE 114 occurred IND->CANGOV']],
  ]);
});

describe('[events] a court that orders someone held or remands him in custody detains him (whole extract)', () => {
  eventRows([
    ['A Moscow court ordered the U.S. journalist held in custody for two more months on Tuesday.', '2023-11-22', ['COERCE 173 occurred RUSJUD->USAMED']],
    ['A Hong Kong court remanded the activists in custody on Monday.', '2023-11-22', ['COERCE 173 occurred HKGJUD->HKG']],
  ]);
});

describe('[events] police named bare right after a verb of speech are the dispatch country\'s (whole extract)', () => {
  eventRows([
    ['LA PAZ, Sept 20 - The interior minister said police had arrested 140 union leaders overnight.', '1985-09-20', ['COERCE 173 occurred BOLCOP->BOL']],
  ]);
});

describe('[events] a warning that an act would bring consequences is a threat to the one warned (whole extract)', () => {
  eventRows([
    ['British Foreign Secretary David Cameron warned Tehran on Monday that any new provocation in the Gulf would have serious consequences.', '2024-01-15', ['THREATEN 130 occurred GBRGOV->IRNGOV']],
  ]);
});

describe('[events] a country name used as a demonym before an act\'s noun, past words of description (whole extract)', () => {
  eventRows([
    ['Cuba said U.S. economic sanctions against Havana had cost it billions.', '2019-10-12', ['SANCTION 163 occurred USA->CUBGOV']],
  ]);
});

describe('[events] a causative verb\'s object does the infinitive\'s act, past its article or possessor (whole extract)', () => {
  eventRows([
    ["Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday, prompting the Republican People's Party to call the detention a coup.", '2025-03-19',
      ['COERCE 173 occurred TURCOP->TURGOV', 'ACCUSE 111 occurred TUROPP->TURCOP']],
  ]);
});

describe('[events] a demand that goes with a protest, past an apposition (whole extract)', () => {
  eventRows([
    ['Thousands of Serbs marched in Belgrade on Saturday behind a popular actor, the writer Dragan Bjelogrlic, demanding the resignation of Prime Minister Milos Vucevic.', '2025-01-26',
      ['PROTEST 141 occurred SRB->SRBGOV', 'REQUEST 1041 requested SRB->SRBGOV']],
  ]);
});

describe('[events] a draft law withdrawn, named in quotes (whole extract)', () => {
  eventRows([
    ["Kyrgyzstan's parliament withdrew a draft 'false information' law on Tuesday.", '2021-06-15', ['CONCEDE 0832 occurred KGZLEG->KGZ']],
  ]);
});

describe('[events] a time adverbial before the closing `to` of a pattern (whole extract)', () => {
  eventRows([
    ["ECOWAS leaders gave Mali's junta two weeks on Thursday to name a civilian prime minister.", '2020-09-17', ['THREATEN 130 occurred IGOECOWAS->MLIGOV', 'REQUEST 100 requested IGOECOWAS->MLIGOV']],
  ]);
});

describe('[events] the subject of a `whose` clause is the body of the party before it (whole extract)', () => {
  eventRows([
    ['Honduras cut ties with Taiwan, whose foreign ministry accused Beijing of dollar diplomacy.', '2023-03-26',
      ['SANCTION 161 occurred HND->TWN', 'ACCUSE 112 occurred TWNGOV->CHNGOV']],
  ]);
});

describe('[events] forces reduced draw back; "his army" is the army of the leader named before (whole extract)', () => {
  eventRows([
    ['Pakistan will reduce its troops along the border with India.', '2019-03-10', ['RETREAT 087 intended PAK->-']],
    ['Armenian Prime Minister Nikol Pashinyan said his army had begun reducing its presence near the border.', '2021-05-20', ['RETREAT 087 occurred ARMMIL->-']],
  ]);
});

describe('[events] a clash with a crowd or armed group no country is named for is at home (whole extract)', () => {
  eventRows([
    // police against their own people is violent repression (175); troops against rebels an attack on the country's rebels
    ['Uzbek police clashed with crowds protesting against constitutional changes on Saturday.', '2022-07-03', ['COERCE 175 occurred UZBCOP->UZB', 'PROTEST 141 occurred UZB->-']],
    ['Sudanese troops clashed with rebels near Juba on Monday.', '1987-06-01', ['ASSAULT 190 occurred SDNMIL->SDNREB']],
  ]);
});

describe('[events] a crowd described by a protest gerund protests (whole extract)', () => {
  eventRows([
    ['South African police fired rubber bullets at students protesting against tuition fees in Johannesburg on Thursday.', '2016-10-20', ['PROTEST 141 occurred ZAF->-', 'COERCE 175 occurred ZAFCOP->ZAF']],
  ]);
});

describe('[events] a plural demonym the tagger read as an uncoded body is its country\'s people (whole extract)', () => {
  eventRows([
    ['Moscow expelled 25 Britons.', '1985-09-14', ['COERCE 174 occurred SUNGOV->GBR']],
    ['The Soviets rejected the U.S. offer on Thursday.', '1987-03-19', ['REJECT 120 occurred SUN->USA', 'AGREE 030 occurred USA->SUN']],
  ]);
});

describe('[events] "the ruling" is a court\'s act, "the ruling party" is not (whole extract)', () => {
  eventRows([
    ['A Moscow court sentenced U.S. journalist Evan Gershkovich to 16 years in prison on Friday. The U.S. embassy in Moscow condemned the ruling.', '2024-07-19',
      ['COERCE 173 occurred RUSJUD->USAMED', 'ACCUSE 111 occurred USAGOV->RUSJUD']],
  ]);
});

describe('[events] a pledge told by a gerund after an agreement signed is the signers\' (whole extract)', () => {
  eventRows([
    ['Egypt and Sudan signed an accord pledging to cooperate on Nile water on Sunday.', '2021-03-07',
      ['SUPPORT 057 occurred EGY->SDN', 'SUPPORT 057 occurred SDN->EGY', 'AGREE 030 occurred EGY->SDN', 'AGREE 030 occurred SDN->EGY']],
  ]);
});

describe('[events] a threat answering a hostile act with no one named is aimed at the country behind it, not its unit (whole extract)', () => {
  eventRows([
    ['A U.S. Navy frigate attacked two Iranian patrol boats on Monday. Iran vowed to retaliate.', '1988-07-04',
      ['ASSAULT 190 occurred USAMIL->IRN', 'THREATEN 138 occurred IRN->USA']],
    // an armed group keeps its own code
    ['Israeli jets struck Hamas positions in Gaza overnight, and Hamas vowed to retaliate.', '2023-05-10',
      ['ASSAULT 190 occurred ISRMIL->PSEREB', 'THREATEN 138 occurred PSEREB->ISR']],
    ['Chinese coast guard ships rammed a Philippine supply boat on Sunday, and Manila vowed to respond.', '2024-03-05',
      ['ASSAULT 190 occurred CHNCOP->PHL', 'THREATEN 138 occurred PHLGOV->CHN']],
    ['Houthi rebels attacked a Saudi oil terminal on Sunday, and Riyadh vowed to respond.', '2022-03-21',
      ['ASSAULT 190 occurred YEMREB->SAU', 'THREATEN 138 occurred SAUGOV->YEMREB']],
  ]);
});

describe('[events] a rejection of calls or pressure answers the side that made them, at home too (whole extract)', () => {
  eventRows([
    ['BISHKEK, March 3 - Thousands of opposition supporters rallied in Bishkek on Sunday demanding the resignation of President Askar Akayev. Akayev has rejected calls to step down.', '2005-03-03',
      ['PROTEST 141 occurred KGZ->KGZGOV', 'REQUEST 1041 requested KGZ->KGZGOV', 'REJECT 120 occurred KGZGOV->KGZ']],
    ['The European Union imposed an arms embargo on Belarus on Monday. Belarusian President Alexander Lukashenko said Minsk would not bow to the pressure.', '2011-06-20',
      ['SANCTION 163 occurred IGOEU->BLR', 'REJECT 124 occurred BLRGOV->IGOEU']],
    // a refusal of nothing told before stays with no one named
    ['Lukashenko said Minsk would not bow to pressure.', '2011-06-20', ['REJECT 124 occurred BLRGOV->-']],
  ]);
});

describe('[events] a day or month before a title is no body the office belongs to (whole extract)', () => {
  eventRows([
    ['JAKARTA, Oct 4 - On Friday President Suharto criticised Australia.', '1996-10-04', ['ACCUSE 111 occurred IDNGOV->AUS']],
    ['HANOI, Oct 3 - On Tuesday President Tran Duc Luong received the visiting Laotian prime minister at the presidential palace.', '1996-10-04',
      ['CONSULT 043 occurred VNMGOV->LAOGOV']],
    ['SEOUL, March 3 - In February Foreign Minister Choi Kwang-soo accused Pyongyang of sabotaging the talks.', '1987-03-03', ['ACCUSE 112 occurred KORGOV->PRKGOV']],
  ]);
});

describe('[events] a union\'s officials are people of the country, not its government (whole extract)', () => {
  eventRows([
    ['SEOUL, Nov 12 - Police said they had detained about 30 union officials in Ulsan overnight.', '1988-11-12', ['COERCE 173 occurred KORCOP->KOR']],
    // officials with no union stay the government's
    ['SEOUL, Nov 12 - North Korea detained two South Korean officials near the border on Saturday.', '1988-11-12', ['COERCE 173 occurred PRK->KORGOV']],
  ]);
});

describe('[events] a passive host or arrest keeps its by-agent past an adjunct of place, not past a clause of its own (whole extract)', () => {
  eventRows([
    ['ACCRA, May 3 - Nigerian President Olusegun Obasanjo was received at the presidential palace by Ghanaian President John Kufuor.', '2001-05-03',
      ['CONSULT 043 occurred GHAGOV->NGAGOV']],
    ['HAVANA, Jan 5 - Venezuelan President Hugo Chavez was greeted at the airport by President Fidel Castro on Wednesday.', '2000-01-05',
      ['CONSULT 043 occurred CUBGOV->VENGOV']],
    ['Nor had any official of the party been charged with corruption while employed by the Chinese government.', '1992-11-02', []],
  ]);
});

describe('[events] remarks criticised or rejected are their speaker\'s (whole extract)', () => {
  eventRows([
    ['Argentine President Javier Milei addressed a rally in Madrid on Sunday, saying the wife of the Spanish prime minister was corrupt. Spanish Foreign Minister Jose Manuel Albares condemned the remarks on Monday.', '2024-05-20',
      ['ACCUSE 111 occurred ESPGOV->ARGGOV']],
    ['Turkish President Tayyip Erdogan said on Tuesday that Sweden should not expect support for its NATO bid. Swedish Prime Minister Ulf Kristersson rejected the remarks.', '2023-01-24',
      ['REJECT 120 occurred SWEGOV->TURGOV']],
    // a speaker of one's own side is no target
    ['Swedish Foreign Minister Tobias Billstrom said on Tuesday that the talks were hard. Prime Minister Ulf Kristersson rejected the remarks.', '2023-01-24',
      ['REJECT 120 occurred SWEGOV->-']],
  ]);
});

describe('[events] a complaint or protest lodged against a side is a diplomatic protest to it (whole extract)', () => {
  eventRows([
    ['Iraq said on Tuesday it would lodge a complaint against Iran at the United Nations Security Council.', '1984-03-06', ['ACCUSE 114 intended IRQ->IRN']],
    ['China lodged a strong protest against the U.S. decision on Monday.', '1995-05-22', ['ACCUSE 114 occurred CHN->USA']],
  ]);
});

describe('[events] police, troops or rebels placed by a phrase of place are the dispatch country\'s force (whole extract)', () => {
  eventRows([
    ['KAMPALA, Feb 3 - Rebels in the north accused the government of killing civilians on Monday.', '1987-02-03', ['ACCUSE 112 occurred UGAREB->UGAGOV']],
    ['COLOMBO, June 9 - Police in the east arrested 40 people overnight.', '1985-06-09', ['COERCE 173 occurred LKACOP->LKA']],
    // a force placed in a country is that country's
    ['KAMPALA, Feb 3 - Rebels in Sudan accused the government of killing civilians.', '1987-02-03', ['ACCUSE 112 occurred SDNREB->SDNGOV']],
  ]);
});

describe('[events] a country\'s intelligence services passing information to another side cooperate with it (whole extract)', () => {
  eventRows([
    ['French police arrested three suspects in Marseille on Friday after Algeria\'s intelligence services passed information on the cell to Paris.', '2016-04-08',
      ['COERCE 173 occurred FRACOP->FRA', 'COOPERATE 064 occurred DZA->FRAGOV']],
    ['Jordan gave intelligence to Israel about the attack.', '2024-04-15', ['COOPERATE 064 occurred JOR->ISR']],
    // a possessive before a thing is no actor; information given by a company is no state's intelligence
    ['Russia massed troops near Ukraine\'s borders on Monday.', '2022-01-17', ['MOBILIZE 154 occurred RUS->UKR']],
    ['The bank agreed to exchange information on customers, he said.', '1987-03-19', []],
  ]);
});

describe('[events] a country before an attribution tail is no member of the speakers\' group (whole extract)', () => {
  eventRows([
    ['Russia and Ukraine swapped 90 prisoners each on Friday in a deal brokered by Turkey, U.S. officials said.', '2024-06-28',
      ['RETREAT 0841 occurred RUS->UKR', 'RETREAT 0841 occurred UKR->RUS', 'CONSULT 045 occurred TUR->RUS', 'CONSULT 045 occurred TUR->UKR']],
    // a list of countries before their group is one group
    ['Russia, China and Iran navies held drills in the Gulf of Oman on Monday.', '2024-03-11',
      ['COOPERATE 062 occurred RUSMIL->CHNMIL', 'COOPERATE 062 occurred RUSMIL->IRNMIL', 'COOPERATE 062 occurred CHNMIL->RUSMIL', 'COOPERATE 062 occurred CHNMIL->IRNMIL', 'COOPERATE 062 occurred IRNMIL->RUSMIL', 'COOPERATE 062 occurred IRNMIL->CHNMIL']],
  ]);
});

describe('[events] a theatre or high command is its country\'s military (whole extract)', () => {
  eventRows([
    ['Japanese and American warships held joint drills in the East China Sea on Monday. China\'s Eastern Theater Command accused Tokyo of provocation.', '2024-06-10',
      ['COOPERATE 062 occurred JPNMIL->USAMIL', 'COOPERATE 062 occurred USAMIL->JPNMIL', 'ACCUSE 112 occurred CHNMIL->JPNGOV']],
    ['BAGHDAD, Jan 3 - The Iraqi High Command said its warplanes had struck Iranian positions near Basra.', '1987-01-03', ['ASSAULT 190 occurred IRQMIL->IRNMIL']],
  ]);
});

describe('[events] a country\'s administration or regime, with a body of its own named before the head, is its government (whole extract)', () => {
  eventRows([
    ['Afghanistan\'s Taliban administration barred women from working for aid groups on Saturday, drawing condemnation from the European Union.', '2022-12-24',
      ['ACCUSE 111 occurred IGOEU->AFGGOV']],
    ['Nicaragua\'s Sandinista government expelled two U.S. diplomats on Monday.', '1988-07-11', ['SANCTION 161 occurred NICGOV->USAGOV']],
    ['The U.S. administration imposed tariffs on Japanese television sets on Friday.', '1987-04-17', ['SANCTION 163 occurred USAGOV->JPN']],
  ]);
});

describe('[events] an office in apposition before a name set off by commas is the person\'s (whole extract)', () => {
  eventRows([
    ['The U.S. deputy ambassador, Linda Thomas, accused Russia of blocking aid to Syria.', '2020-07-10', ['ACCUSE 112 occurred USAGOV->RUS']],
    ['WASHINGTON, Feb 2 - A senior State Department official, John Kirby, accused Iran of lying.', '2024-02-02', ['ACCUSE 112 occurred USAGOV->IRN']],
    // a relative's or a lawyer's name in apposition gives no office
    ['His lawyer, John Smith, accused Iran of lying.', '2024-02-02', []],
  ]);
});

describe('[events] the armed men of a movement out of power are its country\'s rebels (whole extract)', () => {
  eventRows([
    ['JOHANNESBURG, Aug 3 - African National Congress guerrillas attacked a police station near Durban on Monday.', '1986-08-04', ['ASSAULT 190 occurred ZAFREB->ZAFCOP']],
    ['South African commandos raided African National Congress guerrilla bases in Botswana on Monday.', '1986-05-19', ['ASSAULT 190 occurred ZAFMIL->ZAFREB']],
    // a state's own fighters keep their code
    ['KABUL, Jan 3 - Taliban fighters detained two journalists in Kabul on Monday.', '2022-01-03', ['COERCE 173 occurred AFGGOV->AFGMED']],
  ]);
});

describe('[events] a country that backs a party, told by a hyphened participle, is not the party (whole extract)', () => {
  eventRows([
    ['Colombian President Gustavo Petro agreed on Monday to resume talks with the Cuba-backed ELN rebels.', '2022-10-03', ['AGREE 036 occurred COLGOV->COLREB']],
    ['Saudi Arabia said it would hold talks with the Iran-aligned Houthis.', '2022-10-03', ['CONSULT 040 intended SAU->YEMREB']],
    // a flag or an owner is the target's country
    ['Iraqi jets struck a U.S.-flagged tanker in the Gulf.', '1987-10-16', ['ASSAULT 190 occurred IRQMIL->USA']],
  ]);
});

describe('[events] a government urging the unions addresses its own country\'s people (whole extract)', () => {
  eventRows([
    ['SEOUL, July 3 - The government urged the unions on Monday to call off the strike.', '2023-07-03', ['REQUEST 020 requested KORGOV->KOR']],
    ['PARIS, March 7 - Prime Minister Elisabeth Borne urged the trade unions to return to talks.', '2023-03-07', ['REQUEST 020 requested FRAGOV->FRA']],
  ]);
});

describe('[events] a riot at police property is against the police, also with a place of their own country after it (whole extract)', () => {
  eventRows([
    ['DURBAN, Sept 2 - Youths stoned police vehicles in townships outside Durban on Sunday.', '1985-09-02', ['PROTEST 145 occurred ZAF->ZAFCOP']],
    // a foreign party after it stays the target
    ['JOHANNESBURG, July 22 - Youths stoned police vehicles outside the U.S. embassy.', '1985-07-22', ['PROTEST 145 occurred ZAF->USAGOV']],
  ]);
});

describe('[events] a refusal of what is asked of the refuser right after it answers the one who asked (whole extract)', () => {
  eventRows([
    ['Iran refused on Monday to withdraw its troops from the border area, as Iraq had demanded.', '1986-10-13',
      ['REJECT 120 occurred IRN->IRQ', 'REQUEST 100 requested IRQ->IRN']],
    // a refusal alone has no one to answer
    ['Iran refused on Monday to withdraw its troops from the border area.', '1986-10-13', ['REJECT 120 occurred IRN->-']],
  ]);
});

describe('[events] a force readied faces the force shown or used before it, not words said in between (whole extract)', () => {
  eventRows([
    ['TBILISI, May 10 - Russia has massed troops near its border with Georgia, days after Russian President Vladimir Putin accused Georgia of provocations. Georgia has put its forces on alert, officials said.', '2008-05-10',
      ['MOBILIZE 154 occurred RUS->GEO', 'ACCUSE 112 occurred RUSGOV->GEO', 'MOBILIZE 152 occurred GEO->RUS']],
  ]);
});

describe('[events] an offer of aid with no one named goes where the aid told just before went (whole extract)', () => {
  eventRows([
    ['Turkey and Greece flew rescue teams to Morocco on Saturday. Spain offered to send help.', '2023-09-09',
      ['AID 073 occurred TUR->MAR', 'AID 073 occurred GRC->MAR', 'AGREE 033 occurred ESP->MAR']],
    ['Spain offered to send help.', '2023-09-09', ['AGREE 033 occurred ESP->-']],
  ]);
});

describe('[events] a threat conditional on "the country\'s" rulers is aimed at the rulers of the country named before (whole extract)', () => {
  eventRows([
    ['The African Union suspended Mali on Friday and threatened to impose sanctions if the country\'s military rulers did not hold elections within a year.', '2020-08-21',
      ['THREATEN 131 occurred IGOAU->MLIGOV', 'SANCTION 163 hypothetical IGOAU->MLIGOV']],
    ['ABUJA, July 30 - ECOWAS imposed sanctions on Niger on Sunday and threatened to use force if the country\'s new military rulers did not restore President Mohamed Bazoum.', '2023-07-30',
      ['SANCTION 163 occurred IGOECOWAS->NER', 'THREATEN 138 occurred IGOECOWAS->NERGOV', 'ASSAULT 190 hypothetical IGOECOWAS->NERGOV']],
  ]);
});

describe('[events] a threat to use force is a threat of force and, beside it, the force as possible (whole extract)', () => {
  eventRows([
    ['China threatened on Monday to use force against Taiwan.', '2005-03-14', ['THREATEN 138 occurred CHN->TWN', 'ASSAULT 190 hypothetical CHN->TWN']],
    // (so is an attack threatened in so many words: the README's announced attacks, settled in session 25)
    ['China threatened on Monday to attack Taiwan.', '2005-03-14', ['THREATEN 138 occurred CHN->TWN', 'ASSAULT 190 hypothetical CHN->TWN']],
  ]);
});
