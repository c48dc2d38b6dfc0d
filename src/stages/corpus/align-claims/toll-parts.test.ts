// One toll told with a nationality adjective, by role ("workers"), repeated in a sentence naming an
// official's region, or with a part of it beside the whole. Invented event: a boiler exploded at a
// dye works in the invented town of Orvelby, in the invented country of Norlandy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { ClaimSpec, DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims } from './index.ts';
import { PART_AFTER, PART_BEFORE } from './patterns.ts';

function run(specs: readonly DocSpec[], kind = 'killed'): ClaimSlot[] {
  const corpus: Corpus = makeCorpus(specs);
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  return corpus.layers.claims!.filter((s) => s.kind === kind);
}

const ENTITIES = [
  { name: 'Orvelby', type: 'PLACE' as const },
  { name: 'Brask Province', type: 'PLACE' as const },
  { name: 'Norlandic', type: 'MISC' as const },
];
const killed = (quantity: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ kind: 'killed', quantity, value, counted: 'people', ...extra });
const doc = (id: string, published: string, text: string, claims: ClaimSpec[]): DocSpec => ({ id, published, outlet: `${id} news`, entities: ENTITIES, text, claims });
const holding = (slots: ClaimSlot[], id: string, value: number): ClaimSlot[] => slots.filter((s) => s.values.some((v) => v.document === id && v.value === value));

test('a nationality adjective is not where a toll was counted: the slot is not named after it', () => {
  const slots = run([
    doc('wire', '2031-03-02', 'Blast at Norlandic dye works kills 6\n\nA boiler exploded at a dye works in Orvelby on Sunday.', [killed('6', 6, { place: 'Norlandic' })]),
    doc('radio', '2031-03-02', 'Orvelby blast\n\nSix people were killed when a boiler exploded in Orvelby.', [killed('Six', 6, { place: 'Orvelby' })]),
  ]);
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.doesNotMatch(slots[0].subject, /Norlandic/);
  assert.match(slots[0].subject, /in Orvelby/);
});

test('"workers" killed is the toll other outlets count as "people", even at a figure told later', () => {
  const slots = run([
    doc('wire', '2031-03-02', 'Orvelby blast\n\nThe blast killed at least six workers, the fire service said.', [killed('at least six', 6, { low: 6, counted: 'workers' })]),
    doc('radio', '2031-03-02', 'Orvelby blast\n\nSix people died in the blast, the fire service said.', [killed('Six', 6)]),
    doc('herald', '2031-03-03', 'Orvelby blast\n\nNine workers have now died, the fire service said.', [killed('Nine', 9, { counted: 'workers' })]),
  ]);
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.equal(slots[0].status, 'evolving');
  assert.match(slots[0].subject, /^people killed/);
});

test('sex and age words still keep a part apart: "three men" is not "five people"', () => {
  const slots = run([
    doc('wire', '2031-03-02', 'Orvelby blast\n\nFive people died in the blast, the fire service said.', [killed('Five', 5)]),
    doc('radio', '2031-03-02', 'Orvelby blast\n\nThree men died in the blast, the fire service said.', [killed('Three', 3, { counted: 'men' })]),
  ]);
  assert.equal(slots.length, 2);
});

test('a report repeating its figure in a sentence naming another place tells the same toll', () => {
  const slots = run([
    doc(
      'digest',
      '2031-03-05',
      'Orvelby toll disputed\n\nThe toll from the blast in Orvelby is disputed: the governor says 13 people died, the fire service 11. The governor of Brask Province says 13 people have died, counting two passers-by.',
      [killed('13', 13, { place: 'Orvelby' }), killed('11', 11, { place: 'Orvelby' }), killed('13', 13, { place: 'Brask Province', nth: 1 })],
    ),
  ]);
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.equal(slots[0].values.length, 3);
});

test('a part of a toll beside the whole ("also counts two residents", "the two deaths would be added") keeps its own slot', () => {
  const slots = run([
    doc('wire', '2031-03-04', 'Orvelby toll\n\nThe fire service counts 11 dead. The governor says 13 died: she also counts two residents who died in hospital.', [
      killed('11', 11),
      killed('13', 13),
      killed('two', 2, { counted: 'residents' }),
    ]),
    doc('herald', '2031-03-05', 'Orvelby toll\n\nThe fire service counts 11 dead; the governor says 13. A fire service spokesman said the two deaths would be added once the cause is confirmed.', [
      killed('11', 11),
      killed('13', 13),
      killed('two', 2, { counted: 'deaths' }),
    ]),
    doc('weekly', '2031-03-06', 'Orvelby toll\n\nThe governor puts the toll at 13, because two of her residents died of the fumes.', [killed('13', 13), killed('two', 2, { counted: 'residents' })]),
  ]);
  const whole = holding(slots, 'wire', 13);
  assert.equal(whole.length, 1);
  assert.ok(whole[0].values.every((v) => v.value !== 2), 'the part is not a figure of the whole toll');
  const parts = holding(slots, 'wire', 2);
  assert.equal(parts.length, 1);
  assert.match(parts[0].subject, /part of a larger toll/);
  assert.deepEqual(new Set(parts[0].values.map((v) => v.document)), new Set(['wire', 'herald', 'weekly']));
});

test('without a larger figure, or without the words of a part, a small figure stays a toll', () => {
  const alone = run([doc('wire', '2031-03-02', 'Orvelby blast\n\nThe two workers who died were brothers.', [killed('two', 2, { counted: 'workers' })])]);
  assert.doesNotMatch(alone[0].subject, /part/);
  const plain = run([doc('radio', '2031-03-02', 'Orvelby blast\n\nTwo people have now died. By evening the toll had risen to four.', [killed('Two', 2), killed('four', 4)])]);
  assert.ok(plain.every((s) => !/part/.test(s.subject)));
});

test('the part words: not "the" after a comparison or a preposition', () => {
  for (const before of ['it also counts ', 'the ', 'including ', 'will only add the ']) assert.ok(PART_BEFORE.test(before), before);
  for (const before of ['more than the ', 'against the ', 'put the toll at ', 'rose to ']) assert.ok(!PART_BEFORE.test(before), before);
  for (const after of [' of her residents', ' of them', ' deaths would be added', ' deaths will be added']) assert.ok(PART_AFTER.test(after), after);
  for (const after of [' people died', ' workers were missing', ' of 40 on board']) assert.ok(!PART_AFTER.test(after), after);
  // A condition only some of the hurt are in.
  for (const after of [' in intensive care', ' in a critical condition', ' critically', ' were in serious condition', ' people remain in a serious condition', ' seriously']) assert.ok(PART_AFTER.test(after), after);
  for (const after of [' in the capital', ' were injured in the blast', ' in hospital', ' were treated in a field hospital']) assert.ok(!PART_AFTER.test(after), after);
});

test('"four in intensive care" after the hurt in one sentence is a part, not another toll', () => {
  const hurt = (quantity: string, value: number): ClaimSpec => ({ kind: 'injured', quantity, value, counted: null });
  const slots = run([
    doc('wire', '2031-03-02', 'Orvelby derailment\n\nThirty people were hurt when the train left the rails at Orvelby, four in intensive care.', [hurt('Thirty', 30), hurt('four', 4)]),
    doc('radio', '2031-03-02', 'Orvelby train crash\n\nRescuers said 30 passengers were injured.', [{ ...hurt('30', 30), counted: 'passengers' }]),
  ], 'injured');
  const whole = holding(slots, 'wire', 30)[0];
  assert.equal(whole, holding(slots, 'radio', 30)[0]);
  assert.equal(whole.status, 'agreed');
  assert.match(holding(slots, 'wire', 4)[0].subject, /part of a larger toll/);
});

test('a vague figure is not a part ("many of the injured" would agree with any part)', () => {
  const slots = run([
    doc('wire', '2031-03-02', 'Orvelby blast\n\nAt least 40 people were injured, 12 of them seriously.', [killed('At least 40', 40, { low: 40, kind: 'injured' }), killed('12', 12, { kind: 'injured' })]),
    doc('radio', '2031-03-03', 'Orvelby blast\n\nMany of the injured were treated for burns; 45 people were hurt in all.', [
      killed('Many', 10, { kind: 'injured', vague: true, low: 2, high: null }),
      killed('45', 45, { kind: 'injured' }),
    ]),
  ], 'injured');
  const part = slots.find((s) => /part of a larger toll/.test(s.subject));
  assert.ok(part, slots.map((s) => s.subject).join(' | '));
  assert.deepEqual(part.values.map((v) => v.value), [12]);
});

test('in a count of arrests, "suspects" are the people other outlets say were arrested', () => {
  const slots = run([
    doc('wire', '2031-03-04', 'Orvelby arrests\n\nThree people were arrested over the blast, prosecutors said.', [{ kind: 'arrested', quantity: 'Three', value: 3, counted: 'people' }]),
    doc('herald', '2031-03-05', 'Orvelby arrests\n\nA court in Brask Province ordered the three suspects held for a month.', [
      { kind: 'arrested', quantity: 'three', value: 3, counted: 'suspects', place: 'Brask Province' },
    ]),
  ], 'arrested');
  assert.equal(slots.length, 1, slots.map((s) => s.subject).join(' | '));
  assert.equal(slots[0].status, 'agreed');
});
