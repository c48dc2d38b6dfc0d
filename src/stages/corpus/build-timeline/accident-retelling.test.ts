// An accidental explosion told by later reports in other words ("when the tank exploded") and a
// demonym read as a place ("at Norlandian paint works") do not split its entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';
import type { EventSpec } from '../../../../test/fixtures/corpus/builder.ts';

const ENTITIES = [
  { name: 'Pellow', type: 'PLACE' as const },
  { name: 'Norlandian', type: 'PLACE' as const },
];
const dated = (e: EventSpec, text: string, value: string): EventSpec => ({ ...e, date: value, basis: `"${text}" in the same sentence: fixture` });

test('a later undated "when the tank exploded" retells the dated blast instead of standing on its report date', async () => {
  const c = await runCorpus([
    {
      id: 'wire',
      published: '2033-04-03',
      entities: ENTITIES,
      text: 'A blast ripped through the paint works in Pellow on Sunday, the owners said. Smoke rose over the valley.',
      events: [dated({ type: 'accident', trigger: 'blast', lemma: 'blast', location: 'Pellow' }, 'on Sunday', '2033-04-03')],
    },
    {
      id: 'feature',
      published: '2033-04-09',
      entities: ENTITIES,
      text: 'The valley is quiet now. Its people have gone back to work. For one welder, who was at the gate when the tank exploded, the pay is not the point.',
      events: [{ type: 'accident', trigger: 'exploded', lemma: 'explode' }],
    },
  ]);
  const t = c.layers.timeline!;
  assert.equal(t.filter((e) => e.documents.includes('feature')).length, 1);
  const entry = t.find((e) => e.documents.includes('feature'))!;
  assert.equal(entry.date, '2033-04-03');
  assert.deepEqual([...entry.documents].sort(), ['feature', 'wire']);
});

test('a demonym before a common noun ("at Norlandian paint works") does not place the event apart from its town', async () => {
  const c = await runCorpus([
    {
      id: 'wire',
      published: '2033-04-03',
      entities: ENTITIES,
      text: 'Explosion at Norlandian paint works kills two. A blast hit the paint works in Pellow early on Sunday.',
      events: [
        { type: 'accident', trigger: 'Explosion', lemma: 'explosion', location: 'Norlandian' },
        dated({ type: 'accident', trigger: 'blast', lemma: 'blast', location: 'Pellow' }, 'early on Sunday', '2033-04-03'),
      ],
    },
    {
      id: 'radio',
      published: '2033-04-03',
      entities: ENTITIES,
      text: 'Our listeners are calling in. Roads are jammed. Several callers in Pellow report a loud explosion near the river.',
      events: [{ type: 'accident', trigger: 'explosion', lemma: 'explosion', location: 'Pellow' }],
    },
  ]);
  const t = c.layers.timeline!.filter((e) => e.type === 'accident');
  assert.equal(t.length, 1);
  assert.deepEqual([...t[0].documents].sort(), ['radio', 'wire']);
});
