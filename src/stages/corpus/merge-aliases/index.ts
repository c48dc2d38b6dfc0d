import type { CorpusStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const mergeAliases: CorpusStage = {
  kind: 'corpus',
  name: 'merge-aliases',
  reads: ['entities', 'mentions'],
  writes: ['entities'],
  run(corpus) {
    corpus.layers.entities = [];
  },
};
