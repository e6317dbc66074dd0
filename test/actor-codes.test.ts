/** Actor codes of entities where a known body's name or a title decides the country (mentions and coreference). */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

function actorOf(text: string, name: string): string | null | undefined {
  return extract(text, { date: '2024-04-02' }).entities.find((e) => e.name === name)?.actor;
}

describe('[actors] known bodies and titles', () => {
  const rows: Array<[string, string, string, string]> = [
    ['a state body in the title gives its country', 'GUANGZHOU, China (Reuters) - U.S. Treasury Secretary Janet Yellen on Saturday accused China of dumping.', 'Janet Yellen', 'USAGOV'],
    ['the UN body keeps its code', 'NEW YORK (Reuters) - The UN Security Council met on Sunday.', 'UN Security Council', 'IGOUN'],
    ["a longer national name is not the UN's", "TEHRAN (AFP) - Iran's Supreme National Security Council met late on Monday.", 'Iranian Supreme National Security Council', 'IRNGOV'],
    ["a country's council after its demonym", 'MOSCOW (TASS) - Russian Security Council Secretary Nikolai Patrushev spoke on Friday.', 'Russian Security Council', 'RUSGOV'],
    ["its secretary is the country's official", 'MOSCOW (TASS) - Russian Security Council Secretary Nikolai Patrushev spoke on Friday.', 'Nikolai Patrushev', 'RUSGOV'],
  ];
  for (const [what, text, name, code] of rows) {
    it(`[actors] ${what}`, () => expect(actorOf(text, name)).toBe(code));
  }
});

describe('[actors] companies', () => {
  const entities = (text: string) => extract(text, { date: '1987-03-03' }).entities;
  it('[actors] a legal form closing a name makes the body a company', () => {
    const found = entities('LONDON, March 3 - Britannia Shipping Plc signed an agreement with China on Tuesday.').find((e) => e.name === 'Britannia Shipping Plc');
    expect(found?.sector).toBe('BUS');
  });
  it("[actors] a company's short form is the company, not a person of the dateline's country", () => {
    const all = entities('NEW YORK, March 18 - Harper Holdings Corp said it now holds 9.8 pct of the shares of a California retailer. Harper rejected a rival bid for the retailer on Monday.');
    expect(all.find((e) => e.name === 'Harper Holdings Corp')?.mentions.map((m) => m.text)).toEqual(['Harper Holdings Corp', 'Harper']);
    expect(all.some((e) => e.type === 'person')).toBe(false);
  });
  it('[actors] (a person of the story who bears the name keeps it)', () => {
    const all = entities('NEW YORK, March 18 - Dudley Harper raised his bid for Harper Holdings Corp. Harper said the offer was final.');
    expect(all.find((e) => e.name === 'Dudley Harper')?.mentions.map((m) => m.text)).toEqual(['Dudley Harper', 'his', 'Harper']);
  });
  it('[actors] a stock symbol in angle brackets is the company, no entity of its own', () => {
    const all = entities('FRANKFURT, March 3 - Rhein Chemie AG <RCHG.F> said it signed an agreement with the Soviet Union.');
    expect(all.find((e) => e.name === 'RCHG.F')).toBeUndefined();
    expect(all.find((e) => e.name === 'Rhein Chemie AG')?.sector).toBe('BUS');
  });
  it('[actors] a shared title beside one only companies give is a company\'s', () => {
    const found = entities('A. William Reynolds, chairman and chief executive of GenCorp Inc, urged shareholders to be patient.').find((e) => e.name === 'A. William Reynolds');
    expect(found?.sector).toBe('BUS');
  });
});

describe('[actors] East Germany', () => {
  it('[actors] a town of East Germany is its country until 3 October 1990, Germany\'s after', () => {
    const text = 'More than 70,000 people marched through Leipzig on Monday evening.';
    expect(extract(text, { date: '1989-10-10' }).events.map((e) => e.actor.code)).toEqual(['DDR']);
    expect(extract(text, { date: '2024-10-10' }).events.map((e) => e.actor.code)).toEqual(['DEU']);
    expect(extract(text, { date: '2024-10-10' }).events.map((e) => e.actor.name)).toEqual(['Germany']);
  });
  const codeOf = (text: string, date: string, name: string) => extract(text, { date }).entities.find((e) => e.name === name)?.actor;
  it('[actors] East Berlin is the capital of East Germany until 3 October 1990, then Germany\'s', () => {
    const text = 'East German border guards detained two students in East Berlin.';
    expect(codeOf(text, '1987-03-06', 'East Berlin')).toBe('DDR');
    expect(codeOf(text, '1987-03-06', 'East German Border Guards')).toBe('DDRCOP');
    expect(codeOf(text, '2024-03-06', 'East Berlin')).toBe('DEU');
  });
});

describe('[actors] companies named by two names', () => {
  it('[actors] names joined by "and" before a company suffix are one company', () => {
    const all = extract('HOUSTON, June 18 - Lomas and Nettleton Financial Corp said it has agreed to acquire a brokerage firm.', { date: '1987-06-18' }).entities;
    expect(all.find((e) => e.name === 'Lomas and Nettleton Financial Corp')?.sector).toBe('BUS');
    expect(all.find((e) => e.name === 'Lomas')).toBeUndefined();
  });
});

describe('[actors] news agencies', () => {
  it('[actors] a news agency told by a nominal is the press, no government', () => {
    const all = extract("NICOSIA, Oct 19 - The Soviet Union has agreed to supply Iran with oil products, Iran's national news agency, IRNA, said.", { date: '1987-10-19' }).entities;
    expect(all.some((e) => /news agency/i.test(e.name) && e.sector === 'GOV')).toBe(false);
  });
});

describe('[actors] bodies of their time', () => {
  it('[actors] "the ICC" before July 2002 is no International Criminal Court', () => {
    const text = 'The ICC had rejected in July the merger of the Santa Fe and Southern Pacific Railroads.';
    const old = extract(text, { date: '1987-03-05' });
    expect(old.events).toEqual([]);
    expect(old.entities.some((e) => e.actor === 'IGOICC')).toBe(false);
    expect(extract(text, { date: '2024-03-05' }).entities.some((e) => e.actor === 'IGOICC')).toBe(true);
  });
});

describe('[actors] office holders of their time', () => {
  it('[actors] one the leader table dates is a private person before the office began', () => {
    const actorOn = (date: string) => extract('Donald Trump met Chinese officials in Beijing.', { date }).entities.find((e) => e.name === 'Donald Trump')?.actor;
    expect(actorOn('1987-04-08')).toBe('USA');
    expect(actorOn('2017-11-08')).toBe('USAGOV');
  });
});

describe('[actors] rulers of their time, with the other layers of time', () => {
  it('[actors] the ANC governs from May 1994, also in the years a body not yet founded is looked up', () => {
    const text = 'The African National Congress accused Inkatha of attacks on its supporters.';
    expect(extract(text, { date: '1998-03-03' }).events.map((e) => e.actor.code)).toEqual(['ZAFGOV']);
    expect(extract(text, { date: '1987-03-03' }).events.map((e) => e.actor.code)).toEqual(['ZAFOPP']);
  });
});

describe('[actors] a minister in a dispatch from an American city', () => {
  // The United States has secretaries, no ministers: a minister with no country written is of another country his sentence
  // names, and of none when it names none; a secretary is still of the dispatch's country.
  const rows: Array<[string, string, string, string | null]> = [
    ['of the other country his sentence names', "BOSTON, May 6 - Indonesia's exports of plywood to the U.S. will rise this year, Trade Minister Budi Santoso said.", 'Budi Santoso', 'IDNGOV'],
    ['of no country when his sentence names none', 'HOUSTON, May 6 - Oil prices will stay firm through the summer, Energy Minister Carlos Mendoza told reporters.', 'Carlos Mendoza', null],
    ['a secretary is of the dispatch country', 'HOUSTON, May 6 - Oil prices will stay firm through the summer, Energy Secretary John Herrington told reporters.', 'John Herrington', 'USAGOV'],
  ];
  for (const [what, text, name, code] of rows) {
    it(`[actors] a minister: ${what}`, () => expect(extract(text, { date: '1987-05-06' }).entities.find((e) => e.name === name)?.actor ?? null).toBe(code));
  }
});
