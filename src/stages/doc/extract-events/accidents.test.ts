import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEvents } from './find-events.ts';
import { findTimexes } from '../resolve-time/find-timexes.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';

const REF = '2031-05-08';
function run(text: string) {
  const sentences = splitSimpleSentences(text);
  return findEvents(text, sentences, [], findTimexes(text, sentences, REF), REF);
}
const typeOf = (text: string, trigger: string) => run(text).find((e) => e.trigger.text === trigger)?.type;

test('an explosion at a works with no attacker named is an accident, and so is what the blast does', () => {
  const text = 'A blast tore through the Pellow paint works on Tuesday. The explosion hit the mixing hall just before dawn. Workers said the tank exploded without warning.';
  assert.equal(typeOf(text, 'blast'), 'accident');
  assert.equal(typeOf(text, 'explosion'), 'accident');
  assert.equal(typeOf(text, 'hit'), 'accident');
  assert.equal(typeOf(text, 'exploded'), 'accident');
});

test('an explosion in a report that names a bomb or a claim stays an attack, in every sentence', () => {
  const text = 'A car bomb went off outside the Dorven market on Tuesday. The explosion killed six people. The blast shattered windows along the street.';
  assert.equal(typeOf(text, 'explosion'), 'attack');
  assert.equal(typeOf(text, 'blast'), 'attack');
  const claimed = 'The Vask Front claimed responsibility for the blast at the Orrin depot.';
  assert.equal(typeOf(claimed, 'blast'), 'attack');
});

test('a fire that was put out is the putting out, dated by its sentence, not a second fire', () => {
  const events = run('Crews said the fire in the paint store had been put out late on Monday.');
  assert.deepEqual(events.map((e) => [e.type, e.lemma, e.date?.value]), [['other', 'put out', '2031-05-05']]);
  // "put out a statement" is no happening of a fire.
  assert.equal(run('The mayor put out a statement on Monday.').some((e) => e.lemma === 'put out'), false);
});

test('"fire commander" and "fire brigade" are no fires', () => {
  assert.deepEqual(run('Fire commander Ada Rell told reporters the fire brigade was still on site.'), []);
});
