import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import { findDocEntities } from './index.ts';
import { untaggedPlaces } from './place-spread.ts';
import { view, cand, shown } from './test-helpers.ts';

const never = (): boolean => false;

test('an untagged word joined to a place, after "the village", or a known place elsewhere is a place', () => {
  // 0 with 1 Tollet 2 and 3 Upper 4 Drennit 5 , 6 the 7 village 8 Orvask 9 , 10 to 11 Hesk 12 , 13 near 14 Hesk
  const v = view('with Tollet and Upper Drennit, the village Orvask, to Hesk, near Hesk');
  const out = untaggedPlaces([cand(3, 5, 'PLACE'), cand(14, 15, 'PLACE')], v, never);
  assert.deepEqual(shown(v, out), ['Tollet/PLACE', 'Upper Drennit/PLACE', 'Orvask/PLACE', 'Hesk/PLACE', 'Hesk/PLACE']);
});

test('no place from a common word, a word the text writes in lowercase, a sentence start or a longer name', () => {
  // 0 with 1 Bridge 2 and 3 Upper 4 Drennit 5 ; 6 a 7 bridge 8 . 9 Tollet 10 and 11 Hesk 12 ; 13 with 14 Kara 15 Vell 16 and 17 Hesk
  const v = view('with Bridge and Upper Drennit; a bridge. Tollet and Hesk; with Kara Vell and Hesk');
  const out = untaggedPlaces([cand(3, 5, 'PLACE'), cand(11, 12, 'PLACE'), cand(17, 18, 'PLACE')], v, (i) => i === 9);
  assert.deepEqual(shown(v, out), ['Upper Drennit/PLACE', 'Hesk/PLACE', 'Hesk/PLACE']);
});

test('whole pipeline: the village left untagged beside another place is found', () => {
  const text = 'Rescuers had not reached the villages in the Orsa valley. "Communications with Tollet and Upper Drennit are still cut," he said.';
  const doc = createDoc({ id: 'x', source: 'x', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  const ents = (doc.layers.entities ?? []).map((e) => `${e.name}/${e.type}`);
  assert.ok(ents.includes('Tollet/PLACE') && ents.includes('Upper Drennit/PLACE'), ents.join(' | '));
});
