import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTED_SYNONYMS, PERSON_NOUNS } from './patterns.ts';
import { countedClass } from './records.ts';

test('a synonym is always read as its class, so PERSON_NOUNS needs only the classes', () => {
  for (const [word, cls] of Object.entries(COUNTED_SYNONYMS)) {
    assert.equal(countedClass(word, 'killed'), cls, word);
    assert.equal(countedClass(`three wounded ${word}`, 'injured'), cls, word);
    if (word !== cls) assert.ok(!PERSON_NOUNS.has(word), `${word} is mapped to ${cls} first`);
  }
  // The classes of people words stay person nouns: "two men" and "two people" share a toll slot.
  for (const word of ['men', 'women', 'children', 'kid', 'teenager', 'male', 'female']) assert.ok(PERSON_NOUNS.has(countedClass(word, 'killed')), word);
});

test('cars, lorries and vans are vehicles: one count of what was on a span, however each outlet names it', () => {
  for (const word of ['cars', 'vehicles', 'lorries', 'trucks', 'vans']) assert.equal(countedClass(word, 'count'), 'vehicle', word);
});
