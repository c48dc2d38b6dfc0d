import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../../core/index.ts';
import { splitSentences } from './index.ts';

function run(text: string): { paragraphs: { text: string; heading: boolean }[]; sentences: string[]; doc: Doc } {
  const doc: Doc = { id: 't', source: 't', format: 'text', raw: text, hints: {}, text, removed: [], flags: [], issues: [], layers: {} };
  splitSentences.run(doc, { options: {} });
  return {
    paragraphs: doc.layers.paragraphs!.map((p) => ({ text: text.slice(p.start, p.end), heading: p.heading })),
    sentences: doc.layers.sentences!.map((s) => text.slice(s.start, s.end)),
    doc,
  };
}

test('abbreviations, initials, times of day and acronyms do not end sentences', () => {
  const { sentences } = run(
    'The envoy landed in the U.S. on Monday. The U.N. said at 9 a.m. Friday that talks would resume. ' +
      'According to R. Okonkwo, the bridge was unsafe. Dr. Lena Varga of St. Anne hospital treated 4 people. ' +
      'Lt. Col. Tomas Reyes agreed.',
  );
  assert.deepEqual(sentences, [
    'The envoy landed in the U.S. on Monday.',
    'The U.N. said at 9 a.m. Friday that talks would resume.',
    'According to R. Okonkwo, the bridge was unsafe.',
    'Dr. Lena Varga of St. Anne hospital treated 4 people.',
    'Lt. Col. Tomas Reyes agreed.',
  ]);
});

test('a dotted acronym or time ends a sentence before a clear opener', () => {
  const { sentences } = run('Rescuers arrived at 5 p.m. The river kept rising. He flew to Washington, D.C. The storm followed him.');
  assert.deepEqual(sentences, [
    'Rescuers arrived at 5 p.m.',
    'The river kept rising.',
    'He flew to Washington, D.C.',
    'The storm followed him.',
  ]);
});

test('quotes that end sentences stay with them; a quoted question inside a sentence does not split it', () => {
  const { sentences } = run('“We will rebuild,” the mayor said. “It is done.” Then she left. "Is it safe?" he asked. Nobody knew!');
  assert.deepEqual(sentences, ['“We will rebuild,” the mayor said.', '“It is done.”', 'Then she left.', '"Is it safe?" he asked.', 'Nobody knew!']);
});

test('sentence spans point into the text exactly and never cross paragraphs', () => {
  const text = 'Flood hits Marrow Valley\n\nWater rose overnight. Roads closed.\n\nOfficials met at noon.\n';
  const { doc } = run(text);
  const paragraphs = doc.layers.paragraphs!;
  for (const s of doc.layers.sentences!) {
    const p = paragraphs[s.paragraph];
    assert.ok(p.start <= s.start && s.end <= p.end, 'sentence inside its paragraph');
    assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
  }
  assert.equal(doc.layers.sentences!.length, 4);
});

test('subheadings are marked; body lines, list items and sentences are not', () => {
  const { paragraphs } = run(
    [
      'Crews search collapsed span',
      'The bridge over the Tarn gave way at dawn, officials said.',
      'Rescue effort',
      'Divers worked through the night.',
      '“A race against time”',
      'Volunteers brought food.',
      '• Two lanes closed.',
      'What happens next?',
    ].join('\n\n'),
  );
  assert.deepEqual(
    paragraphs.map((p) => p.heading),
    [true, false, true, false, true, false, false, true],
  );
});

test('hard line breaks separate list items and headline from lede; wrapped lines are joined', () => {
  const list = run('Key points\n  • Two killed.\n  • Bridge closed.\n\nMore later.');
  assert.deepEqual(
    list.paragraphs.map((p) => p.text),
    ['Key points', '• Two killed.', '• Bridge closed.', 'More later.'],
  );
  const wrapped = run(
    'The regional council said on Tuesday that the old bridge had been\n' +
      'inspected twice in the past year and that engineers had raised no\n' +
      'alarm before the collapse. Repairs were planned for spring.\n',
  );
  assert.equal(wrapped.paragraphs.length, 1);
  assert.equal(wrapped.sentences.length, 2);
  const continued = run('The storm hit the coast and\nflooded three towns.');
  assert.equal(continued.sentences.length, 1);
});

test('full-width terminators split CJK text without spaces', () => {
  const { sentences } = run('今天下雨了。我们回家！');
  assert.deepEqual(sentences, ['今天下雨了。', '我们回家！']);
});

test('state and place abbreviations in datelines and addresses do not end sentences', () => {
  const { sentences } = run(
    'KENT, Wash. — A man was hurt in a crash on Penrose-St. Clair Road, police said. INDIANAPOLIS, Ind. (WXYZ) Officers arrived. ' +
      'He moved to Salem, Ore. The move was quick.',
  );
  assert.deepEqual(sentences, [
    'KENT, Wash. — A man was hurt in a crash on Penrose-St. Clair Road, police said.',
    'INDIANAPOLIS, Ind. (WXYZ) Officers arrived.',
    'He moved to Salem, Ore.',
    'The move was quick.',
  ]);
});
