import type { CorpusStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const alignClaims: CorpusStage = {
  kind: 'corpus',
  name: 'align-claims',
  reads: ['claims', 'provenance'],
  writes: ['claims'],
  run(corpus) {
    corpus.layers.claims = [];
  },
};
