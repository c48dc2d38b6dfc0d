// 32-bit string and feature hashing over char codes, so features need no string allocation.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over text[start, end), optionally lowercasing ASCII letters as it goes. */
export function hashRange(text: string, start: number, end: number, lower: boolean, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (lower) c = lowerCode(c);
    h ^= c;
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Same as `hashRange` over a whole string. */
export function hashString(s: string, lower = false): number {
  return hashRange(s, 0, s.length, lower);
}

/** Lowercases one UTF-16 code unit (ASCII fast path; the rest through String only when cased). */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c | 0x20;
  if (c < 192) return c;
  const s = String.fromCharCode(c);
  const l = s.toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** The murmur3 32-bit finalizer: spreads every input bit over the whole word. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Mixes two 32-bit values into one (murmur3 finalizer over a combination). */
export function mix(a: number, b: number): number {
  return fmix32(a ^ Math.imul(b, 0x9e3779b1));
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
