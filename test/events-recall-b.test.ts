/**
 * Event coding, recall rules found on the development sets heldout4, heldout5 and heldout9: table rows of
 * whole-extract sentences (written for this file) and the events they must give.
 */
import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('[events] a general strike against someone, told by its noun (whole extract)', () => {
  eventRows([
    // the strike is the people's of the dispatch's country, against the one named
    ['SANTIAGO, May 5 - A two-day general strike against the government ended on Thursday with scattered clashes.', '1988-05-05', ['PROTEST 143 occurred CHL->CHLGOV']],
    ['LA PAZ, May 5 - Police detained 40 union leaders as a general strike against the government entered its second day.', '1988-05-05',
      ['COERCE 173 occurred BOLCOP->BOL', 'PROTEST 143 occurred BOL->BOLGOV']],
    // a general strike proposed or voted down is no strike
    ['MADRID, May 5 - The union voted against a general strike next month.', '1988-05-05', []],
  ]);
});

describe('[events] an accusation told by a gerund after a protest is the protesters\' (whole extract)', () => {
  eventRows([
    // as a demand told the same way is ("marched ..., demanding ...")
    ['Thousands of protesters marched through Belgrade on Saturday, accusing the government of corruption.', '2024-05-04',
      ['PROTEST 141 occurred SRB->SRBGOV', 'ACCUSE 112 occurred SRB->SRBGOV']],
    ['Tens of thousands of people rallied in Tbilisi on Sunday against Prime Minister Irakli Kobakhidze, accusing his government of rigging the election.', '2024-12-01',
      ['PROTEST 141 occurred GEO->GEOGOV', 'ACCUSE 112 occurred GEO->GEOGOV']],
  ]);
});

describe('[events] trade penalties named by their kind are sanctions (whole extract)', () => {
  eventRows([
    // anti-dumping or countervailing deposits and levies, punitive or retaliatory measures imposed on a country's goods
    ['India imposed anti-dumping levies of up to 30 percent on Chinese steel on Monday.', '2024-05-06', ['SANCTION 163 occurred IND->CHN']],
    ['The European Union imposed countervailing deposits on Chinese electric cars on Thursday.', '2024-07-04', ['SANCTION 163 occurred IGOEU->CHN']],
  ]);
});

describe('[events] a rescue, relief, medical or emergency response team sent abroad is humanitarian aid (whole extract)', () => {
  eventRows([
    ['Japan sent a disaster response team to Turkey on Tuesday after the earthquake.', '2023-02-07', ['AID 073 occurred JPN->TUR']],
    ['Israel will send a rescue team to Mexico, the foreign ministry said on Wednesday.', '2017-09-20', ['AID 073 intended ISR->MEX']],
  ]);
});

describe('[events] `it` after a verb of saying in a clause opened by ", and" is that clause\'s subject (whole extract)', () => {
  eventRows([
    ['Israel struck targets in Lebanon on Monday, and Lebanon\'s army said it had shot down two Israeli jets.', '2024-05-06',
      ['ASSAULT 190 occurred ISR->LBN', 'ASSAULT 190 occurred LBNMIL->ISRMIL']],
    // a clause with no subject of its own keeps the sentence's
    ['Britain expelled 25 Soviet diplomats on Friday, and warned Moscow that it would retaliate against any reprisal.', '1985-09-13',
      ['SANCTION 161 occurred GBR->SUNGOV', 'THREATEN 130 occurred GBR->SUNGOV']],
  ]);
});

describe('[events] a participle phrase with its agent between subject and verb is read past (whole extract)', () => {
  eventRows([
    // "escorted by fighters": the planes still act; a group head right before the verb is no subject of its own here
    ['Turkish air force planes escorted by fighters dropped food and medicine over northern Syria on Thursday.', '2024-05-02', ['AID 073 occurred TURMIL->SYR']],
    ['Iranian gunboats accompanied by helicopters attacked a Kuwaiti tanker in the Gulf on Monday.', '1987-10-19', ['ASSAULT 190 occurred IRNMIL->KWT']],
  ]);
});

describe('[events] an invitation accepted was made, and the visit it is to is planned (whole extract)', () => {
  eventRows([
    ['Japanese Prime Minister Yasuhiro Nakasone accepted an invitation from President Reagan to visit the United States.', '1987-01-10',
      ['AGREE 036 occurred JPNGOV->USAGOV', 'AGREE 036 invited USAGOV->JPNGOV', 'CONSULT 042 intended JPNGOV->USA']],
    ['Kazakh President Kassym-Jomart Tokayev has accepted an invitation from Chinese President Xi Jinping to visit Beijing next month.', '2024-06-10',
      ['AGREE 036 occurred KAZGOV->CHNGOV', 'AGREE 036 invited CHNGOV->KAZGOV', 'CONSULT 042 intended KAZGOV->CHN']],
    // one refused implies neither
    ['Gorbachev did not accept an invitation from Reagan to visit Washington.', '1987-01-10', ['REJECT 120 occurred SUNGOV->USAGOV']],
  ]);
});

describe('[events] "neither X nor Y" denies the act of each (whole extract)', () => {
  eventRows([
    ['Neither Britain nor France has recognised the Palestinian state.', '1988-11-16', ['SUPPORT 054 negated GBR->PSE', 'SUPPORT 054 negated FRA->PSE']],
    ['Neither Japan nor South Korea has imposed sanctions on Russia.', '2022-03-10', ['SANCTION 163 negated JPN->RUS', 'SANCTION 163 negated KOR->RUS']],
  ]);
});

describe('[events] armed men a relative clause hangs on act in it, wherever they stand (whole extract)', () => {
  eventRows([
    ['SAN SALVADOR, Nov 14 - Nicaragua sent arms to guerrillas who attacked army positions on Saturday.', '1989-11-14', ['ASSAULT 190 occurred SLVREB->SLVMIL']],
    ['LIMA, June 2 - The government blamed guerrillas who ambushed an army patrol near Ayacucho on Friday.', '1988-06-04', ['ACCUSE 112 occurred PERGOV->PERREB', 'ASSAULT 190 occurred PERREB->PERMIL']],
  ]);
});

describe('[events] proposals or a concession welcomed are praise of the one who made them (whole extract)', () => {
  eventRows([
    ['Kenyan President William Ruto withdrew a finance bill on Wednesday. Kenyan opposition leader Raila Odinga welcomed the concession.', '2024-06-26',
      ['CONCEDE 0832 occurred KENGOV->KEN', 'SUPPORT 051 occurred KENOPP->KENGOV']],
    ['SEOUL, June 29 - South Korea\'s ruling party on Monday accepted opposition demands for direct presidential elections. Opposition leader Kim Young-sam welcomed the proposals.', '1987-06-29',
      ['CONCEDE 0832 occurred KORGOV->KOROPP', 'REQUEST 100 requested KOROPP->KORGOV', 'SUPPORT 051 occurred KOROPP->KORGOV']],
  ]);
});

describe('[events] militia and reserves mobilised past an amount are a mobilisation (whole extract)', () => {
  eventRows([
    ['Venezuela will mobilise 4 million militiamen, the defence minister said on Monday.', '2025-08-25', ['MOBILIZE 154 intended VEN->-']],
    ['Armenia mobilised several thousand reservists on Sunday.', '2020-09-27', ['MOBILIZE 154 occurred ARM->-']],
  ]);
});

describe('[events] ships a military sends out are a show of naval force (whole extract)', () => {
  eventRows([
    ['The U.S. Navy sent two ships to the Black Sea on Monday.', '2024-05-06', ['MOBILIZE 150 occurred USAMIL->-']],
    // a company's ships are trade
    ['The company dispatched two ships to load grain in Argentina.', '1987-03-10', []],
  ]);
});

describe('[events] a state\'s apology with no party named is one still (whole extract)', () => {
  eventRows([
    ['German President Frank-Walter Steinmeier apologised on Tuesday for German colonial crimes in Tanzania.', '2023-11-01', ['SUPPORT 055 occurred DEUGOV->-']],
    ['Japan apologized to South Korea for its colonial rule.', '1995-08-15', ['SUPPORT 055 occurred JPN->KOR']],
    // a company's apology is none
    ['The airline apologized for the delay.', '2023-11-01', []],
  ]);
});

describe('[events] what an order, decree or licence issued does is its issuer\'s act (whole extract)', () => {
  eventRows([
    ['Washington on Friday issued an order lifting sanctions on Syria.', '2025-05-24', ['RETREAT 085 occurred USAGOV->SYR']],
    ["Burkina Faso's junta issued a decree suspending the activities of political parties.", '2024-05-24', ['COERCE 1722 occurred BFAGOV->BFAOPP']],
  ]);
});

describe('[events] a spokesman for a government or an armed group speaks for it (whole extract)', () => {
  eventRows([
    ['Pakistani jets bombed hideouts in eastern Afghanistan on Tuesday, a spokesman for the Afghan government said on Wednesday, vowing to retaliate.', '2024-12-25',
      ['ASSAULT 195 occurred PAKMIL->AFG', 'THREATEN 138 occurred AFGGOV->PAK']],
    // a firm's spokesman is no state's
    ['A spokesman for the Ecuadorian State Oil Company said companies have until October to sign contracts.', '1987-06-15', []],
  ]);
});

describe('[events] a verdict on an act named again, by a title with its country in the possessive (whole extract)', () => {
  eventRows([
    ["Venezuela expelled Guyana's ambassador on Tuesday, a move that Guyana's President Irfaan Ali called a threat.", '2023-12-06',
      ['SANCTION 161 occurred VEN->GUYGOV', 'ACCUSE 111 occurred GUYGOV->VEN']],
    ["Moscow closed its consulate in Tallinn, a step that Estonia's Foreign Minister Margus Tsahkna condemned.", '2024-03-04',
      ['SANCTION 161 occurred RUSGOV->EST', 'ACCUSE 111 occurred ESTGOV->RUSGOV']],
    // the possessive of a place is not a title's country: no verdict on the closure, whose doer is none
    ["The company shut its plant in Ohio, a move that Ohio's Governor Mike DeWine called a betrayal.", '2024-03-04', []],
  ]);
});

describe('[events] a quote mark inside a trigger\'s words is no break in them (whole extract)', () => {
  eventRows([
    ["The European Union imposed sanctions on Iran on Monday. Iran's foreign ministry called the measures 'illegal'.", '2024-10-14',
      ['SANCTION 163 occurred IGOEU->IRN', 'ACCUSE 111 occurred IRNGOV->IGOEU']],
    ['Washington expelled two Cuban diplomats on Friday. Havana called the expulsions "unjustified".', '1987-05-02',
      ['SANCTION 161 occurred USAGOV->CUBGOV', 'ACCUSE 111 occurred CUBGOV->USAGOV']],
    // a quoted word that is no verdict
    ["The European Union imposed sanctions on Iran on Monday. Iran's foreign ministry called the measures 'expected'.", '2024-10-14',
      ['SANCTION 163 occurred IGOEU->IRN']],
  ]);
});

describe('[events] a word describing an armed group before its name is no object of a relative clause (whole extract)', () => {
  eventRows([
    ['The paramilitary Rapid Support Forces struck a power station in Atbara overnight.', '2024-05-14', ['ASSAULT 190 occurred SDNREB->SDN']],
    ['Shells fired by the separatist Kurdistan Workers Party hit a police station in Turkey on Monday.', '2003-10-09', ['ASSAULT 190 occurred TURREB->TURCOP']],
    // a pact the group struck is a deal
    ['The truce pact the militant Hamas struck with Israel collapsed on Friday.', '2023-12-01', []],
  ]);
});

describe('[events] a time adverbial with its `late` or `early` between a verb and its infinitive (whole extract)', () => {
  eventRows([
    ['Japan and Australia agreed late on Monday to expand defence cooperation.', '2024-09-03', ['AGREE 030 occurred JPN->AUS', 'AGREE 030 occurred AUS->JPN']],
    ['China pledged early this week to send 100 tonnes of food aid to North Korea.', '2024-03-06', ['AGREE 033 occurred CHN->PRK']],
    // `late` as no time: nothing skipped
    ['The minister said the payments were late.', '2024-03-06', []],
  ]);
});

describe('[events] talks an agreement came out of, told with a longer description (whole extract)', () => {
  eventRows([
    ['Egypt and Qatar agreed on Sunday to restore diplomatic ties after two weeks of secret Kuwaiti-mediated talks.', '2021-01-24',
      ['AGREE 030 occurred EGY->QAT', 'AGREE 030 occurred QAT->EGY', 'CONSULT 040 occurred EGY->QAT', 'CONSULT 040 occurred QAT->EGY']],
    // talks of others after the agreement are none of theirs
    ['Egypt and Qatar agreed on Sunday to restore diplomatic ties, before the two leaders travel to Riyadh for talks.', '2021-01-24',
      ['AGREE 030 occurred EGY->QAT', 'AGREE 030 occurred QAT->EGY']],
  ]);
});

describe('[events] a backer named in a word that describes another ("Iran-backed") is no party of its acts (whole extract)', () => {
  eventRows([
    ['A truce between Israel and Iran-backed Hezbollah took effect on Wednesday.', '2024-11-27', ['RETREAT 0871 occurred ISR->LBNREB', 'RETREAT 0871 occurred LBNREB->ISR']],
    ['Saudi jets bombed Iran-aligned Houthi positions near Sanaa on Monday.', '2019-05-13', ['ASSAULT 195 occurred SAUMIL->YEMREB']],
    // a leader's word is the coalition's leader
    ['The Saudi-led coalition bombed Houthi positions near Sanaa on Monday.', '2019-05-13', ['ASSAULT 195 occurred SAU->YEMREB']],
  ]);
});

describe('[events] not to back down, said, is a refusal to yield (whole extract)', () => {
  eventRows([
    ['Prime Minister Justin Trudeau said on Wednesday that Canada would not back down.', '2025-03-12', ['REJECT 124 occurred CAN->-']],
    ['The Chinese government will not back down in the trade dispute, a spokesman said on Monday.', '2024-05-20', ['REJECT 124 occurred CHNGOV->CHN']],
    // backing down is a concession
    ['Canada backed down on its plan to tax U.S. technology firms on Sunday.', '2025-06-30', ['CONCEDE 0832 occurred CAN->USA']],
  ]);
});

describe('[events] an ultimatum whose deadline is followed by the act it asks for (whole extract)', () => {
  // (a deadline with no consequence told is a demand of the act, recall round l; "or face ..." makes it a threat)
  eventRows([
    ['Moscow gave Lithuania two days to revoke its independence laws.', '1990-04-14', ['THREATEN 130 occurred SUNGOV->LTU', 'REQUEST 100 requested SUNGOV->LTU']],
    ['The United States gave Iraq one week to withdraw from Kuwait.', '1990-11-30', ['THREATEN 130 occurred USA->IRQ', 'REQUEST 100 requested USA->IRQ']],
    ['The African Union gave Mali\'s junta three months to hand power back to civilians.', '2021-05-30', ['THREATEN 130 occurred IGOAU->MLIGOV', 'REQUEST 100 requested IGOAU->MLIGOV']],
    // a deadline for people of no side is none
    ['The coach gave the players two days to prepare their defence.', '1990-04-14', []],
  ]);
});

describe('[events] talks told by their length or rounds ("held two rounds of talks") (whole extract)', () => {
  eventRows([
    ['Russia and the United States held two rounds of talks in Riyadh on Tuesday.', '2025-02-18', ['CONSULT 040 occurred RUS->USA', 'CONSULT 040 occurred USA->RUS']],
    ['Pakistan and Afghanistan held more than six hours of talks in Doha on Sunday.', '2025-10-19', ['CONSULT 040 occurred PAK->AFG', 'CONSULT 040 occurred AFG->PAK']],
    // talks of no coded party
    ['The union held two rounds of talks with the company on Tuesday.', '2025-02-18', []],
  ]);
});

describe('[events] a passive with a place before its agent ("was greeted at the airport by") (whole extract)', () => {
  eventRows([
    ['Indian Prime Minister Narendra Modi was received at the airport by Russian President Vladimir Putin on Monday.', '2024-07-08', ['CONSULT 043 occurred RUSGOV->INDGOV']],
    ['Chinese President Xi Jinping arrived in Hanoi for a meeting of the Communist Party leadership and was greeted at the airport by Vietnamese President To Lam.', '2024-07-08',
      ['CONSULT 042 occurred CHNGOV->VNM', 'CONSULT 043 occurred VNMGOV->CHNGOV']],
    // a `by` past another clause is no agent
    ['Nor had any officer been charged with illegal acts while employed by the company.', '1987-03-25', []],
  ]);
});

describe('[events] a participle after a comma has the whole compound subject of its sentence (whole extract)', () => {
  eventRows([
    ['Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Friday, signing a joint declaration.', '2025-07-11',
      ['CONSULT 040 occurred ARMGOV->AZEGOV', 'CONSULT 040 occurred AZEGOV->ARMGOV', 'SUPPORT 057 occurred ARMGOV->AZEGOV', 'SUPPORT 057 occurred AZEGOV->ARMGOV']],
    // one subject alone stays one
    ['Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Abu Dhabi on Friday, signing a joint declaration with him.', '2025-07-11',
      ['CONSULT 040 occurred ARMGOV->AZEGOV', 'SUPPORT 057 occurred ARMGOV->AZEGOV']],
  ]);
});

describe('[events] initialling an agreement is signing it (whole extract)', () => {
  eventRows([
    ['Armenia and Azerbaijan initialled a peace agreement in Washington on Friday.', '2025-08-09', ['SUPPORT 057 occurred ARM->AZE', 'SUPPORT 057 occurred AZE->ARM']],
    ['CHINA, PORTUGAL INITIAL MACAO PACT', '1987-03-26', ['SUPPORT 057 occurred CHN->PRT', 'SUPPORT 057 occurred PRT->CHN']],
    // the adjective is no signing
    ['The initial agreement between the two companies was reached in March.', '1987-03-26', []],
  ]);
});

describe('[events] supplying a side with aircraft or small arms is military aid (whole extract)', () => {
  eventRows([
    ['The Soviet Union has supplied Nicaragua with at least 12 transport helicopters, a U.S. official said on Tuesday.', '1987-06-03', ['AID 072 occurred SUN->NIC']],
    ['Iran supplied Sudan with rifles and artillery last month.', '2024-03-02', ['AID 072 occurred IRN->SDN']],
    // a firm's supply is trade
    ['The company supplied the airline with six helicopters.', '2024-03-02', []],
  ]);
});

describe('[events] a defence force, air force or navy put on alert is a raised alert (whole extract)', () => {
  eventRows([
    ["Guyana's President Irfaan Ali put his country's defence force on high alert along the border with Venezuela.", '2023-12-06', ['MOBILIZE 152 occurred GUYGOV->VEN']],
    ['Japan put its air force on alert on Monday.', '2023-12-06', ['MOBILIZE 152 occurred JPN->-']],
    // a sales force is none
    ['The company put its sales force on alert.', '2023-12-06', []],
  ]);
});

describe('[events] a freeze ordered on a side\'s funds is a sanction (whole extract)', () => {
  eventRows([
    ['President Reagan today ordered a freeze on Panamanian government funds in U.S. banks.', '1988-03-11', ['SANCTION 163 occurred USAGOV->PANGOV']],
    ['Britain announced a freeze on Libyan assets on Monday.', '2011-02-28', ['SANCTION 163 occurred GBR->LBY']],
    // a freeze on no party is none
    ['The ministry ordered a freeze on hiring.', '1988-03-11', []],
  ]);
});

describe('[events] a hostage or prisoner handed over to another side is released to it (whole extract)', () => {
  eventRows([
    ['Syrian officials handed the hostage over to the U.S. ambassador in Damascus on Monday.', '1990-04-23', ['RETREAT 0841 occurred SYRGOV->USAGOV']],
    ['Hamas handed over the Israeli hostage to the Red Cross on Sunday.', '2025-01-19', ['RETREAT 0841 occurred PSEREB->ISR']],
    // papers handed over are none
    ['The company handed them over to its lawyers.', '1990-04-23', []],
  ]);
});

describe('[events] a country\'s opposition named by its head alone is the opposition (whole extract)', () => {
  eventRows([
    ["Panama's opposition began a general strike on Thursday.", '1989-05-11', ['PROTEST 143 occurred PANOPP->-']],
    ["Egypt's opposition charged that the general election was rigged.", '1987-04-07', ['ACCUSE 112 occurred EGYOPP->-']],
    // a stance is no party
    ["China's opposition to the plan was clear, and Beijing accused Washington of meddling on Monday.", '1989-05-11', ['ACCUSE 112 occurred CHNGOV->USAGOV']],
  ]);
});

describe('[events] Eritrea before its independence is Ethiopia, South Sudan before its own Sudan (whole extract)', () => {
  eventRows([
    ['Eritrean rebels attacked a government convoy near Asmara on Sunday.', '1987-11-09', ['ASSAULT 190 occurred ETHREB->ETHMIL']],
    ['South Sudanese rebels attacked an army garrison in Juba on Sunday.', '1990-03-05', ['ASSAULT 190 occurred SDNREB->SDNMIL']],
    // after independence, the country's own
    ['Eritrean troops attacked Ethiopian positions near Badme on Sunday.', '1998-06-07', ['ASSAULT 190 occurred ERIMIL->ETHMIL']],
  ]);
});

describe('[events] an armed group\'s leaders are of the group, not of a government (whole extract)', () => {
  eventRows([
    // (the fighting vowed is told beside the threat, to come)
    ['Afghan guerrilla leaders vowed on Wednesday to fight on.', '1989-02-15', ['THREATEN 138 occurred AFGREB->-', 'ASSAULT 190 intended AFGREB->-']],
    ['Colombian rebel leaders accused the Colombian army of killing civilians on Monday.', '1999-02-15', ['ACCUSE 112 occurred COLREB->COLMIL']],
    // a country's leaders stay its government
    ['Afghan leaders vowed on Wednesday to fight on.', '1989-02-15', ['THREATEN 138 occurred AFGGOV->-', 'ASSAULT 190 intended AFGGOV->-']],
  ]);
});

describe('[events] storming a military base, barracks or outpost is an attack, not a riot (whole extract)', () => {
  eventRows([
    ['Al-Shabaab fighters stormed an army base in southern Somalia on Sunday.', '2025-02-03', ['ASSAULT 190 occurred SOMREB->SOMMIL']],
    ['Taliban fighters stormed a police checkpoint in Helmand province on Friday.', '2018-05-04', ['ASSAULT 190 occurred AFGREB->AFGCOP']],
    // a crowd storming a building riots
    ['Protesters stormed a police station in Karachi on Monday.', '2025-02-03', ['PROTEST 145 occurred PAK->PAKCOP']],
  ]);
});

describe('[events] a mobilisation ordered or declared, and reservists recalled, are a mobilisation (whole extract)', () => {
  eventRows([
    ['Eritrea has ordered a nationwide military mobilisation, the opposition said on Wednesday.', '2025-02-19', ['MOBILIZE 154 occurred ERI->-']],
    ['Armenia declared a general mobilization on Sunday.', '2020-09-27', ['MOBILIZE 154 occurred ARM->-']],
    ['Israel recalled reservists on Saturday.', '2023-10-07', ['MOBILIZE 154 occurred ISR->-']],
    // a union's mobilisation is none
    ['The union ordered a mobilisation of its members.', '2020-09-27', []],
  ]);
});
