import type { ClaimValue } from '../../../core/index.ts';
import { AGE, APPOSITIVE_AGE, APPROX_TOLERANCE, APPROXIMATE, BARE_NOUN, FLOOR_WORDS, NUMBER_WORD, ONE_PERSON, ORDINAL_COUNT, VAGUE_LEAD, VAGUE_RANGES } from './patterns.ts';

/** What a value commits its source to, as a closed interval plus the figure it states. */
export interface ValueReading {
  low: number;
  high: number;
  /** The figure as stated ("at least nine" → 9). */
  point: number;
  /** A stated total ("nine", "at least nine") rather than a range, an estimate or a vague quantity. */
  stated: boolean;
}

/**
 * `agreement`: a vague quantity reads as the range its word names ("dozens" is 24–199), so it agrees
 * only with a figure inside it. Without it (reconciliation), it reads as ACLED's figure with a band of
 * half to twice it, as ACLED's coding counts vague reports.
 */
/** What `readValue` reads of a value: a claim mention has it too. */
export type Readable = Pick<ClaimValue, 'value' | 'low' | 'high' | 'vague'> & { quantity: { text: string } };

export function readValue(v: Readable, agreement = true): ValueReading | null {
  const n = typeof v.value === 'number' ? v.value : Number.NaN;
  const point = v.low ?? (Number.isFinite(n) ? n : v.high);
  if (point === null || point === undefined || !Number.isFinite(point)) return null;
  if (point === 1 && isOnePerson(v)) return { low: 1, high: Number.POSITIVE_INFINITY, point: 1, stated: false };
  if (v.vague) {
    const range = agreement ? vagueRange(v.quantity.text) : null;
    return { low: v.low ?? range?.[0] ?? point * 0.5, high: v.high ?? range?.[1] ?? point * 2, point, stated: false };
  }
  // "More than two dozen" commits its source to 24 and up, not to about 24: it agrees with "around 30".
  // Reconciliation keeps reading it as about its figure, as ACLED codes it.
  if (agreement && v.low !== null && v.high === null && FLOOR_WORDS.test(v.quantity.text)) {
    return { low: v.low, high: Number.POSITIVE_INFINITY, point: v.low, stated: false };
  }
  if (APPROXIMATE.test(v.quantity.text)) {
    return { low: point * (1 - APPROX_TOLERANCE), high: point * (1 + APPROX_TOLERANCE), point, stated: false };
  }
  if (v.low !== null && v.high !== null && v.low !== v.high) return { low: v.low, high: v.high, point: v.low, stated: false };
  if (v.low !== null && v.high === null) return { low: v.low, high: Number.POSITIVE_INFINITY, point: v.low, stated: true };
  if (v.low === null && v.high !== null) return { low: 0, high: v.high, point: v.high, stated: false };
  return { low: point, high: point, point, stated: true };
}

/**
 * The figures a claim spans for the ratio rules of alignment: a stated figure is itself, a vague
 * quantity the range its word names ("a few" 2–5, "many" 2 and up).
 */
export function figureSpan(c: { value: number | string; vague: boolean; quantity: { text: string } }): readonly [number, number] | null {
  if (typeof c.value !== 'number' || c.value <= 0) return null;
  if (!c.vague) return [c.value, c.value];
  const [lo, hi] = vagueRange(c.quantity.text) ?? [c.value * 0.5, c.value * 2];
  return [lo, hi];
}

/** The range a vague word names ("dozens" → 24–199), or null for a word not listed. */
export function vagueRange(text: string): readonly [number, number] | null {
  let t = text.toLowerCase().trim();
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(VAGUE_LEAD, '');
  }
  return VAGUE_RANGES[t.split(/\s+/)[0] ?? ''] ?? null;
}

/**
 * A claim that names one person who died ("a 28-year-old man was killed", "he died") rather than
 * giving a toll: it supports "at least one" and contradicts no higher total.
 */
export function isOnePerson(v: Readable): boolean {
  if (v.value !== 1 || v.vague || v.low !== null || v.high !== null) return false;
  const t = v.quantity.text.replace(AGE, ' ').replace(/\s+/g, ' ').trim();
  if (APPOSITIVE_AGE.test(t)) return true;
  if (ORDINAL_COUNT.test(t)) return false;
  // "13-year-old boy", "a man", "victim": with no number word left, the words name one person.
  return !NUMBER_WORD.test(t) && (t === '' || ONE_PERSON.test(t) || BARE_NOUN.test(t));
}

/**
 * Whether two readings can both be true. Two stated totals must name the same figure: sources
 * that say "at least nine" and "at least seven" about the same toll each give their total, and
 * those totals differ. Ranges, estimates and vague quantities only need to overlap.
 */
export function compatible(a: ValueReading, b: ValueReading, tolls: boolean): boolean {
  if (a.stated && b.stated) return tolls ? a.point === b.point : a.point === b.point;
  return a.low <= b.high && b.low <= a.high;
}
