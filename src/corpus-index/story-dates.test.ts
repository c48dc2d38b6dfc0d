import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Corpus, Doc, DocMetadata } from '../core/index.ts';
import { dayNumber } from './days.ts';
import { RELATIVE_WINDOW_DAYS, STALE_AFTER_DAYS, staleDocuments, storySpans, trustedDay } from './story-dates.ts';

function meta(published: string | null, referenceDate: string | null = published): DocMetadata {
  return {
    title: null, published, publishedBasis: published ? 'explicit' : 'none', contentDate: null, referenceDate,
    dateline: null, byline: [], credits: [], outlet: null, outletEvidence: [], tags: [], language: 'en', kind: 'report', site: null,
  };
}

function doc(id: string, date: string | null): Doc {
  return { id, source: id, format: 'text', raw: '', hints: {}, text: '', removed: [], flags: [], issues: [], layers: { metadata: meta(date) } };
}

function corpus(docs: Doc[], stories: string[][]): Corpus {
  return {
    documents: docs,
    inputErrors: [],
    issues: [],
    layers: { stories: stories.map((documents, i) => ({ id: `s${i}`, title: '', documents, subEvents: [] })) },
  };
}

const d = (s: string): number => dayNumber(s)!;

test('a report weeks off its story is stale; the others are not', () => {
  const docs = [doc('a', '2031-03-10'), doc('b', '2031-03-11'), doc('c', '2031-03-12'), doc('late', '2031-04-20')];
  const out = staleDocuments(corpus(docs, [['a', 'b', 'c', 'late']]));
  assert.deepEqual([...out.keys()], ['late']);
  const corr = out.get('late')!;
  assert.equal(corr.statedDay, d('2031-04-20'));
  // The story's day is one of its dated reports near the middle, not the stale one.
  assert.ok(corr.storyDay >= d('2031-03-10') && corr.storyDay <= d('2031-03-12'), String(corr.storyDay));
});

test('a report within the allowed drift is not stale', () => {
  const docs = [doc('a', '2031-03-10'), doc('b', '2031-03-11'), doc('c', '2031-03-12'), doc('d', '2031-03-20')];
  assert.ok(d('2031-03-20') - d('2031-03-12') <= STALE_AFTER_DAYS); // the fixture stays within the drift
  assert.equal(staleDocuments(corpus(docs, [['a', 'b', 'c', 'd']])).size, 0);
});

test('undated reports are given their story date', () => {
  const docs = [doc('a', '2031-03-10'), doc('b', '2031-03-11'), doc('c', '2031-03-11'), doc('u', null)];
  const out = staleDocuments(corpus(docs, [['a', 'u', 'b', 'c']]));
  assert.deepEqual([...out.keys()], ['u']);
  assert.deepEqual(out.get('u'), { statedDay: null, storyDay: d('2031-03-11') });
});

test('fewer than three dated reports flag nothing stale, but undated ones still get a date', () => {
  const docs = [doc('a', '2031-03-10'), doc('late', '2031-06-01'), doc('u', null)];
  const out = staleDocuments(corpus(docs, [['a', 'late', 'u']]));
  assert.deepEqual([...out.keys()], ['u']);
  assert.equal(out.get('u')!.statedDay, null);
  assert.ok([d('2031-03-10'), d('2031-06-01')].includes(out.get('u')!.storyDay));
});

test('a story with no dated reports yields nothing, and stories are judged separately', () => {
  const docs = [
    doc('u1', null), doc('u2', null),
    doc('a', '2031-03-10'), doc('b', '2031-03-11'), doc('c', '2031-03-12'),
    doc('x', '2031-05-01'), doc('y', '2031-05-02'), doc('z', '2031-05-02'),
  ];
  // Story 2 is weeks after story 1: that is no reason to call either stale.
  const out = staleDocuments(corpus(docs, [['u1', 'u2'], ['a', 'b', 'c'], ['x', 'y', 'z']]));
  assert.equal(out.size, 0);
  assert.equal(staleDocuments(corpus(docs, [])).size, 0);
  assert.equal(staleDocuments({ documents: docs, inputErrors: [], issues: [], layers: {} }).size, 0);
});

test('the reference date is what counts, and a source date hint is used when there is no metadata', () => {
  const stale = doc('late', '2031-04-20');
  stale.layers.metadata = meta('2031-04-20', '2031-03-11'); // re-dated copy whose content says 11 March
  const hinted: Doc = { ...doc('h', null), layers: {}, hints: { published: '2031-04-25T08:00:00Z' } };
  const docs = [doc('a', '2031-03-10'), doc('b', '2031-03-11'), doc('c', '2031-03-12'), stale, hinted];
  const out = staleDocuments(corpus(docs, [['a', 'b', 'c', 'late', 'h']]));
  assert.deepEqual([...out.keys()], ['h']);
  assert.equal(out.get('h')!.statedDay, d('2031-04-25'));
});

test('a stale report is read at the content date recorded for it, when that is a day of its story', () => {
  const late = doc('late', '2031-04-20');
  const docs = [doc('a', '2031-03-10'), doc('b', '2031-03-11'), doc('c', '2031-03-12'), late];
  const story = (): Corpus => corpus(docs, [['a', 'b', 'c', 'late']]);
  late.layers.metadata!.contentDate = '2031-03-14';
  assert.equal(staleDocuments(story()).get('late')!.storyDay, d('2031-03-14'));
  // A content date that is no day of the story (a date its text gives from long before) is not used.
  late.layers.metadata!.contentDate = '2030-11-02';
  assert.equal(staleDocuments(story()).get('late')!.storyDay, d('2031-03-12'));
});

test('a story spans its usable reports; every report of it, stale or not, gets that span', () => {
  const docs = [doc('a', '2031-03-12'), doc('b', '2031-03-10'), doc('late', '2031-04-20'), doc('x', '2031-05-01')];
  const c = corpus(docs, [['a', 'b', 'late'], ['x']]);
  const stale = new Map([['late', { statedDay: d('2031-04-20'), storyDay: d('2031-03-11') }]]);
  const spans = storySpans(c, stale);
  assert.deepEqual(spans.get('late'), { first: d('2031-03-10'), last: d('2031-03-12') });
  assert.deepEqual(spans.get('a'), spans.get('late'));
  assert.deepEqual(spans.get('x'), { first: d('2031-05-01'), last: d('2031-05-01') });
});

test('trustedDay drops days near a stale report’s own date and keeps the rest', () => {
  const stated = d('2031-04-20');
  const corr = { statedDay: stated, storyDay: d('2031-03-11') };
  assert.equal(trustedDay(stated - 1, corr), null);
  assert.equal(trustedDay(stated + RELATIVE_WINDOW_DAYS, corr), null);
  assert.equal(trustedDay(stated - RELATIVE_WINDOW_DAYS - 1, corr), stated - RELATIVE_WINDOW_DAYS - 1);
  assert.equal(trustedDay(d('2031-03-09'), corr), d('2031-03-09'));
  assert.equal(trustedDay(null, corr), null);
});

test('trustedDay keeps every day when there is no correction or the report was undated', () => {
  assert.equal(trustedDay(42, undefined), 42);
  assert.equal(trustedDay(42, { statedDay: null, storyDay: 42 }), 42);
});
