import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import { featureNames, splitDivisionOf, splitKindAppositions, splitPlacePairs, typePlaceShapes } from './divisions.ts';
import { findDocEntities } from './index.ts';
import { view, cand, shown, entities } from './test-helpers.ts';

test('"X Province of Y" is the division and the country; "Autonomous Province of Y" stays one name', () => {
  // 0 the 1 Kessary 2 Province 3 of 4 Tarsany 5 and 6 the 7 Autonomous 8 Province 9 of 10 Orvel
  const v = view('the Kessary Province of Tarsany and the Autonomous Province of Orvel');
  assert.deepEqual(shown(v, splitDivisionOf([cand(1, 5, 'ORG'), cand(7, 11, 'PLACE')], v)), [
    'Kessary Province/PLACE', 'Tarsany/PLACE', 'Autonomous Province of Orvel/PLACE',
  ]);
  // A head first ("Province of Y") or a compass word before it is left alone.
  // 0 Northern 1 Province 2 of 3 Tarsany
  const w = view('Northern Province of Tarsany');
  assert.deepEqual(shown(w, splitDivisionOf([cand(0, 4, 'PLACE')], w)), ['Northern Province of Tarsany/PLACE']);
});

test('"X Region" typed a group is a place; "X County" (also a club) and "X Council" are not retyped', () => {
  // 0 Holvard 1 Region 2 , 3 Brell 4 County 5 , 6 Holvard 7 Council
  const v = view('Holvard Region, Brell County, Holvard Council');
  const cs = [cand(0, 2, 'ORG'), cand(3, 5, 'ORG'), cand(6, 8, 'ORG')];
  typePlaceShapes(cs, v);
  assert.deepEqual(shown(v, cs), ['Holvard Region/PLACE', 'Brell County/ORG', 'Holvard Council/ORG']);
});

test('"Upper X" typed a group is a place, but not "Upper House" or "Lower X Agency"', () => {
  // 0 Upper 1 Drennit 2 , 3 Upper 4 House 5 , 6 Lower 7 Drennit 8 Agency
  const v = view('Upper Drennit, Upper House, Lower Drennit Agency');
  const cs = [cand(0, 2, 'ORG'), cand(3, 5, 'ORG'), cand(6, 9, 'ORG')];
  typePlaceShapes(cs, v);
  assert.deepEqual(shown(v, cs), ['Upper Drennit/PLACE', 'Upper House/ORG', 'Lower Drennit Agency/ORG']);
});

test('whole pipeline: the province of a country, a region and a village are places', () => {
  const a = entities('The mountainous Kessary Province of Tarsany was shaken overnight. Officials in Kessary Province said schools were closed.');
  assert.ok(a.includes('Kessary Province/PLACE') && a.includes('Tarsany/PLACE'), a.join(' | '));
  assert.ok(!a.some((e) => e.startsWith('Kessary Province of')), a.join(' | '));
  assert.deepEqual(entities('Officials in the Holvard Region said the road was open.'), ['Holvard Region/PLACE']);
  const b = entities('Rescuers reached the villages of Fennick and Upper Drennit on Tuesday.');
  assert.ok(b.includes('Upper Drennit/PLACE'), b.join(' | '));
});

test('"the X valley" names the valley; the mention stays X', () => {
  // 0 into 1 the 2 Orsa 3 valley 4 and 5 Tami 6 Vell 7 river 8 trips
  const v = view('into the Orsa valley and Tami Vell river trips');
  const cs = [cand(2, 3, 'ORG'), cand(5, 7, 'PERSON')];
  featureNames(cs, v);
  assert.deepEqual(cs.map((c) => `${v.nameOf(c)}/${c.type}`), ['Orsa valley/PLACE', 'Tami Vell/PERSON']);
  assert.deepEqual(shown(v, cs), ['Orsa/PLACE', 'Tami Vell/PERSON']);
});

test('whole pipeline: the valley is an entity named with its feature noun, its mention is the name alone', () => {
  const text = 'A landslide cut the only road into the Orsa valley on Friday. Rescuers said villages in the Orsa valley had no power.';
  const doc = createDoc({ id: 'x', source: 'x', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  const ents = (doc.layers.entities ?? []).map((e) => `${e.name}/${e.type}`);
  assert.deepEqual(ents, ['Orsa valley/PLACE']);
  assert.deepEqual((doc.layers.mentions ?? []).map((m) => text.slice(m.start, m.end)), ['Orsa', 'Orsa']);
});

test('"X and Upper Y" run together is two places; "X and Upper House" is not split', () => {
  // 0 with 1 Lettik 2 and 3 Upper 4 Drennit 5 , 6 Lettik 7 and 8 Upper 9 House
  const v = view('with Lettik and Upper Drennit, Lettik and Upper House');
  assert.deepEqual(shown(v, splitPlacePairs([cand(1, 5, 'ORG'), cand(6, 10, 'ORG')], v)), ['Lettik/PLACE', 'Upper Drennit/PLACE', 'Lettik and Upper House/ORG']);
});

test('"the X Y bridge" with Y left out by the model names the bridge; "X bridge collapse" and a town X do not', () => {
  // 0 the 1 Orla 2 Vessel 3 bridge 4 fell 5 . 6 Tesk 7 bridge 8 collapse
  const v = view('the Orla Vessel bridge fell. Tesk bridge collapse');
  const cs = [cand(1, 2, 'ORG'), cand(6, 7, 'PLACE')];
  featureNames(cs, v);
  assert.deepEqual(cs.map((c) => `${v.nameOf(c)}/${c.type}`), ['Orla Vessel bridge/PLACE', 'Tesk/PLACE']);
  assert.deepEqual(shown(v, cs), ['Orla Vessel/PLACE', 'Tesk/PLACE']);
  // The document writes X alone too: X is a town, "the X valley" describes it.
  // 0 in 1 Orsa 2 and 3 the 4 Orsa 5 valley
  const w = view('in Orsa and the Orsa valley');
  const ws = [cand(1, 2, 'PLACE'), cand(4, 5, 'PLACE')];
  featureNames(ws, w);
  assert.deepEqual(ws.map((c) => w.nameOf(c)), ['Orsa', 'Orsa']);
});

test('"the X city Y" read as one span is the place Y and what X says of it', () => {
  // 0 in 1 the 2 Orlanian 3 city 4 Varuna 5 and 6 the 7 Kessa 8 town 9 Brel 10 ; 11 Upper 12 Town 13 Hall
  const v = view('in the Orlanian city Varuna and the Kessa town Brel; Upper Town Hall');
  const out = splitKindAppositions([cand(2, 5, 'PLACE'), cand(7, 10, 'ORG'), cand(11, 14, 'ORG')], v);
  // A capitalized "Town" is part of a name, not the kind of place.
  assert.deepEqual(shown(v, out), ['Orlanian/MISC', 'Varuna/PLACE', 'Kessa/PLACE', 'Brel/PLACE', 'Upper Town Hall/ORG']);
});
