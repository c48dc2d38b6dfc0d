import { CLOSERS, OPENERS, TERMINATORS } from './patterns.ts';

// Lookup tables over UTF-16 code units, built once so the scanners test a character with one index.
function table(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

const TERMINATOR = table(TERMINATORS);
const CLOSER = table(CLOSERS);
const OPENER = table(OPENERS);
// Full-width terminators end a sentence without a following space (CJK text has none).
const WIDE_TERMINATOR = table('。！？');

export const isTerminator = (c: number): boolean => TERMINATOR[c] === 1 || WIDE_TERMINATOR[c] === 1;
export const isWideTerminator = (c: number): boolean => WIDE_TERMINATOR[c] === 1;
export const isCloser = (c: number): boolean => CLOSER[c] === 1;
export const isOpener = (c: number): boolean => OPENER[c] === 1;

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000 || c === 12 || c === 11;
}

/** Uppercase letter in any cased script. */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Lowercase letter in any cased script. */
export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
