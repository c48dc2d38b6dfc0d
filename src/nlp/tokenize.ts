// A fast regex tokenizer with offsets, tuned for news prose: keeps hyphenated names, inner
// apostrophes (O'Neill, d'Ivoire) and dotted abbreviations (U.S., Dr.) whole, and splits the
// possessive 's off the way CoNLL does, so the model sees "Chile 's" as it was trained.

import { ABBREVIATIONS } from './tokenize-patterns.ts';

export interface Tokens {
  /** Token start offsets into the text. */
  starts: number[];
  ends: number[];
}

// Words: letters/digits joined by hyphens, apostrophes, periods or ampersands inside the word.
// Numbers: digits with inner separators. Anything else: one non-space character.
const TOKEN_RE = /\p{N}+(?:[.,:/]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

function isPossessiveTail(text: string, end: number): boolean {
  // The token ends in 's or ’s preceded by at least one letter.
  const c = text.charCodeAt(end - 2);
  const s = text.charCodeAt(end - 1);
  return (c === 39 || c === 0x2019) && (s === 115 || s === 83) && end >= 3;
}

/** Tokenizes text[start, end) and appends offsets to `out` (reused across calls to avoid allocation). */
export function tokenize(text: string, start = 0, end = text.length, out: Tokens = { starts: [], ends: [] }): Tokens {
  TOKEN_RE.lastIndex = start;
  const slice = text;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const s = m.index;
    if (s >= end) break;
    let e = Math.min(end, s + m[0].length);
    if (e - s > 2 && isPossessiveTail(slice, e)) {
      out.starts.push(s);
      out.ends.push(e - 2);
      out.starts.push(e - 2);
      out.ends.push(e);
      continue;
    }
    // Absorb a trailing period for abbreviations, initials and dotted acronyms.
    if (e < end && slice.charCodeAt(e) === 46 && absorbsPeriod(slice, s, e)) e += 1;
    out.starts.push(s);
    out.ends.push(e);
    TOKEN_RE.lastIndex = e;
  }
  return out;
}

function absorbsPeriod(text: string, s: number, e: number): boolean {
  const len = e - s;
  if (len === 1) return isUpper(text.charCodeAt(s));
  // U.S -> U.S.
  if (text.charCodeAt(e - 2) === 46) return true;
  if (len > 5) return false;
  return ABBREVIATIONS.has(text.slice(s, e).toLowerCase());
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215);
}
