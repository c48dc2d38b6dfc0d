import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CopyIndex, intersectionSize, shingleSet } from '../../../corpus-index/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import { buildProvenance } from './index.ts';
import { documentWords } from './document-words.ts';
import type { DocumentWords } from './document-words.ts';
import { PARAPHRASE } from './patterns.ts';
import { indexSentences, ParaphraseIndex, sharedOrder } from './paraphrase.ts';

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

The regional water authority said five or more had died.

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

/** Each document's sentences, laid out for the order check. */
const indexed = () => docs().map((d) => indexSentences(documentWords(d).sentences));

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
  const [agency, , own] = indexed();
  assert.equal(sharedOrder(agency!, own!), 0);
});

test('a short brief whose few sentences all recur in a long story is not called its rewrite', () => {
  const [agency, , , brief] = indexed();
  assert.equal(sharedOrder(agency!, brief!), 0);
  assert.deepEqual(buildProvenance(docs()).groups.find((g) => g.documents.includes('brief'))!.documents, ['brief']);
});

test('the rewrite scores the share of the longer text told in the same order', () => {
  const [agency, rewrite] = docs().map((d) => documentWords(d).sentences);
  const score = sharedOrder(indexSentences(agency!), indexSentences(rewrite!));
  assert.ok(score >= 0.6 && score <= 1, `score ${score}`);
  // The same sentences shuffled keep their words but lose the order.
  const shuffled = rewrite!.map((_, i) => rewrite![(i * 5) % rewrite!.length]!);
  assert.equal(sharedOrder(indexSentences(agency!), indexSentences(shuffled)), 0);
});

test('documents already known to share an origin are not compared again', () => {
  const index = new ParaphraseIndex();
  const [agency, rewrite] = docs();
  const found: string[] = [];
  index.add(agency!.id, documentWords(agency!), () => false, (m) => found.push(m.a));
  index.add(rewrite!.id, documentWords(rewrite!), () => true, (m) => found.push(m.a));
  assert.equal(found.length, 0);
  index.add('rewrite-2', documentWords(rewrite!), () => false, (m) => found.push(m.a));
  assert.deepEqual(found.sort(), ['agency', 'rewrite']);
});

/** The order score computed the plain way, one merge per pair of sentences, as the check was first written. */
function sharedOrderPairwise(a: Uint32Array[], b: Uint32Array[]): number {
  const longer = Math.max(a.length, b.length);
  const need = Math.max(5, Math.ceil(0.6 * longer));
  if (Math.min(a.length, b.length) < need) return 0;
  const inOrder = (from: Uint32Array[], to: Uint32Array[]): number => {
    const found: number[] = [];
    for (const s of to) {
      let best = -1;
      let bestShare = 0;
      from.forEach((t, i) => {
        const share = intersectionSize(s, t) / s.length;
        if (share > bestShare) [best, bestShare] = [i, share];
      });
      if (bestShare >= 0.5) found.push(best);
    }
    // Longest increasing run, by the quadratic recurrence.
    const run = found.map(() => 1);
    for (let i = 0; i < found.length; i++) for (let j = 0; j < i; j++) if (found[j]! < found[i]!) run[i] = Math.max(run[i]!, run[j]! + 1);
    return Math.max(0, ...run);
  };
  const n = Math.max(inOrder(a, b), inOrder(b, a));
  return n >= need ? n / longer : 0;
}

test('the one-merge order score equals the pair-by-pair one, words repeated across sentences included', () => {
  // Seeded texts over a small vocabulary, so most words recur in several sentences of both texts;
  // half the pairs are a text and a lightly edited copy of it, so many scores are above zero.
  let seed = 7;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % n;
  };
  const sentence = (): Uint32Array => Uint32Array.from(new Set(Array.from({ length: 4 + next(8) }, () => 1 + next(40)))).sort();
  let positive = 0;
  for (let t = 0; t < 200; t++) {
    const a = Array.from({ length: 3 + next(12) }, sentence);
    const b = t % 2 ? Array.from({ length: 3 + next(12) }, sentence) : a.map((s) => (next(4) === 0 ? sentence() : s));
    const expected = sharedOrderPairwise(a, b);
    if (expected > 0) positive++;
    assert.equal(sharedOrder(indexSentences(a), indexSentences(b)), expected, `texts ${t}`);
  }
  assert.ok(positive >= 50, `only ${positive} pairs above zero`);
});


test('a text longer than any report is left out of the check; the same text at report length is found', () => {
  // Invented filler: sentence i is five made-up words of its own, so two copies match sentence by sentence.
  const text = (n: number): DocumentWords => {
    const words = Array.from({ length: n * 5 }, (_, k) => `tollgate${Math.floor(k / 5)}x${k % 5}`);
    const sentences = Array.from({ length: n }, (_, i) => shingleSet(words.slice(i * 5, i * 5 + 5), 1));
    return { words, sentences };
  };
  for (const [n, expected] of [[30, ['long-a']], [PARAPHRASE.maxSentences + 1, []]] as const) {
    const index = new ParaphraseIndex();
    const found: string[] = [];
    index.add('long-a', text(n), () => false, (m) => found.push(m.a));
    index.add('long-b', text(n), () => false, (m) => found.push(m.a));
    assert.deepEqual(found, expected, `${n} sentences`);
  }
});
