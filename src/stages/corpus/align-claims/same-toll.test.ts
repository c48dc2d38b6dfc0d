import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims, mainToll } from './index.ts';
import { isOnePerson } from './intervals.ts';

function run(specs: readonly DocSpec[]): { corpus: Corpus; slots: ClaimSlot[] } {
  const corpus = makeCorpus(specs);
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  return { corpus, slots: corpus.layers.claims!.filter((s) => s.kind === 'killed') };
}

const PLACE = [{ name: 'Wexmoor', type: 'PLACE' as const }];

test('a named victim ("a 30-year-old man") is at least one, not a toll contradicting "two people"', () => {
  const { slots } = run([
    { id: 'gazette', published: '2031-09-14', outlet: 'Wexmoor Gazette', entities: PLACE, text: 'Shooting in Wexmoor\n\nTwo people were killed in a shooting in Wexmoor on Saturday.', claims: [{ kind: 'killed', quantity: 'Two', value: 2, counted: 'people', place: 'Wexmoor' }] },
    { id: 'radio', published: '2031-09-14', outlet: 'Wexmoor Radio', entities: PLACE, text: 'Wexmoor shooting\n\nA 30-year-old man was killed in a shooting in Wexmoor on Saturday, police said.', claims: [{ kind: 'killed', quantity: 'A 30-year-old man', value: 1, counted: 'man', place: 'Wexmoor' }] },
    { id: 'herald', published: '2031-09-14', outlet: 'Wexmoor Herald', entities: PLACE, text: 'Wexmoor shooting\n\nOne man was killed in Wexmoor on Saturday, police said.', claims: [{ kind: 'killed', quantity: 'One', value: 1, counted: 'man', place: 'Wexmoor' }] },
  ]);
  // The named man is not a figure: he cannot join "two" by noun alone, and stays apart or agrees.
  const two = slots.find((s) => s.values.some((v) => v.value === 2))!;
  assert.notEqual(two.status, 'conflicting');
  // "One man" is a count; with "two people" it would conflict. It stays with the named man instead.
  const one = slots.find((s) => s.values.some((v) => v.document === 'herald'))!;
  assert.ok(one.values.every((v) => v.value === 1));
});

test('one-person quantities are told from counts', () => {
  const q = (text: string, value = 1) => ({ value, vague: false, low: null, high: null, quantity: { document: 'd', start: 0, end: text.length, text } });
  for (const t of ['a man', 'The victim', 'victim', 'he', 'A 30-year-old woman', '17-year-old boy', 'a 4-month-old', '23,']) assert.ok(isOnePerson(q(t)), t);
  for (const t of ['one', 'One man', '1', 'at least one', 'the two', 'a dozen']) assert.ok(!isOnePerson(q(t)), t);
  assert.ok(!isOnePerson(q('a man', 2)));
});

test('named victims join the slot holding one, not a toll of several; there they bound a figure, never contradict it', () => {
  const spec = (id: string, quantity: string, value: number, sentence: string): DocSpec => ({
    id, published: '2031-09-14', outlet: `${id} news`, entities: PLACE, text: `Wexmoor shooting\n\n${sentence}`,
    claims: [{ kind: 'killed', quantity, value, counted: 'man', place: 'Wexmoor' }],
  });
  const { slots } = run([
    spec('gazette', 'Two', 2, 'Two men were killed in Wexmoor on Saturday.'),
    spec('radio', 'A man', 1, 'A man was killed in Wexmoor on Saturday, police said.'),
    spec('herald', 'The man', 1, 'The man died in Wexmoor on Saturday, police said.'),
  ]);
  assert.equal(slots.length, 2);
  const named = slots.find((s) => s.values.every((v) => v.value === 1))!;
  assert.deepEqual(named.values.map((v) => v.document).sort(), ['herald', 'radio']);
  assert.equal(named.status, 'agreed');
  assert.equal(slots.find((s) => s !== named)!.status, 'single-source');
  // With a count of one in the slot, a named victim bounds it: "one" against "two" conflicts, "a man" with either does not.
  const mixed = run([
    spec('one', 'One', 1, 'One man was killed in Wexmoor on Saturday.'),
    spec('radio', 'A man', 1, 'A man was killed in Wexmoor on Saturday, police said.'),
  ]).slots;
  assert.equal(mixed.length, 1);
  assert.equal(mixed[0].status, 'agreed');
  assert.equal(mixed[0].reconciled!.best, 1);
});

test('"two men", "two victims" and "two people" are one toll; "two children" beside "five people" is not', () => {
  const spec = (id: string, quantity: string, value: number, counted: string, sentence: string): DocSpec => ({
    id, published: '2031-09-14', outlet: `${id} news`, entities: PLACE, text: `Wexmoor shooting\n\n${sentence}`,
    claims: [{ kind: 'killed', quantity, value, counted, place: 'Wexmoor' }],
  });
  const same = run([
    spec('a', 'Two', 2, 'men', 'Two men were killed in Wexmoor on Saturday.'),
    spec('b', 'two', 2, 'victims', 'Police named the two victims killed in Wexmoor.'),
    spec('c', 'Two', 2, 'people', 'Two people died in the Wexmoor shooting.'),
  ]).slots;
  assert.equal(same.length, 1);
  assert.equal(same[0].independentSources, 3);
  assert.equal(same[0].status, 'agreed');
  assert.match(same[0].subject, /^people killed/);
  const apart = run([
    spec('a', 'Five', 5, 'people', 'Five people were killed in Wexmoor on Saturday.'),
    spec('b', 'two', 2, 'children', 'Among the dead in Wexmoor were two children.'),
  ]).slots;
  assert.equal(apart.length, 2);
  assert.ok(apart.every((s) => s.status === 'single-source'));
  assert.ok(apart.some((s) => /^children killed/.test(s.subject)));
});

test('the main toll is the slot most sources report, then the one nearest the top of its reports', () => {
  const filler = 'Neighbours gathered outside the house through the evening. '.repeat(6);
  const { corpus, slots } = run([
    { id: 'a', published: '2031-09-14', outlet: 'A news', entities: PLACE, text: `Wexmoor shooting\n\nThree people were killed in Wexmoor on Saturday. ${filler}Across the county, 40 people have died in shootings this year.`, claims: [{ kind: 'killed', quantity: 'Three', value: 3, place: 'Wexmoor' }, { kind: 'killed', quantity: '40', value: 40 }] },
    { id: 'b', published: '2031-09-14', outlet: 'B news', entities: PLACE, text: `Wexmoor shooting\n\nThree people died in Wexmoor. ${filler}`, claims: [{ kind: 'killed', quantity: 'Three', value: 3, place: 'Wexmoor' }] },
  ]);
  assert.equal(slots.length, 2);
  assert.equal(mainToll(slots, corpus)!.reconciled!.best, 3);
  const alone = run([
    { id: 'a', published: '2031-09-14', outlet: 'A news', entities: PLACE, text: `Wexmoor shooting\n\nA man was killed in Wexmoor on Saturday. ${filler}Across the county, 40 people have died in shootings this year.`, claims: [{ kind: 'killed', quantity: '40', value: 40 }, { kind: 'killed', quantity: 'A man', value: 1, counted: 'man', place: 'Wexmoor' }] },
  ]);
  assert.equal(mainToll(alone.slots, alone.corpus)!.reconciled!.best, 1);
});

test('a named victim bounds a toll but corroborates no figure (ACLED lowest corroborated)', () => {
  const { slots } = run([
    { id: 'gazette', published: '2031-09-14', outlet: 'Wexmoor Gazette', entities: PLACE, text: 'Shooting in Wexmoor\n\nTwo people were killed in Wexmoor on Saturday.', claims: [{ kind: 'killed', quantity: 'Two', value: 2, place: 'Wexmoor' }] },
    {
      id: 'radio', published: '2031-09-14', outlet: 'Wexmoor Radio', entities: PLACE,
      text: 'Wexmoor shooting\n\nOne person was killed in Wexmoor on Saturday. A young man died at the scene, police said.',
      claims: [{ kind: 'killed', quantity: 'One', value: 1, place: 'Wexmoor' }, { kind: 'killed', quantity: 'A young man', value: 1, counted: 'man', place: 'Wexmoor' }],
    },
  ]);
  assert.equal(slots.length, 1);
  assert.equal(slots[0].status, 'conflicting');
  // "A young man" is at least one: it would "support" two as well, but only stated figures corroborate.
  assert.equal(slots[0].reconciled!.lowestCorroborated, 1);
  assert.equal(slots[0].reconciled!.best, 1);
});
