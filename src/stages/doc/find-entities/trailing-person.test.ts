import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate } from './candidate.ts';
import { TokenView } from './candidate.ts';
import { tokenizeDoc } from './token-doc.ts';
import { trailingPersons } from './trailing-person.ts';
import { entities } from './test-helpers.ts';

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

test('a place run together with "Given Family" after "of", or a place the document names on its own, is split', () => {
  const shown = (v: TokenView, cs: Candidate[]): string[][] => cs.map((c) => [v.slice(c.ts, c.te), c.type]);
  const of = view('said the mayor of Orvel Karin Dastrova on Monday');
  assert.deepEqual(shown(of, trailingPersons([span(of, 'Orvel', 'Dastrova')], of)), [['Orvel', 'ORG'], ['Karin Dastrova', 'PERSON']]);
  // "Brask" is a place elsewhere in the text: no "of" needed.
  const place = view('Rain hit Brask. The Brask Karin Dastrova bakery opened.');
  const words = Array.from({ length: place.n }, (_, i) => place.word(i));
  const brask: Candidate = { ts: 2, te: 3, type: 'PLACE', role: null, acronym: null, linkTo: null };
  const glued: Candidate = { ts: words.lastIndexOf('Brask'), te: words.indexOf('Dastrova') + 1, type: 'ORG', role: null, acronym: null, linkTo: null };
  assert.deepEqual(shown(place, trailingPersons([brask, glued], place)), [['Brask', 'PLACE'], ['Brask', 'ORG'], ['Karin Dastrova', 'PERSON']]);
  // Not after a plain word the document never names alone, nor when that word is a given name.
  const plain = view('the Harbour Karin Dastrova fund');
  assert.equal(trailingPersons([span(plain, 'Harbour', 'Dastrova')], plain).length, 1);
  const three = view('a letter of Mary Karin Dastrova');
  assert.equal(trailingPersons([span(three, 'Mary', 'Dastrova')], three).length, 1);
});

test('"the city X Given Family" written as one name: the place X and the person', () => {
  assert.deepEqual(entities('The head of the administration of the city Treska Pavel Orlov declared mourning.'), ['Treska/PLACE', 'Pavel Orlov/PERSON']);
});

test('a given name spelled the German, Polish or Ukrainian way ends a group name run together with a person too', () => {
  // A factory collapse's contractor and a border clash's commander, in translated word order.
  const firm = entities('The police detained the owner of the firm Marvel Civil Works Jurij Tavrin on Monday.');
  assert.ok(firm.includes('Marvel Civil Works/ORG') && firm.includes('Jurij Tavrin/PERSON'), firm.join(' | '));
  const unit = entities('The commander of the Northern Brigade Ihor Melnyk was wounded.');
  assert.ok(unit.includes('Ihor Melnyk/PERSON'), unit.join(' | '));
});
