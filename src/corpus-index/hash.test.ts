import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, mix32 } from './hash.ts';

test('hashString is a deterministic unsigned 32-bit hash', () => {
  const h = hashString('footbridge collapse');
  assert.equal(h, hashString('footbridge collapse'));
  assert.ok(Number.isInteger(h) && h >= 0 && h <= 0xffffffff);
  assert.notEqual(hashString('footbridge collapse'), hashString('footbridge collapses'));
});

test('mix32 gives distinct unsigned values for distinct seeds and inputs', () => {
  const outs = new Set<number>();
  for (let seed = 0; seed < 50; seed++) {
    const v = mix32(12345, seed);
    assert.ok(Number.isInteger(v) && v >= 0 && v <= 0xffffffff);
    assert.equal(v, mix32(12345, seed));
    outs.add(v);
  }
  assert.equal(outs.size, 50);
  assert.notEqual(mix32(1, 7), mix32(2, 7));
});
