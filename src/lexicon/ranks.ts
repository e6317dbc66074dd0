/**
 * Military and police ranks of many countries, as wire copy writes them, with the sector they
 * put a person in. Longer forms first is not needed: the mention finder matches the longest.
 * Adding a rank never needs a code change.
 */
export interface Rank {
  /** As written; matching is case-insensitive and treats "-" and " " alike. */
  readonly rank: string;
  /** Canonical form reported on the entity. */
  readonly canonical?: string;
  readonly sector: 'MIL' | 'COP';
}

const mil = (rank: string, canonical?: string): Rank => ({ rank, canonical, sector: 'MIL' });
const cop = (rank: string, canonical?: string): Rank => ({ rank, canonical, sector: 'COP' });

export const RANKS: readonly Rank[] = [
  // generals (Russian/Chinese "Army General", "Colonel-General" and NATO styles)
  mil('Marshal of the Russian Federation'), mil('Senior General'), mil('Vice-Senior General'), mil('Vice Senior General'), mil('Marshal'), mil('Field Marshal'), mil('Army General'),
  mil('General of the Army'), mil('Colonel-General'), mil('Colonel General', 'Colonel-General'),
  mil('Lieutenant-General', 'Lieutenant General'), mil('Lieutenant General'), mil('Lt. Gen.', 'Lieutenant General'),
  mil('Lt Gen', 'Lieutenant General'), mil('Lt.-Gen.', 'Lieutenant General'), mil('Lt-Gen', 'Lieutenant General'),
  mil('Major-General', 'Major General'), mil('Major General'), mil('Maj. Gen.', 'Major General'),
  mil('Maj Gen', 'Major General'), mil('Maj.-Gen.', 'Major General'), mil('Brigadier General'),
  mil('Brig. Gen.', 'Brigadier General'), mil('Brig Gen', 'Brigadier General'), mil('Brigadier'),
  mil('General'), mil('Gen.', 'General'), mil('Army Gen.', 'Army General'), mil('Col. Gen.', 'Colonel-General'),
  mil('Colonel'), mil('Col.', 'Colonel'), mil('Lieutenant Colonel'), mil('Lieutenant-Colonel', 'Lieutenant Colonel'),
  mil('Lt. Col.', 'Lieutenant Colonel'), mil('Lt Col', 'Lieutenant Colonel'), mil('Major'), mil('Maj.', 'Major'),
  mil('Captain'), mil('Capt.', 'Captain'), mil('Lieutenant'), mil('Lt.', 'Lieutenant'), mil('Second Lieutenant'),
  mil('Sergeant'), mil('Sgt.', 'Sergeant'), mil('Staff Sergeant'), mil('Corporal'), mil('Private'),
  // navies
  mil('Fleet Admiral'), mil('Admiral'), mil('Adm.', 'Admiral'), mil('Vice Admiral'), mil('Vice-Admiral', 'Vice Admiral'),
  mil('Vice Adm.', 'Vice Admiral'), mil('Rear Admiral'), mil('Rear-Admiral', 'Rear Admiral'), mil('Rear Adm.', 'Rear Admiral'),
  mil('Commodore'), mil('Captain First Rank'), mil('Captain 1st Rank'), mil('Captain Second Rank'),
  mil('Commander'), mil('Cmdr.', 'Commander'), mil('Lieutenant Commander'),
  // air forces (Commonwealth styles)
  mil('Air Chief Marshal'), mil('Air Marshal'), mil('Air Vice Marshal'), mil('Air Vice-Marshal', 'Air Vice Marshal'),
  mil('Air Commodore'), mil('Group Captain'), mil('Wing Commander'), mil('Squadron Leader'),
  mil('Marshal of the Air Force'), mil('Colonel General of Aviation'),
  // police and security services
  cop('Police General'), cop('Police Colonel'), cop('Police Major General'), cop('Police Lieutenant General'),
  cop('Police Lieutenant Colonel'), cop('Police Major'), cop('Police Captain'), cop('Police Commissioner'),
  cop('Deputy Police Commissioner'), cop('Superintendent'), cop('Chief Superintendent'),
  cop('Inspector General'), cop('Inspector'), cop('Detective'), cop('Detective Inspector'),
  cop('Police Chief'), cop('Police Lieutenant'), cop('Police Sergeant'),
];
