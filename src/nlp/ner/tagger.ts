// Greedy left-to-right decoding with the averaged-perceptron weights: per token, the static
// feature scores plus features of the two tags already chosen, under the BIO constraint that
// I-X only follows B-X or I-X. The scores are the same sums as over `staticFeatures` and
// `dynamicFeatures` (what training uses), assembled from rows cached per word form, per tag pair
// and per sentence edge, so that a token costs about a dozen hash-table reads instead of forty.

import { FeatureExtractor, MAX_STATIC, NDYN, NEXT, NEXT2, PREV, PREV2, tagFeatures, tagWordFeatures, type TokenDoc } from './features.ts';
import { ROWS, ScoreCache } from './score-cache.ts';
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
  /** Word-form rows (see ScoreCache), and each token's entry in it. */
  private readonly cache = new ScoreCache();
  private entries = new Int32Array(0);
  /** 1 where a token starts its sentence (part of the form's key: some features depend on it). */
  private initial = new Uint8Array(0);
  /** Scores of the features of the two previous tags alone, per (p1, p2). */
  private readonly pairRows = new Float64Array(PAIR_STRIDE * PAIR_STRIDE * NTAGS);
  /** Scores of a missing neighbour (before or after the sentence), per role. */
  private readonly edgeRows = new Float64Array(ROWS * NTAGS);

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
    for (const role of [PREV, PREV2, NEXT, NEXT2]) {
      const m = fx.neighborFeatures(-1, role, this.feats, 0);
      for (let j = 0; j < m; j++) weights.addAt(this.feats[j], this.edgeRows, role * NTAGS);
    }
  }

  /** Offset in cache.rows of row `role` of token i's form, summing it on first use. */
  private formRow(doc: TokenDoc, i: number, role: number): number {
    const cache = this.cache;
    const e = this.entries[i];
    let off = cache.row(e, role);
    if (off >= 0) return off;
    off = cache.fill(e, role);
    const feats = this.feats;
    const m = role === 0 ? this.fx.wordFeatures(doc, i, this.initial[i], feats, 0) : this.fx.neighborFeatures(i, role, feats, 0);
    for (let j = 0; j < m; j++) this.weights.addAt(feats[j], cache.rows, off);
    return off;
  }

  /** Tags every token of the document; returns tag indices (see TAGS). */
  tag(doc: TokenDoc): Uint8Array {
    const n = doc.starts.length;
    const tags = new Uint8Array(n);
    const fx = this.fx;
    fx.prepare(doc);
    const nsent = doc.sentStarts.length;
    const { scores, feats, dyn, cache, pairRows, edgeRows } = this;
    const w = this.weights;
    const text = doc.text;
    if (this.entries.length < n) {
      this.entries = new Int32Array(Math.max(n, this.entries.length * 2));
      this.initial = new Uint8Array(this.entries.length);
    }
    const { entries, initial } = this;
    cache.reserve(n);
    initial.fill(0, 0, n);
    for (let k = 0; k < nsent; k++) initial[doc.sentStarts[k]] = 1;
    for (let i = 0; i < n; i++) entries[i] = cache.entry(fx.word[i], initial[i], text, doc.starts[i], doc.ends[i]);
    const rows = cache.rows;
    for (let k = 0; k < nsent; k++) {
      const s0 = doc.sentStarts[k];
      const s1 = k + 1 < nsent ? doc.sentStarts[k + 1] : n;
      let p1 = START;
      let p2 = START;
      for (let i = s0; i < s1; i++) {
        const own = this.formRow(doc, i, 0);
        const pair = (p1 * PAIR_STRIDE + p2) * NTAGS;
        for (let t = 0; t < NTAGS; t++) scores[t] = rows[own + t] + pairRows[pair + t];
        addRow(scores, i > s0 ? rows : edgeRows, i > s0 ? this.formRow(doc, i - 1, PREV) : PREV * NTAGS);
        addRow(scores, i > s0 + 1 ? rows : edgeRows, i > s0 + 1 ? this.formRow(doc, i - 2, PREV2) : PREV2 * NTAGS);
        addRow(scores, i + 1 < s1 ? rows : edgeRows, i + 1 < s1 ? this.formRow(doc, i + 1, NEXT) : NEXT * NTAGS);
        addRow(scores, i + 2 < s1 ? rows : edgeRows, i + 2 < s1 ? this.formRow(doc, i + 2, NEXT2) : NEXT2 * NTAGS);
        const m = fx.windowFeatures(i, s0, s1, feats, 0);
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

function addRow(scores: Float64Array, rows: Float64Array, off: number): void {
  for (let t = 0; t < NTAGS; t++) scores[t] += rows[off + t];
}
