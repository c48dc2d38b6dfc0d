import { fewestShared, intersectionAtLeast, LshIndex, minhashSignature, shingleSet } from '../../../corpus-index/index.ts';
import type { DocumentWords } from './document-words.ts';
import { PARAPHRASE } from './patterns.ts';

export interface ParaphraseMatch {
  a: string;
  b: string;
  /** Share of the longer text's sentences told in the same order by both. */
  ordered: number;
  /** Jaccard of the two vocabularies (one-word shingles). */
  jaccard: number;
}

/**
 * A text's sentences laid out for the order check: every (word, sentence) pair, sorted by word, so
 * that one merge of two texts finds the words of every pair of sentences at once, instead of one
 * merge per pair of sentences.
 */
export interface SentenceIndex {
  /** Distinct words per sentence, in reading order. */
  sizes: Uint32Array;
  /** Word hashes of all sentences, sorted; `sentence[k]` is the sentence that holds `words[k]`. */
  words: Uint32Array;
  sentence: Uint16Array;
}

export function indexSentences(sentences: readonly Uint32Array[]): SentenceIndex {
  // Packed as word * 2^16 + sentence (below 2^48, exact in a double) so one numeric sort orders both.
  let total = 0;
  for (const set of sentences) total += set.length;
  const packed = new Float64Array(total);
  let k = 0;
  sentences.forEach((set, i) => {
    for (const w of set) packed[k++] = w * 0x10000 + i;
  });
  packed.sort();
  const words = new Uint32Array(total);
  const sentence = new Uint16Array(total);
  for (let n = 0; n < total; n++) {
    words[n] = Math.floor(packed[n]! / 0x10000);
    sentence[n] = packed[n]! % 0x10000;
  }
  return { sizes: Uint32Array.from(sentences, (s) => s.length), words, sentence };
}

/** Words shared by each pair of sentences: row per sentence of `b`, column per sentence of `a`. */
function sharedWords(a: SentenceIndex, b: SentenceIndex): Uint32Array {
  const cols = a.sizes.length;
  const counts = new Uint32Array(b.sizes.length * cols);
  let i = 0;
  let j = 0;
  while (i < a.words.length && j < b.words.length) {
    const w = a.words[i]!;
    const v = b.words[j]!;
    if (w < v) i++;
    else if (v < w) j++;
    else {
      // A word in several sentences of each text: every pair of those sentences shares it.
      let iEnd = i;
      while (iEnd < a.words.length && a.words[iEnd] === w) iEnd++;
      for (; j < b.words.length && b.words[j] === w; j++) {
        const row = b.sentence[j]! * cols;
        for (let k = i; k < iEnd; k++) counts[row + a.sentence[k]!]++;
      }
      i = iEnd;
    }
  }
  return counts;
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
 * How many sentences of one text (`sizes` words each) find a sentence of the other (`cols` of them)
 * holding most of their words, with the found sentences in the other's order. A rewrite follows its
 * original paragraph by paragraph; another reporter's story of the same event shares words and
 * quotes but tells them in its own order. `counts[r * rowStep + c * colStep]` is the words sentence r
 * shares with sentence c. Returns 0 as soon as too many sentences are unmatched to reach `need`.
 */
function inOrder(sizes: Uint32Array, cols: number, counts: Uint32Array, rowStep: number, colStep: number, need: number): number {
  const allowedMisses = sizes.length - need;
  let misses = 0;
  const found: number[] = [];
  for (let r = 0; r < sizes.length; r++) {
    let best = -1;
    let bestShared = 0;
    for (let c = 0; c < cols; c++) {
      const n = counts[r * rowStep + c * colStep]!;
      if (n > bestShared) {
        bestShared = n;
        best = c;
      }
    }
    if (bestShared / sizes[r]! >= PARAPHRASE.sentenceMatch) found.push(best);
    else if (++misses > allowedMisses) return 0;
  }
  return longestIncreasing(found);
}

/**
 * Share of the longer text's sentences that the two texts tell in the same order, or 0 below the
 * thresholds. Measured on the longer text, so a short report whose few sentences all recur in a
 * long one (two reporters given the same facts) is not a rewrite of it. Each text's sentences are
 * matched against the other's, and the better of the two directions counts.
 */
export function sharedOrder(a: SentenceIndex, b: SentenceIndex): number {
  const na = a.sizes.length;
  const nb = b.sizes.length;
  const longer = Math.max(na, nb);
  const need = Math.max(PARAPHRASE.minInOrder, Math.ceil(PARAPHRASE.ordered * longer));
  if (Math.min(na, nb) < need) return 0;
  const counts = sharedWords(a, b);
  const n = Math.max(inOrder(b.sizes, na, counts, na, 1, need), inOrder(a.sizes, nb, counts, 1, na, need));
  return n >= need ? n / longer : 0;
}

/**
 * What the index keeps of a document: its vocabulary, and its sentences, laid out for the order
 * check once a comparison needs them (most documents never reach one).
 */
interface Entry {
  vocabulary: Uint32Array;
  sentences: readonly Uint32Array[] | SentenceIndex;
}

function sentencesOfEntry(e: Entry): SentenceIndex {
  if (Array.isArray(e.sentences)) e.sentences = indexSentences(e.sentences);
  return e.sentences as SentenceIndex;
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
   * `words` and `sentences` are the text's content words and its sentences' (`documentWords`).
   * A text with fewer sentences than the check asks for is not indexed: it can match nothing. Nor
   * is one longer than any report (`maxSentences`): its table of sentence pairs would not fit.
   */
  add(id: string, { words, sentences }: DocumentWords, joined: (other: string) => boolean, found: (m: ParaphraseMatch) => void): void {
    if (sentences.length < PARAPHRASE.minInOrder || sentences.length > PARAPHRASE.maxSentences) return;
    const entry: Entry = { vocabulary: shingleSet(words, 1), sentences };
    const sig = minhashSignature(entry.vocabulary, PARAPHRASE.bands * PARAPHRASE.rows);
    for (const other of this.lsh.candidates(sig)) {
      if (joined(other)) continue;
      const o = this.entries.get(other)!;
      const mine = entry.vocabulary.length;
      const theirs = o.vocabulary.length;
      const smaller = Math.min(mine, theirs);
      const need = fewestShared(smaller, (n) => n / smaller >= PARAPHRASE.vocabulary);
      const shared = need > 0 ? intersectionAtLeast(entry.vocabulary, o.vocabulary, need) : -1;
      if (shared < 0) continue;
      const ordered = sharedOrder(sentencesOfEntry(o), sentencesOfEntry(entry));
      if (ordered > 0) found({ a: other, b: id, ordered, jaccard: shared / (mine + theirs - shared) });
    }
    this.lsh.add(id, sig);
    this.entries.set(id, entry);
  }
}
