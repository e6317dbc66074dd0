import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round t6', () => {
  eventRows([
    // a meeting or visit a party modifies is to come when a word before that party tells it so ('next week's', 'scheduled',
    // 'ahead of'), as it is with no party between
    ['The minister will brief parliament ahead of next week\'s IMF meeting in Washington, aides said.', '1987-04-02', ['CONSULT 040 intended IGOIMF->-']],
    ['Diplomats prepared the agenda of a scheduled Moscow visit by Secretary of State George Shultz.', '1987-04-02', ['CONSULT 042 intended USAGOV->SUN']],
    // (a word of the past before the party leaves it done)
    ['Crude prices fell after last week\'s OPEC meeting in Vienna, traders said.', '1987-04-02', ['CONSULT 040 occurred IGOOPEC->-']],
    // police that charge people with a crime, and prosecutors or a court that indict them, take legal action on them (COERCE 173), as
    // an arrest does; a state that charges another with a deed still accuses it, and a charge told by 'that' is words
    ['Swiss police charged three men with smuggling gold into the country, a spokesman said.', '1987-04-02', ['COERCE 173 occurred CHECOP->CHE']],
    // (people of no country named: no recipient)
    ['Italian prosecutors indicted two former bank officials on Thursday.', '1987-04-02', ['COERCE 173 occurred ITAJUD->-']],
    ['Syria charged Israel with violating the ceasefire, the official news agency said.', '1987-04-02', ['ACCUSE 112 occurred SYR->ISR']],
    ['Kenyan police charged that the protesters had attacked a patrol.', '1987-04-02', ['ACCUSE 112 occurred KENCOP->KEN']],
    // talks a state's officials hold in another state's capital, with no other party named, are with that state's government; not in
    // a city where bodies of states meet, nor at home
    ['Japanese officials held trade talks in Washington last week, a spokesman said.', '1987-04-02', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    ['Japanese officials held trade talks in Geneva last week, a spokesman said.', '1987-04-02', []],
    ['Japanese officials held trade talks in Tokyo last week, a spokesman said.', '1987-04-02', []],
    // Bonn, West Germany's seat of government, stands for its government as other capitals do
    ['Bonn has urged Tokyo to open its markets, a government spokesman said.', '1987-04-02', ['REQUEST 020 requested DEUGOV->JPNGOV']],
    ['Soviet Deputy Prime Minister Alexei Antonov held economic talks in Bonn on Tuesday.', '1987-04-02', ['CONSULT 040 occurred SUNGOV->DEUGOV']],
    // a light verb reads past the act's length or round before its 'of'
    ['Soviet Deputy Prime Minister Alexei Antonov opened two days of talks in Bonn on Tuesday.', '1987-04-02', ['CONSULT 040 occurred SUNGOV->DEUGOV']],
  ]);
});
