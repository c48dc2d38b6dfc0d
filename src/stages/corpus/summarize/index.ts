import type { CorpusStage } from '../../../core/index.ts';
import { summarizeCorpus } from './summary.ts';

export { disputedLine, summarizeCorpus } from './summary.ts';

/** A short extractive summary in which every sentence cites its sources and disputed figures are ranges. */
export const summarize: CorpusStage = {
  kind: 'corpus',
  name: 'summarize',
  reads: ['sentences', 'claims', 'provenance', 'stories'],
  writes: ['summary'],
  run(corpus) {
    corpus.layers.summary = summarizeCorpus(corpus, corpus.layers.claims ?? []);
  },
};
