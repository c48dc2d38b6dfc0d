// Per word-form score rows for the decoder. Most tokens of news prose are frequent words whose
// own-character features (word, shape, affixes, gazetteer classes), and the features they give a
// neighbour (previous word, next word...), always sum to the same rows. Summing them once per
// form replaces most of the scattered hash-table reads per token with one map lookup. Rows are
// Float64 sums of the Float32 weights, which is exact (see NerWeights.addAt), so cached sums equal
// uncached ones bit for bit and the decoder's choices do not change.

import { NTAGS } from './tags.ts';

/** Rows per entry: the form's own features, then one per neighbour role (1..4, see features.ts). */
export const ROWS = 5;
const ENTRY = ROWS * NTAGS;

/** Forms kept before the cache starts over (memory stays bounded on endless input). */
const CAPACITY = 1 << 15;

export class ScoreCache {
  private readonly byHash = new Map<number, number>();
  private capacity = CAPACITY;
  private next = new Int32Array(CAPACITY);
  private inits = new Uint8Array(CAPACITY);
  /** Bit r set when row r of the entry has been filled. */
  private filled = new Uint8Array(CAPACITY);
  private readonly forms: string[] = [];
  /** Score rows, ENTRY per entry. */
  rows = new Float64Array(CAPACITY * ENTRY);
  private count = 0;

  /**
   * Makes room for `n` new forms, so that entries found while tagging one document stay valid
   * until it is done. Call before each document (it may replace `rows`).
   */
  reserve(n: number): void {
    if (this.count + n <= this.capacity) return;
    this.clear();
    if (n <= this.capacity) return;
    this.capacity = n;
    this.next = new Int32Array(n);
    this.inits = new Uint8Array(n);
    this.filled = new Uint8Array(n);
    this.rows = new Float64Array(n * ENTRY);
  }

  /**
   * The entry of text[start, end) with the given sentence-initial flag, adding an empty one when
   * absent. `hash` is any hash of the characters (collisions are resolved by comparing the text).
   */
  entry(hash: number, init: number, text: string, start: number, end: number): number {
    const head = this.byHash.get(hash) ?? -1;
    for (let e = head; e !== -1; e = this.next[e]) {
      if (this.inits[e] === init && sameText(this.forms[e], text, start, end)) return e;
    }
    const e = this.count++;
    this.forms[e] = text.slice(start, end);
    this.inits[e] = init;
    this.filled[e] = 0;
    this.next[e] = head;
    this.byHash.set(hash, e);
    return e;
  }

  /** Offset of row r of entry e in `rows`, or -1 when it has not been filled yet. */
  row(e: number, r: number): number {
    return (this.filled[e] & (1 << r)) !== 0 ? e * ENTRY + r * NTAGS : -1;
  }

  /** Zeroes row r of entry e, marks it filled and returns its offset (for the caller to sum into). */
  fill(e: number, r: number): number {
    const off = e * ENTRY + r * NTAGS;
    this.rows.fill(0, off, off + NTAGS);
    this.filled[e] |= 1 << r;
    return off;
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
