import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Centroid, DocumentFrequencies, cosine, tfidfVector, topTerms } from './sparse-vector.ts';
import type { SparseVector } from './sparse-vector.ts';

const close = (a: number, b: number, eps = 1e-9): boolean => Math.abs(a - b) < eps;
const norm = (v: SparseVector): number => Math.sqrt(v.weights.reduce((s, w) => s + w * w, 0));

function frequencies(...docs: string[][]): DocumentFrequencies {
  const df = new DocumentFrequencies();
  for (const d of docs) df.add(d);
  return df;
}

test('DocumentFrequencies counts each term once per document', () => {
  const df = frequencies(['bridge', 'bridge', 'river'], ['bridge', 'crane'], ['chess']);
  assert.equal(df.documents, 3);
  assert.equal(df.count('bridge'), 2);
  assert.equal(df.count('river'), 1);
  assert.equal(df.count('absent'), 0);
});

test('idf is higher for rarer terms and positive for all', () => {
  const df = frequencies(['bridge', 'river'], ['bridge', 'crane'], ['bridge', 'chess']);
  assert.ok(df.idf('river') > df.idf('bridge'));
  assert.ok(df.idf('unseen') > df.idf('river'));
  assert.ok(df.idf('bridge') > 0);
});

test('tfidfVector is unit length, one entry per distinct term', () => {
  const df = frequencies(['bridge', 'river', 'diver'], ['bridge', 'crane']);
  const v = tfidfVector(['bridge', 'river', 'river', 'diver'], df);
  assert.deepEqual([...v.terms].sort(), ['bridge', 'diver', 'river']);
  assert.ok(close(norm(v), 1));
  // Repetition weighs more, sublinearly: river (twice) outweighs diver (once, same df).
  const w = (t: string): number => v.weights[v.terms.indexOf(t)];
  assert.ok(w('river') > w('diver'));
  assert.ok(w('river') < 2 * w('diver'));
});

test('tfidfVector of no tokens is empty', () => {
  assert.deepEqual(tfidfVector([], new DocumentFrequencies()), { terms: [], weights: [] });
});

test('cosine: self is 1, disjoint is 0, symmetric, between 0 and 1', () => {
  const df = frequencies(['bridge', 'river'], ['chess', 'clock'], ['bridge', 'diver']);
  const a = tfidfVector(['bridge', 'river', 'diver'], df);
  const b = tfidfVector(['bridge', 'diver', 'crane', 'cable'], df);
  const c = tfidfVector(['chess', 'clock'], df);
  assert.ok(close(cosine(a, a), 1));
  assert.equal(cosine(a, c), 0);
  assert.ok(close(cosine(a, b), cosine(b, a)));
  assert.ok(cosine(a, b) > 0 && cosine(a, b) < 1);
});

test('topTerms lists the heaviest terms first', () => {
  const v: SparseVector = { terms: ['a', 'b', 'c', 'd'], weights: [0.1, 0.7, 0.3, 0.5] };
  assert.deepEqual(topTerms(v, 3), ['b', 'd', 'c']);
  assert.deepEqual(topTerms(v, 10), ['b', 'd', 'c', 'a']);
  assert.deepEqual(topTerms(v, 0), []);
});

test('an empty centroid has norm 0 and cosine 0', () => {
  const c = new Centroid();
  const v: SparseVector = { terms: ['bridge'], weights: [1] };
  assert.equal(c.norm, 0);
  assert.equal(c.cosine(v), 0);
  assert.equal(c.cosineWith(new Centroid()), 0);
  assert.equal(c.containment(v), 0);
});

test('a centroid keeps the norm of its running sum up to date', () => {
  const c = new Centroid();
  const x: SparseVector = { terms: ['bridge'], weights: [1] };
  const y: SparseVector = { terms: ['river'], weights: [1] };
  c.add(x);
  assert.ok(close(c.norm, 1));
  assert.ok(close(c.cosine(x), 1));
  c.add(y);
  assert.ok(close(c.norm, Math.SQRT2));
  assert.ok(close(c.cosine(x), 1 / Math.SQRT2));
  c.add(x);
  // sum = (2, 1)
  assert.ok(close(c.norm, Math.sqrt(5)));
  assert.ok(close(c.cosine(x), 2 / Math.sqrt(5)));
  assert.equal(c.sum.get('bridge'), 2);
});

test('centroid cosineWith matches the cosine of the summed vectors', () => {
  const df = frequencies(['bridge', 'river'], ['bridge', 'diver'], ['crane']);
  const vs = [['bridge', 'river'], ['bridge', 'diver', 'diver'], ['crane', 'river']].map((t) => tfidfVector(t, df));
  const a = new Centroid();
  a.add(vs[0]);
  a.add(vs[1]);
  const b = new Centroid();
  b.add(vs[2]);
  let dot = 0;
  for (const [t, w] of a.sum) dot += w * (b.sum.get(t) ?? 0);
  const expected = dot / (Math.sqrt([...a.sum.values()].reduce((s, w) => s + w * w, 0)) * Math.sqrt([...b.sum.values()].reduce((s, w) => s + w * w, 0)));
  assert.ok(close(a.cosineWith(b), expected));
  assert.ok(close(a.cosineWith(b), b.cosineWith(a)));
  assert.ok(close(a.cosineWith(a), 1));
});

test('containment is the squared weight on terms the centroid holds, and does not shrink as it grows', () => {
  const c = new Centroid();
  c.add({ terms: ['velmora', 'tarkan'], weights: [Math.SQRT1_2, Math.SQRT1_2] });
  const v: SparseVector = { terms: ['velmora', 'brinmouth'], weights: [0.6, 0.8] };
  assert.ok(close(c.containment(v), 0.36));
  const before = c.cosine(v);
  for (const t of ['a', 'b', 'c', 'd']) c.add({ terms: [t], weights: [1] });
  assert.ok(close(c.containment(v), 0.36));
  assert.ok(c.cosine(v) < before);
});
