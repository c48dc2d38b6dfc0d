import type { DocStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const splitSentences: DocStage = {
  kind: 'doc',
  name: 'split-sentences',
  reads: ['text'],
  writes: ['paragraphs', 'sentences'],
  run(doc) {
    doc.layers.paragraphs = []; doc.layers.sentences = [];
  },
};
