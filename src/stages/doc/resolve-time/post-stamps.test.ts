import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../../core/index.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';
import { clean } from '../clean/index.ts';
import { postAt, postStamps } from './post-stamps.ts';
import { findTimexesByPost } from './index.ts';

// 2031-06-09 is a Monday.
const REF = '2031-06-09';

function cleaned(lines: readonly string[]): Doc {
  const text = lines.join('\n\n');
  const doc: Doc = { id: 't', source: 't', format: 'text', raw: text, hints: {}, text, removed: [], flags: [], issues: [], layers: {} };
  clean.run(doc, { options: {} });
  return doc;
}

/** Each post's first line and its day. */
function days(doc: Doc, ref: string | null = REF): [string, string][] {
  return postStamps(doc.removed, ref).map((p) => [doc.text.slice(p.at).split('\n')[0]!, p.day]);
}

const NEWEST_FIRST = [
  'LIVE: Fire at the Kaldo ferry terminal',
  'Harbour Radio desk. The newest posts are at the top.',
  '01:20',
  'Police have detained two dock workers.',
  '00:05',
  'A second fire crew has reached the pier.',
  '23:40',
  'Smoke is still rising from the car deck.',
  '22:55',
  'A fire broke out on the car deck of a ferry.',
];

test('newest first: posts after a stamp that crossed midnight are the next day', () => {
  assert.deepEqual(days(cleaned(NEWEST_FIRST)), [
    ['Police have detained two dock workers.', '2031-06-10'],
    ['A second fire crew has reached the pier.', '2031-06-10'],
    ['Smoke is still rising from the car deck.', '2031-06-09'],
    ['A fire broke out on the car deck of a ferry.', '2031-06-09'],
  ]);
});

test('oldest first, with a weekday stamp and a dated stamp: each is its own day', () => {
  const doc = cleaned([
    'Storm Idra crosses the coast: live',
    '9:30 p.m.',
    'Gusts of 140 km/h are reported at the lighthouse.',
    '11:45 p.m.',
    'The coast road is closed.',
    'Tuesday 4:00 a.m. UPDATE',
    'Power is out in 12,000 homes.',
    '9:10 a.m.',
    'Crews are clearing fallen trees.',
    '12 June 2031, 07:30',
    'Schools reopen in the valley.',
  ]);
  assert.deepEqual(days(doc), [
    ['Gusts of 140 km/h are reported at the lighthouse.', '2031-06-09'],
    ['The coast road is closed.', '2031-06-09'],
    ['Power is out in 12,000 homes.', '2031-06-10'],
    ['Crews are clearing fallen trees.', '2031-06-10'],
    ['Schools reopen in the valley.', '2031-06-12'],
  ]);
});

test('one clock stamp is a page time, not a live blog; without a report date posts have no day', () => {
  const article = cleaned(['Bridge reopens in Sallow', 'Updated 14:05', 'The bridge reopened to traffic after repairs, the council said.']);
  assert.deepEqual(postStamps(article.removed, REF), []);
  assert.deepEqual(days(cleaned(NEWEST_FIRST), null), []);
});

test('an offset before the first stamp is in no post', () => {
  const doc = cleaned(NEWEST_FIRST);
  const posts = postStamps(doc.removed, REF);
  assert.equal(postAt(posts, 0), null);
  assert.equal(postAt(posts, doc.text.indexOf('detained'))?.day, '2031-06-10');
});

test('a post\'s relative words are read against its own day', () => {
  const doc = cleaned([
    'Flood at Marrow Bridge: live',
    '23:10',
    'The river is rising. Residents were moved out yesterday.',
    '00:30',
    'The army will send boats tomorrow. Engineers arrived yesterday.',
  ]);
  const read = findTimexesByPost(doc.text, splitSimpleSentences(doc.text), REF, postStamps(doc.removed, REF)).map((t) => [t.text, t.value]);
  assert.deepEqual(read, [
    ['yesterday', '2031-06-08'],
    ['tomorrow', '2031-06-11'],
    ['yesterday', '2031-06-09'],
  ]);
});
