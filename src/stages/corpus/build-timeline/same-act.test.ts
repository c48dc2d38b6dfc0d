// One act told in different words by two reports of one day is one entry; an opinion piece's
// undated lead is no news of its day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';
import type { EventSpec } from '../../../../test/fixtures/corpus/builder.ts';

const dated = (e: EventSpec, text: string, value: string): EventSpec => ({ ...e, date: value, basis: `"${text}" in the same sentence: fixture` });

test('"detained" and "arrested" on one day, with parties named apart, are one arrest', async () => {
  const c = await runCorpus([
    {
      id: 'a',
      published: '2033-05-04',
      entities: [{ name: 'Ivo Brannic', type: 'PERSON' }, { name: 'Pellow', type: 'PLACE' }],
      text: 'On Tuesday police detained the site manager Ivo Brannic in Pellow, officials said.',
      events: [dated({ type: 'arrest', trigger: 'detained', lemma: 'detain', target: 'Ivo Brannic', location: 'Pellow' }, 'On Tuesday', '2033-05-03')],
    },
    {
      id: 'b',
      published: '2033-05-05',
      entities: [{ name: 'Ivo Branitch', type: 'PERSON' }, { name: 'Orrin Works', type: 'ORG' }],
      text: 'Police arrested Ivo Branitch of Orrin Works on Tuesday, a prosecutor said.',
      events: [dated({ type: 'arrest', trigger: 'arrested', lemma: 'arrest', target: 'Ivo Branitch', agent: 'Orrin Works' }, 'on Tuesday', '2033-05-03')],
    },
  ]);
  const arrests = c.layers.timeline!.filter((e) => e.type === 'arrest');
  assert.equal(arrests.length, 1);
  assert.deepEqual([...arrests[0].documents].sort(), ['a', 'b']);
});

test('an undated warning in the lead of an opinion piece is not placed on its date; in the lead of a report it is', async () => {
  const spec = (id: string, kind: 'opinion' | 'report') => ({
    id,
    published: '2033-05-08',
    kind,
    entities: [{ name: 'Pellow', type: 'PLACE' as const }],
    text: 'Pellow was warned. Nobody listened to the engineers.',
    events: [{ type: 'threaten' as const, trigger: 'warned', lemma: 'warn', target: 'Pellow' }],
  });
  const opinion = await runCorpus([spec('column', 'opinion')]);
  assert.equal(opinion.layers.timeline!.length, 0);
  const report = await runCorpus([spec('wire', 'report')]);
  assert.equal(report.layers.timeline!.length, 1);
});
