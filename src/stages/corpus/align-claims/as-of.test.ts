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

test('a report carrying a running total on ("bringing the number in custody to three") updates its own earlier figure', () => {
  const arrested = (id: string, published: string, sentence: string, claims: [string, number, string?][]): DocSpec => ({
    id, published, outlet: `${id} news`, entities: PLACES, text: `Mill fire\n\n${sentence}`,
    claims: claims.map(([quantity, value, date]) => ({ kind: 'arrested' as const, quantity, value, counted: 'people', date })),
  });
  const specs = [
    arrested('gazette', '2034-02-06', 'Police arrested two people in Dunmere on Monday over the fire.', [['two', 2, '2034-02-05']]),
    arrested('courier', '2034-02-07', 'Two people were arrested on Monday, the police in Dunmere said.', [['Two', 2, '2034-02-05']]),
    arrested(
      'weekly', '2034-02-12',
      'Police arrested two people on Monday. On Thursday the mill owner was also arrested, bringing the number of people in custody to three.',
      [['two', 2, '2034-02-05'], ['three', 3, '2034-02-08']],
    ),
  ];
  const corpus = makeCorpus(specs);
  corpus.layers.stories = [{ id: 'st1', title: 'mill fire', documents: corpus.documents.map((d) => d.id), subEvents: [] }];
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  const slots = corpus.layers.claims!.filter((s) => s.kind === 'arrested');
  assert.equal(slots.length, 1, slots.map((s) => `${s.subject}: ${s.values.map((v) => v.value).join(',')}`).join(' | '));
  // The weekly's "two" is history as of Monday's reports, its "three" the news: the count rose.
  assert.equal(slots[0].status, 'evolving', slots[0].statusReason);
  assert.equal(slots[0].reconciled!.best, 3);
});

test('a digest dated weeks late that retells an earlier figure another report gave adds it to the toll, not a slot of its own', () => {
  const digest: DocSpec = {
    id: 'digest', published: '2034-03-01', outlet: 'digest news', entities: PLACES,
    text: 'Mill fire\n\nRoundup: the health board says 77 people were treated after the Dunmere fire; the fire brigade had reported 48 hurt on the first day.',
    claims: [{ kind: 'injured', quantity: '77', value: 77, counted: 'people' }, { kind: 'injured', quantity: '48', value: 48, counted: 'people' }],
  };
  const slot = injured([...RISING, digest]);
  assert.equal(slot.values.filter((v) => v.document === 'digest').length, 2);
  assert.equal(slot.status, 'evolving', slot.statusReason);
});
