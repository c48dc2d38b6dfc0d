/** Days since 1970-01-01 for YYYY-MM-DD, YYYY-MM (mid-month) or YYYY (mid-year); null otherwise. */
export function dayNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : 6;
  const d = m[3] ? Number(m[3]) : m[2] ? 15 : 1;
  return Math.floor(Date.UTC(y, mo, d) / 86_400_000);
}

/** YYYY-MM-DD of a day number: the inverse of `dayNumber` for whole days. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
