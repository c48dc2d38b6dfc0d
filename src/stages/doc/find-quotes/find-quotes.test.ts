import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, EntityMention } from '../../../core/index.ts';
import { splitSentences } from '../split-sentences/index.ts';
import { findQuotes } from './index.ts';

function run(text: string, mentions: EntityMention[] = []): { quote: string; speaker: string | null; entity: string | null; sentence: number }[] {
  const doc: Doc = { id: 't', source: 't', format: 'text', raw: text, hints: {}, text, removed: [], flags: [], issues: [], layers: {} };
  splitSentences.run(doc, { options: {} });
  doc.layers.mentions = mentions;
  findQuotes.run(doc, { options: {} });
  return doc.layers.quotes!.map((q) => ({ quote: text.slice(q.start, q.end), speaker: q.speaker?.text ?? null, entity: q.speakerEntity, sentence: q.sentence }));
}

test('speakers after the quote, in both word orders', () => {
  const q = run(
    '“The water came up in minutes,” said Oskar Lindqvist, a ferry captain. “We lost the pier,” the harbour authority said in a statement.',
  );
  assert.equal(q.length, 2);
  assert.equal(q[0].speaker, 'Oskar Lindqvist');
  assert.equal(q[1].speaker, 'the harbour authority');
  assert.equal(q[1].sentence, 1);
});

test('speakers before the quote: "according to", a colon lead-in, "told reporters that"', () => {
  const q = run(
    'According to R. Adeyemi, “the dam was never inspected after the floods.” ' +
      'The governor also told reporters that “nobody will be left without shelter tonight.” ' +
      'She added a warning: “Stay away from the river banks until further notice.” ' +
      'Okafor said, given the damage to the spillway, “we cannot promise anything before spring.”',
  );
  assert.deepEqual(q.map((x) => x.speaker), ['R. Adeyemi', 'The governor', 'She', 'Okafor']);
});

test('straight quotes, several sentences long, and a quote continued across paragraphs', () => {
  const text =
    '"The bridge moved. Then it fell," said engineer Mara Quist.\n\n' +
    '“We heard the cables snap one after another.\n\n“Nobody could have stopped it,” she said.';
  const q = run(text);
  assert.equal(q.length, 2);
  assert.equal(q[0].quote, '"The bridge moved. Then it fell,"');
  assert.equal(q[0].speaker, 'engineer Mara Quist');
  assert.ok(q[1].quote.startsWith('“We heard') && q[1].quote.endsWith('stopped it,”'), q[1].quote);
  assert.equal(q[1].speaker, 'she');
});

test('short scare quotes without a speaker are not quotes; the speaker entity comes from a mention inside the span', () => {
  const text = 'Officials called it a “routine check” on Monday. “Everything is under control,” Mayor Ida Brandt said.';
  const at = text.indexOf('Ida Brandt');
  const mention: EntityMention = { start: at, end: at + 'Ida Brandt'.length, text: 'Ida Brandt', type: 'PERSON', entity: 'e7', role: 'Mayor' };
  const q = run(text, [mention]);
  assert.equal(q.length, 1);
  assert.equal(q[0].speaker, 'Mayor Ida Brandt');
  assert.equal(q[0].entity, 'e7');
});

test('British single quotes, with apostrophes inside', () => {
  const q = run('‘We didn’t expect the river to rise this fast,’ said Tom Ellery, a farmer. The council called it ‘manageable’.\n\nThe farmers’ union met on ‘Monday.');
  assert.equal(q.length, 1);
  assert.equal(q[0].quote, '‘We didn’t expect the river to rise this fast,’');
  assert.equal(q[0].speaker, 'Tom Ellery');
});
