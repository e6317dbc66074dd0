import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round y', () => {
  eventRows([
    // a strike told by a noun with the people by trade who strike after `by` is theirs, of their country
    ['A strike by 30,000 Chilean copper miners entered its second week on Monday.', '1987-03-04', ['PROTEST 143 occurred CHL->-']],
    // ... and not a strike by an armed force, which is an attack
    ['Israeli warplanes hit targets in Lebanon, and a strike by the air force killed ten people.', '1987-03-04', ['ASSAULT 190 occurred ISRMIL->LBN']],
    // ... so is one the people by trade own, named with their country
    ['A Chilean copper miners\' strike entered its second week on Monday.', '1987-03-04', ['PROTEST 143 occurred CHL->-']],
    // strikes in the plural against something are the street's, against the government named
    ['Strikes against the government\'s new price rises spread across Peru last week.', '1987-03-04', ['PROTEST 143 occurred PER->PERGOV']],
    // a hunger strike gone on is a strike
    ['Some 5,000 Peruvian teachers went on hunger strike to press for higher pay.', '1987-03-04', ['PROTEST 143 occurred PER->-', 'REQUEST 020 requested PER->-']],
    // an act its doer has decided on is told as done
    ['Peru has decided to break diplomatic relations with Cuba, the foreign ministry said.', '1987-03-04', ['SANCTION 161 occurred PER->CUB']],
    // ... but a decision still to be made is no act done
    ['Peru will decide next week whether to break diplomatic relations with Cuba.', '1987-03-04', ['SANCTION 161 hypothetical PER->CUB']],
    // people arrested by no one named are the police's, of the place the sentence names, and of that country themselves
    ['More than 40 people were detained in Lima after the clashes, officials said.', '1987-03-04', ['COERCE 173 occurred PERCOP->PER']],
    // ... of the country the dateline names after its town, whatever namesake the gazetteer holds
    ['BANK CHIEF ARRESTED\nOSNABRUECK, West Germany, March 4 - The former head of a savings bank was arrested yesterday for suspected fraud, prosecutors said.', '1987-03-04', ['COERCE 173 occurred DEUCOP->DEU']],
    // ... but a decline halted is no arrest
    ['Officials said the decline in exports would be arrested and reversed next year.', '1987-03-04', []],
    // a loan a state receives is aid from the lender named after `from`
    ['China will receive loans totalling 390 mln dlrs from Japan and the World Bank for new highways.', '1987-03-01', ['AID 071 intended JPN->CHN', 'AID 071 intended IGOWB->CHN']],
    // ... but a company's financing from its bank is none
    ['The company said it received financing for the purchase from a leading Boston bank.', '1987-03-01', []],
    // aid approved in an amount is aid given
    ['The OPEC Fund for International Development approved 100,000 dlrs in aid for Ecuador.', '1987-03-19', ['AID 070 occurred IGOOFID->ECU']],
    // sanctions lifted whose imposition a reduced participle tells were imposed, whatever is said of the lifting
    ['Reagan said he would lift tariffs imposed last week against Japanese products.', '1987-04-27', ['RETREAT 085 intended USAGOV->JPN', 'SANCTION 163 occurred USAGOV->JPN']],
    // a stop to exports to a country is a trade sanction, by the makers a group of companies names
    ['All four Japanese makers of large trucks will stop exports to North Korea, company spokesmen said.', '1987-06-16', ['SANCTION 163 intended JPNBUS->PRK']],
    // ... but a stop to a diversion of trade is none
    ['The tariffs would be designed to stop a diversion of exports to the European market.', '1987-04-16', []],
    // a crowd of no country that a participle after a comma describes protests, of the dispatch's country
    ['PLANT OCCUPIED\nGLASGOW, March 25 - The workers, staging a sit-in against the closure of the plant, will meet tonight.', '1987-03-25', ['PROTEST 141 occurred GBR->-']],
    // ... but a crowd arrested is not the one a participle of the police describes
    ['PLANT RAIDED\nGLASGOW, March 25 - Police detained the strikers, staging a raid at dawn.', '1987-03-25', ['COERCE 173 occurred GBRCOP->GBR']],
  ]);
});
