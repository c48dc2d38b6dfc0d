import type { Doc, Sentence } from '../core/index.ts';

// A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before whitespace
// and an upper-case letter, digit or opening quote; short abbreviations before the dot do not end one.
const BOUNDARY_RE = /[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018([]?[A-Z0-9])/g;
const ABBREV_RE = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m|Inc|Corp|Co|Ltd|vs|e\.g|i\.e|etc)\.$/;

/**
 * Simple sentence spans for text with no sentence layer: lines are paragraphs, and lines are cut
 * at sentence-final punctuation. Good enough for tests and as a fallback before the sentence stage.
 */
export function splitSimpleSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      paragraph++;
      let s = 0;
      BOUNDARY_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = BOUNDARY_RE.exec(line))) {
        const cut = m.index + m[0].length;
        if (m[0][0] === '.' && ABBREV_RE.test(line.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
        push(out, line, lineStart, s, cut, paragraph);
        s = cut;
      }
      push(out, line, lineStart, s, line.length, paragraph);
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function push(out: Sentence[], line: string, offset: number, s: number, e: number, paragraph: number): void {
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /\s/.test(line[e - 1]!)) e--;
  if (e > s) out.push({ start: offset + s, end: offset + e, paragraph });
}

/** The document's sentences, or simple ones when the sentence layer is missing or empty. */
export function sentencesOf(doc: Doc): Sentence[] {
  const s = doc.layers.sentences;
  return s && s.length > 0 ? s : splitSimpleSentences(doc.text);
}

/** Index of the sentence containing `pos` (binary search over sorted spans), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
