// Cheap writing-system detection: enough to tell a Chinese UI label from an English article.

export type Script = 'latin' | 'cjk' | 'cyrillic' | 'arabic' | 'greek' | 'hebrew' | 'devanagari' | 'other' | 'none';

export function scriptOf(c: number): Script {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'latin' : 'none';
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return 'latin';
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) return 'cjk';
  if (c >= 0x2000 && c <= 0x2bff) return 'none'; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return 'none'; // CJK punctuation
  if (c >= 0xff00 && c <= 0xffef) return 'none';
  if (c === 0xa0 || (c >= 0xa1 && c <= 0xbf)) return 'none';
  return 'other';
}

const SCRIPTS: readonly Script[] = ['latin', 'cjk', 'cyrillic', 'arabic', 'greek', 'hebrew', 'devanagari', 'other', 'none'];
const INDEX = new Map<Script, number>(SCRIPTS.map((s, i) => [s, i]));

/** Letter counts per script over text[start, end). */
export function scriptCounts(text: string, start = 0, end = text.length): Map<Script, number> {
  const counts = new Int32Array(SCRIPTS.length);
  const latin = INDEX.get('latin')!;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters are most of most texts: count them without the table walk.
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) counts[latin]++;
      continue;
    }
    counts[INDEX.get(scriptOf(c))!]++;
  }
  const out = new Map<Script, number>();
  for (let i = 0; i < SCRIPTS.length; i++) if (counts[i] > 0 && SCRIPTS[i] !== 'none') out.set(SCRIPTS[i], counts[i]);
  return out;
}

export function dominantScript(counts: Map<Script, number>): Script {
  let best: Script = 'none';
  let n = 0;
  for (const [s, c] of counts) {
    if (c > n) {
      best = s;
      n = c;
    }
  }
  return best;
}
