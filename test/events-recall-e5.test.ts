import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round e5', () => {
  eventRows([
    // criticism of a body at home named by its head alone ('the government', 'the opposition') is of the critic's own country's body
    ['KUALA LUMPUR, March 2 - Opposition politicians criticised the government over the new sales tax on Monday.', '1987-03-02', ['ACCUSE 111 occurred MYSOPP->MYSGOV']],
    ['KUALA LUMPUR, March 2 - The government criticised the opposition for delaying the budget.', '1987-03-02', ['ACCUSE 111 occurred MYSGOV->MYSOPP']],
    // (criticism of a thing with no owner named is of no one)
    ['KUALA LUMPUR, March 2 - Economists criticised the new sales tax on Monday.', '1987-03-02', []],
    // an act done 'in protest at|against' something is the subject's protest, read as the purpose 'to protest against' is
    ['LISBON, March 2 - Portuguese farmers dumped tonnes of tomatoes on the roads in protest against EC quotas.', '1987-03-02', ['PROTEST 141 occurred PRT->IGOEU']],
    // (one that restates a protest already told adds none)
    ['LISBON, March 2 - Portuguese dockers began a three-day strike in protest at government plans to sell the ports.', '1987-03-02', ['PROTEST 143 occurred PRT->PRTGOV']],
    // (with no party as its subject the act in protest is no one's)
    ['Shops were closed in protest at the new tax.', '1987-03-02', []],
    // a crowd the sentence opens with does the protest its purpose tells, however far back ('to protest', 'in protest at')
    ['LISBON, March 2 - Thousands of angry farmers dumped tomatoes on the roads outside the city in protest against EC quotas.', '1987-03-02', ['PROTEST 141 occurred PRT->IGOEU']],
    ['LISBON, March 2 - About 3,000 wine growers marched to the capital to protest against the new tax.', '1987-03-02', ['PROTEST 141 occurred PRT->-']],
    // (not a purpose of an infinitive between them: the plan's, which the crowd denies)
    ['LISBON, March 2 - Portuguese wine traders deny any part in a plan to sell wine into intervention stocks in protest at EC prices.', '1987-03-02', []],
    // a crowd's battle with the police is a riot against them, as a clash with them is
    ['ATHENS, March 2 - Hundreds of Greek students battled riot police outside the university on Monday.', '1987-03-02', ['PROTEST 145 occurred GRC->GRCCOP']],
    // (the police alone, 'fought police', may be armed men's: not read so)
    ['ATHENS, March 2 - The police fought a fire in the harbour on Monday.', '1987-03-02', []],
  ]);
});
