import type { Span } from '../../../core/index.ts';
import { BYLINE } from '../read-metadata/patterns.ts';
import { HEADING_MAX_CHARS, HEADING_MAX_WORDS, LIST_ITEM } from './patterns.ts';
import { isCloser, isDigit, isOpener, isSpace, isTerminator, isUpper } from './char-classes.ts';

/**
 * A subheading (or the title line): one short line that starts with a capital and does not end like
 * a sentence. A question is allowed ("What happens next?"), a period, comma, colon or semicolon is not.
 * A byline ("By Ann Lee", "By Ann Lee and Tom Ng, Staff Writers") has that shape but names the
 * writers, not a section or the story: read-metadata reads it, and it titles no paragraph.
 */
export function isHeading(text: string, span: Span): boolean {
  const { start, end } = span;
  if (end - start > HEADING_MAX_CHARS) return false;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (isSpace(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
    // A terminator followed by a space inside the line: more than one sentence.
    if (isTerminator(c) && c !== 63 /* ? */ && i + 1 < end && isSpace(text.charCodeAt(i + 1))) return false;
  }
  if (words === 0 || words > HEADING_MAX_WORDS) return false;
  if (LIST_ITEM.test(text.slice(start, Math.min(end, start + 4)))) return false;
  if (BYLINE.test(text.slice(start, end))) return false;
  let f = start;
  while (f < end && isOpener(text.charCodeAt(f))) f++;
  if (f >= end || !(isUpper(text[f]) || isDigit(text.charCodeAt(f)))) return false;
  let e = end;
  while (e > f && isCloser(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  if (last === 63 /* ? */) return true;
  return !(isTerminator(last) || last === 44 || last === 58 || last === 59);
}
