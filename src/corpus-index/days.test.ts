import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, isoDay } from './days.ts';

test('dayNumber counts days from 1970-01-01 for full dates', () => {
  assert.equal(dayNumber('1970-01-01'), 0);
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber('1969-12-31'), -1);
  // Across a leap day: 2032-02-28 -> 2032-03-01 is two days.
  assert.equal(dayNumber('2032-03-01')! - dayNumber('2032-02-28')!, 2);
  assert.equal(dayNumber('2031-03-01')! - dayNumber('2031-02-28')!, 1);
  assert.equal(dayNumber('2031-01-01')! - dayNumber('2030-01-01')!, 365);
});

test('dayNumber reads YYYY-MM as mid-month and YYYY as mid-year', () => {
  assert.equal(dayNumber('2031-05'), dayNumber('2031-05-15'));
  assert.equal(dayNumber('2031-12'), dayNumber('2031-12-15'));
  assert.equal(dayNumber('2031'), dayNumber('2031-07-01'));
});

test('dayNumber returns null for missing or malformed dates', () => {
  for (const junk of [null, undefined, '', 'yesterday', '2031/05/03', '2031-5-3', '31-05-03', '2031-05-03T10:00:00Z', ' 2031-05-03', '20310503', 'May 2031']) {
    assert.equal(dayNumber(junk), null, String(junk));
  }
});

test('isoDay writes a day number back as YYYY-MM-DD', () => {
  assert.equal(isoDay(0), '1970-01-01');
  assert.equal(isoDay(-1), '1969-12-31');
  for (const date of ['2032-02-29', '2032-03-01', '2031-12-31', '1999-01-01']) assert.equal(isoDay(dayNumber(date)!), date);
});
