import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { eventRows } from './event-rows.js';

describe('events, recall round g14', () => {
  eventRows([
    // a body of members is read by one reading, in the text and by coreference: a body of a trade's firms is business (BUS), of
    // its people NGO; a union of a trade's people is a labour union, NGO, though the trade ("carriers") is one firms ply too
    ['WASHINGTON, May 4 - The National Association of Grain Dealers urged the Reagan administration to expand export subsidies.', '1987-05-04', ['REQUEST 020 requested USABUS->USAGOV']],
    ['OTTAWA, May 4 - Canada Post held talks today with the Letter Carriers Union of Canada.', '1987-05-04', ['CONSULT 040 occurred CANBUS->CANNGO']],
    // a body of members whose name does not tell its members is of its country alone
    ['WASHINGTON, May 4 - The American Soybean Association urged the Reagan administration to expand export subsidies.', '1987-05-04', ['REQUEST 020 requested USA->USAGOV']],
    // a month a present clause names for a thing ("the agreement reached in December") makes no act to come of the present
    ['NEW DELHI, March 4 - "We ratify the agreement reached in December," Indian Foreign Minister N.D. Tiwari told Pakistan.', '1987-03-04', ['SUPPORT 057 occurred INDGOV->-']],
    // a story of a labour dispute is told by one test, read by coreference and by the events stage alike: it names the workers' side
    // (a union by name or noun, workers, strikers) and a strike or their bargaining; talks that name no party are then the employers'
    // and the union's, and a bare strike under way is the workers'; a story that names no workers' side holds neither
    ['OSLO, May 4 - Pay negotiations resumed today in the dock strike, a union spokesman said.', '1987-05-04', ['CONSULT 046 occurred NORBUS->NORNGO', 'CONSULT 046 occurred NORNGO->NORBUS']],
    ['HAMILTON, Ontario, May 4 - Stelco Inc said it resumed contract talks with striking union locals today.', '1987-05-04', ['CONSULT 046 occurred CANBUS->CANNGO']],
    ['TORONTO, May 4 - Talks to settle the 12-day-old strike at the Sudbury smelter resumed today, a spokesman said.', '1987-05-04', []],
  ]);
});

describe('events, dates of round g14', () => {
  // a month or day written without its year and read in the year before is the coming one for an act to come: the present tense
  // with a day ("meets on December 9" in a story of March), an act whose status a later reading settled ("plans a July trip");
  // not a month in a present clause that names a thing, nor a day this year already past
  const rows: ReadonlyArray<readonly [string, string]> = [
    ['BAGHDAD, March 4 - Iraqi Oil Minister Issam Abdul-Rahim al-Chalabi meets Saudi Oil Minister Hisham Nazer in Riyadh on December 9, officials said.', '1987-12-09'],
    ['CAIRO, March 4 - President Hosni Mubarak flies to Washington on December 9 for talks with President Reagan.', '1987-12-09'],
    ['TOKYO, March 4 - Japanese Foreign Minister Tadashi Kuranari plans a July visit to China, officials said.', '1987-07'],
  ];
  for (const [text, date] of rows) {
    it(`[dates] ${text}`, () => {
      const dates = extract(text, { date: '1987-03-04' }).events.map((e) => e.date?.value ?? null);
      expect(dates.length, text).toBeGreaterThan(0);
      expect(dates.every((d) => d === date), `${text}: ${dates.join(', ')}`).toBe(true);
    });
  }
});
