import type { DocStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const clean: DocStage = {
  kind: 'doc',
  name: 'clean',
  reads: [],
  writes: ['text'],
  run(doc) {
    void doc;
  },
};
