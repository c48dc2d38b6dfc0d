import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenView, type Candidate } from './candidate.ts';
import { isTitleCase, titleCaseLines } from './title-case.ts';
import { tokenizeDoc, type DocTokens } from './token-doc.ts';

function lines(text: string): { t: DocTokens; v: TokenView } {
  const sentences: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) sentences.push({ start: m.index, end: m.index + m[0].length });
  const t = tokenizeDoc(text, sentences);
  return { t, v: new TokenView(t) };
}

const sentence = (t: DocTokens, k: number): [number, number] => [t.sentStarts[k], k + 1 < t.sentStarts.length ? t.sentStarts[k + 1] : t.starts.length];

test('a Title Case headline is told from ordinary sentences and from lines of names', () => {
  const { t, v } = lines('Kelmarsh Mourns as Harbour Toll Climbs, Builder Held\nKelmarsh mourns as the toll climbs.\nKelmarsh United 3 Ostrava City 1\n');
  assert.ok(isTitleCase(v, ...sentence(t, 0)));
  assert.ok(!isTitleCase(v, ...sentence(t, 1)));
  assert.ok(!isTitleCase(v, ...sentence(t, 2)));
});

test('in a headline, a span keeps only the words the text writes capitalized elsewhere', () => {
  const { t, v } = lines('Kelmarsh Mourns as Harbour Toll Climbs, Builder Held\nPeople in Kelmarsh gathered on Monday.\n');
  const span: Candidate = { ts: 0, te: 6, type: 'ORG', role: null, acronym: null, linkTo: null };
  const body: Candidate = { ts: 11, te: 12, type: 'PLACE', role: null, acronym: null, linkTo: null };
  assert.equal(v.word(11), 'Kelmarsh');
  const out = titleCaseLines([span, body], v, t.sentStarts);
  assert.deepEqual(out.map((c) => [v.slice(c.ts, c.te), c.type]), [['Kelmarsh', 'ORG'], ['Kelmarsh', 'PLACE']]);
});

test('a Title Case line without listed verbs but with "at" / "over" between its words is a headline, not a line of names', () => {
  const { t, v } = lines('Ostmark Flood: Mayor and Water Board at Odds Over Relief Fund\nMara Dunhill and Tobin Asch of Ostmark\nWater reached Ostmark on Monday, the Water Board said.\n');
  assert.ok(isTitleCase(v, ...sentence(t, 0)));
  assert.ok(!isTitleCase(v, ...sentence(t, 1)));
  // 0 Ostmark 1 Flood 2 : 3 Mayor 4 and 5 Water 6 Board 7 at 8 Odds 9 Over 10 Relief 11 Fund
  const c = (ts: number, te: number, type: Candidate['type']): Candidate => ({ ts, te, type, role: null, acronym: null, linkTo: null });
  const out = titleCaseLines([c(0, 1, 'PLACE'), c(5, 7, 'ORG'), c(8, 9, 'ORG'), c(10, 12, 'PERSON')], v, t.sentStarts);
  assert.deepEqual(out.map((x) => v.slice(x.ts, x.te)), ['Ostmark', 'Water Board']);
});
