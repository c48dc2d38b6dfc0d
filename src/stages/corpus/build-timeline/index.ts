import type { CorpusStage } from '../../../core/index.ts';
import { buildCorpusTimeline } from './timeline.ts';

export { buildCorpusTimeline } from './timeline.ts';
export { placeEvent } from './placing.ts';
export { PlaceLevels } from './place-levels.ts';

/** One timeline from every document's events, merged when they are the same happening. */
export const buildTimeline: CorpusStage = {
  kind: 'corpus',
  name: 'build-timeline',
  reads: ['events', 'timexes', 'quotes', 'provenance', 'stories', 'claims'],
  writes: ['timeline'],
  run(corpus) {
    corpus.layers.timeline = buildCorpusTimeline(corpus, corpus.layers.claims ?? []);
  },
};
