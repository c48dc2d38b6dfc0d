import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson, readJsonLines } from './read-json.ts';
import type { InputOrigin } from './options.ts';

const origin: InputOrigin = { input: 'dir/items.json', name: 'items.json', source: 'dir/items.json', longName: 'dir/items.json' };

test('one object with documented fields is one document named after the file', () => {
  const out = readJson(
    JSON.stringify({ title: 'Ferry aground', body: 'The ferry ran aground.\r\nNo one was hurt.', url: 'https://x.example/f', date: '2025-06-01', outlet: 'Coastal Herald', author: ['A. Venn', { name: 'B. Rolt' }], lang: 'en' }),
    origin,
  );
  assert.deepEqual(out.errors, []);
  const d = out.documents[0];
  assert.equal(d.id, 'items.json');
  assert.equal(d.text, 'The ferry ran aground.\nNo one was hurt.');
  assert.deepEqual(d.hints, { title: 'Ferry aground', url: 'https://x.example/f', published: '2025-06-01', outlet: 'Coastal Herald', author: 'A. Venn, B. Rolt', language: 'en' });
});

test('an array gives name#n documents; bad records are errors and the rest is kept', () => {
  const out = readJson(JSON.stringify([{ text: 'One.' }, { headline: 'no text' }, 'a string', { content: 'Four.' }, { text: '   ' }]), origin);
  assert.deepEqual(out.documents.map((d) => d.id), ['items.json#1', 'items.json#4']);
  assert.deepEqual(out.errors.map((e) => [e.input, e.code]), [
    ['dir/items.json#2', 'bad-shape'],
    ['dir/items.json#3', 'bad-shape'],
    ['dir/items.json#5', 'no-text'],
  ]);
  assert.match(out.errors[0].message, /expected an object with a "text", "content" or "body"/);
});

test('a wrapped collection is rejected with advice, not unwrapped', () => {
  const out = readJson(JSON.stringify({ data: { articles: [{ text: 'x' }] } }), origin);
  assert.equal(out.documents.length, 0);
  assert.equal(out.errors[0].code, 'bad-shape');
  assert.match(out.errors[0].message, /under "data"/);
  assert.equal(readJson('42', origin).errors[0].code, 'bad-shape');
  assert.equal(readJson('[]', origin).errors[0].code, 'no-text');
});

test('malformed JSON reports line and column', () => {
  const out = readJson('{\n  "text": "x",\n  oops\n}', origin);
  assert.equal(out.errors[0].code, 'bad-json');
  assert.match(out.errors[0].message, /line 3, column \d+/);
  assert.equal(out.errors[0].message.includes('\n'), false);
});

test('JSONL: malformed lines name file:LINE, good lines are kept, blank lines ignored', () => {
  const text = ['{"text": "First."}', '', '{"text": "Second.", "title": "T2"', '["not", "object"]', '{"content": "<p>Fourth <b>bold</b>.</p>"}'].join('\n');
  const out = readJsonLines(text, origin);
  assert.deepEqual(out.documents.map((d) => d.id), ['items.json#1', 'items.json#4']);
  assert.equal(out.documents[1].format, 'html');
  assert.equal(out.documents[1].text, 'Fourth bold.');
  assert.deepEqual(out.errors.map((e) => [e.input, e.code]), [
    ['dir/items.json:3', 'bad-json'],
    ['dir/items.json:4', 'bad-shape'],
  ]);
});

test('a .json file that is really JSON Lines is read as lines', () => {
  const out = readJson('{"text": "A."}\n{"text": "B."}\n', origin);
  assert.deepEqual(out.documents.map((d) => d.text), ['A.', 'B.']);
});

test('an HTML text field goes through the HTML reader with the record url as base', () => {
  const out = readJson(JSON.stringify({ text: '<p>Crews cleared <a href="/roads">roads</a>.</p><p>Schools reopen.</p>', url: 'https://x.example/a/b' }), origin);
  const d = out.documents[0];
  assert.equal(d.format, 'html');
  assert.equal(d.text, 'Crews cleared roads.\n\nSchools reopen.');
  assert.equal(d.hints.url, 'https://x.example/a/b');
});

test('mojibake is repaired per record: only the records that had it are flagged', () => {
  const out = readJsonLines(['{"text": "Clean record."}', '{"text": "The mayorâ€™s aide spoke.", "title": "Aideâ€™s words"}'].join('\n'), origin);
  const [a, b] = out.documents;
  assert.deepEqual(a.flags, []);
  assert.equal(b.text, 'The mayor’s aide spoke.');
  assert.equal(b.hints.title, 'Aide’s words');
  assert.deepEqual(b.flags.map((f) => f.code), ['mojibake-repaired']);
});

test('a JSON Feed is read item by item with the feed title as site', () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Coast Desk',
    items: [
      { id: '1', url: 'https://c.example/1', title: 'Cliff falls', content_text: 'Part of the cliff fell.', date_published: '2025-07-01T09:00:00Z', authors: [{ name: 'N. Ode' }] },
      { id: '2', content_html: '<p>Path <em>closed</em>.</p>' },
      { id: '3' },
    ],
  };
  const out = readJson(JSON.stringify(feed), origin);
  assert.deepEqual(out.documents.map((d) => [d.id, d.text]), [['items.json#1', 'Part of the cliff fell.'], ['items.json#2', 'Path closed.']]);
  assert.deepEqual(out.documents[0].hints, { title: 'Cliff falls', url: 'https://c.example/1', published: '2025-07-01T09:00:00Z', author: 'N. Ode', site: 'Coast Desk' });
  assert.deepEqual(out.errors.map((e) => [e.input, e.code]), [['dir/items.json#3', 'no-text']]);
});
