/** Calendar arithmetic on plain dates (no time zones: every value is a UTC midnight). */

import type { DatePrecision } from '../../../core/index.ts';

/** Precisions from the finest to the coarsest: a lower rank says more. */
export const PRECISION_ORDER: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

export function parseYmd(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function toUtc(d: Ymd): number {
  return Date.UTC(d.y, d.m - 1, d.d);
}

function fromUtc(t: number): Ymd {
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

export function addMonths(d: Ymd, n: number): Ymd {
  const idx = d.y * 12 + (d.m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1, d: 1 };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: Ymd): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatDay(d: Ymd): string {
  return `${pad4(d.y)}-${pad2(d.m)}-${pad2(d.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** ISO 8601 week ("2024-W03"): weeks start on Monday, week 1 holds the year's first Thursday. */
export function formatIsoWeek(d: Ymd): string {
  const dow = (weekday(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return `${pad4(thursday.y)}-W${pad2(week)}`;
}

export function formatQuarter(y: number, q: number): string {
  return `${pad4(y)}-Q${q}`;
}
