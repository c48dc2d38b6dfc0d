import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus } from '../../../../test/fixtures/corpus/run-corpus.ts';
import { BRIDGE } from '../../../../test/fixtures/corpus/bridge.ts';
import { QUAKE } from '../../../../test/fixtures/corpus/quake.ts';

test('5 to 10 sentences, each cited, extracted sentences pointing at their exact source span', async () => {
  const c = await runCorpus(BRIDGE);
  const s = c.layers.summary!;
  assert.ok(s.length >= 5 && s.length <= 10, `${s.length} sentences`);
  for (const line of s) {
    assert.ok(line.citations.length > 0);
    if (line.source) {
      const doc = c.documents.find((d) => d.id === line.source!.document)!;
      assert.equal(doc.text.slice(line.source.start, line.source.end), line.source.text);
      assert.ok(line.citations.includes(line.source.document));
    }
  }
});

test('a disputed toll is stated as a range with who says what, and never as one figure', async () => {
  const c = await runCorpus(BRIDGE);
  const s = c.layers.summary!;
  const range = s.find((x) => x.source === null)!;
  assert.match(range.text, /range from 7 \(Valley Courier[^)]*\) to at least 9 \(Northgate Press and 3 copies/);
  assert.equal(range.citations.length, 6);
  assert.ok(!s.some((x) => x.source && /\b(?:nine|seven)\b/i.test(x.text) && /killed|died|dead/.test(x.text)));
});

test('copies of a sentence cite every document that carries it; no two summary sentences repeat', async () => {
  const c = await runCorpus(BRIDGE);
  const s = c.layers.summary!.filter((x) => x.source);
  const rescue = s.find((x) => /Rescue crews pulled survivors/.test(x.text));
  if (rescue) assert.ok(rescue.citations.length >= 3);
  assert.ok(s.some((x) => x.citations.length >= 3));
  const texts = new Set(s.map((x) => x.text.toLowerCase()));
  assert.equal(texts.size, s.length);
});

test('with two stories the summary tells the larger one', async () => {
  const c = await runCorpus([...BRIDGE, ...QUAKE]);
  for (const line of c.layers.summary!) assert.ok(!line.citations.some((d) => d.startsWith('quake')));
});
