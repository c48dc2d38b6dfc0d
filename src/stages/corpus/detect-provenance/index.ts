import type { CorpusStage } from '../../../core/index.ts';
import { buildProvenance } from './provenance.ts';

export { buildProvenance, creditedOutlet, groupOf, ProvenanceTracker } from './provenance.ts';

/** Independence groups: documents that copy, rewrite or credit one original count once. */
export const detectProvenance: CorpusStage = {
  kind: 'corpus',
  name: 'detect-provenance',
  reads: ['text', 'metadata'],
  writes: ['provenance'],
  run(corpus) {
    corpus.layers.provenance = buildProvenance(corpus.documents);
  },
};
