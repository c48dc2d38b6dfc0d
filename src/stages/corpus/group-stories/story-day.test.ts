import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import type { DateBasis, Doc } from '../../../core/index.ts';
import { dayNumber } from '../../../corpus-index/index.ts';
import { batchStoryDays, storyDay } from './story-day.ts';
import { HISTORY_DAYS } from './patterns.ts';

function doc(id: string, published: string | null, basis: DateBasis, reference: string | null): Doc {
  const d = createDoc({ id, source: id, format: 'text', raw: '', text: '', hints: {}, flags: [], removed: [] });
  d.layers.metadata = {
    title: null, published, publishedBasis: basis, contentDate: reference, referenceDate: reference, dateline: null, byline: [],
    credits: [], outlet: null, outletEvidence: [], tags: [], language: 'en', kind: 'report', site: null,
  };
  return d;
}

test('a stated publication date wins over a reference date read from history years before it', () => {
  // An obituary page dated 2031 whose text gives the birth date as "today".
  assert.deepEqual(storyDay(doc('obit', '2031-06-02', 'explicit', '1950-04-22')), { day: dayNumber('2031-06-02'), stated: true });
});

test('a reference date weeks before the stated date is kept: a stale copy re-dated later', () => {
  assert.deepEqual(storyDay(doc('stale', '2031-07-20', 'explicit', '2031-06-02')), { day: dayNumber('2031-06-02'), stated: true });
});

test('a date only read from the content is not stated; no date at all is null', () => {
  assert.deepEqual(storyDay(doc('inferred', '2031-06-02', 'inferred', '2031-06-02')), { day: dayNumber('2031-06-02'), stated: false });
  assert.deepEqual(storyDay(doc('none', null, 'none', null)), { day: null, stated: false });
  // Without a metadata layer the container's published hint is the report's own date.
  const hinted = createDoc({ id: 'h', source: 'h', format: 'text', raw: '', text: '', hints: { published: '2031-06-02T10:00:00Z' }, flags: [], removed: [] });
  assert.deepEqual(storyDay(hinted), { day: dayNumber('2031-06-02'), stated: true });
});

test('in a batch, a content-read date years before the batch middle is dropped; stated old dates are kept', () => {
  const docs = [
    doc('a', '2031-06-01', 'explicit', '2031-06-01'),
    doc('b', '2031-06-02', 'explicit', '2031-06-02'),
    doc('c', '2031-06-02', 'inferred', '2031-06-02'),
    doc('history', '1971-03-30', 'inferred', '1971-03-30'),
    doc('archive', '1971-03-30', 'explicit', '1971-03-30'),
    doc('undated', null, 'none', null),
  ];
  const days = batchStoryDays(docs);
  assert.equal(days.get('c'), dayNumber('2031-06-02'));
  assert.equal(days.get('history'), null);
  assert.equal(days.get('archive'), dayNumber('1971-03-30'));
  assert.equal(days.get('undated'), null);
  // Within the horizon a content-read date is kept.
  const near = batchStoryDays([...docs.slice(0, 3), doc('recent', '2031-01-10', 'inferred', '2031-01-10')]);
  assert.ok(dayNumber('2031-06-01')! - dayNumber('2031-01-10')! < HISTORY_DAYS);
  assert.equal(near.get('recent'), dayNumber('2031-01-10'));
});
