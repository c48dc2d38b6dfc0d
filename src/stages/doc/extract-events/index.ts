import type { DocStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const extractEvents: DocStage = {
  kind: 'doc',
  name: 'extract-events',
  reads: ['sentences', 'mentions', 'timexes'],
  writes: ['events'],
  run(doc) {
    doc.layers.events = [];
  },
};
