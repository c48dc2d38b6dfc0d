import type { CorpusStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const detectProvenance: CorpusStage = {
  kind: 'corpus',
  name: 'detect-provenance',
  reads: ['text', 'metadata'],
  writes: ['provenance'],
  run(corpus) {
    corpus.layers.provenance = { groups: corpus.documents.map((d, i) => ({ id: `g${i + 1}`, documents: [d.id], outlet: null, reasons: [] })), relations: [] };
  },
};
