import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shorten } from './shorten.ts';

test('a text that fits is returned unchanged', () => {
  assert.equal(shorten('The ferry left at dawn.', 23), 'The ferry left at dawn.');
});

test('a long text is cut at a word boundary, the ellipsis within the room', () => {
  const out = shorten('Volunteers cleared the riverbank of debris after the flood receded', 30);
  assert.equal(out, 'Volunteers cleared the…');
  assert.ok(out.length <= 30);
});

test('one long word with no useful boundary is cut mid-word', () => {
  const out = shorten('Aa Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 20);
  assert.equal(out.length, 20);
  assert.ok(out.startsWith('Aa Bbbb') && out.endsWith('…'));
});

test('a comma or space before the cut is not kept before the ellipsis', () => {
  assert.equal(shorten('Rain, wind, hail, and then snow fell', 18), 'Rain, wind, hail…');
});
