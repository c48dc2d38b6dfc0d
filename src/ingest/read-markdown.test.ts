import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToText, readMarkdown } from './read-markdown.ts';
import type { InputOrigin } from './options.ts';

const origin: InputOrigin = { input: 'in.md', name: 'in.md', source: 'in.md', longName: 'in.md' };

test('Markdown becomes plain text: headings, emphasis, links, lists, images', () => {
  const md = [
    '# Dam spillway fails near Orlavik',
    '',
    'The **regional** water board said the *spillway* gave way at',
    'dawn, according to [a statement](https://example.org/s "Board") and `logs`.',
    '',
    '![Aerial photo of the dam](https://example.org/dam.jpg)',
    '',
    '- Two villages evacuated',
    '* Roads closed',
    '1. First step',
    '2. Second step',
    '',
    '> "We heard a roar," said resident Tomas Ferle.',
    '',
    '---',
    '',
    'See <https://example.org/live> for updates. snake_case_name stays, 5 * 3 stays.',
  ].join('\n');
  const { text, removed, hints } = markdownToText(md);
  assert.equal(
    text,
    [
      'Dam spillway fails near Orlavik',
      '',
      'The regional water board said the spillway gave way at dawn, according to a statement and logs.',
      '',
      '- Two villages evacuated',
      '- Roads closed',
      '1. First step',
      '2. Second step',
      '',
      '"We heard a roar," said resident Tomas Ferle.',
      '',
      'See https://example.org/live for updates. snake_case_name stays, 5 * 3 stays.',
    ].join('\n'),
  );
  assert.deepEqual(removed, [{ text: 'Aerial photo of the dam', reason: 'image' }]);
  assert.equal(hints.title, 'Dam spillway fails near Orlavik');
});

test('a first-line date or hashtag header stays its own line', () => {
  const dated = markdownToText('2025-04-11 #dam #orlavik\nSpillway fails\n\nBody text here.').text;
  assert.equal(dated.split('\n')[0], '2025-04-11 #dam #orlavik');
  assert.equal(dated.split('\n')[1], 'Spillway fails');
  const tags = markdownToText('#flood #rescue\n\nBody.').text;
  assert.equal(tags.split('\n')[0], '#flood #rescue');
});

test('front matter goes to hints and is recorded as removed; escapes stay literal', () => {
  const md = '---\ntitle: "Ferry aground"\ndate: 2025-06-01\nsource: Coastal Herald\n---\nThe ferry \\*Marlin\\* ran aground.';
  const { text, hints, removed } = markdownToText(md);
  assert.equal(text, 'The ferry *Marlin* ran aground.');
  assert.equal(hints.title, 'Ferry aground');
  assert.equal(hints.published, '2025-06-01');
  assert.equal(hints.outlet, 'Coastal Herald');
  assert.equal(removed[0].reason, 'front-matter');
});

test('setext headings, tables, hard breaks and code fences', () => {
  const md = 'Quake shakes coast\n=================\n\n| Town | Injured |\n|---|---:|\n| Ressa | 4 |\n\nLine one  \nLine two\n\n```\nraw *code*\n```';
  const { text, hints } = markdownToText(md);
  assert.equal(text, 'Quake shakes coast\n\nTown | Injured\nRessa | 4\n\nLine one\nLine two\n\nraw *code*');
  assert.equal(hints.title, 'Quake shakes coast');
});

test('a Markdown file of only markup is no-text, of only whitespace is empty', () => {
  assert.equal(readMarkdown('![only](x.png)\n', origin).errors[0].code, 'no-text');
  assert.equal(readMarkdown('  \n\n', origin).errors[0].code, 'empty');
  const ok = readMarkdown('# T\n\nBody.', origin);
  assert.equal(ok.documents[0].format, 'markdown');
  assert.equal(ok.documents[0].id, 'in.md');
});
