import type { DocStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const resolveTime: DocStage = {
  kind: 'doc',
  name: 'resolve-time',
  reads: ['sentences', 'metadata'],
  writes: ['timexes'],
  run(doc) {
    doc.layers.timexes = [];
  },
};
