// Gazetteer lookups by hash: single lowercased tokens and multi-token phrases, each with a bitmask
// of the lists they are on. The lists are generic public knowledge (given names, countries,
// cities, nationalities) plus the handwritten cue words in gazetteer-lists.ts.

import { hashRange, hashString, mix } from '../hash.ts';
import { tokenize } from '../tokenize.ts';

export const GAZ_CLASSES = ['first', 'last', 'country', 'city', 'region', 'demonym', 'org', 'orgword', 'title', 'placeword', 'time', 'person', 'common', 'verb'] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];

export type GazetteerData = Partial<Record<GazClass, string[]>>;

export class Gazetteer {
  /** lowercase token hash -> class bits, for one-token entries. */
  readonly single = new Map<number, number>();
  /** phrase hash -> class bits, for entries of 2..MAX_LEN tokens. */
  readonly phrase = new Map<number, number>();
  /** first-token hash -> longest phrase length starting with it. */
  readonly starts = new Map<number, number>();

  constructor(data: GazetteerData) {
    GAZ_CLASSES.forEach((cls, bit) => {
      for (const entry of data[cls] ?? []) this.add(entry, 1 << bit);
    });
  }

  private add(entry: string, bits: number): void {
    const toks = tokenize(entry);
    const n = toks.starts.length;
    if (n === 0 || n > MAX_PHRASE) return;
    if (n === 1) {
      const h = hashRange(entry, toks.starts[0], toks.ends[0], true);
      this.single.set(h, (this.single.get(h) ?? 0) | bits);
      return;
    }
    let h = 0;
    for (let i = 0; i < n; i++) h = phraseStep(h, hashRange(entry, toks.starts[i], toks.ends[i], true), i);
    this.phrase.set(h, (this.phrase.get(h) ?? 0) | bits);
    const first = hashRange(entry, toks.starts[0], toks.ends[0], true);
    this.starts.set(first, Math.max(this.starts.get(first) ?? 0, n));
  }

  has(word: string, cls: GazClass): boolean {
    const bits = this.single.get(hashString(word, true)) ?? 0;
    return (bits & (1 << GAZ_CLASSES.indexOf(cls))) !== 0;
  }
}

export const MAX_PHRASE = 4;

export function phraseStep(h: number, tokenHash: number, i: number): number {
  return i === 0 ? tokenHash : mix(h, tokenHash);
}
