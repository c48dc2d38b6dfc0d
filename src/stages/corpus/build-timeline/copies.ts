// Copies and rewrites of an earlier report: which of their sentences retell the original's day.
import type { Corpus, Doc } from '../../../core/index.ts';
import { docDate } from '../../../corpus-index/index.ts';
import { COPIED_SENTENCE } from './patterns.ts';

const WORD = /[\p{L}\d]+/gu;

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/**
 * For each copy or rewrite, its earliest-dated original. The sentences a copy took from there
 * retell the original's day, not the day the copy was published; its new sentences are its own.
 * Word sets are built once per original and answers kept per copied sentence.
 */
export class CopyDates {
  /** Copy id → its earliest-dated original. */
  private readonly originalOf = new Map<string, Doc>();
  private readonly words = new Map<string, SentenceIndex>();
  private readonly answers = new Map<string, string | null>();

  constructor(corpus: Corpus) {
    const byId = new Map(corpus.documents.map((d) => [d.id, d]));
    const date = new Map(corpus.documents.map((d) => [d.id, docDate(d)]));
    for (const r of corpus.layers.provenance?.relations ?? []) {
      const da = date.get(r.a);
      const db = date.get(r.b);
      if (!da || !db || da === db) continue;
      const [copy, original] = da > db ? [r.a, r.b] : [r.b, r.a];
      const cur = this.originalOf.get(copy);
      if (!cur || date.get(original)! < docDate(cur)!) this.originalOf.set(copy, byId.get(original)!);
    }
  }

  /** The original's date when this sentence of `doc` was taken from it, word for word or lightly reworded; else null. */
  dateFor(doc: Doc, sentence: number): string | null {
    const original = this.originalOf.get(doc.id);
    const s = doc.layers.sentences?.[sentence];
    if (!original || !s) return null;
    const key = `${doc.id}\u0000${sentence}`;
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    const text = doc.text.slice(s.start, s.end);
    const answer = original.text.includes(text) || this.reworded(original, wordSet(text)) ? docDate(original) : null;
    this.answers.set(key, answer);
    return answer;
  }

  private reworded(original: Doc, mine: Set<string>): boolean {
    let index = this.words.get(original.id);
    if (!index) {
      index = indexSentences(original);
      this.words.set(original.id, index);
    }
    // Shared words per original sentence, through the word → sentences index.
    const shared = new Map<number, number>();
    for (const w of mine) for (const i of index.postings.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) if (n / (mine.size + index.sizes[i] - n) >= COPIED_SENTENCE) return true;
    return false;
  }
}

interface SentenceIndex {
  /** Word → the original's sentences that hold it. */
  postings: Map<string, number[]>;
  /** Distinct words per sentence. */
  sizes: number[];
}

function indexSentences(doc: Doc): SentenceIndex {
  const postings = new Map<string, number[]>();
  const sizes: number[] = [];
  (doc.layers.sentences ?? []).forEach((x, i) => {
    const words = wordSet(doc.text.slice(x.start, x.end));
    sizes.push(words.size);
    for (const w of words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return { postings, sizes };
}
