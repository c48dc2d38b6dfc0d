import type { DocStage } from '../../../core/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { findTimexes } from './find-timexes.ts';

/** The date relative expressions are resolved against: the content's date when the stated one is anomalous. */
export function referenceDateOf(doc: { layers: { metadata?: { referenceDate: string | null; published: string | null } }; hints: { published?: string } }): string | null {
  const m = doc.layers.metadata;
  const d = m?.referenceDate ?? m?.published ?? doc.hints.published ?? null;
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}

export const resolveTime: DocStage = {
  kind: 'doc',
  name: 'resolve-time',
  reads: ['sentences', 'metadata'],
  writes: ['timexes'],
  run(doc) {
    doc.layers.timexes = findTimexes(doc.text, sentencesOf(doc), referenceDateOf(doc));
  },
};
