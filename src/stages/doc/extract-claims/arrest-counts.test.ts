// Arrests told by words: a running count, a role or two arrested, a translation's inverted order. Every sentence
// is invented (a factory fire, a bus crash, a building collapse, a stampede, a plant explosion, a market fire).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumericClaims } from './find-quantities.ts';

const kinds = (s: string): [string, number][] => findNumericClaims(s).map((c) => [c.kind, c.value]);

test('arrests told as a running count or in a translation\'s order', () => {
  // A factory fire, a bus crash, a building collapse, a stampede.
  assert.deepEqual(kinds('Investigators held the site foreman in the first arrest over the collapse.'), [['arrested', 1]]);
  assert.deepEqual(kinds('Investigators made a second arrest in the case on Friday.'), [['arrested', 2]]);
  assert.deepEqual(kinds('The depot supervisor became the fifth person to be detained.'), [['arrested', 5]]);
  assert.deepEqual(kinds('A third suspect was arrested on Friday.'), [['arrested', 3]]);
  assert.deepEqual(findNumericClaims('The engineer became the third person to be charged over the collapse.').map((c) => [c.kind, c.value, c.partOf]), [['arrested', 3, 'charged']]);
  assert.deepEqual(kinds('On Sunday was detained the driver of the bus.'), [['arrested', 1]]);
  assert.deepEqual(kinds('In the case was arrested the director of the market.'), [['arrested', 1]]);
  // One's record, a day after a verb, and a man already told of are no such count.
  assert.deepEqual(kinds('His first arrest was in 2009.'), []);
  assert.deepEqual(kinds('He was detained the following day.'), [['arrested', 1]]);
  assert.ok(!kinds('The second man was detained outside the bar.').some(([, value]) => value === 2));
});

test('two roles arrested together, and a count read past its ages', () => {
  // A coach crash, a plant explosion, a market fire.
  assert.deepEqual(kinds('Police detained the coach driver and the owner of the company.'), [['arrested', 2]]);
  assert.deepEqual(kinds('The plant director and his deputy were taken into custody.'), [['arrested', 2]]);
  assert.deepEqual(kinds('Nine traders aged between 20 and 61 were injured in the market fire.'), [['injured', 9]]);
  assert.deepEqual(kinds('Three people, aged 19 to 24, were injured.'), [['injured', 3]]);
  // A wound "to the head" is no head of anything.
  assert.deepEqual(kinds('The parents of a teenager shot in the head were arrested.').filter(([kind]) => kind === 'arrested'), []);
});
