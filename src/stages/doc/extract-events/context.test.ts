import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './find-events.ts';
import { isDefinite, isSpeech, refersBack } from './context.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';

function first(text: string, lemma: string) {
  const sentences = splitSimpleSentences(text);
  const ev = findEvents(text, sentences, [], [], '2031-05-08').find((e) => e.lemma === lemma)!;
  return { ev, start: sentences[ev.sentence]!.start };
}

test('an event noun after a preposition and a definite determiner refers back, unless dated right after', () => {
  const a = first('Nine people died in the collapse of the pier.', 'collapse');
  assert.equal(refersBack('Nine people died in the collapse of the pier.', a.ev, a.start), true);
  const text = 'Nine people died in the collapse on Tuesday.';
  const b = first(text, 'collapse');
  assert.equal(refersBack(text, b.ev, b.start), false);
  const verb = 'Fighters of the Vell Front attacked Ostra.';
  const c = first(verb, 'attack');
  assert.equal(refersBack(verb, c.ev, c.start), false);
});

test('definite nouns and reported speech', () => {
  const t1 = 'The attack drew wide anger.';
  const a = first(t1, 'attack');
  assert.equal(isDefinite(t1, a.ev, a.start), true);
  const t2 = 'The mayor cut short his visit.';
  const b = first(t2, 'visit');
  assert.equal(isDefinite(t2, b.ev, b.start), false);
  assert.equal(isSpeech(first('The ministry confirmed the figure.', 'confirm').ev), true);
  assert.equal(isSpeech(first('Lormia recalled its envoy.', 'recall').ev), false);
});
