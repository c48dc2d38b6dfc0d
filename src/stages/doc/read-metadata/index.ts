import type { DocStage } from '../../../core/index.ts';

// Placeholder: wired so the pipeline runs end to end; the issue that owns this stage replaces it.
export const readMetadata: DocStage = {
  kind: 'doc',
  name: 'read-metadata',
  reads: ['text'],
  writes: ['metadata'],
  run(doc) {
    doc.layers.metadata = { title: doc.hints.title ?? null, published: doc.hints.published ?? null, publishedBasis: doc.hints.published ? 'explicit' : 'none', contentDate: null, referenceDate: doc.hints.published ?? null, dateline: null, byline: [], credits: [], outlet: doc.hints.outlet ?? null, outletEvidence: [], tags: [], language: 'en', kind: 'unknown', site: doc.hints.site ?? null };
  },
};
