import type { Corpus, Doc } from '../core/index.ts';
import { dayNumber } from './days.ts';
import { docDate } from './entity-resolver.ts';

/** Days a document's date may stray from its story's median before it is treated as stale. */
export const STALE_AFTER_DAYS = 14;
/** Dates within this many days of a stale document's own date were likely resolved against it. */
export const RELATIVE_WINDOW_DAYS = 7;

export interface DateCorrection {
  /** The day the document's own date says; null when it has none. */
  statedDay: number | null;
  /**
   * The day used instead: for a stale document, the day its content describes once check-dates has
   * recorded it (its metadata's contentDate, when that is a day of its story); else the story's median day.
   */
  storyDay: number;
}

/** The first and last day of a story, among its reports whose own date is usable. */
export interface StorySpan {
  first: number;
  last: number;
}

/**
 * Documents whose date is far from the rest of their story (a stale copy re-dated weeks later):
 * their relative dates were resolved against the wrong day, so readers should not trust them.
 * Documents with no date at all are given their story's median date.
 */
export function staleDocuments(corpus: Corpus): Map<string, DateCorrection> {
  const out = new Map<string, DateCorrection>();
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  for (const story of corpus.layers.stories ?? []) {
    const all = story.documents.map((id) => ({ id, day: dayNumber(docDate(byId.get(id)!)) }));
    const days = all.filter((x): x is { id: string; day: number } => x.day !== null);
    if (days.length === 0) continue;
    const sorted = days.map((x) => x.day).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    // Undated documents take their story's date, as a reader would.
    for (const x of all) if (x.day === null) out.set(x.id, { statedDay: null, storyDay: median });
    if (days.length < 3) continue;
    for (const x of days) {
      if (Math.abs(x.day - median) <= STALE_AFTER_DAYS) continue;
      const content = dayNumber(byId.get(x.id)!.layers.metadata?.contentDate);
      const described = content !== null && Math.abs(content - median) <= STALE_AFTER_DAYS ? content : null;
      out.set(x.id, { statedDay: x.day, storyDay: described ?? median });
    }
  }
  return out;
}

/** Each story's span, keyed by every document of the story: from the documents that are not in `stale`. */
export function storySpans(corpus: Corpus, stale: ReadonlyMap<string, DateCorrection>): Map<string, StorySpan> {
  const out = new Map<string, StorySpan>();
  const byId = new Map<string, Doc>(corpus.documents.map((d) => [d.id, d]));
  for (const story of corpus.layers.stories ?? []) {
    let span: StorySpan | null = null;
    for (const id of story.documents) {
      const d = byId.get(id);
      const day = d && !stale.has(id) ? dayNumber(docDate(d)) : null;
      if (day === null) continue;
      span = span ? { first: Math.min(span.first, day), last: Math.max(span.last, day) } : { first: day, last: day };
    }
    if (span) for (const id of story.documents) out.set(id, span);
  }
  return out;
}

/** A day from a stale document's annotations, or null when it was probably resolved against its wrong date. */
export function trustedDay(day: number | null, correction: DateCorrection | undefined): number | null {
  if (day === null || !correction || correction.statedDay === null) return day;
  return Math.abs(day - correction.statedDay) <= RELATIVE_WINDOW_DAYS ? null : day;
}
