import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round x2', () => {
  eventRows([
    // a state's agreement to buy from, sell to or supply another state is intent to cooperate economically
    ['Poland has agreed to buy 200,000 tonnes of maize from Argentina, the grain board said.', '1987-03-17', ['AGREE 0311 occurred POL->ARG']],
    ['The Soviet Union agreed to supply Nicaragua with crude oil this year, the official news agency said.', '1987-03-17', ['AGREE 0311 occurred SUN->NIC']],
    // a company's agreement to buy from another company is no state's act
    ['Allied Corp agreed to buy the chemicals unit from Hercules Inc for 200 mln dlrs.', '1987-03-17', []],
  ]);
});
