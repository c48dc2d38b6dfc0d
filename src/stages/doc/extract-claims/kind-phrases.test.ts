// Kinds told by phrases beyond patterns.ts: people led out, custody totals, a translated condition, those
// still in hospital, unlisted plurals of people, vague words that give no figure. Every sentence is
// invented (a speedway race, a ferry fire, a flood, a riot).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumericClaims } from './find-quantities.ts';

const read = (s: string): [string, number][] => findNumericClaims(s).map((c) => [c.kind, c.value]);

test('people led out of a place are evacuated, read past the place they were in', () => {
  assert.deepEqual(read('About 3,000 people in the east terrace were later led out across the track, the marshals said.'), [['evacuated', 3000]]);
  assert.deepEqual(read('About 3,000 people were then led out of the east terrace.'), [['evacuated', 3000]]);
  assert.deepEqual(read('Some 400 passengers from the lower deck have now been escorted to safety.'), [['evacuated', 400]]);
  // Out alive is a rescue, not a move.
  assert.ok(!read('Nine miners were carried out alive on Monday.').some(([kind]) => kind === 'evacuated'));
  assert.deepEqual(read('Nine miners were brought out alive on Monday.'), [['rescued', 9]]);
  assert.deepEqual(read('Nine miners were brought out of the shaft.'), [['evacuated', 9]]);
  // Active, with an object: no one was moved.
  assert.deepEqual(read('Two officers had led out the visiting team.'), []);
  // A toll narrowed by a place is most often a part of it: the place is not read past for a toll.
  assert.deepEqual(read('Two people in the van were killed.'), []);
});

test('plurals of people the person nouns lack are read to their verb', () => {
  assert.deepEqual(findNumericClaims('Twelve spectators died in the crush.').map((c) => [c.kind, c.value, c.counted]), [['killed', 12, 'spectators']]);
  assert.deepEqual(read('About 3,000 fans were led out of the ground.'), [['evacuated', 3000]]);
  assert.deepEqual(read('About 3,000 fans in the east stand were led out of the ground.'), [['evacuated', 3000]]);
  // "both" points back: "both legs" is no count of the hurt.
  assert.ok(!read('A man, 41, who was shot in both arms remained in fair condition.').some(([, value]) => value === 2));
  // "shot" after such a plural may be a thing: not read.
  assert.deepEqual(read('Three rounds shot into the wall were found.'), []);
});

test('a custody total is an arrest count', () => {
  assert.deepEqual(read('Two guards were also detained, bringing the number of people in custody to six.'), [['arrested', 2], ['arrested', 6]]);
  assert.deepEqual(read('The total under arrest now stands at 7.'), [['arrested', 7]]);
});

test('a translated condition and those still in hospital are injured', () => {
  assert.deepEqual(read('According to the data of the agency, 80 persons received traumas, from them 12 are located in heavy condition.'), [
    ['injured', 80],
    ['injured', 12],
  ]);
  assert.deepEqual(read('The ministry says 95 people were treated in hospital, and 7 are still there.'), [['injured', 95], ['injured', 7]]);
  // "still there" with no care before it says nothing of the hurt.
  assert.deepEqual(read('Some 30 protesters left, and 7 are still there.'), []);
});

test('a vague word gives a figure only for a toll', () => {
  assert.deepEqual(read('Many families are sleeping in tents.'), []);
  assert.deepEqual(read('Several villagers were evacuated.'), []);
  assert.deepEqual(read('Several people were killed.'), [['killed', 10]]);
  // A vague word with a number in it is still read.
  assert.deepEqual(read('Thousands of residents were evacuated.'), [['evacuated', 1000]]);
});

test('a toll told by the ordinal of its latest death', () => {
  assert.deepEqual(read('The coast guard has confirmed a fifth death.'), [['killed', 5]]);
  // A tally of a period is no toll of this event.
  assert.deepEqual(read('The county recorded a fourth death this year.'), []);
});

test('a part of the hurt taken into care is injured', () => {
  assert.deepEqual(findNumericClaims('The clinic said it had admitted 40 of the injured.').map((c) => [c.kind, c.value, c.partOf]), [['injured', 40, 'the injured']]);
  // People taken into a place of care the sentence names; not a confession.
  assert.deepEqual(read('Hospitals admitted 73 people, 9 of them in critical condition.'), [['injured', 73], ['injured', 9]]);
  assert.deepEqual(read('He admitted 3 charges in court.'), []);
  // A verb after the group still decides.
  assert.deepEqual(read('Two of the injured died overnight.'), [['killed', 2]]);
});

test('saved out of a place alive; those in intensive care', () => {
  assert.deepEqual(read('At least 38 people drowned, while 290 were pulled from the water alive.'), [['killed', 38], ['rescued', 290]]);
  assert.deepEqual(findNumericClaims('Ninety of the survivors were treated in hospital and 14 remain in intensive care.').map((c) => [c.kind, c.value, c.partOf]), [
    ['injured', 90, 'the survivors'],
    ['injured', 14, 'the survivors'],
  ]);
});

test('households a failed supply reached are affected; a part of a group in shelters is displaced', () => {
  assert.deepEqual(findNumericClaims('Power was cut to about 30,000 households.').map((c) => [c.kind, c.value, c.counted]), [['affected', 30000, 'households']]);
  assert.deepEqual(read('The storm left 12,000 households without power.'), [['affected', 12000]]);
  assert.deepEqual(findNumericClaims('Some 8,500 residents were ordered to leave, and 2,100 of them are staying in emergency shelters.').map((c) => [c.kind, c.value, c.partOf]), [
    ['evacuated', 8500, undefined],
    ['displaced', 2100, 'them'],
  ]);
  assert.deepEqual(read('By Friday nine of the trapped miners had been brought to the surface alive.'), [['rescued', 9]]);
  // Let out of hospital or custody: no rescue.
  assert.deepEqual(read('Four people were injured and three of them have been released.'), [['injured', 4]]);
});

test("a translation's order: parts, those present, those sent, a fate being established, a speed", () => {
  const c = findNumericClaims('From the injured 12 persons are in a grave state.')[0]!;
  assert.deepEqual([c.kind, c.value, c.partOf], ['injured', 12, 'the injured']);
  assert.deepEqual(findNumericClaims('In the coach were located 41 passengers.').map((x) => [x.kind, x.value, x.counted]), [['count', 41, 'passengers']]);
  assert.deepEqual(findNumericClaims('To the place of the fire were directed 64 rescuers.').map((x) => [x.kind, x.value, x.counted]), [['count', 64, 'rescuers']]);
  assert.deepEqual(read('The fate of two hikers is still being established.'), [['missing', 2]]);
  // A speed is no distance.
  assert.deepEqual(read('The coach exceeded the limit by 40 kilometres per hour.'), []);
});
