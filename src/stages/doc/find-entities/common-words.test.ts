import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../core/index.ts';
import { TokenView, type Candidate } from './candidate.ts';
import { dropCommonWords } from './rules-more.ts';
import { sentenceOfTokens, tokenizeDoc } from './token-doc.ts';

function run(text: string, spans: [number, EntityType][]): string[] {
  const sentences: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) sentences.push({ start: m.index, end: m.index + m[0].length });
  const t = tokenizeDoc(text, sentences);
  const v = new TokenView(t);
  const of = sentenceOfTokens(t);
  const cands: Candidate[] = spans.map(([i, type]) => ({ ts: i, te: i + 1, type, role: null, acronym: null, linkTo: null }));
  return dropCommonWords(cands, v, (i) => t.sentStarts[of[i]] === i).map((c) => `${v.word(c.ts)}/${c.type}`);
}

test('a capitalized word the document also writes in lowercase is no name (persons excepted)', () => {
  // Tokens: 0 Bridge 1 Reopens 2 Rose 3 said 4 the 5 bridge 6 rose 7 again
  const text = 'Bridge Reopens\nRose said the bridge rose again\n';
  assert.deepEqual(run(text, [[0, 'PLACE'], [2, 'PERSON']]), ['Rose/PERSON']);
});

test('capitalized words not written in lowercase elsewhere are kept, as are known places', () => {
  // Tokens: 0 Kelmarsh 1 Harbour 2 opened 3 in 4 France 5 ; 6 france 7 is 8 written 9 so
  const text = 'Kelmarsh Harbour opened in France; france is written so\n';
  assert.deepEqual(run(text, [[0, 'PLACE'], [4, 'PLACE']]), ['Kelmarsh/PLACE', 'France/PLACE']);
});

test('"Nobody", "Everyone" are no names, even typed a person inside a quote', () => {
  // Tokens: 0 " 1 We 2 stay 3 . 4 Nobody 5 leaves 6 , 7 " 8 Orla 9 said
  const text = '"We stay. Nobody leaves," Orla said\n';
  assert.deepEqual(run(text, [[4, 'PERSON'], [8, 'PERSON']]), ['Orla/PERSON']);
});
