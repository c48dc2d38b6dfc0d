import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber, readNumberAt } from './numbers.ts';

test('numbers in digits and words', () => {
  assert.equal(parseNumber('1,200'), 1200);
  assert.equal(parseNumber('twenty-one'), 21);
  assert.equal(parseNumber('a hundred and five'), null);
  assert.equal(parseNumber('two hundred and five'), 205);
  assert.equal(parseNumber('3.5 million'), 3_500_000);
});

test('digits inside a clock time or a model name are not a number of their own', () => {
  const clip = '0:47 Varn girl hurt';
  assert.equal(readNumberAt(clip, 0)?.value, 0);
  assert.equal(readNumberAt(clip, 2), null);
  const rifle = 'an AK-47 rifle';
  assert.equal(readNumberAt(rifle, rifle.indexOf('47')), null);
  // A range after a number still reads ("10-20" keeps its 20).
  assert.equal(readNumberAt('10-20', 3)?.value, 20);
});
