/**
 * Calendar values of the timeline as day ranges, so day, week, month and year precision can share
 * one axis: a day is one day wide, "2023-03" spans March, "2023" the whole year.
 */
export interface DayRange {
  /** Days since 1970-01-01 (UTC), inclusive. */
  start: number;
  /** Exclusive. */
  end: number;
  precision: 'day' | 'week' | 'month' | 'year' | 'decade';
}

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const YEAR = /^(\d{4})$/;
const DECADE = /^(\d{3})(?:X|0s)?$/;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function dayToDate(day: number): Date {
  return new Date(day * DAY_MS);
}

/** Parses a timeline date; null when it is not a calendar value this chart can place. */
export function parseDayRange(value: string, precision?: string): DayRange | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  let m = DAY.exec(v);
  if (m) {
    const start = dayNumber(+m[1], +m[2], +m[3]);
    if (+m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31) return null;
    return { start, end: start + 1, precision: 'day' };
  }
  m = MONTH.exec(v);
  if (m) {
    if (+m[2] < 1 || +m[2] > 12) return null;
    return { start: dayNumber(+m[1], +m[2], 1), end: dayNumber(+m[1], +m[2] + 1, 1), precision: 'month' };
  }
  m = WEEK.exec(v);
  if (m) {
    // ISO week 1 is the week with the year's first Thursday; weeks start on Monday.
    const jan4 = dayNumber(+m[1], 1, 4);
    const weekday = (dayToDate(jan4).getUTCDay() + 6) % 7;
    const start = jan4 - weekday + (+m[2] - 1) * 7;
    return { start, end: start + 7, precision: 'week' };
  }
  m = YEAR.exec(v);
  if (m) {
    if (precision === 'decade') {
      const y = +m[1] - (+m[1] % 10);
      return { start: dayNumber(y, 1, 1), end: dayNumber(y + 10, 1, 1), precision: 'decade' };
    }
    return { start: dayNumber(+m[1], 1, 1), end: dayNumber(+m[1] + 1, 1, 1), precision: 'year' };
  }
  m = DECADE.exec(v);
  if (m) {
    const y = +m[1] * 10;
    return { start: dayNumber(y, 1, 1), end: dayNumber(y + 10, 1, 1), precision: 'decade' };
  }
  return null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthName(month0: number): string {
  return MONTHS[month0];
}

export interface Tick {
  day: number;
  label: string;
}

interface RawTick {
  day: number;
  /** The label without its year ("18 Jan", "Mar"). */
  base: string;
  year: number;
}

/**
 * Ticks for an axis from `from` to `to` (days): daily for about two weeks, weekly up to a few
 * months, monthly up to a few years, then years in steps of 1, 2, 5, 10 ... keeping at most
 * about `maxTicks` labels. A tick shows its year when it is the first or the year changed.
 */
export function axisTicks(from: number, to: number, maxTicks = 10): Tick[] {
  const span = to - from;
  const raw: RawTick[] = [];
  if (span <= 16) {
    // Daily ticks sit mid-day, where day-precision events are drawn.
    for (let d = Math.floor(from); d + 0.5 <= to; d++) if (d + 0.5 >= from) raw.push(dayTick(d, d + 0.5));
  } else if (span <= 120) {
    let d = Math.ceil(from);
    d += (8 - dayToDate(d).getUTCDay()) % 7; // the first Monday
    for (; d <= to; d += 7) raw.push(dayTick(d, d));
  } else if (span <= 366 * 4) {
    const first = dayToDate(Math.ceil(from));
    let y = first.getUTCFullYear();
    let mo = first.getUTCMonth();
    if (dayNumber(y, mo + 1, 1) < from) mo++;
    for (;; mo++) {
      if (mo > 11) {
        mo = 0;
        y++;
      }
      const d = dayNumber(y, mo + 1, 1);
      if (d > to) break;
      raw.push({ day: d, base: monthName(mo), year: y });
    }
  } else {
    const years = span / 365.25;
    const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].find((s) => years / s <= maxTicks) ?? 1000;
    const lastYear = dayToDate(to).getUTCFullYear();
    for (let y = Math.ceil(dayToDate(from).getUTCFullYear() / step) * step; y <= lastYear; y += step) {
      const d = dayNumber(y, 1, 1);
      if (d >= from && d <= to) raw.push({ day: d, base: '', year: y });
    }
  }
  const k = Math.max(1, Math.ceil(raw.length / maxTicks));
  let lastYear = NaN;
  const ticks: Tick[] = [];
  raw.forEach((t, i) => {
    if (i % k !== 0) return;
    const label = t.base === '' ? String(t.year) : t.year !== lastYear ? `${t.base} ${t.year}` : t.base;
    ticks.push({ day: t.day, label });
    lastYear = t.year;
  });
  return ticks;
}

function dayTick(d: number, at: number): RawTick {
  const date = dayToDate(d);
  return { day: at, base: `${date.getUTCDate()} ${monthName(date.getUTCMonth())}`, year: date.getUTCFullYear() };
}

export function formatDayRange(value: string, precision: string | undefined): string {
  const r = parseDayRange(value, precision);
  if (!r) return value;
  const d = dayToDate(r.start);
  switch (r.precision) {
    case 'day':
      return `${d.getUTCDate()} ${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
    case 'week':
      return `week of ${d.getUTCDate()} ${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
    case 'month':
      return `${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
    case 'year':
      return String(d.getUTCFullYear());
    default:
      return `${d.getUTCFullYear()}s`;
  }
}

/** Timeline entries by date; those whose date cannot be read keep their order at the end. */
export function chronological<T extends { date: string; precision?: string }>(entries: readonly T[]): T[] {
  const keyed = entries.map((e, i) => ({ e, i, r: parseDayRange(e.date, e.precision) }));
  keyed.sort((a, b) => (a.r && b.r ? a.r.start - b.r.start || a.r.end - b.r.end : a.r ? -1 : b.r ? 1 : 0) || a.i - b.i);
  return keyed.map((k) => k.e);
}
