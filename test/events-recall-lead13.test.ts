import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

/** Each event as "TYPE CAMEO status ACTOR->RECIPIENT DATE" (the date value, or "-"). */
function datedEvents(text: string, date: string): string[] {
  return extract(text, { date }).events.map((e) => `${e.type} ${e.cameo} ${e.status} ${e.actor.code}->${e.recipient?.code ?? '-'} ${e.date?.value ?? '-'}`);
}

describe('events, recall round lead13', () => {
  // a body told in the present to meet on a day of the coming months meets then, this year; not the same day a year before
  it('a present tense with a day of the coming months is an act to come', () => {
    expect(datedEvents('VIENNA, June 29 - Oil analysts expect OPEC to raise prices when it meets on December 9.', '1987-06-29'))
      .toEqual(['CONSULT 040 intended IGOOPEC->- 1987-12-09']);
  });
  // (told in the past, the same day is last year's)
  it('a past tense with a day after the dispatch stays the year before', () => {
    expect(datedEvents('VIENNA, June 29 - OPEC met on December 9 and left prices unchanged.', '1987-06-29'))
      .toEqual(['CONSULT 040 occurred IGOOPEC->- 1986-12-09']);
  });
  // the day a period agreed or offered ends ("until May 31", "through June 30") is no day of the act
  it('a date after until is the end of the period, not the day of the act', () => {
    expect(datedEvents('MIAMI, March 24 - Brazil agreed with its creditor banks to extend the credit lines for 60 days until May 31.', '1987-03-24'))
      .toEqual(['AGREE 033 occurred BRA->- 1987-03-24']);
  });
  // an act done that the lead tells by a verb, with no date of its own, is the news of the dispatch's day, whichever rule read it
  it('a verb of the lead with no date of its own is dated by the dispatch', () => {
    expect(datedEvents('UNITED NATIONS, Oct 19 - The United States invoked the right of self-defense in destroying an Iranian oil platform in the Gulf.', '1987-10-19'))
      .toEqual(['ASSAULT 190 occurred USA->IRN 1987-10-19']);
  });
  // (not an act the lead names by its noun, often an earlier one told again)
  it('a noun of the lead with no date stays undated', () => {
    expect(datedEvents('LONDON, April 3 - Prime Minister Margaret Thatcher has gained in the polls since her return from the Soviet Union.', '1987-04-03'))
      .toEqual(['CONSULT 042 occurred GBRGOV->SUN -']);
  });
  // a day between a vote or a decision and the `to` of the act to come is the vote's day, not the act's
  it('the day of a vote is not the day of the strike voted for', () => {
    expect(datedEvents('TORONTO, March 2 - Canadian letter carriers voted Sunday to go on strike, the union said.', '1987-03-02'))
      .toEqual(['PROTEST 143 intended CAN->- -']);
  });
  // (the day a meeting is set for, before the `to` of what it is for, is its own)
  it('the day of a meeting before its purpose stays the meeting day', () => {
    expect(datedEvents('UNITED NATIONS, Oct 19 - The Security Council will meet behind closed doors on Monday to discuss the Gulf war.', '1987-10-19'))
      .toEqual(['CONSULT 040 intended IGOUN->- 1987-10-26']);
  });
  // an act to come whose month, written without its year, was read for a past act is the coming one
  it('a trip planned for a month without its year is the coming one', () => {
    expect(datedEvents('WASHINGTON, March 4 - U.S. Trade Representative Clayton Yeutter said he plans a July trip to China to discuss trade issues.', '1987-03-04'))
      .toEqual(['CONSULT 042 intended USAGOV->CHN 1987-07']);
  });
  eventRows([
    // an employer's offer its own country's workers turn down was made: the employer's bargaining offer beside the refusal
    ['OTTAWA, June 19 - Canadian letter carriers today rejected a new contract offer from Canada Post.', '1987-06-19', ['REJECT 120 occurred CAN->CANBUS', 'AGREE 030 occurred CANBUS->CAN']],
    // (not a firm's offer its own government turns down: a tender's business)
    ['COLOMBO, March 27 - Officials said the U.S. Department of Agriculture rejected a U.S. firm\'s offer to supply wheat.', '1987-03-27', ['REJECT 120 occurred USAGOV->USABUS']],
    // the contras named with the copy's scare quotes ('the Nicaraguan "contra" rebels') are the contras
    ['WASHINGTON, March 4 - The United States sent 40 mln dlrs in military aid to the Nicaraguan "contra" rebels.', '1987-03-04', ['AID 072 occurred USA->NICREB']],
    // (the act itself is still coded)
    ['WASHINGTON, March 6 - The Treasury said it would allow imports of South African uranium ore until July 1.', '1987-03-06', ['RETREAT 085 intended USAGOV->ZAF']],
  ]);
});

describe('entities, round lead13', () => {
  // a company's name whose first word is also a military rank keeps it ("General Motors Corp": the tagger left "General" out)
  it('General Motors Corp is one company, not "Motors Corp"', () => {
    const names = extract('DETROIT, March 4 - General Motors Corp said it would close a plant in Michigan.', { date: '1987-03-04' }).entities.map((e) => e.name);
    expect(names).toContain('General Motors Corp');
  });
  // (so does a long company name the tagger cut short: "Southwest Forest Industries Inc", not "Industries Inc"; not a sentence's
  // opening word, "The Chase Manhattan Corp")
  it('a company name the tagger cut keeps its first words', () => {
    const names = (text: string) => extract(text, { date: '1987-03-04' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(names('PHOENIX, March 4 - Southwest Forest Industries Inc said it would close a mill.')).toContain('Southwest Forest Industries Inc');
    expect(names('NEW YORK, March 4 - The Chase Manhattan Corp said it would lend more.')).toContain('Chase Manhattan Corp');
  });
  // (a general named with his rank stays a person)
  it('General Colin Powell stays a person with his rank', () => {
    const powell = extract('WASHINGTON, March 4 - General Colin Powell met the Japanese defence minister.', { date: '1987-03-04' }).entities.find((e) => e.name === 'Colin Powell');
    expect(powell?.type).toBe('person');
  });
});
