import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round lead11', () => {
  eventRows([
    // a sanction threatened is possible beside the threat, as a sanction announced by a warning is, for each warner
    ['BRUSSELS, April 2 - The European Community threatened today to impose duties on Japanese electronics imports.', '1987-04-02', ['THREATEN 131 occurred IGOEU->JPN', 'SANCTION 163 hypothetical IGOEU->JPN']],
    ['Canada and Australia threatened to restrict imports of U.S. grain.', '1987-04-02', ['THREATEN 131 occurred CAN->USA', 'THREATEN 131 occurred AUS->USA', 'SANCTION 163 hypothetical CAN->USA', 'SANCTION 163 hypothetical AUS->USA']],
    // (a cut of supplies threatened stays the threat alone)
    ['MOSCOW, April 2 - The Soviet Union threatened to cut oil deliveries to Yugoslavia.', '1987-04-02', ['THREATEN 131 occurred SUN->YUG']],
    // an attack its own side threatens is possible beside the threat; retaliation threatened is the threat alone
    ['NICOSIA, April 2 - Iran threatened to attack Kuwaiti tankers in the Gulf, Tehran radio said.', '1987-04-02', ['THREATEN 138 occurred IRN->KWT', 'ASSAULT 190 hypothetical IRN->KWT']],
    ['BAGHDAD, April 2 - Iraq threatened to retaliate against Iran.', '1987-04-02', ['THREATEN 138 occurred IRQ->IRN']],
    // (retaliation threatened in a sentence of trade and no word of war is a threat of trade measures, 130)
    ['LONDON, April 9 - Britain threatened to retaliate against Japan over its telecommunications market.', '1987-04-09', ['THREATEN 130 occurred GBR->JPN']],
    ['Iran threatened to retaliate against the United States for the attack on its oil platform.', '1987-10-20', ['THREATEN 138 occurred IRN->USA']],
    // the ruling party named with "ruling" before its name is a party of its own (no verb's form in it), the country's
    ['TOKYO, April 2 - The ruling Liberal Democratic Party urged the government to cut taxes.', '1987-04-02', ['REQUEST 020 requested JPN->JPNGOV']],
    ['SEOUL, April 2 - The ruling Democratic Justice Party urged the opposition to return to talks.', '1987-04-02', ['REQUEST 020 requested KOR->KOROPP']],
    // (a walkout threatened over pay announces the strike, no attack)
    ['LONDON, April 2 - British postal workers threatened to strike on Monday over a pay claim.', '1987-04-02', ['THREATEN 130 occurred GBR->-', 'PROTEST 143 hypothetical GBR->-']],
  ]);
});
