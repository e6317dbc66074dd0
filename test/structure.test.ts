import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/stages/dateline.js';
import { splitSentences } from '../src/stages/structure.js';
import { extract } from '../src/pipeline.js';

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
    // the 1987 desks' variants: asterisks before the place, the agency's name after the date, a comma left before the dash
    ['SUGAR SALE\n****SANTO DOMINGO, March 4 - The Dominican', { place: 'Santo Domingo', country: 'DOM', date: '2023-03-04', agency: 'Reuters' }],
    ['AEGEAN MEDIATION\nBRUSSELS, March 27, Reuter - Greece', { place: 'Brussels', country: 'BEL', date: '2023-03-27', agency: 'Reuters' }],
    ['TRADE SURPLUS SEEN FALLING\nCHICAGO, March 4, - South Korea', { place: 'Chicago', country: 'USA', date: '2023-03-04', agency: 'Reuters' }],
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

describe('[structure/paragraphs]', () => {
  // One paragraph of fixed-width wire copy under its headline is one paragraph, however few its lines; lines that each end a
  // sentence are paragraphs of their own; blank lines part paragraphs.
  const rows: Array<[string, string, number]> = [
    ['one wrapped paragraph of three lines under a headline',
      'ASIAN BANK LENDS NEPAL 40 MLN DLRS\nMANILA, May 4 - The Asian Development Bank said it has approved\ntwo loans to Nepal worth 40 mln dlrs in all, for a road project\nand for the irrigation of farms in the southern plains.', 1],
    ['one wrapped paragraph of two lines under a headline',
      'KENYA SEEKS TEA TALKS\nNAIROBI, May 4 - Kenya will ask its main tea buyers to hold talks\non prices next month, the agriculture ministry said.', 1],
    ['two wrapped paragraphs parted by a blank line',
      'ASIAN BANK LENDS NEPAL 40 MLN DLRS\nMANILA, May 4 - The Asian Development Bank said it has approved\ntwo loans to Nepal worth 40 mln dlrs in all.\n\nOne loan will go to a road project in the hills west of the\ncapital, the bank said.', 2],
    ['lines that each end a sentence',
      'The ministry said exports rose.\nImports fell by two pct in March.\nThe trade surplus was the largest this year.', 3],
  ];
  for (const [name, input, count] of rows) {
    it(`[structure/paragraphs] ${name}`, () => {
      const paragraphs = extract(input, { date: '1987-05-04' }).paragraphs.filter((p) => p.role === 'body');
      expect(paragraphs, `[structure/paragraphs] ${name}`).toHaveLength(count);
    });
  }
});

describe('[structure/sentences] copy that capitalises the word after "U.S."', () => {
  // The 1987 archive writes the word after "U.S." with a capital wherever it stands ("U.S. Officials"): there a preposition or
  // a conjunction after "U.S." goes on with the sentence, and a pronoun or an article still opens one. Copy that does not
  // capitalise so keeps every sentence starter.
  const rows: Array<[string, number]> = [
    ['TOKYO, April 8 - The minister will explain the plan to U.S. Officials when he visits the U.S. On April 19. He told officials so.', 2],
    ['TOKYO, April 8 - Japanese officials sought to convince the U.S. That the pact on chips is working, U.S. Officials said.', 1],
    ['TOKYO, April 8 - The minister will meet U.S. Officials in Washington and the U.S. The talks will cover chips.', 2],
    ['TOKYO, April 8 - The minister left for the U.S. On Friday he will meet officials in Washington.', 2],
  ];
  for (const [input, count] of rows) {
    it(`[structure/sentences] ${input}`, () => {
      expect(extract(input, { date: '1987-04-08' }).sentences, `[structure/sentences] ${input}`).toHaveLength(count);
    });
  }
});
