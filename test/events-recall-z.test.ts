import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round z', () => {
  eventRows([
    // an attack repelled is fought each way: the repelling side against the attacker, the attacker's attack on it
    ['Ukraine said its forces repelled a Russian offensive near Kharkiv on Tuesday.', '2024-06-07', ['ASSAULT 190 occurred UKRMIL->RUS', 'ASSAULT 190 occurred RUS->UKRMIL']],
    ['Afghan troops fought off an attack by Pakistani militants near the border town of Torkham overnight, officials said.', '2024-06-07', ['ASSAULT 190 occurred AFGMIL->PAKREB', 'ASSAULT 190 occurred PAKREB->AFGMIL']],
    // ... and the attack took place even where the repelling is only intended
    ['Russia moved reserves to the Kursk region to repel the Ukrainian incursion.', '2024-06-07', ['MOBILIZE 154 occurred RUS->UKR', 'ASSAULT 190 intended RUS->UKR', 'ASSAULT 190 occurred UKR->RUS']],
    // a market's advance or a takeover attempt repelled is no fighting
    ['The central bank halted the advance of the dollar with heavy selling.', '2024-06-07', []],
    ['The company said it would repel any hostile takeover attempt.', '2024-06-07', []],
    // a merchant ship named after its flag's demonym stands for its country alone (a warship for its navy); its name is no one
    ['Iraqi jets attacked the Greek supertanker Aegean Star off the Iranian coast on Monday, shipping sources said.', '1987-06-02', ['ASSAULT 190 occurred IRQMIL->GRC']],
    ['The Liberian liquefied gas carrier Northern Light was hit by an Iranian gunboat on Sunday.', '1987-06-02', ['ASSAULT 190 occurred IRNMIL->LBR']],
    ['The Soviet destroyer Boevoy sailed into Japanese waters on Monday.', '1987-06-02', ['MOBILIZE 150 occurred SUNMIL->JPN']],
    // setting a ship on fire is an attack on it; cars set on fire by a crowd are none
    ['An Iranian frigate set the Cypriot tanker Sea Wind on fire with a missile.', '1987-06-02', ['ASSAULT 190 occurred IRNMIL->CYP']],
    ['Rioters set cars on fire in the capital.', '1987-06-02', []],
    // the act an attack answers ("in retaliation for", "in response to") has parties of its own: none is the attack's recipient
    ['Israeli jets struck at a second target on Sunday in retaliation for a Syrian rocket attack on an Israeli town.', '1987-06-02', ['ASSAULT 195 occurred SYR->ISR']],
    // a ship's flag told beside its own country is not whose the ship is; told alone, it is
    ['The raid answered an Iraqi missile attack on a Liberian-registered Greek tanker last week.', '1987-06-02', ['ASSAULT 195 occurred IRQ->GRC']],
    ['An Iranian gunboat attacked a Panamanian-flagged tanker on Friday.', '1987-06-02', ['ASSAULT 190 occurred IRNMIL->PAN']],
    // an offensive launched near a town of another country is on that country; wire spellings of Gulf-war towns are places
    ['Iranian troops launched a fresh offensive near the southern port of Basra overnight, Iraq said.', '1987-04-08', ['ASSAULT 190 occurred IRNMIL->IRQ']],
    ['Iran said its forces had launched attacks on Amarah, Baghdad radio said.', '1987-04-08', ['ASSAULT 190 occurred IRNMIL->IRQ']],
    // ... not near a place of no country
    ['Rebels launched an attack near the border, the army said.', '1987-04-08', []],
    // armed men killed at home are not the home country's rebels where the sentence names another side
    ['Iraq said its troops killed 40 attackers near Basra last night after an Iranian assault.', '1987-04-08', []],
    // troops sent into the country's own plants and ports (against a strike) are a deployment against its own people
    ['LIMA, May 4 - The government sent troops into the copper mines on Monday after a strike was declared illegal.', '1987-05-04', ['MOBILIZE 154 occurred PERGOV->PER']],
    // ... not troops sent to a port abroad
    ['The United States sent troops to the port of Aden.', '2024-05-04', ['MOBILIZE 154 occurred USA->YEM']],
    // a gerund after a form of "be" or a verb of aspect, past one adverb, is the subject's act ("are still bombing")
    ['Sudanese warplanes were still bombing the airstrip in northern Chad on Friday.', '1987-04-03', ['ASSAULT 195 occurred SDNMIL->TCD']],
    // a name right before the noun of a site is the site's, no person of the dateline's country
    ['LONDON, April 3 - Libyan jets bombed the Kalait Bokoro airstrip in eastern Chad, French officials said.', '1987-04-03', ['ASSAULT 195 occurred LBYMIL->TCD']],
    // two bare forces joined by `and` each act; forces patrolling a named place of their country show force at home
    ['HARARE, June 1 - Police and troops patrolled the townships of Bulawayo after food riots, witnesses said.', '1987-06-01', ['MOBILIZE 150 occurred ZWECOP->ZWE', 'MOBILIZE 150 occurred ZWEMIL->ZWE', 'PROTEST 145 occurred ZWE->-']],
    ['LUSAKA, June 1 - Police and troops patrolled the northern Copperbelt on Monday.', '1987-06-01', ['MOBILIZE 150 occurred ZMBCOP->ZMB', 'MOBILIZE 150 occurred ZMBMIL->ZMB']],
    // ... a patrol of a sea no one owns is none
    ['U.S. warships patrolled the Gulf on Monday.', '1987-06-01', []],
    // armed men driven out or back, and a victory won over a side, are fought; a company's victory over its rivals is none
    ['Chadian troops drove Libyan forces back across the border on Sunday.', '1987-04-08', ['ASSAULT 190 occurred TCDMIL->LBYMIL']],
    ['Iran said it had won a decisive victory over Iraq on the northern front.', '1987-04-08', ['ASSAULT 190 occurred IRN->IRQ']],
    ['The company won a major victory over its rivals.', '1987-04-08', []],
    // `it` attacked is the vessel told before it with its flag's demonym
    ['A Liberian tanker caught fire off Dubai on Tuesday after an Iraqi warplane fired a missile at it, shipping sources said.', '1987-03-17', ['ASSAULT 195 occurred IRQMIL->LBR']],
    // ... none where no vessel is told
    ['The minister said Iraq would fire missiles at it if it came closer.', '1987-03-17', ['ASSAULT 195 hypothetical IRQ->-', 'THREATEN 138 occurred IRQGOV->-']],
    // the archive's capital after 'U.S.' on a plural noun of forces is no name: the country's forces
    ['U.S. Warships shelled an Iranian oil platform on Monday.', '1987-10-19', ['ASSAULT 194 occurred USAMIL->IRN']],
    // armed groups that derail, dynamite or sabotage bomb (183) at home; a dispute that derails talks is none
    ['LIMA, March 11 - Rebels dynamited two power pylons near the capital on Tuesday.', '1987-03-11', ['ASSAULT 183 occurred PERREB->PER']],
    ['The dispute derailed the talks, officials said.', '1987-03-11', []],
    // a phrase of the means armed men use stands between them and their verb
    ['BOGOTA, March 11 - Guerrillas armed with rifles attacked a police post in the south, the army said.', '1987-03-11', ['ASSAULT 190 occurred COLREB->COLCOP']],
    // armed men of a kind the story placed before by their demonym are those, under another country's dateline
    ['ISLAMABAD, Oct 20 - Western diplomats said Afghan guerrillas had received new missiles. They said the guerrillas shot down two Soviet helicopters near Kandahar last week.', '1986-10-20', ['ASSAULT 190 occurred AFGREB->SUNMIL']],
  ]);
});
