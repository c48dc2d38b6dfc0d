import type { DocStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const findQuotes: DocStage = {
  kind: 'doc',
  name: 'find-quotes',
  reads: ['sentences', 'mentions'],
  writes: ['quotes'],
  run(doc) {
    doc.layers.quotes = [];
  },
};
