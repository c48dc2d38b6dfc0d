import type { CorpusStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const buildTimeline: CorpusStage = {
  kind: 'corpus',
  name: 'build-timeline',
  reads: ['events', 'provenance'],
  writes: ['timeline'],
  run(corpus) {
    corpus.layers.timeline = [];
  },
};
