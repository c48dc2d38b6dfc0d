import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';
import { BRIDGE } from '../../../../test/fixtures/corpus/bridge.ts';
import { RAID } from '../../../../test/fixtures/corpus/raid.ts';

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
