import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round r6', () => {
  eventRows([
    // a sanction's noun followed by its participle and the agent's `by` is the agent's sanction, on the one named after it
    ['Japanese makers said the tariffs imposed by the United States on Japanese television sets had cut their sales.', '1987-04-17', ['SANCTION 163 occurred USA->JPN']],
    ['Spanish growers complained about the duties levied by the European Community against Spanish citrus fruit.', '1987-03-02', ['SANCTION 163 occurred IGOEU->ESP']],
    // (a company's duty is no state's: the agent read is a state or its body only)
    ['Dealers complained about the fees imposed by Acme Corp on Canadian customers.', '1987-03-02', []],
    // a relative clause whose subject a title or an article opens tells the sanction its noun names
    ['Ottawa said the 15 pct duty the U.S. imposed on Canadian timber last year hurt exporters.', '1987-03-02', ['SANCTION 163 occurred USA->CAN']],
    ['Japan is studying the tariffs President Reagan slapped on Japanese computers.', '1987-04-17', ['SANCTION 163 occurred USAGOV->JPN']],
    // a state's export credit bank named with its country is a state agency, not a company
    ['Bolivia has received a 40 mln dlr loan from the Japanese Export-Import Bank, the finance ministry said.', '1987-04-27', ['AID 071 occurred JPNGOV->BOL']],
    // warning strikes held or staged are strikes; a general strike a union proposes is called; a trade in -workers is a crowd
    // (aimed at the country's business, the plants named after the strike: recall-s6)
    ['FRANKFURT, March 11 - West German metalworkers held brief warning strikes at 150 plants today, the union said.', '1987-03-11', ['PROTEST 143 occurred DEU->DEUBUS']],
    ['LIMA, June 18 - Peruvian unions have proposed a general strike for July 15 in protest at price rises.', '1987-06-18', ['PROTEST 143 intended PER->-']],
    ['SAO PAULO, Oct 20 - A strike by 30,000 autoworkers closed three plants on Tuesday, the company said.', '1987-10-20', ['PROTEST 143 occurred BRA->BRABUS']],
    // (a general strike of rules proposed by no crowd is none)
    ['WASHINGTON, June 18 - The senator proposed a general strike of the rules.', '1987-06-18', []],
    // the workers of a firm a demonym and a common noun name are the country's crowd, not the firm
    ['CAMPINAS, Brazil, March 15 - Brazilian bank workers voted to launch a nationwide strike next week.', '1987-03-15', ['PROTEST 143 intended BRA->-']],
    ['MADRID, March 25 - Spanish bank employees went on strike for more pay on Tuesday.', '1987-03-25', ['PROTEST 143 occurred ESP->-', 'REQUEST 100 requested ESP->-']],
    // a name added with `and` to a list of countries takes no country from the list
    ['WASHINGTON, April 17 - The deficits with Canada, Taiwan and South Korea are large, and Reagan said he would impose tariffs on Japanese computers.', '1987-04-17', ['SANCTION 163 intended USAGOV->JPN']],
  ]);
});
