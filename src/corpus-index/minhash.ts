import { hashRange } from '../nlp/hash.ts';
import { hashString, mix32 } from './hash.ts';

/** FNV-1a of a k-gram "w1 w2 ...", carried from one word to the next so no joined string is built. */
function gramHash(words: readonly string[], at: number, k: number): number {
  let h = hashString(words[at]);
  for (let j = 1; j < k; j++) {
    const w = words[at + j];
    h = hashRange(w, 0, w.length, false, hashRange(' ', 0, 1, false, h));
  }
  return h;
}

/** Distinct hashed word k-grams, sorted: the set a document's text is compared by. */
export function shingleSet(words: readonly string[], k: number): Uint32Array {
  if (words.length < k) return words.length > 0 ? Uint32Array.of(hashString(words.join(' '))) : new Uint32Array(0);
  const all = new Uint32Array(words.length - k + 1);
  for (let i = 0; i < all.length; i++) all[i] = gramHash(words, i, k);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  // A copy of the right length: the index keeps the set, so no slack behind it.
  return n === all.length ? all : all.slice(0, n);
}

/** |A ∩ B| of two sorted shingle sets, by one merge pass (the gate below with nothing to reach). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  return intersectionAtLeast(a, b, 0);
}

/**
 * |A ∩ B| of two sorted sets when it reaches `need`, else -1: the merge stops as soon as the values
 * left in the shorter remainder could no longer make up the shortfall. A cheap gate for pairs most
 * of which fall short.
 */
export function intersectionAtLeast(a: Uint32Array, b: Uint32Array, need: number): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
      continue;
    }
    if (a[i] < b[j]) i++;
    else j++;
    if (n + Math.min(a.length - i, b.length - j) < need) return -1;
  }
  return n >= need ? n : -1;
}

/**
 * Fewest shared values, from 1 to `most`, for which `enough` holds (it must only turn true as the
 * overlap grows), found by bisection on the caller's own test so that the gate and the decision
 * agree to the last rounding; 0 when even `most` is not enough.
 */
export function fewestShared(most: number, enough: (shared: number) => boolean): number {
  if (most < 1 || !enough(most)) return 0;
  let lo = 1;
  let hi = most;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (enough(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface SetOverlap {
  jaccard: number;
  /** Share of the smaller set found in the larger: high when one text is an excerpt of the other. */
  containment: number;
}

export function setOverlap(a: Uint32Array, b: Uint32Array): SetOverlap {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  return overlapOf(intersectionSize(a, b), a.length, b.length);
}

/** Jaccard and containment of two non-empty sets of sizes `a` and `b` sharing `inter` values. */
export function overlapOf(inter: number, a: number, b: number): SetOverlap {
  return { jaccard: inter / (a + b - inter), containment: inter / Math.min(a, b) };
}

/** MinHash signature: for each of `size` seeded hash functions, the minimum over the set. */
export function minhashSignature(shingles: Uint32Array, size: number): Uint32Array {
  const sig = new Uint32Array(size).fill(0xffffffff);
  for (let i = 0; i < shingles.length; i++) {
    // The shingle is already a good hash; one multiply-xorshift per function is enough to permute it.
    const x = shingles[i];
    for (let h = 0; h < size; h++) {
      let v = Math.imul(x ^ SEEDS[h], 0x85ebca6b);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < sig[h]) sig[h] = v;
    }
  }
  return sig;
}

const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(256);
  let x = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    x = mix32(x + i, 0x5bd1e995);
    s[i] = x;
  }
  return s;
})();

/**
 * Locality-sensitive hashing over MinHash bands: documents sharing any band land in one bucket,
 * so near-duplicates are found without comparing every pair.
 */
export class LshIndex<K> {
  private readonly buckets = new Map<string, K[]>();
  constructor(
    readonly bands: number,
    readonly rows: number,
    /**
     * A band shared by more documents than this is boilerplate ("police said"), not evidence of
     * copying: it is no longer read or grown. Real copies share many rarer bands as well.
     */
    readonly maxBucket = 12,
  ) {}

  /**
   * One key per band: the band's number and its rows' values, two UTF-16 code units each, so the
   * key is short to build and to hash (the maps hold tens of keys per document).
   */
  private keys(sig: Uint32Array): string[] {
    const out: string[] = [];
    const codes: number[] = new Array(1 + 2 * this.rows);
    for (let b = 0; b < this.bands; b++) {
      codes[0] = b;
      for (let r = 0; r < this.rows; r++) {
        const v = sig[b * this.rows + r];
        codes[1 + 2 * r] = v >>> 16;
        codes[2 + 2 * r] = v & 0xffff;
      }
      out.push(String.fromCharCode(...codes));
    }
    return out;
  }

  /** Keys already indexed that share a band with the signature. */
  candidates(sig: Uint32Array): Set<K> {
    const out = new Set<K>();
    for (const key of this.keys(sig)) {
      const bucket = this.buckets.get(key);
      if (bucket && bucket.length < this.maxBucket) for (const k of bucket) out.add(k);
    }
    return out;
  }

  add(key: K, sig: Uint32Array): void {
    for (const bk of this.keys(sig)) {
      const bucket = this.buckets.get(bk);
      if (bucket) {
        if (bucket.length < this.maxBucket) bucket.push(key);
      }
      else this.buckets.set(bk, [key]);
    }
  }
}
