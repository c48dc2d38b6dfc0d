import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnionFind } from './union-find.ts';

test('every index starts in its own set', () => {
  const uf = new UnionFind(4);
  const roots = new Set([0, 1, 2, 3].map((i) => uf.find(i)));
  assert.equal(roots.size, 4);
});

test('union groups transitively and leaves others apart', () => {
  const uf = new UnionFind(6);
  uf.union(0, 1);
  uf.union(3, 4);
  uf.union(1, 4); // joins {0,1} and {3,4}
  const r = uf.find(0);
  for (const i of [1, 3, 4]) assert.equal(uf.find(i), r, `index ${i}`);
  assert.notEqual(uf.find(2), r);
  assert.notEqual(uf.find(5), r);
  assert.notEqual(uf.find(2), uf.find(5));
});

test('union is idempotent and symmetric', () => {
  const uf = new UnionFind(3);
  uf.union(2, 1);
  uf.union(1, 2);
  uf.union(2, 2);
  assert.equal(uf.find(1), uf.find(2));
  assert.notEqual(uf.find(0), uf.find(1));
});

test('push adds a fresh singleton that can then be joined', () => {
  const uf = new UnionFind();
  const a = uf.push();
  const b = uf.push();
  const c = uf.push();
  assert.deepEqual([a, b, c], [0, 1, 2]);
  assert.notEqual(uf.find(a), uf.find(b));
  uf.union(c, a);
  assert.equal(uf.find(a), uf.find(c));
  assert.notEqual(uf.find(b), uf.find(c));
});

test('a long chain collapses to one set', () => {
  const n = 500;
  const uf = new UnionFind(n);
  for (let i = n - 1; i > 0; i--) uf.union(i, i - 1);
  const r = uf.find(0);
  for (let i = 0; i < n; i++) assert.equal(uf.find(i), r);
});
