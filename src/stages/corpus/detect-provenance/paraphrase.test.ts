import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, CopyIndex } from '../../../corpus-index/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from './index.ts';
import { ParaphraseIndex, sentenceWords, sharedOrder } from './paraphrase.ts';

// An invented flood told by an agency, a rewrite that rewords every sentence but keeps their order,
// a reporter of its own with the same officials, figures and quote told in its own order, and a
// five-sentence brief of its own whose facts all recur in the agency's story.
const AGENCY = `Floodwater cuts off Harrowgate valley after reservoir spillway fails

HARROWGATE (Tessaly Newswire) — Floodwater from the Corran reservoir swept through four villages in the Harrowgate valley on Sunday night after a spillway gate failed, and at least five people have died, the regional water authority said.

The gate gave way at about 21:15 while engineers were releasing water after two days of heavy rain. Water rose more than two metres in the lowest streets within an hour.

Rescue boats took 230 residents from rooftops and upper floors overnight, authority spokeswoman Ilse Marrow told reporters at the dam. "We will not stop until every house in the valley has been checked twice," she said.

Eleven people were taken to hospital in Dunlow, three of them with hypothermia. A school gymnasium in Perrin has been opened as a shelter for families.

The main road through the valley remains closed, and the rail line to Dunlow was suspended on Monday morning.

Farmers said the water authority had been warned about the gate last winter. The authority said an inquiry would look at its maintenance records.

The regional governor, Teodor Haldane, is expected to visit the valley on Tuesday.`;

const REWRITE = `Harrowgate valley under water as reservoir gate collapses

Five people at least are dead after a failed spillway gate at the Corran reservoir sent water through four Harrowgate valley villages late on Sunday, according to the regional water authority.

Engineers were letting out water following two days of downpours when the gate broke, at around 21:15. Within the hour the lowest streets stood under more than two metres of water.

Overnight, boats lifted 230 people off roofs and from upper floors, Ilse Marrow, speaking for the authority, said at the dam. "We will not stop until every house in the valley has been checked twice," she said.

Hypothermia was treated in three of the eleven residents taken to hospital in Dunlow. Families are sheltering in a Perrin school gymnasium that was opened for them.

On Monday morning rail services to Dunlow were halted, and the main valley road is still shut.

Last winter the authority was warned about the gate, farmers say. Its maintenance records will be part of an inquiry, the authority said.

A visit to the valley by regional governor Teodor Haldane is planned for Tuesday.`;

const OWN_REPORT = `Valley villages count the cost of the Corran flood

The regional governor, Teodor Haldane, will visit the Harrowgate valley on Tuesday, his office said, as villagers began clearing mud from homes flooded on Sunday night.

In Perrin, where a school gymnasium has become a shelter, families slept on camp beds and volunteers handed out soup. Many said they had lost everything on the ground floor.

Farmers told our reporter that they had complained about the spillway gate for more than a year. "We wrote to them twice and nobody came," said one, who keeps sheep near the river.

At least five people died, according to the regional water authority, and eleven were treated in hospital in Dunlow. "We will not stop until every house in the valley has been checked twice," authority spokeswoman Ilse Marrow said.

The authority said rescue boats had reached 230 people during the night. It has promised an inquiry into the gate's maintenance.

Insurers were sending assessors to the valley on Tuesday, and the council said it would pay for temporary housing for at least a month.`;

const BRIEF = `Five dead in Harrowgate valley flood

Four Harrowgate valley villages flooded on Sunday night when a spillway gate at the Corran reservoir failed.

The regional water authority put the number of dead at five or more.

Boats rescued 230 residents from rooftops overnight, it said.

Hospital staff in Dunlow treated eleven people, three for hypothermia.

The valley's main road is closed.`;

const docs = () =>
  makeCorpus([
    { id: 'agency', text: AGENCY, outlet: 'Tessaly Newswire' },
    { id: 'rewrite', text: REWRITE },
    { id: 'own-report', text: OWN_REPORT },
    { id: 'brief', text: BRIEF },
  ]).documents;

test('the reworded rewrite is beyond the shingle copy index: the paraphrase check has to find it', () => {
  const copies = new CopyIndex();
  const d = docs();
  copies.add('agency', d[0].text);
  assert.deepEqual(copies.add('rewrite', d[1].text), []);
});

test('a rewrite that keeps the sentence order is grouped with its original, with the reason', () => {
  const p = buildProvenance(docs());
  const group = p.groups.find((g) => g.documents.includes('agency'))!;
  assert.deepEqual(group.documents, ['agency', 'rewrite']);
  assert.match(group.reasons.join(' '), /paraphrase of agency/);
  assert.ok(p.relations.some((r) => r.a === 'agency' && r.b === 'rewrite' && r.relation === 'rewrite'));
});

test('an own report with the same officials, figures and quote in its own order stays independent', () => {
  const p = buildProvenance(docs());
  assert.deepEqual(p.groups.find((g) => g.documents.includes('own-report'))!.documents, ['own-report']);
  const [agency, , own] = docs().map(sentenceWords);
  assert.equal(sharedOrder(agency!, own!), 0);
});

test('a short brief whose few sentences all recur in a long story is not called its rewrite', () => {
  const [agency, , , brief] = docs().map(sentenceWords);
  assert.equal(sharedOrder(agency!, brief!), 0);
  assert.deepEqual(buildProvenance(docs()).groups.find((g) => g.documents.includes('brief'))!.documents, ['brief']);
});

test('the rewrite scores the share of the longer text told in the same order', () => {
  const [agency, rewrite] = docs().map(sentenceWords);
  const score = sharedOrder(agency!, rewrite!);
  assert.ok(score >= 0.6 && score <= 1, `score ${score}`);
  // The same sentences shuffled keep their words but lose the order.
  const shuffled = rewrite!.map((_, i) => rewrite![(i * 5) % rewrite!.length]!);
  assert.equal(sharedOrder(agency!, shuffled), 0);
});

test('documents already known to share an origin are not compared again', () => {
  const index = new ParaphraseIndex();
  const [agency, rewrite] = docs();
  const found: string[] = [];
  index.add(agency!, contentWords(agency!.text), () => false, (m) => found.push(m.a));
  index.add(rewrite!, contentWords(rewrite!.text), () => true, (m) => found.push(m.a));
  assert.equal(found.length, 0);
  index.add({ ...rewrite!, id: 'rewrite-2' }, contentWords(rewrite!.text), () => false, (m) => found.push(m.a));
  assert.deepEqual(found.sort(), ['agency', 'rewrite']);
});
