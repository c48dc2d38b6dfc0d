import type { TextSpan } from '../../../core/index.ts';
import { MONTH_NAMES_SOURCE, MONTH_NUMBER } from '../clean/months.ts';

const MONTH_RE = `(${MONTH_NAMES_SOURCE})\\.?`;

// Each alternative captures its own groups; `read` below knows which is which.
const ISO = '(\\d{4})-(\\d{1,2})-(\\d{1,2})';
const MDY = `${MONTH_RE},?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`;
// Day first: "3rd of May 2031", German "3. Mai 2031", Spanish "3 de mayo de 2031".
const DMY = `(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?${MONTH_RE},?\\s+(?:de\\s+)?(\\d{4})`;
const NUMERIC = '(\\d{1,2})/(\\d{1,2})/(\\d{4})';
// Dotted numeric dates are day first wherever they are printed ("3.11.2031").
const DOTTED = '(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})';

/** Full calendar dates (day, month and year) anywhere in a text. */
export const FULL_DATE = new RegExp(`\\b(?:${ISO}|${MDY}|${DMY}|${NUMERIC}|${DOTTED})\\b`, 'gi');

/** A four-digit year: every full date has one. */
const HAS_YEAR = /\b(?:1[89]|20|21)\d\d\b/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthOf(name: string): number {
  return MONTH_NUMBER.get(name.toLowerCase()) ?? 0;
}

function read(g: RegExpExecArray): string | null {
  if (g[1]) return valid(+g[1], +g[2], +g[3]);
  if (g[4]) return valid(+g[6], monthOf(g[4]), +g[5]);
  if (g[7]) return valid(+g[9], monthOf(g[8]), +g[7]);
  // Numeric dates: month first (US convention) unless that is impossible.
  if (g[10]) return valid(+g[12], +g[10], +g[11]) ?? valid(+g[12], +g[11], +g[10]);
  if (g[13]) return valid(+g[15], +g[14], +g[13]);
  return null;
}

/** The first full date in a string, as YYYY-MM-DD. */
export function parseDate(s: string): string | null {
  FULL_DATE.lastIndex = 0;
  const m = FULL_DATE.exec(s);
  FULL_DATE.lastIndex = 0;
  if (m) return read(m);
  // ISO timestamps and other machine forms from HTML meta; without a year Date.parse makes one up
  // ("Tuesday, 3 November" is 2001-11-03 to it).
  if (!HAS_YEAR.test(s)) return null;
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
