// Distances and sums measure one thing each: another figure is another thing measured, unless it
// is told as a change of it. Invented event: a gas leak at a depot near the invented town of Hesk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { ClaimSpec, DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims } from './index.ts';
import { FROM_BEFORE, MEASURE_CHANGE, TO_AFTER } from './patterns.ts';

function distances(specs: readonly DocSpec[]): ClaimSlot[] {
  const corpus: Corpus = makeCorpus(specs);
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  return corpus.layers.claims!.filter((s) => s.kind === 'distance');
}

const km = (quantity: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ kind: 'distance', quantity, value, unit: 'km', counted: null, place: 'Hesk', ...extra });
const doc = (id: string, published: string, text: string, claims: ClaimSpec[]): DocSpec => ({
  id, published, outlet: `${id} news`, entities: [{ name: 'Hesk', type: 'PLACE' }], text, claims,
});
const holding = (slots: ClaimSlot[], id: string, value: number): ClaimSlot[] => slots.filter((s) => s.values.some((v) => v.document === id && v.value === value));

test('another distance from another source is another thing measured, not a disagreement', () => {
  const slots = distances([
    doc('wire', '2033-05-01', 'Hesk leak\n\nEveryone within 4 km of the depot in Hesk was told to leave.', [km('4 km', 4)]),
    doc('radio', '2033-05-01', 'Hesk leak\n\nWindows rattled up to 7 km from the depot in Hesk, listeners say.', [km('up to 7 km', 7)]),
    doc('herald', '2033-05-01', 'Hesk leak\n\nPeople within 4 km of the depot in Hesk have left.', [km('4 km', 4)]),
  ]);
  assert.equal(holding(slots, 'wire', 4)[0], holding(slots, 'herald', 4)[0]);
  assert.notEqual(holding(slots, 'wire', 4)[0], holding(slots, 'radio', 7)[0]);
  assert.ok(slots.every((s) => s.status !== 'conflicting'), slots.map((s) => `${s.subject} ${s.status}`).join(' | '));
});

test('a distance told as changed ("widened from 4 km to 6 km") joins the old one, which it does not repeat, and evolves', () => {
  const slots = distances([
    doc('wire', '2033-05-01', 'Hesk leak\n\nEveryone within 4 km of the depot in Hesk was told to leave.', [km('4 km', 4)]),
    doc('radio', '2033-05-01', 'Hesk leak\n\nThe order covers everyone within 4 km of the depot in Hesk.', [km('4 km', 4)]),
    doc('herald', '2033-05-02', 'Hesk leak\n\nThe authorities widened the zone around the depot in Hesk from 4 km to 6 km on Tuesday.', [km('4 km', 4), km('6 km', 6)]),
    doc('weekly', '2033-05-04', 'Hesk leak\n\nThe zone around the depot in Hesk was extended to 6 km.', [km('6 km', 6)]),
  ]);
  const zone = holding(slots, 'herald', 6);
  assert.equal(zone.length, 1);
  assert.equal(zone[0], holding(slots, 'wire', 4)[0]);
  assert.equal(zone[0].status, 'evolving', zone[0].statusReason);
  assert.equal(holding(slots, 'herald', 4).length, 0, 'the figure a change started from is not a figure of its own');
});

test('the words of a change and of its earlier figure', () => {
  for (const s of ['widened the zone', 'the zone was extended', 'raised the reward', 'narrowed the cordon', 'puts the cost at $4 million, up from an earlier estimate', 'revised the bill']) {
    assert.ok(MEASURE_CHANGE.test(s), s);
  }
  for (const s of ['within 5 km of the plant', 'windows were shattered up to 3 km away']) assert.ok(!MEASURE_CHANGE.test(s), s);
  assert.ok(FROM_BEFORE.test('widened from '));
  for (const s of [' to 8 km', ' on Sunday to 7', ' to about 30']) assert.ok(TO_AFTER.test(s), s);
  for (const s of [' from the plant', ' of the town', ' north of the river to the sea']) assert.ok(!TO_AFTER.test(s), s);
});

test('one sum restated days later is one slot: a grant approved on one day and paid from another', () => {
  const eur = (quantity: string, value: number, date: string): ClaimSpec => ({ kind: 'money', quantity, value, unit: 'EUR', counted: null, date });
  const corpus: Corpus = makeCorpus([
    doc('wire', '2033-05-03', 'Hesk leak\n\nThe council approved on Wednesday a grant of €4,000 to each household that had to leave.', [eur('€4,000', 4000, '2033-05-03')]),
    doc('weekly', '2033-05-08', 'Hesk leak\n\nHouseholds have been receiving the council\'s grant of €4,000 since Friday.', [eur('€4,000', 4000, '2033-05-05')]),
    doc('radio', '2033-05-08', 'Hesk leak\n\nThe depot\'s owner was fined €90,000 on Friday.', [eur('€90,000', 90000, '2033-05-05')]),
  ]);
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  const slots = corpus.layers.claims!.filter((s) => s.kind === 'money');
  const grant = holding(slots, 'wire', 4000);
  assert.equal(grant.length, 1);
  assert.equal(grant[0], holding(slots, 'weekly', 4000)[0], slots.map((s) => s.subject).join(' | '));
  assert.equal(grant[0].status, 'agreed');
  assert.notEqual(grant[0], holding(slots, 'radio', 90000)[0]);
});

test('in a slot whose figure changed, the old figure told days later (an inner ring) stays apart', () => {
  const dated = (quantity: string, value: number, date: string) => km(quantity, value, { date });
  const slots = distances([
    doc('wire', '2033-05-01', 'Hesk leak\n\nEveryone within 4 km of the depot in Hesk was told to leave.', [dated('4 km', 4, '2033-05-01')]),
    doc('herald', '2033-05-02', 'Hesk leak\n\nThe authorities widened the zone around the depot in Hesk from 4 km to 6 km on Tuesday.', [dated('6 km', 6, '2033-05-02')]),
    doc('weekly', '2033-05-08', 'Hesk leak\n\nThe inner zone, within 4 km of the depot in Hesk, is still closed on Sunday.', [dated('4 km', 4, '2033-05-07')]),
  ]);
  const zone = holding(slots, 'herald', 6)[0];
  assert.equal(zone, holding(slots, 'wire', 4)[0]);
  assert.notEqual(zone, holding(slots, 'weekly', 4)[0]);
  assert.equal(zone.status, 'evolving', zone.statusReason);
});

test('the same distance under another guessed kind of happening is the same measure told again', () => {
  // A wildfire's start told by three outlets; the event reader took one outlet's "struck" for an attack.
  const start = (id: string, published: string, sentence: string, type: 'disaster' | 'attack', trigger: string): DocSpec => ({
    ...doc(id, published, `Hesk hills fire\n\n${sentence}`, [km('5 km', 5, { event: trigger })]),
    events: [{ type, trigger }],
  });
  const slots = distances([
    start('wire', '2033-08-03', 'The fire broke out 5 km from Hesk on Sunday afternoon.', 'disaster', 'broke out'),
    start('radio', '2033-08-03', 'Lightning struck the ridge 5 km from Hesk, the fire service said.', 'attack', 'struck'),
    start('herald', '2033-08-04', 'The blaze, which started 5 km from Hesk, has burnt 900 hectares.', 'disaster', 'started'),
  ]);
  assert.equal(slots.length, 1, slots.map((s) => `${s.subject}: ${s.values.map((v) => v.document).join(',')}`).join(' | '));
  assert.equal(slots[0].status, 'agreed');
});
