import type { CorpusStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const groupStories: CorpusStage = {
  kind: 'corpus',
  name: 'group-stories',
  reads: ['text', 'metadata', 'entities'],
  writes: ['stories'],
  run(corpus) {
    corpus.layers.stories = [];
  },
};
