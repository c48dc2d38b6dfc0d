import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CopyIndex, DEFAULT_COPY_OPTIONS } from './copy-index.ts';

const WIRE =
  'A pedestrian footbridge over the Tarkan river in the town of Velmora collapsed on Thursday evening, sending ' +
  'at least a dozen people into the water. Rescue crews pulled nine survivors from the river within an hour, ' +
  'and divers searched through the night for three people still missing. Mayor Idris Fenwold said the bridge ' +
  'had been inspected in the spring and declared safe, and promised an independent inquiry into the collapse. ' +
  'Witnesses described a loud crack before the middle span gave way under a crowd walking home from a market. ' +
  'The regional engineering board said it would examine the steel cables and the concrete footings this week.';

// The same wire copy with a new headline line and a changed figure: a duplicate.
const REPOST = 'Velmora bridge collapse: divers search river. ' + WIRE.replace('nine survivors', 'ten survivors');

// An outlet's rewrite: the wire's first half kept, the rest in its own words plus reaction.
const REWRITE =
  WIRE.split('. ').slice(0, 3).join('. ') +
  '. Local shopkeepers said the crossing had swayed badly for months and that complaints were ignored by the ' +
  'council. A hospital spokesperson confirmed two of the rescued were in serious condition. Opposition ' +
  'councillors demanded the resignation of the transport chief and an audit of every bridge in the province.';

const UNRELATED =
  'The regional chess championship in Brinmouth ended with a surprise as the youngest entrant, a fourteen year ' +
  'old from a village school, defeated the defending champion in a tense final game lasting almost six hours. ' +
  'Organisers praised the quiet hall and the volunteers who kept clocks running during a power cut, and said ' +
  'next season would add a junior section and a rapid tournament for players from neighbouring valleys.';

test('the first document has nothing to match', () => {
  assert.deepEqual(new CopyIndex().add('wire', WIRE), []);
});

test('a near-copy is a duplicate of the earlier document', () => {
  const idx = new CopyIndex();
  idx.add('wire', WIRE);
  const m = idx.add('repost', REPOST);
  assert.equal(m.length, 1);
  assert.equal(m[0].a, 'wire');
  assert.equal(m[0].b, 'repost');
  assert.equal(m[0].relation, 'duplicate');
  assert.ok(m[0].jaccard >= DEFAULT_COPY_OPTIONS.duplicateJaccard || m[0].containment >= DEFAULT_COPY_OPTIONS.duplicateContainment);
});

test('a partial rewrite is a rewrite, not a duplicate', () => {
  const idx = new CopyIndex();
  idx.add('wire', WIRE);
  const m = idx.add('rewrite', REWRITE);
  assert.equal(m.length, 1);
  assert.equal(m[0].relation, 'rewrite');
  assert.equal(m[0].a, 'wire');
  assert.ok(m[0].jaccard < DEFAULT_COPY_OPTIONS.duplicateJaccard);
  assert.ok(m[0].containment >= DEFAULT_COPY_OPTIONS.rewriteContainment || m[0].jaccard >= DEFAULT_COPY_OPTIONS.rewriteJaccard);
});

test('an unrelated text matches nothing, and later copies still find the right source', () => {
  const idx = new CopyIndex();
  idx.add('wire', WIRE);
  assert.deepEqual(idx.add('chess', UNRELATED), []);
  const m = idx.add('repost', REPOST);
  assert.deepEqual(m.map((x) => x.a), ['wire']);
});

test('a copy matches every earlier copy of the same text', () => {
  const idx = new CopyIndex();
  idx.add('wire', WIRE);
  idx.add('repost', REPOST);
  const m = idx.add('again', WIRE);
  assert.deepEqual(m.map((x) => x.a).sort(), ['repost', 'wire']);
  const exact = m.find((x) => x.a === 'wire')!;
  assert.equal(exact.jaccard, 1);
  assert.equal(exact.containment, 1);
});

test('texts too short to judge are neither matched nor matchable', () => {
  const idx = new CopyIndex();
  const short = 'Footbridge collapses in Velmora.';
  idx.add('short1', short);
  assert.deepEqual(idx.add('short2', short), []);
  // A long text containing the short one does not match it either: the short one was never indexed.
  assert.deepEqual(idx.add('wire', short + ' ' + WIRE), []);
});

test('options override the defaults', () => {
  const strict = new CopyIndex({ rewriteContainment: 1.01, rewriteJaccard: 1.01 });
  assert.equal(strict.options.bands, DEFAULT_COPY_OPTIONS.bands);
  strict.add('wire', WIRE);
  assert.deepEqual(strict.add('rewrite', REWRITE), []);
});

test('a pair exactly at the rewrite containment is a rewrite, and one shingle short is not', () => {
  // 21 words give 20 two-word shingles; the second text keeps the first 11 words (10 shingles).
  const words = Array.from({ length: 21 }, (_, i) => `quarry${i}`);
  const half = [...words.slice(0, 11), ...Array.from({ length: 10 }, (_, i) => `orchard${i}`)];
  // One row per band, many bands: a pair sharing a third of its shingles always meets in a band.
  const exact = { bands: 64, rows: 1, rewriteContainment: 0.5, rewriteJaccard: 0.9 };
  const at = new CopyIndex(exact);
  at.add('first', '', words);
  const found = at.add('second', '', half);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.relation, 'rewrite');
  assert.equal(found[0]!.containment, 0.5);
  const above = new CopyIndex({ ...exact, rewriteContainment: 0.51 });
  above.add('first', '', words);
  assert.deepEqual(above.add('second', '', half), []);
});
