// A report whose own date is wrong (a digest re-dated weeks after its content) repeats others'
// figures as of their dates: it does not make a rising count look as if it fell back.
// Invented event: a fire in a wool mill at Dunmere in the invented county of Harth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims } from './index.ts';

const PLACES = [{ name: 'Dunmere', type: 'PLACE' as const }];
const hurt = (id: string, published: string, sentence: string, quantity: string, value: number): DocSpec => ({
  id, published, outlet: `${id} news`, entities: PLACES, text: `Mill fire\n\n${sentence}`,
  claims: [{ kind: 'injured', quantity, value, counted: 'people' }],
});

function injured(specs: DocSpec[]): ClaimSlot {
  const corpus = makeCorpus(specs);
  corpus.layers.stories = [{ id: 'st1', title: 'mill fire', documents: corpus.documents.map((d) => d.id), subEvents: [] }];
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  const slots = corpus.layers.claims!.filter((s) => s.kind === 'injured');
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  return slots[0];
}

const RISING = [
  hurt('gazette', '2034-02-03', 'The fire brigade said 48 people were hurt in the mill fire in Dunmere.', '48', 48),
  hurt('courier', '2034-02-04', 'The county health board said 71 people had been treated after the fire in Dunmere.', '71', 71),
  hurt('herald', '2034-02-06', 'The health board now says 77 people were treated after the Dunmere fire.', '77', 77),
];

test('a digest dated weeks after its content repeats a figure as of the day it was first given', () => {
  const digest = hurt('digest', '2034-03-01', 'Roundup: the health board says 71 people were treated after the Dunmere mill fire.', '71', 71);
  const slot = injured([...RISING, digest]);
  assert.equal(slot.status, 'evolving', slot.statusReason);
  assert.equal(slot.reconciled!.best, 77);
});

test('a digest\'s figure no other report gave stands at its story\'s date, where it can still conflict', () => {
  const digest = hurt('digest', '2034-03-01', 'Roundup: the health board says 64 people were treated after the Dunmere mill fire.', '64', 64);
  assert.equal(injured([...RISING, digest]).status, 'conflicting');
});
