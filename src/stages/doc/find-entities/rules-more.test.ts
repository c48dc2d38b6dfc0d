import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinPlacePairs } from './rules-more.ts';
import { view, cand, shown } from './test-helpers.ts';

test('a name split right before "X Bridge" is one structure, a place', () => {
  // 0 The 1 Vessel 2 Channel 3 Bridge 4 fell 5 near 6 Orla 7 Marsh 8 Tunnel
  const v = view('The Vessel Channel Bridge fell near Orla Marsh Tunnel');
  const out = joinPlacePairs([cand(1, 2, 'PERSON'), cand(2, 4, 'PLACE'), cand(6, 7, 'ORG'), cand(7, 9, 'ORG')], v);
  assert.deepEqual(shown(v, out), ['Vessel Channel Bridge/PLACE', 'Orla Marsh Tunnel/PLACE']);
});

test('no join with a word between, a lowercase head, or across sentences', () => {
  // 0 Vessel 1 and 2 Channel 3 Bridge 4 Orla 5 bridge
  const v = view('Vessel and Channel Bridge Orla bridge');
  assert.deepEqual(shown(v, joinPlacePairs([cand(0, 1, 'ORG'), cand(2, 4, 'PLACE')], v)), ['Vessel/ORG', 'Channel Bridge/PLACE']);
  assert.deepEqual(shown(v, joinPlacePairs([cand(3, 4, 'ORG'), cand(4, 6, 'PLACE')], v)), ['Bridge/ORG', 'Orla bridge/PLACE']);
  assert.deepEqual(shown(v, joinPlacePairs([cand(0, 1, 'ORG'), cand(1, 4, 'PLACE')], v, (i) => i === 1)), ['Vessel/ORG', 'and Channel Bridge/PLACE']);
});
