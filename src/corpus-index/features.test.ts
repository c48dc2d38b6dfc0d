import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber } from './days.ts';
import { storyFeatures } from './features.ts';
import { capitalisedNames, contentWords } from './tokenize.ts';

const TEXT = 'Mayor Idris Fenwold said the Velmora footbridge collapsed into the Tarkan river on Thursday.';

test('storyFeatures reads words, fallback names and day from the text and date', () => {
  const f = storyFeatures('r1', TEXT, '2031-03-13');
  assert.equal(f.id, 'r1');
  assert.deepEqual(f.words, contentWords(TEXT));
  assert.deepEqual(f.names, capitalisedNames(TEXT));
  assert.ok(f.names.length > 0);
  assert.equal(f.day, dayNumber('2031-03-13'));
  assert.deepEqual(f.places, []);
  assert.equal('people' in f, false);
  assert.equal('leadWords' in f, false);
});

test('names given by the caller win over the fallback; an empty list falls back', () => {
  assert.deepEqual(storyFeatures('r1', TEXT, null, ['ent:7', 'ent:9']).names, ['ent:7', 'ent:9']);
  assert.deepEqual(storyFeatures('r1', TEXT, null, []).names, capitalisedNames(TEXT));
});

test('places, people and lead are copied when given', () => {
  const places = ['ent:velmora'];
  const people = ['ent:fenwold'];
  const f = storyFeatures('r1', TEXT, 'not a date', ['ent:velmora', 'ent:fenwold'], places, 'Footbridge collapses in Velmora', people);
  assert.equal(f.day, null);
  assert.deepEqual(f.places, places);
  assert.notEqual(f.places, places);
  assert.deepEqual(f.people, people);
  assert.deepEqual(f.leadWords, ['footbridge', 'collapse', 'velmora']);
  assert.deepEqual(storyFeatures('r2', TEXT, null, undefined, undefined, '').leadWords, []);
});
