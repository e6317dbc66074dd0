import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c9 (actor and recipient codes)', () => {
  eventRows([
    // an office in a union or an institute, with no state body named, is the body's (NGO), not its country's government
    ['LONDON, May 4 - Arthur Scargill, president of the National Union of Mineworkers, accused the government of lying about pit closures.', '1987-05-04', ['ACCUSE 112 occurred GBRNGO->GBRGOV']],
    ['WASHINGTON, May 4 - Paul Harris, president of the International Union of Electronic Workers, urged President Reagan to act against Japan.', '1987-05-04', ['REQUEST 020 requested USANGO->USAGOV']],
    ['WASHINGTON, May 4 - John Smith, director of the Institute for International Economics, urged Japan to cut its surplus.', '1987-05-04', ['REQUEST 020 requested USANGO->JPN']],
    // the same title in a state body stays the government's
    ['WASHINGTON, May 4 - Robert Jones, president of the Federal Reserve Bank of Kansas City, urged Japan to cut its surplus.', '1987-05-04', ['REQUEST 020 requested USAGOV->JPN']],
    // a state or province named before an office of a state gives the office its country, not the dispatch's; and a state of the
    // United States that shares its name with a province or town abroad is the state
    ['TOKYO, May 4 - California Governor George Deukmejian met Japanese Prime Minister Yasuhiro Nakasone on Monday.', '1987-05-04', ['CONSULT 040 occurred USAGOV->JPNGOV']],
    ['PARIS, May 4 - Quebec Premier Robert Bourassa met French Prime Minister Jacques Chirac on Monday.', '1987-05-04', ['CONSULT 040 occurred CANGOV->FRAGOV']],
    ['TOKYO, May 4 - Florida Governor Bob Martinez met Japanese Prime Minister Yasuhiro Nakasone on Monday.', '1987-05-04', ['CONSULT 040 occurred USAGOV->JPNGOV']],
    // a tour of a state of one's own country is no visit abroad
    ['NEW YORK, May 4 - The film director began a tour of Florida on Monday to promote his new film.', '1987-05-04', []],
    // union and labour leaders are not its government ("leaders" alone); speaking for their unions they are NGO by the README's
    // table (edited in session 24: the country's people, as union officials on strike are, is what it was)
    ['LONDON, May 4 - British trade union leaders criticised the government on Monday.', '1987-05-04', ['ACCUSE 111 occurred GBRNGO->GBRGOV']],
    ['SEOUL, May 4 - Police arrested three union leaders on Monday.', '1987-05-04', ['COERCE 173 occurred KORCOP->KOR']],
    // a ship "connected" to or "chartered" by a country is that country's as a target, as a flagged or owned one is
    ['BAHRAIN, May 4 - Iranian gunboats attacked a Kuwaiti-chartered tanker on Monday, shipping sources said.', '1987-05-04', ['ASSAULT 190 occurred IRNMIL->KWT']],
    ['BAHRAIN, May 4 - Iran has attacked Kuwaiti-connected ships since last year.', '1987-05-04', ['ASSAULT 190 occurred IRN->KWT']],
  ]);
});
