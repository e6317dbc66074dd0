import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round c7', () => {
  eventRows([
    // the verb 'loan' with the state lent to right after it and an amount is economic aid, as 'lend' is
    ['The World Bank said it has loaned Kenya 85 mln dlrs to help finance a rural roads project.', '1987-06-18', ['AID 071 occurred IGOWB->KEN']],
    ['Saudi Arabia loaned Sudan 20 mln barrels of crude oil last year, the ministry said.', '1987-06-18', ['AID 071 occurred SAU->SDN']],
    // the noun 'loans' with an amount lends to no state
    ['Peru loans total 400 mln dlrs, the central bank said.', '1987-06-18', []],
    // a reduced passive's agent may follow a phrase of place or time, and vessels it hangs on are a target that needs no country
    ['Three tankers attacked in the Gulf by Iraqi warplanes on Monday were towed to Dubai, shipping sources said.', '1987-03-17', ['ASSAULT 190 occurred IRQMIL->-']],
    // (a verb with its own object before the place is no passive: "raised tariffs ... by 20 pct")
    ['Ministers raised tariffs on imports in March by 20 pct.', '1987-03-17', []],
    // a strike a word of war describes, launched against or on a target, is an armed attack, not a walkout
    ['Iraqi forces launched a retaliatory strike against Iran on Sunday, the army said.', '1987-03-17', ['ASSAULT 190 occurred IRQMIL->IRN']],
    // (workers' strike against a company stays no attack)
    ['Unionised workers launched a strike against the company on Monday.', '1987-03-17', []],
    // a weapon test-fired, however long its description, is a show of force, to no one its own name makes a party
    ['Libya has test-fired its newly acquired Soviet-made Scud surface-to-surface missile in the desert, diplomats said.', '1987-03-24', ['MOBILIZE 150 occurred LBY->-']],
    // the destruction of a target, its doer named before the noun, is an attack on the target's country
    ['Tehran protested after the Iraqi destruction of an Iranian oil terminal on Sunday.', '1987-10-19', ['ASSAULT 190 occurred IRQ->IRN']],
    // (the verb's `of` names no target: a freeze destroys no country)
    ['He said a freeze could have destroyed the possibility of a joint effort to lift Australia\'s economic performance.', '1987-03-17', []],
    // armed forces that blast a target do not criticise it (the shot itself is not read yet: one entry per trigger position)
    ['The convoy sailed past Iranian oil platforms that had been blasted by U.S. Navy warships on Monday.', '1987-10-20', []],
    // (a party that blasts another's policy still criticises it)
    ['Senate majority leader Robert Byrd blasted President Reagan\'s leadership on trade.', '1987-10-20', ['ACCUSE 111 occurred USALEG->USAGOV']],
  ]);
});
