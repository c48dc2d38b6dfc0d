import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisSegments } from './timeline.ts';
import { dayNumber, parseDayRange } from './date-range.ts';
import type { DayRange } from './date-range.ts';

const ranges = (...dates: string[]): DayRange[] => dates.map((d) => parseDayRange(d)!);

test('a single date gets one segment a few days wide, centred on it', () => {
  const [seg] = axisSegments(ranges('2025-05-13'), 900, 20);
  const day = dayNumber(2025, 5, 13);
  assert.ok(seg.from < day && seg.to > day + 1);
  assert.ok(seg.to - seg.from < 5);
  assert.equal(seg.x0, 20);
  assert.equal(seg.x1, 920);
});

test('events spread evenly over decades stay on one continuous axis', () => {
  const segs = axisSegments(ranges('1950', '1962', '1975', '1988', '2001', '2014'), 900, 0);
  assert.equal(segs.length, 1);
});

test('an outlier far from a dense cluster cuts the axis, and the cluster gets most of the width', () => {
  const segs = axisSegments(ranges('2019-06', '2025-03-12', '2025-03-12', '2025-03-13', '2025-03-14'), 900, 0);
  assert.equal(segs.length, 2);
  assert.ok(segs[0].to < dayNumber(2019, 8, 1));
  assert.ok(segs[1].from > dayNumber(2025, 3, 1));
  assert.ok(segs[1].x1 - segs[1].x0 > 2 * (segs[0].x1 - segs[0].x0));
  assert.ok(segs[0].x1 < segs[1].x0, 'segments do not overlap');
});
