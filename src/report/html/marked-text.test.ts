import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { markedText } from './marked-text.ts';

function render(text: string, ranges: { start: number; end: number }[]): Document {
  return parseHTML(`<div id="root">${markedText(text, 4, ranges)}</div>`).document as unknown as Document;
}

test('text outside ranges is escaped and unmarked; the text reads back unchanged', () => {
  const text = 'A <b>bold</b> & "quoted" claim. Second sentence.';
  const doc = render(text, [{ start: 32, end: 48 }]);
  assert.equal(doc.getElementById('root')!.textContent, text);
  assert.equal(doc.querySelectorAll('b').length, 0);
  const marks = doc.querySelectorAll('mark');
  assert.equal(marks.length, 1);
  assert.equal(marks[0].id, 'd-4-s-32');
  assert.equal(marks[0].textContent, 'Second sentence.');
});

test('overlapping and nested ranges become non-nested pieces, each range start keeps its anchor', () => {
  const text = 'one two three four five six';
  //            0   4   8     14   19   24
  const ranges = [
    { start: 0, end: 13 }, // one two three
    { start: 4, end: 18 }, // two three four (overlaps)
    { start: 8, end: 13 }, // three (nested)
    { start: 8, end: 13 }, // the same again
    { start: 30, end: 40 }, // past the end: ignored
    { start: 9, end: 9 }, // empty: ignored
  ];
  const doc = render(text, ranges);
  const root = doc.getElementById('root')!;
  assert.equal(root.textContent, text);
  assert.equal(doc.querySelectorAll('mark mark').length, 0, 'marks never nest');
  assert.equal(doc.getElementById('d-4-s-0')!.textContent, 'one ');
  assert.equal(doc.getElementById('d-4-s-4')!.textContent, 'two ');
  assert.equal(doc.getElementById('d-4-s-8')!.textContent, 'three');
  assert.ok(doc.getElementById('d-4-s-8')!.className.includes('cite-2'), 'covered several times: darker');
  const ids = Array.from(doc.querySelectorAll('mark[id]')).map((m) => m.id);
  assert.deepEqual(ids, ['d-4-s-0', 'd-4-s-4', 'd-4-s-8']);
  const covered = Array.from(doc.querySelectorAll('mark')).map((m) => m.textContent).join('');
  assert.equal(covered, 'one two three four');
});
