// A figure written as an ordinal ("the first person detained", "became the fourth suspect held",
// "the first death") is the count so far, as of its sentence: it joins the running count, not a slot of
// one named person, and its date is the count's. Invented events: arrests after a factory fire in the
// invented town of Osk, deaths in floods in the invented Marrow valley.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import type { ClaimSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { alignDated } from './test-helpers.ts';
import type { DatedSpec } from './test-helpers.ts';

const ofKind = (corpus: Corpus, kind: string): ClaimSlot[] => corpus.layers.claims!.filter((s) => s.kind === kind);
const report = (id: string, published: string, text: string, claims: ClaimSpec[], dates: [string, string][]): DatedSpec => ({
  id, published, outlet: `${id} news`, text, claims, dates,
});

test('an investigation\'s arrests told by ordinals and running totals over a week are one rising count', () => {
  const arrested = (quantity: string, value: number): ClaimSpec => ({ kind: 'arrested', quantity, value });
  const corpus = alignDated([
    report('daily', '2034-03-07', 'Osk plant manager held\n\nThe plant manager, detained on Monday, is the first person held over the fire at the Osk solvent plant.', [arrested('first', 1)], [['Monday', '2034-03-06']]),
    report('wire', '2034-03-09', 'Two inspectors arrested over Osk fire\n\nDetectives arrested two safety inspectors on Wednesday, bringing the number of suspects held to three.', [arrested('three', 3)], [['Wednesday', '2034-03-08']]),
    report('weekly', '2034-03-12', 'Foreman arrested\n\nThe site foreman became on Friday the fourth suspect detained over the Osk fire.', [arrested('fourth', 4)], [['Friday', '2034-03-10']]),
  ]);
  const slots = ofKind(corpus, 'arrested');
  assert.equal(slots.length, 1, slots.map((s) => `${s.subject}: ${s.values.map((v) => v.value).join(',')}`).join(' | '));
  assert.equal(slots[0].status, 'evolving', slots[0].statusReason);
  assert.equal(slots[0].reconciled!.best, 4);
});

test('"the first death" is the toll so far, not one person named: later tolls join it and it rises', () => {
  const killed = (quantity: string, value: number): ClaimSpec => ({ kind: 'killed', quantity, value, counted: 'people' });
  const corpus = alignDated([
    report('radio', '2034-06-02', 'Flooding in the Marrow valley\n\nPolice confirmed the first death on Monday, a farmer swept away near Marrow.', [killed('first', 1)], [['Monday', '2034-06-01']]),
    report('wire', '2034-06-04', 'Marrow valley floods\n\nThe toll from the Marrow valley floods has risen to four, police said on Wednesday.', [killed('four', 4)], [['Wednesday', '2034-06-03']]),
  ]);
  const slots = ofKind(corpus, 'killed');
  assert.equal(slots.length, 1, slots.map((s) => `${s.subject}: ${s.values.map((v) => v.value).join(',')}`).join(' | '));
  assert.equal(slots[0].status, 'evolving', slots[0].statusReason);
});
