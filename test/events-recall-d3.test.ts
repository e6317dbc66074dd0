import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d3', () => {
  eventRows([
    // the parties after 'between' may stand past a title of several words, whose head may be in lower case
    ['The dispute eased after talks between Deputy Egyptian Foreign Minister Ahmed Maher and the Sudanese Foreign Ministry.', '1987-03-17', ['CONSULT 040 occurred EGYGOV->SDNGOV', 'CONSULT 040 occurred SDNGOV->EGYGOV']],
    ['The proposal could open the way for talks between Greek Prime Minister Andreas Papandreou and Turkish leader Turgut Ozal.', '1987-03-17', ['CONSULT 040 hypothetical GRCGOV->TURGOV', 'CONSULT 040 hypothetical TURGOV->GRCGOV']],
    // (a place of many capitalised words with no party in it is none)
    // (the New York Stock Exchange is a U.S. business, a market named after its city: a party; see events-recall-a10)
    ['Talks between the Pacific Stock Exchange and the union ended on Monday.', '1987-03-17', []],
    // a debtor's talks 'between' it and lenders no code names (its creditor banks, its bank advisory committee) are its own, with no recipient
    ['Debt talks between the Venezuelan government and its bank advisory committee resumed in New York on Monday.', '1987-03-17', ['CONSULT 040 occurred VENGOV->-']],
    ['Slow progress in negotiations between Ecuador and its foreign creditor banks worried investors.', '1987-03-17', ['CONSULT 046 occurred ECU->-']],
    // (a committee that is no lenders' is no such party)
    ['Talks between the Ecuadorean government and its own cabinet committee ended on Monday.', '1987-03-17', []],
    // a person named by a demonym and 'official' is the subject of the past verb after it ('official' is no determiner there)
    ['A senior Canadian trade official met U.S. negotiators in Washington on Monday.', '1987-03-17', ['CONSULT 040 occurred CANGOV->USAGOV']],
    ['A Brazilian official urged the banks to cut their spreads.', '1987-03-17', ['REQUEST 020 requested BRAGOV->-']],
    // (an official visit is still no one's verb)
    ['The official visit ended on Monday.', '1987-03-17', []],
    // an act a government or force no one names owns by a possessive is that force's, of the story's country
    ['HARARE, March 16 - The main issue in the government\'s current talks with the IMF is the exchange rate.', '1987-03-16', ['CONSULT 040 occurred ZWEGOV->IGOIMF']],
    // (a company's talks are no one's: the bare word must be a force or government)
    ['HARARE, March 16 - The company\'s talks with the IMF ended on Monday.', '1987-03-16', []],
    // people of business named by their country's adjective act for its business sector, not its government
    ['BUENOS AIRES, March 22 - Argentine business leaders called on the government to cut interest rates.', '1987-03-22', ['REQUEST 020 requested ARGBUS->ARGGOV']],
    ['TOKYO, March 22 - Japanese bankers criticised the Finance Ministry for its slow deregulation.', '1987-03-22', ['ACCUSE 111 occurred JPNBUS->JPNGOV']],
    // (leaders alone are still the government's)
    ['BUENOS AIRES, March 22 - Argentine leaders called on Britain to open talks on the islands.', '1987-03-22', ['REQUEST 020 requested ARGGOV->GBR']],
    // a body named again by the last word of its name after 'the' is that body
    ['WASHINGTON, March 3 - The International Monetary Fund approved a standby credit for Zambia. The Fund also urged Zambia to cut its budget deficit.', '1987-03-03', ['AID 071 occurred IGOIMF->ZMB', 'REQUEST 020 requested IGOIMF->ZMB']],
    ['BRUSSELS, March 3 - The European Community published its trade figures on Monday. The Community urged Japan to open its markets.', '1987-03-03', ['REQUEST 020 requested IGOEU->JPN']],
    // (not the first word of a longer name: the Bank of England is no World Bank, but the central bank of its state)
    ['LONDON, March 3 - The World Bank lent Kenya 50 mln dlrs. The Bank of England urged Kenya to cut its spending.', '1987-03-03', ['AID 071 occurred IGOWB->KEN', 'REQUEST 020 requested GBRGOV->KEN']],
    // (an intergovernmental body's in lower case too: 'the fund' after the Arab Monetary Fund; 'the trade' is no GATT)
    ['ABU DHABI, March 3 - The Arab Monetary Fund published its annual report on Monday. The fund also urged Sudan to cut its budget deficit.', '1987-03-03', ['REQUEST 020 requested IGOAMF->SDN']],
    // a chamber named by its country is its legislature, also where the tagger takes the whole name for a place
    ['The U.S. House of Representatives today rejected a request for 40 mln dlrs in aid to the Contra rebels.', '1987-03-11', ['REJECT 120 occurred USALEG->-']],
    ['LONDON, March 3 - The House of Commons urged the government to impose sanctions on Japan.', '1987-03-03', ['REQUEST 020 requested GBRLEG->GBRGOV']],
    // talks or a visit that open the sentence after 'in', 'during', 'after', 'following' or 'at' are the main clause subject's, after
    // the comma; a country that opens that subject's title is the person's
    ['TOKYO, March 3 - In talks with Japanese Foreign Minister Tadashi Kuranari, Australian Trade Minister John Dawkins voiced concern about beef quotas.', '1987-03-03', ['CONSULT 040 occurred AUSGOV->JPNGOV']],
    ['MOSCOW, March 3 - After talks with Soviet Foreign Minister Eduard Shevardnadze, U.S. Secretary of State George Shultz said progress had been made.', '1987-03-03', ['CONSULT 040 occurred USAGOV->SUNGOV']],
    // (no party after the comma: none)
    ['MOSCOW, March 3 - In talks with Iran, it is hard to say who gains.', '1987-03-03', []],
    // a union a state acts on at home is the country's people, as unions are
    ['LA PAZ, March 3 - The government accused the miners union of plotting to topple it.', '1987-03-03', ['ACCUSE 112 occurred BOLGOV->BOL']],
    ['ROTTERDAM, March 11 - Dutch members of parliament urged the dockers union and employers to settle their differences.', '1987-03-11', ['REQUEST 020 requested NLDLEG->NLD']],
    // (a union of states named is the body: no people of the country)
    ['MOSCOW, March 3 - Moscow urged the European Union to lift its sanctions.', '1987-03-03', ['REQUEST 020 requested SUNGOV->IGOEU']],
    // the opposition, or its parties, leaders or members, named with no country before a verb are the story country's opposition
    ['TOKYO, March 3 - Opposition parties protested against government plans for a new sales tax.', '1987-03-03', ['PROTEST 141 occurred JPNOPP->JPNGOV']],
    ['ATHENS, March 3 - The opposition accused the government of mishandling the Aegean dispute.', '1987-03-03', ['ACCUSE 112 occurred GRCOPP->GRCGOV']],
    // (an opposition named by its country keeps it)
    ['TOKYO, March 3 - South Korean opposition leaders accused Seoul of rigging the vote.', '1987-03-03', ['ACCUSE 112 occurred KOROPP->KORGOV']],
    // a visit whose purpose is talks with officials of no other country named is to the host's government
    ['WASHINGTON, March 31 - Deputy Secretary of State John Whitehead will visit Seoul next week for meetings with senior officials.', '1987-03-31', ['CONSULT 042 intended USAGOV->KORGOV']],
    ['BRASILIA, March 5 - Finance Minister Dilson Funaro will fly to Bonn for talks with West German officials.', '1987-03-05', ['CONSULT 042 intended BRAGOV->DEUGOV']],
    // (talks with a body's officials are not the host's)
    ['WASHINGTON, March 31 - Yeutter will fly to Brussels next week for talks with European Community officials.', '1987-03-31', ['CONSULT 042 intended USAGOV->BEL']],
    // a family name alone takes up a full name of three words it opens, as of two ('Choi Kwang Soo' ... 'Choi')
    ['WASHINGTON, March 11 - South Korean Foreign Minister Choi Kwang Soo said his nation would keep a surplus. Choi leaves today for Tokyo for talks with Japanese officials.', '1987-03-11', ['CONSULT 042 occurred KORGOV->JPNGOV']],
    // 'ruling' and 'governing' are office words of a title read leftwards to its country's demonym
    ['WASHINGTON, March 11 - South Korean ruling party chairman Roh Tae Woo urged Japan to open its markets.', '1987-03-11', ['REQUEST 020 requested KORGOV->JPN']],
    // staff who strike are the people who work there, not the body they work for
    // (a strike for pay is their demand too, as the README's conventions code it: round e13)
    ['MADRID, June 19 - Spanish bank staff went on strike for higher pay, union officials said.', '1987-06-19', ['PROTEST 143 occurred ESP->-', 'REQUEST 100 requested ESP->-']],
  ]);
});
