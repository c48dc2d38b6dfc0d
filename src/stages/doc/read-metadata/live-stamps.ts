import { LINE_STAMP } from './patterns.ts';

const CLOCK = /(\d{1,2})[:.](\d{2})(?:\s*([aApP])\.?\s?[mM])?/;
/**
 * A list of video lengths ("3:02 Title", "1:27 Title") is in no time order; a live page's posts are,
 * newest or oldest first, and may turn back only across midnight (a jump of half a day or more).
 */
const MIDNIGHT_JUMP = 12 * 60;

function minutesOf(stamp: string): number | null {
  const m = CLOCK.exec(stamp);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  if (m[3]) h = (h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + min;
}

/**
 * How many posts of a live page are stamped at the head of their first line ("14:05 – ..."), or 0
 * when the stamps are in no time order.
 */
export function headingStampCount(text: string): number {
  const minutes: number[] = [];
  for (const m of text.matchAll(LINE_STAMP)) {
    const v = minutesOf(m[0]);
    if (v !== null) minutes.push(v);
  }
  const gaps = minutes.slice(1).map((v, i) => v - minutes[i]);
  const up = gaps.filter((g) => g > 0).length;
  const down = gaps.filter((g) => g < 0).length;
  // The minority direction's gaps: at most one, and that one across midnight.
  const against = gaps.filter((g) => (up >= down ? g < 0 : g > 0));
  return against.length <= 1 && against.every((g) => Math.abs(g) >= MIDNIGHT_JUMP) ? minutes.length : 0;
}
