import type { Doc } from '../../../core/index.ts';
import { dayNumber, docDate } from '../../../corpus-index/index.ts';
import { HISTORY_DAYS } from './patterns.ts';

/** A report's day for story grouping, and whether the report states it or it was read from its content. */
export interface StoryDay {
  day: number | null;
  stated: boolean;
}

/**
 * The day a report was published, for grouping. The stated publication date wins over a reference
 * date read from the content that lies years before it: that is history the report mentions (a
 * birth, an earlier case), not its happening. A reference date weeks before the stated one is
 * kept, since that is how a stale copy re-dated later is told apart.
 */
export function storyDay(doc: Doc): StoryDay {
  const m = doc.layers.metadata;
  const published = m?.publishedBasis === 'explicit' ? dayNumber(m.published) : null;
  const reference = dayNumber(docDate(doc));
  if (published !== null && (reference === null || published - reference > HISTORY_DAYS)) return { day: published, stated: true };
  // Without a metadata layer the date can only have come from the container's own published hint.
  return { day: reference, stated: published !== null || (!m && reference !== null) };
}

/**
 * Days of a whole batch, with the dates read only from content dropped when they lie years before
 * the batch's middle: a report with no date of its own whose text names an old date is most likely
 * recalling history, and keeping that date would place it decades away from its own story.
 */
export function batchStoryDays(docs: readonly Doc[]): Map<string, number | null> {
  const days = docs.map((d) => ({ id: d.id, ...storyDay(d) }));
  const known = days.filter((x) => x.day !== null).map((x) => x.day!).sort((a, b) => a - b);
  const middle = known.length > 0 ? known[Math.floor(known.length / 2)] : null;
  const out = new Map<string, number | null>();
  for (const x of days) {
    const history = !x.stated && x.day !== null && middle !== null && middle - x.day > HISTORY_DAYS;
    out.set(x.id, history ? null : x.day);
  }
  return out;
}
