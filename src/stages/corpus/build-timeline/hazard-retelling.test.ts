// A natural hazard dated by one report and mentioned without a date by later ones (a live blog
// after midnight, a digest) is one entry; label lines are none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpusStages } from '../../../core/index.ts';
import type { TimelineEntry } from '../../../core/index.ts';
import { createCorpusStages } from '../../index.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { DocSpec, EventSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';

const PLACES = [
  { name: 'Velmar', type: 'PLACE' as const },
  { name: 'Orrin', type: 'PLACE' as const },
];

async function timeline(specs: readonly DocSpec[]): Promise<TimelineEntry[]> {
  return (await runCorpus(specs)).layers.timeline!;
}

const dated = (e: EventSpec, text: string, value: string): EventSpec => ({ ...e, date: value, basis: `"${text}" in the same sentence: fixture` });

test('an undated mention of a hazard in a later lead joins the day others date it to, not a same-day aftershock', async () => {
  const entries = await timeline([
    {
      id: 'wire',
      published: '2033-02-06',
      entities: PLACES,
      text: 'A strong tremor shook Velmar late on Saturday, the survey said. Crews searched the ruins of Orrin.',
      events: [dated({ type: 'disaster', trigger: 'tremor', lemma: 'tremor', location: 'Velmar' }, 'late on Saturday', '2033-02-05')],
    },
    {
      id: 'blog',
      published: '2033-02-06',
      entities: PLACES,
      text: 'An earthquake has been felt across Velmar. Aftershocks rattled Orrin on Sunday morning.',
      events: [
        { type: 'disaster', trigger: 'earthquake', lemma: 'earthquake', location: 'Velmar' },
        dated({ type: 'disaster', trigger: 'Aftershocks', lemma: 'aftershock', location: 'Orrin' }, 'on Sunday morning', '2033-02-06'),
      ],
    },
  ]);
  const quake = entries.filter((e) => e.documents.includes('blog') && /felt across/.test(e.evidence.map((x) => x.text).join(' ')));
  assert.equal(quake.length, 1);
  assert.equal(quake[0].date, '2033-02-05');
  assert.deepEqual([...quake[0].documents].sort(), ['blog', 'wire']);
  // The aftershock of the next day stays its own entry.
  assert.ok(entries.some((e) => e.date === '2033-02-06' && e.evidence.some((x) => /^Aftershocks/.test(x.text))));
});

test('a short body line without end punctuation ("Relief work") is a label, not an entry', async () => {
  const text = 'Floods in Velmar\n\nRelief work\n\nVolunteers handed out blankets in Orrin, the mayor said.';
  const corpus = makeCorpus([{ id: 'digest', published: '2033-02-08', entities: PLACES, text, events: [{ type: 'aid', trigger: 'Relief', lemma: 'relief' }] }]);
  // The builder keeps only punctuated sentences: give the title and the label line theirs.
  const doc = corpus.documents[0]!;
  doc.layers.sentences = splitSimpleSentences(text);
  for (const ev of doc.layers.events!) ev.sentence = doc.layers.sentences.findIndex((x) => x.start <= ev.trigger.start && ev.trigger.start < x.end);
  assert.equal(doc.layers.events![0]!.sentence, 1);
  await runCorpusStages(corpus, createCorpusStages().filter((x) => x.name !== 'merge-aliases'), { options: {} });
  assert.equal(corpus.layers.timeline!.filter((e) => e.type === 'aid').length, 0);
});
