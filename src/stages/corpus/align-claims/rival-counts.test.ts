// Counts that are not casualties: a figure set against another as its rival ("far more than the N
// wristbands") counts the same crowd; a count of another thing is neither its rival nor its part.
// Invented event: a crush at a beach concert at Sallow Strand in the invented country of Mirrel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { ClaimSpec, DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims } from './index.ts';

const count = (quantity: string, value: number, counted: string): ClaimSpec => ({ kind: 'count', quantity, value, counted });
const report = (id: string, published: string, sentence: string, claims: ClaimSpec[]): DocSpec => ({
  id, published, outlet: `${id} news`, text: `Beach concert\n\n${sentence}`, claims,
});

function counts(specs: DocSpec[]): ClaimSlot[] {
  const corpus = makeCorpus(specs);
  corpus.layers.stories = [{ id: 'st1', title: 'concert', documents: corpus.documents.map((d) => d.id), subEvents: [] }];
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  return corpus.layers.claims!.filter((s) => s.kind === 'count');
}
const holding = (slots: ClaimSlot[], id: string, value: number): ClaimSlot[] => slots.filter((s) => s.values.some((v) => v.document === id && v.value === value));

const ORGANISERS = report('wire', '2035-07-05', 'The organisers said they had handed out 18,000 wristbands for the concert on Sallow Strand.', [count('18,000', 18000, 'wristbands')]);
const POLICE = report(
  'daily', '2035-07-07',
  'The police said about 30,000 people had been on the beach, far more than the 18,000 wristbands the organisers gave out.',
  [count('about 30,000', 30000, 'people'), count('18,000', 18000, 'wristbands')],
);
const COLUMN = report(
  'column', '2035-07-08',
  'By the police count, about 30,000 people were on the beach; the organisers still speak of 18,000 wristbands.',
  [count('about 30,000', 30000, 'people'), count('18,000', 18000, 'wristbands')],
);

test('a count set against another as its rival ("far more than the 18,000 wristbands") is one slot with it, across the story', () => {
  const slots = counts([ORGANISERS, POLICE, COLUMN]);
  const crowd = holding(slots, 'column', 30000);
  assert.equal(crowd.length, 1);
  assert.equal(crowd[0], holding(slots, 'wire', 18000)[0], slots.map((s) => s.subject).join(' | '));
  assert.equal(crowd[0], holding(slots, 'daily', 18000)[0]);
  assert.equal(crowd[0], holding(slots, 'column', 18000)[0]);
  assert.equal(crowd[0].status, 'conflicting', crowd[0].statusReason);
});

test('without a rival comparison, counts of different things stay apart, and the smaller is no part of the larger', () => {
  const inside = report(
    'daily', '2035-07-07',
    'The police said about 30,000 people had been inside the 12,000-seat arena next to the beach.',
    [count('about 30,000', 30000, 'people'), count('12,000', 12000, 'seats')],
  );
  const guide = report('guide', '2035-07-06', 'The arena next to Sallow Strand has 12,000 seats.', [count('12,000', 12000, 'seats')]);
  const slots = counts([ORGANISERS, inside, guide]);
  assert.notEqual(holding(slots, 'daily', 30000)[0], holding(slots, 'wire', 18000)[0]);
  const seats = holding(slots, 'daily', 12000)[0];
  assert.notEqual(seats, holding(slots, 'daily', 30000)[0]);
  // "the 12,000-seat arena" is not a part of the 30,000 people: it meets the guide's 12,000 seats.
  assert.equal(seats, holding(slots, 'guide', 12000)[0], slots.map((s) => s.subject).join(' | '));
});

/** A report of another event than the concert, under its own headline. */
const titled = (id: string, published: string, title: string, sentence: string, claims: ClaimSpec[]): DocSpec => ({
  id, published, outlet: `${id} news`, text: `${title}\n\n${sentence}`, claims,
});

test('two sources\' counts of the same people, compared or told side by side in one report, are one conflicting slot', () => {
  // A garment factory fire: the owners' shift roster against the union's count.
  const roster = titled('owners', '2035-03-02', 'Night shift fire', 'The owners said 180 workers were on the night shift at the Tull Road factory.', [count('180', 180, 'workers')]);
  const union = titled(
    'union', '2035-03-03', 'Union disputes roster',
    'The union counted at least 300 workers in the building, far more than the 180 workers the owners listed.',
    [{ ...count('at least 300', 300, 'workers'), low: 300 }, count('180', 180, 'workers')],
  );
  const column = titled(
    'column', '2035-03-05', 'Who was inside?',
    'The owners still say 180 workers were inside. The union says at least 300.',
    [count('180', 180, 'workers'), { ...count('at least 300', 300, 'workers'), low: 300 }],
  );
  const fire = counts([roster, union, column]);
  assert.equal(fire.length, 1, fire.map((s) => `${s.subject}: ${s.values.map((v) => `${v.document} ${v.value}`).join(', ')}`).join(' | '));
  assert.equal(fire[0].values.length, 5);
  assert.equal(fire[0].status, 'conflicting', fire[0].statusReason);
  // A coach crash: the operator's passenger list against witnesses, one comparison in one report.
  const coach = counts([
    titled('operator', '2035-08-10', 'Coach overturns', 'The operator said the coach carried 64 passengers.', [count('64', 64, 'passengers')]),
    titled('witness', '2035-08-11', 'Coach was overcrowded', 'Witnesses said about 90 passengers were on the coach, many more than the 64 passengers the operator listed.', [count('about 90', 90, 'passengers'), count('64', 64, 'passengers')]),
  ]);
  assert.equal(coach.length, 1);
  assert.equal(coach[0].status, 'conflicting');
});
