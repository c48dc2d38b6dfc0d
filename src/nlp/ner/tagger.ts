// Greedy left-to-right decoding with the averaged-perceptron weights: per token, the static
// feature scores plus features of the two tags already chosen, under the BIO constraint that
// I-X only follows B-X or I-X.

import { FeatureExtractor, MAX_STATIC, NDYN, tagFeatures, tagWordFeatures, type TokenDoc } from './features.ts';
import { ScoreCache } from './score-cache.ts';
import type { NerWeights } from './model.ts';
import { NTAGS } from './tags.ts';

/** The "tag" before a sentence's first token, for the previous-tag features. */
export const START = 15;

/** Whether tag t may follow tag prev in BIO. */
export function allowed(prev: number, t: number): boolean {
  if (t === 0 || (t & 1) === 1) return true;
  return prev === t || prev === t - 1;
}

export interface Scorer {
  /** Adds the weights of feature f to scores. */
  add(f: number, scores: Float64Array): void;
}

/** Chooses the best allowed tag from scores. */
export function bestTag(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < NTAGS; t++) {
    if (!allowed(prev, t)) continue;
    if (scores[t] > bestScore) {
      bestScore = scores[t];
      best = t;
    }
  }
  return best;
}

/** Previous-tag values: the tags, and START. */
const PREV_TAGS = [...Array.from({ length: NTAGS }, (_, t) => t), START];
const PAIR_STRIDE = 16;

export class NerTagger {
  private feats = new Uint32Array(MAX_STATIC);
  private dyn = new Uint32Array(NDYN);
  private scores = new Float64Array(NTAGS);
  /** Word-form rows (see ScoreCache). */
  private readonly cache = new ScoreCache();
  /** Scores of the features of the two previous tags alone, per (p1, p2). */
  private readonly pairRows = new Float64Array(PAIR_STRIDE * PAIR_STRIDE * NTAGS);

  constructor(
    readonly fx: FeatureExtractor,
    readonly weights: NerWeights,
  ) {
    for (const p1 of PREV_TAGS) {
      for (const p2 of PREV_TAGS) {
        tagFeatures(p1, p2, this.dyn, 0);
        const at = (p1 * PAIR_STRIDE + p2) * NTAGS;
        weights.addAt(this.dyn[0], this.pairRows, at);
        weights.addAt(this.dyn[1], this.pairRows, at);
      }
    }
  }

  /** Tags every token of the document; returns tag indices (see TAGS). */
  tag(doc: TokenDoc): Uint8Array {
    const n = doc.starts.length;
    const tags = new Uint8Array(n);
    const fx = this.fx;
    fx.prepare(doc);
    const nsent = doc.sentStarts.length;
    const { scores, feats, dyn, cache, pairRows } = this;
    const rows = cache.rows;
    const w = this.weights;
    const text = doc.text;
    for (let k = 0; k < nsent; k++) {
      const s0 = doc.sentStarts[k];
      const s1 = k + 1 < nsent ? doc.sentStarts[k + 1] : n;
      let p1 = START;
      let p2 = START;
      for (let i = s0; i < s1; i++) {
        const init = i === s0 ? 1 : 0;
        const start = doc.starts[i];
        const end = doc.ends[i];
        let off = cache.find(fx.word[i], init, text, start, end);
        if (off < 0) {
          off = cache.add(fx.word[i], init, text, start, end);
          rows.fill(0, off, off + NTAGS);
          const m = fx.wordFeatures(doc, i, init, feats, 0);
          for (let j = 0; j < m; j++) w.addAt(feats[j], rows, off);
        }
        const pair = (p1 * PAIR_STRIDE + p2) * NTAGS;
        for (let t = 0; t < NTAGS; t++) scores[t] = rows[off + t] + pairRows[pair + t];
        const m = fx.contextFeatures(doc, i, s0, s1, feats, 0);
        for (let j = 0; j < m; j++) w.add(feats[j], scores);
        tagWordFeatures(p1, fx.lower[i], fx.short[i], dyn, 0);
        w.add(dyn[0], scores);
        w.add(dyn[1], scores);
        const t = bestTag(scores, p1);
        tags[i] = t;
        p2 = p1;
        p1 = t;
      }
    }
    return tags;
  }
}
