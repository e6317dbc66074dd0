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
