import type { DateBasis, Flag, Removal, SourceHints } from '../../../core/index.ts';
import { textSpan } from '../../../core/index.ts';
import { daysBetween, findDates, parseDate } from './parse-date.ts';
import type { FoundDate } from './parse-date.ts';
import { ANOMALY_DAYS, PRESENT_TIME, TODAY_WORD } from './patterns.ts';

export interface DateReading {
  published: string | null;
  publishedBasis: DateBasis;
  contentDate: string | null;
  referenceDate: string | null;
  flags: Flag[];
}

/** A date header that is the page's last update, not its publication ("Last updated: ..."). */
const UPDATE_STAMP = /^(?:last )?(?:updated|modified)\b/i;

/** The lede: where a news text states the day it is about. */
const LEDE_PARAGRAPHS = 2;

function ledeEnd(text: string, title: { end: number } | null): number {
  let pos = title ? title.end : 0;
  for (let i = 0; i < LEDE_PARAGRAPHS; i++) {
    const next = text.indexOf('\n\n', pos + 1);
    if (next < 0) return text.length;
    pos = next;
  }
  return pos;
}

function sentenceAround(text: string, d: FoundDate): string {
  const from = Math.max(text.lastIndexOf('. ', d.start), text.lastIndexOf('\n', d.start), 0);
  let to = text.indexOf('. ', d.end);
  if (to < 0) to = text.length;
  const nl = text.indexOf('\n', d.end);
  if (nl >= 0 && nl < to) to = nl;
  return text.slice(from, to);
}

/**
 * The content's own date: a full date stated in the same sentence as "today", else the latest full
 * date in the lede. Dates after the stated publication are plans, not the content's day.
 */
function contentDateOf(text: string, titleSpan: { end: number } | null, published: string | null): FoundDate | null {
  const dates = findDates(text).filter((d) => published === null || daysBetween(published, d.value) <= 1);
  if (dates.length === 0) return null;
  let best: FoundDate | null = null;
  for (const d of dates) {
    if (TODAY_WORD.test(sentenceAround(text, d)) && (best === null || d.value > best.value)) best = d;
  }
  if (best) return best;
  const lede = ledeEnd(text, titleSpan);
  for (const d of dates) {
    if (d.start < lede && (best === null || d.value > best.value)) best = d;
  }
  return best;
}

/**
 * Published date: the container's date, else a date header the clean stage removed, else inferred
 * from the content's own date. A stated date far from what the content calls its day is flagged,
 * and later stages then resolve "Tuesday" against the content's date.
 */
export function readDates(text: string, removed: readonly Removal[], hints: SourceHints, titleSpan: { end: number } | null): DateReading {
  let published: string | null = null;
  let basis: DateBasis = 'none';
  let statedAs = '';
  if (hints.published) {
    published = parseDate(hints.published);
    statedAs = hints.published;
  }
  if (!published) {
    // A page may print its update stamp above its publication date: that one is the fallback.
    const headers = removed.filter((r) => r.reason === 'date-header');
    for (const r of [...headers.filter((h) => !UPDATE_STAMP.test(h.text)), ...headers.filter((h) => UPDATE_STAMP.test(h.text))]) {
      published = parseDate(r.text);
      statedAs = r.text;
      if (published) break;
    }
  }
  if (published) basis = 'explicit';
  const content = contentDateOf(text, titleSpan, published);
  const contentDate = content?.value ?? null;
  const flags: Flag[] = [];
  let referenceDate = published ?? contentDate;
  if (published && content && contentDate && PRESENT_TIME.test(text)) {
    const gap = daysBetween(contentDate, published);
    if (Math.abs(gap) >= ANOMALY_DAYS) {
      referenceDate = contentDate;
      flags.push({
        code: 'date-anomaly',
        message: `stated date ${published} ("${statedAs.trim()}") is ${Math.abs(gap)} days ${gap > 0 ? 'after' : 'before'} the date the content describes (${contentDate}); relative dates are read against ${contentDate}`,
        evidence: [textSpan(text, content.start, content.end)],
      });
    }
  }
  if (!published && contentDate) {
    published = contentDate;
    basis = 'inferred';
  }
  return { published, publishedBasis: basis, contentDate, referenceDate, flags };
}
