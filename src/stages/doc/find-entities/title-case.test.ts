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
  // 19 Water 20 reached 21 Ostmark ... 26 Water 27 Board 28 said: the names of the body.
  assert.equal(v.slice(26, 28), 'Water Board');
  const body = [c(21, 22, 'PLACE'), c(26, 28, 'ORG')];
  const out = titleCaseLines([c(0, 1, 'PLACE'), c(5, 7, 'ORG'), c(8, 9, 'ORG'), c(10, 12, 'PERSON'), ...body], v, t.sentStarts);
  assert.deepEqual(out.map((x) => v.slice(x.ts, x.te)), ['Ostmark', 'Water Board', 'Ostmark', 'Water Board']);
});

test('in a headline, a run of words the body never writes as one name keeps only the words it names alone', () => {
  // 0 Ostmark 1 Arena 2 Crush 3 : 4 City 5 and 6 Water 7 Board 8 Disagree 9 on 10 Number 11 of 12 Dead
  const { t, v } = lines('Ostmark Arena Crush: City and Water Board Disagree on Number of Dead\nCrowds left the Brenna Arena in Ostmark, and the Lake Water Board said so.\n');
  const c = (ts: number, te: number, type: Candidate['type']): Candidate => ({ ts, te, type, role: null, acronym: null, linkTo: null });
  // 13 Crowds 14 left 15 the 16 Brenna 17 Arena 18 in 19 Ostmark 20 , 21 and 22 the 23 Lake 24 Water 25 Board
  assert.equal(v.slice(23, 26), 'Lake Water Board');
  const body = [c(16, 18, 'PLACE'), c(19, 20, 'PLACE'), c(23, 26, 'ORG')];
  const title = 'Ostmark Arena Crush: City and Water Board Disagree on Number of Dead';
  const out = titleCaseLines([c(0, 2, 'ORG'), c(6, 9, 'ORG'), ...body], v, t.sentStarts, title);
  // Without a listed verb, only the metadata's title makes the line a headline.
  assert.deepEqual(out.slice(0, 2).map((x) => v.slice(x.ts, x.te)), ['Ostmark', 'Water Board']);
  const asHeading = titleCaseLines([c(0, 2, 'ORG'), c(6, 9, 'ORG'), ...body], v, t.sentStarts);
  assert.deepEqual(asHeading.slice(0, 2).map((x) => v.slice(x.ts, x.te)), ['Ostmark Arena', 'Water Board Disagree']);
});
