import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round p', () => {
  eventRows([
    // taking the war to a place is attacking it; told as a warning with a condition, a threat beside the possible attack
    ['Sudanese army chief Abdel Fattah al-Burhan told troops on Monday that the army would take the war to Chad if N\'Djamena kept arming the rebels.', '2024-06-07', ['ASSAULT 190 hypothetical SDNMIL->TCD', 'THREATEN 138 occurred SDNMIL->TCD']],
    // tariffs told with their amount first ("of", "in" or "worth" between) are tariffs imposed
    ['The European Union approved 4.2 billion euros worth of retaliatory tariffs on U.S. goods on Monday.', '2024-06-07', ['SANCTION 163 occurred IGOEU->USA']],
    // threatening one named with sanctions is a threat to it and, beside it, the sanction as possible
    ['Washington threatened Managua with new sanctions on Friday over the closure of opposition newspapers.', '2024-06-07', ['THREATEN 131 occurred USAGOV->NICGOV', 'SANCTION 160 hypothetical USAGOV->NICGOV']],
    // a policy its author says it will not withdraw is a refusal to yield (124), not a negated concession
    ['Argentine President Javier Milei said on Tuesday his government would not withdraw the pension reform despite a week of strikes across Argentina.', '2024-06-07', ['REJECT 124 occurred ARGGOV->ARG']],
    // Myanmar's capital as the wire writes it names the country: the junta there is its government
    ['The junta in Naypyitaw appealed for international help on Saturday after the earthquake.', '2024-06-07', ['REQUEST 023 requested MMRGOV->-']],
  ]);
});
