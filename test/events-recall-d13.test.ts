import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d13', () => {
  eventRows([
    // a trade measure named again by its noun (cuts, a levy, curbs) and criticised is aimed at the one told doing it just before
    ['SEOUL, May 4 - South Korea will cut import duties on 600 items next month. Washington has criticised the cuts as too narrow.', '1987-05-04', ['CONCEDE 081 intended KOR->-', 'ACCUSE 111 occurred USAGOV->KOR']],
    ['MANILA, May 4 - The European Community imposed a levy on coconut oil last week. The Philippines condemned the levy as unfair.', '1987-05-04', ['ACCUSE 111 occurred PHL->IGOEU']],
    // condemned with no doer named, the measure leaves the accusation without a recipient (README: condemnations of an act)
    ['WASHINGTON, May 4 - The Senate voted to condemn the proposed tax on imported fats and oils.', '1987-05-04', ['ACCUSE 111 occurred USALEG->-']],
    // a tax that only names another noun ("the tax reform") is no measure criticised
    ['BONN, May 4 - Farmers criticised the tax reform on Tuesday.', '1987-05-04', []],
  ]);
});
