import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus, Doc, DocMetadata } from '../../../core/index.ts';
import { dayNumber, staleDocuments } from '../../../corpus-index/index.ts';
import { checkStoryDates } from './index.ts';

function meta(published: string | null): DocMetadata {
  return {
    title: null, published, publishedBasis: published ? 'explicit' : 'none', contentDate: null, referenceDate: published,
    dateline: null, byline: [], credits: [], outlet: null, outletEvidence: [], tags: [], language: 'en', kind: 'report', site: null,
  };
}

function doc(id: string, published: string | null, text = ''): Doc {
  return { id, source: id, format: 'text', raw: text, hints: {}, text, removed: [], flags: [], issues: [], layers: { metadata: meta(published) } };
}

function corpus(docs: Doc[]): Corpus {
  return { documents: docs, inputErrors: [], issues: [], layers: { stories: [{ id: 's1', title: 't', documents: docs.map((d) => d.id), subEvents: [] }] } };
}

test('a report dated weeks after the rest of its story is flagged and given the story date as content date', () => {
  const docs = [doc('a', '2025-03-12'), doc('b', '2025-03-12'), doc('c', '2025-03-12'), doc('late', '2025-04-20')];
  checkStoryDates(corpus(docs));
  const late = docs[3];
  assert.equal(late.flags.length, 1);
  assert.equal(late.flags[0].code, 'date-anomaly');
  assert.match(late.flags[0].message, /2025-04-20 is 39 days after .*2025-03-12/);
  assert.equal(late.layers.metadata?.contentDate, '2025-03-12');
  // The stated and reference dates stay: later stages use them to know which relative dates to distrust.
  assert.equal(late.layers.metadata?.published, '2025-04-20');
  assert.equal(late.layers.metadata?.referenceDate, '2025-04-20');
  for (const d of docs.slice(0, 3)) assert.deepEqual(d.flags, []);
});

test('a stale report’s content date is the latest day of its story its text describes, and later stages read it there', () => {
  // Reports on Monday 2031-03-03 to Thursday 2031-03-06; a digest re-dated in April looks back over them.
  const text = 'The quay at Vorn collapsed late on Sunday. Officials said on Wednesday that nine boats sank. A new quay will open on Friday.';
  const docs = [doc('a', '2031-03-03'), doc('b', '2031-03-04'), doc('c', '2031-03-06'), doc('digest', '2031-04-25', text)];
  const c = corpus(docs);
  checkStoryDates(c);
  assert.equal(docs[3].layers.metadata?.contentDate, '2031-03-05');
  assert.match(docs[3].flags[0].message, /read against the day its text describes, 2031-03-05/);
  assert.equal(staleDocuments(c).get('digest')?.storyDay, dayNumber('2031-03-05'));
});

test('an undated report gets its story date as content date, without a flag', () => {
  const docs = [doc('a', '2025-03-12'), doc('undated', null)];
  checkStoryDates(corpus(docs));
  assert.equal(docs[1].layers.metadata?.contentDate, '2025-03-12');
  assert.equal(docs[1].layers.metadata?.published, null);
  assert.deepEqual(docs[1].flags, []);
});

test('two dated reports a month apart are not enough to call either one stale', () => {
  const docs = [doc('a', '2025-03-12'), doc('b', '2025-04-20')];
  checkStoryDates(corpus(docs));
  assert.deepEqual(docs.flatMap((d) => d.flags), []);
});

test('a report already flagged by its own metadata is not flagged twice', () => {
  const docs = [doc('a', '2025-03-12'), doc('b', '2025-03-12'), doc('late', '2025-05-01')];
  docs[2].flags.push({ code: 'date-anomaly', message: 'from the text' });
  checkStoryDates(corpus(docs));
  assert.equal(docs[2].flags.length, 1);
  assert.equal(docs[2].flags[0].message, 'from the text');
});
