// The bundled example through the real readers and the per-document stages, against its own
// answer key (examples/harbor-bridge-collapse/expected.json): every junk line is removed and no
// other line of the article is lost.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPipeline, runPipeline } from '../src/core/index.ts';
import type { Corpus } from '../src/core/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import { createDocStages } from '../src/stages/index.ts';

const folder = path.resolve(import.meta.dirname, '../examples/harbor-bridge-collapse');
const key = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf8')) as {
  junk: Record<string, { text: string; reason: string }[]>;
};
let corpus: Corpus;

before(async () => {
  const read = await readInputs([folder]);
  assert.deepEqual(read.errors, []);
  corpus = await runPipeline(buildPipeline(createDocStages()), read.documents);
});

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

test('example: every junk line of the answer key is gone from the clean text and recorded as removed', () => {
  for (const [id, junk] of Object.entries(key.junk)) {
    const doc = corpus.documents.find((d) => d.id === id);
    assert.ok(doc, `${id} was read`);
    const lines = new Set(doc.text.split('\n').map(normalize));
    const removed = doc.removed.map((r) => normalize(r.text)).join('\n');
    for (const j of junk) {
      const text = normalize(j.text);
      assert.ok(!lines.has(text), `${id}: "${text}" (${j.reason}) is still a line of the clean text`);
      // HTML extraction may drop page chrome before the clean stage; either way it is kept in removed.
      if (id.endsWith('.txt')) assert.ok(removed.includes(text), `${id}: "${text}" is recorded in removed`);
    }
  }
});

test('example: no line of a plain-text report is lost other than the junk', () => {
  for (const doc of corpus.documents.filter((d) => d.format === 'text')) {
    const junk = new Set((key.junk[doc.id] ?? []).map((j) => normalize(j.text)));
    const clean = normalize(doc.text);
    // Lines metadata reads back (date headers, labels before a headline) may leave the text whole or
    // in part; what is left of a line after its recorded fragments must still be in the clean text.
    const fragments = doc.removed.filter((r) => /header|date|hashtag|tags|label|headline|timestamp|site-name/.test(r.reason)).map((r) => normalize(r.text));
    for (const line of doc.raw.split('\n').map(normalize)) {
      if (line === '' || junk.has(line)) continue;
      const rest = normalize(fragments.reduce((l, f) => l.replace(f, ''), line));
      assert.ok(rest === '' || clean.includes(rest), `${doc.id}: lost "${line.slice(0, 80)}"`);
    }
  }
});
