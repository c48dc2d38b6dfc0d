import { decodeWindows1252 } from './windows-1252.ts';

/**
 * Mac OS Roman, the legacy encoding of files saved on classic Macs and by some old newsroom tools.
 * Its high bytes overlap windows-1252's, so the same bytes decode in both; what tells them apart is
 * which reading looks like prose. In Mac Roman an apostrophe is 0xD5, which windows-1252 reads as
 * "Õ" in the middle of "don't"; windows-1252's curly quotes (0x91–0x94) are Mac Roman's "ë í ì î".
 */

const MAC_ROMAN = new TextDecoder('macintosh');

export function decodeMacRoman(bytes: Uint8Array): string {
  return MAC_ROMAN.decode(bytes);
}

/** Typographic punctuation that legacy prose is full of. */
const PROSE_PUNCTUATION = new Set('‘’“”‚„–—…«»•°€£');
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

const LETTER = /\p{L}/u;

/**
 * How well the non-ASCII characters of a decoded text read as prose. Typographic punctuation
 * counts for a reading; so does an accented letter inside a word, a capital that starts a word
 * ("Élan") or sits in an all-capitals one ("ÉTAT", "CAFÉ"). Against it: a capital inside a lower-case
 * word ("donÕt"), a capital standing alone or before a capitalised word ("ÔCooperation" is a quote
 * mark read wrongly), a lower-case letter glued to a capital ("ëHello"), and any other symbol (‡, ˆ,
 * ◊, controls), which prose almost never holds.
 */
export function proseFit(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (PROSE_PUNCTUATION.has(c)) score++;
    else if (LOWER.test(c)) {
      if (UPPER.test(after)) score--;
      else if (LETTER.test(before) || LETTER.test(after)) score++;
    } else if (UPPER.test(c)) {
      if (LOWER.test(before)) score--;
      else if (LOWER.test(after)) score++;
      else if (UPPER.test(after) && !LOWER.test(text[i + 2] ?? ' ')) score++;
      else if (UPPER.test(before) && !LETTER.test(after)) score++;
      else score--;
    } else score--;
  }
  return score;
}

/** Legacy bytes (no UTF-8 in them) that read better as Mac OS Roman than as windows-1252. */
export function readsAsMacRoman(bytes: Uint8Array): boolean {
  return proseFit(decodeMacRoman(bytes)) > proseFit(decodeWindows1252(bytes));
}
