import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round i8', () => {
  eventRows([
    // a company's name that ends in a country's name is the firm's arm in that country (BUS), not the state
    ['Mobil Oil Australia signed an agreement with the Indonesian government on Tuesday.', '1987-03-02', ['SUPPORT 057 occurred AUSBUS->IDNGOV']],
    ['Toyota Canada agreed to hold talks with the Ontario government.', '1987-03-02', ['AGREE 036 occurred CANBUS->CANGOV']],
    // (a state's radio named after its country is no company)
    ['Radio Pakistan called on the public to stay calm.', '1987-03-02', ['REQUEST 020 requested PAK->-']],
    // a province or state is meant before a smaller foreign town of its name ("Ontario", a city of California), unless a region
    // written after it names the town
    ['Legislators from Ontario urged U.S. senators to drop the lumber duty.', '1987-03-02', ['REQUEST 020 requested CANLEG->USALEG']],
    ['Police in Ontario, Calif., arrested two men on Tuesday.', '1987-03-02', ['COERCE 173 occurred USACOP->USA']],
    // a demonym a combining form joins to another people is no country ('Anglo American'), and a country after 'of' in a company's
    // name owns it
    ['JOHANNESBURG, March 31 - Anglo American Platinum Co chairman Peter Smith urged the South African government to scrap the law.', '1987-03-31', ['REQUEST 020 requested ZAFBUS->ZAFGOV']],
    ['Anglo American Corp of South Africa Ltd chairman Peter Smith urged the government to scrap the law.', '1987-03-31', ['REQUEST 020 requested ZAFBUS->ZAFGOV']],
    // (a demonym alone still gives its country)
    ['American Motors Corp chairman Peter Smith urged the government to scrap the law.', '1987-03-31', ['REQUEST 020 requested USABUS->USAGOV']],
    // a public's plural that speaks after the words it reports (', senators said') is of the dispatch's country, as one that opens
    // the sentence is: the meeting it tells of is its own, not the reported clause's subject's
    ['WASHINGTON, March 20 - Tariffs on Japanese chips are likely soon, senators said today after a meeting with Commerce Secretary Malcolm Baldrige.', '1987-03-20', ['CONSULT 040 occurred USALEG->USAGOV']],
    // (a public named with its country keeps it)
    ['WASHINGTON, March 20 - Tariffs on Japanese chips are likely soon, Japanese officials said today after a meeting with Commerce Secretary Malcolm Baldrige.', '1987-03-20', ['CONSULT 040 occurred JPNGOV->USAGOV']],
  ]);
});
