import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisTicks, chronological, dayNumber, formatDayRange, parseDayRange } from './date-range.ts';

test('dates of every precision become day ranges', () => {
  const day = parseDayRange('2024-02-29')!;
  assert.equal(day.end - day.start, 1);
  assert.equal(day.precision, 'day');
  const month = parseDayRange('2024-02')!;
  assert.equal(month.end - month.start, 29, 'a leap February');
  const year = parseDayRange('2023')!;
  assert.equal(year.end - year.start, 365);
  const week = parseDayRange('2025-W01')!;
  assert.equal(week.start, dayNumber(2024, 12, 30), 'ISO week 1 of 2025 starts on Monday 30 Dec 2024');
  assert.equal(parseDayRange('1990', 'decade')!.end - parseDayRange('1990', 'decade')!.start, 3652);
  assert.deepEqual(parseDayRange('196'), { start: dayNumber(1960, 1, 1), end: dayNumber(1970, 1, 1), precision: 'decade' }, 'the TIMEX3 decade');
  assert.equal(parseDayRange('2024-13-01'), null);
  assert.equal(parseDayRange('last spring'), null);
});

test('ticks: a few days get daily ticks, decades get year ticks, a year gets months', () => {
  const d = dayNumber(2025, 5, 13);
  const days = axisTicks(d - 1, d + 2);
  assert.deepEqual(
    days.map((t) => t.label),
    ['12 May 2025', '13 May', '14 May'],
  );
  const long = axisTicks(dayNumber(1948, 1, 1), dayNumber(2024, 6, 1));
  assert.ok(long.length >= 3 && long.length <= 10);
  assert.ok(long.every((t) => /^\d{4}$/.test(t.label)));
  const months = axisTicks(dayNumber(2023, 3, 1), dayNumber(2025, 6, 1));
  assert.ok(months.length <= 10);
  assert.match(months[0].label, /^Mar 2023$/);
  // Every year change is labelled, even when thinning dropped January.
  const years = new Set(months.map((t) => t.label.match(/\d{4}/)?.[0]).filter(Boolean));
  assert.deepEqual([...years], ['2023', '2024', '2025']);
});

test('formatting and ordering', () => {
  assert.equal(formatDayRange('2023-03', 'month'), 'Mar 2023');
  assert.equal(formatDayRange('2025-05-13', 'day'), '13 May 2025');
  assert.equal(formatDayRange('unclear', undefined), 'unclear');
  const sorted = chronological([{ date: '2025-05-13' }, { date: 'unclear' }, { date: '2023' }, { date: '2025-05' }]);
  assert.deepEqual(
    sorted.map((e) => e.date),
    ['2023', '2025-05', '2025-05-13', 'unclear'],
  );
});
