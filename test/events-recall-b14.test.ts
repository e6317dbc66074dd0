import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round b14', () => {
  eventRows([
    // an official in a place on a journey told after it (a visit, a tour's leg), as a guest there, or holding talks there, visits it
    ['CARACAS, June 3 - Venezuelan Energy Minister Arturo Hernandez Grisanti was in Lagos on the second leg of a tour of African oil producers, officials said.', '1987-06-03', ['CONSULT 042 occurred VENGOV->NGA']],
    ['ROME, June 3 - Mexican Finance Minister Gustavo Petricioli, who is in Rome on a three-day visit, said his country would keep paying its debt.', '1987-06-03', ['CONSULT 042 occurred MEXGOV->ITA']],
    ['LONDON, June 3 - Egyptian Oil Minister Abdel Hadi Kandil was in London as a guest of the British oil industry.', '1987-06-03', ['CONSULT 042 occurred EGYGOV->GBR']],
    // a place's state or a stay of no journey is none
    ['PARIS, June 3 - French share prices were in line with expectations on the first day of trading, dealers said.', '1987-06-03', []],
    ['BONN, June 3 - The minister was in hospital on the second day of the party congress, aides said.', '1987-06-03', []],
    // a time adverbial of the night, the weekend or a part of the day stands between a verb and the rest of its pattern, as `on Monday` does
    ['BUENOS AIRES, June 29 - Argentine Economy Minister Juan Sourrouille left at the weekend for the United States, officials said.', '1987-06-29', ['CONSULT 042 occurred ARGGOV->USA']],
    ['TOKYO, June 29 - Japanese Trade Minister Hajime Tamura will meet tomorrow with U.S. Trade Representative Clayton Yeutter.', '1987-06-29', ['CONSULT 040 intended JPNGOV->USAGOV']],
    ['MOSCOW, June 29 - The Soviet Union agreed last night to withdraw its troops from Afghanistan, Tass said.', '1987-06-29', ['AGREE 035 occurred SUN->AFG']],
    // words of the day that are no adverbial of the act leave it as it was: the night a price was set is no meeting
    ['LONDON, June 29 - Dealers said prices set last night with little trade were unchanged this morning.', '1987-06-29', []],
  ]);
});
