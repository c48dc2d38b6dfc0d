import { cosine, DocumentFrequencies, tfidfVector } from '../../../corpus-index/index.ts';
import type { SparseVector } from '../../../corpus-index/index.ts';
import { DAMPING, EDGE_THRESHOLD } from './patterns.ts';

/** TF-IDF vectors of the given token lists, weighed against each other. */
export function vectors(tokens: readonly string[][]): SparseVector[] {
  const df = new DocumentFrequencies();
  for (const t of tokens) df.add(t);
  return tokens.map((t) => tfidfVector(t, df));
}

/**
 * LexRank centrality: a random walk over the graph of sentences whose cosine passes the
 * threshold. Also returns the similarity matrix rows it computed, for redundancy checks.
 */
export function lexRank(vs: readonly SparseVector[]): { scores: number[]; sim: Float32Array } {
  const n = vs.length;
  const sim = new Float32Array(n * n);
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sim[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vs[i], vs[j]);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
      if (s >= EDGE_THRESHOLD) {
        degree[i]++;
        degree[j]++;
      }
    }
  }
  let p = new Float64Array(n).fill(1 / Math.max(n, 1));
  for (let iter = 0; iter < 30; iter++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    for (let i = 0; i < n; i++) {
      if (degree[i] === 0) continue;
      const share = (DAMPING * p[i]) / degree[i];
      for (let j = 0; j < n; j++) if (i !== j && sim[i * n + j] >= EDGE_THRESHOLD) next[j] += share;
    }
    p = next;
  }
  return { scores: [...p], sim };
}
