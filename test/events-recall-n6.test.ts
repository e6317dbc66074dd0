import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

describe('events, recall round n6', () => {
  eventRows([
    // a ministry told by its portfolio in lower case, with no country and none named before, is the dispatch's country's government
    ['ROME, March 4 - The foreign ministry called on Libya to release the two fishermen.', '1987-03-04', ['REQUEST 020 requested ITAGOV->LBY']],
    ['NAIROBI, March 4 - The finance ministry said it had rejected the World Bank\'s terms for the loan.', '1987-03-04', ['REJECT 120 occurred KENGOV->IGOWB']],
    // (a ministry the sentence gives a country stays that country's)
    ['ROME, March 4 - The Libyan foreign ministry called on Italy to release the two fishermen.', '1987-03-04', ['REQUEST 020 requested LBYGOV->ITA']],
    // (with no dateline there is no home country to give it)
    ['The foreign ministry called on Libya to release the two fishermen.', '1987-03-04', []],
    // a ministry named by a portfolio of several words ('Ministry of International Trade and Industry', 'Posts and Telecommunications
    // Ministry') with no country is the dispatch's government's, as 'the Foreign Ministry' is
    ['TOKYO, March 19 - The Ministry of International Trade and Industry has urged Japanese chipmakers to cut output.', '1987-03-19', ['REQUEST 020 requested JPNGOV->JPNBUS']],
    ['SEOUL, March 19 - The Commerce and Industry Ministry called on Washington to lift the quotas.', '1987-03-19', ['REQUEST 020 requested KORGOV->USAGOV']],
    // (with no dateline there is no home to give it)
    ['The Ministry of Posts and Telecommunications has urged the two rival carriers to merge.', '1987-03-19', []],
    // a ministry wire copy names by a short form of its own, with no country, is its state's government ('USDA', 'MITI')
    ['CAIRO, March 19 - USDA rejected Egypt\'s bid for 200,000 tonnes of wheat under the export bonus programme.', '1987-03-19', ['REJECT 120 occurred USAGOV->EGY']],
    ['LONDON, March 19 - MITI has asked Japanese chipmakers to curb exports.', '1987-03-19', ['REQUEST 020 requested JPNGOV->JPNBUS']],
    // an acronym given in brackets after a known body is that body's where the text names it so again
    ['MANILA, March 3 - The Asian Development Bank (ADB) has approved a 50 mln dlr loan to Pakistan. The ADB also approved two loans to Nepal.', '1987-03-03', ['AID 071 occurred IGOADB->PAK', 'AID 071 occurred IGOADB->NPL']],
    // (alone, an acronym two bodies share stays unread)
    ['MANILA, March 3 - The ADB approved two loans to Nepal.', '1987-03-03', []],
    // a participle with its agent set off by commas after a state is an aside on it: the state is the subject, not the agent
    ['KUWAIT, March 4 - Kuwait, hit by Iranian missiles last month, asked the United States to protect its tankers.', '1987-03-04', ['REQUEST 020 requested KWT->USA']],
    ['BONN, March 4 - West Germany, criticised by France last year, rejected the new proposal on Tuesday.', '1987-03-04', ['REJECT 120 occurred DEU->-']],
    // (one that names who heads the subject leaves the head to act for it)
    ['LONDON, March 4 - The Nigerian delegation, headed by Finance Minister Che Okongwu, met British officials on Tuesday.', '1987-03-04', ['CONSULT 040 occurred NGAGOV->GBRGOV']],
  ]);
});

describe('events, recall round n6: dates', () => {
  // a date inside a participle's aside on the subject is the aside's, not the main verb's
  it('[events] the aside\'s "last week" is no date of the act after it', () => {
    const text = 'KUWAIT, March 4 - Kuwait, hit by Iranian missiles last week, asked the United States to protect its tankers.';
    const request = extract(text, { date: '1987-03-04' }).events.find((e) => e.type === 'REQUEST');
    expect(request?.date?.value, `[events] ${text}`).toBe('1987-03-04');
  });
});
