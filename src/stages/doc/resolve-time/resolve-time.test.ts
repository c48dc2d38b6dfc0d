import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from './find-timexes.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';
import { formatIsoWeek } from './calendar.ts';

// 2031-05-08 is a Thursday.
const REF = '2031-05-08';
const values = (text: string, ref: string | null = REF) =>
  findTimexes(text, splitSimpleSentences(text), ref).map((t) => [t.text, t.value] as const);

test('past-tense weekdays go back, the reference weekday is that day, "next" goes forward', () => {
  assert.deepEqual(values('The tower fell on Tuesday.'), [['Tuesday', '2031-05-06']]);
  assert.deepEqual(values('Rescuers said on Thursday that the search ended.'), [['Thursday', '2031-05-08']]);
  assert.deepEqual(values('The council met on Friday.'), [['Friday', '2031-05-02']]);
  assert.deepEqual(values('Talks will resume next Tuesday.'), [['next Tuesday', '2031-05-13']]);
  assert.deepEqual(values('The envoy will arrive Saturday.'), [['Saturday', '2031-05-10']]);
  assert.deepEqual(values('Officials met last Thursday.'), [['last Thursday', '2031-05-01']]);
});

test('a weekday that starts something announced in a past-tense sentence is the coming one', () => {
  assert.deepEqual(values('The governor declared a period of mourning beginning on Saturday.'), [['Saturday', '2031-05-10']]);
  assert.deepEqual(values('The port authority said ferries would run free starting Monday.'), [['Monday', '2031-05-12']]);
  assert.deepEqual(values('The curfew, which was announced on Tuesday, was lifted.'), [['Tuesday', '2031-05-06']]);
});

test('deictic and relative expressions', () => {
  assert.deepEqual(values('The dam broke yesterday and the river rose today.'), [['yesterday', '2031-05-07'], ['today', '2031-05-08']]);
  assert.deepEqual(values('The strike came two days ago.'), [['two days ago', '2031-05-06']]);
  assert.deepEqual(values('Prices rose last month.'), [['last month', '2031-04']]);
  assert.deepEqual(values('The law passed last year.'), [['last year', '2030']]);
  assert.deepEqual(values('Crews arrived this week.'), [['this week', formatIsoWeek({ y: 2031, m: 5, d: 8 })]]);
  assert.deepEqual(values('The raid happened in December.'), [['December', '2030-12']]);
  assert.deepEqual(values('Troops stayed for 48 hours.'), [['48 hours', 'PT48H']]);
});

test('explicit dates in several formats', () => {
  assert.deepEqual(values('Filed 2029-11-03.'), [['2029-11-03', '2029-11-03']]);
  assert.deepEqual(values('It began on 16 January 2030.'), [['16 January 2030', '2030-01-16']]);
  assert.deepEqual(values('It began on March 3, 2030.'), [['March 3, 2030', '2030-03-03']]);
  assert.deepEqual(values('It began Jan. 4.'), [['Jan. 4', '2031-01-04']]);
  assert.deepEqual(values('Filed 11/02/89.'), [['11/02/89', '1989-11-02']]);
});

test('"a day after" is anchored on the date next to it', () => {
  assert.deepEqual(values('The protest came a day after Tuesday\'s vote.'), [['a day after', '2031-05-07'], ["Tuesday's", '2031-05-06']]);
  // "X came a day after Y": Y happened the day before X.
  const v = values("Tuesday's blast came a day after rebels shelled the port.");
  assert.deepEqual(v, [["Tuesday's", '2031-05-06'], ['a day after', '2031-05-05']]);
});

test('without a reference date relative expressions stay unresolved', () => {
  assert.deepEqual(values('The dam broke on Tuesday, on May 3.', null), [['May 3', 'XXXX-05-03']]);
});

test('every expression carries precision, basis and a span into the text', () => {
  const text = 'The quake hit on Monday. Aid arrived last month.';
  for (const t of findTimexes(text, splitSimpleSentences(text), REF)) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.basis.length > 0);
    assert.ok(['day', 'week', 'month', 'year', 'decade'].includes(t.precision));
  }
});

test('quarters and halves of a named year, the year, the year ended', () => {
  assert.deepEqual(values('Profit fell in the third quarter of 2029.'), [['the third quarter of 2029', '2029-Q3']]);
  assert.deepEqual(values('Sales in the 2030 second quarter rose.'), [['the 2030 second quarter', '2030-Q2']]);
  assert.deepEqual(values('For the year, output was flat.'), [['the year', '2031']]);
  assert.deepEqual(values('Revenue for the year ended March 31 grew.').map((v) => v[1]), ['P1Y', '2031-03-31']);
});

test('parts of day, clock times on a named day, holidays and years in words', () => {
  assert.deepEqual(values('The ministry spoke this morning.'), [['this morning', '2031-05-08TMO']]);
  assert.deepEqual(values('The ferry left Tuesday evening.'), [['Tuesday evening', '2031-05-06TEV']]);
  assert.deepEqual(values('Talks broke off at noon Tuesday.'), [['noon Tuesday', '2031-05-06T12:00']]);
  assert.deepEqual(values('The plant closed on Christmas Day.'), [['Christmas Day', '2030-12-25']]);
  assert.deepEqual(values('Crowds gathered on Thanksgiving.', '2031-12-01'), [['Thanksgiving', '2031-11-27']]);
  assert.deepEqual(values('It was built in nineteen eighty-four.'), [['nineteen eighty-four', '1984']]);
});

test('a date a few weeks ahead is upcoming even in a past-tense sentence; one far ahead is last year', () => {
  assert.deepEqual(values('The board said the dividend was payable June 15.'), [['June 15', '2031-06-15']]);
  assert.deepEqual(values('The board said the plant was closed on Dec. 15.'), [['Dec. 15', '2030-12-15']]);
});

test('vague spans and adjectives that are not times', () => {
  assert.deepEqual(values('Prices rose in recent years.').map((v) => v[1]), ['PXY']);
  assert.deepEqual(values('Future plans and recent changes were discussed.'), []);
  assert.deepEqual(values('A second group formed.'), []);
});

test('"a day after the strike" across sentences: the strike dated in an earlier sentence', () => {
  const text = 'Jets struck a depot near Pell on Tuesday. Officials met in Orv.\nA day after the strike, Lormia recalled its envoy.';
  const v = values(text);
  assert.deepEqual(v, [['Tuesday', '2031-05-06'], ['A day after', '2031-05-07']]);
  // Nothing dated names that event: left out rather than guessed.
  assert.deepEqual(values('Officials met on Tuesday. A day after the flood, crews arrived.'), [['Tuesday', '2031-05-06']]);
});

test('quarters of this or next year, year end, decades as years, "two more weeks"', () => {
  assert.deepEqual(values("Output rose in this year's third quarter."), [["this year's third quarter", '2031-Q3']]);
  assert.deepEqual(values('The deal should close by year end.'), [['year end', '2031']]);
  assert.deepEqual(values('Prices fell over two decades.'), [['two decades', 'P20Y']]);
  assert.deepEqual(values('The talks need two more weeks.'), [['two more weeks', 'P2W']]);
  assert.deepEqual(values('The repairs took a couple of years.'), [['a couple of years', 'P2Y']]);
  assert.deepEqual(values('The levee broke a couple of weeks ago.'), [['a couple of weeks ago', formatIsoWeek({ y: 2031, m: 4, d: 24 })]]);
  assert.deepEqual(values('Costs doubled over the past year.'), [['the past year', '2030']]);
  // TIMEX3 writes a decade as its first three digits.
  assert.deepEqual(values('The pier was built in the late 1960s.'), [['the late 1960s', '196']]);
});

test('"the following year" and "the same month" continue the text\'s own chronology', () => {
  assert.deepEqual(values('The dam was finished in 2009. The following year, cracks appeared in its spillway.'), [
    ['2009', '2009'],
    ['The following year', '2010'],
  ]);
  assert.deepEqual(values('The ferry sank in March 2011. Divers found the wreck the following month.'), [
    ['March 2011', '2011-03'],
    ['the following month', '2011-04'],
  ]);
  // A year is too coarse for "the following month", and with no earlier date the reference date is used.
  assert.deepEqual(values('The mine closed in 2012. The following month is a mystery.'), [
    ['2012', '2012'],
    ['The following month', '2031-06'],
  ]);
  assert.deepEqual(values('Repairs begin the following week.'), [['the following week', formatIsoWeek({ y: 2031, m: 5, d: 15 })]]);
});

test('a weekday after "from", "until" or "by" in an announcement is the coming one; in a past account it stays past', () => {
  assert.deepEqual(values('The mayor announced a period of mourning from Saturday.'), [['Saturday', '2031-05-10']]);
  assert.deepEqual(values('The minister ordered the schools closed until Monday.'), [['Monday', '2031-05-12']]);
  assert.deepEqual(values('Protesters marched from Monday to Tuesday.'), [['Monday', '2031-05-05'], ['Tuesday', '2031-05-06']]);
});

test('"On Monday, two days after the flood" restates Monday; "came two days after" still dates the earlier happening', () => {
  assert.deepEqual(values('On Tuesday, two days after the flood, the envoy visited Pell.'), [['Tuesday', '2031-05-06'], ['two days after', '2031-05-06']]);
  assert.deepEqual(values('The visit on Tuesday came two days after the flood.'), [['Tuesday', '2031-05-06'], ['two days after', '2031-05-04']]);
});

test('a weekday after "since" is a day gone by, even beside a future clause', () => {
  assert.deepEqual(values('Roads into the valley have been shut since Friday and will reopen once the water drops.'), [['Friday', '2031-05-02']]);
  assert.deepEqual(values('The plant has stood idle since early Monday and will stay closed.'), [['early Monday', '2031-05-05']]);
});

test('a weekday after "would" and its verb phrase is the coming one: a future told in reported speech', () => {
  assert.deepEqual(values('The governor closed the port and said she would tour the burned factory on Saturday.'), [['Saturday', '2031-05-10']]);
  assert.deepEqual(values('Officials said the rail minister would inspect the derailed carriages on Monday.'), [['Monday', '2031-05-12']]);
  // A perfect conditional looks back, and "would" far before the weekday is another clause.
  assert.deepEqual(values('The minister would have travelled on Monday.'), [['Monday', '2031-05-05']]);
});

test('"the previous evening", "the following day" and "two days later" count from the day the story last gave', () => {
  assert.deepEqual(values('Troops shelled the port on Monday. Aid workers had arrived the previous evening.'), [['Monday', '2031-05-05'], ['the previous evening', '2031-05-04']]);
  assert.deepEqual(values('The levee broke on Tuesday. The water reached the square the following day.'), [['Tuesday', '2031-05-06'], ['the following day', '2031-05-07']]);
  assert.deepEqual(values('The blaze started on Saturday. Two days later, crews found the cause.'), [['Saturday', '2031-05-03'], ['Two days later', '2031-05-05']]);
  // With no day told before, the reference date is the one counted from.
  assert.deepEqual(values('The driver had been questioned the day before.'), [['the day before', '2031-05-07']]);
  assert.deepEqual(values('The strike came two days ago.'), [['two days ago', '2031-05-06']]);
});

test('"35 minutes later" counts from a time of day whose date is not known: no date', () => {
  assert.deepEqual(values('The train left at 6:10 a.m. and derailed 35 minutes later.'), [['6:10 a.m.', '2031-05-08T06:10']]);
  assert.deepEqual(values('The coach left the depot and overturned 20 minutes later.'), []);
});

test('a capitalized "Last" at a sentence start still takes the weekday back a week', () => {
  assert.deepEqual(values('Last Thursday a gas main exploded.'), [['Last Thursday', '2031-05-01']]);
});

test('"last spring" is the latest spring that has ended: this year\'s in the autumn, last year\'s in May', () => {
  assert.deepEqual(values('The plant was fined last spring for a gas leak.', '2031-10-02'), [['last spring', '2031-SP']]);
  assert.deepEqual(values('The dam was inspected last summer.', '2031-09-20'), [['last summer', '2031-SU']]);
  assert.deepEqual(values('The plant was fined last spring for a gas leak.'), [['last spring', '2030-SP']]);
  assert.deepEqual(values('The road was closed last winter.', '2031-10-02'), [['last winter', '2030-WI']]);
});
