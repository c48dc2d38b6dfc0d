// Claim kinds beyond tolls: magnitudes, the homeless, counts of things, an authority's bare figure, and
// machine-translated word order. Every sentence is invented (an invented landslide, quake and mine flood).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimKind } from '../../../core/index.ts';
import { findNumericClaims } from './find-quantities.ts';
import { runTimeEventsClaims } from './test-helpers.ts';

const kinds = (s: string, previous: ClaimKind | null = null): [string, number][] => findNumericClaims(s, undefined, previous).map((c) => [c.kind, c.value]);
const claimsOf = (text: string) => runTimeEventsClaims(text, '2031-02-03').layers.claims!;

test('a magnitude in every common form', () => {
  assert.deepEqual(kinds('The Northern Seismic Bureau put its magnitude at 5.8 and its depth at 9 km.'), [['magnitude', 5.8], ['distance', 9]]);
  assert.deepEqual(kinds('The Coastal Survey measured it at magnitude 5.5.'), [['magnitude', 5.5]]);
  assert.deepEqual(kinds('The bureau gives it a magnitude of 4.2.'), [['magnitude', 4.2]]);
  assert.deepEqual(kinds('A magnitude 5.8 earthquake hit the valley.'), [['magnitude', 5.8]]);
  assert.deepEqual(kinds('The magnitude-5.8 earthquake struck at dawn.'), [['magnitude', 5.8]]);
  assert.deepEqual(kinds('A 4.7 aftershock shook the town on Friday.'), [['magnitude', 4.7]]);
  assert.deepEqual(kinds('By the data of the Coastal Survey, the magnitude made 5.5.'), [['magnitude', 5.5]]);
  assert.deepEqual(kinds('The tremor measured 5.1 on the Richter scale.'), [['magnitude', 5.1]]);
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
    'The Northern Seismic Bureau (NSB) put its magnitude at 5.8. The Coastal Survey in neighbouring Ostria measured it at magnitude 5.5.',
  );
  const mags = claims.filter((c) => c.kind === 'magnitude');
  assert.deepEqual(mags.map((c) => [c.value, c.attribution?.text]), [[5.8, 'Northern Seismic Bureau (NSB)'], [5.5, 'Coastal Survey']]);
});

test('people without a home: displaced', () => {
  assert.deepEqual(kinds('About 4,000 people have lost their homes, the agency said.'), [['displaced', 4000]]);
  assert.deepEqual(kinds('About 4,000 people are still without a home.'), [['displaced', 4000]]);
  assert.deepEqual(kinds('The agency says about 4,000 people are living in tents and school gyms.'), [['displaced', 4000]]);
  assert.deepEqual(kinds('Some 600 villagers stayed without a roof over their heads.'), [['displaced', 600]]);
  assert.deepEqual(kinds('They turned to the 4,000 people the agency says have no home to return to.'), [['displaced', 4000]]);
  assert.deepEqual(kinds('More than 300 residents are in temporary shelters.'), [['displaced', 300]]);
  // A question is not a count.
  assert.deepEqual(kinds('The two offices disagree on how many people have lost their homes.'), []);
});

test('counts of things and of people sent', () => {
  const [homes] = findNumericClaims('The housing office said more than 900 houses had been destroyed or made unsafe.');
  assert.equal(homes!.kind, 'count');
  assert.equal(homes!.value, 900);
  assert.equal(homes!.counted, 'houses');
  assert.deepEqual(kinds('Around 40 cars were on the bridge when it fell.'), [['count', 40]]);
  const [team] = findNumericClaims('Ostria sent a team of 35 rescuers with dogs.');
  assert.deepEqual([team!.kind, team!.value, team!.counted], ['count', 35, 'rescuers']);
  // People sent to a hospital are not a count of people sent.
  assert.deepEqual(kinds('The crash sent two people to the hospital.').filter((c) => c[0] === 'count'), []);
});

test('translated word order: persons, "grown up to", "received injuries", the number after the verb', () => {
  const [dead] = findNumericClaims('The number of the victims of the flood in the mine near the town has grown up to 21 persons, informed the rescue service.');
  assert.deepEqual([dead!.kind, dead!.value, dead!.high], ['killed', 21, null]);
  assert.deepEqual(kinds('The quantity of the perished has increased up to 14 people.'), [['killed', 14]]);
  assert.deepEqual(kinds('More than 70 persons received injuries of different heaviness.'), [['injured', 70]]);
  assert.deepEqual(kinds('According to the service, still 9 persons are counted as missing.'), [['missing', 9]]);
  assert.deepEqual(kinds('Still four persons are being searched.'), [['missing', 4]]);
  assert.deepEqual(kinds('The miners pulled out from under the rock alive 12 persons since the morning.'), [['rescued', 12]]);
  // "up to" before a number without a verb of growth is still a ceiling.
  assert.equal(findNumericClaims('Up to 30 people were injured.')[0]!.high, 30);
});

test('a toll stated as an authority\'s figure', () => {
  assert.deepEqual(kinds('The mayor disputed the agency, which put the toll at 31 on the same day.'), [['killed', 31]]);
  assert.deepEqual(kinds('The ministry put the number of injured at more than 50, while the agency gave a figure of 44.'), [['injured', 50], ['injured', 44]]);
  assert.deepEqual(kinds('Its count of the missing fell to 6 on Friday.'), [['missing', 6]]);
  assert.deepEqual(kinds('The number of people killed in the landslide rose to seven on Monday.'), [['killed', 7]]);
  assert.deepEqual(kinds('The agency had counted 29 dead; the mayor says 33.'), [['killed', 29], ['killed', 33]]);
  assert.deepEqual(kinds('The agency says 4,000 people are in tents; the mayor says the number is more than 5,000.'), [['displaced', 4000], ['displaced', 5000]]);
  assert.deepEqual(kinds('More than 200 were hurt; 180 have been treated in hospitals.'), [['injured', 200], ['injured', 180]]);
  // The sentence before says what a bare figure counts; without one, it counts nothing.
  assert.deepEqual(kinds('The town hall, which counts only identified victims, says 11.', 'killed'), [['killed', 11]]);
  assert.deepEqual(kinds('The town hall, which counts only identified victims, says 11.'), []);
  assert.deepEqual(kinds('The committee says 12.', 'distance'), []);
  // A figure with a noun after it is not bare.
  assert.deepEqual(kinds('The agency had counted 29 dead; police counted 30 shell casings.'), [['killed', 29]]);
});

test('the bare figure across sentences, with its source', () => {
  const claims = claimsOf('By Monday the Disaster Agency had counted 14 dead. The town hall, which counts only identified victims, says 11.');
  assert.deepEqual(claims.map((c) => [c.kind, c.value, c.attribution?.text]), [['killed', 14, 'the Disaster Agency'], ['killed', 11, 'town hall']]);
});

test('sources read back from the verb that gives a figure', () => {
  const [a] = claimsOf('The regional housing office said more than 900 houses had been destroyed.');
  assert.equal(a!.attribution?.text, 'regional housing office');
  const gov = claimsOf('The agency had counted 29 dead; the regional governor, Mira Osk, says 33.');
  assert.deepEqual(gov.map((c) => c.attribution?.text), ['agency', 'the regional governor, Mira Osk']);
  const which = claimsOf('Mayor Tom Vale said 33 people had died, disputing the agency, which put the toll at 31.');
  assert.deepEqual(which.map((c) => c.attribution?.text), ['Mayor Tom Vale', 'the agency']);
  const also = claimsOf('The health office also put the number of injured at 50.');
  assert.equal(also[0]!.attribution?.text, 'health office');
});
