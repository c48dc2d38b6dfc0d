import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givenNameSpellings } from './given-spellings.ts';
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
