// Reports that tell the day's happening only by its deaths or a general noun join its entry and
// start none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEntry } from '../../../core/index.ts';
import type { DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';

/** Documents with one DATE expression each: `[doc, text, value]`. */
async function timeline(specs: readonly DocSpec[], dates: readonly [string, string, string][]): Promise<TimelineEntry[]> {
  return (await runCorpus(specs, dates.map(([doc, text, value]) => ({ doc, text, value })))).layers.timeline!;
}

const WIRE: DocSpec = {
  id: 'wire',
  published: '2034-03-06',
  text: 'Ferry sinks off Carrow.\nThe ferry sank off Carrow late on Sunday, the coast guard said.',
  events: [{ type: 'accident', trigger: 'sank', lemma: 'sink', date: '2034-03-05', basis: '"late on Sunday" in the same sentence: fixture' }],
};

test('a column telling the deaths of the dated day, with no trigger of its own, joins that day\'s entry', async () => {
  const entries = await timeline(
    [
      WIRE,
      { id: 'column', published: '2034-03-09', kind: 'opinion', text: 'Carrow grieves.\nLate on Sunday, in sight of the harbour lights, forty passengers died in the cold water.' },
      { id: 'weekly', published: '2034-03-10', text: 'A week on.\nThe tragedy occurred on Sunday evening, an hour out of port.' },
    ],
    [
      ['column', 'Late on Sunday', '2034-03-05'],
      ['weekly', 'on Sunday evening', '2034-03-05'],
    ],
  );
  assert.equal(entries.length, 1, entries.map((e) => `${e.date} [${e.documents.join(' ')}]`).join(' | '));
  assert.deepEqual([...entries[0].documents].sort(), ['column', 'weekly', 'wire']);
});

test('deaths on a day with no entry of violence or disaster start no entry', async () => {
  const entries = await timeline(
    [WIRE, { id: 'update', published: '2034-03-08', text: 'Toll rises.\nTwo more passengers died in hospital on Tuesday, the hospital said.' }],
    [['update', 'on Tuesday', '2034-03-07']],
  );
  assert.deepEqual(entries.map((e) => `${e.date} [${e.documents.join(' ')}]`), ['2034-03-05 [wire]']);
});
