import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round v', () => {
  eventRows([
    // armed forces `from` a country that open their clause are that country's armed forces
    ['Troops from Kenya and Uganda began joint exercises on Monday.', '2024-06-07', ['COOPERATE 062 occurred KENMIL->UGAMIL', 'COOPERATE 062 occurred UGAMIL->KENMIL']],
    ['Soldiers from Mali attacked a rebel base near Kidal on Tuesday.', '2024-06-07', ['ASSAULT 190 occurred MLIMIL->MLIREB']],
    // ... but forces moved `from` a country are the mover's, placed there
    ['NATO withdrew troops from Afghanistan in 2021.', '2024-06-07', ['RETREAT 087 occurred IGONATO->AFG']],
    // an office told without a name has the sector it has before one (a defence minister heads the armed forces)
    ["Israel's defence minister threatened Hezbollah on Tuesday.", '2024-06-07', ['THREATEN 130 occurred ISRMIL->LBNREB']],
    ["Venezuela's opposition leader accused the government of fraud.", '2024-06-07', ['ACCUSE 112 occurred VENOPP->VENGOV']],
    // the armed forces' officials and ministry, and the government's, told by their kind and a country
    ['Russia held talks with Chinese defence officials in Beijing on Monday.', '2024-06-07', ['CONSULT 040 occurred RUS->CHNMIL']],
    ['The foreign ministry of Armenia accused Azerbaijan of lying.', '2024-06-07', ['ACCUSE 112 occurred ARMGOV->AZE']],
    // a present participle's phrase set off by commas between the subject and its verb is an aside on the subject
    ['Iran, accusing Israel of sabotage, expelled two British diplomats.', '2024-06-07', ['ACCUSE 112 occurred IRN->ISR', 'SANCTION 161 occurred IRN->GBRGOV']],
    ['Mexico, Brazil and Argentina, representing the region, declined to accept the plan on Monday.', '2024-06-07', ['REJECT 120 occurred MEX->-', 'REJECT 120 occurred BRA->-', 'REJECT 120 occurred ARG->-']],
    // seats of government named for their buildings or streets speak for their governments (lexicon)
    ['The Elysee accused Moscow of a disinformation campaign.', '2024-06-07', ['ACCUSE 112 occurred FRAGOV->RUSGOV']],
    ["The Quai d'Orsay summoned the Iranian ambassador on Monday.", '2024-06-07', ['ACCUSE 114 occurred FRAGOV->IRNGOV']],
    ['Downing Street accused Russia of lying.', '2024-06-07', ['ACCUSE 112 occurred GBRGOV->RUS']],
    // ... a place visited is no actor
    ['Tourists visited Downing Street on Monday.', '2024-06-07', []],
    // people of no name a passive is told of are the agent's own, as the active's object is
    ['Six activists were arrested by Turkish police in Istanbul on Monday.', '2024-06-07', ['COERCE 173 occurred TURCOP->TUR']],
    ['Two journalists were arrested by Egyptian police on Tuesday.', '2024-06-07', ['COERCE 173 occurred EGYCOP->EGYMED']],
    // ... but a proposal rejected is its owner's
    ['A Moroccan proposal to reopen the border was rejected by Algiers on Tuesday.', '2024-06-07', ['REJECT 120 occurred DZAGOV->MAR']],
    // a pronoun opening a clause of speech is the speaker's, past `that` and a time or source adverbial after the verb of saying
    ['The Kremlin said on Monday that it rejected the U.S. proposal.', '2024-06-07', ['REJECT 120 occurred RUSGOV->USA']],
    ['Iran said in a statement that it had expelled two British diplomats.', '2024-06-07', ['SANCTION 161 occurred IRN->GBRGOV']],
    // an island or a city-state that opens a sentence names again the island state told last
    ['Cuba released 50 prisoners on Monday. The communist-ruled island also expelled a U.S. diplomat.', '2024-06-07', ['RETREAT 0841 occurred CUB->-', 'SANCTION 161 occurred CUB->USAGOV']],
    ['Sri Lanka is in talks with creditors. The island nation also accused China of meddling.', '2024-06-07', ['CONSULT 040 occurred LKA->-', 'ACCUSE 112 occurred LKA->CHN']],
    ['Singapore expelled a Malaysian diplomat on Monday. The city-state also accused Kuala Lumpur of meddling.', '2024-06-07', ['SANCTION 161 occurred SGP->MYSGOV', 'ACCUSE 112 occurred SGP->MYSGOV']],
    // "Island" (Iceland's name in its own tongue) and "Mann" are words and names on the wire, no country
    ['Local authorities on Long Island refused to take part in the evacuation planning.', '1987-03-04', []],
    // "They" opening a sentence after one whose first actor is a force or group of many (rebels, police, troops, the opposition) is it
    ['Houthi rebels attacked a ship on Monday. They also threatened to strike U.S. warships.', '2024-06-07', ['ASSAULT 190 occurred YEMREB->-', 'THREATEN 138 occurred YEMREB->USAMIL', 'ASSAULT 190 hypothetical YEMREB->USAMIL']],
    ['Serbian police raided the offices of an opposition party on Monday. They also arrested an opposition leader.', '2024-06-07', ['COERCE 170 occurred SRBCOP->SRBOPP', 'COERCE 173 occurred SRBCOP->SRBOPP']],
    // ... but not after it acted on people, who may be the ones meant
    ['Kenyan police arrested 40 protesters on Tuesday. They accused the government of fraud.', '2024-06-07', ['COERCE 173 occurred KENCOP->KEN']],
    // armed men loyal to a party are its armed forces, or an armed group where the party is out of power or under arms
    ['Forces loyal to the Syrian government shelled the town of Idlib on Monday.', '2024-06-07', ['ASSAULT 194 occurred SYRMIL->SYR']],
    ['Guerrillas loyal to Palestinian leader Yasser Arafat attacked Israeli positions on Monday.', '1987-06-01', ['ASSAULT 190 occurred PSEREB->ISRMIL']],
    // an office a body owns, told with a word of its kind ("foreign", "defence"), acts for the body
    ["The EU's foreign minister accused Russia of lying.", '2024-06-07', ['ACCUSE 112 occurred IGOEU->RUS']],
    ["The Taliban's foreign minister met Chinese officials in Kabul on Monday.", '2024-06-07', ['CONSULT 040 occurred AFGGOV->CHNGOV']],
    // U.N. agencies told by what they watch or serve are those agencies (lexicon)
    ["The head of the U.N. nuclear watchdog met Iran's foreign minister in Tehran on Tuesday.", '2024-06-07', ['CONSULT 040 occurred IGOIAEA->IRNGOV']],
    ['The U.N. food agency accused the RSF of blocking aid.', '2024-06-07', ['ACCUSE 112 occurred IGOWFP->SDNREB']],
    // the captain or crewmen of a ship are people, of the ship's country; trawlers are ships (lexicon)
    ["Japan's coast guard arrested the captain of a Chinese trawler on Monday.", '2024-06-07', ['COERCE 173 occurred JPNCOP->CHN']],
    // ... and a captain named with no ship or country is no party
    ["The team's captain criticised the referee.", '2024-06-07', []],
  ]);
});
