import type { Corpus, CorpusStage } from '../../../core/index.ts';
import { isoDay, STALE_AFTER_DAYS, staleDocuments } from '../../../corpus-index/index.ts';

/**
 * A page re-dated weeks after the events it calls "today" often carries no full date in its text,
 * so no per-document stage can see the anomaly; its story can. This stage flags such documents and
 * records the story's date as their content date (undated documents get it too), leaving their
 * stated and reference dates alone so later stages can still tell which dates to distrust.
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
  for (const doc of corpus.documents) {
    const correction = corrections.get(doc.id);
    const meta = doc.layers.metadata;
    if (!correction || !meta) continue;
    const storyDate = isoDay(correction.storyDay);
    if (meta.contentDate === null) meta.contentDate = storyDate;
    if (correction.statedDay === null) continue;
    const days = Math.round(Math.abs(correction.statedDay - correction.storyDay));
    if (doc.flags.some((f) => f.code === 'date-anomaly')) continue;
    doc.flags.push({
      code: 'date-anomaly',
      message:
        `stated date ${isoDay(correction.statedDay)} is ${days} days ${correction.statedDay > correction.storyDay ? 'after' : 'before'} ` +
        `the other reports of its story (${storyDate}), more than ${STALE_AFTER_DAYS}: a stale or re-dated copy; ` +
        `its relative dates ("Tuesday", "today") are not trusted`,
    });
  }
}
