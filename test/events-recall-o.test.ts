import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round o', () => {
  eventRows([
    // past a relative pronoun the gap is the accused, whoever the charge after `of` names
    ['Ukraine asked the European Union on Monday for more air defences against Iran, which it accused of supplying drones to Russia.', '2024-06-07', ['REQUEST 020 requested UKR->IGOEU', 'ACCUSE 112 occurred UKR->IRN']],
    // a ruler's government is the government of the ruler's country, also where the ruler is read as a soldier by rank
    ['Paraguayan church leaders appealed on Sunday to General Alfredo Stroessner\'s government to free jailed opposition leaders.', '1987-03-01', ['REQUEST 020 requested PRY->PRYGOV']],
    // a monarch or heir told only by office and country rules it ("Qatar's emir", "Bahrain's crown prince")
    ['Qatar\'s emir spoke by phone with Egyptian President Abdel Fattah al-Sisi on Tuesday.', '2024-06-07', ['CONSULT 041 occurred QATGOV->EGYGOV']],
    // a vow that someone will pay names the one to pay as the one threatened (of the vower's country where told by a plain noun)
    ['Peruvian President Dina Boluarte vowed on Sunday that the guerrillas would pay dearly for the ambush.', '2024-06-07', ['THREATEN 130 occurred PERGOV->PERREB']],
    // a street, avenue or boulevard blocked by a crowd is obstruction, as a road blocked is
    ['Thousands of protesters blocked the main avenue of Belgrade on Saturday.', '2024-06-07', ['PROTEST 144 occurred SRB->-']],
    // a state's own army deployed with no place abroad named is a mobilisation aimed at its own public
    ['Ecuador\'s president deployed the army in the port city of Guayaquil on Monday to help the police.', '2024-06-07', ['MOBILIZE 154 occurred ECUGOV->ECU']],
    // troops airlifted somewhere are troops moved, as troops sent are
    ['France airlifted 300 troops to Chad on Friday.', '2024-06-07', ['MOBILIZE 154 occurred FRA->TCD']],
    // a verdict put before the object ("rejected as 'baseless' X's charge") is read past to the one rejected
    ['Tehran on Monday rejected as \'absurd\' Washington\'s allegations about its nuclear programme.', '2024-06-07', ['REJECT 120 occurred IRNGOV->USAGOV']],
    // an aircraft's downing told by a noun is an attack on its owner, by the one named after `by` past the article of the one downed
    ['The downing of an Iraqi helicopter by Iranian troops was reported on Monday.', '2024-06-07', ['ASSAULT 190 occurred IRNMIL->IRQMIL']],
    // a past verb after `and` is out of the reach of a modal's negation before it, which governs a bare verb
    ['Taiwan\'s president said the island would not be cowed and thanked Japan for its support.', '2024-06-07', ['SUPPORT 051 occurred TWNGOV->JPN']],
  ]);
});
