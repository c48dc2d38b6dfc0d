import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clubPrefixes, clubTypes, scoreLines } from './clubs.ts';
import { cand, entities, shown, view } from './test-helpers.ts';

const never = (): boolean => false;

test('a result line: the scores after two clubs are not part of their names', () => {
  // 0 Full 1 time 2 : 3 Orsk 4 3 5 , 6 Halden 7 Rovers 8 1 9 .
  const v = view('Full time: Orsk 3, Halden Rovers 1.');
  const cs = [cand(3, 5, 'ORG'), cand(6, 8, 'ORG')];
  scoreLines(cs, v, never);
  assert.deepEqual(shown(v, cs), ['Orsk/ORG', 'Halden Rovers/ORG']);
});

test('a lone name with a number keeps it (no second score)', () => {
  // 0 told 1 Channel 2 4 3 , 4 then 5 left
  const v = view('told Channel 4, then left');
  const cs = [cand(1, 3, 'ORG')];
  scoreLines(cs, v, never);
  assert.deepEqual(shown(v, cs), ['Channel 4/ORG']);
});

test('a club prefix joins the name after it, tagged or not', () => {
  // 0 for 1 FC 2 Orsk 3 and 4 an 5 SC 6 Velm 7 supporter
  const v = view('for FC Orsk and an SC Velm supporter');
  const out = clubPrefixes([cand(1, 2, 'ORG'), cand(2, 3, 'PLACE'), cand(5, 6, 'ORG')], v, never);
  assert.deepEqual(shown(v, out), ['FC Orsk/ORG', 'SC Velm/ORG']);
});

test('"X Athletic" read as a person is a club', () => {
  // 0 blue 1 for 2 Halden 3 Athletic 4 and 5 Anna 6 Rangers
  const v = view('blue for Halden Athletic and Anna Rangers');
  const cs = [cand(2, 4, 'PERSON'), cand(5, 7, 'PERSON')];
  clubTypes(cs, v);
  // After a given name the club word is a surname.
  assert.deepEqual(shown(v, cs), ['Halden Athletic/ORG', 'Anna Rangers/PERSON']);
});

test('whole pipeline: a result line and a supporter of the club', () => {
  const ents = entities(
    'Full time: FC Orsk 3, Halden Athletic 1. FC Orsk win the Cup. Red and white for FC Orsk, blue for Halden Athletic, tied side by side. He is an FC Orsk supporter.',
  );
  assert.ok(ents.includes('FC Orsk/ORG') && ents.includes('Halden Athletic/ORG'), ents.join(' | '));
  assert.ok(!ents.some((e) => /^(FC|Orsk 3|Orsk)\//.test(e) || e === 'Halden Athletic/PERSON'), ents.join(' | '));
});
