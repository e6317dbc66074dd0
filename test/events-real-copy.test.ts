import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

// Rules found on passages of real 1987 wire copy (the reuters development sets); the rows are our own sentences.
describe('events, real wire copy', () => {
  eventRows([
    // a body's short form after a country's possessive and before its members' word is the body ("Turkey's NATO allies")
    ["Greece and Turkey's NATO allies called on both countries to avoid any action that could aggravate the dispute.", '1987-03-27', ['REQUEST 020 requested IGONATO->GRC', 'REQUEST 020 requested IGONATO->TUR']],
    ["Britain's EC partners urged London to drop its veto.", '1987-03-27', ['REQUEST 020 requested IGOEU->GBRGOV']],
    // ... but before another noun it only qualifies the possessor's act
    ["Turkey's parliament approved Sweden's NATO accession on Tuesday.", '2024-01-23', ['CONCEDE 080 occurred TURLEG->SWE']],
    // a war of trade or prices is no force threatened
    ['Treasury Secretary James Baker warned of a world trade war.', '1987-03-03', []],
    ['Iran threatened war against Iraq.', '1987-03-03', ['THREATEN 138 occurred IRN->IRQ']],
    // a heading in capitals: no name runs over its verb
    ['TUNISIA TO BREAK TIES WITH IRAN\nTUNIS, March 26 - The foreign ministry gave no reason for the step in its brief statement on Thursday.', '1987-03-26', ['SANCTION 161 intended TUN->IRN']],
    // an office holder's surname in a heading in capitals is the office holder
    ['SHULTZ TO VISIT MOSCOW IN APRIL\nWASHINGTON, March 2 - The State Department gave no details of the trip or of its programme on Monday.', '1987-03-02', ['CONSULT 042 intended USAGOV->SUN']],
    // an office holder of 1987 abroad keeps his own country, not the dateline's
    ['WASHINGTON, March 11 - Foreign Secretary Joe Clark urged the United States to take firm action on acid rain.', '1987-03-11', ['REQUEST 020 requested CANGOV->USA']],
    ['WASHINGTON, April 2 - Finance Minister Dilson Funaro said he would not seek more money from the International Monetary Fund.', '1987-04-02', ['REQUEST 020 negated BRAGOV->IGOIMF']],
    // the two Yemens before 22 May 1990: South Yemen and Aden are YMD, one Yemen after
    ['South Yemen signed an oil accord with the Soviet Union.', '1987-10-19', ['SUPPORT 057 occurred YMD->SUN']],
    ['A Soviet delegation visited Aden on Monday.', '1987-10-19', ['CONSULT 042 occurred SUNGOV->YMD']],
    ['Saudi jets struck Aden on Monday.', '2015-10-19', ['ASSAULT 190 occurred SAUMIL->YEM']],
    // groups of creditor and debtor states of the archive years are bodies of their own
    ['Mexico signed a rescheduling accord agreed with the Paris Club of creditor nations last year.', '1987-06-18', ['SUPPORT 057 occurred MEX->IGOPARISCLUB']],
    // a heading's act with no recipient is the body's act by the same country told short: one event, the body's actor
    ['IRAQ SAYS IT ATTACKS TWO SHIPS IN GULF\nBAGHDAD, March 18 - Iraq said its warplanes hit two ships off the Iranian coast in attacks last night.', '1987-03-18', ['ASSAULT 190 occurred IRQMIL->IRN']],
    // an office of an opposition movement is of the movement; once it rules, of the government (era)
    ['ANC president Oliver Tambo urged Canada to cut all ties with Pretoria.', '1987-03-23', ['REQUEST 020 requested ZAFOPP->CAN']],
    ['Oliver Tambo, president of the African National Congress, urged Canada to cut all ties with Pretoria.', '1987-03-23', ['REQUEST 020 requested ZAFOPP->CAN']],
    ['ANC president Cyril Ramaphosa urged Britain to cut tariffs.', '2024-03-23', ['REQUEST 020 requested ZAFGOV->GBR']],
    // a text a body adopts or people sign asks what it urges, of the one named, by those who adopted it
    ['WASHINGTON, March 26 - The Senate passed a resolution urging Reagan to impose sanctions on South Africa.', '1987-03-26', ['REQUEST 020 requested USALEG->USAGOV']],
    ['The U.N. Security Council adopted a resolution demanding a ceasefire between Iran and Iraq.', '1987-07-20', ['REQUEST 100 requested IGOUN->IRN', 'REQUEST 100 requested IGOUN->IRQ']],
    // members of a legislature by their country's adjective are its legislature ("British MPs", "U.S. senators")
    ['LONDON, March 26 - British MPs signed a motion urging the government to impose sanctions on Japan.', '1987-03-26', ['REQUEST 020 requested GBRLEG->GBRGOV']],
    // a verb after `and` continues the last act told by a verb, not an act a noun in its object names
    ['The European Community rejected the U.S. demand and threatened retaliation against American farm goods.', '1987-03-02', ['REJECT 120 occurred IGOEU->USA', 'REQUEST 100 requested USA->IGOEU', 'THREATEN 130 occurred IGOEU->USA']],
    ['Kuwait rejected the Iranian charges and accused Tehran of attacking its tankers.', '1987-03-02', ['REJECT 120 occurred KWT->IRN', 'ACCUSE 112 occurred IRN->KWT', 'ACCUSE 112 occurred KWT->IRNGOV']],
    // (not past a clause of its own: the one who "accused" is the `when` clause's subject)
    ['Japan rejected the U.S. demand when Washington raised tariffs and accused Tokyo of dumping.', '1987-03-02', ['REJECT 120 occurred JPN->USA', 'REQUEST 100 requested USA->JPN', 'ACCUSE 112 occurred USA->JPNGOV']],
    // (nor a participle's act in a `with` clause)
    ['Iranian and U.S. delegations held indirect talks in Oman on Saturday, with the Omani foreign minister carrying messages between them, and agreed to meet again next week.', '2025-04-12', ['CONSULT 040 occurred IRNGOV->USAGOV', 'CONSULT 040 occurred USAGOV->IRNGOV', 'CONSULT 045 occurred OMNGOV->IRNGOV', 'CONSULT 045 occurred OMNGOV->USAGOV', 'AGREE 036 occurred IRNGOV->USAGOV', 'AGREE 036 occurred USAGOV->IRNGOV']],
    // (nor an act of a relative clause)
    ['LOME - Togolese President Gnassingbe Eyadema on Friday accused Ghana of harbouring the gunmen who attacked his residence this week and warned that Togo would strike back.', '1986-09-26', ['ACCUSE 112 occurred TGOGOV->GHA', 'THREATEN 138 occurred TGOGOV->-', 'ASSAULT 190 hypothetical TGO->-']],
    // with only an act of a noun or an infinitive before it, the verb after `and` is the sentence's opening party's
    ["India on Thursday called U.S. President Donald Trump's decision to impose an extra tariff on Indian goods unfair, and urged Washington to reconsider.", '2025-08-07', ['SANCTION 163 occurred USAGOV->IND', 'REQUEST 020 requested IND->USAGOV']],
    ['Iran said several people were injured in the U.S. attack on an Iranian oil platform and vowed retaliation, Tehran radio reported.', '1987-10-19', ['ASSAULT 190 occurred USA->IRN', 'THREATEN 138 occurred IRN->USA']],
    // an act after a timetable, a schedule or preparations for it is to come
    ['BRAZZAVILLE, Dec 13 - Angola and Cuba agreed on Tuesday on a timetable for the withdrawal of Cuban troops from Angola.', '1988-12-13', ['AGREE 030 occurred AGO->CUB', 'AGREE 030 occurred CUB->AGO', 'RETREAT 087 intended CUBMIL->AGO']],
    // an act announced to wait on `as soon as` or `provided` is possible, not planned
    ['Reagan said he would lift tariffs imposed last week against some Japanese products as soon as Tokyo complied with the pact.', '1987-04-26', ['RETREAT 085 hypothetical USAGOV->JPN', 'SANCTION 163 occurred USAGOV->JPN']],
    // a weekday that names a thing ("Sunday's election") is no day for a present tense to come
    ["Peru recognises Venezuelan opposition candidate Edmundo Gonzalez as the winner of Sunday's election, the foreign minister said.", '2024-07-30', ['SUPPORT 054 occurred PER->VENOPP']],
    // a dispatch from a city that hosts the world's diplomacy gives no country to people the text names with none
    ['THE HAGUE, June 18 - Finance Minister Budi Santoso urged Japan to lend more to Indonesia.', '1987-06-18', []],
    // (elsewhere the dateline's country stands)
    ['AMSTERDAM, June 18 - Finance Minister Onno Ruding urged Japan to lend more to Indonesia.', '1987-06-18', ['REQUEST 020 requested NLDGOV->JPN']],
    // a state's troops named by its pronoun in a clause a subordinator opens are its armed forces (and heads joined by `and` one group)
    ['Washington said the show of force was meant to deter Nicaragua after its troops attacked Contra rebel camps inside Honduras.', '1988-03-17', ['ASSAULT 190 occurred NICMIL->-']],
    ['Kenneth Kaunda accused South Africa of state terrorism after its troops and aircraft raided guerrilla bases in Lusaka.', '1986-05-19', ['ACCUSE 112 occurred ZMBGOV->ZAF', 'ASSAULT 190 occurred ZAFMIL->ZMB']],
    // a demonym of two words is one name whatever the tagger cuts ("West" + "German"), and the office holder after it is its own
    ['BONN, Oct 19 - U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard Stoltenberg in Frankfurt on Monday.', '1987-10-19', ['CONSULT 040 occurred USAGOV->DEUGOV']],
    // (Bonn stands for West Germany's government, as other capitals do: recall-t6)
    ['EC Farm Commissioner Frans Andriessen rounded on West German Farm Minister Ignaz Kiechle and accused Bonn of blocking reform.', '1987-03-02', ['ACCUSE 112 occurred IGOEU->DEUGOV']],
    // an attack on a policy, a plan or a figure is criticism of its owner, no force
    ["TOKYO, March 9 - The United States has openly attacked Japan's fiscal policy for the first time.", '1987-03-09', ['ACCUSE 111 occurred USA->JPN']],
    ['PARIS, June 29 - Prime Minister Jacques Chirac has attacked budget proposals made by the European Community.', '1987-06-29', ['ACCUSE 111 occurred FRAGOV->IGOEU']],
    ['Iranian gunboats attacked a Kuwaiti tanker under a plan to cut its exports.', '1987-03-09', ['ASSAULT 190 occurred IRNMIL->KWT']],
    // a company acting alone or toward another company is business news; its act toward a state stays, as does an act done to it
    ["West Germany's Siemens AG signed an agreement with Britain's Plessey Plc on Monday.", '1987-03-05', []],
    ["Japan's Toshiba Corp urged the United States not to ban its products.", '1987-06-18', ['REQUEST 020 requested JPNBUS->USA']],
    ["Washington imposed sanctions on Japan's Toshiba Corp on Monday.", '1987-06-18', ['SANCTION 163 occurred USAGOV->JPNBUS']],
    // (a company named again by its first word is the company, however the tagger typed the word)
    ['NEW YORK, March 18 - Harper Holdings Corp said it now holds 9.8 pct of the shares of a California retailer. Harper rejected a rival bid for the retailer on Monday.', '1987-03-18', []],
    // a plain verb after a plural noun, dated by a day ahead, is an act to come
    ['WASHINGTON, April 5 - U.S. and Japanese officials meet tomorrow to try to settle a dispute over chip trade.', '1987-04-05', ['CONSULT 040 intended USAGOV->JPNGOV', 'CONSULT 040 intended JPNGOV->USAGOV']],
    ['WASHINGTON, April 5 - U.S. and Japanese officials met yesterday to try to settle a dispute over chip trade.', '1987-04-05', ['CONSULT 040 occurred USAGOV->JPNGOV', 'CONSULT 040 occurred JPNGOV->USAGOV']],
    // an act called off did not take place (but not an act the calling off happened during, nor the act of those who wanted it off)
    ['WASHINGTON, April 27 - Treasury Secretary James Baker has cancelled a trip to Australia because of pressing business at home.', '1987-04-27', ['CONSULT 042 negated USAGOV->AUS']],
    ['Secretary of State George Shultz called off his visit to Moscow.', '1987-04-27', ['CONSULT 042 negated USAGOV->SUN']],
    ["The decision was shelved during Thatcher's official visit to the Soviet Union.", '1987-03-31', ['CONSULT 042 occurred GBRGOV->SUN']],
    // a month's name is no march, however the act would be read ("to march")
    ['He said New Zealand expects to release its results for the year to March 31 1987.', '1987-06-18', []],
    // a legislature named by its own name is its country's, whatever the dateline
    ['LONDON, March 2 - The Knesset urged Egypt to act.', '1987-03-02', ['REQUEST 020 requested ISRLEG->EGY']],
    ['The Bundestag urged France to lower its farm subsidies.', '1987-03-02', ['REQUEST 020 requested DEULEG->FRA']],
    // a pair's head with words of its kind and no number is the two states named last ("the nuclear-armed neighbours")
    ['A ceasefire between India and Pakistan took effect on Saturday after the worst fighting between the nuclear-armed neighbours in decades.', '2025-05-11', ['RETREAT 0871 occurred IND->PAK', 'RETREAT 0871 occurred PAK->IND', 'ASSAULT 190 occurred IND->PAK', 'ASSAULT 190 occurred PAK->IND']],
    ['The Gulf neighbours met in Riyadh.', '1987-03-02', []],
    // accusations traded or exchanged are each one's accusation of the other; a verb's base form before a head is a noun there
    ['Iran and Iraq traded accusations on Monday.', '1987-03-02', ['ACCUSE 112 occurred IRN->IRQ', 'ACCUSE 112 occurred IRQ->IRN']],
    ['Israel and Lebanon exchanged charges over the shelling.', '1987-03-02', ['ACCUSE 112 occurred ISR->LBN', 'ACCUSE 112 occurred LBN->ISR']],
    ['A special Taiwanese trade delegation leaves for Washington tomorrow.', '1987-03-02', ['CONSULT 042 intended TWNGOV->USA']],
    // a meeting named by a noun in a clause told in the future is to come; one postponed after its noun did not take place
    ['The proposals will be put forward for discussion at a meeting of the International Monetary Fund next week, he said.', '1987-04-02', ['CONSULT 040 intended IGOIMF->-']],
    ['He said a meeting of the OPEC Differentials Committee had been postponed.', '1987-03-09', ['CONSULT 040 negated IGOOPEC->-']],
    ['Crowe predicted Iran will retaliate for the U.S. strike against its oil platform.', '1987-10-20', ['ASSAULT 190 occurred USA->IRN']],
    // a member of the U.S. Congress by the titles only its members are given is an American wherever the dispatch is from
    ['KUWAIT, June 2 - Sen. John Warner urged Kuwait to reflag more tankers.', '1987-06-02', ['REQUEST 020 requested USALEG->KWT']],
    ['TOKYO, April 2 - Congressman John Smithers urged Japan to open its markets.', '1987-04-02', ['REQUEST 020 requested USALEG->JPN']],
    ['MANILA, June 2 - Sen. Juan Ponce Enrile urged Aquino to resign.', '1987-06-02', ['REQUEST 020 requested PHLLEG->PHLGOV']],
    // a complaint about a party's act is criticism of it; one made to a party stays a complaint lodged (114)
    ['Japan complained bitterly about U.S. tariffs.', '1987-03-04', ['ACCUSE 111 occurred JPN->USA']],
    ['Britain complained to Japan about its trade surplus.', '1987-03-04', ['ACCUSE 114 occurred GBR->JPN']],
    ['Residents complained about the noise.', '1987-03-04', []],
    // a refusal `to` an amount or a level is a fall, and declining to give a forecast, a reason or a position is declining to speak
    ['Prices for major metals declined to the lowest levels in about 50 years, the report said.', '1987-03-03', []],
    ['He said the volume of EC oil imports from the Gulf had declined to around 31 pct of the total.', '1987-06-19', []],
    ['Canada declined to state a position on the veto.', '1987-03-25', []],
    ['The officials declined to give a reason for the delay.', '1987-03-25', []],
    ['Japan declined to lift its ban on U.S. rice imports.', '1987-03-25', ['REJECT 120 occurred JPN->USA']],
    // a private person (no office, party, force or body) acting alone or toward a company is no political event
    ['NEW YORK, April 8 - Carl Icahn and Interstate Properties said they were holding preliminary discussions on a joint acquisition.', '1987-04-08', []],
    ['CHICAGO, April 8 - Leo Melamed urged members to reject the referendum.', '1987-04-08', []],
    // a meeting told as unlikely right after its noun is only possible; not an act that is unlikely to bring about another
    ['BRUSSELS, June 19 - A meeting of EC farm ministers is unlikely to be held next week.', '1987-06-19', ['CONSULT 040 hypothetical IGOEU->-']],
    ['ROME, Oct 20 - A senior treasury official said an early meeting of Group of Seven finance ministers was unlikely.', '1987-10-20', ['CONSULT 040 hypothetical IGOG7->-']],
    // a thrift, a stock exchange and names ending in Industries, Holdings or Bancorp are businesses
    ["LOS ANGELES, March 5 - Financial Corporation of America's American Savings and Loan Association unit said it signed a definitive agreement to buy three branches.", '1987-03-05', []],
    ['The Treasury Secretary declined to give any targets for exchange rates.', '1987-03-31', []],
    // a union's officers are of a non-governmental body (NGO), not private persons
    ['LA PAZ, March 23 - Union leader Simon Reyes urged the government to resign.', '1987-03-23', ['REQUEST 020 requested BOLNGO->BOLGOV']],
    // (toward a state or its government it stays)
    ['NEW YORK, April 8 - Jesse Jackson urged the government to impose sanctions on South Africa.', '1987-04-08', ['REQUEST 020 requested USA->USAGOV']],
    // a gap of parties after the verb may hold two joined by `and` ("warned Kuwait and Saudi Arabia not to")
    ['Iran warned Kuwait and Saudi Arabia not to help Iraq.', '1987-03-23', ['THREATEN 130 occurred IRN->KWT', 'THREATEN 130 occurred IRN->SAU']],
    ['Iran warned the U.S. and other countries not to interfere in the Gulf.', '1987-03-23', ['THREATEN 130 occurred IRN->USA']],
    // (not a gap of goods closed by a noun: the warships and the jets are sent, not aided)
    ['NATO said it was sending extra warships and fighter jets to eastern Europe.', '2022-01-24', ['MOBILIZE 154 occurred IGONATO->-']],
    // a report the speaker calls false is not asserted, but what he says after it is
    ['LONDON, March 23 - Iran said reports that it intended to threaten shipping in the Gulf were baseless, and warned the United States not to interfere.', '1987-03-23', ['THREATEN 130 occurred IRN->USA']],
    ['Traders said reports that Iran opened a new front and Iraq attacked Iranian oil fields were also supportive.', '1987-03-23', []],
    // a train derailed is sabotage; a deal derailed is a figure of speech
    ['LIMA, March 11 - Maoist guerrillas using dynamite derailed two locomotives near the mines.', '1987-03-11', ['ASSAULT 183 occurred PERREB->PER']],
    ['WASHINGTON, June 29 - One of the bus companies said the delay may derail the merger.', '1987-06-29', []],
    // equipment given is military aid only when it is military ("weapons-related equipment"), not drilling or telephone equipment
    ['The United States had been shipping weapons-related equipment to Iran.', '1987-03-02', ['AID 072 occurred USA->IRN']],
    ['PARIS, March 24 - Alcatel will supply transmission equipment to the Swedish armed forces.', '1987-03-24', []],
    // a committee of a company's owners or of a debtor's banks is business, no state body
    ['ROANOKE, Va., March 26 - Colonial American Bankshares Corp said it met with the Colonial American Shareholders Committee.', '1987-03-26', []],
    // the parties a list after `except` leaves out do not act
    ['LONDON, March 3 - All ATPC members except Zaire and Australia recently agreed to adhere to the export quotas.', '1987-03-03', []],
    ['LONDON, March 3 - Zaire and Australia agreed to adhere to the export quotas.', '1987-03-03', ['AGREE 030 occurred COD->AUS', 'AGREE 030 occurred AUS->COD']],
    // an adverb of time between a plural noun and a participle before `by` keeps the reduced passive: the agent acts
    ['PARIS, Feb 26 - Union leader Edmond Maire renewed union demands already rejected by the government for indexation clauses.', '1987-02-26', []],
    ['PARIS, Feb 26 - Union leader Edmond Maire said the French government had already rejected the demands.', '1987-02-26', ['REJECT 120 occurred FRAGOV->-']],
    // a company that pulls out of a market withdraws no forces
    ['NEW YORK, Oct 20 - C and D Commodities, a Chicago-based commodities firm, has pulled out of the U.S. energy futures market.', '1987-10-20', []],
    // the head of a team a demonym places is of its country, not the dateline's (and so is the official joined to him by `and`)
    ['LONDON, March 23 - The Nigerian team, headed by Finance Minister Che Okongwu and Central Bank Governor Abdulkadir Ahmed, will hold talks with French officials in Paris later this week.', '1987-03-23', ['CONSULT 040 intended NGAGOV->FRAGOV', 'CONSULT 040 intended NGAGOV->FRAGOV']],
  ]);
});

// Dates of word acts on real copy (`date` of each event, as "TYPE ACTOR->RECIPIENT DATE").
describe('events, real wire copy: dates', () => {
  const dated = (text: string, date: string) => extract(text, { date }).events.map((e) => `${e.type} ${e.actor.code}->${e.recipient?.code ?? '-'} ${e.date?.value ?? '-'}`);
  // [rule, text, dispatch date, an event that must be among those coded, as "TYPE ACTOR->RECIPIENT DATE"]
  const rows: Array<[string, string, string, string]> = [
    ['a word act its speaker makes in the quote itself is made when said',
      'NICOSIA, Oct 20 - Iran said it would not be intimidated by the U.S. attack.\n    "We will retaliate properly for this aggression," Prime Minister Mir Hossein Mousavi told a news conference.', '1987-10-20', 'THREATEN IRNGOV->- 1987-10-20'],
    ["the words of a mixed quote outside its marks are the reporter's: a veto threat there is dated when said",
      'REAGAN SAYS TRADE BILL FACES VETO\nWASHINGTON, June 19 - President Reagan said he would veto a House-passed trade bill requiring retaliation for "unfair trade" if it reaches his desk.', '1987-06-19', 'THREATEN USAGOV->USALEG 1987-06-19'],
    ['an act of the main news told in the present progressive is under way on the day of the news',
      'PENTAGON SAYS NO DECISION YET ON TANK DEAL\nWASHINGTON, June 29 - U.S. officials are discussing a deal with Cairo under which Egypt would build the tank, a Pentagon spokesman said.', '1987-06-29', 'CONSULT USAGOV->EGYGOV 1987-06-29'],
    ["a date after a comma and a second predicate is that predicate's, not the act's",
      'TOKYO, March 30 - North Korea said it agreed to a South Korean proposal for talks between the prime ministers of the two countries, and proposed a preparatory meeting on April 23.', '1987-03-30', 'AGREE PRK->KOR 1987-03-30'],
    ['(verbs joined without a comma tell one chain of acts and share its date)',
      'ADDIS ABABA, Nov 9 - Officials said Eritrean rebels attacked and burned a U.N. convoy of grain trucks last month.', '1987-11-09', 'ASSAULT ETHREB->IGOUN 1987-10'],
    ['the day a thing agreed starts from is no day of the agreement told as done',
      'TOKYO, March 14 - Britain and Japan agreed to operate 12 flights a week over Siberia including eight non-stop services from May 31, officials said.', '1987-03-14', 'AGREE GBR->JPN 1987-03-14'],
    ['the words of a statement issued are said when it was issued',
      "BRUSSELS, March 16 - EC foreign ministers meeting here issued a statement deploring Japan's continued trade imbalance.", '1987-03-16', 'ACCUSE IGOEU->JPN 1987-03-16'],
    ['(an adverb between the progressive\'s verb and its participle)',
      'QUITO, March 13 - Ecuadorean President Leon Febres Cordero said his country was unilaterally suspending payments to private foreign banks.', '1987-03-13', 'SANCTION ECUGOV->- 1987-03-13'],
    ['an attempt told in the past was made then',
      'MANAGUA, March 16 - Contra rebels tried to blow up an electricity pylon supplying a Managua industrial zone.', '1987-03-16', 'ASSAULT NICREB->NIC 1987-03-16'],
    ['an act a verb of telling reports by its gerund is the teller\'s, done',
      'BAHRAIN, March 2 - Iran reported launching a new offensive east of the southern Iraqi city of Basra.', '1987-03-02', 'ASSAULT IRN->IRQ 1987-03-02'],
    ["a state's request to lenders no code names is its own, with no recipient",
      'QUITO, March 12 - Ecuador asked its creditor banks on Tuesday for a two-year grace period on its foreign debt.', '1987-03-12', 'REQUEST ECU->- 1987-03-10'],
    ['(and one told by "seek ... from")',
      'MEXICO CITY, April 2 - Mexico will seek new money from its commercial bank creditors later this year, officials said.', '1987-04-02', 'REQUEST MEX->- 1987'],
  ];
  for (const [rule, text, date, event] of rows) {
    it(`[events] ${rule}`, () => {
      expect(dated(text, date)).toContain(event);
    });
  }
  it('[events] a company named after its country is a company, not the country', () => {
    expect(dated('TOKYO, April 2 - Japan Line asked its creditor banks to shelve repayment of 124 billion yen of loans.', '1987-04-02')).toEqual([]);
    const article = extract('TOKYO, April 2 - Japan Air Lines said it signed an agreement with the Soviet Union.', { date: '1987-04-02' });
    expect(article.entities.find((e) => e.name === 'Japan Air Lines')?.actor).toBe('JPNBUS');
    // (a body's name that runs on past the word is no company: "the U.S. Petroleum and Energy Committee")
    expect(extract('WASHINGTON, April 2 - Gulf Oil Ministers met in Taif.', { date: '1987-04-02' }).entities.some((e) => e.sector === 'BUS')).toBe(false);
  });
  it('[events] news of the day after the first paragraph: a roundup item under its own dateline, an act said in the present perfect', () => {
    const roundup = 'WORLD NEWS HIGHLIGHTS\nWASHINGTON - President Reagan ordered a review of embassy security.\n    BAHRAIN - Iranian forces have renewed their assault on Iraqi lines near Basra.';
    expect(dated(roundup, '1987-04-07')).toContain('ASSAULT IRNMIL->IRQ 1987-04-07');
    const said = 'ROME, April 1 - The FAO approved aid for Ethiopia.\n    The FAO said it has also approved 1.4 mln dlrs of food aid for families in Sri Lanka.';
    expect(dated(said, '1987-04-01')).toContain('AID IGOFAO->LKA 1987-04-01');
    // (an act of the past a later paragraph tells, not said in the present perfect, keeps no date)
    const background = 'JERUSALEM, June 29 - Israel asked Washington for more aid.\n    The United States gave Israel 25 billion dlrs in aid over the decade.';
    expect(dated(background, '1987-06-29')).toContain('AID USA->ISR -');
  });
  it('[events] a date that names a thing (an article or a possessive before it, a noun after it) is no time of another act', () => {
    expect(dated('TEHRAN, Oct 19 - President Ali Khamenei rejected a buffer force to implement a July 20 U.N. Security Council order.', '1987-10-19'))
      .toContain('REJECT IRNGOV->- 1987-10-19');
    expect(dated('SEOUL, April 20 - The government is considering reversing an April 13 decision to suspend the debate.', '1987-04-20').some((e) => e.endsWith('1987-04-13'))).toBe(false);
    // (but it dates the act its own noun tells)
    expect(dated('PARIS, March 2 - Ministers reaffirmed the accord they reached at the February 22 meeting of the Group of Five.', '1987-03-02')).toContain('CONSULT IGOG5->- 1987-02-22');
  });
  it('[events] the first paragraph told in the present is the news of the day', () => {
    expect(dated('BONN, April 2 - Soviet deputy prime minister Alexei Antonov begins two days of economic talks in Bonn.', '1987-04-02')).toContain('CONSULT SUNGOV->DEUGOV 1987-04-02');
    expect(dated('TOKYO, April 2 - Japan imposes duties on U.S. chips.', '1987-04-02')).toContain('SANCTION JPN->USA 1987-04-02');
    expect(dated('TOKYO, March 3 - The U.S. wants Japan to eliminate import controls on farm products, visiting officials said.', '1987-03-03')).toContain('REQUEST USA->JPN 1987-03-03');
    // (a headline that says someone tells of an act, in the present, is the news of the day too)
    expect(dated('IRAQ SAYS IT HIT TWO SHIPS NEAR IRAN\nBAGHDAD, April 24 - Iraq gave no details of the ships or of their flags.', '1987-04-24')).toContain('ASSAULT IRQ->IRN 1987-04-24');
    // (with a day ahead it is an act to come, on its day)
    expect(dated('GENEVA, April 2 - U.S. and Soviet negotiators meet in Geneva on Friday.', '1987-04-02')).toContain('CONSULT USAGOV->SUNGOV 1987-04-03');
  });
  it('[events] an act told as done in the past is not dated after the dispatch: the later day is the act it leads to', () => {
    expect(dated('TOKYO, April 11 - Japan warned the United States it may take retaliatory measures if Washington imposes tariffs on April 17.', '1987-04-11'))
      .toContain('THREATEN JPN->USA 1987-04-11');
    expect(dated('LISBON, April 13 - Portugal signed an agreement with China on the return of Macao in 1999.', '1987-04-13')).toContain('SUPPORT PRT->CHN 1987-04-13');
    // (an act to come keeps its later day)
    expect(dated('TOKYO, April 11 - Japan will retaliate against the United States on April 17.', '1987-04-11').some((e) => e.endsWith('1987-04-17'))).toBe(true);
  });
  it('[entities] a day of the week is no part of a name the tagger runs on into it', () => {
    const names = extract('WASHINGTON, March 2 - U.S. Trade Representative Clayton Yeutter Monday urged Japan to open its markets.', { date: '1987-03-02' }).entities.map((e) => e.name);
    expect(names).toContain('Clayton Yeutter');
    expect(names.some((n) => /Monday/.test(n))).toBe(false);
  });
  it("[entities] a legislator's state after his name is no part of a body's name the tagger ran over it", () => {
    const article = extract('WASHINGTON, March 16 - House Speaker Jim Wright of Texas renewed his call for import relief.', { date: '1987-03-16' });
    expect(article.entities.find((e) => e.name === 'Jim Wright')?.type).toBe('person');
    expect(article.events.map((e) => e.actor.name)).toContain('Jim Wright');
  });
  it('[events] declining to prejudge is declining to speak, no refusal', () => {
    expect(dated('PARIS, June 2 - French Finance Minister Edouard Balladur refuses to prejudge the outcome of the talks, his spokesman said.', '1987-06-02').filter((e) => e.startsWith('REJECT'))).toEqual([]);
  });
  it('[events] (a report that accuses is a noun, no teller of a gerund)', () => {
    expect(dated("OUAGADOUGOU, April 26 - The regulator suspended broadcasts over their coverage of a rights group's report accusing the army of executing villagers.", '1987-04-26')
      .filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });
  it("[events] (a company's request to its own creditors is its business)", () => {
    expect(dated('TOKYO, April 2 - Sanko Steamship Co asked its creditor banks for a moratorium on repayments.', '1987-04-02')).toEqual([]);
  });
  it('[events] a time adverbial of several words between a body and its adopting verb keeps the resolution its request', () => {
    expect(dated('QUITO, March 18 - Ecuador\'s Congress last January 22 approved a non-binding resolution asking President Leon Febres Cordero to resign.', '1987-03-18'))
      .toEqual(['REQUEST ECULEG->ECUGOV 1987-01-22']);
    expect(dated('OTTAWA, March 18 - Canada and the United States agreed last December to a 15 pct charge on softwood shipments.', '1987-03-18'))
      .toContain('AGREE CAN->USA 1986-12');
  });
  it('[events] (the act a request asks is not meant by the one asked, even where the request found no author)', () => {
    const text = 'QUITO, March 18 - President Leon Febres Cordero imposed the measures.\n    The congress last month voted 38-29 to approve a non-binding resolution asking the president to resign.';
    expect(dated(text, '1987-03-18').filter((e) => e.startsWith('CONCEDE'))).toEqual([]);
  });
  it('[events] releasing a report, money or grain frees no one: a person released is the object', () => {
    expect(dated('WASHINGTON, March 24 - The Department of Energy released a comprehensive report finding U.S. national security could be jeopardized by oil imports.', '1987-03-24')
      .filter((e) => e.startsWith('RETREAT'))).toEqual([]);
    expect(dated('MANAGUA, March 24 - Nicaragua released two U.S. pilots on Tuesday.', '1987-03-24')).toContain('RETREAT NIC->USA 1987-03-24');
    expect(dated('BEIRUT, March 24 - Kidnappers freed American pilot John Smith on Tuesday.', '1987-03-24').filter((e) => e.startsWith('RETREAT'))).toEqual(['RETREAT LBNREB->USA 1987-03-24']);
  });
  it('[entities] an office of a firm is business, whatever its title: a company director who resigns concedes nothing to a state', () => {
    const article = extract('NEW YORK, March 12 - Purolator said director Doresy Gardner resigned from its board.\n    Gardner, an official of Kelso Management, said he resigned over a dispute.', { date: '1987-03-12' });
    expect(article.entities.find((e) => e.name === 'Doresy Gardner')?.actor).toBe('USABUS');
    expect(article.entities.find((e) => e.name === 'Kelso Management')?.type).toBe('organization');
    expect(article.events.filter((e) => e.type === 'CONCEDE')).toEqual([]);
    expect(extract('NEW YORK, March 12 - John Smith, an official of the company, said it would appeal.', { date: '1987-03-12' }).entities.find((e) => e.name === 'John Smith')?.sector).toBe('BUS');
  });
  it("[entities] an office titled by the short form the text gave a body of states is the body's, not the dateline's", () => {
    const text = "OSAKA, April 27 - Japan will contribute funds to the Asian Development Bank (ADB), Finance Minister Kiichi Miyazawa said.\n    ADB President Masao Fujioka supported Miyazawa's view.";
    expect(dated(text, '1987-04-27')).toContain('SUPPORT IGOADB->JPNGOV -');
  });
  it("[events] a document's terms told in a relative clause after its phrase are no party's request", () => {
    expect(dated('ANKARA, March 28 - Turkey said the plans infringed the 1976 Berne agreement between the two countries, which called for a moratorium on any activities.', '1987-03-28')
      .filter((e) => e.startsWith('REQUEST'))).toEqual([]);
    expect(dated('WASHINGTON, June 29 - The Environmental Protection Agency announced plans to disapprove clean-air plans for 14 areas and called for bans on new construction.', '1987-06-29')
      .filter((e) => e.startsWith('REQUEST'))).toEqual(['REQUEST USAGOV->- 1987-06-29']);
  });
  it("[events] criticism of a party's handling of affairs is of the party, not of what it handled", () => {
    expect(dated("WASHINGTON, March 3 - President Reagan's rating fell after U.S. senators criticised his handling of the Iran arms scandal.", '1987-03-03')).toEqual(['ACCUSE USALEG->USAGOV 1987-03-03']);
    expect(dated('WASHINGTON, March 3 - U.S. senators criticised his handling of relations with Iran.', '1987-03-03')).toEqual(['ACCUSE USALEG->- 1987-03-03']);
    expect(dated("WASHINGTON, March 3 - Opposition leaders criticised the government's management of the economy.", '1987-03-03')).toEqual(['ACCUSE USAOPP->USAGOV 1987-03-03']);
  });
  it('[events] a strike called that the sentence tells as going on ("during a strike called by") took place', () => {
    const events = extract('VIOLENCE REPORTED IN ECUADOR GENERAL STRIKE\nQUITO, March 26 - At least 14 people were injured in clashes during a one-day general strike called by Ecuadorean workers to protest against austerity measures.', { date: '1987-03-26' }).events;
    expect(events.filter((e) => e.cameo === '143').map((e) => e.status)).toEqual(['occurred']);
  });
  it("[entities] a company named again by the first word of its name is the company, not a town of that name abroad", () => {
    const article = extract('TORONTO, April 21 - TransCanada PipeLines Ltd denied it raised its offer for Dome Petroleum Ltd <DMP> to 5.5 billion dlrs.\n    The new bid was rejected by Dome, a report said. A plant in Bethlehem closed.', { date: '1987-04-21' });
    expect(article.events.filter((e) => e.type === 'REJECT').map((e) => e.actor.code)).not.toContain('GHA');
    expect(article.entities.find((e) => e.aliases.includes('Dome'))?.type).toBe('organization');
  });
  it('[events] the press or the media after an article is a party at home (MED), no verb and no modifier', () => {
    expect(dated('WASHINGTON, March 12 - President Reagan criticised the press for its coverage of the affair.', '1987-03-12')).toEqual(['ACCUSE USAGOV->USAMED 1987-03-12']);
    expect(dated('WASHINGTON, March 12 - Reagan blamed the media for the leak.', '1987-03-12')).toEqual(['ACCUSE USAGOV->USAMED 1987-03-12']);
    expect(dated('WASHINGTON, March 12 - President Reagan criticised press reports of the deal.', '1987-03-12').filter((e) => e.includes('MED'))).toEqual([]);
  });
  it('[events] a reported clause opened by a plain plural is that noun\'s, not a party named before the saying', () => {
    expect(dated('JAKARTA, June 18 - The World Bank said the aid package was ample.\n    He noted donors pledged to increase local cost financing.', '1987-06-18').filter((e) => e.startsWith('AGREE'))).toEqual([]);
  });
  it('[events] a return to come ends a visit made', () => {
    const events = extract('LISBON, April 3 - President Mario Soares, who returns from a visit to Brazil on Sunday, now faces the task of forming a new government.', { date: '1987-04-03' }).events;
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => `${e.actor.code}->${e.recipient?.code} ${e.status}`)).toEqual(['PRTGOV->BRA occurred']);
  });
  it('[events] a visit told in the present or by a participle, with a time ahead inside its words, is to come', () => {
    const status = (text: string) => extract(text, { date: '1987-04-02' }).events.filter((e) => e.type === 'CONSULT').map((e) => e.status);
    expect(status('TOKYO, April 2 - Kuroda, who will head a Japanese team going to Washington next week for emergency talks, said he would try.')).toEqual(['intended']);
    expect(status('TOKYO, April 2 - Nakasone leaves next week for the United States.')).toEqual(['intended']);
    expect(status('LONDON, March 23 - Representatives from Nigeria are meeting today and tomorrow with officials of Britain\'s Export Credits Guarantee Department.')).toEqual(['occurred']);
  });
  it('[events] a meeting named in a clause a verb of saying reports with "would" is to come', () => {
    const events = extract("SEOUL, April 2 - They said Chung would leave Monday to attend the International Monetary Fund's Interim Committee meeting.", { date: '1987-04-02' }).events;
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => `${e.status} ${e.date?.value}`)).toEqual(['intended 1987-04-06']);
  });
  it("[events] a union's strike against a firm told by the noun is a walkout, no attack", () => {
    const events = extract('NEW YORK, Oct 19 - A spokesman for the National Association of Broadcast Employees and Technicians said it is studying its next moves in its strike against the National Broadcasting Co.', { date: '1987-10-19' }).events;
    expect(events.map((e) => e.type)).not.toContain('ASSAULT');
  });
  it('[events] what someone believes another should do is an opinion, no act of the other\'s', () => {
    expect(dated('WASHINGTON, March 1 - A majority of Americans disapprove of the way Ronald Reagan has handled the presidency and one-third believe he should resign, a new poll said.', '1987-03-01')).toEqual([]);
    expect(dated('WASHINGTON, March 1 - Reagan said Japan should open its markets to U.S. goods.', '1987-03-01')).toEqual(['REQUEST USAGOV->JPN 1987-03-01']);
  });
  it("[entities] a body's name that copy wrapped at a fixed width breaks over two lines is looked up as one name", () => {
    const text = 'BANGLADESH TO SEEK WORLD BANK HELP FOR INDUSTRY\nDHAKA, March 13 - Bangladesh will seek additional money\nfrom the World Bank to finance industrial development which is\nfacing a capital shortage and a lack of expertise, Finance\nMinistry officials said.';
    const ministry = extract(text, { date: '1987-03-13' }).entities.find((e) => e.aliases.some((a) => /Finance\s+Ministry/.test(a)));
    expect(ministry?.actor).toBe('BGDGOV');
    expect(ministry?.mentions.map((m) => m.text)).toContain('Finance\nMinistry');
  });
  it('[events] (an act the quote only tells of keeps no date)', () => {
    const text = 'NICOSIA, Oct 20 - Iran said it would not be intimidated.\n    "They attacked our platforms," Prime Minister Mir Hossein Mousavi told a news conference.';
    expect(dated(text, '1987-10-20').filter((e) => e.startsWith('ASSAULT'))).not.toContain('ASSAULT USA->IRN 1987-10-20');
  });
  it('[events] the day of an act to come is not that of a trip done before it, and a visit started on a day ahead is dated forward', () => {
    const trips = dated('ROME, May 1 - Finance Minister Dilson Funaro will fly to Tokyo on Sunday, after having completed a week-long trip to France.', '1987-05-01');
    expect(trips).toContain('CONSULT BRAGOV->JPN 1987-05-03');
    expect(trips).not.toContain('CONSULT BRAGOV->FRA 1987-04-26');
    expect(dated('TOKYO, May 1 - Foreign Minister Shintaro Abe starts a week-long visit to Washington on Sunday.', '1987-05-01')).toEqual(['CONSULT JPNGOV->USA 1987-05-03']);
    // (a return from a visit tells a visit made, never dated by a day ahead of another act after it)
    expect(dated('TOKYO, April 26 - Prime Minister Yasuhiro Nakasone will buy foreign goods, officials said.\n    Foreign Minister Shintaro Abe made the recommendation at a meeting with Nakasone soon after returning from a U.S. Visit designed to pave the way for the prime minister\'s visit to Washington starting next Wednesday.', '1987-04-26'))
      .toEqual(['CONSULT JPNGOV->USA -', 'CONSULT JPNGOV->USA 1987-04-29']);
  });
});
