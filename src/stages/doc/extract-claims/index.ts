import type { DocStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const extractClaims: DocStage = {
  kind: 'doc',
  name: 'extract-claims',
  reads: ['sentences', 'mentions', 'events', 'timexes'],
  writes: ['claims'],
  run(doc) {
    doc.layers.claims = [];
  },
};
