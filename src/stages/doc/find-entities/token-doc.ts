// Tokens of a whole document laid out for the tagger, with sentence starts as token indices.

import type { Doc, Span } from '../../../core/index.ts';
import type { TokenDoc } from '../../../nlp/ner/index.ts';
import { tokenize, type Tokens } from '../../../nlp/tokenize.ts';

export interface DocTokens extends TokenDoc {
  starts: number[];
  ends: number[];
  sentStarts: number[];
}

const LINE_RE = /[^\n]+/g;

/** Sentence spans from the sentences layer, or, while it is empty, one per non-empty line. */
export function sentenceSpans(doc: Doc): Span[] {
  const sentences = doc.layers.sentences ?? [];
  if (sentences.length > 0 || doc.text.trim() === '') return sentences;
  const spans: Span[] = [];
  LINE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_RE.exec(doc.text)) !== null) {
    if (m[0].trim() !== '') spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

export function tokenizeDoc(text: string, sentences: readonly Span[]): DocTokens {
  const toks: Tokens = { starts: [], ends: [] };
  const sentStarts: number[] = [];
  for (const s of sentences) {
    const before = toks.starts.length;
    tokenize(text, s.start, s.end, toks);
    if (toks.starts.length > before) sentStarts.push(before);
  }
  return { text, starts: toks.starts, ends: toks.ends, sentStarts };
}

/** Sentence index per token. */
export function sentenceOfTokens(t: DocTokens): Int32Array {
  const out = new Int32Array(t.starts.length);
  let k = -1;
  for (let i = 0; i < t.starts.length; i++) {
    while (k + 1 < t.sentStarts.length && t.sentStarts[k + 1] <= i) k++;
    out[i] = k;
  }
  return out;
}
