import type { CorpusStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const summarize: CorpusStage = {
  kind: 'corpus',
  name: 'summarize',
  reads: ['sentences', 'claims', 'provenance'],
  writes: ['summary'],
  run(corpus) {
    corpus.layers.summary = [];
  },
};
