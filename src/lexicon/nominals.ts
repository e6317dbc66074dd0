/**
 * Common nouns that stand for an entity already named: "the ministry", "the minister",
 * "the chief of ...", "the Russian side". Coreference links them to the nearest fitting entity.
 */
import { table } from './table.js';
import type { EntityType } from '../model.js';

export interface NominalHead {
  readonly type: EntityType;
  readonly sector: string | null;
}

const person = (sector: string | null): NominalHead => ({ type: 'person', sector });
const org = (sector: string | null): NominalHead => ({ type: 'organization', sector });

export const NOMINAL_HEADS: Record<string, NominalHead> = table({
  chief: person(null), minister: person('GOV'), president: person('GOV'), premier: person('GOV'),
  general: person('MIL'), admiral: person('MIL'), colonel: person('MIL'), commander: person('MIL'),
  secretary: person('GOV'), ambassador: person('GOV'), envoy: person('GOV'), diplomat: person('GOV'),
  spokesman: person(null), spokeswoman: person(null), spokesperson: person(null), official: person('GOV'),
  chancellor: person('GOV'), senator: person('LEG'), lawmaker: person('LEG'), leader: person('GOV'),
  governor: person('GOV'), mayor: person('GOV'), chairman: person(null), chairwoman: person(null), head: person(null),
  director: person(null), king: person('GOV'), queen: person('GOV'),
  // monarchs and their heirs rule ("Kuwait's crown prince asked", "the emir said")
  emir: person('GOV'), prince: person('GOV'), sultan: person('GOV'), monarch: person('GOV'), judge: person('JUD'), prosecutor: person('JUD'),
  ministry: org('GOV'), department: org('GOV'), agency: org('GOV'), government: org('GOV'), army: org('MIL'),
  military: org('MIL'), company: org('BUS'), group: org(null), organization: org(null), organisation: org(null),
  alliance: org('IGO'), bloc: org('IGO'), party: org('PTY'), court: org('JUD'), commission: org(null),
  council: org(null), embassy: org('GOV'), office: org('GOV'), parliament: org('LEG'), committee: org(null),
  cabinet: org('GOV'), presidency: org('GOV'), police: org('COP'), firm: org('BUS'), bank: org('BUS'), navy: org('MIL'),
  force: org('MIL'), forces: org('MIL'), guard: org('COP'), guards: org('MIL'),
});

/** Lower-case nouns that go with a demonym before a name without being a title. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'counterpart', 'counterparts', 'colleague', 'opposite', 'number', 'leader', 'envoy', 'diplomat', 'official',
  'spokesman', 'spokeswoman', 'spokesperson', 'general', 'commander', 'his', 'her', 'their', 'strongman', 'ruler', 'dictator',
  // private people told by what they do ("New Zealand pilot Phillip Mehrtens", "American hostage Robert Polhill"): the country
  // before the noun is theirs, with no sector
  'pilot', 'hostage', 'captive', 'engineer', 'teacher', 'tourist', 'businessman', 'businesswoman', 'missionary', 'nurse',
  'doctor', 'student', 'researcher', 'academic', 'scholar', 'professor', 'scientist', 'priest', 'nun', 'pastor', 'writer',
  'novelist', 'author', 'filmmaker', 'photographer', 'cameraman', 'lawyer', 'citizen', 'national', 'sailor', 'seaman', 'fisherman',
  'climber', 'traveller', 'traveler', 'backpacker', 'volunteer', 'contractor', 'worker', 'employee', 'executive', 'banker',
]);

/** Nouns that make "the Russian side" stand for a country. */
export const SIDE_NOUNS: ReadonlySet<string> = new Set(['side', 'party', 'delegation', 'leadership', 'authorities']);

/** Offices a nominal head also names: "the top diplomat" is the foreign minister. */
export const NOMINAL_EQUIVALENTS: Record<string, readonly string[]> = table({
  diplomat: ['foreign minister', 'secretary of state', 'foreign secretary', 'ambassador', 'envoy', 'foreign affairs', 'foreign ministry'],
  // ("U.S. Ambassador Mike Mansfield ... the envoy", "chief U.S. negotiator Max Kampelman ... the envoy")
  envoy: ['ambassador', 'negotiator', 'representative', 'emissary', 'charge d', 'chargé d'],
  ambassador: ['envoy'],
  minister: ['secretary'],
  general: ['general', 'marshal'],
  commander: ['chief', 'commander', 'general', 'admiral'],
  chief: ['head', 'director', 'commander', 'chairman'],
  leader: ['president', 'prime minister', 'premier', 'chairman', 'king', 'chancellor'],
  official: ['minister', 'secretary', 'spokes', 'director', 'head', 'chief'],
  spokesman: ['spokes'], spokeswoman: ['spokes'], spokesperson: ['spokes'],
  head: ['chief', 'director', 'chairman', 'president'],
});
