import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimValueRange, formatClaimValue, groupOfDocument, independentCount, locateSpan, storyTitle } from './dossier-read.ts';
import type { Dossier, DossierClaimValue, DossierDocument } from './dossier-types.ts';
import { footbridgeDossier } from './fixtures/footbridge-dossier.ts';

const TEXT = 'The pier fell. At least 40 people were hurt, the clinic said. Repairs start in June.';

function doc(withSentences: boolean): DossierDocument {
  return {
    id: 'p.txt', title: null, published: null, publishedBasis: 'none', outlet: null, kind: 'report', language: 'en', text: TEXT, removed: [], flags: [],
    ...(withSentences ? { sentences: [{ start: 0, end: 14 }, { start: 15, end: 61 }, { start: 62, end: 84 }] } : {}),
  };
}

function value(start: number, end: number, quantity: string): DossierClaimValue {
  return {
    document: 'p.txt', value: 40, low: 40, high: null, attribution: 'the clinic',
    text: 'At least 40 people were hurt, the clinic said.',
    quantity: { document: 'p.txt', start, end, text: quantity },
  };
}

test('a claim value links to its whole sentence, with or without sentence spans in the dossier', () => {
  const q = TEXT.indexOf('At least 40');
  for (const withSpans of [true, false]) {
    const r = claimValueRange(doc(withSpans), value(q, q + 11, 'At least 40'))!;
    assert.equal(TEXT.slice(r.start, r.end), 'At least 40 people were hurt, the clinic said.', `sentences: ${withSpans}`);
  }
});

test('offsets that do not match the text are relocated by the cited words, or dropped', () => {
  assert.deepEqual(locateSpan(doc(false), { start: 3, end: 9, text: 'Repairs' }), { start: 62, end: 69 });
  assert.equal(locateSpan(doc(false), { start: 500, end: 510, text: 'not in the text' }), null);
  assert.equal(locateSpan(doc(false), { start: 5, end: 2 }), null);
  const moved = claimValueRange(doc(true), value(1, 12, 'At least 40'))!;
  assert.equal(TEXT.slice(moved.start, moved.end), 'At least 40 people were hurt, the clinic said.');
});

test('claimed figures read as a person would say them', () => {
  assert.equal(formatClaimValue({ value: 9, low: 9, high: null }), 'at least 9');
  assert.equal(formatClaimValue({ value: 30, low: null, high: 30 }), 'up to 30');
  assert.equal(formatClaimValue({ value: 10, low: 10, high: 12 }), '10–12');
  assert.equal(formatClaimValue({ value: 7, low: 7, high: 7 }), '7');
  assert.equal(formatClaimValue({ value: 1200, low: null, high: null }), '1,200');
  assert.equal(formatClaimValue({ value: 20, low: null, high: null, vague: true }), '20 (vague)');
  assert.equal(formatClaimValue({ value: 'expelled', low: null, high: null }), 'expelled');
});

test('independence groups and the story title, with and without provenance', () => {
  const d = footbridgeDossier();
  const groups = groupOfDocument(d);
  assert.equal(independentCount(d.documents.map((x) => x.id), groups), 2);
  const bare = { ...d, provenance: undefined, documents: d.documents.map((x) => ({ ...x, group: undefined })) } as Dossier;
  assert.equal(independentCount(bare.documents.map((x) => x.id), groupOfDocument(bare)), 3, 'without groups every document stands alone');
  assert.equal(storyTitle(d), 'Footbridge collapse in Ostrel');
  assert.equal(storyTitle({ ...d, stories: [] }), 'Footbridge collapse kills at least 12 in Ostrel');
});
