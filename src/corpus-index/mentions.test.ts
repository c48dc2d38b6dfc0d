import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../core/index.ts';
import { mentionsInOrder } from './mentions.ts';

function mention(start: number, text: string): EntityMention {
  return { start, end: start + text.length, text, type: 'PERSON', entity: 'e1', role: null };
}

test('mentionsInOrder returns an empty list for missing mentions', () => {
  assert.deepEqual(mentionsInOrder(undefined), []);
  assert.deepEqual(mentionsInOrder([]), []);
});

test('mentions already in text order are returned as they are', () => {
  const ms = [mention(0, 'Orla'), mention(10, 'Vance'), mention(10, 'Vance'), mention(30, 'Orla')];
  assert.equal(mentionsInOrder(ms), ms);
});

test('mentions out of order come back sorted, without touching the input', () => {
  const ms = [mention(30, 'Orla'), mention(0, 'Vance'), mention(12, 'Tessaly')];
  const out = mentionsInOrder(ms);
  assert.deepEqual(out.map((m) => m.start), [0, 12, 30]);
  assert.deepEqual(ms.map((m) => m.start), [30, 0, 12]);
});
