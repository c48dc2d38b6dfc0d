import type { Doc } from '../../../core/index.ts';
import { createDoc } from '../../../core/index.ts';
import { splitSimpleSentences } from '../../../nlp/sentence-spans.ts';
import { resolveTime } from '../resolve-time/index.ts';
import { extractEvents } from '../extract-events/index.ts';
import { extractClaims } from './index.ts';

/** A document with simple sentences and no entities, run through time, events and claims. */
export function runTimeEventsClaims(text: string, published: string | null): Doc {
  const doc = createDoc({ id: 't', source: 't', format: 'text', raw: text, text, hints: published ? { published } : {}, flags: [], removed: [] });
  doc.layers.sentences = splitSimpleSentences(text);
  doc.layers.mentions = [];
  doc.layers.entities = [];
  for (const stage of [resolveTime, extractEvents, extractClaims]) void stage.run(doc, { options: {} });
  return doc;
}
