import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givenNameSpellings, givenReadings } from './given-spellings.ts';
import { cand, entities, shown, view } from './test-helpers.ts';

test('a given name spelled with w for v before an unknown surname is a person; a known word after it is not a surname', () => {
  // 0 the 1 warden 2 Wiktoria 3 Orlatz 4 and 5 Wiktoria 6 Steel 7 , 8 WIKTORIA 9 OSK
  const v = view('the warden Wiktoria Orlatz and Wiktoria Steel, WIKTORIA OSK');
  const cs = [cand(2, 4, 'ORG'), cand(5, 7, 'ORG'), cand(8, 10, 'ORG')];
  givenNameSpellings(cs, v);
  assert.deepEqual(shown(v, cs), ['Wiktoria Orlatz/PERSON', 'Wiktoria Steel/ORG', 'WIKTORIA OSK/ORG']);
});

test('whole pipeline: a role and a place noun before a w-spelled name give a person', () => {
  const ents = entities('The warden of the jail Wiktoria Tolkarev was dismissed on Friday.');
  assert.ok(ents.includes('Wiktoria Tolkarev/PERSON'), ents.join(' | '));
});

test('given names spelled with j for y, -ij for -iy or h for g (German, Polish, Ukrainian ways) are read the English way', () => {
  assert.ok(givenReadings('Jurij').includes('Yuriy'));
  assert.ok(givenReadings('Pjotr').includes('Pyotr'));
  assert.ok(givenReadings('Olha').includes('Olga'));
  assert.ok(givenReadings('Jewgenij').includes('Yevgeny'));
  // A plane crash's spokesman and a flood's mayor, named after a role in translated word order.
  const crash = entities('According to the spokesman of the authority Pjotr Schurawljow, the recorders were found.');
  assert.ok(crash.includes('Pjotr Schurawljow/PERSON'), crash.join(' | '));
  const flood = entities('The mayor of the town Olha Stepanko visited the shelters on Sunday.');
  assert.ok(flood.includes('Olha Stepanko/PERSON'), flood.join(' | '));
  // 0 the 1 Jarrow 2 Works 3 ; 4 Hollis 5 Valley: no given name reading, or a known word after it.
  const v = view('the Jarrow Works; Hollis Valley');
  const cs = [cand(1, 3, 'ORG'), cand(4, 6, 'PLACE')];
  givenNameSpellings(cs, v);
  assert.deepEqual(shown(v, cs), ['Jarrow Works/ORG', 'Hollis Valley/PLACE']);
});
