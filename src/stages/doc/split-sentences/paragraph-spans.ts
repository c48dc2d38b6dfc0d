import type { Span } from '../../../core/index.ts';
import { LIST_ITEM, WRAPPED_LINE_MIN_CHARS } from './patterns.ts';
import { isCloser, isLower, isOpener, isSpace, isTerminator } from './char-classes.ts';

/**
 * Paragraph spans of a clean text. Blank lines always separate paragraphs. Inside a block, a
 * line break is a hard boundary (list items, a headline over its lede, a UI label) unless the text
 * was wrapped at a fixed width, which shows either as a whole block of long lines or as a line that
 * stops mid-sentence with the next one starting in lowercase.
 */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let block: Span[] = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) block.push({ start: s, end: e });
    else if (block.length > 0) {
      flushBlock(text, block, out);
      block = [];
    }
    pos = nl + 1;
  }
  if (block.length > 0) flushBlock(text, block, out);
  return out;
}

function flushBlock(text: string, lines: Span[], out: Span[]): void {
  if (lines.length >= 3 && isWrappedBlock(text, lines)) {
    out.push({ start: lines[0].start, end: lines[lines.length - 1].end });
    return;
  }
  let cur: Span = { ...lines[0] };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (continuesSentence(text, cur.end, line.start)) {
      cur.end = line.end;
    } else {
      out.push(cur);
      cur = { ...line };
    }
  }
  out.push(cur);
}

/** Every line but the last is long and none is a list item: a fixed-width wrap of one paragraph. */
function isWrappedBlock(text: string, lines: Span[]): boolean {
  let open = 0;
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    if (LIST_ITEM.test(text.slice(start, Math.min(end, start + 4)))) return false;
    if (i < lines.length - 1) {
      if (end - start < WRAPPED_LINE_MIN_CHARS) return false;
      if (!endsSentence(text, end)) open++;
    }
  }
  // At least one line must stop mid-sentence; otherwise these are one-line paragraphs.
  return open > 0;
}

function endsSentence(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && isCloser(text.charCodeAt(e - 1))) e--;
  if (e === 0) return false;
  const c = text.charCodeAt(e - 1);
  return isTerminator(c) || c === 58 /* : */;
}

function continuesSentence(text: string, prevEnd: number, nextStart: number): boolean {
  if (endsSentence(text, prevEnd)) return false;
  let m = nextStart;
  while (m < text.length && isOpener(text.charCodeAt(m))) m++;
  return isLower(text[m] ?? '');
}
