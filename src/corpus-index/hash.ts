// Shingles and LSH buckets hash with the same FNV-1a as the NER features (src/nlp/hash.ts).
import { fmix32 } from '../nlp/hash.ts';

export { hashString } from '../nlp/hash.ts';

/** Mixes a 32-bit value with a seed (murmur3 finalizer), for the independent hash functions of MinHash. */
export function mix32(x: number, seed: number): number {
  return fmix32(x ^ seed);
}
