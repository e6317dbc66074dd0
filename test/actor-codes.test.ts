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
