// Per word-form score rows for the decoder. Most tokens of news prose are frequent words whose
// own-character features (word, shape, affixes, gazetteer classes) always sum to the same row, so
// summing them once per form replaces a dozen scattered hash-table reads per token with one map
// lookup. Rows are Float64 sums of the Float32 weights, which is exact (see NerWeights), so the
// cached sums equal the uncached ones bit for bit and the decoder's choices do not change.

import { NTAGS } from './tags.ts';

/** Forms kept before the cache starts over (memory stays bounded on endless input). */
const CAPACITY = 1 << 15;

export class ScoreCache {
  private readonly byHash = new Map<number, number>();
  private readonly next = new Int32Array(CAPACITY);
  private readonly inits = new Uint8Array(CAPACITY);
  private readonly forms: string[] = [];
  /** Score rows, NTAGS per entry. */
  readonly rows = new Float64Array(CAPACITY * NTAGS);
  private count = 0;

  /**
   * The row offset of text[start, end) with the given sentence-initial flag, or -1 when absent.
   * `hash` is any hash of the characters (collisions are resolved by comparing the text).
   */
  find(hash: number, init: number, text: string, start: number, end: number): number {
    let e = this.byHash.get(hash) ?? -1;
    while (e !== -1) {
      if (this.inits[e] === init && sameText(this.forms[e], text, start, end)) return e * NTAGS;
      e = this.next[e];
    }
    return -1;
  }

  /** Adds an entry (after `find` said it is absent); returns its row offset, to be filled in. */
  add(hash: number, init: number, text: string, start: number, end: number): number {
    if (this.count === CAPACITY) this.clear();
    const e = this.count++;
    this.forms[e] = text.slice(start, end);
    this.inits[e] = init;
    this.next[e] = this.byHash.get(hash) ?? -1;
    this.byHash.set(hash, e);
    return e * NTAGS;
  }

  clear(): void {
    this.byHash.clear();
    this.forms.length = 0;
    this.count = 0;
  }
}

function sameText(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
