import type { Doc } from '../../../core/index.ts';
import { contentWords, intersectionSize, LshIndex, minhashSignature, setOverlap, shingleSet } from '../../../corpus-index/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { PARAPHRASE } from './patterns.ts';

export interface ParaphraseMatch {
  a: string;
  b: string;
  /** Share of the longer text's sentences told in the same order by both. */
  ordered: number;
  /** Jaccard of the two vocabularies (one-word shingles). */
  jaccard: number;
}

/** Hashed content words of each sentence long enough to count, in reading order. */
export function sentenceWords(doc: Doc): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (const s of sentencesOf(doc)) {
    const words = contentWords(doc.text.slice(s.start, s.end));
    if (words.length >= PARAPHRASE.minSentenceWords) out.push(shingleSet(words, 1));
  }
  return out;
}

/** What the index keeps of a document: its vocabulary now, its sentences once a comparison needs them. */
interface Entry {
  vocabulary: Uint32Array;
  doc: Doc;
  sentences: Uint32Array[] | null;
}

function sentencesOfEntry(e: Entry): Uint32Array[] {
  e.sentences ??= sentenceWords(e.doc);
  return e.sentences;
}

/** Length of the longest strictly increasing run (not necessarily contiguous), by patience sorting. */
function longestIncreasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

/**
 * How many of `b`'s sentences each find a sentence of `a` holding most of their words, with the
 * found sentences in `a`'s order. A rewrite follows its original paragraph by paragraph; another
 * reporter's story of the same event shares words and quotes but tells them in its own order.
 * Returns 0 as soon as too many sentences are unmatched to reach `need`.
 */
export function sentencesInOrder(a: readonly Uint32Array[], b: readonly Uint32Array[], need: number): number {
  const allowedMisses = b.length - need;
  let misses = 0;
  const found: number[] = [];
  for (const sb of b) {
    let best = -1;
    let bestShare = 0;
    for (let i = 0; i < a.length; i++) {
      const share = intersectionSize(sb, a[i]!) / sb.length;
      if (share > bestShare) {
        bestShare = share;
        best = i;
      }
    }
    if (bestShare >= PARAPHRASE.sentenceMatch) found.push(best);
    else if (++misses > allowedMisses) return 0;
  }
  return longestIncreasing(found);
}

/**
 * Share of the longer text's sentences that the two texts tell in the same order, or 0 below the
 * thresholds. Measured on the longer text, so a short report whose few sentences all recur in a
 * long one (two reporters given the same facts) is not a rewrite of it.
 */
export function sharedOrder(a: readonly Uint32Array[], b: readonly Uint32Array[]): number {
  const longer = Math.max(a.length, b.length);
  const need = Math.max(PARAPHRASE.minInOrder, Math.ceil(PARAPHRASE.ordered * longer));
  if (Math.min(a.length, b.length) < need) return 0;
  const n = Math.max(sentencesInOrder(a, b, need), sentencesInOrder(b, a, need));
  return n >= need ? n / longer : 0;
}

/**
 * Finds rewrites too reworded for the shingle copy index: candidates share vocabulary (MinHash
 * bands over one-word shingles), then most sentences of one must follow the other's in order.
 */
export class ParaphraseIndex {
  private readonly lsh = new LshIndex<string>(PARAPHRASE.bands, PARAPHRASE.rows);
  private readonly entries = new Map<string, Entry>();

  /**
   * Adds a document and calls `found` for each earlier one it paraphrases (or that paraphrases it),
   * at once, so that `joined(other)`, asked before each costly comparison, can already see the joins.
   * `words` are the text's content words (the copy index reads them too). Sentences are split and
   * hashed only for documents that reach a comparison: most never do.
   */
  add(doc: Doc, words: readonly string[], joined: (other: string) => boolean, found: (m: ParaphraseMatch) => void): void {
    if (sentencesOf(doc).length < PARAPHRASE.minInOrder) return;
    const entry: Entry = { vocabulary: shingleSet(words, 1), doc, sentences: null };
    const sig = minhashSignature(entry.vocabulary, PARAPHRASE.bands * PARAPHRASE.rows);
    for (const other of this.lsh.candidates(sig)) {
      if (joined(other)) continue;
      const o = this.entries.get(other)!;
      const vocab = setOverlap(entry.vocabulary, o.vocabulary);
      if (vocab.containment < PARAPHRASE.vocabulary) continue;
      const mine = sentencesOfEntry(entry);
      const theirs = sentencesOfEntry(o);
      const ordered = sharedOrder(theirs, mine);
      if (ordered > 0) found({ a: other, b: doc.id, ordered, jaccard: vocab.jaccard });
    }
    this.lsh.add(doc.id, sig);
    this.entries.set(doc.id, entry);
  }
}
