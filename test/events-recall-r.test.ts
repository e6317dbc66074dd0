import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round r', () => {
  eventRows([
    // an armed attack told in the passive on a physical target its subject names (a village, a convoy, a tanker) needs no country named
    ['The village was shelled by Russian forces on Thursday.', '2024-06-07', ['ASSAULT 194 occurred RUSMIL->-']],
    ['The convoy was attacked by al Shabaab fighters.', '2024-06-07', ['ASSAULT 190 occurred SOMREB->-']],
    // ... but a thing no attack is made on stays none
    ['The plan was attacked by Democrats.', '2024-06-07', []],
    // an agent phrase ends where a clause of another act opens: no actor for a missile "while sailing off Yemen"
    ['The ship was hit by a missile while sailing off Yemen, days after the Houthis threatened more attacks.', '2024-06-07', ['THREATEN 138 occurred YEMREB->-']],
    // strongholds, hideouts, islands, plants, depots, warships and trains are physical targets: an armed attack on one needs no country named
    ['Pakistani jets bombed militant hideouts in North Waziristan.', '2024-06-07', ['ASSAULT 195 occurred PAKMIL->-']],
    ['North Korea fired artillery shells at a disputed island on Tuesday.', '2024-06-07', ['ASSAULT 194 occurred PRK->-']],
    // two armed sides that clash, told as a compound subject, attack each other; crowds and police, or countries at odds, do not
    ['Thai and Cambodian troops clashed along the border on Thursday.', '2024-06-07', ['ASSAULT 190 occurred THAMIL->KHMMIL', 'ASSAULT 190 occurred KHMMIL->THAMIL']],
    ['Israeli troops and Hamas fighters clashed in Rafah.', '2024-06-07', ['ASSAULT 190 occurred ISRMIL->PSEREB', 'ASSAULT 190 occurred PSEREB->ISRMIL']],
    ['Britain and Japan clashed over trade.', '2024-06-07', []],
    // a place of no coded name that armed forces take (active or passive) is a seizure of territory, 192; an armed group's is in its own country
    ['Russian forces have captured the village of Ocheretyne.', '2024-06-07', ['ASSAULT 192 occurred RUSMIL->-']],
    ['The town of Avdiivka was captured by Russian forces in February.', '2024-06-07', ['ASSAULT 192 occurred RUSMIL->-']],
    ['The islands were seized by Soviet troops in 1945.', '2024-06-07', ['ASSAULT 192 occurred SUNMIL->-']],
    ['M23 rebels have seized large parts of North Kivu province.', '2024-06-07', ['ASSAULT 192 occurred CODREB->COD']],
    // ... but not what police or workers take, nor goods an army seizes
    ['Workers occupied the plant.', '2024-06-07', []],
    ['The army seized 20 tonnes of cocaine.', '2024-06-07', []],
    // nouns of attack with their owner: a bombardment (195), a siege (191), a killing or assassination (180), a kidnapping (181)
    ['The Russian bombardment of Mariupol lasted for weeks.', '2024-06-07', ['ASSAULT 195 occurred RUS->UKR']],
    ['The RSF\'s siege of El Fasher has trapped hundreds of thousands of people.', '2024-06-07', ['ASSAULT 191 occurred SDNREB->SDN']],
    ['Israel\'s killing of Hamas leader Ismail Haniyeh in Tehran drew threats of revenge.', '2024-08-07', ['ASSAULT 180 occurred ISR->PSEREB']],
    // ... with no owner, or in another sense, none
    ['Last month\'s killing of 26 tourists in Kashmir shocked India.', '2024-06-07', []],
    ['The bombardment of viewers with ads annoyed regulators.', '2024-06-07', []],
    ['The Russian bombardment of social media with propaganda has grown.', '2024-06-07', []],
    // a town, village or capital an armed group attacks, no country named, is in its own country
    ['SAN SALVADOR, Nov 12 - Leftist rebels attacked the capital in their biggest offensive of the war.', '1989-11-12', ['ASSAULT 190 occurred SLVREB->SLV']],
    ['RSF fighters stormed a village on Friday.', '2024-06-07', ['ASSAULT 190 occurred SDNREB->SDN']],
    // ... a ship is no territory: no country for it
    ['Houthi rebels attacked a ship in the Red Sea.', '2024-06-07', ['ASSAULT 190 occurred YEMREB->-']],
    // armed forces or groups that storm a place attack it (a passive pattern opens with its target: "village was stormed"); crowds riot
    ['The village was stormed by RSF fighters on Friday.', '2024-06-07', ['ASSAULT 190 occurred SDNREB->SDN']],
    ['The embassy was stormed by Iranian protesters.', '2024-06-07', ['PROTEST 145 occurred IRN->-']],
    // (an armed group storming is no riot: "The village that RSF fighters stormed" was coded a protest)
    ['The village that RSF fighters stormed on Friday was home to 3,000 people.', '2024-06-07', ['ASSAULT 190 occurred SDNREB->SDN']],
    // wire spellings of towns GeoNames files under another transliteration (Odesa, Rafah, Zaporizhzhia) are places of their country
    ['Dozens were wounded in a Russian missile strike on Odesa.', '2024-06-07', ['ASSAULT 195 occurred RUS->UKR']],
    ['Israeli jets struck Rafah.', '2024-06-07', ['ASSAULT 190 occurred ISRMIL->PSE']],
    // a lone word after a preposition of place that is a city of some size is the place, not a body the tagger took it for
    ['The Russian strike on Dnipro killed 46 people.', '2024-06-07', ['ASSAULT 190 occurred RUS->UKR']],
    // an armed group named right before the act noun is the attacker; an ambush is an attack noun
    ['The Houthi attacks on Israel have disrupted trade.', '2024-06-07', ['ASSAULT 190 occurred YEMREB->ISR']],
    ['Six soldiers were killed in an al Shabaab ambush on an army convoy.', '2024-06-07', ['ASSAULT 190 occurred SOMREB->SOMMIL']],
    ['A Pentagon attack on the budget failed.', '2024-06-07', []],
    // a wave, barrage or salvo of strikes, missiles or attacks launched is the attack itself
    ['Moscow launched a fresh wave of missile strikes on Ukrainian cities on Friday.', '2024-06-07', ['ASSAULT 195 occurred RUSGOV->UKR']],
    ['Russia launched a new wave of attacks on Kharkiv.', '2024-06-07', ['ASSAULT 190 occurred RUS->UKR']],
    ['The company launched a wave of new products.', '2024-06-07', []],
    // "fired on" a target is firing on it (193), and retaking a place is seizing it (192), from the side named after `from`
    ['SEOUL, May 2 - North Korean gunboats fired on a South Korean fishing boat today.', '1986-05-02', ['ASSAULT 193 occurred PRKMIL->KOR']],
    ['Ethiopian troops retook the town of Lalibela from Tigrayan forces.', '2024-06-07', ['ASSAULT 192 occurred ETHMIL->ETH']],
    ['The company fired on Monday its chief executive.', '2024-06-07', []],
    // an armed group storming a place attacks it there, with the attack's own slots ("in Mogadishu"); a hotel is a physical target
    ['Al Shabaab militants stormed a hotel in Mogadishu on Friday, killing at least 21 people.', '2024-06-07', ['ASSAULT 190 occurred SOMREB->SOM']],
    // a capital right after a preposition of place is the town struck, not its government acting in the next verb
    ['The Russian strike on Kyiv killed 46 people.', '2024-06-07', ['ASSAULT 190 occurred RUS->UKR']],
    ['A Russian missile strike on Kyiv damaged a hospital.', '2024-06-07', ['ASSAULT 195 occurred RUS->UKR']],
  ]);
});
