import { fewestShared, intersectionAtLeast, LshIndex, minhashSignature, overlapOf, shingleSet } from './minhash.ts';
import { contentWords } from './tokenize.ts';

export interface CopyIndexOptions {
  /** Words per shingle; shingles are built over content words so light rewording keeps most of them. */
  shingle: number;
  bands: number;
  rows: number;
  /** At or above this Jaccard (or containment of `duplicateContainment`) two texts are copies. */
  duplicateJaccard: number;
  duplicateContainment: number;
  /** At or above this containment, or `rewriteJaccard`, one text is a rewrite of the other. */
  rewriteContainment: number;
  rewriteJaccard: number;
  /** Texts with fewer shingles than this are too short to call copies. */
  minShingles: number;
}

export const DEFAULT_COPY_OPTIONS: CopyIndexOptions = {
  shingle: 2,
  bands: 32,
  rows: 2,
  duplicateJaccard: 0.8,
  duplicateContainment: 0.9,
  rewriteContainment: 0.45,
  rewriteJaccard: 0.3,
  minShingles: 8,
};

export interface CopyMatch {
  a: string;
  b: string;
  relation: 'duplicate' | 'rewrite';
  jaccard: number;
  containment: number;
}

/** Whether sets of sizes `a` and `b` sharing `inter` shingles are at least a rewrite (a copy is one too). */
function rewriteAt(o: CopyIndexOptions, inter: number, a: number, b: number): boolean {
  const ov = overlapOf(inter, a, b);
  return ov.jaccard >= o.rewriteJaccard || ov.containment >= o.rewriteContainment;
}

/**
 * Near-duplicate and rewrite detection: shingles of content words, MinHash signatures and LSH
 * bands to find candidates, then the exact overlap of the shingle sets to decide.
 */
export class CopyIndex {
  readonly options: CopyIndexOptions;
  private readonly lsh: LshIndex<string>;
  private readonly shingles = new Map<string, Uint32Array>();

  constructor(options: Partial<CopyIndexOptions> = {}) {
    this.options = { ...DEFAULT_COPY_OPTIONS, ...options };
    this.lsh = new LshIndex(this.options.bands, this.options.rows);
  }

  /**
   * Adds a document and returns its copy relations with documents already in the index. A caller
   * that has the text's content words already passes them, to save the costly second tokenisation.
   */
  add(id: string, text: string, words: readonly string[] = contentWords(text)): CopyMatch[] {
    const o = this.options;
    const set = shingleSet(words, o.shingle);
    const sig = minhashSignature(set, o.bands * o.rows);
    const out: CopyMatch[] = [];
    if (set.length >= o.minShingles) {
      for (const other of this.lsh.candidates(sig)) {
        const theirs = this.shingles.get(other)!;
        // Most candidates share a few stock phrases: the merge stops once a rewrite is out of reach.
        const need = fewestShared(Math.min(set.length, theirs.length), (n) => rewriteAt(o, n, set.length, theirs.length));
        const inter = need > 0 ? intersectionAtLeast(set, theirs, need) : -1;
        if (inter < 0) continue;
        const ov = overlapOf(inter, set.length, theirs.length);
        let relation: CopyMatch['relation'] | null = null;
        if (ov.jaccard >= o.duplicateJaccard || ov.containment >= o.duplicateContainment) relation = 'duplicate';
        else if (ov.jaccard >= o.rewriteJaccard || ov.containment >= o.rewriteContainment) relation = 'rewrite';
        if (relation) out.push({ a: other, b: id, relation, jaccard: ov.jaccard, containment: ov.containment });
      }
      this.lsh.add(id, sig);
    }
    this.shingles.set(id, set);
    return out;
  }
}
