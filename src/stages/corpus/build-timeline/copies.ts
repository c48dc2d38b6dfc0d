// Copies and rewrites of an earlier report: which of their sentences retell the original's day.
import type { Corpus, Doc } from '../../../core/index.ts';
import { docDate } from '../../../corpus-index/index.ts';
import { COPIED_SENTENCE } from './patterns.ts';

/** An earlier report that a document copies or rewrites, and that report's sentences as word sets. */
export interface Original {
  date: string;
  sentences: Set<string>[];
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
}

/**
 * For each copy or rewrite, its earliest-dated original: the sentences it took from there retell
 * the original's day, not the day the copy was published.
 */
export function originalsOf(corpus: Corpus): Map<string, Original> {
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  const date = new Map(corpus.documents.map((d) => [d.id, docDate(d)]));
  const earliest = new Map<string, string>();
  for (const r of corpus.layers.provenance?.relations ?? []) {
    const da = date.get(r.a);
    const db = date.get(r.b);
    if (!da || !db || da === db) continue;
    const [copy, original] = da > db ? [r.a, r.b] : [r.b, r.a];
    const cur = earliest.get(copy);
    if (!cur || date.get(original)! < date.get(cur)!) earliest.set(copy, original);
  }
  const out = new Map<string, Original>();
  for (const [copy, id] of earliest) {
    const doc = byId.get(id)!;
    out.set(copy, { date: date.get(id)!, sentences: (doc.layers.sentences ?? []).map((s) => wordSet(doc.text.slice(s.start, s.end))) });
  }
  return out;
}

/** Whether a sentence of a copy was taken from its original, word for word or lightly reworded. */
export function copiedFrom(original: Original, doc: Doc, sentence: number): boolean {
  const s = doc.layers.sentences?.[sentence];
  if (!s) return false;
  const mine = wordSet(doc.text.slice(s.start, s.end));
  for (const theirs of original.sentences) {
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    if (shared / (mine.size + theirs.size - shared) >= COPIED_SENTENCE) return true;
  }
  return false;
}
