// A live blog's posts and their days. The clean stage removes a time stamp standing on its own
// line ("22:15", "Sunday 1:45 a.m. UPDATE", "18 May 2031, 00:40") and keeps where it stood; a
// stamp heading a post's first line ("22:15 – Police say ...") stays in the text. Here each stamp
// gets its day, so what a post tells is read against the post's own day, not the page's.
import type { Removal } from '../../../core/index.ts';
import { addDays, daysBetween, formatDay, parseYmd, weekday } from './calendar.ts';
import type { Ymd } from './calendar.ts';
import { findTimexes } from './find-timexes.ts';
import { WEEKDAYS } from './patterns.ts';

export interface PostStamp {
  /** Offset in the clean text where the post under the stamp begins. */
  at: number;
  /** The post's day, YYYY-MM-DD. */
  day: string;
  /** How the day was read, for the dossier. */
  basis: string;
}

interface Stamp {
  at: number;
  text: string;
  /** Minutes after midnight. */
  minutes: number;
  /** A calendar day the stamp states. */
  date: Ymd | null;
  /** 0 = Sunday, when the stamp names a weekday and no date. */
  weekday: number | null;
}

/** One clock stamp is a page's published or updated time; posts have one each. */
const MIN_CLOCK_STAMPS = 2;
/** "23:50", "4:00 a.m.", "10.15pm". */
const CLOCK = /\b(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*([ap])\.?\s?m\b\.?)?/i;
const WEEKDAY_START = new RegExp(`^\\W*(${Object.keys(WEEKDAYS).join('|')})\\b`, 'i');
/**
 * The longest a page goes quiet across midnight, in minutes. A clock time that falls back further
 * (4:16 then 1:26) has not crossed midnight: the times are in no order, so no posts (a list of
 * video lengths, "1:12 Van hits lamp post").
 */
const MAX_OVERNIGHT = 12 * 60;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MINUTES_A_DAY = 24 * 60;

function minutesOf(m: RegExpExecArray): number | null {
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 23) return null;
  const half = m[3]?.toLowerCase();
  if (half !== undefined) {
    if (h === 0 || h > 12) return null;
    h = (h % 12) + (half === 'p' ? 12 : 0);
  }
  return h * 60 + min;
}

function readStamp(r: Removal, reference: string): Stamp | null {
  if (r.at === undefined) return null;
  const clock = CLOCK.exec(r.text);
  const minutes = clock ? minutesOf(clock) : null;
  if (minutes === null) return null;
  let date: Ymd | null = null;
  if (r.reason === 'date-header') {
    const stated = findTimexes(r.text, [{ start: 0, end: r.text.length, paragraph: 0 }], reference).find((t) => t.timexType === 'DATE' && CALENDAR_DAY.test(t.value));
    date = stated ? parseYmd(stated.value) : null;
    if (!date) return null;
  }
  const named = date ? null : WEEKDAY_START.exec(r.text);
  return { at: r.at, text: r.text, minutes, date, weekday: named ? WEEKDAYS[named[1]!.toLowerCase()]! : null };
}

/** Weekday names as a stamp prints them, capitalized ("Sunday", "Sun."). */
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
/**
 * A stamp heading the first line of its post, kept in the text: "22:15 – Police say ...",
 * "Sunday 1:45 a.m.: The ...", "10.05 GMT The ...". The line goes on with a capital.
 */
const HEADING_STAMP = new RegExp(
  `(?:^|\\n)((?:(?:${WEEKDAY_NAMES})\\.?,?\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[aApP]\\.?\\s?[mM]\\b\\.?)?(?:\\s+[A-Z]{2,4}\\b)?)(?:\\s*[-–—:|]\\s*|\\s+)(?=[\\p{Lu}"“‘])`,
  'gu',
);

/** The stamps heading posts in the text itself. */
function headingStamps(text: string): Stamp[] {
  const out: Stamp[] = [];
  for (const m of text.matchAll(HEADING_STAMP)) {
    const stamp = m[1]!;
    const clock = CLOCK.exec(stamp);
    const minutes = clock ? minutesOf(clock) : null;
    if (minutes === null) continue;
    const named = WEEKDAY_START.exec(stamp);
    out.push({ at: m.index! + m[0].indexOf(stamp), text: stamp, minutes, date: null, weekday: named ? WEEKDAYS[named[1]!.toLowerCase()]! : null });
  }
  return out;
}

/** The day nearest `from` (three days either way) that falls on `wd`. */
function nearestWeekday(from: Ymd, wd: number): Ymd {
  return addDays(from, ((wd - weekday(from) + 10) % 7) - 3);
}

/**
 * The posts of a live blog, in text order, each with its day. A page with fewer than two clock
 * stamps has no posts. The stamps are read in time order (a newest-first page backwards, told by
 * which way round its clock times span the shorter time): the first post is on the report's day;
 * a clock time earlier than the one before it has crossed midnight, so it and the posts after it
 * are a day later; a stamp that states its date is that day (the first such, if earlier than the
 * posts before it had reached, moves them back with it), one that names a weekday the nearest such
 * day.
 */
export function postStamps(doc: { readonly removed: readonly Removal[]; readonly text: string }, reference: string | null): PostStamp[] {
  const ref = parseYmd(reference);
  if (!ref || !reference) return [];
  const stamps = doc.removed
    .map((r) => readStamp(r, reference))
    .filter((s): s is Stamp => s !== null)
    .concat(headingStamps(doc.text))
    .sort((a, b) => a.at - b.at);
  if (stamps.filter((s) => s.date === null).length < MIN_CLOCK_STAMPS) return [];
  // Read each way, the clock times span some time; the page runs the way that spans less.
  let forward = 0;
  let backward = 0;
  for (let i = 1; i < stamps.length; i++) {
    const gap = stamps[i]!.minutes - stamps[i - 1]!.minutes;
    forward += (gap + MINUTES_A_DAY) % MINUTES_A_DAY;
    backward += (MINUTES_A_DAY - gap) % MINUTES_A_DAY;
  }
  const inTime = backward < forward ? [...stamps].reverse() : stamps;
  for (let i = 1; i < inTime.length; i++) {
    const s = inTime[i]!;
    const back = inTime[i - 1]!.minutes - s.minutes;
    if (s.date === null && s.weekday === null && back > 0 && MINUTES_A_DAY - back > MAX_OVERNIGHT) return [];
  }
  const read: { at: number; day: Ymd; basis: string; ownDay: boolean }[] = [];
  let day = ref;
  let prev: number | null = null;
  let anchored = false;
  for (const s of inTime) {
    const crossed = prev !== null && s.minutes < prev;
    let basis = `the post's stamp "${s.text}"`;
    if (s.date) {
      // A first stated date before the day the posts had reached moves the posts before it back
      // (the report's date was its last update's); one after it is only a quiet spell.
      const shift = anchored ? 0 : Math.min(0, daysBetween(crossed ? addDays(day, 1) : day, s.date));
      if (shift !== 0) for (const r of read) if (!r.ownDay) r.day = addDays(r.day, shift);
      anchored = true;
      day = s.date;
    } else if (s.weekday !== null) {
      day = nearestWeekday(day, s.weekday);
      basis += ': the nearest such day';
    } else if (crossed) {
      day = addDays(day, 1);
      basis += ', past midnight after the post before it';
    }
    prev = s.minutes;
    read.push({ at: s.at, day, basis, ownDay: s.date !== null || s.weekday !== null });
  }
  return read.map((r) => ({ at: r.at, day: formatDay(r.day), basis: `${r.basis}, ${formatDay(r.day)}` })).sort((a, b) => a.at - b.at);
}

/** The post holding `offset`: the last stamp at or before it (null before the first post). */
export function postAt(posts: readonly PostStamp[], offset: number): PostStamp | null {
  let found: PostStamp | null = null;
  for (const p of posts) {
    if (p.at > offset) break;
    found = p;
  }
  return found;
}
