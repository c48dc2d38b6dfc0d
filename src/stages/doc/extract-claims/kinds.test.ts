// Claim kinds beyond tolls: magnitudes, the homeless, counts of things, an authority's bare figure, and
// machine-translated word order. Every sentence is invented (an invented landslide, quake and mine flood).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimKind } from '../../../core/index.ts';
import { findNumericClaims } from './find-quantities.ts';
import { runTimeEventsClaims } from './test-helpers.ts';

const kinds = (s: string, previous: ClaimKind | null = null): [string, number][] => findNumericClaims(s, undefined, previous).map((c) => [c.kind, c.value]);
const read2 = (s: string): [string, number, string | null][] => findNumericClaims(s).map((c) => [c.kind, c.value, c.counted]);
const claimsOf = (text: string) => runTimeEventsClaims(text, '2031-02-03').layers.claims!;

test('a magnitude in every common form', () => {
  assert.deepEqual(kinds('The Northern Seismic Bureau set its magnitude at 5.8, with a depth of 9 km.'), [['magnitude', 5.8], ['distance', 9]]);
  assert.deepEqual(kinds('The Coastal Survey measured it at magnitude 5.5.'), [['magnitude', 5.5]]);
  assert.deepEqual(kinds('The bureau assigned the tremor a magnitude of 4.2.'), [['magnitude', 4.2]]);
  assert.deepEqual(kinds('A magnitude 5.8 earthquake hit the valley.'), [['magnitude', 5.8]]);
  assert.deepEqual(kinds('The magnitude-5.8 earthquake struck at dawn.'), [['magnitude', 5.8]]);
  assert.deepEqual(kinds('A 4.7 aftershock shook the town on Friday.'), [['magnitude', 4.7]]);
  assert.deepEqual(kinds('Its magnitude made 5.5 by the estimate of the survey.'), [['magnitude', 5.5]]);
  assert.deepEqual(kinds('The tremor measured 5.1 on the Richter scale.'), [['magnitude', 5.1]]);
  assert.deepEqual(kinds('An M5.9 quake hit the coast.'), [['magnitude', 5.9]]);
  // An aftershock's magnitude is counted apart from the main quake's (its own slot).
  const shocks = findNumericClaims('The magnitude 5.8 quake was followed by an aftershock of magnitude 4.4 and a 4.1 aftershock.');
  assert.deepEqual(shocks.map((c) => [c.value, c.counted]), [[5.8, null], [4.4, 'aftershock'], [4.1, 'aftershock']]);
  // One claim for "5.8-magnitude quake", not one per reading.
  assert.deepEqual(kinds('A 5.8-magnitude quake struck.'), [['magnitude', 5.8]]);
  const bounded = findNumericClaims('It had a magnitude of at least 6, the bureau said.')[0]!;
  assert.equal(bounded.kind, 'magnitude');
  assert.equal(bounded.low, 6);
  // A distance or a two-digit number after "magnitude" is no magnitude.
  assert.deepEqual(kinds('Damage of this magnitude 40 km from the coast is rare.').map((c) => c[0]), ['distance']);
});

test('a magnitude is attributed to the agency that gave it', () => {
  const claims = claimsOf(
    'The Northern Seismic Bureau (NSB) set its magnitude at 5.8. The Coastal Survey in nearby Ostria measured it at magnitude 5.5.',
  );
  const mags = claims.filter((c) => c.kind === 'magnitude');
  assert.deepEqual(mags.map((c) => [c.value, c.attribution?.text]), [[5.8, 'Northern Seismic Bureau (NSB)'], [5.5, 'Coastal Survey']]);
});

test('people without a home: displaced', () => {
  assert.deepEqual(kinds('Nearly 4,000 residents lost their houses in the flood, the council said.'), [['displaced', 4000]]);
  assert.deepEqual(kinds('Some 800 families remain without shelter.'), [['displaced', 800]]);
  assert.deepEqual(kinds('Around 900 villagers are sleeping in camps outside the town.'), [['displaced', 900]]);
  assert.deepEqual(kinds('Some 600 villagers stayed without a roof after the storm.'), [['displaced', 600]]);
  assert.deepEqual(kinds('Aid must reach the 3,500 families the mayor says have no shelter.'), [['displaced', 3500]]);
  assert.deepEqual(kinds('More than 300 residents are in temporary shelters.'), [['displaced', 300]]);
  // A question is not a count.
  assert.deepEqual(kinds('The council cannot say how many people lost their houses.'), []);
});

test('counts of things and of people sent', () => {
  const [homes] = findNumericClaims('The water board said over 700 houses were flattened by the mudslide.');
  assert.equal(homes!.kind, 'count');
  assert.equal(homes!.value, 700);
  assert.equal(homes!.counted, 'houses');
  assert.deepEqual(kinds('At least 20 cars were on the ramp at the time.'), [['count', 20]]);
  const [team] = findNumericClaims('Ostria flew in a team of 45 medics.');
  assert.deepEqual([team!.kind, team!.value, team!.counted], ['count', 45, 'medics']);
  assert.deepEqual(kinds('The army sent 300 soldiers to the valley.'), [['count', 300]]);
  // People sent to a hospital are not a count of people sent.
  assert.deepEqual(kinds('The crash sent two people to the hospital.').filter((c) => c[0] === 'count'), []);
});

test('translated word order: persons, "grown up to", "received injuries", the number after the verb', () => {
  const [dead] = findNumericClaims('The number of the dead of the flood in the valley towns has grown up to 37 persons, informs the regional rescue service.');
  assert.deepEqual([dead!.kind, dead!.value, dead!.high], ['killed', 37, null]);
  assert.deepEqual(kinds('The quantity of the deceased in the mine has increased up to 22 people.'), [['killed', 22]]);
  assert.deepEqual(kinds('More than 70 persons received wounds of various severity.'), [['injured', 70]]);
  assert.deepEqual(kinds('By the information of the service, 9 persons are still counted as missing.'), [['missing', 9]]);
  assert.deepEqual(kinds('Two more persons are being searched in the river.'), [['missing', 2]]);
  assert.deepEqual(kinds('Divers brought out of the flooded shaft alive 17 persons.'), [['rescued', 17]]);
  // "up to" before a number without a verb of growth is still a ceiling.
  assert.equal(findNumericClaims('Up to 30 people were injured.')[0]!.high, 30);
});

test('a toll stated as an authority\'s figure', () => {
  assert.deepEqual(kinds('Officials cited the bureau, which set the toll at 41 by nightfall.'), [['killed', 41]]);
  assert.deepEqual(kinds('The clinic set the number of wounded at over 120; the ministry offered a figure of 75.'), [['injured', 120], ['injured', 75]]);
  assert.deepEqual(kinds('Its tally of the missing dropped to 8 by evening.'), [['missing', 8]]);
  assert.deepEqual(kinds('The number of people hurt in the crush climbed to five.'), [['injured', 5]]);
  assert.deepEqual(kinds('Medics have confirmed 23 deaths; the mayor says 27.'), [['killed', 23], ['killed', 27]]);
  assert.deepEqual(kinds('Some 800 families remain without shelter, though the council puts the figure at over 1,000.'), [['displaced', 800], ['displaced', 1000]]);
  assert.deepEqual(kinds('Over 90 were hurt; 64 have been treated in clinics.'), [['injured', 90], ['injured', 64]]);
  // The sentence before says what a bare figure counts; without one, it counts nothing.
  assert.deepEqual(kinds('The council, which lists only registered deaths, says 19.', 'killed'), [['killed', 19]]);
  assert.deepEqual(kinds('The council, which lists only registered deaths, says 19.'), []);
  assert.deepEqual(kinds('The committee says 12.', 'distance'), []);
  assert.deepEqual(kinds("The ministry's own figure stayed 6, a spokesman said.", 'killed'), [['killed', 6]]);
  // A figure with a noun after it is not bare.
  assert.deepEqual(kinds('Medics have confirmed 23 deaths; police counted 30 shell casings.'), [['killed', 23]]);
});

test('the bare figure across sentences, with its source', () => {
  const claims = claimsOf('On Friday the Flood Bureau had counted 23 dead. The council, which lists only registered deaths, says 19.');
  assert.deepEqual(claims.map((c) => [c.kind, c.value, c.attribution?.text]), [['killed', 23, 'the Flood Bureau'], ['killed', 19, 'council']]);
});

test('sources read back from the verb that gives a figure', () => {
  const [a] = claimsOf('The regional water board said over 700 houses were flattened.');
  assert.equal(a!.attribution?.text, 'regional water board');
  const gov = claimsOf('Medics have confirmed 23 deaths; the district mayor, Mira Osk, says 27.');
  assert.deepEqual(gov.map((c) => c.attribution?.text), ['Medics', 'the district mayor, Mira Osk']);
  const which = claimsOf('Mayor Tom Vale said 27 people had died, contradicting the bureau, which set the toll at 23.');
  assert.deepEqual(which.map((c) => c.attribution?.text), ['Mayor Tom Vale', 'the bureau']);
  const translated = claimsOf('The number of the dead has grown up to 37 persons, reported on Monday the Regional Rescue Service.');
  assert.equal(translated[0]!.attribution?.text, 'the Regional Rescue Service');
  // A reporting verb with its object after it names no source ("reported two people were hurt").
  assert.equal(claimsOf('Staff reported two people were hurt.')[0]!.attribution?.text, 'Staff');
  const also = claimsOf('The clinic also set the number of wounded at 120.');
  assert.equal(also[0]!.attribution?.text, 'clinic');
});

// Round 5: evacuation told as leaving, people present or sheltered, a part picked out of a kind, arrests as a
// noun or in a translation's order. Invented sentences (an invented dam breach and refinery fire).
test('evacuation told as leaving or being moved is kind evacuated', () => {
  assert.deepEqual(kinds('About 7,000 people have left their homes, the mayor said.'), [['evacuated', 7000]]);
  assert.deepEqual(kinds('Some 2,500 residents have left the area.'), [['evacuated', 2500]]);
  assert.deepEqual(kinds('3,000 inhabitants were forced to leave their houses.'), [['evacuated', 3000]]);
  assert.deepEqual(kinds('The agency says 4,000 people were moved out.'), [['evacuated', 4000]]);
  assert.deepEqual(kinds('900 villagers were ordered out of their homes.'), [['evacuated', 900]]);
  assert.deepEqual(kinds('Roughly 800 families were told to leave.'), [['evacuated', 800]]);
  assert.deepEqual(kinds('About 600 people were evacuated from the valley.'), [['evacuated', 600]]);
  // Fleeing stays displaced; leaving a post is no evacuation.
  assert.deepEqual(kinds('Some 400 villagers fled.'), [['displaced', 400]]);
  assert.deepEqual(kinds('Two ministers were forced to leave their posts.'), []);
});

test('people present, sheltered or let back are counted (kind count) with their noun, not as casualties', () => {
  const counts = (s: string) => findNumericClaims(s).map((c) => [c.kind, c.value, c.counted]);
  assert.deepEqual(counts('About 90 workers were on the site when the dam gave way.'), [['count', 90, 'workers']]);
  assert.deepEqual(counts('About 60 miners had been underground at the time.'), [['count', 60, 'miners']]);
  assert.deepEqual(counts('About 500 evacuees spent the night in a school gym.'), [['count', 500, 'evacuees']]);
  assert.deepEqual(counts('Around 2,000 residents were allowed back on Friday.'), [['count', 2000, 'residents']]);
  assert.deepEqual(counts('Ostria sent a unit in the composition of 30 rescuers.'), [['count', 30, 'rescuers']]);
  assert.deepEqual(counts('The refinery employs 200 staff.'), [['count', 200, 'staff']]);
  // Present and then hurt: the outcome wins.
  assert.deepEqual(counts('About 90 workers were injured.'), [['injured', 90, 'workers']]);
});

test('a part picked out of the injured takes its kind from the verb after it, and stays a part', () => {
  const [c] = findNumericClaims('Four of the injured were in serious condition.');
  assert.deepEqual([c?.kind, c?.value], ['injured', 4]);
  // The quantity stops before "of the injured", so the toll logic sees a part of a count already given.
  assert.equal('Four of the injured were in serious condition.'.slice(c!.start, c!.end), 'Four');
  assert.deepEqual(kinds('Two of the injured died on Monday.'), [['killed', 2]]);
  // "of them" / "of whom" and a condition: a part of the hurt, like "six of them seriously".
  assert.deepEqual(kinds('At least 30 people were hurt, three of them in critical condition.'), [['injured', 30], ['injured', 3]]);
  assert.deepEqual(kinds('Twelve were hurt, four of whom were in critical condition.'), [['injured', 12], ['injured', 4]]);
  assert.deepEqual(kinds('In hospital are 20 people, six of them remain in the heavy condition.'), [['injured', 20], ['injured', 6]]);
  // Without a condition "of them" says nothing of the outcome.
  assert.deepEqual(kinds('Two of them were seen at the gate.'), []);
});

test('arrests as a noun, in custody, and in a translation\'s inverted order', () => {
  assert.deepEqual(kinds('Police made three arrests on Monday.'), [['arrested', 3]]);
  assert.deepEqual(kinds('So, under arrest are 3 persons.'), [['arrested', 3]]);
  assert.deepEqual(kinds('Two men remain in custody.'), [['arrested', 2]]);
  assert.deepEqual(kinds('Missing remain 5 persons.'), [['missing', 5]]);
  assert.deepEqual(kinds('The fate of 6 miners still remains unknown.'), [['missing', 6]]);
  // A fate that is told is not a missing count.
  assert.deepEqual(kinds('The fate of 6 miners was sealed by the flood.'), []);
});

test('an evacuation verb or noun before the count is kind evacuated, and a figure labelled or in a list keeps its kind', () => {
  assert.deepEqual(kinds('Rescuers evacuated 1,200 people from the valley.'), [['evacuated', 1200]]);
  assert.deepEqual(kinds('Authorities ordered the evacuation of 6,000 people.'), [['evacuated', 6000]]);
  assert.deepEqual(kinds('Firefighters rescued 14 people and evacuated 200 more.'), [['rescued', 14], ['evacuated', 200]]);
  assert.deepEqual(kinds('So far were evacuated 4,000 persons.'), [['evacuated', 4000]]);
  assert.deepEqual(kinds('Among those evacuated were 200 children.'), [['evacuated', 200]]);
  assert.deepEqual(kinds('Evacuated: 4,000 people.'), [['evacuated', 4000]]);
  assert.deepEqual(kinds('About 300 people were moved to a sports hall.'), [['evacuated', 300]]);
  assert.deepEqual(kinds('The flood killed 12, injured 40 and forced 3,000 from their homes.'), [['killed', 12], ['injured', 40], ['displaced', 3000]]);
  assert.deepEqual(kinds('The storm forced some 5,000 people out of their homes.'), [['displaced', 5000]]);
});

test('an arrest of one person and a group is one count with both as parts', () => {
  const [a] = findNumericClaims('Police detained the owner of the mill and two of his foremen on Monday.');
  assert.deepEqual([a?.kind, a?.value, a?.parts], ['arrested', 3, [{ label: 'owner of the mill', value: 1 }, { label: 'foremen', value: 2 }]]);
  assert.deepEqual(kinds('Police arrest builder Anton Velk and two engineers.'), [['arrested', 3]]);
  assert.deepEqual(kinds('Police arrested a foreman and two welders.'), [['arrested', 3]]);
  // A plural first item is a group of unsaid size: no total of three is made up.
  assert.ok(!kinds('Police arrested the suspects and two others.').some(([, v]) => v === 3));
});

test('an inverted count of those present counts its own noun', () => {
  const counts = (s: string) => findNumericClaims(s).map((c) => [c.kind, c.value, c.counted]);
  assert.deepEqual(counts('In the van were nine passengers and the driver.'), [['count', 9, 'passengers']]);
  assert.deepEqual(counts('On the ferry were 40 passengers.'), [['count', 40, 'passengers']]);
  // The same people hurt: a casualty count, with the driver added.
  assert.deepEqual(counts('Nine passengers and the driver were injured.').map((c) => c.slice(0, 2)), [['injured', 10]]);
});

test('a clause after an arrest verb is no first arrested person', () => {
  // The counts of the shooting stay casualties; no arrest of four is made up.
  assert.ok(!findNumericClaims('A man was charged in connection with a shooting that left one person dead and two others wounded.').some((c) => c.kind === 'arrested' && c.value === 3));
  assert.ok(findNumericClaims('A man was charged in connection with a shooting that left one person dead and two others wounded.').some((c) => c.kind === 'injured' && c.value === 2));
});

test('an attack noun as a modifier does not end the counted phrase, other -ing words do', () => {
  assert.deepEqual(kinds('Two shooting victims were taken to a hospital.'), [['injured', 2]]);
  assert.deepEqual(kinds('Three stabbing victims were taken to hospital on Sunday.'), [['injured', 3]]);
  assert.deepEqual(findNumericClaims('Two shooting victims were taken to a hospital.').map((c) => c.counted), ['shooting victims']);
  // Any verb of a trip to a hospital tells of the hurt, as "taken to" does.
  assert.deepEqual(kinds('Four diners were rushed to the hospital after the stall fire.'), [['injured', 4]]);
  assert.deepEqual(kinds('Two cyclists went to a hospital on their own.'), [['injured', 2]]);
  assert.deepEqual(kinds('Five hikers were brought to hospital by helicopter.'), [['injured', 5]]);
  assert.deepEqual(kinds('Three riders were sent to the hospital.'), [['injured', 3]]);
  // The verb before the people listed ahead of the count counts them all; gunfire that struck people hit them.
  assert.deepEqual(kinds('Police said he shot Ida Brandt and two others near the depot.'), [['casualties', 3]]);
  assert.deepEqual(kinds('The blast killed the driver and four others.'), [['killed', 5]]);
  assert.deepEqual(kinds('Stray gunfire struck Ida Brandt and two others.'), [['casualties', 3]]);
  assert.deepEqual(kinds('Bullets hit two porters at the depot.'), [['casualties', 2]]);
  // Injuries told by their severity after "have/had", and a condition with two words, are the hurt.
  assert.deepEqual(kinds('Three miners have non-life-threatening injuries, the company said.'), [['injured', 3]]);
  assert.deepEqual(kinds('Two porters had minor wounds.'), [['injured', 2]]);
  assert.deepEqual(kinds('A girl was in serious but stable condition on Monday.'), [['injured', 1]]);
  // "The 70-year-old suffered ...", "suffered painful, but minor burns": hurt.
  assert.deepEqual(kinds('The 70-year-old suffered minor burns.'), [['injured', 1]]);
  assert.deepEqual(kinds('Two guards suffered painful, but minor burns.'), [['injured', 2]]);
  // People struck, hit or grazed are people hit (hurt or killed); places struck stay a count of sites.
  assert.deepEqual(kinds('A stray round struck two guards near the quay.'), [['casualties', 2]]);
  assert.deepEqual(kinds('The ricochet hit her three brothers.'), [['casualties', 3]]);
  assert.deepEqual(kinds('A pellet grazed a teenage girl by the fence.'), [['casualties', 1]]);
  assert.deepEqual(kinds('The storm hit three villages.'), [['count', 3]]);
  // "trying" is a verb: the phrase stops there and nothing is counted as the people hurt.
  assert.deepEqual(kinds('Two guards trying to flee were caught.'), []);
});

test("a translation's victims and injuries read as the toll they are", () => {
  // "the victims are N" after a count of the dead are the dead, in the sentence or the one before.
  assert.deepEqual(kinds('The toll of the dead has risen to 6; in the count of the union, the victims are 8 people.'), [['killed', 6], ['killed', 8]]);
  assert.deepEqual(kinds('In the count of the union, the victims are 8 people.', 'killed'), [['killed', 8]]);
  assert.deepEqual(kinds('In the count of the union, the victims are 8 people.'), [['casualties', 8]]);
  assert.deepEqual(kinds('Altogether 37 persons obtained light injuries in the storm.'), [['injured', 37]]);
  assert.deepEqual(kinds('Twelve workers received heavy burns.'), [['injured', 12]]);
  // Gunshot wounds sustained tell of a hit, which holds the dead: not a count of the hurt.
  assert.ok(!kinds('Five guests sustained gunshot wounds; one of them died.').some(([k]) => k === 'injured'));
  // The verb before its subject: the one who died is dead, whatever his burns.
  assert.deepEqual(kinds('Overnight at the clinic in Varn perished a further two miners, who had suffered heavy burns.'), [['killed', 2]]);
  // A span of time after "died" is no count (the one who died is).
  assert.deepEqual(kinds('He was taken to the clinic, where he died several hours later.').filter(([, v]) => v !== 1), []);
  assert.deepEqual(kinds('At the clinic she died a few days later.').filter(([, v]) => v !== 1), []);
});

test('people in care at a named or described hospital are hurt; staff at a clinic and one person taken there are not read so', () => {
  // A mine flood, a coach crash, a factory fire, a stand collapse.
  assert.deepEqual(kinds('Fourteen miners were in Kessel General Hospital on Tuesday night.'), [['injured', 14]]);
  assert.deepEqual(kinds('Nine passengers were being treated at St Anne\'s Hospital in the capital.'), [['injured', 9]]);
  assert.deepEqual(kinds('Eleven pupils remain in the regional hospital.'), [['injured', 11]]);
  assert.deepEqual(kinds('Six workers were admitted to the Vell Valley Medical Centre.'), [['injured', 6]]);
  assert.deepEqual(kinds('Twelve spectators have been taken to Orlen County Hospital, officials said.'), [['injured', 12]]);
  assert.deepEqual(kinds('Eight of the rescued were airlifted to a trauma centre in the capital.'), [['injured', 8]]);
  // Where staff were, custody at a hospital, the whole group "all four" and one person taken there: no new hurt.
  assert.deepEqual(kinds('The 9 receptionists who were in the Harlow Lane clinic that morning are safe.'), []);
  assert.deepEqual(kinds('The driver was in custody at the hospital.'), [['arrested', 1]]);
  assert.ok(!kinds('All three victims were brought to Orlen County Hospital.').some(([kind]) => kind === 'injured'));
  assert.ok(!kinds('She was rushed to Orlen County Hospital.').some(([kind]) => kind === 'injured'));
});

test('people got out alive are rescued: active, passive, with "in all", or in a translation\'s order', () => {
  // A mine flood, a building collapse, a flood, a mountain accident, a shipwreck.
  assert.deepEqual(kinds('Crews brought 12 workers out alive before the second collapse.'), [['rescued', 12]]);
  assert.deepEqual(kinds('Firefighters dug three children out alive from the rubble.'), [['rescued', 3]]);
  assert.deepEqual(kinds('Volunteers took 45 villagers alive from the flooded houses.'), [['rescued', 45]]);
  assert.deepEqual(kinds('Twelve residents were lifted alive from the roofs by helicopter.'), [['rescued', 12]]);
  assert.deepEqual(kinds('Eighteen climbers were found alive on the ridge.'), [['rescued', 18]]);
  assert.deepEqual(kinds('Twenty sailors were winched to safety by the coastguard.'), [['rescued', 20]]);
  assert.deepEqual(kinds('By dawn, 40 miners in all had been taken alive from the shaft.'), [['rescued', 40]]);
  assert.deepEqual(kinds('From the rubble were hoisted alive 16 persons.'), [['rescued', 16]]);
  // Taken alive by captors is a capture, and people taken into custody or to hospital are not saved.
  assert.ok(!kinds('Two soldiers were taken alive by the rebels.').some(([kind]) => kind === 'rescued'));
  assert.ok(!kinds('Police took 12 people into custody.').some(([kind]) => kind === 'rescued'));
});

test('a count named by its noun in a translation, a record between people and their verb', () => {
  assert.deepEqual(kinds('The number of the drowned in the valley floods has grown up to 12 persons.'), [['killed', 12]]);
  assert.deepEqual(kinds('Eleven workers listed on the shift roster are still unaccounted for.'), [['missing', 11]]);
  assert.deepEqual(kinds('Six passengers booked on the flight remain missing.'), [['missing', 6]]);
  // A place named like a person is no one listed before the count.
  assert.deepEqual(kinds('Five bodies were pulled from Lake Venn and 12 people remain missing.'), [['killed', 5], ['missing', 12]]);
  assert.deepEqual(kinds('At the flooded mine are taking part over 150 rescuers.'), [['count', 150]]);
  // Money per head is money, not a percentage.
  assert.deepEqual(kinds('The province is paying families €12,000 per victim.'), [['money', 12000]]);
  assert.deepEqual(kinds('Fares rose 15 per cent.'), [['percentage', 15]]);
});

test('a death toll named far before its figure, and a translation\'s verb before its subject', () => {
  // A derailment, a depot blast, a block collapse, an air strike.
  assert.deepEqual(kinds('The death toll from the derailment near Ostry has risen to 41.'), [['killed', 41]]);
  assert.deepEqual(kinds("The death toll from Saturday's blast at the fireworks depot climbed to 23, officials said."), [['killed', 23]]);
  assert.deepEqual(kinds('The death count stood at 88 on Monday evening.'), [['killed', 88]]);
  assert.deepEqual(kinds('Killed were 12 persons, informed the ministry.'), [['killed', 12]]);
  assert.deepEqual(kinds('Injured were 30 people, among them 8 children.').map(([kind]) => kind), ['injured']);
  // A toll road and a toll-free line are no tolls.
  assert.deepEqual(kinds('The toll road to the airport has 3 lanes.'), []);
});

test('people treated, and those got out, in a few more words', () => {
  assert.deepEqual(kinds('More than 90 people sought treatment at local clinics.'), [['injured', 90]]);
  assert.deepEqual(kinds('So far, 43 survivors have been recovered alive.'), [['rescued', 43]]);
  assert.deepEqual(read2('Some 230 people were on the two carriages that left the rails.'), [['count', 230, 'people']]);
});

test('people sought after a disaster are missing; people sought by the police are not', () => {
  // A landslide, a trawler lost at sea, a flood.
  assert.deepEqual(kinds('Rescuers are still searching for 17 people believed buried under the mud.'), [['missing', 17]]);
  assert.deepEqual(kinds('Search teams were looking for the 9 crew of the trawler.'), [['missing', 9]]);
  assert.deepEqual(kinds('Divers are combing the river for 4 children.'), [['missing', 4]]);
  assert.ok(!kinds('Detectives are searching for two men who fled the scene.').some(([kind]) => kind === 'missing'));
  assert.ok(!kinds('Officers are looking for three people who were seen running from the store.').some(([kind]) => kind === 'missing'));
  assert.ok(!kinds('Investigators are still searching for one more person of interest.').some(([kind]) => kind === 'missing'));
});

test('those aboard take the kind of their verb; a place of care in a translation holds the hurt', () => {
  assert.deepEqual(kinds('Plane crash: all 86 on board feared dead'), [['killed', 86]]);
  assert.deepEqual(kinds('The 40 people aboard the bus were killed.'), [['killed', 40]]);
  assert.deepEqual(kinds('In the hospitals are located 27 persons, from them 5 in heavy condition.'), [['injured', 27], ['injured', 5]]);
  assert.deepEqual(kinds('The number of the hospitalized has grown to 35 persons.'), [['injured', 35]]);
});

test('arrests and charges in more of their wordings; a negated charge is none', () => {
  // A bus crash, a nightclub fire, a stampede, a dam failure.
  assert.deepEqual(kinds('The bus driver was arrested at the scene.'), [['arrested', 1]]);
  assert.deepEqual(kinds('The owner of the nightclub has been detained.'), [['arrested', 1]]);
  assert.deepEqual(kinds('Authorities took 12 people into custody after the stampede.'), [['arrested', 12]]);
  assert.deepEqual(kinds('Six officials were remanded in custody on Tuesday.'), [['arrested', 6]]);
  assert.deepEqual(kinds('The prosecutor said 4 people had been placed under arrest.'), [['arrested', 4]]);
  assert.deepEqual(findNumericClaims('Charges were filed against 3 engineers over the dam failure.').map((c) => [c.kind, c.value, c.partOf]), [['arrested', 3, 'charged']]);
  assert.ok(!findNumericClaims('No charges have been laid against the two drivers.').some((c) => c.partOf === 'charged'));
  // An age after "Jr." is an age, not a count.
  assert.deepEqual(kinds('John Roe Jr., 22, was booked into the county jail.'), [['arrested', 1]]);
});

test('people not found, told by a negation, a lost contact, or a verb of number', () => {
  // A mudslide, a mine, a shipwreck, a quake.
  assert.deepEqual(kinds('Officials said 19 people had not been accounted for.'), [['missing', 19]]);
  assert.deepEqual(kinds('Four crew members have not been found.'), [['missing', 4]]);
  assert.deepEqual(kinds('No trace has been found of 3 hikers.'), [['missing', 3]]);
  assert.deepEqual(kinds('Contact was lost with 6 miners on Monday.'), [['missing', 6]]);
  assert.deepEqual(kinds('The dead number 29.'), [['killed', 29]]);
  assert.deepEqual(kinds('Victims number at least 40, the agency said.'), [['killed', 40]]);
});

test('people lifted clear are rescued; those registered as displaced are displaced', () => {
  // A flood, a bus crash.
  assert.deepEqual(kinds('The helicopter crew winched 14 people off the roof.'), [['rescued', 14]]);
  assert.deepEqual(kinds('Villagers dragged 11 survivors from the wreckage before the ambulances came.'), [['rescued', 11]]);
  assert.ok(!kinds('Medics airlifted 3 people from the quarry to a hospital.').some(([kind]) => kind === 'rescued'));
  assert.deepEqual(kinds('About 1,200 people have registered as displaced.'), [['displaced', 1200]]);
});

test('a machine translation\'s orders and nouns across kinds', () => {
  // A roof collapse, a quake, a flood, a coach crash, a mine blast.
  assert.deepEqual(kinds('As a result of the collapse of the roof were lost 14 persons.'), [['killed', 14]]);
  assert.deepEqual(kinds('Under the rubble remain 7 persons, informed the rescuers.'), [['missing', 7]]);
  assert.deepEqual(kinds('The destiny of 5 persons is unknown.'), [['missing', 5]]);
  assert.deepEqual(kinds('Medical help was given to 35 persons.'), [['injured', 35]]);
  assert.deepEqual(kinds('Suffered 28 persons, from them 6 children.'), [['injured', 28], ['injured', 6]]);
  assert.deepEqual(kinds('The amount of the rescued made up 54 persons.'), [['rescued', 54]]);
  assert.deepEqual(kinds('For the moment were found alive 9 persons.'), [['rescued', 9]]);
  assert.deepEqual(kinds('In the detention are 3 officials of the company.'), [['arrested', 3]]);
  assert.deepEqual(findNumericClaims('To criminal responsibility were attracted 2 persons.').map((c) => [c.kind, c.value, c.partOf]), [['arrested', 2, 'charged']]);
  assert.deepEqual(read2('On board of the airplane were 96 passengers and 6 members of the crew.'), [['count', 96, 'passengers']]);
  // English "suffered" inside a sentence is the hurt's verb, not a count's.
  assert.deepEqual(kinds('The driver, 25, suffered multiple stab wounds and died.').filter(([, value]) => value === 10), []);
});

test('people believed trapped under rubble are missing; people airlifted to safety are rescued; an armoured conjunct is a noun', () => {
  // An air strike, a quake, a wildfire, a siege.
  assert.deepEqual(kinds('About 20 people are believed to be trapped under the rubble.'), [['missing', 20]]);
  assert.deepEqual(kinds('Crews airlifted 45 residents to safety.'), [['rescued', 45]]);
  assert.deepEqual(read2('Police said 40 officers and two armoured vehicles surrounded the bank.'), [
    ['count', 40, 'officers'],
    ['count', 2, 'armoured vehicles'],
  ]);
});

test('people being treated, and a count of those in hospital named before its figure', () => {
  // A live blog of a tower fire, a coach crash.
  assert.deepEqual(kinds('UPDATE 3: Hospital says 27 being treated, 5 critical'), [['injured', 27]]);
  assert.deepEqual(kinds('Four passengers were treated and released on Sunday.'), [['injured', 4]]);
  assert.deepEqual(kinds('The number of people in hospital stands at 19.'), [['injured', 19]]);
  // Treated for a cause stays what it was.
  assert.deepEqual(kinds('Twenty people were being treated for smoke inhalation.'), [['injured', 20]]);
});

test('people found alive and survivors recovered are rescued', () => {
  // A quake, a shipwreck.
  assert.deepEqual(kinds('Rescuers found 14 people alive in the rubble on Tuesday.'), [['rescued', 14]]);
  assert.deepEqual(kinds('Rescue teams have so far recovered 7 survivors and 12 bodies.'), [['rescued', 7], ['killed', 12]]);
  assert.deepEqual(kinds('A trawler picked up 40 survivors overnight.'), [['rescued', 40]]);
  // People found dead are no rescue.
  assert.ok(!kinds('Police found two people dead in the flat.').some(([kind]) => kind === 'rescued'));
});

test('people read past what they belong to ("of the mine") to their verb, for all but a toll and a release', () => {
  // A mine collapse, a bus crash, a factory fire.
  assert.deepEqual(kinds('Three employees of the mine were arrested.'), [['arrested', 3]]);
  assert.deepEqual(kinds('Two executives of the bus company were detained on Monday.'), [['arrested', 2]]);
  assert.deepEqual(findNumericClaims('The two owners of the factory were charged with manslaughter.').map((c) => [c.kind, c.value, c.partOf]), [['arrested', 2, 'charged']]);
  // "of them" and a release after an of-phrase are not read so.
  assert.deepEqual(kinds('None of the drivers\u2019 names have been released.'), []);
  assert.ok(!kinds('Six climbers were hurt and two of them were released from the clinic on Friday.').some(([kind]) => kind === 'rescued'));
});
