import type { DocStage, Sentence, TimeExpression } from '../../../core/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { findTimexes } from './find-timexes.ts';
import { postAt, postStamps } from './post-stamps.ts';
import type { PostStamp } from './post-stamps.ts';

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
    const reference = referenceDateOf(doc);
    doc.layers.timexes = findTimexesByPost(doc.text, sentencesOf(doc), reference, postStamps(doc, reference));
  },
};

/**
 * A live blog's expressions read against their post's day ("tonight" in a post stamped past
 * midnight is the next night); the rest, and every page without posts on other days, against the
 * report's date. The text is read once more for each other day its posts fall on.
 */
export function findTimexesByPost(text: string, sentences: readonly Sentence[], reference: string | null, posts: readonly PostStamp[]): TimeExpression[] {
  const base = findTimexes(text, sentences, reference);
  const days = new Set(posts.map((p) => p.day));
  if (reference) days.delete(reference);
  if (days.size === 0) return base;
  const dayAt = (t: TimeExpression): string | null => postAt(posts, t.start)?.day ?? reference;
  const out = base.filter((t) => dayAt(t) === reference);
  for (const day of days) {
    for (const t of findTimexes(text, sentences, day)) if (dayAt(t) === day) out.push(t.basis ? { ...t, basis: `${t.basis}, read against its post's day ${day}` } : t);
  }
  return out.sort((a, b) => a.start - b.start);
}
