import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exclamations, metadataLines, numberWordNames, outletNames } from './page-furniture.ts';
import { view, cand, shown, entities } from './test-helpers.ts';

test('"thank God" and "God willing" are exclamations; "God" elsewhere stays', () => {
  // 0 thank 1 God 2 , 3 God 4 willing 5 , 6 they 7 prayed 8 to 9 God
  const v = view('thank God, God willing, they prayed to God');
  assert.deepEqual(shown(v, exclamations([cand(1, 2, 'PERSON'), cand(3, 4, 'PERSON'), cand(9, 10, 'PERSON')], v)), ['God/PERSON']);
});

test('a one-word segment of a metadata line is a section label unless it is a name elsewhere', () => {
  const text = 'North Ledger · World · Tarsany · 4 March 2026\nThe river rose in Tarsany and the World Bank sent help.';
  // 0 North 1 Ledger 2 · 3 World 4 · 5 Tarsany 6 · 7 4 8 March 9 2026 10 The 11 river 12 rose 13 in 14 Tarsany
  const v = view(text);
  const cs = [cand(0, 2, 'ORG'), cand(3, 4, 'MISC'), cand(5, 6, 'PLACE'), cand(14, 15, 'PLACE')];
  assert.deepEqual(shown(v, metadataLines(cs, v)), ['North Ledger/ORG', 'Tarsany/PLACE', 'Tarsany/PLACE']);
  // One separator is not a metadata line ("Floods | World" may be a headline), nor is a table row without a date.
  const w = view('Floods hit Fennick | World\nMore rain is due.');
  assert.equal(metadataLines([cand(2, 3, 'PLACE'), cand(4, 5, 'MISC')], w).length, 2);
  // 0 | 1 Fennick 2 | 3 12 4 | 5 Hesk 6 |
  const t = view('| Fennick | 12 | Hesk |');
  assert.equal(metadataLines([cand(1, 2, 'PLACE'), cand(5, 6, 'PLACE')], t).length, 2);
});

test("the document's own outlet is an organization, not a person", () => {
  // 0 North 1 Ledger 2 · 3 World 4 Orla 5 Benn
  const v = view('North Ledger · World\nOrla Benn');
  const cs = [cand(0, 2, 'PERSON'), cand(4, 6, 'PERSON')];
  outletNames(cs, v, ['North Ledger']);
  assert.deepEqual(shown(v, cs), ['North Ledger/ORG', 'Orla Benn/PERSON']);
});

test('a name that starts the outlet\'s name runs on over the rest the text writes ("TV X" + "12")', () => {
  // 0 told 1 TV 2 Ormen 3 12 4 ; 5 TV 6 Ormen 7 said 8 ; 9 Radio 10 Ormen 11 12
  const v = view('told TV Ormen 12; TV Ormen said; Radio Ormen 12');
  const cs = [cand(1, 3, 'ORG'), cand(5, 7, 'PERSON'), cand(9, 11, 'ORG')];
  outletNames(cs, v, ['TV Ormen 12']);
  assert.deepEqual(shown(v, cs), ['TV Ormen 12/ORG', 'TV Ormen/PERSON', 'Radio Ormen/ORG']);
});

test('"Radio" + "One": the number word ends the organization', () => {
  // 0 told 1 Radio 2 One 3 and 4 Fennick 5 Two
  const v = view('told Radio One and Fennick Two');
  const cs = [cand(1, 2, 'ORG'), cand(4, 5, 'PERSON')];
  numberWordNames(cs, v);
  assert.deepEqual(shown(v, cs), ['Radio One/ORG', 'Fennick/PERSON']);
});

test('whole pipeline: no exclamation, section label or topic word among the names', () => {
  const text = [
    'Floods in Tarsany', '', 'North Ledger · World · 4 March 2026', '',
    'The river rose overnight in Fennick. "We are alive, thank God," said Orla Benn, a baker. The North Ledger will update this story.',
  ].join('\n');
  const found = entities(text);
  assert.ok(!found.some((e) => e.startsWith('God/') || e.startsWith('World/')), found.join(' | '));
  assert.ok(found.includes('Orla Benn/PERSON') && found.includes('Fennick/PLACE') && found.includes('North Ledger/ORG'), found.join(' | '));
});

test('an outlet segment of a metadata line ending in a newspaper word is one organization', () => {
  // 0 By 1 Anna 2 Brevik 3 | 4 The 5 Velm 6 Review 7 | 8 12 9 May 10 2026
  const v = view('By Anna Brevik | The Velm Review | 12 May 2026');
  const out = metadataLines([cand(1, 3, 'PERSON'), cand(5, 6, 'PERSON'), cand(6, 7, 'PLACE')], v);
  assert.deepEqual(shown(v, out), ['Anna Brevik/PERSON', 'Velm Review/ORG']);
  assert.deepEqual(entities('By Anna Brevik | The Velm Review | 12 May 2026\n\nThe stadium is not a battlefield.'), ['Anna Brevik/PERSON', 'Velm Review/ORG']);
});
