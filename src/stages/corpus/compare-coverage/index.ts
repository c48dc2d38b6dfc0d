import type { CorpusStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const compareCoverage: CorpusStage = {
  kind: 'corpus',
  name: 'compare-coverage',
  reads: ['claims', 'timeline'],
  writes: ['coverage', 'framing'],
  run(corpus) {
    corpus.layers.coverage = []; corpus.layers.framing = [];
  },
};
