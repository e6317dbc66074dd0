import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c3', () => {
  eventRows([
    // a decision whose owner is told past words of its time or kind, or by a name before it after an article, is the owner's act taken
    ['Tokyo markets were shaken by President Reagan\'s March 27 decision to impose tariffs on Japanese computers.', '1987-04-02', ['SANCTION 163 occurred USAGOV->JPN']],
    ['Tokyo markets were shaken by Washington\'s sudden decision to impose tariffs on Japanese computers.', '1987-04-02', ['SANCTION 163 occurred USAGOV->JPN']],
    ['The Canadian decision to impose duties on U.S. corn drew a sharp reply.', '1987-04-02', ['SANCTION 163 occurred CAN->USA']],
    // (a decision no one owns is told of no one)
    ['The latest decision to impose tariffs on Japanese computers worried exporters.', '1987-04-02', []],
    // money a state gets as a loan or grant, or borrows, from a lender is the lender's aid to it
    ['Kenya will get 40 mln stg as grants from Britain to rebuild its railways, officials said.', '1987-03-14', ['AID 071 intended GBR->KEN']],
    ['Peru borrowed 200 mln dlrs from the World Bank last year.', '1987-03-14', ['AID 071 occurred IGOWB->PER']],
    // (a company's borrowing from a bank is no state's aid)
    ['The company borrowed 200 mln dlrs from Citibank last year.', '1987-03-14', []],
    // money lent or given with no borrower named goes to the country its purpose is placed in
    ['The World Bank approved a 60 mln dlr loan to help rebuild the railway network in Ghana.', '1987-03-25', ['AID 071 occurred IGOWB->GHA']],
    ['The Asian Development Bank said it had approved two loans for irrigation projects in Thailand and Burma.', '1987-03-25', ['AID 071 occurred IGOADB->THA', 'AID 071 occurred IGOADB->MMR']],
    // (a loan whose purpose is placed nowhere has no borrower)
    ['The World Bank approved a 60 mln dlr loan to help rebuild railways.', '1987-03-25', []],
    // an adverb of place between bare police and their verb leaves them its subject, as one of the day does
    ['SEOUL, March 21 - Police here arrested 12 students on charges of violating security laws.', '1987-03-21', ['COERCE 173 occurred KORCOP->KOR']],
    // a strike by a share of the people by trade ('the majority of'), bankworkers among them, is theirs
    ['LIMA, March 26 - A national strike by the majority of Peru\'s 300,000 bankworkers entered its third day.', '1987-03-26', ['PROTEST 143 occurred PER->-']],
    // (a strike by a share of no people by trade is none)
    ['LIMA, March 26 - A strike by the majority of the company\'s shareholders against the merger failed.', '1987-03-26', []],
    // a union no one owns, right before a verb of protest, is a crowd of the dispatch's place
    ['OTTAWA, June 20 - The union went on strike on Friday after talks on a new contract failed.', '1987-06-20', ['PROTEST 143 occurred CAN->-', 'CONSULT 040 occurred CANBUS->CANNGO', 'CONSULT 040 occurred CANNGO->CANBUS']],
    ['MADRID, June 20 - Unions called the strike to press for a shorter working week.', '1987-06-20', ['PROTEST 143 intended ESP->-', 'REQUEST 020 requested ESP->-']],
    // (a union that is a country's name is the country: no strike of a crowd)
    ['MOSCOW, June 20 - The Soviet Union staged a walkout from the Geneva talks.', '1987-06-20', []],
    // a clause opened by 'after' keeps its own subject across a verb of aspect and its 'to'
    ['Saudi Arabia sought U.S. protection after Iran began to attack Saudi tankers.', '1987-05-20', ['ASSAULT 190 occurred IRN->SAU']],
    ['Japan protested after the United States started to impose tariffs on Japanese computers.', '1987-05-20', ['SANCTION 163 occurred USA->JPN']],
    // an act that 'continued' or 'continues' to be done is going on, as one begun is; a modal keeps it to come
    ['Iraqi warplanes continued to attack Iranian oil installations on Sunday.', '1987-05-20', ['ASSAULT 190 occurred IRQMIL->IRN']],
    ['Iraqi warplanes will continue to attack Iranian oil installations.', '1987-05-20', ['ASSAULT 190 intended IRQMIL->IRN']],
    // people by trade who 'are' or 'were' (still) on strike strike, as one who 'is' does; a form of 'be' after a plural is no noun
    ['LIMA, June 20 - Most of the country\'s 80,000 teachers were still on strike on Friday.', '1987-06-20', ['PROTEST 143 occurred PER->-']],
    ['LIMA, June 20 - Dockworkers are on strike at the port of Callao.', '1987-06-20', ['PROTEST 143 occurred PER->-']],
    // armed forces or police that are or were on alert show force; others on alert do not
    ['ATHENS, June 20 - Marines were on alert at the main ports.', '1987-06-20', ['MOBILIZE 152 occurred GRCMIL->-']],
    ['NEW YORK, June 20 - Investors were on alert for a rise in interest rates.', '1987-06-20', []],
    // an amount before bare forces ('Hundreds of', 'about 500', 'up to 800') is read past to what opens them
    ['MANILA, June 20 - About 300 troops attacked the rebels near the town of Davao.', '1987-06-20', ['ASSAULT 190 occurred PHLMIL->PHLREB']],
    ['MANILA, June 20 - Three soldiers died when up to 200 guerrillas attacked an army camp.', '1987-06-20', ['ASSAULT 190 occurred PHLREB->PHLMIL']],
    // a crowd that brings traffic to a standstill, or disrupts parliament's proceedings, obstructs; a boycott of parliament or a vote
    // at home is a strike's kin (143), and the opposition told bare is the dispatch country's
    ['ATHENS, June 20 - Thousands of farmers brought Athens\' traffic to a standstill with their tractors.', '1987-06-20', ['PROTEST 144 occurred GRC->-']],
    ['SEOUL, June 20 - The opposition boycotted parliament for a week over the election law.', '1987-06-20', ['PROTEST 143 occurred KOROPP->-']],
    // (a state's boycott abroad is a sanction, as before)
    ['WASHINGTON, June 20 - The United States will boycott the Moscow Olympics.', '1987-06-20', ['SANCTION 163 intended USA->SUNGOV']],
    // sanctions decreed are imposed
    ['OSLO, June 20 - Norway decreed trade sanctions against South Africa on Friday.', '1987-06-20', ['SANCTION 163 occurred NOR->ZAF']],
    // special drawing rights approved or drawn down are the IMF's money lent
    ['WASHINGTON, June 20 - The IMF said it approved 60 mln SDRs to support economic reforms in Ghana.', '1987-06-20', ['AID 071 occurred IGOIMF->GHA']],
    ['ACCRA, June 20 - Ghana will draw down 20 mln SDRs from the IMF next month.', '1987-06-20', ['AID 071 intended IGOIMF->GHA']],
    // a crowd that attends a rally or demonstration rallies; an official at a rally does not
    ['SEOUL, June 20 - About 20,000 students attended a rally against the government on Saturday.', '1987-06-20', ['PROTEST 141 occurred KOR->KORGOV']],
    ['WASHINGTON, June 20 - President Reagan attended a rally in Ohio.', '1987-06-20', []],
  ]);
});
