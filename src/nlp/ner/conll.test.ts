import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConll, sentenceRanges } from './conll.ts';

// An invented two-sentence document in CoNLL-2003 layout (token POS chunk tag).
const SAMPLE = [
  '-DOCSTART- -X- -X- O',
  '',
  'Mara NNP B-NP I-PER',
  'Velt NNP I-NP I-PER',
  'left VBD B-VP O',
  '. . O O',
  '',
  'Rain NN B-NP O',
  'fell VBD B-VP O',
  '',
].join('\n');

test('readConll lays tokens out in one text and sentenceRanges covers each sentence once', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'conll-'));
  const file = path.join(dir, 'sample.txt');
  writeFileSync(file, SAMPLE);
  const [doc] = readConll(file);
  assert.ok(doc);
  assert.deepEqual(sentenceRanges(doc), [[0, 4], [4, 6]]);
  const words = sentenceRanges(doc).map(([a, b]) => doc.text.slice(doc.starts[a], doc.ends[b - 1]));
  assert.deepEqual(words, ['Mara Velt left .', 'Rain fell']);
});
