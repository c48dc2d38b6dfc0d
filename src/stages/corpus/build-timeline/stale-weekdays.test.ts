import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import type { Corpus } from '../../../core/index.ts';
import { dayNumber } from '../../../corpus-index/index.ts';
import { placeEvent, redatedTimexes, storyStarts } from './placing.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';
import { findTimexes } from '../../doc/resolve-time/find-timexes.ts';
import { findEvents } from '../../doc/extract-events/find-events.ts';

function doc(id: string, text: string, published: string | null) {
  const d = createDoc({ id, source: id, format: 'text', raw: text, text, hints: {}, removed: [], flags: [] });
  if (published) d.layers.metadata = { published } as NonNullable<typeof d.layers.metadata>;
  return d;
}

const TEXT = 'The dam at Orlet burst early on Sunday. Engineers sealed the breach on Wednesday. Pumps were restarted on Friday.';

test('in a report weeks off its story, a bare weekday is the first such day from the story start, not a day before the story', () => {
  // Story day (median) 2031-03-05 is a Wednesday; the story began on Sunday 2031-03-02.
  const correction = { statedDay: dayNumber('2031-04-01')!, storyDay: dayNumber('2031-03-05')! };
  const start = dayNumber('2031-03-02')!;
  const values = (s: number | null) => Object.fromEntries(redatedTimexes(doc('digest', TEXT, '2031-04-01'), correction, s)!.map((t) => [t.text, t.value.slice(0, 10)]));
  const read = values(start);
  assert.equal(read['Sunday'], '2031-03-02');
  assert.equal(read['Wednesday'], '2031-03-05');
  // Read back from the story's median day, Friday would fall before the story began.
  assert.equal(values(null)['Friday'], '2031-02-28');
  assert.equal(read['Friday'], '2031-03-07');
});

test('an undated report keeps reading weekdays back from its story date', () => {
  const correction = { statedDay: null, storyDay: dayNumber('2031-03-05')! };
  const read = Object.fromEntries(redatedTimexes(doc('undated', TEXT, null), correction, dayNumber('2031-03-02'))!.map((t) => [t.text, t.value.slice(0, 10)]));
  assert.equal(read['Friday'], '2031-02-28');
});

test('the story start is the earliest usable date among its documents, leaving out stale ones', () => {
  const docs = [doc('a', 'x', '2031-03-03'), doc('b', 'x', '2031-03-02'), doc('c', 'x', '2031-01-10'), doc('d', 'x', '2031-05-01')];
  const corpus = { documents: docs, layers: { stories: [{ id: 's1', documents: ['a', 'b', 'c'] }, { id: 's2', documents: ['d'] }] } } as unknown as Corpus;
  const stale = new Map([['c', { statedDay: dayNumber('2031-01-10'), storyDay: dayNumber('2031-03-03')! }]]);
  const starts = storyStarts(corpus, stale);
  assert.equal(starts.get('c'), dayNumber('2031-03-02'));
  assert.equal(starts.get('d'), dayNumber('2031-05-01'));
});

test('in a stale report, a weekday read back to the night before the story\'s first report stays there', () => {
  // The first report came out on Sunday 2031-03-02 about a flood late on Saturday 2031-03-01; the
  // digest's content date is Wednesday 2031-03-05.
  const correction = { statedDay: dayNumber('2031-04-01')!, storyDay: dayNumber('2031-03-05')! };
  const text = 'The river at Orlet broke its banks late on Saturday. Pumps were restarted on Wednesday.';
  const read = Object.fromEntries(redatedTimexes(doc('digest', text, '2031-04-01'), correction, dayNumber('2031-03-02'))!.map((t) => [t.text, t.value.slice(0, 10)]));
  assert.equal(read['Saturday'], '2031-03-01');
  assert.equal(read['Wednesday'], '2031-03-05');
});

test('in a stale report, a mention takes the nearest weekday that dates it, and not the day of a saying whose that-clause it is in', () => {
  // Story day Wednesday 2031-03-05, from a story begun on Sunday 2031-03-02; the digest is dated weeks later.
  const correction = { statedDay: dayNumber('2031-04-01')!, storyDay: dayNumber('2031-03-05')! };
  const text = 'On Monday the agency counted two dead, and on Tuesday morning a nurse died of her burns. The mayor said on Thursday that the occupiers surrendered shortly before midnight on Wednesday.';
  const d = doc('digest', text, '2031-04-01');
  d.layers.sentences = splitSimpleSentences(text);
  d.layers.timexes = findTimexes(text, d.layers.sentences, '2031-04-01');
  d.layers.events = findEvents(text, d.layers.sentences, [], d.layers.timexes, '2031-04-01');
  const ctx = { correction, redated: redatedTimexes(d, correction, dayNumber('2031-03-02')) };
  const dateOf = (lemma: string) => placeEvent(d, d.layers.events!.find((e) => e.lemma === lemma)!, ctx)?.date;
  assert.equal(dateOf('die'), '2031-03-04');
  assert.equal(dateOf('surrender'), '2031-03-05');
});
