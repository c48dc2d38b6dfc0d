/** A sparse vector as parallel arrays: cheap to build, to iterate and to clone across threads. */
export interface SparseVector {
  terms: string[];
  weights: number[];
}

/** Document frequencies that grow as documents arrive, so weights never need a second pass. */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  documents = 0;

  /** Counts the distinct terms of one new document. */
  add(terms: Iterable<string>): void {
    this.documents++;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  idf(term: string): number {
    return Math.log((this.documents + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  count(term: string): number {
    return this.df.get(term) ?? 0;
  }
}

/** Unit-length TF-IDF vector with sublinear term frequency. */
export function tfidfVector(tokens: readonly string[], df: DocumentFrequencies): SparseVector {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  const terms: string[] = [];
  const weights: number[] = [];
  let norm = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * df.idf(t);
    terms.push(t);
    weights.push(w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { terms, weights };
}

/** The `k` heaviest terms, heaviest first. */
export function topTerms(v: SparseVector, k: number): string[] {
  const idx = v.weights.map((_, i) => i).sort((a, b) => v.weights[b] - v.weights[a]);
  return idx.slice(0, k).map((i) => v.terms[i]);
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
  const map = new Map<string, number>();
  for (let i = 0; i < large.terms.length; i++) map.set(large.terms[i], large.weights[i]);
  let dot = 0;
  for (let i = 0; i < small.terms.length; i++) dot += small.weights[i] * (map.get(small.terms[i]) ?? 0);
  return dot;
}

/** A running sum of unit vectors whose norm is kept up to date, for centroid cosine. */
export class Centroid {
  readonly sum = new Map<string, number>();
  private sq = 0;

  add(v: SparseVector): void {
    let dot = 0;
    let vv = 0;
    for (let i = 0; i < v.terms.length; i++) {
      const w = v.weights[i];
      const old = this.sum.get(v.terms[i]) ?? 0;
      dot += old * w;
      vv += w * w;
      this.sum.set(v.terms[i], old + w);
    }
    this.sq += 2 * dot + vv;
  }

  get norm(): number {
    return Math.sqrt(Math.max(this.sq, 0));
  }

  cosineWith(o: Centroid): number {
    if (this.sq <= 0 || o.sq <= 0) return 0;
    const [small, large] = this.sum.size <= o.sum.size ? [this.sum, o.sum] : [o.sum, this.sum];
    let dot = 0;
    for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
    return dot / (this.norm * o.norm);
  }

  /**
   * The share of a unit vector's weight (squared) on terms this centroid holds at all. Unlike the
   * cosine, it does not fall as the centroid gathers more terms: a story that has seen many names
   * still holds the names of a new report about it.
   */
  containment(v: SparseVector): number {
    let mass = 0;
    for (let i = 0; i < v.terms.length; i++) if (this.sum.has(v.terms[i])) mass += v.weights[i] * v.weights[i];
    return mass;
  }

  cosine(v: SparseVector): number {
    if (this.sq <= 0) return 0;
    let dot = 0;
    for (let i = 0; i < v.terms.length; i++) dot += v.weights[i] * (this.sum.get(v.terms[i]) ?? 0);
    return dot / Math.sqrt(this.sq);
  }
}
