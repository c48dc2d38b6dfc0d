import type { DocStage } from '../../../core/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { referenceDateOf } from '../resolve-time/index.ts';
import { findEvents } from './find-events.ts';

export const extractEvents: DocStage = {
  kind: 'doc',
  name: 'extract-events',
  reads: ['sentences', 'mentions', 'timexes'],
  writes: ['events'],
  run(doc) {
    doc.layers.events = findEvents(doc.text, sentencesOf(doc), doc.layers.mentions ?? [], doc.layers.timexes ?? [], referenceDateOf(doc));
  },
};
