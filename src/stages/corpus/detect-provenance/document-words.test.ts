import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, shingleSet } from '../../../corpus-index/index.ts';
import type { Doc, Sentence } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import { documentWords } from './document-words.ts';

// An invented notice: a headline too short to count as a sentence, a dateline, sentences with
// possessives, hyphens and a figure, and a trailing line outside any sentence the layer gives.
const TEXT = `Velm crossings halted

ODRANT, 4 March — Crossings between Odrant and Kessel-Vay stopped at dawn on Tuesday. The ferrymen's guild says 312 members walked out over night-shift pay.

Port officials expect no sailings before Thursday's talks.
Reporting by the Odrant Ledger`;

function withSentences(sentences: Sentence[]): Doc {
  const doc = makeCorpus([{ id: 'notice', text: TEXT }]).documents[0]!;
  return { ...doc, layers: { ...doc.layers, sentences } };
}

/** Sentence spans at every line and full stop, as the sentence stage cuts them (the last line left out). */
function spans(): Sentence[] {
  const out: Sentence[] = [];
  const ends = ['halted', 'Tuesday.', 'pay.', 'talks.'];
  let from = 0;
  ends.forEach((end, paragraph) => {
    const stop = TEXT.indexOf(end, from) + end.length;
    while (/\s/.test(TEXT[from]!)) from++;
    out.push({ start: from, end: stop, paragraph });
    from = stop;
  });
  return out;
}

test('the whole text read sentence by sentence gives the same words as reading it at once', () => {
  const doc = withSentences(spans());
  assert.deepEqual(documentWords(doc).words, contentWords(TEXT));
});

test('each sentence long enough to count gives its own word set, in reading order', () => {
  const doc = withSentences(spans());
  const { sentences } = documentWords(doc);
  const expected = spans()
    .map((s) => contentWords(TEXT.slice(s.start, s.end)))
    .filter((w) => w.length >= 4)
    .map((w) => shingleSet(w, 1));
  assert.deepEqual(sentences, expected);
  assert.equal(sentences.length, 3);
});

test('a sentence cut inside a word does not split the word in the whole text', () => {
  const cuts = spans();
  // Cut "ferrymen's" after "ferry": read apart, "ferry" and "men" would replace "ferrymen".
  const inside = TEXT.indexOf("ferrymen's guild") + 'ferry'.length;
  const broken = [...cuts.slice(0, 2), { start: cuts[2]!.start, end: inside, paragraph: 2 }, { start: inside, end: cuts[2]!.end, paragraph: 2 }, cuts[3]!];
  const words = documentWords(withSentences(broken)).words;
  assert.deepEqual(words, contentWords(TEXT));
  assert.ok(words.includes('ferrymen'));
});
