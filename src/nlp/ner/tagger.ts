// Greedy left-to-right decoding with the averaged-perceptron weights: per token, the static
// feature scores plus features of the two tags already chosen, under the BIO constraint that
// I-X only follows B-X or I-X.

import { dynamicFeatures, FeatureExtractor, MAX_STATIC, NDYN, type TokenDoc } from './features.ts';
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

export class NerTagger {
  private feats = new Uint32Array(MAX_STATIC);
  private dyn = new Uint32Array(NDYN);
  private scores = new Float64Array(NTAGS);

  constructor(
    readonly fx: FeatureExtractor,
    readonly weights: NerWeights,
  ) {}

  /** Tags every token of the document; returns tag indices (see TAGS). */
  tag(doc: TokenDoc): Uint8Array {
    const n = doc.starts.length;
    const tags = new Uint8Array(n);
    const fx = this.fx;
    fx.prepare(doc);
    const nsent = doc.sentStarts.length;
    const scores = this.scores;
    const w = this.weights;
    for (let k = 0; k < nsent; k++) {
      const s0 = doc.sentStarts[k];
      const s1 = k + 1 < nsent ? doc.sentStarts[k + 1] : n;
      let p1 = START;
      let p2 = START;
      for (let i = s0; i < s1; i++) {
        scores.fill(0);
        const m = fx.staticFeatures(doc, i, s0, s1, this.feats, 0);
        for (let j = 0; j < m; j++) w.add(this.feats[j], scores);
        dynamicFeatures(p1, p2, fx.lower[i], fx.short[i], this.dyn);
        for (let j = 0; j < NDYN; j++) w.add(this.dyn[j], scores);
        const t = bestTag(scores, p1);
        tags[i] = t;
        p2 = p1;
        p1 = t;
      }
    }
    return tags;
  }
}
