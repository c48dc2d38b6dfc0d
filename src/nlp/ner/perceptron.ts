// Averaged-perceptron training for the greedy NER tagger. Static features are extracted once
// and replaced by row indices, so each epoch is array arithmetic plus a few map lookups per token
// for the previous-tag features. Averaging uses the "w - u/c" trick (no per-weight timestamps).

import type { ConllDoc } from './conll.ts';
import { dynamicFeatures, FeatureExtractor, MAX_STATIC, NDYN } from './features.ts';
import { NerWeights, type ModelHeader } from './model.ts';
import { NTAGS } from './tags.ts';
import { bestTag, START } from './tagger.ts';

export interface TrainOptions {
  epochs: number;
  /** Static features seen fewer times than this in training are dropped. */
  minCount: number;
  seed: number;
  /** Called after each epoch with the averaged weights so far (e.g. to score the dev set). */
  onEpoch?: (epoch: number, model: TrainedModel) => void;
  log?: (msg: string) => void;
}

export interface TrainedModel {
  keys: Uint32Array;
  weights: Float32Array;
}

interface Prepared {
  /** Row index per static feature occurrence (-1 when pruned), flat. */
  feats: Int32Array;
  /** Offsets into feats per global token (length tokens + 1). */
  offs: Int32Array;
  lower: Uint32Array;
  short: Uint32Array;
  gold: Uint8Array;
  /** Per doc: first global token index; sentence starts as global indices. */
  docs: { first: number; n: number; sents: number[] }[];
}

function prepare(docs: ConllDoc[], fx: FeatureExtractor, minCount: number, keys: number[], index: Map<number, number>): Prepared {
  let total = 0;
  for (const d of docs) total += d.starts.length;
  let raw = new Uint32Array(total * 48);
  const offs = new Int32Array(total + 1);
  const lower = new Uint32Array(total);
  const short = new Uint32Array(total);
  const gold = new Uint8Array(total);
  const buf = new Uint32Array(MAX_STATIC);
  const counts = new Map<number, number>();
  const out: Prepared['docs'] = [];
  let g = 0;
  let pos = 0;
  for (const d of docs) {
    fx.prepare(d);
    const n = d.starts.length;
    out.push({ first: g, n, sents: d.sentStarts.map((s) => s + g) });
    for (let k = 0; k < d.sentStarts.length; k++) {
      const s0 = d.sentStarts[k];
      const s1 = k + 1 < d.sentStarts.length ? d.sentStarts[k + 1] : n;
      for (let i = s0; i < s1; i++) {
        const m = fx.staticFeatures(d, i, s0, s1, buf, 0);
        if (pos + m > raw.length) {
          const bigger = new Uint32Array(raw.length * 2);
          bigger.set(raw);
          raw = bigger;
        }
        for (let j = 0; j < m; j++) {
          const f = buf[j] || 1;
          raw[pos++] = f;
          counts.set(f, (counts.get(f) ?? 0) + 1);
        }
        lower[g + i] = fx.lower[i];
        short[g + i] = fx.short[i];
        gold[g + i] = d.gold[i];
        offs[g + i + 1] = pos;
      }
    }
    g += n;
  }
  const feats = new Int32Array(pos);
  for (let j = 0; j < pos; j++) {
    const f = raw[j];
    if ((counts.get(f) ?? 0) < minCount) {
      feats[j] = -1;
      continue;
    }
    let r = index.get(f);
    if (r === undefined) {
      r = keys.length;
      keys.push(f);
      index.set(f, r);
    }
    feats[j] = r;
  }
  return { feats, offs, lower, short, gold, docs: out };
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function trainPerceptron(docs: ConllDoc[], fx: FeatureExtractor, opts: TrainOptions): TrainedModel {
  const log = opts.log ?? (() => {});
  const keys: number[] = [];
  const index = new Map<number, number>();
  const p = prepare(docs, fx, opts.minCount, keys, index);
  log(`prepared ${p.offs.length - 1} tokens, ${keys.length} static features`);
  let cap = (keys.length + 100_000) * NTAGS;
  let w = new Float64Array(cap);
  let u = new Float64Array(cap);
  const dyn = new Uint32Array(NDYN);
  const dynRows = new Int32Array(NDYN);
  const scores = new Float64Array(NTAGS);
  let c = 1;
  const rand = rng(opts.seed);
  const order = p.docs.map((_, i) => i);

  const rowOf = (f: number): number => {
    const k = f || 1;
    let r = index.get(k);
    if (r === undefined) {
      r = keys.length;
      keys.push(k);
      index.set(k, r);
      if ((r + 1) * NTAGS > cap) {
        cap *= 2;
        const w2 = new Float64Array(cap);
        w2.set(w);
        w = w2;
        const u2 = new Float64Array(cap);
        u2.set(u);
        u = u2;
      }
    }
    return r;
  };

  const update = (row: number, truth: number, guess: number): void => {
    const o = row * NTAGS;
    w[o + truth] += 1;
    u[o + truth] += c;
    w[o + guess] -= 1;
    u[o + guess] -= c;
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const di of order) {
      const d = p.docs[di];
      const end = d.first + d.n;
      for (let k = 0; k < d.sents.length; k++) {
        const s0 = d.sents[k];
        const s1 = k + 1 < d.sents.length ? d.sents[k + 1] : end;
        let p1 = START;
        let p2 = START;
        for (let i = s0; i < s1; i++) {
          scores.fill(0);
          for (let j = p.offs[i]; j < p.offs[i + 1]; j++) {
            const r = p.feats[j];
            if (r < 0) continue;
            const o = r * NTAGS;
            for (let t = 0; t < NTAGS; t++) scores[t] += w[o + t];
          }
          dynamicFeatures(p1, p2, p.lower[i], p.short[i], dyn);
          for (let j = 0; j < NDYN; j++) {
            const r = rowOf(dyn[j]);
            dynRows[j] = r;
            const o = r * NTAGS;
            for (let t = 0; t < NTAGS; t++) scores[t] += w[o + t];
          }
          const guess = bestTag(scores, p1);
          const truth = p.gold[i];
          if (guess !== truth) {
            errors++;
            for (let j = p.offs[i]; j < p.offs[i + 1]; j++) if (p.feats[j] >= 0) update(p.feats[j], truth, guess);
            for (let j = 0; j < NDYN; j++) update(dynRows[j], truth, guess);
          }
          c++;
          tokens++;
          p2 = p1;
          p1 = guess;
        }
      }
    }
    log(`epoch ${epoch}: ${errors} errors in ${tokens} tokens (${((100 * errors) / tokens).toFixed(2)}%)`);
    if (opts.onEpoch) opts.onEpoch(epoch, averaged(keys, w, u, c));
  }
  return averaged(keys, w, u, c);
}

function averaged(keys: number[], w: Float64Array, u: Float64Array, c: number): TrainedModel {
  const n = keys.length;
  const weights = new Float32Array(n * NTAGS);
  for (let i = 0; i < n * NTAGS; i++) weights[i] = w[i] - u[i] / c;
  return { keys: Uint32Array.from(keys), weights };
}

/** Drops rows whose largest absolute weight is below `threshold` (model size vs accuracy). */
export function pruneModel(m: TrainedModel, threshold: number): TrainedModel {
  const keep: number[] = [];
  for (let r = 0; r < m.keys.length; r++) {
    let max = 0;
    for (let t = 0; t < NTAGS; t++) max = Math.max(max, Math.abs(m.weights[r * NTAGS + t]));
    if (max >= threshold) keep.push(r);
  }
  const keys = new Uint32Array(keep.length);
  const weights = new Float32Array(keep.length * NTAGS);
  keep.forEach((r, i) => {
    keys[i] = m.keys[r];
    weights.set(m.weights.subarray(r * NTAGS, (r + 1) * NTAGS), i * NTAGS);
  });
  return { keys, weights };
}

export function toWeights(m: TrainedModel, notes: Record<string, unknown> = {}): NerWeights {
  const header: ModelHeader = { version: 1, tags: [], features: m.keys.length, scale: 1, notes };
  return new NerWeights(m.keys, m.weights, header);
}
