import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate } from './candidate.ts';
import { TokenView } from './candidate.ts';
import { tokenizeDoc } from './token-doc.ts';
import { trailingPersons } from './trailing-person.ts';

function view(text: string): TokenView {
  return new TokenView(tokenizeDoc(text, [{ start: 0, end: text.length }]));
}

const span = (v: TokenView, first: string, last: string, type: Candidate['type'] = 'ORG'): Candidate => {
  const words = Array.from({ length: v.n }, (_, i) => v.word(i));
  return { ts: words.indexOf(first), te: words.lastIndexOf(last) + 1, type, role: null, acronym: null, linkTo: null };
};

test('a group name run together with "Given Family" is split into the group and a person', () => {
  const v = view('the firm Orvel Harbour Works Karin Dastrova and two engineers');
  const out = trailingPersons([span(v, 'Orvel', 'Dastrova')], v);
  assert.deepEqual(out.map((c) => [v.slice(c.ts, c.te), c.type]), [['Orvel Harbour Works', 'ORG'], ['Karin Dastrova', 'PERSON']]);
});

test('no split when too little comes before, when the name ends in a group word, or for persons', () => {
  const short = view('Harbour Karin Dastrova spoke');
  assert.equal(trailingPersons([span(short, 'Harbour', 'Dastrova')], short).length, 1);
  const inst = view('the Orvel Harbour Karin Institute');
  assert.equal(trailingPersons([span(inst, 'Orvel', 'Institute')], inst).length, 1);
  const person = view('Orvel Harbour Karin Dastrova');
  assert.equal(trailingPersons([span(person, 'Orvel', 'Dastrova', 'PERSON')], person).length, 1);
});
