import type { Span } from '../../../core/index.ts';

const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const STRAIGHT = 0x22; // "
const OPEN_SINGLE = 0x2018; // ‘
const CLOSE_SINGLE = 0x2019; // ’ (also the apostrophe)

function isLetterAt(text: string, i: number): boolean {
  return i < text.length && /[\p{L}\p{N}]/u.test(text[i]);
}

function isParagraphBreak(text: string, i: number): boolean {
  return text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10;
}

/** Position of the first non-space character after a paragraph break at i. */
function nextParagraphStart(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j])) j++;
  return j;
}

/**
 * Direct quotations as spans including their marks. Curly quotes may run over several paragraphs in
 * the English style (each paragraph reopens with “, only the last closes); straight quotes pair up
 * within a paragraph and continue the same way. An unclosed quote ends with its paragraph.
 */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let openChar = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 && open >= 0 && isParagraphBreak(text, i)) {
      const next = nextParagraphStart(text, i);
      if (text.charCodeAt(next) === openChar || (openChar === OPEN_CURLY && text.charCodeAt(next) === OPEN_CURLY)) {
        i = next; // the quote goes on in the next paragraph
        continue;
      }
      let end = i;
      while (end > open && /\s/.test(text[end - 1])) end--;
      // An unclosed single mark is more likely a stray apostrophe than a quote.
      if (openChar !== OPEN_SINGLE) out.push({ start: open, end });
      open = -1;
      continue;
    }
    if (c === OPEN_CURLY) {
      if (open < 0 || openChar !== OPEN_CURLY) {
        open = i;
        openChar = OPEN_CURLY;
      } else {
        open = i; // an unbalanced earlier “ in the same paragraph: start again here
      }
    } else if (c === CLOSE_CURLY && open >= 0 && openChar === OPEN_CURLY) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === OPEN_SINGLE && open < 0) {
      // British style: ‘…’. Only an opening mark starts one, so apostrophes never do.
      open = i;
      openChar = OPEN_SINGLE;
    } else if (c === CLOSE_SINGLE && open >= 0 && openChar === OPEN_SINGLE && !isLetterAt(text, i + 1)) {
      // A ’ between letters is an apostrophe ("didn’t"); one before a space or punctuation closes.
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === STRAIGHT) {
      if (open < 0) {
        open = i;
        openChar = STRAIGHT;
      } else if (openChar === STRAIGHT) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  if (open >= 0 && openChar !== OPEN_SINGLE) {
    let end = text.length;
    while (end > open && /\s/.test(text[end - 1])) end--;
    if (end > open + 1) out.push({ start: open, end });
  }
  return out;
}
