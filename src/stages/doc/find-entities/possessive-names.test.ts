import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../core/index.ts';
import { TokenView, type Candidate } from './candidate.ts';
import { possessiveNames, prefixedNames } from './possessive-names.ts';
import { view, cand, shown } from './test-helpers.ts';

function at(v: TokenView, text: string, type: EntityType): Candidate {
  const n = text.split(' ').length;
  for (let i = 0; i + n <= v.n; i++) if (v.slice(i, i + n) === text) return { ts: i, te: i + n, type, role: null, acronym: null, linkTo: null };
  throw new Error(`not found: ${text}`);
}

test('"X\'s Hospital" is one organization, whether the head was tagged or not', () => {
  const v = view("Doctors at Orla's Hospital and Bren's College said so.");
  const out = possessiveNames([at(v, 'Orla', 'PERSON'), at(v, 'Hospital', 'ORG'), at(v, 'Bren', 'PERSON')], v);
  assert.deepEqual(shown(v, out), ["Orla's Hospital/ORG", "Bren's College/ORG"]);
});

test('a possessive before anything else stays as it was', () => {
  const v = view("Orla's Harbour reopened and Bren's mother spoke.");
  const cands = [at(v, 'Orla', 'PERSON'), at(v, 'Harbour', 'PLACE'), at(v, 'Bren', 'PERSON')];
  assert.deepEqual(shown(v, possessiveNames(cands, v)), ['Orla/PERSON', 'Harbour/PLACE', 'Bren/PERSON']);
});

test('"St." and "Mount" before a name belong to it; other words and earlier names are left alone', () => {
  const v = view('St. Orla met Mount Vesk and Dr. Pell near Fort Kessa.');
  const cands = [at(v, 'Orla', 'PERSON'), at(v, 'Vesk', 'PLACE'), at(v, 'Pell', 'PERSON'), at(v, 'Kessa', 'PLACE')];
  prefixedNames(cands, v);
  assert.deepEqual(shown(v, cands), ['St. Orla/PERSON', 'Mount Vesk/PLACE', 'Pell/PERSON', 'Fort Kessa/PLACE']);
});

test('a plural possessive before an organization head ("the X Miners\' Club") is one organization', () => {
  // 0 at 1 the 2 Darsk 3 Miners 4 ' 5 Club 6 and 7 the 8 Dock 9 Workers 10 ' 11 Union 12 ; 13 the 14 Smiths 15 ' 16 House
  const v = view("at the Darsk Miners' Club and the Dock Workers' Union; the Smiths' House");
  const out = possessiveNames([cand(2, 4, 'MISC'), cand(8, 10, 'PERSON'), cand(11, 12, 'ORG'), cand(14, 15, 'PERSON')], v);
  assert.deepEqual(shown(v, out), ["Darsk Miners' Club/ORG", "Dock Workers' Union/ORG", 'Smiths/PERSON']);
});

test('a place named after a saint ("St X\'s Square") is one place; a person\'s possessive before a place is not', () => {
  // 0 at 1 St 2 Ilva 3 's 4 Square 5 and 6 Marta 7 's 8 Square
  const v = view("at St Ilva's Square and Marta's Square");
  const out = possessiveNames([cand(1, 3, 'PERSON'), cand(4, 5, 'PLACE'), cand(6, 7, 'PERSON'), cand(8, 9, 'PLACE')], v);
  assert.deepEqual(shown(v, out), ["St Ilva's Square/PLACE", 'Marta/PERSON', 'Square/PLACE']);
});
