import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/stages/dateline.js';
import { splitSentences } from '../src/stages/structure.js';

describe('[dateline] agency styles', () => {
  const rows: Array<[string, { place: string; country: string; date: string; agency: string | null }]> = [
    ['MOSCOW, June 9. /TASS/. Chief of the Russian General Staff', { place: 'Moscow', country: 'RUS', date: '2023-06-09', agency: 'TASS' }],
    ['BEIJING, June 9 (Xinhua) -- Chinese', { place: 'Beijing', country: 'CHN', date: '2023-06-09', agency: 'Xinhua' }],
    ['LONDON (Reuters) - Britain said', { place: 'London', country: 'GBR', date: '2023-06-09', agency: 'Reuters' }],
    ['WASHINGTON, Feb 26 - The U.S.', { place: 'Washington', country: 'USA', date: '2023-02-26', agency: 'Reuters' }],
    ['KYIV, Ukraine (AP) — Russian forces', { place: 'Kyiv', country: 'UKR', date: '2023-06-09', agency: 'AP' }],
    ['Paris (AFP) - France said', { place: 'Paris', country: 'FRA', date: '2023-06-09', agency: 'AFP' }],
    ['MOSCOW. March 3 (Interfax) - Russia', { place: 'Moscow', country: 'RUS', date: '2023-03-03', agency: 'Interfax' }],
    ['MOSCOW, March 3 (RIA Novosti) - Russia', { place: 'Moscow', country: 'RUS', date: '2023-03-03', agency: 'RIA Novosti' }],
    ['WASHINGTON, Jan. 5 (UPI) -- The', { place: 'Washington', country: 'USA', date: '2023-01-05', agency: 'UPI' }],
    ['TOKYO, May 2 (Kyodo) -- Japan', { place: 'Tokyo', country: 'JPN', date: '2023-05-02', agency: 'Kyodo' }],
    ['SEOUL, May 2 (Yonhap) -- South Korea', { place: 'Seoul', country: 'KOR', date: '2023-05-02', agency: 'Yonhap' }],
    ['ANKARA (AA) - Turkey', { place: 'Ankara', country: 'TUR', date: '2023-06-09', agency: 'Anadolu' }],
    ['NAIROBI, Kenya — Kenyan police', { place: 'Nairobi', country: 'KEN', date: '2023-06-09', agency: null }],
    ['WESTPORT, Conn., Feb 26 - Liberty', { place: 'Westport', country: 'USA', date: '2023-02-26', agency: 'Reuters' }],
    ['HEADLINE HERE\nST. LOUIS, Feb 26 - Landmark', { place: 'St. Louis', country: 'USA', date: '2023-02-26', agency: 'Reuters' }],
    // a capital with no state after it is the capital, not its American namesake
    ['SAN JOSE, March 5 - Costa Rica', { place: 'San Jose', country: 'CRI', date: '2023-03-05', agency: 'Reuters' }],
    ['SAN JOSE, Calif., March 5 - Excelan', { place: 'San Jose', country: 'USA', date: '2023-03-05', agency: 'Reuters' }],
    ['PANAMA CITY, June 1 - The Panama Canal', { place: 'Panama City', country: 'PAN', date: '2023-06-01', agency: 'Reuters' }],
    ['KINGSTON, June 1 - Jamaica', { place: 'Kingston', country: 'JAM', date: '2023-06-01', agency: 'Reuters' }],
  ];
  for (const [input, expected] of rows) {
    it(`[dateline] ${input.slice(0, 40)}`, () => {
      const { dateline } = findDateline(input, '2023-06-09');
      expect(dateline, `[dateline] ${input}`).not.toBeNull();
      const { place, country, date, agency } = dateline!;
      expect({ place, country, date, agency }, `[dateline] ${input}`).toEqual(expected);
    });
  }
  for (const input of ['Russia, China to keep expanding defense cooperation', 'The president said - nothing more', 'He said: no.']) {
    it(`[dateline] no dateline in "${input}"`, () => {
      const layer = findDateline(input, '2023-06-09');
      expect(layer.dateline, `[dateline] ${input}`).toBeNull();
      expect(layer.messages.length).toBeGreaterThan(0);
    });
  }
});

describe('[structure/sentences]', () => {
  const rows: Array<[string, number]> = [
    ['Army Gen. Valery Gerasimov held talks. He said so.', 2],
    ['The U.S. Defense Department said Lt. Col. John F. Kerry arrived. Growth was 3.5 percent.', 2],
    ['Sanctions on the U.S. The ministry said nothing.', 2],
    ['"We are ready," he said. "We will act."', 2],
    ['He arrived on Jan. 5 in Washington.', 1],
    ['Brig. Gen. Ali Demir of the Turkish army spoke.', 1],
  ];
  for (const [input, count] of rows) {
    it(`[structure/sentences] ${input}`, () => {
      const spans = splitSentences(input, 0, input.length);
      expect(spans.map((s) => input.slice(s.start, s.end)), `[structure/sentences] ${input}`).toHaveLength(count);
    });
  }
});
