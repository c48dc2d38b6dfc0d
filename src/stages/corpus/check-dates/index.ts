import type { Corpus, CorpusStage } from '../../../core/index.ts';
import { isoDay, STALE_AFTER_DAYS, staleDocuments, storySpans } from '../../../corpus-index/index.ts';
import { describedDay } from './content-day.ts';

/**
 * A page re-dated weeks after the events it calls "today" often carries no full date in its text,
 * so no per-document stage can see the anomaly; its story can. This stage flags such documents and
 * records as their content date the latest day of the story their text describes (else the story's
 * date; undated documents get the story's date), leaving their stated and reference dates alone so
 * later stages can still tell which dates to distrust. Later stages read the stale copy's relative
 * dates against that content date (see staleDocuments).
 */
export const checkDates: CorpusStage = {
  kind: 'corpus',
  name: 'check-dates',
  reads: ['metadata', 'stories'],
  writes: [],
  run(corpus) {
    checkStoryDates(corpus);
  },
};

export function checkStoryDates(corpus: Corpus): void {
  const corrections = staleDocuments(corpus);
  const spans = storySpans(corpus, corrections);
  for (const doc of corpus.documents) {
    const correction = corrections.get(doc.id);
    const meta = doc.layers.metadata;
    if (!correction || !meta) continue;
    const storyDate = isoDay(correction.storyDay);
    if (correction.statedDay === null) {
      // An undated report may be any report of its story, not one looking back over all of it: its
      // weekdays are read back from the story's date ("on Monday" before reports of a Wednesday).
      if (meta.contentDate === null) meta.contentDate = storyDate;
      continue;
    }
    const span = spans.get(doc.id);
    const described = span ? describedDay(doc, span) : null;
    meta.contentDate = isoDay(described ?? correction.storyDay);
    const days = Math.round(Math.abs(correction.statedDay - correction.storyDay));
    if (doc.flags.some((f) => f.code === 'date-anomaly')) continue;
    doc.flags.push({
      code: 'date-anomaly',
      message:
        `stated date ${isoDay(correction.statedDay)} is ${days} days ${correction.statedDay > correction.storyDay ? 'after' : 'before'} ` +
        `the other reports of its story (${storyDate}), more than ${STALE_AFTER_DAYS}: a stale or re-dated copy; ` +
        `its relative dates ("Tuesday", "today") are read against the day its text describes, ${meta.contentDate}`,
    });
  }
}
