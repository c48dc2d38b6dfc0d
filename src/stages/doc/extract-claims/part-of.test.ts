// Figures that count a part of a larger group. Every sentence is invented (a ferry fire, a flood, a riot).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumericClaims } from './find-quantities.ts';

const parts = (s: string): [string, number, string | undefined][] => findNumericClaims(s).map((c) => [c.kind, c.value, c.partOf]);

test('a part picked out of a group names the group', () => {
  assert.deepEqual(parts('Twelve of those hurt were in serious condition, and 3 people were missing.'), [['injured', 12, 'those hurt'], ['missing', 3, undefined]]);
  assert.deepEqual(parts('Eleven of the injured were in serious condition.'), [['injured', 11, 'the injured']]);
  assert.deepEqual(parts('According to the data of the agency, 80 persons received traumas, from them 12 are located in heavy condition.'), [
    ['injured', 80, undefined],
    ['injured', 12, 'them'],
  ]);
});

test('those still in care after a hospital count are a part', () => {
  assert.deepEqual(parts('The ministry says 95 people were treated in hospital, and 7 are still there.'), [['injured', 95, undefined], ['injured', 7, 'still there']]);
});

test("the items a tally includes are parts; the tally's own figure is not", () => {
  assert.deepEqual(parts("The county's list, he said, includes three people who died in care homes after they were discharged and two who died on the road."), [
    ['killed', 3, "The county's list"],
    ['killed', 2, "The county's list"],
  ]);
  assert.deepEqual(parts('The governor said the county’s list includes five people who died in shelters and were not counted by the ministry.'), [['killed', 5, 'the county’s list']]);
  assert.deepEqual(parts('The agency said 31 people had died and 40 were injured.'), [['killed', 31, undefined], ['injured', 40, undefined]]);
});

test('parts named after the clause of their whole are each a figure of the same kind', () => {
  assert.deepEqual(parts('Some 30 people were hurt, eight of them firefighters, the brigade said.'), [['injured', 30, undefined], ['injured', 8, 'them']]);
  assert.deepEqual(parts('The council counted 52 people hurt by burns, among them six nurses and two paramedics.'), [
    ['injured', 52, undefined],
    ['injured', 6, 'them'],
    ['injured', 2, 'them'],
  ]);
  // A translation's order: "from them" before the parts.
  assert.deepEqual(parts('All told 64 persons received injuries, from them 7 miners and 3 rescuers.'), [
    ['injured', 64, undefined],
    ['injured', 7, 'them'],
    ['injured', 3, 'them'],
  ]);
  // A figure with a verb of its own after "and" is no part of the list.
  assert.deepEqual(parts('Some 40 crew were hurt, 11 of them critically, and six sailors are still missing.'), [
    ['injured', 40, undefined],
    ['injured', 11, 'them'],
    ['missing', 6, undefined],
  ]);
});

test('the list after a toll and its colon breaks the toll down', () => {
  assert.deepEqual(parts('The agency counts 9 dead: eight miners and Halvorsen.'), [['killed', 9, undefined], ['killed', 8, 'them']]);
});
