/**
 * Table tests of event coding shared by the recall test files: one test per row, the events `extract` codes
 * in the text, as "TYPE CAMEO status ACTOR->RECIPIENT".
 */
import { expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';

export function eventRows(cases: ReadonlyArray<readonly [string, string, readonly string[]]>): void {
  for (const [text, date, expected] of cases) {
    it(`[events] ${text}`, () => {
      const got = extract(text, { date }).events.map((e) => `${e.type} ${e.cameo} ${e.status} ${e.actor.code}->${e.recipient?.code ?? '-'}`);
      expect(got.sort(), `[events] ${text}`).toEqual([...expected].sort());
    });
  }
}
