import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allWords, capitalisedNames, contentWords, normalizeWord } from './tokenize.ts';

test('normalizeWord folds plurals and possessives', () => {
  assert.equal(normalizeWord('Strikes'), 'strike');
  assert.equal(normalizeWord("strike's"), 'strike');
  assert.equal(normalizeWord('strike’s'), 'strike');
  assert.equal(normalizeWord('cities'), 'city');
  assert.equal(normalizeWord('ferries'), 'ferry');
});

test('normalizeWord leaves words that only look plural', () => {
  assert.equal(normalizeWord('class'), 'class');
  assert.equal(normalizeWord('census'), 'census');
  assert.equal(normalizeWord('analysis'), 'analysis');
  assert.equal(normalizeWord('gas'), 'gas');
  assert.equal(normalizeWord('ties'), 'tie');
});

test('allWords keeps every word in order, stopwords included', () => {
  assert.deepEqual(allWords('The Velmora footbridge fell into the river, officials said.'), [
    'the', 'velmora', 'footbridge', 'fell', 'into', 'the', 'river', 'official', 'said',
  ]);
  assert.deepEqual(allWords(''), []);
});

test('contentWords drops stopwords and one-letter tokens', () => {
  const words = contentWords('A crane and 3 barges were said to be at the Velmora footbridges on Tuesday.');
  assert.deepEqual(words, ['crane', 'barge', 'velmora', 'footbridge', 'tuesday']);
});

test('capitalisedNames finds name runs and skips capitalised function words', () => {
  const names = capitalisedNames('The mayor, Idris Fenwold, said on Monday that the Bank of Velmora would pay. According to Fenwold’s office, repairs start in March.');
  assert.ok(names.includes('idris fenwold'), names.join('|'));
  assert.ok(names.includes('bank of velmora'), names.join('|'));
  assert.ok(names.includes('fenwold'), names.join('|'));
  for (const n of names) {
    assert.ok(!/^(the|monday|according|march)$/.test(n), `unexpected ${n}`);
  }
});

test('capitalisedNames finds nothing in lower-case text', () => {
  assert.deepEqual(capitalisedNames('no names at all in this sentence.'), []);
});
