import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeading } from './is-heading.ts';

const heading = (line: string): boolean => isHeading(line, { start: 0, end: line.length });

test('a byline is not a subheading, though it is a short line without end punctuation', () => {
  assert.equal(heading('By Mirela Osk'), false);
  assert.equal(heading('By Mirela Osk and Tavi Brun'), false);
  assert.equal(heading('By Mirela Osk, Harbour Correspondent'), false);
});

test('section labels, even ones starting with "By", stay subheadings', () => {
  assert.equal(heading('Rescue teams reach the valley'), true);
  assert.equal(heading('By the numbers'), true);
  assert.equal(heading('Byways closed after the storm'), true);
});
