import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../core/index.ts';
import { TokenView, type Candidate } from './candidate.ts';
import { placeEvidence } from './place-evidence.ts';
import { tokenizeDoc } from './token-doc.ts';
import { entities } from './test-helpers.ts';

function setup(text: string, spans: [string, EntityType][]): { v: TokenView; cands: Candidate[] } {
  const v = new TokenView(tokenizeDoc(text, [{ start: 0, end: text.length }]));
  const cands: Candidate[] = [];
  let from = 0;
  for (const [name, type] of spans) {
    const n = name.split(' ').length;
    for (let i = from; i + n <= v.n; i++) {
      if (v.slice(i, i + n) === name) {
        cands.push({ ts: i, te: i + n, type, role: null, acronym: null, linkTo: null });
        from = i + n;
        break;
      }
    }
  }
  assert.equal(cands.length, spans.length, 'every span found');
  return { v, cands };
}

test('"in X" and "X island" make X a place in all its mentions', () => {
  const { v, cands } = setup('Brann has known worse, said Ilka Sorrel in Brann. Ferries to Tessholm island stopped. Tessholm waits.', [
    ['Brann', 'PERSON'], ['Ilka Sorrel', 'PERSON'], ['Brann', 'ORG'], ['Tessholm', 'PERSON'], ['Tessholm', 'ORG'],
  ]);
  placeEvidence(cands, v, new Set());
  assert.deepEqual(cands.map((c) => c.type), ['PLACE', 'PERSON', 'PLACE', 'PLACE', 'PLACE']);
});

test('no change without a cue, for full names, multi-word groups, one-word MISC, or a family name', () => {
  const { v, cands } = setup('Brann spoke. Dara Brann lives in Brann. Kessa Air met Orlo Vint in Kessa Air. Sorrish ships stayed in the Sorrish region.', [
    ['Brann', 'PERSON'], ['Dara Brann', 'PERSON'], ['Brann', 'ORG'], ['Kessa Air', 'ORG'], ['Orlo Vint', 'PERSON'], ['Kessa Air', 'ORG'], ['Sorrish', 'MISC'], ['Sorrish', 'MISC'],
  ]);
  placeEvidence(cands, v, new Set());
  // "Brann" is Dara Brann's family name here: left alone even after "in".
  assert.deepEqual(cands.map((c) => c.type), ['PERSON', 'PERSON', 'ORG', 'ORG', 'PERSON', 'ORG', 'MISC', 'MISC']);
});

test('dateline places give evidence for the other mentions', () => {
  const { v, cands } = setup('BRANN - Work stopped. Brann council met.', [['BRANN', 'PLACE'], ['Brann', 'ORG']]);
  placeEvidence(cands, v, new Set([0]));
  assert.deepEqual(cands.map((c) => c.type), ['PLACE', 'PLACE']);
});

test('"the village of X" and "the village X" are place cues; "the Republic of X" is not', () => {
  const { v, cands } = setup('Aid reached the village of Tesk. Tesk waits. Trucks left the town Orvask. Orvask waits. The Republic of Hallen spoke. Hallen waits.', [
    ['Tesk', 'PLACE'], ['Tesk', 'PERSON'], ['Orvask', 'ORG'], ['Orvask', 'PERSON'], ['Hallen', 'ORG'], ['Hallen', 'PERSON'],
  ]);
  placeEvidence(cands, v, new Set());
  assert.deepEqual(cands.map((c) => c.type), ['PLACE', 'PLACE', 'PLACE', 'PLACE', 'ORG', 'PERSON']);
});

test('"X Prison" makes the bare X a place in the same text; "the prison X" names a site, "the prison Given Family" does not', () => {
  const { v, cands } = setup('Riots spread at Holbrin Penitentiary. Holbrin has 600 cells. Guards left the jail Sorvask, and the jail Ilya Moret stayed.', [
    ['Holbrin Penitentiary', 'PLACE'], ['Holbrin', 'PERSON'], ['Sorvask', 'ORG'], ['Ilya Moret', 'MISC'],
  ]);
  placeEvidence(cands, v, new Set());
  assert.deepEqual(cands.map((c) => c.type), ['PLACE', 'PLACE', 'PLACE', 'MISC']);
});

test('"the river X", "the lake X": X is a place, and so are its other mentions the model read as a group word', () => {
  // A flood: the verb after the river's name ends in s, as a plural noun after a group's adjective does.
  const flood = entities('Villagers fled when the river Marra burst its banks. By noon the Marra covers the fields.');
  assert.ok(flood.includes('Marra/PLACE') && !flood.includes('Marra/MISC'), flood.join(' | '));
  // A plane crash on water, in a translated word order.
  const crash = entities('The plane came down in the lake Orvin, and the lake Orvin holds the wreck still.');
  assert.ok(crash.includes('Orvin/PLACE'), crash.join(' | '));
});

test('"X\'s government", "X\'s foreign ministry": X is a country whatever the model typed it; "X\'s board" says nothing', () => {
  // A border clash and an air strike name a country the lists do not know.
  const clash = entities("Ostrava's foreign ministry blamed the patrols on Monday.");
  assert.ok(clash.includes('Ostrava/PLACE'), clash.join(' | '));
  const strike = entities("Velmaria's army said the strike hit a depot.");
  assert.ok(strike.includes('Velmaria/PLACE'), strike.join(' | '));
  const firm = entities("Kestrel's board met on Monday.");
  assert.ok(!firm.includes('Kestrel/PLACE'), firm.join(' | '));
});
