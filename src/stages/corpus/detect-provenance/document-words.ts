import type { Doc } from '../../../core/index.ts';
import { contentWords, shingleSet } from '../../../corpus-index/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { PARAPHRASE } from './patterns.ts';

/** What both provenance checks read of a document, from one pass of the tokenizer. */
export interface DocumentWords {
  /** Content words of the whole text, in order: the copy index's shingles and the vocabulary. */
  words: string[];
  /** Hashed content words of each sentence long enough to count, in reading order: the order check. */
  sentences: Uint32Array[];
}

/** Characters a tokenizer word can continue with (see `contentWords`). */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** Whether cutting the text at `p` leaves every word whole: no word can run across the cut. */
function cleanCut(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return true;
  if (isSurrogate(text.charCodeAt(p - 1)) || isSurrogate(text.charCodeAt(p))) return false;
  return !(WORD_CHAR.test(text[p - 1]!) && WORD_CHAR.test(text[p]!));
}

function append(to: string[], words: readonly string[]): void {
  for (const w of words) to.push(w);
}

/**
 * Tokenises each sentence and the text between sentences once, and joins them into the whole
 * text's words: tokenising is most of what adding a document costs, and the order check needs the
 * sentences apart. When a sentence cut falls inside a word (or sentences overlap), the whole text
 * is tokenised again, so `words` is always what `contentWords(doc.text)` gives.
 */
export function documentWords(doc: Doc): DocumentWords {
  const text = doc.text;
  const words: string[] = [];
  const sentences: Uint32Array[] = [];
  let clean = true;
  let at = 0;
  for (const s of sentencesOf(doc)) {
    if (s.start < at || !cleanCut(text, s.start) || !cleanCut(text, s.end)) clean = false;
    const own = contentWords(text.slice(s.start, s.end));
    if (own.length >= PARAPHRASE.minSentenceWords) sentences.push(shingleSet(own, 1));
    if (clean) {
      append(words, contentWords(text.slice(at, s.start)));
      append(words, own);
      at = s.end;
    }
  }
  if (!clean) return { words: contentWords(text), sentences };
  append(words, contentWords(text.slice(at)));
  return { words, sentences };
}
