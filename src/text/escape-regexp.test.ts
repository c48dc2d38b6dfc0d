import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeRegExp } from './escape-regexp.ts';

test('escapeRegExp: a word with pattern characters matches only itself, with or without the u flag', () => {
  const word = 'a.b*c+(d)?[e]{2}|f^g$h\\i/j';
  for (const flags of ['', 'u']) {
    const re = new RegExp(`^${escapeRegExp(word)}$`, flags);
    assert.ok(re.test(word));
    assert.ok(!re.test('aXb*c+(d)?[e]{2}|f^g$h\\i/j'));
  }
  assert.equal(escapeRegExp('St. Ives'), 'St\\. Ives');
});
