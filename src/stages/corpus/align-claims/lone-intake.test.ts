// A care facility's intake is a part of the hurt only beside a larger toll of the same days; alone it
// is the toll, told through where the hurt were counted. Invented events: a coach crash on a mountain
// road near the invented town of Vell, a factory fire in the invented city of Brenn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimSlot, Corpus } from '../../../core/index.ts';
import type { ClaimSpec, DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { alignDated } from './test-helpers.ts';

const injured = (corpus: Corpus): ClaimSlot[] => corpus.layers.claims!.filter((s) => s.kind === 'injured');
const hurt = (quantity: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ kind: 'injured', quantity, value, ...extra });
const report = (id: string, published: string, text: string, claims: ClaimSpec[]): DocSpec => ({ id, published, outlet: `${id} news`, text, claims });

test('a lone hospital\'s intake, told day after day, is the rising count of the hurt, whoever words it as survivors', () => {
  const corpus = alignDated([
    report('radio', '2034-02-06', 'Coach plunges off Vell pass\n\nNine survivors were admitted to Vell County Hospital overnight, a nurse told our reporter.', [hurt('Nine', 9, { counted: 'survivors' })]),
    report('wire', '2034-02-07', 'Vell coach crash: driver questioned\n\nAt Vell County Hospital, 16 passengers were receiving treatment for fractures and cuts on Tuesday.', [hurt('16', 16, { counted: 'passengers' })]),
    report('weekly', '2034-02-11', 'A week after the Vell pass crash\n\nDoctors have now seen 26 survivors of the crash; most have gone home.', [hurt('26', 26, { counted: 'survivors' })]),
  ]);
  const slots = injured(corpus);
  assert.equal(slots.length, 1, slots.map((s) => `${s.subject}: ${s.values.map((v) => v.value).join(',')}`).join(' | '));
  assert.equal(slots[0].status, 'evolving', slots[0].statusReason);
  assert.doesNotMatch(slots[0].subject, /Hospital/);
});

test('an intake beside a larger toll of the same days stays that facility\'s part', () => {
  const corpus = alignDated([
    report('wire', '2034-05-20', 'Fire guts Brenn paint works\n\nMore than 60 workers were hurt when fire swept through the paint works in Brenn, the fire brigade said.', [hurt('More than 60', 60, { low: 60, counted: 'workers' })]),
    report('local', '2034-05-21', 'Brenn clinic overwhelmed\n\nAt Tanner Street Clinic, 14 injured workers had been admitted by Tuesday morning.', [hurt('14', 14, { counted: 'workers' })]),
  ]);
  const slots = injured(corpus);
  assert.equal(slots.length, 2);
  const intake = slots.find((s) => s.values.some((v) => v.document === 'local'))!;
  assert.match(intake.subject, /at Tanner Street Clinic/);
});

test('two facilities\' intakes with no total are each a facility\'s part, not two tolls in dispute', () => {
  const corpus = alignDated([
    report('north', '2034-05-20', 'Brenn paint works fire\n\nTwelve workers were admitted to Tanner Street Clinic after the fire at the Brenn paint works.', [hurt('Twelve', 12, { counted: 'workers' })]),
    report('south', '2034-05-20', 'Brenn fire: the injured\n\nEight workers were taken to Brenn Royal Infirmary with burns, staff said.', [hurt('Eight', 8, { counted: 'workers' })]),
  ]);
  const slots = injured(corpus);
  assert.equal(slots.length, 2, slots.map((s) => s.subject).join(' | '));
  assert.ok(slots.every((s) => s.status === 'single-source' && /at (?:Tanner Street Clinic|Brenn Royal Infirmary)/.test(s.subject)), slots.map((s) => `${s.subject} ${s.status}`).join(' | '));
});
