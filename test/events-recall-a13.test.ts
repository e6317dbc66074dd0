import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round a13', () => {
  eventRows([
    // talks named by the debt they are on, as one round ("the debt talks", "debt rescheduling talks"), with no party of their own,
    // are the debtor's with its lenders, no code named: the state whose official speaks of them
    ['LIMA, May 4 - Peruvian Finance Minister Luis Alva said he was confident of an accord in the debt rescheduling talks due to open in New York next week.', '1987-05-04', ['CONSULT 040 intended PERGOV->-']],
    ['CARACAS, May 4 - Venezuelan Finance Minister Hector Hurtado said the debt talks had gone well.', '1987-05-04', ['CONSULT 040 occurred VENGOV->-']],
    // bare "debt negotiations" are talks of that kind in general; and a company's debt talks are its business
    ['CARACAS, May 4 - Venezuelan Finance Minister Hector Hurtado said debt negotiations were always slow and difficult.', '1987-05-04', []],
    ['TORONTO, May 4 - Dome Petroleum chairman Howard Macdonald said the debt restructuring talks would end this month.', '1987-05-04', []],
    // talks a verb of opening follows in the present are set for a time to come; told in the past they were held
    ['WASHINGTON, May 4 - Trade talks between Japan and the United States resume on Thursday, a U.S. official said.', '1987-05-04', ['CONSULT 040 intended JPN->USA', 'CONSULT 040 intended USA->JPN']],
    ['WASHINGTON, May 4 - Trade talks between Japan and the United States resumed on Thursday, a U.S. official said.', '1987-05-04', ['CONSULT 040 occurred JPN->USA', 'CONSULT 040 occurred USA->JPN']],
    // the setting of a speech a sentence opens with ("In a press conference after talks with"), and the talks after it, are the main
    // clause subject's, as after "Speaking"; a setting that names no talks gives none
    ['SEOUL, May 4 - In a press conference after talks with Japanese officials, Trade Minister Rha Woong-bae said the surplus would fall.', '1987-05-04', ['CONSULT 040 occurred KORGOV->JPNGOV']],
    ['SEOUL, May 4 - In a press conference at the ministry, Trade Minister Rha Woong-bae said the surplus would fall.', '1987-05-04', []],
  ]);
});
