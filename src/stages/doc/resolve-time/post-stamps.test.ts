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
  return postStamps(doc, ref).map((p) => [doc.text.slice(p.at).split('\n')[0]!, p.day]);
}

const NEWEST_FIRST = [
  'LIVE: Fire at the Kaldo ferry terminal',
  'Harbour Radio desk. Latest posts first.',
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
  assert.deepEqual(postStamps(article, REF), []);
  assert.deepEqual(days(cleaned(NEWEST_FIRST), null), []);
});

test('an offset before the first stamp is in no post', () => {
  const doc = cleaned(NEWEST_FIRST);
  const posts = postStamps(doc, REF);
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
  const read = findTimexesByPost(doc.text, splitSimpleSentences(doc.text), REF, postStamps(doc, REF)).map((t) => [t.text, t.value]);
  assert.deepEqual(read, [
    ['yesterday', '2031-06-08'],
    ['tomorrow', '2031-06-11'],
    ['yesterday', '2031-06-09'],
  ]);
});

test('stamps heading the first line of a post stay in the text and date their posts too', () => {
  const doc = cleaned([
    'Blackout in Tessaly: live',
    '21:40 – Power fails across the north of the city.',
    '23:05 Hospitals switch to generators.',
    'Tue 00:20: Police say the main substation caught fire at 12:05 a.m.',
  ]);
  assert.ok(doc.text.includes('21:40 – Power fails'));
  assert.deepEqual(days(doc), [
    ['21:40 – Power fails across the north of the city.', '2031-06-09'],
    ['23:05 Hospitals switch to generators.', '2031-06-09'],
    ['Tue 00:20: Police say the main substation caught fire at 12:05 a.m.', '2031-06-10'],
  ]);
  const read = findTimexesByPost(doc.text, splitSimpleSentences(doc.text), REF, postStamps(doc, REF)).find((t) => t.text.includes('12:05'));
  assert.equal(read?.value.slice(0, 10), '2031-06-10');
  // One time heading a paragraph is no live blog.
  assert.deepEqual(days(cleaned(['Port strike ends', '10:30 Dockers voted to return to work.'])), []);
});

test('clock times in no order are no posts (a list of video lengths)', () => {
  const doc = cleaned([
    'Ring road reopens after repairs',
    'The ring road reopened on Friday after six weeks of repairs, the highways office said.',
    '2:14 Council votes on new bus lanes',
    '0:48 Dog rescued from the canal',
    '4:05 Weather: rain all week',
    '1:37 Mayor opens the new library',
  ]);
  assert.deepEqual(postStamps(doc, REF), []);
});

test('the first dated stamp fixes the days of the posts before it', () => {
  // The page's date is that of its last update, the 10th; its posts began the night before.
  const doc = cleaned([
    'Dam alert at Orsk: live',
    '23:10',
    'Water is flowing over the spillway.',
    '00:30',
    'Villages below the dam are being cleared.',
    '10 June 2031, 08:00',
    'The level has fallen overnight.',
  ]);
  assert.deepEqual(days(doc, '2031-06-10'), [
    ['Water is flowing over the spillway.', '2031-06-09'],
    ['Villages below the dam are being cleared.', '2031-06-10'],
    ['The level has fallen overnight.', '2031-06-10'],
  ]);
});
