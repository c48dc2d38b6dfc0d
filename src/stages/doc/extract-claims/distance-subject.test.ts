// What a distance measures. Every sentence is invented (a pier, a ferry port, a gas leak, a lake town).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumericClaims } from './find-quantities.ts';

const subjects = (s: string): (string | undefined)[] => findNumericClaims(s).filter((c) => c.kind === 'distance').map((c) => c.measures);

test('a distance from a place names the place', () => {
  assert.deepEqual(subjects('The shelter lies 3 km east of the town centre.'), ['from the town centre']);
  assert.deepEqual(subjects('The port is located on 3 kilometres to the east from the centre of Varn.'), ['from the centre of Varn']);
  assert.deepEqual(subjects('The depot, which lies 800 metres from the arena, was closed.'), ['from the arena']);
  assert.deepEqual(subjects('Everyone within 4 km of the refinery must leave.'), ['from the refinery']);
  const [sea] = findNumericClaims('The ferry sank about 3 nautical miles from the harbour.');
  assert.deepEqual([sea!.kind, sea!.value, sea!.unit, sea!.measures], ['distance', 3, 'nmi', 'from the harbour']);
});

test("a thing's extent names the thing", () => {
  assert.deepEqual(subjects('A reporter at the port says the queue of lorries stretches 4 km along Pellin Road.'), ['the queue of lorries']);
  assert.deepEqual(subjects('The length of the pier is 300 metres.'), ['length of the pier']);
  assert.deepEqual(subjects('The length of the damaged track composes 800 metres.'), ['length of the damaged track']);
  assert.deepEqual(subjects('The tunnel is 900 metres long.'), ['The tunnel']);
  assert.deepEqual(subjects('A 5 km exclusion zone was set up.'), ['exclusion zone']);
  assert.deepEqual(subjects('The 300-metre pier collapsed at dawn.'), ['pier']);
  assert.deepEqual(subjects('The leak was found at a depth of 9 km.'), ['depth']);
  assert.deepEqual(subjects('Teams drilled a borehole 300 metres deep.'), ['a borehole']);
  assert.deepEqual(subjects('The roof fell about 450 metres below ground.'), ['below ground']);
});

test('no subject when the sentence does not say one', () => {
  assert.deepEqual(subjects('The smoke drifted 2 km away.'), [undefined]);
  assert.deepEqual(subjects('The zone was widened from 3 km to 6 km.'), [undefined, undefined]);
});
