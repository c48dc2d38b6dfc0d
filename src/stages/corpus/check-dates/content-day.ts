import type { Doc, TimeExpression } from '../../../core/index.ts';
import { dayNumber, isoDay } from '../../../corpus-index/index.ts';
import type { StorySpan } from '../../../corpus-index/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { findTimexes } from '../../doc/resolve-time/find-timexes.ts';
import { BARE_WEEKDAY } from '../build-timeline/patterns.ts';

/**
 * A story's days begin the day before its first report: an event late in the evening is first
 * reported the next morning, and later reports name its weekday ("late on Saturday").
 */
const DAYS_BEFORE_FIRST_REPORT = 1;

/**
 * The latest day a stale copy's text describes, read against its story's days rather than its own
 * wrong date: each weekday it names as past ("said on Wednesday") is the first such day from the
 * story's start, as a copy that looks back over the whole story means it, and each calendar day it
 * names counts when it is a day of the story. Weekdays it names ahead ("payments start from
 * Friday", "will meet on Monday") are plans, not days it describes; "today" says nothing without
 * a date. Null when the text names no such day.
 */
export function describedDay(doc: Doc, span: StorySpan): number | null {
  const from = span.first - DAYS_BEFORE_FIRST_REPORT;
  // Read against the last day of the week from `from`, a past weekday is the first such day on or
  // after `from`. A weekday read ahead lands after the reference in at least one of two readings a
  // day apart (in one of them it can fall on the reference day itself); a past one never does.
  const ref = from + 6;
  const sentences = sentencesOf(doc);
  const first = findTimexes(doc.text, sentences, isoDay(ref));
  const second = new Map(findTimexes(doc.text, sentences, isoDay(ref + 1)).map((t) => [t.start, t]));
  let latest: number | null = null;
  for (const t of first) {
    const day = dayOf(t);
    const again = second.get(t.start);
    const dayAgain = again ? dayOf(again) : null;
    if (day === null || dayAgain === null) continue;
    const described = BARE_WEEKDAY.test(t.text.trim())
      ? day >= from && day <= ref && dayAgain <= ref + 1
      : // A calendar day reads the same against any reference: "today" and "yesterday" do not.
        day === dayAgain && day >= from && day <= span.last;
    if (described && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

function dayOf(t: TimeExpression): number | null {
  if (t.timexType !== 'DATE' && t.timexType !== 'TIME') return null;
  return /^\d{4}-\d{2}-\d{2}/.test(t.value) ? dayNumber(t.value.slice(0, 10)) : null;
}
