import type { EntityType } from '../../core/index.ts';

/** BIO tags over CoNLL's four types; index 0 is O. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** CoNLL type (PER, ORG, LOC, MISC) -> our entity type. */
export const CONLL_TO_TYPE: Readonly<Record<string, EntityType>> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'MISC' };

export function tagType(tag: number): string | null {
  return tag === 0 ? null : TAGS[tag].slice(2);
}

export function isBegin(tag: number): boolean {
  return tag !== 0 && (tag & 1) === 1;
}

/** A token-index span [start, end) with a CoNLL type. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/** Reads spans from BIO tag indices; a stray I-X starts a new span (lenient, as conlleval does). */
export function tagsToSpans(tags: ArrayLike<number>, n = tags.length): TagSpan[] {
  const spans: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < n; i++) {
    const t = tags[i];
    const type = tagType(t);
    if (type === null) {
      cur = null;
      continue;
    }
    if (cur && !isBegin(t) && cur.type === type) {
      cur.end = i + 1;
      continue;
    }
    cur = { start: i, end: i + 1, type };
    spans.push(cur);
  }
  return spans;
}
