import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round z2', () => {
  eventRows([
    // an attack's noun names its attacker with `by` after the one attacked, however that one is described
    ['Tehran said the raid on two Iranian oil terminals by Iraqi warplanes caused heavy damage.', '1987-05-04', ['ASSAULT 190 occurred IRQMIL->IRN']],
    // so does a bombardment's noun with `of` ("the shelling of X by Y")
    ['The shelling of Iranian border towns by Iraqi artillery went on for a third day.', '1987-05-04', ['ASSAULT 194 occurred IRQ->IRN']],
    // (not past a participle of another act: the owner of the ships is no attacker)
    ['Kuwait said it would not tolerate attacks on its tankers owned by the state oil company.', '1987-05-04', []],
    // a site attacked, told again by its noun with no country of its own, is the one told before with its country's demonym
    ['Iraq said its jets bombed an Iranian oil terminal on Sunday. Iraqi warplanes raided the terminal again on Tuesday.', '1987-05-06', ['ASSAULT 195 occurred IRQMIL->IRN', 'ASSAULT 190 occurred IRQMIL->IRN']],
    // one of its kind told with a site's own name after a preposition ("at the Sassan oil rig"), before a place it lies off
    ['Iraq said its jets bombed an Iranian oil platform on Sunday. Iraqi gunboats fired rockets at the Sassan oil rig 50 miles off Qatar on Tuesday.', '1987-05-06', ['ASSAULT 195 occurred IRQMIL->IRN', 'ASSAULT 195 occurred IRQMIL->IRN']],
    // (a site the story told with no country gives none)
    ['Guerrillas blew up a section of the oil pipeline last week. Rebels attacked the pipeline again on Tuesday.', '1987-05-06', []],
    // an attack with no party of its own that a verb of guarding wards off is on the ones guarded
    // (the guarding itself is an escort of the ships, to come: recall-o6)
    ['U.S. warships have been sent to protect Saudi oil tankers from Iraqi attacks in the Gulf.', '1987-06-01', ['MOBILIZE 154 occurred USAMIL->-', 'ASSAULT 190 occurred IRQ->SAU', 'AID 074 intended USAMIL->SAU']],
    // (a word the attack modifies is no attack: helicopters of attack)
    ['The Navy wants new guns to protect its ships from Libyan attack helicopters.', '1987-06-01', []],
    // the name an operation is given, set off by commas, is read past to the place it is aimed at
    ['Iraq launched a new offensive, code-named Dawn-4, towards the Iranian town of Mehran in May.', '1987-06-01', ['ASSAULT 190 occurred IRQ->IRN']],
    // the archive's lower-case copy (a weekday in lower case) writes a demonym in lower case too
    ['the velayati visit came a day after the U.S. raid on an iranian oil terminal on tuesday.', '1987-05-06', ['ASSAULT 190 occurred USA->IRN']],
    // (in copy written with capitals a lower-case demonym is a common word: no party attacked)
    ['Guerrillas attacked a french-speaking village near the border on Tuesday.', '1987-05-06', []],
    // fighting told by `in` and a gerund is the clause subject's, as after `while`
    ['Chadian troops lost 40 men in repelling a Libyan assault on Fada.', '1987-03-20', ['ASSAULT 190 occurred TCDMIL->LBY', 'ASSAULT 190 occurred LBY->TCDMIL']],
    // (only fighting: a gerund of another kind after `in` is no act of the subject)
    ['Washington showed interest in visiting Havana.', '1987-03-20', []],
  ]);
});
