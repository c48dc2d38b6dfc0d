// Entity-level precision/recall/F1 (CoNLL convention: a span counts only when its boundaries and
// type both match exactly).

import { tagsToSpans, type TagSpan } from './tags.ts';

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export class SpanScore {
  readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  addSpans(gold: readonly TagSpan[], pred: readonly TagSpan[]): void {
    const key = (s: TagSpan): string => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) this.bump(s.type, g.has(key(s)) ? 'tp' : 'fp');
    for (const s of gold) if (!p.has(key(s))) this.bump(s.type, 'fn');
  }

  addTags(gold: ArrayLike<number>, pred: ArrayLike<number>, start: number, end: number): void {
    const off = (spans: TagSpan[]): TagSpan[] => spans;
    const g = off(tagsToSpans(Array.prototype.slice.call(gold, start, end) as number[]));
    const p = off(tagsToSpans(Array.prototype.slice.call(pred, start, end) as number[]));
    this.addSpans(g, p);
  }

  private bump(type: string, k: 'tp' | 'fp' | 'fn'): void {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    c[k]++;
  }

  byType(): Record<string, PRF> {
    const out: Record<string, PRF> = {};
    for (const [t, c] of [...this.counts].sort()) out[t] = prf(c.tp, c.fp, c.fn);
    return out;
  }

  overall(): PRF {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of this.counts.values()) {
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return prf(tp, fp, fn);
  }
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
