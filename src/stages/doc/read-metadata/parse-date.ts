import type { TextSpan } from '../../../core/index.ts';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

// Each alternative captures its own groups; `read` below knows which is which.
const ISO = '(\\d{4})-(\\d{1,2})-(\\d{1,2})';
const MDY = `${MONTH_RE},?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`;
const DMY = `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})`;
const NUMERIC = '(\\d{1,2})/(\\d{1,2})/(\\d{4})';

/** Full calendar dates (day, month and year) anywhere in a text. */
export const FULL_DATE = new RegExp(`\\b(?:${ISO}|${MDY}|${DMY}|${NUMERIC})\\b`, 'gi');

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function read(g: RegExpExecArray): string | null {
  if (g[1]) return valid(+g[1], +g[2], +g[3]);
  if (g[4]) return valid(+g[6], MONTHS[g[4].slice(0, 3).toLowerCase()], +g[5]);
  if (g[7]) return valid(+g[9], MONTHS[g[8].slice(0, 3).toLowerCase()], +g[7]);
  // Numeric dates: month first (US convention) unless that is impossible.
  if (g[10]) return valid(+g[12], +g[10], +g[11]) ?? valid(+g[12], +g[11], +g[10]);
  return null;
}

/** The first full date in a string, as YYYY-MM-DD. */
export function parseDate(s: string): string | null {
  FULL_DATE.lastIndex = 0;
  const m = FULL_DATE.exec(s);
  FULL_DATE.lastIndex = 0;
  if (m) return read(m);
  // ISO timestamps and other machine forms from HTML meta.
  const t = Date.parse(s);
  if (!Number.isNaN(t)) {
    const d = new Date(t);
    return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

export interface FoundDate extends TextSpan {
  value: string;
}

/** Every full date in text, with its span. */
const HAS_YEAR = /\b(?:1[89]|20|21)\d\d\b/;

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Every full date has a four-digit year: most texts without one are done in one cheap scan.
  if (!HAS_YEAR.test(text)) return out;
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m !== null; m = FULL_DATE.exec(text)) {
    const value = read(m);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return out;
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
