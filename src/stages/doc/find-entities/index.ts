import type { DocStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const findEntities: DocStage = {
  kind: 'doc',
  name: 'find-entities',
  reads: ['sentences'],
  writes: ['mentions', 'entities'],
  run(doc) {
    doc.layers.mentions = []; doc.layers.entities = [];
  },
};
