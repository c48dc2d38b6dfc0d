import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../core/index.ts';
import { dayNumber, isoDay } from '../../../corpus-index/index.ts';
import { describedDay } from './content-day.ts';

// A story whose first usable report is Monday 2031-03-03 and whose last is Thursday 2031-03-06.
const span = { first: dayNumber('2031-03-03')!, last: dayNumber('2031-03-06')! };

function described(text: string): string | null {
  const day = describedDay(createDoc({ id: 'late', source: 'late', format: 'text', raw: text, text, hints: {}, removed: [], flags: [] }), span);
  return day === null ? null : isoDay(day);
}

test('the latest past weekday a stale copy names, counted from its story, is the day it describes', () => {
  const text =
    'Ferries on the Lesk estuary stopped late on Sunday after the dyke gave way. ' +
    'The port authority said on Tuesday that 40 boats were stranded. ' +
    'Divers raised the last barge on Thursday.';
  assert.equal(described(text), '2031-03-06');
});

test('a weekday of the day before the first report is that day, not a week into the story', () => {
  // The flood came in the night before the first report: "Sunday" is 2 March, not 9 March.
  assert.equal(described('The water reached Brelle late on Sunday. Pumps were brought in on Monday.'), '2031-03-03');
});

test('a weekday the text names ahead is a plan, not a day it describes', () => {
  const text = 'Crews cleared the road on Tuesday. Compensation payments will start from Saturday, the agency said.';
  assert.equal(described(text), '2031-03-04');
  assert.equal(described('The minister will visit the valley on Wednesday.'), null);
});

test('a calendar day counts when it is a day of the story; "today" and a later plan date do not', () => {
  assert.equal(described('The dyke broke on 4 March. Repairs are due to finish on 30 March.'), '2031-03-04');
  assert.equal(described('Residents returned to their homes today.'), null);
});
