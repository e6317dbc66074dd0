import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round x', () => {
  eventRows([
    // a verb joined by `and` through a perfect's auxiliary has the first verb's subject, not its object
    ['Canada has accused Washington of dumping subsidised wheat and has threatened to impose duties on American grain.', '1987-03-05', ['ACCUSE 112 occurred CAN->USAGOV', 'THREATEN 131 occurred CAN->USA', 'SANCTION 163 hypothetical CAN->USA']],
    // (a new subject before the auxiliary keeps its own verb)
    ['Canada accused Washington of dumping subsidised wheat and Washington has rejected the charge.', '1987-03-05', ['ACCUSE 112 occurred CAN->USAGOV', 'REJECT 120 occurred USAGOV->CAN']],
    // a warning to one named that it would face retaliation is a threat to the one warned
    ['Australia warned Japan on Tuesday it would face retaliation if it kept its beef quotas.', '1987-03-05', ['THREATEN 130 occurred AUS->JPN']],
    // (told by observers of no side, it is a forecast, no threat)
    ['Economists warned that Japan could face retaliation from its trading partners.', '1987-03-05', []],
    // retaliatory action threatened is a threat with no named means
    ['Canada threatened retaliatory action against the European Community over the oilseeds tax.', '1987-03-05', ['THREATEN 130 occurred CAN->IGOEU']],
    // a negated copula does not reach an active verb `and` joins after its complement
    ['Washington was not satisfied with the tariff cuts and urged Taiwan to open its markets further.', '1987-04-02', ['REQUEST 020 requested USAGOV->TWN']],
    // (a passive participle after `and` is no act of its own told as done)
    ['Two Iranian diplomats were not arrested and charged with spying by Turkish police, the ministry said.', '1987-04-02', ['COERCE 173 negated TURCOP->IRNGOV']],
    // `press for` is a call for: a request with no one named to ask
    ['Argentina is pressing for a lower margin over Libor in its debt talks with creditor banks.', '1987-03-30', ['CONSULT 040 occurred ARG->-', 'REQUEST 020 requested ARG->-']],
    // (a verb of being pressed for comment is no request)
    ['Pressed for further comment, the Argentine minister said the talks would go on.', '1987-03-30', []],
    // a party named inside a charge ('charged X with') is the one accused, whatever it is charged with (a thing, an act)
    ['Iran charged Iraq with fraud over the prisoner exchange.', '1987-03-05', ['ACCUSE 112 occurred IRN->IRQ']],
    ['Baghdad charged Tehran with violating the truce on the southern front.', '1987-03-05', ['ACCUSE 112 occurred IRQGOV->IRNGOV']],
    // prosecutors with no country named are the judiciary of the country the sentence is about
    ['Kenyan police detained the opposition leader on Monday, and prosecutors charged him with sedition on Tuesday.', '1987-03-05', ['COERCE 173 occurred KENCOP->KENOPP', 'ACCUSE 112 occurred KENJUD->KENOPP']],
    // (a price charged is no charge)
    ['The airline charged passengers with children a lower fare.', '1987-03-05', []],
    // a department named without its country, in the American style, is the government of the dispatch's country
    ['WASHINGTON, March 3 - The Justice Department charged Japan with dumping computer chips.', '1987-03-05', ['ACCUSE 112 occurred USAGOV->JPN']],
    // (declining to take a position is declining to speak, no refusal)
    ['WASHINGTON, March 3 - Commerce Department officials declined to take any position on the Japanese offer.', '1987-03-05', []],
    // an undersecretary is of the government, a congressman of the legislature
    ['WASHINGTON, March 31 - Undersecretary of State Michael Armacost urged Japan on Monday to open its markets to American chips.', '1987-03-31', ['REQUEST 020 requested USAGOV->JPN']],
    ['WASHINGTON, March 31 - Democratic Congressman Richard Gephardt accused Japan of unfair trade practices.', '1987-03-31', ['ACCUSE 112 occurred USALEG->JPN']],
    // an answer promised to an act is a threat to the act's doer
    ['Iran will respond decisively to any aggressive move by the United States, the spokesman said.', '1987-10-19', ['THREATEN 130 occurred IRN->USA']],
    // (an act of one's own side answered is no threat to anyone)
    ['Iran will respond firmly to any measures by its own army, the spokesman said.', '1987-10-19', []],
    // a challenge to a party named to act asks it to, past the name's own describing words
    ['UNITA leader Jonas Savimbi challenged the Cuban-backed Angolan government to match his offer of safe passage.', '1987-03-26', ['REQUEST 020 requested AGOREB->AGOGOV']],
    // (a challenge to an act or a right is none)
    ['Greece challenged the Turkish decision to search for oil in the Aegean.', '1987-03-26', []],
    // a question put ('asked whether', 'asked if') is no request
    ['WASHINGTON, March 31 - Treasury Secretary James Baker, asked whether he was worried about the fall of the dollar against the yen, said he was not.', '1987-03-31', []],
    // (asking a party to act still is)
    ['WASHINGTON, March 31 - The Administration asked Congress to replace the tariff schedule.', '1987-03-31', ['REQUEST 020 requested USAGOV->USALEG']],
    // a state that protests an act lodges a diplomatic protest with its doer (114), not a street protest
    ['Spain protested on Tuesday over Morocco\'s decision to close its waters to Spanish trawlers.', '1987-03-18', ['ACCUSE 114 occurred ESP->MAR']],
    // (people who protest over a grievance protest in the street)
    ['ROTTERDAM, March 2 - Dock workers protested over planned layoffs at the port.', '1987-03-02', ['PROTEST 141 occurred NLD->-']],
    // (a protest as the purpose of summoning an envoy is that summons, no second act)
    ['Rabat summoned the Spanish ambassador on Tuesday to protest against what it called Madrid\'s interference.', '1987-03-18', ['ACCUSE 114 occurred MARGOV->ESPGOV', 'ACCUSE 111 occurred MARGOV->ESPGOV']],
    // a passage one's own side would shut, announced on a condition, is a threat; a closure or blockade threatened is one too
    ['Iraq\'s defence minister warned that Iraq would close off the border crossings if there was any attack on its pipelines.', '1987-04-29', ['THREATEN 130 occurred IRQMIL->-']],
    ['Iran threatened a blockade of the Gulf on Sunday.', '1987-04-29', ['THREATEN 130 occurred IRN->-']],
    // (a company that would close plants threatens no one)
    ['Analysts warned that the company would close its plants in Ohio.', '1987-04-29', []],
    // a warning that one's own side would fight an intervention or aggression is a threat of force, beside the fighting as possible
    ['Libya warned that it would resist any American aggression in the Gulf of Sirte.', '1987-06-01', ['THREATEN 138 occurred LBY->-', 'ASSAULT 190 hypothetical LBY->-']],
    // (fighting inflation is no fighting)
    ['The finance minister warned that the government would fight inflation with higher interest rates.', '1987-06-01', []],
  ]);
});
