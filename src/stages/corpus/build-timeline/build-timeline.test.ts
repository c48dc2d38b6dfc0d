import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';
import { BRIDGE } from '../../../../test/fixtures/corpus/bridge.ts';
import { RAID } from '../../../../test/fixtures/corpus/raid.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import { runCorpusStages } from '../../../core/index.ts';
import type { ClaimSlot } from '../../../core/index.ts';
import { createCorpusStages } from '../../index.ts';
import { buildCorpusTimeline } from './timeline.ts';

test('the same happening told by six documents is one entry citing all of them, with its toll', async () => {
  const c = await runCorpus(BRIDGE);
  const t = c.layers.timeline!;
  assert.equal(t.length, 2);
  assert.equal(t[0].date, '2031-03-04');
  assert.equal(t[0].precision, 'day');
  assert.deepEqual([...t[0].documents].sort(), BRIDGE.map((d) => d.id).sort());
  assert.equal(t[0].fatalities, 9);
  assert.match(t[0].basis, /Tuesday/);
  assert.ok(t[0].evidence.length >= 6);
  for (const e of t[0].evidence) assert.equal(c.documents.find((d) => d.id === e.document)!.text.slice(e.start, e.end), e.text);
});

test('events on different dates stay apart and the timeline is in date order', async () => {
  const c = await runCorpus([...BRIDGE, ...RAID]);
  const dates = c.layers.timeline!.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
  const raid = c.layers.timeline!.find((e) => e.documents.includes('raid-a'))!;
  assert.equal(raid.date, '2031-06-30');
  assert.deepEqual([...raid.documents].sort(), ['raid-a', 'raid-b']);
});

test('an undated report has its "on Monday" read against its story date and joins the entry', async () => {
  const undated = {
    id: 'raid-c',
    published: null,
    entities: [{ name: 'Grey Hollow Front', type: 'ORG' as const }, { name: 'Tarvin', type: 'PLACE' as const }],
    text: `Depot raid\n\nFighters of the Grey Hollow Front overran a fuel depot in Tarvin on Monday, according to residents. A second depot was left untouched.`,
    events: [{ type: 'attack' as const, trigger: 'overran', lemma: 'overrun', agent: 'Grey Hollow Front', location: 'Tarvin' }],
  };
  const c = await runCorpus([...RAID, undated]);
  const raid = c.layers.timeline!.find((e) => e.documents.includes('raid-c'))!;
  // 2031-07-02, the other reports' date, is a Wednesday: its Monday is 2031-06-30.
  assert.equal(raid.date, '2031-06-30');
  assert.deepEqual([...raid.documents].sort(), ['raid-a', 'raid-b', 'raid-c']);
  assert.equal(c.layers.timeline!.filter((e) => e.documents.includes('raid-c')).length, 1);
});

test('an undated habit or possibility is background, not a happening on the article date', async () => {
  const doc = (id: string, sentence: string, trigger: string, lemma: string) => ({
    id,
    published: '2031-07-02',
    entities: [{ name: 'Grey Hollow Front', type: 'ORG' as const }, { name: 'Tarvin', type: 'PLACE' as const }],
    text: `Fuel depots in Tarvin\n\n${sentence}`,
    events: [{ type: 'attack' as const, trigger, lemma, agent: 'Grey Hollow Front', location: 'Tarvin' }],
  });
  const c = await runCorpus([
    doc('habit', 'The Grey Hollow Front routinely attacks fuel depots around Tarvin.', 'attacks', 'attack'),
    doc('maybe', 'The Grey Hollow Front could raid the depots in Tarvin again.', 'raid', 'raid'),
    doc('happened', 'The Grey Hollow Front raided a depot in Tarvin, residents said.', 'raided', 'raid'),
  ]);
  const cited = c.layers.timeline!.flatMap((e) => e.documents);
  assert.deepEqual(cited, ['happened']);
});

test('one sentence and its verbatim copy, read as two kinds of event, make one entry citing both', async () => {
  const sentence = 'The Grey Hollow Front raided a depot in Tarvin and seized its fuel, residents said.';
  const doc = (id: string, type: 'attack' | 'arrest', trigger: string, lemma: string) => ({
    id,
    published: '2031-07-02',
    entities: [{ name: 'Grey Hollow Front', type: 'ORG' as const }, { name: 'Tarvin', type: 'PLACE' as const }],
    text: `Fuel depots in Tarvin\n\n${sentence}`,
    events: [{ type, trigger, lemma, agent: 'Grey Hollow Front', location: 'Tarvin' }],
  });
  const c = await runCorpus([doc('wire', 'attack', 'raided', 'raid'), doc('copy', 'arrest', 'seized', 'seize')]);
  const t = c.layers.timeline!;
  assert.equal(t.length, 1);
  assert.deepEqual([...t[0].documents].sort(), ['copy', 'wire']);
  assert.equal(t[0].evidence.length, 2);
  assert.equal(t[0].id, 't1');
});

test('a toll belongs to the happening, not to a statement that tells it', async () => {
  const corpus = makeCorpus([
    {
      id: 'wire',
      published: '2031-08-02',
      entities: [{ name: 'Harl', type: 'PLACE' }, { name: 'Ona Brik', type: 'PERSON' }],
      text: 'Storm toll.\nThe storm killed twelve people in Harl on Saturday. The mayor, Ona Brik, said on Sunday that 15 people had died.',
      events: [
        { type: 'kill', trigger: 'killed', lemma: 'kill', location: 'Harl', date: '2031-08-02', basis: '"on Saturday" in the same sentence: fixture' },
        { type: 'statement', trigger: 'said', lemma: 'say', agent: 'Ona Brik', date: '2031-08-03', basis: '"on Sunday" in the same sentence: fixture' },
      ],
    },
  ]);
  await runCorpusStages(corpus, createCorpusStages().filter((s) => s.name !== 'merge-aliases'), { options: {} });
  const [kill, said] = corpus.documents[0].layers.events!;
  const slot = { kind: 'killed', reconciled: { best: 12 }, values: [{ document: 'wire', event: kill.id }, { document: 'wire', event: said.id }] } as unknown as ClaimSlot;
  const entries = buildCorpusTimeline(corpus, [slot]);
  assert.deepEqual(entries.map((e) => `${e.type}:${e.fatalities}`), ['kill:12', 'statement:null']);
});
