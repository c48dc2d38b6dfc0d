import type { CorpusStage } from '../../../core/index.ts';
import { alignCorpusClaims } from './align.ts';

export { alignCorpusClaims, ClaimAligner, renderSlot } from './align.ts';
export { buildRecords } from './records.ts';
export { mainToll } from './main-toll.ts';

/** Claims from every document about the same thing become one slot with a status and a reconciled reading. */
export const alignClaims: CorpusStage = {
  kind: 'corpus',
  name: 'align-claims',
  reads: ['claims', 'events', 'quotes', 'provenance', 'stories'],
  writes: ['claims'],
  run(corpus) {
    corpus.layers.claims = alignCorpusClaims(corpus);
  },
};
