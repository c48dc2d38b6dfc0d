/**
 * Reading numbers written as digits or English words ("1,200", "3.5 million", "twenty-one",
 * "a hundred and five"). Shared by the time and claim stages.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, no: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, k: 1_000,
};

/** Ordinal words, for dates ("the third of May") and for excluding ordinals from counts. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

export interface NumberMatch {
  value: number;
  start: number;
  end: number;
  /** True when written in digits (possibly with a scale word: "3.5 million"). */
  digits: boolean;
}

/** Whether a lowercased word can start or continue a number written in words. */
export function isNumberWord(word: string): boolean {
  return word in UNITS || word in TENS || word === 'hundred' || word === 'thousand' || word === 'million' || word === 'billion';
}

export function wordValue(word: string): number | undefined {
  return UNITS[word] ?? TENS[word];
}

const WORD_RE = /[A-Za-z]+/y;
const DIGITS_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const SPACE_RE = /[ \t\u00a0]*(?:-|\u2013)?[ \t\u00a0]*/y;

/**
 * Reads a number starting exactly at `pos`, or returns null. Digits may carry a scale word
 * ("3.5 million", "2bn"); words combine tens, units and scales ("two hundred and five").
 * "no"/"none" are only read as zero by callers that ask for them (`allowZeroWords`).
 */
export function readNumberAt(text: string, pos: number, allowZeroWords = false): NumberMatch | null {
  DIGITS_RE.lastIndex = pos;
  const d = DIGITS_RE.exec(text);
  if (d) {
    if (pos > 0 && /[\w.]/.test(text[pos - 1]!) && !/[\s(]/.test(text[pos - 1]!)) return null;
    // "0:50" (a clock or a video's length), "AK-47", "I-95": part of a token, not a count.
    if (pos > 1 && ((text[pos - 1] === ':' && /\d/.test(text[pos - 2]!)) || (text[pos - 1] === '-' && /[A-Za-z]/.test(text[pos - 2]!)))) return null;
    let value = Number(d[0].replace(/,/g, ''));
    let end = pos + d[0].length;
    const scale = readScale(text, end);
    if (scale) {
      value *= scale.value;
      end = scale.end;
    }
    return { value, start: pos, end, digits: true };
  }
  return readWordsAt(text, pos, allowZeroWords);
}

function readScale(text: string, pos: number): { value: number; end: number } | null {
  let p = pos;
  while (text[p] === ' ' || text[p] === '\u00a0') p++;
  WORD_RE.lastIndex = p;
  const w = WORD_RE.exec(text);
  if (!w) return null;
  const word = w[0].toLowerCase();
  const v = SCALES[word];
  if (v === undefined || v === 100) return null;
  // "m"/"k" only glued to the digits ("3m", "5k"), never as a separate word.
  if (word.length <= 2 && p !== pos) return null;
  return { value: v, end: p + w[0].length };
}

function readWordsAt(text: string, pos: number, allowZeroWords: boolean): NumberMatch | null {
  if (pos > 0 && /[A-Za-z]/.test(text[pos - 1]!)) return null;
  let total = 0;
  let current = 0;
  let any = false;
  let end = pos;
  let p = pos;
  let lastKind: 'unit' | 'ten' | 'scale' | null = null;
  for (;;) {
    WORD_RE.lastIndex = p;
    const w = WORD_RE.exec(text);
    if (!w) break;
    const word = w[0].toLowerCase();
    const wEnd = p + w[0].length;
    if (wEnd < text.length && /[A-Za-z]/.test(text[wEnd]!)) break;
    if (word === 'and' && any && lastKind === 'scale') {
      // "a hundred and five": only continue when a number word follows.
      SPACE_RE.lastIndex = wEnd;
      const s = SPACE_RE.exec(text);
      const next = s ? wEnd + s[0].length : wEnd;
      WORD_RE.lastIndex = next;
      const nw = WORD_RE.exec(text);
      if (!nw || !(nw[0].toLowerCase() in UNITS || nw[0].toLowerCase() in TENS)) break;
      p = next;
      continue;
    }
    if ((word === 'no' || word === 'none' || word === 'zero') && !any) {
      if (!allowZeroWords && word !== 'zero') break;
      return { value: 0, start: pos, end: wEnd, digits: false };
    }
    if (word in UNITS && (lastKind === null || lastKind === 'ten' || lastKind === 'scale')) {
      current += UNITS[word]!;
      lastKind = 'unit';
    } else if (word in TENS && (lastKind === null || lastKind === 'scale')) {
      current += TENS[word]!;
      lastKind = 'ten';
    } else if ((word === 'hundred' || word === 'thousand' || word === 'million' || word === 'billion') && any) {
      const scale = SCALES[word]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastKind = 'scale';
    } else break;
    any = true;
    end = wEnd;
    SPACE_RE.lastIndex = wEnd;
    const s = SPACE_RE.exec(text);
    p = s ? wEnd + s[0].length : wEnd;
  }
  if (!any) return null;
  return { value: total + current, start: pos, end, digits: false };
}

/** Parses a whole string as a number ("twenty-one", "1,200", "3.5 million"), or returns null. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  const m = readNumberAt(t, 0, true);
  return m && m.end === t.length ? m.value : null;
}
