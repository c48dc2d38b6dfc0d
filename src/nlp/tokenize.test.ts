import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.ts';

function words(text: string, start?: number, end?: number): string[] {
  const t = tokenize(text, start, end);
  return t.starts.map((s, i) => text.slice(s, t.ends[i]));
}

test('offsets point at the token text, in order and without overlap', () => {
  const text = '  Minister Orla Venning-Tash arrived\tin Korvask,\n on Monday. ';
  const t = tokenize(text);
  assert.equal(t.starts.length, t.ends.length);
  for (let i = 0; i < t.starts.length; i++) {
    assert.ok(t.starts[i] < t.ends[i]);
    if (i > 0) assert.ok(t.ends[i - 1] <= t.starts[i]);
    assert.doesNotMatch(text.slice(t.starts[i], t.ends[i]), /\s/);
  }
  assert.deepEqual(words(text), ['Minister', 'Orla', 'Venning-Tash', 'arrived', 'in', 'Korvask', ',', 'on', 'Monday', '.']);
});

test('a range tokenizes only that part, with offsets into the whole text', () => {
  const text = 'Before. Ilsa Marrow spoke. After.';
  const a = text.indexOf('Ilsa');
  const b = text.indexOf(' After');
  const t = tokenize(text, a, b);
  assert.deepEqual(t.starts.map((s, i) => text.slice(s, t.ends[i])), ['Ilsa', 'Marrow', 'spoke', '.']);
  assert.equal(t.starts[0], a);
  assert.ok(t.ends[t.ends.length - 1] <= b);
});

test('appends to a given output, so one buffer can serve many sentences', () => {
  const text = 'One two. Three four.';
  const out = tokenize(text, 0, 8);
  tokenize(text, 9, text.length, out);
  assert.deepEqual(out.starts.map((s, i) => text.slice(s, out.ends[i])), ['One', 'two', '.', 'Three', 'four', '.']);
});

test('hyphenated names, particles and inner apostrophes stay whole', () => {
  assert.deepEqual(words('Dakar al-Vessid met Brin Holm-Ostrava and Tam O\'Varrick of Côte d\'Ambre.'), [
    'Dakar', 'al-Vessid', 'met', 'Brin', 'Holm-Ostrava', 'and', 'Tam', "O'Varrick", 'of', 'Côte', "d'Ambre", '.',
  ]);
  assert.deepEqual(words('ul-Haqim bin Sarro van der Meulenk'), ['ul-Haqim', 'bin', 'Sarro', 'van', 'der', 'Meulenk']);
});

test("the possessive 's is split off the way CoNLL writes it, with both quote marks", () => {
  assert.deepEqual(words("Velmora's mayor"), ['Velmora', "'s", 'mayor']);
  assert.deepEqual(words('Velmora’s mayor'), ['Velmora', '’s', 'mayor']);
  assert.deepEqual(words("the Tarrens' boat"), ['the', 'Tarrens', "'", 'boat']);
  // Not a possessive: a contraction inside a word that does not end in 's.
  assert.deepEqual(words("don't"), ["don't"]);
});

test('abbreviations, initials and dotted acronyms keep their period; sentence periods do not', () => {
  assert.deepEqual(words('Dr. Pell and Gen. Ostrik met U.S. envoys on Jan. 4 with J. R. Vance.'), [
    'Dr.', 'Pell', 'and', 'Gen.', 'Ostrik', 'met', 'U.S.', 'envoys', 'on', 'Jan.', '4', 'with', 'J.', 'R.', 'Vance', '.',
  ]);
  assert.deepEqual(words('It ended. Then'), ['It', 'ended', '.', 'Then']);
});

test('numbers keep inner separators; other symbols are one token each', () => {
  assert.deepEqual(words('3,500 people, 4.5 km, 12:30 on 11/03 — (VPA)'), [
    '3,500', 'people', ',', '4.5', 'km', ',', '12:30', 'on', '11/03', '—', '(', 'VPA', ')',
  ]);
});
