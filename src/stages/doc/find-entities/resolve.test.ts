// Short forms joined to the full name in the document, through the whole stage (invented text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../../core/index.ts';
import { findDocEntities } from './index.ts';

function run(text: string): Doc {
  const doc = createDoc({ id: 'd', source: 'd', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  return doc;
}

function entityOf(doc: Doc, text: string, from = 0): string | undefined {
  return doc.layers.mentions!.find((m) => m.text === text && m.start >= from)?.entity;
}

test('a bare surname in "the firm of X last year" is the person named in full before', () => {
  const text = 'Police detained Vadim Korolets, the director of the firm.\nThe firm of Korolets last year repaired the bridge.\n';
  const doc = run(text);
  const full = entityOf(doc, 'Vadim Korolets');
  assert.ok(full);
  assert.equal(entityOf(doc, 'Korolets', text.indexOf('of Korolets')), full);
  assert.equal(doc.layers.entities!.find((e) => e.id === full)!.type, 'PERSON');
});

test('a surname used before a noun for a people or quarter stays apart from the person', () => {
  const text = 'Spokesperson Mira Tessaly said the ferries would run.\nThe Tessaly quarter was cut off, and Tessaly fishermen waited.\n';
  const doc = run(text);
  const person = entityOf(doc, 'Mira Tessaly');
  assert.ok(person);
  for (const m of doc.layers.mentions!.filter((x) => x.text === 'Tessaly')) assert.notEqual(m.entity, person, JSON.stringify(m));
});
