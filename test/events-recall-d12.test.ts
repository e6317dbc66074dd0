import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round d12', () => {
  eventRows([
    // a story of a few hard-wrapped lines is one paragraph, not one per line: an act told across a wrap is read whole
    ['CANADA LENDS PERU 40 MLN DLRS FOR POWER\nLIMA, May 4 - The Canadian government said it has extended\ntwo loans to Peru totalling 40 mln dlrs, for a hydroelectric\nplant in the southern Andes.', '1987-05-04', ['AID 071 occurred CANGOV->PER']],
    ['KENYA ASKS BRITAIN TO OPEN MARKETS\nNAIROBI, May 4 - The Kenyan government today urged Britain and\nWest Germany to lift their curbs on Kenyan textile imports.', '1987-05-04', ['REQUEST 020 requested KENGOV->GBR', 'REQUEST 020 requested KENGOV->DEU']],
    // lines that each end a sentence are still one paragraph each (written copy, one paragraph a line)
    ['Kenya said the talks went well.\nBritain said nothing.\nThe envoys will meet again.', '1987-05-04', []],
    // a moratorium a debtor state declares or imposes on its payments is the suspension itself (160, no recipient); not one a bill
    // imposes on something other than payments
    ['LIMA, May 4 - Peru declared last month a moratorium on payment of interest on its commercial bank debt.', '1987-05-04', ['SANCTION 160 occurred PER->-']],
    ['LAGOS, May 4 - Nigeria, which declared an interest payments moratorium in January, is seeking new terms.', '1987-05-04', ['SANCTION 160 occurred NGA->-']],
    ['WASHINGTON, May 4 - The bill would impose a moratorium on new securities powers for commercial banks.', '1987-05-04', []],
    // a state allowed to buy under the U.S. food aid law (PL 480) receives aid from the government that says so; a tender under it
    // by the buyer alone gives none
    ['WASHINGTON, May 4 - Sudan was authorized to buy 50,000 tonnes of wheat under an existing PL 480 agreement, the U.S. Agriculture Department said.', '1987-05-04', ['AID 071 occurred USAGOV->SDN']],
    ['KANSAS CITY, May 4 - Morocco will tender on Thursday for 30,000 tonnes of wheat under PL 480, U.S. exporters said.', '1987-05-04', []],
    // a loan a state signs up for from a lender is received from it, as one signed for is; a company's is its own business
    ['ANKARA, May 4 - Turkey has signed up for a 300 mln dlr loan from the World Bank, the Treasury said.', '1987-05-04', ['AID 071 occurred IGOWB->TUR']],
    ['NEW YORK, May 4 - Acme Corp said it signed up for a 30 mln dlr credit from Chase Manhattan Bank.', '1987-05-04', []],
  ]);
});
