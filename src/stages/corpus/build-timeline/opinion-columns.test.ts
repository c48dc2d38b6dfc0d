// An opinion column argues over happenings others report: its undated mentions retell them or are
// no news of the column's day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEntry } from '../../../core/index.ts';
import type { DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';

async function timeline(specs: readonly DocSpec[]): Promise<TimelineEntry[]> {
  return (await runCorpus(specs)).layers.timeline!;
}

const WIRE: DocSpec = {
  id: 'wire',
  published: '2034-03-06',
  text: 'Depot occupied.\nStrikers occupied the Carrow depot late on Sunday, the union said.',
  events: [{ type: 'protest', trigger: 'occupied', lemma: 'occupy', date: '2034-03-05', basis: '"late on Sunday" in the same sentence: fixture' }],
};

test("a column's undated mention that retells nothing is not placed on the column's date", async () => {
  const column: DocSpec = {
    id: 'column',
    published: '2034-03-09',
    kind: 'opinion',
    text: 'Pay them.\nThe depot has been run down for a decade.\nNobody listened to the drivers.\nA bonus was offered to each driver, and it is far too small.',
    events: [{ type: 'cooperate', trigger: 'offered', lemma: 'offer' }],
  };
  const entries = await timeline([WIRE, column]);
  assert.deepEqual(entries.map((e) => `${e.date} [${e.documents.join(' ')}]`), ['2034-03-05 [wire]']);
});

test("a report's undated mention that retells nothing is still news of its day", async () => {
  const report: DocSpec = {
    id: 'report',
    published: '2034-03-09',
    text: 'Drivers paid.\nThe depot has been run down for a decade.\nNobody listened to the drivers.\nThe city offered a bonus to each driver.',
    events: [{ type: 'cooperate', trigger: 'offered', lemma: 'offer' }],
  };
  const entries = await timeline([WIRE, report]);
  assert.ok(entries.some((e) => e.date === '2034-03-09' && e.documents.includes('report')), JSON.stringify(entries.map((e) => [e.date, e.documents])));
});
