import type { ClaimStatus, ClaimValue, Reconciliation } from '../../../core/index.ts';
import { isOnePerson, readValue } from './intervals.ts';
import { OFFICIAL_SOURCE } from './patterns.ts';

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * Range, ACLED's lowest corroborated figure, the latest official figure and one best figure.
 * `asOf`: per value, the date it is ordered by when not its publication date (see `slotStatus`).
 */
export function reconcile(values: readonly ClaimValue[], status: ClaimStatus, asOf?: readonly (string | null)[]): Reconciliation | null {
  const readings = values.map((v, i) => ({ v, r: readValue(v, false), at: (asOf ? asOf[i] : v.published) ?? '' })).filter((x) => x.r !== null) as {
    v: ClaimValue;
    r: NonNullable<ReturnType<typeof readValue>>;
    at: string;
  }[];
  if (readings.length === 0) return null;
  const points = readings.map((x) => x.r.point);
  const low = Math.min(...points);
  const high = Math.max(...points);
  const candidates = [...new Set(points)].sort((a, b) => a - b);
  let lowestCorroborated: number | null = null;
  // A named victim ("a man was killed") bounds the toll from below; it corroborates no figure.
  const figures = readings.filter((x) => !isOnePerson(x.v));
  for (const f of candidates) {
    const groups = new Set(figures.filter((x) => x.r.low <= f && f <= x.r.high).map((x) => x.v.group));
    if (groups.size > 1) {
      lowestCorroborated = f;
      break;
    }
  }
  const reasons: string[] = [];
  if (lowestCorroborated === null) {
    lowestCorroborated = low;
    reasons.push(`no figure is supported by two independent sources; the lowest is ${fmt(low)}`);
  } else reasons.push(`${fmt(lowestCorroborated)} is the lowest figure two or more independent sources support`);
  const byTime = [...readings].sort((a, b) => a.at.localeCompare(b.at));
  const official = byTime.filter((x) => x.v.attribution && OFFICIAL_SOURCE.test(x.v.attribution));
  const latestOfficial = official.length ? official[official.length - 1].r.point : null;
  if (latestOfficial !== null) reasons.push(`the latest official figure is ${fmt(latestOfficial)} (${official[official.length - 1].v.attribution})`);
  let best: number;
  if (status === 'evolving' || status === 'single-source') {
    best = byTime[byTime.length - 1].r.point;
    reasons.push(status === 'evolving' ? `the figure rose over time; the latest is ${fmt(best)}` : `one source: its latest figure is ${fmt(best)}`);
  } else if (status === 'agreed') {
    // A stated total wins over readings that only bound it ("a man was killed" is at least one).
    const stated = readings.filter((x) => x.r.stated).map((x) => x.r.point);
    best = mode(stated.length ? stated : points);
    reasons.push(stated.length && stated.length < points.length ? `sources agree; the stated total is ${fmt(best)}` : `sources agree on ${fmt(best)}`);
  } else {
    best = lowestCorroborated;
    reasons.push(`figures conflict (${fmt(low)}–${fmt(high)}); the lowest corroborated one is shown`);
  }
  return { low, high, lowestCorroborated, latestOfficial, best, reasoning: reasons.join('; ') };
}

function mode(xs: number[]): number {
  const counts = new Map<number, number>();
  let best = xs[0];
  for (const x of xs) {
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && x < best)) best = x;
  }
  return best;
}
