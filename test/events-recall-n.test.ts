import { describe } from 'vitest';
import { eventRows } from './event-rows.js';

describe('events, recall round n', () => {
  eventRows([
    // talks an agreement came out of, placed and hosted by a third ("after three days of talks in Brussels hosted by"), are the
    // third's hosting of the two and a meeting of the two, not a hosting by the two
    ['Serbia and Kosovo agreed on Monday to reopen two border crossings after three days of talks in Brussels hosted by EU envoy Miroslav Lajcak.', '2024-06-07', ['AGREE 036 occurred SRB->XKX', 'AGREE 036 occurred XKX->SRB', 'CONSULT 040 occurred SRB->XKX', 'CONSULT 040 occurred XKX->SRB', 'CONSULT 043 occurred IGOEU->SRB', 'CONSULT 043 occurred IGOEU->XKX']],
    // ships or planes sent carrying relief goods named one by one (rice, tents, blankets, medicines) are humanitarian aid
    ['Turkey sent three planes carrying tents and blankets to earthquake-hit Syria on Monday.', '2024-06-07', ['AID 073 occurred TUR->SYR']],
    // a corps is a body of troops, not a company ("Corp"): the military of its country
    ['Russia\'s Africa Corps shelled rebel positions near Kidal on Monday.', '2024-06-07', ['ASSAULT 194 occurred RUSMIL->-']],
    // a country's possessive before a coded body of that country joins it to a compound subject like a person's name
    ['Mali\'s army and Russia\'s Africa Corps held joint drills near Gao on Monday.', '2024-06-07', ['COOPERATE 062 occurred MLIMIL->RUSMIL', 'COOPERATE 062 occurred RUSMIL->MLIMIL']],
    // a word that starts only a nominal trigger ("arms" of "arms supplies") can describe the head of a group after a demonym
    ['Japanese arms negotiators met with American officials in Geneva on Monday.', '2024-06-07', ['CONSULT 040 occurred JPNGOV->USAGOV']],
    // food or aid deliveries, airlifts and airdrops told by a noun after a light verb are humanitarian aid to where they go
    ['Jordan resumed aid airdrops into Gaza on Monday after a pause of two weeks.', '2024-06-07', ['AID 073 occurred JOR->PSE']],
    // an agreement a relative clause tells signed by a list of three names (commas, then `and`) is signed by each pair
    ['The observers arrived under the truce that Armenia, Azerbaijan and Russia signed in Moscow last month.', '2024-06-07', ['SUPPORT 057 occurred ARM->AZE', 'SUPPORT 057 occurred ARM->RUS', 'SUPPORT 057 occurred AZE->ARM', 'SUPPORT 057 occurred AZE->RUS', 'SUPPORT 057 occurred RUS->ARM', 'SUPPORT 057 occurred RUS->AZE']],
    // a country's crown prince with no name told acts for its government
    ['Jordan\'s crown prince spoke by phone with Egyptian President Abdel Fattah al-Sisi on Monday.', '2024-06-07', ['CONSULT 041 occurred JORGOV->EGYGOV']],
    // the army deployed with no place abroad named is deployed at home, on the country's own people
    ['Peru\'s government deployed the army in three southern regions on Friday after a week of road blockades.', '2024-06-07', ['MOBILIZE 154 occurred PERGOV->PER']],
    // a reply in kind announced after a hostile act is a threat to the act's doer
    ['Moscow expelled five Estonian diplomats on Friday, and Tallinn said it would reply in kind.', '2024-06-07', ['SANCTION 161 occurred RUSGOV->ESTGOV', 'THREATEN 130 occurred ESTGOV->RUSGOV']],
    // a relative clause with no object whose accusing verb names what the accuser calls someone ("whom X denounced as") accuses the
    // one it hangs on
    ['Crowds in Caracas cheered Juan Guaido, whom Nicolas Maduro has denounced as a puppet.', '2024-06-07', ['ACCUSE 111 occurred VENGOV->VENOPP']],
    // the relative pronoun of a clause with no object is found past the title of the person who is its subject
    ['Police freed Juan Guaido, whom Venezuelan President Nicolas Maduro has accused of treason.', '2024-06-07', ['RETREAT 0841 occurred VENCOP->VENOPP', 'ACCUSE 112 occurred VENGOV->VENOPP']],
    // troops that cross, move or march out of a country withdraw from it
    ['The last Cuban troops crossed the Cunene river out of Angola on Monday.', '1991-05-27', ['RETREAT 087 occurred CUBMIL->AGO']],
  ]);
});
