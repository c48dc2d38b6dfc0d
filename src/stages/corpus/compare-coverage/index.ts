import type { CorpusStage } from '../../../core/index.ts';
import { coverageOf } from './coverage.ts';
import { framingContrasts } from './framing.ts';

export { coverageOf } from './coverage.ts';
export { framingContrasts } from './framing.ts';

/** Who reports what and who leaves it out; which words each source uses for the same referent. */
export const compareCoverage: CorpusStage = {
  kind: 'corpus',
  name: 'compare-coverage',
  reads: ['claims', 'timeline', 'provenance', 'stories', 'sentences', 'mentions'],
  writes: ['coverage', 'framing'],
  run(corpus) {
    corpus.layers.coverage = coverageOf(corpus, corpus.layers.claims ?? [], corpus.layers.timeline ?? []);
    corpus.layers.framing = framingContrasts(corpus);
  },
};
